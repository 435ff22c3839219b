"""Every page of the built site as a reader meets it: headless Chromium, network cut, 1280 px.

For every HTML page of ``_build/html`` (however many the parts add): no JavaScript error, no
failed or 4xx/5xx request, no request leaving 127.0.0.1, no broken image, no TeX left
unrendered, no table wider than the text column, no book figure or table number (Sphinx's
"Fig. 12") shown beside a paper's figure number ("Reproduces Fig. 1 of …"); a full-page
screenshot goes to
``_build/screenshots/``. Then the pages with their own promises: the scorecard (rows fit at
1280 px, verdicts visible as words, details one click away), the discrepancies (every entry links
to the chapter row that explains it) and the figures (alt text, PNG and PDF downloads).
"""

from __future__ import annotations

import re
import warnings
from urllib.parse import urljoin, urlparse

import pytest

from conftest import HTML, site_pages

VIEWPORT = {"width": 1280, "height": 900}
PAGES = site_pages()

_RAW_TEX_JS = r"""
() => {
  const bad = [];
  document.querySelectorAll('span.math, div.math').forEach(el => {
    if (!el.querySelector('mjx-container')) bad.push('untypeset: ' + el.textContent.trim().slice(0, 80));
  });
  const skip = new Set(['SCRIPT', 'STYLE', 'PRE', 'CODE', 'KBD', 'SAMP', 'TEXTAREA', 'NOSCRIPT',
                        'MJX-CONTAINER', 'MATH', 'svg']);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode(n) {
      for (let p = n.parentElement; p; p = p.parentElement) {
        // code: tags, highlighted blocks and API signatures (a Python value is not TeX)
        if (skip.has(p.tagName) || p.classList.contains('highlight') || p.classList.contains('sig')
            || p.classList.contains('pre')) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    }
  });
  const tex = /\$|\\[a-zA-Z]{2,}|\\[()\[\]{}]/;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (tex.test(n.textContent)) bad.push('raw text: ' + n.textContent.trim().slice(0, 120));
  }
  return bad;
}
"""

_BROKEN_IMAGES_JS = """
async () => {
  const imgs = Array.from(document.images);
  imgs.forEach(i => { i.loading = 'eager'; });
  const res = await Promise.all(imgs.map(i => i.decode().then(() => null, () => i.src)));
  return res.concat(imgs.filter(i => i.complete && i.naturalWidth === 0).map(i => i.src))
            .filter(x => x);
}
"""

_WIDE_TABLES_JS = """
() => {
  const bad = [];
  if (document.documentElement.scrollWidth > window.innerWidth + 1)
    bad.push('page scrolls horizontally: ' + document.documentElement.scrollWidth + ' px');
  document.querySelectorAll('article table, article .nv-claims').forEach(t => {
    for (let p = t; p && p !== document.body; p = p.parentElement) {
      const ox = getComputedStyle(p).overflowX;
      if ((ox === 'auto' || ox === 'scroll') && p.scrollWidth > p.clientWidth + 1) {
        bad.push('table scrolls: ' + (t.textContent || '').trim().slice(0, 60));
        break;
      }
    }
  });
  const article = document.querySelector('article');
  if (article) {
    const box = article.getBoundingClientRect();
    const side = document.querySelector('.bd-sidebar-secondary');
    const sideBox = side && side.offsetParent !== null ? side.getBoundingClientRect() : null;
    article.querySelectorAll('img').forEach(i => {
      const r = i.getBoundingClientRect();
      if (r.width === 0) return;
      // wider than the article, or reaching under the page's table of contents (sticky)
      if (r.right > box.right + 1 || (sideBox && sideBox.width > 0 && r.right > sideBox.left + 1))
        bad.push('image beyond the text column: ' + (i.alt || i.src).slice(0, 60));
    });
  }
  return bad;
}
"""


# A caption whose visible Sphinx number ("Fig. 12", "Table 3") stands next to a paper's own
# figure or table number ("Reproduces Fig. 1 of …", "supplement Fig. 13", "Table II"): the reader
# sees two numbering schemes at once. Show paper figures with a **Figure.** paragraph, or an
# unnumbered caption, the way Part I does.
_NUMBER_COLLISIONS_JS = r"""
() => {
  const bad = [];
  const shown = el => {
    if (!el || el.getClientRects().length === 0) return false;
    const cs = getComputedStyle(el);
    return cs.display !== 'none' && cs.visibility !== 'hidden' && el.textContent.trim() !== '';
  };
  const paper = /\b(?:fig(?:ure)?s?\.?|tables?)\s*(?:\d+|[IVX]+\b)|\bsupplement/i;
  document.querySelectorAll('figcaption, caption, .caption').forEach(c => {
    c.querySelectorAll('.caption-number').forEach(num => {
      if (!shown(num)) return;
      let text = c.textContent.replace(num.textContent, ' ');
      c.querySelectorAll('.headerlink').forEach(h => { text = text.replace(h.textContent, ' '); });
      if (paper.test(text))
        bad.push((num.textContent.trim() + ' ' + text.trim()).replace(/\s+/g, ' ').slice(0, 100));
    });
  });
  return bad;
}
"""


class PageReport:
    """What the browser saw while one page loaded."""

    def __init__(self, page, base: str):
        self.base = base
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.failed: list[str] = []
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        page.on("console", lambda m: m.type == "error" and self.errors.append(
            f"console: {m.text}"))
        page.on("request", self._request)
        page.on("requestfailed", lambda r: self.failed.append(f"{r.url} ({r.failure})"))
        page.on("response", lambda r: r.status >= 400 and self.failed.append(
            f"{r.url} (HTTP {r.status})"))

    def _request(self, req):
        url = req.url
        if url.startswith(("data:", "blob:", "about:")):
            return
        if urlparse(url).hostname != "127.0.0.1":
            self.foreign.append(url)


def _redirect(path: str):
    """The ``url=`` match of a page that only redirects (``<meta http-equiv="refresh">``)."""
    return re.search(r'http-equiv="refresh"[^>]*url=([^"]+)"',
                     (HTML / path).read_text(errors="replace"), re.I)


def open_page(browser, server, path: str):
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    report = PageReport(page, server)
    page.goto(urljoin(server, path), wait_until="load")
    redirect = _redirect(path)
    if redirect:        # index.html sends the reader to the first chapter
        page.wait_for_url(urljoin(urljoin(server, path), redirect.group(1)), timeout=10000)
        page.wait_for_load_state("load")
    page.evaluate("""async () => {
        if (window.MathJax && MathJax.startup && MathJax.startup.promise)
            await MathJax.startup.promise; }""")
    return context, page, report


def test_site_has_pages():
    assert "index.html" in PAGES and any(p.startswith("book/") for p in PAGES), PAGES


@pytest.mark.parametrize("path", PAGES)
def test_page_as_a_reader_meets_it(browser, server, screenshots, path):
    context, page, report = open_page(browser, server, path)
    try:
        broken = page.evaluate(_BROKEN_IMAGES_JS)
        raw_tex = page.evaluate(_RAW_TEX_JS)
        wide = page.evaluate(_WIDE_TABLES_JS)
        collisions = page.evaluate(_NUMBER_COLLISIONS_JS)
        scripts = page.evaluate("""() => Array.from(document.scripts).map(
            s => s.src || s.textContent.trim()).filter(x => x)""")
        twice = sorted({x[:80] for x in scripts if scripts.count(x) > 1})
        page.wait_for_timeout(100)      # late errors of async scripts
        page.screenshot(path=str(screenshots / (path.replace("/", "__")[:-5] + ".png")),
                        full_page=True)
    finally:
        context.close()
    problems = {"JavaScript errors": report.errors, "requests leaving 127.0.0.1": report.foreign,
                "failed requests": report.failed, "broken images": broken,
                "raw TeX": raw_tex, "too wide at 1280 px": wide,
                "scripts included twice": twice,
                "book figure number beside the paper's": collisions}
    problems = {k: v for k, v in problems.items() if v}
    assert not problems, f"{path}: {problems}"


def _page(name: str) -> str:
    hits = [p for p in PAGES if p.endswith(f"/{name}.html") or p == f"{name}.html"]
    assert hits, f"no {name}.html in the built site"
    return hits[0]


def test_scorecard_rows_fit_and_open(browser, server):
    from nvlib.claims import registry

    context, page, report = open_page(browser, server, _page("scorecard"))
    try:
        rows = page.locator("details.nv-claim")
        assert rows.count() == len(registry()), "one row per registered claim"
        width = page.evaluate("window.innerWidth")
        cells = page.evaluate("""() => Array.from(document.querySelectorAll(
              'details.nv-claim > summary > span')).map(s => {
                 const r = s.getBoundingClientRect();
                 return [s.className, r.left, r.right, r.width, s.textContent.trim()]; })""")
        for cls, left, right, w, text in cells:
            assert 0 <= left and right <= width and w > 0, (cls, left, right, text)
        verdicts = page.locator("details.nv-claim .nv-verdict").all_inner_texts()
        assert len(verdicts) == len(registry())
        assert all(re.search(r"reproduced|discrepancy|not reproducible", v) for v in verdicts)
        colours = set(page.evaluate("""() => Array.from(document.querySelectorAll(
              'details.nv-claim .nv-verdict')).map(v => getComputedStyle(v).backgroundColor)"""))
        assert len(colours) == len({c.verdict for c in registry()}), colours
        # details one click away
        first = rows.first
        assert not first.locator("dl").is_visible()
        first.locator("summary").click()
        assert first.locator("dl").is_visible()
        assert "tolerance" in first.locator("dl").inner_text()
        assert page.locator(".nv-counts").count() >= 1   # each paper opens with its counts
    finally:
        context.close()
    assert not report.errors


def test_discrepancies_link_to_their_chapter_rows(browser, server):
    from nvlib.claims import registry

    expected = [c for c in registry() if c.verdict != "reproduced"]
    path = _page("discrepancies")
    context, page, report = open_page(browser, server, path)
    try:
        entries = page.locator(".nv-discrepancy")
        assert entries.count() == len(expected)
        assert "nvclaim:" not in page.content()
        links = page.evaluate("""() => Array.from(document.querySelectorAll(
              '.nv-discrepancy .nv-disc-links a')).map(a => a.getAttribute('href'))""")
        assert len(links) == 2 * len(expected)
        targets: dict[str, set[str]] = {}
        for href in links:
            url = urljoin(urljoin(server, path), href)
            doc, _, frag = url.partition("#")
            assert frag, href
            targets.setdefault(doc, set()).add(frag)
        chapter_docs = [d for d in targets if not d.endswith("scorecard.html")]
        assert chapter_docs, "no discrepancy links to a chapter"
        for doc, frags in targets.items():
            page.goto(doc, wait_until="domcontentloaded")
            for frag in frags:
                assert page.locator(f"[id='{frag}']").count() == 1, (doc, frag)
    finally:
        context.close()


def test_figures_have_alt_text_and_downloads(browser, server):
    from nvlib import figures

    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    shown: set[str] = set()
    small: list[str] = []
    try:
        for path in PAGES:
            if _redirect(path):
                continue
            page.goto(urljoin(server, path), wait_until="load")
            for fig in page.locator("figure:has(.nv-figure-downloads)").all():
                img = fig.locator("img").first
                alt = img.get_attribute("alt") or ""
                assert len(alt) > 20, (path, alt)
                # the smallest font as displayed: its size on the figure x the display scale
                cls, natural, shown_px = img.evaluate(
                    "i => [i.className, i.naturalWidth, i.getBoundingClientRect().width]")
                font = re.search(r"nv-font-(\d+)", cls)
                assert font and natural > 0, (path, cls)
                pt = int(font.group(1)) / 100 * min(1.0, shown_px / natural)
                if pt < figures.FONT_FLOOR_PT:
                    small.append(f"{path}: {alt[:50]}… {pt:.1f} pt")
                elif pt < figures.FONT_AIM_PT:
                    warnings.warn(f"small fonts ({pt:.1f} pt at 1280 px) in {path}: "
                                  f"{alt[:60]}…")
                hrefs = fig.locator("a.nv-download").evaluate_all(
                    "as => as.map(a => a.href)")
                assert sorted(h.rsplit(".", 1)[1] for h in hrefs) == ["pdf", "png"], hrefs
                for href in hrefs:
                    resp = page.request.get(href)
                    assert resp.ok, href
                    magic = resp.body()[:4]
                    assert magic in (b"\x89PNG", b"%PDF"), (href, magic)
                    shown.add(href.split("/figures/", 1)[1].rsplit(".", 1)[0])
    finally:
        context.close()
    assert not small, f"fonts below {figures.FONT_FLOOR_PT} pt at 1280 px: {small}"
    paper_figures = {f.id for f in figures.figures() if f.reproduces}
    missing = paper_figures - shown
    assert not missing, f"paper figures without downloads on any page: {sorted(missing)}"


def _repository() -> tuple[str, str]:
    import yaml

    cfg = yaml.safe_load((HTML.parents[1] / "_config.yml").read_text())
    return cfg["repository"]["url"].rstrip("/"), cfg["repository"].get("branch", "main")


def test_every_chapter_has_a_binder_launch_button():
    """Every page that is a notebook (a MyST chapter with a kernelspec) links to Binder, at the
    repository and branch named once in _config.yml, opening that chapter."""
    url, branch = _repository()
    org_repo = urlparse(url).path.strip("/")
    sources = {p: HTML.parents[1] / p.replace(".html", ".md") for p in PAGES
               if p.startswith("book/")}
    stale = [p for p, src in sources.items() if not src.exists()]
    assert not stale, f"pages without a source (stale site: make clean book): {stale}"
    chapters = [p for p, src in sources.items() if "kernelspec:" in src.read_text()]
    assert chapters
    for path in chapters:
        html = (HTML / path).read_text()
        want = (f"https://mybinder.org/v2/gh/{org_repo}/{branch}?urlpath=lab/tree/"
                + path.replace(".html", ".md"))
        assert want in html, f"{path}: no Binder launch button to {want}"


def test_downloadable_figures_use_colour_blind_safe_maps(site_root):
    """Every figure offered for download (its sidecar JSON, written when it was drawn) uses only
    colour maps safe for the common colour-vision deficiencies, and has alt text."""
    import json

    from nvlib import figures

    sidecars = sorted((site_root / "figures").rglob("*.json"))
    assert sidecars, "no figure downloads in the built site"
    for side in sidecars:
        meta = json.loads(side.read_text())
        unsafe = set(meta["cmaps"]) - figures.COLOUR_BLIND_SAFE_CMAPS
        assert not unsafe, f"{meta['nvlib_figure']}: colour maps {sorted(unsafe)}"
        assert meta["alt"] and sorted(meta["files"]) == sorted(
            f"{side.stem}.{f}" for f in figures.DOWNLOAD_FORMATS)


def _toc_parts() -> dict[str, list[str]]:
    """Each part of _toc.yml that has chapters under it: its index page -> its chapter pages."""
    import yaml

    toc = yaml.safe_load((HTML.parents[1] / "_toc.yml").read_text())
    parts = {}
    for group in toc.get("parts", []):
        for entry in group.get("chapters", []):
            if entry.get("sections"):
                parts[entry["file"] + ".html"] = [s["file"] + ".html" for s in entry["sections"]]
    return parts


def test_sidebar_shows_each_part_once_with_its_chapters(browser, server):
    """Each part is ONE entry of the left sidebar (its index page), with its chapters listed
    and visible under it on the landing page, and no caption repeating the part's title."""
    parts = _toc_parts()
    assert parts, "no part with chapters in _toc.yml"
    context, page, report = open_page(browser, server, "index.html")
    try:
        nav = page.evaluate("""() => {
            const nav = document.querySelector('nav.bd-docs-nav');
            const abs = a => new URL(a.getAttribute('href'), location.href).pathname;
            return {
              links: Array.from(nav.querySelectorAll('a.reference.internal')).map(a =>
                  [abs(a), a.textContent.trim(), a.getClientRects().length > 0]),
              captions: Array.from(nav.querySelectorAll('p.caption')).map(c =>
                  c.textContent.trim())}; }""")
    finally:
        context.close()
    for index, chapters in parts.items():
        entries = [(t, vis) for href, t, vis in nav["links"] if href.endswith("/" + index)]
        assert len(entries) == 1, f"{index}: {len(entries)} sidebar entries"
        title, visible = entries[0]
        assert visible, f"{index} is not visible in the sidebar"
        assert not any(title.split(":")[0] in c for c in nav["captions"]), \
            f"a sidebar caption repeats the part {title!r}: {nav['captions']}"
        for ch in chapters:
            shown = [vis for href, _, vis in nav["links"] if href.endswith("/" + ch)]
            assert shown == [True], f"{ch} (under {index}): shown {shown} in the sidebar"


def test_landing_page_links_the_repository_and_shows_its_clone_command(browser, server):
    """The repository button goes to repository.url of _config.yml, and "Running it" clones it."""
    url, branch = _repository()
    context, page, report = open_page(browser, server, _page("intro"))
    try:
        hrefs = page.evaluate("""() => Array.from(document.querySelectorAll(
            '.article-header-buttons a')).map(a => a.href.replace(/\\/$/, ''))""")
        text = page.locator("article").inner_text()
    finally:
        context.close()
    assert url in hrefs, f"no repository button to {url}: {hrefs}"
    assert f"git clone --branch {branch} {url}.git" in text
    assert not report.errors
