"""Row counts kept by the writes themselves: a list's unfiltered total without counting its table.

The institution list's total ("100,000 institutions") counted every entry of the table's index: 7-10
ms of PostgreSQL at full size, 48 ms at three times it, on every build after an institution's write
(the total kept in the cache is found no more once the table's data version changes). A count kept
in the cache is rebuilt after every write; an estimate would change what the page says. So the
count is kept in the database, by the writes: database triggers on each table of COUNTED add what
a statement inserted and take away what it deleted, by any path (saves, bulk_create, COPY,
`QuerySet.update` moves no row, raw SQL, merges, `loaddata`, TRUNCATE), in the writer's own
transaction: a reader sees the count change exactly when it sees the rows.

The count of a table is the sum of its rows in TABLE. PostgreSQL: no writer updates a row another
may hold, so none waits for another's open transaction (an editor's save goes through while a
1,000-article load is still writing, as with the data versions). A transaction's first write of a
table adds one row of its own, folding into it the committed rows no other writer is folding
(`FOR UPDATE SKIP LOCKED`); its later writes add to that row. So the table holds about one row per
counted table and writer at work. SQLite has one writer at a time: a row per table, kept by row
triggers.

The triggers and each table's starting count are made after every migrate and flush
(registry.apps), as the data versions' triggers are: a migration that rebuilt a table (SQLite drops
its triggers) is counted again.
"""

from django.apps import apps
from django.db import connections
from django.db.models import ForeignKey
from django.db.models.sql.constants import LOUTER

from registry.common.data_versions import note_read, version_of_table

TABLE = "registry_rowcount"

#: The models whose rows are counted by their writes: the lists' tables, whose unfiltered totals
#: would otherwise count hundreds of thousands of rows.
COUNTED = ("agreements.Institution", "agreements.Agreement", "delegations.Delegation")

POSTGRESQL_FUNCTION = f"""
CREATE OR REPLACE FUNCTION registry_count_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed bigint := 0;
    own_row text := current_setting('registry.counted_' || TG_TABLE_NAME, true);
    new_row bigint;
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        -- No writer of the table is at work (TRUNCATE waited for them all): the count starts again.
        DELETE FROM {TABLE} WHERE table_name = TG_TABLE_NAME;
        own_row := NULL;
    ELSIF TG_OP = 'INSERT' THEN
        SELECT count(*) INTO changed FROM added;
    ELSE
        SELECT -count(*) INTO changed FROM removed;
    END IF;
    IF own_row IS NOT NULL AND own_row <> '' THEN
        UPDATE {TABLE} SET delta = delta + changed WHERE id = own_row::bigint;
        IF FOUND THEN
            RETURN NULL;
        END IF;
    END IF;
    -- This transaction's first write of the table: a row of its own, holding the committed rows that
    -- no other writer is folding (the locked ones are skipped, never waited for).
    WITH folded AS (
        DELETE FROM {TABLE} WHERE id IN (
            SELECT id FROM {TABLE} WHERE table_name = TG_TABLE_NAME FOR UPDATE SKIP LOCKED
        ) RETURNING delta
    )
    INSERT INTO {TABLE} (table_name, delta)
        SELECT TG_TABLE_NAME, changed + coalesce(sum(delta), 0) FROM folded
        RETURNING id INTO new_row;
    -- Transaction-local, and undone with a rolled-back savepoint, as the row it names is.
    PERFORM set_config('registry.counted_' || TG_TABLE_NAME, new_row::text, true);
    RETURN NULL;
END $$;
"""


def counted_tables():
    """The database tables of COUNTED."""
    return [apps.get_model(label)._meta.db_table for label in COUNTED]


def trigger_statements(vendor, table):
    """SQL that makes every insert and delete of `table` change its count, installed before or not."""
    if vendor == "postgresql":
        events = [
            ("insert", "AFTER INSERT", "REFERENCING NEW TABLE AS added FOR EACH STATEMENT"),
            ("delete", "AFTER DELETE", "REFERENCING OLD TABLE AS removed FOR EACH STATEMENT"),
            ("truncate", "AFTER TRUNCATE", "FOR EACH STATEMENT"),
        ]
        return [
            f"CREATE OR REPLACE TRIGGER {table}_row_count_{name} {event} ON {table} {each} "
            "EXECUTE FUNCTION registry_count_rows()"
            for name, event, each in events
        ]
    statements = []
    for name, change in (("insert", "+ 1"), ("delete", "- 1")):
        statements += [
            f"DROP TRIGGER IF EXISTS {table}_row_count_{name}",
            f"CREATE TRIGGER {table}_row_count_{name} AFTER {name.upper()} ON {table} "
            f"BEGIN UPDATE {TABLE} SET delta = delta {change} WHERE table_name = '{table}'; END",
        ]
    return statements


def install_row_counts(using="default"):
    """Create the counting triggers of every table of COUNTED and count each once (after a migrate or
    flush: registry.apps)."""
    connection = connections[using]
    existing = set(connection.introspection.table_names())
    if TABLE not in existing:
        return  # migrated back before the table existed
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(POSTGRESQL_FUNCTION)
        for table in counted_tables():
            if table not in existing:
                continue
            for statement in trigger_statements(connection.vendor, table):
                cursor.execute(statement)
            cursor.execute(f"DELETE FROM {TABLE} WHERE table_name = %s", [table])
            cursor.execute(
                f"INSERT INTO {TABLE} (table_name, delta) SELECT %s, count(*) FROM {table}", [table]
            )


def uninstall_row_counts(connection):
    """Drop the counting triggers (the counts' table is going: migrating back past it)."""
    existing = set(connection.introspection.table_names())
    postgresql = connection.vendor == "postgresql"
    events = ("insert", "delete", "truncate") if postgresql else ("insert", "delete")
    with connection.cursor() as cursor:
        for table in set(counted_tables()) & existing:
            for name in events:
                on = f" ON {table}" if postgresql else ""
                cursor.execute(f"DROP TRIGGER IF EXISTS {table}_row_count_{name}{on}")


def counted_rows(model, using="default"):
    """How many rows `model`'s table has, kept by its writes; None if it is not counted (or not yet).

    A block recording its reads (registry.common.data_versions.reads_recorded) is told that it read
    the table: what it builds from the count changes with the table's rows.
    """
    table = model._meta.db_table
    if table not in counted_tables():
        return None
    with connections[using].cursor() as cursor:
        cursor.execute(f"SELECT count(*), sum(delta) FROM {TABLE} WHERE table_name = %s", [table])
        rows, total = cursor.fetchone()
    if not rows:
        return None
    note_read([version_of_table(model)])
    return int(total)


def unfiltered_count(queryset):
    """The number of rows of `queryset` if it selects every row of its table (`selects_every_row`),
    read from the kept count; otherwise None."""
    if not selects_every_row(queryset):
        return None
    return counted_rows(queryset.model, queryset.db)


def selects_every_row(queryset):
    """Whether `queryset` selects every row of its table: no filter, grouping, distinct, slice or
    union; only columns, annotations per row, joins along foreign keys and an order. No query."""
    query = queryset.query
    return not (
        query.where
        or query.distinct
        or query.combinator
        or query.is_sliced
        or query.group_by is not None
        or query.extra_tables
        or not all(_keeps_every_row(join) for join in query.alias_map.values())
    )


def _keeps_every_row(join):
    """Whether a table of the query's FROM leaves the count of its rows as it is: the table itself, or
    a join along a foreign key of an earlier table (select_related: one row or none, and kept)."""
    if getattr(join, "join_type", None) is None:
        return True  # the base table
    field = join.join_field
    if not isinstance(field, ForeignKey):
        return False  # a reverse or many-to-many join: as many rows as related ones
    return join.join_type == LOUTER or not field.null
