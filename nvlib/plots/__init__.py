"""Figure-drawing functions of the book, one module per chapter group; see :mod:`nvlib.figures`."""
