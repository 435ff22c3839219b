"""Part III: exchange between spin centres in diamond (Kortan, Şahin, Flatté 2016).

One module per layer: :mod:`~nvlib.exchange.tightbinding` (sp3d5s* host),
:mod:`~nvlib.exchange.greens` (real-space G0), :mod:`~nvlib.exchange.centres` (Tables I–II, bound
states), :mod:`~nvlib.exchange.singles` (the single-centre results of the chapters),
:mod:`~nvlib.exchange.pairs` (exchange of pairs), :mod:`~nvlib.exchange.dipolar`,
:mod:`~nvlib.exchange.cache` (on-disk cache); claims and plots alongside.
"""
