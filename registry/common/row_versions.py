"""Row versions: a digest per record of the rows a piece of a page shows, changed by any write to one.

The data versions (registry.common.data_versions) change with every write to a table: after an
agreement's save, every institution page builds all of its agreement cards anew, though the save
changed one agreement, most often on no card of that page. A card kept under the versions of its
own rows is built anew only when one of them changes.

PostgreSQL gives every row version two system columns that any write to it changes: `xmin`, the
transaction that wrote it, and `ctid`, where it lies (an UPDATE always writes a new row version
elsewhere, a second one in the same transaction too). Whatever the path of the write (a save,
`QuerySet.update`, raw SQL, COPY, a merge, a migration), the pair changes; a row added to or
deleted from a record's related rows changes their list. `row_versions` reads, in one query, a
digest of the pairs of a record's row and of the rows each `Shown` names, for a page's records.
What a card is built from must be nothing else: `tables_of` names the tables the digest covers,
and the caller keeps a card only when what it read while it was built (reads_recorded) is among
them. SQLite keeps no such columns: there `row_versions` gives None and the caller keeps what it
builds under the tables' versions. The digests also name the version of the scope ROWS, which
`bump_versions()` changes with every table's (registry.common.data_versions).

A list's rows are kept the same way (`kept_per_row`: the agreement list, the API's agreements), with
the digests read in the page's own query (`with_row_versions`, `page_row_versions`).
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db import connections
from django.db.models.expressions import RawSQL

from registry.common.data_versions import CACHED_SECONDS, ROWS, current_versions, reads_recorded
from registry.common.planned_once import planned_once


@dataclass(frozen=True)
class Shown:
    """Rows of `model` a record's piece shows: those whose `column` equals the record's `record_column`,
    each with the row of `then` that its column `then_column` names (a party's institution)."""

    model: type
    column: str
    record_column: str = "id"
    then: type | None = None
    then_column: str | None = None


def tables_of(model, shown):
    """The tables `row_versions(model, ..., shown)` covers."""
    return {model._meta.db_table} | {
        table
        for item in shown
        for table in (item.model._meta.db_table, item.then and item.then._meta.db_table)
        if table
    }


def keeps_row_versions(using):
    """Whether the database `using` keeps row versions (PostgreSQL, migrated since the ROWS scope)."""
    return connections[using].vendor == "postgresql" and current_versions().get(ROWS) is not None


def digest_sql(connection, model, shown, record):
    """SQL: the md5 digest of the row versions of the row of `model` that `record` (a table alias)
    names and of the rows `shown` names for it."""
    quote = connection.ops.quote_name
    parts = [f"{record}.xmin::text || {record}.ctid::text"]
    for item in shown:
        version = "s.xmin::text || s.ctid::text"
        joined = ""
        if item.then is not None:
            version += " || coalesce(t.xmin::text || t.ctid::text, '-')"
            joined = f"LEFT JOIN {quote(item.then._meta.db_table)} t ON t.id = s.{quote(item.then_column)}"
        parts.append(
            f"coalesce((SELECT string_agg(version, ',' ORDER BY version) FROM (SELECT {version} AS version "
            f"FROM {quote(item.model._meta.db_table)} s {joined} "
            f"WHERE s.{quote(item.column)} = {record}.{quote(item.record_column)}) AS shown), '')"
        )
    return f"md5(concat_ws('|', {', '.join(parts)}))"


def row_versions(using, model, pks, shown):
    """{pk: digest of the row versions of record `pk` of `model` and of the rows `shown` names} for the
    records of `pks` that exist; None on a database without row versions (SQLite)."""
    if not keeps_row_versions(using):  # SQLite, or not migrated since the ROWS scope was added
        return None
    if not pks:
        return {}
    connection = connections[using]
    generation = current_versions()[ROWS]  # bumped with every table's version by bump_versions()
    sql = (
        f"SELECT r.id, {digest_sql(connection, model, shown, 'r')} "
        f"FROM {connection.ops.quote_name(model._meta.db_table)} r WHERE r.id = ANY(%s)"
    )
    with planned_once(connection) as cursor:  # the same SQL for every page of `model`: planned once
        cursor.execute(sql, [list(pks)])
        return {pk: f"{generation}-{digest}" for pk, digest in cursor.fetchall()}  # as with_row_versions


def with_row_versions(queryset, shown, prefetches=False):
    """`queryset` annotated with `row_version`: each record's digest as `row_versions` gives it, read in
    the same statement as the records (so a record built after it is at least as new as its digest
    says), its prefetches dropped unless `prefetches`; None on a database without row versions."""
    if not keeps_row_versions(queryset.db):
        return None
    connection = connections[queryset.db]
    model = queryset.model
    # The query's own table keeps its name as its alias (Django's first alias), which the SQL names.
    record = connection.ops.quote_name(model._meta.db_table)
    generation = current_versions()[ROWS]
    digest = RawSQL(f"%s || '-' || {digest_sql(connection, model, shown, record)}", (str(generation),))
    return (queryset if prefetches else queryset.prefetch_related(None)).annotate(row_version=digest)


def page_row_versions(rows, shown):
    """[(pk, row version)] of the records of `rows` (a queryset, sliced to a page), in its order, in
    one query (`with_row_versions`); None on a database without row versions."""
    annotated = with_row_versions(rows, shown)
    return None if annotated is None else list(annotated.values_list("pk", "row_version"))


def _kept_rows_key(model, kept_for):
    # The ROWS version in the key: after bump_versions() nothing kept before is found (`kept_rows`).
    return f"kept-per-row:{model._meta.label}:{kept_for}:{current_versions()[ROWS]}"


def kept_rows(model, kept_for):
    """{pk: (row version, HTML)} of the records of `model` kept for `kept_for` (see `kept_per_row`);
    empty when none is, or none since the last bump_versions()."""
    return cache.get(_kept_rows_key(model, kept_for)) or {}


def keep_rows(model, kept_for, kept, built, read, shown):
    """Add `built` ({pk: (row version, HTML)}) to `kept` (what `kept_rows` gave) and keep it, when what
    was read while building it (`read`, reads_recorded) is among the tables the versions cover."""
    if built and read <= tables_of(model, shown):
        kept.update(built)
        cache.set(_kept_rows_key(model, kept_for), kept, CACHED_SECONDS)


def kept_per_row(model, versions, shown, kept_for, build, kept=None):
    """{pk: HTML} of the records of `model` that `versions` ({pk: row version}) names, each kept in the
    cache under its row version; `build(pks)` writes {pk: HTML} of those not kept, from their rows and
    the rows that `shown` names (nothing else: see below). `kept`: what `kept_rows` gave, if read.

    The records kept for `kept_for` (a page: an institution's timeline, a list's address) are one
    entry of the cache, {pk: (version, HTML)}: an entry per record would fill the cache's entries.
    What is built is kept only when what it read (reads_recorded) is among the tables the versions
    cover (`tables_of`): a record's HTML changed to show more must name those rows in `shown`.
    """
    kept = kept_rows(model, kept_for) if kept is None else kept
    found = {pk: kept[pk][1] for pk, version in versions.items() if pk in kept and kept[pk][0] == version}
    missing = [pk for pk in versions if pk not in found]
    if missing:
        with reads_recorded() as read:
            built = build(missing)
        keep_rows(
            model,
            kept_for,
            kept,
            {pk: (versions[pk], html) for pk, html in built.items() if pk in versions},
            read,
            shown,
        )
        found.update(built)
    return found
