r"""Spin centres in diamond as local potentials (Kortan, Şahin, Flatté 2016, Eq. 1, Tables I–II).

.. rubric:: The potential

A centre adds to the host :math:`H_0` a potential on its site :math:`R_0` and (for NV⁻) on the
four nearest neighbours :math:`R_{1..4}`, for each orbital :math:`\alpha` and spin

.. math::

    V = \sum_{j,\alpha} c^\dagger_{\alpha}(R_j)\,\big[U^{\rm nm}_{j\alpha}\,\mathbb 1
        + U^{\rm m}_{j\alpha}\,\hat{\mathbf n}\cdot\boldsymbol\sigma\big]\,c_{\alpha}(R_j)
        + \sum_{l=p,d} \frac{\Delta_l}{3}\,\mathbf L_l\cdot\boldsymbol\sigma\Big|_{R_0},

with :math:`\hat{\mathbf n}` the direction of the classical core spin (so a negative magnetic
potential lowers the majority, "spin-up", states) and the impurity spin–orbit coupling written
:math:`(\Delta_l/3)\mathbf L\cdot\boldsymbol\sigma = (2\Delta_l/3)\mathbf L\cdot\mathbf S`, the
paper's prefactor 2/3 on the :math:`\mathbf L\cdot\mathbf S` operator, Jancu's convention for p.
All potentials in eV. The choices the paper leaves open are collected in ``CHOICES``.

.. rubric:: Bound states

Restrict to the support S of V and diagonalise :math:`V_{SS} = W v W^\dagger`. Then
:math:`\det[1 - G_0V] = 0 \iff \det K(\omega) = 0` with

.. math:: K(\omega) = v^{-1} - W^\dagger G_0^{SS}(\omega)\, W ,

Hermitian, with every eigenvalue increasing with ω (:math:`dK/d\omega = W^\dagger
\sum|\psi\rangle\langle\psi|(\omega-E)^{-2}W \ge 0`). The number of bound states in
:math:`(\omega_1, \omega_2)` is :math:`n_-(K(\omega_1)) - n_-(K(\omega_2))`, which finds
degenerate levels and Kramers pairs exactly (Koster & Slater 1954).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from . import greens as gr
from . import tightbinding as tb
from .cache import single_thread

__all__ = ["TABLE_I", "TABLE_II", "TABLE_SOURCE", "CHOICES", "ELECTRONS", "SPECIES",
           "Centre", "transition_metal", "nv_centre", "ideal_vacancy", "Level", "Solution",
           "solve", "angular_momentum", "table_i_markdown", "table_ii_markdown",
           "NV_AXES_A", "TABLE_II_EXTRACTED", "table_ii", "NV_READINGS", "NV_READING"]

TABLE_SOURCE = ("Kortan, Şahin, Flatté, Phys. Rev. B 93, 220402(R) (2016), Tables I and II; "
                "doi:10.1103/PhysRevB.93.220402")

#: Table I: on-site d potentials of the transition metals (eV): nonmagnetic t2, e; magnetic t2,
#: e; spin–orbit Δ for p and d.
TABLE_I: dict[str, dict[str, float]] = {
    "Cr": {"nm_t2": -18.89, "nm_e": -21.45, "m_t2": -0.26, "m_e": -1.85, "so_p": 0.09, "so_d": 0.02},
    "Mn": {"nm_t2": -19.30, "nm_e": -22.50, "m_t2": -0.14, "m_e": -1.00, "so_p": -0.03, "so_d": -0.08},
    "Fe": {"nm_t2": -19.20, "nm_e": -23.15, "m_t2": 0.0, "m_e": 0.0, "so_p": -0.15, "so_d": -0.12},
    "Co": {"nm_t2": -20.57, "nm_e": -24.64, "m_t2": -0.26, "m_e": -0.21, "so_p": -0.10, "so_d": -0.19},
    "Ni": {"nm_t2": -21.67, "nm_e": -27.03, "m_t2": -0.43, "m_e": -0.38, "so_p": -0.08, "so_d": -0.33},
}
#: Table II: p-orbital potentials of the NV⁻ centre (eV): on-site and nearest-neighbour,
#: nonmagnetic and magnetic.
#: Table II as the paper's text keeps it: eight values in extraction order, without their rows
#: (N, V) and columns (on-site nonmagnetic, on-site magnetic, nearest-neighbour nonmagnetic,
#: nearest-neighbour magnetic). Where each value sits is a reading (``table_ii``).
TABLE_II_EXTRACTED: tuple[float, ...] = (-5.33, 50.0, 2.93, 0.0, 0.0, -0.26, 0.0, -2.97)
_T2_COLS = ("os_nm", "os_m", "nn_nm", "nn_m")


def table_ii(layout: str = "column") -> dict[str, dict[str, float]]:
    """Table II from ``TABLE_II_EXTRACTED`` under a layout of the eight values.

    ``"column"``: read column by column, N then V in each column (N on-site −5.33 / 2.93, V
    on-site 50 / 0, neighbours N 0 / 0, V −0.26 / −2.97). ``"row"``: read row by row (N =
    −5.33, 50, 2.93, 0; V = 0, −0.26, 0, −2.97). Reading the columns V first gives the column
    layout with the labels N and V exchanged, which is the same centre (the site carrying +50 eV
    is the vacancy either way, and its neighbour potential reaches the other site), so it is not
    a separate layout.
    """
    v = TABLE_II_EXTRACTED
    if layout == "column":
        return {"N": dict(zip(_T2_COLS, v[0::2])), "V": dict(zip(_T2_COLS, v[1::2]))}
    if layout == "row":
        return {"N": dict(zip(_T2_COLS, v[:4])), "V": dict(zip(_T2_COLS, v[4:]))}
    raise ValueError(f"layout must be 'column' or 'row'; got {layout!r}")


#: The readings of Table II that the extracted text allows (register: exchange/nv-table-ii):
#: layout of the eight values; orbitals carrying the vacancy's on-site potential (the caption
#: says p); whether the vacancy's neighbour potential also acts on N, one of its four
#: neighbours (Eq. 1 summed, "sum") or N carries only its own row ("own"); the magnetic
#: column as the shift of each spin (1) or as the full splitting (1/2).
NV_READINGS: dict[str, dict] = {
    f"{lay}/{orb}/{nit}/{'full' if ms == 1.0 else 'half'}": dict(
        layout=lay, vacancy_orbitals=orb, nitrogen=nit, magnetic_scale=ms)
    for lay, orbs in (("column", ("p", "sp", "spd")), ("row", ("p",)))
    for orb in orbs for nit in ("sum", "own") for ms in (1.0, 0.5)}
#: The reading the book uses, chosen by the single-centre structure the paper states (four gap
#: levels a1, a1 below the spin-split e, filled through e↑, S = 1; see
#: ``singles.nv_reading_table``): the column layout, the vacancy's 50 eV on s, p and d (the
#: book's ideal vacancy), Eq. 1 summed on N, and the magnetic column as the full splitting.
NV_READING = "column/spd/sum/half"
#: Table II as the book reads it (``table_ii("column")``).
TABLE_II: dict[str, dict[str, float]] = table_ii("column")
SPECIES: tuple[str, ...] = ("Fe", "NV", "Mn", "Co", "Cr", "Ni")

#: Electrons in each centre's manifold of spin-orbital defect states (10 d-derived states e + t2
#: for a transition metal; the 6 states a1, e_x, e_y × spin for NV⁻). Cr: "two electrons in the
#: spin-up e state"; Ni: "two electrons in the spin-up t2 states" with e (4 states) below the
#: valence band, i.e. 6; the sequence Cr, Mn, Fe, Co, Ni adds one electron per step; NV⁻: "fills
#: electrons up through the spin-up e_x and e_y states" (a1↑, a1↓, e↑, e↑).
ELECTRONS: dict[str, tuple[int, int]] = {  # species: (electrons, states in the manifold)
    "Cr": (2, 10), "Mn": (3, 10), "Fe": (4, 10), "Co": (5, 10), "Ni": (6, 10), "NV": (4, 6),
}

#: Every choice the paper leaves open, in one place (read by the book).
CHOICES: dict[str, str] = {
    "magnetic potential": "U_s = U_nm + s U_m with s = ±1 along the core-spin direction: the "
                          "magnetic column is the shift of each spin, so the spin splitting of "
                          "the bare potential is 2|U_m| (alternative: ±U_m/2).",
    "spin–orbit": "(Δ_l/3) L·σ = (2Δ_l/3) L·S on the p and d orbitals of the impurity site "
                  "(the paper's 2/3; Jancu's (Δ/3)L·σ for p, which splits j = 3/2 from 1/2 by Δ).",
    "quantisation axis": "classical core spins along z = [001].",
    "transition-metal orbitals": "Table I on the five d orbitals of the impurity site (t2 = xy, "
                                 "yz, zx; e = x²−y², 3z²−r²); U_nn = 0 as the paper states.",
    "NV⁻ orbitals": "Table II read column by column (V on-site +50 / 0, N on-site −5.33 / "
                    "+2.93, the four neighbours of V (N and three C) −0.26 / −2.97, N's "
                    "neighbours 0 / 0), the vacancy's +50 eV on its s, p and d orbitals (the "
                    "book's ideal vacancy; the caption says p, under which a1↑ leaves the "
                    "gap), the other potentials on p, Eq. 1 summed on N, and the magnetic "
                    "column as the full spin splitting (±U_m/2, unlike the transition metals' "
                    "±U_m): the one reading that gives the paper's single centre (four gap "
                    "levels a1, a1 < e↑ < e↓) and follows Eq. 1 literally; reading "
                    "exchange/nv-table-ii, NV_READINGS, singles.nv_reading_table.",
    "NV geometry": "vacancy on the A site at the origin, N on its neighbour along [111] "
                   "(unrelaxed lattice positions).",
    "electron count": "electrons in the defect manifold from the paper's text (Cr, Ni, NV⁻) and "
                      "one more per step from Cr to Ni; manifold states missing from the gap are "
                      "counted as filled (below the valence band), as the paper does for Ni e.",
}

#: NV axes (V→N) from a vacancy on the A sublattice, with the lattice cell of the N (B site).
NV_AXES_A: dict[str, tuple[tuple[int, int, int], int]] = {
    "[111]": ((0, 0, 0), 1), "[1-1-1]": ((-1, 0, 0), 1), "[-11-1]": ((0, -1, 0), 1),
    "[-1-11]": ((0, 0, -1), 1),
}

_P = [1, 2, 3]
_D = [4, 5, 6, 7, 8]
_T2 = [4, 5, 6]
_E = [7, 8]
_SIG = np.array([[[0, 1], [1, 0]], [[0, -1j], [1j, 0]], [[1, 0], [0, -1]]], complex)


def _grad_harmonics(r: np.ndarray, h: float = 1e-4) -> np.ndarray:
    """∂f_j/∂r_c at points r: shape (n, 10, 3) (central differences, exact for quadratics)."""
    out = np.empty(r.shape[:1] + (10, 3))
    for c in range(3):
        dr = np.zeros(3)
        dr[c] = h
        out[:, :, c] = (tb._real_harmonics(r + dr) - tb._real_harmonics(r - dr)) / (2 * h)
    return out


def angular_momentum(l: int) -> np.ndarray:
    r"""Matrices ``⟨f_i|L_a|f_j⟩`` (units of ħ) in the real basis of ``nvlib.exchange.tightbinding``.

    Built from :math:`\mathbf L = -i\,\mathbf r\times\nabla` acting on the angular functions, so
    no table is retyped. Returns shape (3, 2l+1, 2l+1) for l = 1 (x, y, z) or l = 2 (xy, yz, zx,
    x²−y², 3z²−r²).
    """
    if l not in (1, 2):
        raise ValueError(f"l must be 1 or 2; got {l!r}")
    idx = _P if l == 1 else _D
    r = tb._SAMPLE
    F = tb._real_harmonics(r)[:, idx]
    g = _grad_harmonics(r)[:, idx, :]
    rxg = np.cross(r[:, None, :], g)  # (n, m, 3)
    L = np.empty((3, len(idx), len(idx)), complex)
    for a in range(3):
        M, *_ = np.linalg.lstsq(F, rxg[:, :, a], rcond=None)  # L_a f_j = -i Σ_i f_i M_ij
        L[a] = -1j * M
    L[np.abs(L) < 1e-9] = 0
    return L


@dataclass(frozen=True)
class Centre:
    """A spin centre: site → 10×10 nonmagnetic and magnetic potentials (eV), SO on one site.

    ``sites`` maps (cell, sublattice) to a pair (U_nm, U_m) of diagonal orbital potentials
    (length-10 arrays, eV); ``so`` = (site, Δ_p, Δ_d) or None.
    """

    name: str
    sites: dict
    so: tuple | None = None
    electrons: int = 0
    manifold: int = 0
    meta: dict = field(default_factory=dict, compare=False, hash=False)

    def translated(self, cell) -> "Centre":
        """The same centre moved by a lattice vector (cell, lattice coordinates)."""
        c = np.asarray(cell, int)
        sites = {(tuple(int(x) for x in np.asarray(k[0]) + c), k[1]): v
                 for k, v in self.sites.items()}
        so = None
        if self.so is not None:
            (sc, ss), dp, dd = self.so
            so = ((tuple(int(x) for x in np.asarray(sc) + c), ss), dp, dd)
        return Centre(self.name, sites, so, self.electrons, self.manifold, dict(self.meta))

    def potential(self, spin_axis=(0, 0, 1)) -> dict:
        """Spinor potential per site: {(cell, sub): (20, 20) complex}, index 2·orbital + spin."""
        n = np.asarray(spin_axis, float)
        if n.shape != (3,) or not np.isclose(np.linalg.norm(n), 1.0):
            raise ValueError(f"spin_axis must be a unit 3-vector; got {spin_axis!r}")
        ns = np.einsum("a,aij->ij", n, _SIG)
        out = {}
        for site, (unm, um) in self.sites.items():
            out[site] = np.kron(np.diag(unm), np.eye(2)) + np.kron(np.diag(um), ns)
        if self.so is not None:
            site, dp, dd = self.so
            M = np.zeros((20, 20), complex)
            for l, delta, idx in ((1, dp, _P), (2, dd, _D)):
                L = angular_momentum(l)
                block = (delta / 3.0) * sum(np.kron(L[a], _SIG[a]) for a in range(3))
                sp = np.concatenate([[2 * i, 2 * i + 1] for i in idx])
                M[np.ix_(sp, sp)] += block
            out[site] = out.get(site, np.zeros((20, 20), complex)) + M
        return out


def transition_metal(species: str, *, so: bool = True, magnetic_scale: float = 1.0,
                     site=((0, 0, 0), 0)) -> Centre:
    """A substitutional transition metal of Table I on ``site`` (default: A site, cell 0).

    ``magnetic_scale`` multiplies the magnetic column (1: U_nm ± U_m, the main model; 0.5: the
    alternative reading U_nm ± U_m/2). ``so=False`` drops the spin–orbit term.
    """
    if species not in TABLE_I:
        raise ValueError(f"species must be one of {sorted(TABLE_I)}; got {species!r}")
    t = TABLE_I[species]
    unm, um = np.zeros(10), np.zeros(10)
    unm[_T2], unm[_E] = t["nm_t2"], t["nm_e"]
    um[_T2], um[_E] = magnetic_scale * t["m_t2"], magnetic_scale * t["m_e"]
    key = (tuple(site[0]), int(site[1]))
    ne, nm = ELECTRONS[species]
    return Centre(species, {key: (unm, um)}, (key, t["so_p"], t["so_d"]) if so else None,
                  ne, nm, {"kind": "tm"})


def _neighbours(cell, sub):
    """The four nearest-neighbour sites of a site (cell, sublattice)."""
    cell = np.asarray(cell, int)
    sign = 1 if sub == 0 else -1
    return [(tuple(int(x) for x in cell + sign * c), 1 - sub) for c in tb.NN_CELLS]


def nv_centre(axis: str = "[111]", *, vacancy=((0, 0, 0), 0), reading: str = NV_READING,
              magnetic_scale: float | None = None, vacancy_orbitals: str | None = None
              ) -> Centre:
    """The NV⁻ centre of Table II: vacancy at ``vacancy``, N on the neighbour along ``axis``.

    ``axis`` is the V→N direction: for a vacancy on A one of ``NV_AXES_A``; for a vacancy on B
    the opposite directions ("[-1-1-1]", "[1-11]", "[-111]", "[11-1]").
    ``reading`` is a key of ``NV_READINGS`` (default: the book's ``NV_READING``);
    ``magnetic_scale`` and ``vacancy_orbitals`` ("p", "sp" or "spd") override its entries.
    """
    if reading not in NV_READINGS:
        raise ValueError(f"reading must be one of {sorted(NV_READINGS)}; got {reading!r}")
    rd = dict(NV_READINGS[reading])
    if magnetic_scale is not None:
        rd["magnetic_scale"] = float(magnetic_scale)
    if vacancy_orbitals is not None:
        rd["vacancy_orbitals"] = vacancy_orbitals
    magnetic_scale = rd["magnetic_scale"]
    vacancy_orbitals = rd["vacancy_orbitals"]
    vcell, vsub = tuple(vacancy[0]), int(vacancy[1])
    nbrs = _neighbours(vcell, vsub)
    vpos = tb.site_position(vcell, vsub, 1.0)
    dirs = {}
    for s in nbrs:
        d = tb.site_position(s[0], s[1], 1.0) - vpos
        dirs["[" + "".join(("-1" if x < 0 else "1") for x in d) + "]"] = s
    if axis not in dirs:
        raise ValueError(f"axis must be one of {sorted(dirs)} for a vacancy on sublattice "
                         f"{vsub}; got {axis!r}")
    vsets = {"p": _P, "sp": [0] + _P, "spd": list(range(9))}
    if vacancy_orbitals not in vsets:
        raise ValueError(f"vacancy_orbitals must be 'p', 'sp' or 'spd'; got {vacancy_orbitals!r}")
    nsite = dirs[axis]
    tab = table_ii(rd["layout"])
    tv, tn = tab["V"], tab["N"]
    sites: dict = {}

    def add(site, orbs, nm, m):
        unm, um = sites.get(site, (np.zeros(10), np.zeros(10)))
        unm, um = unm.copy(), um.copy()
        unm[orbs] += nm
        um[orbs] += magnetic_scale * m
        sites[site] = (unm, um)

    add((vcell, vsub), vsets[vacancy_orbitals], tv["os_nm"], tv["os_m"])
    add(nsite, _P, tn["os_nm"], tn["os_m"])
    for s in nbrs:
        if s != nsite or rd["nitrogen"] == "sum":
            add(s, _P, tv["nn_nm"], tv["nn_m"])
    for s in _neighbours(*nsite):
        add(s, _P, tn["nn_nm"], tn["nn_m"])
    sites = {k: v for k, v in sites.items() if np.any(v[0]) or np.any(v[1])}
    ne, nm = ELECTRONS["NV"]
    return Centre("NV", sites, None, ne, nm, {"kind": "nv", "axis": axis, "vacancy": (vcell, vsub),
                                              "nitrogen": nsite, "reading": reading})


def ideal_vacancy(U: float = 50.0, orbitals: str = "spd") -> Centre:
    """An ideal vacancy: +U on the chosen orbitals of the A site at the origin (spinless test).

    ``orbitals``: "sp", "spd" or "all" (s, p, d, s*).
    """
    sets = {"sp": [0, 1, 2, 3], "spd": list(range(9)), "all": list(range(10))}
    if orbitals not in sets:
        raise ValueError(f"orbitals must be one of {sorted(sets)}; got {orbitals!r}")
    if not (np.isfinite(U) and U > 0):
        raise ValueError(f"U must be finite and > 0 eV; got {U!r}")
    unm = np.zeros(10)
    unm[sets[orbitals]] = U
    return Centre("vacancy", {((0, 0, 0), 0): (unm, np.zeros(10))}, None, 0, 6, {"kind": "vac"})


# ------------------------------------------------------------------------ bound states

@dataclass
class Level:
    """A bound state (or a degenerate set): energy (eV), degeneracy, spin-up weight, site weights."""

    energy: float
    degeneracy: int
    up: float = float("nan")
    onsite_weight: float = float("nan")
    vectors: np.ndarray | None = None


@dataclass
class Solution:
    """Gap levels of a potential, with what is needed to build their wave functions."""

    levels: list
    support_sites: list
    support_orbitals: list
    W: np.ndarray
    v: np.ndarray
    N: int

    @property
    def energies(self) -> np.ndarray:
        """All gap states, one entry per state (degenerate levels repeated), eV, ascending."""
        return np.array(sorted(e for lv in self.levels for e in [lv.energy] * lv.degeneracy))


def merge_potentials(*pots: dict) -> dict:
    """Sum spinor potentials site by site (shared sites add)."""
    out: dict = {}
    for p in pots:
        for k, v in p.items():
            out[k] = out.get(k, 0) + v
    return out


class _Problem:
    """K(ω) for one potential on one host."""

    def __init__(self, pot: dict, host: gr.Host, spin: bool = True):
        self.host = host
        self.sites, self.orbs = [], []
        rows = []
        for site, M in pot.items():
            diag = np.abs(M).reshape(10, 2, 10, 2).sum(axis=(1, 2, 3))
            diag += np.abs(M).reshape(10, 2, 10, 2).sum(axis=(0, 1, 3))
            orbs = [int(i) for i in np.nonzero(diag > 0)[0]]
            if not orbs:
                continue
            self.sites.append(site)
            self.orbs.append(orbs)
            sp = np.concatenate([[2 * i, 2 * i + 1] for i in orbs])
            rows.append((site, sp))
        n = sum(2 * len(o) for o in self.orbs)
        V = np.zeros((n, n), complex)
        off = 0
        for (site, sp) in rows:
            m = len(sp)
            V[off:off + m, off:off + m] = pot[site][np.ix_(sp, sp)]
            off += m
        if not np.allclose(V, V.conj().T, atol=1e-12):
            raise ValueError("the potential is not Hermitian")
        v, W = np.linalg.eigh(V)
        keep = np.abs(v) > 1e-10
        self.v, self.W = v[keep], W[:, keep]
        self.X = host.support_basis(self.sites, self.orbs)

    def g0(self, omega, power: int = 1, eta: float = 0.0) -> np.ndarray:
        g = self.host.support_greens(self.X, omega, power=power, eta=eta)
        return np.stack([np.kron(gi, np.eye(2)) for gi in g])

    def K(self, omega) -> np.ndarray:
        G = self.g0(omega)
        # W† G W as two batched products (a three-operand einsum loops over all four indices)
        return np.diag(1.0 / self.v)[None] - self.W.conj().T @ G @ self.W

    def eigenvalues(self, omega: float) -> np.ndarray:
        """The eigenvalues of K(ω), ascending (continuous and non-decreasing in ω)."""
        return np.linalg.eigvalsh(self.K([omega])[0])

    def count(self, omega: float) -> int:
        return int(np.sum(self.eigenvalues(omega) < 0))


def solve(pot: dict | Centre, host: gr.Host | int = 24, *, tol: float = 1e-10,
          spin_axis=(0, 0, 1), vectors: bool = True) -> Solution:
    """Gap levels of a potential by bisection on the inertia count of K(ω).

    Parameters
    ----------
    pot : Centre or dict
        A centre (its potential along ``spin_axis``) or a spinor potential {site: (20, 20)}.
    host : Host or int
        The host (or its mesh size N).
    tol : float
        Energy resolution (eV), > 0.
    """
    if not (tol > 0):
        raise ValueError(f"tol must be > 0 eV; got {tol!r}")
    if isinstance(host, (int, np.integer)):
        host = gr.host(int(host))
    if isinstance(pot, Centre):
        pot = pot.potential(spin_axis)
    with single_thread():
        return _solve(pot, host, tol, vectors)


#: Width (eV) below which a bracket of several states is tested for one degenerate level.
CLUSTER_WIDTH = 1e-3


def _solve(pot: dict, host: gr.Host, tol: float, vectors: bool) -> Solution:
    r"""Gap levels: the inertia count of K brackets them, Brent's method pins them down.

    The sorted eigenvalues :math:`\lambda_j(\omega)` of K are continuous and non-decreasing. In
    a bracket [a, b] where the count of negative ones falls from n_a to n_b the states are the
    zeros of :math:`\lambda_{n_b}, \dots, \lambda_{n_a - 1}`; the lowest is the zero of
    :math:`\lambda_{n_a-1}`, the highest that of :math:`\lambda_{n_b}` (Brent's method, about 8
    evaluations of G0 each, where halving to ``tol`` takes ~30). One state: that zero. Several
    within ``tol`` of each other: one degenerate level at the mean of the two zeros. Brackets
    of several states are halved until they split or are narrower than ``CLUSTER_WIDTH``; then
    the two zeros are found, and if they differ by more than ``tol`` the bracket between them is
    halved and each half treated in turn.
    """
    from scipy.optimize import brentq

    pb = _Problem(pot, host)
    lo, hi = host.gap
    found = []

    def zero(j, a, b):
        return brentq(lambda w: pb.eigenvalues(w)[j], a, b, xtol=tol / 4,
                      rtol=4 * np.finfo(float).eps)

    def rec(a, ea, b, eb):
        na, nb = int(np.sum(ea < 0)), int(np.sum(eb < 0))
        if na == nb:
            return
        if b - a < tol:
            found.append((0.5 * (a + b), na - nb))
            return
        if (na - nb == 1 or b - a < CLUSTER_WIDTH) and ea[na - 1] < 0 < eb[na - 1] \
                and ea[nb] < 0 < eb[nb]:
            first = zero(na - 1, a, b)
            if na - nb == 1:
                found.append((first, 1))
                return
            last = zero(nb, a, b)
            if last - first < tol:
                found.append((0.5 * (first + last), na - nb))
                return
            m = 0.5 * (first + last)
        else:
            m = 0.5 * (a + b)
        em = pb.eigenvalues(m)
        rec(a, ea, m, em)
        rec(m, em, b, eb)

    rec(lo, pb.eigenvalues(lo), hi, pb.eigenvalues(hi))
    levels = []
    for e, g in found:
        lv = Level(e, g)
        if vectors:
            Kw = pb.K([e])[0]
            w, u = np.linalg.eigh(Kw)
            u = u[:, np.argsort(np.abs(w))[:g]]
            D = pb.g0([e], power=2)[0]
            Wu = pb.W @ u
            M = Wu.conj().T @ D @ Wu  # Gram matrix (full-space norms)
            P = np.zeros(D.shape[0])
            P[0::2] = 1
            up = np.real(np.trace(np.linalg.solve(M, Wu.conj().T @ (D * P[None, :]) @ Wu)))
            lv.up = float(up / g)
            lv.vectors = Wu @ np.linalg.inv(np.linalg.cholesky(M)).conj().T
        levels.append(lv)
    return Solution(levels, pb.sites, pb.orbs, pb.W, pb.v, host.N)


def _num(x: float) -> str:
    return f"{x:.2f}" if x else "0"


def table_i_markdown() -> str:
    """Table I of the paper, rendered from ``TABLE_I`` (not retyped)."""
    rows = ["| | nonmagnetic t2 | nonmagnetic e | magnetic t2 | magnetic e | spin–orbit Δ_p | "
            "spin–orbit Δ_d |", "|---|---|---|---|---|---|---|"]
    for sp, t in TABLE_I.items():
        rows.append(f"| {sp} | " + " | ".join(_num(t[k]) for k in
                                                ("nm_t2", "nm_e", "m_t2", "m_e", "so_p", "so_d"))
                    + " |")
    return "\n".join(rows)


def table_ii_markdown() -> str:
    """Table II of the paper, rendered from ``TABLE_II`` (not retyped)."""
    rows = ["| | on-site nonmagnetic | on-site magnetic | nearest-neighbour nonmagnetic | "
            "nearest-neighbour magnetic |", "|---|---|---|---|---|"]
    for sp, t in TABLE_II.items():
        rows.append(f"| {sp} | " + " | ".join(_num(t[k]) for k in ("os_nm", "os_m", "nn_nm", "nn_m"))
                    + " |")
    return "\n".join(rows)
