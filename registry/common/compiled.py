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
"""

from django.core.exceptions import EmptyResultSet, FullResultSet
from django.db import connections
from django.db.models.query import ValuesListIterable

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
        self.converters = [
            (position, functions, expression)
            for position, (functions, expression) in compiler.get_converters(fields).items()
        ]

    def rows(self, pk):
        """The rows the queryset would give built for `pk` instead of the placeholder, as lists."""
        params = list(self.params)
        for position in self.positions:
            params[position] = pk
        connection = connections[self.using]
        with connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            rows = [list(row) for row in cursor.fetchall()]
        for position, functions, expression in self.converters:
            for row in rows:
                value = row[position]
                for convert in functions:
                    value = convert(value, expression, connection)
                row[position] = value
        return rows


PLACEHOLDER_TEXT = str(PLACEHOLDER)


def _is_placeholder(value):
    return type(value) is int and value == PLACEHOLDER
