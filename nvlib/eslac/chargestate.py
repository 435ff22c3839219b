r"""The 12-level model: NV⁻ (10 levels) plus the NV⁰ ground and excited states.

Supplement A.3 of Happacher et al. 2022 :cite:`Happacher2022`, with the charge-conversion
processes of Aude Craik et al. 2020 :cite:`AudeCraik2020`. States 0–9 are those of
:mod:`~nvlib.eslac.ratemodel`; 10 is the NV⁰ ground state, 11 the NV⁰ excited state (the NV⁰
spin is ignored, so both are field-independent). With :math:`\bar\beta = (\beta_x + \beta_y)/2`
(the book's reading ``eslac/beta-scope``, below):

.. math::

    \begin{aligned}
    k_{0e \to 0g} &= k_{r0} &&\text{(Eq. 20, NV⁰ radiative decay)}\\
    k_{0g \to 0e} &= \bar\beta\,k_{r0} &&\text{(Eq. 21, NV⁰ excitation)}\\
    k_{0e \to g_m} &= \bar\beta\,k_{rec}/3 &&\text{(Eq. 22, recombination to each } m_s)\\
    k_{E \to 0g} &= \bar\beta\,k_{ion} &&\text{(Eq. 23, ionisation from every excited state)}\\
    k_{0g \leftrightarrow g} &= 0 &&\text{(Eq. 24, dark rates, zero under cw excitation)}\\
    k_{S \to 0g} &= \bar\beta\,k_{SI} &&\text{(Eq. 25, shelf ionisation from the singlet)}
    \end{aligned}

.. rubric:: Each rate, its reading and the evidence (supplement A.3, B.2, Table 2)

The equations of A.3 are lost in the text; what survives is the prose before each of them and
three numbers of Table 2 (50, 100, 300), whose column headers are lost. Table 2 has six value
columns, one per rate of Eqs. 20–25 that carries a number (k_r0; k_rec; k_ion; the two dark
rates; k_SI); the extraction kept the three numbers and dropped the positions of the others.

* **Eq. 20, k_r0 = 50 MHz** (NV⁰ radiative decay). Reading: the 50. Evidence: the NV⁰ excited
  state lives ≈ 20 ns (the literature value for NV⁰), i.e. 50 MHz; the other two
  numbers would give 10 or 3 ns. Alternatives: none kept (every permutation of the three
  numbers, with either β̄ scope, leaves NV1-S1 ≥ 15 % of the time in NV⁰ even without shelf
  ionisation, so none would rescue the B.2 rows).
* **Eq. 21, NV⁰ excitation = β̄ k_r0.** Stated in the text ("the product of the radiative
  transition rate and the pumping power"); β̄ from B.2 ("as a pumping parameter for the NV0 ...
  we take the average between the two pumping parameters").
* **Eq. 22, recombination NV⁰* → NV⁻ ground, and Eq. 23, ionisation NV⁻* → NV⁰ ground.** Reading
  (``eslac/table2-order``): k_ion = 100, k_rec = 300 MHz. Evidence: this is *not* the order of
  the equations (Eq. 22, recombination, comes first: the earlier rule "in the order the text
  introduces the processes" gave the wrong order and is withdrawn); it is the assignment that
  keeps NV⁻ the majority charge state under green light without shelf ionisation (67 % for
  NV1-S1), as measured for single NVs at 532 nm (Aslam et al. 2013: ≈ 70–75 %). Alternative:
  the equation order, k_rec = 100, k_ion = 300 (NV⁻ ≈ 13–20 %). Recombination is shared equally
  among the three NV⁻ ground states (a reading too: the spin of the recombined NV⁻ is not given).
* **Which rates β̄ multiplies** (``eslac/beta-scope``). Reading: all four laser-driven charge
  rates (NV⁰ excitation, recombination, ionisation, shelf ionisation) are Table 2 values times
  β̄. Evidence: ionisation from the excited state and recombination from the NV⁰ excited state
  each need one more green photon, so they scale with the laser power as the pumping does, and
  Table 2 gives them "adapted to our nomenclature", i.e. per unit pumping parameter. B.2 names
  β̄ only for the NV⁰ pumping and the shelf ionisation; read literally (ionisation and
  recombination as Table 2's MHz, not scaled) NV1-S1 spends ≈ 57 % of its time in NV⁰ and no
  NV⁰ peak appears at NV1-S1's dips for any k_SI up to 300: that is the alternative.
* **Eq. 24, dark rates = 0** ("for continuous wave excitation ... effective zero").
* **Eq. 25, shelf ionisation S → NV⁰ ground = β̄ k_SI** ("laser driven"; β̄ from B.2). Its value
  is not among the surviving numbers (``eslac/k-si``). Reading: k_SI = k_ion = 100 MHz per unit
  β̄, the same photo-ionisation strength as from the excited state, fixed before the NV⁰ sign
  was computed. It is a reading with a range, 10–300 MHz per unit β̄ (down to a tenth of k_ion,
  up to k_rec), not a fitted number: below ≈ 18 (NV1-S1) and ≈ 32 (NV2-S2) MHz the NV⁰ peaks
  turn into dips (:func:`shelf_threshold`); B.2 says only that "without a certain minimal value
  for the shelf-ionization rate the behavior of the data cannot be reproduced".

Because k_ion is the same for all six excited basis states, the overlap transformation of
Eq. (12) leaves the charge rates unchanged. The NV⁰ spin is ignored (no field dependence).

.. rubric:: PL (Eqs. 18 and 26)

:math:`\mathrm{PL}_- = \eta\,k_r\sum_{E} n + \mathrm{bg}_-`,
:math:`\mathrm{PL}_0 = \eta_0\,k_{r0}\,n_{0e} + \mathrm{bg}_0` (counts/s).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from nvlib._validate import as_finite, as_in_range, as_positive
from nvlib.eslac import hamiltonian as ham
from nvlib.eslac import ratemodel as rm

__all__ = ["ChargeRates", "AUDE_CRAIK", "K_SI_RANGE", "N_LEVELS", "NV0_G", "NV0_E",
           "COLLECTION0", "charge_rates", "reading_variants", "rate_matrix", "solve",
           "pl_vs_field", "charge_fractions", "nv0_buildup", "shelf_threshold", "nv0_response",
           "ChargeSolution"]

N_LEVELS = 12
NV0_G = 10
NV0_E = 11
#: NV⁰ collection efficiency used when none is given: Table 4's value for NV1-S1.
COLLECTION0 = 0.00132


@dataclass(frozen=True)
class ChargeRates:
    """Charge-conversion rates, MHz (ionisation, recombination, shelf ionisation per unit β̄)."""

    k_r0: float = 50.0
    k_ion: float = 100.0
    k_rec: float = 300.0
    k_si: float = 100.0
    k_dark_ion: float = 0.0
    k_dark_rec: float = 0.0

    def __post_init__(self) -> None:
        for name, v in self.__dict__.items():
            if not (np.isfinite(v) and v >= 0):
                raise ValueError(f"{name} must be a finite rate >= 0 MHz; got {v!r}")


#: The book's reading of supplement Table 2 (Aude Craik et al. 2020; see the module docstring).
AUDE_CRAIK = ChargeRates()
#: The k_SI values (MHz per unit β̄) of the reading ``eslac/k-si``: its range and the chosen 100.
K_SI_RANGE = (10.0, 30.0, 100.0, 300.0)


def charge_rates(**changes) -> ChargeRates:
    """:data:`AUDE_CRAIK` with some rates replaced, e.g. ``charge_rates(k_si=0.0)``."""
    return replace(AUDE_CRAIK, **changes)


def reading_variants(nv: str) -> dict[str, ChargeRates]:
    """The charge-rate readings of the part's register, as the model takes them (per unit β̄).

    ``"chosen"`` (:data:`AUDE_CRAIK`); ``"equation order"`` (Table 2 read in the order of Eqs.
    22–23: k_rec = 100, k_ion = 300; reading ``eslac/table2-order``); ``"B.2 literally"``
    (ionisation and recombination not scaled by β̄: divided by the NV's β̄ here so that the
    model's multiplication restores Table 2's MHz; ``eslac/beta-scope``); ``"k_SI 10"``,
    ``"k_SI 30"`` and ``"k_SI 300"`` (MHz per unit β̄; the range of ``eslac/k-si`` around the
    chosen 100).
    ``nv`` is a Table 3 name (its β̄ enters the literal reading).
    """
    from nvlib.eslac import samples

    if nv not in samples.TABLE3:
        raise ValueError(f"nv must be one of {sorted(samples.TABLE3)}; got {nv!r}")
    n = samples.nv(nv)
    bbar = 0.5 * (n.beta_x + n.beta_y)
    base = AUDE_CRAIK
    return {"chosen": base,
            "equation order": charge_rates(k_ion=base.k_rec, k_rec=base.k_ion),
            "B.2 literally": charge_rates(k_ion=base.k_ion / bbar, k_rec=base.k_rec / bbar),
            **{f"k_SI {k:g}": charge_rates(k_si=k) for k in K_SI_RANGE if k != base.k_si}}


def rate_matrix(k10: np.ndarray, beta_x, beta_y, charge: ChargeRates = AUDE_CRAIK,
                *, shelf_ionisation: bool = True) -> np.ndarray:
    """The 12×12 rates (MHz, ``[..., from, to]``) from the field-dependent 10-level rates."""
    bbar = 0.5 * (np.asarray(beta_x, float) + np.asarray(beta_y, float))
    shape = np.broadcast_shapes(k10.shape[:-2], bbar.shape)
    k = np.zeros(shape + (N_LEVELS, N_LEVELS))
    k[..., :10, :10] = k10
    k[..., NV0_E, NV0_G] = charge.k_r0
    k[..., NV0_G, NV0_E] = bbar * charge.k_r0
    k[..., NV0_E, rm.GS] = (bbar * charge.k_rec / 3)[..., None]
    k[..., rm.ES, NV0_G] = (bbar * charge.k_ion)[..., None]
    if shelf_ionisation:
        k[..., rm.SS, NV0_G] = bbar * charge.k_si
    k[..., NV0_G, rm.GS] = charge.k_dark_rec / 3
    k[..., rm.GS, NV0_G] = charge.k_dark_ion
    return k


@dataclass
class ChargeSolution:
    """Populations (12) and the two PL signals (counts/s)."""

    n: np.ndarray
    pl_minus: np.ndarray
    pl_zero: np.ndarray


def solve(field_mT, *, strain_GHz, g_l, theta_B_deg=0.0, phi_B_deg=0.0, strain_angle_deg=0.0,
          beta_x=rm.DEFAULT_BETA[0], beta_y=rm.DEFAULT_BETA[1],
          rates: str | rm.RateSet = rm.DEFAULT_RATES, p: ham.ESParams = ham.DOHERTY,
          charge: ChargeRates = AUDE_CRAIK, shelf_ionisation: bool = True,
          collection=rm.COLLECTION, background_cps=0.0, collection0=COLLECTION0,
          background0_cps=0.0, mw_rate_MHz=0.0) -> ChargeSolution:
    """Steady state of the 12-level model at every point of the broadcast arguments.

    Without any process into NV⁰ the centre stays in NV⁻ and the populations are those of the
    10-level model. Parameters are those of :func:`nvlib.eslac.ratemodel.solve`, plus ``charge``
    (:class:`ChargeRates`), ``shelf_ionisation`` (switch for Eq. 25), the NV⁰ collection
    efficiency ``collection0`` and background ``background0_cps``.
    """
    as_positive(collection0, "collection0")
    as_finite(background0_cps, "background0_cps")
    sol = rm.solve(field_mT, strain_GHz=strain_GHz, g_l=g_l, theta_B_deg=theta_B_deg,
                   phi_B_deg=phi_B_deg, strain_angle_deg=strain_angle_deg, beta_x=beta_x,
                   beta_y=beta_y, rates=rates, p=p, collection=collection,
                   background_cps=background_cps, mw_rate_MHz=mw_rate_MHz, keep=True)
    k = rate_matrix(sol.k, beta_x, beta_y, charge, shelf_ionisation=shelf_ionisation)
    into_nv0 = charge.k_ion + charge.k_dark_ion + (charge.k_si if shelf_ionisation else 0.0)
    if into_nv0 == 0.0:
        # no way into NV0: the charge states decouple, and a centre prepared in NV- stays there
        n = np.zeros(k.shape[:-1])
        n[..., :10] = sol.n
    else:
        n = rm.steady_state(k)
    k_r = rm.rate_set(rates).k_r
    pl_m = collection * k_r * 1e6 * n[..., rm.ES].sum(-1) + background_cps
    pl_0 = collection0 * charge.k_r0 * 1e6 * n[..., NV0_E] + background0_cps
    return ChargeSolution(n, pl_m, pl_0)


def pl_vs_field(field_mT, *, strain_GHz, g_l, theta_B_deg=0.0, shelf_ionisation=True,
                **options) -> tuple[np.ndarray, np.ndarray]:
    """(NV⁻ PL, NV⁰ PL) in counts/s at each field of a 1-D array (12-level model).

    Parameters
    ----------
    field_mT : array_like, 1-D
        Field magnitudes, mT, at ``theta_B_deg`` from the NV axis.
    strain_GHz, g_l, theta_B_deg
        As in :func:`nvlib.eslac.ratemodel.pl_vs_field`.
    shelf_ionisation : bool
        Include the laser-driven singlet → NV⁰ channel (Eq. 25).
    **options
        Other keywords of :func:`solve`.
    """
    b = as_finite(field_mT, "field_mT")
    if b.ndim != 1:
        raise ValueError(f"field_mT must be a 1-D array; got shape {b.shape}")
    as_in_range(theta_B_deg, "theta_B_deg", 0.0, 180.0)
    sol = solve(b, strain_GHz=strain_GHz, g_l=g_l, theta_B_deg=theta_B_deg,
                shelf_ionisation=shelf_ionisation, **options)
    return sol.pl_minus, sol.pl_zero


def charge_fractions(field_mT, *, nv: str, shelf_ionisation: bool = True,
                     **options) -> tuple[np.ndarray, np.ndarray]:
    r"""Steady charge-state fractions (NV⁻, NV⁰) of one Table 3 NV at each field.

    .. math::

        f_- = \sum_{i=0}^{9} n_i, \qquad f_0 = n_{0g} + n_{0e} = 1 - f_- ,

    with :math:`n` the 12-level steady state of :func:`solve` at the NV's Table 3 parameters
    (``samples.nv(nv).model_kwargs()``) and the book's readings of Table 2 and k_SI
    (:data:`AUDE_CRAIK`; registered as ``eslac/table2-order``, ``eslac/beta-scope`` and
    ``eslac/k-si``).

    Parameters
    ----------
    field_mT : array_like, 1-D
        Field magnitudes, mT (≥ 0), at the NV's fitted misalignment θ_B.
    nv : str
        A Table 3 name (``"NV1-S1"``, ``"NV2-S2"``, ``"NV3-S2"``, ``"NV5-S2"``, ``"NV4-S3"``).
    shelf_ionisation : bool
        Include the laser-driven singlet → NV⁰ channel (Eq. 25).
    **options
        Other keywords of :func:`solve` (e.g. ``charge=charge_rates(k_si=40.0)``,
        ``rates="tetienne"``); they override the Table 3 values.

    Returns
    -------
    (nv_minus, nv0) : tuple of ndarray
        Fractions of the time in NV⁻ and in NV⁰, each of the shape of ``field_mT``.
    """
    from nvlib.eslac import samples

    if nv not in samples.TABLE3:
        raise ValueError(f"nv must be one of {sorted(samples.TABLE3)}; got {nv!r}")
    b = as_finite(field_mT, "field_mT")
    if b.ndim != 1:
        raise ValueError(f"field_mT must be a 1-D array; got shape {b.shape}")
    if np.any(b < 0):
        raise ValueError("field_mT must be >= 0 mT")
    kw = {**samples.nv(nv).model_kwargs(), **options}
    sol = solve(b, shelf_ionisation=shelf_ionisation, **kw)
    return sol.n[..., :10].sum(-1), sol.n[..., NV0_G] + sol.n[..., NV0_E]


def nv0_buildup(field_mT, *, nv: str, min_depth: float = 0.002,
                **options) -> tuple[np.ndarray, np.ndarray, float]:
    r"""Extra NV⁰ population at each NV⁻ dip of one Table 3 NV (12-level model).

    .. math::

        \Delta f_0(B_k) = f_0(B_k) - \operatorname{median}_B f_0(B),

    with :math:`B_k` the NV⁻ PL dips of the trace (:func:`nvlib.eslac.dips.find_dips`, relative
    depth ≥ ``min_depth``) and the median over ``field_mT`` the off-dip NV⁰ population. This is
    the "buildup of NV⁰ population" that the NV⁰ peaks show (main text ¶15), as opposed to the
    steady NV⁰ fraction itself.

    Returns
    -------
    (dip_fields_mT, delta_f0, f0_off) : ndarray, ndarray, float
        The NV⁻ dip fields, Δf₀ at each (> 0: more NV⁰ on the dip) and the off-dip NV⁰ fraction.
    """
    from nvlib.eslac import dips

    b = as_finite(field_mT, "field_mT")
    fm, f0 = charge_fractions(b, nv=nv, **options)
    from nvlib.eslac import samples
    kw = {**samples.nv(nv).model_kwargs(), **options}
    pl = solve(b, **kw).pl_minus
    d = dips.find_dips(b, pl, min_depth=min_depth).field_mT
    idx = np.array([int(np.argmin(np.abs(b - x))) for x in d], int)
    off = float(np.median(f0))
    return d, (f0[idx] - off) if idx.size else np.zeros(0), off


def shelf_threshold(field_on_mT: float, field_off_mT: float, *, k_max: float = 2000.0,
                    **options) -> float:
    """Smallest k_SI (MHz per unit β̄) for which NV⁰ PL is higher on the dip than off it.

    ``field_on_mT`` is an NV⁻ dip, ``field_off_mT`` a reference field away from dips; other
    keywords as :func:`solve` (without ``charge``/``shelf_ionisation``).
    """
    from scipy.optimize import brentq

    base = options.pop("charge", AUDE_CRAIK)

    def contrast(k_si):
        s = solve(np.array([field_on_mT, field_off_mT]), charge=replace(base, k_si=k_si),
                  **options)
        return float(s.n[0, NV0_E] - s.n[1, NV0_E])

    if contrast(0.0) > 0:
        return 0.0
    if contrast(k_max) <= 0:
        return np.inf
    return float(brentq(contrast, 0.0, k_max, xtol=1e-3))


def nv0_response(field_mT, pl_minus, pl_zero, *, min_depth: float = 0.002,
                 window_mT: float = 1.5) -> np.ndarray:
    """Sign of the NV⁰ response at each NV⁻ dip: +1 (NV⁰ peak), −1 (NV⁰ dip), 0 (neither).

    The NV⁻ dips are those of :func:`nvlib.eslac.dips.find_dips` (relative depth ≥
    ``min_depth``); an NV⁰ extremum of the same relative prominence within ``window_mT``
    decides the sign.
    """
    from nvlib.eslac import dips

    b = as_finite(field_mT, "field_mT")
    dm = dips.find_dips(b, pl_minus, min_depth=min_depth).field_mT
    peaks = dips.find_dips(b, -np.asarray(pl_zero) + 2 * np.max(pl_zero),
                           min_depth=min_depth * 0.1).field_mT
    troughs = dips.find_dips(b, pl_zero, min_depth=min_depth * 0.1).field_mT
    out = []
    for x in dm:
        p = peaks.size and np.min(np.abs(peaks - x)) <= window_mT
        t = troughs.size and np.min(np.abs(troughs - x)) <= window_mT
        out.append(1 if p and not t else (-1 if t and not p else 0))
    return np.array(out, int)
