"""Agreement documents (issue 12.11): uploads checked by content and size, kept out of the static
files, downloaded only by users who may read agreements, always as an attachment, never inline."""

import io
import re
import zipfile

import pytest
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from agreements.models import Agreement, AgreementDocument, DocumentKind
from registry.common.uploads import validate_document
from tests.builders import PDF_BYTES, make_agreement, make_document

pytestmark = pytest.mark.django_db
HTML = b"<!doctype html><html><script>alert(document.cookie)</script></html>"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32


def zipped(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


DOCX = zipped({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
ODT = zipped({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office/>"})


def make_user(role, **fields):
    user = User.objects.create_user(f"{role}-user", password="a long enough password", **fields)
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


@pytest.mark.parametrize(
    ("content", "name", "content_type"),
    [
        (PDF_BYTES, "a.pdf", "application/pdf"),
        (DOCX, "a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (ODT, "a.odt", "application/vnd.oasis.opendocument.text"),
        (PNG, "scan.png", "image/png"),
        (JPEG, "scan.jpg", "image/jpeg"),
        (PDF_BYTES, "misnamed.txt", "application/pdf"),  # the name does not matter, the content does
    ],
)
def test_documents_of_the_kinds_an_office_keeps_are_accepted_and_typed_by_content(
    content, name, content_type
):
    upload = SimpleUploadedFile(name, content, content_type="text/html")  # what the browser claims is ignored
    validate_document(upload)
    document = make_document(make_agreement(), content=content, name=name)
    assert (document.content_type, document.size) == (content_type, len(content))


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (HTML, "agreement.pdf"),  # an HTML page with a PDF's name: the bug of issue 12.11
        (HTML, "agreement.html"),
        (b"MZ\x90\x00executable", "setup.pdf"),
        (zipped({"evil.html": "<script></script>"}), "archive.docx"),  # a ZIP that is no Word document
        (b"", "empty.pdf"),
    ],
)
def test_anything_else_is_refused_with_a_message_naming_what_is_accepted(content, name):
    with pytest.raises(ValidationError) as refused:
        validate_document(SimpleUploadedFile(name, content, content_type="application/pdf"))
    assert "PDF" in str(refused.value) or "empty" in str(refused.value)


def test_a_file_over_the_size_limit_is_refused(settings):
    settings.REGISTRY_MAX_UPLOAD_MB = 1
    with pytest.raises(ValidationError, match="the limit is 1.0"):
        validate_document(SimpleUploadedFile("big.pdf", PDF_BYTES + b"0" * 1024 * 1024))
    validate_document(SimpleUploadedFile("fits.pdf", PDF_BYTES + b"0" * 1000))


def test_the_admin_refuses_an_html_upload_and_keeps_nothing(admin_client, documents_directory):
    agreement = make_agreement()
    response = admin_client.post(
        reverse("admin:agreements_agreementdocument_add"),
        {
            "agreement": agreement.pk,
            "kind": DocumentKind.SIGNED_COPY,
            "label": "Signed copy",
            "file": SimpleUploadedFile("agreement.pdf", HTML, content_type="application/pdf"),
        },
    )
    assert response.status_code == 200
    assert "not a PDF" in response.content.decode()
    assert not AgreementDocument.objects.exists()
    assert not any(documents_directory.rglob("*.pdf"))


def test_the_admin_keeps_a_pdf_with_who_uploaded_it(admin_client, admin_user):
    agreement = make_agreement()
    response = admin_client.post(
        reverse("admin:agreements_agreementdocument_add"),
        {
            "agreement": agreement.pk,
            "kind": DocumentKind.ANNEX,
            "label": "Annex 1: mobility numbers",
            "dated_on": "2025-09-01",
            "file": SimpleUploadedFile("annex.pdf", PDF_BYTES),
        },
    )
    assert response.status_code == 302
    document = AgreementDocument.objects.get()
    assert (document.uploaded_by, document.content_type) == (admin_user, "application/pdf")


def test_a_viewer_downloads_a_document_as_an_attachment_never_inline(client):
    document = make_document(make_agreement(), label="Signed copy 2025")
    client.force_login(make_user("viewer"))
    response = client.get(document.get_download_url())
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="signed-copy-2025.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert "no-store" in response["Cache-Control"]


def test_a_file_of_no_known_type_goes_out_as_plain_bytes(client):
    document = make_document(make_agreement(), label="Old upload")
    AgreementDocument.objects.filter(pk=document.pk).update(content_type="")  # as migrated legacy files are
    client.force_login(make_user("viewer"))
    response = client.get(document.get_download_url())
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;")


def test_no_one_without_a_login_or_without_a_role_downloads(client):
    document = make_document(make_agreement())
    response = client.get(document.get_download_url())
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    client.force_login(make_user(""))  # an account in no group: may not read agreements
    assert client.get(document.get_download_url()).status_code == 403


def test_a_document_is_reached_only_through_its_own_agreement(client):
    document = make_document(make_agreement())
    other = make_agreement()
    client.force_login(make_user("viewer"))
    assert (
        client.get(reverse("agreements:document-download", args=[other.pk, document.pk])).status_code == 404
    )


def test_a_document_whose_file_is_gone_is_a_404_not_a_500(client, documents_directory):
    document = make_document(make_agreement())
    (documents_directory / document.file.name).unlink()
    client.force_login(make_user("viewer"))
    assert client.get(document.get_download_url()).status_code == 404


def test_behind_nginx_the_view_checks_and_the_web_server_sends_the_bytes(client, settings):
    settings.REGISTRY_DOCUMENTS_ACCEL_PREFIX = "/protected-documents/"
    document = make_document(make_agreement(), label="Signed copy")
    client.force_login(make_user("viewer"))
    response = client.get(document.get_download_url())
    assert response["X-Accel-Redirect"] == f"/protected-documents/{document.file.name}"
    assert response.content == b""
    assert response["Content-Disposition"] == 'attachment; filename="signed-copy.pdf"'


def test_no_url_serves_the_documents_directory(client, settings):
    document = make_document(make_agreement())
    client.force_login(make_user("viewer"))
    assert client.get(f"/{settings.MEDIA_URL}{document.file.name}").status_code == 404
    assert not str(settings.STORAGES["documents"]["OPTIONS"]["location"]).startswith(
        str(settings.STATIC_ROOT)
    )


def test_the_agreement_page_lists_its_documents_with_download_links(client):
    agreement = make_agreement()
    document = make_document(agreement, label="Annex 2: mobility numbers", kind=DocumentKind.ANNEX)
    client.force_login(make_user("viewer"))
    page = client.get(agreement.get_absolute_url()).content.decode()
    assert f'href="{document.get_download_url()}"' in page and "Annex 2: mobility numbers" in page


@pytest.mark.django_db(transaction=True)
def test_the_old_single_document_field_becomes_a_signed_copy(documents_directory):
    """Migration 0005 moves each agreement's `document` into the documents table, typed by content."""
    executor = MigrationExecutor(connection)
    before = [("agreements", "0005_loading_source_content_sha256")]
    after = [("agreements", "0007_office_agreement_document_removed")]
    (documents_directory / "agreements" / "2019").mkdir(parents=True)
    (documents_directory / "agreements" / "2019" / "mou_haifa.pdf").write_bytes(PDF_BYTES)
    try:
        executor.migrate(before)
        old = executor.loader.project_state(before).apps
        agreement = old.get_model("agreements", "Agreement").objects.create(
            title="MoU with Haifa", document="agreements/2019/mou_haifa.pdf"
        )
        old.get_model("agreements", "Agreement").objects.create(title="No document")
        executor = MigrationExecutor(connection)
        executor.migrate(after)
    finally:
        call_command("migrate", verbosity=0)
    document = AgreementDocument.objects.get()
    assert (document.agreement_id, document.kind, document.label) == (
        agreement.pk,
        "signed_copy",
        "mou haifa",
    )
    assert (document.content_type, document.size) == ("application/pdf", len(PDF_BYTES))
    assert document.file.read() == PDF_BYTES


def test_an_editor_adds_a_document_on_the_agreement_page(client, documents_directory):
    editor = make_user("editor", is_staff=True)
    agreement = make_agreement()
    client.force_login(editor)
    page = client.get(agreement.get_absolute_url()).content.decode()
    assert 'enctype="multipart/form-data"' in page
    response = client.post(
        reverse("agreements:document-upload", args=[agreement.pk]),
        {"file": SimpleUploadedFile("signed.pdf", PDF_BYTES), "kind": "signed_copy", "label": "Signed copy"},
    )
    assert response.status_code == 302
    document = agreement.documents.get()
    assert (document.uploaded_by, document.content_type) == (editor, "application/pdf")


def test_the_page_refuses_an_html_upload_with_a_message(client, documents_directory):
    client.force_login(make_user("editor", is_staff=True))
    agreement = make_agreement()
    response = client.post(
        reverse("agreements:document-upload", args=[agreement.pk]),
        {"file": SimpleUploadedFile("agreement.pdf", HTML), "kind": "signed_copy", "label": "Signed copy"},
    )
    assert response.status_code == 200
    assert "not a PDF" in response.content.decode()
    assert not agreement.documents.exists() and not any(documents_directory.rglob("*.*"))


def test_a_viewer_has_no_upload_form_and_cannot_post_one(client):
    client.force_login(make_user("viewer"))
    agreement = make_agreement()
    assert "multipart/form-data" not in client.get(agreement.get_absolute_url()).content.decode()
    response = client.post(
        reverse("agreements:document-upload", args=[agreement.pk]),
        {"file": SimpleUploadedFile("signed.pdf", PDF_BYTES), "kind": "signed_copy", "label": "Signed copy"},
    )
    assert response.status_code == 403 and not agreement.documents.exists()


def kept_value(response):
    """The signed name of the file kept by the page just shown: (the hidden field's name, its value)."""
    return re.search(r'name="([\w-]*file_kept)" value="([^"]+)"', response.content.decode()).groups()


def test_a_file_chosen_with_a_missing_label_is_kept_for_the_next_submit(client, documents_directory):
    client.force_login(make_user("editor", is_staff=True))
    agreement = make_agreement()
    url = reverse("agreements:document-upload", args=[agreement.pk])
    response = client.post(url, {"file": SimpleUploadedFile("signed.pdf", PDF_BYTES), "kind": "signed_copy"})
    assert response.status_code == 200
    assert "Kept from your last try: signed.pdf" in response.content.decode()
    field, value = kept_value(response)

    response = client.post(url, {"kind": "signed_copy", "label": "Signed copy", field: value})
    assert response.status_code == 302
    document = agreement.documents.get()
    assert (document.file.read(), document.content_type) == (PDF_BYTES, "application/pdf")
    assert not any((documents_directory / "unsaved").glob("*")), "the kept copy is gone once used"


def test_a_refused_file_is_not_kept(client, documents_directory):
    client.force_login(make_user("editor", is_staff=True))
    agreement = make_agreement()
    url = reverse("agreements:document-upload", args=[agreement.pk])
    response = client.post(url, {"file": SimpleUploadedFile("page.pdf", HTML), "kind": "signed_copy"})
    assert "Kept from your last try" not in response.content.decode()
    assert not any(documents_directory.rglob("*.*"))


def test_a_kept_name_not_signed_by_the_registry_is_ignored(client, documents_directory):
    client.force_login(make_user("editor", is_staff=True))
    agreement = make_agreement()
    (documents_directory / "agreements").mkdir(exist_ok=True)
    (documents_directory / "agreements" / "someone-elses.pdf").write_bytes(PDF_BYTES)
    response = client.post(
        reverse("agreements:document-upload", args=[agreement.pk]),
        {"kind": "signed_copy", "label": "Signed copy", "file_kept": "agreements/someone-elses.pdf"},
    )
    assert response.status_code == 200 and not agreement.documents.exists()


def test_the_admin_keeps_a_document_chosen_when_the_agreement_has_a_date_error(
    admin_client, documents_directory
):
    add = reverse("admin:agreements_agreement_add")
    html = admin_client.get(add).content.decode()
    data = {}
    for prefix in re.findall(r'name="([\w-]+)-TOTAL_FORMS"', html):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    (documents,) = [
        prefix for prefix in re.findall(r'name="([\w-]+)-TOTAL_FORMS"', html) if "document" in prefix
    ]
    data.update({"title": "Exchange MoU", "kind": "mou", "status": "signed", "signed_on": "2019-12-15"})
    data.update({f"{documents}-TOTAL_FORMS": "1", f"{documents}-0-kind": "signed_copy"})
    data[f"{documents}-0-label"] = "Signed copy"
    scan = SimpleUploadedFile("signed-mou.pdf", PDF_BYTES)
    response = admin_client.post(add, {**data, f"{documents}-0-file": scan})
    assert response.status_code == 200 and "Signed: give the precision" in response.content.decode()
    assert "Kept from your last try: signed-mou.pdf" in response.content.decode()
    field, value = kept_value(response)

    response = admin_client.post(add, {**data, "signed_on_precision": "day", field: value})
    assert response.status_code == 302
    (document,) = Agreement.objects.get().documents.all()
    assert (document.file.read(), document.content_type) == (PDF_BYTES, "application/pdf")
