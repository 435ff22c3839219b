"""Benchmark: batched Lindblad steady states vs a QuTiP loop, and the Fig 3 torque maps.

A script, not a test: ``python benchmarks/bench_steady_state.py``; its :func:`run` gives the
rows of ``python -m nvlib bench`` (the Performance page). The script prints

(a) ``qutip.steadystate`` in a Python loop over N = 200 random single-class NV problems,
(b) ``nvlib.lindblad.steady_state`` on ONE batch of 100 000 problems of the same kind,
    with the speed-up ratio (target >= 1000x),
(c) ``nvlib.cr_torque.torque.torque_map`` at 0.5 deg (361 x 721) without and with CR (target < 15 s for both),
    against the extrapolated per-point alternatives (QuTiP loop; batched brute force).

The problems: one NV class at a random crystal-frame field of 0-150 G, H in rad/s (strain
3 MHz), the 8 collapse operators of the ``authors_code`` preset with the CR-enhanced rate of
that class at that field.
"""

from __future__ import annotations

import os
import platform
import time

import numpy as np

from nvlib import groundstate as gs
from nvlib import lindblad
from nvlib.cr_torque import torque as T

SEED = 20210311
N_QUTIP = 200
N_BATCH = 100_000
MAP_SHAPE = (361, 721)            # 0.5 deg over the full sphere
B_MAP = 0.01                      # 100 G


def problems(n: int, rng: np.random.Generator) -> tuple[np.ndarray, list[np.ndarray]]:
    """n single-class problems: H (n, 3, 3) rad/s and 8 collapse operators (n, 3, 3)."""
    model = T.preset("authors_code")
    v = rng.normal(size=(n, 3))
    B = v / np.linalg.norm(v, axis=-1, keepdims=True) * rng.uniform(0, 0.015, size=(n, 1))
    k = rng.integers(0, 4, size=n)
    H = gs.class_hamiltonians(B, D=model.D, gamma=model.gamma, E=model.strain)[np.arange(n), k]
    rates = T.relaxation_rates(B, model)
    ops = [np.ascontiguousarray(c[np.arange(n), k]) for c in T.collapse_operators(rates, model)]
    return H, ops


def timed(f, *args, **kwargs):
    t0 = time.perf_counter()
    out = f(*args, **kwargs)
    return out, time.perf_counter() - t0


def main() -> None:
    import qutip

    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"numpy {np.__version__}, qutip {qutip.__version__}")
    rng = np.random.default_rng(SEED)

    # (a) QuTiP loop
    Hq, opsq = problems(N_QUTIP, rng)
    qutip.steadystate(qutip.Qobj(Hq[0]), [qutip.Qobj(c[0]) for c in opsq])   # warm-up
    t0 = time.perf_counter()
    rho_q = np.empty((N_QUTIP, 3, 3), complex)
    for i in range(N_QUTIP):
        rho_q[i] = qutip.steadystate(qutip.Qobj(Hq[i]), [qutip.Qobj(c[i]) for c in opsq]).full()
    t_q = (time.perf_counter() - t0) / N_QUTIP

    # (b) one batched call (the first N_QUTIP problems are the QuTiP ones, for a check)
    Hb, opsb = problems(N_BATCH - N_QUTIP, rng)
    Hb = np.concatenate([Hq, Hb])
    opsb = [np.concatenate([a, b]) for a, b in zip(opsq, opsb)]
    rho_b, t_b = timed(lindblad.steady_state, Hb, opsb)
    t_b /= N_BATCH
    err = np.abs(rho_b[:N_QUTIP] - rho_q).max()

    print("\n(a)/(b) single-class NV steady states (3x3, 8 collapse operators)")
    print(f"  qutip.steadystate loop, N = {N_QUTIP:>7d}: {t_q * 1e6:10.1f} us/point")
    print(f"  lindblad.steady_state batch, N = {N_BATCH:>6d}: {t_b * 1e6:10.2f} us/point")
    print(f"  RATIO qutip / batched = {t_q / t_b:,.0f}x   (target >= 1000x: "
          f"{'OK' if t_q / t_b >= 1000 else 'MISSED'})")
    print(f"  max |rho_batch - rho_qutip| on the common {N_QUTIP} problems: {err:.1e}")

    # (c) torque maps at 0.5 deg
    print(f"\n(c) torque_map, |B| = 100 G, {MAP_SHAPE[0]} x {MAP_SHAPE[1]} (0.5 deg), "
          "symmetry path (octant solved, D4 fill)")
    n_points = MAP_SHAPE[0] * MAP_SHAPE[1]
    for name in ("si_text", "authors_code"):
        model = T.preset(name)
        total = 0.0
        for cr in (False, True):
            mp, dt = timed(T.torque_map, B_MAP, *MAP_SHAPE, model, cr=cr)
            total += dt
            th, ph, amax = mp.argmax()
            print(f"  {name:13s} cr={cr!s:5s}: {dt:6.2f} s   max|Gamma| = {amax:.3e} N m at "
                  f"theta = {np.degrees(th):5.1f} deg, phi = {np.degrees(ph):5.1f} deg")
        print(f"  {name:13s} both maps: {total:6.2f} s   (target < 15 s: "
              f"{'OK' if total < 15 else 'MISSED'})")

    # naive alternatives, extrapolated
    model = T.preset("si_text")
    coarse, dt = timed(T.torque_map, B_MAP, 91, 181, model, cr=True, method="brute")
    per_field_brute = dt / (91 * 181)
    print("\n  per-point alternatives for ONE 0.5 deg map, extrapolated:")
    print(f"    batched brute force (every grid point, no symmetry): "
          f"{per_field_brute * n_points:8.1f} s  (measured {per_field_brute * 1e6:.1f} us/field "
          "on a 2 deg map)")
    print(f"    qutip.steadystate loop (4 classes per field):        "
          f"{4 * t_q * n_points:8.0f} s = {4 * t_q * n_points / 3600:.1f} h")


def run(quick: bool = False) -> list[dict]:
    """Rows for ``benchmarks/run.py`` (see its docstring): both sides measured in this run."""
    import qutip

    n_q, n_b = (40, 20_000) if quick else (N_QUTIP, N_BATCH)
    shape = (91, 181) if quick else MAP_SHAPE
    rng = np.random.default_rng(SEED)
    Hq, opsq = problems(n_q, rng)
    qutip.steadystate(qutip.Qobj(Hq[0]), [qutip.Qobj(c[0]) for c in opsq])   # warm-up
    t0 = time.perf_counter()
    rho_q = np.array([qutip.steadystate(qutip.Qobj(Hq[i]),
                                        [qutip.Qobj(c[i]) for c in opsq]).full()
                      for i in range(n_q)])
    t_q = (time.perf_counter() - t0) / n_q
    Hb, opsb = problems(n_b - n_q, rng)
    Hb = np.concatenate([Hq, Hb])
    opsb = [np.concatenate([a, b]) for a, b in zip(opsq, opsb)]
    rho_b, t_b = timed(lindblad.steady_state, Hb, opsb)
    err = np.abs(rho_b[:n_q] - rho_q).max()
    model = T.preset("si_text")
    _, t_sym = timed(T.torque_map, B_MAP, *shape, model, cr=True, method="symmetry")
    _, t_brute = timed(T.torque_map, B_MAP, *shape, model, cr=True, method="brute")
    n_fields = shape[0] * shape[1]
    return [
        {"kernel": "nvlib.lindblad.steady_state, one batched call",
         "alternative": "qutip.steadystate in a Python loop",
         "fast_s": t_b / n_b, "alt_s": t_q, "unit": "3×3 NV steady state (8 collapse ops)",
         "size": f"loop N = {n_q}, batch N = {n_b:,}",
         "note": f"max |ρ_batch − ρ_qutip| = {err:.0e} on the common problems"},
        {"kernel": "nvlib.cr_torque.torque.torque_map, symmetry path (octant + cube rotations)",
         "alternative": "the same, brute force over every grid point (batched)",
         "fast_s": t_sym / n_fields, "alt_s": t_brute / n_fields,
         "unit": "field direction (4 classes, with CR)",
         "size": f"{shape[0]} × {shape[1]} map, |B| = 100 G",
         "note": f"whole map: {t_sym:.2f} s vs {t_brute:.2f} s"},
    ]


if __name__ == "__main__":
    main()
