"""Writing millions of generated rows fast, on PostgreSQL and SQLite; and a progress bar to watch it.

`Writer` takes rows as field values (no model instances) and inserts them a batch at a time: by
COPY on PostgreSQL, by executemany on SQLite. `indexes_built_after_loading` is PostgreSQL's advice
for populating a database: build indexes and check keys once at the end, not row by row.
"""

import contextlib
import datetime
import functools
import json
import operator

from django.core.management.color import no_style
from django.db import connections
from django.db.models import Max

#: Rows per COPY or executemany. Large enough to amortise a round trip, small enough to keep memory flat.
BATCH_SIZE = 5000


class ProgressBar:
    """A progress bar on a stream (stderr): redrawn in place on a terminal, a line per quarter otherwise."""

    WIDTH = 30

    def __init__(self, stream, label, total):
        self.stream, self.label, self.total = stream, label, max(total, 1)
        self.interactive = getattr(stream, "isatty", lambda: False)()
        self.shown = -1

    def update(self, done):
        steps = 100 if self.interactive else 4
        step = done * steps // self.total
        if step == self.shown:
            return
        self.shown = step
        filled = done * self.WIDTH // self.total
        line = f"{self.label:<22} [{'#' * filled}{'.' * (self.WIDTH - filled)}] {done:>9,}/{self.total:,}"
        if self.interactive:
            self.stream.write("\r" + line + ("\n" if done >= self.total else ""))
            self.stream.flush()
        else:
            self.stream.write(line + "\n")


class Table:
    """How rows of one model go into its table: the columns, in order, and the values' database form.

    Columns the generator does not give get the field's default (a constant: "", False, an empty
    list); a field with no constant default must be given, so a new model field cannot slip through.
    """

    def __init__(self, model, columns, connection):
        self.model = model
        self.columns = list(columns)
        fields = {field.attname: field for field in model._meta.concrete_fields}
        self.converters = [
            (index, converter)
            for index, name in enumerate(self.columns)
            if (converter := _converter(fields[name], connection))
        ]
        self.defaults = []
        for name, model_field in fields.items():
            if name in self.columns or model_field.primary_key:
                continue
            if (
                model_field.has_default()
                and callable(model_field.default)
                and model_field.default not in (list, dict)
            ):
                raise ValueError(f"{model._meta.label}.{name} has no constant default: give it a value")
            value = model_field.get_default()
            if value is None and not model_field.null:
                raise ValueError(f"{model._meta.label}.{name} is required: give it a value")
            self.defaults.append((name, model_field.get_db_prep_save(value, connection)))
        self.all_columns = [fields[name].column for name in self.columns] + [
            name for name, _ in self.defaults
        ]
        self.default_values = tuple(value for _name, value in self.defaults)
        self.pick = operator.itemgetter(*self.columns)

    def row(self, values):
        row = self.pick(values)
        if len(self.columns) == 1:
            row = (row,)
        if self.converters:
            row = list(row)
            for index, converter in self.converters:
                if row[index] is not None:
                    row[index] = converter(row[index])
        return (*row, *self.default_values)


def _converter(model_field, connection):
    """What turns a Python value into what the database driver takes for `model_field` (None: as it is)."""
    internal = model_field.get_internal_type()
    if internal == "JSONField":
        return json.dumps
    if connection.vendor == "postgresql":
        return None
    if internal == "UUIDField":
        return lambda value: value.hex  # Django keeps UUIDs as 32 hex digits on SQLite
    if internal == "DateTimeField":  # one value (the anchor day's noon) for every row: convert it once
        return functools.lru_cache(maxsize=16)(connection.ops.adapt_datetimefield_value)
    if internal == "DateField":
        return datetime.date.isoformat
    return None


class Writer:
    """Collects rows and inserts them a batch at a time, with primary keys chosen here.

    Not `bulk_create`: building a model instance and compiling its INSERT costs about 40 us a row,
    more than two minutes for the 3.7 million rows of the full size. Rows go in as tuples instead:
    by COPY on PostgreSQL, by executemany on SQLite. `add()` takes the same field names as the
    model (`parent_id`, not `parent`), so a typo is a KeyError, not a silently missing value.
    """

    def __init__(self, using):
        self.using = using
        self.connection = connections[using]
        self.tables = {}
        self.pending = {}
        self.next_pk = {}
        self.written = {}

    def pk(self, model):
        """The next free primary key of `model` (after the highest one in the database when we started)."""
        if model not in self.next_pk:
            highest = model.objects.using(self.using).aggregate(highest=Max("pk"))["highest"] or 0
            self.next_pk[model] = highest + 1
        value = self.next_pk[model]
        self.next_pk[model] += 1
        return value

    def add(self, model, **values):
        table = self.tables.get(model)
        if table is None:
            table = self.tables[model] = Table(model, values, self.connection)
        batch = self.pending.setdefault(model, [])
        batch.append(table.row(values))
        if len(batch) >= BATCH_SIZE:
            self.flush(model)

    def flush(self, model=None):
        for each in [model] if model else list(self.pending):
            batch = self.pending.pop(each, [])
            if batch:
                self.insert(self.tables[each], batch)
                self.written[each] = self.written.get(each, 0) + len(batch)

    def insert(self, table, rows):
        quote = self.connection.ops.quote_name
        columns = ", ".join(quote(column) for column in table.all_columns)
        name = quote(table.model._meta.db_table)
        with self.connection.cursor() as cursor:
            if self.connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {name} ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                placeholders = ", ".join(["%s"] * len(table.all_columns))
                cursor.executemany(f"INSERT INTO {name} ({columns}) VALUES ({placeholders})", rows)

    def reset_sequences(self):
        """PostgreSQL's id sequences do not see ids given explicitly: move them past ours."""
        statements = self.connection.ops.sequence_reset_sql(no_style(), list(self.next_pk))
        if statements:
            with self.connection.cursor() as cursor:
                for statement in statements:
                    cursor.execute(statement)


@contextlib.contextmanager
def indexes_built_after_loading(connection, models):
    """On PostgreSQL, drop the indexes, unique and foreign keys of `models`' tables; rebuild them after.

    PostgreSQL's manual ("Populating a Database") advises it: an index built once over all rows is
    sorted in one pass, where one maintained row by row is not (the trigram GIN indexes most of all),
    and a deferred foreign key queues a check per row until COMMIT, where adding it back checks every
    row in one join. Primary keys stay. Call inside a transaction: DDL is transactional on PostgreSQL,
    so a failure (a duplicate, a row pointing nowhere) undoes the whole load, indexes included.
    SQLite keeps its indexes: it has no cheaper way to build them.
    """
    if connection.vendor != "postgresql":
        yield
        return
    tables = [model._meta.db_table for model in models]
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        # Earlier writes of this transaction may have checks queued, and a table with queued checks
        # cannot be altered: run them now (then defer again, as Django's keys are by default).
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        cursor.execute(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), contype FROM pg_constraint "
            "WHERE contype IN ('u', 'f') AND conrelid = ANY(%s::regclass[]) ORDER BY contype DESC, 1, 2",
            [tables],
        )
        constraints = cursor.fetchall()  # unique ones first: add them back before the foreign keys
        cursor.execute(
            "SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index "
            "WHERE indrelid = ANY(%s::regclass[]) AND NOT indisprimary "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = indexrelid) ORDER BY 1",
            [tables],
        )
        indexes = cursor.fetchall()
        for table, name, _definition, _kind in constraints:
            cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {quote(name)}")
        for name, _definition in indexes:
            cursor.execute(f"DROP INDEX {name}")
    yield
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")  # sorts for index builds in memory
        for _name, definition in indexes:
            cursor.execute(definition)
        for table, name, definition, _kind in constraints:
            cursor.execute(f"ALTER TABLE {table} ADD CONSTRAINT {quote(name)} {definition}")
