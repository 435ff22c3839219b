"""Part III host: Slater–Koster blocks, the diamond bands, real-space Green's functions."""

import numpy as np
import pytest

from nvlib.exchange import greens as gr
from nvlib.exchange import tightbinding as tb

PAIRS = [("s", "s"), ("s", "px"), ("px", "px"), ("px", "py"), ("s", "dxy"), ("px", "dxy"),
         ("pz", "d3z2-r2"), ("px", "dx2-y2"), ("dxy", "dxy"), ("dxy", "dyz"),
         ("dx2-y2", "d3z2-r2")]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_blocks_follow_the_slater_koster_table(seed):
    d = np.random.default_rng(seed).normal(size=3)
    T = tb.sk_block(d)
    for a, b in PAIRS:
        i, j = tb.ORBITALS.index(a), tb.ORBITALS.index(b)
        assert T[i, j] == pytest.approx(tb.sk_table_element(a, b, d), abs=1e-12), (a, b)


def test_reversed_bond_is_the_transpose():
    d = np.array([0.3, -1.2, 0.7])
    assert np.allclose(tb.sk_block(-d), tb.sk_block(d).T, atol=1e-13)


def test_hamiltonian_is_hermitian():
    k = np.random.default_rng(3).normal(size=(5, 3))
    H = tb.hamiltonian(k)
    assert np.allclose(H, np.conj(np.swapaxes(H, -1, -2)), atol=1e-13)


def test_gaps_of_diamond():
    ind, direct = tb.diamond_gaps()
    assert ind == pytest.approx(5.485, abs=2e-3)        # experiment 5.48 eV
    assert direct == pytest.approx(7.351, abs=2e-3)     # experiment ~7.3 eV
    assert 0.7 < tb.cbm_position() < 0.8                 # CBM on Delta near 0.76 X


def test_high_symmetry_energies():
    X = tb.bands(np.array([0, 0, 1.0]))
    L = tb.bands(np.array([0.5, 0.5, 0.5]))
    G = tb.bands(np.zeros(3))
    assert X[4] == pytest.approx(6.047, abs=2e-3) and X[3] == pytest.approx(-6.495, abs=2e-3)
    assert L[3] == pytest.approx(-2.766, abs=2e-3) and L[4] == pytest.approx(9.302, abs=2e-3)
    assert G[0] == pytest.approx(-20.50, abs=1e-2)
    assert np.allclose(G[1:4], G[3], atol=1e-10)           # threefold Gamma25'


@pytest.fixture(scope="module")
def host8():
    return gr.Host(8)


def test_g0_is_real_and_symmetric_in_the_gap(host8):
    T = host8.fft_table(2.5)
    assert T.dtype == np.float64
    N = host8.N
    for m in [(0, 0, 0), (1, 2, 3), (7, 1, 4)]:
        mm = tuple((-np.array(m)) % N)
        # <a,0|G|b,m> = <b,m|G|a,0> = <b,0|G|a,-m>
        assert np.allclose(T[m], T[mm].T, atol=1e-13)


def test_fft_route_equals_direct_k_sum(host8):
    T = host8.fft_table(1.3)
    for cell in [(0, 0, 0), (1, -1, 2), (3, 0, -2)]:
        idx = tuple(c % host8.N for c in cell)
        assert np.allclose(T[idx], host8.direct_block(cell, 1.3), atol=1e-12)


def test_support_greens_equals_fft(host8):
    sites = [((0, 0, 0), 0), ((1, 0, -1), 1)]
    Y = host8.support_basis(sites, [list(range(10))] * 2)
    G = host8.support_greens(Y, [3.1])[0]
    T = host8.fft_table(3.1)
    assert np.allclose(G[:10, 10:], T[1, 0, 7][:10, 10:], atol=1e-12)
    assert np.allclose(G[:10, :10], T[0, 0, 0][:10, :10], atol=1e-12)


def test_broadened_dos_is_positive_and_integrates(host8):
    Y = host8.support_basis([((0, 0, 0), 0)], [list(range(10))])
    w = np.linspace(-25, 60, 1701)
    G = host8.support_greens(Y, w, eta=0.3)
    dos = -np.trace(G, axis1=1, axis2=2).imag / np.pi
    assert dos.min() > -1e-12
    assert np.trapezoid(dos, w) == pytest.approx(10, rel=0.02)   # ten orbitals on the site


def test_bad_input_raises(host8):
    with pytest.raises(ValueError, match="N"):
        gr.Host(3)
    with pytest.raises(ValueError, match="omega"):
        host8.fft_table(-1.0)
    with pytest.raises(ValueError, match="eta"):
        host8.fft_table(1.0, eta=-0.1)
    with pytest.raises(ValueError, match="d must"):
        tb.sk_block([0, 0, 0])
    with pytest.raises(ValueError, match="k must"):
        tb.hamiltonian([[np.nan, 0, 0]])


def test_half_mesh_table_equals_the_full_fft(host8):
    orbs = [1, 2, 3, 11, 12, 13, 4, 17]
    half = gr.HalfMeshTable(8, orbs, workers=2)
    for w in (0.05, 2.5, 5.3):             # near the valence-band top, mid-gap, near the CBM
        full = host8.fft_table(w, orbitals=orbs)
        assert np.allclose(half.table(w), full, atol=1e-13, rtol=0)
    with pytest.raises(ValueError, match="N must be an even"):
        gr.HalfMeshTable(9, orbs)
    with pytest.raises(ValueError, match="orbitals"):
        gr.HalfMeshTable(8, [20])
    with pytest.raises(ValueError, match="omega"):
        half.table(6.0)
