r"""The authors' published measured records behind Figs 4 and 6, and their fits.

Pellet-Mary *et al.* published the raw records of their experiments in the thesis repository
of C. Pellet-Mary (GitHub ``cpelletm/these``) [PelletMaryThese]. The small text records this
book uses are carried, as numbers, into ``data/cr-torque/`` with a provenance file
(repository, commit, path, sha256, columns): ``data/cr-torque/PROVENANCE.md``.

.. rubric:: Fig. 6 (SM Sec. II A): the T1 record

The normalised PL difference of the two-sequence T1 protocol (SM Sec. III) on the static
diamond with all four classes resonant, against the dark time :math:`t` (ms). The record is the
data series of the authors' own matplotlib figure; :func:`fig6_record` converts its marker
coordinates with the figure's tick marks. The paper fits it without offset with

.. math::

    y = A\,e^{-\sqrt{t/T}} \quad\text{and}\quad y = A\,e^{-t/T},

and quotes the coefficients of determination :math:`R^2 = 0.981` and :math:`0.942`
(:func:`fig6_fits`, which uses :func:`nvlib.cr_torque.relaxation.fit_stretched_exponential`
and :func:`~nvlib.cr_torque.relaxation.fit_exponential`).

.. rubric:: Fig. 2(c) (main text): the three T1 records

T1 decays of one class with no, one and three resonant partners, offset for clarity. The records
are the data series of the authors' matplotlib figure ``T1_stretch_V2.eps``; :func:`fig2c_record`
converts the marker centres with the figure's tick marks (:data:`FIG2C_AXES`). The traces are
offset, so the fit has a free offset,

.. math::

    y = c + A\,e^{-\sqrt{t/T}} ,

(:func:`fig2c_fits`, :func:`nvlib.cr_torque.relaxation.fit_stretched_exponential_offset`); the
same file holds the authors' fitted curves (:func:`fig2c_fit_curves`), which this fit
reproduces. The mean time of :math:`e^{-\sqrt{t/T}}` is :math:`2T`.

.. rubric:: Fig. 4(b, c) (main text): the levitated scan across the {110} crossing

Two detector channels recorded during one sweep of the electromagnet: the laser light reflected
by the particle, which reads out its angle (channel 1), and the PL (channel 2: the channel the
authors saved as their "fit_gauss_PL" figure, see ``data/cr-torque/PROVENANCE.md``). The sweep coordinate :math:`x` becomes the scanned
field with the authors' calibration

.. math::

    B_\mathrm{em} = 31\ \mathrm{G} \times (x - x_{80}),

:math:`x_{80}` the 81st sample. The paper fits each trace by a Gaussian on a constant background,

.. math::

    y = a\,e^{-(B-B_0)^2/2\sigma^2} + c ,

over samples 100–164, on the trace divided by its maximum, and quotes "a width" of 2.1 G (angle)
and 2.8 G (PL). We state the width as the **half width at half maximum**,
:math:`\mathrm{HWHM} = \sigma\sqrt{2\ln 2}`, the number the authors' analysis prints
(:func:`fig4_fits`).

.. rubric:: Fig. 7 (SM Sec. II B): the static-diamond PL scan

PL during one sweep of the electromagnet (476 samples, voltage read back from −2.39 to
+2.38 V). The authors' Fig. 7 script (``data/20200917/simu.py``) puts the field axis linearly on
the **sample index**, ``x = np.linspace(0, norm(B_out - B_in), n)``,

.. math::

    B_\mathrm{em}(i) = \frac{i}{n-1}\, L , \qquad i = 0 \ldots n-1,\ n = 476,

with :math:`L` the length of the reconstructed path (:mod:`nvlib.cr_torque.fieldpaths`), and
plots only the first :data:`FIG7_NMAX` = 400 samples (0–97 G). The read-back voltage is not
used for the axis (an earlier version of this book put the axis linearly on it; that reading is
kept as an alternative, :func:`fig7_dip_fits` with ``axis="voltage"``). The paper quotes dips at
13, 44 and 76 G. :func:`fig7_dip_fits` fits each dip with the paper's Gaussian on a constant
background, over the samples whose read-back voltage is within ±0.4 V of the voltage of the
authors' ODMR spectrum at that crossing (−1.81, −0.66 and +0.8 V, :data:`FIG7_DIP_VOLTAGES`).

The three ODMR spectra of Fig. 7(a, c) (PL against microwave frequency at −1.81, −0.66 and
+0.8 V) are carried too; ``fig7c_record`` returns each divided by its median.

.. rubric:: Fig. 12 (SM Sec. V): the levitated scan across the {100} crossing

The same two channels as for Fig. 4, on the path of Fig. 12: sample :math:`i` of the record is
point :math:`i` of the authors' 201-point path, so
:math:`B_\mathrm{em} = (i - 30)\,L/200` with :math:`L` the path length. The paper averages five
such records and fits a Gaussian to the PL over samples 30–199; the book carries the first of
the five (:func:`fig12_pl_fit` fits it alone); the PL of the other four is carried too
(``fig12_pool``), and ``fig12_pl_average`` and ``fig12_pl_average_fit`` average and fit the
five as the authors did. Its channel 1, the reflected light, is the
record of Fig. 12(e); ``fig12e_fit`` fits it with two Gaussians on a constant background (the
SM's "double gaussian fit", with the authors' n-Gaussian function), and ``sides_with_bumps``
counts the sides of the resonance that hold a positive bump above three fit errors.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nvlib.cr_torque import fieldpaths as fp
from nvlib.cr_torque import relaxation as rx
from nvlib.cr_torque import scans

__all__ = ["DATA_DIR", "FIG2C_FILE", "FIG2C_AXES", "FIG2C_TRACES", "fig2c_record",
           "fig2c_fit_curves", "fig2c_fits", "FIG6_FILE", "FIG4_FILE", "FIG6_AXES",
           "FIG4_GAUSS_PER_UNIT", "FIG4_ZERO_INDEX", "FIG4_FIT_SLICE", "sha256", "fig6_record",
           "fig6_fits", "Fig4Record", "fig4_record", "fig4_fits", "FIG7_FILE",
           "FIG7_DIP_VOLTAGES", "FIG7_WINDOW_V", "FIG7_NMAX", "fig7_record",
           "fig7_b_em_of_voltage", "fig7_dip_fits", "FIG12_FILE", "FIG12_ZERO_INDEX",
           "FIG12_FIT_SLICE", "fig12_record", "fig12_pl_fit", "FIG12B_FILE", "FIG12B_LABELS",
           "FIG12E_BUMP_SIGMA", "FIG12E_OFFSET_G", "FIG12E_WIDTH_G", "FIG12_POOL",
           "FIG12_POOL_FILE", "FIG4A_FILE", "FIG4A_SPECTRA", "FIG7C_FILE", "MultiGaussianFit",
           "PEAK_MERGE_SAMPLES", "PEAK_THRESHOLD_SIGMA", "PEAK_WINDOW_GHZ", "SpectrumPeaks",
           "count_spectrum_peaks", "fig12_pl_average", "fig12_pl_average_fit", "fig12_pool",
           "fig12b_peaks", "fig12b_record", "fig12e_fit", "fig4a_peaks", "fig4a_record",
           "fig7c_peaks", "fig7c_record", "fit_multi_gaussian", "sides_with_bumps"]

#: Folder of the carried records (repository root ``data/cr-torque``).
DATA_DIR: Path = Path(__file__).resolve().parents[2] / "data" / "cr-torque"
#: Marker coordinates of the Fig. 6 data series (SVG user units).
FIG6_FILE: str = "fig6_t1_svg_markers.tsv"
#: Marker centres and fitted-curve vertices of the Fig. 2(c) EPS (three traces).
FIG2C_FILE: str = "fig2c_t1_eps_markers.tsv"
#: Tick calibration of the Fig. 2(c) EPS: (x at t = 0 ms, x at t = 5 ms, y at 0, y at 2).
FIG2C_AXES: tuple[float, float, float, float] = (58.1914, 318.167, 43.196, 229.367)
#: The Fig. 2(c) traces, by number of resonant partners of the measured class.
FIG2C_TRACES: dict[int, str] = {0: "no_resonance", 1: "one_partner", 3: "three_partners"}
#: The Fig. 4 scan: sweep coordinate and two detector channels.
FIG4_FILE: str = "fig4_scan_1-2-1_Db.tsv"
#: The Fig. 7 scan: EM voltage and PL.
FIG7_FILE: str = "fig7_scan_adamas_121.tsv"
#: Voltages (V) of the authors' ODMR spectra at the three Fig. 7 crossings: the centres of the
#: dip-fit windows.
FIG7_DIP_VOLTAGES: tuple[float, float, float] = (-1.81, -0.66, 0.8)
#: Samples of the Fig. 7 record the authors' script plots (``nmax`` of their simu.py).
FIG7_NMAX: int = 400
#: Half width (V) of the Fig. 7 dip-fit windows.
FIG7_WINDOW_V: float = 0.4
#: The Fig. 12 scan: sweep coordinate and two detector channels (first record of the pool).
FIG12_FILE: str = "fig12_scan_2-2.tsv"
#: Sample taken as B_em = 0 in Fig. 12, and the samples of the PL fit.
FIG12_ZERO_INDEX: int = 30
FIG12_FIT_SLICE: slice = slice(30, 200)
#: Tick calibration of the Fig. 6 SVG: (x at t = 0 ms, x at t = 1.4 ms, y at 0, y at 1).
FIG6_AXES: tuple[float, float, float, float] = (73.399277, 376.81474, 299.396988, 53.568)
#: Field per unit of the Fig. 4 sweep coordinate (the authors' calibration), G.
FIG4_GAUSS_PER_UNIT: float = 31.0
#: Index of the sample taken as B_em = 0 in Fig. 4 (the authors' plot origin).
FIG4_ZERO_INDEX: int = 80
#: Samples of the Fig. 4 Gaussian fits (the authors' fit window).
FIG4_FIT_SLICE: slice = slice(100, 165)


def _path(name: str) -> Path:
    p = DATA_DIR / name
    if not p.is_file():
        raise ValueError(f"name must be a record in {DATA_DIR}; {name!r} is missing")
    return p


def sha256(name: str) -> str:
    """sha256 (hex) of a carried record file, as listed in ``data/cr-torque/PROVENANCE.md``."""
    return hashlib.sha256(_path(name).read_bytes()).hexdigest()


def _fig2c(kind: str, n_partners: int) -> tuple[np.ndarray, np.ndarray]:
    if n_partners not in FIG2C_TRACES:
        raise ValueError(f"n_partners must be one of {sorted(FIG2C_TRACES)}; got {n_partners!r}")
    rows = [ln.rstrip("\n").split("\t") for ln in _path(FIG2C_FILE).read_text().splitlines()
            if ln and not ln.startswith("#")]
    d = np.array([(float(r[2]), float(r[3])) for r in rows
                  if r[0] == FIG2C_TRACES[n_partners] and r[1] == kind])
    x0, x5, y0, y2 = FIG2C_AXES
    return 5.0 * (d[:, 0] - x0) / (x5 - x0), 2.0 * (d[:, 1] - y0) / (y2 - y0)


def fig2c_record(n_partners: int) -> tuple[np.ndarray, np.ndarray]:
    r"""One Fig. 2(c) record: dark time (ms) and normalised PL difference as plotted (offset).

    Parameters
    ----------
    n_partners : {0, 1, 3}
        Resonant partners of the measured class (traces i, ii, iii).
    """
    return _fig2c("marker", n_partners)


def fig2c_fit_curves(n_partners: int) -> tuple[np.ndarray, np.ndarray]:
    """The authors' fitted curve of one Fig. 2(c) trace (vertices of the drawn line; ms, 1)."""
    return _fig2c("fit", n_partners)


def fig2c_fits() -> dict[int, rx.RelaxationFit]:
    r"""Fits :math:`c + A e^{-\sqrt{t/T}}` of the three Fig. 2(c) records, times in ms."""
    return {n: rx.fit_stretched_exponential_offset(*fig2c_record(n)) for n in FIG2C_TRACES}


def fig6_record() -> tuple[np.ndarray, np.ndarray]:
    r"""The Fig. 6 record: dark time (ms) and normalised PL difference (1).

    Converts the marker centres :math:`(x, y)` of the figure with the tick marks
    :data:`FIG6_AXES`: :math:`t = 1.4\,(x - x_0)/(x_{1.4} - x_0)` ms and
    :math:`s = (y - y_0)/(y_1 - y_0)`.

    Returns
    -------
    t_ms, signal : ndarray, shape (200,)
    """
    d = np.loadtxt(_path(FIG6_FILE), comments="#")
    x0, x14, y0, y1 = FIG6_AXES
    return 1.4 * (d[:, 0] - x0) / (x14 - x0), (d[:, 1] - y0) / (y1 - y0)


def fig6_fits() -> dict[str, rx.RelaxationFit]:
    r"""The paper's two fits of the Fig. 6 record, without offset.

    Returns
    -------
    dict
        ``{"stretched": fit of A exp(-sqrt(t/T)), "exponential": fit of A exp(-t/T)}``; times in
        ms, ``.r2`` the coefficient of determination.
    """
    t, y = fig6_record()
    return {"stretched": rx.fit_stretched_exponential(t, y),
            "exponential": rx.fit_exponential(t, y)}


@dataclass(frozen=True)
class Fig4Record:
    """The Fig. 4(b, c) scan on the authors' field axis.

    Attributes
    ----------
    b_em : ndarray
        Scanned field :math:`B_\\mathrm{em}` (G), zero at sample :data:`FIG4_ZERO_INDEX`.
    pl, angle : ndarray
        PL and reflected-light (angle) signals, each divided by its maximum (1).
    """

    b_em: np.ndarray
    pl: np.ndarray
    angle: np.ndarray


def fig4_record(axis: str = "calibration") -> Fig4Record:
    r"""The Fig. 4 scan, traces / max, on one of two field axes.

    Parameters
    ----------
    axis : {"calibration", "path"}
        ``"calibration"`` (default): the authors' fit script,
        :math:`B_\mathrm{em} = 31\,\mathrm G\,(x - x_{80})` (0.341 G per sample);
        ``"path"``: the axis of their published panel, sample :math:`i` at
        :math:`(i - 80)\,L/200` with :math:`L` the Fig. 4 path length (0.319 G per sample).
        Reading ``cr-torque/fig4-field-axis``.
    """
    if axis not in ("calibration", "path"):
        raise ValueError(f"axis must be 'calibration' or 'path'; got {axis!r}")
    d = np.loadtxt(_path(FIG4_FILE), comments="#")
    if axis == "calibration":
        b = FIG4_GAUSS_PER_UNIT * (d[:, 0] - d[FIG4_ZERO_INDEX, 0])
    else:
        n = d.shape[0]
        b = (np.arange(n) - FIG4_ZERO_INDEX) * fp.path("fig4").length_gauss / (n - 1)
    return Fig4Record(b_em=b, pl=d[:, 2] / d[:, 2].max(), angle=d[:, 1] / d[:, 1].max())


def fig4_fits(axis: str = "calibration") -> dict[str, scans.GaussianPeak]:
    r"""Gaussian fits of the Fig. 4 PL and angle traces over the authors' window.

    Returns
    -------
    dict
        ``{"pl": GaussianPeak, "torque": GaussianPeak}`` (G); ``.hwhm`` is
        :math:`\sigma\sqrt{2\ln2}`, the width the paper quotes.
    """
    r = fig4_record(axis)
    sl = FIG4_FIT_SLICE
    return {"pl": scans.fit_gaussian_peak(r.b_em[sl], r.pl[sl]),
            "torque": scans.fit_gaussian_peak(r.b_em[sl], r.angle[sl])}


def fig7_record(axis: str = "index") -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    r"""The Fig. 7 scan: read-back voltage (V), :math:`B_\mathrm{em}` (G), PL/max.

    Parameters
    ----------
    axis : {"index", "voltage"}
        ``"index"`` (default): the authors' axis, :math:`B_\mathrm{em} = iL/(n-1)`;
        ``"voltage"``: the alternative reading :math:`B_\mathrm{em} = (V + 2.34)/4.68\,L`.
        All 476 samples; the authors plot the first :data:`FIG7_NMAX`.
    """
    if axis not in ("index", "voltage"):
        raise ValueError(f"axis must be 'index' or 'voltage'; got {axis!r}")
    d = np.loadtxt(_path(FIG7_FILE), comments="#")
    length = fp.path("fig7").length_gauss
    if axis == "index":
        b = np.linspace(0.0, length, d.shape[0])
    else:
        v_end = fp.FIG7_RAW["v_end"]
        b = (d[:, 0] + v_end) / (2 * v_end) * length
    return d[:, 0], b, d[:, 1] / d[:, 1].max()


def fig7_b_em_of_voltage(v, axis: str = "index") -> np.ndarray:
    """Field (G) on the Fig. 7 axis at read-back voltage(s) ``v`` (V), by interpolation in the
    record (the read-back voltage rises monotonically through the sweep)."""
    volts, b, _ = fig7_record(axis)
    vv = np.asarray(v, float)
    if np.any(vv < volts[0]) or np.any(vv > volts[-1]):
        raise ValueError(f"v must lie in [{volts[0]}, {volts[-1]}] V; got {v!r}")
    return np.interp(vv, volts, b)


def fig7_dip_fits(axis: str = "index") -> list[scans.GaussianPeak]:
    r"""Gaussian fits (on :math:`B_\mathrm{em}`, G) of the three PL dips of the Fig. 7 record.

    Each fit uses the samples whose read-back voltage is within :data:`FIG7_WINDOW_V` of one of
    :data:`FIG7_DIP_VOLTAGES` (all inside the first :data:`FIG7_NMAX` samples); ``.center`` is
    the dip position in G on ``axis`` (see :func:`fig7_record`).
    """
    v, b, y = fig7_record(axis)
    out = []
    for vc in FIG7_DIP_VOLTAGES:
        sel = np.abs(v - vc) <= FIG7_WINDOW_V
        sel[FIG7_NMAX:] = False
        out.append(scans.fit_gaussian_peak(b[sel], y[sel]))
    return out


def fig12_record() -> Fig4Record:
    r"""The Fig. 12 record on the authors' axis :math:`B_\mathrm{em} = (i - 30)\,L/200`."""
    d = np.loadtxt(_path(FIG12_FILE), comments="#")
    n = d.shape[0]
    length = fp.path("fig12").length_gauss
    b = (np.arange(n) - FIG12_ZERO_INDEX) * length / (n - 1)
    return Fig4Record(b_em=b, pl=d[:, 2] / d[:, 2].max(), angle=d[:, 1] / d[:, 1].max())


def fig12_pl_fit() -> scans.GaussianPeak:
    """Gaussian fit (G) of the PL dip of the Fig. 12 record over samples 30–199."""
    r = fig12_record()
    return scans.fit_gaussian_peak(r.b_em[FIG12_FIT_SLICE], r.pl[FIG12_FIT_SLICE])


#: The other four PL records of the Fig. 12 pool (file column 3 of each, by sample index).
FIG12_POOL_FILE: str = "fig12_pl_pool_2-2.tsv"
#: The five records the authors average for Fig. 12 (their ``2-2/simu.py`` and
#: ``2-2/traitement.py`` pool), in their order; the first is :data:`FIG12_FILE`.
FIG12_POOL: tuple[str, ...] = ("0-0.5V_PLdown", "0-0.5V_PLdown-c", "0-0.5V_PLdown-e-14uW",
                               "0-0.5V_PLdown-f-18.5uW", "0-0.5V_PLdown-d-14uW_was9")


def fig12_pool() -> dict[str, np.ndarray]:
    """The five Fig. 12 PL records of the authors' pool, each divided by its maximum (201
    samples, by sample index; keys :data:`FIG12_POOL`)."""
    d = np.loadtxt(_path(FIG12_POOL_FILE), comments="#")
    out = {FIG12_POOL[0]: fig12_record().pl}
    out.update({name: d[:, j + 1] / d[:, j + 1].max() for j, name in enumerate(FIG12_POOL[1:])})
    return out


def fig12_pl_average() -> tuple[np.ndarray, np.ndarray]:
    r"""The authors' Fig. 12(c) average: :math:`\bar y_i = \frac15\sum_r y_{r,i}/\max y_r`.

    As their ``2-2/simu.py``: each record over its maximum, summed sample by sample and divided
    by five, on the axis :math:`B_\mathrm{em} = (i - 30)\,L/200` of :func:`fig12_record`.

    Returns
    -------
    b_em, pl : ndarray, shape (201,)
        G and 1.
    """
    ys = list(fig12_pool().values())
    return fig12_record().b_em, sum(ys) / len(ys)


def fig12_pl_average_fit() -> scans.GaussianPeak:
    """Gaussian fit (G) of the five-record average over samples 30–199, the average divided by
    its maximum there (their ``2-2/traitement.py``: ``y_tot / max(y_tot)``, one Gaussian)."""
    b, y = fig12_pl_average()
    sl = FIG12_FIT_SLICE
    return scans.fit_gaussian_peak(b[sl], y[sl] / y[sl].max())


# ---------------------------------------------------------------------------------------------
# Fig. 4(a): measured MDMR spectra, and the peak-count rule
# ---------------------------------------------------------------------------------------------

#: The Fig. 4(a) MDMR spectra: microwave frequency and three reflected-light spectra.
FIG4A_FILE: str = "fig4a_mdmr_1-2-1.tsv"
#: Electromagnet voltage (V) of each carried spectrum -> the field the paper prints for its
#: panel (G). Reading ``cr-torque/fig4a-spectra``: the three consecutive spectra whose middle one
#: shows a single line where two classes merge near 2.75 GHz (0.5 V; its neighbours show two).
FIG4A_SPECTRA: dict[float, float] = {0.4: 10.0, 0.5: 17.0, 0.6: 25.0}
#: Frequency window (GHz) of the ν− lines: the authors' eight-line sets of this path put every
#: ν− line at 2570–2898 MHz and the lowest ν+ line at 2955 MHz.
PEAK_WINDOW_GHZ: tuple[float, float] = (2.50, 2.93)
#: Threshold of the peak-count rule, in robust noise standard deviations (declared before the
#: rule was run on the records).
PEAK_THRESHOLD_SIGMA: float = 5.0
#: Runs of the same sign closer than this many samples are one peak (3 samples = 6 MHz).
PEAK_MERGE_SAMPLES: int = 3


def fig4a_record() -> tuple[np.ndarray, dict[float, np.ndarray]]:
    """The Fig. 4(a) MDMR spectra: frequency (MHz) and ``{field_G: reflected light / median}``.

    Keys are the paper's fields of :data:`FIG4A_SPECTRA`; each spectrum (351 samples, 2500 to
    3200 MHz in 2 MHz steps) is divided by its median (the off-resonance level).
    """
    d = np.loadtxt(_path(FIG4A_FILE), comments="#")
    f = d[:, 0] * 1e3
    return f, {b: d[:, j + 1] / np.median(d[:, j + 1]) for j, b in enumerate(FIG4A_SPECTRA.values())}


@dataclass(frozen=True)
class SpectrumPeaks:
    """Peaks found by :func:`count_spectrum_peaks`.

    Attributes
    ----------
    count : int
        Number of peaks (of either sign).
    centers : tuple of float
        Frequency at the middle of each peak's run of samples (units of ``f``).
    signs : tuple of int
        +1 for a rise of the signal, −1 for a drop.
    sigma : float
        Robust noise level used (units of the normalised signal).
    """

    count: int
    centers: tuple[float, ...]
    signs: tuple[int, ...]
    sigma: float


def count_spectrum_peaks(f, y, *, window: tuple[float, float] | None = None,
                         k: float = PEAK_THRESHOLD_SIGMA,
                         merge: int = PEAK_MERGE_SAMPLES) -> SpectrumPeaks:
    r"""Count the lines of a measured spectrum with a fixed rule.

    The rule (declared before it was run on the authors' records):

    1. keep the samples with ``window[0] <= f <= window[1]``;
    2. divide by the median (the off-resonance level);
    3. smooth with the authors' own kernel :math:`(y_{i-1} + 2y_i + y_{i+1})/4` (commented in
       their ``2-2/traitement.py``);
    4. noise :math:`\sigma` = 1.4826 × median absolute deviation of the smoothed signal;
    5. a peak is a run of consecutive samples more than :math:`k\sigma` above (or below) 1; runs
       of the same sign separated by at most ``merge`` samples are one peak. Rises and drops
       count alike: the reflected light can go up or down on a resonance (main text).

    Parameters
    ----------
    f, y : array_like, shape (n,)
        Frequency (any unit, increasing) and signal, n >= 5.
    window : (float, float), optional
        Frequency window in the units of ``f``; default: all samples.
    k : float
        Threshold in noise standard deviations, > 0.
    merge : int
        Largest gap (samples) inside one peak, >= 0.
    """
    f = np.asarray(f, float).ravel()
    y = np.asarray(y, float).ravel()
    if f.shape != y.shape or f.size < 5:
        raise ValueError(f"f and y must have the same length >= 5; got {f.size} and {y.size}")
    if not k > 0:
        raise ValueError(f"k must be > 0; got {k!r}")
    if merge < 0:
        raise ValueError(f"merge must be >= 0; got {merge!r}")
    if window is not None:
        sel = (f >= window[0]) & (f <= window[1])
        if sel.sum() < 5:
            raise ValueError(f"window must hold at least 5 samples; {window!r} holds {sel.sum()}")
        f, y = f[sel], y[sel]
    y = y / np.median(y)
    s = y.copy()
    s[1:-1] = (y[:-2] + 2 * y[1:-1] + y[2:]) / 4
    d = s - 1.0
    sigma = 1.4826 * float(np.median(np.abs(d - np.median(d))))
    sign = np.where(d > k * sigma, 1, np.where(d < -k * sigma, -1, 0))
    runs: list[list[int]] = []
    for i, sg in enumerate(sign):
        if sg == 0:
            continue
        if runs and runs[-1][0] == sg and i - runs[-1][2] <= merge + 1:
            runs[-1][2] = i
        else:
            runs.append([int(sg), i, i])
    return SpectrumPeaks(count=len(runs), centers=tuple(float(f[(a + b) // 2]) for _, a, b in runs),
                         signs=tuple(r[0] for r in runs), sigma=sigma)


def fig4a_peaks(k: float = PEAK_THRESHOLD_SIGMA) -> dict[float, SpectrumPeaks]:
    """:func:`count_spectrum_peaks` on each Fig. 4(a) spectrum, in the ν− window (MHz)."""
    f, spectra = fig4a_record()
    w = (PEAK_WINDOW_GHZ[0] * 1e3, PEAK_WINDOW_GHZ[1] * 1e3)
    return {b: count_spectrum_peaks(f, y, window=w, k=k) for b, y in spectra.items()}


# ---------------------------------------------------------------------------------------------
# Fig. 7(a, c): measured ODMR spectra of the static diamond
# ---------------------------------------------------------------------------------------------

#: The Fig. 7(a, c) ODMR spectra: microwave frequency and the PL of three spectra.
FIG7C_FILE: str = "fig7c_odmr_20200917.tsv"


def fig7c_record() -> tuple[np.ndarray, dict[float, np.ndarray]]:
    r"""The Fig. 7(a, c) ODMR spectra: frequency (MHz) and ``{EM voltage (V): PL / median}``.

    Keys are the voltages of :data:`FIG7_DIP_VOLTAGES` (−1.81, −0.66, +0.8 V), in that order;
    each spectrum (300 samples, 2500 to 2898.7 MHz) is divided by its median, the PL without a
    resonant microwave, so a line is a dip below 1 (ODMR contrast, a fraction of a per cent).
    """
    d = np.loadtxt(_path(FIG7C_FILE), comments="#")
    return d[:, 0] * 1e3, {v: d[:, j + 1] / np.median(d[:, j + 1])
                           for j, v in enumerate(FIG7_DIP_VOLTAGES)}


def fig7c_peaks(k: float = PEAK_THRESHOLD_SIGMA) -> dict[float, SpectrumPeaks]:
    """:func:`count_spectrum_peaks` on each Fig. 7(a, c) ODMR spectrum, over its whole recorded
    range (2500–2899 MHz, the ν− lines only)."""
    f, spectra = fig7c_record()
    return {v: count_spectrum_peaks(f, y, k=k) for v, y in spectra.items()}


# ---------------------------------------------------------------------------------------------
# Fig. 12(b): measured MDMR spectra on the {100}-crossing path
# ---------------------------------------------------------------------------------------------

#: The Fig. 12(b) MDMR spectra: microwave frequency and four reflected-light spectra.
FIG12B_FILE: str = "fig12b_mdmr_2-2.tsv"
#: Electromagnet voltages of the four carried spectra, as the labels of the authors' line sets
#: (``nvlib.cr_torque.plots.scans.FIG12_MDMR_PEAKS_MHZ``).
FIG12B_LABELS: tuple[str, ...] = ("0.1 V", "0.2 V", "0.3 V", "0.4 V")


def fig12b_record() -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """The Fig. 12(b) MDMR spectra: frequency (MHz) and ``{EM voltage label: signal / median}``.

    Four spectra (EM at 0.1 to 0.4 V), 400 samples each, 2500 to 3200 MHz in 0.7/399 GHz
    steps; each divided by its median (the off-resonance level). Lines are rises or drops.
    """
    d = np.loadtxt(_path(FIG12B_FILE), comments="#")
    return d[:, 0] * 1e3, {lab: d[:, j + 1] / np.median(d[:, j + 1])
                           for j, lab in enumerate(FIG12B_LABELS)}


def fig12b_peaks(k: float = PEAK_THRESHOLD_SIGMA) -> dict[str, SpectrumPeaks]:
    """:func:`count_spectrum_peaks` on each Fig. 12(b) spectrum, in the ν− window of
    :data:`PEAK_WINDOW_GHZ` (the ν+ lines of this path lie above 2.95 GHz)."""
    f, spectra = fig12b_record()
    w = (PEAK_WINDOW_GHZ[0] * 1e3, PEAK_WINDOW_GHZ[1] * 1e3)
    return {lab: count_spectrum_peaks(f, y, window=w, k=k) for lab, y in spectra.items()}


# ---------------------------------------------------------------------------------------------
# Fig. 12(e): the reflected-light record and the authors' double-Gaussian fit
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MultiGaussianFit:
    r"""Result of :func:`fit_multi_gaussian`: :math:`c + \sum_i a_i e^{-(x-x_i)^2/2w_i^2}`.

    Attributes
    ----------
    offset : float
    centers, widths, amplitudes : tuple of float
        :math:`x_i`, :math:`|w_i|`, :math:`a_i` (data units), sorted by centre.
    amplitude_errors : tuple of float
        1σ errors of the :math:`a_i` from the fit covariance.
    """

    offset: float
    centers: tuple[float, ...]
    widths: tuple[float, ...]
    amplitudes: tuple[float, ...]
    amplitude_errors: tuple[float, ...]

    def __call__(self, x) -> np.ndarray:
        x = np.asarray(x, float)
        out = np.full_like(x, self.offset)
        for c, w, a in zip(self.centers, self.widths, self.amplitudes):
            out += a * np.exp(-((x - c) ** 2) / (2 * w ** 2))
        return out


def fit_multi_gaussian(x, y, centers, width: float) -> MultiGaussianFit:
    r"""The authors' n-Gaussian fit (``ESR_n_pics`` of their ``2-2/traitement.py``).

    Model :math:`c + \sum_i a_i e^{-(x-x_i)^2/2w_i^2}`; initial guess as theirs: offset ``y[0]``,
    every amplitude ``max(y) − y[0]`` (or ``min(y) − y[0]`` if the drop is larger), the centres
    given, every width ``width``.

    Parameters
    ----------
    x, y : array_like, shape (n,)
    centers : sequence of float
        Initial centres (data units), at least one.
    width : float
        Initial width, > 0.
    """
    from scipy.optimize import curve_fit

    x = np.asarray(x, float).ravel()
    y = np.asarray(y, float).ravel()
    cs = [float(c) for c in centers]
    if not cs:
        raise ValueError("centers must hold at least one centre")
    if not width > 0:
        raise ValueError(f"width must be > 0; got {width!r}")
    n = len(cs)
    if x.shape != y.shape or x.size < 3 * n + 2:
        raise ValueError(f"x and y must have the same length >= {3 * n + 2}; got {x.size}, {y.size}")
    ss = float(y[0])
    amp = float(y.max() - ss) if y.max() - ss > ss - y.min() else float(y.min() - ss)

    def f(xx, *p):
        out = np.full_like(xx, p[0])
        for i in range(n):
            out = out + p[1 + 2 * n + i] * np.exp(-((xx - p[1 + i]) ** 2) / (2 * p[1 + n + i] ** 2))
        return out

    p0 = [ss] + cs + [width] * n + [amp] * n
    try:
        p, cov = curve_fit(f, x, y, p0=p0, maxfev=50000)
    except RuntimeError as err:  # pragma: no cover - depends on data
        raise ValueError(f"multi-Gaussian fit did not converge: {err}") from None
    err = np.sqrt(np.abs(np.diag(cov)))
    order = np.argsort(p[1:1 + n])
    return MultiGaussianFit(
        offset=float(p[0]), centers=tuple(float(p[1 + i]) for i in order),
        widths=tuple(float(abs(p[1 + n + i])) for i in order),
        amplitudes=tuple(float(p[1 + 2 * n + i]) for i in order),
        amplitude_errors=tuple(float(err[1 + 2 * n + i]) for i in order))


#: Initial centres of the Fig. 12(e) double-Gaussian fit: the model's {100} crossing of the
#: Fig. 12 path ∓ this offset (G), initial widths :data:`FIG12E_WIDTH_G`. Declared before the fit
#: was run; the authors' own initial values are not in their repository.
FIG12E_OFFSET_G: float = 3.0
#: Initial width (G) of both Gaussians of the Fig. 12(e) fit, declared with the offset above.
FIG12E_WIDTH_G: float = 1.0


def fig12e_fit() -> MultiGaussianFit:
    """Double-Gaussian fit of the Fig. 12(e) record (reflected light / max, samples 30–199).

    The record is channel 1 of ``0-0.5V_PLdown`` alone, the file and column of the authors'
    ``2-2/traitement.py`` (commit ``efe369b8``); samples 30–199 are their plotted window.
    """
    from nvlib.cr_torque.fieldpaths import degeneracy_crossings

    r = fig12_record()
    sl = FIG12_FIT_SLICE
    c = [x.b_em_gauss for x in degeneracy_crossings("fig12")][0]
    return fit_multi_gaussian(r.b_em[sl], r.angle[sl], (c - FIG12E_OFFSET_G, c + FIG12E_OFFSET_G),
                              FIG12E_WIDTH_G)


#: A fitted Gaussian of :func:`fig12e_fit` counts as a bump when its amplitude is positive and
#: larger than this many 1σ fit errors (rule for the "two bumps" row; fixed after the fit had
#: been run once, before the row was scored).
FIG12E_BUMP_SIGMA: float = 3.0


def sides_with_bumps(fit: MultiGaussianFit, center: float,
                     k: float = FIG12E_BUMP_SIGMA) -> int:
    r"""Number of sides of ``center`` (0, 1 or 2) that hold a significant positive bump.

    A component :math:`a_i e^{-(x-x_i)^2/2w_i^2}` of ``fit`` is a bump when
    :math:`a_i > k\,\delta a_i` (:math:`\delta a_i` its 1σ fit error); it lies below ``center``
    if :math:`x_i < \mathrm{center}`, above otherwise. "Two bumps on both sides of the
    resonance" is a count of 2.

    Parameters
    ----------
    fit : MultiGaussianFit
    center : float
        The resonance, in the units of the fit's abscissa.
    k : float
        Significance threshold, > 0.
    """
    if not k > 0:
        raise ValueError(f"k must be > 0; got {k!r}")
    sides = {xc < center for xc, a, da in zip(fit.centers, fit.amplitudes, fit.amplitude_errors)
             if a > k * da}
    return len(sides)
