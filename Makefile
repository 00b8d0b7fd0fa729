# promissory — set-up, demo and checks. Every install step lives here (CI runs on a clean clone).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test check fmt lint typecheck unit bench clean venv sysdeps serve openapi test-corpus

## Debian libraries WeasyPrint needs for PDF output (Pango and a font), and Chromium for the web app's
## browser tests (tests/web, driven by Playwright); installed only when missing.
SYSDEPS := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 fonts-dejavu-core chromium
sysdeps:
	@missing=""; for p in $(SYSDEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if ! command -v apt-get >/dev/null 2>&1; then echo "PDF output needs:$$missing (install them)"; \
	  else SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; fi; \
	fi

$(STAMP): pyproject.toml | sysdeps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

## One command: set up and run the demo on a fresh embedded SQLite book.
demo: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" bash examples/demo.sh

## One command: set up and pass every check (formatter, linter, types, layers, tests).
test: check unit

check: $(STAMP)
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy src
	$(BIN)/lint-imports

## Under CI=true, Hypothesis runs derandomized (the `ci` profile of tests/conftest.py): reproducible.
HYPOTHESIS_PROFILE ?= $(if $(filter true,$(CI)),ci,dev)
## The suite runs on every core (pytest-xdist), a test file's tests on one worker in their order (the
## browser tests share a site and its screenshots show what earlier ones wrote); WORKERS=0: one process.
WORKERS ?= auto
unit: $(STAMP)
	@# bytecode for the suite's subprocesses (the example scripts run some forty commands), also
	@# where PYTHONDONTWRITEBYTECODE is set and Python would otherwise compile every module each time
	$(BIN)/python -m compileall -q src > /dev/null
	$(BIN)/pytest -n $(WORKERS) --dist loadfile --hypothesis-profile=$(HYPOTHESIS_PROFILE)

## Every corpus note's draft, and every corpus label file read alike by rtoml and tomllib (make test
## checks every fifth; tests/extract/test_corpus.py, tests/codec/test_stored_terms.py).
test-corpus: $(STAMP)
	PROMISSORY_CORPUS=all $(BIN)/pytest -n $(WORKERS) --dist loadfile tests/extract/test_corpus.py tests/extract/test_corpus_drafts.py tests/codec/test_stored_terms.py

fmt: $(STAMP)
	$(BIN)/ruff format src tests bench scripts
	$(BIN)/ruff check --fix src tests bench scripts

## The web app (http://127.0.0.1:8000/, docs/web.md) and the HTTP API (/api, docs/api.md): the demo
## book (make demo) with a user of each role, printing the address; BOOK=URL serves another book.
serve: $(STAMP)
ifdef BOOK
	$(BIN)/promissory serve --book $(BOOK)
else
	PATH="$(CURDIR)/$(BIN):$$PATH" bash examples/demo.sh
	PATH="$(CURDIR)/$(BIN):$$PATH" bash examples/serve.sh
endif

## Regenerate docs/openapi.json after changing an endpoint (tests/api/test_openapi.py checks it).
openapi: $(STAMP)
	PYTHONPATH=src $(BIN)/python scripts/openapi.py

bench: $(STAMP)
	$(BIN)/python bench/replay.py
	$(BIN)/python bench/cli_start.py
	$(BIN)/python bench/extract.py

clean:
	rm -rf $(VENV) build *.egg-info promissory.db
