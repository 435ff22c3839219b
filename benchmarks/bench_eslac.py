"""Benchmark: the 10-level ESLAC rate model (Part II), batched vs per point.

A script, not a test: ``python benchmarks/bench_eslac.py``. Prints

(a) the NV⁻ PL of NV1-S1 (Table 3 parameters) at N = 400 fields, one field at a time in a
    Python loop (``ratemodel.solve`` on one point: eigh, rates, solve), against
(b) the same N fields in one batched call, and a trace of 20 000 fields; µs per point and ratio
    (target: ≤ 10 µs per point, 8× better than the 80 µs per point of a public numba code);
(c) the per-point loop with a scipy null-space steady state (``scipy.linalg.null_space``);
(d) the Fig. 1(e) map, 1000 fields × 400 strains (target < 10 s);
(e) one update of the live explorer (12-level model on 1200 fields, levels, crossings; target
    < 200 ms), and the 12-level model per point, batched vs a per-point loop.
"""

from __future__ import annotations

import os
import platform
import time

import numpy as np
from scipy.linalg import null_space

from nvlib.eslac import chargestate as cs
from nvlib.eslac import explorer
from nvlib.eslac import ratemodel as rm
from nvlib.eslac import samples

N_LOOP = 400
N_BATCH = 20_000


def main() -> None:
    print(f"python {platform.python_version()}, numpy {np.__version__}, "
          f"{os.cpu_count()} CPUs visible")
    kw = samples.nv("NV1-S1").model_kwargs()
    field = np.linspace(0.0, 600.0, N_LOOP)
    t = time.perf_counter()
    loop = np.array([rm.solve(np.array([b]), **kw).pl[0] for b in field])
    t_loop = (time.perf_counter() - t) / N_LOOP
    t = time.perf_counter()
    sol = rm.solve(field, keep=True, **kw)
    t_small = (time.perf_counter() - t) / N_LOOP
    assert np.allclose(sol.pl, loop)
    big = np.linspace(0.0, 600.0, N_BATCH)
    t = time.perf_counter()
    rm.solve(big, **kw)
    t_batch = (time.perf_counter() - t) / N_BATCH
    t = time.perf_counter()
    for k in sol.k:
        m = k.T - np.diag(k.sum(axis=1))
        v = null_space(m)[:, 0]
        v / v.sum()
    t_svd = (time.perf_counter() - t) / N_LOOP
    print(f"(a) per-point loop              : {1e6 * t_loop:8.1f} µs/point")
    print(f"(b) batched, {N_LOOP} fields        : {1e6 * t_small:8.1f} µs/point "
          f"(ratio {t_loop / t_small:.0f}×)")
    print(f"    batched, {N_BATCH} fields      : {1e6 * t_batch:8.1f} µs/point "
          f"(ratio {t_loop / t_batch:.0f}×; vs 80 µs public numba code: {80e-6 / t_batch:.1f}×)")
    print(f"(c) scipy null-space steady state alone, per point: {1e6 * t_svd:8.1f} µs/point "
          f"(ratio to the whole batched model: {t_svd / t_batch:.0f}×)")
    t = time.perf_counter()
    rm.pl_map(np.linspace(0, 600, 1000), np.linspace(0, 60, 400), g_l=0.14, theta_B_deg=0.5)
    t_map = time.perf_counter() - t
    print(f"(d) Fig. 1(e) map 1000 × 400     : {t_map:8.2f} s "
          f"({1e6 * t_map / 4e5:.1f} µs/point; loop estimate {4e5 * t_loop:.0f} s, "
          f"ratio {4e5 * t_loop / t_map:.0f}×)")

    t = []
    for _ in range(5):
        t0 = time.perf_counter()
        explorer.explorer_state(strain_GHz=30.0, g_l=0.14, theta_B_deg=1.0, beta=0.1)
        t.append(time.perf_counter() - t0)
    f12 = np.linspace(0.0, 600.0, 2000)
    t0 = time.perf_counter()
    cs.solve(f12, **kw)
    t12 = (time.perf_counter() - t0) / f12.size
    t0 = time.perf_counter()
    for b in f12[:200]:
        cs.solve(np.array([b]), **kw)
    t12_loop = (time.perf_counter() - t0) / 200
    print(f"(e) explorer update              : {1e3 * min(t):8.1f} ms (best of 5; median "
          f"{1e3 * float(np.median(t)):.1f} ms)")
    print(f"    12-level model               : {1e6 * t12:8.1f} µs/point batched, "
          f"{1e6 * t12_loop:.0f} µs/point in a loop (ratio {t12_loop / t12:.0f}×)")


if __name__ == "__main__":
    main()
