"""Physics tests of Part II's 12-level model, ODMR/sensitivity, fits and explorer."""

import numpy as np
import pytest

from nvlib.eslac import chargestate as cs
from nvlib.eslac import explorer, fitting, odmr, samples
from nvlib.eslac import ratemodel as rm

NV1 = samples.nv("NV1-S1")
F = np.linspace(0.0, 600.0, 61)


def _sol(**kw):
    return cs.solve(F, **{**NV1.model_kwargs(), **kw})


def test_populations_sum_to_one_and_positive():
    for shelf in (True, False):
        s = _sol(shelf_ionisation=shelf)
        assert np.allclose(s.n.sum(-1), 1.0)
        assert np.all(s.n > -1e-12)


def test_rate_sum_rules_12_levels():
    """Charge rates are field independent; out-rates of every excited eigenstate add up."""
    sol = rm.solve(F, keep=True, **NV1.model_kwargs())
    k = cs.rate_matrix(sol.k, NV1.beta_x, NV1.beta_y)
    bbar = 0.5 * (NV1.beta_x + NV1.beta_y)
    c = cs.AUDE_CRAIK
    r = rm.RATE_SETS["gupta"]
    assert np.allclose(k[:, rm.ES, cs.NV0_G], bbar * c.k_ion)
    assert np.allclose(k[:, rm.ES, rm.GS].sum(-1), r.k_r)
    assert np.allclose(k[:, cs.NV0_E, rm.GS].sum(-1), bbar * c.k_rec)
    assert np.allclose(k[:, rm.SS, cs.NV0_G], bbar * c.k_si)
    # flux balance in steady state: into NV0 = out of NV0
    n = cs.solve(F, **NV1.model_kwargs()).n
    into = (n[:, :10] * k[:, :10, 10:].sum(-1)).sum(-1)
    out = (n[:, 10:] * k[:, 10:, :10].sum(-1)).sum(-1)
    assert np.allclose(into, out)


def test_reduces_to_10_levels_without_charge_rates():
    zero = cs.charge_rates(k_ion=0.0, k_rec=0.0, k_si=0.0)
    s12 = _sol(charge=zero)
    s10 = rm.solve(F, **NV1.model_kwargs())
    assert np.allclose(s12.pl_minus, s10.pl, rtol=1e-12)
    assert np.allclose(s12.n[:, 10:], 0.0)


def test_reduces_to_10_levels_in_the_weak_charge_limit():
    """Tiny but nonzero charge rates: the general solve approaches the 10-level result."""
    tiny = cs.charge_rates(k_ion=1e-7, k_rec=1e-3, k_si=1e-7)
    s12 = _sol(charge=tiny)
    s10 = rm.solve(F, **NV1.model_kwargs())
    assert np.allclose(s12.pl_minus, s10.pl, rtol=1e-3)


@pytest.mark.parametrize("name, hi", [("NV1-S1", 600.0), ("NV2-S2", 150.0)])
def test_nv0_response_flips_sign_with_shelf_ionisation(name, hi):
    nv = samples.nv(name)
    f = np.arange(0.0, hi, 0.1)
    on = cs.nv0_response(f, *cs.pl_vs_field(f, **nv.model_kwargs()))
    off = cs.nv0_response(f, *cs.pl_vs_field(f, shelf_ionisation=False, **nv.model_kwargs()))
    assert on.size >= 3 and np.all(on == 1)
    assert np.all(off == -1)


def test_shelf_threshold_separates_dips_from_peaks():
    kw = NV1.model_kwargs()
    thr = cs.shelf_threshold(36.5, 250.0, **kw)
    assert 0 < thr < cs.AUDE_CRAIK.k_si
    lo = cs.solve(np.array([36.5, 250.0]), charge=cs.charge_rates(k_si=0.5 * thr), **kw)
    hi = cs.solve(np.array([36.5, 250.0]), charge=cs.charge_rates(k_si=2 * thr), **kw)
    assert lo.n[0, cs.NV0_E] < lo.n[1, cs.NV0_E]
    assert hi.n[0, cs.NV0_E] > hi.n[1, cs.NV0_E]


def test_charge_bad_input():
    with pytest.raises(ValueError, match="k_si"):
        cs.charge_rates(k_si=-1.0)
    with pytest.raises(ValueError, match="field_mT"):
        cs.pl_vs_field(np.ones((2, 2)), strain_GHz=1.0, g_l=0.1)
    with pytest.raises(ValueError, match="collection0"):
        cs.solve(F, strain_GHz=1.0, g_l=0.1, collection0=0.0)


# ----- ODMR and sensitivity -------------------------------------------------------------------

def test_contrast_between_zero_and_one_and_vanishes_without_mw():
    kw = samples.nv("NV5-S2").model_kwargs()
    f = np.array([10.0, 26.5, 80.0, 140.0])
    pl, c = odmr.contrast(f, **kw)
    assert np.all((c > 0) & (c < 1))
    pl_tiny, c_tiny = odmr.contrast(f, mw_rate_MHz=1e-9, **kw)
    assert np.allclose(c_tiny, 0.0, atol=1e-9)


def test_saturating_mw_equalises_the_driven_ground_states():
    kw = samples.nv("NV5-S2").model_kwargs()
    sol = rm.solve(np.array([80.0]), mw_rate_MHz=1e7, keep=True, **kw)
    p = np.abs(np.linalg.eigh(rm.ham.gs_hamiltonian(80.0, theta_B_deg=kw["theta_B_deg"]))[1]) ** 2
    a, c = np.argmax(p[1]), np.argmax(p[2])
    assert sol.n[0, a] == pytest.approx(sol.n[0, c], rel=1e-4)


def test_sensitivity_formula_and_bad_input():
    eta = odmr.sensitivity(0.1, 1e5, linewidth_MHz=5.0)
    assert eta == pytest.approx(4 / (3 * np.sqrt(3)) * 5e6 / (28e9 * 0.1 * np.sqrt(1e5)))
    with pytest.raises(ValueError, match="contrast_"):
        odmr.sensitivity(-0.1, 1e5)
    with pytest.raises(ValueError, match="rate_cps"):
        odmr.sensitivity(0.1, -1.0)


def test_odmr_trace_is_a_dip_centred_on_resonance():
    kw = samples.nv("NV5-S2").model_kwargs()
    det = np.linspace(-20, 20, 41)
    t = odmr.odmr_trace(80.0, det, **kw)
    assert np.argmin(t) == 20 and np.allclose(t, t[::-1])


def test_transition_frequency_at_zero_field_is_D():
    d = 1e3 * rm.ham.DOHERTY.D_gs
    assert odmr.transition_frequency_MHz(0.0) == pytest.approx(d)
    assert odmr.transition_frequency_MHz(50.0) == pytest.approx(d - 28.03 * 50, rel=1e-3)


# ----- fits -----------------------------------------------------------------------------------

def test_fit_recovers_known_parameters_from_synthetic_data():
    nv = samples.nv("NV3-S2")
    f = np.arange(0.0, 150.0, 0.5)
    pl = rm.solve(f, **nv.model_kwargs()).pl
    y = fitting.synthetic_record(f, pl, seed=7)
    r = fitting.fit_nv_minus(f, y, fitting.start_values(nv))
    for k in ("strain_GHz", "theta_B_deg", "beta_x", "beta_y", "background_cps"):
        assert abs(r.values[k] - getattr(nv, k)) < 4 * r.errors[k], k
    assert 0.7 < r.reduced_chi2 < 1.4


def test_linear_nv0_fit_is_exact_without_noise():
    name = "NV1-S1"
    nv, t4 = samples.nv(name), samples.TABLE4[name]
    f = np.arange(0.0, 600.0, 2.0)
    sol = cs.solve(f, **{**nv.model_kwargs(), "background_cps": t4["background_cps"],
                         "collection0": t4["collection0"],
                         "background0_cps": t4["background0_cps"]})
    params = {k: getattr(nv, k) for k in fitting.FIT_KEYS}
    r = fitting.fit_nv_zero(f, sol.pl_zero, sol.pl_minus, params)
    for k in ("collection0", "background0_cps", "background_cps"):
        assert r.values[k] == pytest.approx(t4[k], rel=1e-6)


def test_synthetic_record_statistics():
    pl = np.full(20000, 1e4)
    y = fitting.synthetic_record(np.arange(20000.0), pl, integration_s=0.5, seed=1)
    assert abs(y.mean() - 1e4) < 5 * np.sqrt(1e4 / 0.5 / 20000)
    assert y.var() == pytest.approx(1e4 / 0.5, rel=0.05)


def test_fit_bad_input():
    with pytest.raises(ValueError, match="start"):
        fitting.fit_nv_minus(np.arange(3.0), np.ones(3), {"strain_GHz": 1.0})
    with pytest.raises(ValueError, match="pl_cps"):
        fitting.synthetic_record(np.arange(3.0), -np.ones(3))


# ----- explorer -------------------------------------------------------------------------------

def test_explorer_state_and_ranges():
    s = explorer.explorer_state(strain_GHz=20.0, field_max_mT=200.0, n_field=101)
    assert s.pl_minus.shape == (101,) and s.energies_GHz.shape == (101, 6)
    with pytest.raises(ValueError, match="g_l"):
        explorer.explorer_state(g_l=2.0)


def test_strain_prefit_reaches_the_same_minimum():
    nv = samples.nv("NV4-S3")
    f = np.arange(0.0, 150.0, 0.5)
    y = fitting.synthetic_record(f, rm.solve(f, **nv.model_kwargs()).pl, seed=11)
    a = fitting.fit_nv_minus(f, y, fitting.start_values(nv), prefit_strain=True)
    b = fitting.fit_nv_minus(f, y, fitting.start_values(nv), prefit_strain=False)
    for k in ("strain_GHz", "theta_B_deg", "beta_x", "beta_y", "background_cps"):
        assert abs(a.values[k] - b.values[k]) < 0.2 * a.errors[k], k


# ---------------------------------------------------------------- charge_fractions (issue 17)

@pytest.mark.parametrize("name", ["NV1-S1", "NV2-S2", "NV4-S3"])
@pytest.mark.parametrize("shelf", [True, False])
def test_charge_fractions_sum_to_one(name, shelf):
    from nvlib.eslac.chargestate import charge_fractions
    b = np.linspace(0.0, 200.0, 41)
    m, z = charge_fractions(b, nv=name, shelf_ionisation=shelf)
    assert m.shape == z.shape == b.shape
    assert np.all((m > 0) & (m < 1) & (z > 0) & (z < 1))
    np.testing.assert_allclose(m + z, 1.0, atol=1e-10)


def test_charge_fractions_reduce_to_10_levels_without_charge_processes():
    from nvlib.eslac import chargestate as cs, ratemodel as rm, samples
    b = np.linspace(0.0, 150.0, 31)
    none = cs.charge_rates(k_ion=0.0, k_si=0.0)
    m, z = cs.charge_fractions(b, nv="NV2-S2", charge=none)
    np.testing.assert_allclose(m, 1.0, atol=1e-12)
    np.testing.assert_allclose(z, 0.0, atol=1e-12)
    # and the NV- populations are those of the 10-level model
    kw = samples.nv("NV2-S2").model_kwargs()
    n12 = cs.solve(b, charge=none, **kw).n[:, :10]
    np.testing.assert_allclose(n12, rm.solve(b, **kw).n, atol=1e-10)


def test_shelf_ionisation_only_adds_nv0():
    # an extra channel into NV0 can only raise the NV0 fraction
    from nvlib.eslac.chargestate import charge_fractions
    b = np.linspace(0.0, 600.0, 61)
    _, z_on = charge_fractions(b, nv="NV1-S1", shelf_ionisation=True)
    _, z_off = charge_fractions(b, nv="NV1-S1", shelf_ionisation=False)
    assert np.all(z_on > z_off)


def test_charge_fractions_bad_input():
    from nvlib.eslac.chargestate import charge_fractions
    with pytest.raises(ValueError, match="nv must be one of"):
        charge_fractions([1.0], nv="NV9-S9")
    with pytest.raises(ValueError, match="field_mT"):
        charge_fractions([[1.0]], nv="NV1-S1")
    with pytest.raises(ValueError, match="field_mT"):
        charge_fractions([-1.0], nv="NV1-S1")


# ---------------------------------------------------------------- pulsed ODMR (issue 17)

def test_no_contrast_gives_infinite_eta():
    assert np.isinf(odmr.sensitivity(0.0, 1e5))
    # and eta grows without bound as the contrast goes to zero (1/C)
    c = np.array([1e-2, 1e-4, 1e-6])
    eta = odmr.sensitivity(c, 1e5)
    np.testing.assert_allclose(eta * c, eta[0] * c[0])


def test_cw_contrast_vanishes_linearly_as_W_goes_to_zero():
    """Weak drive: C is proportional to W (first-order perturbation of the steady state)."""
    kw = samples.nv("NV5-S2").model_kwargs()
    f = np.array([10.0, 80.0])
    _, c1 = odmr.contrast(f, mw_rate_MHz=1e-4, **kw)
    _, c2 = odmr.contrast(f, mw_rate_MHz=2e-4, **kw)
    assert np.all(c1 > 0)
    np.testing.assert_allclose(c2 / c1, 2.0, rtol=1e-3)


def test_pi_pulse_transfer_and_line_width():
    # on resonance a pi pulse transfers everything, at any pi time
    assert odmr.pulse_transfer(0.0, pi_time_ns=200.0) == pytest.approx(1.0)
    assert odmr.pulse_transfer(0.0, pi_time_ns=1000.0) == pytest.approx(1.0)
    # at detuning sqrt(3) x Rabi frequency the generalised rotation is 2 pi: nothing moves
    om = 1e3 / (2 * 200.0)
    assert odmr.pulse_transfer(np.sqrt(3) * om, pi_time_ns=200.0) == pytest.approx(0.0, abs=1e-12)
    # rectangular pi pulse: FWHM = 0.799 / t_pi (Fourier-limited line)
    assert odmr.pulsed_linewidth_MHz(200.0) == pytest.approx(0.7987 / 0.2, rel=1e-3)


def test_pulsed_contrast_limits():
    kw = samples.nv("NV5-S2").model_kwargs()
    f = np.array([10.0, 80.0, 140.0])
    pl, c = odmr.pulsed_contrast(f, **kw)
    assert np.all((c > 0) & (c < 1))
    np.testing.assert_allclose(pl, rm.solve(f, **kw).pl)
    # no transfer (detuned to a 2 pi rotation): no contrast, infinite eta
    om = 1e3 / (2 * odmr.PI_TIME_NS)
    _, c0 = odmr.pulsed_contrast(f, detuning_MHz=np.sqrt(3) * om, **kw)
    np.testing.assert_allclose(c0, 0.0, atol=1e-12)
    assert np.all(np.isinf(odmr.sensitivity(np.abs(c0) * 0.0, pl)))
    # the pi time does not matter on resonance (only the line width does)
    _, c_long = odmr.pulsed_contrast(f, pi_time_ns=1000.0, **kw)
    np.testing.assert_allclose(c_long, c, rtol=1e-12)
    # a very long readout averages the spin memory away: contrast -> 0 like 1/T
    _, c_a = odmr.pulsed_contrast(f, readout_ns=2e4, **kw)
    _, c_b = odmr.pulsed_contrast(f, readout_ns=4e4, **kw)
    assert np.all(c_a < 0.2 * c)
    np.testing.assert_allclose(c_b / c_a, 0.5, rtol=0.05)


def test_pulsed_contrast_without_background_is_the_ideal_spin_readout():
    """Zero-field, no background: contrast of a perfect pi pulse equals the photon difference
    of the two spin states weighted by their population difference (checked against a direct
    time integration)."""
    from scipy.integrate import solve_ivp
    kw = {**samples.nv("NV5-S2").model_kwargs(), "background_cps": 0.0}
    f = np.array([80.0])
    _, c = odmr.pulsed_contrast(f, readout_ns=300.0, wait_ns=3000.0, **kw)
    lit = rm.solve(f, keep=True, **kw)
    m = np.swapaxes(lit.k[0], 0, 1) - np.diag(lit.k[0].sum(-1))
    n0 = lit.n[0].copy()
    # after a long dark wait all population is in the ground state; follow it numerically
    dark = rm.solve(f, keep=True, **{**kw, "beta_x": 0.0, "beta_y": 0.0}).k[0]
    md = np.swapaxes(dark, 0, 1) - np.diag(dark.sum(-1))
    n1 = solve_ivp(lambda t, y: md @ y, (0, 3.0), n0, rtol=1e-10, atol=1e-13).y[:, -1]
    p = np.abs(np.linalg.eigh(rm.ham.gs_hamiltonian(80.0, theta_B_deg=kw["theta_B_deg"]))[1]) ** 2
    a, b = np.argmax(p[1]), np.argmax(p[2])
    n2 = n1.copy()
    n2[a], n2[b] = n1[b], n1[a]

    def photons(n):
        sol = solve_ivp(lambda t, y: np.concatenate([m @ y[:10], [y[3:9].sum()]]),
                        (0, 0.3), np.concatenate([n, [0.0]]), rtol=1e-10, atol=1e-13)
        return sol.y[-1, -1]

    ref, pi = photons(n1), photons(n2)
    assert c[0] == pytest.approx((ref - pi) / ref, rel=1e-6)


def test_nv0_buildup_shape_and_sign():
    b = np.arange(0.0, 150.0, 0.1)
    d_on, delta_on, off_on = cs.nv0_buildup(b, nv="NV2-S2")
    d_off, delta_off, off_off = cs.nv0_buildup(b, nv="NV2-S2", shelf_ionisation=False)
    assert d_on.size == delta_on.size >= 2
    assert np.all(delta_on > 0) and np.all(delta_off < 0)
    assert 0 < off_off < off_on < 1
    with pytest.raises(ValueError, match="nv must be one of"):
        cs.nv0_buildup(b, nv="NV0-S0")
