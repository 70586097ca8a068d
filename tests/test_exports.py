"""Every list exports what its current filter shows, all pages, as streamed CSV or XLSX."""

import csv
import io
import zipfile

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from registry.common.exports import cell
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
    assert rows[0][:4] == ["Name", "Acronyms", "Kind", "Country"]
    assert [row[0] for row in rows[1:]] == [f"German University {number:02}" for number in range(60)]
    assert {row[3] for row in rows[1:]} == {"Germany"}


def test_csv_export_keeps_the_search_and_sort(staff_client):
    make_institution("University of Haifa")
    make_institution("Haifa University Hospital")
    make_institution("University of Tokyo")
    response = staff_client.get(
        reverse("agreements:institution-list"), {"q": "haifa", "sort": "name", "export": "csv"}
    )
    assert [row[0] for row in csv_rows(response)[1:]] == ["Haifa University Hospital", "University of Haifa"]


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
    assert rows[0][0] == heading and len(rows) == 2


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
    ],
)
def test_cells_that_a_spreadsheet_would_run_as_formulas_are_exported_as_text(value, exported):
    assert cell(value) == exported
