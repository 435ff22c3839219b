"""Tests of nvlib.cr_torque.scans: Gaussian fits, microwave-driven states, path scans (Figs 4, 7, 12)."""

from __future__ import annotations

import numpy as np
import pytest

from nvlib.cr_torque import fieldpaths as fp
from nvlib.groundstate import NV_AXES
from nvlib.cr_torque import scans
from nvlib.cr_torque import torque as tq

AUTHORS = tq.preset("authors_code")
SI = tq.preset("si_text")


# ---------------------------------------------------------------------------
# Gaussian fits
# ---------------------------------------------------------------------------


def test_fit_gaussian_recovers_parameters_and_widths():
    x = np.linspace(-10, 10, 201)
    y = scans.gaussian(x, -0.3, 1.5, 2.0, 0.7)
    g = scans.fit_gaussian_peak(x, y)
    assert g.amplitude == pytest.approx(-0.3, rel=1e-6)
    assert g.center == pytest.approx(1.5, abs=1e-6)
    assert g.sigma == pytest.approx(2.0, rel=1e-6)
    assert g.offset == pytest.approx(0.7, rel=1e-6)
    assert g.hwhm == pytest.approx(2.0 * np.sqrt(2 * np.log(2)), rel=1e-6)
    assert g.fwhm == pytest.approx(2 * g.hwhm)
    assert g.r2 == pytest.approx(1.0, abs=1e-9)
    # the half maximum really is at center ± hwhm
    assert g(g.center + g.hwhm) - g.offset == pytest.approx(g.amplitude / 2, rel=1e-9)


def test_fit_gaussian_with_noise_is_close():
    rng = np.random.default_rng(0)
    x = np.linspace(0, 40, 401)
    y = scans.gaussian(x, 5.0, 17.0, 2.5, 1.0) + rng.normal(0, 0.1, x.size)
    g = scans.fit_gaussian_peak(x, y)
    assert g.center == pytest.approx(17.0, abs=0.1)
    assert g.sigma == pytest.approx(2.5, rel=0.05)


def test_fit_gaussian_rejects_bad_input():
    with pytest.raises(ValueError, match="same length"):
        scans.fit_gaussian_peak([1, 2, 3], [1, 2, 3])
    with pytest.raises(ValueError, match="finite"):
        scans.fit_gaussian_peak(np.arange(6.0), [1, 2, np.nan, 4, 5, 6])


# ---------------------------------------------------------------------------
# Microwave-driven steady states
# ---------------------------------------------------------------------------

B4 = fp.path("fig4").field(10.0)


def test_zero_drive_equals_undriven_model():
    f = np.array([2.6e9, 2.75e9])
    d = scans.driven_steady_state(B4, AUTHORS, f, mw_rate=0.0)
    s = tq.solve(B4, AUTHORS)
    assert d.pl.shape == (2,) and d.torque.shape == (2, 3)
    assert np.allclose(d.pl, s.pl, rtol=0, atol=1e-12)
    assert np.allclose(d.torque, s.torque, rtol=0, atol=1e-12 * np.abs(s.torque).max())


def test_resonant_drive_pumps_its_class_into_minus_one():
    nu = fp.odmr_along("fig4", 10.0)[:, 0]
    k = int(np.argmin(nu))                    # the lowest line, well isolated
    d = scans.driven_steady_state(B4, SI, [nu[k]])
    s = tq.solve(B4, SI)
    assert d.pl[0] < s.pl - 0.02               # PL drops on resonance (ODMR)
    # the driven class gains a spin along its own axis (towards -n_k: |-1> populated) ...
    ds = d.spin[0, k] - s.spin[k]
    along = float(ds @ NV_AXES[k])
    assert along < -0.02
    assert abs(along) > 3 * np.linalg.norm(ds - along * NV_AXES[k])
    # ... whose torque is first order in B: larger than the undriven class torque
    dt = np.linalg.norm(d.torque_per_spin_class[0, k] - s.torque_per_spin_class[k])
    assert dt > np.linalg.norm(s.torque_per_spin_class[k])
    # the other classes are untouched
    others = [i for i in range(4) if i != k]
    assert np.allclose(d.torque_per_spin_class[0, others], s.torque_per_spin_class[others],
                       rtol=1e-3, atol=1e-3 * np.abs(s.torque_per_spin_class).max())


def test_off_resonant_drive_does_nothing():
    d = scans.driven_steady_state(B4, SI, [2.3e9])
    s = tq.solve(B4, SI)
    assert d.pl[0] == pytest.approx(float(s.pl), abs=1e-9)


def test_driven_batch_shapes_and_branches():
    B = fp.path("fig4").field(np.array([5.0, 10.0, 15.0]))
    f = np.linspace(2.5e9, 3.2e9, 7)
    d = scans.driven_steady_state(B, AUTHORS, f, branches=("minus", "plus"))
    assert d.pl.shape == (3, 7) and d.torque.shape == (3, 7, 3)
    assert d.mw_rates.shape == (3, 7, 4, 2)
    only_minus = scans.driven_steady_state(B, AUTHORS, f)
    assert np.all(only_minus.mw_rates[..., 1] == 0)


@pytest.mark.parametrize("kw, match", [
    ({"freq_hz": [-1.0]}, "freq_hz"),
    ({"mw_rate": -1.0}, "mw_rate"),
    ({"mw_sigma_hz": 0.0}, "mw_sigma_hz"),
    ({"branches": ("up",)}, "branches"),
])
def test_driven_rejects_bad_input(kw, match):
    args = {"freq_hz": [2.7e9]} | kw
    f = args.pop("freq_hz")
    with pytest.raises(ValueError, match=match):
        scans.driven_steady_state(B4, AUTHORS, f, **args)


def test_driven_rejects_non_model():
    with pytest.raises(ValueError, match="CRModel"):
        scans.driven_steady_state(B4, "authors_code", [2.7e9])


# ---------------------------------------------------------------------------
# Spectra, peak counting, slopes
# ---------------------------------------------------------------------------


def test_mdmr_lines_merge_at_the_fig4_crossing():
    f = np.arange(2.50e9, 2.95e9, 1e6)
    delta, pl = scans.mdmr_spectrum("fig4", [10.0, 17.0, 25.0], f, AUTHORS)
    counts = [scans.count_peaks(np.linalg.norm(d, axis=-1)) for d in delta]
    assert counts == [4, 3, 4]
    assert [scans.count_peaks(-p) for p in pl] == [4, 3, 4]


def test_odmr_spectrum_has_eight_lines_off_degeneracy():
    B = fp.path("fig4").field(5.0)
    f = np.arange(2.5e9, 3.25e9, 1e6)
    spec = scans.odmr_spectrum(B, f, SI)
    assert scans.count_peaks(-spec) == 8
    assert np.all(spec <= 1 + 1e-12)


def test_count_peaks_flat_and_simple():
    assert scans.count_peaks(np.ones(10)) == 0
    x = np.linspace(0, 10, 501)
    assert scans.count_peaks(np.exp(-(x - 3) ** 2) + np.exp(-(x - 7) ** 2)) == 2


def test_pair_detuning_slope_matches_finite_difference():
    c = fp.degeneracy_crossings("fig4")[0]
    i, j = c.pairs[0]
    slope = scans.pair_detuning_slope("fig4", (i, j), c.b_em_gauss)
    nu = fp.odmr_along("fig4", np.array([c.b_em_gauss - 0.1, c.b_em_gauss + 0.1]))[..., 0]
    fd = ((nu[1, i] - nu[1, j]) - (nu[0, i] - nu[0, j])) / 0.2
    assert slope == pytest.approx(fd, rel=1e-3)
    assert abs(slope) / 1e6 == pytest.approx(4.24, abs=0.02)   # MHz/G: 9 MHz / 2.1 G in the paper


def test_best_path_position_recovers_a_model_point():
    nu = fp.odmr_along("fig12", 11.0)[:, 0] / 1e6
    b, rms = scans.best_path_position("fig12", nu)
    assert rms < 0.1
    # sorted lines: the mirror point on the other side of the crossing is equivalent
    assert min(abs(b - 11.0), abs(b - (2 * 23.03 - 11.0))) < 1.0
    with pytest.raises(ValueError, match="4"):
        scans.best_path_position("fig12", [1, 2, 3])


# ---------------------------------------------------------------------------
# Path scans (the physics of Figs 4, 7, 12)
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("preset", ["main", "si_text"])
@pytest.mark.parametrize("path", ["fig4", "fig7", "fig12"])
def test_pl_dips_only_with_cr_and_at_the_crossings(path, preset):
    s = scans.path_scan(path, preset)
    assert s.b_em.shape == (401,) and s.torque.shape == (401, 3)
    depth = s.pl_nocr.mean() - s.pl.min()
    assert depth > 0.05
    assert np.ptp(s.pl_nocr) < 0.05 * depth              # no dip without CR
    crossings = [c.b_em_gauss for c in fp.degeneracy_crossings(path)]
    step = s.b_em[1] - s.b_em[0]
    assert min(abs(s.b_em[np.argmin(s.pl)] - x) for x in crossings) <= step


# Reference values of an independent recomputation made when the model was specified (numpy,
# the authors' path scripts' geometry), given to three digits: compared at ±0.5 in the last one.
@pytest.mark.parametrize("path,preset,quantity,ref,tol", [
    ("fig4", "main", "pl_min", 0.655, 5e-4),
    ("fig4", "main", "gx_max", 7.4e-19, 0.05e-19),
    ("fig4", "si_text", "pl_min", 0.645, 5e-4),
    ("fig4", "si_text", "sigma", 1.69, 5e-3),
    pytest.param("fig4", "si_text", "gx_max", 8.7e-19, 0.05e-19, marks=pytest.mark.xfail(
        strict=True, reason="ours 8.78e-19, the reference's 8.7e-19: 1 % apart, kept visible")),
    ("fig12", "si_text", "pl_min", 0.541, 5e-4),
    ("fig12", "si_text", "sigma", 2.1, 0.05),
])
def test_path_scans_against_reference_values(path, preset, quantity, ref, tol):
    s = scans.path_scan(path, preset)
    # (the reference's baselines, "0.748 → 0.645", do not say which curve or field they are
    # read at, so only the unambiguous dip depth, width and torque peak are compared)
    value = {"pl_min": s.pl.min(), "sigma": s.fit_pl().sigma,
             "gx_max": np.abs(s.torque[:, 0]).max()}[quantity]
    assert value == pytest.approx(ref, abs=tol)


def test_fig4_gaussian_dip_centred_on_the_crossing():
    c = fp.degeneracy_crossings("fig4")[0].b_em_gauss
    for preset in ("main", "si_text"):
        s = scans.path_scan("fig4", preset)
        assert s.fit_pl().center == pytest.approx(c, abs=0.1)
        assert s.fit_torque(0).center == pytest.approx(c, abs=0.2)


def test_fig4_torque_components_and_enhancement():
    s = scans.path_scan("fig4", "main")
    i = int(np.argmin(s.pl))
    t = s.torque[i]
    assert t[1] == pytest.approx(-t[0], rel=0.01)        # Γy ≈ −Γx
    assert abs(t[2]) < 0.01 * abs(t[0])
    assert np.linalg.norm(t) / np.linalg.norm(s.torque_nocr[i]) > 5
    # with N0 = 1e9 the crossing torque is ~1e-18 N m (paper: 10^-18)
    assert 0.5e-18 < np.linalg.norm(t) < 1.5e-18


@pytest.mark.parametrize("model", [tq.preset("no_strain"), tq.preset("nvlib_frame"), SI],
                         ids=["no_strain", "nvlib_frame", "si_text"])
def test_fig12_mirror_plane_zeroes_gamma_x_and_z(model):
    c = fp.degeneracy_crossings("fig12")[0]
    B = fp.path("fig12").field(c.b_em_gauss)
    for cr in (True, False):
        t = tq.torque(B, model, cr=cr)
        assert abs(t[0]) < 1e-4 * abs(t[1]) and abs(t[2]) < 1e-4 * abs(t[1])


def test_fig12_scripts_strain_frames_break_the_mirror_plane():
    """The scripts' class frames put the strain along <11-2> or <110> per class, which the mirror
    y = 0 does not map onto each other: in the main model Γx at the crossing is not zero."""
    c = fp.degeneracy_crossings("fig12")[0]
    B = fp.path("fig12").field(c.b_em_gauss)
    for cr in (True, False):
        t = tq.torque(B, AUTHORS, cr=cr)
        assert 1e-3 < abs(t[0]) / abs(t[1]) < 0.2


def test_fig12_upper_pair_closer_than_lower_pair():
    c = fp.degeneracy_crossings("fig12")[0]
    low, high = (abs(scans.pair_detuning_slope("fig12", p, c.b_em_gauss)) for p in c.pairs)
    assert c.nu_minus_hz[0] < c.nu_minus_hz[1]
    assert high < low


def test_fig12_pl_dip_deeper_than_fig4():
    for preset in ("main", "si_text"):
        d4 = scans.path_scan("fig4", preset)
        d12 = scans.path_scan("fig12", preset)
        assert (d12.pl_nocr.mean() - d12.pl.min()) > (d4.pl_nocr.mean() - d4.pl.min())
