"""Claims of Happacher et al. (2022) about the excited state and the ESLAC dips (Figs 1, 2, 13).

Main model, fixed before comparing: the 10-level rate model with the Gupta et al. 2016 rates
(Table 1; the set the paper uses), Doherty et al. 2013 fine-structure parameters with D_gs at
4 K (readings ``eslac/es-parameters``, ``eslac/d-gs``), and each NV's Table 3 parameters. The
model ranges of the dip-field and depth claims run over the two fine-structure sets of
:data:`nvlib.eslac.hamiltonian.PARAM_SETS`.

Claims removed in the statements passes (issues 15 and 17), because their reference is not a
number the paper prints or their test cannot fail: ``gslac-dip`` (the textbook D_gs/(g μ_B), the
model's own input; the paper's GSLAC field is lost), ``a1-a2-splitting`` (the paper prints no
3.1 GHz), ``large-strain-limit`` (no 50.7 mT in the paper), ``rate-set-insensitivity`` (dip
fields are set by the Hamiltonian and cannot move with the rates; replaced by
``strain-rate-set-insensitivity``, which refits δ⊥), ``gl-nv1-s1`` (a synthetic self-recovery of
the fit; the fits chapter tests the optimiser instead), ``shallow-strain`` and
``shallow-field-limit`` (their printed numbers are lost, so they could not fail: statements
s087/s088 carry the reason instead).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from nvlib.claims.registry import claim
from nvlib.eslac import dips, gfactor, samples
from nvlib.eslac import hamiltonian as ham
from nvlib.eslac import ratemodel as rm

_ALT = ham.PARAM_SETS["low-T"]


def _over_sets(f):
    """(min, max) of ``f(p)`` over the fine-structure sets of ``PARAM_SETS``."""
    v = [f(p) for p in ham.PARAM_SETS.values()]
    return min(v), max(v)


# ------------------------------------------------------------------ g_l bound (¶13, Fig. 2d)

@lru_cache(maxsize=None)
def gl_bound(field_max_mT: float = 5000.0, p: ham.ESParams = ham.DOHERTY) -> tuple[float, float]:
    """Self-consistent g_l bound of NV4-S3 and δ⊥ there, for a sweep top and a parameter set
    (δ⊥ refitted under ``p`` to the low-field ESLACs of the Table 3 fit, computed with the main
    set)."""
    nv = samples.nv("NV4-S3")
    return gfactor.self_consistent_g_l_bound(nv.strain_GHz, nv.g_l, field_max_mT, p=p,
                                             target_p=ham.DOHERTY)


def _gl_bound_range() -> tuple[float, float]:
    v = [gl_bound(top, p)[0] for top in (4000.0, 5000.0) for p in ham.PARAM_SETS.values()]
    return min(v), max(v)


@claim(id="eslac/gl-bound-nv4-s3", paper="eslac", source="paper", kind="prediction",
       where="Main text ¶13 (Fig. 2d); supplement C.3",
       quantity="lowest g_l consistent with no inter-branch dip of NV4-S3 below the sweep top, "
                "δ⊥ refitted to the low-field dips at each g_l (self-consistent)", unit="1",
       printed="lost", verdict="not reproducible",
       statements=("eslac/s063",), readings=("eslac/sweep-top", "eslac/es-parameters"),
       note="The paper's bound and the top of its field sweep did not survive in the text. The "
            "value shown is the book's, for a 5 T sweep top (the magnet's axial limit, C.3; "
            "reading eslac/sweep-top). The inter-branch crossing rises with g_l (B* ≈ "
            "2δ⊥/(μ_B √(g_es² − 4g_l²))), but the low-field dips fix δ⊥ only given g_l: "
            "holding δ⊥ at the g_l = 0.14 value (42.3 GHz) would give 0.85 (0.73 for 4 T); "
            "refitting δ⊥ at each g_l (it rises to ≈ 48 GHz) gives the self-consistent 0.78 "
            "(0.63 for 4 T). Model range: 4 and 5 T sweep tops × the Doherty and low-temperature "
            "fine-structure sets (0.61–0.78).",
       model_range_compute=_gl_bound_range)
def _gl_bound() -> float:
    return gl_bound(5000.0)[0]


# ------------------------------------------------------------------ inter-branch dips (¶13)

@lru_cache(maxsize=None)
def _inter_branch_nv4(g_l: float = 0.14, p: ham.ESParams = ham.DOHERTY) -> np.ndarray:
    return gfactor.inter_branch_fields(samples.nv("NV4-S3").strain_GHz, g_l,
                                       field_max_mT=20000.0, step_mT=5.0, p=p)


@claim(id="eslac/inter-branch-count", paper="eslac", source="paper", kind="prediction",
       where="Main text ¶13 (Fig. 1e)",
       quantity="number of inter-branch (spin-mixing between the two orbital branches) ESLACs "
                "of NV4-S3 below 20 T, g_l = 0.14", unit="1", printed="count 2",
       verdict="reproduced", statements=("eslac/s054",), readings=("eslac/es-parameters",),
       note="'Our model predicts two additional dips … which arise from spin-mixing ESLACs "
            "between orbitals'. The count follows from the excited-state Hamiltonian at NV4-S3's "
            "fitted strain (the lower branch's m_s = 0 meets the upper branch's m_s = ±1 levels); "
            "the paper's 'two' is not an input of the book's model, so a Hamiltonian with "
            "another structure would give another count. Model range: both fine-structure sets.",
       model_range_compute=lambda: _over_sets(lambda p: float(_inter_branch_nv4(0.14, p).size)))
def _ib_count() -> float:
    return float(_inter_branch_nv4().size)


def _tesla_range(p: ham.ESParams = ham.DOHERTY) -> float:
    f = _inter_branch_nv4(0.14, p)
    return float(f.size == 2 and bool(np.all((f > 1000.0) & (f < 10000.0))))


@claim(id="eslac/tesla-range-dips", paper="eslac", source="paper", kind="prediction",
       where="Main text ¶13 (Fig. 2b)",
       quantity="are both inter-branch ESLACs of NV4-S3 (δ⊥ = 42.3 GHz, g_l = 0.14) between 1 "
                "and 10 T? (1 yes, 0 no)", unit="1", printed="yes", verdict="reproduced",
       statements=("eslac/s057",), readings=("eslac/es-parameters",),
       note="'For which our model predicts the dips to occur at Tesla-range magnetic fields'. "
            "The book's fields are about 3.0 and 3.1 T (g_l = 0.14), predicted from the "
            "Hamiltonian at the Table 3 strain; the paper's own numbers are lost. Model range: "
            "both fine-structure sets.",
       model_range_compute=lambda: _over_sets(_tesla_range))
def _tesla() -> float:
    return _tesla_range()


@lru_cache(maxsize=None)
def s3_inter_branch(strain_GHz: float, p: ham.ESParams = ham.DOHERTY) -> np.ndarray:
    """Inter-branch ESLAC fields (mT) of an S3-like NV at g_l = 0.14, below 8 T."""
    return gfactor.inter_branch_fields(strain_GHz, 0.14, field_max_mT=8000.0, step_mT=5.0, p=p)


#: Strain ranges (GHz) of the reading ``eslac/s3-strain-range``: chosen, then the wide one.
S3_RANGES = {"chosen": (38.3, 46.3), "wide": (32.3, 52.3)}


def _s3_in_sweep(top_mT: float = 5000.0, rng: str = "chosen",
                 p: ham.ESParams = ham.DOHERTY) -> float:
    lo, hi = S3_RANGES[rng]
    ok = True
    for s in np.linspace(lo, hi, 5):
        f = s3_inter_branch(float(s), p)
        ok &= bool(f.size >= 2 and np.all(f[:2] < top_mT))
    return float(ok)


@claim(id="eslac/s3-dips-in-sweep", paper="eslac", source="paper", kind="prediction",
       where="Supplement C.3 (Fig. 13)",
       quantity="do NVs with S3's strains show both inter-branch ESLACs below the sweep top at "
                "g_l = 0.14? (1 yes, 0 no)", unit="1", printed="yes", verdict="reproduced",
       statements=("eslac/s227",),
       readings=("eslac/sweep-top", "eslac/s3-strain-range", "eslac/es-parameters"),
       note="'According to our model, these NVs should all exhibit their inter-branch ESLACs … "
            "in the centre of the magnetic field sweep range shown in Fig. 13, unless g_l is "
            "significantly enhanced.' The S3 strains and the sweep range are lost; the book "
            "checks that at g_l = 0.14 both inter-branch ESLACs of every strain in the S3 range "
            "lie below the sweep top (2.7–3.8 T for 38.3–46.3 GHz). 'The centre' cannot be "
            "located without the lost range. Model range: 4 and 5 T tops, the chosen and the "
            "wide strain range, both fine-structure sets.",
       model_range_compute=lambda: (
           min(_s3_in_sweep(t, r, p) for t in (4000.0, 5000.0) for r in S3_RANGES
               for p in ham.PARAM_SETS.values()),
           max(_s3_in_sweep(t, r, p) for t in (4000.0, 5000.0) for r in S3_RANGES
               for p in ham.PARAM_SETS.values())))
def _s3() -> float:
    return _s3_in_sweep()


# ------------------------------------------------------------------ NV3-S2 (¶8, Fig. 1c, d)

@lru_cache(maxsize=None)
def nv3_coalescence(p: ham.ESParams = ham.DOHERTY) -> tuple[int, int]:
    """(number of intra-branch ESLACs of NV3-S2 below 90 mT, number of PL dips there)."""
    nv = samples.nv("NV3-S2")
    cs = [c for c in dips.crossings(nv.strain_GHz, nv.g_l, field_max_mT=90.0, step_mT=0.25, p=p)
          if not c.inter_branch]
    f = np.arange(0.0, 90.0, 0.05)
    d = dips.find_dips(f, rm.solve(f, p=p, **nv.model_kwargs()).pl, min_depth=0.005)
    return len(cs), int(d.field_mT.size)


def _coalesce(p: ham.ESParams = ham.DOHERTY) -> float:
    n_cross, n_dips = nv3_coalescence(p)
    return float(n_cross == 2 and n_dips == 1)


@claim(id="eslac/nv3-coalescence", paper="eslac", source="paper", kind="consistency",
       where="Main text ¶8 (Fig. 1c, d)",
       quantity="do the two low-field ESLACs of NV3-S2 (Table 3 parameters) give a single PL "
                "dip? (1 yes, 0 no)", unit="1", printed="yes", verdict="reproduced",
       statements=("eslac/s034b",), readings=("eslac/es-parameters",),
       note="'Figures 1c, d exemplify this concept for NV3-S2 … to illustrate the coalescence "
            "between two ESLACs and the associated dips.' At δ⊥ = 55.9 GHz the model has two "
            "intra-branch ESLACs below 90 mT (≈ 33 and 52 mT) but one PL dip (≈ 34 mT): the "
            "second is too shallow to stand out of the first's wing. A consistency check, not a "
            "prediction: the Table 3 parameters were fitted to this very record. Model range: both "
            "fine-structure sets.",
       model_range_compute=lambda: _over_sets(_coalesce))
def _nv3() -> float:
    return _coalesce()


# ------------------------------------------------------------------ φ_B (supplement B.1)

_PHI = (0.0, 45.0, 90.0, 135.0, 180.0, 270.0)


@lru_cache(maxsize=None)
def phi_shifts(p: ham.ESParams = ham.DOHERTY) -> dict:
    """Largest dip-field shift of NV1-S1 (θ_B = 1.14°) as φ_B runs over 0–270°, and the shifts
    produced by one quoted error of δ⊥ (Table 3), mT, dip by dip (fine-structure set ``p``)."""
    nv = samples.nv("NV1-S1")
    f = np.arange(0.0, 600.0, 0.05)
    kw = {**nv.model_kwargs(), "p": p}

    def fields(**change):
        return dips.find_dips(f, rm.pl_vs_field(f, **{**kw, **change}), min_depth=0.005).field_mT

    ref = fields()
    shift = np.zeros_like(ref)
    for phi in _PHI[1:]:
        d = fields(phi_B_deg=phi)
        if d.size != ref.size:
            raise RuntimeError("a dip appears or disappears with φ_B")
        shift = np.maximum(shift, np.abs(d - ref))
    one_sigma = np.abs(fields(strain_GHz=nv.strain_GHz + nv.errors["strain_GHz"]) - ref)
    return {"field_mT": ref, "phi_shift_mT": shift, "sigma_shift_mT": one_sigma}


def _phi_ok(criterion: str, p: ham.ESParams = ham.DOHERTY) -> float:
    d = phi_shifts(p)
    if criterion == "sigma":
        return float(np.all(d["phi_shift_mT"] <= np.maximum(d["sigma_shift_mT"], 1e-3)))
    return float(np.all(d["phi_shift_mT"] < 1.0))


@claim(id="eslac/phiB-no-effect", paper="eslac", source="paper", kind="prediction",
       where="SM Sec. B.1 (field azimuth φ_B)",
       quantity="does φ_B move every dip of NV1-S1 (θ_B = 1.14°) by no more than one quoted "
                "δ⊥ error does? (1 yes, 0 no)", unit="1", printed="yes",
       verdict="discrepancy", statements=("eslac/s167",),
       readings=("eslac/significance", "eslac/es-parameters"),
       note="'The azimuthal angle of the magnetic field has no significant effect on the NV "
            "excited state spectrum and we set φ = …'. At NV1-S1's fitted θ_B = 1.14°, φ_B moves "
            "the 36.5 mT dip by up to 0.17 mT and the 480.6 mT dip by up to 0.44 mT, about 4× and "
            "2.4× the shift of one quoted δ⊥ error (0.036 and 0.18 mT), and changes the 138 mT "
            "dip depth by up to 0.04 of the PL (a fifth of the dip). Against the fit's "
            "resolution (the chosen reading) the effect is significant; against the dip width "
            "(≈ 1 mT) it is not. The paper's alignment condition is lost. Model range: both "
            "criteria × both fine-structure sets.",
       model_range_compute=lambda: (
           min(_phi_ok(c, q) for c in ("sigma", "width") for q in ham.PARAM_SETS.values()),
           max(_phi_ok(c, q) for c in ("sigma", "width") for q in ham.PARAM_SETS.values())))
def _phi() -> float:
    return _phi_ok("sigma")


# ------------------------------------------------------------------ g_l (¶13, supplement B.1)

@lru_cache(maxsize=None)
def strain_at_fixed_gl(g_true: float, g_fixed: float = 0.14,
                       name: str = "NV4-S3") -> float:
    """δ⊥ (GHz) that a model with g_l fixed at ``g_fixed`` assigns to the low-field ESLAC
    fields of an NV whose true (δ⊥, g_l) are (Table 3 δ⊥, ``g_true``)
    (:func:`nvlib.eslac.gfactor.low_field_strain`)."""
    s0 = samples.nv(name).strain_GHz
    target = [c.field_mT for c in dips.crossings(s0, g_true, field_max_mT=300.0, step_mT=0.25)
              if not c.inter_branch]
    return gfactor.low_field_strain(target, g_fixed, guess_GHz=s0)


def gl_bias(field_max_mT: float = 5000.0, p: ham.ESParams = ham.DOHERTY) -> float:
    """δ⊥ error (GHz) of NV4-S3's fixed-g_l fit if g_l is at the self-consistent bound: the δ⊥
    that the same low-field dips ask for at the bound, minus Table 3's 42.3 GHz."""
    return gl_bound(field_max_mT, p)[1] - samples.nv("NV4-S3").strain_GHz


def _negligible(criterion: str, field_max_mT: float = 5000.0,
                p: ham.ESParams = ham.DOHERTY) -> float:
    nv = samples.nv("NV4-S3")
    scale = nv.errors["strain_GHz"] if criterion == "sigma" else 0.05 * nv.strain_GHz
    return float(abs(gl_bias(field_max_mT, p)) < scale)


@claim(id="eslac/lowfield-gl-insensitivity", paper="eslac", source="paper",
       kind="prediction", where="Supplement B.1 (Fig. 2d, lower panel)",
       quantity="is the δ⊥ error of NV4-S3's fit with g_l fixed at 0.14 below one quoted δ⊥ "
                "error, if g_l is at the self-consistent bound? (1 yes, 0 no)", unit="1",
       printed="yes", verdict="discrepancy", statements=("eslac/s176",),
       readings=("eslac/negligible", "eslac/sweep-top", "eslac/es-parameters"),
       note="'The magnetic field values at which the ESLACs occur depend only very weakly on "
            "the value of g_l and we therefore consider these errors to be close to "
            "negligible.' The paper argues that g_l is enhanced in these NVs; if it is at the "
            "bound (0.78 for a 5 T top), the low-field dips that a g_l = 0.14 fit reads as "
            "δ⊥ = 42.3 GHz ask for δ⊥ ≈ 48.2 GHz: an error of 5.9 GHz, twelve quoted errors "
            "(0.5 GHz) and 14 % of δ⊥. Negligible under neither criterion of the reading. Model "
            "range: both criteria × 4 and 5 T × both fine-structure sets.",
       model_range_compute=lambda: (
           min(_negligible(c, t, q) for c in ("sigma", "share") for t in (4000.0, 5000.0)
               for q in ham.PARAM_SETS.values()),
           max(_negligible(c, t, q) for c in ("sigma", "share") for t in (4000.0, 5000.0)
               for q in ham.PARAM_SETS.values())))
def _gl_insens() -> float:
    return _negligible("sigma")


_GL_FIG2D = np.linspace(0.0, 0.95, 20)


@lru_cache(maxsize=None)
def lowfield_shift(p: ham.ESParams = ham.DOHERTY) -> tuple[float, float]:
    """(largest shift of NV4-S3's two low-field ESLACs over g_l = 0–0.95 (Fig. 2d), mT;
    the narrowest full width of its low-field model dips, mT)."""
    nv = samples.nv("NV4-S3")
    ref = gfactor._intra_fields(nv.strain_GHz, nv.g_l, p)
    shift = max(float(np.max(np.abs(gfactor._intra_fields(nv.strain_GHz, g, p) - ref)))
                for g in _GL_FIG2D)
    f = np.arange(0.0, 90.0, 0.05)
    d = dips.find_dips(f, rm.solve(f, p=p, **nv.model_kwargs()).pl, min_depth=0.005)
    return shift, float(d.width_mT.min())


def _flat(criterion: str, p: ham.ESParams = ham.DOHERTY) -> float:
    shift, width = lowfield_shift(p)
    if criterion == "width":
        return float(shift < width)
    nv = samples.nv("NV4-S3")
    e = nv.errors["strain_GHz"]
    one_sigma = np.max(np.abs(gfactor._intra_fields(nv.strain_GHz + e, nv.g_l, p)
                              - gfactor._intra_fields(nv.strain_GHz, nv.g_l, p)))
    return float(shift < one_sigma)


@claim(id="eslac/lowfield-dips-flat", paper="eslac", source="paper", kind="prediction",
       where="Main text ¶13 (Fig. 2d)",
       quantity="over g_l = 0–0.95, do NV4-S3's low-field ESLACs move by less than the "
                "narrowest width of its low-field dips? (1 yes, 0 no)", unit="1", printed="yes",
       verdict="reproduced", statements=("eslac/s059",),
       readings=("eslac/largely-independent", "eslac/es-parameters"),
       note="'The locations of the “low-field” dips shown in Fig. 2a are largely independent of "
            "g_l (Fig. 2d).' Over the g_l axis of Fig. 2(d) the two low-field ESLACs move by at "
            "most 2.9 mT, less than the narrowest of NV4-S3's dips (6.4 mT full width), while "
            "the inter-branch ones move by tesla (Fig. 2c): on the figure's scale the statement "
            "holds. Against the fit's resolution (one quoted δ⊥ error moves them by 0.15 mT) "
            "it does not, which is what the fixed-g_l row tests. Model range: both criteria × "
            "both fine-structure sets.",
       model_range_compute=lambda: (
           min(_flat(c, q) for c in ("width", "sigma") for q in ham.PARAM_SETS.values()),
           max(_flat(c, q) for c in ("width", "sigma") for q in ham.PARAM_SETS.values())))
def _flat_main() -> float:
    return _flat("width")


# ------------------------------------------------------------------ rate sets (footnote 1)

def _nv_dips(name: str, rates: str) -> np.ndarray:
    from nvlib.eslac.plots import dips as pd    # the figures' cached traces (same grid)
    return pd.nv_dips(name, rates).field_mT


@lru_cache(maxsize=None)
def strain_refit_shifts() -> dict:
    """δ⊥ shift (GHz) per NV and alternative rate set: δ⊥ refitted (linearised least squares)
    so that the ESLAC dips under the other set fall where the Gupta-set dips are, the other
    Table 3 parameters held. ``{name: {rates: shift}}``."""
    out = {}
    gslac = ham.gslac_field_mT()
    for name, nv in samples.TABLE3.items():
        ref = _nv_dips(name, "gupta")
        keep = np.abs(ref - gslac) > 1.0
        e = 1e-3 * max(nv.strain_GHz, 1.0)

        def cross(s, nv=nv):
            return np.array([c.field_mT for c in dips.crossings(s, nv.g_l, field_max_mT=700.0,
                                                                step_mT=0.25)])

        c0, c1 = cross(nv.strain_GHz), cross(nv.strain_GHz + e)
        slope = np.array([(c1[j] - c0[j]) / e for j in
                          (int(np.argmin(np.abs(c0 - f))) for f in ref[keep])])
        out[name] = {}
        for rates in ("robledo", "tetienne"):
            other = _nv_dips(name, rates)
            if other.size != ref.size:
                out[name][rates] = np.inf
                continue
            d_b = (other - ref)[keep]
            # the strain that moves the other set's dips back onto the Gupta-set ones
            out[name][rates] = float(-np.sum(d_b * slope) / np.sum(slope ** 2))
    return out


def _rates_ok(criterion: str) -> float:
    ok = True
    for name, shifts in strain_refit_shifts().items():
        nv = samples.nv(name)
        scale = nv.errors["strain_GHz"] if criterion == "sigma" else 0.05 * nv.strain_GHz
        ok &= all(abs(v) < scale for v in shifts.values())
    return float(ok)


@claim(id="eslac/strain-rate-set-insensitivity", paper="eslac", source="paper",
       kind="prediction", where="Main text ¶9, footnote 1",
       quantity="do the Robledo and Tetienne rate sets return every NV's δ⊥ within one quoted "
                "error of the Gupta-set value? (1 yes, 0 no)", unit="1", printed="yes",
       verdict="discrepancy", statements=("eslac/s037",), readings=("eslac/negligible",
                                                                    "eslac/rate-set"),
       note="'Our main findings are insensitive to the rates employed and we find largely "
            "identical results by employing other literature values.' The fitted δ⊥ is the "
            "paper's main finding for each NV. The book refits δ⊥ alone to the dip fields "
            "(linearised, other Table 3 parameters held; the records are not public, so the "
            "Gupta-set model dips stand in for them): the Tetienne set moves NV3-S2's δ⊥ by "
            "1.2 GHz (2.0 quoted errors) and NV4-S3's by 0.56 GHz (1.1 errors); every shift is "
            "below 3 % of δ⊥. Not within the quoted errors (the chosen reading), largely "
            "identical on the scale of δ⊥ (the 5 % alternative). A full refit freeing θ_B and "
            "the pumping parameters could absorb part of it. Model range: both criteria.",
       model_range_compute=lambda: (_rates_ok("sigma"), _rates_ok("share")))
def _rates() -> float:
    return _rates_ok("sigma")


# ------------------------------------------------------------------ counting (A.2, B.1, B.2)

@claim(id="eslac/ten-levels", paper="eslac", source="paper", kind="consistency",
       where="Supplement A.2 (SM Sec. A.2, rate equations)",
       quantity="states of the NV⁻ rate model: ground triplet + two excited-state spin triplets "
                "+ one lumped singlet, as built by the book", unit="1", printed="count 10",
       verdict="reproduced", statements=("eslac/s113",),
       note="'The singlet can be reduced to one state with rates in and out of it, leaving ten "
            "states': 3 + 6 + 1. Counted from the book's rate model (its level slices), not "
            "typed in.")
def _ten() -> float:
    idx = range(rm.N_LEVELS)
    ground, excited = set(idx[rm.GS]), set(idx[rm.ES])
    singlet = {rm.SS} - ground - excited
    states = ground | excited | singlet
    # every index of the model is one of the three groups, and the groups do not overlap
    return float(len(states)) if states == set(idx) and not ground & excited else 0.0


@claim(id="eslac/twelve-levels", paper="eslac", source="paper", kind="consistency",
       where="Supplement B.2 (SM Sec. B.2)",
       quantity="states of the book's charge-state model (NV⁻ levels plus NV⁰ ground and "
                "excited state)", unit="1", printed="count 12", verdict="reproduced",
       statements=("eslac/s182",),
       note="'The NV0 PL can be fitted with the above presented 12-level model including the NV0 "
            "ground and excited states': 10 + 2, counted from the shape of the book's 12-level "
            "rate matrix.")
def _twelve() -> float:
    from nvlib.eslac import chargestate as cs
    k10 = np.zeros((rm.N_LEVELS, rm.N_LEVELS))
    return float(cs.rate_matrix(k10, 0.01, 0.01).shape[-1])


#: B.1's list of parameters of the full model and its reductions, as printed.
_B1_FULL = {"magnetic field components": 3, "electric field components": 3,
            "stress parameters": 3, "pumping rates": 2, "collection efficiency": 1,
            "background counts": 1, "effective g-factor": 1}
_B1_REMOVED = {"electric field and stress merged (six to three)": 3,
               "strain component the ESLACs do not depend on": 1,
               "field azimuth φ_B set": 1, "collection efficiency set": 1}


@claim(id="eslac/fit-parameter-count", paper="eslac", source="paper", kind="consistency",
       where="Supplement B.1, Eq. 27 (SM Sec. B.1)",
       quantity="parameters of the B.1 fit: the printed full list minus the printed reductions; "
                "equal to the book's free fit parameters plus the swept field magnitude",
       unit="1", printed="count 8", verdict="reproduced",
       statements=("eslac/s163", "eslac/s164", "eslac/s170"),
       note="'The full model would include 14 parameters' (3 + 3 + 3 + 2 + 1 + 1 + 1 = 14); "
            "merging the electric field with the stress removes 3, the strain component and "
            "φ_B and η one each: 'this leaves the fit with only 8 parameters'. The book's B.1 "
            "fit has 7 free parameters (Table 3's seven columns) plus the field magnitude, which "
            "is swept, not fitted: 8. The value is 0 unless the printed arithmetic (14 and 8) "
            "and the book's count all agree.")
def _fit_count() -> float:
    from nvlib.eslac import fitting
    full = sum(_B1_FULL.values())
    left = full - sum(_B1_REMOVED.values())
    book = len(fitting.FIT_KEYS) + 1
    return float(left) if (full == 14 and left == book) else 0.0
