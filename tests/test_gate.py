"""The gate cannot lie: the strict site build and nbval fail on a broken cell.

A tiny book is built with the project's own _config.yml and the build flags of the Makefile;
one chapter raises. The strict build must fail (and pass once the cell is fixed), and nbval
must fail on the same notebook.
"""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CHAPTER = """---
jupytext:
  text_representation: {{extension: .md, format_name: myst, format_version: 0.13}}
kernelspec: {{display_name: Python 3, language: python, name: python3}}
---
# A chapter

```{{code-cell}} ipython3
x = 1
{line}
```
"""

pytestmark = pytest.mark.skipif(not (BIN / "jupyter-book").exists(), reason="jupyter-book not installed")


def book_flags() -> list[str]:
    m = re.search(r"^BOOK_FLAGS\s*:=\s*(.+)$", (ROOT / "Makefile").read_text(), re.M)
    return m.group(1).split()


def make_book(tmp: Path, line: str) -> Path:
    shutil.copy(ROOT / "_config.yml", tmp / "_config.yml")
    shutil.copy(ROOT / "references.bib", tmp / "references.bib")
    (tmp / "_toc.yml").write_text("format: jb-book\nroot: chapter\n")
    (tmp / "chapter.md").write_text(CHAPTER.format(line=line))
    return tmp


def build(book: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "jupyter-book"), "build", *book_flags(), str(book)],
                          capture_output=True, text=True)


def test_flags_are_strict():
    flags = book_flags()
    assert "-W" in flags and "--keep-going" in flags and "--all" in flags


def test_broken_cell_fails_the_build_and_fixed_cell_passes(tmp_path):
    book = make_book(tmp_path, 'raise RuntimeError("deliberately broken")')
    res = build(book)
    assert res.returncode != 0, res.stdout[-2000:]
    (book / "chapter.md").write_text(CHAPTER.format(line="print(x)"))
    res = build(book)
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]


def test_broken_cell_fails_nbval(tmp_path):
    md = tmp_path / "chapter.md"
    md.write_text(CHAPTER.format(line='raise RuntimeError("deliberately broken")'))
    nb = tmp_path / "chapter.ipynb"
    subprocess.run([str(BIN / "jupytext"), "--quiet", "--to", "ipynb", "-o", str(nb), str(md)],
                   check=True)
    res = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          "--nbval-lax", str(nb)], capture_output=True, text=True, cwd=tmp_path)
    assert res.returncode == 1, res.stdout[-2000:]


class _UniqueKeyLoader(__import__("yaml").SafeLoader):
    """A YAML loader that refuses repeated keys (YAML itself keeps the last one silently)."""


def _no_duplicates(loader, node, deep=False):
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise ValueError(f"repeated keys {sorted(dup)} at line {node.start_mark.line + 1}")
    return loader.construct_mapping(node, deep)


_UniqueKeyLoader.add_constructor(
    __import__("yaml").resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


def test_config_has_one_repository_url_and_works_offline():
    import yaml

    text = (ROOT / "_config.yml").read_text()
    cfg = yaml.load(text, Loader=_UniqueKeyLoader)
    url = cfg["repository"]["url"]
    assert re.fullmatch(r"https://github\.com/[\w.-]+/[\w.-]+", url), url
    # the repository is named in ONE place: a fork edits repository.url and nothing else
    assert len(re.findall(r"github\.com/", text)) == 1
    assert cfg["launch_buttons"]["binderhub_url"] == "https://mybinder.org"
    sphinx = cfg["sphinx"]
    assert "sphinx.ext.intersphinx" not in sphinx.get("extra_extensions", [])
    assert "nvlib.sphinxext" in sphinx["extra_extensions"]
    assert not re.match(r"https?://", sphinx["config"]["mathjax_path"])
    assert sphinx["config"]["nb_ipywidgets_js"] == {}


def test_binder_opens_chapters_as_notebooks():
    binder = ROOT / ".binder"
    req = (binder / "requirements.txt").read_text()
    assert "-r ../requirements.txt" in req and re.search(r"^jupyterlab==", req, re.M)
    assert re.search(r"^jupytext==", (ROOT / "requirements.txt").read_text(), re.M)
    post = (binder / "postBuild").read_text()
    assert "pip install --no-deps -e ." in post
    assert '"markdown": "Jupytext Notebook"' in post
    assert (binder / "runtime.txt").read_text().strip().startswith("python-3.11")


def test_ci_installs_chromium_then_runs_make_test():
    run = (ROOT / ".ci" / "run").read_text()
    assert run.index("apt-get update") < run.index("apt-get install") < run.index("make test")
    assert "chromium" in run
