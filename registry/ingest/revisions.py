"""Articles loaded again after their file changed: what the earlier version contributed, and replacing it.

Every record cites the articles that report it, and the registry keeps the SHA-256 of the text it
loaded for each article (`Source.content_sha256`). When an article is corrected (the University of
Tokyo was in fact Kyoto University), loading it again must not leave the old version's records
behind: `changed_articles` finds the articles whose text differs from the version loaded,
`Contribution` says what that version brought, and `Contribution.withdraw()` takes it out so that
the new version loads as if for the first time. Records that other articles also cite stay and lose
only this article's citation; what only this article reported is deleted, and so are the
institutions and people that nothing else refers to any more.
"""

import hashlib

from django.db.models import Q
from django.utils import timezone

from agreements.models import (
    Agreement,
    AgreementCitation,
    Institution,
    InstitutionCitation,
    InstitutionMerge,
    Party,
    Person,
    Signatory,
    Source,
)
from delegations.models import Delegation, DelegationCitation, DelegationMember, Meeting, MeetingCitation
from registry.common.names import normalize_name

#: The records an article can contribute, in the order they are deleted (what refers to others first).
RECORDS = (Meeting, Delegation, Agreement, Person, Institution)
CITATIONS = {
    Meeting: MeetingCitation,
    Delegation: DelegationCitation,
    Agreement: AgreementCitation,
    Institution: InstitutionCitation,
}
#: At most this many records are named in a message; the rest are counted.
NAMED = 5


def text_digest(text):
    """The SHA-256 of an article's text, as the registry stores it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def changed_articles(extractions):
    """(extraction, source) for each article whose text differs from the version the registry loaded.

    One query for the whole run. A source loaded before the registry kept digests (or from a
    fixture) has none: it is taken as unchanged, and the load stores the digest.
    """
    digests = {}
    for extraction in extractions:
        article = extraction.get("article") or {}
        if article.get("file") and article.get("sha256"):
            digests[article["file"]] = (extraction, article["sha256"])
    sources = Source.objects.filter(file_name__in=list(digests)).exclude(content_sha256="")
    return [
        (digests[source.file_name][0], source)
        for source in sources.order_by("file_name")
        if source.content_sha256 != digests[source.file_name][1]
    ]


def plural(count, noun):
    if count == 1:
        return f"1 {noun}"
    return f"{count} {'people' if noun == 'person' else noun + 's'}"


class Contribution:
    """What one loaded version of an article brought into the registry, read with a few queries.

    `replaced`: model -> records only this article cites (people: linked only to it) that nothing
    else refers to once they are gone; `shared`: model -> pks of records other articles cite too;
    `edited`: the replaced records a person changed since they were loaded (their history names a user).
    """

    def __init__(self, source, extraction=None):
        self.source = source
        self.replaced, self.shared = {}, {}
        for model, citation in CITATIONS.items():
            field = f"{citation.record_field}_id"
            cited = set(citation.objects.filter(source=source).values_list(field, flat=True))
            others = set(
                citation.objects.filter(**{f"{field}__in": cited})
                .exclude(source=source)
                .values_list(field, flat=True)
            )
            self.shared[model] = cited & others
            self.replaced[model] = cited - others
        linked = set(Person.objects.filter(sources=source).values_list("pk", flat=True))
        others = set(
            Person.sources.through.objects.filter(person_id__in=linked)
            .exclude(source=source)
            .values_list("person_id", flat=True)
        )
        self.shared[Person] = linked & others
        self.replaced[Person] = linked - others - self.people_still_used(linked - others)
        self.replaced[Institution] -= self.institutions_still_used(self.replaced[Institution])
        if extraction is not None:  # what the new version names again keeps its identity (and edits)
            self.replaced[Institution] -= self.institutions_named(extraction)
            self.replaced[Person] -= self.people_named(extraction)
        self.edited = self.edited_by_people()

    def institutions_named(self, extraction):
        """Institutions about to be replaced that the new version names again, by any of their names."""
        keys = {
            normalize_name(spelling)
            for record in extraction.get("institutions", [])
            for spelling in [record.get("name") or "", *record.get("aliases", [])]
        }
        candidates = Institution.objects.filter(pk__in=self.replaced[Institution])
        return set(
            candidates.filter(Q(normalized_name__in=keys) | Q(names__normalized__in=keys)).values_list(
                "pk", flat=True
            )
        )

    def people_named(self, extraction):
        """People about to be replaced that the new version names again."""
        keys = {normalize_name(record.get("name") or "") for record in extraction.get("people", [])}
        return {
            person.pk
            for person in Person.objects.filter(pk__in=self.replaced[Person])
            if keys & {normalize_name(name) for name in [person.name, *person.variants]}
        }

    def people_still_used(self, pks):
        """People of `pks` that a record staying in the registry names (member, signatory, leader)."""
        gone = self.replaced
        return (
            set(
                DelegationMember.objects.filter(person_id__in=pks)
                .exclude(delegation_id__in=gone[Delegation])
                .values_list("person_id", flat=True)
            )
            | set(
                Signatory.objects.filter(person_id__in=pks)
                .exclude(agreement_id__in=gone[Agreement])
                .values_list("person_id", flat=True)
            )
            | set(
                Delegation.objects.filter(leader_id__in=pks)
                .exclude(pk__in=gone[Delegation])
                .values_list("leader_id", flat=True)
            )
        )

    def institutions_still_used(self, pks):
        """Institutions of `pks` that something staying in the registry refers to."""
        gone = self.replaced
        used = set(
            Party.objects.filter(institution_id__in=pks)
            .exclude(agreement_id__in=gone[Agreement])
            .values_list("institution_id", flat=True)
        )
        for side in ("visitor", "host"):
            used |= set(
                Delegation.objects.filter(**{f"{side}_id__in": pks})
                .exclude(pk__in=gone[Delegation])
                .values_list(f"{side}_id", flat=True)
            )
        used |= set(
            Meeting.institutions.through.objects.filter(institution_id__in=pks)
            .exclude(meeting_id__in=gone[Meeting])
            .values_list("institution_id", flat=True)
        )
        used |= set(
            Person.objects.filter(institution_id__in=pks)
            .exclude(pk__in=gone[Person])
            .values_list("institution_id", flat=True)
        )
        used |= set(Signatory.objects.filter(institution_id__in=pks).values_list("institution_id", flat=True))
        used |= set(Institution.objects.filter(parent_id__in=pks).values_list("parent_id", flat=True))
        used |= set(Institution.objects.filter(pk__in=pks, is_home=True).values_list("pk", flat=True))
        used |= set(InstitutionMerge.objects.filter(kept_id__in=pks).values_list("kept_id", flat=True))
        return used

    def edited_by_people(self):
        """[(record, user name)] of the replaced records whose history names a person."""
        edited = []
        for model in (Meeting, Delegation, Agreement, Institution):
            rows = (
                model.history.filter(id__in=self.replaced[model], history_user__isnull=False)
                .order_by("id", "-history_date")
                .values_list("id", "history_user__username")
            )
            users = {}
            for pk, user in rows:
                users.setdefault(pk, user)
            edited.extend((record, users[record.pk]) for record in model.objects.filter(pk__in=users))
        return edited

    @property
    def replaced_count(self):
        return sum(len(pks) for pks in self.replaced.values())

    @property
    def shared_count(self):
        return sum(len(pks) for pks in self.shared.values())

    def describe(self, would=True):
        """What replacing this version does, in words: '3 records would be replaced (...)', and the rest."""
        counts = [
            plural(len(self.replaced[model]), model._meta.verbose_name)
            for model in reversed(RECORDS)
            if self.replaced[model]
        ]
        named = [
            f"{model._meta.verbose_name} {record}"
            for model in reversed(RECORDS)
            for record in model.objects.filter(pk__in=sorted(self.replaced[model])[:NAMED])
        ][:NAMED]
        more = "; ..." if self.replaced_count > NAMED else ""
        text = plural(self.replaced_count, "record") + (" would be" if would else " were") + " replaced"
        if counts:
            text += f" ({', '.join(counts)}: {'; '.join(named)}{more})"
        if self.shared_count:
            text += (
                f", {plural(self.shared_count, 'record')} that other articles also report "
                + ("would lose" if would else "lost")
                + " only its citation"
            )
        if self.edited:
            text += "; edited by a person since loading: " + "; ".join(
                f"{record._meta.verbose_name} {record} (by {user})" for record, user in self.edited
            )
        return text

    def refusal(self):
        loaded = self.source.imported_at.date().isoformat()
        return (
            f"{self.source.file_name}: changed since it was loaded on {loaded}: {self.describe()}; "
            "run again with --replace-changed to apply"
        )

    def withdraw(self, reason):
        """Take the earlier version out: its citations and links, then what only it reported.

        Returns the changes as counts ('agreement deleted': 1, ...). Call inside the load's transaction.
        """
        changes = {}
        for citation in CITATIONS.values():
            citation.objects.filter(source=self.source).delete()
        Person.sources.through.objects.filter(source=self.source).delete()
        Source.objects.filter(pk=self.source.pk).update(imported_at=timezone.now())  # the version now loaded
        for model in RECORDS:
            for record in model.objects.filter(pk__in=self.replaced[model]):
                record._change_reason = reason  # the deletion's history entry says why
                record.delete()
            if self.replaced[model]:
                changes[f"{model._meta.verbose_name} deleted"] = len(self.replaced[model])
        if self.shared_count:
            changes["citation withdrawn"] = self.shared_count
        return changes
