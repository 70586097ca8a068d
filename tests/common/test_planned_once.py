"""Statements PostgreSQL parses and plans once per connection (registry.common.planned_once).

The statements the pages write once and run for every record are prepared on the server after
`prepare_threshold` runs on a connection, and give what the usual cursor gives; Django's own
queries are never prepared; the query log holds each statement as the usual cursor would send it.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from registry.common.planned_once import planned_once, prepares

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite prepares no statement for a connection"
)

#: A statement with parameters of the kinds the pages' statements bind: text, a list of ids.
STATEMENT = (
    "SELECT %s || '-' || count(*)::text, array_length(%s, 1) FROM agreements_institution WHERE id = ANY(%s)"
)
PARAMS = ["marked-statement", [1, 2, 3], [1, 2]]


def prepared_statements():
    """The statements prepared on this connection, as PostgreSQL lists them ($1 for a parameter)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return [statement for (statement,) in cursor.fetchall()]


def run(cursor_of, sql=STATEMENT, params=PARAMS):
    with cursor_of(connection) as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def test_elsewhere_it_is_the_usual_cursor():
    """SQLite (and a PostgreSQL database whose OPTIONS set no prepare_threshold) prepares nothing:
    the statement runs through the connection's own cursor, with the same rows."""
    if connection.vendor != "postgresql":
        assert not prepares(connection)
    portable = "SELECT %s || '-' || count(*) FROM agreements_institution WHERE id IN (%s, %s)"
    params = ["marked-statement", 1, 2]
    usual = run(lambda connection: connection.cursor(), portable, params)
    assert run(planned_once, portable, params) == usual


@on_postgresql
def test_a_statement_run_again_is_prepared_on_the_server_and_gives_the_same_rows():
    assert prepares(connection)  # settings.py sets prepare_threshold for PostgreSQL
    usual = run(lambda connection: connection.cursor())
    assert [run(planned_once) for _ in range(3)] == [usual] * 3
    assert any("marked" not in statement and "$1 || '-'" in statement for statement in prepared_statements())


@on_postgresql
def test_djangos_own_queries_are_never_prepared():
    """Their cursor writes the parameters into the SQL: psycopg prepares none of them, however often
    they run."""
    for _ in range(4):
        run(lambda connection: connection.cursor())
    assert not [statement for statement in prepared_statements() if "array_length" in statement]


@on_postgresql
def test_without_a_threshold_nothing_is_prepared(monkeypatch):
    monkeypatch.setitem(connection.settings_dict["OPTIONS"], "prepare_threshold", None)
    assert not prepares(connection)
    for _ in range(4):
        run(planned_once)
    assert not [statement for statement in prepared_statements() if "array_length" in statement]


@on_postgresql
def test_the_query_log_holds_the_statement_with_its_parameters_written_in():
    """What reads the log (the query-plan tests, benchmark --explain) runs the statement again."""
    with CaptureQueriesContext(connection) as queries:
        rows = run(planned_once)
    (logged,) = [query["sql"] for query in queries.captured_queries]
    assert logged == connection.ops.compose_sql(STATEMENT, PARAMS)
    assert "'marked-statement'" in logged and "$1" not in logged
    with connection.cursor() as cursor:
        cursor.execute(logged)
        assert cursor.fetchall() == rows
