"""No hot page reads a whole large table: checked on PostgreSQL's plans of the queries each page runs.

What makes the check honest at a test's size. On a few thousand rows the planner rightly prefers
a sequential scan to an index, so a plain EXPLAIN would fail everything or, worse, be told to look
away. Instead, with `enable_seqscan` off the planner takes an index whenever one can answer the
query: a Seq Scan that remains is one no index can serve (hash and merge joins are off too, for the
joins by index lookup the full size gets; see PLANNER_AS_AT_SCALE). And since an index can be walked whole
(an unconditioned Index Scan reads every row as surely as a Seq Scan does), EXPLAIN ANALYZE's
actual row counts are checked too: no scan of a large table may touch more than a quarter of it.
That is scale-free: the generator keeps the full size's proportions, so a query that reads 30% of
2,000 institutions reads 30% of 100,000. Counting every row of an unfiltered list (the
paginator's `SELECT COUNT(*)`) is the one whole-table read allowed.

`benchmark --explain` shows the same scans on the full-size database.
"""

import io
import json

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from registry.devtools import benchmarking
from registry.devtools.synthetic import FULL_SIZE, SyntheticRegistry

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

#: 2% of the full size: 2,000 institutions, 6,000 agreements, 4,000 delegations, 6,000 meetings.
SCALE = 0.02
#: A table this big at the test's scale is "large" (each of ours is 50 times bigger at full size).
LARGE_ROWS = 1000
#: A scan touching more than this share of a large table reads it whole, whatever its node type.
MAX_SHARE_READ = 0.25

#: Planner methods turned off while explaining. Without sequential scans, an index is used wherever
#: one can serve. Without hash and merge joins, a join is made by index lookups, as it is at full
#: size for pages that show a few rows: at 2% of the size, hashing a whole small table is cheaper,
#: and would be reported as a whole-table read the full size never does.
PLANNER_AS_AT_SCALE = ("enable_seqscan", "enable_hashjoin", "enable_mergejoin")


@pytest.fixture(scope="module")
def registry(django_db_setup, django_db_blocker):
    """One generated registry for every page of this module, rolled back at the end."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield SyntheticRegistry(FULL_SIZE.scaled(SCALE), seed=5, stderr=io.StringIO()).generate()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def whole_table_reads(sql, sizes):
    """The scans of large tables in `sql`'s plan that read the table whole (an empty list is good)."""
    with connection.cursor() as cursor:
        for setting in PLANNER_AS_AT_SCALE:
            cursor.execute(f"SET LOCAL {setting} = off")
        try:
            scans = benchmarking.query_scans(sql, sizes, analyze=True)
        finally:
            for setting in PLANNER_AS_AT_SCALE:
                cursor.execute(f"RESET {setting}")
    unfiltered_count = sql.startswith('SELECT COUNT(*) AS "__count" FROM') and " WHERE " not in sql
    return [
        scan
        for scan in scans
        if scan.table_rows >= LARGE_ROWS
        and (
            scan.node == "Seq Scan" or (scan.rows > MAX_SHARE_READ * scan.table_rows and not unfiltered_count)
        )
    ]


#: The hot pages, by the start of their names in `benchmarking.hot_pages()`.
PAGES = [
    "institution list",
    "institutions: ",
    "search '",
    "institution detail",
    "agreements expiring",
    "delegations in",
]


@pytest.mark.parametrize("page_name", PAGES)
def test_no_hot_page_reads_a_large_table_whole(registry, page_name, settings):
    settings.DEBUG = False
    page = next(page for page in benchmarking.hot_pages() if page.name.startswith(page_name))
    client = benchmarking.staff_client()
    benchmarking.get_page(client, page.url)
    with CaptureQueriesContext(connection) as queries:
        benchmarking.get_page(client, page.url)
    sizes = benchmarking.table_sizes()
    assert any(sizes.get(table, 0) >= LARGE_ROWS for table in ("agreements_institution", "agreements_party"))
    offenders = {}
    for query in queries.captured_queries:
        sql = query["sql"]
        if sql.startswith("DECLARE"):  # a server-side cursor (iterator()): explain the query it runs
            sql = sql[sql.index(" FOR ") + len(" FOR ") :]
        if sql.startswith(("SAVEPOINT", "RELEASE", "ROLLBACK", "SET ")):
            continue
        if reads := whole_table_reads(sql, sizes):
            offenders[sql[:200]] = [str(scan) for scan in reads]
    assert not offenders, f"{page.url} reads large tables whole: {offenders}"


def plan_nodes(sql):
    """Every node of `sql`'s executed plan (EXPLAIN ANALYZE's JSON), the planner set as at full size."""
    with connection.cursor() as cursor:
        for setting in PLANNER_AS_AT_SCALE:
            cursor.execute(f"SET LOCAL {setting} = off")
        try:
            cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}")
            plan = cursor.fetchone()[0]
        finally:
            for setting in PLANNER_AS_AT_SCALE:
                cursor.execute(f"RESET {setting}")
    plan = json.loads(plan) if isinstance(plan, str) else plan
    nodes, pending = [], [plan[0]["Plan"]]
    while pending:
        node = pending.pop()
        nodes.append(node)
        pending.extend(node.get("Plans", []))
    return nodes


def page_queries(url):
    """The SQL of the queries a staff user's request for `url` runs (after one warming request)."""
    client = benchmarking.staff_client()
    benchmarking.get_page(client, url)
    with CaptureQueriesContext(connection) as queries:
        benchmarking.get_page(client, url)
    return [query["sql"] for query in queries.captured_queries]


def test_expiring_agreements_are_found_among_those_that_can_expire(registry, settings):
    """The expiring page's count and rows read from the table only the agreements they show.

    A draft or a self-renewing agreement never expires, but the indexes on valid_until and on the
    validity dates handed over every agreement in the date ranges (at full size 3,223 rows read for
    1,827 counted); the partial indexes of those that can expire hand over the matches alone, so
    the page's cost grows with what it shows and nothing else.
    """
    settings.DEBUG = False
    queries = [sql for sql in page_queries("/agreements/?expiring_within=90") if "valid_until" in sql]
    assert len(queries) == 2  # the count and the page's rows
    for sql in queries:
        reads = [node for node in plan_nodes(sql) if node.get("Relation Name") == "agreements_agreement"]
        shown = sum(node["Actual Rows"] * node["Actual Loops"] for node in reads)
        thrown_away = sum(
            (node.get("Rows Removed by Filter", 0) + node.get("Rows Removed by Index Recheck", 0))
            * node["Actual Loops"]
            for node in reads
        )
        assert shown > 20, "the generated registry has agreements expiring within 90 days"
        assert thrown_away <= 0.1 * shown, f"{thrown_away} agreements read and thrown away for {shown}: {sql}"


#: What `with_activity` reads of each table it joins to reach an institution's agreements and meetings
#: and their days, in the order its lookups go (by institution, then to the record by its id).
ACTIVITY_LOOKUPS = {
    "agreements_party": ["institution_id", "agreement_id"],
    "agreements_agreement": ["id", "signed_on"],
    "delegations_meeting_institutions": ["institution_id", "meeting_id"],
    "delegations_meeting": ["id", "held_on"],
}


@pytest.mark.parametrize("table", ACTIVITY_LOOKUPS)
def test_the_activity_of_listed_institutions_can_be_read_from_indexes_alone(table):
    """Each lookup of an institution's activity is answered by an index, without its table's rows.

    The search page lists the busiest partners (fifty agreements and fifty meetings each at full
    size), and `with_activity` reads each one's agreements and meetings and their latest day: one
    lookup per record. From indexes holding every column read, PostgreSQL answers them by
    index-only scans (the one-word search's 25 partners: 16,275 -> 9,256 buffers read, EXPLAIN
    ANALYZE at full size). Checked on the indexes themselves: an index-only scan also needs the
    table vacuumed, which a test's uncommitted rows never are.
    """
    wanted = ACTIVITY_LOOKUPS[table]
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, table)
    covering = [
        name
        for name, constraint in constraints.items()
        if constraint["index"] and constraint["columns"][: len(wanted)] == wanted
    ]
    assert covering, f"no index on {table} starts with {wanted}"
