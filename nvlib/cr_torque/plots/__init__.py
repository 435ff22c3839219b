"""Figures of Part I (Pellet-Mary et al. 2021), one module per chapter."""
