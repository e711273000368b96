# Two commands on a fresh machine: `make run` and `make test`. Each creates .venv when missing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck bench cassettes kind-model scorer crossval lexicon clean eval baseline

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
	$(BIN)/ruff check src tests bench scripts tools
	$(BIN)/ruff format --check src tests bench scripts tools
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
	$(BIN)/python bench/bench_startup.py
	$(BIN)/python bench/bench_eval.py
	$(BIN)/python bench/bench_history.py

# One BLAS/OpenMP thread for training: the models are small, and on a shared machine a thread
# per core made each fit several times slower (22 s instead of 3 s for one kind-model fit).
TRAIN_ENV := OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

kind-model: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(TRAIN_ENV) $(BIN)/python scripts/train_kind_model.py

# The etiquette scorer: train on eval/lint, write styles/etiquette/pushy-tone.json (scikit-learn
# is a development tool; the lint path reads the JSON with the standard library).
scorer: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(TRAIN_ENV) $(BIN)/python scripts/train_scorer.py

# Cross-validated recall and false-positive rate, rules alone and rules + scorer, per fold,
# and leave one batch out with the kind guessed by a kind model trained without the batch.
crossval: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(TRAIN_ENV) $(BIN)/python scripts/lint_crossval.py

# The writer's English lexicons (pyspellchecker, lemminflect are development tools; the run
# time reads the gzip files they write with the standard library), then the check that the
# part-of-speech file says what lemminflect says for every word it knows.
lexicon: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[lexicon]'
	$(BIN)/python scripts/build_english_words.py
	$(BIN)/python scripts/build_word_classes.py
	$(BIN)/python scripts/build_word_classes.py --check

cassettes: $(STAMP)
	bash scripts/record-cassettes.sh

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
