"""Run every benchmark of this folder: ``python benchmarks/run.py [--quick] [--json PATH]``.

The same as ``python -m nvlib bench``; ``make bench`` runs it at full size and keeps the JSON in
``_build/bench.json``.

Registering a benchmark
-----------------------
A benchmark is a file ``benchmarks/bench_<name>.py`` that defines ::

    def run(quick: bool = False) -> list[dict]:
        ...

returning one dict per comparison of a fast kernel with the obvious alternative, both measured
in this run, on the same problems, in the same units::

    {"kernel": "nvlib.lindblad.steady_state, one batch",   # the fast path
     "alternative": "qutip.steadystate in a Python loop",  # what one would write instead
     "fast_s": 2.1e-6, "alt_s": 3.4e-3,                    # seconds per unit of work
     "unit": "steady state",                               # the unit of work
     "size": "N = 200 (loop), 100 000 (batch)",            # what was run
     "note": "max |Δρ| = 3e-12 on the common problems"}    # agreement, or anything else

The ratio ``alt_s / fast_s`` is computed here, never typed. ``quick=True`` must finish in a few
seconds (the Performance page runs it while the book is built). A file without ``run()`` is run
as a script and its output printed (it adds no row to the table).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import importlib.util
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REQUIRED = ("kernel", "alternative", "fast_s", "alt_s", "unit")


def machine() -> dict:
    """The machine the numbers were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import numpy

    info = {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(),
            "numpy": numpy.__version__, "system": f"{platform.system()} {platform.release()}"}
    try:
        info["load_average_1min"] = round(os.getloadavg()[0], 2)
    except OSError:
        pass
    try:
        import qutip
        info["qutip"] = qutip.__version__
    except ImportError:
        pass
    return info


def scripts(only: list[str] | None = None) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"))
    if only:
        found = [p for p in found if any(o in p.stem for o in only)]
    return found


def _load(path: Path):
    spec = importlib.util.spec_from_file_location(f"nvbench_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def collect(quick: bool = False, only: list[str] | None = None) -> dict:
    """Run the registered benchmarks; the report holds the machine, the date and every row."""
    started = _dt.datetime.now(_dt.timezone.utc)
    rows = []
    for path in scripts(only):
        module = _load(path)
        if not hasattr(module, "run"):
            continue
        t0 = time.perf_counter()
        for row in module.run(quick=quick):
            missing = [k for k in REQUIRED if k not in row]
            if missing:
                raise ValueError(f"{path.name}: a row lacks {missing}: {row}")
            row = dict(row, benchmark=path.stem[len("bench_"):],
                       ratio=float(row["alt_s"]) / float(row["fast_s"]))
            rows.append(row)
        print(f"  {path.name}: {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return {"measured_utc": started.strftime("%Y-%m-%d %H:%M UTC"), "quick": quick,
            "machine": machine(), "results": rows}


def _t(s: float) -> str:
    for unit, scale in (("s", 1), ("ms", 1e-3), ("µs", 1e-6), ("ns", 1e-9)):
        if s >= scale:
            return f"{s / scale:.3g} {unit}"
    return f"{s:.2e} s"


def to_markdown(report: dict) -> str:
    """The report as Markdown: the machine, then one row per comparison with its ratio."""
    m = report["machine"]
    lines = [f"Measured {report['measured_utc']} on {m['cpu']} ({m['cores']} cores"
             + (f", load average {m['load_average_1min']}" if "load_average_1min" in m else "")
             + f"), {m['system']}, Python {m['python']}, NumPy {m['numpy']}"
             + (f", QuTiP {m['qutip']}" if "qutip" in m else "")
             + (" — quick sizes." if report["quick"] else " — full sizes."), "",
             "| comparison | unit of work | kernel | alternative | speed-up |",
             "|---|---|---|---|---|"]
    for r in report["results"]:
        ratio = r["ratio"]
        speed = f"**{ratio:,.0f}×**" if ratio >= 10 else f"**{ratio:.2g}×**"
        extra = "; ".join(x for x in (r.get("size", ""), r.get("note", "")) if x)
        what = f"{r['kernel']} vs {r['alternative']}" + (f" <br> *{extra}*" if extra else "")
        cells = [what, r["unit"], _t(r["fast_s"]), _t(r["alt_s"]), speed]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    if not report["results"]:
        lines.append("| (no benchmark registered) | | | | |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (a few seconds)")
    parser.add_argument("--json", default=None, help="also write the report as JSON here")
    parser.add_argument("--only", nargs="+", default=None, help="benchmark names (substrings)")
    parser.add_argument("--scripts", action="store_true",
                        help="also run the bench_*.py files as scripts (their full printout)")
    args = parser.parse_args(argv)
    report = collect(args.quick, args.only)
    print(to_markdown(report))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(report, indent=1))
        print(f"written {args.json}")
    status = 0
    for script in scripts(args.only):
        if args.scripts or not hasattr(_load(script), "run"):
            print(f"===== {script.name} =====", flush=True)
            proc = subprocess.run([sys.executable, str(script)], cwd=HERE.parent)
            if proc.returncode != 0:
                print(f"!!!!! {script.name} failed with exit code {proc.returncode}")
                status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
