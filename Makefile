# One task runner. `make run` and `make test` are the README's quick start.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SHARED ?= ../shared

.PHONY: install run test lint typecheck pytest corpus claims clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,dask]'
	touch $(STAMP)

install: $(STAMP)  ## make the virtual environment and install factcheck into it

run: $(STAMP)  ## the main job: compare the shipped corpus; the report is printed and kept in report.md
	$(BIN)/factcheck compare --fail-on never --output report.md
	@cat report.md

test: lint typecheck pytest  ## everything CI runs

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts bench

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -q

corpus: $(STAMP)  ## store the seed articles of ../shared/seeds in corpus/
	$(BIN)/python scripts/add_seeds.py --seeds $(SHARED)/seeds --corpus corpus

claims: $(STAMP)  ## re-extract claims/ for the corpus
	$(BIN)/factcheck extract

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
