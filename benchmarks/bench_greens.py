"""Benchmark: host Green's function of diamond in real space, FFT route vs direct k-sums.

A script, not a test: ``python benchmarks/bench_greens.py``. For one energy in the gap on an
N³ mesh, prints the time to obtain the 20×20 block G0(0, m) for

(a) every cell separation m at once: one 3D FFT (``Host.fft_table``),
(b) the separations a pair calculation needs (the cells within 25 Å along [001], [1-10]
    and [1-11]), one direct k-sum each (``Host.direct_block``),

the agreement of the two, and the ratio (b)/(a); then the extrapolation of (b) to all N³
separations.
"""

from __future__ import annotations

import time

import numpy as np

from nvlib.exchange import greens, pairs

OMEGA = 2.7      # eV, mid-gap


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
