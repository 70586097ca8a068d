"""gunicorn's settings for the registry: `gunicorn -c python:registry.gunicorn_conf registry.wsgi`.

Chosen with `make loadtest` (50 clients over the hot pages; gunicorn, PostgreSQL and wrk on one
2-core machine; README "Serving"). A request spends longer waiting for PostgreSQL than running
Python (the name search above all), so each worker runs threads: while one waits for the database
another computes. One worker process per core gives every core a Python interpreter of its own (a
process runs one thread of Python at a time); more processes only take turns on the same cores.
Sync workers queued requests behind a slow search until wrk gave up on them (10 s); threaded ones
served two to three times as many with no errors. Each thread keeps its own database connection
(CONN_MAX_AGE), so workers x threads must stay below PostgreSQL's max_connections (100).

With the pages kept in a cache per process (registry/common/fragments.py), more processes also
mean more copies to build: 4 workers x 2 or 4 threads served 69-83 requests/s where 2 x 8 served
110-154 (README "Throughput").

GUNICORN_WORKERS and GUNICORN_THREADS override the counts on another host.
"""

import gc
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", os.cpu_count() or 1))
threads = int(os.environ.get("GUNICORN_THREADS", 8))
worker_class = "gthread"
# A request still running after this long has its worker restarted (the slowest page takes < 1 s).
timeout = 30
graceful_timeout = 30
# Workers are recycled now and then, so a slow leak in a library cannot grow for ever. Not too
# often: a new worker starts with an empty cache and builds every page again (at 5,000, each of
# the load test's two workers was replaced every half minute).
max_requests = 20000
max_requests_jitter = 2000
# Import the application once in the master: workers start fast and share its memory.
preload_app = True
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None


def pre_fork(server, worker):
    """Freeze what the master has built (the application, warmed up: registry/warm_up.py) before a
    worker is forked from it, so the workers' garbage collector never walks it again.

    A worker inherits hundreds of thousands of the master's objects (modules, URL resolvers,
    compiled templates); each full collection walked them all, with the interpreter's lock held,
    while the worker's other threads waited, and wrote to their memory pages, which then had to
    be copied from the master's. With them frozen (`gc.freeze()`, as Python's documentation
    advises before a fork), `loadtest` from a cold start had its p99 at 554-756 ms against
    894-987 ms without (2026-12-06, load 12-13). Garbage is collected first, so none is kept.
    """
    gc.collect()
    gc.freeze()
