"""Physics tests of the spin-1 ground state and the four NV classes."""

import numpy as np
import pytest

from nvlib import groundstate as gs
from nvlib.constants import D_GS, D_GS_HZ, GAMMA_E, GAMMA_E_HZ_PER_T

rng = np.random.default_rng(20261121)


def random_fields(n, bmax=0.02):
    v = rng.normal(size=(n, 3))
    return v / np.linalg.norm(v, axis=-1, keepdims=True) * rng.uniform(0, bmax, size=(n, 1))


def test_spin1_algebra():
    sx, sy, sz = gs.spin1_matrices()
    assert np.allclose(sx @ sy - sy @ sx, 1j * sz)
    assert np.allclose(sx @ sx + sy @ sy + sz @ sz, 2 * np.eye(3))   # S(S+1) = 2


def test_frames_are_rotations_with_nv_axis_as_z():
    R = gs.nv_frames()
    assert np.allclose(R @ np.swapaxes(R, 1, 2), np.eye(3))
    assert np.allclose(np.linalg.det(R), 1)
    assert np.allclose(R[:, 2], gs.NV_AXES)


def test_hamiltonian_is_hermitian_batch():
    H = gs.class_hamiltonians(random_fields(50), E=2 * np.pi * 3e6)
    assert H.shape == (50, 4, 3, 3)
    assert np.allclose(H, np.conj(np.swapaxes(H, -1, -2)))


@pytest.mark.parametrize("b", [0.0, 0.005, 0.03, 0.09])
def test_field_along_axis_gives_D_plus_minus_gamma_B(b):
    for k in range(4):
        nu = gs.odmr_frequencies(b * gs.NV_AXES[k])[k]
        assert nu == pytest.approx([D_GS_HZ - GAMMA_E_HZ_PER_T * b, D_GS_HZ + GAMMA_E_HZ_PER_T * b],
                                   abs=1.0)


def test_field_perpendicular_closed_form():
    # H = D Sz^2 + gamma B Sx: levels D and (D ± sqrt(D^2 + 4 gamma^2 B^2))/2.
    b = 0.05
    n = gs.NV_AXES[0]
    perp = np.cross(n, [0, 0, 1.0])
    perp /= np.linalg.norm(perp)
    nu = gs.odmr_frequencies(b * perp)[0] * 2 * np.pi
    root = np.sqrt(D_GS**2 + 4 * (GAMMA_E * b) ** 2)
    e0 = (D_GS - root) / 2
    assert nu == pytest.approx(sorted([D_GS - e0, (D_GS + root) / 2 - e0]), rel=1e-10)


def test_gslac_field_is_102_4_mT():
    assert gs.gslac_field() * 1e3 == pytest.approx(102.4, abs=0.1)
    assert gs.gslac_field() == pytest.approx(D_GS / GAMMA_E, rel=1e-6)


def test_batch_equals_loop():
    B = random_fields(7).reshape(7, 1, 3) * np.ones((1, 3, 1))
    batch = gs.odmr_frequencies(B)
    assert batch.shape == (7, 3, 4, 2)
    loop = np.array([[gs.odmr_frequencies(B[i, j]) for j in range(3)] for i in range(7)])
    assert np.allclose(batch, loop)


def test_48_cubic_operations_leave_the_set_of_lines_invariant():
    ops = gs.cubic_symmetry_operations()
    assert ops.shape == (48, 3, 3)
    assert len({tuple(o.ravel()) for o in ops}) == 48
    assert np.allclose(ops @ np.swapaxes(ops, 1, 2), np.eye(3))
    B = random_fields(20)
    ref = np.sort(gs.odmr_frequencies(B).reshape(20, 8), axis=-1)
    rotated = np.einsum("oij,nj->oni", ops, B)
    got = np.sort(gs.odmr_frequencies(rotated).reshape(48, 20, 8), axis=-1)
    assert np.allclose(got, ref[None], atol=1e-3)


@pytest.mark.parametrize("family, n_degenerate", [("{110}", 1), ("{100}", 2)])
def test_plane_traces_are_degeneracies(family, n_degenerate):
    for theta, phi in gs.plane_traces(family, n_points=37):
        B = gs.field_from_angles(0.01, theta, phi)
        nu = np.sort(gs.odmr_frequencies(B)[..., 0], axis=-1)
        gaps = np.diff(nu, axis=-1)
        # at least n_degenerate coincident pairs at every point of the trace
        assert np.all(np.sum(gaps < 1.0, axis=-1) >= n_degenerate)


def test_angles_round_trip():
    B = random_fields(30)
    assert np.allclose(gs.field_from_angles(*gs.angles_from_field(B)), B)


@pytest.mark.parametrize("bad", [[np.nan, 0, 0], [0, np.inf, 0]])
def test_non_finite_field_raises(bad):
    with pytest.raises(ValueError, match="B must be finite"):
        gs.odmr_frequencies(bad)


@pytest.mark.parametrize("shape", [(2,), (4, 2), ()])
def test_wrong_field_shape_raises(shape):
    with pytest.raises(ValueError, match=r"B must have shape \(\.\.\., 3\)"):
        gs.odmr_frequencies(np.zeros(shape))


def test_bad_family_and_parameters_raise():
    with pytest.raises(ValueError, match="family"):
        gs.plane_traces("{111}")
    with pytest.raises(ValueError, match="D must be finite"):
        gs.hamiltonian([0, 0, 0.01], D=np.nan)
    with pytest.raises(ValueError, match="theta must be finite"):
        gs.field_from_angles(0.01, np.nan, 0.0)
