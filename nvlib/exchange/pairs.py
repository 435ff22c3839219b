r"""Exchange between two spin centres: the energy of filled gap states, parallel vs antiparallel.

.. rubric:: Definition

Two centres (``nvlib.exchange.centres``) at lattice sites R₁ = 0 and R₂, their potentials
summed site by site, with core spins parallel (P: both along +z) or antiparallel (AP: the
second along −z). :math:`E_P` and :math:`E_{AP}` are the band energies the potentials add to
the whole crystal, by Lloyd's formula (``pair_energies``): the contour integral of
:math:`\ln\det(1 - G_0V)` up to a reference energy in the gap, plus the gap levels (roots of
:math:`K(\omega) = v^{-1} - W^\dagger G_0^{SS}(\omega)W` by the inertia count) between it and the
Fermi level, with the same electron count (the two single centres' charges) in P and AP. The
exchange energy is

.. math:: \Delta E = E_{AP} - E_{P} ,

positive for a ferromagnetic pair. The former rule, the filled gap-state sum alone, is kept as
``bound_state_energies``. The figures show :math:`|\Delta E|` (the paper's ``|J|``); for
a classical Heisenberg pair :math:`-J\,\mathbf S_1\cdot\mathbf S_2`,
:math:`\Delta E = 2J S_1S_2`.

.. rubric:: Energy dependence

:math:`G_0^{SS}(\omega)` is interpolated on M Chebyshev nodes in the variable
:math:`\varphi = \arccos(1 - 2\omega/E_g)`, in which the square-root band edges of
:math:`G_0` become analytic, over the window ``WINDOW`` of the gap; one FFT per node
gives every pair geometry at once. P and AP use the same interpolant, so its error cancels in
ΔE to first order. Energies in eV, distances in Å.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from numpy.polynomial import chebyshev as C
from tqdm.auto import tqdm

from . import centres as ce
from . import greens as gr
from . import tightbinding as tb
from .cache import cached, single_thread

__all__ = ["DIRECTIONS", "TM_PAIRS", "NV_ORIENTATIONS", "NV_PAIRS", "R_MAX", "WINDOW",
           "MESH", "NV_MESH", "NODES", "CHECK_MESH", "NV_CHECK_MESH", "CHECK_NODES",
           "mesh_for", "Geometry", "sites_along", "E_REF", "LOG_RADIUS", "levels_near_the_end",
           "geometries", "all_geometries", "overlapping_nv_pairs", "energies_table",
           "exchange_curve", "pair_energies", "energy_nodes", "crossover",
           "extrapolated_crossover", "delta_e", "convergence_table", "convergence_markdown"]

#: Directions of the pair axis (unit vectors). "[-11-1]" is the other sense of the bond axis.
DIRECTIONS: dict[str, np.ndarray] = {
    "[001]": np.array([0.0, 0.0, 1.0]),
    "[1-10]": np.array([1.0, -1.0, 0.0]) / np.sqrt(2),
    "[1-11]": np.array([1.0, -1.0, 1.0]) / np.sqrt(3),
    "[-11-1]": -np.array([1.0, -1.0, 1.0]) / np.sqrt(3),
}
#: Transition-metal pairs of Fig. 3.
TM_PAIRS: tuple[tuple[str, str], ...] = (("Mn", "Mn"), ("Ni", "Ni"), ("Cr", "Cr"), ("Cr", "Ni"))
#: NV⁻ axes (V→N, vacancy on the A sublattice): near-parallel (the bond along [1-11], pointing
#: along −[1-11]) and near-perpendicular ([1-1-1], 70.5° from [1-11]). Of the three bonds at
#: 70.5°, [1-1-1] is the one in the (110) plane where the paper draws the four orientations
#: (Fig. 4 insets), and the only one for which its symmetry statement holds (along [001] the
#: two mixed pairs are then related by the twofold axis [001] and overlay).
NV_ORIENTATIONS: dict[str, str] = {"par": "[-11-1]", "perp": "[1-1-1]"}
#: The four orientation pairs of Fig. 4 (first centre, second centre).
NV_PAIRS: tuple[tuple[str, str], ...] = (("par", "par"), ("perp", "perp"), ("par", "perp"),
                                         ("perp", "par"))
#: Largest separation (Å).
R_MAX = 25.0
#: Interpolation window (eV) inside the gap. Its bottom is as close to the valence band as the
#: single-centre search (``greens.GAP_MARGIN``): a pair's bonding a₁ state can lie a few meV
#: above the band (NV⁻ ∥∥ along [001] at 7.13 Å: 0.018 eV), and a state below the window
#: would be counted as a band state and its energy left out of the sum.
WINDOW = (0.001, 5.4654)
#: Default k-mesh of the transition-metal pairs and number of Chebyshev nodes. N = 40 puts the
#: nearest periodic image of a partner along [1-10] at 101 Å, so that the aliasing error at
#: 25 Å is far below 1 % even for the fastest-decaying pairs, whose smallest values
#: (Cr–Cr, ≈10⁻⁸ eV) still moved by 3 % from N = 24 to 32.
MESH = 40
NODES = 80
#: k-mesh of the NV⁻ pairs. The former rule (filled gap states only) needed 88³ for levels
#: 0.05–0.12 eV above the valence band; Lloyd's contour ends at E_REF in the gap, far from
#: the band edges, and the NV⁻ pairs converge on 40³ like the others (32³ → 40³: < 0.1 %,
#: convergence table of the pair chapter).
NV_MESH = 40
#: The convergence checks: the k-mesh N − 8 and the node count M + 10 (at N = CHECK_MESH).
CHECK_MESH = 32
NV_CHECK_MESH = 32
CHECK_NODES = 90
CHECK_CONTOUR_NODES = 64


def mesh_for(a: str) -> int:
    """The default k-mesh of a pair whose first species is ``a`` (NV⁻: ``NV_MESH``)."""
    return NV_MESH if a == "NV" else MESH


@dataclass(frozen=True)
class Geometry:
    """One pair: species a at the A site of cell 0, species b at (cell, sub); NV orientations."""

    a: str
    b: str
    direction: str
    cell: tuple
    sub: int
    distance: float
    orientation: tuple | None = None

    def centres(self) -> tuple[ce.Centre, ce.Centre]:
        """The two centres (the second translated to its site)."""
        if self.a == "NV":
            oa, ob = self.orientation
            c1 = ce.nv_centre(NV_ORIENTATIONS[oa])
            c2 = ce.nv_centre(NV_ORIENTATIONS[ob], vacancy=(self.cell, self.sub))
            return c1, c2
        return (ce.transition_metal(self.a),
                ce.transition_metal(self.b, site=(self.cell, self.sub)))

    def overlapping(self) -> bool:
        """True when the two centres' site sets intersect (left out, as in the paper)."""
        c1, c2 = self.centres()
        return bool(set(c1.sites) & set(c2.sites))


def sites_along(direction: str, r_max: float = R_MAX, sublattices=(0, 1)):
    """Lattice sites on the ray from the A site at the origin along ``direction``.

    Returns a list of (cell, sublattice, distance Å), sorted by distance, 0 < distance ≤ r_max.
    """
    return list(_sites_along(direction, float(r_max), tuple(sublattices)))


@lru_cache(maxsize=64)
def _sites_along(direction: str, r_max: float, sublattices: tuple):
    if direction not in DIRECTIONS:
        raise ValueError(f"direction must be one of {sorted(DIRECTIONS)}; got {direction!r}")
    if not (0 < r_max <= 60):
        raise ValueError(f"r_max must be in (0, 60] Å; got {r_max!r}")
    d = DIRECTIONS[direction]
    n = int(np.ceil(2 * r_max / tb.LATTICE_A * 2)) + 2
    g = np.arange(-n, n + 1)
    cells = np.stack(np.meshgrid(g, g, g, indexing="ij"), -1).reshape(-1, 3)
    out = []
    for sub in sublattices:
        pos = tb.site_position(cells, np.full(len(cells), sub))
        along = pos @ d
        perp = np.linalg.norm(pos - along[:, None] * d, axis=1)
        sel = (perp < 1e-6) & (along > 1e-6) & (along <= r_max + 1e-9)
        out += [(tuple(int(x) for x in c), sub, float(r)) for c, r in zip(cells[sel], along[sel])]
    return tuple(sorted(out, key=lambda t: t[2]))


def geometries(a: str, b: str, direction: str, orientation=None, r_max: float = R_MAX):
    """The pair geometries of (a, b) along ``direction`` (NV pairs: vacancy sublattice A only)."""
    if a == "NV" or b == "NV":
        if not (a == b == "NV"):
            raise ValueError("a and b must both be 'NV' or both transition metals")
        if orientation not in NV_PAIRS:
            raise ValueError(f"orientation must be one of {NV_PAIRS}; got {orientation!r}")
        subs = (0,)
    else:
        for s in (a, b):
            if s not in ce.TABLE_I:
                raise ValueError(f"species must be one of {sorted(ce.TABLE_I)} or 'NV'; got {s!r}")
        orientation, subs = None, (0, 1)
    return [Geometry(a, b, direction, c, s, r, orientation)
            for c, s, r in sites_along(direction, r_max, subs)]


# ------------------------------------------------------------------ the support and its G0

def _support(geom: Geometry):
    """Support sites, orbitals and the spinor potentials (P, AP) restricted to it."""
    c1, c2 = geom.centres()
    pots = {}
    for name, sign in (("P", 1.0), ("AP", -1.0)):
        pots[name] = ce.merge_potentials(c1.potential((0, 0, 1)), c2.potential((0, 0, sign)))
    sites = sorted(set(pots["P"]) | set(pots["AP"]))
    orbs = []
    for s in sites:
        tot = sum(np.abs(p.get(s, np.zeros((20, 20)))) for p in pots.values())
        t = tot.reshape(10, 2, 10, 2)
        mask = t.sum(axis=(1, 2, 3)) + t.sum(axis=(0, 1, 3))
        orbs.append([int(i) for i in np.nonzero(mask > 0)[0]])
    mats = {}
    for name, pot in pots.items():
        blocks = []
        for s, o in zip(sites, orbs):
            sp = np.concatenate([[2 * i, 2 * i + 1] for i in o])
            blocks.append(pot.get(s, np.zeros((20, 20), complex))[np.ix_(sp, sp)])
        n = sum(b.shape[0] for b in blocks)
        V = np.zeros((n, n), complex)
        off = 0
        for b in blocks:
            V[off:off + len(b), off:off + len(b)] = b
            off += len(b)
        mats[name] = V
    electrons = c1.electrons + c2.electrons
    manifold = c1.manifold + c2.manifold
    return sites, orbs, mats, electrons, manifold


def _phi_range(window=WINDOW):
    eg = tb.diamond_gaps()[0]
    return eg, np.arccos(1 - 2 * np.asarray(window) / eg)


def energy_nodes(M: int, window=WINDOW) -> np.ndarray:
    """The M Chebyshev nodes (eV) in φ = arccos(1 − 2ω/E_g) over ``window``."""
    if not (isinstance(M, (int, np.integer)) and 8 <= M <= 400):
        raise ValueError(f"M must be an integer in [8, 400]; got {M!r}")
    eg, (p0, p1) = _phi_range(window)
    x = np.cos(np.pi * (np.arange(M) + 0.5) / M)
    phi = p0 + (x + 1) / 2 * (p1 - p0)
    return eg * (1 - np.cos(phi)) / 2


def _to_x(w, window=WINDOW):
    eg, (p0, p1) = _phi_range(window)
    phi = np.arccos(1 - 2 * np.asarray(w) / eg)
    return 2 * (phi - p0) / (p1 - p0) - 1


def _block_index(sites, orbs, used_pos: dict, N: int, n_used: int) -> np.ndarray:
    """Flat indices into a (N, N, N, n_used, n_used) table of the support block of G0."""
    rows = [(np.asarray(s[0]), [used_pos[s[1] * 10 + o] for o in os_]) for s, os_ in zip(sites, orbs)]
    cell = np.concatenate([np.repeat(c[None], len(o), 0) for c, o in rows])
    orb = np.concatenate([np.asarray(o) for _, o in rows])
    m = np.mod(cell[None, :, :] - cell[:, None, :], N)  # (n, n, 3): cell_j - cell_i
    return (((m[..., 0] * N + m[..., 1]) * N + m[..., 2]) * n_used + orb[:, None]) * n_used \
        + orb[None, :]


@cached
def _projected(geoms: tuple, N: int, M: int):
    """Chebyshev coefficients of the spinless G0 on each geometry's support: list of (M, n, n).

    One half-mesh table (``greens.HalfMeshTable``) per node serves every geometry; each support
    block is one gather from it.
    """
    supports = [_support_of(g)[:2] for g in geoms]
    nodes = energy_nodes(M)
    used = sorted({int(s[1]) * 10 + int(o) for sites, orbs in supports
                   for s, os_ in zip(sites, orbs) for o in os_})
    pos = {u: i for i, u in enumerate(used)}
    index = [_block_index(sites, orbs, pos, N, len(used)) for sites, orbs in supports]
    table = gr.HalfMeshTable(N, used)
    plan = table.plan(index, symmetric=True)   # i ≤ j only: G0ᵀ = G0 (to rounding)
    vals = [np.empty((M,) + ix.shape) for ix in index]
    for k, w in enumerate(tqdm(nodes, desc=f"G0 on {M} nodes, N = {N}", leave=False)):
        # only the orbital pairs the supports touch (i ≤ j, the rest by symmetry)
        for v, T in zip(vals, table.gather(1.0 / (float(w) - table.E), plan)):
            v[k] = T
    x = np.cos(np.pi * (np.arange(M) + 0.5) / M)
    out = []
    for v in vals:
        n = v.shape[1]
        coef = C.chebfit(x, v.reshape(M, -1), M - 1)
        out.append(coef.reshape(M, n, n))
    return out


class _LevelSearch:
    r"""Gap states from interpolated G0 (Chebyshev coefficients ``coef``) and the potential V.

    The sorted eigenvalues :math:`\lambda_j(\omega)` of
    :math:`K(\omega) = v^{-1} - W^\dagger G_0(\omega)W` are continuous and non-decreasing, so
    in [a, b], where K has :math:`n_a` negative eigenvalues at a, the k-th state from the bottom
    is the single zero of :math:`\lambda_{n_a-k}` and the k-th from the top that of
    :math:`\lambda_{n_b+k-1}` (Brent's method, ``tol`` in eV). Degenerate and nearly degenerate
    states need no separate isolation; each state is one entry.
    """

    def __init__(self, coef: np.ndarray, V: np.ndarray, tol: float = 1e-13):
        v, W = np.linalg.eigh(V)
        keep = np.abs(v) > 1e-10
        v, W = v[keep], W[:, keep]
        self.Ws = (np.ascontiguousarray(W[0::2]), np.ascontiguousarray(W[1::2]))
        self.vinv = np.diag(1.0 / v)
        self.M, self.n = coef.shape[0], coef.shape[1]
        self.cflat = np.ascontiguousarray(coef.reshape(self.M, -1))   # real, spinless
        self.tol = tol
        self._counts: dict = {}

    def eig(self, w: float) -> np.ndarray:
        """Eigenvalues of K(w) = v⁻¹ − Σ_s W_s† G(w) W_s, G(w) = Σ_m T_m(x) coef_m summed first
        (the spinless real coefficients: 1/8 of the memory of K's own)."""
        t = np.cos(np.arange(self.M) * np.arccos(np.clip(_to_x(w), -1.0, 1.0)))  # T_m(x)
        G = (t @ self.cflat).reshape(self.n, self.n)
        return np.linalg.eigvalsh(self.vinv - sum(np.conj(Ws.T) @ (G @ Ws) for Ws in self.Ws))

    def count(self, w: float) -> int:
        """Number of negative eigenvalues of K(w): states below w, plus a constant."""
        if w not in self._counts:
            self._counts[w] = int(np.sum(self.eig(w) < 0))
        return self._counts[w]

    def states(self, a: float, b: float, first: int | None = None,
               last: int | None = None) -> np.ndarray:
        """The states in [a, b], ascending: all of them, the lowest ``first`` or the highest
        ``last`` (a RuntimeError if [a, b] holds fewer)."""
        from scipy.optimize import brentq

        na, nb = self.count(a), self.count(b)
        total = na - nb
        want = total if first is None and last is None else (first if last is None else last)
        if want > total:
            raise RuntimeError(f"{want} states wanted in [{a}, {b}] eV, {total} there")
        idx = [na - k for k in range(1, want + 1)] if last is None else \
            [nb + k - 1 for k in range(1, want + 1)]
        roots = [brentq(lambda w, j=j: self.eig(w)[j], a, b, xtol=self.tol, rtol=1e-15)
                 for j in idx]
        return np.sort(np.array(roots, float))


def _filled_sum(search: "_LevelSearch", electrons: int, manifold: int) -> tuple:
    """The former rule (kept as a reference): (the sum of the filled gap-state energies, eV, in
    ``WINDOW``, with n = electrons − (manifold − gap states) filled from the bottom, NaN when
    that filling is undefined; the number of gap states). Only the n filled states are searched
    for."""
    total = search.count(WINDOW[0]) - search.count(WINDOW[1])
    n = electrons - (manifold - total)
    if n < 0 or n > total:
        return float("nan"), total
    return float(np.sum(search.states(*WINDOW, first=n))), total


def _searches(objs, coefs):
    """A ``_LevelSearch`` per configuration of each pair or single centre (``coefs``: their
    ``_projected``), one object at a time (a generator of dicts: each holds its M coefficient
    matrices, 9 MB for an NV⁻ pair)."""
    for o, coef in zip(objs, coefs):
        yield {k: _LevelSearch(coef, V) for k, V in _support_of(o)[2].items()}


@cached
def _near_levels(objs: tuple, N: int, M: int, e_ref: float) -> list:
    """The gap levels within ``LOG_RADIUS`` of e_ref of each configuration: list of dicts."""
    with single_thread():
        return [{k: ls.states(e_ref - LOG_RADIUS, e_ref + LOG_RADIUS) for k, ls in d.items()}
                for d in _searches(objs, _projected(objs, N, M))]


# ------------------------------------------------------------------ Lloyd's formula

#: Mesh of the contour integrals (and of the gap levels that enter the filling).
CONTOUR_MESH = 40
#: Gauss–Legendre nodes on the contour (a semicircle in the upper half-plane).
CONTOUR_NODES = 48
#: The contour's panels in the angle θ (π at ``E_BOTTOM``, 0 at e_ref): edges 0, π q³, π q², π q,
#: π with q = ``CONTOUR_GRADING``, the nodes shared equally. ln det(1 − G0V) has branch points
#: at the gap levels (those nearer than ``LOG_RADIUS`` taken out exactly, ``_log_correction``)
#: and the band edges, tenths of an eV to eV from e_ref on a semicircle of radius ~17 eV, i.e.
#: at θ ≈ i·0.02: one Gauss–Legendre rule over [0, π] resolves them
#: slowly (48 nodes: 1.6e-3 relative in ΔE of Cr–Cr at 2.52 Å, N = 12), panels graded
#: towards e_ref resolve them (3e-8 with the same 48 nodes; tests/test_exchange_pairs.py).
CONTOUR_PANELS = 4
CONTOUR_GRADING = 0.2
#: The contour's lower end (eV): below every band of the host (Γ1 = −20.50 eV) and of the
#: centres (checked: det(1 − G0V) > 0 there).
E_BOTTOM = -30.0
#: The upper end (eV) of every contour, pairs and single centres alike, inside the gap and about
#: 2 eV from both band edges. The result does not depend on it (a test moves it across gap
#: levels); a gap level near it is harmless, its logarithm being integrated exactly
#: (``_log_correction``).
E_REF = 3.5
#: Gap levels closer than this (eV) to the contour's end have their logarithm integrated exactly
#: (``_log_correction``). The 48-node rule's error on ln(z − ε) alone is 7e-10 eV at 0.1 eV from
#: the end, 2e-7 at 0.05 eV and 7e-5 at 0.01 eV (tests/test_exchange_pairs.py).
LOG_RADIUS = 0.3

def contour(n: int, e_ref: float, e_bottom: float = E_BOTTOM):
    r"""Nodes z and weights w of :math:`\int_C f(z)\,dz` on the semicircle from ``e_bottom``
    through the upper half-plane to ``e_ref``: Gauss–Legendre in the angle on ``CONTOUR_PANELS``
    panels graded towards e_ref (``CONTOUR_GRADING``), n nodes in all, in path order.
    """
    if not (isinstance(n, (int, np.integer)) and 8 <= n <= 400):
        raise ValueError(f"n must be an integer in [8, 400]; got {n!r}")
    if not (e_bottom < e_ref):
        raise ValueError(f"e_ref must exceed e_bottom; got {e_ref!r} <= {e_bottom!r}")
    P = CONTOUR_PANELS
    edges = np.pi * np.concatenate([[0.0], CONTOUR_GRADING ** np.arange(P - 1, -1, -1.0)])
    theta, wt = [], []
    for i, (a, b) in enumerate(zip(edges[:-1], edges[1:])):
        x, w = np.polynomial.legendre.leggauss(int(n) // P + (1 if i < int(n) % P else 0))
        theta.append((a + b) / 2 + (b - a) / 2 * x)
        wt.append(w * (b - a) / 2)
    theta, wt = np.concatenate(theta)[::-1], np.concatenate(wt)[::-1]   # θ from π down to 0
    c, R = (e_ref + e_bottom) / 2, (e_ref - e_bottom) / 2
    z = c + R * np.exp(1j * theta)
    return z, -wt * 1j * R * np.exp(1j * theta)


@dataclass(frozen=True)
class _Single:
    """One centre alone (its charge ΔN fixes the pair's electron count)."""

    c: ce.Centre

    def centres(self):
        return (self.c,)


def _support_of(obj):
    """(sites, orbs, {config: V}) of a pair (P, AP) or a single centre (P only)."""
    if isinstance(obj, _Single):
        pot = obj.c.potential((0, 0, 1))
        sites = sorted(pot)
        orbs, blocks = [], []
        for s in sites:
            t = np.abs(pot[s]).reshape(10, 2, 10, 2)
            o = [int(i) for i in np.nonzero(t.sum(axis=(1, 2, 3)) + t.sum(axis=(0, 1, 3)) > 0)[0]]
            orbs.append(o)
            sp = np.concatenate([[2 * i, 2 * i + 1] for i in o])
            blocks.append(pot[s][np.ix_(sp, sp)])
        n = sum(len(b) for b in blocks)
        V = np.zeros((n, n), complex)
        off = 0
        for b in blocks:
            V[off:off + len(b), off:off + len(b)] = b
            off += len(b)
        return sites, orbs, {"P": V}
    sites, orbs, mats, _, _ = _support(obj)
    return sites, orbs, mats


#: Largest remainder (rad) of the phase step's second-order estimate for which ``_Config``
#: takes the step from det K alone: the 2π ambiguity is then resolved with a margin of π/2.
PHASE_SLACK = np.pi / 2


class _Config:
    r"""Running contour integral of ln det(1 − G0 V) for one potential V on its support.

    The phase of det K, :math:`K = v^{-1} - W^\dagger G_0 W`, is followed node by node: its
    increment is :math:`S = \sum_i \arg\mu_i`, μ = 1 + λ the eigenvalues of
    :math:`A = K_{\rm prev}^{-1}K = 1 + B`. Fast path, for :math:`\rho = \lVert B\rVert_F < 1`:
    every :math:`|\lambda_i| \le \rho`, and with the principal logarithm
    :math:`\arg(1+\lambda) = \mathrm{Im}(\lambda - \lambda^2/2) + r`,
    :math:`|r| \le |\lambda|^3/[3(1-|\lambda|)]`; by Schur's inequality
    :math:`\sum_i|\lambda_i|^2 \le \rho^2`, so
    :math:`S = \mathrm{Im}[\mathrm{tr}\,B - \mathrm{tr}(B^2)/2] + r_{\rm tot}` with
    :math:`|r_{\rm tot}| \le \rho^3/[3(1-\rho)]`. When that bound is below ``PHASE_SLACK``
    (< π), S is the one value of :math:`\arg(\det K/\det K_{\rm prev}) + 2\pi k` within it of
    the estimate: det K comes from the LU factors already needed, and the eigenvalues are not
    computed. Otherwise, and always with ``exact=True`` (the reference path), S is summed from
    the eigenvalues.
    """

    def __init__(self, V: np.ndarray, exact: bool = False):
        v, W = np.linalg.eigh(V)
        keep = np.abs(v) > 1e-10
        self.v, self.W = v[keep], W[:, keep]
        self.Ws = (np.ascontiguousarray(self.W[0::2]), np.ascontiguousarray(self.W[1::2]))
        self.vinv = np.diag(1.0 / self.v)
        self.sign_v = float(np.prod(np.sign(self.v)))
        self.exact = bool(exact)
        self.lu = None
        self.sign = None
        self.phase = 0.0
        self.S = 0.0 + 0.0j
        self.max_step = 0.0
        self.fast_steps = self.steps = 0

    def K_of(self, G: np.ndarray) -> np.ndarray:
        """K = v⁻¹ − W†(G ⊗ 1)W = v⁻¹ − Σ_s W_s† G W_s (W_s: the rows of spin s)."""
        return self.vinv - sum(np.conj(Ws.T) @ (G @ Ws) for Ws in self.Ws)

    def _factor(self, K: np.ndarray):
        """LU factors of K, the unit phase and ln|det K|."""
        from scipy.linalg import lu_factor

        lu, piv = lu_factor(K, check_finite=False)
        d = np.diag(lu)
        swaps = int(np.count_nonzero(piv != np.arange(len(piv))))
        return (lu, piv), np.prod(d / np.abs(d)) * (-1.0) ** swaps, float(np.sum(np.log(np.abs(d))))

    def start(self, G: np.ndarray):
        self.lu, self.sign, _ = self._factor(self.K_of(G))
        if np.real(self.sign) * self.sign_v <= 0:
            raise RuntimeError("det(1 − G0 V) is not positive below the bands: a state lies "
                               f"below E_BOTTOM = {E_BOTTOM} eV")

    def step(self, G: np.ndarray, weight: complex | None):
        from scipy.linalg import lu_solve

        K = self.K_of(G)
        A = lu_solve(self.lu, K, check_finite=False)          # K_prev⁻¹ K
        lu, sign, logabs = self._factor(K)
        B = A - np.eye(len(A))
        rho = float(np.linalg.norm(B))
        self.steps += 1
        if not self.exact and rho < 1.0 and rho ** 3 / (3.0 * (1.0 - rho)) < PHASE_SLACK:
            self.fast_steps += 1
            est = float(np.imag(np.trace(B) - np.sum(B * B.T) / 2))
            inc = float(np.angle(sign / self.sign))
            inc += 2 * np.pi * np.round((est - inc) / (2 * np.pi))
            largest = float(np.arcsin(rho))          # a bound on every |arg μ_i|
        else:
            ang = np.angle(np.linalg.eigvals(A))
            inc, largest = float(np.sum(ang)), float(np.max(np.abs(ang)))
        self.max_step = max(self.max_step, largest)
        self.phase += inc
        self.lu, self.sign = lu, sign
        if weight is not None:
            self.S += weight * (logabs + 1j * self.phase)

    def result(self):
        """(Ω = −∫ΔN dE up to e_ref (eV), ΔN(e_ref))."""
        dn = -self.phase / np.pi
        if abs(dn - round(dn)) > 1e-6 or self.max_step > 2.5:
            raise RuntimeError(f"contour phase not resolved (ΔN = {dn:.6f}, largest step "
                               f"{self.max_step:.2f} rad): more contour nodes needed")
        return float(self.S.imag / np.pi), int(round(dn))


@cached
def _contour_sums(objs: tuple, N: int, M: int, nodes: int, e_ref: float, exact: bool = False):
    """For each pair (or single centre): {config: (Ω(e_ref), ΔN(e_ref))} by Lloyd's formula.

    One complex half-mesh table per contour node (``HalfMeshTable.table_complex``), streamed:
    only the current node's table and each support's last K are held. The gap levels (from the
    M-node interpolant, ``_near_levels``) have their logarithms integrated exactly
    (``_log_correction``). ``exact``: every phase step from the eigenvalues (``_Config``), the
    reference path of the tests.
    """
    supports = [_support_of(o) for o in objs]
    used = sorted({int(s[1]) * 10 + int(o) for sites, orbs, _ in supports
                   for s, os_ in zip(sites, orbs) for o in os_})
    pos = {u: i for i, u in enumerate(used)}
    index = [_block_index(sites, orbs, pos, N, len(used)) for sites, orbs, _ in supports]
    cfgs = [{k: _Config(V, exact) for k, V in mats.items()} for _, _, mats in supports]
    table = gr.HalfMeshTable(N, used)
    plan = table.plan(index, symmetric=True)   # i ≤ j only: G0ᵀ = G0 (to rounding)
    z, w = contour(nodes, e_ref)
    path = [(complex(E_BOTTOM), None)] + list(zip(z, w)) + [(complex(e_ref), None)]
    with single_thread():
        for k, (zk, wk) in enumerate(tqdm(path, desc=f"Lloyd contour to {e_ref} eV, N = {N}",
                                           leave=False)):
            # the entries the supports need (real and imaginary parts in turn)
            f = 1.0 / (zk - table.E)
            Gs = table.gather(f if zk.imag != 0 else f.real, plan)
            Gs = [G.astype(complex) for G in Gs] if zk.imag == 0 else Gs
            for G, cf in zip(Gs, cfgs):
                for c in cf.values():
                    c.start(G) if k == 0 else c.step(G, wk)
    for cf, lv in zip(cfgs, _near_levels(objs, N, M, e_ref)):
        for key, c in cf.items():
            c.S += _log_correction(lv[key], z, w, e_ref)
    return [{k: c.result() for k, c in cf.items()} for cf in cfgs]


def _log_correction(levels, z, w, e_ref: float) -> complex:
    r"""The quadrature error of the gap levels' logarithmic branch points, to add to the rule's
    :math:`\int_C \ln\det(1 - G_0V)\,dz`.

    Near a gap level ε, :math:`\ln\det(1 - G_0V) = \ln(z - ε) + h(z)` with h analytic: the
    rule (nodes z, weights w of ``contour``) integrates h well however close ε is to e_ref, and
    :math:`\int_C \ln(z-ε)\,dz = [(z-ε)\ln(z-ε) - z]_{E_{\rm bottom}}^{e_{\rm ref}}` exactly
    (the branch of the upper half-plane, arg ∈ [0, π]). Returns
    :math:`\sum_ε [\text{exact} - \sum_k w_k\ln(z_k - ε)]` over the ``levels`` (one per
    state) within ``LOG_RADIUS`` of e_ref. Farther out the rule's error on ln(z − ε) alone is at
    a floor of 1–2·10⁻¹⁰ eV, and the rule is left to integrate the whole determinant, whose
    errors cancel between P and AP.
    """
    eps = np.asarray(levels, float).reshape(-1, 1)
    eps = eps[np.abs(eps[:, 0] - e_ref) < LOG_RADIUS]
    if eps.size == 0:
        return 0j
    if np.min(np.abs(eps - e_ref)) < 1e-9:
        raise RuntimeError(f"a gap level lies at the contour's end e_ref = {e_ref} eV")

    def F(x):
        d = complex(x, 0.0) - eps                     # +0j: ln of a negative number is ln|d| + iπ
        return d * np.log(d) - x

    return complex(np.sum(F(e_ref) - F(E_BOTTOM)) - np.sum(w * np.log(z - eps)))


def _centre_key(c: ce.Centre):
    """The centre moved to cell 0 (translation leaves its charge unchanged)."""
    cell = np.asarray(min(c.sites)[0]) if c.meta.get("kind") != "nv" else \
        np.asarray(c.meta["vacancy"][0])
    return c.translated(-cell)


def _band_energy(omega: float, dn: int, e_ref: float, search: "_LevelSearch", Q: int) -> float:
    r"""Energy of Q electrons (relative to the host) from Ω(e_ref), ΔN(e_ref) and the gap levels
    (``search``): :math:`E = \Omega + e_{\rm ref}\,\Delta N` plus the lowest Q − ΔN levels above
    e_ref (or minus the highest ΔN − Q below it); only those levels are searched for."""
    n = Q - dn
    try:
        if n >= 0:
            return float(omega + e_ref * dn + np.sum(search.states(e_ref, WINDOW[1], first=n)))
        return float(omega + e_ref * dn - np.sum(search.states(WINDOW[0], e_ref, last=-n)))
    except RuntimeError as err:
        raise RuntimeError(f"cannot place {Q} electrons: ΔN(e_ref) = {dn}, e_ref = {e_ref} eV: "
                           f"{err}") from None


def _single_charge(s: "_Single", sums: dict, search: "_LevelSearch", e_ref: float) -> int:
    """Q of a single centre: ΔN at its Fermi level, from ΔN(e_ref) and the counts of its gap
    states (``search``), with the paper's filling (electrons − (manifold − gap states) filled
    from the bottom). An integer: the same for every e_ref in the gap."""
    lo, hi = WINDOW
    total = search.count(lo) - search.count(hi)
    below = search.count(lo) - search.count(e_ref)
    n_fill = s.c.electrons - (s.c.manifold - total)
    if not (0 <= n_fill <= total):
        raise RuntimeError(f"{s.c.name}: cannot fill {n_fill} of {total} gap states")
    return int(sums["P"][1] - below + n_fill)


def _with_singles(geoms) -> tuple:
    """The geometries followed by their distinct single centres (``_Single``, moved to cell 0,
    sorted): the one tuple every table of a pair calculation is computed for."""
    keys = {}
    for g in geoms:
        for c in g.centres():
            k = _centre_key(c)
            keys.setdefault(repr(k), _Single(k))
    return tuple(geoms) + tuple(keys[n] for n in sorted(keys))


@cached
def _lloyd(geoms: tuple, N: int, M: int, nodes: int):
    """Per geometry: dict(dE, E_ref, Q, dN_P, dN_AP, E_P, E_AP).

    One contour to ``E_REF`` for the pairs and the single centres, whose charges fix Q; of the
    gap levels only those the filling needs are searched for."""
    objs = _with_singles(geoms)
    sums = _contour_sums(objs, N, M, nodes, E_REF)
    info, charge = [], {}
    coefs, n = _projected(objs, N, M), len(geoms)
    with single_thread():
        for s, sm, ls in zip(objs[n:], sums[n:], _searches(objs[n:], coefs[n:])):
            charge[repr(s.c)] = _single_charge(s, sm, ls["P"], E_REF)
        for g, sm, ls in zip(geoms, sums, _searches(geoms, coefs)):
            Q = sum(charge[repr(_centre_key(c))] for c in g.centres())
            E = {k: _band_energy(*sm[k], E_REF, ls[k], Q) for k in ("P", "AP")}
            info.append(dict(E_ref=E_REF, Q=Q, dE=E["AP"] - E["P"], dN_P=sm["P"][1],
                             dN_AP=sm["AP"][1], E_P=E["P"], E_AP=E["AP"]))
    return info


@cached
def pair_energies(geoms: tuple, N: int = MESH, M: int = NODES, nodes: int = CONTOUR_NODES):
    """ΔE = E_AP − E_P (eV) for each geometry, by Lloyd's formula (``_lloyd``).

    The tables of one call share one diagonalisation of the mesh (``greens.half_mesh_bands``),
    released at the end (215 MB at N = 40)."""
    try:
        return np.array([d["dE"] for d in _lloyd(tuple(geoms), N, M, nodes)])
    finally:
        gr.half_mesh_bands.cache_clear()


@cached
def bound_state_energies(geoms: tuple, N: int = MESH, M: int = NODES):
    """The former rule, ΔE from the filled gap states alone (NaN if the filling is undefined),
    and the numbers of gap states (P, AP): arrays (ΔE, n_P, n_AP)."""
    coefs = _projected(_with_singles(geoms), N, M)
    gr.half_mesh_bands.cache_clear()
    out, nP, nAP = np.empty(len(geoms)), np.empty(len(geoms), int), np.empty(len(geoms), int)
    with single_thread():
        for i, (g, ls) in enumerate(zip(tqdm(geoms, desc="former rule", leave=False),
                                        _searches(geoms, coefs))):
            _, _, _, ne, nm = _support(g)
            (eP, nP[i]), (eAP, nAP[i]) = (_filled_sum(ls[k], ne, nm) for k in ("P", "AP"))
            out[i] = eAP - eP
    return out, nP, nAP


def all_geometries() -> tuple:
    """Every geometry of Figs 3–4: the TM pairs and the NV⁻ orientation pairs, four directions,
    overlapping NV⁻ pairs left out."""
    out = []
    for a, b in TM_PAIRS:
        for d in DIRECTIONS:
            out += geometries(a, b, d)
    for o in NV_PAIRS:
        for d in DIRECTIONS:
            out += [g for g in geometries("NV", "NV", d, o) if not g.overlapping()]
    return tuple(out)


def overlapping_nv_pairs() -> list:
    """The NV⁻ pair geometries left out because the two centres share a site."""
    return [g for o in NV_PAIRS for d in DIRECTIONS for g in geometries("NV", "NV", d, o)
            if g.overlapping()]


@dataclass(frozen=True)
class LeftOut:
    """A pair geometry of Figs 3–4 that is not computed, and why."""

    geometry: Geometry
    reason: str


def _left_out() -> tuple:
    out = []
    for g in overlapping_nv_pairs():
        c1, c2 = g.centres()
        shared = sorted(set(c1.sites) & set(c2.sites))
        out.append(LeftOut(g, f"the two NV⁻ potentials share {len(shared)} site(s) "
                              f"{shared}: overlapping impurity potentials, as the paper leaves "
                              "such pairs out"))
    return tuple(out)


#: Every pair geometry of Figs 3–4 that is left out, with the reason (nothing else is dropped:
#: the transition-metal pairs at 1.54 Å, nearest neighbours along [-11-1], are computed).
left_out: tuple = _left_out()


def _by_mesh(geoms):
    """(mesh, the geometries computed on it) for each default mesh (``mesh_for``)."""
    for mesh in sorted({MESH, NV_MESH}):
        yield mesh, tuple(g for g in geoms if mesh_for(g.a) == mesh)


def levels_near_the_end() -> dict:
    """For every geometry of ``all_geometries``: how many of its gap levels (P and AP) lie within
    ``LOG_RADIUS`` of the contour's end ``E_REF`` (their logarithms integrated exactly)."""
    out = {}
    for mesh, part in _by_mesh(all_geometries()):
        for g, lv in zip(part, _near_levels(_with_singles(part), mesh, NODES, E_REF)):
            out[g] = sum(int(np.sum(np.abs(v - E_REF) < LOG_RADIUS)) for v in lv.values())
    return out


@cached
def energies_table(M: int = NODES) -> dict:
    """ΔE (eV) of every geometry of ``all_geometries``: {geometry: ΔE}, by Lloyd's formula on
    ``MESH`` (transition metals) and ``NV_MESH`` (NV⁻). Every value is finite and non-zero (a
    zero or NaN raises): nothing is dropped silently."""
    out = {}
    for mesh, part in _by_mesh(all_geometries()):
        out.update(zip(part, pair_energies(part, mesh, M)))
    bad = [g for g, v in out.items() if not np.isfinite(v) or v == 0.0]
    if bad:
        raise RuntimeError(f"ΔE is NaN or exactly zero for {bad}")
    return out


@cached
def rule_comparison(M: int = NODES) -> list:
    """Lloyd's formula against the former rule (filled gap states only, same mesh and nodes),
    for every geometry of ``all_geometries``: a list of dicts with keys 'geometry', 'lloyd',
    'bound' (ΔE, eV; 'bound' NaN where its filling is undefined), 'gap_P', 'gap_AP' (numbers of
    gap states), 'same_states' (P and AP have the same number of gap states)."""
    table = energies_table(M)
    rows = []
    for mesh, part in _by_mesh(all_geometries()):
        old, nP, nAP = bound_state_energies(part, mesh, M)
        for g, o, a, b in zip(part, old, nP, nAP):
            rows.append({"geometry": g, "lloyd": float(table[g]), "bound": float(o),
                         "gap_P": int(a), "gap_AP": int(b), "same_states": bool(a == b)})
    return rows


def rule_comparison_markdown(rows: list, rel: float = 0.01) -> str:
    """Per pair type: geometries, how many have P and AP with different gap-state counts, how
    many changed by more than ``rel`` (relative), and the median and largest |Lloyd/bound − 1|."""
    groups: dict = {}
    for r in rows:
        g = r["geometry"]
        key = "NV⁻–NV⁻" if g.a == "NV" else f"{g.a}–{g.b}"
        groups.setdefault(key, []).append(r)
    out = [f"| pair | geometries | gap states differ (P vs AP) | former rule undefined | "
           f"changed by > {100 * rel:.0f} % | median change | largest change |",
           "|---|---|---|---|---|---|---|"]
    for key, rs in groups.items():
        ch = np.array([abs(r["lloyd"] / r["bound"] - 1) for r in rs if np.isfinite(r["bound"])
                       and r["bound"] != 0])
        nan = sum(not np.isfinite(r["bound"]) for r in rs)
        out.append(f"| {key} | {len(rs)} | {sum(not r['same_states'] for r in rs)} | {nan} | "
                   f"{int(np.sum(ch > rel)) + nan} | {100 * np.median(ch):.2g} % | "
                   f"{100 * np.max(ch):.3g} % |")
    return "\n".join(out)


def exchange_curve(a: str, b: str, direction: str, *, orientation=None, N: int | None = None,
                   M: int = NODES, r_max: float = R_MAX):
    """Exchange ΔE = E_AP − E_P of a pair along a direction, at every lattice separation.

    Parameters
    ----------
    a, b : str
        Species, "Mn", "Cr", "Ni", "Co", "Fe" (any pair) or "NV" (both).
    direction : str
        "[001]", "[1-10]", "[1-11]" or "[-11-1]" (the other sense of the bond axis).
    orientation : tuple of str, optional
        For NV pairs, one of ``NV_PAIRS`` (("par", "perp"): first centre near-parallel,
        second near-perpendicular to [1-11]).
    N, M : int
        k-mesh (even; default ``mesh_for(a)``: ``MESH``, or ``NV_MESH`` for NV⁻) and number of
        Chebyshev nodes.
    r_max : float
        Largest separation (Å), ≤ 25 Å for the cached defaults.

    Returns
    -------
    r : ndarray
        Separations (Å) of the computed pairs; overlapping NV pairs are left out.
    dE : ndarray
        ΔE (eV), sign kept (positive: ferromagnetic).
    """
    geoms = [g for g in geometries(a, b, direction, orientation, r_max) if not g.overlapping()]
    N = mesh_for(a) if N is None else N
    if not geoms:
        return np.empty(0), np.empty(0)
    if N == mesh_for(a) and M == NODES and r_max <= R_MAX and all(g in _ALL for g in geoms):
        table = energies_table(M)
        dE = np.array([table[g] for g in geoms])
    else:
        dE = pair_energies(tuple(geoms), N, M)
    return np.array([g.distance for g in geoms]), dE


class _AllGeometries:
    """Lazy membership test against ``all_geometries``."""

    _set = None

    def __contains__(self, g) -> bool:
        if self._set is None:
            type(self)._set = frozenset(all_geometries())
        return g in self._set


_ALL = _AllGeometries()


def crossover(r, dE, *, angular: float = 1.0) -> float:
    """First separation (Å) where ``|ΔE|`` falls below the dipolar coupling, NaN if it does not.

    Between lattice sites, ``log|ΔE| − log D`` is interpolated linearly in r.
    """
    from .dipolar import dipolar

    r, dE = np.asarray(r, float), np.abs(np.asarray(dE, float))
    ok = np.isfinite(dE) & (dE > 0)
    r, dE = r[ok], dE[ok]
    f = np.log(dE) - np.log(dipolar(r, angular=angular))
    for i in range(len(r) - 1):
        if f[i] > 0 >= f[i + 1]:
            return float(r[i] + (r[i + 1] - r[i]) * f[i] / (f[i] - f[i + 1]))
    return float("nan")


def extrapolated_crossover(r, dE, *, r_fit=(0.0, 20.0), angular: float = 1.0) -> float:
    """Crossover (Å) from a straight-line fit of ``log|ΔE|`` against r over ``r_fit`` (the
    paper's "linear fit to the logarithmic decrease"), solved with the dipolar r⁻³ law."""
    from scipy.optimize import brentq

    from .dipolar import dipolar

    r, dE = np.asarray(r, float), np.abs(np.asarray(dE, float))
    sel = (r >= r_fit[0]) & (r <= r_fit[1]) & np.isfinite(dE) & (dE > 0)
    if sel.sum() < 2:
        return float("nan")
    slope, icpt = np.polyfit(r[sel], np.log(dE[sel]), 1)
    if slope >= 0:
        return float("nan")
    g = lambda x: slope * x + icpt - np.log(dipolar(x, angular=angular))  # noqa: E731
    return float(brentq(g, 1.0, 1e4)) if g(1.0) > 0 > g(1e4) else float("nan")


@dataclass(frozen=True)
class _CentrePair:
    """Two explicit centres (for placeholder and test centres)."""

    c1: ce.Centre
    c2: ce.Centre

    def centres(self):
        return self.c1, self.c2


def delta_e(c1: ce.Centre, c2: ce.Centre, *, N: int = MESH, M: int = NODES,
            nodes: int = CONTOUR_NODES) -> float:
    """ΔE = E_AP − E_P (eV) of two explicit centres by Lloyd's formula (for tests, exercises)."""
    return float(_lloyd((_CentrePair(c1, c2),), N, M, nodes)[0]["dE"])


def delta_e_bound_states(c1: ce.Centre, c2: ce.Centre, *, N: int = MESH, M: int = NODES) -> float:
    """ΔE of two explicit centres by the former rule (filled gap states only; a reference)."""
    g = _CentrePair(c1, c2)
    ls = next(_searches((g,), _projected.__wrapped__((g,), N, M)))
    _, _, _, ne, nm = _support(g)
    with single_thread():
        return _filled_sum(ls["AP"], ne, nm)[0] - _filled_sum(ls["P"], ne, nm)[0]


#: The transition-metal rows of the convergence table: (a, b, direction, orientation).
CONVERGENCE_PAIRS = (("Mn", "Mn", "[1-10]", None), ("Cr", "Cr", "[1-10]", None),
                     ("Ni", "Ni", "[1-10]", None))
#: Smallest |ΔE| (eV) included in the convergence measures.
CONVERGENCE_FLOOR = 1e-8


def _rel_change(x, y, floor=CONVERGENCE_FLOOR) -> float:
    x, y = np.asarray(x), np.asarray(y)
    sel = (np.abs(x) >= floor) & np.isfinite(x) & np.isfinite(y)
    return float(np.max(np.abs(y[sel] - x[sel]) / np.abs(x[sel]))) if sel.any() else float("nan")


def _convergence_rows() -> dict:
    """{row key: geometries}: the three TM pairs along [1-10]; NV⁻ per direction, all four
    orientation pairs."""
    rows = {k: tuple(g for g in geometries(*k)) for k in CONVERGENCE_PAIRS}
    for d in DIRECTIONS:
        rows[("NV", "NV", d, "all")] = tuple(g for o in NV_PAIRS
                                             for g in geometries("NV", "NV", d, o)
                                             if not g.overlapping())
    return rows


def convergence_table() -> dict:
    """Max relative change of ΔE (``|ΔE| ≥ 1e-8`` eV) per row: k-mesh N − 8 → N (at M; N = 40
    for the transition metals, ``NV_MESH`` for NV⁻) and nodes M → M + 10 with the contour's
    ``CONTOUR_NODES`` → ``CHECK_CONTOUR_NODES`` (at N = 32, where the FFTs are
    cheaper). Keys: 'rows' {key: (mesh change, node change, smallest |ΔE|)}, 'mesh' and 'nodes'
    (max over the transition-metal rows), 'nv_mesh' and 'nv_nodes' (max over the NV⁻ rows)."""
    rows = _convergence_rows()
    tm = tuple(g for k, gs in rows.items() if k[0] != "NV" for g in gs)
    nv = tuple(g for k, gs in rows.items() if k[0] == "NV" for g in gs)
    flat = tm + nv
    low = dict(zip(flat, pair_energies(flat, CHECK_MESH, NODES)))   # also the mesh check
    more = dict(zip(flat, pair_energies(flat, CHECK_MESH, CHECK_NODES, CHECK_CONTOUR_NODES)))
    coarse = {g: low[g] for g in tm}
    coarse.update(zip(nv, [low[g] for g in nv]) if NV_CHECK_MESH == CHECK_MESH else
                  zip(nv, pair_energies(nv, NV_CHECK_MESH, NODES)))
    main = energies_table()
    out = {}
    for key, gs in rows.items():
        m = [main[g] for g in gs]
        out[key] = (_rel_change(m, [coarse[g] for g in gs]),
                    _rel_change([low[g] for g in gs], [more[g] for g in gs]),
                    float(np.min(np.abs(m))))
    tmv = [v for k, v in out.items() if k[0] != "NV"]
    nvv = [v for k, v in out.items() if k[0] == "NV"]
    return {"rows": out, "mesh": max(v[0] for v in tmv), "nodes": max(v[1] for v in tmv),
            "nv_mesh": max(v[0] for v in nvv), "nv_nodes": max(v[1] for v in nvv)}


def convergence_markdown(conv: dict) -> str:
    """The convergence table as Markdown."""
    out = [f"| pair | direction | k-mesh N − 8 → N | nodes: M = {NODES} → {CHECK_NODES}, "
           f"contour {CONTOUR_NODES} → {CHECK_CONTOUR_NODES} (N = {CHECK_MESH}) | "
           f"smallest |ΔE| (eV) |", "|---|---|---|---|---|"]
    for (a, b, d, o), (dm, dn, jmin) in conv["rows"].items():
        name = "NV⁻ (four orientation pairs)" if o == "all" else f"{a}–{b}"
        n = mesh_for(a)
        out.append(f"| {name} | {d} | {n - 8} → {n}: {100 * dm:.3g} % | {100 * dn:.2g} % | "
                   f"{jmin:.1e} |")
    return "\n".join(out)
