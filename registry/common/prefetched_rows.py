"""Records with their prefetched lists in one query, on PostgreSQL: what `prefetch_related` fetches in many.

An institution page built with nothing kept writes 50 timeline cards, and each kind's records came
with their lists (`for_timeline`: parties, renewals, signatories, citations, members) by Django's
`prefetch_related`, a query per list: 11 queries whose building, compiling and model instances were
two fifths of the page's CPU (cProfile, full size), for 1-3 ms of PostgreSQL.
`records_with_prefetches(queryset, pks)` reads the same records and lists in one statement: each
list is a subquery aggregating its rows as JSON, each `select_related` row a JSON array too, written
from what the queryset's own `Prefetch` objects say (their relation, `to_attr`, queryset order,
`select_related` and `only`). The model instances are made from the columns' values as Django makes
them from a row (`Model.from_db`, each value through its field's `to_python`), so a card built from
them is the card built from the ORM's (tests compare them field by field and card by card).

What it cannot write (a prefetch with a filter, an order through a relation, a plain lookup string,
nested lookups) and other databases than PostgreSQL take the ORM's way.
"""

import datetime
import functools
import json

from django.db import connections
from django.db.models import DateField, Field, JSONField, Model, Prefetch
from django.db.models.base import ModelState
from django.db.models.expressions import RawSQL
from django.db.models.fields.related import ForeignKey, ManyToManyField
from django.db.models.fields.reverse_related import ManyToOneRel
from django.db.models.query import ModelIterable
from django.db.models.signals import post_init, pre_init

from registry.common.data_versions import ROWS, current_versions
from registry.common.planned_once import planned_once
from registry.common.row_versions import digest_sql, with_row_versions

#: PostgreSQL's json_build_array takes at most 100 arguments.
MAX_COLUMNS = 100


class NotWritable(Exception):
    """The queryset asks for something this module does not write in SQL: the ORM fetches it."""


def records_with_prefetches(queryset, pks, row_versions_of=None):
    """The records of `queryset`'s model whose ids are `pks`, with what its `select_related` and
    `Prefetch(..., to_attr=...)` lookups fetch, in any order: one query on PostgreSQL, the ORM's
    queries elsewhere. The queryset's own filters are not applied: `pks` were read from it.

    With `row_versions_of` (the rows a record's piece shows, registry.common.row_versions.Shown),
    each record also has its `row_version`, read in the same statement (`with_row_versions`); only
    where rows keep versions (PostgreSQL).
    """
    pks = list(pks)
    connection = connections[queryset.db]
    if not pks:
        return []
    if connection.vendor == "postgresql":
        try:
            statement = _statement(connection, queryset, row_versions_of)
        except NotWritable:
            pass
        else:
            return statement.records(connection, pks)
    if row_versions_of is not None:  # None where rows keep no versions: the records alone
        queryset = with_row_versions(queryset, row_versions_of, prefetches=True) or queryset
    return list(queryset.filter(pk__in=pks))


#: Fields whose values JSON gives as Python gives them from a row: no conversion (to_python would
#: only copy them). Dates, times, UUIDs and decimals arrive as text and go through `to_python`.
AS_JSON_GIVES = {
    "AutoField",
    "BigAutoField",
    "BigIntegerField",
    "BooleanField",
    "CharField",
    "EmailField",
    "FloatField",
    "ForeignKey",
    "IntegerField",
    "JSONField",
    "OneToOneField",
    "PositiveBigIntegerField",
    "PositiveIntegerField",
    "PositiveSmallIntegerField",
    "SlugField",
    "SmallAutoField",
    "SmallIntegerField",
    "TextField",
    "URLField",
}


def json_converter(field):
    """What makes a field's value from its JSON (None: the JSON value itself)."""
    if isinstance(field, JSONField):
        return None  # a JSON column arrives parsed, inside the JSON
    if type(field) is DateField:
        # PostgreSQL writes a date in JSON as ISO 8601 whatever its DateStyle: one C call makes it,
        # where DateField.to_python took four calls a value (an institution page's 1,000 timeline
        # keys and its cards' dates: about 0.4 ms of CPU, cProfile).
        return datetime.date.fromisoformat
    if field.get_internal_type() in AS_JSON_GIVES and field.get_internal_type() == type(field).__name__:
        return None
    if isinstance(field, ForeignKey) and field.target_field.get_internal_type() in AS_JSON_GIVES:
        return None
    return field.to_python


@functools.lru_cache(maxsize=256)
def columns_of(model, names=frozenset(), defer=True):
    """The _Columns of `model` as a query's `deferred_loading` (`names`, `defer`) says, made once per
    process: a page reads the same few kinds of rows on every request (a model's fields do not change
    once loaded)."""
    return _Columns(model, (names, defer))


class _Columns:
    """The columns of `model` read (all concrete ones, or those `only()` names and the id), as a JSON
    array in SQL and back as a model instance."""

    def __init__(self, model, deferred_loading=(frozenset(), True)):
        names, defer = deferred_loading
        fields = model._meta.concrete_fields
        named = {model._meta.get_field(name).attname for name in names}
        if defer:
            fields = [field for field in fields if field.attname not in named or field.primary_key]
        else:
            fields = [field for field in fields if field.attname in named or field.primary_key]
        if len(fields) > MAX_COLUMNS:
            raise NotWritable("too many columns")
        self.model = model
        self.fields = list(fields)
        self.attnames = None if defer and not names else [field.attname for field in self.fields]
        self.read_attnames = [field.attname for field in self.fields]
        self.sql_by_alias = {}
        self.converters = [
            (index, convert) for index, field in enumerate(self.fields) if (convert := json_converter(field))
        ]

    def sql(self, connection, alias):
        key = (connection.vendor, alias)
        if key not in self.sql_by_alias:
            quote = connection.ops.quote_name
            columns = ", ".join(f"{alias}.{quote(field.column)}" for field in self.fields)
            self.sql_by_alias[key] = f"json_build_array({columns})"
        return self.sql_by_alias[key]

    def instance(self, db, values):
        if len(values) != len(self.fields):
            raise ValueError(
                f"{len(values)} values for the {len(self.fields)} columns of {self.model.__name__}"
            )
        for index, convert in self.converters:
            if values[index] is not None:
                values[index] = convert(values[index])
        if plainly_made(self.model):
            return made_from_values(self.model, db, self.read_attnames, values)
        return self.model.from_db(db, self.attnames, values)


def plainly_made(model):
    """Whether `Model.from_db` would make a record of `model` by `Model.__init__` alone: no `__init__`
    or `from_db` of its own, no receiver of `pre_init` or `post_init` (checked on each call: a
    receiver may be connected at any time)."""
    return (
        model.__init__ is Model.__init__
        and model.from_db.__func__ is Model.from_db.__func__
        and not pre_init.receivers
        and not post_init.receivers
    )


def made_from_values(model, db, attnames, values):
    """The record `model.from_db(db, attnames, values)` makes, its values set straight into the
    instance's dictionary.

    `Model.__init__` sets each field through `setattr` and sends `pre_init` and `post_init`: for the
    1,200 records and listed rows of an institution page's cards that was a tenth of the page's CPU
    after a write (cProfile). A fresh instance's fields are plain entries of its `__dict__` (the
    descriptors of the fields only read them there, and a foreign key's id descriptor clears a cached
    row, which a new record has none of), so setting them there makes the same record; the fields not
    read stay deferred, as `from_db` leaves them.
    """
    record = model.__new__(model)
    record.__dict__.update(zip(attnames, values, strict=True))
    state = record._state = ModelState()
    state.adding = False
    state.db = db
    return record


class _Joined:
    """A `select_related` row of a row (the record's, or a listed row's): None when the key is null."""

    def __init__(self, model, name, deferred_loading=(frozenset(), True)):
        field = model._meta.get_field(name)
        if not isinstance(field, ForeignKey):
            raise NotWritable(f"select_related({name!r})")
        self.field = field
        names, defer = deferred_loading
        self.columns = columns_of(field.related_model, names, defer)

    def sql(self, connection, alias, index):
        quote = connection.ops.quote_name
        joined = f"j{index}_{alias}"
        return (
            f"LEFT JOIN {quote(self.field.related_model._meta.db_table)} {joined} "
            f"ON {joined}.{quote(self.field.target_field.column)} = {alias}.{quote(self.field.column)}",
            f"CASE WHEN {joined}.{quote(self.field.target_field.column)} IS NULL THEN NULL "
            f"ELSE {self.columns.sql(connection, joined)} END",
        )

    def attach(self, db, instance, values):
        self.field.set_cached_value(instance, None if values is None else self.columns.instance(db, values))


def _joined_of(model, select_related, related_names=(), defer=True):
    """The _Joined rows of a query's `select_related` (one level of named foreign keys), each with
    the columns its `only()` or `defer()` names say (`related_names`: {key: its names})."""
    if select_related is True:
        raise NotWritable("select_related() of every key")
    if not select_related:
        return []
    if any(nested for nested in select_related.values()):
        raise NotWritable("nested select_related")
    if set(related_names) - set(select_related):
        raise NotWritable("only() or defer() of a row not joined")
    return [
        _Joined(model, name, (related_names.get(name, frozenset()), defer if name in related_names else True))
        for name in select_related
    ]


def split_names(names, defer):
    """A query's `only()` or `defer()` names as (the row's own names, {joined key: its names}):
    "visitor__created_at" names the column of the row joined by `visitor`. Under `only()` a key whose
    row's columns are named is read too, as Django reads it."""
    own, related = set(), {}
    for name in names:
        key, _, column = name.partition("__")
        if not column:
            own.add(name)
        elif "__" in column:
            raise NotWritable(f"a column two joins away: {name!r}")
        else:
            related.setdefault(key, set()).add(column)
    if not defer:
        own |= set(related)
    return frozenset(own), {key: frozenset(columns) for key, columns in related.items()}


def columns_not_shown(model, key, shown):
    """`defer()` names of the columns of `model`, the row joined by `key`, but its id and `shown`:
    a card that shows a joined row's name reads no more of it (new columns stay unread too)."""
    return [
        f"{key}__{field.name}"
        for field in model._meta.concrete_fields
        if not field.primary_key and field.name not in shown
    ]


class _Row:
    """A row's columns and its joined rows: `[[columns], [joined 1], ...]` in SQL, an instance back."""

    def __init__(self, model, query):
        names, defer = query.deferred_loading
        own, related = split_names(names, defer)
        self.columns = columns_of(model, own, defer)
        self.joined = _joined_of(model, query.select_related, related, defer)

    def sql(self, connection, alias):
        joins, parts = [], [self.columns.sql(connection, alias)]
        for index, joined in enumerate(self.joined):
            join, part = joined.sql(connection, alias, index)
            joins.append(join)
            parts.append(part)
        return " ".join(joins), f"json_build_array({', '.join(parts)})"

    def instance(self, db, values):
        instance = self.columns.instance(db, values[0])
        for joined, joined_values in zip(self.joined, values[1:], strict=True):
            joined.attach(db, instance, joined_values)
        return instance


class _Listed:
    """A `Prefetch(lookup, queryset, to_attr)` of a reverse foreign key or a many-to-many relation.

    With `filtered`, its queryset may filter the listed rows by their own columns (`_own_filter`):
    written with parameters, which only `lists_inline` passes (a `_Statement` has none)."""

    def __init__(self, model, prefetch, filtered=False):
        if not isinstance(prefetch, Prefetch) or not prefetch.to_attr or "__" in prefetch.prefetch_through:
            raise NotWritable(f"prefetch {prefetch!r}")
        relation = model._meta.get_field(prefetch.prefetch_through)
        listed = relation.related_model
        query = (prefetch.queryset if prefetch.queryset is not None else listed._default_manager.all()).query
        more = query.annotations or query.extra or query.distinct or query.is_sliced
        if more or (query.where and not filtered):
            raise NotWritable(f"a prefetch queryset with more than an order: {prefetch.prefetch_through}")
        self.query = query
        self.back = None
        if type(relation) is ManyToOneRel:  # a reverse foreign key (not a one-to-one)
            self.back = relation.field  # each listed row's record, set as prefetch_related sets it
            self.through = None
            self.column = relation.field.column  # the listed row's key to the record
        elif isinstance(relation, ManyToManyField):  # declared on `model`, through its table
            through = relation.remote_field.through._meta
            self.through = through.db_table
            self.column = through.get_field(relation.m2m_field_name()).column
            self.through_column = through.get_field(relation.m2m_reverse_field_name()).column
        else:
            raise NotWritable(f"relation {prefetch.prefetch_through}")
        self.model = listed
        self.to_attr = prefetch.to_attr
        self.row = _Row(listed, query)
        self.order = self._order(listed, list(query.order_by) or list(listed._meta.ordering))

    @staticmethod
    def _order(model, names):
        """[(column, descending)], the id last (Django leaves ties in any order; these are fixed)."""
        order = []
        for name in names:
            if not isinstance(name, str) or "__" in name or name.startswith("?"):
                raise NotWritable(f"order_by({name!r})")
            descending = name.startswith("-")
            name = name.lstrip("-")
            field = model._meta.pk if name == "pk" else model._meta.get_field(name)
            if field.is_relation:
                raise NotWritable(f"order_by({name!r}): a relation's order")
            order.append((field.column, descending))
        return [*order, (model._meta.pk.column, False)]

    def rows(self, db, record, values):
        rows = [self.row.instance(db, value) for value in values]
        if self.back is not None:
            for row in rows:
                self.back.set_cached_value(row, record)
        return rows

    def sql(self, connection, record_alias, record_key):
        sql, params = self.sql_with_params(connection, record_alias, record_key)
        if params:
            raise NotWritable("a filtered list in a statement without parameters")
        return sql

    def sql_with_params(self, connection, record_alias, record_key):
        quote = connection.ops.quote_name
        alias = "s"
        own_filter, params = _own_filter(connection, self.query, alias)
        joins, row = self.row.sql(connection, alias)
        order = ", ".join(
            f"{alias}.{quote(column)}{' DESC' if descending else ''}" for column, descending in self.order
        )
        table = f"{quote(self.model._meta.db_table)} {alias}"
        if self.through is None:
            where = f"{alias}.{quote(self.column)} = {record_alias}.{quote(record_key)}"
        else:
            table += (
                f" JOIN {quote(self.through)} t ON t.{quote(self.through_column)} = "
                f"{alias}.{quote(self.model._meta.pk.column)}"
            )
            where = f"t.{quote(self.column)} = {record_alias}.{quote(record_key)}"
        if own_filter:
            where += f" AND {own_filter}"
        listed = f"SELECT json_agg({row} ORDER BY {order}) FROM {table} {joins} WHERE {where}"
        return f"coalesce(({listed}), '[]')", params


def _own_filter(connection, query, alias):
    """(SQL, params) of the filter of `query` (a list's queryset) on its table named `alias` (no
    filter: an empty SQL); NotWritable if it reads another table than the list's own."""
    if not query.where:
        return "", []
    if len(query.alias_map) != 1:
        raise NotWritable("a list filtered through another table")
    where = query.where.relabeled_clone({query.base_table: alias})
    sql, params = query.get_compiler(connection=connection).compile(where)
    return f"({sql})", list(params)


#: The statements written so far, by what they are written from (`_shape`): at most this many.
MAX_STATEMENTS = 256
_statements = {}


def _statement(connection, queryset, row_versions_of):
    """The `_Statement` of `queryset`, written once per process for each shape of query (`_shape`).

    An institution page built after a write asks the same three statements on every build, one per
    kind of card; writing each anew (its columns, joins and lists, from the queryset's prefetches)
    was a millisecond of the page's CPU (timed without a profiler, full size)."""
    shape = (connection.alias, _shape(queryset), None if row_versions_of is None else tuple(row_versions_of))
    statement = _statements.get(shape)
    if statement is None:
        statement = _Statement(connection, queryset, row_versions_of)
        if len(_statements) >= MAX_STATEMENTS:
            _statements.clear()
        _statements[shape] = statement
    return statement


def _query_shape(query):
    """What `_Row` and `_Listed` read of a query, as a key (raises NotWritable where they would)."""
    if query.where or query.annotations or query.extra or query.distinct or query.is_sliced:
        raise NotWritable("a query with more than an order")
    names, defer = query.deferred_loading
    related = query.select_related
    return (
        query.model,
        frozenset(names),
        defer,
        related if isinstance(related, bool) else repr(related),
        tuple(query.order_by),
    )


def _shape(queryset):
    """What `_Statement` is written from: the queryset's model, columns, joins and prefetches (their
    relation, list name and query), never its filters (the statement reads records by id)."""
    query = queryset.query
    if query.annotations or query.extra:
        raise NotWritable("annotations")
    names, defer = query.deferred_loading
    related = query.select_related
    prefetches = []
    for prefetch in queryset._prefetch_related_lookups:
        if not isinstance(prefetch, Prefetch) or not prefetch.to_attr:
            raise NotWritable(f"prefetch {prefetch!r}")
        listed = None if prefetch.queryset is None else _query_shape(prefetch.queryset.query)
        prefetches.append((prefetch.prefetch_through, prefetch.to_attr, listed))
    return (
        queryset.model,
        frozenset(names),
        defer,
        related if isinstance(related, bool) else repr(related),
        tuple(prefetches),
    )


class _Statement:
    """The one query of `records_with_prefetches`: the record's row and joined rows, a column per list.
    Written once per shape of query and kept (`_statement`): it holds no connection, no record."""

    def __init__(self, connection, queryset, row_versions_of=None):
        model = queryset.model
        if queryset.query.annotations or queryset.query.extra:
            raise NotWritable("annotations")
        self.db = queryset.db
        self.row = _Row(model, queryset.query)
        self.listed = [_Listed(model, prefetch) for prefetch in queryset._prefetch_related_lookups]
        quote = connection.ops.quote_name
        pk = model._meta.pk.column
        joins, row = self.row.sql(connection, "r")
        lists = "".join(f", {listed.sql(connection, 'r', pk)}" for listed in self.listed)
        if row_versions_of is not None:  # last: the row version, a string
            lists += f", %s || '-' || {digest_sql(connection, model, row_versions_of, 'r')}"
        self.with_versions = row_versions_of is not None
        # All the records as one JSON array: one value to fetch and parse, not one per record and
        # list (an institution page's 50 cards were 200 values, each through psycopg's JSON loader).
        table = quote(model._meta.db_table)
        selected = f"SELECT json_agg(json_build_array({row}{lists})) FROM {table} r {joins}"
        self.sql = f"{selected} WHERE r.{quote(pk)} = ANY(%s)"
        # One record (an institution page's institution, its panels) by `=`, not `= ANY`: PostgreSQL's
        # plan for any parameters counts an array as ten ids, so it judged that plan ten times dearer
        # than one planned for a one-id array and planned the statement anew on every run, prepared or
        # not (pg_prepared_statements: no generic plan in 93 runs). With `=` it keeps one plan: the
        # institution and its history's row versions 1.80 -> 1.19 ms a run, its panels 0.45 -> 0.16.
        self.sql_one = f"{selected} WHERE r.{quote(pk)} = %s"

    def params(self):
        # The generation of the row versions as row_versions.with_row_versions writes it, read now.
        return [str(current_versions()[ROWS])] if self.with_versions else []

    def records(self, connection, pks):
        sql, ids = (self.sql_one, pks[0]) if len(pks) == 1 else (self.sql, pks)
        with planned_once(connection) as cursor:  # the same SQL for every record: planned once
            cursor.execute(sql, [*self.params(), ids])
            (rows,) = cursor.fetchone()
        return self.made(rows)

    def made(self, rows):
        """The records of the statement's one value (its JSON array, or its text)."""
        if isinstance(rows, str):  # a connection that gives JSON as text
            rows = json.loads(rows)
        records = []
        for row in rows or ():  # null: no record
            version = row[-1] if self.with_versions else None
            row = row[:-1] if self.with_versions else row
            record = self.row.instance(self.db, row[0])
            for listed, values in zip(self.listed, row[1:], strict=True):
                setattr(record, listed.to_attr, listed.rows(self.db, record, values))
            if self.with_versions:
                record.row_version = version
            records.append(record)
        return records


def record_with(queryset, pk, also_sql, also_params):
    """(The record of `queryset`'s model whose id is `pk`, as `records_with_prefetches` reads it, or None;
    the value of the one-value query `also_sql` run with `also_params`), read in one statement.

    The institution page reads its institution and its timeline's keys (registry.common.compiled.
    BoundUnion.json_sql) so: two round trips were one more than it needs. NotWritable on another
    database than PostgreSQL, or for a queryset `records_with_prefetches` reads by the ORM."""
    connection = connections[queryset.db]
    if connection.vendor != "postgresql":
        raise NotWritable(f"one statement of two on {connection.vendor}")
    statement = _statement(connection, queryset, None)
    with planned_once(connection) as cursor:  # the same SQL for every record: planned once
        cursor.execute(f"SELECT ({statement.sql_one}), ({also_sql})", [*statement.params(), pk, *also_params])
        rows, also = cursor.fetchone()
    found = statement.made(rows)
    return (found[0] if found else None), also


def lists_inline(queryset):
    """`queryset` with its lists (`Prefetch(..., to_attr=...)`) read in its own query, on PostgreSQL:
    each a JSON subquery of the row's columns (as `records_with_prefetches` writes them), made into
    the same list of records as `prefetch_related` makes when the rows are read (`ListsInlineIterable`).

    A list page built anew read its rows and then each list in a query of its own (the institution
    lists' acronyms, the agreement list's parties): a round trip, a query compiled by the ORM and its
    rows matched to their records, for some 25 short lists. The lists this module cannot write (a
    filter through another table, a nested lookup), and other databases, keep `prefetch_related`.
    The outer table is named by itself in the subquery, as Django names a query's first table.
    """
    connection = connections[queryset.db]
    if connection.vendor != "postgresql" or queryset._iterable_class is not ModelIterable:
        return queryset
    model = queryset.model
    table = connection.ops.quote_name(model._meta.db_table)
    inline, kept = {}, []
    for prefetch in queryset._prefetch_related_lookups:
        try:
            listed = _Listed(model, prefetch, filtered=True)
            sql, params = listed.sql_with_params(connection, table, model._meta.pk.column)
        except NotWritable:
            kept.append(prefetch)
            continue
        inline[f"{listed.to_attr}_inline"] = ListedJSON(listed, sql, params)
    if not inline:
        return queryset
    written = queryset.prefetch_related(None).prefetch_related(*kept).annotate(**inline)
    written._iterable_class = ListsInlineIterable
    return written


class ListedJSON(RawSQL):
    """A list of `lists_inline`: its subquery, and the `_Listed` that makes its records."""

    def __init__(self, listed, sql, params):
        super().__init__(sql, params, output_field=Field())  # no converter: psycopg parses JSON
        self.listed = listed


class ListsInlineIterable(ModelIterable):
    """The records of a `lists_inline` queryset, each list of records under its `to_attr`."""

    def __iter__(self):
        query = self.queryset.query
        inline = [
            (name, expression.listed)
            for name, expression in query.annotations.items()
            if isinstance(expression, ListedJSON) and name in query.annotation_select
        ]
        db = self.queryset.db
        for record in super().__iter__():
            for name, listed in inline:
                values = record.__dict__.pop(name)
                if isinstance(values, str):  # a connection that gives JSON as text
                    values = json.loads(values)
                setattr(record, listed.to_attr, listed.rows(db, record, values))
            yield record
