r"""ODMR contrast and shot-noise magnetic sensitivity on and off the ESLAC dips.

.. rubric:: Contrast (supplement Eqs. 10 and 19)

A microwave field resonant with the ground-state transition :math:`|0\rangle\leftrightarrow
|{-1}\rangle` adds a symmetric rate W between the two ground eigenstates of largest
:math:`m_s = 0` and :math:`m_s = -1` weight. With :math:`\mathrm{PL}_W` the steady-state PL
(counts/s, background included),

.. math::

    C = \frac{\mathrm{PL}_0 - \mathrm{PL}_W}{\mathrm{PL}_0} .

Off resonance by Δ the rate is :math:`W(\Delta) = W\,\Gamma^2/(\Gamma^2 + \Delta^2)` (a Lorentzian
of half width Γ), which gives the ODMR line.

.. rubric:: Sensitivity

The shot-noise-limited sensitivity of cw ODMR (Dréau et al. 2011 :cite:`Dreau2011`, the estimate
Happacher et al. use) is

.. math::

    \eta_B \approx \mathcal P_F\,\frac{\Delta\nu}{\gamma_e\,C\,\sqrt{R}},
    \qquad \mathcal P_F = \frac{4}{3\sqrt3},\quad \gamma_e = 28\ \text{GHz/T},

with Δν the full width at half maximum of the line (Hz) and R the detected count rate
(counts/s); η_B in T/√Hz.

.. rubric:: The book's choices

The paper's line width and Rabi settings survive only as "power broadened, π-time 200 ns"
(supplement C.4). The book uses W = 2.5 MHz (the Rabi frequency of a 200 ns π-pulse) and
Δν = 5 MHz (twice that, power broadened). Neither enters the on/off-dip *ratio* of η_B except
through C, which is what the paper's "almost an order of magnitude" is about.
"""

from __future__ import annotations

import numpy as np

from nvlib._validate import as_finite, as_positive
from nvlib.eslac import hamiltonian as ham
from nvlib.eslac import ratemodel as rm

__all__ = ["MW_RATE_MHZ", "LINEWIDTH_MHZ", "P_F", "GAMMA_E_HZ_PER_T", "contrast",
           "sensitivity", "odmr_trace", "transition_frequency_MHz"]

#: Microwave rate W on resonance, MHz (Rabi frequency of a 200 ns π pulse).
MW_RATE_MHZ = 2.5
#: ODMR full width at half maximum, MHz (power broadened).
LINEWIDTH_MHZ = 5.0
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
    """Shot-noise sensitivity η_B = P_F Δν / (γ_e C √R), T/√Hz.

    Parameters
    ----------
    contrast_ : array_like
        ODMR contrast C, in (0, 1].
    rate_cps : array_like
        Detected count rate R, counts/s (> 0).
    linewidth_MHz : float
        Full width at half maximum Δν, MHz (> 0).
    """
    c = as_finite(contrast_, "contrast_")
    if np.any((c <= 0) | (c > 1)):
        raise ValueError("contrast_ must lie in (0, 1]")
    r = as_positive(rate_cps, "rate_cps")
    dv = float(as_positive(linewidth_MHz, "linewidth_MHz")) * 1e6
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
