r"""Field scans and microwave spectra of the four-class CR model (Figs 4, 7 and 12).

Pellet-Mary *et al.*, Phys. Rev. B **103**, L100411 (2021) :cite:`PelletMary2021`, scan the
field along straight lines (:mod:`nvlib.cr_torque.fieldpaths`) and record (i) the photoluminescence (PL),
(ii) the angle of the levitated diamond, i.e. the spin torque, and (iii) microwave spectra read
out optically (ODMR) or mechanically (MDMR). This module computes the model side of all three
with the steady states of :mod:`nvlib.cr_torque.torque`, plus the Gaussian-peak fits the paper applies to
its scans.

.. rubric:: Microwave drive (a model of ours)

The paper gives no model of its MDMR/ODMR spectra. We use the simplest one consistent with the
rate picture of :mod:`nvlib.cr_torque.torque`: a microwave field at frequency :math:`f` adds, for class
:math:`k`, an *incoherent* rate :math:`W_k` in both directions on the transition it is
resonant with,

.. math::

    \mathcal D\big[\sqrt{W_k^-}\,|{-1}\rangle\langle0|\big] +
    \mathcal D\big[\sqrt{W_k^-}\,|0\rangle\langle{-1}|\big]
    \;(+\ \text{the same on } |{+1}\rangle \text{ with } W_k^+),
    \qquad
    W_k^\mp(f) = W_0\,\exp\!\Big[-\frac{(f-\nu^\mp_k)^2}{2\sigma_\text{mw}^2}\Big],

with :math:`\nu^\mp_k` the ODMR lines of class :math:`k` (Hz), :math:`W_0` the peak rate and
:math:`\sigma_\text{mw}` the inhomogeneous width (the SI quotes 5 MHz). This is the rate-equation
limit of a weak drive on an inhomogeneously broadened line (saturation parameter
:math:`W_0/\Gamma_l`); the jumps act in the bare :math:`S_{z'}` basis like the model's other
jumps (the eigenstates differ from it by :math:`\sim\gamma_e B_\perp/D \approx 10\,\%`). A
resonant drive moves population :math:`\Delta p` from :math:`|0\rangle` to :math:`|{-1}\rangle`:
the PL drops (ODMR), and the class acquires a spin along its own axis,
:math:`\Delta\langle S_{z'}\rangle\approx-\Delta p`, whose torque
:math:`\hbar\gamma_e\,\Delta p\,|\mathbf n_k\times\mathbf B|` is *first* order in the field and
dwarfs the second-order transverse (paramagnetic) torque of the undriven spins: the MDMR signal.

.. rubric:: Units

Fields in tesla (crystal frame) unless a name says ``_gauss``; frequencies in Hz; rates in
s\ :sup:`-1`; torques in N m with the physical sign of :mod:`nvlib.cr_torque.torque`
(:data:`nvlib.cr_torque.torque.SIGN_NOTE`) and :data:`N0` spins in total (``N0/4`` per class) for the path
scans, as in the paper's simulations.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy.optimize import curve_fit
from scipy.signal import find_peaks

from nvlib.cr_torque import fieldpaths as fp
from nvlib import groundstate as gs
from nvlib import lindblad
from nvlib.cr_torque import torque as tq
from nvlib._validate import as_finite, as_positive, as_vectors
from nvlib.constants import HBAR

__all__ = [
    "N0",
    "MW_RATE",
    "MW_SIGMA_HZ",
    "HWHM_PER_SIGMA",
    "GaussianPeak",
    "gaussian",
    "fit_gaussian_peak",
    "DrivenState",
    "driven_steady_state",
    "PathScan",
    "path_scan",
    "mdmr_spectrum",
    "odmr_spectrum",
    "count_peaks",
    "pair_detuning_slope",
    "best_path_position",
]

#: Total number of NV spins of the levitated diamond used for the torques (SI Sec. VI,
#: ":math:`N_0 \approx 10^9`"); ``N0/4`` per class, as in the authors' scripts.
N0: float = 1e9
#: Peak microwave-induced rate :math:`W_0`, s^-1 (our choice: equal to the pumping rate
#: :math:`\Gamma_l = 5\times10^3` s^-1 of both presets, i.e. saturation parameter 1).
MW_RATE: float = 5e3
#: Gaussian standard deviation of each microwave line, Hz (the SI's inhomogeneous width, 5 MHz).
MW_SIGMA_HZ: float = 5e6
#: :math:`\sqrt{2\ln 2}`: half width at half maximum of a Gaussian in units of :math:`\sigma`.
HWHM_PER_SIGMA: float = float(np.sqrt(2.0 * np.log(2.0)))

_BRANCHES = {"minus": (0, 2), "plus": (1, 0)}  # branch -> (column of nu, bare level index)


# --------------------------------------------------------------------------------------------
# Gaussian peak fits
# --------------------------------------------------------------------------------------------


def gaussian(x: ArrayLike, amplitude: float, center: float, sigma: float,
             offset: float) -> NDArray[np.float64]:
    r""":math:`y = A\,e^{-(x-x_0)^2/2\sigma^2} + c` (the paper's fit function, SI/scripts)."""
    x = np.asarray(x, float)
    return amplitude * np.exp(-0.5 * ((x - center) / sigma) ** 2) + offset


@dataclass(frozen=True)
class GaussianPeak:
    r"""Result of :func:`fit_gaussian_peak`: :math:`A\,e^{-(x-x_0)^2/2\sigma^2} + c`.

    Attributes
    ----------
    amplitude, center, sigma, offset : float
        :math:`A` (negative for a dip), :math:`x_0`, :math:`\sigma > 0`, :math:`c`, in the units
        of the data.
    r2 : float
        Coefficient of determination of the fit.
    """

    amplitude: float
    center: float
    sigma: float
    offset: float
    r2: float

    @property
    def hwhm(self) -> float:
        r"""Half width at half maximum, :math:`\sqrt{2\ln2}\,\sigma`."""
        return HWHM_PER_SIGMA * self.sigma

    @property
    def fwhm(self) -> float:
        r"""Full width at half maximum, :math:`2\sqrt{2\ln2}\,\sigma`."""
        return 2.0 * self.hwhm

    def __call__(self, x: ArrayLike) -> NDArray[np.float64]:
        return gaussian(x, self.amplitude, self.center, self.sigma, self.offset)


def fit_gaussian_peak(x: ArrayLike, y: ArrayLike, *,
                      guess: tuple[float, float, float, float] | None = None) -> GaussianPeak:
    r"""Least-squares fit of one Gaussian peak or dip on a constant background.

    The initial guess (unless ``guess`` = (A, x0, sigma, c) is given) takes the background from
    the median of the data, the extremum farthest from it as the peak, and a width of one tenth
    of the x range.

    Parameters
    ----------
    x, y : array_like, shape (n,)
        Data, n >= 5, finite.
    guess : tuple, optional
        Initial (amplitude, center, sigma, offset).

    Returns
    -------
    GaussianPeak

    Raises
    ------
    ValueError
        Bad input, or the fit does not converge.
    """
    x = as_finite(x, "x").ravel()
    y = as_finite(y, "y").ravel()
    if x.shape != y.shape or x.size < 5:
        raise ValueError(f"x and y must have the same length >= 5; got {x.size} and {y.size}")
    if guess is None:
        c0 = float(np.median(y))
        i = int(np.argmax(np.abs(y - c0)))
        guess = (float(y[i] - c0), float(x[i]), float(np.ptp(x)) / 10.0, c0)
    try:
        p, _ = curve_fit(gaussian, x, y, p0=guess, maxfev=20000)
    except RuntimeError as err:  # pragma: no cover - depends on data
        raise ValueError(f"Gaussian fit did not converge: {err}") from None
    resid = y - gaussian(x, *p)
    ss_tot = float(np.sum((y - y.mean()) ** 2))
    r2 = 1.0 - float(np.sum(resid ** 2)) / ss_tot if ss_tot > 0 else float("nan")
    return GaussianPeak(amplitude=float(p[0]), center=float(p[1]), sigma=float(abs(p[2])),
                        offset=float(p[3]), r2=r2)


# --------------------------------------------------------------------------------------------
# Microwave-driven steady states
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DrivenState:
    r"""Steady state of the four classes under a microwave drive, batch shape ``(..., n_f)``.

    Attributes
    ----------
    freq_hz : ndarray, shape (n_f,)
        Microwave frequencies, Hz.
    mw_rates : ndarray, shape (..., n_f, 4, 2)
        :math:`(W^-_k, W^+_k)`, s^-1.
    pl : ndarray, shape (..., n_f)
        Class-averaged :math:`\rho_{00}`.
    spin : ndarray, shape (..., n_f, 4, 3)
        :math:`\langle\mathbf S\rangle_k` in the crystal frame, units of :math:`\hbar`.
    torque_per_spin_class : ndarray, shape (..., n_f, 4, 3)
        :math:`-\hbar\gamma_e\langle\mathbf S\rangle_k\times\mathbf B`, N m (one spin per class).
    """

    freq_hz: NDArray
    mw_rates: NDArray
    pl: NDArray
    spin: NDArray
    torque_per_spin_class: NDArray

    @property
    def torque(self) -> NDArray:
        """Total torque of one spin per class (4 spins), N m, shape (..., n_f, 3)."""
        return self.torque_per_spin_class.sum(axis=-2)


def driven_steady_state(B: ArrayLike, model: tq.CRModel, freq_hz: ArrayLike, *,
                        cr: bool = True, mw_rate: float = MW_RATE,
                        mw_sigma_hz: float = MW_SIGMA_HZ,
                        branches: tuple[str, ...] = ("minus",)) -> DrivenState:
    r"""Steady states with an incoherent microwave rate on the resonant transitions (module notes).

    Parameters
    ----------
    B : array_like, shape (..., 3)
        Crystal-frame field, tesla.
    model : nvlib.cr_torque.torque.CRModel
        CR model (pumping, T1 and CR rules; see :func:`nvlib.cr_torque.torque.preset`).
    freq_hz : array_like, shape (n_f,)
        Microwave frequencies, Hz (> 0).
    cr : bool, default True
        Include cross-relaxation in the class T1 rates.
    mw_rate : float
        Peak rate :math:`W_0`, s^-1 (>= 0; 0 gives the undriven steady state).
    mw_sigma_hz : float
        Gaussian standard deviation :math:`\sigma_\text{mw}` of each line, Hz (> 0).
    branches : tuple of {"minus", "plus"}
        Which transitions the microwave drives: :math:`|0\rangle\leftrightarrow|{-1}\rangle`
        (``"minus"``, the MDMR of Fig. 4a) and/or :math:`|0\rangle\leftrightarrow|{+1}\rangle`.

    Returns
    -------
    DrivenState
    """
    if not isinstance(model, tq.CRModel):
        raise ValueError("model must be a CRModel (see nvlib.cr_torque.torque.preset); "
                         f"got {type(model).__name__}")
    B = as_vectors(B, "B")
    f = as_positive(freq_hz, "freq_hz").ravel()
    W0 = float(as_positive(mw_rate, "mw_rate", allow_zero=True))
    sig = float(as_positive(mw_sigma_hz, "mw_sigma_hz"))
    branches = (branches,) if isinstance(branches, str) else tuple(branches)
    if not branches or any(b not in _BRANCHES for b in branches):
        raise ValueError(f"branches must be a non-empty tuple of 'minus'/'plus'; got {branches!r}")

    batch = B.shape[:-1]
    nu = tq.odmr_frequencies(B, model)                                          # (..., 4, 2)
    rates = tq.relaxation_rates(B, model, cr=cr)                               # (..., 4)
    det = f[:, None, None] - nu[..., None, :, :]                                # (..., nf, 4, 2)
    W = W0 * np.exp(-0.5 * (det / sig) ** 2)
    for b in ("minus", "plus"):
        if b not in branches:
            W[..., _BRANCHES[b][0]] = 0.0

    shape = batch + (f.size, 4)
    ops = [np.broadcast_to(c[..., None, :, :, :], shape + (3, 3))
           for c in tq.collapse_operators(rates, model, merge=True)]
    for b in branches:
        col, lev = _BRANCHES[b]
        amp = np.sqrt(W[..., col])[..., None, None]
        up = np.zeros((3, 3))
        up[lev, 1] = 1.0                      # |±1><0|
        ops += [amp * up, amp * up.T]         # and |0><±1|
    H = tq.class_hamiltonians(B, model)
    H = np.broadcast_to(H[..., None, :, :, :], shape + (3, 3))
    rho = lindblad.steady_state(H, ops, check=False)
    spin = tq.spin_vectors(rho)                                                 # (..., nf, 4, 3)
    torque = -HBAR * model.gamma * np.cross(spin, B[..., None, None, :])
    return DrivenState(freq_hz=f, mw_rates=W, pl=tq.photoluminescence(rho), spin=spin,
                       torque_per_spin_class=torque)


# --------------------------------------------------------------------------------------------
# Path scans (PL and torque along B_em)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PathScan:
    r"""PL and torque along a field path, with and without CR.

    Attributes
    ----------
    path : str
        Name in :data:`nvlib.cr_torque.fieldpaths.PATHS`.
    preset : str
        Model preset (:func:`nvlib.cr_torque.torque.preset`).
    b_em : ndarray, shape (n,)
        :math:`B_\text{em}`, G.
    nu_minus : ndarray, shape (n, 4)
        :math:`\nu_-` of the four classes, Hz (model's D, γ, E).
    pl, pl_nocr : ndarray, shape (n,)
        Class-averaged :math:`\rho_{00}` with / without CR.
    torque, torque_nocr : ndarray, shape (n, 3)
        Torque on the crystal for :data:`N0` spins (``N0/4`` per class), N m, crystal frame,
        physical sign.
    rates : ndarray, shape (n, 4)
        Class rates :math:`1/T_1^k` with CR, s^-1.
    """

    path: str
    preset: str
    b_em: NDArray
    nu_minus: NDArray
    pl: NDArray
    pl_nocr: NDArray
    torque: NDArray
    torque_nocr: NDArray
    rates: NDArray

    def fit_pl(self) -> GaussianPeak:
        """Gaussian fit of the PL dip with CR (fields in G)."""
        return fit_gaussian_peak(self.b_em, self.pl)

    def fit_torque(self, component: int = 0) -> GaussianPeak:
        """Gaussian fit of one torque component with CR (0, 1, 2 = x, y, z; N m vs G)."""
        return fit_gaussian_peak(self.b_em, self.torque[:, component])


@functools.lru_cache(maxsize=32)
def path_scan(path: str, preset: str = tq.MAIN, n: int = 401,
              b_em_range_gauss: tuple[float, float] | None = None) -> PathScan:
    r"""PL and torque along a path of :mod:`nvlib.cr_torque.fieldpaths`, with and without CR (cached).

    One batched solve per case (``n`` fields x 4 classes).

    Parameters
    ----------
    path : {"fig4", "fig7", "fig12"}
    preset : {"main", "authors_code", "no_strain", "nvlib_frame", "si_text"}
    n : int
        Number of :math:`B_\text{em}` points, evenly spaced over the plotted range.
    b_em_range_gauss : (float, float), optional
        Override the range (G).

    Returns
    -------
    PathScan
    """
    p = fp.path(path)
    model = tq.preset(preset)
    lo, hi = p.b_em_range_gauss if b_em_range_gauss is None else b_em_range_gauss
    if int(n) < 5:
        raise ValueError(f"n must be >= 5; got {n}")
    b = np.linspace(float(lo), float(hi), int(n))
    B = p.field(b)
    s = tq.solve(B, model, cr=True)
    s0 = tq.solve(B, model, cr=False)
    per_class = N0 / 4
    return PathScan(path=path, preset=preset, b_em=b, nu_minus=s.nu[..., 0], pl=s.pl,
                    pl_nocr=s0.pl, torque=per_class * s.torque, torque_nocr=per_class * s0.torque,
                    rates=s.rates)


# --------------------------------------------------------------------------------------------
# Spectra along a path
# --------------------------------------------------------------------------------------------


def mdmr_spectrum(path: str, b_em_gauss: ArrayLike, freq_hz: ArrayLike, model: tq.CRModel, *,
                  cr: bool = True, **drive) -> tuple[NDArray, NDArray]:
    r"""Mechanically detected spectrum: change of the torque vector under the microwave drive.

    .. math:: \Delta\boldsymbol\Gamma(f) = \boldsymbol\Gamma(f) - \boldsymbol\Gamma_\text{no MW},

    for :data:`N0` spins, at each :math:`B_\text{em}`.

    Parameters
    ----------
    path : str
        Path name.
    b_em_gauss : array_like, shape (m,)
        Fields along the path, G.
    freq_hz : array_like, shape (n_f,)
        Microwave frequencies, Hz.
    model : CRModel
    cr : bool
    **drive
        ``mw_rate``, ``mw_sigma_hz``, ``branches`` for :func:`driven_steady_state`.

    Returns
    -------
    (delta, pl_ratio)
        ``delta``: :math:`\Delta\boldsymbol\Gamma`, N m, shape (m, n_f, 3);
        ``pl_ratio``: PL(f)/PL(no MW) (the optically detected spectrum), shape (m, n_f).
    """
    B = fp.path(path).field(np.atleast_1d(as_finite(b_em_gauss, "b_em_gauss")))
    d = driven_steady_state(B, model, freq_hz, cr=cr, **drive)
    off = tq.solve(B, model, cr=cr)
    delta = N0 / 4 * (d.torque - off.torque[:, None, :])
    return delta, d.pl / off.pl[:, None]


def odmr_spectrum(B: ArrayLike, freq_hz: ArrayLike, model: tq.CRModel, *, cr: bool = True,
                  **drive) -> NDArray:
    r"""Optically detected spectrum PL(f)/PL(no MW) at fields ``B`` (tesla, shape (..., 3)).

    Both branches are driven unless ``branches`` is given; returns shape (..., n_f).
    """
    drive.setdefault("branches", ("minus", "plus"))
    B = as_vectors(B, "B")
    d = driven_steady_state(B, model, freq_hz, cr=cr, **drive)
    return d.pl / tq.solve(B, model, cr=cr).pl[..., None]


def count_peaks(y: ArrayLike, *, rel_prominence: float = 0.1) -> int:
    """Number of peaks of ``y`` with a prominence above ``rel_prominence`` x (max - min)."""
    y = as_finite(y, "y").ravel()
    span = float(np.ptp(y))
    if span == 0:
        return 0
    peaks, _ = find_peaks(y, prominence=rel_prominence * span)
    return int(len(peaks))


def pair_detuning_slope(path: str, pair: tuple[int, int], b_em_gauss: float, *,
                        step_gauss: float = 1e-3, **odmr_kwargs) -> float:
    r""":math:`d(\nu^-_i - \nu^-_j)/dB_\text{em}` at ``b_em_gauss``, Hz per G (central difference).

    This converts a width along the scan (G) into a width in detuning between the two classes
    (Hz), the variable of the CR resonance.
    """
    i, j = pair
    x = float(b_em_gauss) + np.array([-step_gauss, step_gauss])
    nu = fp.odmr_along(path, x, **odmr_kwargs)[..., 0]
    d = nu[:, i] - nu[:, j]
    return float((d[1] - d[0]) / (2 * step_gauss))


def best_path_position(path: str, peaks_mhz: ArrayLike, *,
                       b_em_range_gauss: tuple[float, float] = (-80.0, 120.0),
                       n: int = 20001) -> tuple[float, float]:
    r"""Position along a path whose sorted :math:`\nu_-` best match four measured lines.

    Returns ``(b_em_gauss, rms_mhz)``: the :math:`B_\text{em}` (G) minimising the rms difference
    between the sorted model :math:`\nu_-` and the sorted ``peaks_mhz``, and that rms (MHz). The
    sorted comparison cannot tell the two sides of a crossing apart.
    """
    pk = np.sort(as_finite(peaks_mhz, "peaks_mhz").ravel())
    if pk.size != 4:
        raise ValueError(f"peaks_mhz must hold the 4 nu_- lines; got {pk.size}")
    b = np.linspace(*b_em_range_gauss, int(n))
    nu = np.sort(fp.odmr_along(path, b)[..., 0], axis=-1) / 1e6
    rms = np.sqrt(np.mean((nu - pk) ** 2, axis=-1))
    i = int(np.argmin(rms))
    return float(b[i]), float(rms[i])

