"""Paging: a cursor through the registry's order, or page numbers through an order the client chose.

A cursor pages through a large list in constant time per page and stays right while records are
added (no row seen twice or skipped), but it needs a unique, never-null order: the newest record
first (`-id`), or a list's own order when it is never null and nearly unique (institutions by name).
A `sort` or a name search (`q`, best match first) orders by columns that repeat or
are blank (dates, titles, ranks), which a cursor cannot page through: those lists are paged by
number, with a `count`. Either way the response has `next`, `previous` and `results`.
"""

from rest_framework.pagination import CursorPagination, PageNumberPagination

#: Query parameters that choose the order.
ORDERING_PARAMETERS = ("sort", "q")


class RecordCursorPagination(CursorPagination):
    ordering = "-pk"
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500


class RecordPageNumberPagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500


class RegistryPagination:
    """RecordCursorPagination unless the request chooses an order, RecordPageNumberPagination then."""

    def __init__(self):
        self.cursor = RecordCursorPagination()
        self.numbered = RecordPageNumberPagination()
        self.chosen = self.cursor

    def paginate_queryset(self, queryset, request, view=None):
        ordered = any(request.query_params.get(name) for name in ORDERING_PARAMETERS)
        self.chosen = self.numbered if ordered else self.cursor
        self.cursor.ordering = getattr(view, "cursor_ordering", RecordCursorPagination.ordering)
        return self.chosen.paginate_queryset(queryset, request, view)

    def get_paginated_response(self, data):
        return self.chosen.get_paginated_response(data)

    def get_paginated_response_schema(self, schema):
        return self.cursor.get_paginated_response_schema(schema)

    def get_schema_operation_parameters(self, view):
        return [
            *self.cursor.get_schema_operation_parameters(view),
            *(p for p in self.numbered.get_schema_operation_parameters(view) if p["name"] == "page"),
        ]

    def get_results(self, data):
        return data["results"]

    @property
    def display_page_controls(self):
        return False

    def to_html(self):
        return ""
