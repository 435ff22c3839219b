"""Benchmark: host Green's function of diamond in real space, FFT route vs direct k-sums.

A script, not a test: ``python benchmarks/bench_greens.py``. For one energy in the gap on an
N³ mesh, prints the time to obtain the 20×20 block G0(0, m) for

(a) every cell separation m at once: one 3D FFT (``Host.fft_table``),
(b) the separations a pair calculation needs (the cells within 25 Å along [001], [1-10]
    and [1-11]), one direct k-sum each (``Host.direct_block``),

the agreement of the two, and the ratio (b)/(a); then the extrapolation of (b) to all N³
separations. ``run()`` (registered with ``benchmarks/run.py``) measures the pair calculations'
fast path, ``HalfMeshTable`` (half the mesh, real inverse FFT, threads), against the full-mesh
``Host`` for the six p orbitals an NV⁻ pair needs.
"""

from __future__ import annotations

import time

import numpy as np

from nvlib.exchange import greens, pairs

OMEGA = 2.7      # eV, mid-gap


#: The orbitals of an NV⁻ pair's support (p on both sublattices).
NV_ORBITALS = [1, 2, 3, 11, 12, 13]


def run(quick: bool = False) -> list[dict]:
    """Rows for ``benchmarks/run.py``: half-mesh table against the full-mesh FFT."""
    N = 16 if quick else 48
    t0 = time.perf_counter()
    full = greens.Host(N)
    t_full_init = time.perf_counter() - t0
    t0 = time.perf_counter()
    half = greens.HalfMeshTable(N, NV_ORBITALS)
    t_half_init = time.perf_counter() - t0
    nodes = pairs.energy_nodes(8)
    t0 = time.perf_counter()
    A = [full.fft_table(float(w), orbitals=NV_ORBITALS) for w in nodes]
    t_full = (time.perf_counter() - t0) / len(nodes)
    t0 = time.perf_counter()
    B = [half.table(float(w)) for w in nodes]
    t_half = (time.perf_counter() - t0) / len(nodes)
    err = max(float(np.abs(a - b).max()) for a, b in zip(A, B))
    size = f"N = {N} ({N ** 3:,} k-points), 6 orbitals, 8 energies"
    return [
        {"kernel": "nvlib.exchange.greens.HalfMeshTable.table (G0 at every separation)",
         "alternative": "Host.fft_table on the full mesh (complex FFT)",
         "fast_s": t_half, "alt_s": t_full, "unit": "energy node", "size": size,
         "note": f"max |difference| {err:.0e} 1/eV"},
        {"kernel": "nvlib.exchange.greens.HalfMeshTable (bands on half the mesh, threads)",
         "alternative": "Host: bands on the full mesh",
         "fast_s": t_half_init, "alt_s": t_full_init, "unit": "mesh", "size": size},
    ]


def main() -> None:
    for N in (16, 24):
        host = greens.Host(N)
        t0 = time.perf_counter()
        T = host.fft_table(OMEGA)
        t_fft = time.perf_counter() - t0
        cells = sorted({c for d in ("[001]", "[1-10]", "[1-11]")
                        for c, _, _ in pairs.sites_along(d)})
        t0 = time.perf_counter()
        blocks = [host.direct_block(c, OMEGA) for c in cells]
        t_dir = time.perf_counter() - t0
        err = max(np.abs(T[tuple(np.mod(c, N))] - b).max() for c, b in zip(cells, blocks))
        per = t_dir / len(cells)
        print(f"N = {N:2d}: FFT, all {N ** 3} separations: {t_fft:.3f} s; direct k-sum, "
              f"{len(cells)} separations: {t_dir:.3f} s ({per * 1e3:.1f} ms each); "
              f"max |difference| {err:.1e} 1/eV")
        print(f"        ratio direct({len(cells)}) / FFT(all) = {t_dir / t_fft:.1f}; "
              f"direct for all separations would take {per * N ** 3:.0f} s, "
              f"{per * N ** 3 / t_fft:.0f}x the FFT")


if __name__ == "__main__":
    main()
