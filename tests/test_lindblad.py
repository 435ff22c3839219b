"""Tests for nvlib.lindblad: batched Lindblad steady states."""

from fractions import Fraction

import numpy as np
import pytest

from nvlib import lindblad
from nvlib.lindblad import liouvillian, qutip_steady_state, steady_state

TWO_PI = 2 * np.pi
D_GS = 2.87e9  # NV ground-state zero-field splitting, Hz
GAMMA_E = 28.0e9  # electron gyromagnetic ratio, Hz/T
PUMP_RATE = 5e3  # optical pumping |+-1> -> |0>, 1/s
T1_RATE = 1e3  # spin-lattice jump rate per ordered pair, 1/s

# spin-1 operators in the basis 0 = |+1>, 1 = |0>, 2 = |-1>
SZ = np.diag([1.0, 0.0, -1.0]).astype(complex)
S_PLUS = np.sqrt(2) * np.eye(3, k=1, dtype=complex)
SX = (S_PLUS + S_PLUS.T) / 2
SY = (S_PLUS - S_PLUS.T) / 2j


def jump(i, j, d=3):
    """|i><j| as a (d, d) complex matrix."""
    op = np.zeros((d, d), dtype=complex)
    op[i, j] = 1.0
    return op


def nv_c_ops(pump=PUMP_RATE, t1=T1_RATE):
    """Optical pumping |+-1> -> |0> and T1 jumps on all six ordered pairs."""
    pumping = [np.sqrt(pump) * jump(1, 0), np.sqrt(pump) * jump(1, 2)]
    relax = [np.sqrt(t1) * jump(i, j) for i in range(3) for j in range(3) if i != j]
    return pumping + relax


def random_hermitian(rng, shape, d, scale=1.0):
    a = rng.normal(size=shape + (d, d)) + 1j * rng.normal(size=shape + (d, d))
    return scale * (a + np.swapaxes(a, -1, -2).conj()) / 2


def random_nv_hamiltonian(rng, shape=()):
    """Random Hermitian part of scale 2 pi x 3 GHz plus D Sz^2 and a random field."""
    field = rng.uniform(-0.1, 0.1, size=shape + (3,))  # T
    zeeman = np.einsum("...k,kij->...ij", field, np.array([SX, SY, SZ]))
    return TWO_PI * (D_GS * SZ @ SZ + GAMMA_E * zeeman) + random_hermitian(
        rng, shape, 3, TWO_PI * 3e9
    )


def random_small_problem(rng, d):
    """Random complex H (rad/s) and three random complex collapse operators."""
    c_ops = [rng.normal(size=(d, d)) + 1j * rng.normal(size=(d, d)) for _ in range(3)]
    return random_hermitian(rng, (), d), c_ops


# --------------------------------------------------------------------------
# Liouvillian
# --------------------------------------------------------------------------


def test_liouvillian_matches_qutip_after_vectorisation_change():
    qutip = pytest.importorskip("qutip")
    rng = np.random.default_rng(1)
    d = 3
    H, c_ops = random_small_problem(rng, d)
    L_col = qutip.liouvillian(qutip.Qobj(H), [qutip.Qobj(c) for c in c_ops]).full()
    # QuTiP stacks columns; element (i, j) sits at j*d + i instead of i*d + j
    L_row = L_col.reshape((d,) * 4).transpose(1, 0, 3, 2).reshape(d * d, d * d)
    np.testing.assert_allclose(liouvillian(H, c_ops), L_row, atol=1e-12)


def test_liouvillian_generates_master_equation():
    rng = np.random.default_rng(2)
    d = 4
    H, c_ops = random_small_problem(rng, d)
    rho = random_hermitian(rng, (), d)
    expected = -1j * (H @ rho - rho @ H)
    for c in c_ops:
        cdc = c.conj().T @ c
        expected += c @ rho @ c.conj().T - 0.5 * (cdc @ rho + rho @ cdc)
    drho = liouvillian(H, c_ops) @ rho.reshape(-1)
    np.testing.assert_allclose(drho.reshape(d, d), expected, atol=1e-12)


def test_liouvillian_preserves_trace_and_accepts_no_c_ops():
    rng = np.random.default_rng(3)
    H = random_nv_hamiltonian(rng, (5,))
    for c_ops in ([], nv_c_ops()):
        L = liouvillian(H, c_ops)
        assert L.shape == (5, 9, 9)
        trace_row = np.eye(3).reshape(-1)
        assert np.abs(trace_row @ L).max() <= 1e-16 * np.abs(L).max()


# --------------------------------------------------------------------------
# Agreement with QuTiP
# --------------------------------------------------------------------------


def nv_reference_points():
    rng = np.random.default_rng(2024)
    hamiltonians = list(random_nv_hamiltonian(rng, (20,)))
    hamiltonians.append(TWO_PI * D_GS * SZ @ SZ)  # zero field: |+-1> degenerate
    hamiltonians.append(TWO_PI * (D_GS * SZ @ SZ + GAMMA_E * 0.05 * SX))
    return hamiltonians


@pytest.mark.parametrize("H", nv_reference_points())
def test_nv_steady_state_matches_qutip(H):
    pytest.importorskip("qutip")
    rho_ref = qutip_steady_state(H, nv_c_ops())
    assert np.abs(steady_state(H, nv_c_ops()) - rho_ref).max() <= 1e-9


@pytest.mark.parametrize("d", [2, 4])
@pytest.mark.parametrize("seed", range(5))
def test_random_small_steady_state_matches_qutip(d, seed):
    pytest.importorskip("qutip")
    H, c_ops = random_small_problem(np.random.default_rng(seed), d)
    rho_ref = qutip_steady_state(H, c_ops)
    assert np.abs(steady_state(H, c_ops) - rho_ref).max() <= 1e-9


def test_batched_nv_matches_qutip_pointwise():
    pytest.importorskip("qutip")
    hamiltonians = np.array(nv_reference_points())
    rho = steady_state(hamiltonians, nv_c_ops())
    rho_ref = np.array([qutip_steady_state(H, nv_c_ops()) for H in hamiltonians])
    assert np.abs(rho - rho_ref).max() <= 1e-9


def exact_steady_state(H, c_ops):
    """Steady state in exact rational arithmetic, taking every float of H and
    c_ops as an exact number (an independent, rounding-free reference)."""
    to_fraction = np.vectorize(Fraction, otypes=[object])

    def exact(a):  # complex matrix as (real, imaginary) Fraction arrays
        a = np.asarray(a, dtype=complex)
        return to_fraction(a.real), to_fraction(a.imag)

    def mul(a, b, product=np.matmul):
        return (
            product(a[0], b[0]) - product(a[1], b[1]),
            product(a[0], b[1]) + product(a[1], b[0]),
        )

    def transpose(a, sign=1):
        return a[0].T, sign * a[1].T

    d = len(H)
    eye, h = exact(np.eye(d)), exact(H)
    h_left, h_right = mul(h, eye, np.kron), mul(eye, transpose(h), np.kron)
    re, im = h_left[1] - h_right[1], h_right[0] - h_left[0]  # -i(H x I - I x H^T)
    for c in map(exact, c_ops):
        cdc = mul(transpose(c, -1), c)
        jump_term = mul(c, (c[0], -c[1]), np.kron)
        left, right = mul(cdc, eye, np.kron), mul(eye, transpose(cdc), np.kron)
        re = re + jump_term[0] - (left[0] + right[0]) / 2
        im = im + jump_term[1] - (left[1] + right[1]) / 2
    re[0], im[0] = eye[0].ravel(), eye[1].ravel()  # trace row
    n = d * d
    rhs = np.full(2 * n, Fraction(0), dtype=object)
    rhs[0] = Fraction(1)
    aug = np.column_stack([np.block([[re, -im], [im, re]]), rhs])
    for col in range(2 * n):  # Gauss-Jordan elimination
        pivot = col + next(i for i, v in enumerate(aug[col:, col]) if v != 0)
        aug[[col, pivot]] = aug[[pivot, col]]
        aug[col] = aug[col] / aug[col, col]
        for row in range(2 * n):
            if row != col and aug[row, col] != 0:
                aug[row] = aug[row] - aug[row, col] * aug[col]
    x = aug[:, -1].astype(float)
    return (x[:n] + 1j * x[n:]).reshape(d, d)


@pytest.mark.parametrize("H", nv_reference_points()[::7])
def test_nv_steady_state_matches_exact_arithmetic(H):
    """H ~ 1e10 rad/s against rates ~ 1e3 1/s: assembling the Liouvillian in
    the computational basis already costs ~1e-11 (QuTiP: ~1e-10); the
    eigenbasis method must stay at rounding level."""
    rho_exact = exact_steady_state(H, nv_c_ops())
    assert np.abs(steady_state(H, nv_c_ops()) - rho_exact).max() <= 1e-14


# --------------------------------------------------------------------------
# Physical properties
# --------------------------------------------------------------------------


def test_batch_of_nv_problems_gives_density_matrices():
    rng = np.random.default_rng(5)
    H = random_nv_hamiltonian(rng, (1000,))
    pump = rng.uniform(1e2, 1e5, size=(1000, 1, 1))
    c_ops = [np.sqrt(pump) * jump(1, 0), np.sqrt(pump) * jump(1, 2)] + nv_c_ops()[2:]
    rho = steady_state(H, c_ops)
    assert rho.shape == (1000, 3, 3)
    np.testing.assert_allclose(np.trace(rho, axis1=1, axis2=2), 1.0, atol=1e-12)
    np.testing.assert_array_equal(rho, np.swapaxes(rho, 1, 2).conj())
    assert np.linalg.eigvalsh(rho).min() >= -1e-12
    # the steady state is stationary: L vec(rho) = 0 up to rounding in L
    L = liouvillian(H, c_ops)
    residual = np.abs(np.einsum("nij,nj->ni", L, rho.reshape(1000, 9)))
    assert residual.max() <= 1e-12 * np.abs(L).max()


def test_two_level_incoherent_pumping_and_decay():
    decay, pump = 3.0e6, 1.2e6  # 1/s
    g, e = 0, 1
    H = TWO_PI * 1e9 * jump(e, e, 2)  # level splitting only, no coherence
    c_ops = [np.sqrt(decay) * jump(g, e, 2), np.sqrt(pump) * jump(e, g, 2)]
    rho = steady_state(H, c_ops)
    expected = np.diag([decay, pump]) / (pump + decay)
    np.testing.assert_allclose(rho, expected, atol=1e-14)


@pytest.mark.parametrize("detuning", [0.0, 2.5e6, -7.0e6])
def test_driven_two_level_system(detuning):
    """H = Delta |e><e| + Omega/2 sigma_x with decay gamma (optical Bloch)."""
    rabi, decay = 4.0e6, 3.0e6  # rad/s, 1/s
    g, e = 0, 1
    sigma_x = jump(g, e, 2) + jump(e, g, 2)
    H = detuning * jump(e, e, 2) + rabi / 2 * sigma_x
    rho = steady_state(H, [np.sqrt(decay) * jump(g, e, 2)])
    denominator = detuning**2 + rabi**2 / 2 + decay**2 / 4
    assert rho[e, e].real == pytest.approx((rabi**2 / 4) / denominator, rel=1e-12)
    # d(rho_eg)/dt = -i Delta rho_eg - i Omega/2 (rho_gg - rho_ee) - gamma/2 rho_eg
    coherence = -0.5j * rabi * (rho[g, g] - rho[e, e]) / (0.5 * decay + 1j * detuning)
    assert rho[e, g] == pytest.approx(coherence, rel=1e-12)


@pytest.mark.parametrize("pump, t1", [(5e3, 1e3), (1e2, 1e4), (1e6, 1.0)])
def test_spin1_pumping_and_isotropic_t1(pump, t1):
    """Rate equations with p_+1 = p_-1 = q by symmetry:
    0 = 2 (Gamma_l + Gamma_1) q - 2 Gamma_1 p0 and p0 + 2 q = 1
    give p0 = (Gamma_l + Gamma_1) / (Gamma_l + 3 Gamma_1)."""
    H = TWO_PI * (D_GS * SZ @ SZ + GAMMA_E * 0.01 * SZ)
    rho = steady_state(H, nv_c_ops(pump, t1))
    p0 = (pump + t1) / (pump + 3 * t1)
    np.testing.assert_allclose(rho, np.diag([(1 - p0) / 2, p0, (1 - p0) / 2]), atol=1e-13)


@pytest.mark.parametrize("d", [2, 3, 5])
def test_diagonal_h_reduces_to_classical_rate_equation(d):
    """With diagonal H and jumps sqrt(W_ij)|i><j| the populations solve
    dp/dt = W p - diag(sum_i W_ij) p = 0."""
    rng = np.random.default_rng(d)
    rates = rng.uniform(1e2, 1e4, size=(d, d))
    np.fill_diagonal(rates, 0.0)
    H = np.diag(rng.uniform(-1e10, 1e10, size=d)).astype(complex)
    pairs = [(i, j) for i in range(d) for j in range(d) if i != j]
    rho = steady_state(H, [np.sqrt(rates[i, j]) * jump(i, j, d) for i, j in pairs])
    generator = rates - np.diag(rates.sum(axis=0))
    populations = np.linalg.svd(generator)[2][-1].conj()
    populations /= populations.sum()
    np.testing.assert_allclose(rho, np.diag(populations), atol=1e-13)


# --------------------------------------------------------------------------
# Broadcasting and batching
# --------------------------------------------------------------------------


def test_mixed_batched_and_constant_c_ops():
    rng = np.random.default_rng(7)
    n = 6
    H = random_nv_hamiltonian(rng, (n,))
    pump = rng.uniform(1e3, 1e4, size=n)
    pump_ops = np.sqrt(pump)[:, None, None] * jump(1, 0)
    c_ops = [pump_ops, np.sqrt(PUMP_RATE) * jump(1, 2)] + nv_c_ops()[2:]
    rho = steady_state(H, c_ops)
    assert rho.shape == (n, 3, 3)
    for k in range(n):
        single = steady_state(H[k], [pump_ops[k]] + c_ops[1:])
        np.testing.assert_allclose(rho[k], single, atol=1e-14)


def test_two_dimensional_batch_shape():
    rng = np.random.default_rng(8)
    n1, n2 = 4, 5
    H = random_nv_hamiltonian(rng, (n1, n2))
    pump = np.linspace(1e3, 1e4, n2)  # varies along the second batch axis only
    c_ops = [np.sqrt(pump)[:, None, None] * jump(1, 0)] + nv_c_ops()[1:]
    rho = steady_state(H, c_ops)
    assert rho.shape == (n1, n2, 3, 3)
    for i in range(n1):
        for j in range(n2):
            single = steady_state(H[i, j], [np.sqrt(pump[j]) * jump(1, 0)] + c_ops[1:])
            np.testing.assert_allclose(rho[i, j], single, atol=1e-14)


def test_c_ops_batch_broadcasts_single_hamiltonian():
    H = TWO_PI * D_GS * SZ @ SZ
    pump = np.array([1e2, 1e3, 1e4])
    c_ops = [np.sqrt(pump)[:, None, None] * jump(1, 0)] + nv_c_ops()[1:]
    assert steady_state(H, c_ops).shape == (3, 3, 3)
    assert liouvillian(H, c_ops).shape == (3, 9, 9)


def test_batch_equals_loop_across_blocks(monkeypatch):
    rng = np.random.default_rng(9)
    H = random_nv_hamiltonian(rng, (50,))
    t1 = rng.uniform(1e2, 1e3, size=50)[:, None, None]
    c_ops = nv_c_ops()[:2] + [np.sqrt(t1) * jump(0, 1), np.sqrt(t1) * jump(2, 1)]
    looped = np.array(
        [steady_state(H[k], c_ops[:2] + [c[k] for c in c_ops[2:]]) for k in range(50)]
    )
    np.testing.assert_allclose(steady_state(H, c_ops), looped, atol=1e-14)
    monkeypatch.setattr(lindblad, "BLOCK_SIZE", 7)  # several blocks, ragged end
    np.testing.assert_allclose(steady_state(H, c_ops), looped, atol=1e-14)


def test_check_false_ignores_anti_hermitian_part():
    rng = np.random.default_rng(10)
    H = random_nv_hamiltonian(rng, (4,))
    skew = 1j * random_hermitian(rng, (4,), 3, 1e6)
    with pytest.raises(ValueError, match="H must be Hermitian"):
        steady_state(H + skew, nv_c_ops())
    np.testing.assert_allclose(
        steady_state(H + skew, nv_c_ops(), check=False),
        steady_state(H, nv_c_ops()),
        atol=1e-14,
    )


# --------------------------------------------------------------------------
# Input validation
# --------------------------------------------------------------------------

H_NV = TWO_PI * D_GS * SZ @ SZ


@pytest.mark.parametrize(
    "H, c_ops, message",
    [
        (H_NV + 1e3j * jump(0, 2), nv_c_ops(), "H must be Hermitian"),
        (np.where(np.eye(3) > 0, np.nan, H_NV), nv_c_ops(), "H must be finite"),
        (H_NV, [jump(1, 0), jump(1, 0, 2)], r"c_ops\[1\] must have shape .*\(3, 3\)"),
        (H_NV, [jump(1, 0), np.full((3, 3), np.inf)], r"c_ops\[1\] must be finite"),
        (H_NV, [], "c_ops must contain at least one"),
        (np.ones(3), nv_c_ops(), r"H must have shape \(\.\.\., d, d\)"),
        (np.ones((2, 3)), nv_c_ops(), r"H must have shape \(\.\.\., d, d\)"),
        (np.ones((1, 1)), [np.ones((1, 1))], "d >= 2"),
        (np.stack([H_NV] * 4), [np.stack([jump(1, 0)] * 3)], "not broadcastable"),
        (H_NV, jump(1, 0), "sequence of collapse operators"),
    ],
)
def test_invalid_input_raises(H, c_ops, message):
    with pytest.raises(ValueError, match=message):
        steady_state(H, c_ops)


def test_liouvillian_validates_input():
    with pytest.raises(ValueError, match="H must be Hermitian"):
        liouvillian(H_NV + 1e3j * jump(0, 2), nv_c_ops())


@pytest.mark.parametrize(
    "H, c_ops",
    [
        (np.zeros((2, 2)), [np.diag([1.0, -1.0])]),  # pure dephasing
        (H_NV, [np.sqrt(T1_RATE) * SZ]),  # no population transfer at all
        (H_NV, [np.zeros((3, 3))]),
    ],
)
def test_non_unique_steady_state_raises(H, c_ops):
    with pytest.raises(ValueError, match="not unique"):
        steady_state(H, c_ops)
