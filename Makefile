# The README's two commands: `make book` (build the site into _build/html, executing every
# chapter) and `make test` (every test: unit and physics tests, the claims, the strict site
# build and nbval on every chapter). Both create their own virtualenv from requirements.txt.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# The strict gate: warnings (including a failing cell) are errors.
BOOK_FLAGS := --all -W -n --keep-going
CHAPTERS   := $(shell find book -name '*.md' -not -path '*/.ipynb_checkpoints/*' | sort)
NBVAL_DIR  := _build/nbval

.PHONY: book test setup clean clear-cache-if-stale notebooks figures claims bench browser binder-check binder-browser

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install -r requirements.txt
	$(BIN)/python -m pip install --no-deps -e .
	touch $@

# jupyter-cache keys on cell sources only: clear it when nvlib or the pins change.
clear-cache-if-stale: setup
	@mkdir -p _build
	@h=$$(cat requirements.txt $$(find nvlib -name '*.py' | sort) | sha256sum | cut -c1-16); \
	if [ "$$(cat _build/.nvlib-hash 2>/dev/null)" != "$$h" ]; then \
	  echo "nvlib or pins changed: clearing the execution cache and the old site"; \
	  rm -rf _build/.jupyter_cache _build/html; echo $$h > _build/.nvlib-hash; fi

book: clear-cache-if-stale
	$(BIN)/jupyter-book build $(BOOK_FLAGS) .

notebooks: setup
	rm -rf $(NBVAL_DIR) && mkdir -p $(NBVAL_DIR)
	for f in $(CHAPTERS); do \
	  out=$(NBVAL_DIR)/$$(echo $${f#book/} | sed 's|/|__|g; s|\.md$$|.ipynb|'); \
	  $(BIN)/jupytext --quiet --to ipynb -o $$out $$f || exit 1; done

# The clean strict build, then ONE pytest session: unit/physics/claims/gate tests, the browser
# test of every page of the site just built (tests/browser, headless Debian chromium) and nbval.
test: setup notebooks
	rm -rf _build/html _build/.jupyter_cache _build/.doctrees _build/jupyter_execute _build/screenshots
	$(BIN)/jupyter-book build $(BOOK_FLAGS) .
	@command -v chromium >/dev/null 2>&1 || { echo; \
	  echo "!!!!!! NO CHROMIUM: THE BROWSER TEST (tests/browser) WILL BE SKIPPED !!!!!!"; \
	  echo "!!!!!! apt-get install chromium chromium-driver   (.ci/run does this)  !!!!!!"; echo; }
	$(BIN)/python -m pytest tests $(NBVAL_DIR) --nbval-lax -p no:cacheprovider

# The browser test alone, against the site already in _build/html (make book first).
browser: setup
	$(BIN)/python -m pytest tests/browser -p no:cacheprovider

# Every chapter as on Binder: one core (taskset -c 0), peak RSS of the kernel tree and wall time
# per chapter, cold (an empty scratch NVLIB_CACHE before each chapter) and warm (after postBuild's
# warm step, timed); fails over 1.5 GB. CHAPTERS_BINDER=book/x.md to pick, BINDER_MODES=cold.
BINDER_MODES ?= cold,warm
binder-check: setup
	$(BIN)/python scripts/binder-check $(CHAPTERS_BINDER) --cold-each --modes $(BINDER_MODES) \
	  --json _build/binder-check.json

# The Binder reader's path in a real browser: a venv from .binder/requirements.txt (reused while
# the pins are unchanged), postBuild with a scratch HOME, JupyterLab on 127.0.0.1, Chromium via
# Playwright: one chapter of each part opened by its .md path, Run All, no error, explorer slider
# moves the figure, no raw MyST, a save leaves the .md byte-identical. CI runs it after `make test`.
binder-browser: setup
	$(BIN)/python scripts/binder-browser

figures: setup
	$(BIN)/python -m nvlib figures --out _build/figures --format png,pdf,svg

claims: setup
	$(BIN)/python -m nvlib claims

bench: setup
	$(BIN)/python benchmarks/run.py --json _build/bench.json --scripts

clean:
	rm -rf _build
