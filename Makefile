# claimgraph: `make demo` analyzes the bundled examples; `make test` runs lint and tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
export CLAIMGRAPH_DATA ?= $(abspath ../shared/data)

.PHONY: demo test lint install dev models bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.dev: $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

dev: $(VENV)/.dev

demo: $(VENV)/.installed
	$(BIN)/claimgraph analyze examples/

lint: $(VENV)/.dev
	$(BIN)/ruff check .

test: lint
	$(BIN)/pytest

models: $(VENV)/.dev
	$(MAKE) -C train models PYTHON=$(abspath $(BIN)/python)

bench: $(VENV)/.dev
	$(BIN)/python bench/bench_attribution.py

eval: $(VENV)/.installed
	$(BIN)/claimgraph eval attribution --gold $(CLAIMGRAPH_DATA)/nl-attribution/dev.jsonl
	$(BIN)/claimgraph eval attribution --gold $(CLAIMGRAPH_DATA)/en-attribution/dev.jsonl

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
