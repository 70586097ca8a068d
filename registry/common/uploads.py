"""Checking uploaded documents by what they contain, not by what their name or the browser says.

A browser sends whatever Content-Type the file's extension suggests, and a name ending in ".pdf"
proves nothing: an HTML page renamed "agreement.pdf" would be stored and, served back inline, run
in the registry's origin. So a file is accepted only when its first bytes are those of a kind the
office keeps (PDF, a Word or OpenDocument text, a PNG or JPEG scan), and only up to a size limit.
"""

import io
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat


@dataclass(frozen=True)
class DocumentType:
    label: str
    content_type: str
    extension: str


PDF = DocumentType("PDF", "application/pdf", ".pdf")
DOCX = DocumentType(
    "Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"
)
ODT = DocumentType("OpenDocument text", "application/vnd.oasis.opendocument.text", ".odt")
PNG = DocumentType("PNG image", "image/png", ".png")
JPEG = DocumentType("JPEG image", "image/jpeg", ".jpg")
ACCEPTED = (PDF, DOCX, ODT, PNG, JPEG)
ACCEPTED_TEXT = "PDF, Word (.docx), OpenDocument text (.odt), PNG or JPEG"


def max_upload_bytes():
    return settings.REGISTRY_MAX_UPLOAD_MB * 1024 * 1024


def _zip_document_type(head_and_file):
    """DOCX or ODT for a ZIP container that really is one (its member names say so), else None."""
    try:
        with zipfile.ZipFile(head_and_file) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and archive.read("mimetype").strip() == ODT.content_type.encode():
                return ODT
            if "[Content_Types].xml" in names and any(name.startswith("word/") for name in names):
                return DOCX
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError):
        return None
    return None


def sniff(file):
    """The DocumentType of `file` (a file object, read from its start), or None when none of ACCEPTED."""
    file.seek(0)
    head = file.read(8)
    file.seek(0)
    try:
        if head.startswith(b"%PDF-"):
            return PDF
        if head.startswith(b"\x89PNG\r\n\x1a\n"):
            return PNG
        if head.startswith(b"\xff\xd8\xff"):
            return JPEG
        if head.startswith(b"PK\x03\x04"):
            data = file.read()
            return _zip_document_type(io.BytesIO(data))
        return None
    finally:
        file.seek(0)


def validate_document(file):
    """Refuse a file too large or of a kind not accepted (judged by content); the message says which."""
    limit = max_upload_bytes()
    if file.size > limit:
        raise ValidationError(
            "This file is %(size)s; the limit is %(limit)s (REGISTRY_MAX_UPLOAD_MB).",
            code="too_large",
            params={"size": filesizeformat(file.size), "limit": filesizeformat(limit)},
        )
    if file.size == 0:
        raise ValidationError("This file is empty.", code="empty")
    if sniff(file) is None:
        raise ValidationError(
            "This file is not a %(accepted)s file (judged by its content, not its name).",
            code="unaccepted_type",
            params={"accepted": ACCEPTED_TEXT},
        )


# --- Files kept across a failed submit ----------------------------------------------------------

#: Kept uploads wait here, in the storage of the field they were chosen for (never a served folder).
KEPT_UPLOADS_FOLDER = "unsaved"
KEPT_UPLOAD_SALT = "registry.common.uploads.kept"
#: A kept file's signed name is honoured this long (an abandoned form's file is not taken after that).
KEPT_UPLOAD_MAX_AGE = 24 * 3600


class KeepsUploadsMixin:
    """A model form whose chosen files survive a submit that fails (a browser cannot refill a file input).

    After a failed submit, `keep_uploads()` stores each file chosen in a field that had no error of
    its own under `unsaved/` in that field's storage, and signs its name into a hidden field; the next
    submit that chooses no new file takes it from there, and it is checked again like any upload. A
    name that was not signed here (or has expired) is ignored, so no one can point a form at another
    stored file. Declare `file_kept = kept_upload_field()` beside a field `file` to keep its uploads.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound:
            self._restore_kept_uploads()

    def file_field_names(self):
        """The file fields that declare their companion (`file_kept = kept_upload_field()` for `file`)."""
        return [
            name
            for name, field in self.fields.items()
            if isinstance(field, forms.FileField) and kept_field(name) in self.fields
        ]

    def keep_uploads(self):
        """Store the chosen files for the next submit; call it when the page is shown again after errors.

        Returns the names of the files kept, for a page that shows no help text beside its fields."""
        data, kept = self.data.copy(), []
        for name in self.file_field_names():
            upload = self.files.get(self.add_prefix(name))
            if upload is None or self.has_error(name):
                continue
            storage = self._meta.model._meta.get_field(name).storage
            upload.seek(0)
            stored = storage.save(f"{KEPT_UPLOADS_FOLDER}/{PurePosixPath(upload.name).name}", upload)
            data[self.add_prefix(kept_field(name))] = signing.dumps(stored, salt=KEPT_UPLOAD_SALT)
            note = (
                f"Kept from your last try: {PurePosixPath(upload.name).name}. Choose another file only to "
                "replace it."
            )
            self.fields[name].help_text = self[name].help_text = note  # the bound field has its own copy
            kept.append(PurePosixPath(upload.name).name)
        self.data = data
        return kept

    def _restore_kept_uploads(self):
        files = None
        for name in self.file_field_names():
            if self.files.get(self.add_prefix(name)) is not None:
                continue
            try:
                stored = signing.loads(
                    self.data.get(self.add_prefix(kept_field(name)), ""),
                    salt=KEPT_UPLOAD_SALT,
                    max_age=KEPT_UPLOAD_MAX_AGE,
                )
            except signing.BadSignature:
                continue
            storage = self._meta.model._meta.get_field(name).storage
            if not storage.exists(stored):
                continue
            with storage.open(stored, "rb") as kept:
                content = kept.read()
            storage.delete(stored)
            files = files if files is not None else self.files.copy()
            files[self.add_prefix(name)] = SimpleUploadedFile(PurePosixPath(stored).name, content)
        if files is not None:
            self.files = files


def kept_upload_field():
    """The hidden companion a KeepsUploadsMixin form declares for each file field (`file_kept`)."""
    return forms.CharField(required=False, widget=forms.HiddenInput)


def kept_field(name):
    """The hidden field that carries the signed name of the file kept for `name`."""
    return f"{name}_kept"
