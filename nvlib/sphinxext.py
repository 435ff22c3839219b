"""The book's Sphinx extension: offline pages, figure downloads, and claim links.

Listed in ``_config.yml`` (``sphinx.extra_extensions``). It

- serves MathJax from the site itself (the ``sphinx-mathjax-offline`` package, set up here) and
  fails the strict build on any script or stylesheet that would come from another host;
- drops the scripts of sphinx-thebe, which Jupyter Book adds twice to every page (the duplicate
  ``const THEBE_JS_URL`` is a JavaScript error) though the book launches on Binder, not thebe;
  and de-duplicates the other scripts and stylesheets;
- adds the book's stylesheet (``nvlib/_static/nvbook.css``: claim rows, verdict badges) and
  icon, and sets the theme's colour mode (an empty one is a console error on every page);
- renders every figure drawn by :func:`nvlib.figures.make` with its alt text and "Download:
  PNG · PDF" links (:class:`FigureRenderer`, a myst-nb mime renderer registered in
  ``pyproject.toml``), the files written into ``<html>/figures/`` by :mod:`nvlib.figures`;
- shows a note in place of a live ipywidget on the static site (:class:`WidgetRenderer`): the
  widget scripts would come from a CDN, so widgets run on Binder and in Jupyter only;
- resolves the links of the Discrepancies page (:func:`nvlib.claims.render.claim_link`) to the
  row of the chapter that shows each claim, and warns (failing the strict build) when a claim
  that is not reproduced is shown in no chapter.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from docutils import nodes
from sphinx.util import logging
from sphinx.util.osutil import relative_uri

__all__ = ["setup", "FigureRenderer", "FIGURE_SUBDIR"]

logger = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent / "_static"
#: Folder of the HTML output that holds the figure downloads.
FIGURE_SUBDIR = "figures"
_ROW = re.compile(r'id="((?:claim|score)-[a-z0-9-]+)" data-claim="([^"]+)"')
_REF = re.compile(r'<a class="nv-claimref" href="nvclaim:(chapter|scorecard):([^"]+)">[^<]*</a>')
_EXTERNAL = re.compile(r"^(https?:)?//")
_STMT = re.compile(r'href="nvstmt:([^"]+)"')
_ANN = re.compile(r'href="nvannotated:([^"]+)"')
#: The page of each paper's statements (its annotated paper).
ANNOTATED_DOC = "book/annotated/{paper}"


# --- set-up -------------------------------------------------------------------------------------

def _config_inited(app, config) -> None:
    # pydata-sphinx-theme logs a console error on every page when its mode is empty
    # (pydata-sphinx-theme reads it from html_context)
    if not config.html_context.get("default_mode"):
        config.html_context["default_mode"] = "auto"
    # a page without an icon makes the browser ask for /favicon.ico (a 404 on every page)
    if not config.html_favicon:
        config.html_favicon = str(STATIC / "favicon.ico")


def _build_finished(app, exc) -> None:
    # pages without <link rel="icon"> (index.html only redirects) make browsers ask the root
    if exc is None and app.builder.format == "html":
        import shutil
        shutil.copyfile(STATIC / "favicon.ico", Path(app.outdir) / "favicon.ico")


def _builder_inited(app) -> None:
    if app.builder.format == "html":
        app.config.html_static_path.append(str(STATIC))
        app.add_css_file("nvbook.css")
    from nvlib.figures import FIGURE_DIR_ENV
    # the kernels started for the chapters inherit this: nvlib.figures.make writes there
    os.environ[FIGURE_DIR_ENV] = str(Path(app.outdir) / FIGURE_SUBDIR)


# --- claim rows: which page shows which claim ---------------------------------------------------

def _rows(env) -> dict[str, dict[str, set[str]]]:
    if not hasattr(env, "nv_claim_rows"):
        env.nv_claim_rows = {}   # docname -> {"claim": {ids}, "score": {ids}}
    return env.nv_claim_rows


def _doctree_read(app, doctree) -> None:
    found: dict[str, set[str]] = {"claim": set(), "score": set()}
    for node in doctree.findall(nodes.raw):
        for m in _ROW.finditer(node.astext()):
            found[m.group(1).split("-", 1)[0]].add(m.group(2))
    if found["claim"] or found["score"]:
        _rows(app.env)[app.env.docname] = found


def _purge_doc(app, env, docname) -> None:
    _rows(env).pop(docname, None)


def _merge_info(app, env, docnames, other) -> None:
    _rows(env).update({d: v for d, v in _rows(other).items() if d in docnames})


def _resolve(app, pagename: str, target: str, claim_id: str) -> str:
    from nvlib.claims.render import anchor

    kind = "claim" if target == "chapter" else "score"
    docs = sorted(d for d, f in _rows(app.env).items() if claim_id in f[kind])
    if not docs and target == "chapter":
        logger.warning(f"claim {claim_id!r} has no row in any chapter (claims_markdown): "
                       "links to its explanation cannot be made", location=pagename)
        return _resolve(app, pagename, "scorecard", claim_id)
    if not docs:
        logger.warning(f"claim {claim_id!r} has no row on any page", location=pagename)
        return f"<code>{claim_id}</code>"
    doc = docs[0]
    uri = relative_uri(app.builder.get_target_uri(pagename), app.builder.get_target_uri(doc))
    title = app.env.titles[doc].astext() if doc in app.env.titles else doc
    text = f"“{title}”" if target == "chapter" else "scorecard row"
    return f'<a class="reference internal" href="{uri}#{anchor(claim_id, kind)}">{text}</a>'


def _statement_href(app, pagename: str, statement_id: str, anchor_row: bool = True) -> str:
    """``href`` to a statement's row on its paper's annotated page (or to the page)."""
    from nvlib.claims.render import anchor

    doc = ANNOTATED_DOC.format(paper=statement_id.split("/", 1)[0])
    if doc not in app.env.all_docs:
        logger.warning(f"statement {statement_id!r}: no annotated page {doc}", location=pagename)
        return 'href="#"'
    uri = relative_uri(app.builder.get_target_uri(pagename), app.builder.get_target_uri(doc))
    return f'href="{uri}#{anchor(statement_id, "stmt")}"' if anchor_row else f'href="{uri}"'


# --- every page: assets -------------------------------------------------------------------------

def _asset_key(asset) -> tuple:
    attrs = getattr(asset, "attributes", {}) or {}
    # an inline script's filename is None or '' depending on who added it
    return (str(getattr(asset, "filename", asset) or ""), tuple(sorted(attrs.items())))


def _page_context(app, pagename, templatename, context, doctree) -> None:
    for key in ("script_files", "css_files"):
        kept, seen = [], set()
        for asset in context.get(key, []):
            name = str(getattr(asset, "filename", asset) or "")
            body = str((getattr(asset, "attributes", {}) or {}).get("body", ""))
            if "sphinx-thebe" in name or "THEBE_JS_URL" in body:
                continue    # thebe is not used (Binder is), and its config is declared twice
            attrs = getattr(asset, "attributes", {}) or {}
            if (attrs.get("type") == "application/vnd.jupyter.widget-state+json"
                    and not app.config.nb_ipywidgets_js):
                continue    # widget state without widget scripts: dead weight
            if _asset_key(asset) in seen:
                continue
            seen.add(_asset_key(asset))
            if _EXTERNAL.match(name):
                logger.warning(f"page loads {name} from another host: the site must work "
                               "offline", location=pagename)
            kept.append(asset)
        context[key] = kept
    body = context.get("body")
    if body and "nvstmt:" in body:
        context["body"] = body = _STMT.sub(lambda m: _statement_href(app, pagename, m.group(1)),
                                           body)
    if body and "nvannotated:" in body:
        context["body"] = body = _ANN.sub(
            lambda m: _statement_href(app, pagename, m.group(1) + "/", anchor_row=False), body)
    if body and "nvclaim:" in body:
        context["body"] = _REF.sub(lambda m: _resolve(app, pagename, m.group(1), m.group(2)),
                                   body)


# --- figures ------------------------------------------------------------------------------------

class FigureRenderer:
    """myst-nb mime renderer: a figure of :mod:`nvlib.figures` with alt text and downloads.

    Registered under the entry point group ``myst_nb.mime_renderers`` (``pyproject.toml``). It
    takes only ``image/png`` outputs whose metadata carries ``nvlib_figure`` (set by
    :func:`nvlib.figures.make`), renders the image as myst-nb does, sets its alt text (unless the
    chapter gave one) and adds links to ``figures/<id>.png`` and ``.pdf`` of the HTML output.
    """

    mime_priority_overrides = ()

    @staticmethod
    def handle_mime(renderer, data, inline: bool):
        if data.mime_type != "image/png":
            return None
        meta = (data.output_metadata or {}).get("image/png") or {}
        fig_id = meta.get("nvlib_figure")
        if not fig_id:
            return None
        out = renderer.render_image(data)
        from nvlib import figures

        for node in out:
            if isinstance(node, nodes.image):
                if not node.get("alt"):
                    node["alt"] = meta.get("alt") or fig_id
                if meta.get("font_pt"):
                    node["classes"].append(f"nv-font-{round(100 * meta['font_pt'])}")
        env = getattr(renderer.renderer, "sphinx_env", None)
        if inline or env is None or env.app.builder.format != "html":
            return out
        app = env.app
        folder = Path(app.outdir) / FIGURE_SUBDIR
        missing = [f for f in figures.DOWNLOAD_FORMATS
                   if not (folder / f"{fig_id}.{f}").exists()]
        if missing:      # notebook came from the cache after _build/html was removed
            import matplotlib
            matplotlib.use("Agg")
            import matplotlib.pyplot as plt

            fig = figures.make(fig_id)
            figures.write_downloads(fig, fig_id, folder)
            plt.close(fig)
        page = app.builder.get_target_uri(env.docname)
        para = nodes.paragraph(classes=["nv-figure-downloads"])
        para += nodes.Text("Download: ")
        for i, fmt in enumerate(figures.DOWNLOAD_FORMATS):
            if i:
                para += nodes.Text(" · ")
            uri = relative_uri(page, f"{FIGURE_SUBDIR}/{fig_id}.{fmt}")
            para += nodes.reference("", fmt.upper(), refuri=uri, classes=["nv-download"])
        return out + [para]


class WidgetRenderer:
    """myst-nb mime renderer: a live widget on the static site becomes a short note.

    Without widget scripts (``nb_ipywidgets_js: {}``: they would come from a CDN) a widget
    cannot run on the website; instead of an empty box the page says where it runs (Binder,
    Jupyter). The chapter shows its pre-rendered fallback beside it.
    """

    mime_priority_overrides = ()

    @staticmethod
    def handle_mime(renderer, data, inline: bool):
        if data.mime_type != "application/vnd.jupyter.widget-view+json":
            return None
        env = getattr(renderer.renderer, "sphinx_env", None)
        if env is None or env.app.builder.format != "html" or env.config.nb_ipywidgets_js:
            return None
        note = nodes.paragraph(classes=["nv-widget-note"])
        note += nodes.emphasis(text="Live widget: it runs on Binder (the launch button at the top "
                                    "of this page) or in Jupyter; the static site shows the "
                                    "pre-computed states instead.")
        return [note]


def setup(app):
    app.setup_extension("sphinx.ext.mathjax")
    app.setup_extension("sphinx-mathjax-offline")   # _static/mathjax, mathjax_path
    app.connect("config-inited", _config_inited)
    app.connect("builder-inited", _builder_inited)
    app.connect("doctree-read", _doctree_read)
    app.connect("build-finished", _build_finished)
    app.connect("env-purge-doc", _purge_doc)
    app.connect("env-merge-info", _merge_info)
    app.connect("html-page-context", _page_context, priority=900)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True,
            "env_version": 1}
