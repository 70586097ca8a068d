"""People met, who signed or led."""

from django.db import models

from agreements.models.institutions import Institution
from agreements.models.sources import Source


class PersonManager(models.Manager):
    def get_by_natural_key(self, name, institution_key):
        return self.get(name=name, institution__normalized_name=institution_key or None)


class Person(models.Model):
    """Someone met, who signed or led: their name, other spellings and current title."""

    name = models.CharField(max_length=200)
    variants = models.JSONField(
        default=list, blank=True, help_text="Other spellings of the name seen in sources."
    )
    institution = models.ForeignKey(
        Institution, null=True, blank=True, on_delete=models.SET_NULL, related_name="people"
    )
    title = models.CharField(
        max_length=300,
        blank=True,
        help_text=(
            "The latest title seen. Titles change: each delegation or signature keeps the title of its day."
        ),
    )
    sources = models.ManyToManyField(Source, blank=True, related_name="people")

    objects = PersonManager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"
        constraints = [
            models.UniqueConstraint(
                fields=["name", "institution"], name="person_name_unique_per_institution"
            ),
        ]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.name, self.institution.normalized_name if self.institution_id else "")

    natural_key.dependencies = ["agreements.institution"]
