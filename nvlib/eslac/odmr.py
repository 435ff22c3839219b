r"""ODMR contrast and shot-noise magnetic sensitivity on and off the ESLAC dips.

Two protocols, because the paper has two: its *model* contrast (supplement Eq. 19, a cw
steady state with and without a microwave drive) and its *measurement* (supplement C.4: "a
standard pulsed ODMR technique" with the drive tuned, at every field, to an average π time of
200 ns, power broadened, or 1 µs, hyperfine resolved).

.. rubric:: cw contrast (supplement Eqs. 10 and 19)

A microwave field resonant with :math:`|0\rangle\leftrightarrow|{-1}\rangle` adds a symmetric
rate W between the two ground eigenstates of largest :math:`m_s = 0` and :math:`m_s = -1`
weight, and :math:`C = (\mathrm{PL}_0 - \mathrm{PL}_W)/\mathrm{PL}_0` (counts/s, background
included). W did not survive in the text; it is a reading (``eslac/sensitivity-protocol``).
Off resonance by Δ the rate is :math:`W\,\Gamma^2/(\Gamma^2 + \Delta^2)`.

.. rubric:: Pulsed contrast (supplement C.4; Dréau et al. 2011)

A π time of 200 ns is a Rabi frequency :math:`\Omega_R = 1/(2t_\pi)` = 2.5 MHz, a coherent
rotation, not an incoherent rate. The sequence, in the 10-level model:

1. laser on until the steady state :math:`n_L` (the cw populations at the NV's β);
2. laser off for ``wait_ns``: :math:`n_1 = e^{M_D t_w} n_L`, with :math:`M_D` the rate matrix at
   β = 0 (excited state and singlet empty into the ground state);
3. a rectangular microwave pulse of length :math:`t_\pi` at detuning Δ transfers the fraction
   :math:`p(\Delta) = \frac{\Omega_R^2}{\Omega_R^2 + \Delta^2}
   \sin^2\!\big(\pi t_\pi\sqrt{\Omega_R^2 + \Delta^2}\big)` between the populations of the two
   ground eigenstates (no ground-state coherence survives the laser, so populations suffice);
4. laser on for ``readout_ns``: counts :math:`S = \eta k_r \int_0^{T} \sum_E n(t)\,dt +
   \mathrm{bg}\,T`, with :math:`n(t) = e^{M_L t} n_2` (one augmented matrix exponential).

:math:`C = (S_{ref} - S_\pi)/S_{ref}`, :math:`S_{ref}` the same readout without the pulse. At
resonance :math:`p = 1` for every π time: the rate model gives the same contrast for 200 ns and
1 µs pulses (only the line width differs). The readout window and the wait are lost in the text
(readings ``eslac/readout-window``).

.. rubric:: Sensitivity

The estimate the paper uses (Dréau et al. 2011 :cite:`Dreau2011`):

.. math::

    \eta_B \approx \mathcal P_F\,\frac{\Delta\nu}{\gamma_e\,C\,\sqrt{R}},
    \qquad \mathcal P_F = \frac{4}{3\sqrt3},\quad \gamma_e = 28\ \text{GHz/T},

with Δν the FWHM of the line (Hz) and R the count rate (counts/s): C.4 combines the fitted cw
PL with the model contrast and "the average ODMR width". Δν is a constant over the field, so
the on/off-dip ratio of η_B is :math:`(C_{off}/C_{on})\sqrt{R_{off}/R_{on}}` for either
protocol. The book's Δν is that of the pulsed line of a 200 ns π pulse
(:func:`pulsed_linewidth_MHz`, ≈ 4 MHz); it sets η's scale, not the ratio.
"""

from __future__ import annotations

import numpy as np

from nvlib._validate import as_finite, as_positive
from nvlib.eslac import hamiltonian as ham
from nvlib.eslac import ratemodel as rm

__all__ = ["MW_RATE_MHZ", "LINEWIDTH_MHZ", "P_F", "GAMMA_E_HZ_PER_T", "PI_TIME_NS",
           "READOUT_NS", "WAIT_NS", "contrast", "pulsed_contrast", "pulse_transfer",
           "pulsed_linewidth_MHz", "sensitivity", "odmr_trace", "transition_frequency_MHz",
           "expm_batched"]

#: Incoherent microwave rate W of the cw model (Eq. 19), MHz: a reading (its value is lost).
MW_RATE_MHZ = 2.5
#: ODMR full width at half maximum used in η_B, MHz (≈ that of a 200 ns rectangular π pulse).
LINEWIDTH_MHZ = 4.0
#: π time of the paper's power-broadened pulsed ODMR (supplement C.4), ns.
PI_TIME_NS = 200.0
#: Readout window of the pulsed ODMR, ns (lost; reading ``eslac/readout-window``).
READOUT_NS = 300.0
#: Dark wait between initialisation and the π pulse, ns (lost; long against the singlet).
WAIT_NS = 1000.0
#: Line-shape factor of a Lorentzian cw-ODMR line :cite:`Dreau2011`.
P_F = 4 / (3 * np.sqrt(3))
#: Gyromagnetic ratio used in the estimate, Hz/T (28 GHz/T).
GAMMA_E_HZ_PER_T = 28e9


def contrast(field_mT, *, mw_rate_MHz=MW_RATE_MHZ, **model) -> tuple[np.ndarray, np.ndarray]:
    """(PL without microwaves in counts/s, ODMR contrast C) at each field (10-level model).

    ``model`` holds the keywords of :func:`nvlib.eslac.ratemodel.solve` (e.g. an NV's
    ``model_kwargs()``).
    """
    as_positive(mw_rate_MHz, "mw_rate_MHz")
    b = as_finite(field_mT, "field_mT")
    pl0 = rm.solve(b, **model).pl
    plw = rm.solve(b, mw_rate_MHz=mw_rate_MHz, **model).pl
    return pl0, (pl0 - plw) / pl0


def sensitivity(contrast_, rate_cps, *, linewidth_MHz=LINEWIDTH_MHZ) -> np.ndarray:
    """Shot-noise sensitivity η_B = P_F Δν / (γ_e C √R), T/√Hz (``inf`` where C = 0).

    Parameters
    ----------
    contrast_ : array_like
        ODMR contrast C, in [0, 1] (no contrast: no sensitivity, η_B = inf).
    rate_cps : array_like
        Detected count rate R, counts/s (> 0).
    linewidth_MHz : float
        Full width at half maximum Δν, MHz (> 0).
    """
    c = as_finite(contrast_, "contrast_")
    if np.any((c < 0) | (c > 1)):
        raise ValueError("contrast_ must lie in [0, 1]")
    r = as_positive(rate_cps, "rate_cps")
    dv = float(as_positive(linewidth_MHz, "linewidth_MHz")) * 1e6
    with np.errstate(divide="ignore"):
        return P_F * dv / (GAMMA_E_HZ_PER_T * c * np.sqrt(r))


def transition_frequency_MHz(field_mT, *, theta_B_deg=0.0, p: ham.ESParams = ham.DOHERTY):
    """Ground-state transition frequency m_s = 0 to −1 (MHz), between the eigenstates of largest weight."""
    h = ham.gs_hamiltonian(field_mT, theta_B_deg=theta_B_deg, p=p)
    e, v = np.linalg.eigh(h)
    w = np.abs(v) ** 2
    i0 = np.argmax(w[..., 1, :], axis=-1)
    im = np.argmax(w[..., 2, :], axis=-1)
    e0 = np.take_along_axis(e, i0[..., None], -1)[..., 0]
    em = np.take_along_axis(e, im[..., None], -1)[..., 0]
    return 1e3 * np.abs(e0 - em)


def odmr_trace(field_mT: float, detuning_MHz, *, mw_rate_MHz=MW_RATE_MHZ,
               linewidth_MHz=LINEWIDTH_MHZ, **model) -> np.ndarray:
    """PL (counts/s) versus microwave detuning Δ (MHz) at one field: a Lorentzian W(Δ)."""
    d = as_finite(detuning_MHz, "detuning_MHz")
    g = 0.5 * float(as_positive(linewidth_MHz, "linewidth_MHz"))
    w = mw_rate_MHz * g ** 2 / (g ** 2 + d ** 2)
    return rm.solve(np.full(d.shape, float(field_mT)), mw_rate_MHz=w, **model).pl


def expm_batched(a: np.ndarray, order: int = 14) -> np.ndarray:
    """Matrix exponential of a stack ``(..., n, n)`` (scaling and squaring, Taylor series)."""
    a = np.asarray(a, float)
    nrm = float(np.abs(a).sum(-1).max()) if a.size else 0.0
    s = max(0, int(np.ceil(np.log2(max(nrm, 1e-300) / 0.5))))
    x = a / 2.0 ** s
    out = np.broadcast_to(np.eye(a.shape[-1]), a.shape).copy()
    term = out.copy()
    for j in range(1, order + 1):
        term = term @ x / j
        out = out + term
    for _ in range(s):
        out = out @ out
    return out


def _generator(k: np.ndarray) -> np.ndarray:
    """dn/dt = M n for the rates ``k[..., from, to]`` (MHz, so t in µs)."""
    n = k.shape[-1]
    kk = k.copy()
    idx = np.arange(n)
    kk[..., idx, idx] = 0.0
    return np.swapaxes(kk, -1, -2) - kk.sum(-1)[..., None, :] * np.eye(n)


def pulse_transfer(detuning_MHz, *, pi_time_ns=PI_TIME_NS) -> np.ndarray:
    """Population fraction a rectangular π pulse (Rabi frequency 1/(2 t_π)) moves at detuning Δ."""
    d = as_finite(detuning_MHz, "detuning_MHz")
    t = float(as_positive(pi_time_ns, "pi_time_ns")) * 1e-3          # µs
    om = 1.0 / (2.0 * t)                                                # MHz
    x = np.sqrt(om ** 2 + d ** 2)
    return om ** 2 / x ** 2 * np.sin(np.pi * x * t) ** 2


def pulsed_linewidth_MHz(pi_time_ns=PI_TIME_NS) -> float:
    """Full width at half maximum (MHz) of :func:`pulse_transfer` (≈ 0.8/t_π)."""
    from scipy.optimize import brentq
    om = 1e3 / (2.0 * float(as_positive(pi_time_ns, "pi_time_ns")))
    half = brentq(lambda d: pulse_transfer(d, pi_time_ns=pi_time_ns) - 0.5, 0.0, om * 1.6)
    return 2.0 * half


def pulsed_contrast(field_mT, *, pi_time_ns=PI_TIME_NS, readout_ns=READOUT_NS,
                    wait_ns=WAIT_NS, detuning_MHz=0.0, **model) -> tuple[np.ndarray, np.ndarray]:
    """(cw PL in counts/s, pulsed-ODMR contrast C) at each field (10-level model).

    The sequence of the module docstring: laser steady state, ``wait_ns`` dark, a π pulse of
    ``pi_time_ns`` at ``detuning_MHz``, a readout window of ``readout_ns``. ``model`` holds the
    keywords of :func:`nvlib.eslac.ratemodel.solve` (e.g. an NV's ``model_kwargs()``; not
    ``mw_rate_MHz``).
    """
    b = as_finite(field_mT, "field_mT")
    t_r = float(as_positive(readout_ns, "readout_ns")) * 1e-3           # µs
    t_w = float(as_positive(wait_ns, "wait_ns", allow_zero=True)) * 1e-3
    p = pulse_transfer(detuning_MHz, pi_time_ns=pi_time_ns)
    lit = rm.solve(b, keep=True, **model)
    dark_model = {**model, "beta_x": 0.0, "beta_y": 0.0}
    with np.errstate(invalid="ignore", divide="ignore"):
        k_dark = rm.solve(b, keep=True, **dark_model).k               # its steady state unused
    n1 = (expm_batched(_generator(k_dark) * t_w) @ lit.n[..., None])[..., 0]
    h = ham.gs_hamiltonian(b, theta_B_deg=model.get("theta_B_deg", 0.0),
                           phi_B_deg=model.get("phi_B_deg", 0.0),
                           p=model.get("p", ham.DOHERTY))
    w = np.abs(np.linalg.eigh(h)[1]) ** 2
    w = np.broadcast_to(w, n1.shape[:-1] + (3, 3))
    a = np.argmax(w[..., 1, :], axis=-1)
    c = np.argmax(w[..., 2, :], axis=-1)
    na = np.take_along_axis(n1, a[..., None], -1)[..., 0]
    nc = np.take_along_axis(n1, c[..., None], -1)[..., 0]
    n2 = n1.copy()
    np.put_along_axis(n2, a[..., None], (na + (nc - na) * p)[..., None], -1)
    np.put_along_axis(n2, c[..., None], (nc + (na - nc) * p)[..., None], -1)
    m = _generator(lit.k)
    nn = m.shape[-1]
    aug = np.zeros(m.shape[:-2] + (2 * nn, 2 * nn))
    aug[..., :nn, :nn] = m
    aug[..., nn:, :nn] = np.eye(nn)
    integ = expm_batched(aug * t_r)[..., nn:, :nn]                     # ∫ e^{Mt} dt, µs
    eta = model.get("collection", rm.COLLECTION)
    k_r = rm.rate_set(model.get("rates", rm.DEFAULT_RATES)).k_r
    bg = model.get("background_cps", 0.0) * t_r * 1e-6

    def counts(n):
        return eta * k_r * (integ @ n[..., None])[..., 0][..., rm.ES].sum(-1) + bg

    s_ref, s_pi = counts(n1), counts(n2)
    return lit.pl, (s_ref - s_pi) / s_ref
