"""Figure registry and export: every figure draws, files are deterministic, captions are honest."""

import subprocess
import sys

import matplotlib
import pytest

matplotlib.use("Agg")

from nvlib import figures  # noqa: E402

SPECS = figures.figures()


def test_paper_figures_say_what_they_reproduce():
    for spec in SPECS:
        if spec.reproduces:
            assert spec.reproduces.startswith(("Fig.", "Figs.")), spec.id
        assert "/" in spec.id and spec.caption


@pytest.mark.parametrize("fmt", figures.FORMATS)
def test_export_is_deterministic(tmp_path, fmt):
    a = figures.export(tmp_path / "a", ["intro/frequencies"], [fmt])[0]
    b = figures.export(tmp_path / "b", ["intro/frequencies"], [fmt])[0]
    assert a.read_bytes() == b.read_bytes()


def test_unknown_id_and_format_raise(tmp_path):
    with pytest.raises(ValueError, match="fig_id"):
        figures.make("nope/nope")
    with pytest.raises(ValueError, match="formats"):
        figures.export(tmp_path, ["intro/frequencies"], ["jpg"])


def test_cli_exports(tmp_path):
    out = subprocess.run([sys.executable, "-m", "nvlib", "figures", "--out", str(tmp_path),
                          "--only", "intro/nv-axes", "--format", "png,svg"],
                         capture_output=True, text=True, check=True).stdout
    assert (tmp_path / "intro" / "nv-axes.png").stat().st_size > 1000
    assert (tmp_path / "intro" / "nv-axes.svg").exists()
    assert "nv-axes.png" in out
