"""Figures of Part III (Kortan, Şahin, Flatté 2016), one module per chapter."""
