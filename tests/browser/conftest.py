"""The built site, served on 127.0.0.1, and a headless Chromium driven by Playwright.

The site is the one ``make test`` has just built into ``_build/html`` (``make book`` builds it
too); these tests never build it themselves. Chromium is Debian's (``/usr/bin/chromium``, or
``$CHROMIUM``), never a browser downloaded by Playwright. Without Chromium or Playwright the
browser tests are skipped with a loud reason, except under CI (``CI=true``), where ``.ci/run``
installs Chromium and a missing browser is a failure.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The site under test: _build/html, or a scratch build's (its book root is HTML.parents[1]).
HTML = Path(os.environ.get("NVLIB_SITE_HTML", ROOT / "_build" / "html")).resolve()
SCREENSHOTS = HTML.parent / "screenshots"   # _build/screenshots for the real site
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync",
                  # the network is cut, as on a train: only 127.0.0.1 resolves
                  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]


def _unavailable(reason: str):
    banner = f"BROWSER TEST SKIPPED: {reason}"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{reason} (CI must run the browser test: .ci/run installs chromium)")
    print("\n" + "!" * len(banner) + "\n" + banner + "\n" + "!" * len(banner))
    pytest.skip(banner)


def site_pages() -> list[str]:
    """Every HTML page of the built site, relative to _build/html (assets excluded)."""
    if not (HTML / "index.html").exists():
        return []
    return sorted(str(p.relative_to(HTML)) for p in HTML.rglob("*.html")
                  if not any(part.startswith("_") for part in p.relative_to(HTML).parts))


@pytest.fixture(scope="session")
def site_root() -> Path:
    if not (HTML / "index.html").exists():
        pytest.fail(f"{HTML} holds no built site: run `make book` (or `make test`) first")
    return HTML


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def server(site_root):
    """Base URL of _build/html served on 127.0.0.1 (a free port)."""
    handler = functools.partial(_QuietHandler, directory=str(site_root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="session")
def browser():
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        _unavailable("no Chromium (apt-get install chromium chromium-driver)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the Python package playwright is not installed (make setup)")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
