r"""Stretched-exponential spin relaxation of dense NV ensembles.

This module serves the supplement of Pellet-Mary *et al.*, "Magnetic-torque
enhanced by tunable dipolar interactions", Phys. Rev. B **103**, L100411
(2021) (Sec. II A and Fig. 6), which follows the "fluctuator" model of
Choi *et al.*, Phys. Rev. Lett. **118**, 093601 (2017).

.. rubric:: Physics

Each NV centre :math:`i` depolarises in the dark as a plain exponential,
:math:`\rho^{s}_{00}(t) \propto e^{-\gamma_i t}`, with a rate :math:`\gamma_i`
set by its dipolar distance to the nearest short-lived "fluctuator" NVs.
Randomly placed point sources in three dimensions give a one-sided Lévy
(stable, :math:`\alpha = 1/2`) distribution of rates

.. math::

    \rho(\gamma) = \frac{e^{-1/(4\gamma T_1)}}{\sqrt{4\pi\gamma^3 T_1}},
    \qquad \int_0^\infty \rho(\gamma)\,d\gamma = 1,

whose Laplace transform is the stretched exponential observed for the
ensemble,

.. math::

    \rho^{e}_{00}(t) \propto \int_0^\infty \rho(\gamma)\,e^{-\gamma t}\,d\gamma
    = e^{-\sqrt{t/T_1}} .

Sampling: if :math:`Z \sim \mathcal N(0, 1)` then :math:`\gamma = 1/(2 T_1 Z^2)`
has exactly the density :math:`\rho(\gamma)` (change of variables from the
:math:`\chi^2_1` density of :math:`W = Z^2`), and the cumulative distribution is
:math:`P(\gamma < g) = P\bigl(|Z| > 1/\sqrt{2T_1 g}\bigr)
= \operatorname{erfc}\bigl(1/(2\sqrt{g T_1})\bigr)`.

.. rubric:: Fits

The paper fits its Fig. 6 data *without offset* with
:math:`A\,e^{-\sqrt{t/T}}` (:math:`R^2 = 0.981`) and :math:`A\,e^{-t/T}`
(:math:`R^2 = 0.942`). :func:`fit_stretched_exponential` and
:func:`fit_exponential` do the same; ``nvlib.cr_torque.records`` applies them
to the authors' published record.

.. rubric:: Units

All times (``t``, ``time``, ``t1``) may be in any unit as long as it is the
same unit throughout; rates ``gamma`` are in the inverse of that unit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Literal

import numpy as np
import numpy.typing as npt
from scipy import integrate, optimize

__all__ = [
    "stretched_exponential",
    "exponential",
    "levy_rate_density",
    "levy_laplace_transform",
    "levy_rate_cdf",
    "sample_levy_rates",
    "RelaxationFit",
    "fit_stretched_exponential",
    "fit_stretched_exponential_offset",
    "fit_exponential",
    "synthetic_t1_trace",
    "MODEL_KINDS",
]

#: Allowed values of the ``kind`` argument of :func:`synthetic_t1_trace` and
#: of :attr:`RelaxationFit.model`.
MODEL_KINDS: tuple[str, ...] = ("stretched", "exponential")

FloatOrArray = float | npt.NDArray[np.float64]


# ---------------------------------------------------------------------------
# validation helpers
# ---------------------------------------------------------------------------
def _as_float_array(x: npt.ArrayLike, name: str) -> npt.NDArray[np.float64]:
    try:
        arr = np.asarray(x, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must be real numbers; got {x!r}") from exc
    return arr


def _check_times(t: npt.ArrayLike, name: str = "t") -> npt.NDArray[np.float64]:
    arr = _as_float_array(t, name)
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"{name} must be finite and >= 0 (allowed range [0, inf)); "
                         "got non-finite values")
    if np.any(arr < 0):
        raise ValueError(f"{name} must be finite and >= 0 (allowed range [0, inf)); "
                         f"got minimum {arr.min()!r}")
    return arr


def _check_positive_scalar(x: float, name: str) -> float:
    try:
        val = float(x)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must be a finite number > 0 (allowed range (0, inf)); "
                         f"got {x!r}") from exc
    if not math.isfinite(val) or val <= 0.0:
        raise ValueError(f"{name} must be a finite number > 0 (allowed range (0, inf)); "
                         f"got {x!r}")
    return val


def _check_finite_scalar(x: float, name: str) -> float:
    try:
        val = float(x)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must be a finite real number; got {x!r}") from exc
    if not math.isfinite(val):
        raise ValueError(f"{name} must be a finite real number; got {x!r}")
    return val


def _check_kind(kind: str) -> str:
    if kind not in MODEL_KINDS:
        raise ValueError(f"kind must be one of {MODEL_KINDS!r}; got {kind!r}")
    return kind


def _scalar_or_array(arr: npt.NDArray[np.float64]) -> FloatOrArray:
    return float(arr) if arr.ndim == 0 else arr


# ---------------------------------------------------------------------------
# model curves
# ---------------------------------------------------------------------------
def _stretched(t: npt.NDArray[np.float64], amplitude: float, time: float
               ) -> npt.NDArray[np.float64]:
    return amplitude * np.exp(-np.sqrt(t / time))


def _exponential(t: npt.NDArray[np.float64], amplitude: float, time: float
                 ) -> npt.NDArray[np.float64]:
    return amplitude * np.exp(-t / time)


_MODELS: dict[str, Callable[[npt.NDArray[np.float64], float, float],
                            npt.NDArray[np.float64]]] = {
    "stretched": _stretched,
    "exponential": _exponential,
}


def stretched_exponential(t: npt.ArrayLike, amplitude: float, time: float) -> FloatOrArray:
    r"""Stretched exponential :math:`A\,e^{-\sqrt{t/T}}`.

    Parameters
    ----------
    t : array_like
        Delay(s), finite and :math:`\ge 0`, in any time unit.
    amplitude : float
        Amplitude :math:`A` (value at :math:`t = 0`), same unit as the signal.
    time : float
        Characteristic time :math:`T > 0`, same unit as ``t``.

    Returns
    -------
    float or numpy.ndarray
        :math:`A\,e^{-\sqrt{t/T}}`, same shape as ``t``.

    Raises
    ------
    ValueError
        If ``t`` is negative or non-finite, ``time`` is not a finite number
        :math:`> 0`, or ``amplitude`` is not finite.

    Notes
    -----
    This is the ensemble average :math:`\int_0^\infty \rho(\gamma)e^{-\gamma t}
    d\gamma` of single-NV exponential decays over the Lévy rate density
    :func:`levy_rate_density` with :math:`T_1 = T`. The signal falls to
    :math:`A/e` at :math:`t = T`.
    """
    tt = _check_times(t, "t")
    a = _check_finite_scalar(amplitude, "amplitude")
    tau = _check_positive_scalar(time, "time")
    return _scalar_or_array(_stretched(tt, a, tau))


def exponential(t: npt.ArrayLike, amplitude: float, time: float) -> FloatOrArray:
    r"""Plain exponential :math:`A\,e^{-t/T}`.

    Parameters
    ----------
    t : array_like
        Delay(s), finite and :math:`\ge 0`, in any time unit.
    amplitude : float
        Amplitude :math:`A` (value at :math:`t = 0`).
    time : float
        Decay time :math:`T > 0`, same unit as ``t``.

    Returns
    -------
    float or numpy.ndarray
        :math:`A\,e^{-t/T}`, same shape as ``t``.

    Raises
    ------
    ValueError
        If ``t`` is negative or non-finite, ``time`` is not a finite number
        :math:`> 0`, or ``amplitude`` is not finite.
    """
    tt = _check_times(t, "t")
    a = _check_finite_scalar(amplitude, "amplitude")
    tau = _check_positive_scalar(time, "time")
    return _scalar_or_array(_exponential(tt, a, tau))


# ---------------------------------------------------------------------------
# Lévy rate distribution
# ---------------------------------------------------------------------------
def levy_rate_density(gamma: npt.ArrayLike, t1: float) -> FloatOrArray:
    r"""One-sided Lévy (:math:`\alpha = 1/2`) density of relaxation rates.

    .. math::

        \rho(\gamma) = \frac{e^{-1/(4\gamma T_1)}}{\sqrt{4\pi\gamma^3 T_1}},
        \qquad \gamma \ge 0 .

    Parameters
    ----------
    gamma : array_like
        Relaxation rate(s) :math:`\gamma \ge 0`, in units of ``1/t1``.
        ``+inf`` is accepted and gives the limit 0.
    t1 : float
        Stretched-exponential time :math:`T_1 > 0` (any time unit).

    Returns
    -------
    float or numpy.ndarray
        Probability density :math:`\rho(\gamma)` in units of ``t1``
        (i.e. per unit rate). At :math:`\gamma = 0` it returns the limit 0.

    Raises
    ------
    ValueError
        If ``gamma`` is negative or NaN, or ``t1`` is not a finite number > 0.

    Notes
    -----
    Evaluated in log form,
    :math:`\ln\rho = -1/(4\gamma T_1) - \tfrac12\ln(4\pi T_1) - \tfrac32\ln\gamma`,
    so that it neither overflows nor produces ``0/0`` for very small or very
    large rates. The density is normalised, :math:`\int_0^\infty\rho = 1`, has
    a heavy tail :math:`\propto\gamma^{-3/2}` (no finite mean) and its Laplace
    transform is :math:`e^{-\sqrt{t/T_1}}` (see :func:`levy_laplace_transform`).
    """
    tau = _check_positive_scalar(t1, "t1")
    g = _as_float_array(gamma, "gamma")
    if np.any(np.isnan(g)) or np.any(g < 0):
        raise ValueError("gamma must be >= 0 (allowed range [0, inf]); "
                         "got negative or NaN values")
    out = np.zeros_like(g, dtype=np.float64)
    mask = (g > 0) & np.isfinite(g)
    gm = g[mask]
    with np.errstate(over="ignore", divide="ignore"):
        log_rho = -1.0 / (4.0 * gm * tau) - 0.5 * math.log(4.0 * math.pi * tau) \
            - 1.5 * np.log(gm)
    out[mask] = np.exp(log_rho)
    return _scalar_or_array(out)


def levy_rate_cdf(gamma: npt.ArrayLike, t1: float) -> FloatOrArray:
    r"""Cumulative distribution of the Lévy rate density.

    .. math::

        P(\gamma < g) = \int_0^g \rho(\gamma)\,d\gamma
        = \operatorname{erfc}\!\left(\frac{1}{2\sqrt{g T_1}}\right).

    Parameters
    ----------
    gamma : array_like
        Rate(s) :math:`g \ge 0` in units of ``1/t1``.
    t1 : float
        Stretched-exponential time :math:`T_1 > 0`.

    Returns
    -------
    float or numpy.ndarray
        Probability (dimensionless, in [0, 1]).

    Raises
    ------
    ValueError
        If ``gamma`` is negative or NaN, or ``t1`` is not a finite number > 0.

    Notes
    -----
    With :math:`\gamma = 1/(2T_1Z^2)`, :math:`Z\sim\mathcal N(0,1)`:
    :math:`P(\gamma<g) = P(|Z| > 1/\sqrt{2T_1g}) = \operatorname{erfc}(1/(2\sqrt{gT_1}))`.
    """
    from scipy.special import erfc

    tau = _check_positive_scalar(t1, "t1")
    g = _as_float_array(gamma, "gamma")
    if np.any(np.isnan(g)) or np.any(g < 0):
        raise ValueError("gamma must be >= 0 (allowed range [0, inf]); "
                         "got negative or NaN values")
    with np.errstate(divide="ignore"):
        arg = 1.0 / (2.0 * np.sqrt(g * tau))
    return _scalar_or_array(np.asarray(erfc(arg), dtype=np.float64))


def _levy_laplace_numeric(s: float, t1: float) -> float:
    """Quadrature of rho(gamma) exp(-gamma s) with gamma = 1/(4 t1 x^2)."""

    def integrand(x: float) -> float:
        # gamma = 1/(4 T1 x^2), |d gamma / dx| = 1/(2 T1 x^3). The x-integrand
        # is (2/sqrt(pi)) exp(-x^2 - s/(4 T1 x^2)): bounded and Gaussian-tailed,
        # which removes the gamma^{-3/2} heavy tail of rho.
        if x == 0.0:
            return 0.0
        x2 = x * x
        gamma = 1.0 / (4.0 * t1 * x2)
        if not math.isfinite(gamma):  # x so small that x^2 underflows
            return 0.0
        jac = 1.0 / (2.0 * t1 * x2 * x)
        rho = float(levy_rate_density(gamma, t1))
        return rho * jac * math.exp(-gamma * s)

    # the x-integrand peaks at x = (s/(4 T1))^{1/4}; split there for robustness
    x_peak = max((s / (4.0 * t1)) ** 0.25, 1.0 / math.sqrt(2.0))
    lo, _ = integrate.quad(integrand, 0.0, x_peak, epsabs=1e-13, epsrel=1e-11, limit=200)
    hi, _ = integrate.quad(integrand, x_peak, np.inf, epsabs=1e-13, epsrel=1e-11, limit=200)
    return lo + hi


def levy_laplace_transform(t: npt.ArrayLike, t1: float, *, numeric: bool = False
                           ) -> FloatOrArray:
    r"""Ensemble-averaged decay :math:`\int_0^\infty\rho(\gamma)e^{-\gamma t}d\gamma`.

    .. math::

        \int_0^\infty \frac{e^{-1/(4\gamma T_1)}}{\sqrt{4\pi\gamma^3T_1}}
        e^{-\gamma t}\,d\gamma = e^{-\sqrt{t/T_1}} .

    Parameters
    ----------
    t : array_like
        Delay(s), finite and :math:`\ge 0`, same unit as ``t1``.
    t1 : float
        Stretched-exponential time :math:`T_1 > 0`.
    numeric : bool, optional
        If ``False`` (default) return the closed form
        :math:`e^{-\sqrt{t/T_1}}`. If ``True`` integrate
        :func:`levy_rate_density` numerically with
        :func:`scipy.integrate.quad` (one call per element of ``t``), using the
        substitution :math:`\gamma = 1/(4T_1x^2)` which maps the heavy
        :math:`\gamma^{-3/2}` tail onto a bounded, Gaussian-tailed integrand
        :math:`\tfrac{2}{\sqrt\pi}e^{-x^2 - t/(4T_1x^2)}` on :math:`x\in(0,\infty)`.
        Agreement with the closed form is ~1e-10.

    Returns
    -------
    float or numpy.ndarray
        Surviving (normalised) population, dimensionless, shape of ``t``.

    Raises
    ------
    ValueError
        If ``t`` is negative or non-finite or ``t1`` is not a finite number > 0.
    """
    tt = _check_times(t, "t")
    tau = _check_positive_scalar(t1, "t1")
    if not numeric:
        return _scalar_or_array(np.exp(-np.sqrt(tt / tau)))
    flat = np.array([_levy_laplace_numeric(float(s), tau) for s in tt.ravel()],
                    dtype=np.float64)
    return _scalar_or_array(flat.reshape(tt.shape))


def sample_levy_rates(n: int, t1: float, rng: np.random.Generator | int | None = None
                      ) -> npt.NDArray[np.float64]:
    r"""Draw relaxation rates from the Lévy density :func:`levy_rate_density`.

    Uses :math:`\gamma = 1/(2T_1Z^2)` with :math:`Z\sim\mathcal N(0,1)`, which
    has exactly the density
    :math:`\rho(\gamma) = e^{-1/(4\gamma T_1)}/\sqrt{4\pi\gamma^3T_1}`
    (from the :math:`\chi^2_1` density of :math:`Z^2` and
    :math:`|dZ^2/d\gamma| = 1/(2T_1\gamma^2)`).

    Parameters
    ----------
    n : int
        Number of rates, :math:`\ge 1`.
    t1 : float
        Stretched-exponential time :math:`T_1 > 0` (any time unit).
    rng : numpy.random.Generator or int or None, optional
        Random generator or seed (passed to :func:`numpy.random.default_rng`).

    Returns
    -------
    numpy.ndarray
        Shape ``(n,)``, rates in units of ``1/t1``. The ensemble average of
        :math:`e^{-\gamma t}` over them converges to :math:`e^{-\sqrt{t/T_1}}`.

    Raises
    ------
    ValueError
        If ``n < 1`` (or not an integer) or ``t1`` is not a finite number > 0.
    """
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"n must be an integer >= 1 (allowed range [1, inf)); got {n!r}")
    tau = _check_positive_scalar(t1, "t1")
    gen = np.random.default_rng(rng)
    z = gen.standard_normal(int(n))
    with np.errstate(divide="ignore"):
        return 1.0 / (2.0 * tau * z * z)  # Z == 0 (prob. 0) would give +inf


# ---------------------------------------------------------------------------
# fits
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class RelaxationFit:
    r"""Result of a least-squares relaxation fit (without offset unless ``offset`` is set).

    Attributes
    ----------
    model : str
        ``"stretched"`` (:math:`A\,e^{-\sqrt{t/T}}`) or ``"exponential"``
        (:math:`A\,e^{-t/T}`).
    amplitude : float
        Fitted amplitude :math:`A`, unit of the data ``y``.
    time : float
        Fitted time :math:`T`, in the unit of ``t``.
    amplitude_err : float
        1σ uncertainty of :math:`A` from the covariance matrix (residual
        variance scaled, ``absolute_sigma=False``).
    time_err : float
        1σ uncertainty of :math:`T` (unit of ``t``).
    r2 : float
        Coefficient of determination
        :math:`R^2 = 1 - SS_\mathrm{res}/SS_\mathrm{tot}` with
        :math:`SS_\mathrm{tot} = \sum_i (y_i - \bar y)^2`; NaN if
        :math:`SS_\mathrm{tot} = 0`.

    Examples
    --------
    ``fit(t)`` evaluates the fitted curve at delays ``t``.
    """

    model: str
    amplitude: float
    time: float
    amplitude_err: float
    time_err: float
    r2: float
    offset: float = 0.0
    offset_err: float = 0.0

    def __call__(self, t: npt.ArrayLike) -> FloatOrArray:
        """Evaluate the fitted curve at delay(s) ``t`` (unit of the fit's ``t``)."""
        tt = _check_times(t, "t")
        return _scalar_or_array(self.offset
                                + _MODELS[self.model](tt, self.amplitude, self.time))

    @property
    def mean_time(self) -> float:
        r"""Mean relaxation time :math:`\int_0^\infty e^{-\sqrt{t/T}}dt = 2T` (stretched) or
        :math:`T` (exponential), unit of ``t``: the definition under which a stretched and a
        plain exponential decay can be compared."""
        return 2.0 * self.time if self.model == "stretched" else self.time


def _check_fit_data(t: npt.ArrayLike, y: npt.ArrayLike
                    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    tt = _check_times(t, "t")
    yy = _as_float_array(y, "y")
    if tt.shape != yy.shape:
        raise ValueError(f"t and y must have the same shape; got t {tt.shape} and y {yy.shape}")
    if not np.all(np.isfinite(yy)):
        raise ValueError("y must be finite")
    tt, yy = tt.ravel(), yy.ravel()
    if tt.size < 3:
        raise ValueError(f"t and y need at least 3 points for a 2-parameter fit; got {tt.size}")
    if np.ptp(tt) == 0:
        raise ValueError("t must contain at least two distinct delays")
    return tt, yy


def _initial_guess(t: npt.NDArray[np.float64], y: npt.NDArray[np.float64], kind: str
                   ) -> tuple[float, float]:
    """Amplitude ~ y at smallest t; time ~ first delay where y falls to y0/e."""
    order = np.argsort(t, kind="stable")
    ts, ys = t[order], y[order]
    a0 = float(ys[0])
    if a0 == 0.0:
        a0 = float(ys[np.argmax(np.abs(ys))])
    ratio = ys / a0
    below = np.nonzero(ratio <= 1.0 / math.e)[0]
    if below.size and below[0] > 0:
        i = below[0]
        r0, r1 = ratio[i - 1], ratio[i]
        frac = (r0 - 1.0 / math.e) / (r0 - r1) if r0 != r1 else 0.0
        tau0 = float(ts[i - 1] + frac * (ts[i] - ts[i - 1]))
    else:
        # never reaches 1/e: extrapolate from the last point with the model
        r_last = ratio[-1]
        span = float(ts[-1] - ts[0]) or float(ts[-1])
        if 0.0 < r_last < 1.0:
            lg = -math.log(r_last)
            tau0 = span / lg if kind == "exponential" else span / lg**2
        else:
            tau0 = span
    if not (math.isfinite(tau0) and tau0 > 0):
        tau0 = float(np.ptp(ts)) or 1.0
    return a0, tau0


def _fit(t: npt.ArrayLike, y: npt.ArrayLike, kind: str,
         p0: tuple[float, float] | None) -> RelaxationFit:
    tt, yy = _check_fit_data(t, y)
    if p0 is None:
        a0, tau0 = _initial_guess(tt, yy, kind)
    else:
        if len(p0) != 2:
            raise ValueError(f"p0 must be (amplitude, time); got {p0!r}")
        a0 = _check_finite_scalar(p0[0], "p0 amplitude")
        tau0 = _check_positive_scalar(p0[1], "p0 time")
    model = _MODELS[kind]

    # fit in (A, ln T) so that T stays positive with an unconstrained
    # Levenberg-Marquardt solver; the covariance is mapped back by the chain rule
    def f(x: npt.NDArray[np.float64], a: float, log_tau: float) -> npt.NDArray[np.float64]:
        return model(x, a, math.exp(log_tau))

    popt, pcov = optimize.curve_fit(f, tt, yy, p0=(a0, math.log(tau0)), method="lm",
                                    maxfev=20000, xtol=1e-14, ftol=1e-14)
    amp, tau = float(popt[0]), float(math.exp(popt[1]))
    with np.errstate(invalid="ignore"):
        amp_err = float(np.sqrt(pcov[0, 0]))
        tau_err = float(tau * np.sqrt(pcov[1, 1]))
    resid = yy - model(tt, amp, tau)
    ss_res = float(np.sum(resid**2))
    ss_tot = float(np.sum((yy - yy.mean()) ** 2))
    r2 = 1.0 - ss_res / ss_tot if ss_tot > 0 else float("nan")
    return RelaxationFit(model=kind, amplitude=amp, time=tau, amplitude_err=amp_err,
                         time_err=tau_err, r2=r2)


def fit_stretched_exponential_offset(t: npt.ArrayLike, y: npt.ArrayLike) -> RelaxationFit:
    r"""Least-squares fit of :math:`y = c + A\,e^{-\sqrt{t/T}}` (free offset :math:`c`).

    The fit of the three traces of Fig. 2(c), which the paper offsets for clarity (the offsets
    are therefore free parameters). Starts from the offset-free fit of ``y - min(y)``.

    Returns
    -------
    RelaxationFit
        ``model="stretched"``, ``offset`` and ``offset_err`` set; ``r2`` of the 3-parameter fit.

    Raises
    ------
    ValueError
        As :func:`fit_stretched_exponential` (at least 4 points are needed here).
    """
    tt, yy = _check_fit_data(t, y)
    if tt.size < 4:
        raise ValueError(f"t and y need at least 4 points for a 3-parameter fit; got {tt.size}")
    c0 = float(yy.min())
    first = _fit(tt, yy - c0, "stretched", None)
    model = _MODELS["stretched"]

    def f(x: npt.NDArray[np.float64], c: float, a: float, log_tau: float):
        return c + model(x, a, math.exp(log_tau))

    popt, pcov = optimize.curve_fit(f, tt, yy, p0=(c0, first.amplitude, math.log(first.time)),
                                    method="lm", maxfev=20000, xtol=1e-14, ftol=1e-14)
    c, amp, tau = float(popt[0]), float(popt[1]), float(math.exp(popt[2]))
    with np.errstate(invalid="ignore"):
        errs = np.sqrt(np.diag(pcov))
    resid = yy - f(tt, *popt)
    ss_tot = float(np.sum((yy - yy.mean()) ** 2))
    r2 = 1.0 - float(np.sum(resid**2)) / ss_tot if ss_tot > 0 else float("nan")
    return RelaxationFit(model="stretched", amplitude=amp, time=tau, amplitude_err=float(errs[1]),
                         time_err=float(tau * errs[2]), r2=r2, offset=c,
                         offset_err=float(errs[0]))


def fit_stretched_exponential(t: npt.ArrayLike, y: npt.ArrayLike, *,
                              p0: tuple[float, float] | None = None) -> RelaxationFit:
    r"""Least-squares fit of :math:`y = A\,e^{-\sqrt{t/T}}` (no offset).

    Parameters
    ----------
    t : array_like
        Delays, finite and :math:`\ge 0`, any time unit; at least 3 points.
    y : array_like
        Signal (e.g. normalised PL contrast), same shape as ``t``.
    p0 : (float, float), optional
        Initial ``(amplitude, time)``. Default: amplitude = ``y`` at the
        smallest ``t``; time = first delay where ``y`` falls to
        :math:`y_0/e` (linear interpolation), or an extrapolation from the
        last point if it never does.

    Returns
    -------
    RelaxationFit
        ``model="stretched"``; ``time`` in the unit of ``t``.

    Raises
    ------
    ValueError
        For negative/non-finite ``t``, non-finite ``y``, shape mismatch,
        fewer than 3 points, or an invalid ``p0``.
    """
    return _fit(t, y, "stretched", p0)


def fit_exponential(t: npt.ArrayLike, y: npt.ArrayLike, *,
                    p0: tuple[float, float] | None = None) -> RelaxationFit:
    r"""Least-squares fit of :math:`y = A\,e^{-t/T}` (no offset).

    Parameters
    ----------
    t : array_like
        Delays, finite and :math:`\ge 0`, any time unit; at least 3 points.
    y : array_like
        Signal, same shape as ``t``.
    p0 : (float, float), optional
        Initial ``(amplitude, time)``; default as in
        :func:`fit_stretched_exponential`.

    Returns
    -------
    RelaxationFit
        ``model="exponential"``; ``time`` in the unit of ``t``.

    Raises
    ------
    ValueError
        For negative/non-finite ``t``, non-finite ``y``, shape mismatch,
        fewer than 3 points, or an invalid ``p0``.
    """
    return _fit(t, y, "exponential", p0)


# ---------------------------------------------------------------------------
# synthetic data
# ---------------------------------------------------------------------------
def synthetic_t1_trace(t: npt.ArrayLike, t1: float, *, amplitude: float = 1.0,
                       noise: float = 0.0,
                       rng: np.random.Generator | int | None = None,
                       kind: Literal["stretched", "exponential"] = "stretched",
                       ) -> npt.NDArray[np.float64]:
    r"""**Synthetic** T1 relaxation trace (model curve + Gaussian noise).

    This is *not* measured data: it generates

    .. math::

        y_i = A\,e^{-\sqrt{t_i/T_1}} + \varepsilon_i \quad (\texttt{kind="stretched"}),
        \qquad
        y_i = A\,e^{-t_i/T_1} + \varepsilon_i \quad (\texttt{kind="exponential"}),

    with independent :math:`\varepsilon_i\sim\mathcal N(0,\sigma^2)`,
    :math:`\sigma` = ``noise``.

    Parameters
    ----------
    t : array_like
        Delays, finite and :math:`\ge 0`, any time unit.
    t1 : float
        Decay time :math:`T_1 > 0`, same unit as ``t``.
    amplitude : float, optional
        Amplitude :math:`A` (default 1).
    noise : float, optional
        Absolute standard deviation :math:`\sigma \ge 0` of the additive
        Gaussian noise, unit of the signal (default 0: noiseless).
    rng : numpy.random.Generator or int or None, optional
        Random generator or seed for the noise.
    kind : {"stretched", "exponential"}, optional
        Model curve (default ``"stretched"``).

    Returns
    -------
    numpy.ndarray
        Synthetic signal, same shape as ``t`` (a scalar ``t`` gives a 0-d
        array).

    Raises
    ------
    ValueError
        For negative/non-finite ``t``, ``t1`` not a finite number > 0,
        ``noise < 0`` or non-finite, non-finite ``amplitude``, or unknown
        ``kind``.
    """
    _check_kind(kind)
    tt = _check_times(t, "t")
    tau = _check_positive_scalar(t1, "t1")
    a = _check_finite_scalar(amplitude, "amplitude")
    try:
        sigma = float(noise)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"noise must be a finite number >= 0 (allowed range [0, inf)); "
                         f"got {noise!r}") from exc
    if not math.isfinite(sigma) or sigma < 0:
        raise ValueError(f"noise must be a finite number >= 0 (allowed range [0, inf)); "
                         f"got {noise!r}")
    y = _MODELS[kind](tt, a, tau)
    if sigma > 0:
        gen = np.random.default_rng(rng)
        y = y + gen.normal(0.0, sigma, size=tt.shape)
    return np.asarray(y, dtype=np.float64)
