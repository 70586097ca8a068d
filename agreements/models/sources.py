"""Source articles, and the citations that tie a record to the sentence supporting it."""

from django.db import models
from django.utils import timezone

from registry.common.fields import PartialDateProperty, partial_date_constraints, partial_date_fields
from registry.common.prefetched_rows import columns_not_shown


class SourceManager(models.Manager):
    def get_by_natural_key(self, file_name):
        return self.get(file_name=file_name)


class Source(models.Model):
    """A news article (or other document) that records came from."""

    file_name = models.CharField(
        max_length=255, unique=True, help_text="The article's file name; identifies it."
    )
    title = models.CharField(max_length=500, blank=True)
    published_on, published_on_precision = partial_date_fields("published")
    url = models.URLField(max_length=500, blank=True, help_text="Blank: not known.")
    imported_at = models.DateTimeField(default=timezone.now, editable=False)
    content_sha256 = models.CharField(max_length=64, blank=True, editable=False)  # of the text last loaded

    published = PartialDateProperty("published_on")
    objects = SourceManager()

    class Meta:
        ordering = ["-published_on", "file_name"]
        constraints = partial_date_constraints("published_on", "source")

    def __str__(self):
        return self.title or self.file_name

    def natural_key(self):
        return (self.file_name,)


#: The columns of a source that a list of citations shows (includes/citations.html and
#: agreements.rows.citations_html: its title or file name, address and publication date).
SOURCE_COLUMNS_SHOWN = ("file_name", "title", "published_on", "published_on_precision", "url")


def citations_prefetch(model, to_attr=None, as_shown=False):
    """Every record shows its source articles and evidence sentences: `model`'s citations with their
    sources, in one query (a lookup "citations__source" would take two). With `to_attr`, a plain
    list under that name (as the timeline cards read them: see `AgreementQuerySet.for_timeline`). In the
    order they were recorded (a card's citations read in one query keep the same order).

    With `as_shown`, each source with the columns a citation list shows alone (SOURCE_COLUMNS_SHOWN):
    its import time was made into a datetime for every card and never shown."""
    citation = model._meta.get_field("citations").related_model
    queryset = citation.objects.select_related("source").order_by("pk")
    if as_shown:
        queryset = queryset.defer(*columns_not_shown(Source, "source", SOURCE_COLUMNS_SHOWN))
    return models.Prefetch("citations", queryset=queryset, to_attr=to_attr)


class CitationManager(models.Manager):
    def get_by_natural_key(self, record_key, file_name):
        record_field = self.model.record_field
        record_model = self.model._meta.get_field(record_field).related_model
        record = record_model._default_manager.get_by_natural_key(record_key)
        return self.get(**{record_field: record, "source__file_name": file_name})


class Citation(models.Model):
    """One record's provenance: the source article and the sentence in it that supports the record."""

    record_field = None  # the concrete citation's foreign key to its record
    source = models.ForeignKey(Source, on_delete=models.CASCADE)
    evidence = models.TextField(blank=True, help_text="The sentence of the article, verbatim.")

    objects = CitationManager()

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.source}: {self.evidence[:80]}"

    def natural_key(self):
        (record_key,) = getattr(self, self.record_field).natural_key()
        return (record_key, self.source.file_name)
