# Quick start: `make run` and `make test`. Both set everything up first when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.setup-stamp

EVAL_VENV := .venv-eval
EVAL_STAMP := $(EVAL_VENV)/.setup-stamp

.PHONY: setup run test lint bench schema clean eval-quotes fit

setup: $(STAMP)

# Reinstalls only when the project's dependencies change.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "eventfacts needs Python 3.11 or newer"; exit 1; }
	@echo "setting up $(VENV) (once, or when pyproject.toml changes)" >&2
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,dask]' >&2
	@touch $(STAMP)

# stdout carries only the record, so `make run | jq` works.
run: setup
	@$(BIN)/eventfacts extract data/samples

test: setup
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check src tests scripts eval
	$(BIN)/ruff format --check src tests scripts eval
	$(BIN)/mypy

# Ratios against bare spaCy, --jobs 2 against 1, merge share and growth, memory, start-up;
# writes docs/performance.md. ARTICLES and LARGE set the corpus sizes.
ARTICLES ?= 1000
LARGE ?= 5000
# `merge --split` on generated feeds of these many articles (scripts/bench_split.py).
SPLIT_SIZES ?= 10000,20000
bench: setup
	$(BIN)/python scripts/bench.py --articles $(ARTICLES) --large $(LARGE) --write docs/performance.md
	$(BIN)/python scripts/bench_split.py --sizes $(SPLIT_SIZES) --write docs/performance.md

# Quote attribution against textacy, which is installed only in $(EVAL_VENV). Writes docs/accuracy.md.
# POLNEAR=DIR adds real political news with gold attributions (kept outside the repository).
eval-quotes: $(EVAL_STAMP)
	$(EVAL_VENV)/bin/python eval/eval_quotes.py --write docs/accuracy.md $(if $(POLNEAR),--polnear $(POLNEAR))

$(EVAL_STAMP): pyproject.toml
	@echo "setting up $(EVAL_VENV) with textacy (once)" >&2
	@test -x $(EVAL_VENV)/bin/python || $(PYTHON) -m venv $(EVAL_VENV)
	@$(EVAL_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e . textacy==0.13.0 >&2
	@touch $(EVAL_STAMP)

# Fits the record's decisions (the event's day, its town, its toll; splitting's evidence) on gva-dev
# and ecb-dev, and the type check of people and organization entries on the hand-judged entity lists
# (eval/entity_judgments.json), the dev sets read from SHARED_EVAL, never copied; prints each one's
# figures fitted and held out by incident, event or record beside the values in use, and writes
# src/eventfacts/reconcile/weights.json. The first run extracts every dev article (~10 minutes on
# 2 cores; cached under /tmp), a refit after a change to reconcile/ takes a few minutes.
SHARED_EVAL ?= ../shared/eval
fit: setup
	$(BIN)/python eval/fit.py $(SHARED_EVAL) --write
	$(BIN)/python eval/fit_place.py $(SHARED_EVAL) --write
	$(BIN)/python eval/fit_toll.py $(SHARED_EVAL) --write
	$(BIN)/python eval/fit_split.py $(SHARED_EVAL) --write
	$(BIN)/python eval/fit_types.py $(SHARED_EVAL) --write

# Regenerates docs/schema.json after a change to eventfacts.records.
schema: setup
	$(BIN)/eventfacts schema > docs/schema.json

clean:
	rm -rf $(VENV) $(EVAL_VENV) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
