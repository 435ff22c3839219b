"""Figures of the charge-state, sensitivity and fits chapters of Part II (Happacher et al. 2022).

Fig. 3 (NV⁰ peaks, 12-level model), Fig. 4 (ODMR contrast and sensitivity on the dips),
supplement Figs 5–9 (fits of synthetic records), Table 4 (NV⁰ fits) and Figs 14–15
(polarisation). The measured records are not public: curves are the model at the Table 3/4
parameters, and records are synthetic (Poisson noise, :mod:`nvlib.eslac.fitting`).
"""

from __future__ import annotations

from functools import lru_cache

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import FuncFormatter

from nvlib.eslac import chargestate as cs
from nvlib.eslac import dips, fitting, odmr, samples
from nvlib.eslac import hamiltonian as ham
from nvlib.eslac import ratemodel as rm
from nvlib.eslac.plots.dips import draw_scheme
from nvlib.eslac.plots import SMALL_PT, WIDTH_IN, fit_text
from nvlib.figures import figure
from nvlib.style import OKABE_ITO

__all__ = ["FIG3_RANGES", "charge_traces", "nv0_signs", "FIG4_NV", "FIG4_OFF_MT", "fig4_data",
           "sensitivity_ratio", "PROTOCOLS", "FIT_STEP_MT", "fit_record", "fit_nv", "fits", "table3_recovery",
           "nv0_fit", "table4_recovery", "POL_RATIOS", "polarisation_depths", "POL_FIG_FACTORS", "polarisation_traces", "rate_table"]

#: Field ranges (mT) of Fig. 3.
FIG3_RANGES = {"NV1-S1": (0.0, 600.0), "NV2-S2": (0.0, 150.0)}
#: The NV of Fig. 4.
FIG4_NV = "NV5-S2"
#: Off-dip field of Fig. 4(c) (mT): between the ESLAC dips and the GSLAC. The paper's two fields
#: did not survive in the text; the on-dip field is the model's deepest ESLAC dip.
FIG4_OFF_MT = 80.0
#: Field step (mT) of the synthetic records.
FIT_STEP_MT = {"NV1-S1": 0.5}
#: β_x/β_y ratios of Figs 14–15 (β_x + β_y held at the NV's Table 3 value).
POL_RATIOS = np.geomspace(0.25, 4.0, 9)


def _kw(name: str, table4: bool = False) -> dict:
    kw = samples.nv(name).model_kwargs()
    if table4:
        t4 = samples.TABLE4[name]
        kw.update(background_cps=t4["background_cps"], collection0=t4["collection0"],
                  background0_cps=t4["background0_cps"])
    return kw


@lru_cache(maxsize=None)
def charge_traces(name: str, shelf: bool = True, rates: str = rm.DEFAULT_RATES,
                  step_mT: float = 0.1):
    """(field mT, NV⁻ PL, NV⁰ PL) of one NV (12-level model, Table 3 and Table 4 parameters)."""
    a, b = FIG3_RANGES[name]
    f = np.arange(a, b + step_mT / 2, step_mT)
    m, z = cs.pl_vs_field(f, shelf_ionisation=shelf, rates=rates, **_kw(name, True))
    return f, m, z


def nv0_signs(shelf: bool = True, rates: str = rm.DEFAULT_RATES) -> np.ndarray:
    """NV⁰ response (+1 peak, −1 dip) at every NV⁻ dip of NV1-S1 and NV2-S2."""
    out = [cs.nv0_response(*charge_traces(n, shelf, rates)) for n in FIG3_RANGES]
    return np.concatenate(out)


def rate_table() -> str:
    """The 12-level model's charge rates as text (for the scheme of Fig. 3c)."""
    c = cs.AUDE_CRAIK
    return (f"k_r0 = {c.k_r0:g} MHz; per unit β̄: k_ion = {c.k_ion:g}, k_rec = {c.k_rec:g}, "
            f"k_SI = {c.k_si:g} MHz; dark rates {c.k_dark_ion:g}, {c.k_dark_rec:g}")


#: The ODMR protocols of the sensitivity reading range: label -> (protocol, parameter). The
#: main model is the paper's measurement (pulsed, 200 ns π pulse) with a 300 ns readout
#: (``eslac/readout-window``); "cw" is the paper's model contrast of Eq. 19 with an incoherent
#: drive W (MHz; ``eslac/sensitivity-protocol``).
PROTOCOLS = {
    "pulsed, readout 300 ns (main)": ("pulsed", 300.0),
    "pulsed, readout 150 ns": ("pulsed", 150.0),
    "pulsed, readout 1 µs": ("pulsed", 1000.0),
    "cw Eq. 19, W = 0.5 MHz": ("cw", 0.5),
    "cw Eq. 19, W = 2.5 MHz": ("cw", 2.5),
    "cw Eq. 19, W = 10 MHz": ("cw", 10.0),
    "cw Eq. 19, W = 50 MHz": ("cw", 50.0),
}


@lru_cache(maxsize=None)
def fig4_data(rates: str = rm.DEFAULT_RATES, step_mT: float = 0.1, protocol: str = "pulsed",
              param: float = odmr.READOUT_NS, pi_time_ns: float = odmr.PI_TIME_NS):
    """(field, PL, contrast, η_B) of NV5-S2 over 0–150 mT; η is NaN where C ≤ 0.

    ``protocol`` is ``"pulsed"`` (``param`` the readout window, ns; π time ``pi_time_ns``) or
    ``"cw"`` (``param`` the incoherent drive W of Eq. 19, MHz).
    """
    if protocol not in ("pulsed", "cw"):
        raise ValueError(f"protocol must be 'pulsed' or 'cw'; got {protocol!r}")
    f = np.arange(0.0, 150.0 + step_mT / 2, step_mT)
    if protocol == "pulsed":
        pl, c = odmr.pulsed_contrast(f, rates=rates, readout_ns=param, pi_time_ns=pi_time_ns,
                                     **_kw(FIG4_NV))
    else:
        pl, c = odmr.contrast(f, rates=rates, mw_rate_MHz=param, **_kw(FIG4_NV))
    eta = np.full(f.shape, np.nan)
    ok = c > 1e-6
    eta[ok] = odmr.sensitivity(c[ok], pl[ok])
    return f, pl, c, eta


def sensitivity_ratio(rates: str = rm.DEFAULT_RATES, protocol: str = "pulsed",
                      param: float = odmr.READOUT_NS,
                      pi_time_ns: float = odmr.PI_TIME_NS) -> tuple[float, float, float]:
    """(η on the deepest ESLAC dip, η off the dips, ratio) for NV5-S2, T/√Hz.

    The dip is the deepest ESLAC dip of the cw PL (the field does not depend on the protocol).
    Off the dips: the median of η over the fields farther than one dip width from every dip
    (GSLAC included) of the trace.
    """
    f, pl, c, eta = fig4_data(rates, protocol=protocol, param=param, pi_time_ns=pi_time_ns)
    d = dips.find_dips(f, pl, min_depth=0.005)
    esl = [i for i, x in enumerate(d.field_mT) if abs(x - ham.gslac_field_mT()) > 1.0]
    k = max(esl, key=lambda i: d.depth[i])
    on = float(np.interp(d.field_mT[k], f, eta))
    far = np.ones(f.shape, bool)
    for x, w in zip(d.field_mT, d.width_mT):
        far &= np.abs(f - x) > max(w, 1.0)
    off = float(np.nanmedian(eta[far]))
    return on, off, on / off


@figure(id="eslac/sensitivity-protocols", paper="eslac", reproduces=None,
        caption="The book's own figure: the on/off-dip ratio of η_B of NV5-S2 for the ODMR "
                "protocols of the readings eslac/sensitivity-protocol and eslac/readout-window.",
        alt="Two panels. Left: the ODMR contrast of NV5-S2 against field, 0 to 150 mT, for the "
            "pulsed protocol with three readout windows and the cw contrast with four drive "
            "rates; the cw curves with weak drive collapse most at the dips. Right: the on/off-dip "
            "ratio of the sensitivity for each protocol as points, with the band 9 to 11 of "
            "the paper's 'almost an order of magnitude' shaded.")
def fig_sensitivity_protocols():
    fig, axs = plt.subplots(1, 2, figsize=(WIDTH_IN, 4.6), width_ratios=[1.5, 1])
    labels, ratios = [], []
    for k, (label, (proto, par)) in enumerate(PROTOCOLS.items()):
        f, pl, c, eta = fig4_data(protocol=proto, param=par)
        ls = "-" if proto == "pulsed" else "--"
        axs[0].plot(f, 100 * c, ls, lw=1, color=OKABE_ITO[k % 8], label=label)
        labels.append(label)
        ratios.append(sensitivity_ratio(protocol=proto, param=par)[2])
    axs[0].set(xlabel="B (mT)", ylabel="ODMR contrast (%)", title="(a) contrast, NV5-S2 (model)")
    fig.legend(*axs[0].get_legend_handles_labels(), fontsize=SMALL_PT - 1, ncol=3,
               loc="lower center", bbox_to_anchor=(0.5, 0.0))
    y = np.arange(len(labels))
    axs[1].axvspan(9.0, 11.0, color="0.85", label="≈ 10 (paper)")
    axs[1].plot(ratios, y, "o", color="k")
    axs[1].set_yticks(y, [lab.replace(", ", "\n", 1) for lab in labels], fontsize=SMALL_PT - 1)
    axs[1].invert_yaxis()
    axs[1].set(xlabel="η_B on dip / off dip", title="(b) on/off-dip ratio", xlim=(0, 16))
    axs[1].legend(fontsize=SMALL_PT - 1, loc="upper right")
    fit_text(fig)
    fig.tight_layout(rect=(0, 0.17, 1, 1))
    return fig


def on_dip_field() -> float:
    """Field (mT) of the deepest ESLAC dip of NV5-S2."""
    f, pl, _, _ = fig4_data()
    d = dips.find_dips(f, pl, min_depth=0.005)
    esl = [i for i, x in enumerate(d.field_mT) if abs(x - ham.gslac_field_mT()) > 1.0]
    return float(d.field_mT[max(esl, key=lambda i: d.depth[i])])


@lru_cache(maxsize=None)
def fit_record(name: str):
    """(field, synthetic record, model PL) of one NV: its trace range, Poisson noise, 1 s/pt."""
    from nvlib.eslac.plots.dips import TRACE_RANGES
    a, b = TRACE_RANGES[name]
    step = FIT_STEP_MT.get(name, 0.25)
    f = np.arange(a, b + step / 2, step)
    pl = rm.solve(f, **_kw(name)).pl
    seed = 2022 + list(samples.TABLE3).index(name)
    return f, fitting.synthetic_record(f, pl, seed=seed), pl


@lru_cache(maxsize=None)
def fit_nv(name: str) -> fitting.FitResult:
    """B.1 fit of the synthetic record of one NV (g_l free for NV1-S1 only)."""
    f, y, _ = fit_record(name)
    return fitting.fit_nv_minus(f, y, fitting.start_values(samples.nv(name)),
                                fit_g_l=(name == "NV1-S1"))


def fits() -> dict:
    """B.1 fits of the synthetic records of the five NVs: name -> FitResult."""
    return {name: fit_nv(name) for name in samples.TABLE3}


def table3_recovery() -> list[dict]:
    """Rows (NV, parameter, true, fitted, fit error, paper error, |dev|/paper error)."""
    rows = []
    for name, r in fits().items():
        nv = samples.nv(name)
        for k in fitting.FIT_KEYS:
            pe = nv.errors[k]
            if pe is None:
                continue
            t = getattr(nv, k)
            rows.append({"NV": name, "parameter": k, "true": t, "fitted": r.values[k],
                         "fit_error": r.errors[k], "paper_error": pe,
                         "deviation": abs(r.values[k] - t) / pe})
    return rows


@lru_cache(maxsize=None)
def nv0_fit(name: str):
    """(field, NV⁰ record, NV⁻ record, FitResult) of the B.2 fit on synthetic records."""
    f = np.arange(*FIG3_RANGES[name], 0.5)
    kw = _kw(name, True)
    sol = cs.solve(f, **kw)
    seed = 2040 + list(FIG3_RANGES).index(name)
    y0 = fitting.synthetic_record(f, sol.pl_zero, seed=seed)
    ym = fitting.synthetic_record(f, sol.pl_minus, seed=seed + 100)
    params = {k: getattr(samples.nv(name), k) for k in fitting.FIT_KEYS}
    return f, y0, ym, fitting.fit_nv_zero(f, y0, ym, params)


def table4_recovery() -> list[dict]:
    """Rows (NV, parameter, true, fitted, fit error, paper error, |dev|/paper error)."""
    rows = []
    for name, t4 in samples.TABLE4.items():
        r = nv0_fit(name)[3]
        for k in ("collection0", "background0_cps", "background_cps"):
            rows.append({"NV": name, "parameter": k, "true": t4[k], "fitted": r.values[k],
                         "fit_error": r.errors[k], "paper_error": t4["errors"][k],
                         "deviation": abs(r.values[k] - t4[k]) / t4["errors"][k]})
    return rows


@lru_cache(maxsize=None)
def polarisation_depths(name: str):
    """(ratios β_x/β_y, dip fields, depths (n_ratio, n_dip)) at fixed β_x + β_y."""
    nv = samples.nv(name)
    total = nv.beta_x + nv.beta_y
    hi = 600.0 if name == "NV1-S1" else 150.0
    f = np.arange(0.0, hi, 0.1)
    kw = nv.model_kwargs()
    ref = dips.find_dips(f, rm.solve(f, **kw).pl, min_depth=0.005).field_mT
    depths = []
    for r in POL_RATIOS:
        kw.update(beta_x=total * r / (1 + r), beta_y=total / (1 + r))
        d = dips.find_dips(f, rm.solve(f, **kw).pl, min_depth=0.001)
        row = []
        for x in ref:
            j = np.argmin(np.abs(d.field_mT - x)) if d.field_mT.size else None
            ok = j is not None and abs(d.field_mT[j] - x) < 2.0
            row.append(d.depth[j] if ok else np.nan)
        depths.append(row)
    return POL_RATIOS, ref, np.array(depths)


def _log_tick(x, _pos=None) -> str:
    """Plain label for log-axis ticks at 1, 2, 3, 5 × 10^k; none for the others (crowded)."""
    if x <= 0:
        return ""
    lead = round(x / 10 ** np.floor(np.log10(x)))
    return f"{x:g}" if lead in (1, 2, 3, 5) else ""


def _twin(ax, f, m, z, title):
    ax.plot(f, m / 1e3, color=OKABE_ITO[4], lw=1, label="NV⁻")
    ax.set(xlabel="B (mT)", title=title)
    ax.set_ylabel("NV⁻ PL (kcps)", color=OKABE_ITO[4])
    ax2 = ax.twinx()
    # dashed and drawn under NV⁻: where the two curves coincide on their twin axes (shelf
    # ionisation off, NV⁰ following NV⁻) both stay visible
    ax2.plot(f, z / 1e3, color=OKABE_ITO[5], lw=1.6, ls="--", label="NV⁰", zorder=1)
    ax.set_zorder(ax2.get_zorder() + 1)
    ax.patch.set_visible(False)
    ax2.set_ylabel("NV⁰ PL (kcps)", color=OKABE_ITO[5])
    return ax2


@figure(id="eslac/fig3", paper="eslac", reproduces="Fig. 3(a–c)",
        caption="Reproduces Fig. 3 of Happacher et al. (2022) with the 12-level model at the "
                "Table 3/4 parameters: NV⁻ and NV⁰ PL of NV1-S1 and NV2-S2 with and without "
                "shelf ionisation, and the charge-state scheme.")
def fig3():
    fig = plt.figure(figsize=(WIDTH_IN, 12.0))
    g = fig.add_gridspec(5, 2, height_ratios=[1, 1, 1, 1, 1.3], hspace=0.75, wspace=0.45)
    for i, name in enumerate(FIG3_RANGES):
        for j, shelf in enumerate((True, False)):
            f, m, z = charge_traces(name, shelf)
            top = fig.add_subplot(g[2 * i, j])
            bot = fig.add_subplot(g[2 * i + 1, j], sharex=top)
            top.plot(f, m / 1e3, color=OKABE_ITO[4], lw=1)
            top.set_ylabel("NV⁻ PL\n(kcps)")
            top.tick_params(labelbottom=False)
            top.set_title(f"({'ab'[i]}) {name}, shelf ionisation {'on' if shelf else 'off'} "
                          f"(model)", fontsize=SMALL_PT + 1)
            bot.plot(f, z / 1e3, color=OKABE_ITO[5], lw=1)
            bot.set(xlabel="B (mT)")
            bot.set_ylabel("NV⁰ PL\n(kcps)")
    ax = fig.add_subplot(g[4, :])
    draw_scheme(ax, charge=True, shelf=True, rates=rate_table())
    ax.set_title("(c) charge-state transitions of the 12-level model")
    fit_text(fig)
    return fig


@figure(id="eslac/fig4", paper="eslac", reproduces="Fig. 4(a–c)",
        caption="Reproduces Fig. 4 of Happacher et al. (2022) for NV5-S2 with the 10-level "
                "model: PL and ODMR contrast, sensitivity, and ODMR traces on and off a dip.")
def fig4():
    f, pl, c, eta = fig4_data()
    fig, axs = plt.subplots(3, 1, figsize=(WIDTH_IN, 8.4))
    ax = axs[0]
    ax.plot(f, pl / 1e3, color=OKABE_ITO[4])
    ax.set(xlabel="B (mT)", title="(a) NV5-S2 (model)")
    ax.set_ylabel("NV⁻ PL (kcps)", color=OKABE_ITO[4])
    ax2 = ax.twinx()
    ax2.plot(f, 100 * c, color=OKABE_ITO[5])
    ax2.set_ylabel("pulsed ODMR contrast (%)", color=OKABE_ITO[5])
    axs[1].semilogy(f, eta * 1e6, color="k")
    axs[1].set(xlabel="B (mT)", ylabel="η_B (µT/√Hz)",
               title="(b) shot-noise sensitivity (pulsed ODMR, 200 ns π pulse)")
    det = np.linspace(-12.0, 12.0, 121)
    on = on_dip_field()
    for x, col, lab in ((FIG4_OFF_MT, OKABE_ITO[2], "off dip"), (on, OKABE_ITO[5], "on dip")):
        c_det = np.array([odmr.pulsed_contrast(np.array([x]), detuning_MHz=d,
                                               **_kw(FIG4_NV))[1][0] for d in det])
        axs[2].plot(det, 1.0 - c_det, color=col, label=f"{lab}, {x:.1f} mT")
    axs[2].set(xlabel="MW detuning (MHz)", ylabel="readout counts / reference",
               title="(c) pulsed ODMR lines, 200 ns π pulse (model)")
    axs[2].legend(fontsize=SMALL_PT)
    fit_text(fig)
    fig.tight_layout()
    return fig


@figure(id="eslac/fits", paper="eslac", reproduces="Figs. 5–9 (supplement)",
        caption="Reproduces supplement Figs 5–9 of Happacher et al. (2022) on synthetic "
                "records: Poisson noise at the Table 3 model, fitted with the B.1 procedure.")
def fig_fits():
    fig, axs = plt.subplots(3, 2, figsize=(WIDTH_IN, 7.8))
    axs = axs.ravel()
    for ax, (name, r) in zip(axs, fits().items()):
        f, y, _ = fit_record(name)
        best = rm.solve(f, **{k: r.values[k] for k in fitting.FIT_KEYS}).pl
        ax.plot(f, y / 1e3, ".", ms=2, color="0.6", label="synthetic record")
        ax.plot(f, best / 1e3, color=OKABE_ITO[5], lw=1, label="B.1 fit")
        ax.set(xlabel="B (mT)", ylabel="PL (kcps)", title=f"{name} (synthetic)")
    # one legend for the five panels, in the sixth (empty) cell, clear of the records
    axs[-1].set_axis_off()
    axs[-1].legend(*axs[0].get_legend_handles_labels(), loc="center", fontsize=8,
                   markerscale=3)
    fit_text(fig)
    fig.tight_layout()
    return fig


@figure(id="eslac/fits-nv0", paper="eslac", reproduces=None,
        caption="Synthetic NV⁰ and NV⁻ records of NV1-S1 and NV2-S2 (12-level model, Table 3/4 "
                "parameters, Poisson noise) and their B.2 fits.")
def fig_fits_nv0():
    fig, axs = plt.subplots(2, 1, figsize=(WIDTH_IN, 6.0))
    for ax, name in zip(axs, FIG3_RANGES):
        f, y0, ym, r = nv0_fit(name)
        sol = cs.solve(f, **{**_kw(name), "background_cps": r.values["background_cps"],
                             "collection0": r.values["collection0"],
                             "background0_cps": r.values["background0_cps"]})
        ax2 = _twin(ax, f, sol.pl_minus, sol.pl_zero, f"{name}: B.2 fit of synthetic records")
        ax.plot(f, ym / 1e3, ".", ms=1.5, color="0.6")
        ax2.plot(f, y0 / 1e3, ".", ms=1.5, color="0.75")
    fit_text(fig)
    fig.tight_layout()
    return fig


#: β_x/β_y relative to the NV's Table 3 ratio, for the polarisation figure (sum fixed).
POL_FIG_FACTORS = (0.5, 1.0, 2.0)


@lru_cache(maxsize=None)
def polarisation_traces(name: str, factor: float, step_mT: float = 0.2):
    """(field, NV⁻ PL, NV⁰ PL) of one NV with β_x/β_y = ``factor`` × its Table 3 ratio and
    β_x + β_y fixed: NV⁻ from the 10-level model at Table 3 (as the B.1 fits and Fig. 1), NV⁰
    from the 12-level model with the Table 4 scaling (NaN for an NV without Table 4 row)."""
    nv = samples.nv(name)
    total = nv.beta_x + nv.beta_y
    r = factor * nv.beta_x / nv.beta_y
    hi = 600.0 if name == "NV1-S1" else 150.0
    f = np.arange(0.0, hi + step_mT / 2, step_mT)
    beta = dict(beta_x=total * r / (1 + r), beta_y=total / (1 + r))
    m = rm.solve(f, **{**_kw(name), **beta}).pl
    if name in samples.TABLE4:
        z = cs.pl_vs_field(f, **{**_kw(name, True), **beta})[1]
    else:
        z = np.full(f.shape, np.nan)
    return f, m, z


@figure(id="eslac/fig14-15", paper="eslac", reproduces="Figs. 14–15 (supplement)",
        caption="Reproduces supplement Figs 14–15 of Happacher et al. (2022) as model "
                "predictions on the paper's axes: PL versus field at three excitation "
                "polarisations (pumping ratios), high strain (NV2-S2) and low strain (NV1-S1, "
                "NV⁰ above, NV⁻ below).")
def fig14_15():
    fig, axs = plt.subplots(3, 1, figsize=(WIDTH_IN, 8.4))
    panels = ((axs[0], "NV2-S2", 1, "(Fig. 14) NV2-S2, high strain: NV⁻ PL"),
              (axs[1], "NV1-S1", 2, "(Fig. 15, upper) NV1-S1, low strain: NV⁰ PL"),
              (axs[2], "NV1-S1", 1, "(Fig. 15, lower) NV1-S1, low strain: NV⁻ PL"))
    for ax, name, col, title in panels:
        nv = samples.nv(name)
        for k, fac in enumerate(POL_FIG_FACTORS):
            f, m, z = polarisation_traces(name, fac)
            y = (m if col == 1 else z) / 1e3
            ratio = fac * nv.beta_x / nv.beta_y
            ax.plot(f, y, lw=1, color=OKABE_ITO[(4, 5, 2)[k]],
                    ls=("--", "-", ":")[k], label=f"β_x/β_y = {ratio:.2f}")
        ax.set(xlabel="B (mT)", ylabel=f"{'NV⁻' if col == 1 else 'NV⁰'} PL (kcps)",
               title=title + " (model)")
        ax.legend(fontsize=SMALL_PT, loc="lower right")
    fit_text(fig)
    fig.tight_layout()
    return fig


@figure(id="eslac/polarisation-depths", paper="eslac", reproduces=None,
        caption="The book's own figure: NV⁻ dip depth of NV2-S2 and NV1-S1 versus the ratio "
                "of the two pumping parameters at fixed sum (10-level model).")
def fig_polarisation_depths():
    fig, axs = plt.subplots(2, 1, figsize=(WIDTH_IN, 6.4))
    for ax, name, lab in zip(axs, ("NV2-S2", "NV1-S1"), ("high strain",
                                                         "low strain")):
        r, ref, dep = polarisation_depths(name)
        for k, x in enumerate(ref):
            ax.semilogx(r, 100 * dep[:, k], "o-", ms=3, color=OKABE_ITO[k % 8],
                        label=f"dip at {x:.1f} mT")
        nv = samples.nv(name)
        ax.axvline(nv.beta_x / nv.beta_y, color="0.5", ls=":", lw=0.8, label="Table 3 ratio")
        ax.set(xlabel="β_x / β_y (β_x + β_y fixed)", ylabel="dip depth (%)",
               title=f"{name}, {lab} (model)")
        ax.legend(fontsize=SMALL_PT, loc="center left", bbox_to_anchor=(1.01, 0.5))
        # plain tick numbers (0.3, 0.4, …, 4): the 10^x minor labels collide at this width
        for axis_fmt in (ax.xaxis.set_major_formatter, ax.xaxis.set_minor_formatter):
            axis_fmt(FuncFormatter(_log_tick))
    fit_text(fig)
    fig.tight_layout()
    return fig


#: The four states of the explorer's static fallback.
EXPLORER_FRAMES = (
    dict(strain_GHz=4.444, g_l=0.14, theta_B_deg=1.0, beta=0.1, field_max_mT=600.0),
    dict(strain_GHz=38.6, g_l=0.14, theta_B_deg=0.6, beta=0.1, field_max_mT=150.0),
    dict(strain_GHz=38.6, g_l=0.14, theta_B_deg=0.6, beta=0.1, field_max_mT=150.0,
         shelf_ionisation=False),
    dict(strain_GHz=38.6, g_l=0.6, theta_B_deg=0.6, beta=0.1, field_max_mT=150.0),
)


@figure(id="eslac/explorer-frames", paper="eslac", reproduces=None,
        caption="Static fallback of the Part II explorer: four states of the 12-level model.")
def explorer_frames():
    from nvlib.eslac.explorer import draw_state, explorer_state
    # four states in a 2 x 2 grid, each a column of three axes sharing its field axis
    fig = plt.figure(figsize=(WIDTH_IN, 11.0))
    outer = fig.add_gridspec(2, 2, hspace=0.25, wspace=0.4)
    for j, kw in enumerate(EXPLORER_FRAMES):
        inner = outer[j // 2, j % 2].subgridspec(3, 1, hspace=0.12)
        first = fig.add_subplot(inner[0])
        axs = [first] + [fig.add_subplot(inner[k], sharex=first) for k in (1, 2)]
        draw_state(explorer_state(**kw), axs)
        for ax in axs[:2]:
            ax.tick_params(labelbottom=False)
    fit_text(fig)
    return fig


#: NV1-S1's first ESLAC dip and an off-dip field (mT) for the readings figure.
READINGS_FIELDS_MT = (36.5, 250.0)
#: k_SI values (MHz per unit β̄) of the readings figure.
READINGS_KSI = np.linspace(0.0, 300.0, 61)


@lru_cache(maxsize=None)
def nv0_reading_scan(name: str = "NV1-S1") -> dict:
    """NV⁰ contrast at the first ESLAC dip and NV⁰ population off the dips against k_SI, for the
    Table 2 / β̄ readings of :func:`~nvlib.eslac.chargestate.reading_variants`.

    Returns {reading: (contrast, nv0_fraction)} with contrast = n0e(on)/n0e(off) − 1 (> 0: an
    NV⁰ peak at the NV⁻ dip) and nv0_fraction the NV⁰ population at the off-dip field.
    """
    from dataclasses import replace as _replace
    variants = cs.reading_variants(name)
    kw = samples.nv(name).model_kwargs()
    b = np.array(READINGS_FIELDS_MT)
    out = {}
    for label in ("chosen", "equation order", "B.2 literally"):
        c, z = [], []
        for k in READINGS_KSI:
            s = cs.solve(b, charge=_replace(variants[label], k_si=float(k)), **kw)
            c.append(s.n[0, cs.NV0_E] / s.n[1, cs.NV0_E] - 1.0)
            z.append(s.n[1, cs.NV0_G] + s.n[1, cs.NV0_E])
        out[label] = (np.array(c), np.array(z))
    return out


@figure(id="eslac/nv0-readings", paper="eslac", reproduces=None,
        caption="The book's own figure: how the NV⁰ response of the 12-level model depends on "
                "the shelf-ionisation rate and on the readings of Table 2 and of the β̄ "
                "scaling (NV1-S1).",
        alt="Two panels against the shelf-ionisation rate k_SI from 0 to 300 MHz per unit "
            "pumping parameter, for three readings of the charge rates. Left: NV⁰ contrast at "
            "NV1-S1's first ESLAC dip, which turns from negative (NV⁰ dip) to positive (NV⁰ "
            "peak) at a reading-dependent threshold. Right: the NV⁰ population away from the "
            "dips, everywhere far above the 10 percent line.")
def fig_nv0_readings():
    scan = nv0_reading_scan()
    fig, axs = plt.subplots(1, 2, figsize=(WIDTH_IN, 3.4))
    colours = {"chosen": OKABE_ITO[4], "equation order": OKABE_ITO[0],
               "B.2 literally": OKABE_ITO[6]}
    styles = {"chosen": "-", "equation order": "--", "B.2 literally": ":"}
    for label, (c, z) in scan.items():
        axs[0].plot(READINGS_KSI, 100 * c, styles[label], color=colours[label], label=label)
        axs[1].plot(READINGS_KSI, 100 * z, styles[label], color=colours[label], label=label)
    k_si = cs.AUDE_CRAIK.k_si
    for ax in axs:
        ax.axvline(k_si, color="0.5", lw=0.8, ls="-.", label=f"book's k_SI = {k_si:.0f}")
        ax.set_xlabel("k_SI (MHz per unit β̄)")
    axs[0].axhline(0.0, color="k", lw=0.8)
    axs[0].set(ylabel="NV⁰ contrast at the 36.5 mT dip (%)",
               title="(a) NV⁰ peak (> 0) or dip (< 0)")
    axs[1].axhline(10.0, color="k", lw=0.8, ls="--", label="10 % ('small')")
    axs[1].set(ylabel="NV⁰ population at 250 mT (%)", ylim=(0, 100),
               title="(b) NV⁰ buildup")
    axs[0].legend(fontsize=SMALL_PT)
    axs[1].legend(fontsize=SMALL_PT, loc="lower right")
    fit_text(fig)
    fig.tight_layout()
    return fig
