# The registry's entry points. `make run` and `make test` work on a fresh clone: each makes the
# virtual environment and installs what it needs first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run serve setup seed backup restore lint package-check test test-all test-pg test-browser test-fuzz db-up db-down ci clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

## .env: this machine's settings, written once: DEBUG on and a secret key of its own, so that
## `.venv/bin/python manage.py ...` works as the README types it (registry/settings.py reads the
## file; variables in the environment win). Git-ignored; a production host has none.
LOCAL_SETTINGS ?= .env
$(LOCAL_SETTINGS):
	umask 077 && { \
		echo "# This machine's settings, read by registry/settings.py (the environment wins). Not committed."; \
		echo "DJANGO_DEBUG=1"; \
		echo "DJANGO_SECRET_KEY=$$($(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))')"; \
	} > $@.tmp && mv $@.tmp $@
	@echo "Wrote $@: DEBUG on and a generated secret key for this machine."

## run: set up, migrate, load the seed fixtures into an empty registry, serve on $(HOST):$(PORT)
run: $(STAMP) $(LOCAL_SETTINGS)
	DJANGO_DEBUG=1 $(PY) manage.py migrate --noinput
	DJANGO_DEBUG=1 $(PY) manage.py prepare_registry
	DJANGO_DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

## serve: serve as production does: gunicorn with registry/gunicorn_conf.py (threaded workers, one per
## core) on $(HOST):$(PORT). Production settings: DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS, collectstatic first.
serve: $(STAMP)
	GUNICORN_BIND=$(HOST):$(PORT) $(PY) -m gunicorn --config python:registry.gunicorn_conf registry.wsgi

## seed: rebuild fixtures/seed.json from the seed articles, in a scratch database (so only they count)
seed: $(STAMP)
	rm -f .seed-build.sqlite3
	DATABASE_URL=sqlite:///.seed-build.sqlite3 DJANGO_DEBUG=1 $(PY) manage.py migrate --noinput -v0
	DATABASE_URL=sqlite:///.seed-build.sqlite3 DJANGO_DEBUG=1 $(PY) manage.py build_fixtures fixtures/articles/*.txt -o fixtures/seed.json
	rm -f .seed-build.sqlite3

## backup: dump the whole registry (records, history, users) to backups/registry-DATE.xml.gz
## (XML: Django's JSON serializer would cut timestamps to milliseconds)
BACKUP_EXCLUDE := --exclude contenttypes --exclude auth.permission --exclude sessions --exclude axes \
	--exclude agreements.NameWord --exclude registry.DataVersion --exclude registry.RowCount
backup: $(STAMP)
	mkdir -p backups
	$(PY) manage.py dumpdata --natural-foreign --format xml $(BACKUP_EXCLUDE) -o backups/registry-$$(date +%Y%m%d-%H%M%S).xml.gz
	ls -1t backups/registry-*.xml.gz | head -1

## restore FILE=backups/...xml.gz: load a backup into an empty, migrated database
restore: $(STAMP)
	test -n "$(FILE)" || (echo "usage: make restore FILE=backups/registry-....xml.gz" >&2; exit 2)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py loaddata "$(FILE)"

## lint: ruff's checks and formatting, as CI runs them (`ruff check --fix .` and `ruff format .` fix most;
## .pre-commit-config.yaml runs the same before each commit for those who `pre-commit install`)
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

## package-check: build the wheel, install it into a fresh venv outside the checkout and run it there
## (checks, migrations, seed, pages with static files, extract_articles with the gazetteer; ~3 min)
package-check: $(STAMP)
	PYTHON=$(PYTHON) bash .ci/package-check

## test: set up and run the test suite on SQLite (even when DATABASE_URL is exported after db-up), in one
## process per core (pytest-xdist; TEST_WORKERS=0 runs it in this process). The browser tests and the
## parser's fuzz tests are stages of their own (make test-browser, make test-fuzz): each runs once in CI.
TEST_WORKERS ?= auto
test: $(STAMP)
	env -u DATABASE_URL $(PY) -m pytest -n $(TEST_WORKERS) -m "not browser and not fuzz" $(PYTEST_ARGS)

## test-all: every stage of tests CI runs on SQLite: the suite, the browser tests, the fuzz tests
test-all: test test-browser test-fuzz

clean:
	rm -rf $(VENV) .pytest_cache

## test-pg: the test suite on a throwaway PostgreSQL 15, started and deleted by .ci/with-postgres, one
## process per core too (each makes its own test database in the cluster); the browser and fuzz tests
## run once, in their own stages (make test-browser, make test-fuzz)
test-pg: $(STAMP)
	.ci/with-postgres $(PY) -m pytest -n $(TEST_WORKERS) -m "not browser and not fuzz" $(PYTEST_ARGS)

## test-browser: the browser tests (Playwright driving Debian's chromium) on SQLite, one process per core
test-browser: $(STAMP)
	env -u DATABASE_URL $(PY) -m pytest -n $(TEST_WORKERS) -m browser $(PYTEST_ARGS)

## test-fuzz: the parser's fuzz tests (hypothesis: schema-valid output for any text; no database)
test-fuzz: $(STAMP)
	env -u DATABASE_URL $(PY) -m pytest -n $(TEST_WORKERS) -m fuzz $(PYTEST_ARGS)

## db-up: start a long-lived PostgreSQL kept in .pg/ and print the DATABASE_URL to export
db-up:
	.ci/with-postgres --up .pg

## db-down: stop the PostgreSQL started by db-up (its data stays in .pg/)
db-down:
	.ci/with-postgres --down .pg

## ci: what CI runs: chromium, then the whole suite on SQLite, then on PostgreSQL
ci:
	bash .ci/run

## bench: generate synthetic data, then time the hot pages, on SQLite and on a throwaway PostgreSQL.
## BENCH_SCALE (PostgreSQL) and BENCH_SQLITE_SCALE are fractions of the full size (default 1 = 100,000
## institutions; generating it takes about 2 minutes on either database).
BENCH_SCALE ?= 1
BENCH_SQLITE_SCALE ?= 1
BENCH_ARGS ?=
BENCH_SQLITE := $(or $(TMPDIR),/tmp)/registry-bench.sqlite3
BENCH_ENV := DJANGO_DEBUG=0 DJANGO_SECRET_KEY=benchmark-only DJANGO_PLAIN_STATIC=1
.PHONY: bench
bench: $(STAMP)
	@echo "== SQLite at $(BENCH_SQLITE_SCALE) of the full size"
	rm -f $(BENCH_SQLITE)
	DATABASE_URL=sqlite:///$(BENCH_SQLITE) $(BENCH_ENV) $(PY) manage.py migrate --noinput -v0
	DATABASE_URL=sqlite:///$(BENCH_SQLITE) $(BENCH_ENV) $(PY) manage.py generate_synthetic --scale $(BENCH_SQLITE_SCALE) --seed 1
	DATABASE_URL=sqlite:///$(BENCH_SQLITE) $(BENCH_ENV) $(PY) manage.py benchmark $(BENCH_ARGS)
	rm -f $(BENCH_SQLITE)
	@echo "== PostgreSQL at $(BENCH_SCALE) of the full size"
	$(BENCH_ENV) .ci/with-postgres sh -c '$(PY) manage.py migrate --noinput -v0 \
		&& $(PY) manage.py generate_synthetic --scale $(BENCH_SCALE) --seed 1 \
		&& $(PY) manage.py benchmark --explain $(BENCH_ARGS)'

## loadtest: gunicorn (registry/gunicorn_conf.py) on 127.0.0.1 and wrk (apt-get install wrk) with LOADTEST_CLIENTS
## (50) clients for at most LOADTEST_SECONDS (30) and LOADTEST_REQUESTS (20000), over the hot pages, two API
## endpoints and the intake review page, on a throwaway PostgreSQL filled at BENCH_SCALE.
LOADTEST_CLIENTS ?= 50
LOADTEST_SECONDS ?= 30
LOADTEST_REQUESTS ?= 20000
LOADTEST_ENV := DJANGO_DEBUG=0 DJANGO_SECRET_KEY=loadtest-only DJANGO_HTTPS=0
.PHONY: loadtest
loadtest: $(STAMP)
	@command -v wrk >/dev/null || { echo "make loadtest needs wrk: apt-get install wrk"; exit 1; }
	$(LOADTEST_ENV) $(PY) manage.py collectstatic --noinput -v0
	$(LOADTEST_ENV) .ci/with-postgres sh -c '$(PY) manage.py migrate --noinput -v0 \
		&& $(PY) manage.py generate_synthetic --scale $(BENCH_SCALE) --seed 1 \
		&& $(PY) manage.py loadtest --clients $(LOADTEST_CLIENTS) --seconds $(LOADTEST_SECONDS) \
			--requests $(LOADTEST_REQUESTS)'
