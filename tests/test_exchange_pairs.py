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
    # the former rule's fast path (kept as the reference of Lloyd's formula)
    fast = pairs.delta_e_bound_states(c1, c2, N=12, M=96)   # poles near the VBM need M = 96
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
    # occupied pair states: in the gap, below the empty e↓ levels (≈ 2.7 eV) of the chosen
    # NV⁻ reading (a1↑ just above the VBM, a1↓ and e↑ near 0.8–1.0 eV)
    assert 3 <= len(E) <= 8 and np.all((E > 0) & (E < 1.5))
    assert np.all(p >= 0) and 0.02 < p.sum() < 1.0          # normalised states, one plane
    marks = pd.centre_marks(("par", "perp"))
    assert marks["N_in_plane"] == [True, True]              # [-11-1] and [1-1-1] lie in (110)
    with pytest.raises(ValueError, match="half_width"):
        pd.pair_density_slice(("par", "par"), half_width=40.0)


# ---------------------------------------------------------------- Lloyd's formula, supercells

def torus_levels(centres_and_axes, N):
    """Eigenvalues (eV) of the N×N×N primitive Born–von Kármán supercell (2N³ atoms) of the
    Slater–Koster host plus the centres' potentials, by dense diagonalisation in real space
    (no Green's function). ``centres_and_axes``: [(centre, spin axis)]. Spin-diagonal potentials
    give two real blocks; spin–orbit the full complex matrix."""
    from scipy.linalg import eigh

    nsite = 2 * N ** 3

    def idx(cell, sub):
        c = np.mod(np.asarray(cell, int), N)
        return ((c[0] * N + c[1]) * N + c[2]) * 2 + int(sub)

    H0 = np.zeros((10 * nsite, 10 * nsite))
    e = tb.onsite()
    T = tb._hoppings(tb.default_params())
    cells = np.stack(np.meshgrid(*[np.arange(N)] * 3, indexing="ij"), -1).reshape(-1, 3)
    for c in cells:
        i = idx(c, 0)
        H0[10 * i:10 * i + 10, 10 * i:10 * i + 10] = np.diag(e)
        ib = idx(c, 1)
        H0[10 * ib:10 * ib + 10, 10 * ib:10 * ib + 10] = np.diag(e)
        for j, L in enumerate(tb.NN_CELLS):
            k = idx(c + L, 1)
            H0[10 * i:10 * i + 10, 10 * k:10 * k + 10] += T[j]
            H0[10 * k:10 * k + 10, 10 * i:10 * i + 10] += T[j].T
    pot = ce.merge_potentials(*[c.potential(ax) for c, ax in centres_and_axes])
    spin_diag = all(np.allclose(M[0::2, 1::2], 0) for M in pot.values())
    if spin_diag:
        out = []
        for s in (0, 1):
            H = H0.copy()
            for (cell, sub), M in pot.items():
                i = idx(cell, sub)
                H[10 * i:10 * i + 10, 10 * i:10 * i + 10] += M[s::2, s::2].real
            out.append(eigh(H, eigvals_only=True))
        return np.sort(np.concatenate(out))
    H = np.kron(H0, np.eye(2)).astype(complex)
    for (cell, sub), M in pot.items():
        i = idx(cell, sub)
        H[20 * i:20 * i + 20, 20 * i:20 * i + 20] += M
    return eigh(H, eigvals_only=True)


def torus_charge(c, N):
    """ΔN of one centre in the torus at its Fermi level (the paper's filling of its gap states),
    counted from the eigenvalues: the reference for Lloyd's ΔN."""
    E = torus_levels([(c, (0, 0, 1))], N)
    gap = E[(E > 1e-6) & (E < pairs.WINDOW[1])]
    n_fill = c.electrons - (c.manifold - len(gap))
    assert 0 <= n_fill <= len(gap)
    return int(np.sum(E <= 1e-6)) - 8 * N ** 3 + n_fill


def torus_delta_e(c1, c2, N):
    """E_AP − E_P (eV) of the torus: the lowest 8N³ + Q eigenvalues summed in each configuration,
    Q = the two centres' charges (same electron count in P and AP)."""
    Q = torus_charge(c1.translated((0, 0, 0)), N) + torus_charge(c2, N)
    n = 8 * N ** 3 + Q
    e = [torus_levels([(c1, (0, 0, 1)), (c2, (0, 0, s))], N)[:n].sum() for s in (1.0, -1.0)]
    return e[1] - e[0]


@pytest.mark.parametrize("kind", ["Mn", "NV"])
def test_lloyd_equals_the_supercell_total_energy_on_the_same_torus(kind):
    # On an N³ mesh G0 is the Green's function of the N×N×N primitive supercell (Born–von
    # Kármán), so Lloyd's formula there must equal the supercell's total-energy difference up to
    # the contour quadrature (48 nodes: ~1e-4 relative): an independent code path (dense
    # real-space diagonalisation, states counted, no Green's function).
    N = 4                                                    # 128 atoms
    if kind == "Mn":
        c1, c2 = (ce.transition_metal("Mn", so=False, site=(c, 0)) for c in ((0, 0, 0), A110))
    else:
        g = [g for g in pairs.geometries("NV", "NV", "[1-10]", ("par", "perp"))
             if not g.overlapping()][0]                      # 5.04 Å
        c1, c2 = g.centres()
    ref = torus_delta_e(c1, c2, N)
    lloyd = pairs.delta_e(c1, c2, N=N, M=pairs.NODES)
    assert abs(ref) > 1e-3
    assert lloyd == pytest.approx(ref, rel=1e-4), (lloyd, ref)


def test_lloyd_against_a_250_atom_supercell():
    # The converged (N = 40) Lloyd ΔE of a close pair against a 250-atom supercell (N = 5,
    # images 12.6 Å away along [1-10]). Finite-size tolerance, stated before the run: the
    # images add pair terms of the size of ΔE at ≥ 10 Å, below 5 % of ΔE at 2.52 Å for Mn–Mn.
    c1, c2 = (ce.transition_metal("Mn", so=False, site=(c, 0)) for c in ((0, 0, 0), A110))
    ref = torus_delta_e(c1, c2, 5)
    assert pairs.delta_e(c1, c2, N=pairs.MESH) == pytest.approx(ref, rel=0.05)


@pytest.mark.parametrize("distance", [0.05, 0.3, 1.0])
def test_the_contour_resolves_a_branch_point_near_its_end(distance):
    # ∫_C ln(z − a) dz from E_BOTTOM to e_ref, a = e_ref − distance: the log branch point of a
    # gap level (or the valence-band edge) near the contour's end, exact by the antiderivative
    # (z − a) ln(z − a) − z (ln taken from the upper half-plane at E_BOTTOM). A single
    # Gauss–Legendre rule over the angle with the same 48 nodes misses it by 1e-3 at 0.05 eV.
    e_ref = 1.3
    a = e_ref - distance

    def F(z):
        return (z - a) * np.log(z - a) - z

    exact = F(complex(e_ref)) - F(complex(pairs.E_BOTTOM, 1e-300))
    z, w = pairs.contour(pairs.CONTOUR_NODES, e_ref)
    assert abs(np.sum(w * np.log(z - a)) - exact) < 1e-7
    assert np.sum(w) == pytest.approx(e_ref - pairs.E_BOTTOM, rel=1e-13)   # ∫ dz


def test_lloyd_does_not_depend_on_the_reference_energy(monkeypatch):
    # E = Ω(e_ref) + e_ref ΔN(e_ref) ± the gap levels between e_ref and the Fermi level is an
    # identity: moving e_ref across the filled e↑ levels of Cr (0.82 eV) trades their energies
    # from the bound-state sum (Chebyshev roots) to the contour integral. e_ref = 0.5 eV is half
    # an eV above the valence-band edge: the graded contour resolves it (a single Gauss–Legendre
    # rule with the same 48 nodes gave −0.32951 against −0.32879 eV, 0.2 %). An end 0.01 eV
    # above a gap level needs that level's logarithm integrated exactly (LOG_RADIUS).
    pair = (pairs._CentrePair(tm("Cr"), tm("Cr", A110)),)
    lloyd = pairs._lloyd.__wrapped__       # the disk cache does not key on E_REF
    ls = next(pairs._searches(pair, pairs._projected.__wrapped__(pair, 12, pairs.NODES)))["P"]
    lv = ls.states(*pairs.WINDOW)
    near = float(lv[np.argmin(np.abs(lv - 2.5))]) + 0.01           # 0.01 eV above a mid-gap level
    vals = {}
    for e_ref in (0.5, 1.75, near):
        monkeypatch.setattr(pairs, "E_REF", e_ref)
        vals[e_ref] = lloyd(pair, 12, pairs.NODES, 48)[0]
    assert vals[0.5]["E_ref"] == 0.5 and vals[1.75]["E_ref"] == 1.75
    assert vals[0.5]["dN_P"] != vals[1.75]["dN_P"]               # states crossed
    ref = vals[0.5]["dE"]
    assert vals[1.75]["dE"] == pytest.approx(ref, rel=1e-5)
    assert vals[near]["dE"] == pytest.approx(ref, rel=1e-6)
    monkeypatch.setattr(pairs, "LOG_RADIUS", 0.0)                 # no exact logarithms
    monkeypatch.setattr(pairs, "_contour_sums", pairs._contour_sums.__wrapped__)  # no memo
    off = lloyd(pair, 12, pairs.NODES, 48)[0]["dE"]
    # the correction matters: measured 3e-6 relative without it, 1e-8 with it
    assert abs(off / ref - 1) > max(1e-6, 10 * abs(vals[near]["dE"] / ref - 1))


def test_rule_error_on_a_level_logarithm_grows_near_the_end():
    # the numbers quoted at pairs.LOG_RADIUS: the 48-node rule's error on ∫ ln(z − ε) dz
    z, w = pairs.contour(pairs.CONTOUR_NODES, pairs.E_REF)
    err = {d: abs(pairs._log_correction([pairs.E_REF - d], z, w, pairs.E_REF))
           for d in (0.01, 0.05, 0.1, 1.0)}
    assert err[0.01] > 1e-5 and err[0.05] > 1e-7 and err[0.1] < 1e-9
    assert err[1.0] == 0.0                              # beyond LOG_RADIUS: left to the rule


def test_nothing_is_dropped_silently():
    # nearest neighbours (1.54 Å along [-11-1]) are computed, finite and non-zero
    for a, b in (("Ni", "Ni"), ("Cr", "Cr")):
        r, dE = pairs.exchange_curve(a, b, "[-11-1]", N=12, r_max=3.0)
        assert r[0] == pytest.approx(tb.LATTICE_A * np.sqrt(3) / 4)
        assert np.all(np.isfinite(dE)) and np.all(dE != 0), (a, b, dE)
    # every left-out geometry is listed with its reason: exactly the overlapping NV⁻ pairs
    listed = {x.geometry for x in pairs.left_out}
    assert listed == set(pairs.overlapping_nv_pairs()) and all(x.reason for x in pairs.left_out)
    every = {g for o in pairs.NV_PAIRS for d in pairs.DIRECTIONS
             for g in pairs.geometries("NV", "NV", d, o)}
    every |= {g for a, b in pairs.TM_PAIRS for d in pairs.DIRECTIONS
              for g in pairs.geometries(a, b, d)}
    assert every == set(pairs.all_geometries()) | listed


def test_single_charges_do_not_depend_on_the_contour_end():
    # the single centres' charges, integers, are the same with the contour ending at 1.3 eV
    # (their own end in an earlier version) and at the shared end E_REF (N = 12)
    singles = tuple(pairs._Single(c) for c in (tm("Cr"), tm("Mn"), tm("Ni"))) + \
        tuple(pairs._Single(pairs._centre_key(c)) for c in
              pairs.geometries("NV", "NV", "[001]", ("par", "perp"))[0].centres())
    coefs = pairs._projected.__wrapped__(singles, 12, pairs.NODES)
    search = [d["P"] for d in pairs._searches(singles, coefs)]
    levels = [ls.states(*pairs.WINDOW) for ls in search]
    q = {}
    for e in (1.3, pairs.E_REF):
        sums = pairs._contour_sums.__wrapped__(singles, 12, pairs.NODES, pairs.CONTOUR_NODES, e)
        q[e] = [pairs._single_charge(s, sm, ls, e) for s, sm, ls in zip(singles, sums, search)]
    assert q[1.3] == q[pairs.E_REF]
    assert any(np.sum((lv > 1.3) & (lv < pairs.E_REF)) for lv in levels)  # levels between
