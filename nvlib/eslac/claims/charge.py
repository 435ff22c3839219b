"""Claims of Happacher et al. (2022) about NV⁰ and the B.2 fits (Fig. 3, Table 4).

The sensitivity claims (Fig. 4) are in :mod:`nvlib.eslac.claims.sensitivity`.

Main model, fixed before comparing: the 12-level model (Gupta rates, the book's readings of Table
2 ``eslac/table2-order``, of the β̄ scaling ``eslac/beta-scope`` and of the shelf-ionisation rate
``eslac/k-si``) for NV⁰; the 10-level model with W = 2.5 MHz and Δν = 5 MHz for the sensitivity
(``eslac/sensitivity-protocol``). Model ranges run over the alternatives of these readings and
over the other two rate sets of Table 1 (``eslac/rate-set``).

Removed in the statements pass (issue 15/17): ``table3-recovered`` and ``table4-recovered``
(the same model generates and fits the synthetic records: they test the optimiser under an
assumed noise, and their reference, "zero deviation", is not a number the paper prints; the fits
chapter keeps them as tests of the optimiser).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from nvlib.claims.registry import claim

_OTHER = ("robledo", "tetienne")


def _pc():
    from nvlib.eslac.plots import charge as pc
    return pc


def _cs():
    from nvlib.eslac import chargestate as cs
    return cs


def _variants(name: str) -> dict:
    """The charge-rate readings (:func:`nvlib.eslac.chargestate.reading_variants`)."""
    return _cs().reading_variants(name)


@lru_cache(maxsize=None)
def _signs(shelf: bool, variant: str = "chosen", rates: str = "gupta") -> np.ndarray:
    """NV⁰ response (+1 peak, −1 dip, 0 neither) at every NV⁻ dip of NV1-S1 and NV2-S2."""
    pc, cs = _pc(), _cs()
    out = []
    for name, (a, b) in pc.FIG3_RANGES.items():
        f = np.arange(a, b + 0.05, 0.1)
        kw = pc._kw(name, True)
        m, z = cs.pl_vs_field(f, shelf_ionisation=shelf, rates=rates,
                              charge=_variants(name)[variant], **kw)
        out.append(cs.nv0_response(f, m, z))
    return np.concatenate(out)


def _fraction(shelf: bool, sign: int, variant: str = "chosen", rates: str = "gupta") -> float:
    return float(np.mean(_signs(shelf, variant, rates) == sign))


def _range(shelf: bool, sign: int) -> tuple[float, float]:
    vals = [_fraction(shelf, sign, v) for v in _variants("NV1-S1")]
    vals += [_fraction(shelf, sign, "chosen", r) for r in _OTHER]
    return min(vals), max(vals)


@claim(id="eslac/nv0-peaks-with-shelf", paper="eslac", source="paper", kind="prediction",
       where="Main text ¶15, Fig. 3(a, b); supplement B.2",
       quantity="fraction of the NV⁻ dips of NV1-S1 and NV2-S2 mirrored by an NV⁰ PL peak, "
                "12-level model with shelf ionisation", unit="1", printed="yes",
       verdict="reproduced",
       statements=("eslac/s072", "eslac/s075", "eslac/s189", "eslac/s191"),
       readings=("eslac/k-si", "eslac/table2-order", "eslac/beta-scope", "eslac/rate-set"),
       note="'All previously described dips are mirrored by peaks in the NV⁰ PL' (the "
            "statement is of the measured records; the book checks that its model has the "
            "property the paper attributes to its own). 'yes' is encoded as a fraction of 1. "
            "With the singlet → NV⁰ channel every NV⁻ dip becomes an NV⁰ peak: at an ESLAC more "
            "population is shelved in the singlet, and the shelf ionisation turns it into NV⁰. "
            "k_SI is lost (reading eslac/k-si): the chosen k_SI = k_ion = 100 MHz per unit β̄ "
            "was fixed a priori, and the model range runs over k_SI = 10–300. Below the "
            "thresholds (≈ 18 and 32 MHz for NV1-S1 and NV2-S2) the peaks turn into dips (none "
            "of the 8 at k_SI = 10, 5 at 30); with the equation order of Table 2 5 of the 8 "
            "dips give peaks, with the literal β̄ scope of B.2 none: the verdict depends on "
            "these readings (charge chapter, readings figure).",
       model_range_compute=lambda: _range(True, 1))
def _peaks_with() -> float:
    return _fraction(True, 1)


@claim(id="eslac/nv0-dips-without-shelf", paper="eslac", source="paper", kind="prediction",
       where="Main text ¶15; supplement B.2",
       quantity="fraction of the NV⁻ dips of NV1-S1 and NV2-S2 mirrored by an NV⁰ PL dip, "
                "without shelf ionisation", unit="1", printed="yes", verdict="reproduced",
       statements=("eslac/s076", "eslac/s190", "eslac/s192"),
       readings=("eslac/table2-order", "eslac/beta-scope", "eslac/rate-set"),
       note="'Without this process our model yields dips instead of peaks.' With ionisation "
            "from the excited state only, NV⁰ is fed in proportion to the excited-state "
            "population, which drops at every ESLAC: the NV⁰ PL dips with the NV⁻ PL. (Was "
            "scored as 'fraction of peaks = 0'; now as 'fraction of dips = 1', which also fails "
            "when the NV⁰ response is flat.)",
       model_range_compute=lambda: _range(False, -1))
def _dips_without() -> float:
    return _fraction(False, -1)


@claim(id="eslac/nv0-rate-set-insensitivity", paper="eslac", source="paper",
       kind="prediction", where="Main text ¶9, footnote [1]; Fig. 3",
       quantity="smallest fraction of NV⁻ dips mirrored by NV⁰ peaks over the three Table 1 "
                "rate sets (with shelf ionisation)", unit="1", printed="yes",
       verdict="reproduced", statements=("eslac/s037",),
       readings=("eslac/rate-set", "eslac/k-si", "eslac/table2-order", "eslac/beta-scope"),
       note="'Our main findings are insensitive to the rates employed.' Of the main findings, "
            "the NV⁰ peaks can change with the rates (the dip fields cannot: they are set by the "
            "Hamiltonian). "
            "Every set gives a peak at every dip of NV1-S1 and NV2-S2 at the chosen k_SI. The "
            "other main finding, the fitted δ⊥, is refitted with the other sets in the row "
            "eslac/strain-rate-set-insensitivity (dips chapter). "
            "The model range runs over the readings of Table 2, β̄ and k_SI: at k_SI = 10 the "
            "Gupta and Robledo sets give no peak at all, at 30 and with the equation order of "
            "Table 2 5–7 of the 8 dips give peaks, and with the literal β̄ scope none does, so "
            "the verdict depends on these readings.",
       model_range_compute=lambda: (min(_nv0_sets(v) for v in _variants("NV1-S1")),
                                    max(_nv0_sets(v) for v in _variants("NV1-S1"))))
def _nv0_sets(variant: str = "chosen") -> float:
    return min(_fraction(True, 1, variant, r) for r in ("gupta", *_OTHER))


# ------------------------------------------------------------------ B.2 self-consistency

@lru_cache(maxsize=None)
def nv0_population(name: str, shelf: bool = True, variant: str = "chosen") -> float:
    """Mean steady NV⁰ population (ground + excited) of one NV over its Fig. 3 field range."""
    pc, cs = _pc(), _cs()
    a, b = pc.FIG3_RANGES[name]
    f = np.arange(a, b + 0.25, 0.5)
    fm, f0 = cs.charge_fractions(f, nv=name, shelf_ionisation=shelf,
                                 charge=_variants(name)[variant])
    return float(np.mean(f0))


@lru_cache(maxsize=None)
def nv0_dip_buildup(name: str, variant: str = "chosen") -> float:
    """Largest |extra NV⁰ population| at an NV⁻ dip of one NV over its Fig. 3 range
    (:func:`nvlib.eslac.chargestate.nv0_buildup`, shelf ionisation on)."""
    pc, cs = _pc(), _cs()
    a, b = pc.FIG3_RANGES[name]
    f = np.arange(a, b + 0.05, 0.1)
    _, delta, _ = cs.nv0_buildup(f, nv=name, charge=_variants(name)[variant])
    return float(np.max(np.abs(delta)))


_SMALL = 0.10   # reading eslac/small


def _small(variant: str = "chosen", quantity: str = "dip buildup") -> float:
    """1 if the NV⁰ quantity (reading eslac/buildup) is below 10 % for both NVs, else 0."""
    if quantity == "dip buildup":
        vals = [nv0_dip_buildup(n, variant) for n in _pc().FIG3_RANGES]
    else:
        vals = [nv0_population(n, True, variant) for n in _pc().FIG3_RANGES]
    return float(max(vals) < _SMALL)


def _small_range() -> tuple[float, float]:
    vals = [_small(v, q) for v in _variants("NV1-S1") for q in ("dip buildup", "steady")]
    return min(vals), max(vals)


@claim(id="eslac/nv0-buildup-small", paper="eslac", source="paper", kind="prediction",
       where="Main text ¶15",
       quantity="is the extra NV⁰ population at the NV⁻ dips of NV1-S1 and NV2-S2 below 10 % "
                "in the 12-level model? (1 yes, 0 no)", unit="1", printed="yes",
       verdict="reproduced",
       statements=("eslac/s073",),
       readings=("eslac/buildup", "eslac/small", "eslac/k-si", "eslac/table2-order",
                 "eslac/beta-scope"),
       note="'While the resulting buildup of NV0 population remains small (and therefore only "
            "minimally affects our conclusions thus far)'. The buildup that 'results' from the "
            "dips is the extra NV⁰ population the NV⁰ peaks show (reading eslac/buildup); the "
            "former row tested the steady NV⁰ fraction instead. The model's dip buildup is "
            "≈ 6 % of the time (NV1-S1) and ≈ 2 % (NV2-S2), below 10 % for every reading of "
            "Table 2, β̄ and k_SI. Read as the steady NV⁰ fraction, the model fails under every "
            "reading (37–87 % NV⁰ with shelf ionisation): the verdict depends on eslac/buildup.",
       model_range_compute=_small_range)
def _buildup() -> float:
    return _small()


@lru_cache(maxsize=None)
def refit_background(name: str, variant: str = "chosen", shelf: bool = True,
                     rates: str = "gupta") -> float:
    """NV⁻ background (cps) that makes the 12-level NV⁻ PL best match (least squares, the
    background the only free parameter) the 10-level PL at the Table 3 parameters, which stands
    in for the NV⁻ record (reading ``eslac/nv-minus-record``)."""
    from nvlib.eslac import ratemodel as rm
    from nvlib.eslac import samples
    pc, cs = _pc(), _cs()
    a, b = pc.FIG3_RANGES[name]
    f = np.arange(a, b + 0.25, 0.5)
    kw = samples.nv(name).model_kwargs()
    record = rm.pl_vs_field(f, rates=rates, **kw)
    kw0 = {**kw, "background_cps": 0.0}
    pl12 = cs.solve(f, shelf_ionisation=shelf, charge=_variants(name)[variant], rates=rates,
                    **kw0).pl_minus
    return float(np.mean(record - pl12))


#: Alternatives of the NV⁻ collection efficiency (reading ``eslac/collection-efficiency``): the
#: NV⁰ efficiencies printed in B.2.
_ETA_ALTERNATIVES = (0.00132, 0.00182)


def _bg_range(name: str) -> tuple[float, float]:
    """Range of the refit background over the readings. The refit is linear in the collection
    efficiency η (record − 12-level PL = bg₃ + η k_r ΔΣn), so a value at η is
    bg₃ + (η / η₀)(refit(η₀) − bg₃), with η₀ the book's COLLECTION and bg₃ Table 3's background."""
    from nvlib.eslac import ratemodel as rm
    from nvlib.eslac import samples
    vals = [refit_background(name, v) for v in _variants(name)]
    vals += [refit_background(name, "chosen", True, r) for r in _OTHER]
    bg3 = samples.nv(name).background_cps
    vals += [bg3 + (eta / rm.COLLECTION) * (v - bg3) for v in list(vals)
             for eta in _ETA_ALTERNATIVES]
    return min(vals), max(vals)


def _bg_claim(name: str, printed: str, sid: str):
    @claim(id=f"eslac/nv-minus-refit-background-{name.lower()}", paper="eslac",
           source="paper", kind="prediction", where="Supplement B.2, Eq. 29 and Table 4",
           quantity=f"NV⁻ background of {name} when the 12-level model, with only the "
                    f"background free, is fitted to the NV⁻ PL", unit="cps", printed=printed,
           verdict="discrepancy", statements=("eslac/s187", sid),
           readings=("eslac/nv-minus-record", "eslac/k-si", "eslac/table2-order",
                     "eslac/beta-scope", "eslac/rate-set", "eslac/collection-efficiency"),
           note="'We found that merely with leaving the [NV⁻ background] as a free parameter "
                "gives good accordance with the data', and Table 4 prints the refitted "
                "background (Table 3 → Table 4: 4378 → 7980 cps for NV1-S1, 70910 → 79176 cps "
                "for NV2-S2). The 12-level model keeps the centre in NV⁰ 37–87 % of the time "
                "under every reading of Table 2, β̄ and k_SI, so a background-only refit must "
                "raise the background by a large part of the signal, far above Table 4's rise "
                "(3602 and 8266 cps, i.e. ≈ 3 % and 2 % of the model PL). The rise scales with "
                "the NV⁻ collection efficiency, whose value is lost (the book's 0.05; the model "
                "range also runs over B.2's NV⁰ efficiencies 0.00132 and 0.00182, reading "
                "eslac/collection-efficiency); the "
                "charge chapter gives the efficiency Table 4 would need. The stand-in for the "
                "record is the 10-level curve at Table 3 (eslac/nv-minus-record).",
           model_range_compute=lambda: _bg_range(name))
    def _f() -> float:
        return refit_background(name)
    return _f


_bg_nv1 = _bg_claim("NV1-S1", "7980(8) cps", "eslac/s195")
_bg_nv2 = _bg_claim("NV2-S2", "79176(52) cps", "eslac/s196")


@claim(id="eslac/nv-minus-background-larger", paper="eslac", source="paper",
       kind="consistency", where="Supplement B.2 (Table 4 against Table 3)",
       quantity="are the 12-level NV⁻ backgrounds of Table 4 larger than the 10-level ones of "
                "Table 3 for both NVs? (1 yes, 0 no)", unit="1", printed="yes",
       verdict="reproduced", statements=("eslac/s193",),
       note="'The fits produce a larger value of background fluorescence counts in the fitting "
            "values of the NV- data': 7980(8) > 4378(92) cps (NV1-S1) and 79176(52) > 70910(244) "
            "cps (NV2-S2). Arithmetic on the two printed tables.")
def _bg_larger() -> float:
    from nvlib.eslac import samples
    return float(all(samples.TABLE4[n]["background_cps"] > samples.nv(n).background_cps
                     for n in samples.TABLE4))
