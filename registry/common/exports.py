"""Exports of a list as CSV or XLSX: every row its current filter shows, all pages, streamed.

Rows come from `queryset.iterator(chunk_size=...)`, which fetches (and prefetches) a chunk at a
time, so neither the server's memory nor the number of queries per chunk grows with the rows.
"""

import csv
import datetime
import itertools
import tempfile
from collections.abc import Callable
from dataclasses import dataclass

import xlsxwriter
from django.db.models import Aggregate, OuterRef, Subquery, TextField, Value
from django.http import FileResponse, StreamingHttpResponse
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from registry.common.partial_dates import DAY, PartialDate

#: Rows fetched per query (and per prefetch) while exporting.
CHUNK_SIZE = 500
#: A spreadsheet opening a CSV file runs a cell starting with one of these as a formula: such text
#: goes into the CSV with a leading '. The XLSX export writes text as text (no formula is ever made).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: How many rows the XLSX export reads ahead to size its columns, and the widest column it makes.
WIDTH_SAMPLE_ROWS = 200
MAX_COLUMN_WIDTH = 60


@dataclass(frozen=True)
class Column:
    """One exported column: its heading and how to read its value from a row's object."""

    heading: str
    value: Callable[[object], object]


def reviewed_on(moment):
    """A record's review column: the day a person checked it, or "not reviewed"."""
    return timezone.localtime(moment).date() if moment else "not reviewed"


def cell(value):
    """A value as a spreadsheet should get it: dates, numbers, yes/no as they are, None blank, the rest text.

    A date known only to the month or the year ("2019-12", "2019") stays text, as it was given: a
    spreadsheet date would invent a day.
    """
    if value is None:
        return None
    if isinstance(value, PartialDate):
        return value.first_day if value.precision == DAY else value.isoformat()
    if isinstance(value, (bool, int, float, datetime.date)):
        return value
    return str(value)


def csv_text(value):
    """A cell as CSV text: yes/no, ISO dates, None blank, text a spreadsheet would run as a formula quoted."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


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
            yield writer.writerow([csv_text(value) for value in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def column_widths(columns, rows):
    """Widths (in characters) that show each column's heading, its filter button and its usual values."""
    widths = [len(column.heading) + 4 for column in columns]  # + the autofilter's drop-down button
    for row in rows:
        for index, value in enumerate(row):
            text = value.isoformat() if isinstance(value, datetime.date) else str(value or "")
            widths[index] = max(widths[index], len(text) + 1)
    return [min(width, MAX_COLUMN_WIDTH) for width in widths]


def xlsx_response(columns, rows, filename):
    """An XLSX workbook, written row by row in constant-memory mode to a temporary file, then sent.

    Dates are spreadsheet dates, text is text (never a formula), numbers are numbers; the heading row
    stays in view, has filter buttons, and the columns are as wide as their first rows need.
    An XLSX file is a zip whose directory comes last, so it cannot be sent before it is complete;
    constant_memory keeps at most one row in memory and the file goes out in blocks.
    """
    file = tempfile.TemporaryFile()  # noqa: SIM115 (FileResponse closes it once sent)
    workbook = xlsxwriter.Workbook(
        file,
        {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False},
    )
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd", "align": "left"})
    sheet = workbook.add_worksheet(filename[:31])
    rows = iter(rows)
    first_rows = list(itertools.islice(rows, WIDTH_SAMPLE_ROWS))
    for index, width in enumerate(column_widths(columns, first_rows)):
        sheet.set_column(index, index, width)
    sheet.write_row(0, 0, [column.heading for column in columns], workbook.add_format({"bold": True}))
    sheet.freeze_panes(1, 0)
    last = 0
    for last, row in enumerate(itertools.chain(first_rows, rows), start=1):
        for index, value in enumerate(row):
            write_cell(sheet, last, index, value, date_format)
    sheet.autofilter(0, 0, last, len(columns) - 1)
    workbook.close()
    file.seek(0)
    return FileResponse(
        file,
        as_attachment=True,
        filename=f"{filename}.xlsx",
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def write_cell(sheet, row, column, value, date_format):
    """One cell with its own type: a blank stays empty, a date is a date, text is a string cell."""
    if value is None:
        return
    if isinstance(value, bool):
        sheet.write_boolean(row, column, value)
    elif isinstance(value, datetime.date):
        sheet.write_datetime(row, column, value, date_format)
    elif isinstance(value, (int, float)):
        sheet.write_number(row, column, value)
    else:
        sheet.write_string(row, column, value)


EXPORT_FORMATS = {"csv": csv_response, "xlsx": xlsx_response}


def record_pk(row):
    """The primary key of an exported row: a model instance or a values() dict with "pk"."""
    return row["pk"] if isinstance(row, dict) else row.pk


class ExportMixin:
    """For a django-filter list view: `?export=csv` or `?export=xlsx` sends what the current filter shows.

    The view names its `export_columns` (a list of `Column`) and `export_filename`; every export
    starts with the record's ID and ends with the address of its page, so a row can be found again.
    An invalid filter form does not export: the page is shown instead, with the form's errors.
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
        return response_for(self.get_export_columns(), self.export_rows(filterset.qs), self.export_filename)

    def get_export_columns(self):
        """The ID, the view's `export_columns`, and the link to each record's page (`<app>:<model>-detail`)
        for records that have one."""
        options = self.get_filterset_class()._meta.model._meta
        # One reverse() for the export, not one per row: the address with a stand-in for the pk.
        stand_in = "987654321"
        try:
            link = self.request.build_absolute_uri(
                reverse(f"{options.app_label}:{options.model_name}-detail", args=[stand_in])
            )
        except NoReverseMatch:  # a record kind listed without pages of its own (contacts)
            return [Column("ID", record_pk), *self.export_columns]
        return [
            Column("ID", record_pk),
            *self.export_columns,
            Column("Link", lambda row: link.replace(stand_in, str(record_pk(row)))),
        ]

    def export_rows(self, queryset):
        """The exported rows: each object's columns. A view whose columns read values() rows overrides it."""
        return rows_of(queryset, self.get_export_columns())
