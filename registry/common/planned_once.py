"""A cursor whose statements PostgreSQL parses and plans once per connection, not on every run.

Django's PostgreSQL cursor writes each parameter into the SQL text (psycopg's client-side binding),
so PostgreSQL parses, analyses and plans every statement anew; psycopg never prepares such a
statement. The statements the pages write once and run for every record (a timeline's cards, an
institution with its history's row versions, its panels, its timeline's keys: registry.common.
prefetched_rows and registry.common.compiled) differ from one run to the next only in their
parameters, and PostgreSQL spent more time planning them than running them: on the full-size
registry, the institution page built after a write spent about 3 ms of its 10 ms in PostgreSQL
planning its seven statements, and parsing them (3 KB of SQL each) was not even counted in that.

`planned_once(connection)` gives a cursor that sends the parameters apart from the SQL (psycopg's
server-side binding), so that psycopg prepares the statement on the connection once it has run it
`prepare_threshold` times (the database's OPTIONS, settings.py) and afterwards only binds it:
PostgreSQL plans it once (after five runs it may keep one plan for any parameters, as it judges).
Prepared statements live as long as the connection: CONN_MAX_AGE keeps a thread's connection from
one request to the next. Where nothing is prepared (SQLite, psycopg 2, `prepare_threshold` unset),
it is the connection's usual cursor.

Only statements the caller wrote for this go through it: Django's own queries keep the client-side
binding they were written for. When queries are logged (tests, `benchmark --explain`), the log
holds the statement with its parameters written in, as the usual cursor sends it, so that what
reads the log can run it again (EXPLAIN).
"""

from django.db.backends.utils import CursorDebugWrapper, CursorWrapper


def prepares(connection):
    """Whether statements run through `planned_once(connection)` are prepared on the server."""
    if connection.vendor != "postgresql":
        return False
    from django.db.backends.postgresql.psycopg_any import is_psycopg3

    return is_psycopg3 and connection.settings_dict["OPTIONS"].get("prepare_threshold") is not None


def planned_once(connection):
    """A cursor of `connection` (a context manager, like `connection.cursor()`) whose statements are
    prepared on the server after `prepare_threshold` runs (see the module's docstring)."""
    if not prepares(connection):
        return connection.cursor()
    from django.db.backends.postgresql.base import ServerBindingCursor

    # What connection.cursor() does before wrapping its cursor (BaseDatabaseWrapper._cursor).
    connection.close_if_health_check_failed()
    connection.ensure_connection()
    with connection.wrap_database_errors:
        connection.validate_thread_sharing()
        cursor = ServerBindingCursor(connection.connection)
    if connection.queries_logged:
        return _LoggedAsWritten(cursor, connection)
    return connection.make_cursor(cursor)


class _LoggedAsWritten(CursorDebugWrapper):
    """Logs each statement with its parameters written in (what the usual cursor sends), not as
    psycopg sent it ($1, $2: a statement no one can run again without its parameters)."""

    def execute(self, sql, params=None):
        written = sql if params is None else self.db.ops.compose_sql(sql, params)
        with self.debug_sql(written):
            return CursorWrapper.execute(self, sql, params)
