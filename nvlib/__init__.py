"""nvlib: the models behind the executable companion to three NV-centre papers.

Modules, one per physical model:

- :mod:`nvlib.groundstate` — spin-1 ground state, the four NV classes, ODMR frequencies
- :mod:`nvlib.lindblad` — batched Lindblad steady states (QuTiP as reference)
- :mod:`nvlib.cr_torque.relaxation` — stretched exponentials, Lévy rate distribution, T1 fits
- :mod:`nvlib.claims` — the reproduction scorecard
- :mod:`nvlib.figures` — the figure registry and export; :mod:`nvlib.style` — house style
"""

__version__ = "0.1.0"

