"""Agreement documents (signed copies, drafts, annexes): checked on upload, kept where no URL serves them."""

import mimetypes
from pathlib import PurePosixPath

from django.conf import settings
from django.core.files.storage import storages
from django.core.signals import setting_changed
from django.db import models
from django.db.models import Q
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import LazyObject, empty
from django.utils.text import slugify

from agreements.models.agreements import Agreement
from registry.common.uploads import sniff, validate_document


class DocumentStorage(LazyObject):
    """STORAGES["documents"], looked up when first used (as Django's default_storage is)."""

    def _setup(self):
        self._wrapped = storages["documents"]


DOCUMENT_STORAGE = DocumentStorage()


@receiver(setting_changed)
def forget_document_storage(setting, **kwargs):
    """A changed STORAGES setting (tests, override_settings) takes effect, as it does for default_storage."""
    if setting == "STORAGES":
        DOCUMENT_STORAGE._wrapped = empty


def document_storage():
    """Where agreement documents are kept: STORAGES["documents"], never a directory a web server serves."""
    return DOCUMENT_STORAGE


class DocumentKind(models.TextChoices):
    SIGNED_COPY = "signed_copy", "Signed copy"
    DRAFT = "draft", "Draft"
    ANNEX = "annex", "Annex"
    OTHER = "other", "Other"


class AgreementDocument(models.Model):
    """A file kept with an agreement (the signed copy, a draft, an annex), checked by content on upload."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(max_length=12, choices=DocumentKind, default=DocumentKind.SIGNED_COPY)
    label = models.CharField(max_length=200, help_text='What it is, e.g. "Annex 2: mobility numbers".')
    dated_on = models.DateField("dated", null=True, blank=True, help_text="The document's own date.")
    file = models.FileField(
        upload_to="agreements/%Y/", storage=document_storage, max_length=255, validators=[validate_document]
    )
    content_type = models.CharField(
        max_length=100, blank=True, editable=False, help_text="Found from the content on upload."
    )
    size = models.PositiveBigIntegerField(default=0, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["kind", "-dated_on", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=DocumentKind.values), name="document_kind_known"),
        ]

    def __str__(self):
        return self.label

    def save(self, *args, **kwargs):
        """Record the type found in the content (the download is served as that type) and the size."""
        if self.file and not getattr(self.file, "_committed", True):
            found = sniff(self.file)
            self.content_type = found.content_type if found else ""
            self.size = self.file.size
        super().save(*args, **kwargs)

    def get_download_url(self):
        return reverse("agreements:document-download", args=[self.agreement_id, self.pk])

    @property
    def download_name(self):
        """A safe file name for the download: the label, with the extension of the content's type."""
        extension = mimetypes.guess_extension(self.content_type or "") or PurePosixPath(self.file.name).suffix
        if extension == ".jpe":
            extension = ".jpg"
        return f"{slugify(self.label) or 'document'}{extension}"


# --- Exchange places ----------------------------------------------------------------------------
