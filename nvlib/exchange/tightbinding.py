r"""The sp3d5s* tight-binding host: diamond with the parameters of Jancu et al. (1998).

.. rubric:: Model

Two carbon atoms per fcc primitive cell (lattice constant :math:`a`), A at the origin and B at
:math:`\tau = (a/4)(1,1,1)`; ten orbitals per atom, in the order
``s, px, py, pz, dxy, dyz, dzx, dx2-y2, d3z2-r2, s*`` (real angular functions
:math:`1;\ x,y,z;\ \sqrt3xy,\sqrt3yz,\sqrt3zx,\ \tfrac{\sqrt3}{2}(x^2-y^2),\ z^2-\tfrac12(x^2+y^2)`).
Nearest-neighbour two-centre integrals :math:`T_{\alpha\beta}(\mathbf d)` follow the
Slater–Koster table (Slater & Koster 1954) with the parity rule
:math:`E_{\beta\alpha}(\mathbf d) = (-1)^{l_\alpha+l_\beta}E_{\alpha\beta}(\mathbf d)`, so that
:math:`T(-\mathbf d) = T(\mathbf d)^{\mathsf T}`. In the cell gauge the Bloch Hamiltonian is

.. math::

    H(\mathbf k) = \begin{pmatrix} E & \sum_j T(\mathbf d_j)e^{i\mathbf k\cdot\mathbf L_j}\\
    \text{h.c.} & E\end{pmatrix},\qquad \mathbf d_j = \tau + \mathbf L_j ,

with :math:`\mathbf L_j \in \{0, -\mathbf a_1, -\mathbf a_2, -\mathbf a_3\}`. Energies in eV,
lengths in ångström (the one exception to SI in nvlib: a tight-binding model lives in eV and Å).
The spin–orbit parameter of carbon is zero in Jancu's set, so the host is spin-degenerate and a
20×20 spinless :math:`H(\mathbf k)` suffices.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

__all__ = ["ORBITALS", "N_ORB", "JANCU_C", "SOURCE", "Params", "default_params",
           "LATTICE_A", "PRIMITIVE", "TAU", "NN_CELLS", "sk_block", "sk_table_element",
           "hamiltonian", "bands", "kpath", "diamond_gaps", "site_position", "parity",
           "params_markdown"]

#: Orbital order per atom.
ORBITALS: tuple[str, ...] = ("s", "px", "py", "pz", "dxy", "dyz", "dzx", "dx2-y2", "d3z2-r2", "s*")
N_ORB = 10
#: Angular momentum of each orbital (s* counts as l = 0).
L_OF = np.array([0, 1, 1, 1, 2, 2, 2, 2, 2, 0])

#: Where the parameters come from.
SOURCE = ("Jancu, Scholz, Beltram, Bassani, Phys. Rev. B 57, 6493 (1998), Table II (group IV, C); "
          "doi:10.1103/PhysRevB.57.6493. Two-centre integrals are bare Slater–Koster values.")

#: Jancu et al. (1998) sp3d5s* parameters of diamond, eV (lattice constant in Å).
JANCU_C: dict[str, float] = {
    "a": 3.5668,
    "Es": -1.0458, "Ep": 7.0850, "Ed": 27.9267, "Es*": 38.2661,
    "ss_sigma": -4.3882, "s*s*_sigma": -2.6737, "ss*_sigma": -2.3899,
    "sp_sigma": 5.4951, "s*p_sigma": 5.1709, "sd_sigma": -2.7655, "s*d_sigma": -2.3034,
    "pp_sigma": 7.5480, "pp_pi": -2.6363, "pd_sigma": -2.1621, "pd_pi": 3.9281,
    "dd_sigma": -4.1813, "dd_pi": 4.9779, "dd_delta": -3.9884,
    "so_delta_over_3": 0.0,
}
LATTICE_A = JANCU_C["a"]


@dataclass(frozen=True)
class Params:
    """Host parameters (eV; ``a`` in Å). ``values`` is a sorted tuple of (name, value)."""

    values: tuple = field(default_factory=lambda: tuple(sorted(JANCU_C.items())))

    def __getitem__(self, key: str) -> float:
        return dict(self.values)[key]

    def key(self) -> str:
        """A short text key for caches."""
        return ";".join(f"{k}={v:.6g}" for k, v in self.values)


def default_params() -> Params:
    """The single source of the host's defaults: Jancu's carbon column."""
    return Params()


a1, a2, a3 = (np.array(v, float) for v in ((0, 1, 1), (1, 0, 1), (1, 1, 0)))
#: Primitive fcc vectors in units of a (rows).
PRIMITIVE = 0.5 * np.array([a1, a2, a3])
#: B-sublattice offset in units of a.
TAU = np.array([0.25, 0.25, 0.25])
#: Cells (lattice coordinates) of the four B neighbours of the A atom of cell 0.
NN_CELLS = np.array([[0, 0, 0], [-1, 0, 0], [0, -1, 0], [0, 0, -1]])


def site_position(cell, sub, a: float = LATTICE_A) -> np.ndarray:
    """Cartesian position (Å) of sublattice ``sub`` (0 = A, 1 = B) in lattice cell ``cell``."""
    cell = np.asarray(cell, float)
    return a * (cell @ PRIMITIVE + np.asarray(sub)[..., None] * TAU)


# ---------------------------------------------------------------- Slater–Koster blocks

def _real_harmonics(r: np.ndarray) -> np.ndarray:
    """The ten angular functions at points r (n, 3), in orbital order."""
    x, y, z = r.T
    s3 = np.sqrt(3.0)
    one = np.ones_like(x)
    return np.stack([one, x, y, z, s3 * x * y, s3 * y * z, s3 * z * x,
                     0.5 * s3 * (x * x - y * y), z * z - 0.5 * (x * x + y * y), one], axis=1)


_SAMPLE = np.random.default_rng(7).normal(size=(64, 3))


def _orbital_rotation(Q: np.ndarray) -> np.ndarray:
    """D with f_i(Qᵀ r) = Σ_j D_ji f_j(r) for the ten orbitals (block diagonal in l)."""
    F = _real_harmonics(_SAMPLE)
    Fr = _real_harmonics(_SAMPLE @ Q)  # rows: (Qᵀ r)ᵀ = rᵀ Q
    D = np.zeros((N_ORB, N_ORB))
    for idx in ([0], [1, 2, 3], [4, 5, 6, 7, 8], [9]):
        sol, *_ = np.linalg.lstsq(F[:, idx], Fr[:, idx], rcond=None)
        D[np.ix_(idx, idx)] = sol
    return D


def _bond_frame(p: Params) -> np.ndarray:
    """⟨α at 0|H|β at d ẑ⟩ for a bond along +z (σ, π, δ on the diagonal of each l-pair)."""
    B = np.zeros((N_ORB, N_ORB))
    s, x, y, z, xy, yz, zx, x2, z2, ss = range(10)
    B[s, s] = p["ss_sigma"]
    B[ss, ss] = p["s*s*_sigma"]
    B[s, ss] = B[ss, s] = p["ss*_sigma"]
    B[s, z], B[z, s] = p["sp_sigma"], -p["sp_sigma"]
    B[ss, z], B[z, ss] = p["s*p_sigma"], -p["s*p_sigma"]
    B[s, z2] = B[z2, s] = p["sd_sigma"]
    B[ss, z2] = B[z2, ss] = p["s*d_sigma"]
    B[z, z] = p["pp_sigma"]
    B[x, x] = B[y, y] = p["pp_pi"]
    B[z, z2], B[z2, z] = p["pd_sigma"], -p["pd_sigma"]
    B[x, zx], B[zx, x] = p["pd_pi"], -p["pd_pi"]
    B[y, yz], B[yz, y] = p["pd_pi"], -p["pd_pi"]
    B[z2, z2] = p["dd_sigma"]
    B[yz, yz] = B[zx, zx] = p["dd_pi"]
    B[xy, xy] = B[x2, x2] = p["dd_delta"]
    return B


def _rotation_to(d: np.ndarray) -> np.ndarray:
    """A rotation Q (3×3) with Q ẑ = d̂."""
    n = d / np.linalg.norm(d)
    helper = np.array([1.0, 0, 0]) if abs(n[0]) < 0.9 else np.array([0, 1.0, 0])
    e1 = np.cross(helper, n)
    e1 /= np.linalg.norm(e1)
    e2 = np.cross(n, e1)
    return np.stack([e1, e2, n], axis=1)


def sk_block(d, params: Params | None = None) -> np.ndarray:
    r"""Two-centre block :math:`T_{\alpha\beta}(\mathbf d) = \langle\alpha,0|H|\beta,\mathbf d\rangle`.

    Parameters
    ----------
    d : array_like, shape (3,)
        Bond vector (Å; only its direction matters: nearest-neighbour integrals only).
    params : Params, optional
        Host parameters (default: Jancu's carbon).

    Returns
    -------
    ndarray, shape (10, 10)
        eV. The bond-frame matrix rotated into the crystal frame, :math:`T = D B D^{\mathsf T}`.
    """
    d = np.asarray(d, float)
    if d.shape != (3,) or not np.all(np.isfinite(d)) or np.linalg.norm(d) == 0:
        raise ValueError(f"d must be a finite non-zero 3-vector; got {d!r}")
    p = params or default_params()
    D = _orbital_rotation(_rotation_to(d))
    return D @ _bond_frame(p) @ D.T


def sk_table_element(a: str, b: str, d, params: Params | None = None) -> float:
    """A few explicit Slater–Koster (1954, Table I) formulas, for testing ``sk_block``.

    Supports (a, b) in s–s, s–px, px–px, px–py, s–dxy, px–dxy, pz–d3z2-r2, dxy–dxy, dxy–dyz,
    dx2-y2–d3z2-r2, px–dx2-y2.
    """
    p = params or default_params()
    l, m, n = np.asarray(d, float) / np.linalg.norm(d)
    s3 = np.sqrt(3.0)
    table = {
        ("s", "s"): p["ss_sigma"],
        ("s", "px"): l * p["sp_sigma"],
        ("px", "px"): l * l * p["pp_sigma"] + (1 - l * l) * p["pp_pi"],
        ("px", "py"): l * m * (p["pp_sigma"] - p["pp_pi"]),
        ("s", "dxy"): s3 * l * m * p["sd_sigma"],
        ("px", "dxy"): s3 * l * l * m * p["pd_sigma"] + m * (1 - 2 * l * l) * p["pd_pi"],
        ("pz", "d3z2-r2"): n * (n * n - 0.5 * (l * l + m * m)) * p["pd_sigma"]
        + s3 * n * (l * l + m * m) * p["pd_pi"],
        ("px", "dx2-y2"): 0.5 * s3 * l * (l * l - m * m) * p["pd_sigma"]
        + l * (1 - l * l + m * m) * p["pd_pi"],
        ("dxy", "dxy"): 3 * l * l * m * m * p["dd_sigma"]
        + (l * l + m * m - 4 * l * l * m * m) * p["dd_pi"] + (n * n + l * l * m * m) * p["dd_delta"],
        ("dxy", "dyz"): 3 * l * m * m * n * p["dd_sigma"] + l * n * (1 - 4 * m * m) * p["dd_pi"]
        + l * n * (m * m - 1) * p["dd_delta"],
        ("dx2-y2", "d3z2-r2"): 0.5 * s3 * (l * l - m * m) * (n * n - 0.5 * (l * l + m * m))
        * p["dd_sigma"] + s3 * n * n * (m * m - l * l) * p["dd_pi"]
        + 0.25 * s3 * (1 + n * n) * (l * l - m * m) * p["dd_delta"],
    }
    if (a, b) not in table:
        raise ValueError(f"(a, b) must be one of {sorted(table)}; got {(a, b)!r}")
    return float(table[(a, b)])


def parity() -> np.ndarray:
    """(-1)^l for each orbital."""
    return (-1.0) ** L_OF


@lru_cache(maxsize=4)
def _hoppings(params: Params) -> np.ndarray:
    """T(d_j) for the four A→B bonds, shape (4, 10, 10)."""
    cells = NN_CELLS.astype(float)
    d = (cells @ PRIMITIVE + TAU)
    return np.stack([sk_block(dj, params) for dj in d])


def onsite(params: Params | None = None) -> np.ndarray:
    """On-site energies of the ten orbitals (eV)."""
    p = params or default_params()
    return np.array([p["Es"]] + [p["Ep"]] * 3 + [p["Ed"]] * 5 + [p["Es*"]])


def hamiltonian(k, params: Params | None = None) -> np.ndarray:
    """Bloch Hamiltonian in the cell gauge.

    Parameters
    ----------
    k : array_like, shape (..., 3)
        Wave vectors in Cartesian units of 2π/a.
    params : Params, optional

    Returns
    -------
    ndarray, shape (..., 20, 20)
        Hermitian, eV; rows A orbitals then B orbitals.
    """
    p = params or default_params()
    k = np.asarray(k, float)
    if k.shape[-1] != 3 or not np.all(np.isfinite(k)):
        raise ValueError(f"k must be finite with last axis 3; got shape {k.shape}")
    T = _hoppings(p)
    L = NN_CELLS @ PRIMITIVE  # in units of a
    phase = np.exp(2j * np.pi * np.einsum("...c,jc->...j", k, L))
    hab = np.einsum("...j,jab->...ab", phase, T)
    H = np.zeros(k.shape[:-1] + (20, 20), complex)
    e = np.diag(onsite(p))
    H[..., :10, :10] = e
    H[..., 10:, 10:] = e
    H[..., :10, 10:] = hab
    H[..., 10:, :10] = np.conj(np.swapaxes(hab, -1, -2))
    return H


def bands(k, params: Params | None = None) -> np.ndarray:
    """Band energies (eV) at k (units of 2π/a), shape (..., 20), ascending."""
    return np.linalg.eigvalsh(hamiltonian(k, params))


#: High-symmetry points in units of 2π/a.
POINTS = {"Γ": (0, 0, 0), "X": (0, 0, 1), "L": (0.5, 0.5, 0.5), "W": (0.5, 0, 1),
          "K": (0.75, 0, 0.75)}


def kpath(labels=("L", "Γ", "X", "W", "K", "Γ"), n: int = 60):
    """Straight segments through high-symmetry points.

    Returns (k (m, 3) in 2π/a, distance along the path (m,) in 2π/a, tick positions, labels).
    """
    if n < 2:
        raise ValueError(f"n must be >= 2; got {n}")
    pts = [np.array(POINTS[lab], float) for lab in labels]
    ks, xs, ticks, x0 = [], [], [0.0], 0.0
    for p0, p1 in zip(pts[:-1], pts[1:]):
        t = np.linspace(0, 1, n)[:, None]
        seg = p0 + t * (p1 - p0)
        dist = x0 + np.linalg.norm(p1 - p0) * t[:, 0]
        ks.append(seg)
        xs.append(dist)
        x0 = dist[-1]
        ticks.append(x0)
    return np.concatenate(ks), np.concatenate(xs), np.array(ticks), list(labels)


@lru_cache(maxsize=4)
def _gaps(params: Params) -> tuple[float, float, float]:
    from scipy.optimize import minimize_scalar

    vbm = float(bands(np.zeros(3), params)[3])
    cb = lambda t: float(bands(np.array([0, 0, t]), params)[4])  # noqa: E731
    res = minimize_scalar(cb, bounds=(0.3, 1.0), method="bounded",
                          options={"xatol": 1e-8})
    indirect = float(res.fun) - vbm
    direct = float(bands(np.zeros(3), params)[4]) - vbm
    return indirect, direct, float(res.x)


def diamond_gaps(params: Params | None = None) -> tuple[float, float]:
    """(indirect, direct) gaps of diamond in eV.

    The valence-band maximum is Γ25′ (spinless bands 2–4 of 20, four valence bands); the conduction-band minimum lies on Δ
    (Γ–X), found by a bounded minimisation; the direct gap is Γ15 − Γ25′.
    """
    ind, direct, _ = _gaps(params or default_params())
    return ind, direct


def cbm_position(params: Params | None = None) -> float:
    """Position of the conduction-band minimum on Γ–X, in units of |ΓX| = 2π/a."""
    return _gaps(params or default_params())[2]


def params_markdown(params: Params | None = None) -> str:
    """The host parameters as a Markdown table (generated, not retyped)."""
    p = dict((params or default_params()).values)
    rows = ["| parameter | value | unit |", "|---|---|---|"]
    for k, v in p.items():
        unit = "Å" if k == "a" else "eV"
        rows.append(f"| `{k}` | {v:.4f} | {unit} |")
    return "\n".join(rows)


#: Spin–orbit splitting of carbon's p orbitals (eV) that the paper's "weak spin-orbit
#: interaction in bulk diamond" would add: Δ ≈ 6 meV (the atomic value; Jancu's set has 0).
CARBON_SO_DELTA = 0.006


def spinful_hamiltonian(k, delta: float = CARBON_SO_DELTA, params: Params | None = None):
    r"""40×40 Bloch Hamiltonian with on-site spin–orbit :math:`(\Delta/3)\,\mathbf L\cdot
    \boldsymbol\sigma` on the p orbitals of both atoms (index 2·(10·sublattice + orbital) + spin).

    Jancu's convention: it splits j = 3/2 from j = 1/2 of an isolated p shell by Δ.
    """
    from .centres import _SIG, angular_momentum

    if not (np.isfinite(delta) and 0 <= delta <= 0.1):
        raise ValueError(f"delta must be in [0, 0.1] eV; got {delta!r}")
    H = np.kron(hamiltonian(k, params), np.eye(2))
    L = angular_momentum(1)
    so = (delta / 3.0) * sum(np.kron(L[a], _SIG[a]) for a in range(3))
    for sub in (0, 1):
        sp = np.concatenate([[2 * (10 * sub + i), 2 * (10 * sub + i) + 1] for i in (1, 2, 3)])
        H[..., sp[:, None], sp[None, :]] += so
    return H


def spin_orbit_gap_shifts(delta: float = CARBON_SO_DELTA, params: Params | None = None):
    """(indirect, direct) gap changes (eV) when bulk spin–orbit Δ is added to the host.

    Indirect: CBM on Δ (at the spinless minimum; the spin–orbit shift of its position is
    second order) minus the Γ valence maximum; direct: the Γ conduction state minus it.
    """
    p = params or default_params()
    ind0, dir0 = diamond_gaps(p)
    G = np.linalg.eigvalsh(spinful_hamiltonian(np.zeros(3), delta, p))
    kc = np.array([0.0, 0.0, cbm_position(p)])
    C = np.linalg.eigvalsh(spinful_hamiltonian(kc, delta, p))
    vbm = G[7]                       # 8 valence spin-bands; the top is Γ8 (j = 3/2)
    return float(C[8] - vbm - ind0), float(G[8] - vbm - dir0)
