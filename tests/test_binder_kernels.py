"""The fast paths that make Part III fit Binder's one core give the same numbers, point by point.

Issue 19: the speed-ups of ``nvlib.exchange.greens`` must leave the physics unchanged. Here each
fast path is compared entry by entry with the path it replaced and with an independent one:

* ``HalfMeshTable.gather`` (only the orbital pairs a support touches, each component
  contiguous) against ``HalfMeshTable.table`` / ``table_complex`` (the whole table, then the
  entries), bit for bit, and against the plain full-mesh k-sum ``Host.direct_block``;
* its ``symmetric`` plan (i ≤ j only, ``T[m, i, j] = T[−m, j, i]``) to rounding;
* ``Host.support_greens`` in column blocks against the one product over all columns it replaced.
"""

from __future__ import annotations

import numpy as np
import pytest

from nvlib.exchange import greens as gr

ORBS = [0, 1, 2, 3, 11, 12, 13, 4, 17]


@pytest.fixture(scope="module")
def half():
    return gr.HalfMeshTable(8, ORBS, workers=1)


@pytest.fixture(scope="module")
def index():
    n = len(ORBS)
    rng = np.random.default_rng(19)
    return [rng.integers(0, 8 ** 3 * n * n, (6, 6)), rng.integers(0, 8 ** 3 * n * n, 40),
            np.arange(n * n)]          # the on-site block, every orbital pair


def test_gather_is_the_table_entry_by_entry(half, index):
    plan = half.plan(index)
    for w in (0.05, 2.5, 5.3):
        T = half.table(w).reshape(-1)
        for got, ix in zip(half.gather(1.0 / (w - half.E), plan), index):
            assert got.shape == ix.shape
            assert np.array_equal(got, T[ix])          # the same numbers, bit for bit
    z = 1.3 + 2.0j
    T = half.table_complex(z).reshape(-1)
    for got, ix in zip(half.gather(1.0 / (z - half.E), plan), index):
        assert np.array_equal(got, T[ix])


def test_gather_against_the_direct_k_sum():
    """An independent path: the full-mesh k-sum between cell 0 and a few cells."""
    host = gr.Host(8)
    half = gr.HalfMeshTable(8, list(range(20)), workers=1)
    cells = [(0, 0, 0), (1, 0, 0), (0, -1, 2), (3, 3, -1)]
    n, N = 20, 8
    index = []
    for c in cells:
        m = np.mod(c, N)
        code = (m[0] * N + m[1]) * N + m[2]
        index.append(code * n * n + np.arange(n * n).reshape(n, n))
    got = half.gather(1.0 / (2.0 - half.E), half.plan(index))
    for c, g in zip(cells, got):
        ref = host.direct_block(c, 2.0)
        assert np.max(np.abs(g - ref)) <= 1e-12 * np.max(np.abs(ref))


def test_symmetric_plan_to_rounding(half, index):
    plan, sym = half.plan(index), half.plan(index, symmetric=True)
    assert len(sym.ci) < len(plan.ci)                  # fewer components transformed
    for z in (2.5, 1.3 + 2.0j):
        f = 1.0 / (z - half.E)
        for a, b in zip(half.gather(f, plan), half.gather(f, sym)):
            assert np.max(np.abs(a - b)) <= 1e-13 * np.max(np.abs(a))


def test_plan_rejects_bad_indices(half):
    with pytest.raises(ValueError, match="index must lie"):
        half.plan([np.array([8 ** 3 * len(ORBS) ** 2])])
    with pytest.raises(ValueError, match="index must lie"):
        half.plan([np.array([-1])])


def test_support_greens_blocks_equal_one_product():
    host = gr.Host(8)
    sites = [((0, 0, 0), 0), ((0, 0, 0), 1), ((1, 0, -1), 0), ((0, 2, 0), 1)]
    Y = host.support_basis(sites, [list(range(10))] * len(sites))
    E = host.E[host._half].reshape(-1)
    E = np.concatenate([E, E])
    assert Y.shape[1] > 3 * 1000                       # several blocks of 1000 columns
    old_block = gr._SUPPORT_BLOCK
    try:
        gr._SUPPORT_BLOCK = 1000                       # several blocks even on the 8³ mesh
        for w, eta, power in ((2.0, 0.0, 1), (0.4, 0.0, 2), (1.0, 0.1, 1)):
            got = host.support_greens(Y, [w], eta=eta, power=power)[0]
            f = 1.0 / (w + 1j * eta - E) ** power
            ref = ((Y * f.real) @ Y.T + (1j * ((Y * f.imag) @ Y.T) if eta else 0)) / 8 ** 3
            assert np.max(np.abs(got - ref)) <= 1e-13 * np.max(np.abs(ref))
    finally:
        gr._SUPPORT_BLOCK = old_block


def _bisection_levels(pot, host, tol):
    """The search ``centres.solve`` replaced: halving on the inertia count of K down to tol."""
    from nvlib.exchange import centres as ce

    pb = ce._Problem(pot, host)
    found = []

    def rec(a, na, b, nb):
        if na == nb:
            return
        if b - a < tol:
            found.append((0.5 * (a + b), na - nb))
            return
        m = 0.5 * (a + b)
        nm = pb.count(m)
        rec(a, na, m, nm)
        rec(m, nm, b, nb)

    lo, hi = host.gap
    rec(lo, pb.count(lo), hi, pb.count(hi))
    return found


@pytest.mark.parametrize("species", ["NV", "Mn", "Ni"])
def test_bound_state_search_equals_bisection(species):
    """Brent's method after the bracketing finds the levels halving finds: the same number,
    the same degeneracies (degenerate e levels included), energies within the tolerance, and
    each level a zero of det K (an eigenvalue of K(E) vanishes)."""
    from nvlib.exchange import centres as ce
    from nvlib.exchange import singles

    host = gr.host(12)
    pot = singles.centre(species).potential((0, 0, 1))
    tol = 1e-10
    ref = _bisection_levels(pot, host, tol)
    got = ce.solve(pot, host, tol=tol, vectors=False).levels
    assert [g for _, g in ref] == [lv.degeneracy for lv in got]
    assert len(got) >= 3 and any(lv.degeneracy > 1 for lv in got) == any(g > 1 for _, g in ref)
    for (e, _), lv in zip(ref, got):
        assert abs(e - lv.energy) < tol
    pb = ce._Problem(pot, host)
    for lv in got:
        assert np.min(np.abs(pb.eigenvalues(lv.energy))) < 1e-6


def test_phase_step_from_determinants_equals_eigenvalue_sum():
    """The fast phase step (det K and a second-order estimate, ``pairs._Config``) equals the
    sum of the eigenvalue phases of K_prev⁻¹ K, for steps small and large (the large ones take
    the eigenvalues), and increments beyond ±π are not folded back."""
    from nvlib.exchange import pairs

    rng = np.random.default_rng(7)
    n = 30
    taken = 0
    for scale in (0.003, 0.01, 0.03, 0.1, 0.6):
        V = np.diag(rng.uniform(0.5, 2.0, n) * rng.choice([-1, 1], n)).astype(complex)
        fast, exact = pairs._Config(V), pairs._Config(V, exact=True)
        G0 = np.zeros((n // 2, n // 2))          # det(1 − G0 V) = 1 at the start
        for c in (fast, exact):
            c.start(G0)
        G = G0.copy()
        for _ in range(12):
            d = rng.normal(size=G.shape) + 1j * rng.normal(size=G.shape)
            G = G + scale * (d + d.T) / np.sqrt(n)
            for c in (fast, exact):
                c.step(G, 0.1 + 0.2j)
        assert abs(fast.phase - exact.phase) < 1e-9 * max(1.0, abs(exact.phase))
        assert abs(fast.S - exact.S) < 1e-9 * max(1.0, abs(exact.S))
        taken += fast.fast_steps
    assert 0 < taken < 5 * 12                    # both paths were taken
    # one step A = K_prev⁻¹K = (1 + it)·1 on 30 spin-orbitals: each eigenvalue phase atan t, the
    # sum 30 atan 0.15 = 4.47 rad > π, on the fast path (‖A − 1‖_F = 0.82)
    d = rng.uniform(0.5, 2.0, 15) * rng.choice([-1, 1], 15)
    c = pairs._Config(np.kron(np.diag(d), np.eye(2)).astype(complex))
    c.start(np.zeros((15, 15)))
    c.step(-0.15j * np.diag(1.0 / d), None)
    assert c.fast_steps == 1
    assert abs(c.phase - 30 * np.arctan(0.15)) < 1e-12


def test_lloyd_contour_fast_path_equals_eigenvalue_path():
    """Lloyd's contour sums with the fast phase steps equal those of the eigenvalue path on
    pairs of both kinds (N = 12): the same ΔN, Ω within rounding of its size, ΔE to 1e-11 eV."""
    from nvlib.exchange import pairs

    geoms = tuple(pairs.geometries("Cr", "Cr", "[1-10]")[:3]
                  + [g for g in pairs.geometries("NV", "NV", "[001]", ("par", "perp"))
                     if not g.overlapping()][:2])
    fast = pairs._contour_sums.__wrapped__(geoms, 12, pairs.NODES, 48, 3.5)
    exact = pairs._contour_sums.__wrapped__(geoms, 12, pairs.NODES, 48, 3.5,
                                                 exact=True)
    for f, e in zip(fast, exact):
        for k in ("P", "AP"):
            assert f[k][1] == e[k][1]
            assert abs(f[k][0] - e[k][0]) < 1e-13 * max(1.0, abs(e[k][0])) * 50
        assert abs((f["AP"][0] - f["P"][0]) - (e["AP"][0] - e["P"][0])) < 1e-11


def test_level_search_in_sub_windows_equals_the_full_search():
    """Lloyd's filling searches only the levels it needs (``pairs._LevelSearch``): the lowest n
    above an energy and the highest n below it are the matching entries of the full list."""
    from nvlib.exchange import pairs

    g = [g for g in pairs.geometries("NV", "NV", "[1-11]", ("par", "perp"))
         if not g.overlapping()][0]
    ls = next(pairs._searches((g,), pairs._projected.__wrapped__((g,), 12, pairs.NODES)))
    lo, hi = pairs.WINDOW
    for s in ls.values():
        full = s.states(lo, hi)
        assert len(full) == s.count(lo) - s.count(hi) >= 4
        e = 0.5 * (full[1] + full[2])
        above, below = full[full > e], full[full < e]
        assert np.allclose(s.states(e, hi, first=2), above[:2], atol=1e-12, rtol=0)
        assert np.allclose(s.states(lo, e, last=2), below[-2:], atol=1e-12, rtol=0)
        assert np.allclose(s.states(lo, hi, first=3), full[:3], atol=1e-12, rtol=0)
        with pytest.raises(RuntimeError, match="states wanted"):
            s.states(e, hi, first=len(above) + 1)
