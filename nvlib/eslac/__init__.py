"""Part II: ESLAC dips and NV0 shelving, Happacher et al., PRL 128, 177401 (2022).

Models: :mod:`~nvlib.eslac.hamiltonian` (ground and low-temperature excited states),
:mod:`~nvlib.eslac.ratemodel` (10-level rate model, PL), :mod:`~nvlib.eslac.dips` (crossings
and dip finder), :mod:`~nvlib.eslac.gfactor` (inter-branch ESLACs and the g_l bound),
:mod:`~nvlib.eslac.samples` (Tables 3 and 4), :mod:`~nvlib.eslac.chargestate` (12-level model
with NV⁰), :mod:`~nvlib.eslac.odmr` (contrast, sensitivity), :mod:`~nvlib.eslac.fitting`
(supplement B fits) and :mod:`~nvlib.eslac.explorer`; the part's claims in :mod:`nvlib.eslac.claims`
and its figures in :mod:`nvlib.eslac.plots`.
"""
