"""Checking uploaded documents by what they contain, not by what their name or the browser says.

A browser sends whatever Content-Type the file's extension suggests, and a name ending in ".pdf"
proves nothing: an HTML page renamed "agreement.pdf" would be stored and, served back inline, run
in the registry's origin. So a file is accepted only when its first bytes are those of a kind the
office keeps (PDF, a Word or OpenDocument text, a PNG or JPEG scan), and only up to a size limit.
"""

import io
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
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
