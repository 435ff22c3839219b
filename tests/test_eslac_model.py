"""Physics tests of Part II's Hamiltonians, rate model and crossings (nvlib.eslac)."""

import numpy as np
import pytest
from scipy.linalg import null_space

from nvlib.eslac import dips, gfactor, samples
from nvlib.eslac import hamiltonian as ham
from nvlib.eslac import ratemodel as rm

P = ham.DOHERTY
#: Parameters used by the spec's reference numbers: Doherty set with g_es = 2.003.
P_SPEC = ham.params(g_es=2.003)


# ----- Hamiltonians ---------------------------------------------------------------------------

def test_hermitian_over_a_grid():
    h = ham.es_hamiltonian(np.linspace(0, 800, 7)[:, None], strain_GHz=np.linspace(0, 50, 5),
                           g_l=0.14, theta_B_deg=3.0, phi_B_deg=20.0, strain_angle_deg=-30.0)
    assert h.shape == (7, 5, 6, 6)
    assert np.allclose(h, np.conj(np.swapaxes(h, -1, -2)))
    g = ham.gs_hamiltonian(np.linspace(0, 800, 7), theta_B_deg=40.0)
    assert np.allclose(g, np.conj(np.swapaxes(g, -1, -2)))


def test_zero_field_zero_strain_levels():
    e = np.linalg.eigvalsh(ham.es_hamiltonian(0.0, strain_GHz=0.0, g_l=0.0,
                                              p=ham.params(lambda_perp=0.0)))
    d, t, lam = P.D_par, P.D_perp, P.lambda_par
    expected = np.sort([-lam + d / 3] * 2 + [-2 * d / 3] * 2 + [lam + d / 3 - 2 * t,
                                                                 lam + d / 3 + 2 * t])
    assert np.allclose(e, expected)
    assert e[5] - e[4] == pytest.approx(3.1, abs=1e-9)          # A2 - A1 = 4 D_perp
    # A/E splitting: centre of A1, A2 minus E1,2 is 2 lambda_par.
    assert 0.5 * (e[4] + e[5]) - e[0] == pytest.approx(2 * lam)


def test_lambda_perp_repels_e12_and_exy():
    e = np.linalg.eigvalsh(ham.es_hamiltonian(0.0, strain_GHz=0.0, g_l=0.0))
    e0 = np.linalg.eigvalsh(ham.es_hamiltonian(0.0, strain_GHz=0.0, g_l=0.0,
                                               p=ham.params(lambda_perp=0.0)))
    assert e[0] < e0[0] and e[2] > e0[2]                         # pushed apart
    assert np.allclose(e[4:], e0[4:])                            # A1, A2 untouched


@pytest.mark.parametrize("strain", [20.0, 50.0, 200.0])
def test_large_strain_branch_splitting(strain):
    e = np.linalg.eigvalsh(ham.es_hamiltonian(0.0, strain_GHz=strain, g_l=0.0))
    split = e[3:].mean() - e[:3].mean()
    assert split > 2 * strain
    assert split / (2 * strain) - 1 < P.lambda_par ** 2 / strain ** 2   # O(lambda^2 / delta^2)


def test_explicit_matrix_elements():
    """Entries of the explicit 6x6 matrix (orbital slow): compare with the operator sum."""
    b, th, ph, d, phe, gl = 0.3, np.radians(10), np.radians(25), 3.0, np.radians(40), 0.2
    h = ham.es_hamiltonian(b * 1e3, strain_GHz=d, g_l=gl, theta_B_deg=10, phi_B_deg=25,
                           strain_angle_deg=40)
    g = P.g_es * ham.MU_B_GHZ_PER_T * b
    bx, by, bz = g * np.sin(th) * np.cos(ph), g * np.sin(th) * np.sin(ph), g * np.cos(th)
    bo = gl * ham.MU_B_GHZ_PER_T * b * np.cos(th)
    dx, dy = d * np.cos(phe), d * np.sin(phe)
    s, D, T, L, Pp = 1 / np.sqrt(2), P.D_par, P.D_perp, P.lambda_par, P.lambda_perp
    assert h[0, 0] == pytest.approx(bz + D / 3 + dx)
    assert h[0, 1] == pytest.approx(s * (bx - 1j * by + Pp))
    assert h[0, 2] == pytest.approx(-T)
    assert h[0, 3] == pytest.approx(1j * L - 1j * bo - dy)
    assert h[0, 4] == pytest.approx(1j * s * Pp)
    assert h[0, 5] == pytest.approx(1j * T)
    assert h[1, 1] == pytest.approx(-2 * D / 3 + dx)
    assert h[1, 2] == pytest.approx(s * (bx - 1j * by - Pp))
    assert h[1, 4] == pytest.approx(-1j * bo - dy)
    assert h[3, 3] == pytest.approx(bz + D / 3 - dx)
    assert h[3, 5] == pytest.approx(T)
    assert h[4, 5] == pytest.approx(s * (bx - 1j * by + Pp))


def test_c3v_strain_angle_invariance():
    """B along the axis: rotating the strain by 120 degrees leaves the spectrum unchanged."""
    b = np.linspace(0, 600, 13)
    e1 = np.linalg.eigvalsh(ham.es_hamiltonian(b, strain_GHz=7.0, g_l=0.14,
                                               strain_angle_deg=15.0))
    e2 = np.linalg.eigvalsh(ham.es_hamiltonian(b, strain_GHz=7.0, g_l=0.14,
                                               strain_angle_deg=135.0))
    assert np.allclose(e1, e2, atol=1e-9)


def test_ms0_closed_form_matches_full_hamiltonian():
    b = np.linspace(0, 500, 11)
    p0 = ham.params(lambda_perp=0.0)
    h = ham.es_hamiltonian(b, strain_GHz=5.0, g_l=0.14, p=p0)
    e_blk = np.linalg.eigvalsh(h[:, [1, 4]][:, :, [1, 4]])
    assert np.allclose(e_blk, ham.ms0_energies(b, strain_GHz=5.0, g_l=0.14, p=p0))


def test_gslac_field():
    # D_gs at 4 K (2.87771 GHz): GSLAC at 102.66 mT; the room-temperature 2.87 GHz, 102.38 mT
    assert ham.gslac_field_mT() == pytest.approx(102.66, abs=0.01)
    assert ham.gslac_field_mT(ham.params(D_gs=2.87)) == pytest.approx(102.38, abs=0.01)


@pytest.mark.parametrize("kwargs, match", [
    (dict(field_mT=-1.0, strain_GHz=1.0, g_l=0.1), "field_mT"),
    (dict(field_mT=1.0, strain_GHz=-1.0, g_l=0.1), "strain_GHz"),
    (dict(field_mT=1.0, strain_GHz=1.0, g_l=3.0), "g_l"),
    (dict(field_mT=np.nan, strain_GHz=1.0, g_l=0.1), "field_mT"),
    (dict(field_mT=1.0, strain_GHz=1.0, g_l=0.1, theta_B_deg=200.0), "theta_B_deg"),
])
def test_bad_input_raises(kwargs, match):
    with pytest.raises(ValueError, match=match):
        ham.es_hamiltonian(**kwargs)


def test_bad_params_raise():
    with pytest.raises(ValueError, match="D_perp"):
        ham.params(D_perp=-1.0)


# ----- crossings ------------------------------------------------------------------------------

def test_analytic_crossings_when_dperp_and_lperp_vanish():
    """With D_perp = 0 the batched crossing search equals the closed-form 2x2 formula."""
    p = ham.params(D_perp=0.0, lambda_perp=0.0, g_es=2.003)
    full = [c.field_mT for c in dips.crossings(4.444, 0.1395, p=p)]
    closed = dips.analytic_crossings(4.444, 0.1395, p=p)
    assert np.allclose(full, closed, atol=1e-3)
    # the values quoted in the literature-based specification (D_perp = 0): 35.6/146.4/338.8/486.3
    assert np.allclose(closed, [35.6, 146.4, 338.8, 486.3], atol=0.1)


@pytest.mark.parametrize("p, expected", [
    (P_SPEC, [35.8, 138.9, 336.7, 482.6]),
    (ham.params(D_par=1.44, D_perp=0.7705, lambda_par=5.33, lambda_perp=0.154, g_es=2.003),
     [35.9, 140.7, 336.8, 484.3]),
])
def test_nv1_crossings_two_parameter_sets(p, expected):
    f = [c.field_mT for c in dips.crossings(4.444, 0.1395, p=p)]
    assert np.allclose(f, expected, atol=0.1)


def test_sign_of_g_l_matters():
    plus = [c.field_mT for c in dips.crossings(4.444, 0.1395, p=P_SPEC)]
    minus = [c.field_mT for c in dips.crossings(4.444, -0.1395, p=P_SPEC)]
    assert np.allclose(minus, [40.5, 124.0, 376.5, 433.0], atol=1.0)
    assert not np.allclose(plus, minus, atol=1.0)


def test_crossing_points_agree_with_refined_crossings():
    s, f, inter = dips.crossing_points([4.444], 0.1395, np.arange(0, 1000, 0.05), p=P_SPEC)
    ref = dips.crossings(4.444, 0.1395, p=P_SPEC)
    assert np.allclose(np.sort(f), [c.field_mT for c in ref], atol=0.01)
    assert list(inter[np.argsort(f)]) == [c.inter_branch for c in ref]


def test_large_strain_limit_is_sqrt_dpar2_minus_dperp2():
    cs = dips.crossings(3000.0, 0.14, field_max_mT=200.0, step_mT=0.1)
    lim = 1e3 * np.sqrt(P.D_par ** 2 - P.D_perp ** 2) / (P.g_es * ham.MU_B_GHZ_PER_T)
    assert len(cs) == 2 and all(abs(c.field_mT - lim) < 1.0 for c in cs)
    assert cs[0].field_mT < lim < cs[1].field_mT


def test_inter_branch_crossing_rises_with_g_l_and_bound_inverts_it():
    lo = gfactor.inter_branch_fields(42.3, 0.14).min()
    hi = gfactor.inter_branch_fields(42.3, 0.5).min()
    assert hi > lo
    g = gfactor.g_l_lower_bound(42.3, 4000.0)
    assert gfactor.inter_branch_fields(42.3, g + 0.01).min() > 4000.0
    assert gfactor.inter_branch_fields(42.3, g - 0.01).min() < 4000.0
    est = gfactor.inter_branch_estimate_mT(42.3, 0.14)
    assert abs(est - lo) / lo < 0.05


# ----- rate model -----------------------------------------------------------------------------

def _nv1_solution(field):
    return rm.solve(field, keep=True, **samples.nv("NV1-S1").model_kwargs())


def test_populations_sum_to_one_and_are_positive():
    sol = _nv1_solution(np.linspace(0, 600, 301))
    assert np.allclose(sol.n.sum(-1), 1.0)
    assert np.all(sol.n > -1e-12)
    assert np.all(sol.pl > 0)


@pytest.mark.parametrize("rates", sorted(rm.RATE_SETS))
def test_radiative_sum_rule(rates):
    """Every excited eigenstate decays to the ground manifold at exactly k_r."""
    sol = rm.solve(np.linspace(0, 600, 31), strain_GHz=4.444, g_l=0.14, theta_B_deg=2.0,
                   rates=rates, keep=True)
    assert np.allclose(sol.k[:, rm.ES, rm.GS].sum(-1), rm.RATE_SETS[rates].k_r)
    # total excitation out of each ground eigenstate is (beta_x + beta_y) k_r ... on average:
    r = rm.RATE_SETS[rates]
    assert np.allclose(sol.k[:, rm.GS, rm.ES].sum((-1, -2)), 3 * 0.2 * r.k_r)
    # ISC out of the excited manifold is conserved: sum over eigenstates = sum over basis
    assert np.allclose(sol.k[:, rm.ES, rm.SS].sum(-1), 2 * (r.k_E0_S + 2 * r.k_E1_S))


def test_zero_field_rates_are_the_bare_rates():
    """At B = 0, zero strain angle and large strain the eigenstates are the basis states."""
    sol = rm.solve(np.array([0.0]), strain_GHz=40.0, g_l=0.0, keep=True,
                   p=ham.params(lambda_perp=0.0, D_perp=0.0, lambda_par=0.0))
    k0 = rm.bare_rates()
    # compare as multisets per block (eigenstate order is by energy)
    assert np.allclose(np.sort(sol.k[0, rm.ES, rm.SS]), np.sort(k0[rm.ES, rm.SS]))


def test_batched_steady_state_equals_per_point_null_space():
    sol = _nv1_solution(np.array([0.0, 36.5, 102.4, 138.0, 250.0]))
    for k, n in zip(sol.k, sol.n):
        m = k.T - np.diag(k.sum(axis=1))
        v = null_space(m)[:, 0]
        assert np.allclose(n, v / v.sum(), atol=1e-12)


def test_batched_trace_equals_per_point_loop():
    field = np.linspace(0, 600, 25)
    kw = samples.nv("NV2-S2").model_kwargs()
    batched = rm.solve(field, **kw).pl
    loop = np.array([rm.solve(np.array([b]), **kw).pl[0] for b in field])
    assert np.allclose(batched, loop, rtol=1e-12)


def test_pl_vs_field_signature_and_map():
    f = np.linspace(0, 200, 11)
    pl = rm.pl_vs_field(f, strain_GHz=30.0, g_l=0.14, theta_B_deg=0.5)
    m = rm.pl_map(f, [30.0, 40.0], g_l=0.14, theta_B_deg=0.5, chunk=7)
    assert pl.shape == f.shape and m.shape == (2, 11)
    assert np.allclose(m[0], pl)


def test_no_gslac_dip_without_misalignment():
    f = np.arange(95.0, 110.0, 0.05)
    aligned = rm.pl_vs_field(f, strain_GHz=4.444, g_l=0.14, theta_B_deg=0.0)
    tilted = rm.pl_vs_field(f, strain_GHz=4.444, g_l=0.14, theta_B_deg=1.0)
    assert dips.find_dips(f, aligned).field_mT.size == 0
    assert dips.find_dips(f, tilted).field_mT.size == 1


def test_dips_at_the_crossings_nv1():
    f = np.arange(0.0, 600.0, 0.05)
    pl = rm.pl_vs_field(f, strain_GHz=4.444, g_l=0.1395, theta_B_deg=0.5, p=P_SPEC,
                        rates="tetienne", beta_x=0.5, beta_y=0.5)
    d = dips.find_dips(f, pl).field_mT
    # spec: dips at 36.5, 138.5, 336.5, 482.5 mT on a 0.5 mT grid, plus the GSLAC
    for target in (36.5, 102.4, 138.5, 336.5, 482.5):
        assert np.min(np.abs(d - target)) < 0.6, (target, d)


def test_rate_model_bad_input():
    with pytest.raises(ValueError, match="rates"):
        rm.solve(np.array([1.0]), strain_GHz=1.0, g_l=0.1, rates="mine")
    with pytest.raises(ValueError, match="field_mT"):
        rm.pl_vs_field(np.ones((2, 2)), strain_GHz=1.0, g_l=0.1)
    with pytest.raises(ValueError, match="beta_x"):
        rm.solve(np.array([1.0]), strain_GHz=1.0, g_l=0.1, beta_x=-0.1)
    with pytest.raises(ValueError, match="min_depth"):
        dips.find_dips(np.arange(5.0), np.ones(5), min_depth=2.0)


def test_wing_does_not_import_other_wings():
    import pathlib
    root = pathlib.Path(rm.__file__).parent
    for path in root.rglob("*.py"):
        text = path.read_text()
        assert "nvlib.cr_torque" not in text and "nvlib.exchange" not in text, path


def test_eliminated_steady_state_equals_linear_solve():
    sol = rm.solve(np.linspace(0, 600, 41), strain_GHz=30.0, g_l=0.14, theta_B_deg=3.0,
                   mw_rate_MHz=2.0, keep=True)
    assert np.allclose(rm.steady_state_10(sol.k), rm.steady_state(sol.k), atol=1e-13)


def test_strain_at_fixed_gl_recovers_the_truth_when_gl_is_right():
    # the B.1 g_l-insensitivity claim maps dip fields back to delta_perp; with the true g_l the
    # map must return the true strain, and a larger true g_l must move it (the claim's point)
    from nvlib.eslac.claims.dips import strain_at_fixed_gl
    assert abs(strain_at_fixed_gl(0.14) - 42.3) < 0.02
    assert abs(strain_at_fixed_gl(0.85) - 42.3) > 1.0


def test_phi_b_shifts_are_zero_on_the_axis():
    # with the field on the NV axis the azimuth is undefined: no dip may move with phi_B
    from nvlib.eslac import dips, samples
    from nvlib.eslac import ratemodel as rm
    f = np.arange(0.0, 200.0, 0.1)
    kw = {**samples.nv("NV1-S1").model_kwargs(), "theta_B_deg": 0.0}
    a = dips.find_dips(f, rm.pl_vs_field(f, phi_B_deg=0.0, **kw), min_depth=0.005).field_mT
    b = dips.find_dips(f, rm.pl_vs_field(f, phi_B_deg=90.0, **kw), min_depth=0.005).field_mT
    np.testing.assert_allclose(a, b, atol=1e-9)


@pytest.mark.parametrize("integration_s", [1.0, 0.1])
def test_joint_fit_recovers_strain_and_gl(integration_s):
    # issue 17: δ⊥ and g_l fitted together on a strained NV (NV4-S3 at an enhanced g_l = 0.85);
    # both come back within 3 of the fit's own errors at two noise levels
    import dataclasses
    from nvlib.eslac import fitting
    from nvlib.eslac.plots.dips import TRACE_RANGES
    true = dataclasses.replace(samples.nv("NV4-S3"), g_l=0.85)
    a, b = TRACE_RANGES["NV4-S3"]
    f = np.arange(a, b + 0.125, 0.25)
    y = fitting.synthetic_record(f, rm.solve(f, **true.model_kwargs()).pl,
                                 integration_s=integration_s, seed=7)
    start = fitting.start_values(true)
    start["g_l"] = 0.7
    r = fitting.fit_nv_minus(f, y, start, fit_g_l=True, integration_s=integration_s)
    for k in ("strain_GHz", "g_l"):
        assert abs(r.values[k] - getattr(true, k)) < 3 * r.errors[k], (k, r.values[k])
    # the errors shrink with the record length as 1/sqrt(t): 0.1 s gives about 3x the 1 s error
    assert r.errors["g_l"] < 0.06 * (1.0 / integration_s) ** 0.5 + 0.01


def test_self_consistent_gl_bound_is_self_consistent():
    from nvlib.eslac import gfactor
    g, s = gfactor.self_consistent_g_l_bound(42.3, 0.14, 5000.0)
    # at the bound the lowest inter-branch crossing sits at the sweep top ...
    f = gfactor.inter_branch_fields(s, g, field_max_mT=7500.0, step_mT=3.75)
    assert abs(f.min() - 5000.0) < 25.0
    # ... and the low-field ESLACs at (s, g) are where the g_l = 0.14 fit puts them
    def intra(st, gl):
        return np.sort([c.field_mT for c in dips.crossings(st, gl, field_max_mT=300.0,
                                                           step_mT=0.25) if not c.inter_branch])
    assert np.max(np.abs(intra(s, g) - intra(42.3, 0.14))) < 1.5
    # refitting δ⊥ upwards lowers the bound below the fixed-δ⊥ one
    assert g < gfactor.g_l_lower_bound(42.3, 5000.0)


def test_low_t_parameter_set_moves_the_dips_but_not_the_physics():
    # issue 17: the Ernst et al. 2023 set is the alternative of the es-parameters reading.
    # Closed-form checks hold for it too (A1-A2 = 4 D_perp at zero field and strain) ...
    lt = ham.LOW_T
    e = np.linalg.eigvalsh(ham.es_hamiltonian(0.0, strain_GHz=0.0, g_l=0.0,
                                              p=ham.params(**{**lt.__dict__,
                                                              "lambda_perp": 0.0})))
    assert e[5] - e[4] == pytest.approx(4 * lt.D_perp, abs=1e-9)
    # ... the ESLAC count of NV1-S1 is the same, and the fields move by millitesla, not more
    nv = samples.nv("NV1-S1")
    a = [c.field_mT for c in dips.crossings(nv.strain_GHz, nv.g_l)]
    b = [c.field_mT for c in dips.crossings(nv.strain_GHz, nv.g_l, p=lt)]
    assert len(a) == len(b) == 4
    shift = np.abs(np.array(b) - np.array(a))
    assert 0.5 < shift.max() < 10.0


def test_nv3_two_eslacs_one_dip():
    # ES-037: NV3-S2's two low-field ESLACs coalesce into one PL dip (both parameter sets)
    from nvlib.eslac.claims.dips import nv3_coalescence
    for p in ham.PARAM_SETS.values():
        assert nv3_coalescence(p) == (2, 1)


def test_strain_refit_is_finite_and_tiny_where_dips_are_steep():
    # the linearised δ⊥ refit is finite for every NV and rate set, and tiny where the dips
    # move steeply with δ⊥ (the refit is the dip shift over the slope)
    from nvlib.eslac.claims import dips as cd
    shifts = cd.strain_refit_shifts()
    assert set(shifts) == set(samples.TABLE3)
    assert all(np.isfinite(v) for d in shifts.values() for v in d.values())
    # NV1-S1's dips are steep in δ⊥ (tens of mT/GHz): a sub-0.02 mT dip shift is < 1e-3 GHz
    assert abs(shifts["NV1-S1"]["tetienne"]) < 1e-3
