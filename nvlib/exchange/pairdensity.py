r"""Probability densities of NV⁻ pairs: the insets of Fig. 4 of Kortan, Şahin, Flatté (2016).

The paper's insets show, for the four orientation pairs, "real space probability densities …
plotted in the (110) plane containing the centers, for two NV⁻ centers separated by 6.17 Å",
on the logarithmic colour scale of its Fig. 2. The only pair at that separation is along
[1-11]: two vacancies on the A sublattice a√3 = 6.178 Å apart, both in the (110) plane
through the origin. Here, as for the single centres of Fig. 2
(``nvlib.exchange.singles.homo_slice``), the density is that of bound states, with no host
background; the paper does not say which states, and for a pair the HOMO alone is not a good
choice (at 6.18 Å the a₁ states of the two centres split so much that the HOMO of the ∥∥ pair
is an antibonding a₁↓ state, of the ⊥⊥ pair an e↑ one). So the insets show all the pair's
occupied gap states: the bound states for parallel core spins are found by the inertia count
(``nvlib.exchange.centres.solve``), filled with the 8 electrons of the two centres (manifold
states below the valence band count as filled), and the probability per site is averaged over
the n occupied gap states:

.. math:: \rho(\mathbf R) = \frac1{n}\sum_{i\,\rm occupied} \sum_{\alpha,\sigma}
          |\langle \mathbf R\alpha\sigma|\psi_i\rangle|^2 ,
          \qquad |\psi_i\rangle = G_0(\varepsilon_i)\,W\,u_i ,

probabilities per atomic site (dimensionless), distances in Å.
"""

from __future__ import annotations

import numpy as np

from . import centres as ce
from . import greens as gr
from . import pairs
from . import singles
from . import tightbinding as tb
from .cache import cached

__all__ = ["INSET_DIRECTION", "inset_geometry", "pair_density_slice", "centre_marks"]

#: The direction of the inset pairs (the only one with a lattice site 6.17 Å away).
INSET_DIRECTION = "[1-11]"


def inset_geometry(orientation) -> pairs.Geometry:
    """The NV⁻ pair of the insets: the closest non-overlapping pair along [1-11]."""
    if orientation not in pairs.NV_PAIRS:
        raise ValueError(f"orientation must be one of {pairs.NV_PAIRS}; got {orientation!r}")
    geoms = [g for g in pairs.geometries("NV", "NV", INSET_DIRECTION, orientation)
             if not g.overlapping()]
    return geoms[0]


def _in_plane(p) -> list:
    """In-plane coordinates (u along [1-10], v along [001], Å) of a position (Å)."""
    return [(p[0] - p[1]) / np.sqrt(2), p[2]]


def _plane_frame(geom: pairs.Geometry):
    """In-plane coordinates of the two vacancies, (2, 2) Å."""
    return np.array([_in_plane(tb.site_position((0, 0, 0), 0)),
                     _in_plane(tb.site_position(geom.cell, geom.sub))])


def centre_marks(orientation) -> dict:
    """In-plane positions (Å) of the two vacancies and nitrogens of the inset pair, and whether
    each nitrogen lies in the plotted (110) plane. Keys: 'V', 'N' ((2, 2) arrays), 'N_in_plane'."""
    g = inset_geometry(orientation)
    out = {"V": _plane_frame(g), "N": [], "N_in_plane": []}
    for c in g.centres():
        cell, sub = c.meta["nitrogen"]
        p = tb.site_position(cell, sub)
        out["N"].append(_in_plane(p))
        out["N_in_plane"].append(bool(abs(p[0] + p[1]) < 1e-6))
    out["N"] = np.array(out["N"])
    return out


@cached
def pair_density_slice(orientation, N: int = singles.MESH, half_width: float = 8.0):
    """Probability per site, averaged over the occupied gap states of the inset pair, on the
    (110) plane through both centres, within ±half_width Å of their midpoint.

    Returns (in-plane coordinates (n, 2) Å: along [1-10] and [001]; probability (n,);
    energies (eV) of the occupied gap states, one entry per state).
    """
    if not (2.0 <= half_width <= 15.0):
        raise ValueError(f"half_width must be in [2, 15] Å; got {half_width!r}")
    g = inset_geometry(orientation)
    c1, c2 = g.centres()
    pot = ce.merge_potentials(c1.potential((0, 0, 1)), c2.potential((0, 0, 1)))
    host = gr.host(N)
    sol = ce.solve(pot, host, tol=1e-9)
    # the window of the pair energies: mesh states at the conduction-band edge are not counted
    sol.levels = [lv for lv in sol.levels if lv.energy < pairs.WINDOW[1]]
    E = sol.energies
    n_fill = c1.electrons + c2.electrons - (c1.manifold + c2.manifold - len(E))
    if not (0 < n_fill <= len(E)):
        raise RuntimeError(f"cannot place the pair's electrons ({n_fill} of {len(E)} states)")
    e_homo = E[n_fill - 1]
    occupied = [lv for lv in sol.levels if lv.energy <= e_homo + 1e-9]
    mid = _plane_frame(g).mean(axis=0)
    cells, subs, xy = singles._slice_sites(0, half_width + float(np.abs(mid).max()) + 1.0)
    sel = np.all(np.abs(xy - mid) <= half_width, axis=1)
    cells, subs, xy = cells[sel], subs[sel], xy[sel]
    dens = np.zeros(len(cells))
    count = 0
    for lv in occupied:
        dens += singles.density_on_sites(host, sol, lv.energy, lv.vectors, cells, subs)
        count += lv.degeneracy
    return xy, dens / count, np.array([lv.energy for lv in occupied
                                       for _ in range(lv.degeneracy)])
