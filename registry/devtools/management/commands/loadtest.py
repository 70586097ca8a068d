"""A bounded load test: gunicorn on loopback, wrk with 50 clients for a fixed time and request budget.

It serves the registry with gunicorn as production does (registry/gunicorn_conf.py) on 127.0.0.1
only, logs an editor in by a session made here, and has wrk (Debian's package) request in turn the
benchmark's hot pages (the six staff pages and two API endpoints) and the intake review page of an
article it proposes. It prints requests per second, the error rate (non-2xx/3xx answers and socket
errors) and latency, then stops gunicorn and deletes the user and the proposal it made. With
`--writes-per-second` an editor's saves run beside the readers: each one changes the records' data
version, so every page asked after it is built anew (cold) once per process. Run it on
a database filled by `generate_synthetic` (`make loadtest` does both, on a throwaway PostgreSQL),
with `collectstatic` done.
"""

import math
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.auth.models import Group
from django.contrib.sessions.backends.db import SessionStore
from django.core.management import BaseCommand, CommandError
from django.db import connection

from agreements.models import Institution
from registry.devtools import benchmarking

SCRIPT = Path(__file__).resolve().parents[2] / "loadtest.lua"
RESULT = re.compile(
    r"LOADTEST requests=(\d+) seconds=([\d.]+) status_errors=(\d+) socket_errors=(\d+) "
    r"p50_ms=([\d.]+) p99_ms=([\d.]+)"
)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def cpu_seconds(pid):
    """CPU time (user + system) of process `pid` and its live children, from /proc (Linux); 0 elsewhere.

    gunicorn's CPU per request is what decides its throughput on a shared machine: latency there
    depends on what else runs, the CPU a request costs does not.
    """
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        total = 0
        for process in [str(pid), *children]:
            fields = Path(f"/proc/{process}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        return total / ticks
    except (OSError, ValueError, IndexError):
        return 0.0


def wait_for(port, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise CommandError(f"gunicorn did not listen on 127.0.0.1:{port} within {seconds} s")


class Command(BaseCommand):
    help = "Serve with gunicorn on 127.0.0.1 and load the hot pages with wrk: requests/s and error rate."

    def add_arguments(self, parser):
        parser.add_argument("--clients", type=int, default=50, help="Concurrent connections (default 50).")
        parser.add_argument("--seconds", type=int, default=30, help="At most this long (default 30).")
        parser.add_argument(
            "--requests", type=int, default=20000, help="At most this many requests (default 20000)."
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help="gunicorn worker processes (default: registry/gunicorn_conf.py's, the cores plus one).",
        )
        parser.add_argument(
            "--worker-threads",
            type=int,
            default=None,
            help="Threads per gunicorn worker (default: registry/gunicorn_conf.py's).",
        )
        parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2).")
        parser.add_argument(
            "--warm-up",
            type=int,
            default=0,
            help="Load the pages this many seconds first, unmeasured (default 0: measure from a cold "
            "start, every worker's cache empty, as after a deploy).",
        )
        parser.add_argument(
            "--writes-per-second",
            type=float,
            default=0,
            help="Save a record this many times a second while measuring, as an editor would; each "
            "save (of an institution) makes every process build anew the pages that read institutions, "
            "nearly all (default 0: read only).",
        )

    def handle(self, *args, clients, seconds, requests, workers, worker_threads, threads, warm_up, **options):
        writes_per_second = options["writes_per_second"]
        check_the_run(clients, seconds, requests, warm_up, writes_per_second)
        try:
            paths = [page.url for page in benchmarking.hot_pages()]
        except LookupError as error:
            raise CommandError(str(error)) from None
        user, cookie = self.log_in()
        proposal = benchmarking.review_proposal()
        paths.append(proposal.get_absolute_url())
        port = free_port()
        server = start_gunicorn(port, workers, worker_threads)
        try:
            wait_for(port)
            command = wrk_command(
                port, cookie, paths, clients, seconds, math.ceil(requests / threads), threads
            )
            self.stderr.write(
                f"wrk: {clients} clients, {seconds} s or {requests:,} requests, {len(paths)} pages, "
                f"gunicorn on 127.0.0.1:{port} (workers {workers or 'as configured'}, "
                f"threads {worker_threads or 'as configured'})"
                + (f", after {warm_up} s of unmeasured load" if warm_up else "")
            )
            if warm_up:
                warm = [part if part != f"-d{seconds}s" else f"-d{warm_up}s" for part in command]
                warm[-len(paths) - 1] = "0"  # no request budget: the time alone bounds it
                subprocess.run(warm, check=False, capture_output=True, timeout=warm_up + 60)
            cpu_before = cpu_seconds(server.pid)
            with EditorSaves(writes_per_second) as saves:
                # check=False: wrk's own exit status says nothing the summary line does not.
                run = subprocess.run(
                    command, check=False, capture_output=True, text=True, timeout=seconds + 60
                )
            output = run.stdout
            cpu = cpu_seconds(server.pid) - cpu_before
        finally:
            server.terminate()
            server.wait(timeout=30)
            proposal.delete()
            user.delete()
        self.report(output, clients, cpu)
        if writes_per_second:
            self.stdout.write(
                f"{saves.count:,} saves during the run ({writes_per_second:g} a second), "
                "each one making every process build anew the pages that read institutions"
            )

    def log_in(self):
        """An editor and a session for it, as a login would make (deleted at the end).

        An editor, so that one session reads the staff pages, the API and the intake review page.
        """
        user, _ = get_user_model().objects.get_or_create(
            username="loadtest-staff", defaults={"is_staff": True}
        )
        user.groups.add(Group.objects.get(name="editor"))  # reading needs a role (registry.roles)
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        return user, session.session_key

    def report(self, output, clients, cpu):
        match = RESULT.search(output)
        if match is None:
            raise CommandError(f"wrk printed no result:\n{output}")
        count, seconds, status_errors, socket_errors = (
            int(match[1]),
            float(match[2]),
            int(match[3]),
            int(match[4]),
        )
        errors = status_errors + socket_errors
        self.stdout.write(
            f"{clients} clients: {count:,} requests in {seconds:.1f} s = {count / seconds:.1f} requests/s; "
            f"errors {errors:,} ({errors / max(count, 1):.2%}: "
            f"{status_errors} non-2xx/3xx, {socket_errors} socket); "
            f"latency p50 {float(match[5]):.0f} ms, p99 {float(match[6]):.0f} ms"
        )
        if cpu and count:
            self.stdout.write(
                f"gunicorn CPU: {cpu:.1f} s, {cpu * 1000 / count:.1f} ms a request "
                f"(PostgreSQL's and wrk's not included)"
            )


class EditorSaves:
    """Saves of one record, `rate` times a second, in a thread beside the measured run.

    The record is an institution made for the run and deleted after it, so the registry's own data
    is left as it was. A save is an UPDATE like the admin's: the database triggers give the institutions
    table a new data version, so every page that read it (nearly all: lists and pages name institutions)
    is built anew by every process (registry.common.data_versions, registry.common.fragments).
    """

    TARGET_NAME = "Load test: a record being edited"

    def __init__(self, rate):
        self.rate, self.count = rate, 0
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.save_until_stopped, daemon=True)
        self.target = None

    def __enter__(self):
        if self.rate:
            # get_or_create: a run killed before its clean-up leaves the record for the next to reuse
            self.target, _ = Institution.objects.get_or_create(name=self.TARGET_NAME)
            self.thread.start()
        return self

    def __exit__(self, *exc_info):
        if self.target is not None:
            self.stopped.set()
            self.thread.join()
            self.target.delete()

    def save_until_stopped(self):
        try:
            while not self.stopped.wait(1 / self.rate):
                self.count += 1
                Institution.objects.filter(pk=self.target.pk).update(notes=f"edit {self.count}")
        finally:
            connection.close()  # this thread's own connection


def check_the_run(clients, seconds, requests, warm_up, writes_per_second=0):
    # The arguments first: a mistyped bound gets its own error whatever the machine has installed.
    if not 1 <= clients <= 1000 or not 1 <= seconds <= 600 or requests < 1 or not 0 <= warm_up <= 600:
        raise CommandError("Keep the run bounded: 1-1000 clients, 1-600 seconds, at least 1 request.")
    if not 0 <= writes_per_second <= 100:
        raise CommandError("Keep the writes bounded: 0-100 saves a second.")
    if shutil.which("wrk") is None:
        raise CommandError("wrk is not installed: apt-get install wrk")
    if settings.DEBUG:
        raise CommandError("DEBUG is on: measure with production settings (unset DJANGO_DEBUG).")


def start_gunicorn(port, workers, worker_threads):
    """gunicorn as `make serve` runs it (registry/gunicorn_conf.py), on 127.0.0.1:`port`."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--config",
            "python:registry.gunicorn_conf",
            "registry.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            *(["--workers", str(workers)] if workers else []),
            *(["--threads", str(worker_threads)] if worker_threads else []),
            "--log-level",
            "warning",
        ],
        env={**os.environ, "DJANGO_ALLOWED_HOSTS": "127.0.0.1"},
    )


def wrk_command(port, cookie, paths, clients, seconds, per_thread, threads):
    """wrk's command line: `clients` connections over `threads`, each thread asking `per_thread` times."""
    return [
        "wrk",
        f"-t{threads}",
        f"-c{clients}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "-H",
        f"Cookie: {settings.SESSION_COOKIE_NAME}={cookie}",
        "-s",
        str(SCRIPT),
        f"http://127.0.0.1:{port}",
        "--",
        str(per_thread),
        *paths,
    ]
