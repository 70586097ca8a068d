"""Time the hot staff pages against a hand-written SQL floor, a 10,000-row CSV export and load_articles.

Run it on a database filled by `generate_synthetic` (`make bench` does both, on SQLite and on a
throwaway PostgreSQL). Everything it writes (a staff user, its session, the articles it loads) is
rolled back at the end. The results go to stdout as a table; `--explain` adds how each page's
queries read their tables.
"""

import contextlib
import datetime
import gc

from django.conf import settings
from django.core.management import BaseCommand, CommandError
from django.db import connection, transaction

from agreements.models import Agreement, Institution
from delegations.models import Delegation, Meeting
from registry.devtools import benchmarking as bench
from registry.devtools.synthetic import FULL_SIZE
from registry.warm_up import warm_up


class Rollback(Exception):
    """Raised to leave the benchmark's transaction without keeping anything."""


class Command(BaseCommand):
    help = (
        "Measure the hot staff pages (p50/p95 latency, SQL queries) beside a hand-written SQL floor, a "
        "10,000-row CSV export (time, peak memory) and load_articles throughput, on the configured database."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--requests", type=int, default=30, help="Measured requests per page (default 30)."
        )
        parser.add_argument("--warmup", type=int, default=3, help="Unmeasured requests first (default 3).")
        parser.add_argument("--export-rows", type=int, default=bench.EXPORT_ROWS)
        parser.add_argument(
            "--articles", type=int, default=1000, help="Articles for load_articles (default 1000)."
        )
        parser.add_argument(
            "--explain", action="store_true", help="Print how each page's queries read tables."
        )
        parser.add_argument(
            "--exclude",
            action="append",
            default=[],
            metavar="TEXT",
            help="Leave out the hot pages whose name contains TEXT (repeatable), e.g. --exclude search.",
        )
        parser.add_argument(
            "--only", choices=["load"], help="Measure only this: load (load_articles, --articles of them)."
        )

    def handle(self, *args, **options):
        if settings.DEBUG:
            raise CommandError("DEBUG is on: Django would keep every query in memory. Unset DJANGO_DEBUG.")
        if options["requests"] < 1 or options["warmup"] < 0:
            raise CommandError("--requests must be at least 1 and --warmup at least 0.")
        if options["only"] == "load":
            self.describe_database()
            self.load_articles(options["articles"])  # load_articles --dry-run keeps nothing itself
            return
        try:
            pages = bench.hot_pages(datetime.date.today())
        except LookupError as error:
            raise CommandError(str(error)) from None
        pages = [page for page in pages if not any(text in page.name for text in options["exclude"])]
        if not pages:
            raise CommandError("--exclude left no page to measure.")
        self.describe_database()
        try:
            with serving_process(), transaction.atomic():
                self.run(pages, options)
                raise Rollback
        except Rollback:
            pass

    def describe_database(self):
        counts = {
            model._meta.verbose_name_plural: model.objects.count()
            for model in (Institution, Agreement, Delegation, Meeting)
        }
        share = counts["institutions"] / FULL_SIZE.institutions
        vendor = connection.vendor
        self.stdout.write(
            f"database: {vendor} {connection.Database.sqlite_version if vendor == 'sqlite' else ''}"
            f"{connection.pg_version if vendor == 'postgresql' else ''}".rstrip()
        )
        self.stdout.write("records: " + ", ".join(f"{count:,} {name}" for name, count in counts.items()))
        if share < 0.999:
            self.stdout.write(
                f"NOTE: {share:.0%} of the full size (100,000 institutions); "
                "the targets are for the full size."
            )

    def run(self, pages, options):
        vendor = connection.vendor
        client = bench.staff_client()
        self.stdout.write(
            f"\nHot pages: {options['requests']} requests each after {options['warmup']} warm-up; "
            f"target p95 <= {bench.TARGET_P95_MS.get(vendor, 50)} ms "
            f"(the 500-record timeline {bench.TARGET_DETAIL_P95_MS.get(vendor, 50)} ms)"
            + (f" and <= {bench.TARGET_FLOOR_RATIO}x the floor" if vendor == "postgresql" else "")
        )
        header = (
            f"{'page':<52} {'p50 ms':>7} {'p95 ms':>7} {'CPU ms':>7} {'queries':>7} "
            f"{'floor p50':>9} {'floor p95':>9} {'p95/floor':>9}  target"
        )
        self.stdout.write(
            "Each page five times: cold (the cache emptied before each request), after a record write "
            "(every records table's data version bumped before each request), after an editor's save "
            "of an agreement, then of a delegation, before each request (built anew only if the page "
            "read what the save wrote), then warm."
        )
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for page in pages:
            bench.measure_page(client, page, options["requests"], options["warmup"])
            result = page.result
            states = (
                ("cold", result["queries"]),
                ("written", result["written_queries"]),
                *((edit, result[f"{edit} queries"]) for edit in bench.EDITS),
                ("page", result["warm_queries"]),
            )
            for state, queries in states:
                timing = result[state]
                ratio = timing.p95 / max(result["floor"].p95, 0.001)
                met = timing.p95 <= page.target_ms(vendor) and (
                    vendor != "postgresql" or ratio <= bench.TARGET_FLOOR_RATIO
                )
                verdict = "met" if met else "MISSED"
                if not result["shows_what_it_should"]:
                    verdict = f"WRONG: does not show {page.shows!r}"
                label = {"cold": "cold", "written": "written", "page": "warm"}.get(state, state)
                name = f"{page.name[:35]}, {label}"
                self.stdout.write(
                    f"{name:<52} {timing.p50:>7.1f} {timing.p95:>7.1f} {timing.cpu_mean:>7.1f} {queries:>7} "
                    f"{result['floor'].p50:>9.1f} {result['floor'].p95:>9.1f} {ratio:>8.1f}x  {verdict}"
                )
        self.stdout.write(
            f"(floor: one hand-written SQL query fetching the same rows; {pages[0].url} etc. "
            "CPU ms: this process's CPU time per request, the database's own work not included)"
        )
        self.review_page(options["requests"], options["warmup"])

        self.export(client, options["export_rows"])
        if options["articles"] > 0:
            self.load_articles(options["articles"])
        if options["explain"]:
            self.explain(pages)

    def review_page(self, requests, warmup):
        result = bench.measure_review_page(requests, warmup)
        timing, met = result["timing"], result["timing"].p95 <= bench.TARGET_REVIEW_MS
        self.stdout.write(
            f"\nIntake review page ({result['characters']:,} characters, {result['records']} records): "
            f"p50 {timing.p50:.1f} ms, p95 {timing.p95:.1f} ms, {result['queries']} queries "
            f"(target p95 <= {bench.TARGET_REVIEW_MS} ms) {'met' if met else 'MISSED'}"
        )

    def export(self, client, rows):
        small = bench.measure_export(client, max(1, rows // 4))
        full = bench.measure_export(client, rows)
        met = (
            full["seconds"] <= bench.TARGET_EXPORT_SECONDS
            and full["peak_bytes"] <= 2 * small["peak_bytes"] + 1_000_000
        )
        self.stdout.write(
            f"\nCSV export ({full['url']}): target <= {bench.TARGET_EXPORT_SECONDS} s, memory flat"
        )
        for result in (small, full):
            self.stdout.write(
                f"  {result['rows']:>7,} rows  {result['seconds']:>6.2f} s  "
                f"{result['bytes'] / 1e6:>6.1f} MB sent  "
                f"peak Python memory {result['peak_bytes'] / 1e6:.1f} MB"
            )
        self.stdout.write(f"  {'met' if met else 'MISSED'}")

    def load_articles(self, count):
        result = bench.measure_load_articles(count)
        met = result["per_second"] >= bench.TARGET_ARTICLES_PER_SECOND
        self.stdout.write(
            f"\nload_articles --dry-run: {result['articles']:,} articles in {result['seconds']:.1f} s = "
            f"{result['per_second']:.0f} articles/s (target >= {bench.TARGET_ARTICLES_PER_SECOND}) "
            f"{'met' if met else 'MISSED'}"
        )

    def explain(self, pages):
        sizes = bench.table_sizes()
        self.stdout.write(
            f"\nQuery plans (a full scan of a table of {bench.LARGE_TABLE_ROWS:,}+ rows is flagged):"
        )
        for page in pages:
            self.stdout.write(f"{page.name}:")
            for number, sql in enumerate(page.result["sql"], start=1):
                scans = bench.query_scans(sql, sizes)
                flagged = [scan for scan in scans if scan.is_full_scan_of_large_table]
                summary = bench.summarize(scans)
                self.stdout.write(f"  {'FULL SCAN ' if flagged else ''}q{number}: {summary}")


@contextlib.contextmanager
def serving_process():
    """Make this process what a server's worker is when it takes its first request: the application
    warmed up (registry/wsgi.py calls `warm_up()`) and what it holds then frozen out of the garbage
    collector's walks (gunicorn's master does both before it forks a worker: registry/gunicorn_conf.py,
    `pre_fork`), so that the pages are timed as they are served.

    Without it the benchmark timed collections a worker does not make: each full collection walked
    the 130,000 objects of the loaded application (30-150 ms at load 3-6, about once in 50 requests
    built anew after a write: the one slow request of a page's thirty), where a worker walks the
    35,000 made since it started.
    """
    warm_up(forking=False)  # its connection kept: nothing is forked from here
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()  # a process that goes on (a test calling the command) collects them again
