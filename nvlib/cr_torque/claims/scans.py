"""Claims of Pellet-Mary et al. (2021) about the field scans: Figs 4, 7 and 12.

Crossing fields come from :func:`nvlib.cr_torque.fieldpaths.degeneracy_crossings` on the
authors' own reconstructed paths; PL and torque curves from Part I's main model
(:mod:`nvlib.cr_torque.scans`, preset ``main``: the authors' scripts with E = 3 MHz in their
class frames), with the other variants (``no_strain``: E = 0; ``si_text``) as the model range. The measured Fig. 4 widths are refitted on the
authors' published record (:mod:`nvlib.cr_torque.records`). Tolerances follow the precision of
the paper's numbers (an integer in gauss: ±1 G; "2.75 GHz": ±5 MHz; a width printed to 0.1 G:
±0.05 G when refitting the same data; for the model's width, whose only width parameter,
σ_dd ≈ 6 MHz, is known to one digit: ±15 %).
"""

from __future__ import annotations

import numpy as np

from nvlib.cr_torque import scans
from nvlib.cr_torque.plots import scans as cs
from nvlib.claims.registry import Variants, claim

_F7_NOTE = (
    "The Fig. 7 path is the authors' own reconstruction: two ODMR anchors extrapolated linearly "
    "by factors 3.1 and 4.3 to the ends of the ±2.34 V sweep. On it the three degeneracies "
    "({110}, {100}, {110}) fall at 11.9, 41.7 and 77.5 G of arc length — the right planes in "
    "the right order, but 1–2 G from the quoted 13, 44 and 76 G. The arc length is the axis of "
    "the authors' Fig. 7 script (data/20200917/simu.py: x = linspace(0, |B_out − B_in|, n) over "
    "the sample index, first nmax = 400 samples plotted). On that axis the authors' measured PL "
    "record has its dips at 12.4, 43.6 and 76.2 G (claims fig7-dip-*-data), close to the "
    "paper's numbers: the paper's 13/44/76 G are read from the data, and the model's crossings "
    "from the extrapolated path miss them by 0.5–1.9 G, a few per cent of the 116 G path, the "
    "accuracy of a path extrapolated by factors 3–4 from two ODMR anchors.")

_F7_DATA_NOTE = (
    "Centre of a Gaussian-on-constant fit (the paper's fit function) to the authors' published "
    "PL record of the static scan (repository cpelletm/these, path and commit in "
    "data/cr-torque/PROVENANCE.md), on the authors' field axis: their Fig. 7 script "
    "(data/20200917/simu.py) sets x = linspace(0, |B_out − B_in|, n), linear in the sample "
    "index, and plots the first nmax = 400 samples (0–97 G). Fit window: the samples whose "
    "read-back voltage is within ±0.4 V of the authors' ODMR spectrum at that crossing (−1.81, "
    "−0.66, +0.8 V). The model range is the alternative axis linear in the read-back voltage "
    "(reading cr-torque/fig7-field-axis, the book's earlier axis). The paper does not say how it "
    "read its dip positions. Tolerance: the printed integer (±0.5 G).")

_WIDTH_NOTE = (
    "The paper's widths are Gaussian fits to MEASURED scans; here a Gaussian is fitted to the "
    "MAIN MODEL's curve, i.e. a prediction. 'Width' is the half width at half maximum, "
    "HWHM = σ√(2 ln 2): refitting the authors' record of this scan (claims "
    "fig4-pl-width-data, fig4-torque-width-data) gives the paper's numbers only with this "
    "definition (σ itself would be 2.4 and 1.8 G). Which width is which: the paper writes "
    "'Fitting trace c-i) [angle] ... a width that is similar to the PL width of trace b-i) "
    "(2.1 G and 2.8 G respectively)', i.e. angle 2.1 G, PL 2.8 G, and the authors' record "
    "agrees (see data/cr-torque/PROVENANCE.md for which channel is the PL). The model width is "
    "set by the CR line (w = 6 MHz, about 1.4 G along this path) broadened by saturation of "
    "the depolarisation.")
_OTHERS = ("no_strain", "si_text")


def _widths(fit, scale: float = 1.0) -> list[float]:
    """The three widths of reading cr-torque/width-definition (HWHM, σ, FWHM) of a fit, × scale."""
    return [scale * fit.hwhm, scale * fit.sigma, 2 * scale * fit.hwhm]


def _axis_ratio() -> float:
    """G per sample of the 31 G calibration axis over that of the path axis (reading
    cr-torque/fig4-field-axis): the model's widths are on the path axis."""
    from nvlib.cr_torque import records
    return records.fig4_fits("calibration")["pl"].hwhm / records.fig4_fits("path")["pl"].hwhm


def _width_range(key: str):
    """Model range of a model width: the other presets' HWHM, and the main model's width under
    the other width definitions and on the calibration axis."""
    def compute() -> Variants:
        main, r = cs.fig4_fits(cs.MAIN)[key], _axis_ratio()
        v = [r * cs.fig4_fits(p)[key].hwhm for p in _OTHERS]
        return Variants(v + _widths(main, r) + [main.hwhm])
    return compute


def _model_width(key: str) -> float:
    """The main model's HWHM (computed on the path axis) on the 31 G calibration axis, the axis
    of the printed widths (reading cr-torque/fig4-field-axis)."""
    return cs.fig4_fits(cs.MAIN)[key].hwhm * _axis_ratio()


def _ratio_range() -> Variants:
    return Variants(cs.fig4_fits(p)["torque"].hwhm / cs.fig4_fits(p)["pl"].hwhm for p in _OTHERS)


_DATA_NOTE = (
    "Gaussian fit on a constant background, over the authors' window (samples 100–164), of the "
    "authors' published record of this scan (repository cpelletm/these, path and commit in "
    "data/cr-torque/PROVENANCE.md), on their field axis B_em = 31 G × (x − x₈₀); width = HWHM "
    "= σ√(2 ln 2), the number their analysis prints. The PL is the channel the authors saved "
    "as 'fit_gauss_PL' (PROVENANCE.md); with it the paper's 'respectively' reads angle 2.1 G, "
    "PL 2.8 G. Tolerance ±0.05 G: the paper prints one decimal.")


# ------------------------------------------------------------------------------------------
# Fig. 4: {110} crossing of the levitated diamond
# ------------------------------------------------------------------------------------------


@claim(id="cr-torque/fig4-crossing-field", paper="cr-torque", source="paper", kind="reanalysis", where="Fig. 4(a), main text",
       quantity="EM field at which two classes merge (Fig. 4 path)", unit="G", printed="17", statements=('cr-torque/s089',),
       readings=(),
       verdict="reproduced",
       note="degeneracy_crossings on the authors' reconstructed path: classes [1-11] and [-111] "
            "(axes ±[11̄1̄], ±[1̄11̄]) cross where the field lies in the (11̄0) plane, a {110} "
            "plane as the paper says.")
def _fig4_field() -> float:
    return cs.crossing("fig4").b_em_gauss


@claim(id="cr-torque/fig4-crossing-frequency", paper="cr-torque", source="paper", kind="reanalysis", where="Fig. 4(a), main text",
       quantity="ν− of the two merged classes at the Fig. 4 crossing", unit="GHz",
       printed="2.75", statements=('cr-torque/s090',),
       readings=(),
       verdict="reproduced",
       note="'2.75 GHz' has three significant digits: ±5 MHz. Kind reanalysis: the path is fitted to "
            "the authors' spectra either side of the crossing, so the crossing re-reads their "
            "records through the Hamiltonian; it does not test the CR model.")
def _fig4_freq() -> float:
    return cs.crossing("fig4").nu_minus_hz[0] / 1e9


@claim(id="cr-torque/fig4-degenerate-pairs", paper="cr-torque", source="paper", kind="consistency", where="Fig. 4(a), main text",
       quantity="number of degenerate class pairs at the Fig. 4 crossing", unit="1",
       printed="count 1", statements=('cr-torque/s092', 'cr-torque/s136', 'cr-torque/s138'),
       readings=(),
       verdict="reproduced",
       note="'We observe a single degeneracy at 17 G': one pair. Follows from the plane the path "
            "crosses (a {110} plane makes two classes mirror images): geometry, not a "
            "prediction.")
def _fig4_pairs() -> float:
    return float(len(cs.crossing("fig4").pairs))


@claim(id="cr-torque/fig4-mdmr-lines-17G", paper="cr-torque", source="paper", kind="consistency", where="Fig. 4(a), main text",
       quantity="resolved MDMR lines at B_em = 17 G (microwave-rate model)", unit="1",
       printed="count 3", statements=('cr-torque/s089',),
       readings=(),
       verdict="reproduced",
       note="Model of ours (nvlib.cr_torque.scans): an incoherent microwave rate W0 = 5e3 s⁻¹ with Gaussian "
            "σ = 5 MHz on each |0⟩↔|−1⟩ line; peaks of |ΔΓ| counted with a prominence above 10 % "
            "of the spectrum's range. The two merged lines are about 1.7 MHz apart at 17 G. Counting: "
            "three lines follow from the one degenerate pair, given any line width above 2 MHz, "
            "so this checks the geometry, not the model.")
def _fig4_lines17() -> float:
    return float(cs.fig4_mdmr_line_counts()[1])


@claim(id="cr-torque/fig4-mdmr-lines-10-25G", paper="cr-torque", source="paper", kind="consistency", where="Fig. 4(a), main text",
       quantity="fewest resolved MDMR lines at B_em = 10 and 25 G (microwave-rate model)",
       unit="1", printed="count 4", statements=('cr-torque/s087',),
       readings=(),
       verdict="reproduced",
       note="Same model and counting as at 17 G; four lines at both fields (no degeneracy "
            "there): counting, not a prediction.")
def _fig4_lines_other() -> float:
    n = cs.fig4_mdmr_line_counts()
    return float(min(n[0], n[2]))


_F4A_NOTE = (
    "Peaks counted on the authors' measured MDMR spectrum (reflected light against microwave "
    "frequency, repository cpelletm/these, path and commit in data/cr-torque/PROVENANCE.md; "
    "EM at 0.4, 0.5, 0.6 V taken as the paper's 10, 17, 25 G, see the docstring of "
    "records.FIG4A_SPECTRA) with the rule of records.count_spectrum_peaks, declared with its "
    "threshold (5 robust noise σ after the authors' 1-2-1 smoothing kernel, runs closer than "
    "3 samples merged, rises and drops alike, window 2.50–2.93 GHz of the ν− lines) before "
    "this row was scored and not changed after. A count is exact: the band is the printed "
    "integer.")


def _count_row(name: str, where: str, quantity: str, compute, printed: str,
               statements: tuple[str, ...], verdict: str, note: str,
               readings: tuple[str, ...] = ()) -> None:
    """Register reanalysis claim ``cr-torque/<name>``: a count read off an authors' record by
    the pre-declared peak rule (``compute`` returns it); the band is the printed integer."""
    compute.__name__ = compute.__qualname__ = "_" + name.replace("-", "_")
    claim(id=f"cr-torque/{name}", paper="cr-torque", source="paper", kind="reanalysis",
          where=where, quantity=quantity, unit="1", printed=printed, statements=statements,
          readings=readings, verdict=verdict, note=note)(compute)


def _fig4a_count_row(field_g: float, printed: str, statements: tuple[str, ...],
                     verdict: str, extra: str = "") -> None:
    """Register claim fig4a-peaks-``field_g``G-data: the number of lines the pre-declared peak
    rule finds in the authors' measured Fig. 4(a) spectrum at that field."""
    def compute() -> float:
        from nvlib.cr_torque import records
        return float(records.fig4a_peaks()[field_g].count)
    _count_row(f"fig4a-peaks-{field_g:g}G-data", "Fig. 4(a), main text",
               f"peaks in the measured MDMR spectrum at {field_g:g} G (authors' record, "
               "pre-declared count rule)", compute, printed, statements, verdict,
               _F4A_NOTE + extra, readings=("cr-torque/fig4a-spectra",))


_fig4a_count_row(
    10.0, "count 4", ('cr-torque/s087',), "discrepancy",
    " The rule finds three lines (2568 MHz, a drop; 2738 MHz, a rise; 2762 MHz, a drop). The "
    "fourth ν− line expected near 2.90 GHz (where the 17 G and 25 G spectra have a clear rise, "
    "10 and 12 σ) reaches only 4.6 σ at 2902 MHz in the 10 G spectrum, below the declared 5 σ: "
    "the paper's eye counts a line the rule does not resolve from the noise. The verdict is the "
    "rule's; the threshold was not lowered after seeing it.")
_fig4a_count_row(
    17.0, "count 3", ('cr-torque/s089',), "reproduced",
    " Three lines (2568, 2740, 2892 MHz): the two classes merged near 2.74 GHz show as one "
    "rise.")
_fig4a_count_row(
    25.0, "count 4", ('cr-torque/s087',), "reproduced",
    " Four lines (2570, 2720, 2758, 2888 MHz).")


@claim(id="cr-torque/fig4-pl-width", paper="cr-torque", source="paper", kind="prediction", where="Fig. 4(b), main text",
       quantity="HWHM of the PL dip of the main model's scan", unit="G",
       printed="2.8", statements=('cr-torque/s095', 'cr-torque/s104'),
       readings=('cr-torque/main-model', 'cr-torque/width-definition', 'cr-torque/fig4-field-axis'),
       verdict="reproduced",
       model_range_compute=_width_range("pl"),
       note=_WIDTH_NOTE + " Like with like: the printed widths are on the 31 G calibration axis "
            "of the authors' fit script (reading cr-torque/fig4-field-axis), the model's field "
            "on the reconstructed path, whose gauss per sample is 7 % smaller; the value is the "
            "model's width converted to the calibration axis (before issue 16's referee pass "
            "the book compared the path-axis width, 2.6 G, with the printed number: a "
            "discrepancy). The main model (Lorentzian w = 6 MHz on both branches, whose tails "
            "add up) gives 2.76 G on the calibration axis, at the lower edge of the printed "
            "rule's band ('2.8': ±0.05 G); the path-axis width, σ, FWHM and the SI's Gaussian "
            "rule (2.1 G, too narrow) are the model range, so the verdict depends on the axis "
            "and width readings. This axis conversion was applied after the values were known.")
def _fig4_pl_width() -> float:
    return _model_width("pl")


@claim(id="cr-torque/fig4-torque-width", paper="cr-torque", source="paper", kind="prediction", where="Fig. 4(c), main text",
       quantity="HWHM of the torque (Γx) feature of the main model's scan", unit="G",
       printed="2.1", statements=('cr-torque/s097', 'cr-torque/s103'),
       readings=('cr-torque/main-model', 'cr-torque/width-definition', 'cr-torque/fig4-field-axis'),
       verdict="discrepancy",
       model_range_compute=_width_range("torque"),
       note=_WIDTH_NOTE + " The main model's torque feature is as wide as its PL dip: 2.7 G on "
            "the calibration axis of the printed widths (2.5 G on the path axis), well above the "
            "measured angle width; the SI rule (model range) comes close to it but then misses "
            "the PL width. No variant gives both (claim fig4-width-ratio, free of the axis). "
            "Tolerance: the printed rule ('2.1': ±0.05 G).")
def _fig4_torque_width() -> float:
    return _model_width("torque")


@claim(id="cr-torque/fig4-width-ratio", paper="cr-torque", source="paper", kind="prediction", where="Fig. 4(b, c), main text",
       quantity="torque width / PL width (main model)", unit="1", printed="0.75", statements=('cr-torque/s105',),
       readings=('cr-torque/main-model', 'cr-torque/width-definition'),
       tolerance=0.032, tolerance_reason="Not printed: the ratio of the printed 2.1 G and 2.8 G; the band propagates their last-digit bands (2.05/2.85 to 2.15/2.75).",
       verdict="discrepancy", model_range_compute=_ratio_range,
       note="In the model the torque and the PL follow the same class polarisations, so their "
            "Gaussian widths agree to a few per cent (every variant); the data give an angle "
            "feature 25 % narrower than the PL dip. Candidate causes outside the model: the "
            "speckle read-out is a non-linear function of the angle (the paper says so for "
            "Fig. 12), and the angle responds to a projection of the torque on the trap's "
            "librational modes, not to Γx.")
def _fig4_width_ratio() -> float:
    f = cs.fig4_fits(cs.MAIN)
    return f["torque"].hwhm / f["pl"].hwhm


def _fig4_axis_range(key: str) -> tuple[float, float]:
    from nvlib.cr_torque import records
    v = [w for a in ("calibration", "path") for w in _widths(records.fig4_fits(a)[key])]
    return min(v), max(v)


@claim(id="cr-torque/fig4-pl-width-data", paper="cr-torque", source="paper", kind="reanalysis",
       where="Fig. 4(b-i), main text",
       quantity="HWHM of the Gaussian fit to the measured PL trace (authors' record)", unit="G",
       printed="2.8", statements=('cr-torque/s094', 'cr-torque/s104'),
       readings=('cr-torque/width-definition', 'cr-torque/fig4-field-axis'),
       verdict="discrepancy", model_range_compute=lambda: _fig4_axis_range("pl"),
       note=_DATA_NOTE + " The refit gives 2.88 G, which would print as 2.9 G: 0.08 G above the "
            "paper's 2.8 G, a third of the fit's own 1σ uncertainty on the HWHM (about 0.25 G "
            "from the covariance of the fit). Likely cause: truncation or a slightly different "
            "window rather than rounding; the width definition is not in doubt (σ would be "
            "2.4 G). The model range is the axis of the authors' published panel (path length "
            "/ 200 = 0.319 G per sample, against 0.341 G per sample for the 31 G calibration): "
            "2.69 G, below the band, so the verdict depends on the axis reading, and the 7 % "
            "calibration difference is larger than the printed ±0.05 G.")
def _fig4_pl_width_data() -> float:
    from nvlib.cr_torque import records
    return records.fig4_fits()["pl"].hwhm


@claim(id="cr-torque/fig4-torque-width-data", paper="cr-torque", source="paper",
       kind="reanalysis", where="Fig. 4(c-i), main text",
       quantity="HWHM of the Gaussian fit to the measured angle (reflected-light) trace "
                "(authors' record)", unit="G",
       printed="2.1", statements=('cr-torque/s096', 'cr-torque/s103'),
       readings=('cr-torque/width-definition', 'cr-torque/fig4-field-axis'),
       verdict="reproduced", model_range_compute=lambda: _fig4_axis_range("torque"),
       note=_DATA_NOTE + " Model range: the same fit on the axis of the authors' published "
            "panel (0.319 G per sample instead of 0.341), 7 % narrower and outside the band: "
            "the agreement holds on the calibration axis of the authors' fit script only.")
def _fig4_torque_width_data() -> float:
    from nvlib.cr_torque import records
    return records.fig4_fits()["torque"].hwhm


@claim(id="cr-torque/fig4-pl-width-mhz", paper="cr-torque", source="paper", kind="consistency", where="Fig. 4, main text",
       quantity="the paper's PL width, 2.8 G, converted to a detuning with d(ν_i−ν_j)/dB_em at "
                "the crossing",
       unit="MHz", printed="12", statements=('cr-torque/s106',),
       readings=(),
       verdict="reproduced",
       note="Arithmetic: the paper's width times a slope, a check of the paper's G→MHz "
            "conversion, not a prediction. On the reconstructed path the detuning between "
            "the two crossing classes changes by 4.24 MHz per gauss of B_em (9/2.1 = 4.29 in the "
            "paper). ±0.5 MHz: the paper rounds to whole MHz. The 9 MHz HWHM in detuning is "
            "'comparable to' but larger than σ_dd = 6 MHz.")
def _fig4_pl_mhz() -> float:
    return cs.PAPER_WIDTHS_G["pl"] * cs.width_slope_mhz_per_g()


@claim(id="cr-torque/fig4-torque-width-mhz", paper="cr-torque", source="paper", kind="consistency", where="Fig. 4, main text",
       quantity="the paper's angle width, 2.1 G, converted to a detuning with d(ν_i−ν_j)/dB_em "
                "at the crossing",
       unit="MHz", printed="9", statements=('cr-torque/s106',),
       readings=(),
       verdict="reproduced",
       note="Same conversion as for the PL width: arithmetic, not a prediction.")
def _fig4_torque_mhz() -> float:
    return cs.PAPER_WIDTHS_G["torque"] * cs.width_slope_mhz_per_g()


# ------------------------------------------------------------------------------------------
# Fig. 12: {100} crossing
# ------------------------------------------------------------------------------------------


@claim(id="cr-torque/fig12-crossing-field", paper="cr-torque", source="paper", kind="reanalysis", where="Fig. 12(b), SM Sec. V",
       quantity="EM field of the {100} crossing (Fig. 12 path)", unit="G", printed="23", statements=('cr-torque/s270',),
       readings=(),
       verdict="reproduced",
       note="The field crosses the (010) plane (y = 0), a {100} plane.")
def _fig12_field() -> float:
    return cs.crossing("fig12").b_em_gauss


@claim(id="cr-torque/fig12-dip-data", paper="cr-torque", source="paper", kind="reanalysis",
       where="Fig. 12(b, c), SM Sec. V",
       quantity="centre of the PL dip of the authors' five-record Fig. 12 average (Gaussian fit)",
       unit="G", printed="23", statements=('cr-torque/s272', 'cr-torque/s273'),
       readings=(),
       verdict="reproduced",
       note="The five PL records the authors average for this figure (repository cpelletm/these, "
            "paths and commits in data/cr-torque/PROVENANCE.md), averaged as their 2-2/simu.py "
            "does (each record over its maximum, summed sample by sample, divided by five), and "
            "fitted as their 2-2/traitement.py does (one Gaussian on a constant background over "
            "samples 30–199, the average over its maximum there), on their axis "
            "B_em = (i − 30) L/200: 23.0 G. Tolerance: the printed rule ('23': ±0.5 G). Verdict "
            "changed in issue 16 (discrepancy → reproduced): the row used to fit the first "
            "record alone, whose dip sits at 23.6 G; the five single records give 23.6, 23.2, "
            "23.2, 22.3 and 23.1 G. The -f-18.5uW record was swept 1.4 times further (step "
            "0.0155 instead of 0.011 of the sweep coordinate) and the authors still average by "
            "sample index; the book follows them.")
def _fig12_dip_data() -> float:
    from nvlib.cr_torque import records
    return records.fig12_pl_average_fit().center


@claim(id="cr-torque/fig12-degenerate-pairs", paper="cr-torque", source="paper", kind="consistency", where="Fig. 12(b), SM Sec. V",
       quantity="number of degenerate class pairs at the Fig. 12 crossing", unit="1",
       printed="count 2", statements=('cr-torque/s140', 'cr-torque/s270', 'cr-torque/s271'),
       readings=(),
       verdict="reproduced",
       note="'All four classes of NV are resonant with another class at B = 23 G': two pairs. "
            "Follows from crossing a {100} plane: geometry, not a prediction.")
def _fig12_pairs() -> float:
    return float(len(cs.crossing("fig12").pairs))


@claim(id="cr-torque/fig12e-two-bumps-data", paper="cr-torque", source="paper",
       kind="reanalysis", where="Fig. 12(e), SM Sec. V",
       quantity="sides of the resonance (the PL dip of the same record) holding a significant "
                "positive bump of the authors' double-Gaussian fit to the reflected light",
       unit="1", printed="count 2", statements=('cr-torque/s278',),
       readings=(),
       verdict="reproduced",
       note="'Two bumps are observed on both sides of the resonance.' The record is channel 1 "
            "(reflected light) of 0-0.5V_PLdown, the file and column the authors' "
            "data/20200806/2-2/traitement.py (commit efe369b8) plots alone over samples 30–199 "
            "(repository cpelletm/these, path and commit of the record in "
            "data/cr-torque/PROVENANCE.md), divided by its maximum, on their axis "
            "B_em = (i − 30) L/200. The SM's caption says the panel shows 'a double gaussian "
            "fit'; the fit is done with the authors' n-Gaussian function (ESR_n_pics of their "
            "later traitement.py, commit b7c28351; records.fit_multi_gaussian) with two "
            "Gaussians, started at the model's crossing ∓ 3 G with 1 G widths (declared before "
            "it was run; the authors' start values for this panel are not in the repository). Rule: a component is a bump when its amplitude is positive and above "
            "3 times its 1σ fit error; the resonance is the centre of the Gaussian fit of the "
            "same record's PL dip. The rule was written after the fit had been run once (its "
            "centres 18.9 and 26.4 G, amplitudes 13 and 6 σ, were seen), so this row is a check "
            "of the sentence against the record rather than a blind count. Only one of the "
            "five records the authors average is carried.")
def _fig12e_bumps() -> float:
    from nvlib.cr_torque import records
    return float(records.sides_with_bumps(records.fig12e_fit(), records.fig12_pl_fit().center))


#: Fig. 12(f) as drawn in the authors' panel file 'Mes papiers/Méca CR/figures/22/simu_torque.eps'
#: (cpelletm/these, commit 05638777; reading cr-torque/fig12f-component): Γy in the scripts' sign
#: (+ħγ⟨S⟩×B) and units of 1e-19 N·m, read from the file's vector path (axis ticks: 0 at
#: x = 101.06 pt, 10 G per 95.75 pt; y = 0 at 165.77 pt, 1e-19 N·m per 52.10 pt): the CR curve
#: starts at −0.72, falls to −2.05 at 21.6 G, rises to +0.82 at 24.6 G and ends at −1.18.
FIG12F_EXTREMA = (-2.05, 0.82)
#: Half-width of the window around the crossing in which the dispersive extrema are sought, G.
_F12_WINDOW_G = 5.0


def _fig12_gy(preset: str):
    s = scans.path_scan("fig12", preset)
    xc = cs.crossing("fig12").b_em_gauss
    w = np.abs(s.b_em - xc) <= _F12_WINDOW_G
    return s, xc, w


def _fig12_gy_ratio(preset: str) -> float:
    """Γy at the later of its two extrema (min, max) within ±5 G of the crossing over Γy at the
    earlier one (sign-convention free)."""
    s, xc, w = _fig12_gy(preset)
    gy = s.torque[:, 1]
    i1 = int(np.argmin(np.where(w, gy, np.inf)))
    i2 = int(np.argmax(np.where(w, gy, -np.inf)))
    a, b = sorted((i1, i2))
    return float(gy[b] / gy[a])


def _fig12_gy_zero(preset: str) -> float:
    """Distance (G) from the crossing of the zero of Γy between its two extrema (of the point of
    smallest |Γy| in the window when Γy does not change sign there)."""
    s, xc, w = _fig12_gy(preset)
    gy, bb = s.torque[:, 1], s.b_em
    i1 = int(np.argmin(np.where(w, gy, np.inf)))
    i2 = int(np.argmax(np.where(w, gy, -np.inf)))
    a, b = sorted((i1, i2))
    seg, sb = gy[a:b + 1], bb[a:b + 1]
    z = np.flatnonzero(np.diff(np.sign(seg)) != 0)
    if z.size:
        k = int(z[0])
        x0 = sb[k] - seg[k] * (sb[k + 1] - sb[k]) / (seg[k + 1] - seg[k])
    else:
        x0 = bb[w][int(np.argmin(np.abs(gy[w])))]
    return float(abs(x0 - xc))


def _f12_range(fn):
    """Range of ``fn(preset)`` over the main model and the variants (the main model is in it:
    these rows were scored after the main model was re-chosen, so the verdict shows whether it
    depends on that choice)."""
    def compute() -> tuple[float, float]:
        v = [fn(p) for p in (cs.MAIN, "no_strain", "nvlib_frame", "si_text")]
        return min(v), max(v)
    return compute


_F12_NOT_BLIND = (
    " Kind reanalysis, not prediction: the reference is the authors' own simulation (drawn by "
    "their scripts, whose model is the book's main model), and the main model was re-chosen in "
    "issue 16 after the referee had reported that E = 3 MHz gives this Γy. The row re-runs the "
    "authors' computation; the model range includes the main model, so the verdict shows that "
    "it holds for the main model only (it depends on cr-torque/main-model).")


@claim(id="cr-torque/fig12-gy-dispersive", paper="cr-torque", source="authors-repository",
       kind="reanalysis", where="Fig. 12(f), SM Sec. V; authors' panel figures/22/simu_torque.eps",
       quantity="Γy along the Fig. 12 scan (with CR): its value at the later of its two extrema "
                "within ±5 G of the crossing over its value at the earlier one",
       unit="1", printed="-0.4", statements=('cr-torque/s279',),
       readings=('cr-torque/main-model', 'cr-torque/strain-frame', 'cr-torque/fig12f-component'),
       tolerance=0.1,
       tolerance_reason="Read off the figure, not printed: the panel's grid is 1e-19 N·m per "
                        "tick, readable to about ±0.1 on each extremum (−2.05, +0.82), i.e. "
                        "±0.05 on their ratio; the band is twice that, fixed before computing.",
       verdict="reproduced",
       model_range_compute=_f12_range(_fig12_gy_ratio),
       note="'A dispersive profile': Fig. 12(f) plots Γy (the authors' panel file "
            "figures/22/simu_torque.eps, cpelletm/these commit 05638777, drawn by the commented Γy "
            "block of 2-2/simu.py; "
            "reading cr-torque/fig12f-component). In the figure Γy falls to −2.05 and rises to "
            "+0.82 (1e-19 N·m, scripts' sign) across the crossing: a sign change, ratio −0.40. "
            "The main model (E = 3 MHz in the scripts' frames) gives −2.05 at 21.5 G and +0.82 "
            "at 24.6 G, ratio −0.40. Without strain, or with E on nvlib's x' axes, Γy does not "
            "change sign (ratio +1.5, the model range): the dispersive shape comes from the "
            "scripts' strain frames. The SM-rule variant gives a single deep dip (ratio ~10). Whether the "
            "final SI figure (SI/22-total.eps) shows the same panel was not checked." + _F12_NOT_BLIND)
def _fig12f_ratio() -> float:
    return _fig12_gy_ratio(cs.MAIN)


@claim(id="cr-torque/fig12-gy-zero-at-crossing", paper="cr-torque", source="paper",
       kind="reanalysis", where="Fig. 12(f), SM Sec. V",
       quantity="distance from the crossing of the zero of Γy (with CR) between its two "
                "dispersive extrema", unit="G", printed="0", statements=('cr-torque/s279',),
       readings=('cr-torque/main-model', 'cr-torque/strain-frame', 'cr-torque/fig12f-component'),
       tolerance=1.0,
       tolerance_reason="The paper prints no number ('an almost zero torque at the resonance'); "
                        "'at the resonance' read as within the CR line, whose half width along "
                        "this path is about 1.4 G (6 MHz Lorentzian); ±1 G, fixed before computing.",
       verdict="reproduced",
       model_range_compute=_f12_range(_fig12_gy_zero),
       note="The figure's Γy crosses zero about 0.2 G above the crossing field; the main model's "
            "at 0.2 G. Variants without a sign change are scored by their smallest |Γy| in the "
            "±5 G window (model range)." + _F12_NOT_BLIND)
def _fig12f_zero() -> float:
    return _fig12_gy_zero(cs.MAIN)


@claim(id="cr-torque/fig12-torque-unmodified-at-crossing", paper="cr-torque", source="paper",
       kind="prediction", where="Fig. 12(f), SM Sec. V",
       quantity="|Γy(CR) − Γy(no CR)| at the crossing / its largest value along the scan",
       unit="1", printed="0", statements=('cr-torque/s282',),
       readings=('cr-torque/main-model', 'cr-torque/strain-frame', 'cr-torque/fig12f-component',
                 'cr-torque/not-modified'),
       tolerance=0.1,
       tolerance_reason="The paper prints no number ('not modified exactly on resonance'); read "
                        "as under 10 % of the CR change's largest value. Set after the values "
                        "were seen (main model 0.40, the authors' own panel about 0.5); any band "
                        "below 0.4 gives the same verdict.",
       verdict="discrepancy",
       model_range_compute=_f12_range(lambda p: _fig12_dgy(p)),
       note="Band set after the values were seen (see the tolerance reason). "
            "'The magnetic torque generated by the four classes of NV is not modified exactly on "
            "resonance, since all four classes are depolarized identically.' In the main model "
            "the CR change of Γy at the crossing is 40 % of its largest value; in the authors' "
            "own Fig. 12(f) panel the CR curve is at about −0.3 and the no-CR curve at about "
            "−0.9 (1e-19 N·m) at the crossing, a change of about half the largest. The sentence "
            "does not describe the paper's own simulation. (Γx is zero at the crossing by the "
            "mirror symmetry of the path, with or without CR: that could not fail and is no "
            "longer scored.)")
def _fig12_unmodified() -> float:
    return _fig12_dgy(cs.MAIN)


def _fig12_dgy(preset: str) -> float:
    s, xc, _ = _fig12_gy(preset)
    d = s.torque[:, 1] - s.torque_nocr[:, 1]
    k = int(np.argmin(np.abs(s.b_em - xc)))
    return float(abs(d[k]) / np.abs(d).max())


# ------------------------------------------------------------------------------------------
# Fig. 7: static diamond scan
# ------------------------------------------------------------------------------------------


_F7_BAND_NOTE = (
    " The verdicts use the printed rule (an integer in gauss: ±0.5 G); the reconstructed path "
    "places a crossing only to 1–2 G (the extrapolation's accuracy, above), so these "
    "discrepancies say that the path cannot place the crossings to the printed digit, not that "
    "the paper's fields are wrong (the dips of the measured record, claims fig7-dip-*-data, are "
    "the test of the printed numbers).")


def _fig7_crossing_row(i: int, name: str, quantity: str, printed: str,
                       statements: tuple[str, ...]) -> None:
    """Register claim fig7-crossing-``name``: the ``i``-th degeneracy crossing of the Fig. 7
    path (arc length, G)."""
    def compute() -> float:
        return cs.crossing("fig7", i).b_em_gauss
    compute.__name__ = compute.__qualname__ = f"_fig7_crossing_{i}"
    claim(id=f"cr-torque/fig7-crossing-{name}", paper="cr-torque", source="paper",
          kind="reanalysis", where="Fig. 7, SM Sec. II B", quantity=quantity, unit="G",
          printed=printed, statements=statements, readings=('cr-torque/fig7-field-axis',),
          verdict="discrepancy", note=_F7_NOTE + _F7_BAND_NOTE)(compute)


_fig7_crossing_row(0, "110-first", "first {110} crossing of the static scan", "13",
                   ('cr-torque/s168', 'cr-torque/s169'))
_fig7_crossing_row(1, "100", "{100} crossing of the static scan", "44",
                   ('cr-torque/s168', 'cr-torque/s170'))
_fig7_crossing_row(2, "110-second", "second {110} crossing of the static scan", "76",
                   ('cr-torque/s168', 'cr-torque/s171'))


@claim(id="cr-torque/fig7-100-pairs", paper="cr-torque", source="paper", kind="consistency", where="Fig. 7, SM Sec. II B",
       quantity="degenerate class pairs at the {100} crossing of the static scan", unit="1",
       printed="count 2", statements=('cr-torque/s140', 'cr-torque/s170'),
       readings=(),
       verdict="reproduced",
       note="'A simultaneous degeneracy condition for two pairs of classes'. Follows from "
            "crossing a {100} plane: geometry, not a prediction.")
def _fig7_pairs() -> float:
    return float(len(cs.crossing("fig7", 1).pairs))


def _fig7_dip(i: int, axis: str = "index") -> float:
    from nvlib.cr_torque import records
    return records.fig7_dip_fits(axis)[i].center


def _fig7_dip_range(i: int):
    def compute() -> tuple[float, float]:
        v = [_fig7_dip(i, a) for a in ("index", "voltage")]
        return min(v), max(v)
    return compute


def _fig7_dip_row(i: int, name: str, quantity: str, printed: str,
                 statements: tuple[str, ...], verdict: str, extra: str = "") -> None:
    """Register claim fig7-dip-``name``-data: the centre of the ``i``-th PL dip fitted to the
    authors' Fig. 7 record, on their index axis (the voltage axis is the model range)."""
    def compute() -> float:
        return _fig7_dip(i)
    compute.__name__ = compute.__qualname__ = f"_fig7_dip_{i}"
    claim(id=f"cr-torque/fig7-dip-{name}-data", paper="cr-torque", source="paper",
          kind="reanalysis", where="Fig. 7(b), SM Sec. II B", quantity=quantity, unit="G",
          printed=printed, statements=statements, readings=('cr-torque/fig7-field-axis',),
          verdict=verdict, model_range_compute=_fig7_dip_range(i),
          note=_F7_DATA_NOTE + extra)(compute)


_fig7_dip_row(
    0, "110-first", "position of the first PL dip of the measured static scan (authors' record)",
    "13", ('cr-torque/s169', 'cr-torque/s172'), "discrepancy",
    " On the authors' axis the fit gives 12.4 G, 0.07 G below the band of the printed 13 "
    "(12.8 G on the voltage axis): this dip is the broadest and shallowest of the three (HWHM "
    "3.6 G), so its centre is the least sharply defined; the printed 13 is not the rounded "
    "centre of this fit.")
_fig7_dip_row(
    1, "100", "position of the {100} PL dip of the measured static scan (authors' record)",
    "44", ('cr-torque/s170', 'cr-torque/s172'), "reproduced")
_fig7_dip_row(
    2, "110-second", "position of the last PL dip of the measured static scan (authors' record)",
    "76", ('cr-torque/s171', 'cr-torque/s172'), "reproduced",
    " On the authors' index axis the fit gives 76.2 G; on the voltage axis 77.1 G, outside the "
    "band: the discrepancy the book reported before came from that axis, not from the record.")


_F7_ODMR_NOTE = (
    "Degenerate class pairs seen in the authors' measured ODMR spectrum at this crossing "
    "(data/20200917/ESR_*.txt, repository cpelletm/these, path and commit in "
    "data/cr-torque/PROVENANCE.md; the three spectra the paper's Fig. 7(a, c) draws): 4 minus "
    "the number of ν− lines the peak rule of Fig. 4(a) finds (records.count_spectrum_peaks, "
    "threshold, smoothing and merging unchanged, over the whole recorded range 2500–2899 MHz, "
    "which holds only ν− lines). The rule was declared for Fig. 4(a); it was run once on these "
    "spectra (to test the carried records against the authors' listed lines) before these rows "
    "were written, so they are a check of the sentence against the record, not a blind count. "
    "A count is exact: the band is the printed integer.")


def _fig7_odmr_row(voltage: float, name: str, printed: str, statements: tuple[str, ...],
                   verdict: str) -> None:
    """Register claim fig7-odmr-pairs-``name``-data: degenerate pairs (4 − lines found) in the
    authors' measured Fig. 7 ODMR spectrum at EM ``voltage``."""
    def compute() -> float:
        from nvlib.cr_torque import records
        return float(4 - records.fig7c_peaks()[voltage].count)
    _count_row(f"fig7-odmr-pairs-{name}-data", "Fig. 7(a, c), SM Sec. II B",
               f"degenerate class pairs in the measured ODMR spectrum at {voltage:+.2f} V "
               "(4 − lines found by the count rule; authors' record)", compute, printed,
               statements, verdict, _F7_ODMR_NOTE)


_fig7_odmr_row(-1.81, "110-first", "count 1", ('cr-torque/s169',), "reproduced")
_fig7_odmr_row(-0.66, "100", "count 2", ('cr-torque/s170',), "reproduced")
_fig7_odmr_row(0.8, "110-second", "count 1", ('cr-torque/s171',), "reproduced")
