# Two commands on a fresh machine: `make run` and `make test`. Each creates .venv when missing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck bench cassettes clean eval baseline

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	@echo "== followup write: thank-you notes for the bundled example notes (offline writer) =="
	$(BIN)/followup write examples/notes-frontmatter.md --kind thank-you
	$(BIN)/followup write examples/notes-freetext.txt --kind thank-you
	@echo
	@echo "== followup lint: a clean draft, then one that trips rules (exit 1 is expected) =="
	$(BIN)/followup lint examples/draft-clean.txt
	-$(BIN)/followup lint examples/draft-desperate.txt

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

test: lint
	$(BIN)/pytest
	@echo "== followup eval: the offline writer on eval/cases against eval/baseline (a regression fails) =="
	FOLLOWUP_HOME=$$(mktemp -d) $(BIN)/followup eval eval/cases --baseline eval/baseline --min-pass 0

eval: $(STAMP)
	$(BIN)/followup eval eval/cases --baseline eval/baseline --min-pass 0
	$(BIN)/followup eval --lint

# Rewrite eval/baseline after a change that improves the writer (commit it with that change).
baseline: $(STAMP)
	FOLLOWUP_HOME=$$(mktemp -d) $(BIN)/followup eval eval/cases --update-baseline eval/baseline --min-pass 0

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/bench_lint.py
	$(BIN)/python bench/bench_writer.py

cassettes: $(STAMP)
	bash scripts/record-cassettes.sh

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
