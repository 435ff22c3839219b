"""The five NVs of Happacher et al. 2022, with their fitted parameters (supplement Table 3).

Each entry is the paper's fit of the NV⁻ PL versus field (supplement B.1, rates of Gupta et al.
2016): strain δ⊥ (GHz) and its angle φ_δ (degrees), orbital g-factor g_l (fitted for NV1-S1
only; fixed to 0.14 for the others), field misalignment θ_B (degrees), the two pumping
parameters β_x, β_y and the background (counts/s). ``errors`` holds the quoted one-sigma errors
(None where the parameter was fixed). NV1-S1 sits in sample S1 (deep, bulk NVs under a solid
immersion lens), NV2/3/5-S2 in S2 (≈ 10 nm deep implanted NVs in nanopillars), NV4-S3 in S3
((111)-oriented CVD). Table 4 adds, for NV1-S1 and NV2-S2, the NV0 collection efficiency and
the NV0 and NV⁻ backgrounds of the 12-level fit (supplement B.2).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["NV", "TABLE3", "TABLE4", "nv", "SHALLOW"]


@dataclass(frozen=True)
class NV:
    """One row of Table 3 (values, and quoted errors in the same units)."""

    name: str
    strain_GHz: float
    strain_angle_deg: float
    g_l: float
    theta_B_deg: float
    beta_x: float
    beta_y: float
    background_cps: float
    errors: dict

    def model_kwargs(self) -> dict:
        """Keyword arguments of :func:`nvlib.eslac.ratemodel.solve` for this NV."""
        return dict(strain_GHz=self.strain_GHz, strain_angle_deg=self.strain_angle_deg,
                    g_l=self.g_l, theta_B_deg=self.theta_B_deg, beta_x=self.beta_x,
                    beta_y=self.beta_y, background_cps=self.background_cps)


def _nv(name, d, phi, gl, th, bx, by, bg, e):
    keys = ("strain_GHz", "strain_angle_deg", "g_l", "theta_B_deg", "beta_x", "beta_y",
            "background_cps")
    return NV(name, d, phi, gl, th, bx, by, bg, dict(zip(keys, e)))


#: Supplement Table 3 of Happacher et al. 2022 (errors in parentheses there).
TABLE3: dict[str, NV] = {n.name: n for n in (
    _nv("NV1-S1", 4.444, -11.6, 0.1395, 1.14, 0.0221, 0.0242, 4378,
        (0.003, 1.3, 0.0009, 0.03, 0.0003, 0.0005, 92)),
    _nv("NV2-S2", 38.6, 1.0, 0.14, 0.61, 0.085, 0.186, 70910,
        (0.7, 59, None, 0.03, 0.005, 0.014, 244)),
    _nv("NV3-S2", 55.9, -32.2, 0.14, 0.502, 0.240, 0.64, 9091,
        (0.6, 0.6, None, 0.010, 0.006, 0.02, 231)),
    _nv("NV5-S2", 32.0, -29.0, 0.14, 0.20, 0.43, 0.52, 83198,
        (0.5, 3, None, 0.02, 0.03, 0.05, 883)),
    _nv("NV4-S3", 42.3, -26.0, 0.14, 1.06, 0.102, 0.164, 158011,
        (0.5, 2, None, 0.03, 0.003, 0.007, 234)),
)}

#: Supplement Table 4: (NV0 collection efficiency, NV0 background cps, NV⁻ background cps)
#: and their errors, for the 12-level fits.
TABLE4: dict[str, dict] = {
    "NV1-S1": {"collection0": 0.00132, "background0_cps": 1258, "background_cps": 7980,
               "errors": {"collection0": 0.00003, "background0_cps": 11, "background_cps": 8}},
    "NV2-S2": {"collection0": 0.001820, "background0_cps": 7963, "background_cps": 79176,
               "errors": {"collection0": 0.000007, "background0_cps": 10,
                          "background_cps": 52}},
}

#: The shallow (implanted, sample S2) NVs of Table 3.
SHALLOW: tuple[str, ...] = ("NV2-S2", "NV3-S2", "NV5-S2")


def nv(name: str) -> NV:
    """The Table 3 entry ``name`` (e.g. ``"NV1-S1"``)."""
    if name not in TABLE3:
        raise ValueError(f"name must be one of {sorted(TABLE3)}; got {name!r}")
    return TABLE3[name]
