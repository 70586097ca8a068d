"""Measure the staff pages on the configured database: latency, queries, and a hand-written SQL floor.

Each hot page is requested through Django's test Client as a logged-in staff user, after a
warm-up, and its p50 and p95 latency and SQL query count are taken. Beside it runs one
hand-written SQL query that fetches the same rows and columns the page shows: the floor, what the
database alone needs. Their ratio says how much Django, the ORM's query shapes and the templates
add. `query_scans()` reads the plans of the page's queries (EXPLAIN), for `benchmark --explain`
and for the query-plan test.

Raw SQL lives here on purpose: it is the yardstick, written once per database (PostgreSQL's
trigram operator, SQLite's group_concat) and never used by the site itself.
"""

import datetime
import functools
import json
import os
import shutil
import statistics
import tempfile
import time
import tracemalloc
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from agreements.models import Agreement, Institution, InstitutionKind
from delegations.models import Delegation
from registry.common.data_versions import bump_versions
from registry.devtools.synthetic import TIMELINE_MARKER, misspelt
from registry.ingest.review import propose

#: A table with at least this many rows is "large": scanning it whole is a bug on a hot page.
LARGE_TABLE_ROWS = 10_000
#: The targets at full size (README, "Performance"): p95 of a hot page, and of the institution page
#: with the 500-record timeline on PostgreSQL (issue 18).
TARGET_P95_MS = {"postgresql": 25, "sqlite": 150}
TARGET_DETAIL_P95_MS = {"postgresql": 30, "sqlite": 150}
TARGET_FLOOR_RATIO = 3
TARGET_EXPORT_SECONDS = 2
TARGET_ARTICLES_PER_SECOND = 100
TARGET_REVIEW_MS = 100
#: The seed article the intake review page is timed with: 5,600 characters, 21 proposed records.
REVIEW_ARTICLE = "hust-rwth-key-partnership.txt"
#: Rows of the CSV export measured (and a quarter of it, to show memory does not grow with rows).
EXPORT_ROWS = 10_000


@dataclass
class Timing:
    """Latencies of repeated runs, in milliseconds, and the CPU this process spent on each.

    The CPU time (Django's share of a request: the database's own work runs in another process)
    is what a shared machine disturbs least: a page's latency grows with the load of other jobs,
    its CPU time barely does.
    """

    samples: list = field(default_factory=list)
    cpu_samples: list = field(default_factory=list)

    @property
    def cpu_mean(self):
        return statistics.fmean(self.cpu_samples) if self.cpu_samples else 0.0

    @property
    def p50(self):
        return statistics.median(self.samples)

    @property
    def p95(self):
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def timed(function, repeat, warmup, before_each=None):
    """Run `function` `warmup` times unmeasured, then `repeat` times measured; a Timing.

    `before_each` runs before every measured run, outside the measurement (emptying the cache).
    """
    for _ in range(warmup):
        function()
    timing = Timing()
    for _ in range(repeat):
        if before_each is not None:
            before_each()
        started, cpu_started = time.perf_counter(), time.process_time()
        function()
        timing.samples.append((time.perf_counter() - started) * 1000)
        timing.cpu_samples.append((time.process_time() - cpu_started) * 1000)
    return timing


# The floor: one hand-written query per page ------------------------------------------------------


def _aggregate(expression):
    """Comma-joined values of `expression` over a group, in the database's own dialect."""
    if connection.vendor == "postgresql":
        return f"string_agg({expression}, ', ')"
    return f"group_concat({expression}, ', ')"


def _greatest(*expressions):
    return f"{'GREATEST' if connection.vendor == 'postgresql' else 'MAX'}({', '.join(expressions)})"


def _institution_columns(today):
    """What a row of the institution list shows: name, acronyms, parent, counts, latest activity, in force."""
    no_date = "'0001-01-01'"
    latest = _greatest(
        f"COALESCE((SELECT MAX(a.signed_on) FROM agreements_party p JOIN agreements_agreement a "
        f"ON a.id = p.agreement_id WHERE p.institution_id = i.id), {no_date})",
        f"COALESCE((SELECT MAX(d.start_on) FROM delegations_delegation d "
        f"WHERE d.visitor_id = i.id), {no_date})",
        f"COALESCE((SELECT MAX(d.start_on) FROM delegations_delegation d WHERE d.host_id = i.id), {no_date})",
        f"COALESCE((SELECT MAX(m.held_on) FROM delegations_meeting_institutions mi "
        f"JOIN delegations_meeting m "
        f"ON m.id = mi.meeting_id WHERE mi.institution_id = i.id), {no_date})",
    )
    return f"""
        i.id, i.name, i.kind, i.country, i.city, i.is_home, parent.name,
        (SELECT {_aggregate("n.value")} FROM agreements_institutionname n
          WHERE n.institution_id = i.id AND n.kind = 'acronym') AS acronyms,
        (SELECT COUNT(*) FROM agreements_party p WHERE p.institution_id = i.id) AS agreements,
        (SELECT COUNT(*) FROM delegations_delegation d WHERE d.visitor_id = i.id)
          + (SELECT COUNT(*) FROM delegations_delegation d WHERE d.host_id = i.id) AS delegations,
        (SELECT COUNT(*) FROM delegations_meeting_institutions mi WHERE mi.institution_id = i.id) AS meetings,
        {latest} AS latest_activity,
        EXISTS (SELECT 1 FROM agreements_party p JOIN agreements_agreement a ON a.id = p.agreement_id
          WHERE p.institution_id = i.id AND a.status IN ('signed', 'renewed')
            AND (a.valid_from <= '{today}'
                 OR a.valid_from IS NULL AND (a.signed_on <= '{today}' OR a.signed_on IS NULL))
            AND (a.valid_until IS NULL OR a.valid_until >= '{today}' OR a.auto_renews)) AS in_force"""


def floor_institution_list(today, where="", params=()):
    """The page's 25 ids first (the ORDER BY and LIMIT an index can serve), then what each row shows."""
    return (
        f"""WITH page AS (SELECT i.id FROM agreements_institution i WHERE TRUE {where}
                          ORDER BY i.name, i.id LIMIT 25)
            SELECT {_institution_columns(today)},
                   (SELECT COUNT(*) FROM agreements_institution i WHERE TRUE {where}) AS total
              FROM page JOIN agreements_institution i ON i.id = page.id
              LEFT JOIN agreements_institution parent ON parent.id = i.parent_id
             ORDER BY i.name, i.id""",
        [*params, *params],
    )


def floor_search(today, key):
    """The names containing a correction of every word of `key`, the best 25 by trigram similarity.

    The corrections are the search's own (`corrected_words`: one small indexed query), given here
    as literals: the floor is what finding and showing the names costs. PostgreSQL: the GIN indexes
    of name words; SQLite: the FTS5 trigram tables (substrings, the rarest word only, as the search).
    """
    from agreements.search import OPTIONAL_WORDS, corrected_words

    words = [word for word in dict.fromkeys(key.split()) if word not in OPTIONAL_WORDS] or key.split()
    corrections = [list(found.words) for found in corrected_words(Institution.objects.all(), words).values()]
    if connection.vendor == "postgresql":
        overlaps = " AND ".join(["string_to_array({column}, ' ') && %s::text[]"] * len(corrections))
        return (
            f"""WITH matches AS (
                  SELECT id AS institution_id, similarity(normalized_name, %s) AS rank
                    FROM agreements_institution WHERE {overlaps.format(column="normalized_name")}
                  UNION ALL
                  SELECT institution_id, similarity(normalized, %s) FROM agreements_institutionname
                   WHERE {overlaps.format(column="normalized")}),
                best AS (SELECT institution_id, MAX(rank) AS rank FROM matches GROUP BY institution_id),
                page AS (SELECT best.institution_id, best.rank FROM best
                           JOIN agreements_institution i ON i.id = best.institution_id
                          ORDER BY best.rank DESC, i.name, i.id LIMIT 25)
                SELECT {_institution_columns(today)}, page.rank, (SELECT COUNT(*) FROM best) AS total
                  FROM page JOIN agreements_institution i ON i.id = page.institution_id
                  LEFT JOIN agreements_institution parent ON parent.id = i.parent_id
                 ORDER BY page.rank DESC, i.name, i.id""",
            [key, *corrections, key, *corrections],
        )
    rarest = min(corrections, key=len) if corrections else [key]
    match = " OR ".join('"' + word.replace('"', '""') + '"' for word in rarest)
    return (
        """SELECT id, normalized_name FROM agreements_institution WHERE id IN (
             SELECT rowid FROM agreements_institution_trigrams WHERE agreements_institution_trigrams MATCH %s)
           UNION ALL
           SELECT institution_id, normalized FROM agreements_institutionname WHERE id IN (
             SELECT rowid FROM agreements_institutionname_trigrams
              WHERE agreements_institutionname_trigrams MATCH %s)""",
        [match, match],
    )


def floor_api_agreement_list(rows):
    """The API's first page of agreements (newest recorded first): each with its parties and evidence."""
    return (
        f"""SELECT a.id, a.uid, a.title, a.kind, a.status, a.signed_on, a.signed_on_precision,
                   a.valid_from, a.valid_until, a.is_open_ended, a.auto_renews, a.renewal_period_years,
                   a.renews_id, a.reviewed_at, a.notes,
                   (SELECT {_aggregate("i.name")} FROM agreements_party p
                      JOIN agreements_institution i ON i.id = p.institution_id WHERE p.agreement_id = a.id),
                   (SELECT {_aggregate("CAST(r.id AS TEXT)")} FROM agreements_agreement r
                     WHERE r.renews_id = a.id),
                   {_citations("agreements_agreementcitation", "agreement_id", "a")}
              FROM agreements_agreement a ORDER BY a.id DESC LIMIT %s""",
        [rows],
    )


def _citations(table, key, record):
    return (
        f"(SELECT {_aggregate('c.evidence')} FROM {table} c JOIN agreements_source s ON s.id = c.source_id "
        f"WHERE c.{key} = {record}.id)"
    )


def floor_institution_detail(institution_id):
    """The timeline: every agreement, delegation and meeting of the institution with what its card shows."""
    parties = (
        f"(SELECT {_aggregate('pi.name')} FROM agreements_party pp JOIN agreements_institution pi "
        "ON pi.id = pp.institution_id WHERE pp.agreement_id = a.id)"
    )
    signatories = (
        f"(SELECT {_aggregate('pe.name')} FROM agreements_signatory sg JOIN agreements_person pe "
        "ON pe.id = sg.person_id WHERE sg.agreement_id = a.id)"
    )
    members = (
        f"(SELECT {_aggregate('pe.name')} FROM delegations_delegationmember dm JOIN agreements_person pe "
        "ON pe.id = dm.person_id WHERE dm.delegation_id = d.id)"
    )
    institutions = (
        f"(SELECT {_aggregate('mi2.name')} FROM delegations_meeting_institutions mm "
        "JOIN agreements_institution mi2 ON mi2.id = mm.institution_id WHERE mm.meeting_id = m.id)"
    )
    return (
        f"""SELECT 'agreement', a.id, a.signed_on, a.title, a.status, CAST(a.valid_until AS TEXT), {parties},
                   {signatories},
                   {_citations("agreements_agreementcitation", "agreement_id", "a")}
              FROM agreements_agreement a JOIN agreements_party p ON p.agreement_id = a.id
             WHERE p.institution_id = %s
            UNION ALL
            SELECT 'delegation', d.id, d.start_on, v.name, h.name, d.mode, l.name, {members},
                   {_citations("delegations_delegationcitation", "delegation_id", "d")}
              FROM delegations_delegation d LEFT JOIN agreements_institution v ON v.id = d.visitor_id
              LEFT JOIN agreements_institution h ON h.id = d.host_id
              LEFT JOIN agreements_person l ON l.id = d.leader_id
             WHERE d.visitor_id = %s OR d.host_id = %s
            UNION ALL
            SELECT 'meeting', m.id, m.held_on, m.kind, m.mode, m.location, {institutions}, m.summary,
                   {_citations("delegations_meetingcitation", "meeting_id", "m")}
              FROM delegations_meeting m JOIN delegations_meeting_institutions mi ON mi.meeting_id = m.id
             WHERE mi.institution_id = %s
            ORDER BY 3 DESC""",
        [institution_id] * 4,
    )


def floor_expiring(today, days):
    """The page's order, ending soonest first. (Ordered by signing date, as it once was, PostgreSQL walked
    the signing-date index backwards past every agreement signed since: 6 ms at 0.1x, 160 ms at 1x,
    600 ms at 3x; the page itself reads the agreements ending in the period through `valid_until`.)"""
    until = today + datetime.timedelta(days=days)
    where = f"""a.status IN ('signed', 'renewed') AND NOT a.auto_renews
        AND (a.valid_from <= '{today}'
             OR a.valid_from IS NULL AND (a.signed_on <= '{today}' OR a.signed_on IS NULL))
        AND a.valid_until >= '{today}' AND a.valid_until <= '{until}'"""
    parties = (
        f"(SELECT {_aggregate('pi.name')} FROM agreements_party pp JOIN agreements_institution pi "
        "ON pi.id = pp.institution_id WHERE pp.agreement_id = a.id)"
    )
    return (
        f"""SELECT a.id, a.title, a.kind, a.status, a.signed_on, a.signed_on_precision, a.valid_until,
                   a.is_open_ended, a.auto_renews, r.title, {parties},
                   (SELECT COUNT(*) FROM agreements_agreement a WHERE {where}) AS total
              FROM agreements_agreement a LEFT JOIN agreements_agreement r ON r.id = a.renews_id
             WHERE {where} ORDER BY a.valid_until, a.id LIMIT 25""",
        [],
    )


def floor_delegations_in_year(year):
    first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    return (
        """SELECT d.id, d.start_on, d.start_on_precision, d.mode, d.leader_title, v.name, v.is_home,
                   h.name, h.is_home, l.name,
                   (SELECT COUNT(*) FROM delegations_delegation d WHERE d.start_on BETWEEN %s AND %s) AS total
              FROM delegations_delegation d LEFT JOIN agreements_institution v ON v.id = d.visitor_id
              LEFT JOIN agreements_institution h ON h.id = d.host_id
              LEFT JOIN agreements_person l ON l.id = d.leader_id
             WHERE d.start_on BETWEEN %s AND %s ORDER BY d.start_on DESC, d.id LIMIT 25""",
        [first, last, first, last],
    )


# The hot pages ------------------------------------------------------------------------------------


@dataclass
class HotPage:
    """A page staff open all day, and the hand-written query that fetches what it shows."""

    name: str
    url: str
    floor_sql: str
    floor_params: list
    #: Text the page must show for its timing to count (a search must find what it looks for).
    shows: str = ""
    #: The page's p95 target per database vendor, in ms.
    targets: dict = field(default_factory=lambda: TARGET_P95_MS)
    result: dict = field(default_factory=dict)

    def target_ms(self, vendor):
        return self.targets.get(vendor, TARGET_P95_MS["postgresql"])


def typo_of(name):
    """A misspelling of `name` that no one recorded: what a hurried user types."""
    import random

    return misspelt(name, random.Random(name)) or name


def typical_country():
    """A country with many universities, but not the biggest one: a typical filtered list."""
    countries = (
        Institution.objects.filter(kind=InstitutionKind.UNIVERSITY)
        .exclude(country="")
        .values_list("country", flat=True)
        .order_by("country")
        .distinct()
    )
    return "DE" if "DE" in set(countries) else (list(countries) or [""])[0]


def hot_pages(today=None):
    """The benchmark's pages, made from what the database holds (the timeline institution, a country)."""
    today = today or datetime.date.today()
    busy = Institution.objects.filter(notes=TIMELINE_MARKER).order_by("pk").first()
    if busy is None:
        raise LookupError(
            "No institution has the 500-record timeline: "
            "fill the database with `manage.py generate_synthetic`."
        )
    country = typical_country()
    typo = typo_of(busy.name)
    # One word misspelt: the name's distinctive word (its city), as staff type a partner they half remember.
    word_typo = typo_of(busy.city if busy.city in busy.name.split() else max(busy.name.split(), key=len))
    year = today.year - 10
    from agreements.search import search_key

    return [
        HotPage("institution list", "/institutions/", *floor_institution_list(today)),
        HotPage(
            f"institutions: {country}, universities",
            f"/institutions/?country={country}&kind=university",
            *floor_institution_list(today, "AND i.country = %s AND i.kind = %s", [country, "university"]),
        ),
        HotPage(
            f"search '{typo}'",
            f"/institutions/?q={typo.replace(' ', '+')}",
            *floor_search(today, search_key(typo)),
            shows=busy.name,
        ),
        HotPage(
            f"search one word '{word_typo}'",
            f"/institutions/?q={word_typo}",
            *floor_search(today, search_key(word_typo)),
            shows=busy.name,
        ),
        HotPage(
            f"institution detail ({busy.pk})",
            f"/institutions/{busy.pk}/",
            *floor_institution_detail(busy.pk),
            targets=TARGET_DETAIL_P95_MS,
        ),
        HotPage(
            "agreements expiring in 90 days", "/agreements/?expiring_within=90", *floor_expiring(today, 90)
        ),
        HotPage(f"delegations in {year}", f"/delegations/?year={year}", *floor_delegations_in_year(year)),
        HotPage("API: agreement list", "/api/agreements/?format=json", *floor_api_agreement_list(50)),
        HotPage(
            f"API: search '{typo}'",
            f"/api/institutions/?format=json&page_size=25&q={typo.replace(' ', '+')}",
            *floor_search(today, search_key(typo)),
            shows=busy.name,
        ),
    ]


def staff_client():
    """A test Client logged in as a staff user (made here; the caller's transaction decides if it stays).

    A viewer too: the API reads with the viewer role's permissions, not with staff status.
    """
    user, _ = get_user_model().objects.get_or_create(username="benchmark-staff", defaults={"is_staff": True})
    user.groups.add(Group.objects.get(name="viewer"))
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


def editor_client():
    """A test Client logged in as an editor, who may review articles on the intake pages."""
    user, _ = get_user_model().objects.get_or_create(username="benchmark-editor", defaults={"is_staff": True})
    user.groups.add(Group.objects.get(name="editor"))
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


def review_proposal():
    """A pending proposal of the seed article REVIEW_ARTICLE: what the intake review page shows."""
    text = (settings.BASE_DIR / "fixtures" / "articles" / REVIEW_ARTICLE).read_text(encoding="utf-8")
    return propose(text, file_name=f"benchmark-{REVIEW_ARTICLE}", origin="command")


def measure_review_page(repeat, warmup):
    """The intake review page of a seed article just proposed: its size, records and latency."""
    proposal = review_proposal()
    client = editor_client()
    url = proposal.get_absolute_url()
    with CaptureQueriesContext(connection) as queries:
        get_page(client, url)
    return {
        "url": url,
        "characters": len(proposal.text),
        "records": sum(proposal.record_counts().values()),
        "queries": len(queries),
        "timing": timed(lambda: get_page(client, url), repeat, warmup),
    }


def get_page(client, url):
    response = client.get(url, secure=True)  # secure: no HTTPS redirect whatever DJANGO_HTTPS says
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}")
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def run_floor(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


#: The editor's saves the benchmark times each page after: a page is built anew after one only when
#: it read the tables the save wrote (registry.common.fragments), as its key names their versions.
EDITS = {"agreement saved": Agreement, "delegation saved": Delegation}


def save_latest(model):
    """An editor's save of the newest record of `model`, changing nothing: what any save writes."""
    model.objects.order_by("-pk").first().save()


def measure_page(client, page, repeat, warmup):
    """Fill `page.result` with the page's and the floor's timings and the page's query count.

    The page is timed three times: cold, with the cache emptied before each request (the session,
    the account, its role and the page's fragments all read and built anew: a process's first
    request); after a record write, with the records' data version bumped before each request as
    any write to a record bumps it (the page and the home institution built anew, the session and
    the account's role still kept: what the first request after an edit costs); and warm,
    repeating the same address (what the cache then serves). Then after each of EDITS, an
    editor's save before each request: built anew only if the page read what the save wrote.
    """
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        html = get_page(client, page.url)
    page.result["shows_what_it_should"] = escape(page.shows).encode() in html
    page.result["queries"] = len(queries)
    page.result["sql"] = [query["sql"] for query in queries.captured_queries]
    page.result["cold"] = timed(lambda: get_page(client, page.url), repeat, warmup, before_each=cache.clear)
    bump_versions(scopes=["records"])
    with CaptureQueriesContext(connection) as queries:
        get_page(client, page.url)
    page.result["written_queries"] = len(queries)
    page.result["written"] = timed(
        lambda: get_page(client, page.url),
        repeat,
        warmup,
        before_each=lambda: bump_versions(scopes=["records"]),
    )
    for edit, model in EDITS.items():
        save_latest(model)
        with CaptureQueriesContext(connection) as queries:
            get_page(client, page.url)
        page.result[f"{edit} queries"] = len(queries)
        edit_first = functools.partial(save_latest, model)
        page.result[edit] = timed(lambda: get_page(client, page.url), repeat, warmup, before_each=edit_first)
    with CaptureQueriesContext(connection) as queries:
        get_page(client, page.url)
    page.result["warm_queries"] = len(queries)
    page.result["page"] = timed(lambda: get_page(client, page.url), repeat, warmup)
    page.result["floor"] = timed(lambda: run_floor(page.floor_sql, page.floor_params), repeat, warmup)
    page.result["floor_rows"] = len(run_floor(page.floor_sql, page.floor_params))
    return page


# The CSV export and load_articles ------------------------------------------------------------


def export_url(rows):
    """The agreement list filtered to about `rows` agreements (signed since the day that gives that many)."""
    dates = (
        Agreement.objects.exclude(signed_on=None).order_by("-signed_on").values_list("signed_on", flat=True)
    )
    since = dates[rows - 1] if dates.count() >= rows else datetime.date(1900, 1, 1)
    return f"/agreements/?signed_after={since.isoformat()}&export=csv"


def measure_export(client, rows):
    """Seconds to stream the CSV, rows sent, and the peak of Python memory while streaming (tracemalloc)."""
    url = export_url(rows)
    started = time.perf_counter()
    body = get_page(client, url)
    seconds = time.perf_counter() - started
    tracemalloc.start()
    try:
        response = client.get(url, secure=True)
        lines = sum(chunk.count(b"\n") for chunk in response.streaming_content)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return {"url": url, "seconds": seconds, "rows": lines - 1, "bytes": len(body), "peak_bytes": peak}


def measure_load_articles(count):
    """Articles/s of `load_articles --dry-run` over `count` copies of fixtures/articles, each its own file."""
    from registry.ingest.extraction import parse_article

    articles = sorted((Path(settings.BASE_DIR) / "fixtures" / "articles").glob("*.txt"))
    parse_article(articles[0].read_text(encoding="utf-8"), file=articles[0].name)  # load the gazetteer first
    directory = Path(tempfile.mkdtemp(prefix="benchmark-articles-"))
    try:
        paths = []
        for number in range(count):
            original = articles[number % len(articles)]
            paths.append(directory / f"copy-{number:05d}-{original.name}")
            shutil.copyfile(original, paths[-1])
        with open(os.devnull, "w") as devnull:
            started = time.perf_counter()
            call_command("load_articles", *map(str, paths), "--dry-run", stdout=devnull, stderr=devnull)
            seconds = time.perf_counter() - started
    finally:
        shutil.rmtree(directory)
    return {"articles": count, "seconds": seconds, "per_second": count / seconds}


# Query plans ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    """How a query plan reads a table: a node type (Seq Scan, Index Scan...), the table, index and rows."""

    node: str
    table: str
    index: str = ""
    rows: int = 0
    table_rows: int = 0

    @property
    def is_full_scan_of_large_table(self):
        return self.node in ("Seq Scan", "SCAN") and self.table_rows >= LARGE_TABLE_ROWS

    def __str__(self):
        via = f" using {self.index}" if self.index else ""
        return f"{self.node} on {self.table}{via} ({self.rows:,} of {self.table_rows:,} rows)"


def summarize(scans):
    """One line for a query's scans: identical ones (a nested loop's) counted, not repeated."""
    counts = {}
    for scan in scans:
        key = (scan.node, scan.table, scan.index, scan.table_rows)
        first, times = counts.get(key, (scan, 0))
        counts[key] = (first, times + 1)
    parts = [f"{scan}{f' x{times}' if times > 1 else ''}" for scan, times in counts.values()]
    return "; ".join(parts) or "no table read"


def table_sizes():
    """Rows per table, as the planner knows them (PostgreSQL's statistics, SQLite's count)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT relname, reltuples::bigint FROM pg_class WHERE relkind = 'r'")
            return {name: max(rows, 0) for name, rows in cursor.fetchall()}
        tables = connection.introspection.table_names(cursor)
        return {table: cursor.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] for table in tables}


def query_scans(sql, sizes, analyze=True):
    """How the database reads each table for `sql` (an executed query's text, parameters inlined)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            options = "ANALYZE, FORMAT JSON" if analyze else "FORMAT JSON"
            cursor.execute(f"EXPLAIN ({options}) {sql}")
            plan = cursor.fetchone()[0]
            plan = json.loads(plan) if isinstance(plan, str) else plan
            return list(_postgresql_scans(plan[0]["Plan"], sizes))
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
        return [
            _sqlite_scan(row[-1], sizes)
            for row in cursor.fetchall()
            if row[-1].startswith(("SCAN", "SEARCH"))
        ]


def _postgresql_scans(node, sizes):
    if "Relation Name" in node:
        rows = node.get("Actual Rows", node.get("Plan Rows", 0)) * node.get("Actual Loops", 1)
        yield Scan(
            node["Node Type"],
            node["Relation Name"],
            node.get("Index Name", ""),
            int(rows),
            sizes.get(node["Relation Name"], 0),
        )
    for child in node.get("Plans", []):
        yield from _postgresql_scans(child, sizes)


def _sqlite_scan(detail, sizes):
    # "SCAN agreements_institution", "SCAN i USING INDEX x", "SEARCH d USING INDEX y (start_on>?)"
    words = detail.split()
    node, table = words[0], words[1]
    index = words[words.index("INDEX") + 1] if "INDEX" in words else ""
    if node == "SCAN" and index:
        node = "SCAN USING INDEX"  # an ordered walk of an index: read to the LIMIT, not the whole table
    return Scan(node, table, index, 0, sizes.get(table, 0))
