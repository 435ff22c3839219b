"""Part III: exchange between spin centres in diamond (Kortan, Şahin, Flatté 2016).

One module per layer: ``nvlib.exchange.tightbinding`` (sp3d5s* host),
``nvlib.exchange.greens`` (real-space G0), ``nvlib.exchange.centres`` (Tables I–II, bound
states), ``nvlib.exchange.singles`` (the single-centre results of the chapters),
``nvlib.exchange.pairs`` (exchange of pairs), ``nvlib.exchange.dipolar``,
``nvlib.exchange.cache`` (on-disk cache); claims and plots alongside.
"""
