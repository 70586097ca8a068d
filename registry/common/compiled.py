"""A query compiled once per process for a placeholder id, run for the request's id bound in its place.

Django compiles a queryset to SQL on every request, though a page asks the same query for every
record it shows, its SQL differing only by the record's id among its parameters: the institution
page's three timeline-key queries (each record's date, and an agreement's lifecycle or a
delegation's direction, for its 500 records) took a millisecond of CPU to compile after every write,
and as much again to be read through the ORM's iterable (timed without a profiler, full size).

`BoundQuery(queryset)` compiles a `values_list()` queryset built for `PLACEHOLDER` (a record id no
row has) once, and `rows(pk)` runs its SQL with `pk` put where the placeholder was, each value
through the converters Django would apply (a date read from SQLite's text). A query whose parameters
hold the placeholder anywhere but as a whole parameter (in a list, in a string), or not at all, or
that compiles to no SQL, is `NotBindable`: its caller takes the ORM's way.

`BoundUnion({name: BoundQuery})` runs several such queries for one id in one statement (UNION ALL):
the institution page built after a write read its three kinds of timeline keys in three round trips.
Its `json_sql` is the same rows as one JSON value, for a statement that reads them beside something
else (the institution page reads its timeline keys in the statement reading the institution).
"""

import json

from django.core.exceptions import EmptyResultSet, FullResultSet
from django.db import connections
from django.db.models.query import ValuesListIterable

from registry.common.planned_once import planned_once
from registry.common.prefetched_rows import json_converter

#: The id a query is compiled for: no record has it (ids are positive).
PLACEHOLDER = -7_340_917_253


class NotBindable(Exception):
    """The query's SQL cannot be reused for another id by swapping one parameter."""


class BoundQuery:
    """The SQL of a `values_list()` queryset built for PLACEHOLDER, and its rows for any id."""

    def __init__(self, queryset):
        if queryset._iterable_class is not ValuesListIterable:
            raise NotBindable("not a values_list() of tuples")
        compiler = queryset.query.get_compiler(queryset.db)
        try:
            sql, params = compiler.as_sql()
        except (EmptyResultSet, FullResultSet) as error:
            raise NotBindable(f"no SQL of its own: {error!r}") from error
        self.positions = [index for index, value in enumerate(params) if _is_placeholder(value)]
        if not self.positions:
            raise NotBindable("the placeholder is not among the parameters")
        if any(PLACEHOLDER_TEXT in repr(value) for value in params if not _is_placeholder(value)):
            raise NotBindable("the placeholder inside a parameter")
        self.sql = sql
        self.params = list(params)
        self.using = queryset.db
        fields = [selected[0] for selected in compiler.select[0 : compiler.col_count]]
        if compiler.has_composite_fields(fields):
            raise NotBindable("a composite primary key's column")
        self.width = len(fields)
        self.converters = [
            (position, functions, expression)
            for position, (functions, expression) in compiler.get_converters(fields).items()
        ]
        # What makes each column's value from JSON (a date arrives as text): `BoundUnion.json_sql`.
        self.json_converters = [
            (position, convert)
            for position, field in enumerate(fields)
            if (convert := json_converter(field.output_field))
        ]

    def params_for(self, pk):
        """The query's parameters with `pk` where the placeholder was."""
        params = list(self.params)
        for position in self.positions:
            params[position] = pk
        return params

    def rows(self, pk):
        """The rows the queryset would give built for `pk` instead of the placeholder, as lists."""
        connection = connections[self.using]
        with planned_once(connection) as cursor:  # the same SQL for every id: planned once
            cursor.execute(self.sql, self.params_for(pk))
            return self.converted([list(row) for row in cursor.fetchall()], connection)

    def converted(self, rows, connection):
        """`rows` (lists, as the database gave them) with each value through the ORM's converters."""
        for position, functions, expression in self.converters:
            for row in rows:
                value = row[position]
                for convert in functions:
                    value = convert(value, expression, connection)
                row[position] = value
        return rows


class BoundUnion:
    """Several BoundQuery, each named, run for one id in one statement: [(name, its rows)] in order.

    Each query is read as a table of its own (its ORDER BY kept inside, its rows read in that order,
    as both databases scan such a table), its columns padded with NULLs to the widest's and marked
    by the query's place; each is then converted by its own query's converters. The queries' columns
    must be of types the database can unite place by place (PostgreSQL refuses a number beside a
    text): the caller's tests run each union it builds."""

    def __init__(self, named_queries):
        self.names = list(named_queries)
        self.queries = list(named_queries.values())
        if not self.queries or len({query.using for query in self.queries}) != 1:
            raise NotBindable("no query, or queries of several databases")
        self.using = self.queries[0].using
        width = max(query.width for query in self.queries)
        self.sql = self._union(width)
        # The rows as one JSON array of [part, c1, c2, ...] in the union's order (json_agg takes the
        # rows as its subquery gives them), on PostgreSQL (which names a subquery's columns by a list
        # after its alias); None elsewhere, or where a query's values need the ORM's converters.
        self.json_sql = None
        if connections[self.using].vendor == "postgresql" and not any(q.converters for q in self.queries):
            columns = ", ".join(f"u.{name}" for name in _named(1, width).split(", "))
            self.json_sql = (
                f"SELECT coalesce(json_agg(json_build_array(u.part, {columns})), '[]') "
                f"FROM ({self._union(width, named=True)}) u"
            )

    def _union(self, width, named=False):
        """The queries' UNION ALL, each marked by its place and padded with NULLs to `width` columns;
        `named`: the columns named c1, c2, ... (the union takes the first query's names)."""
        return " UNION ALL ".join(
            f"SELECT {place} AS part, q.*{_padding(query.width, width, named)} "
            f"FROM ({query.sql}) q{f'({_named(1, query.width)})' if named else ''}"
            for place, query in enumerate(self.queries)
        )

    def params_for(self, pk):
        """The union's parameters with `pk` where each query's placeholder was."""
        return [param for query in self.queries for param in query.params_for(pk)]

    def rows(self, pk):
        connection = connections[self.using]
        with planned_once(connection) as cursor:  # the same SQL for every id: planned once
            cursor.execute(self.sql, self.params_for(pk))
            rows = cursor.fetchall()
        return [
            (
                name,
                query.converted(
                    [list(row[1 : 1 + query.width]) for row in rows if row[0] == place], connection
                ),
            )
            for place, (name, query) in enumerate(zip(self.names, self.queries, strict=True))
        ]

    def rows_from_json(self, value):
        """`rows(pk)` from the value of `json_sql` run for `pk` (a list, or its JSON text)."""
        if isinstance(value, str):  # a connection that gives JSON as text
            value = json.loads(value)
        parts = [[] for _query in self.queries]
        for row in value:
            parts[row[0]].append(row[1:])
        for query, rows in zip(self.queries, parts, strict=True):
            for index, row in enumerate(rows):
                row = rows[index] = row[: query.width]
                for position, convert in query.json_converters:
                    if row[position] is not None:
                        row[position] = convert(row[position])
        return list(zip(self.names, parts, strict=True))


PLACEHOLDER_TEXT = str(PLACEHOLDER)


def _named(first, last):
    """The column names c<first>, ..., c<last>."""
    return ", ".join(f"c{n}" for n in range(first, last + 1))


def _padding(width, widest, named):
    """The NULL columns that pad a query of `width` columns to the `widest`'s (`named` on: c<n>)."""
    return "".join(f", NULL{f' AS c{n}' if named else ''}" for n in range(width + 1, widest + 1))


def _is_placeholder(value):
    return type(value) is int and value == PLACEHOLDER
