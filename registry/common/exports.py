"""Exports of a list as CSV or XLSX: every row its current filter shows, all pages, streamed.

Rows come from `queryset.iterator(chunk_size=...)`, which fetches (and prefetches) a chunk at a
time, so neither the server's memory nor the number of queries per chunk grows with the rows.
"""

import csv
import datetime
import tempfile
from collections.abc import Callable
from dataclasses import dataclass

import xlsxwriter
from django.db.models import Aggregate, OuterRef, Subquery, TextField, Value
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone

#: Rows fetched per query (and per prefetch) while exporting.
CHUNK_SIZE = 500
#: A spreadsheet reads a cell starting with one of these as a formula: such text is exported with a leading '.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Column:
    """One exported column: its heading and how to read its value from a row's object."""

    heading: str
    value: Callable[[object], object]


def reviewed_on(moment):
    """A record's review column: the day a person checked it, or "not reviewed"."""
    return timezone.localtime(moment).date() if moment else "not reviewed"


def cell(value):
    """A value as a spreadsheet should get it: dates and numbers as they are, None blank, the rest text."""
    if value is None:
        return ""
    if isinstance(value, (bool, int, float, datetime.date)):
        return value
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def rows_of(queryset, columns):
    """The exported rows of `queryset`, fetched a chunk at a time."""
    for obj in queryset.iterator(chunk_size=CHUNK_SIZE):
        yield [cell(column.value(obj)) for column in columns]


#: Joins texts in the database, to be split again here: never in a name (save() makes it a space).
SEPARATOR = "\x1f"


class JoinedText(Aggregate):
    """The group's texts joined by SEPARATOR, in no set order: string_agg or (SQLite) group_concat."""

    function = "STRING_AGG"
    output_field = TextField()

    def __init__(self, expression):
        super().__init__(expression, Value(SEPARATOR))

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, function="GROUP_CONCAT", **extra_context)


def joined(related, field, to="pk"):
    """A subquery: `field` of the rows of `related` whose `to` is the outer row's pk, as one joined text.

    `related` is a queryset of the linking model (`Party.objects.all()`), `to` its foreign key to the
    outer row ("agreement"). Split the text with `split_sorted`.
    """
    rows = related.filter(**{to: OuterRef("pk")}).order_by().values(to)
    return Subquery(rows.annotate(joined=JoinedText(field)).values("joined"), output_field=TextField())


def split_sorted(text, separator="; "):
    """A text made by `joined`, its parts sorted and joined by `separator` ("" for None)."""
    return separator.join(sorted(text.split(SEPARATOR))) if text else ""


class _Echo:
    """A file-like object whose write() hands the text back, so csv.writer can feed a generator."""

    def write(self, value):
        return value


def csv_response(columns, rows, filename):
    """A streamed UTF-8 CSV (with a byte-order mark, so spreadsheet programs read accents right)."""
    writer = csv.writer(_Echo())

    def lines():
        yield "\ufeff" + writer.writerow([column.heading for column in columns])
        for row in rows:
            yield writer.writerow(
                ["yes" if value is True else "no" if value is False else value for value in row]
            )

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx_response(columns, rows, filename):
    """An XLSX workbook, written row by row in constant-memory mode to a temporary file, then sent.

    An XLSX file is a zip whose directory comes last, so it cannot be sent before it is complete;
    constant_memory keeps at most one row in memory and the file goes out in blocks.
    """
    file = tempfile.TemporaryFile()
    workbook = xlsxwriter.Workbook(
        file,
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "default_date_format": "yyyy-mm-dd",
        },
    )
    sheet = workbook.add_worksheet(filename[:31])
    sheet.write_row(0, 0, [column.heading for column in columns], workbook.add_format({"bold": True}))
    sheet.freeze_panes(1, 0)
    for number, row in enumerate(rows, start=1):
        sheet.write_row(number, 0, row)
    workbook.close()
    file.seek(0)
    return FileResponse(
        file,
        as_attachment=True,
        filename=f"{filename}.xlsx",
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


EXPORT_FORMATS = {"csv": csv_response, "xlsx": xlsx_response}


class ExportMixin:
    """For a django-filter list view: `?export=csv` or `?export=xlsx` sends what the current filter shows.

    The view names its `export_columns` (a list of `Column`) and `export_filename`. An invalid filter
    form does not export: the page is shown instead, with the form's errors.
    """

    export_columns = ()
    export_filename = "export"

    def get(self, request, *args, **kwargs):
        response_for = EXPORT_FORMATS.get(request.GET.get("export"))
        if response_for is None:
            return super().get(request, *args, **kwargs)
        filterset = self.get_filterset(self.get_filterset_class())
        if filterset.is_bound and not filterset.is_valid():
            return super().get(request, *args, **kwargs)
        return response_for(self.export_columns, self.export_rows(filterset.qs), self.export_filename)

    def export_rows(self, queryset):
        """The exported rows: each object's columns. A view whose columns read values() rows overrides it."""
        return rows_of(queryset, self.export_columns)
