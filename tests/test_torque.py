"""Physics tests of the four-class NV torque model with cross-relaxation (nvlib.cr_torque.torque).

Reference numbers: an independent recomputation of the model made when it was specified from
the paper and the authors' scripts (plain numpy and QuTiP 5, the authors' 2.8 MHz/G, a 1° grid):
single-class test vectors at 100 G and 45°, the Fig. 11 table, the Fig. 3 maxima (given to three
digits, so compared at ±0.5 in the third digit); plus closed forms (perturbative limit, factor 3)
and the QuTiP solver path.
"""

import warnings

import numpy as np
import pytest

from nvlib import groundstate as gs
from nvlib import lindblad
from nvlib.cr_torque import torque as T
from nvlib.constants import HBAR, TWO_PI

B100 = 0.01                      # 100 G in tesla
GAMMA_28 = TWO_PI * 28e9         # the authors' 2.8 MHz/G (the reference values use it)
rng = np.random.default_rng(20210311)


def random_fields(n, b=B100):
    v = rng.normal(size=(n, 3))
    return b * v / np.linalg.norm(v, axis=-1, keepdims=True)


def spin_scale(model, b=B100):
    """Single-spin torque scale hbar (gamma B)^2 / D, N m."""
    return HBAR * (model.gamma * b) ** 2 / model.D


# ---------------------------------------------------------------- single-class test vectors

@pytest.mark.parametrize("axis_index", range(4))
def test_vector_authors_rates(axis_index):
    # Gamma_l = 5e3 /s, all six jumps 1e3 /s, E = 0, B = 100 G at 45 deg from the NV axis.
    m = T.preset("authors_code", strain_hz=0.0, gamma=GAMMA_28)
    B = T.class_frame_field(B100, np.pi / 4, axis_index=axis_index)
    sc = T.single_class_torque(B, m, axis_index=axis_index)
    p_plus, p0, p_minus = np.diagonal(sc.rho).real
    assert p0 == pytest.approx(0.7466, abs=1e-4)
    assert p_plus == pytest.approx(0.1265, abs=1e-4)
    assert p_minus == pytest.approx(0.1269, abs=1e-4)
    assert abs(sc.spin_local[0]) == pytest.approx(0.08574, abs=0, rel=5e-4)
    assert sc.spin_local[0] < 0                         # antiparallel to B_perp (paramagnetic)
    assert sc.spin_perp == pytest.approx(sc.spin_local[0], abs=0, rel=1e-12)
    assert abs(sc.spin_local[1]) < 1e-6
    assert sc.spin_parallel == pytest.approx(-0.00043, abs=1e-5)
    assert sc.amplitude == pytest.approx(1.119e-26, abs=0, rel=2e-3)
    # the same class inside the four-class solve (no CR) gives the same state
    st = T.solve(B, m, cr=False)
    np.testing.assert_allclose(st.rho[axis_index], sc.rho, atol=1e-14)
    np.testing.assert_allclose(st.torque_per_spin_class[axis_index], sc.torque,
                               atol=1e-12 * sc.amplitude)


def test_vector_si_values():
    m = T.preset("si_text", pump_rate=TWO_PI * 1e4, gamma=GAMMA_28)
    sc = T.single_class_torque(T.class_frame_field(B100, np.pi / 4), m)
    p_plus, p0, p_minus = np.diagonal(sc.rho).real
    assert p0 == pytest.approx(0.9658, abs=1e-4)
    assert p_plus == pytest.approx(0.0168, abs=1e-4)
    assert p_minus == pytest.approx(0.0174, abs=1e-4)
    assert abs(sc.spin_local[0]) == pytest.approx(0.13121, abs=0, rel=5e-4)
    assert sc.amplitude == pytest.approx(1.713e-26, abs=0, rel=2e-3)


def test_fig11_reference_table():
    # Fig 11: torque (1e-26 N m) and S_perp vs theta, authors' parameters (reference table).
    m = T.preset("authors_code", strain_hz=0.0, gamma=GAMMA_28)
    theta = np.radians([15, 30, 45, 60, 75, 90, 270])
    sc = T.single_class_torque(T.class_frame_field(B100, theta), m)
    np.testing.assert_allclose(sc.amplitude[:5] / 1e-26, [0.570, 0.979, 1.119, 0.961, 0.554],
                               atol=1.5e-3)
    assert sc.amplitude[5] < 1e-6 * spin_scale(m)
    np.testing.assert_allclose(sc.spin_local[:6, 0],
                               [-0.0318, -0.0611, -0.0857, -0.1042, -0.1156, -0.1193], atol=2e-4)
    assert sc.spin_local[6, 0] == pytest.approx(-sc.spin_local[5, 0], abs=0, rel=1e-9)   # +0.1192 at 270
    assert np.all(np.abs(sc.spin_parallel) < 7e-4)


# ---------------------------------------------------------------- density matrices

@pytest.mark.parametrize("name", ["si_text", "authors_code"])
@pytest.mark.parametrize("cr", [False, True])
def test_valid_density_matrices(name, cr):
    B = random_fields(300) * rng.uniform(0, 3, size=(300, 1))      # 0 .. 300 G
    rho = T.steady_states(B, T.preset(name), cr=cr)
    assert rho.shape == (300, 4, 3, 3)
    np.testing.assert_allclose(np.trace(rho, axis1=-2, axis2=-1), 1.0, atol=1e-13)
    np.testing.assert_allclose(rho, np.conj(np.swapaxes(rho, -1, -2)), atol=1e-15)
    assert np.linalg.eigvalsh(rho).min() > -1e-13
    pl = T.photoluminescence(rho)
    assert np.all((pl > 0.3) & (pl < 0.8))            # Gamma_l / Gamma_1 = 5: rho_00 ~ 0.75


def test_batch_shapes_match_pointwise():
    m = T.preset("authors_code")
    B = random_fields(6).reshape(2, 3, 3)
    G = T.torque(B, m)
    assert G.shape == (2, 3, 3)
    for idx in np.ndindex(2, 3):
        np.testing.assert_allclose(G[idx], T.torque(B[idx], m), rtol=0, atol=1e-40)
    st = T.solve(B, m)
    assert st.rates.shape == (2, 3, 4) and st.nu.shape == (2, 3, 4, 2)
    assert st.spin.shape == (2, 3, 4, 3) and st.pl.shape == (2, 3)
    np.testing.assert_allclose(st.torque, G, atol=1e-40)
    assert T.torque(B, m, spins_per_class=2.5e8) == pytest.approx(2.5e8 * G, abs=0, rel=1e-12)


def test_sign_is_physical_mu_cross_B():
    # Gamma = mu x B, mu = -hbar gamma <S>: opposite to the authors' +hbar gamma <S> x B.
    m = T.preset("si_text")
    # Physically: the torque turns the NV axis away from B (towards the perpendicular plane),
    # i.e. it is antiparallel to n x B for theta < 90 deg.
    n = gs.NV_AXES[2]
    Bk = T.class_frame_field(B100, np.radians([10, 40, 80]), axis_index=2)
    sc = T.single_class_torque(Bk, m, axis_index=2)
    assert np.all(np.einsum("...i,...i", sc.torque, np.cross(n, Bk)) < 0)
    # Independent: the torque is -dE/dθ of the ground-state energy, whose perturbative form
    # ε = -ħ(γB sinθ)²/D rises towards the axis; at 40° its size is ħ(γB)²/D sin2θ within the
    # pumping's population factor (0.6-1).
    amp = np.linalg.norm(sc.torque[1])
    assert 0.5 * spin_scale(m) * np.sin(np.radians(80)) < amp < spin_scale(m)


# ---------------------------------------------------------------- zeros of the torque

@pytest.mark.parametrize("name", ["si_text", "authors_code"])
def test_single_class_zero_torque_along_its_axis(name):
    m = T.preset(name)                                  # includes E = 3 MHz for authors_code
    for k in range(4):
        for b in (0.002, B100, 0.03):
            sc = T.single_class_torque(b * gs.NV_AXES[k], m, axis_index=k)
            assert sc.amplitude < 1e-6 * spin_scale(m, b)
            assert abs(sc.spin_perp) < 1e-9


@pytest.mark.parametrize("cr", [False, True])
def test_four_class_torque_vanishes_on_high_symmetry_axes(cr):
    m = T.preset("si_text")                             # E = 0
    scale = spin_scale(m)
    for axis in ([1, 1, 1], [-1, 1, -1], [0, 0, 1], [1, 0, 0]):
        B = B100 * np.array(axis, float) / np.linalg.norm(axis)
        assert np.linalg.norm(T.torque(B, m, cr=cr)) < 1e-6 * scale
    # but not for generic directions
    assert np.linalg.norm(T.torque(random_fields(1)[0], m, cr=cr)) > 1e-4 * scale


def test_strain_breaks_the_threefold_symmetry():
    # With E = 3 MHz (nvlib's x' axes) the [111] zero is lost: 2.3e-29 N m, 7 % of the no-CR max.
    m = T.preset("nvlib_frame")
    G = np.linalg.norm(T.torque(B100 * gs.NV_AXES[0], m, cr=False))
    assert 1e-29 < G < 4e-29
    assert np.linalg.norm(T.torque(B100 * gs.NV_AXES[0],
                                   T.preset("authors_code", strain_hz=0.0), cr=False)) < 1e-35


# ---------------------------------------------------------------- perturbative limit

def test_perturbative_limit():
    # 1/T1 << Gamma_l << D and gamma B << D: full polarisation, second-order torque.
    m = T.preset("si_text", pump_rate=1e7, t1_base=1.0, t1_dd=1.0)
    theta = np.radians([20.0, 45.0, 70.0, 110.0])
    for b in (1e-4, 2e-4, 5e-4):
        sc = T.single_class_torque(T.class_frame_field(b, theta), m)
        ref = T.perturbative_torque(b, theta, D=m.D, gamma=m.gamma)
        np.testing.assert_allclose(sc.amplitude, np.abs(ref), rtol=2e-4)
        # <S_perp> = -2 gamma B_perp / D (paramagnetic, chi_perp = 2 hbar gamma^2 / D)
        np.testing.assert_allclose(sc.spin_perp, -2 * m.gamma * b * np.sin(theta) / m.D,
                                   rtol=2e-4)
    # At 100 G the (gamma B/D)^2 corrections are ~1-2 %: the reference's 1.79e-26 vs 1.810e-26.
    sc = T.single_class_torque(T.class_frame_field(B100, np.pi / 4), m)
    assert sc.amplitude == pytest.approx(T.perturbative_torque(B100, np.pi / 4, D=m.D,
                                                               gamma=m.gamma), abs=0, rel=0.02)
    assert T.perturbative_torque(B100, np.pi / 4, gamma=GAMMA_28) == pytest.approx(1.810e-26,
                                                                                  abs=0, rel=1e-3)
    # with the paper's pumping (Gamma_l / Gamma_1 = 5) the polarisation is incomplete
    m5 = T.preset("authors_code", strain_hz=0.0)
    sc5 = T.single_class_torque(T.class_frame_field(1e-4, np.pi / 4), m5)
    assert sc5.amplitude / T.perturbative_torque(1e-4, np.pi / 4, gamma=m5.gamma) < 0.7


# ---------------------------------------------------------------- cubic symmetry

def _proper(ops):
    return ops[np.linalg.det(ops) > 0]


@pytest.mark.parametrize("name", ["si_text", "authors_code"])
@pytest.mark.parametrize("cr", [False, True])
def test_cubic_symmetry(name, cr):
    ops = gs.cubic_symmetry_operations()
    det = np.linalg.det(ops)
    m = T.preset(name, strain_hz=0.0)
    B = random_fields(6)
    G = T.torque(B, m, cr=cr)
    scale = np.abs(G).max()
    RB = np.einsum("oij,nj->oni", ops, B)
    G_RB = T.torque(RB, m, cr=cr)
    RG = np.einsum("oij,nj->oni", ops, G)
    # Exact law (B and Gamma axial): Gamma(det(R) R B) = det(R) R Gamma(B), all 48 operations.
    G_axial = T.torque(det[:, None, None] * RB, m, cr=cr)
    np.testing.assert_allclose(G_axial, det[:, None, None] * RG, rtol=0, atol=1e-10 * scale)
    # Proper rotations: Gamma(R B) = R Gamma(B).
    proper = det > 0
    np.testing.assert_allclose(G_RB[proper], RG[proper], rtol=0, atol=1e-10 * scale)
    # The polar-vector law det(R) R Gamma(B) for improper R needs Gamma(-B) = Gamma(B), true only
    # to O(Gamma/D) in the driven-dissipative steady state.
    dev = np.abs(G_RB[~proper] - (det[:, None, None] * RG)[~proper]).max() / scale
    assert dev < 1e-4
    odd = np.abs(T.torque(-B, m, cr=cr) - G).max() / scale
    assert 1e-9 < odd < 1e-4


def test_strain_keeps_only_the_fourfold_subgroup():
    m = T.preset("nvlib_frame")                          # E = 3 MHz on nvlib's x' axes
    ops = _proper(gs.cubic_symmetry_operations())
    B = random_fields(4)
    G = T.torque(B, m, cr=False)
    G_RB = T.torque(np.einsum("oij,nj->oni", ops, B), m, cr=False)
    err = np.abs(G_RB - np.einsum("oij,nj->oni", ops, G)).max(axis=(1, 2)) / np.abs(G).max()
    keeps_z = np.abs(ops[:, 2, 2]) == 1
    assert keeps_z.sum() == 8
    assert err[keeps_z].max() < 1e-10                                  # D4 exact (frames covariant)
    assert err[~keeps_z].min() > 1e-3                                  # 3-fold axes broken by E


def test_scripts_strain_frames_keep_only_the_twofold_axes():
    # The scripts' class frames put E on a <11-2> axis for two classes and a <110> axis for the
    # other two: of the 24 proper rotations only the D2 {1, C2[001], C2[110], C2[1-10]} survives.
    m = T.preset("main")                                 # E = 3 MHz, scripts' frames
    ops = _proper(gs.cubic_symmetry_operations())
    B = random_fields(4)
    G = T.torque(B, m, cr=False)
    G_RB = T.torque(np.einsum("oij,nj->oni", ops, B), m, cr=False)
    err = np.abs(G_RB - np.einsum("oij,nj->oni", ops, G)).max(axis=(1, 2)) / np.abs(G).max()
    d2 = [np.allclose(R, np.eye(3)) or np.allclose(R, np.diag([-1, -1, 1]))
          or np.allclose(R, [[0, 1, 0], [1, 0, 0], [0, 0, -1]])
          or np.allclose(R, [[0, -1, 0], [-1, 0, 0], [0, 0, -1]]) for R in ops]
    d2 = np.array(d2)
    assert d2.sum() == 4
    assert err[d2].max() < 1e-10
    assert err[~d2].min() > 1e-3


def _scripts_reference_torque(B_gauss):
    """Transcription of the authors' spin_3vx_4classes + make_t1_list (2-2/simu.py), QuTiP.

    Natural units of the scripts (MHz, G, rates in MHz), their class rotations Raller written
    out independently of nvlib; returns the physical torque -h gamma_e <S> x B in N m.
    """
    qutip = pytest.importorskip("qutip")
    a, b, c = np.sqrt(0.5), np.sqrt(1 / 3), np.sqrt(2 / 3)
    rzp = np.array([[a, a, 0], [-a, a, 0], [0, 0, 1]])
    rxp = np.array([[1, 0, 0], [0, b, c], [0, -c, b]])
    rxm = np.array([[1, 0, 0], [0, b, -c], [0, c, b]])
    ryp = np.array([[b, 0, c], [0, 1, 0], [-c, 0, b]])
    rym = np.array([[b, 0, -c], [0, 1, 0], [c, 0, b]])
    raller = [rym @ rzp, ryp @ rzp, rxp @ rzp, rxm @ rzp]
    sz = np.diag([1.0, 0.0, -1.0])
    sx = np.array([[0, 1, 0], [1, 0, 1], [0, 1, 0]]) / np.sqrt(2)
    sy = np.array([[0, 1, 0], [-1, 0, 1], [0, -1, 0]]) / (np.sqrt(2) * 1j)

    def ham(bb):
        return 2870 * sz @ sz + 2.8 * (bb[0] * sx + bb[1] * sy + bb[2] * sz) + 3 * (sx @ sx - sy @ sy)

    tr = np.array([np.sort(np.linalg.eigvalsh(ham(R @ B_gauss))) for R in raller])
    tr = np.stack([tr[:, 1] - tr[:, 0], tr[:, 2] - tr[:, 0]])
    g = np.full(4, 1e-3)
    for i in range(3):
        for j in range(i + 1, 4):
            for k in range(2):
                f = 1e-3 / (1 + (tr[k, i] - tr[k, j]) ** 2 / 6 ** 2)
                g[i] += f
                g[j] += f
    s = np.zeros(3)
    for k, R in enumerate(raller):
        ops = []
        for i in range(3):
            for j in range(3):
                if i != j:
                    L = np.zeros((3, 3))
                    L[i, j] = np.sqrt(g[k])
                    ops.append(qutip.Qobj(L))
        for j in (0, 2):
            L = np.zeros((3, 3))
            L[1, j] = np.sqrt(5e-3)
            ops.append(qutip.Qobj(L))
        rho = qutip.steadystate(qutip.Qobj(ham(R @ B_gauss)), ops).full()
        s += R.T @ np.array([np.trace(rho @ op) for op in (sx, sy, sz)]).real
    return -6.62607015e-34 * 2.8e6 * np.cross(s, B_gauss)


def test_main_model_is_the_scripts_model():
    # Independent transcription of the scripts (their frames, units and loops) against the main
    # preset. The scripts feed H in MHz to QuTiP as if angular, so their D/Gamma differs by 2 pi
    # from the physical one: an O(Gamma/D) ~ 1e-5 relative difference, nothing else.
    rng = np.random.default_rng(7)
    B = rng.normal(size=(3, 3))
    B *= 100.0 / np.linalg.norm(B, axis=1, keepdims=True)
    for b in B:
        ref = _scripts_reference_torque(b)
        got = T.torque(b * 1e-4, T.preset("main"))
        np.testing.assert_allclose(got, ref, rtol=0, atol=1e-3 * np.abs(ref).max())
        # and E on nvlib's x' axes is a different model
        other = T.torque(b * 1e-4, T.preset("nvlib_frame"))
        assert np.abs(other - ref).max() > 1e-2 * np.abs(ref).max()


@pytest.mark.parametrize("name,cr", [("si_text", False), ("si_text", True),
                                     ("nvlib_frame", True), ("main", True)])
def test_symmetry_filled_map_equals_brute_force(name, cr):
    m = T.preset(name)
    sym = T.torque_map(B100, 91, 181, m, cr=cr, method="symmetry")     # 2 deg
    brute = T.torque_map(B100, 91, 181, m, cr=cr, method="brute")
    assert sym.method == "symmetry" and brute.method == "brute"
    np.testing.assert_array_equal(sym.theta, brute.theta)
    # Floor ~1e-12 of the map maximum: rounding of the 3x3 eigenvalues (~1e-6 Hz on nu, seen
    # through the CR lineshape) and of the solves, amplified by the four-class cancellation.
    np.testing.assert_allclose(sym.torque, brute.torque, rtol=0,
                               atol=2e-12 * brute.amplitude.max())
    # odd n_theta too
    s2 = T.torque_map(B100, 46, 89, m, cr=cr)
    b2 = T.torque_map(B100, 46, 89, m, cr=cr, method="brute")
    np.testing.assert_allclose(s2.torque, b2.torque, rtol=0, atol=2e-12 * b2.amplitude.max())


def test_map_grid_and_fallback():
    m = T.preset("si_text")
    with pytest.warns(UserWarning, match="n_phi"):
        mp = T.torque_map(B100, 7, 11, m, cr=False)
    assert mp.method == "brute" and mp.torque.shape == (7, 11, 3)
    ref = T.torque(gs.field_from_angles(B100, mp.theta[:, None], mp.phi[None, :]), m, cr=False)
    np.testing.assert_allclose(mp.torque, ref, rtol=0, atol=1e-40)
    mp = T.torque_map(B100, 9, 17, m, cr=True, component="x", progress=False)
    np.testing.assert_array_equal(mp.values, mp.torque[..., 0])
    np.testing.assert_allclose(mp.fields[3, 5], gs.field_from_angles(B100, mp.theta[3], mp.phi[5]))


# ---------------------------------------------------------------- cross-relaxation physics

def _rates_reference(nu, model):
    """Straight loops over the SI/code formula (independent of the vectorised code)."""
    out = np.full(nu.shape[:-1], 1 / model.t1_base)
    for idx in np.ndindex(nu.shape[:-2]):
        for i in range(4):
            for j in range(4):
                if i == j:
                    continue
                for b in model.branches:
                    c = 0 if b == "minus" else 1
                    d = nu[idx + (i, c)] - nu[idx + (j, c)]
                    f = (np.exp(-d ** 2 / (2 * model.width_hz ** 2))
                         if model.lineshape == "gaussian" else 1 / (1 + d ** 2 / model.width_hz ** 2))
                    out[idx + (i,)] += f / model.t1_dd
    return out


@pytest.mark.parametrize("name", ["si_text", "authors_code"])
def test_rate_formula(name):
    m = T.preset(name)
    B = random_fields(20) * rng.uniform(0.1, 2, size=(20, 1))
    st = T.solve(B, m)
    np.testing.assert_allclose(st.rates, _rates_reference(st.nu, m), rtol=1e-12)
    np.testing.assert_allclose(T.relaxation_rates(B, m, cr=False), 1 / m.t1_base)


def test_rates_on_a_110_plane():
    # phi = 45 deg: B in the plane normal to [1-10]; classes [1-11] and [-111] are degenerate.
    theta = np.radians([25.0, 60.0, 80.0, 115.0])
    B = gs.field_from_angles(B100, theta, np.pi / 4)
    si = T.preset("si_text")
    st = T.solve(B, si)
    np.testing.assert_allclose(st.nu[:, 2], st.nu[:, 3], rtol=1e-12)
    assert np.all(np.abs(st.nu[:, 0, 0] - st.nu[:, 2, 0]) > 10 * si.width_hz)
    # (other pairs are >= 6 sigma apart here: Gaussian tails < 1e-8)
    np.testing.assert_allclose(st.rates[:, 2:], 1 / si.t1_base + 1 / si.t1_dd, rtol=1e-7)
    np.testing.assert_allclose(st.rates[:, :2], 1 / si.t1_base, rtol=1e-7)
    # authors' code: both branches count, so the partner adds 2/T1dd (+ Lorentzian tails)
    au = T.preset("authors_code")
    r = T.relaxation_rates(B, au)
    np.testing.assert_allclose(r[:, 2], r[:, 3], rtol=1e-12)
    assert np.all(r[:, 2] - 1 / au.t1_base >= 2 / au.t1_dd)
    assert np.all(r[:, 2] - 1 / au.t1_base < 2.2 / au.t1_dd)


def test_collapse_operators_rules_and_merge():
    rates = np.array([1e3, 2e3, 3e3, 4e3])
    si, au = T.preset("si_text"), T.preset("authors_code")
    ops = T.collapse_operators(rates, si)
    assert len(ops) == 8 and all(c.shape == (4, 3, 3) for c in ops)
    rate = [np.abs(c) ** 2 for c in ops]
    np.testing.assert_allclose(rate[0][:, 1, 0], si.pump_rate)        # |0><+1|
    np.testing.assert_allclose(rate[1][:, 1, 2], si.pump_rate)        # |0><-1|
    np.testing.assert_allclose(rate[2][:, 1, 0], rates)               # SQ: class rate
    np.testing.assert_allclose(rate[6][:, 0, 2], 1 / si.t1_base)      # DQ |+1><-1|: base (SI)
    np.testing.assert_allclose(np.abs(T.collapse_operators(rates, au)[6][:, 0, 2]) ** 2, rates)
    # merged operators give the same Liouvillian
    H = gs.class_hamiltonians(random_fields(1)[0])
    for m in (si, au):
        L8 = lindblad.liouvillian(H, T.collapse_operators(rates, m))
        L6 = lindblad.liouvillian(H, T.collapse_operators(rates, m, merge=True))
        np.testing.assert_allclose(L6, L8, rtol=0, atol=1e-9 * np.abs(rates).max())


def test_factor_three_convention():
    # Rate Gamma on each of the six jumps: populations relax at 3 Gamma (closed form
    # p0' = Gamma (1 - 3 p0)).
    g = 1e3
    m = T.preset("authors_code", pump_rate=1e-300)
    ops = T.collapse_operators(np.full(4, g), m)[2:]
    L = lindblad.liouvillian(np.zeros((3, 3)), [c[0] for c in ops])
    pop = [0, 4, 8]                                                     # rho_aa in vec(rho)
    ev = np.sort(np.linalg.eigvals(L[np.ix_(pop, pop)]).real)
    np.testing.assert_allclose(ev, [-3 * g, -3 * g, 0], atol=1e-9)
    np.testing.assert_allclose(T.population_relaxation_time(np.full(4, g), m), 1 / (3 * g))


def _max_on_1deg_grid(model):
    th, ph = np.meshgrid(np.radians(np.arange(0, 181.0)), np.radians(np.arange(0, 361.0)),
                         indexing="ij")
    amp = np.linalg.norm(T.torque(gs.field_from_angles(B100, th, ph), model), axis=-1)
    i = np.unravel_index(np.argmax(amp), amp.shape)
    return amp.max(), np.degrees(th[i]), np.degrees(ph[i])


@pytest.mark.parametrize("name,overrides,ref", [
    pytest.param("no_strain", {}, 3.37e-27, marks=pytest.mark.xfail(
        strict=True, reason="the reference's 'authors' model' value 3.37e-27 is 0.15 % above "
        "ours (3.365e-27, rounds to 3.36): a small difference against the independent number, "
        "kept visible rather than loosened")),
    ("si_text", {}, 3.93e-27),                                # SM rule, Γ_l = 5e3 /s
    ("si_text", {"pump_rate": 1e4}, 3.68e-27),
    ("si_text", {"pump_rate": TWO_PI * 1e4}, 1.45e-27),       # SM rule with the SM's Γ_l
])
def test_cr_map_maxima_against_the_reference_values(name, overrides, ref):
    # Fig 3b on the reference's 1° grid with γ = 2π·2.8 MHz/G; ±0.5 in the third digit.
    amax, theta, phi = _max_on_1deg_grid(T.preset(name, gamma=GAMMA_28, **overrides))
    assert amax == pytest.approx(ref, abs=0.005e-27)
    assert phi % 90.0 == 45.0                                  # on a {110} plane φ = 45° + k·90°


def test_cr_ridge_is_on_the_110_plane_and_enhanced():
    m = T.preset("main")
    theta = np.radians(np.arange(30.0, 48.0, 0.05))
    amp = np.linalg.norm(T.torque(gs.field_from_angles(B100, theta, np.pi / 4), m), axis=-1)
    i = np.argmax(amp)
    # off the plane it is lower (local 2D check)
    tt, pp = np.meshgrid(theta[i] + np.radians(np.linspace(-2, 2, 17)),
                         np.radians(np.linspace(42, 48, 25)), indexing="ij")
    amp2 = np.linalg.norm(T.torque(gs.field_from_angles(B100, tt, pp), m), axis=-1)
    assert amp2.max() <= amp[i] * (1 + 1e-12)
    # without CR the same direction is an order of magnitude weaker
    g0 = np.linalg.norm(T.torque(gs.field_from_angles(B100, theta[i], np.pi / 4), m, cr=False))
    assert amp[i] / g0 > 9


def test_no_cr_map_maximum():
    # Fig 3a, 1 deg grid: 3.10e-28 N m (E = 0), on {110} planes at 64.5 deg / 28.5 deg
    # (and cubic images, e.g. 37.5 deg / 45 deg).
    ref_dir = gs.field_from_angles(1.0, np.radians(64.49), np.radians(28.50))
    images = np.einsum("oij,j->oi", gs.cubic_symmetry_operations(), ref_dir)
    for name, value in (("si_text", 3.104e-28), ("authors_code", 3.086e-28)):
        mp = T.torque_map(B100, 181, 361, T.preset(name, strain_hz=0.0), cr=False)
        th, ph, amax = mp.argmax()
        assert amax == pytest.approx(value, abs=0, rel=3e-3)
        d = gs.field_from_angles(1.0, th, ph)
        assert np.degrees(np.arccos(np.clip(images @ d, -1, 1))).min() < 1.5
        assert np.median(mp.amplitude) == pytest.approx(1.35e-28, abs=0, rel=0.05)
    # strain with the nvlib frame convention raises it to 3.58e-28 (symmetry broken)
    mp = T.torque_map(B100, 181, 361, T.preset("nvlib_frame"), cr=False)
    assert mp.argmax()[2] == pytest.approx(3.58e-28, abs=0, rel=5e-3)
    # in the scripts' own class frames (the main model): about 3.34e-28 (issue 16's independent
    # value from the scripts; 1 deg grid)
    mp = T.torque_map(B100, 181, 361, T.preset("main"), cr=False)
    assert mp.argmax()[2] == pytest.approx(3.34e-28, abs=0, rel=5e-3)


def test_100_plane_has_no_enhancement():
    # On a {100} plane two PAIRS are degenerate: no large CR torque (reference value 2.2e-28).
    m = T.preset("si_text")
    theta = np.radians(np.linspace(0, 180, 721))
    amp = np.linalg.norm(T.torque(gs.field_from_angles(B100, theta, 0.0), m), axis=-1)
    assert amp.max() < 4e-28


# ---------------------------------------------------------------- QuTiP reference

@pytest.mark.parametrize("name", ["si_text", "authors_code"])
def test_qutip_reference(name):
    pytest.importorskip("qutip")
    m = T.preset(name)
    scale = spin_scale(m)
    for cr in (False, True):
        for B in random_fields(2):
            ref = T.qutip_reference(B, m, cr=cr)
            # QuTiP's direct solver is accurate to ~1e-12 on rho (it assembles the 1e10 rad/s
            # Hamiltonian with the 1e3 /s rates); relative to the single-spin torque scale:
            np.testing.assert_allclose(T.torque(B, m, cr=cr), ref, rtol=0, atol=1e-9 * scale)


# ---------------------------------------------------------------- input validation

def test_value_errors_name_the_argument():
    m = T.preset("si_text")
    with pytest.raises(ValueError, match="name"):
        T.preset("paper")
    with pytest.raises(ValueError, match="overrides"):
        T.preset("si_text", t1=1.0)
    with pytest.raises(ValueError, match="pump_rate"):
        T.CRModel(name="x", pump_rate=-1.0, t1_base=1e-3, t1_dd=1e-3, width_hz=6e6)
    with pytest.raises(ValueError, match="t1_dd"):
        T.preset("si_text", t1_dd=-1e-3)
    with pytest.raises(ValueError, match="width_hz"):
        T.preset("si_text", width_hz=0.0)
    with pytest.raises(ValueError, match="strain_hz"):
        T.preset("si_text", strain_hz=np.nan)
    with pytest.raises(ValueError, match="lineshape"):
        T.preset("si_text", lineshape="voigt")
    with pytest.raises(ValueError, match="branches"):
        T.preset("si_text", branches=("up",))
    with pytest.raises(ValueError, match="enhanced_jumps"):
        T.preset("si_text", enhanced_jumps="double_quantum")
    with pytest.raises(ValueError, match="B"):
        T.torque([np.nan, 0.0, 0.01], m)
    with pytest.raises(ValueError, match="B"):
        T.torque(np.zeros((3, 2)), m)
    with pytest.raises(ValueError, match="model"):
        T.torque([0, 0, 0.01], "si_text")
    with pytest.raises(ValueError, match="spins_per_class"):
        T.torque([0, 0, 0.01], m, spins_per_class=-1)
    with pytest.raises(ValueError, match="rates"):
        T.collapse_operators([1e3, -1.0, 1e3, 1e3], m)
    with pytest.raises(ValueError, match="rates"):
        T.collapse_operators([1e3, 1e3], m)
    with pytest.raises(ValueError, match="rho"):
        T.spin_vectors(np.eye(3))
    with pytest.raises(ValueError, match="n_theta"):
        T.torque_map(B100, 1, 9, m)
    with pytest.raises(ValueError, match="n_phi"):
        T.torque_map(B100, 5, 2.5, m)
    with pytest.raises(ValueError, match="n_phi"):
        T.torque_map(B100, 5, 10, m, method="symmetry")
    with pytest.raises(ValueError, match="magnitude"):
        T.torque_map(-B100, 5, 9, m)
    with pytest.raises(ValueError, match="component"):
        T.torque_map(B100, 5, 9, m, component="r")
    with pytest.raises(ValueError, match="method"):
        T.torque_map(B100, 5, 9, m, method="fast")
    with pytest.raises(ValueError, match="axis_index"):
        T.single_class_torque([0, 0, 0.01], m, axis_index=4)
    with pytest.raises(ValueError, match="B"):
        T.qutip_reference(random_fields(2), m)
    with pytest.raises(ValueError, match="theta"):
        T.perturbative_torque(B100, np.inf)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        T.torque_map(B100, 5, 9, m)                     # compatible grid: no warning
