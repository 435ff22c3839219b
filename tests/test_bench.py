"""The benchmark registration API: a bench_<name>.py with run() is found and its ratio computed."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

FAKE = '''
def run(quick=False):
    return [{"kernel": "fast", "alternative": "slow", "fast_s": 0.5, "alt_s": 50.0,
             "unit": "thing", "size": "quick" if quick else "full", "note": "agree"}]
'''


@pytest.fixture
def bench_dir(tmp_path, monkeypatch):
    shutil.copy(ROOT / "benchmarks" / "run.py", tmp_path / "run.py")
    (tmp_path / "bench_fake.py").write_text(FAKE)
    (tmp_path / "bench_broken.py").write_text("def run(quick=False):\n    return [{'kernel': 1}]\n")
    monkeypatch.setenv("NVLIB_BENCHMARKS", str(tmp_path))
    return tmp_path


def test_registered_benchmark_rows_and_measured_ratio(bench_dir):
    from nvlib import bench

    rep = bench.report(quick=True, only=["fake"])
    (row,) = rep["results"]
    assert row["benchmark"] == "fake" and row["ratio"] == pytest.approx(100.0)
    assert row["size"] == "quick" and rep["quick"] is True
    assert rep["machine"]["cores"] >= 1 and rep["measured_utc"].endswith("UTC")
    md = bench.markdown(rep)
    assert "**100×**" in md and md.startswith("Measured ")


def test_a_row_without_its_times_is_refused(bench_dir):
    from nvlib import bench

    with pytest.raises(ValueError, match="lacks"):
        bench.report(only=["broken"])


def test_cli_writes_json(bench_dir, tmp_path):
    out = tmp_path / "b.json"
    subprocess.run([sys.executable, "-m", "nvlib", "bench", "--quick", "--only", "fake",
                    "--json", str(out)], check=True, capture_output=True)
    assert json.loads(out.read_text())["results"][0]["ratio"] == pytest.approx(100.0)
