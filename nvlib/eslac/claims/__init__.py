"""Claims of Part II (Happacher et al. 2022), one module per chapter."""
