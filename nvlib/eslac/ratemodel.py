r"""The classical 10-level rate model of NV⁻ photoluminescence at low temperature.

States (index): ground triplet 0–2 (:math:`m_s = +1, 0, -1`), excited states 3–5
(:math:`E_x, m_s = +1, 0, -1`), 6–8 (:math:`E_y, m_s = +1, 0, -1`), one lumped singlet 9
(Happacher et al. 2022, supplement A.2 :cite:`Happacher2022`; the structure of Tetienne et al.
2012 :cite:`Tetienne2012`).

.. rubric:: Zero-field rates (supplement Eqs. 6–9), MHz

.. math::

    k^0_{g_m\to E_{o,m}} = \beta_o k_r ,\quad k^0_{E_{o,m}\to g_m} = k_r ,\quad
    k^0_{E_{o,0}\to S} = k_{E0\to S},\quad k^0_{E_{o,\pm1}\to S} = k_{E\pm1\to S},\quad
    k^0_{S\to g_0} = k_{S\to G0},\quad k^0_{S\to g_{\pm1}} = k_{S\to G\pm1}\ \text{(each)},

with one pumping parameter β_o per orbital branch o ∈ {x, y} (β_x pumps :math:`E_x`).

.. rubric:: Field-dependent rates (Eq. 12; Tetienne et al. 2012)

With :math:`P_{pi} = |\langle p|i\rangle|^2` the overlaps of the zero-field basis states p with
the eigenstates i of :mod:`~nvlib.eslac.hamiltonian` (block-diagonal: ground, excited, singlet),

.. math::

    k_{ij} = \sum_{p,q} P_{pi} P_{qj}\, k^0_{pq}, \qquad
    \dot n = M n,\quad M = k^{\mathsf T} - \operatorname{diag}\Big(\sum_j k_{ij}\Big).

The steady state solves :math:`Mn = 0`, :math:`\sum_i n_i = 1` (one batched 10×10 solve per
point). Radiative decay is unchanged by the mixing: :math:`\sum_{j\in g} k_{ij} = k_r` for every
excited eigenstate i.

.. rubric:: PL (Eqs. 17–18)

:math:`\mathrm{PL} = \eta\, k_r \sum_{i\in E} n_i + \mathrm{bg}` in counts/s, with collection
efficiency η and background bg (cps).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nvlib._validate import as_finite, as_in_range, as_positive
from nvlib.eslac import hamiltonian as ham

__all__ = ["RATE_SETS", "DEFAULT_RATES", "RateSet", "rate_set", "N_LEVELS", "GS", "ES", "SS",
           "COLLECTION", "DEFAULT_BETA", "bare_rates", "field_rates", "steady_state",
           "steady_state_10", "Solution", "solve", "pl_vs_field", "pl_map", "chunked"]

N_LEVELS = 10
GS = slice(0, 3)
ES = slice(3, 9)
SS = 9


@dataclass(frozen=True)
class RateSet:
    """Zero-field rates of one literature source, MHz (Table 1 of the supplement)."""

    name: str
    k_r: float
    k_E0_S: float
    k_E1_S: float
    k_S_G0: float
    k_S_G1: float
    cite: str


#: Table 1 of Happacher et al. (supplement A.2), MHz. ``k_S_G1`` is the rate to *each* of
#: ms = ±1. Gupta et al. 2016 is the set the paper uses and the book's default.
RATE_SETS: dict[str, RateSet] = {
    "robledo": RateSet("Robledo et al. 2011", 65.0, 11.0, 80.0, 3.0, 2.6, "Robledo2011"),
    "tetienne": RateSet("Tetienne et al. 2012", 65.9, 7.9, 53.3, 0.98, 0.73, "Tetienne2012"),
    "gupta": RateSet("Gupta et al. 2016", 66.8, 10.5, 90.7, 4.8, 2.2, "Gupta2016"),
}
DEFAULT_RATES = "gupta"
#: Photon collection efficiency η of Eq. (18). The paper fixes it for all NVs but its value did
#: not survive in the text; 0.05 (a solid-immersion-lens or nanopillar confocal set-up) is this
#: book's choice. It scales the PL only, never a dip field.
COLLECTION = 0.05
#: Default pumping parameters (β_x, β_y): the order of those of Table 3.
DEFAULT_BETA = (0.1, 0.1)


def rate_set(name: str | RateSet) -> RateSet:
    """The :class:`RateSet` called ``name`` (one of :data:`RATE_SETS`), or ``name`` itself."""
    if isinstance(name, RateSet):
        return name
    if name not in RATE_SETS:
        raise ValueError(f"rates must be one of {sorted(RATE_SETS)}; got {name!r}")
    return RATE_SETS[name]


def bare_rates(rates: str | RateSet = DEFAULT_RATES, beta_x=DEFAULT_BETA[0],
               beta_y=DEFAULT_BETA[1]) -> np.ndarray:
    """Zero-field rate matrix k⁰[from, to], MHz, shape ``(..., 10, 10)`` (β may be arrays)."""
    r = rate_set(rates)
    bx = as_positive(beta_x, "beta_x", allow_zero=True)
    by = as_positive(beta_y, "beta_y", allow_zero=True)
    bx, by = np.broadcast_arrays(bx, by)
    k = np.zeros(bx.shape + (N_LEVELS, N_LEVELS))
    for m in range(3):
        k[..., m, 3 + m] = bx * r.k_r
        k[..., m, 6 + m] = by * r.k_r
        k[..., 3 + m, m] = k[..., 6 + m, m] = r.k_r
        k[..., 3 + m, SS] = k[..., 6 + m, SS] = r.k_E0_S if m == 1 else r.k_E1_S
    k[..., SS, 1] = r.k_S_G0
    k[..., SS, 0] = k[..., SS, 2] = r.k_S_G1
    return k


def field_rates(k0: np.ndarray, p_gs: np.ndarray, p_es: np.ndarray) -> np.ndarray:
    """Field-dependent rates k = Pᵀ k⁰ P (Eq. 12), MHz, shape ``(..., 10, 10)``.

    Parameters
    ----------
    k0 : ndarray, (..., 10, 10)
        Zero-field rates (:func:`bare_rates`).
    p_gs, p_es : ndarray, (..., 3, 3) and (..., 6, 6)
        Overlaps ``|<p|i>|**2`` of basis state p (row) with eigenstate i (column).
    """
    shape = np.broadcast_shapes(k0.shape[:-2], p_gs.shape[:-2], p_es.shape[:-2])
    k = np.zeros(shape + (N_LEVELS, N_LEVELS))
    pgT = np.swapaxes(p_gs, -1, -2)
    peT = np.swapaxes(p_es, -1, -2)
    k[..., GS, ES] = pgT @ k0[..., GS, ES] @ p_es
    k[..., ES, GS] = peT @ k0[..., ES, GS] @ p_gs
    k[..., ES, SS] = (peT @ k0[..., ES, SS][..., None])[..., 0]
    k[..., SS, GS] = (k0[..., SS, GS][..., None, :] @ p_gs)[..., 0, :]
    k[..., SS, SS] = 0.0
    return k


def steady_state(k: np.ndarray) -> np.ndarray:
    r"""Steady populations of the rate matrix ``k[..., from, to]`` (MHz), shape ``(..., n)``.

    Solves :math:`M n = 0` with :math:`\sum n = 1` by replacing the last row of M with ones
    (a batched linear solve).
    """
    k = np.asarray(k, float)
    if k.shape[-1] != k.shape[-2]:
        raise ValueError(f"k must have shape (..., n, n); got {k.shape}")
    n = k.shape[-1]
    kk = k.copy()
    idx = np.arange(n)
    kk[..., idx, idx] = 0.0
    m = np.swapaxes(kk, -1, -2) - np.einsum("...ij->...i", kk)[..., None, :] * np.eye(n)
    m[..., -1, :] = 1.0
    rhs = np.zeros(k.shape[:-1])
    rhs[..., -1] = 1.0
    return np.linalg.solve(m, rhs[..., None])[..., 0]


def steady_state_10(k: np.ndarray) -> np.ndarray:
    r"""Steady populations of the 10-level model by eliminating the excited and singlet states.

    No rates connect excited states among themselves, so in steady state
    :math:`n_e = \sum_g n_g k_{ge}/\Gamma_e` (:math:`\Gamma_e = \sum_j k_{ej}`) and
    :math:`n_S = \sum_e n_e k_{eS}/\Gamma_S`. The ground populations then balance the effective
    ground-to-ground rates

    .. math::

        W_{gg'} = k_{gg'} + \sum_e \frac{k_{ge}}{\Gamma_e}
                  \Big(k_{eg'} + \frac{k_{eS}\,k_{Sg'}}{\Gamma_S}\Big),

    a 3-state chain solved in closed form by the Markov-chain tree theorem
    (:math:`n_0 \propto W_{10}W_{20} + W_{12}W_{20} + W_{21}W_{10}` and cyclically). Same result
    as :func:`steady_state`, without a linear solve.
    """
    k = np.asarray(k, float)
    if k.shape[-2:] != (N_LEVELS, N_LEVELS):
        raise ValueError(f"k must have shape (..., 10, 10); got {k.shape}")
    g_e = k[..., ES, :].sum(-1)                                   # (..., 6)
    g_s = k[..., SS, :].sum(-1)                                   # (...)
    ret = k[..., ES, GS] + k[..., ES, SS][..., None] * k[..., SS, None, GS] / g_s[..., None, None]
    w = k[..., GS, GS] + (k[..., GS, ES] / g_e[..., None, :]) @ ret
    w0 = w[..., 1, 0] * w[..., 2, 0] + w[..., 1, 2] * w[..., 2, 0] + w[..., 2, 1] * w[..., 1, 0]
    w1 = w[..., 0, 1] * w[..., 2, 1] + w[..., 0, 2] * w[..., 2, 1] + w[..., 2, 0] * w[..., 0, 1]
    w2 = w[..., 0, 2] * w[..., 1, 2] + w[..., 0, 1] * w[..., 1, 2] + w[..., 1, 0] * w[..., 0, 2]
    ng = np.stack([w0, w1, w2], axis=-1)
    ne = (ng[..., None, :] @ k[..., GS, ES])[..., 0, :] / g_e
    ns = (ne * k[..., ES, SS]).sum(-1) / g_s
    n = np.concatenate([ng, ne, ns[..., None]], axis=-1)
    return n / n.sum(-1, keepdims=True)


@dataclass
class Solution:
    """Result of :func:`solve`: eigen-energies (GHz), overlaps, rates (MHz), populations, PL."""

    e_gs: np.ndarray
    e_es: np.ndarray
    v_es: np.ndarray
    k: np.ndarray
    n: np.ndarray
    pl: np.ndarray


def chunked(n_points: int, chunk: int = 20000, progress: bool = False):
    """Slices covering ``range(n_points)`` in chunks (with a tqdm bar if ``progress``)."""
    starts = range(0, n_points, chunk)
    if progress:
        from tqdm.auto import tqdm
        starts = tqdm(starts, total=-(-n_points // chunk), leave=False)
    for s in starts:
        yield slice(s, min(s + chunk, n_points))


def solve(field_mT, *, strain_GHz, g_l, theta_B_deg=0.0, phi_B_deg=0.0, strain_angle_deg=0.0,
          beta_x=DEFAULT_BETA[0], beta_y=DEFAULT_BETA[1], rates: str | RateSet = DEFAULT_RATES,
          p: ham.ESParams = ham.DOHERTY, collection=COLLECTION, background_cps=0.0,
          mw_rate_MHz=0.0, mw_transition: str = "0-1", keep: bool = False) -> Solution:
    """Steady state of the 10-level model at every point of the broadcast arguments.

    Parameters are those of :func:`pl_vs_field`; ``mw_rate_MHz`` adds a microwave rate W
    (Eq. 10, MHz) between the ground eigenstates of largest ms = 0 and ms = −1 weight
    (``mw_transition="0-1"``) or ms = +1 (``"0+1"``). With ``keep=False`` only the PL and the
    populations are returned (energies, vectors and rates set to None).
    """
    if mw_transition not in ("0-1", "0+1"):
        raise ValueError(f"mw_transition must be '0-1' or '0+1'; got {mw_transition!r}")
    as_positive(mw_rate_MHz, "mw_rate_MHz", allow_zero=True)
    as_positive(collection, "collection")
    as_finite(background_cps, "background_cps")
    h_gs = ham.gs_hamiltonian(field_mT, theta_B_deg=theta_B_deg, phi_B_deg=phi_B_deg, p=p)
    h_es = ham.es_hamiltonian(field_mT, strain_GHz=strain_GHz, g_l=g_l,
                              theta_B_deg=theta_B_deg, phi_B_deg=phi_B_deg,
                              strain_angle_deg=strain_angle_deg, p=p)
    shape = np.broadcast_shapes(h_gs.shape[:-2], h_es.shape[:-2], np.shape(beta_x),
                                np.shape(beta_y), np.shape(mw_rate_MHz))
    e_gs, v_gs = np.linalg.eigh(h_gs)
    e_es, v_es = np.linalg.eigh(h_es)
    p_gs, p_es = np.abs(v_gs) ** 2, np.abs(v_es) ** 2
    k0 = bare_rates(rates, beta_x, beta_y)
    k = field_rates(k0, p_gs, p_es)
    w = np.asarray(mw_rate_MHz, float)
    if np.any(w > 0):
        k = np.broadcast_to(k, shape + (N_LEVELS, N_LEVELS)).copy()
        a = np.argmax(np.broadcast_to(p_gs[..., 1, :], shape + (3,)), axis=-1)
        row = 2 if mw_transition == "0-1" else 0
        c = np.argmax(np.broadcast_to(p_gs[..., row, :], shape + (3,)), axis=-1)
        w = np.broadcast_to(w, shape)
        ii = np.indices(shape)
        k[(*ii, a, c)] += w
        k[(*ii, c, a)] += w
    n = steady_state_10(k)
    pl = collection * rate_set(rates).k_r * 1e6 * n[..., ES].sum(-1) + background_cps
    if keep:
        return Solution(e_gs, e_es, v_es, k, n, pl)
    return Solution(None, None, None, None, n, pl)


def pl_vs_field(field_mT, *, strain_GHz, g_l, theta_B_deg=0.0, **options) -> np.ndarray:
    """NV⁻ photoluminescence (counts/s, > 0) at each field of a 1-D array.

    Parameters
    ----------
    field_mT : array_like, 1-D
        Field magnitudes, mT (≥ 0), at ``theta_B_deg`` from the NV axis.
    strain_GHz : float
        Transverse strain δ⊥, GHz.
    g_l : float
        Orbital g-factor.
    theta_B_deg : float
        Misalignment of the field from the NV axis, degrees.
    **options
        ``phi_B_deg`` (0), ``strain_angle_deg`` (0), ``beta_x``, ``beta_y``
        (:data:`DEFAULT_BETA`), ``rates`` (``"gupta"``; see :data:`RATE_SETS`), ``p``
        (:class:`~nvlib.eslac.hamiltonian.ESParams`), ``collection`` (:data:`COLLECTION`),
        ``background_cps`` (0), ``mw_rate_MHz`` (0).

    Returns
    -------
    ndarray
        PL in counts/s, same shape as ``field_mT``.

    Examples
    --------
    >>> import numpy as np
    >>> pl = pl_vs_field(np.linspace(0, 600, 7), strain_GHz=4.444, g_l=0.1395, theta_B_deg=1.14)
    >>> pl.shape
    (7,)
    """
    b = as_finite(field_mT, "field_mT")
    if b.ndim != 1:
        raise ValueError(f"field_mT must be a 1-D array; got shape {b.shape}")
    for name, v in (("strain_GHz", strain_GHz), ("g_l", g_l), ("theta_B_deg", theta_B_deg)):
        if np.ndim(v) != 0:
            raise ValueError(f"{name} must be a scalar; got shape {np.shape(v)}")
    as_in_range(theta_B_deg, "theta_B_deg", 0.0, 180.0)
    return solve(b, strain_GHz=strain_GHz, g_l=g_l, theta_B_deg=theta_B_deg, **options).pl


def pl_map(field_mT, strain_GHz, *, g_l, theta_B_deg=0.0, chunk: int = 20000,
           progress: bool = False, **options) -> np.ndarray:
    """NV⁻ PL (cps) on the grid ``strain_GHz × field_mT``, shape ``(n_strain, n_field)``.

    Computed in chunks of ``chunk`` points (memory), batched within each chunk.
    """
    b = as_finite(field_mT, "field_mT").ravel()
    d = as_finite(strain_GHz, "strain_GHz").ravel()
    bb, dd = np.meshgrid(b, d)
    out = np.empty(bb.size)
    for sl in chunked(bb.size, chunk, progress):
        out[sl] = solve(bb.ravel()[sl], strain_GHz=dd.ravel()[sl], g_l=g_l,
                        theta_B_deg=theta_B_deg, **options).pl
    return out.reshape(bb.shape)
