"""Merging duplicate institutions, and undoing a merge."""

import json

from django.conf import settings
from django.core import serializers
from django.db import models, transaction
from django.utils import timezone

from agreements.models.agreements import Agreement, Party, Signatory
from agreements.models.institutions import Institution, InstitutionCitation, NameKind
from agreements.models.people import Person
from registry.common.names import normalize_name


class InstitutionMergeManager(models.Manager):
    def record(self, kept, duplicate, merged_by):
        """Move everything from `duplicate` to `kept`, delete `duplicate`, and return the merge made."""
        from delegations.models import Delegation, Meeting

        moved = {
            "institution": serializers.serialize("json", [duplicate]),
            "names": serializers.serialize("json", duplicate.names.all()),
            "citations": serializers.serialize("json", duplicate.citations.all()),
            "kept_fields": {
                f: getattr(kept, f)
                for f in ("country", "city", "website", "ror", "notes", "parent_id", "is_home")
            },
            "parties_moved": [],
            "parties_dropped": [],
            "visits_made": list(Delegation.objects.filter(visitor=duplicate).values_list("pk", flat=True)),
            "visits_hosted": list(Delegation.objects.filter(host=duplicate).values_list("pk", flat=True)),
            "meetings": [],
            "meetings_joined": [],
            "people": list(Person.objects.filter(institution=duplicate).values_list("pk", flat=True)),
            "signatories": list(Signatory.objects.filter(institution=duplicate).values_list("pk", flat=True)),
            "units": list(
                Institution.objects.filter(parent=duplicate).exclude(pk=kept.pk).values_list("pk", flat=True)
            ),
            "names_added": [],
            "citations_added": [],
        }
        for party in duplicate.party_set.all():
            if kept.party_set.filter(agreement_id=party.agreement_id).exists():
                moved["parties_dropped"].append(party.agreement_id)
                party.delete()
            else:
                moved["parties_moved"].append(party.pk)
                Party.objects.filter(pk=party.pk).update(institution=kept)
        Delegation.objects.filter(pk__in=moved["visits_made"]).update(visitor=kept)
        Delegation.objects.filter(pk__in=moved["visits_hosted"]).update(host=kept)
        for meeting in Meeting.objects.filter(institutions=duplicate):
            moved["meetings"].append(meeting.pk)
            if not meeting.institutions.filter(pk=kept.pk).exists():
                moved["meetings_joined"].append(meeting.pk)
            meeting.institutions.remove(duplicate)
            meeting.institutions.add(kept)
        Person.objects.filter(pk__in=moved["people"]).update(institution=kept)
        Signatory.objects.filter(pk__in=moved["signatories"]).update(institution=kept)
        Institution.objects.filter(pk__in=moved["units"]).update(parent=kept)
        for citation in duplicate.citations.all():
            added, created = InstitutionCitation.objects.get_or_create(
                institution=kept, source=citation.source, defaults={"evidence": citation.evidence}
            )
            if created:
                moved["citations_added"].append(added.pk)
        spellings = [(duplicate.name, NameKind.ALIAS, "", None)]
        spellings += [(n.value, n.kind, n.language, n.source) for n in duplicate.names.all()]
        for value, kind, language, source in spellings:
            if not kept.names.filter(normalized=normalize_name(value)).exists():
                added = kept.add_name(value, kind, language=language, source=source)
                if added is not None:
                    moved["names_added"].append(added.pk)
        for field in ("country", "city", "website", "ror", "notes"):
            if not getattr(kept, field) and getattr(duplicate, field):
                setattr(kept, field, getattr(duplicate, field))
                if field == "ror":  # the unique ROR id must leave the duplicate first
                    Institution.objects.filter(pk=duplicate.pk).update(ror="")
        if kept.parent_id is None and duplicate.parent_id not in (None, kept.pk):
            kept.parent_id = duplicate.parent_id
        if duplicate.is_home:
            Institution.objects.filter(pk=duplicate.pk).update(is_home=False)
            kept.is_home = True
        duplicate.delete()
        kept.save()
        return self.create(kept=kept, removed_name=duplicate.name, moved=moved, merged_by=merged_by)


class InstitutionMerge(models.Model):
    """A merge of one institution into another, with everything needed to undo it."""

    kept = models.ForeignKey(
        Institution,
        null=True,
        on_delete=models.SET_NULL,
        related_name="merges",
        help_text="Blank: the kept institution was itself merged away or deleted later.",
    )
    removed_name = models.CharField(max_length=300)
    moved = models.JSONField(editable=False, help_text="The removed institution and what moved from it.")
    merged_at = models.DateTimeField(default=timezone.now, editable=False)
    merged_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    undone_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = InstitutionMergeManager()

    class Meta:
        ordering = ["-merged_at", "-pk"]

    def __str__(self):
        return f"{self.removed_name} → {self.kept or 'a deleted institution'}"

    @transaction.atomic
    def undo(self):
        """Bring the removed institution back as it was, and move back everything that moved from it.

        Records added since the merge stay with the kept institution.
        """
        from delegations.models import Delegation, Meeting

        if self.undone_at is not None:
            raise ValueError(f"The merge of {self.removed_name} was already undone.")
        kept = self.kept
        if kept is None:
            raise ValueError(
                f"{self.removed_name} was merged into an institution that no longer exists: "
                "undo the later merge first."
            )
        moved = self.moved
        kept.names.filter(pk__in=moved["names_added"]).delete()
        kept.citations.filter(pk__in=moved["citations_added"]).delete()
        for field, value in moved["kept_fields"].items():
            setattr(kept, field, value)
        kept.save()
        for document in ("institution", "names", "citations"):
            for restored in serializers.deserialize("json", moved[document]):
                restored.save()
        removed = Institution.objects.get(pk=json.loads(moved["institution"])[0]["pk"])
        Party.objects.filter(pk__in=moved["parties_moved"], institution=kept).update(institution=removed)
        for agreement in Agreement.objects.filter(pk__in=moved["parties_dropped"]):
            Party.objects.get_or_create(agreement=agreement, institution=removed)
        Delegation.objects.filter(pk__in=moved["visits_made"], visitor=kept).update(visitor=removed)
        Delegation.objects.filter(pk__in=moved["visits_hosted"], host=kept).update(host=removed)
        for meeting in Meeting.objects.filter(pk__in=moved["meetings"]):
            meeting.institutions.add(removed)
            if meeting.pk in moved["meetings_joined"]:
                meeting.institutions.remove(kept)
        Person.objects.filter(pk__in=moved["people"], institution=kept).update(institution=removed)
        Signatory.objects.filter(pk__in=moved["signatories"], institution=kept).update(institution=removed)
        Institution.objects.filter(pk__in=moved["units"], parent=kept).update(parent=removed)
        self.undone_at = timezone.now()
        self.save(update_fields=["undone_at"])
        return removed
