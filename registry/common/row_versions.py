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
"""

from dataclasses import dataclass

from django.db import connections

from registry.common.data_versions import ROWS, current_versions


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


def row_versions(using, model, pks, shown):
    """{pk: digest of the row versions of record `pk` of `model` and of the rows `shown` names} for the
    records of `pks` that exist; None on a database without row versions (SQLite)."""
    connection = connections[using]
    generation = current_versions().get(ROWS)  # bumped with every table's version by bump_versions()
    if connection.vendor != "postgresql" or generation is None:  # None: not migrated since it was added
        return None
    if not pks:
        return {}
    quote = connection.ops.quote_name
    parts = ["r.xmin::text || r.ctid::text"]
    for item in shown:
        version = "s.xmin::text || s.ctid::text"
        joined = ""
        if item.then is not None:
            version += " || coalesce(t.xmin::text || t.ctid::text, '-')"
            joined = f"LEFT JOIN {quote(item.then._meta.db_table)} t ON t.id = s.{quote(item.then_column)}"
        parts.append(
            f"coalesce((SELECT string_agg(version, ',' ORDER BY version) FROM (SELECT {version} AS version "
            f"FROM {quote(item.model._meta.db_table)} s {joined} "
            f"WHERE s.{quote(item.column)} = r.{quote(item.record_column)}) AS shown), '')"
        )
    sql = (
        f"SELECT r.id, md5(concat_ws('|', {', '.join(parts)})) FROM {quote(model._meta.db_table)} r "
        "WHERE r.id = ANY(%s)"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [list(pks)])
        return {pk: f"{generation}-{digest}" for pk, digest in cursor.fetchall()}
