"""Part III pairs: exchange of two centres, its symmetry, decay and convergence; dipolar."""

import numpy as np
import pytest
from scipy import constants as sc
from scipy.optimize import brentq

from nvlib.exchange import centres as ce
from nvlib.exchange import dipolar as dp
from nvlib.exchange import pairs
from nvlib.exchange import tightbinding as tb

A001 = (1, 1, -1)          # the cell of the site a [001] away from the origin
A110 = (0, 0, 1)           # a/2 (1, 1, 0): cell along [110] (same physics as [1-10])


def tm(species, cell=(0, 0, 0)):
    return ce.transition_metal(species, site=(cell, 0))


def test_dipolar_formula():
    r = 10.0
    expect = sc.mu_0 / (4 * np.pi) * (2 * sc.physical_constants["Bohr magneton"][0]) ** 2 \
        / (r * 1e-10) ** 3 / sc.e
    assert dp.dipolar(r) == pytest.approx(expect, rel=1e-10)
    assert dp.dipolar(2 * r) == pytest.approx(dp.dipolar(r) / 8)
    assert dp.dipolar(r, angular=2.0) == pytest.approx(2 * dp.dipolar(r))
    with pytest.raises(ValueError, match="r_angstrom"):
        dp.dipolar(0.0)
    with pytest.raises(ValueError, match="angular"):
        dp.dipolar(1.0, angular=3.0)


def test_sites_along_the_three_directions():
    a = tb.LATTICE_A
    r001 = [x[2] for x in pairs.sites_along("[001]", 12.0)]
    assert np.allclose(r001, a * np.arange(1, 4))
    r110 = [x[2] for x in pairs.sites_along("[1-10]", 8.0)]
    assert np.allclose(r110, a / np.sqrt(2) * np.arange(1, 4))
    plus = pairs.sites_along("[1-11]", 11.0)
    minus = pairs.sites_along("[-11-1]", 11.0)
    s = a * np.sqrt(3) / 4
    assert [round(x[2] / s) for x in plus] == [3, 4, 7]
    assert [round(x[2] / s) for x in minus] == [1, 4, 5]


def test_exchange_is_symmetric_under_swapping_the_centres():
    ab = pairs.delta_e(tm("Cr"), tm("Ni", A001), N=10, M=32)
    ba = pairs.delta_e(tm("Ni"), tm("Cr", A001), N=10, M=32)
    assert ab == pytest.approx(ba, rel=1e-6)


def test_exchange_decays_and_converges_in_mesh():
    M = pairs.NODES
    near = pairs.delta_e(tm("Mn"), tm("Mn", A110), N=12, M=M)
    far = pairs.delta_e(tm("Mn"), tm("Mn", (0, 0, 5)), N=12, M=M)
    assert abs(far) < abs(near) / 10
    finer = pairs.delta_e(tm("Mn"), tm("Mn", A110), N=16, M=M)
    assert finer == pytest.approx(near, rel=0.01)
    more_nodes = pairs.delta_e(tm("Mn"), tm("Mn", A110), N=12, M=M + 10)
    assert more_nodes == pytest.approx(near, rel=1e-4)


def placeholder(electrons, cell=(0, 0, 0)):
    """Not a paper centre: +50 eV on s, p of a site, ∓0.5 eV spin-dependent s, p on its
    neighbours; 'electrons' electrons in its 6-state t2 manifold."""
    unm = np.zeros(10)
    unm[:4] = 50.0
    sites = {(tuple(cell), 0): (unm, np.zeros(10))}
    for s in ce._neighbours(tuple(cell), 0):
        um = np.zeros(10)
        um[:4] = -0.5
        sites[s] = (np.zeros(10), um)
    return ce.Centre("placeholder", sites, None, electrons, 6)


def test_first_versus_second_order():
    sites = [(2, 2, -2), (3, 3, -3)]     # [001] sites 7.13 and 10.70 Å away
    first = [pairs.delta_e(placeholder(2), placeholder(2, c), N=12, M=32) for c in sites]
    second = [pairs.delta_e(placeholder(3), placeholder(3, c), N=12, M=32) for c in sites]
    # a partly filled majority shell (2 of 3 states) splits to first order in the hopping t;
    # a full one (3 of 3) only shifts to second order, ~t^2/(exchange splitting): much smaller
    assert all(abs(f) > 30 * abs(s) for f, s in zip(first, second)), (first, second)
    assert abs(first[1]) < abs(first[0])


def test_crossover_of_an_exponential():
    r = np.arange(2.0, 26.0, 2.5)
    dE = 0.1 * np.exp(-r / 1.5)
    x = pairs.crossover(r, dE)
    root = brentq(lambda t: 0.1 * np.exp(-t / 1.5) - dp.dipolar(t), 2, 40)
    assert abs(x - root) < 0.5                     # log-linear interpolation between sites
    assert pairs.extrapolated_crossover(r, dE) == pytest.approx(root, rel=1e-6)
    assert np.isnan(pairs.crossover(r, 1e3 * np.ones_like(r)))


def test_bad_input_raises():
    with pytest.raises(ValueError, match="direction"):
        pairs.sites_along("[111]")
    with pytest.raises(ValueError, match="both"):
        pairs.geometries("NV", "Cr", "[001]")
    with pytest.raises(ValueError, match="orientation"):
        pairs.geometries("NV", "NV", "[001]", ("up", "down"))
    with pytest.raises(ValueError, match="species"):
        pairs.geometries("Cr", "Zn", "[001]")
    with pytest.raises(ValueError, match="M must"):
        pairs.energy_nodes(3)


def exact_delta_e(c1, c2, N):
    """ΔE by bisection with the exact G0 at every energy (no interpolation): the reference."""
    sums = []
    for sign in (1.0, -1.0):
        pot = ce.merge_potentials(c1.potential((0, 0, 1)), c2.potential((0, 0, sign)))
        E = ce.solve(pot, N, tol=1e-12, vectors=False).energies
        E = E[E < pairs.WINDOW[1]]        # the same window: no mesh states at the CBM edge
        n = c1.electrons + c2.electrons - (c1.manifold + c2.manifold - len(E))
        sums.append(E[:n].sum())
    return sums[1] - sums[0]


def test_nv_pair_fast_path_equals_the_exact_bisection():
    g = [g for g in pairs.geometries("NV", "NV", "[001]", ("par", "par"))
         if not g.overlapping()][1]       # 7.13 Å apart: a bonding a1 state ~0.02 eV above the VBM
    c1, c2 = g.centres()
    fast = pairs.delta_e(c1, c2, N=12, M=96)       # coarse mesh: poles near the VBM need M = 96
    assert fast == pytest.approx(exact_delta_e(c1, c2, 12), rel=1e-6, abs=1e-10)


def test_nv_pairs_converged_in_the_k_mesh():
    conv = pairs.convergence_table()                       # N = 80 -> 88 (NV), |dE| >= 1e-8 eV
    assert conv["nv_mesh"] < 0.01 and conv["nv_nodes"] < 0.01, conv
    assert conv["mesh"] < 0.01 and conv["nodes"] < 0.01, conv


def test_pair_density_of_the_fig4_insets():
    from nvlib.exchange import pairdensity as pd

    g = pd.inset_geometry(("par", "perp"))
    assert g.distance == pytest.approx(tb.LATTICE_A * np.sqrt(3))
    xy, p, E = pd.pair_density_slice(("par", "perp"), N=12, half_width=6.0)
    assert 3 <= len(E) <= 8 and np.all((E > 0) & (E < 0.5))  # occupied states near the VBM
    assert np.all(p >= 0) and 0.02 < p.sum() < 1.0          # normalised states, one plane
    marks = pd.centre_marks(("par", "perp"))
    assert marks["N_in_plane"] == [True, True]              # [-11-1] and [1-1-1] lie in (110)
    with pytest.raises(ValueError, match="half_width"):
        pd.pair_density_slice(("par", "par"), half_width=40.0)
