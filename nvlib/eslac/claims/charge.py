"""Claims of Happacher et al. (2022) about NV⁰, sensitivity and the fits (Figs 3, 4, Tables 3–4).

Main model, fixed before comparing: the 12-level model (Gupta rates, the book's reading of
Table 2, shelf ionisation k_SI = k_ion per unit pumping parameter) for NV⁰; the 10-level model
with W = 2.5 MHz and Δν = 5 MHz for the sensitivity. The other rate sets of Table 1 give the
``model_range``.
"""

from __future__ import annotations

import numpy as np

from nvlib.claims.registry import claim

_OTHER = ("robledo", "tetienne")


def _pc():
    from nvlib.eslac.plots import charge as pc
    return pc


def _peak_fraction(shelf: bool, rates: str = "gupta") -> float:
    s = _pc().nv0_signs(shelf, rates)
    return float(np.mean(s == 1))


@claim(id="eslac/nv0-peaks-with-shelf", paper="eslac", source="paper", kind="prediction",
       where="Main text p. 3, Fig. 3(a, b); supplement B.2",
       quantity="fraction of the NV⁻ dips of NV1-S1 and NV2-S2 mirrored by an NV⁰ PL peak, "
                "12-level model with shelf ionisation", unit="1", paper_value=1.0,
       tolerance=0.0, verdict="reproduced",
       note="'All previously described dips are mirrored by peaks in the NV⁰ PL.' With the "
            "singlet → NV⁰ channel every NV⁻ dip (GSLAC included) becomes an NV⁰ peak: at an "
            "ESLAC more population is shelved in the singlet, and the shelf ionisation turns it "
            "into NV⁰. The shelf-ionisation rate is lost from Table 2; the book's choice "
            "(k_SI = k_ion) is a few times above the threshold where the peaks appear.",
       model_range_compute=lambda: (min(_peak_fraction(True, r) for r in _OTHER),
                                    max(_peak_fraction(True, r) for r in _OTHER)))
def _peaks_with() -> float:
    return _peak_fraction(True)


@claim(id="eslac/nv0-dips-without-shelf", paper="eslac", source="paper", kind="prediction",
       where="Main text p. 3; supplement B.2",
       quantity="fraction of the NV⁻ dips of NV1-S1 and NV2-S2 mirrored by an NV⁰ peak, "
                "without shelf ionisation", unit="1", paper_value=0.0, tolerance=0.0,
       verdict="reproduced",
       note="'Without this process our model yields dips instead of peaks.' With ionisation "
            "from the excited state only, NV⁰ is fed in proportion to the excited-state "
            "population, which drops at every ESLAC: the NV⁰ PL dips with the NV⁻ PL.",
       model_range_compute=lambda: (min(_peak_fraction(False, r) for r in _OTHER),
                                    max(_peak_fraction(False, r) for r in _OTHER)))
def _peaks_without() -> float:
    return _peak_fraction(False)


@claim(id="eslac/sensitivity-ratio", paper="eslac", source="paper", kind="prediction",
       where="Main text p. 3, Fig. 4(b)",
       quantity="η_B on the deepest ESLAC dip of NV5-S2 over η_B away from the dips", unit="1",
       paper_value=7.5, tolerance=2.5, verdict="discrepancy",
       note="'η drops by almost an order of magnitude on the dips', read as a ratio between 5 "
            "and 10 (7.5 ± 2.5, fixed before comparing). The model loses more (about 12×, and "
            "20–27× with the other rate sets): its cw steady-state contrast (Eq. 19) almost "
            "vanishes at the dip centre. A likely cause is that the measured pulsed ODMR "
            "averages over the dip width (field step, inhomogeneity). Off the dips: median of η "
            "over fields more than one dip width from every dip.",
       model_range_compute=lambda: (min(_pc().sensitivity_ratio(r)[2] for r in _OTHER),
                                    max(_pc().sensitivity_ratio(r)[2] for r in _OTHER)))
def _eta_ratio() -> float:
    return _pc().sensitivity_ratio()[2]


@claim(id="eslac/sensitivity-off-dip", paper="eslac", source="paper", kind="prediction",
       where="Main text p. 3, Fig. 4(b)",
       quantity="shot-noise sensitivity of NV5-S2 away from the dips", unit="µT/√Hz",
       paper_value=None, tolerance=0.0, verdict="not reproducible",
       note="The paper's 'typical sensitivity values η ≈ … T/Hz^0.5 away from the ESLACs (e.g. "
            "at B = … mT)' lost both numbers in the text. The value shown is the book's, with "
            "its choices of line width (5 MHz) and collection efficiency (0.05), which set the "
            "absolute scale but not the on/off ratio.")
def _eta_off() -> float:
    return 1e6 * _pc().sensitivity_ratio()[1]


@claim(id="eslac/table3-recovered", paper="eslac", source="paper", kind="consistency",
       where="Supplement B.1, Table 3",
       quantity="largest |fitted − true| over the paper's quoted error, all free Table 3 "
                "parameters of the five NVs, B.1 fit of synthetic records", unit="σ_paper",
       paper_value=0.0, tolerance=2.0, verdict="reproduced",
       note="A test of the fit procedure, not of the paper: records drawn from the model at "
            "the Table 3 values with Poisson noise (1 s per point, the count rates of the model "
            "with η = 0.05), fitted from start values 3 % (5° for φ_δ) away. Tolerance: within "
            "two of the paper's quoted errors.")
def _t3() -> float:
    return max(r["deviation"] for r in _pc().table3_recovery())


@claim(id="eslac/table4-recovered", paper="eslac", source="paper", kind="consistency",
       where="Supplement B.2, Table 4",
       quantity="largest |fitted − true| over the paper's quoted error, NV⁰ collection "
                "efficiency and NV⁰/NV⁻ backgrounds of NV1-S1 and NV2-S2, synthetic records",
       unit="σ_paper", paper_value=0.0, tolerance=2.0, verdict="discrepancy",
       note="As for Table 3: synthetic NV⁰ and NV⁻ records from the 12-level model at the Table "
            "3/4 values, Poisson noise, 1 s per 0.5 mT point, fitted by the linear B.2 "
            "procedure; tolerance two quoted errors. The fit recovers every value within its own "
            "errors, but the NV⁰ collection efficiency and background are strongly correlated "
            "(the NV⁰ peaks are a per-mille modulation), and the paper's quoted errors on them "
            "(0.4 % and 0.1 % for NV2-S2) are up to 40 times smaller than what these count rates "
            "allow: NV2-S2 would need about 10³ s per point. The quoted errors are likely "
            "underestimated, or the records much longer than the NV⁻ ones.")
def _t4() -> float:
    return max(r["deviation"] for r in _pc().table4_recovery())


@claim(id="eslac/nv0-rate-set-insensitivity", paper="eslac", source="paper", kind="prediction",
       where="Main text p. 2, footnote [28]; Fig. 3",
       quantity="smallest fraction of NV⁻ dips mirrored by NV⁰ peaks over the three Table 1 "
                "rate sets (with shelf ionisation)", unit="1", paper_value=1.0, tolerance=0.0,
       verdict="reproduced",
       note="The NV⁰ peaks do not depend on the choice of the NV⁻ rates: every set gives a "
            "peak at every dip of NV1-S1 and NV2-S2.")
def _nv0_sets() -> float:
    return min(_peak_fraction(True, r) for r in ("gupta", *_OTHER))
