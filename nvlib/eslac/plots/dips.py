"""Figures of the ESLAC-dips chapters of Part II: Figs 1, 2 and 13 of Happacher et al. (2022).

All curves are model curves (10-level rate model, Gupta rates) at the parameters of the paper's
Table 3: the measured records are not public.
"""

from __future__ import annotations

from functools import lru_cache

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import FancyArrowPatch, Rectangle

from nvlib.eslac import dips, gfactor, samples
from nvlib.eslac import hamiltonian as ham
from nvlib.eslac import ratemodel as rm
from nvlib.eslac.plots import SMALL_PT, WIDTH_IN, fit_text
from nvlib.figures import figure
from nvlib.style import OKABE_ITO, SEQUENTIAL

__all__ = ["TRACE_RANGES", "trace", "nv_dips", "dip_table", "pl_map_fig1e", "strain_points",
           "S3_STRAINS", "S3_SWEEP_MT", "FIELD_MAX_S3_MT", "highfield_traces", "gl_scan",
           "rate_set_spread", "draw_scheme"]

#: Field ranges (mT) of the traces drawn for each NV (the paper's axes are not legible in the
#: text; these cover every dip the model predicts below 1 T for the NV).
TRACE_RANGES = {"NV1-S1": (0.0, 600.0), "NV2-S2": (0.0, 150.0), "NV3-S2": (0.0, 150.0),
                "NV5-S2": (0.0, 150.0), "NV4-S3": (0.0, 150.0)}
#: Strains of the sample-S3 sweeps of Fig. 13 (GHz): NV4-S3's δ⊥ and ±4 GHz around it (the
#: range the paper states for S3 did not survive in the text).
S3_STRAINS = (38.3, 40.3, 42.3, 44.3, 46.3)
#: Field window of the high-field sweeps (mT).
S3_SWEEP_MT = (1500.0, 5000.0)
#: Top of the swept range used for the g_l bound: the 5 T axial limit of the magnet (supplement
#: C.3). The paper's own upper field is lost in the text.
FIELD_MAX_S3_MT = 5000.0


@lru_cache(maxsize=None)
def trace(name: str, rates: str = rm.DEFAULT_RATES, step_mT: float = 0.05,
          lo: float | None = None, hi: float | None = None):
    """(field mT, PL cps) of one Table 3 NV with its fitted parameters."""
    a, b = TRACE_RANGES[name]
    a = a if lo is None else lo
    b = b if hi is None else hi
    field = np.arange(a, b + step_mT / 2, step_mT)
    nv = samples.nv(name)
    return field, rm.solve(field, rates=rates, **nv.model_kwargs()).pl


@lru_cache(maxsize=None)
def nv_dips(name: str, rates: str = rm.DEFAULT_RATES) -> dips.Dips:
    """PL dips of one Table 3 NV (fields below 1 T for NV1-S1, its trace range otherwise)."""
    hi = 600.0 if name == "NV1-S1" else 150.0
    field, pl = trace(name, rates, 0.05, 0.0, hi)
    return dips.find_dips(field, pl, min_depth=0.005)


def dip_table() -> list[dict]:
    """The book's own table: model dip fields, depths, widths and crossing labels per NV."""
    rows = []
    gslac = ham.gslac_field_mT()
    for name, nv in samples.TABLE3.items():
        d = nv_dips(name)
        cs = dips.crossings(nv.strain_GHz, nv.g_l, field_max_mT=700.0, step_mT=0.25)
        for f, dep, w in zip(d.field_mT, d.depth, d.width_mT):
            if abs(f - gslac) < 1.0:
                label = "GSLAC"
            else:
                near = min(cs, key=lambda c: abs(c.field_mT - f)) if cs else None
                label = near.label if near and abs(near.field_mT - f) < 5 else "?"
            rows.append({"NV": name, "field_mT": float(f), "depth": float(dep),
                         "width_mT": float(w), "levels": label})
    return rows


@lru_cache(maxsize=None)
def pl_map_fig1e(n_field: int = 1000, n_strain: int = 400, g_l: float = 0.14,
                 theta_B_deg: float = 0.5):
    """(field mT, strain GHz, PL normalised per strain) for Fig. 1(e): 0–600 mT, 0–60 GHz."""
    field = np.linspace(0.0, 600.0, n_field)
    strain = np.linspace(0.0, 60.0, n_strain)
    pl = rm.pl_map(field, strain, g_l=g_l, theta_B_deg=theta_B_deg, progress=True)
    return field, strain, pl / pl.max(axis=1, keepdims=True)


@lru_cache(maxsize=None)
def strain_points(g_l: float = 0.14):
    """Crossing fields vs δ⊥ for Fig. 1(f): (strain GHz, field mT, inter-branch flag)."""
    return dips.crossing_points(np.linspace(0.0, 60.0, 241), g_l, np.arange(0.0, 700.0, 0.25))


@lru_cache(maxsize=None)
def highfield_traces(g_l: float = 0.14, step_mT: float = 0.5):
    """PL of NV4-S3-like NVs (strains :data:`S3_STRAINS`) over :data:`S3_SWEEP_MT`."""
    nv = samples.nv("NV4-S3")
    field = np.arange(S3_SWEEP_MT[0], S3_SWEEP_MT[1] + step_mT / 2, step_mT)
    kw = nv.model_kwargs()
    out = []
    for d in S3_STRAINS:
        kw.update(strain_GHz=d, g_l=g_l)
        out.append(rm.solve(field, **kw).pl)
    return field, np.array(out)


@lru_cache(maxsize=None)
def gl_scan(strain_GHz: float = 42.3, n: int = 41):
    """Crossing fields vs g_l: (g_l, inter-branch fields (n, 2), intra-branch fields (n, 2))."""
    gls = np.linspace(0.0, 0.95, n)
    inter, intra = [], []
    for g in gls:
        cs = dips.crossings(strain_GHz, g, field_max_mT=12000.0, step_mT=5.0)
        fi = sorted(c.field_mT for c in cs if c.inter_branch)[:2]
        fa = sorted(c.field_mT for c in cs if not c.inter_branch)[:2]
        inter.append(fi + [np.nan] * (2 - len(fi)))
        intra.append(fa + [np.nan] * (2 - len(fa)))
    return gls, np.array(inter), np.array(intra)


@lru_cache(maxsize=None)
def rate_set_spread() -> float:
    """Largest shift (mT) of any non-GSLAC dip of the five NVs between the three rate sets."""
    worst = 0.0
    for name in samples.TABLE3:
        ref = nv_dips(name, "gupta").field_mT
        for rates in ("robledo", "tetienne"):
            other = nv_dips(name, rates).field_mT
            if other.size != ref.size:
                return np.inf
            worst = max(worst, float(np.max(np.abs(other - ref))))
    return worst


def draw_scheme(ax, *, charge: bool = False, shelf: bool = True, rates=None) -> None:
    """Level and decay scheme of the rate model (10 levels; 12 with ``charge``)."""
    ax.set_axis_off()
    ax.set_xlim(0, 10 if charge else 6.5)
    ax.set_ylim(0, 10)

    def level(x, y, w, label, color="k"):
        ax.plot([x, x + w], [y, y], color=color, lw=1.5)
        ax.text(x + w + 0.1, y, label, va="center", fontsize=SMALL_PT)

    for i, m in enumerate(("+1", "0", "−1")):
        level(0.3, 1.0 + 0.45 * i, 1.6, "")
    ax.text(1.0, 0.3, "³A₂ (3)", ha="center", fontsize=SMALL_PT)
    for i in range(3):
        level(0.0, 7.6 + 0.35 * i, 1.0, "", OKABE_ITO[4])
        level(1.3, 8.6 + 0.35 * i, 1.0, "", OKABE_ITO[5])
    ax.text(0.5, 9.6, "E_y", ha="center", fontsize=SMALL_PT, color=OKABE_ITO[4])
    ax.text(1.8, 9.9, "E_x", ha="center", fontsize=SMALL_PT, color=OKABE_ITO[5])
    level(3.6, 4.5, 1.2, "S (¹A₁/¹E)")
    arr = dict(arrowstyle="-|>", mutation_scale=8, lw=1.0)
    ax.add_patch(FancyArrowPatch((0.6, 2.0), (0.6, 7.5), color="#009E73", **arr))
    ax.text(0.15, 4.7, "β k_r", fontsize=SMALL_PT, rotation=90, color="#009E73")
    ax.add_patch(FancyArrowPatch((1.5, 8.5), (1.5, 2.0), color="#D55E00", **arr))
    ax.text(1.65, 5.5, "k_r", fontsize=SMALL_PT, color="#D55E00")
    ax.add_patch(FancyArrowPatch((2.4, 8.7), (3.8, 4.7), color="grey", **arr))
    ax.text(3.1, 7.2, "ISC", fontsize=SMALL_PT, color="grey")
    ax.add_patch(FancyArrowPatch((4.2, 4.4), (2.0, 1.6), color="grey", **arr))
    if charge:
        level(7.0, 1.5, 1.2, "NV⁰ g")
        level(7.0, 7.5, 1.2, "NV⁰ e")
        ax.add_patch(FancyArrowPatch((7.3, 1.6), (7.3, 7.4), color="#009E73", **arr))
        ax.add_patch(FancyArrowPatch((7.9, 7.4), (7.9, 1.6), color="#D55E00", **arr))
        ax.add_patch(FancyArrowPatch((2.4, 9.2), (7.0, 1.8), color=OKABE_ITO[6], **arr))
        ax.text(4.7, 8.6, "ionisation", fontsize=SMALL_PT, color=OKABE_ITO[6])
        ax.add_patch(FancyArrowPatch((7.0, 7.6), (2.0, 2.2), color=OKABE_ITO[0], **arr))
        ax.text(4.3, 6.3, "recombination", fontsize=SMALL_PT, color=OKABE_ITO[0])
        if shelf:
            ax.add_patch(FancyArrowPatch((4.8, 4.5), (7.0, 1.5), color="k", ls="--", **arr))
            ax.text(5.6, 3.4, "shelf ionisation", fontsize=SMALL_PT)
        if rates is not None:
            ax.text(0.0, -0.6, rates.replace("; per", ";\nper"), fontsize=SMALL_PT, va="top")


def _dip_marks(ax, d: dips.Dips, y):
    for f in d.field_mT:
        ax.axvline(f, color="0.8", lw=0.6, zorder=0)


@figure(id="eslac/fig1", paper="eslac", reproduces="Fig. 1(a–f)",
        caption="Reproduces Fig. 1 of Happacher et al. (2022) with model curves at the Table 3 "
                "parameters (10-level rate model, Gupta rates): (a, b) NV⁻ PL vs field for NV1-S1 "
                "and NV2-S2; (c, d) excited-state levels and PL of NV3-S2; (e) PL vs field and "
                "strain with the level scheme; (f) crossing fields vs strain.")
def fig1():
    fig = plt.figure(figsize=(WIDTH_IN, 11.0))
    gsp = fig.add_gridspec(4, 2, height_ratios=[1, 1, 2.0, 1.4], hspace=0.6, wspace=0.35)
    for k, name in enumerate(("NV1-S1", "NV2-S2")):
        ax = fig.add_subplot(gsp[0, k])
        f, pl = trace(name)
        ax.plot(f, pl / 1e3, color=OKABE_ITO[4], lw=1)
        _dip_marks(ax, nv_dips(name), pl)
        ax.set(xlabel="B (mT)", ylabel="NV⁻ PL (kcps)",
               title=f"({'ab'[k]}) {name},\nδ⊥ = {samples.nv(name).strain_GHz} GHz (model)")
        if k == 1:
            # inset: the strain vector (δx, δy) = δ⊥ (cos φ_δ, sin φ_δ) of NV2-S2
            nv = samples.nv(name)
            ins = ax.inset_axes([0.62, 0.08, 0.34, 0.42])
            ph = np.radians(nv.strain_angle_deg)
            ins.annotate("", xy=(np.cos(ph), np.sin(ph)), xytext=(0, 0),
                         arrowprops=dict(arrowstyle="-|>", color=OKABE_ITO[5], lw=1.2))
            ins.axhline(0, color="0.6", lw=0.5)
            ins.axvline(0, color="0.6", lw=0.5)
            ins.set(xlim=(-1.2, 1.2), ylim=(-1.2, 1.2), xticks=[], yticks=[])
            ins.set_xlabel("δx", fontsize=SMALL_PT, labelpad=1)
            ins.set_ylabel("δy", fontsize=SMALL_PT, labelpad=1)
            ins.text(0.05, 0.92, f"δ⊥, φ_δ = {nv.strain_angle_deg:g}°", fontsize=SMALL_PT,
                     transform=ins.transAxes, va="top")
    nv3 = samples.nv("NV3-S2")
    f = np.arange(0.0, 150.0, 0.25)
    e = np.linalg.eigvalsh(ham.es_hamiltonian(f, strain_GHz=nv3.strain_GHz, g_l=nv3.g_l,
                                              theta_B_deg=nv3.theta_B_deg,
                                              strain_angle_deg=nv3.strain_angle_deg))
    axc = fig.add_subplot(gsp[1, 0])
    axc.plot(f, e[:, :3] + nv3.strain_GHz, color=OKABE_ITO[4], lw=1)
    axc.plot(f, e[:, 3:] - nv3.strain_GHz, color=OKABE_ITO[5], lw=1)
    axc.set(xlabel="B (mT)", ylabel="E ± δ⊥ (GHz)",
            title="(c) NV3-S2 excited states: lower\n(+δ⊥, blue), upper (−δ⊥, red) branch")
    axd = fig.add_subplot(gsp[1, 1])
    ft, pl = trace("NV3-S2")
    axd.plot(ft, pl / 1e3, color=OKABE_ITO[4], lw=1)
    for c in dips.crossings(nv3.strain_GHz, nv3.g_l, field_max_mT=150.0, step_mT=0.25):
        axc.axvline(c.field_mT, color="0.7", lw=0.6, ls=":")
        axd.axvline(c.field_mT, color="0.7", lw=0.6, ls=":")
    axd.set(xlabel="B (mT)", ylabel="NV⁻ PL (kcps)", title="(d) NV3-S2 PL (model)")
    axe = fig.add_subplot(gsp[2, :])
    fm, sm, plm = pl_map_fig1e()
    im = axe.pcolormesh(fm, sm, plm, cmap=SEQUENTIAL, shading="auto", rasterized=True)
    fig.colorbar(im, ax=axe, label="PL / max over B")
    # the inter-branch ESLACs the paper labels in Fig. 1(e)
    s_ib, b_ib, inter_ib = strain_points()
    sel = inter_ib & (b_ib <= fm[-1])
    axe.plot(b_ib[sel], s_ib[sel], ".", ms=1.5, color=OKABE_ITO[5], zorder=3)
    if np.any(sel):
        j = int(np.argmin(np.where(sel, np.abs(b_ib - 450.0), np.inf)))
        axe.annotate("inter-branch ESLACs", xy=(b_ib[j], s_ib[j]), xytext=(300.0, 15.0),
                     fontsize=SMALL_PT, color=OKABE_ITO[5], zorder=5,
                     arrowprops=dict(arrowstyle="->", color=OKABE_ITO[5], lw=0.8))
    axe.set(xlabel="B (mT)", ylabel="δ⊥ (GHz)",
            title="(e) PL vs field and strain (g_l = 0.14, θ_B = 0.5°, β = 0.1)")
    # the level scheme as an inset over the featureless high-field, high-strain corner
    box = [0.5, 0.36, 0.5, 0.58]
    axe.add_patch(Rectangle(box[:2], *box[2:], transform=axe.transAxes, fc="white", ec="0.6",
                            lw=0.5, alpha=0.9, zorder=4))
    ins = axe.inset_axes(box)
    draw_scheme(ins)
    axf = fig.add_subplot(gsp[3, :])
    s, b, inter = strain_points()
    axf.plot(b[~inter], s[~inter], ".", ms=2, color=OKABE_ITO[4], label="intra-branch ESLAC")
    axf.plot(b[inter], s[inter], ".", ms=2, color=OKABE_ITO[5], label="inter-branch ESLAC")
    axf.axvline(ham.gslac_field_mT(), color="k", lw=0.8, ls="--", label="GSLAC")
    lo = min(samples.nv(n).strain_GHz for n in samples.SHALLOW)
    hi = max(samples.nv(n).strain_GHz for n in samples.SHALLOW)
    axf.axhspan(lo, hi, color="0.85", zorder=0, label="shallow NVs (S2, Table 3)")
    for k, (name, nv) in enumerate(samples.TABLE3.items()):
        axf.plot(nv_dips(name).field_mT, np.full(nv_dips(name).field_mT.size, nv.strain_GHz),
                 "o", mfc="none", color=OKABE_ITO[(0, 1, 2, 3, 6)[k % 5]],
                 label=f"{name} (model dips)")
    axf.set(xlabel="B (mT)", ylabel="δ⊥ (GHz)", xlim=(0, 700), ylim=(0, 60),
            title="(f) ESLAC fields vs strain (g_l = 0.14)")
    axf.legend(ncol=2, fontsize=SMALL_PT, loc="upper left", bbox_to_anchor=(0.0, -0.28))
    fit_text(fig)
    return fig


@figure(id="eslac/fig2", paper="eslac", reproduces="Fig. 2(a–d)",
        caption="Reproduces Fig. 2 of Happacher et al. (2022), model curves: (a) NV4-S3 at low "
                "field; (b) inter-branch dips at tesla fields for several g_l; (c) their fields "
                "vs g_l; (d) the low-field dips vs g_l.")
def fig2():
    nv = samples.nv("NV4-S3")
    fig, axs = plt.subplots(2, 2, figsize=(WIDTH_IN, 6.2))
    f, pl = trace("NV4-S3")
    axs[0, 0].plot(f, pl / 1e3, color=OKABE_ITO[1])
    axs[0, 0].set(xlabel="B (mT)", ylabel="NV⁻ PL (kcps)",
                  title=f"(a) NV4-S3, δ⊥ = {nv.strain_GHz} GHz\n(model)")
    field = np.arange(2500.0, 5000.0, 0.5)
    kw = nv.model_kwargs()
    for k, g in enumerate((0.14, 0.3, 0.5, 0.7)):
        kw.update(g_l=g)
        p = rm.solve(field, **kw).pl
        axs[0, 1].plot(field / 1e3, p / p.max() - 0.15 * k, lw=1,
                       color=OKABE_ITO[1] if k == 0 else OKABE_ITO[4 + k % 3],
                       label=f"g_l = {g}")
    axs[0, 1].set(xlabel="B (T)", ylabel="PL / max (offset)", title="(b) inter-branch dips")
    axs[0, 1].legend(fontsize=SMALL_PT)
    gls, inter, intra = gl_scan(nv.strain_GHz)
    axs[1, 0].plot(gls, inter / 1e3, color=OKABE_ITO[4])
    axs[1, 0].axhline(FIELD_MAX_S3_MT / 1e3, color="k", ls="--", lw=0.8, label="5 T")
    bound, _ = gfactor.self_consistent_g_l_bound(nv.strain_GHz, nv.g_l, FIELD_MAX_S3_MT)
    axs[1, 0].set(xlabel="g_l", ylabel="inter-branch ESLAC field (T)", ylim=(2, 8),
                  title="(c) inter-branch ESLACs vs g_l")
    axs[1, 0].legend(fontsize=SMALL_PT)
    axs[1, 1].plot(gls, intra, color=OKABE_ITO[4])
    axs[1, 1].axvline(bound, color="0.5", ls=":",
                      label=f"book's reading, not a result:\nno dip below an assumed 5 T top\n"
                            f"⇒ g_l ≳ {bound:.2f} (δ⊥ refitted)")
    axs[1, 1].legend(fontsize=SMALL_PT)
    axs[1, 1].set(xlabel="g_l", ylabel="low-field ESLAC field (mT)",
                  title="(d) low-field ESLACs vs g_l")
    fit_text(fig)
    fig.tight_layout()
    return fig


@figure(id="eslac/fig13", paper="eslac", reproduces="Fig. 13 (supplement)",
        caption="The model's counterpart of supplement Fig. 13 of Happacher et al. (2022), not a "
                "reproduction: the measured sweeps show no inter-branch dips; the model at "
                "g_l = 0.14 draws the dips the measurement rules out.")
def fig13():
    field, traces = highfield_traces()
    fig, ax = plt.subplots(figsize=(WIDTH_IN, 4.6))
    for k, (d, p) in enumerate(zip(S3_STRAINS, traces)):
        ax.plot(field / 1e3, p / p.max() - 0.12 * k, lw=1, color=OKABE_ITO[k % 8],
                label=f"δ⊥ = {d} GHz")
        for fx in gfactor.inter_branch_fields(d, 0.14, field_max_mT=6000.0):
            ax.plot(fx / 1e3, 1.01 - 0.12 * k, "v", color=OKABE_ITO[k % 8], ms=5)
    ax.set(xlabel="B (T)", ylabel="PL / max (offset)",
           title="Sample S3, g_l = 0.14 (model; ▾ inter-branch ESLACs the measurement did not show)")
    ax.legend(fontsize=8, loc="lower right")
    fit_text(fig, 9)
    fig.tight_layout()
    return fig
