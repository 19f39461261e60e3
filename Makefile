# The two commands a newcomer needs: `make run` and `make test`. Each sets up what it needs.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup db messages seeds lint e2e bench bench-imports loadtest backup restore clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP) messages
	mkdir -p var

messages: $(STAMP)
	$(PY) manage.py compile_catalogues

db: setup
	$(PY) manage.py migrate --no-input

seeds: db
	$(PY) manage.py import_seeds

run: seeds
	$(PY) manage.py ensure_admin
	$(PY) manage.py runserver $(HOST):$(PORT)

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

test: setup lint
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest $(PYTEST_ARGS)

e2e: setup
	$(PY) -m pytest tests/e2e $(PYTEST_ARGS)

# The page benchmark: PostgreSQL (BENCH_DATABASE_URL), gunicorn, wrk; SCALE=0.1 for a quick run.
SCALE ?= 1
bench: setup
	@command -v wrk >/dev/null || (echo "wrk is missing: apt-get install wrk" && exit 1)
	$(PY) -m benchmarks.run --scale $(SCALE)

# A realistic mix of visitors for 60 s against gunicorn (locust); the bench database is reused.
loadtest: setup
	$(PY) -m pip install --quiet -e ".[dev,load]"
	$(PY) -m benchmarks.loadtest --scale $(SCALE)

bench-imports: db
	$(PY) -m benchmarks.imports

# The database and the uploaded media, into var/backups/<date-time> (or TO=dir); restore FROM=dir.
backup: setup
	$(PY) manage.py backup $(TO)

restore: setup
	@test -n "$(FROM)" || (echo "Name the backup: make restore FROM=var/backups/<date-time>" && exit 1)
	$(PY) manage.py restore $(FROM) $(if $(REPLACE),--replace,)

clean:
	rm -rf $(VENV) var
