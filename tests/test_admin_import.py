"""The admin's spreadsheet import: upload, preview each row, then import, leave refused rows out or cancel."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile

from agreements.models import Agreement
from tests.ingest.test_import_agreements import BAD_ROWS, HEADER, registry  # noqa: F401 (a fixture)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("registry")]


@pytest.fixture
def editor_client(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    user = User.objects.create_user("editor", password="a long enough password", is_staff=True)
    user.groups.add(Group.objects.get(name="editor"))
    client.force_login(user)
    return client


def upload(client, name, content):
    return client.post("/admin/import-agreements/", {"file": SimpleUploadedFile(name, content)})


def csv_bytes(rows):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    writer.writerows(rows)
    return out.getvalue().encode()


GOOD = ["Univ. of Haifa", "IL", "MoU", "Haifa MoU", "2019-12", "", "", "", "", ""]


def test_an_editor_previews_an_upload_then_imports_it(editor_client, settings):
    preview = upload(
        editor_client,
        "list.csv",
        csv_bytes([GOOD, ["TUM", "DE", "Exchange", "", "2021", "", "", "", "", ""]]),
    )
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "Nothing has been written yet" in html and "New agreement" in html
    assert "&#x27;TUM&#x27; = new institution Technical University of Munich (DE)" in html
    assert not Agreement.objects.exists()
    stored = preview.context["upload_id"]
    done = editor_client.post(
        "/admin/import-agreements/", {"upload": stored, "name": "list.csv"}, follow=True
    )
    assert done.redirect_chain[-1][0] == "/admin/agreements/agreement/"
    assert "2 agreement(s) created" in done.content.decode()
    assert Agreement.objects.count() == 2
    assert Agreement.objects.get(title="Haifa MoU").history.get().history_user.username == "editor"
    assert not list((settings.MEDIA_ROOT / "imports").iterdir())  # the upload is gone once imported


def test_a_refused_row_is_shown_and_the_editor_chooses_to_leave_it_out(editor_client):
    preview = upload(editor_client, "list.csv", csv_bytes([GOOD, BAD_ROWS["impossible date"]]))
    html = preview.content.decode()
    assert "<strong>Refused</strong>" in html and "&#x27;31/02/2020&#x27; is not a date" in html
    assert "Import the other rows, leave out the 1 refused" in html
    stored = preview.context["upload_id"]
    refused = editor_client.post("/admin/import-agreements/", {"upload": stored, "name": "list.csv"})
    assert "1 row(s) refused: nothing was imported." in refused.content.decode()
    assert not Agreement.objects.exists()
    editor_client.post(
        "/admin/import-agreements/", {"upload": stored, "name": "list.csv", "skip_refused": "1"}
    )
    assert list(Agreement.objects.values_list("title", flat=True)) == ["Haifa MoU"]


def test_cancel_forgets_the_upload_and_writes_nothing(editor_client, settings):
    stored = upload(editor_client, "list.csv", csv_bytes([GOOD])).context["upload_id"]
    editor_client.post("/admin/import-agreements/", {"upload": stored, "name": "list.csv", "cancel": "1"})
    assert not Agreement.objects.exists() and not list((settings.MEDIA_ROOT / "imports").iterdir())


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("list.pdf", b"x", "Choose a .csv or .xlsx file."),
        ("list.csv", b"Name\nx\n", "no column for the partner"),
    ],
)
def test_a_file_that_cannot_be_imported_is_a_form_error(editor_client, name, content, message):
    response = upload(editor_client, name, content)
    assert response.status_code == 200 and message in response.content.decode()


def test_a_forged_or_stale_upload_id_is_refused(editor_client):
    for upload_id in ["../../settings", "A" * 22]:
        response = editor_client.post(
            "/admin/import-agreements/", {"upload": upload_id, "name": "x.csv"}, follow=True
        )
        assert "no longer here" in response.content.decode()


def test_only_editors_import(client):
    assert client.get("/admin/import-agreements/").status_code == 302  # to the login page
    viewer = User.objects.create_user("viewer", password="x", is_staff=True)
    viewer.groups.add(Group.objects.get(name="viewer"))
    client.force_login(viewer)
    assert client.get("/admin/import-agreements/").status_code == 403


def test_the_agreement_list_in_the_admin_links_to_the_import(editor_client):
    assert "/admin/import-agreements/" in editor_client.get("/admin/agreements/agreement/").content.decode()


def test_an_upload_left_in_preview_for_more_than_a_day_is_deleted_at_the_next_upload(editor_client, settings):
    import os
    import time

    stale = upload(editor_client, "old.csv", csv_bytes([GOOD])).context["upload_id"]
    fresh = upload(editor_client, "new.csv", csv_bytes([GOOD])).context["upload_id"]
    two_days_ago = time.time() - 2 * 86400
    os.utime(settings.MEDIA_ROOT / "imports" / stale, (two_days_ago, two_days_ago))
    latest = upload(editor_client, "latest.csv", csv_bytes([GOOD])).context["upload_id"]
    assert {p.name for p in (settings.MEDIA_ROOT / "imports").iterdir()} == {fresh, latest}
