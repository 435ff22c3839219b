"""Claims of Happacher et al. (2022) about the excited state and the ESLAC dips (Figs 1, 2, 13).

Main model, fixed before comparing: the 10-level rate model with the Gupta et al. 2016 rates
(Table 1; the set the paper uses), Doherty et al. 2013 fine-structure parameters, and each NV's
Table 3 parameters. The other two rate sets of Table 1 give the ``model_range``.
"""

from __future__ import annotations

import numpy as np

from nvlib.claims.registry import claim
from nvlib.eslac import dips, gfactor, samples
from nvlib.eslac import hamiltonian as ham


def _plots():
    from nvlib.eslac.plots import dips as pd
    return pd


def _gslac_dip(rates: str = "gupta") -> float:
    d = _plots().nv_dips("NV1-S1", rates).field_mT
    return float(d[np.argmin(np.abs(d - ham.gslac_field_mT()))])


@claim(id="eslac/gslac-dip", paper="eslac", source="literature", kind="prediction",
       where="Main text p. 1 (Fig. 1a, b); field from Doherty2013",
       quantity="field of the GSLAC dip of NV1-S1 (Table 3 parameters)", unit="mT",
       paper_value=102.4, tolerance=0.1, verdict="reproduced",
       note="The paper names the 'prominent, narrow dip' at the GSLAC; its number did not survive "
            "in the text, so the reference is the textbook GSLAC field D_gs/(g μ_B/h) = "
            "2.87 GHz/(2.0028 × 13.996 GHz/T) (Doherty 2013). The dip appears only because of the "
            "fitted misalignment θ_B = 1.14°. Tolerance ±0.1 mT: the reference is given to 0.1 mT.",
       model_range_compute=lambda: (min(_gslac_dip(r) for r in ("robledo", "tetienne")),
                                    max(_gslac_dip(r) for r in ("robledo", "tetienne"))))
def _gslac() -> float:
    return _gslac_dip()


@claim(id="eslac/a1-a2-splitting", paper="eslac", source="literature", kind="consistency",
       where="Supplement A.1, Eq. (4); Doherty2013",
       quantity="A₂ − A₁ excited-state splitting at B = 0, δ⊥ = 0", unit="GHz",
       paper_value=3.1, tolerance=0.05, verdict="reproduced",
       note="Checks the normalisation of D⊥ in the Doherty form of the excited-state Hamiltonian: "
            "A₂ − A₁ = 4D⊥, so D⊥ = 0.775 GHz (Maze's Δ′ = 1.55 GHz would double it and move the "
            "138.9 mT dip of NV1-S1 to 111.6 mT). Tolerance ±0.05 GHz: two significant figures.")
def _a1a2() -> float:
    e = np.linalg.eigvalsh(ham.es_hamiltonian(0.0, strain_GHz=0.0, g_l=0.0))
    return float(e[5] - e[4])


def _limit(strain: float) -> float:
    cs = dips.crossings(strain, 0.14, field_max_mT=200.0, step_mT=0.1)
    intra = [c.field_mT for c in cs if not c.inter_branch]
    return float(np.mean(intra))


@claim(id="eslac/large-strain-limit", paper="eslac", source="literature", kind="prediction",
       where="Doherty2013 (room-temperature ESLAC); Fig. 1(e, f) at large δ⊥",
       quantity="field where the two intra-branch ESLACs converge as δ⊥ → ∞ (mean at δ⊥ = 1 THz)",
       unit="mT", paper_value=50.7, tolerance=0.5, verdict="discrepancy",
       note="The room-temperature ESLAC sits at D∥/(g μ_B/h) = 50.7 mT, and one might expect the "
            "low-temperature dips to converge there at large strain. They do not: within each "
            "strain branch the D⊥ term survives as a transverse zero-field splitting "
            "±D⊥(S_y² − S_x²) that couples m_s = ±1, so the m_s = 0/−1 crossing moves to "
            "√(D∥² − D⊥²)/(g_es μ_B/h) = 42.3 mT. At room temperature orbital averaging removes "
            "D⊥ and restores 50.7 mT. Tolerance ±0.5 mT, fixed before comparing.")
def _large_limit() -> float:
    return _limit(1000.0)


@claim(id="eslac/rate-set-insensitivity", paper="eslac", source="paper", kind="prediction",
       where="Main text p. 2, footnote [28]",
       quantity="largest shift of any model dip field of the five Table 3 NVs when the Gupta "
                "rates are replaced by those of Robledo or Tetienne", unit="mT",
       paper_value=0.0, tolerance=1.0, verdict="reproduced",
       note="'Our main findings are insensitive to the rates employed.' Dip fields are set by the "
            "Hamiltonian; the rates change only the depths (by up to a few per cent of the PL). "
            "Tolerance ±1 mT: below the narrowest dip width of the five NVs.")
def _rate_spread() -> float:
    return _plots().rate_set_spread()


@claim(id="eslac/gl-nv1-s1", paper="eslac", source="paper", kind="prediction",
       where="Supplement Table 3", quantity="orbital g-factor of NV1-S1, fitted", unit="1",
       paper_value=0.1395, tolerance=0.0009, verdict="not reproducible",
       note="A fit to the measured PL record of NV1-S1, which is not public. The value shown is "
            "g_l recovered by the B.1 fit from a synthetic record drawn at the Table 3 "
            "parameters (chapter on the fits): a test of the fit, not of the paper; it shows "
            "that records of this kind fix g_l to about 1e-4.")
def _gl_nv1() -> float:
    from nvlib.eslac.plots import charge as pc
    return pc.fit_nv("NV1-S1").values["g_l"]


@claim(id="eslac/gl-bound-nv4-s3", paper="eslac", source="paper", kind="prediction",
       where="Main text p. 3 (Fig. 2c, d); supplement C.3",
       quantity="lowest g_l consistent with no inter-branch dip of NV4-S3 (δ⊥ = 42.3 GHz) "
                "below 5 T", unit="1", paper_value=None, tolerance=0.0,
       verdict="not reproducible",
       note="The paper's bound and the top of its field sweep did not survive in the text. The "
            "value shown is the book's: the inter-branch crossing rises with g_l (B* ≈ "
            "2δ⊥/(μ_B √(g_es² − 4g_l²))) and passes 5 T, the magnet's axial limit (C.3), at this "
            "g_l. For a 4 T sweep the bound would be 0.73.")
def _gl_bound() -> float:
    return gfactor.g_l_lower_bound(samples.nv("NV4-S3").strain_GHz, 5000.0)


@claim(id="eslac/shallow-strain", paper="eslac", source="paper", kind="consistency",
       where="Main text p. 3 (Fig. 1f)",
       quantity="smallest δ⊥ of the shallow (sample S2) NVs of Table 3", unit="GHz",
       paper_value=None, tolerance=0.0, verdict="not reproducible",
       note="'Near-surface NVs, for which we consistently find δ⊥ ≳ … GHz': the number did not "
            "survive in the text. The value shown is the smallest δ⊥ of NV2/3/5-S2 in Table 3.")
def _shallow() -> float:
    return min(samples.nv(n).strain_GHz for n in samples.SHALLOW)


@claim(id="eslac/shallow-field-limit", paper="eslac", source="paper", kind="prediction",
       where="Main text p. 3 (Fig. 1f)",
       quantity="highest ESLAC field below 1 T for δ⊥ between the smallest and largest "
                "shallow-NV strain of Table 3 (g_l = 0.14)", unit="mT", paper_value=None,
       tolerance=0.0, verdict="not reproducible",
       note="'This decrease of magnetometry performance predominantly affects magnetometry at "
            "B ≲ … mT': the number did not survive in the text. The value shown is the book's: "
            "above it the shallow NVs have no dip until the inter-branch ESLACs at tesla fields.")
def _shallow_field() -> float:
    lo = min(samples.nv(n).strain_GHz for n in samples.SHALLOW)
    hi = max(samples.nv(n).strain_GHz for n in samples.SHALLOW)
    s, b, _ = dips.crossing_points(np.linspace(lo, hi, 25), 0.14, np.arange(0, 1000, 0.25))
    return float(b.max())
