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

PL against the electromagnet voltage :math:`V` read back during one sweep from −2.39 to
+2.38 V. The authors' Fig. 7 script puts the field axis linearly on the voltage,

.. math::

    B_\mathrm{em} = \frac{V + 2.34\ \mathrm{V}}{4.68\ \mathrm{V}}\, L ,

with :math:`L` the length of the reconstructed path (:mod:`nvlib.cr_torque.fieldpaths`). The
paper quotes dips at 13, 44 and 76 G. :func:`fig7_dip_fits` fits each dip with the paper's
Gaussian on a constant background, in a window of ±0.4 V around the voltage of the authors'
ODMR spectrum at that crossing (−1.81, −0.66 and +0.8 V, :data:`FIG7_DIP_VOLTAGES`).

.. rubric:: Fig. 12 (SM Sec. V): the levitated scan across the {100} crossing

The same two channels as for Fig. 4, on the path of Fig. 12: sample :math:`i` of the record is
point :math:`i` of the authors' 201-point path, so
:math:`B_\mathrm{em} = (i - 30)\,L/200` with :math:`L` the path length. The paper averages five
such records and fits a Gaussian to the PL over samples 30–199; the book carries the first of
the five (:func:`fig12_pl_fit` fits it alone).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nvlib.cr_torque import fieldpaths as fp
from nvlib.cr_torque import relaxation as rx
from nvlib.cr_torque import scans

__all__ = ["DATA_DIR", "FIG6_FILE", "FIG4_FILE", "FIG6_AXES", "FIG4_GAUSS_PER_UNIT",
           "FIG4_ZERO_INDEX", "FIG4_FIT_SLICE", "sha256", "fig6_record", "fig6_fits",
           "Fig4Record", "fig4_record", "fig4_fits", "FIG7_FILE", "FIG7_DIP_VOLTAGES",
           "FIG7_WINDOW_V", "fig7_record", "fig7_dip_fits", "FIG12_FILE", "FIG12_ZERO_INDEX",
           "FIG12_FIT_SLICE", "fig12_record", "fig12_pl_fit"]

#: Folder of the carried records (repository root ``data/cr-torque``).
DATA_DIR: Path = Path(__file__).resolve().parents[2] / "data" / "cr-torque"
#: Marker coordinates of the Fig. 6 data series (SVG user units).
FIG6_FILE: str = "fig6_t1_svg_markers.tsv"
#: The Fig. 4 scan: sweep coordinate and two detector channels.
FIG4_FILE: str = "fig4_scan_1-2-1_Db.tsv"
#: The Fig. 7 scan: EM voltage and PL.
FIG7_FILE: str = "fig7_scan_adamas_121.tsv"
#: Voltages (V) of the authors' ODMR spectra at the three Fig. 7 crossings: the centres of the
#: dip-fit windows.
FIG7_DIP_VOLTAGES: tuple[float, float, float] = (-1.81, -0.66, 0.8)
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


def fig4_record() -> Fig4Record:
    r"""The Fig. 4 scan, :math:`B_\mathrm{em} = 31\,\mathrm G\,(x - x_{80})`, traces / max."""
    d = np.loadtxt(_path(FIG4_FILE), comments="#")
    b = FIG4_GAUSS_PER_UNIT * (d[:, 0] - d[FIG4_ZERO_INDEX, 0])
    return Fig4Record(b_em=b, pl=d[:, 2] / d[:, 2].max(), angle=d[:, 1] / d[:, 1].max())


def fig4_fits() -> dict[str, scans.GaussianPeak]:
    r"""Gaussian fits of the Fig. 4 PL and angle traces over the authors' window.

    Returns
    -------
    dict
        ``{"pl": GaussianPeak, "torque": GaussianPeak}`` (G); ``.hwhm`` is
        :math:`\sigma\sqrt{2\ln2}`, the width the paper quotes.
    """
    r = fig4_record()
    sl = FIG4_FIT_SLICE
    return {"pl": scans.fit_gaussian_peak(r.b_em[sl], r.pl[sl]),
            "torque": scans.fit_gaussian_peak(r.b_em[sl], r.angle[sl])}


def fig7_record() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    r"""The Fig. 7 scan: voltage (V), :math:`B_\mathrm{em}` on the authors' linear axis (G), PL/max.
    """
    d = np.loadtxt(_path(FIG7_FILE), comments="#")
    v_end = fp.FIG7_RAW["v_end"]
    b = (d[:, 0] + v_end) / (2 * v_end) * fp.path("fig7").length_gauss
    return d[:, 0], b, d[:, 1] / d[:, 1].max()


def fig7_dip_fits() -> list[scans.GaussianPeak]:
    r"""Gaussian fits (on :math:`B_\mathrm{em}`, G) of the three PL dips of the Fig. 7 record.

    Each fit uses the samples within :data:`FIG7_WINDOW_V` of one of
    :data:`FIG7_DIP_VOLTAGES`; ``.center`` is the dip position in G.
    """
    v, b, y = fig7_record()
    out = []
    for vc in FIG7_DIP_VOLTAGES:
        sel = np.abs(v - vc) <= FIG7_WINDOW_V
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
