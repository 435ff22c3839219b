"""Run every ``bench_*.py`` script in this folder (with this interpreter) and print its output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def main() -> int:
    here = Path(__file__).resolve().parent
    scripts = sorted(here.glob("bench_*.py"))
    status = 0
    for script in scripts:
        print(f"===== {script.name} =====", flush=True)
        proc = subprocess.run([sys.executable, str(script)], cwd=here.parent)
        if proc.returncode != 0:
            print(f"!!!!! {script.name} failed with exit code {proc.returncode}", flush=True)
            status = 1
        print(flush=True)
    if not scripts:
        print(f"no bench_*.py scripts in {here}")
    return status


if __name__ == "__main__":
    sys.exit(main())
