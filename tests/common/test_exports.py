"""Every list exports what its current filter shows, all pages, as streamed CSV or XLSX."""

import csv
import datetime
import html
import io
import re
import zipfile

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from registry.common.exports import cell, csv_text
from tests.builders import make_agreement, make_delegation, make_institution, make_meeting, make_source

pytestmark = pytest.mark.django_db


def csv_rows(response):
    assert response.streaming, "a CSV export is streamed, not built in memory"
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))


def test_csv_export_has_every_filtered_row_across_pages(staff_client):
    for number in range(60):
        make_institution(f"German University {number:02}", country="DE")
    make_institution("University of Haifa", country="IL")
    response = staff_client.get(
        reverse("agreements:institution-list"), {"country": "DE", "export": "csv", "page": "2"}
    )
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="institutions.csv"'
    rows = csv_rows(response)
    assert rows[0][:5] == ["ID", "Name", "Acronyms", "Kind", "Country"]
    assert [row[1] for row in rows[1:]] == [f"German University {number:02}" for number in range(60)]
    assert {row[4] for row in rows[1:]} == {"Germany"}


def test_csv_export_keeps_the_search_and_sort(staff_client):
    make_institution("University of Haifa")
    make_institution("Haifa University Hospital")
    make_institution("University of Tokyo")
    response = staff_client.get(
        reverse("agreements:institution-list"), {"q": "haifa", "sort": "name", "export": "csv"}
    )
    assert [row[1] for row in csv_rows(response)[1:]] == ["Haifa University Hospital", "University of Haifa"]


@pytest.mark.parametrize(
    "url_name, make, heading",
    [
        ("agreements:agreement-list", lambda: make_agreement(signed="2019-12"), "Title"),
        ("delegations:delegation-list", lambda: make_delegation(start="2015"), "Start"),
        ("delegations:meeting-list", lambda: make_meeting(date="2017-03-08"), "Date"),
    ],
)
def test_every_list_exports_csv(staff_client, url_name, make, heading):
    make()
    rows = csv_rows(staff_client.get(reverse(url_name), {"export": "csv"}))
    assert rows[0][1] == heading and len(rows) == 2


def test_partial_dates_are_exported_as_known(staff_client):
    make_agreement(title="Dec MoU", signed="2019-12", source=make_source("a.txt"))
    rows = csv_rows(staff_client.get(reverse("agreements:agreement-list"), {"export": "csv"}))
    record = dict(zip(rows[0], rows[1], strict=False))
    assert record["Signed"] == "2019-12" and record["Sources"] == "a.txt"


def test_xlsx_export_is_a_workbook_with_every_row(staff_client):
    for _ in range(30):
        make_agreement(signed="2020")
    response = staff_client.get(reverse("agreements:agreement-list"), {"export": "xlsx"})
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert 'filename="agreements.xlsx"' in response["Content-Disposition"]
    workbook = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.read("xl/worksheets/sheet1.xml").decode()
    assert sheet.count("<row ") == 31


def test_an_invalid_filter_shows_the_page_with_its_error_instead_of_exporting(staff_client):
    response = staff_client.get(
        reverse("agreements:agreement-list"), {"signed_after": "2022-02-30", "export": "csv"}
    )
    assert response.status_code == 200 and not response.streaming
    assert response.context["filter"].form.errors


def test_an_unknown_export_format_shows_the_page(staff_client):
    response = staff_client.get(reverse("agreements:agreement-list"), {"export": "pdf"})
    assert response.status_code == 200 and not response.streaming


def test_export_queries_are_per_chunk_not_per_row(staff_client):
    def add(count):
        for _ in range(count):
            make_agreement(signed="2020", source=make_source())

    def queries_to_export():
        with CaptureQueriesContext(connection) as queries:
            csv_rows(staff_client.get(reverse("agreements:agreement-list"), {"export": "csv"}))
        return len(queries)

    add(5)
    with_five = queries_to_export()
    add(45)
    assert queries_to_export() == with_five


def test_export_requires_login(client):
    assert client.get(reverse("agreements:agreement-list"), {"export": "csv"}).status_code == 302


@pytest.mark.parametrize(
    "value, exported",
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("University of Haifa", "University of Haifa"),
        (None, ""),
        (3, 3),
        (True, "yes"),
        (datetime.date(2019, 12, 15), "2019-12-15"),
    ],
)
def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_exported_as_text(value, exported):
    assert csv_text(cell(value)) == exported


def xlsx_sheet(response):
    """The first worksheet's XML and the workbook's strings (XLSX is a zip of XML files)."""
    workbook = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = workbook.namelist()
    strings = workbook.read("xl/sharedStrings.xml").decode() if "xl/sharedStrings.xml" in names else ""
    return workbook.read("xl/worksheets/sheet1.xml").decode(), strings


def cells_of(sheet_xml, row):
    """{column letter: (type, value)} of one row of a worksheet's XML (inline or shared strings)."""
    found = {}
    row_xml = re.search(rf'<row r="{row}"[^>]*>(.*?)</row>', sheet_xml, re.S).group(1)
    for ref, attributes, body in re.findall(r'<c r="([A-Z]+)\d+"([^>]*?)(?:/>|>(.*?)</c>)', row_xml, re.S):
        kind = re.search(r't="(\w+)"', attributes)
        value = re.search(r"<v>(.*?)</v>|<t[^>]*>(.*?)</t>", body or "")
        found[ref] = (kind.group(1) if kind else "n", next(filter(None, value.groups()), "") if value else "")
    return found


def test_xlsx_keeps_text_as_text_with_no_apostrophe_and_no_formula(staff_client):
    make_institution('=HYPERLINK("http://x")', city="-Minus City")
    response = staff_client.get(reverse("agreements:institution-list"), {"export": "xlsx"})
    sheet, strings = xlsx_sheet(response)
    assert "<f>" not in sheet
    assert "'=HYPERLINK" not in sheet + strings and "'-Minus" not in sheet + strings
    text = html.unescape(sheet + strings)
    assert '=HYPERLINK("http://x")' in text and "-Minus City" in text


def test_xlsx_dates_are_dates_and_partial_dates_stay_as_given(staff_client):
    make_agreement(title="Full", signed="2019-12-15", valid_until=datetime.date(2024, 12, 14))
    make_agreement(title="Month", signed="2018-06")
    response = staff_client.get(reverse("agreements:agreement-list"), {"export": "xlsx", "sort": "-signed"})
    sheet, strings = xlsx_sheet(response)
    headings = [value for _, value in cells_of(sheet, 1).values()]
    if strings:  # shared strings: headings are indexes into the table
        table = re.findall(r"<t[^>]*>(.*?)</t>", strings)
        headings = [table[int(value)] for value in headings]
    signed = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[headings.index("Signed")]
    until = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[headings.index("Valid until")]
    full, month = cells_of(sheet, 2), cells_of(sheet, 3)
    excel_day = (datetime.date(2019, 12, 15) - datetime.date(1899, 12, 30)).days
    assert full[signed] == ("n", str(excel_day))  # a number with a date format: a real date
    assert full[until] == ("n", str((datetime.date(2024, 12, 14) - datetime.date(1899, 12, 30)).days))
    assert month[signed][0] in {"s", "str", "inlineStr"}  # June 2018: no day to invent


def test_xlsx_has_filter_buttons_column_widths_and_a_frozen_heading(staff_client):
    for _ in range(3):
        make_agreement(signed="2020", title="A rather long agreement title about student exchange")
    sheet, _ = xlsx_sheet(staff_client.get(reverse("agreements:agreement-list"), {"export": "xlsx"}))
    last_column = re.search(r'<dimension ref="A1:([A-Z]+)4"', sheet).group(1)
    assert f'<autoFilter ref="A1:{last_column}4"/>' in sheet
    widths = [float(width) for width in re.findall(r'<col [^>]*width="([\d.]+)"', sheet)]
    assert len(widths) >= 10 and max(widths) > 40 and min(widths) >= 6
    assert 'state="frozen"' in sheet


@pytest.mark.parametrize("export", ["csv", "xlsx"])
@pytest.mark.parametrize(
    "url_name, make",
    [
        ("agreements:institution-list", lambda: make_institution()),
        ("agreements:agreement-list", lambda: make_agreement(signed="2019-12")),
        ("delegations:delegation-list", lambda: make_delegation(start="2015")),
        ("delegations:meeting-list", lambda: make_meeting(date="2017-03-08")),
    ],
)
def test_every_export_starts_with_the_record_id_and_ends_with_its_link(staff_client, url_name, make, export):
    record = make()
    response = staff_client.get(reverse(url_name), {"export": export})
    link = f"http://testserver{record.get_absolute_url()}"
    if export == "csv":
        rows = csv_rows(response)
        assert (rows[0][0], rows[0][-1]) == ("ID", "Link")
        assert (rows[1][0], rows[1][-1]) == (str(record.pk), link)
    else:
        sheet, strings = xlsx_sheet(response)
        first = cells_of(sheet, 2)
        assert first["A"] == ("n", str(record.pk))
        assert link in sheet + strings
