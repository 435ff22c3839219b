"""Benchmark: the 10-level ESLAC rate model (Part II), batched vs per point.

``run()`` gives the rows of the Performance page (see ``benchmarks/run.py``); as a script,
``python benchmarks/bench_eslac.py`` also times the items below and prints them:

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


def _per_point(fn, fields) -> float:
    """Seconds per field point of ``fn`` called once per field in a Python loop."""
    t0 = time.perf_counter()
    for b in fields:
        fn(np.array([b]))
    return (time.perf_counter() - t0) / len(fields)


def _batched(fn, fields) -> float:
    """Seconds per field point of ``fn`` called once on the whole array."""
    t0 = time.perf_counter()
    fn(fields)
    return (time.perf_counter() - t0) / len(fields)


def run(quick: bool = False) -> list[dict]:
    """Rows for ``benchmarks/run.py``: every kernel against a per-point loop, measured now."""
    kw = samples.nv("NV1-S1").model_kwargs()
    n_loop, n_batch = (60, 4000) if quick else (N_LOOP, N_BATCH)
    loop_f = np.linspace(0.0, 600.0, n_loop)
    batch_f = np.linspace(0.0, 600.0, n_batch)
    ten = lambda f: rm.solve(f, **kw)          # noqa: E731  (the 10-level model)
    twelve = lambda f: cs.solve(f, **kw)       # noqa: E731  (the 12-level model)
    agree = np.abs(rm.solve(loop_f, **kw).pl
                   - np.array([rm.solve(np.array([b]), **kw).pl[0] for b in loop_f])).max()
    t10_loop, t10 = _per_point(ten, loop_f), _batched(ten, batch_f)
    t12_loop, t12 = _per_point(twelve, loop_f), _batched(twelve, batch_f)
    sol = rm.solve(loop_f, keep=True, **kw)
    t0 = time.perf_counter()
    for k in sol.k:
        null_space(k.T - np.diag(k.sum(axis=1)))
    t_svd = (time.perf_counter() - t0) / n_loop
    return [
        {"kernel": "nvlib.eslac.ratemodel.solve (10-level PL), one batched call",
         "alternative": "the same model one field at a time in a Python loop",
         "fast_s": t10, "alt_s": t10_loop, "unit": "field point (NV1-S1, Table 3)",
         "size": f"loop N = {n_loop}, batch N = {n_batch:,}",
         "note": f"max |PL_batch − PL_loop| = {agree:.0e}; the public numba code takes "
                 f"about 80 µs per point"},
        {"kernel": "nvlib.eslac.ratemodel.solve (10-level PL), one batched call",
         "alternative": "scipy.linalg.null_space steady state per point (rates given)",
         "fast_s": t10, "alt_s": t_svd, "unit": "field point",
         "size": f"null space on N = {n_loop} rate matrices"},
        {"kernel": "nvlib.eslac.chargestate.solve (12-level, shelf ionisation), batched",
         "alternative": "the same model one field at a time in a Python loop",
         "fast_s": t12, "alt_s": t12_loop, "unit": "field point (NV1-S1)",
         "size": f"loop N = {n_loop}, batch N = {n_batch:,}"},
    ]


def main() -> None:
    print(f"python {platform.python_version()}, numpy {np.__version__}, "
          f"{os.cpu_count()} CPUs visible")
    for row in run():
        print(f"{row['kernel']}\n  vs {row['alternative']}: {1e6 * row['fast_s']:.1f} µs vs "
              f"{1e6 * row['alt_s']:.1f} µs per {row['unit']} "
              f"(ratio {row['alt_s'] / row['fast_s']:.0f}×; {row['size']})")
    t = time.perf_counter()
    rm.pl_map(np.linspace(0, 600, 1000), np.linspace(0, 60, 400), g_l=0.14, theta_B_deg=0.5)
    print(f"Fig. 1(e) map 1000 × 400: {time.perf_counter() - t:.2f} s (target < 10 s)")
    t = []
    for _ in range(5):
        t0 = time.perf_counter()
        explorer.explorer_state(strain_GHz=30.0, g_l=0.14, theta_B_deg=1.0, beta=0.1)
        t.append(time.perf_counter() - t0)
    print(f"explorer update: {1e3 * min(t):.1f} ms best of 5, median "
          f"{1e3 * float(np.median(t)):.1f} ms (target < 200 ms)")


if __name__ == "__main__":
    main()
