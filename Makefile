# Thin wrappers over pip, JupyterLab, pytest and nbgrader; the README says when to use each.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
ASSIGNMENTS := $(sort $(notdir $(wildcard solutions/*)))
SUBMITTED   := $(sort $(notdir $(wildcard submitted/*/*)))

# nbgrader shells out to `alembic`, so the venv's bin/ comes first on PATH in every recipe;
# TensorFlow prints its start-up log into every notebook that imports it unless both are set first.
export PATH := $(abspath $(BIN)):$(PATH)
export TF_CPP_MIN_LOG_LEVEL := 1
export TF_ENABLE_ONEDNN_OPTS := 0

.PHONY: install sandbox postgres browser lab doctor test release grade clean

install: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt requirements-nodeps.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 or newer is needed: run 'make PYTHON=python3.11 ...'"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt -e .
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements-nodeps.txt
	touch $@

sandbox:  ## bubblewrap: autograding runs every submission in a sandbox (grading/sandbox.py)
	@command -v bwrap >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && apt-get update -qq && apt-get install -y -qq bubblewrap >/dev/null; } || { echo "Autograding needs bubblewrap: install it (Debian/Ubuntu: sudo apt-get install bubblewrap) and run make again."; exit 1; }

postgres:  ## PostgreSQL server binaries, for the test of a gradebook that takes concurrent writers
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && apt-get update -qq && apt-get install -y -qq postgresql >/dev/null; } || { echo "The test suite needs PostgreSQL's server: install it (Debian/Ubuntu: sudo apt-get install postgresql) and run make again."; exit 1; }

browser:  ## Chromium, for the browser tests of the student's and instructor's journeys (tests/test_browser.py)
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && apt-get update -qq && apt-get install -y -qq chromium >/dev/null; } || { echo "The browser tests need Chromium: install it (Debian/Ubuntu: sudo apt-get install chromium) and run make again."; exit 1; }

lab: install  ## open the course in JupyterLab with nbgrader's student tools
	mkdir -p .exchange && jupyter lab --ServerApp.root_dir=$(CURDIR) $$([ "$$(id -u)" = 0 ] && echo --allow-root)

doctor: install  ## check Python, the frameworks, JupyterLab's nbgrader tools and the data: OK or FAIL with what to do
	python -m helpers.doctor

test: install sandbox postgres browser  ## the whole suite: helpers, release sync and leaks, notebooks, grading, Binder
	pytest -n auto --dist loadscope

release: install  ## regenerate notebooks/ from solutions/ with nbgrader
	for a in $(ASSIGNMENTS); do nbgrader generate_assignment "$$a" --force || exit 1; done

grade: release sandbox  ## autograde submitted/<student>/<assignment>/ on every core, write feedback/ and grades.csv
	@test -n "$(SUBMITTED)" || { echo "No submissions: put them in submitted/<student>/<assignment>/<assignment>.ipynb"; exit 1; }
	status=0; for a in $(SUBMITTED); do python -m grading.parallel "$$a" || status=1; nbgrader generate_feedback "$$a" || status=1; done; \
	nbgrader export && cat grades.csv; \
	[ $$status = 0 ] || { echo "Some submissions could not be graded (they score 0): see the errors above."; exit 1; }

clean:  ## remove grading output (never solutions/, notebooks/ or submitted/)
	rm -rf autograded feedback grades.csv .nbgrader.log
