PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench accuracy clean compiled

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/timeline-app

# one worker per core (pytest-xdist); a file's tests stay together in one worker. `make test PYTEST_ARGS=-n0` runs
# them in this process (one core), e.g. to read a test's print-out; PYTEST_ARGS adds or overrides any option
PYTEST_ARGS ?=
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto --dist loadfile $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/accuracy.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/timeline_scale.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/startup.py

# the clause finder compiled by Cython for the window's pool (optional: timeline_app/core/compiled.py)
# and the tagger's modules for every process (optional: timeline_app/temporal/accel.py); again after
# every change of core/headlines.py or of those modules, else the changed module's source serves
compiled: $(STAMP)
	$(BIN)/python -m pip install --quiet 'cython>=3.0'
	$(BIN)/python -m timeline_app.core.compiled build
	$(BIN)/python -m timeline_app.core.compiled status

accuracy: $(STAMP)
	$(BIN)/python benchmarks/accuracy.py

clean:
	rm -rf $(VENV) build *.egg-info
