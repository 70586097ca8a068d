"""Write extraction-format records (one article's) into the registry, idempotently, with provenance.

`load_extraction` is the one way records enter the registry from articles: `load_articles` and
`build_fixtures` both call it. Loading the same article twice changes nothing; an institution
already known under any of its names is reused and a new spelling is added to its names; every
record cites the article with its evidence sentence. Callers wrap it in a transaction.
"""
import uuid
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Q
from rapidfuzz import fuzz

from agreements.models import (
    Agreement,
    AgreementCitation,
    Institution,
    InstitutionCitation,
    InstitutionKind,
    NameKind,
    Party,
    Person,
    Source,
)
from delegations.models import Delegation, DelegationCitation, DelegationMember, Meeting, MeetingCitation
from registry.names import normalize_name
from registry.partial_dates import PartialDate

# Deterministic identities: the same article always yields the same record uids, so fixtures
# built twice are identical and diff cleanly.
UID_NAMESPACE = uuid.UUID("6f1d3c4e-8a57-4b8e-9d0a-2c1f5e7b9a31")


class LoadError(ValueError):
    """An extraction that cannot be loaded; the message names the article and the record."""


@dataclass
class LoadResult:
    """What one load changed (`changes`, e.g. {"institution created": 2}) and every object it touched."""

    changes: Counter = field(default_factory=Counter)
    touched: dict = field(default_factory=dict)  # model -> {pk: object}

    def touch(self, obj):
        self.touched.setdefault(type(obj), {})[obj.pk] = obj
        return obj

    def update(self, other):
        self.changes.update(other.changes)
        for model, objects in other.touched.items():
            self.touched.setdefault(model, {}).update(objects)


def name_kind(value, canonical):
    """Classify another spelling of `canonical`: an acronym, a word-order alias, or a misspelling."""
    compact = value.replace(".", "").replace("-", "")
    if " " not in value and (compact.isupper() or sum(c.isupper() for c in compact) >= 2) and len(compact) <= 12:
        return NameKind.ACRONYM
    a, b = normalize_name(value), normalize_name(canonical)
    if fuzz.token_sort_ratio(a, b) < 100 and fuzz.ratio(a, b) >= 85:
        return NameKind.MISSPELLING
    return NameKind.ALIAS


def parse_date(value, where):
    try:
        return PartialDate.parse(value)
    except ValueError as error:
        raise LoadError(f"{where}: {error}") from None


def same_or_unknown(a, b):
    """Two partial dates can describe one event when they are equal or either is unknown."""
    return a is None or b is None or a == b


class ArticleLoader:
    """Loads one article's extraction; `load()` returns a LoadResult."""

    def __init__(self, extraction, *, home=None):
        self.extraction = extraction
        self.article = extraction.get("article") or {}
        self.file = self.article.get("file") or ""
        if not self.file:
            raise LoadError("extraction without article.file: cannot record where its records came from")
        self.home = home
        self.result = LoadResult()
        self.by_name = {}  # normalised spelling used in this article -> Institution
        self.claimed = set()  # (model, pk) of the records this load has matched or created

    def uid(self, kind, index):
        return uuid.uuid5(UID_NAMESPACE, f"{self.file}\n{kind}\n{index}")

    def existing(self, model, index, candidates, fits):
        """The record this extraction record already is, claimed for this load, or None.

        First the record an earlier load of this article created (same uid); else one that `fits`
        (the same event): one this article already cites (an earlier load matched it), else one
        only other articles report. A record is claimed once per load, so two look-alike records
        of one article stay two records.
        """
        found = model.objects.filter(uid=self.uid(model._meta.model_name, index)).first()
        if found is None:
            fitting = [c for c in candidates if (model, c.pk) not in self.claimed and fits(c)]
            cited_here = [c for c in fitting if c.citations.filter(source=self.source).exists()]
            found = next(iter(cited_here or fitting), None)
        if found is not None:
            self.claim(found)
        return found

    def claim(self, record):
        self.claimed.add((type(record), record.pk))
        return record

    def count(self, change):
        self.result.changes[change] += 1

    def load(self):
        self.source = self.load_source()
        for record in self.extraction.get("institutions", []):
            self.load_institution(record)
        for record in self.extraction.get("people", []):
            self.load_person(record)
        agreements = [self.load_agreement(i, r) for i, r in enumerate(self.extraction.get("agreements", []))]
        delegations = [self.load_delegation(i, r) for i, r in enumerate(self.extraction.get("delegations", []))]
        for index, record in enumerate(self.extraction.get("meetings", [])):
            self.load_meeting(index, record, [a for a in agreements if a], [d for d in delegations if d])
        return self.result

    # Sources

    def load_source(self):
        published = parse_date(self.article.get("published"), f"{self.file}: article.published")
        source, created = Source.objects.get_or_create(file_name=self.file)
        wanted = {"title": (self.article.get("title") or "")[:500], "url": self.article.get("source") or source.url}
        changed = created
        for attribute, value in wanted.items():
            if getattr(source, attribute) != value:
                setattr(source, attribute, value)
                changed = True
        if published and source.published != published:
            source.published = published
            changed = True
        if changed:
            source.save()
            self.count("source created" if created else "source updated")
        return self.result.touch(source)

    # Institutions

    def find_institution(self, record):
        """The registry's institution for an extraction record, or None: by ROR id, then by any full name."""
        if record.get("ror"):
            found = Institution.objects.filter(ror=record["ror"]).first()
            if found:
                return found
        # Two institutions never share a canonical name, so the article's own name is decisive.
        found = Institution.objects.filter(normalized_name=normalize_name(record["name"])).first()
        if found:
            return found
        spellings = [record["name"], *record.get("aliases", [])]
        # Acronyms are shared between institutions (HUST), so only full names identify one.
        for spelling in spellings:
            if name_kind(spelling, record["name"]) == NameKind.ACRONYM:
                continue
            matches = list(Institution.objects.named(spelling)[:2])
            if len(matches) == 1:
                return matches[0]
        return None

    def load_institution(self, record):
        where = f"{self.file}: institution {record.get('name')!r}"
        if not (record.get("name") or "").strip():
            raise LoadError(f"{where}: no name")
        kind = record.get("kind") or InstitutionKind.OTHER
        if kind not in InstitutionKind.values:
            raise LoadError(f"{where}: unknown kind {kind!r}")
        institution = self.find_institution(record)
        if institution is None:
            institution = Institution.objects.create(
                name=record["name"], kind=kind, country=record.get("country") or "", ror=record.get("ror") or ""
            )
            self.count("institution created")
        else:
            self.fill_blanks(institution, record)
        for spelling in [record["name"], *record.get("aliases", [])]:
            if normalize_name(spelling) != institution.normalized_name and not institution.names.filter(
                normalized=normalize_name(spelling)
            ).exists():
                institution.add_name(spelling, name_kind(spelling, institution.name), source=self.source)
                self.count("institution name added")
            self.by_name[normalize_name(spelling)] = institution
        citation, cited = InstitutionCitation.objects.get_or_create(institution=institution, source=self.source)
        if cited:
            self.count("institution cited")
        self.result.touch(citation)
        return self.result.touch(institution)

    def fill_blanks(self, institution, record):
        """Complete what the registry does not know yet; never overwrite what a person may have corrected."""
        changed = []
        if not institution.country and record.get("country"):
            institution.country = record["country"]
            changed.append("country")
        ror = record.get("ror")
        if not institution.ror and ror and not Institution.objects.filter(ror=ror).exists():
            institution.ror = ror
            changed.append("ror")
        if changed:
            institution.save(update_fields=changed)
            self.count("institution updated")

    def institution(self, name, where):
        """The institution an article's name refers to (None stays None: the unnamed home institution)."""
        if name is None:
            return None
        key = normalize_name(name)
        if key in self.by_name:
            return self.by_name[key]
        if self.home is not None and key == self.home.normalized_name:
            return self.home
        # The format lists every named institution; tolerate a hand-written extraction that does not.
        return self.load_institution({"name": name, "aliases": [], "kind": InstitutionKind.OTHER})

    # People

    def find_or_create_person(self, name, institution, title=""):
        key = normalize_name(name)
        candidates = Person.objects.filter(institution=institution)
        for person in candidates:
            if key in {normalize_name(n) for n in [person.name, *person.variants]}:
                break
        else:
            person = Person.objects.create(name=name, institution=institution, title=title or "")
            self.count("person created")
        if title and person.title != title:
            person.title = title
            person.save(update_fields=["title"])
            self.count("person updated")
        if not person.sources.filter(pk=self.source.pk).exists():
            person.sources.add(self.source)
        return self.result.touch(person)

    def load_person(self, record):
        where = f"{self.file}: person {record.get('name')!r}"
        institution = self.institution(record.get("institution"), where)
        person = self.find_or_create_person(record["name"], institution, record.get("title") or "")
        known = {normalize_name(n) for n in [person.name, *person.variants]}
        new = [v for v in record.get("variants", []) if normalize_name(v) not in known]
        if new:
            person.variants = [*person.variants, *new]
            person.save(update_fields=["variants"])
            self.count("person variant added")
        return person

    # Agreements

    def load_agreement(self, index, record):
        where = f"{self.file}: agreement {index + 1}"
        parties = {self.institution(name, where) for name in record.get("parties", [])}
        parties.discard(None)
        if not parties:
            return None
        signed = parse_date(record.get("date"), f"{where}: date")
        status = record.get("action") or "signed"
        candidates = (
            Agreement.objects.filter(kind=record["kind"], status=status, parties=next(iter(parties)))
            .prefetch_related("parties")
            .distinct()
        )
        existing = self.existing(
            Agreement, index, candidates,
            lambda a: set(a.parties.all()) == parties and same_or_unknown(a.signed, signed),
        )
        if existing is None:
            agreement = Agreement(
                uid=self.uid("agreement", index), title=(record.get("title") or "")[:300],
                kind=record["kind"], status=status,
            )
            agreement.signed = signed
            agreement.save()
            self.claim(agreement)
            Party.objects.bulk_create(Party(agreement=agreement, institution=i) for i in parties)
            self.count("agreement created")
            if status == "renewed":
                self.link_renewal(agreement, parties)
        else:
            agreement = existing
            if agreement.signed is None and signed is not None:
                agreement.signed = signed
                agreement.save(update_fields=["signed_on", "signed_on_precision"])
                self.count("agreement updated")
        self.cite(AgreementCitation, "agreement", agreement, record)
        for party in Party.objects.filter(agreement=agreement):
            self.result.touch(party)
        return self.result.touch(agreement)

    def link_renewal(self, renewal, parties):
        """A renewal renews the latest earlier agreement of the same kind between the same parties."""
        earlier = (
            Agreement.objects.filter(kind=renewal.kind, parties=next(iter(parties)))
            .exclude(pk=renewal.pk)
            .prefetch_related("parties")
            .order_by("-signed_on")
        )
        if renewal.signed_on:
            earlier = earlier.filter(Q(signed_on__lt=renewal.signed_on) | Q(signed_on__isnull=True))
        for candidate in earlier:
            if set(candidate.parties.all()) == parties:
                renewal.renews = candidate
                renewal.save(update_fields=["renews"])
                self.count("renewal linked")
                return

    def cite(self, model, field_name, record_object, record):
        citation, created = model.objects.get_or_create(
            **{field_name: record_object}, source=self.source, defaults={"evidence": record.get("evidence") or ""}
        )
        if created:
            self.count(f"{field_name} cited")
        return self.result.touch(citation)

    # Delegations

    def load_delegation(self, index, record):
        where = f"{self.file}: delegation {index + 1}"
        visitor = self.institution(record.get("visitor"), where)
        host = self.institution(record.get("host"), where)
        if visitor is None and host is None:
            return None
        start = parse_date(record.get("start"), f"{where}: start")
        end = parse_date(record.get("end"), f"{where}: end")
        if start and end and end.last_day < start.first_day:
            raise LoadError(f"{where}: ends ({end.isoformat()}) before it starts ({start.isoformat()})")
        mode = record.get("mode") or "in_person"
        delegation = self.existing(
            Delegation, index, Delegation.objects.filter(visitor=visitor, host=host, mode=mode),
            lambda d: same_or_unknown(d.start, start),
        )
        if delegation is None:
            delegation = Delegation(uid=self.uid("delegation", index), visitor=visitor, host=host, mode=mode,
                                    size=record.get("size"), leader_title=record.get("leader_title") or "")
            delegation.start, delegation.end = start, end
            delegation.save()
            self.claim(delegation)
            self.count("delegation created")
        elif delegation.start is None and start is not None:
            delegation.start, delegation.end = start, end
            delegation.save(update_fields=["start_on", "start_on_precision", "end_on", "end_on_precision"])
            self.count("delegation updated")
        if record.get("leader"):
            leader = self.find_or_create_person(record["leader"], visitor)
            if delegation.leader_id is None:
                delegation.leader = leader
                delegation.leader_title = delegation.leader_title or record.get("leader_title") or ""
                delegation.save(update_fields=["leader", "leader_title"])
            member, created = DelegationMember.objects.get_or_create(
                delegation=delegation, person=leader, defaults={"title": record.get("leader_title") or ""}
            )
            self.result.touch(member)
        self.cite(DelegationCitation, "delegation", delegation, record)
        return self.result.touch(delegation)

    # Meetings

    def load_meeting(self, index, record, agreements, delegations):
        where = f"{self.file}: meeting {index + 1}"
        institutions = {self.institution(name, where) for name in record.get("parties", [])}
        institutions.discard(None)
        held = parse_date(record.get("date"), f"{where}: date")
        # A meeting with no named institution is only ever the same record of the same article.
        candidates = (
            Meeting.objects.filter(kind=record["kind"], mode=record["mode"], institutions__in=institutions)
            .prefetch_related("institutions").distinct()
            if institutions else Meeting.objects.none()
        )
        meeting = self.existing(
            Meeting, index, candidates, lambda m: set(m.institutions.all()) == institutions and m.date == held
        )
        if meeting is None:
            meeting = Meeting(uid=self.uid("meeting", index), kind=record["kind"], mode=record["mode"],
                              location=(record.get("location") or "")[:300])
            meeting.date = held
            meeting.delegation = self.delegation_of(meeting, institutions, delegations)
            meeting.save()
            self.claim(meeting)
            meeting.institutions.set(institutions)
            self.count("meeting created")
        if meeting.kind == "signing":
            for agreement in agreements:
                if set(agreement.parties.all()) <= institutions | {None} and same_or_unknown(agreement.signed, held):
                    meeting.agreements.add(agreement)
        self.cite(MeetingCitation, "meeting", meeting, record)
        return self.result.touch(meeting)

    @staticmethod
    def delegation_of(meeting, institutions, delegations):
        """The article's delegation a meeting belongs to: an in-person meeting its visitor took part in."""
        if meeting.mode != "in_person":
            return None
        fitting = [d for d in delegations if d.visitor in institutions and same_or_unknown(d.start, meeting.date)]
        return fitting[0] if len(fitting) == 1 else None


def load_extraction(extraction, *, home=None):
    """Load one article's extraction (a dict in extraction format v1); returns a LoadResult.

    `home` is the registry's own institution (the unnamed publisher of an article), if any.
    Call inside `transaction.atomic()`: a LoadError part-way leaves partial rows otherwise.
    """
    if home is None:
        home = Institution.objects.home().first()
    return ArticleLoader(extraction, home=home).load()
