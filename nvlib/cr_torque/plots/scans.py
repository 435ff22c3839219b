"""Figures of the field-scans chapter: Figs 4, 7 and 12 of Pellet-Mary et al. (2021).

The model panels are computations along the crystal-frame field paths of
:mod:`nvlib.cr_torque.fieldpaths` (the authors' own reconstructions). Fig. 4(b-i, c-i) draw the
authors' measured PL and angle traces (:mod:`nvlib.cr_torque.records`) with the paper's Gaussian
fits; Figs 7(b) and 12(c, e) draw the measured records beside the model. Where the paper fits its data
(Gaussian widths), we also fit the *model* curves with the same function and compare.

Model presets: the main model ``main`` (:data:`MAIN`, see :data:`nvlib.cr_torque.torque.PRESETS`)
as thick lines, ``si_text`` (:data:`SECOND`; the rule printed in SM Sec. VI) as thin lines. Torques are for :data:`nvlib.cr_torque.scans.N0` = 10⁹ spins with the physical
sign (:data:`nvlib.cr_torque.torque.SIGN_NOTE`; the authors plotted the opposite sign).
"""

from __future__ import annotations

import functools

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.gridspec import GridSpec

from nvlib.cr_torque import fieldpaths as fp
from nvlib import groundstate as gs
from nvlib.cr_torque import records
from nvlib.cr_torque import scans
from nvlib.cr_torque import torque as tq
from nvlib.figures import figure
from nvlib.style import CLASS_COLORS, OKABE_ITO, readable
from nvlib.overlays import plane_overlay, wrap_deg
#: Main model of Part I and the variant drawn beside it (SI text).
MAIN = tq.MAIN
SECOND = "si_text"
#: The variants of the model range of the scan claims.
OTHERS = ("no_strain", "si_text")
PRESET_LABEL = {"main": "main model (scripts, E = 3 MHz)", "authors_code": "authors' code, E = 3 MHz",
                "no_strain": "scripts' rules, E = 0", "si_text": "SI text"}
PRESET_COLOR = {"main": OKABE_ITO[4], "authors_code": OKABE_ITO[4], "no_strain": OKABE_ITO[2],
                "si_text": OKABE_ITO[5]}
PRESET_LW = {"main": 2.0, "authors_code": 2.0, "no_strain": 1.0, "si_text": 1.0}
#: Torques are plotted in units of 1e-19 N m, as in the paper.
TORQUE_UNIT = 1e-19

#: Fig. 4(a): the three EM fields of the MDMR spectra (G) and the microwave sweep (Hz).
FIG4_MDMR_FIELDS_G: tuple[float, ...] = (10.0, 17.0, 25.0)
FIG4_MDMR_FREQ_HZ = np.arange(2500e6, 2950e6 + 1, 1e6)
#: The paper's widths (HWHM of Gaussian fits to the DATA, G) and their quoted MHz equivalents.
#: "Fitting trace c-i) [angle] ... similar to the PL width of trace b-i) (2.1 G and 2.8 G
#: respectively). This gives a width of 9 (resp. 12) MHz": angle 2.1 G / 9 MHz, PL 2.8 G / 12 MHz.
PAPER_WIDTHS_G = {"pl": 2.8, "torque": 2.1}
PAPER_WIDTHS_MHZ = {"pl": 12.0, "torque": 9.0}

#: Fig. 7: EM voltages of the three ODMR spectra of panel (c) (authors' data files
#: ESR_-1.81V, ESR_-0.66V, ESR_0.8V); the sweep runs from -2.34 V (B_em = 0) to +2.34 V.
FIG7_ODMR_VOLTAGES: tuple[float, ...] = (-1.81, -0.66, 0.8)
#: Abscissae at which the authors' script drew those three (vertical) spectra in panel (a): a
#: plotting offset, not the fields of the spectra.
FIG7_TRACE_OFFSETS_G: tuple[float, ...] = (18.5, 48.5, 82.0)
#: Width (G) over which panel (a) draws each measured spectrum, as the authors' ``-8 * y``.
FIG7_TRACE_WIDTH_G: float = 8.0
#: The crossing fields quoted in SM Sec. II B.
FIG7_PAPER_CROSSINGS_G: tuple[float, ...] = (13.0, 44.0, 76.0)
FIG7_ODMR_FREQ_HZ = np.arange(2550e6, 3200e6 + 1, 1e6)

#: Fig. 12(b): the four ν− lines (MHz) of the four measured MDMR spectra, from the eight-line
#: sets (EM at 0.1, 0.2, 0.3, 0.4 V) listed in the authors' ``data/20200806/2-2/find_B.py``
#: (public repository cpelletm/these).
FIG12_MDMR_PEAKS_MHZ: dict[str, tuple[float, ...]] = {
    "0.1 V": (2616, 2711, 2761, 2841),
    "0.2 V": (2629, 2672, 2777, 2814),
    "0.3 V": (2633, 2651, 2782, 2805),
    "0.4 V": (2592, 2674, 2754, 2825),
}
FIG12_MDMR_FREQ_HZ = np.arange(2560e6, 2880e6 + 1, 1e6)


# --------------------------------------------------------------------------------------------
# Shared computations (cached: the chapter, the claims and the export compute them once)
# --------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=None)
def crossing(path: str, index: int = 0) -> fp.Crossing:
    """The ``index``-th degeneracy crossing along ``path`` (from
    :func:`nvlib.cr_torque.fieldpaths.degeneracy_crossings`)."""
    return fp.degeneracy_crossings(path)[index]


@functools.lru_cache(maxsize=None)
def fig4_fits(preset: str = MAIN) -> dict[str, scans.GaussianPeak]:
    """Gaussian fits of the Fig. 4 model scans with CR: ``{"pl": ..., "torque": ...}`` (Γx)."""
    s = scans.path_scan("fig4", preset)
    return {"pl": s.fit_pl(), "torque": s.fit_torque(0)}


@functools.lru_cache(maxsize=None)
def fig12_fits(preset: str = MAIN) -> dict[str, scans.GaussianPeak]:
    """Gaussian fit of the Fig. 12 PL dip with CR: ``{"pl": ...}``."""
    return {"pl": scans.path_scan("fig12", preset).fit_pl()}


@functools.lru_cache(maxsize=None)
def width_slope_mhz_per_g() -> float:
    r""":math:`|d(\nu^-_i-\nu^-_j)/dB_\text{em}|` of the degenerate pair at the Fig. 4 crossing,
    MHz/G."""
    c = crossing("fig4")
    return abs(scans.pair_detuning_slope("fig4", c.pairs[0], c.b_em_gauss)) / 1e6


@functools.lru_cache(maxsize=None)
def fig4_mdmr(preset: str = MAIN):
    """MDMR model at :data:`FIG4_MDMR_FIELDS_G`: (|ΔΓ| in N m, shape (3, n_f); PL ratio)."""
    delta, pl = scans.mdmr_spectrum("fig4", FIG4_MDMR_FIELDS_G, FIG4_MDMR_FREQ_HZ,
                                    tq.preset(preset))
    return np.linalg.norm(delta, axis=-1), pl


def fig4_mdmr_line_counts(preset: str = MAIN) -> tuple[int, ...]:
    """Number of resolved MDMR peaks at 10, 17, 25 G."""
    amp, _ = fig4_mdmr(preset)
    return tuple(scans.count_peaks(a) for a in amp)


def fig4_torque_enhancement(preset: str = MAIN) -> tuple[float, float]:
    """|Γ| (N m, N0 spins) at the Fig. 4 crossing with and without CR."""
    m = tq.preset(preset)
    B = fp.path("fig4").field(crossing("fig4").b_em_gauss)
    n = scans.N0 / 4
    return (float(np.linalg.norm(tq.torque(B, m, spins_per_class=n))),
            float(np.linalg.norm(tq.torque(B, m, cr=False, spins_per_class=n))))


def fig12_torque_at_crossing(preset: str = MAIN) -> np.ndarray:
    """Torque (N m, N0 spins, with CR) exactly at the Fig. 12 crossing."""
    B = fp.path("fig12").field(crossing("fig12").b_em_gauss)
    return tq.torque(B, tq.preset(preset), spins_per_class=scans.N0 / 4)


def fig7_b_em_of_voltage(v) -> np.ndarray:
    """B_em (G) of an EM read-back voltage on the authors' Fig. 7 axis (linear in the sample
    index, :func:`nvlib.cr_torque.records.fig7_record`), interpolated in the record."""
    return records.fig7_b_em_of_voltage(v)


def fig7_b_em_max() -> float:
    """End (G) of the Fig. 7 range the authors plot: sample nmax − 1 = 399 of the index axis."""
    _, b, _ = records.fig7_record()
    return float(b[records.FIG7_NMAX - 1])


@functools.lru_cache(maxsize=None)
def fig7_odmr(preset: str = MAIN) -> np.ndarray:
    """Model ODMR spectra PL(f)/PL(no MW) at the three voltages of Fig. 7(c), shape (3, n_f)."""
    B = fp.path("fig7").field(fig7_b_em_of_voltage(FIG7_ODMR_VOLTAGES))
    return scans.odmr_spectrum(B, FIG7_ODMR_FREQ_HZ, tq.preset(preset))


@functools.lru_cache(maxsize=None)
def fig12_mdmr_positions() -> dict[str, tuple[float, float]]:
    """Best-matching B_em (G) and rms (MHz) of each measured Fig. 12 MDMR line set on the path."""
    return {k: scans.best_path_position("fig12", v) for k, v in FIG12_MDMR_PEAKS_MHZ.items()}


@functools.lru_cache(maxsize=None)
def fig12_mdmr(preset: str = MAIN) -> np.ndarray:
    """MDMR model |ΔΓ| (N m) at the four best-matching fields, shape (4, n_f)."""
    pos = [p for p, _ in fig12_mdmr_positions().values()]
    delta, _ = scans.mdmr_spectrum("fig12", pos, FIG12_MDMR_FREQ_HZ, tq.preset(preset))
    return np.linalg.norm(delta, axis=-1)


# --------------------------------------------------------------------------------------------
# Drawing helpers
# --------------------------------------------------------------------------------------------


def _path_map(ax, path: str, centre_deg: float, color: str, xlim, ylim, n: int = 60) -> None:
    """(φ, θ) map: {100} planes solid, {110} dashed, the path as dots, the crossing circled."""
    plane_overlay(ax, {"{100}": dict(color=OKABE_ITO[4], lw=1.4, ls="-"),
                       "{110}": dict(color=OKABE_ITO[0], lw=1.2, ls="--")},
                  centre_deg=centre_deg, n_points=1441)
    p = fp.path(path)
    theta, phi = p.angles(np.linspace(*p.b_em_range_gauss, n))
    ax.plot(wrap_deg(phi, centre_deg), np.degrees(theta), ".", color=color, ms=4,
            label=f"field path ({p.figure})")
    tc, pc = p.angles(crossing(path).b_em_gauss)
    ax.plot(wrap_deg(pc, centre_deg), np.degrees(tc), "o", mfc="none", mec="k", ms=9,
            label=f"crossing, B_em = {crossing(path).b_em_gauss:.1f} G")
    ax.set(xlim=xlim, ylim=ylim, xlabel="φ of B from [100] (deg)", ylabel="θ of B from [001] (deg)")
    ax.invert_yaxis()


def _scan_panel(ax, path: str, quantity: str, *, component: int = 0, fit: bool = True,
                scale: float = 1.0, presets=(MAIN, SECOND)) -> None:
    """PL or one torque component along a path, with (solid) and without (dashed) CR."""
    for pre in presets:
        s = scans.path_scan(path, pre)
        if quantity == "pl":
            y, y0 = s.pl, s.pl_nocr
        elif component == 3:
            y, y0 = np.linalg.norm(s.torque, axis=1), np.linalg.norm(s.torque_nocr, axis=1)
        else:
            y, y0 = s.torque[:, component], s.torque_nocr[:, component]
        c, lw = PRESET_COLOR[pre], PRESET_LW[pre]
        ax.plot(s.b_em, y / scale, "-", color=c, lw=lw, label=f"{PRESET_LABEL[pre]}, with CR")
        ax.plot(s.b_em, y0 / scale, "--", color=c, lw=lw, label=f"{PRESET_LABEL[pre]}, without CR")
        if fit and pre == MAIN:
            g = scans.fit_gaussian_peak(s.b_em, y)
            xx = np.linspace(s.b_em[0], s.b_em[-1], 400)
            ax.plot(xx, g(xx) / scale, ":", color="k", lw=1.2,
                    label=f"Gaussian fit ({PRESET_LABEL[pre]})")
            paper = PAPER_WIDTHS_G.get(quantity) if path == "fig4" else None
            txt = (f"fit ({PRESET_LABEL[pre]}):\nσ = {g.sigma:.2f} G\nHWHM = {g.hwhm:.2f} G\n"
                   f"FWHM = {g.fwhm:.2f} G")
            if paper:
                txt += f"\npaper (data): HWHM {paper:g} G"
            ax.text(0.98, 0.62, txt, transform=ax.transAxes, ha="right", va="center", fontsize=7.5)
    ax.axvline(crossing(path).b_em_gauss, color="0.6", lw=0.8, zorder=0)
    ax.set_xlabel("$B_{em}$ (G)")


# --------------------------------------------------------------------------------------------
# Fig. 4
# --------------------------------------------------------------------------------------------


def _headroom(ax, below: float = 0.0, above: float = 0.0) -> None:
    """Widen the y range by these fractions of it, to make room for a legend or a note."""
    lo, hi = ax.get_ylim()
    ax.set_ylim(lo - below * (hi - lo), hi + above * (hi - lo))


def _data_panel(ax, x, y, fit, paper_g: float, label: str) -> None:
    """A measured trace, its Gaussian fit over the authors' window, and the width shown: the
    half-depth level and the half width at half maximum on either side of the centre."""
    sl = records.FIG4_FIT_SLICE
    keep = x >= 0
    ax.plot(x[keep], y[keep], "o", ms=3.5, mfc="none", color="0.35", label=f"measured {label}")
    xx = np.linspace(x[sl][0], x[sl][-1], 400)
    ax.plot(xx, fit(xx), "-", color=OKABE_ITO[5], lw=2, label="Gaussian fit (samples 100–164)")
    half = fit.offset + fit.amplitude / 2
    ax.annotate("", xy=(fit.center - fit.hwhm, half), xytext=(fit.center + fit.hwhm, half),
                arrowprops=dict(arrowstyle="<->", color="k", lw=1))
    ax.axhline(half, color="0.6", lw=0.6, ls=":")
    ax.text(0.98, 0.05, f"width = HWHM = σ√(2 ln 2)\n= {fit.hwhm:.2f} G (paper: {paper_g:g} G)\n"
            f"σ = {fit.sigma:.2f} G, FWHM = {fit.fwhm:.2f} G",
            transform=ax.transAxes, ha="right", va="bottom", fontsize=7.5)
    ax.set_xlabel("$B_{em}$ (G)")


@figure("cr-torque/fig4", paper="cr-torque", reproduces="Fig. 4",
        caption="Reproduces Fig. 4 of Pellet-Mary et al. (2021): (a, measured) the authors' "
                "MDMR spectra (reflected light against microwave frequency, EM at 0.4, 0.5, "
                "0.6 V, drawn at the paper's 10, 17, 25 G) with the peaks of the book's count "
                "rule marked; (a, model) mechanically detected "
                "spectra |ΔΓ| at B_em = 10, 17, 25 G (microwave-rate model) and the field path "
                "crossing a {110} plane; (b-i, c-i) the authors' measured PL and angle "
                "(reflected-light) traces (repository cpelletm/these, see "
                "data/cr-torque/PROVENANCE.md) with the paper's Gaussian fits and the width "
                "(HWHM) drawn; (b-ii) class-averaged ρ00 and (c-ii) torque Γx (N0 = 1e9, "
                "physical sign) along B_em with/without CR, main model and SI variant.")
def fig4():
    fig = plt.figure(figsize=(9, 14))
    gsp = GridSpec(4, 2, figure=fig, height_ratios=(1.25, 1.1, 1, 1))
    ax_ad = fig.add_subplot(gsp[0, 0])
    ax_a = fig.add_subplot(gsp[0, 1])
    ax_m = fig.add_subplot(gsp[1, :])
    ax_bd = fig.add_subplot(gsp[2, 0])
    ax_cd = fig.add_subplot(gsp[2, 1])
    ax_b = fig.add_subplot(gsp[3, 0])
    ax_c = fig.add_subplot(gsp[3, 1])

    f_rec, spectra = records.fig4a_record()
    peaks = records.fig4a_peaks()
    lo, hi = (w * 1e3 for w in records.PEAK_WINDOW_GHZ)
    colours = [OKABE_ITO[7 - 2 * i if i < 2 else 2] for i in range(len(spectra))]
    for b, off, dstep in _stacked_spectra(ax_ad, f_rec, spectra, peaks, colours, gap=1.3,
                                          lw=1.0, mark=0.42, ms=5):
        ax_ad.text(2600, off + 0.3 * dstep, f"{b:g} G: {peaks[b].count} peaks", fontsize=8)
    ax_ad.set(xlabel="microwave frequency (MHz)", ylabel="reflected light / median − 1, offset",
              title="(a) measured MDMR (authors' records; ▼ counted peaks)")

    amp, _ = fig4_mdmr()
    f_mhz = FIG4_MDMR_FREQ_HZ / 1e6
    step = 1.15 * amp.max() / TORQUE_UNIT
    for i, (b, a) in enumerate(zip(FIG4_MDMR_FIELDS_G, amp)):
        off = (len(amp) - 1 - i) * step
        ax_a.plot(f_mhz, a / TORQUE_UNIT + off, color=OKABE_ITO[7 - 2 * i if i < 2 else 2], lw=1.4)
        ax_a.text(f_mhz[0] + 5, off + 0.55 * step, f"$B_{{em}}$ = {b:g} G", fontsize=9)
        nu = fp.odmr_along("fig4", b)[:, 0] / 1e6
        for k in range(4):
            ax_a.plot([nu[k]] * 2, [off - 0.06 * step, off], color=CLASS_COLORS[k], lw=2)
    ax_a.axvline(crossing("fig4").nu_minus_hz[0] / 1e6, color="0.6", lw=0.8, ls=":", zorder=0)
    ax_a.set(xlabel="microwave frequency (MHz)",
             ylabel=r"$|\Delta\Gamma|$ ($10^{-19}$ N m), offset",
             title="(a) MDMR model (ticks: ν− of the four classes)", xlim=(lo, hi))

    _path_map(ax_m, "fig4", 45.0, OKABE_ITO[1], (-5, 95), (0, 95))
    ax_m.set_title("(a, bottom) path across the (1$\\bar{1}$0) plane φ = 45°")
    ax_m.legend(fontsize=7, loc="upper left")

    rec, fits = records.fig4_record(), records.fig4_fits()
    _data_panel(ax_bd, rec.b_em, rec.pl, fits["pl"], PAPER_WIDTHS_G["pl"], "PL")
    ax_bd.set(ylabel="PL / max", title="(b-i) measured PL (authors' record)")
    _headroom(ax_bd, below=0.45, above=0.3)
    ax_bd.legend(fontsize=7, loc="upper left")
    _data_panel(ax_cd, rec.b_em, rec.angle, fits["torque"], PAPER_WIDTHS_G["torque"],
                "reflected light")
    ax_cd.set(ylabel="reflected light / max", title="(c-i) measured angle signal (authors' record)")
    _headroom(ax_cd, below=0.45, above=0.3)
    ax_cd.legend(fontsize=7, loc="upper left")

    _scan_panel(ax_b, "fig4", "pl")
    ax_b.set(ylabel=r"$\rho_{00}$ (class average)", title="(b-ii) model: PL ∝ ρ00")
    _scan_panel(ax_c, "fig4", "torque", component=0, scale=TORQUE_UNIT)
    ax_c.set(ylabel=r"$\Gamma_x$ ($10^{-19}$ N m)",
             title=r"(c-ii) model: torque $\Gamma_x$ ($\Gamma_y\approx-\Gamma_x$)")
    readable(fig)
    fig.tight_layout(rect=(0, 0.07, 1, 1))
    # one legend for (b-ii) and (c-ii), which draw the same curves
    fig.legend(*ax_b.get_legend_handles_labels(), loc="lower center", ncol=3,
               fontsize=ax_b.xaxis.label.get_fontsize())
    return fig


# --------------------------------------------------------------------------------------------
# Fig. 7
# --------------------------------------------------------------------------------------------


@figure("cr-torque/fig7", paper="cr-torque", reproduces="Fig. 7",
        caption="Reproduces Fig. 7 of Pellet-Mary et al. (2021): (a) the four ν− along the "
                "static-diamond scan with the degeneracies circled; (b) normalised PL of the "
                "model with and without CR, and the authors' measured PL record (repository "
                "cpelletm/these, see data/cr-torque/PROVENANCE.md) on their axis (linear in the "
                "sample index, first 400 samples, 0–97 G, as their simu.py) with Gaussian fits "
                "of its three dips; (a, c) the authors' measured ODMR spectra at the three EM "
                "voltages of the paper's traces (data/20200917/ESR_*.txt, see PROVENANCE.md), "
                "drawn vertically in (a) as the authors did and beside the model ODMR spectra "
                "in (c).")
def fig7():
    fig = plt.figure(figsize=(9, 8))
    gsp = GridSpec(2, 2, figure=fig, width_ratios=(1.6, 1))
    ax_a = fig.add_subplot(gsp[0, 0])
    ax_b = fig.add_subplot(gsp[1, 0], sharex=ax_a)
    ax_c = fig.add_subplot(gsp[0, 1])
    ax_cm = fig.add_subplot(gsp[1, 1], sharex=ax_c)

    s = scans.path_scan("fig7", MAIN)
    for k in range(4):
        ax_a.plot(s.b_em, s.nu_minus[:, k] / 1e6, "--", color=CLASS_COLORS[k],
                  label=f"class {gs.CLASS_LABELS[k]}")
    for c in fp.degeneracy_crossings("fig7"):
        for nu in c.nu_minus_hz:
            ax_a.plot(c.b_em_gauss, nu / 1e6, "o", mfc="none", mec="k", ms=11)
        ax_a.annotate(f"{c.plane_family}\n{c.b_em_gauss:.1f} G",
                      (c.b_em_gauss, max(c.nu_minus_hz) / 1e6),
                      xytext=(0, 14), textcoords="offset points", ha="center", fontsize=8)
    for v in fig7_b_em_of_voltage(FIG7_ODMR_VOLTAGES):
        ax_a.axvline(v, color="0.7", lw=0.8, ls=":", zorder=0)
    f_rec, odmr = records.fig7c_record()
    for b, y in zip(fig7_b_em_of_voltage(FIG7_ODMR_VOLTAGES), odmr.values()):
        # as the authors' simu.py: (y - min)/(max - min), drawn leftwards over FIG7_TRACE_WIDTH_G
        yn = (y - y.min()) / np.ptp(y)
        ax_a.plot(b - FIG7_TRACE_WIDTH_G * (1 - yn), f_rec, color="0.25", lw=0.7)
    ax_a.plot([], [], color="0.25", lw=0.7, label="measured ODMR (authors')")
    ax_a.set(ylabel="ν− (MHz)", ylim=(2530, 2930),
             title="(a) |0⟩→|−1⟩ lines and measured spectra (dotted: their fields)")
    ax_a.legend(fontsize=7, ncol=2, loc="lower left")
    ax_a.tick_params(labelbottom=False)

    for pre in (MAIN, SECOND):
        sp = scans.path_scan("fig7", pre)
        c, lw = PRESET_COLOR[pre], PRESET_LW[pre]
        ax_b.plot(sp.b_em, sp.pl / sp.pl.max(), "-", color=c, lw=lw,
                  label=f"{PRESET_LABEL[pre]}, with CR")
        ax_b.plot(sp.b_em, sp.pl_nocr / sp.pl_nocr.max(), "--", color=c, lw=lw,
                  label=f"{PRESET_LABEL[pre]}, without CR")
    for c in fp.degeneracy_crossings("fig7"):
        ax_b.axvline(c.b_em_gauss, color="0.6", lw=0.8, zorder=0)
    _, b7, y7 = records.fig7_record()
    nmax = records.FIG7_NMAX
    ax_b2 = ax_b.twinx()
    ax_b2.plot(b7[:nmax], y7[:nmax], "o", ms=2.5, mfc="none", color="0.35",
               label="measured PL / max")
    for g in records.fig7_dip_fits():
        xx = np.linspace(g.center - 3 * g.sigma, g.center + 3 * g.sigma, 100)
        ax_b2.plot(xx, g(xx), "-", color="k", lw=1)
        ax_b2.plot([g.center], [g(g.center)], "k^", ms=5)
    ax_b2.set_ylabel("measured PL / max (authors' record)")
    ax_b.set_ylim(top=1.03)
    ax_b.plot(FIG7_PAPER_CROSSINGS_G, [1.03] * 3, "v", color="k", ms=7, clip_on=False,
              label="paper: 13, 44, 76 G")
    ax_b.set(xlabel="$B_{em}$ (G)", ylabel="PL / max (model ρ00)", xlim=(0, fig7_b_em_max()))
    # above the ▼ of the paper's crossings
    ax_b.set_title("(b) PL: model (lines, left) and measured (dots, right; fitted dips ▲)",
                   pad=10)
    # model and measured entries in one legend under the panel, clear of the curves
    h1, l1 = ax_b.get_legend_handles_labels()
    h2, l2 = ax_b2.get_legend_handles_labels()
    ax_b.legend(h1 + h2, l1 + l2, fontsize=7, ncol=2, loc="upper center",
                bbox_to_anchor=(0.5, -0.2))

    spec = fig7_odmr()
    f_mhz = FIG7_ODMR_FREQ_HZ / 1e6
    depth = float(np.max(1 - spec))
    measured = {-0.66: fp.FIG7_MEASURED_PEAKS_MHZ["-0.66 V"],
                0.8: fp.FIG7_MEASURED_PEAKS_MHZ["+0.8 V"]}
    fields = fig7_b_em_of_voltage(FIG7_ODMR_VOLTAGES)
    for i, (v, b, y) in enumerate(zip(FIG7_ODMR_VOLTAGES, fields, spec)):
        off = -1.3 * depth * i
        ax_c.plot(f_mhz, y + off, color=OKABE_ITO[[0, 2, 6][i]], lw=1.4)
        ax_c.text(f_mhz[0], 1 + off + 0.12 * depth, f"{v:+.2f} V → $B_{{em}}$ = {b:.1f} G",
                  fontsize=8)
        if v in measured:
            ax_c.plot(measured[v], [1 + off - 1.05 * depth] * 4, "k|", ms=8,
                      label="measured ν− (authors' fit input)" if v == -0.66 else None)
    ax_c.set(ylabel="PL(f) / PL(no MW), offset", title="(c) ODMR model spectra")
    ax_c.tick_params(labelbottom=False)
    _headroom(ax_c, below=0.06, above=0.05)
    ax_c.legend(fontsize=7, loc="lower right")

    mdepth = max(float(1 - y.min()) for y in odmr.values())
    for i, (v, y) in enumerate(odmr.items()):
        off = -1.3 * mdepth * i
        ax_cm.plot(f_rec, y + off, color=OKABE_ITO[[0, 2, 6][i]], lw=1.0)
        ax_cm.text(f_mhz[0], 1 + off + 0.15 * mdepth, f"{v:+.2f} V", fontsize=8)
    ax_cm.set(xlabel="microwave frequency (MHz)", ylabel="measured PL / median, offset",
              title="(c) measured ODMR (authors' records)")
    _headroom(ax_cm, above=0.08)
    readable(fig)
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------------------------
# Fig. 12
# --------------------------------------------------------------------------------------------


@figure("cr-torque/fig12", paper="cr-torque", reproduces="Fig. 12",
        caption="Reproduces Fig. 12 of Pellet-Mary et al. (2021): (a) field path "
                "across the (010) plane; (b) computed ν− and MDMR model spectra at the positions "
                "of the four measured spectra, and the authors' measured MDMR spectra "
                "(data/20200806/2-2/ESR-meca_*.txt, see data/cr-torque/PROVENANCE.md); (c, d) ρ00 with/without CR and Gaussian fit, and "
                "the authors' five measured PL records averaged as they did (repository "
                "cpelletm/these, see data/cr-torque/PROVENANCE.md) with its Gaussian fit; (e) the authors' "
                "measured reflected-light (angle) record of the same scan with their "
                "double-Gaussian fit; (f) the model's Γy, the component the paper's panel "
                "plots, and the other torque components and |Γ| with/without CR (N0 = 1e9, "
                "physical sign).")
def fig12():
    fig = plt.figure(figsize=(9.5, 17))
    gsp = GridSpec(5, 6, figure=fig, height_ratios=(1.15, 0.9, 1, 1, 1))
    ax_a = fig.add_subplot(gsp[0, 0:3])
    ax_b = fig.add_subplot(gsp[0, 3:6])
    ax_bm = fig.add_subplot(gsp[1, :])
    ax_pl = fig.add_subplot(gsp[2, :])
    ax_e = fig.add_subplot(gsp[3, 0:3])
    ax_y = fig.add_subplot(gsp[3, 3:6])
    ax_x = fig.add_subplot(gsp[4, 0:2])
    ax_z = fig.add_subplot(gsp[4, 2:4])
    ax_n = fig.add_subplot(gsp[4, 4:6])

    _path_map(ax_a, "fig12", 0.0, "#D55E00", (-70, 70), (0, 70))
    ax_a.set_title("(a) path across the (010) plane φ = 0")
    ax_a.legend(fontsize=7, loc="lower right")

    p = fp.path("fig12")
    bb = np.linspace(-6.0, p.b_em_range_gauss[1], 300)
    nu = fp.odmr_along("fig12", bb)[..., 0] / 1e6
    for k in range(4):
        ax_b.plot(bb, nu[:, k], "--", color=CLASS_COLORS[k], lw=1.2)
    amp = fig12_mdmr()
    width_g = 7.0
    for (lab, (pos, rms)), a in zip(fig12_mdmr_positions().items(), amp):
        trace = pos - width_g * a / amp.max()
        ax_b.plot(trace, FIG12_MDMR_FREQ_HZ / 1e6, color="0.35", lw=1.0)
        ax_b.plot([pos] * 4, FIG12_MDMR_PEAKS_MHZ[lab], "x", color="k", ms=6)
        ax_b.text(pos, 2890, f"{lab}\n{pos:.0f} G", ha="center", fontsize=7)
    ax_b.plot([], [], "x", color="k", label="measured ν− (at best-matching position)")
    ax_b.plot([], [], "-", color="0.35", label="MDMR model |ΔΓ| (drawn leftwards)")
    ax_b.axvline(crossing("fig12").b_em_gauss, color="0.6", lw=0.8, zorder=0)
    ax_b.set(xlabel="$B_{em}$ (G)", ylabel="frequency (MHz)", ylim=(2500, 2960),
             title="(b) computed ν− (dashed) and spectra")
    ax_b.legend(fontsize=7, loc="lower left")
    _fig12b_measured(ax_bm)

    _scan_panel(ax_pl, "fig12", "pl")
    ax_pl.set(ylabel=r"$\rho_{00}$ (class average)",
              title="(c, d) PL: model ρ00 (lines, left), measured (dots, right)")
    r12 = records.fig12_record()
    b_av, y_av = records.fig12_pl_average()
    sl = records.FIG12_FIT_SLICE
    g_av = records.fig12_pl_average_fit()
    ax_pl2 = ax_pl.twinx()
    ax_pl2.plot(b_av[sl], y_av[sl] / y_av[sl].max(), "o", ms=2.5, mfc="none", color="0.35",
                label="measured PL / max (average)")
    xx = np.linspace(b_av[sl][0], b_av[sl][-1], 400)
    ax_pl2.plot(xx, g_av(xx), "-", color="k", lw=1,
                label=f"Gaussian fit, centre {g_av.center:.1f} G")
    ax_pl2.set_ylabel("measured PL / max")
    # room below the curves and dots for the fit note
    _headroom(ax_pl, below=0.55)
    _headroom(ax_pl2, below=0.55)
    ax_pl.texts[-1].set_position((0.98, 0.03))
    ax_pl.texts[-1].set_va("bottom")
    _fig12e_panel(ax_e, r12, records.fig12_pl_fit().center)
    panels = ((ax_x, 0, r"$\Gamma_x$"), (ax_y, 1, r"$\Gamma_y$"), (ax_z, 2, r"$\Gamma_z$"),
              (ax_n, 3, r"$|\Gamma|$"))
    for ax, comp, name in panels:
        _scan_panel(ax, "fig12", "torque", component=comp, fit=False, scale=TORQUE_UNIT)
        ax.set(ylabel=f"{name} ($10^{{-19}}$ N m)")
    ax_x.set_title(r"$\Gamma_x$")
    ax_y.set_title(r"(f) model $\Gamma_y$: dispersive (the paper's panel)")
    ax_z.set_title(r"$\Gamma_z$: dispersive")
    ax_n.set_title(r"$|\Gamma|$")
    readable(fig)
    fig.tight_layout(rect=(0, 0.07, 1, 1))
    # one legend for the curves of (c)-(f): the model's, then the measured record's of (c, d)
    h1, l1 = ax_pl.get_legend_handles_labels()
    h2, l2 = ax_pl2.get_legend_handles_labels()
    fig.legend(h1 + h2, l1 + l2, loc="lower center", ncol=3,
               fontsize=ax_x.xaxis.label.get_fontsize())
    return fig


def _stacked_spectra(ax, f, spectra: dict, peaks: dict, colours, *, gap: float, lw: float,
                     mark: float, ms: float, mark_colour=None):
    """Draw the authors' spectra (y / median, in the count rule's window
    ``records.PEAK_WINDOW_GHZ``) stacked ``gap`` × the largest peak-to-peak apart, the first on
    top, each with its counted peaks (▼) ``mark`` × the step above its offset. Yields (key,
    offset, step) per spectrum for the caller's labels."""
    lo, hi = (w * 1e3 for w in records.PEAK_WINDOW_GHZ)
    sel = (f >= lo) & (f <= hi)
    step = gap * max(np.ptp(y[sel]) for y in spectra.values())
    for i, ((key, y), col) in enumerate(zip(spectra.items(), colours)):
        off = (len(spectra) - 1 - i) * step
        ax.plot(f[sel], y[sel] - 1 + off, color=col, lw=lw)
        ax.plot(peaks[key].centers, [off + mark * step] * peaks[key].count, "v",
                color=mark_colour or col, ms=ms)
        yield key, off, step


def _fig12b_measured(ax) -> None:
    """Fig. 12(b), measured: the authors' four MDMR spectra in the ν− window, offset, with the
    lines of the book's count rule (▼) and the ν− the authors listed for their path fit (|)."""
    f, spectra = records.fig12b_record()
    peaks = records.fig12b_peaks()
    lo, hi = (w * 1e3 for w in records.PEAK_WINDOW_GHZ)
    for lab, off, step in _stacked_spectra(ax, f, spectra, peaks, ["0.3"] * len(spectra),
                                           gap=1.2, lw=0.8, mark=0.45, ms=4, mark_colour="k"):
        ax.plot(FIG12_MDMR_PEAKS_MHZ[lab], [off - 0.45 * step] * 4, "|", color=OKABE_ITO[5],
                ms=7)
        ax.text(lo + 5, off + 0.3 * step, lab, fontsize=7.5)
    ax.plot([], [], "v", color="k", ms=4, label="count rule")
    ax.plot([], [], "|", color=OKABE_ITO[5], ms=7, label="authors' ν− list")
    ax.set(xlabel="microwave frequency (MHz)", ylabel="reflected light / median − 1, offset",
           title="(b) measured MDMR spectra (authors' records), ν− window", xlim=(lo, hi))
    _headroom(ax, below=0.12)
    ax.legend(fontsize=7, loc="lower right", ncol=2)


def _fig12e_panel(ax, rec, dip_center: float) -> None:
    """Fig. 12(e): the measured reflected-light record, the authors' double-Gaussian fit and its
    two components, the model's crossing and the PL dip of the same record."""
    e = records.fig12e_fit()
    sl = records.FIG12_FIT_SLICE
    x, y = rec.b_em[sl], rec.angle[sl]
    ax.plot(x, y, "o", ms=2.5, mfc="none", color="0.35", label="measured reflected light / max")
    xx = np.linspace(x[0], x[-1], 400)
    ax.plot(xx, e(xx), "-", color=OKABE_ITO[5], lw=2, label="double-Gaussian fit")
    for c, w, a in zip(e.centers, e.widths, e.amplitudes):
        ax.plot(xx, e.offset + a * np.exp(-((xx - c) ** 2) / (2 * w ** 2)), ":",
                color=OKABE_ITO[5], lw=1)
        ax.annotate(f"{c:.1f} G", (c, e(c)), xytext=(0, 6), textcoords="offset points",
                    ha="center", fontsize=7.5)
    ax.axvline(crossing("fig12").b_em_gauss, color="0.6", lw=0.8, zorder=0,
               label=f"model crossing {crossing('fig12').b_em_gauss:.1f} G")
    ax.axvline(dip_center, color="k", lw=0.8, ls="--", zorder=0,
               label=f"PL dip of this record {dip_center:.1f} G")
    ax.set(xlabel="$B_{em}$ (G)", ylabel="reflected light / max",
           title="(e) measured angle signal (authors' record)")
    _headroom(ax, above=0.9)
    ax.legend(fontsize=7, loc="upper left")


def fig12_side_peaks(preset: str = SECOND, component: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """Local maxima of one torque component along the Fig. 12 scan (with CR).

    Returns (positions relative to the crossing in G, values in N m).
    """
    from scipy.signal import find_peaks

    s = scans.path_scan("fig12", preset)
    y = s.torque[:, component]
    pk, _ = find_peaks(y, prominence=0.05 * float(np.ptp(y)))
    return s.b_em[pk] - crossing("fig12").b_em_gauss, y[pk]
