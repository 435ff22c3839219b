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


def test_make_tags_the_figure_and_writes_downloads(tmp_path, monkeypatch):
    """make() carries its id and alt text in the display metadata (the website's downloads and
    alt text hang on it) and writes PNG + PDF where the book's build asks."""
    import json

    from IPython.core.formatters import format_display_data

    monkeypatch.setenv(figures.FIGURE_DIR_ENV, str(tmp_path))
    fig = figures.make("intro/frequencies")
    _, meta = format_display_data(fig)
    tag = meta["image/png"]
    assert tag["nvlib_figure"] == "intro/frequencies"
    assert tag["alt"] == figures._spec("intro/frequencies").alt_text and len(tag["alt"]) > 20
    assert (tmp_path / "intro" / "frequencies.png").read_bytes()[:4] == b"\x89PNG"
    assert (tmp_path / "intro" / "frequencies.pdf").read_bytes()[:4] == b"%PDF"
    side = json.loads((tmp_path / "intro" / "frequencies.json").read_text())
    assert side["files"] == ["frequencies.png", "frequencies.pdf"]


def test_make_writes_nothing_outside_a_build(tmp_path, monkeypatch):
    monkeypatch.delenv(figures.FIGURE_DIR_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    figures.make("intro/nv-axes")
    assert not any(tmp_path.iterdir())


def test_min_font_shrinks_with_a_wide_figure():
    import matplotlib.pyplot as plt

    narrow, ax = plt.subplots(figsize=(figures.TEXT_WIDTH_IN / 2, 3))
    ax.set_xlabel("x", fontsize=10)
    wide, ax = plt.subplots(figsize=(2 * figures.TEXT_WIDTH_IN, 3))
    ax.set_xlabel("x", fontsize=10)
    ax.tick_params(labelsize=10)
    assert figures.min_font_pt(narrow) <= 10
    assert figures.min_font_pt(wide) == pytest.approx(5.0)
    plt.close("all")


def test_house_style_colour_maps_are_colour_blind_safe():
    from nvlib import style

    style.use()
    assert matplotlib.rcParams["image.cmap"] in ("cividis", "viridis")
    assert style.DIVERGING in ("RdBu_r", "RdBu", "PuOr", "PuOr_r", "BrBG", "coolwarm")


def test_cmaps_used_finds_the_maps():
    import matplotlib.pyplot as plt
    import numpy as np

    fig, ax = plt.subplots()
    mesh = ax.pcolormesh(np.zeros((3, 3)), cmap="cividis")
    fig.colorbar(mesh, ax=ax)
    ax.plot([0, 1], [0, 1])
    assert figures.cmaps_used(fig) == ["cividis"]
    fig2, ax2 = plt.subplots()
    ax2.imshow(np.eye(3), cmap="jet")
    assert figures.cmaps_used(fig2) == ["jet"]
    assert "jet" not in figures.COLOUR_BLIND_SAFE_CMAPS
    plt.close("all")
