"""Write extraction-format records (one article's) into the registry, idempotently, with provenance.

`load_extraction` is the one way records enter the registry from articles: `load_articles` and
`build_fixtures` both call it. Loading the same article twice changes nothing; an institution
already known under any of its names is reused and a new spelling is added to its names; every
record cites the article with its evidence sentence. Callers wrap it in a transaction.
"""

import uuid
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from django.db.models import Q
from rapidfuzz import fuzz

from agreements.models import (
    Agreement,
    AgreementCitation,
    Institution,
    InstitutionCitation,
    InstitutionKind,
    InstitutionName,
    NameKind,
    Party,
    Person,
    Source,
)
from delegations.models import Delegation, DelegationCitation, DelegationMember, Meeting, MeetingCitation
from registry.common.names import normalize_name as _normalize_name
from registry.common.partial_dates import PartialDate

# Deterministic identities: the same article always yields the same record uids, so fixtures
# built twice are identical and diff cleanly.
UID_NAMESPACE = uuid.UUID("6f1d3c4e-8a57-4b8e-9d0a-2c1f5e7b9a31")


@lru_cache(maxsize=100_000)
def normalize_name(text):
    """registry.common.names.normalize_name, remembered: a load compares the same names over and over."""
    return _normalize_name(text)


#: The history's change reason holds 100 characters.
CHANGE_REASON_LENGTH = 100
LOADER_REASON = "loaded from {file} by the article parser"
REPLACED_REASON = "deleted: {file} changed and was loaded again by the article parser"


def loader_change_reason(file, template=LOADER_REASON):
    """What a history entry the loader made says: "loaded from FILE by the article parser".

    The loader has no user: this is how the admin's History page tells its entries from a person's
    (registry.templatetags.history shows "article parser (FILE)" in the "Changed by" column).
    """
    room = CHANGE_REASON_LENGTH - len(template.format(file=""))
    if len(file) > room:
        file = file[: room - 1] + "…"
    return template.format(file=file)


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
    if (
        " " not in value
        and (compact.isupper() or sum(c.isupper() for c in compact) >= 2)
        and len(compact) <= 12
    ):
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


def new_source(article):
    """The unsaved Source of an article (LoadError for an impossible published date)."""
    source = Source(file_name=article["file"])
    update_source(source, article)
    return source


def update_source(source, article):
    """Give `source` the article's title, URL and published date; whether anything changed."""
    published = parse_date(article.get("published"), f"{article['file']}: article.published")
    wanted = {
        "title": (article.get("title") or "")[:500],
        "url": article.get("source") or source.url,
        # The pipeline adds the text's digest: a later load of a changed text is then told apart.
        "content_sha256": article.get("sha256") or source.content_sha256,
    }
    changed = False
    for attribute, value in wanted.items():
        if getattr(source, attribute) != value:
            setattr(source, attribute, value)
            changed = True
    if published and source.published != published:
        source.published = published
        changed = True
    return changed


def same_or_unknown(a, b):
    """Two partial dates can describe one event when they are equal or either is unknown."""
    return a is None or b is None or a == b


def _index(model):
    return model._meta.model_name


class LoadSession:
    """What one run of loads knows of the registry: an identity map filled by set-based queries.

    Every row the loader reads or writes goes through it, once per run: the articles' sources, the
    institutions under any spelling they use, the records with their uids, the candidates of each
    kind of record per institution, people per institution, what each source already cites. A
    chunk of articles is prefetched with a few queries per table (`prefetch`); citations, names and
    links wait in memory and are written with one INSERT per table (`flush`). Lookups answer exactly
    what the per-record queries answered: where two candidates would fit, the database decides as
    before (its order, what this article already cites). Loads take turns (an advisory lock on
    PostgreSQL, SQLite's single writer), so nothing else writes these rows during a run.
    """

    def __init__(self, home=None):
        self.result = LoadResult()
        self.objects = {}  # (model, pk) -> the one instance this run uses
        self.home = self.canon(home) if home is not None else None
        self.sources = {}  # file name -> Source or None, for the file names asked about
        self.linked_sources = set()  # source pks whose citations and person links are in memory
        self.made_sources = set()  # file names of sources create_sources inserted, not yet counted
        self.citations = {}  # (citation model, record pk, source pk) -> citation (unsaved until the flush)
        self.person_links = set()  # (person pk, source pk)
        self.by_key = {}  # normalised canonical name -> Institution
        self.name_owners = {}  # normalised spelling -> {institution pk} (InstitutionName rows)
        self.keys_known = set()  # spellings for which both maps above are complete
        self.by_ror = {}  # ROR id -> Institution
        self.rors_known = set()
        self.by_uid = {}  # (model, uid) -> record or None
        self.fresh = set()  # pks of the institutions this run created: all their records are in memory
        self.people = {}  # institution pk (None: no institution) -> [Person]
        self.agreements = {}  # (institution pk, kind, status) -> {pk: Agreement}
        self.delegations = {}  # (visitor pk, host pk) -> {pk: Delegation}
        self.meetings = {}  # (institution pk, kind, mode) -> {pk: Meeting}
        self.pending = {}  # model -> [unsaved rows], written by flush()

    # Identity map

    def canon(self, obj):
        return self.objects.setdefault((type(obj), obj.pk), obj)

    def canon_all(self, objects):
        return [self.canon(obj) for obj in objects]

    def later(self, obj, touch=True):
        """Write `obj` with the next flush (one INSERT per table); touch it once it has its pk."""
        self.pending.setdefault(type(obj), []).append((obj, touch))

    def flush(self):
        for model, rows in list(self.pending.items()):
            del self.pending[model]
            model.objects.bulk_create([obj for obj, _ in rows])
            for obj, touch in rows:
                if touch:
                    self.result.touch(obj)

    # Prefetching a chunk of articles

    def prefetch(self, extractions):
        files = [(e.get("article") or {}).get("file") or "" for e in extractions]
        self.load_sources(files)
        self.create_sources(extractions)
        keys, rors = set(), set()
        for extraction in extractions:
            for record in extraction.get("institutions", []):
                keys.update(normalize_name(s) for s in [record.get("name") or "", *record.get("aliases", [])])
                if record.get("ror"):
                    rors.add(record["ror"])
            for record in extraction.get("people", []):
                keys.add(normalize_name(record.get("institution") or ""))
            for record in (*extraction.get("agreements", []), *extraction.get("meetings", [])):
                keys.update(normalize_name(name or "") for name in record.get("parties", []))
            for record in extraction.get("delegations", []):
                keys.update(normalize_name(record.get(side) or "") for side in ("visitor", "host"))
        self.load_institutions(keys, rors)
        for model in (Agreement, Delegation, Meeting):
            kind = _index(model)
            self.load_uids(
                model,
                [
                    uuid.uuid5(UID_NAMESPACE, f"{file}\n{kind}\n{index}")
                    for file, extraction in zip(files, extractions, strict=True)
                    if file
                    for index in range(len(extraction.get(kind + "s", [])))
                ],
            )

    def load_sources(self, files):
        missing = [f for f in set(files) if f and f not in self.sources]
        if not missing:
            return
        found = {s.file_name: self.canon(s) for s in Source.objects.filter(file_name__in=missing)}
        for file in missing:
            self.sources[file] = found.get(file)
        self.load_links([s.pk for s in found.values()])

    def create_sources(self, extractions):
        """Insert the chunk's new sources at once; each article's load counts its own (`source_made`)."""
        new = {}
        for extraction in extractions:
            article = extraction.get("article") or {}
            file = article.get("file") or ""
            if file and self.sources.get(file, False) is None and file not in new:
                try:
                    new[file] = new_source(article)
                except LoadError:
                    continue  # that article's load refuses it, in its turn
        for source in Source.objects.bulk_create(new.values()):
            self.source_created(source)
            self.made_sources.add(source.file_name)

    def source_made(self, file):
        """Whether create_sources inserted this article's source (once: the next load of it finds it)."""
        made = file in self.made_sources
        self.made_sources.discard(file)
        return made

    def load_links(self, source_pks):
        """What these sources already cite and which people they name."""
        source_pks = [pk for pk in source_pks if pk not in self.linked_sources]
        if not source_pks:
            return
        for model in (InstitutionCitation, AgreementCitation, DelegationCitation, MeetingCitation):
            record_id = f"{model.record_field}_id"
            for citation in model.objects.filter(source_id__in=source_pks):
                self.citations[(model, getattr(citation, record_id), citation.source_id)] = citation
        through = Person.sources.through
        self.person_links.update(
            through.objects.filter(source_id__in=source_pks).values_list("person_id", "source_id")
        )
        self.linked_sources.update(source_pks)

    def source_created(self, source):
        self.sources[source.file_name] = self.canon(source)
        self.linked_sources.add(source.pk)  # a new source cites nothing yet

    def load_institutions(self, keys, rors=()):
        keys = {k for k in keys if k} - self.keys_known
        rors = {r for r in rors if r} - self.rors_known
        if not keys and not rors:
            return
        query = Q(normalized_name__in=keys) | Q(ror__in=rors)
        for institution in Institution.objects.filter(query):
            self.known_institution(self.canon(institution))
        owners = set()
        for key, owner in InstitutionName.objects.filter(normalized__in=keys).values_list(
            "normalized", "institution_id"
        ):
            self.name_owners.setdefault(key, set()).add(owner)
            owners.add(owner)
        unknown = [pk for pk in owners if (Institution, pk) not in self.objects]
        for institution in Institution.objects.filter(pk__in=unknown):
            self.known_institution(self.canon(institution))
        self.keys_known |= keys
        self.rors_known |= rors

    def institution_created(self, institution):
        self.canon(institution)
        self.fresh.add(institution.pk)
        self.people[institution.pk] = []
        self.known_institution(institution)

    def cite(self, citation, record, source):
        """Whether `source` cites `record` with a citation of this model (touched); if not, it will."""
        key = (type(citation), record.pk, source.pk)
        if key in self.citations:
            if self.citations[key].pk is not None:
                self.result.touch(self.citations[key])
            return False
        self.citations[key] = citation
        self.later(citation)
        return True

    def known_institution(self, institution):
        self.by_key[institution.normalized_name] = institution
        if institution.ror:
            self.by_ror[institution.ror] = institution

    def named(self, key):
        """Institutions named `key` by their canonical name or any recorded spelling (Institution.named)."""
        self.load_institutions({key})
        pks = set(self.name_owners.get(key, ()))
        if key in self.by_key:
            pks.add(self.by_key[key].pk)
        return [self.objects[(Institution, pk)] for pk in pks]

    def add_name(self, institution, key):
        self.name_owners.setdefault(key, set()).add(institution.pk)

    def load_uids(self, model, uids):
        missing = [u for u in uids if (model, u) not in self.by_uid]
        if not missing:
            return
        for uid in missing:
            self.by_uid[(model, uid)] = None
        found = self.canon_all(model.objects.filter(uid__in=missing))
        for record in found:
            self.by_uid[(model, record.uid)] = record
        self.hydrate(model, found)

    def record_by_uid(self, model, uid):
        self.load_uids(model, [uid])
        return self.by_uid[(model, uid)]

    def hydrate(self, model, records):
        """Give records their related rows: parties (agreements), members (delegations), links (meetings)."""
        records = [r for r in records if not hasattr(r, "_related")]
        if not records:
            return
        pks = [r.pk for r in records]
        for record in records:
            record._related = {}
        by_pk = {r.pk: r for r in records}
        if model is Agreement:
            for party in Party.objects.filter(agreement_id__in=pks):
                party.agreement = by_pk[party.agreement_id]
                by_pk[party.agreement_id]._related[party.institution_id] = party
        elif model is Delegation:
            for member in DelegationMember.objects.filter(delegation_id__in=pks):
                by_pk[member.delegation_id]._related[member.person_id] = member
        else:
            for record in records:
                record._related = {"institutions": set(), "agreements": set()}
            for meeting, institution in Meeting.institutions.through.objects.filter(
                meeting_id__in=pks
            ).values_list("meeting_id", "institution_id"):
                by_pk[meeting]._related["institutions"].add(institution)
            for meeting, agreement in Meeting.agreements.through.objects.filter(
                meeting_id__in=pks
            ).values_list("meeting_id", "agreement_id"):
                by_pk[meeting]._related["agreements"].add(agreement)

    # Candidates, per institution

    def load_people(self, institution_pks):
        missing = {pk for pk in institution_pks if pk not in self.people}
        if not missing:
            return
        query = Q(institution_id__in=[pk for pk in missing if pk is not None])
        if None in missing:
            query |= Q(institution__isnull=True)
        for pk in missing:
            self.people[pk] = []
        for person in Person.objects.filter(query):
            self.people[person.institution_id].append(self.canon(person))

    def people_of(self, institution_pk):
        self.load_people([institution_pk])
        return self.people[institution_pk]

    def load_agreements(self, keys):
        for key in keys:
            if key[0] in self.fresh:
                self.agreements.setdefault(key, {})
        missing = [k for k in keys if k not in self.agreements]
        if not missing:
            return
        institutions, kinds, statuses = ({k[i] for k in missing} for i in range(3))
        rows = Party.objects.filter(
            institution_id__in=institutions, agreement__kind__in=kinds, agreement__status__in=statuses
        ).values_list("agreement_id", "institution_id")
        # The query covers every combination of the institutions, kinds and statuses asked about.
        for key in ((i, k, s) for i in institutions for k in kinds for s in statuses):
            self.agreements.setdefault(key, {})
        ids = {agreement for agreement, _ in rows}
        self.fetch(Agreement, ids)
        for agreement, institution in rows:
            record = self.objects[(Agreement, agreement)]
            self.agreements[(institution, record.kind, record.status)][record.pk] = record

    def agreements_of(self, key):
        self.load_agreements([key])
        return list(self.agreements[key].values())

    def agreement_created(self, agreement):
        for institution in agreement._related:
            key = (institution, agreement.kind, agreement.status)
            if key in self.agreements or institution in self.fresh:
                self.agreements.setdefault(key, {})[agreement.pk] = agreement

    def load_delegations(self, pairs):
        for pair in pairs:
            if self.fresh.intersection(pair):
                self.delegations.setdefault(pair, {})
        missing = {p for p in pairs if p not in self.delegations}
        if not missing:
            return
        query = Q()
        for visitor, host in missing:
            query |= (
                Q(visitor_id=visitor) & Q(host_id=host)
                if None not in (visitor, host)
                else Q(
                    **({"visitor__isnull": True} if visitor is None else {"visitor_id": visitor}),
                    **({"host__isnull": True} if host is None else {"host_id": host}),
                )
            )
            self.delegations[(visitor, host)] = {}
        found = self.canon_all(Delegation.objects.filter(query))
        self.hydrate(Delegation, found)
        for delegation in found:
            self.delegations[(delegation.visitor_id, delegation.host_id)][delegation.pk] = delegation

    def delegations_of(self, pair):
        self.load_delegations([pair])
        return list(self.delegations[pair].values())

    def delegation_created(self, delegation):
        pair = (delegation.visitor_id, delegation.host_id)
        if pair in self.delegations or self.fresh.intersection(pair):
            self.delegations.setdefault(pair, {})[delegation.pk] = delegation

    def load_meetings(self, keys):
        for key in keys:
            if key[0] in self.fresh:
                self.meetings.setdefault(key, {})
        missing = [k for k in keys if k not in self.meetings]
        if not missing:
            return
        institutions, kinds, modes = ({k[i] for k in missing} for i in range(3))
        rows = Meeting.institutions.through.objects.filter(
            institution_id__in=institutions, meeting__kind__in=kinds, meeting__mode__in=modes
        ).values_list("meeting_id", "institution_id")
        for key in ((i, k, m) for i in institutions for k in kinds for m in modes):
            self.meetings.setdefault(key, {})
        self.fetch(Meeting, {meeting for meeting, _ in rows})
        for meeting, institution in rows:
            record = self.objects[(Meeting, meeting)]
            self.meetings[(institution, record.kind, record.mode)][record.pk] = record

    def meetings_of(self, key):
        self.load_meetings([key])
        return list(self.meetings[key].values())

    def meeting_created(self, meeting):
        for institution in meeting._related["institutions"]:
            key = (institution, meeting.kind, meeting.mode)
            if key in self.meetings or institution in self.fresh:
                self.meetings.setdefault(key, {})[meeting.pk] = meeting

    def fetch(self, model, pks):
        """The records with these pks, from memory or one query, with their related rows."""
        unknown = [pk for pk in pks if (model, pk) not in self.objects]
        self.canon_all(model.objects.filter(pk__in=unknown))
        records = [self.objects[(model, pk)] for pk in pks]
        self.hydrate(model, records)
        return records


class ArticleLoader:
    """Loads one article's extraction into a LoadSession; `load()` returns the session's LoadResult."""

    def __init__(self, extraction, *, home=None, session=None):
        self.extraction = extraction
        self.article = extraction.get("article") or {}
        self.file = self.article.get("file") or ""
        if not self.file:
            raise LoadError("extraction without article.file: cannot record where its records came from")
        self.session = session or LoadSession(home)
        self.home = self.session.home
        self.result = self.session.result
        self.by_name = {}  # normalised spelling used in this article -> Institution
        self.claimed = set()  # (model, pk) of the records this load has matched or created

    def uid(self, kind, index):
        return uuid.uuid5(UID_NAMESPACE, f"{self.file}\n{kind}\n{index}")

    def existing(self, model, index, candidates, fits, query):
        """The record this extraction record already is, claimed for this load, or None.

        First the record an earlier load of this article created (same uid); else one that `fits`
        (the same event): one this article already cites (an earlier load matched it), else one
        only other articles report. A record is claimed once per load, so two look-alike records
        of one article stay two records. `candidates()` come from the session; when more than one
        fits, `query()` (the candidates in the registry's order) and the citations decide.
        """
        found = self.session.record_by_uid(model, self.uid(model._meta.model_name, index))
        if found is None:
            fitting = [c for c in candidates() if (model, c.pk) not in self.claimed and fits(c)]
            if len(fitting) > 1:
                self.session.flush()
                pks = {c.pk for c in fitting}
                fitting = [c for c in self.session.canon_all(query()) if c.pk in pks]
                citation = model.citations.field.model
                cited = set(
                    citation.objects.filter(
                        source=self.source, **{f"{citation.record_field}_id__in": pks}
                    ).values_list(f"{citation.record_field}_id", flat=True)
                )
                fitting = [c for c in fitting if c.pk in cited] or fitting
            found = next(iter(fitting), None)
        if found is not None:
            self.claim(found)
        return found

    def save(self, record, **options):
        """record.save(), its history entry saying which article the parser loaded it from."""
        record._change_reason = loader_change_reason(self.file)
        record.save(**options)
        return record

    def claim(self, record):
        self.claimed.add((type(record), record.pk))
        return record

    def count(self, change):
        self.result.changes[change] += 1

    def known(self, name):
        """The institution `name` already stands for in this article, without loading anything."""
        if name is None:
            return None
        key = normalize_name(name)
        if key in self.by_name:
            return self.by_name[key]
        if self.home is not None and key == self.home.normalized_name:
            return self.home
        return None

    def loaded_before(self, model, index):
        """Whether an earlier load of this article made this record (its candidates are not needed then)."""
        return self.session.by_uid.get((model, self.uid(model._meta.model_name, index))) is not None

    def pk(self, name):
        institution = self.known(name)
        return institution.pk if institution is not None else None

    def load(self):
        self.session.prefetch([self.extraction])
        self.source = self.load_source()
        for record in self.extraction.get("institutions", []):
            self.load_institution(record)
        self.session.load_people(
            {self.pk(r.get("institution")) for r in self.extraction.get("people", [])}
            | {self.pk(r.get("visitor")) for r in self.extraction.get("delegations", []) if r.get("leader")}
        )
        for record in self.extraction.get("people", []):
            self.load_person(record)
        self.session.load_agreements(
            [
                (self.pk(r["parties"][0]), r.get("kind"), r.get("action") or "signed")
                for i, r in enumerate(self.extraction.get("agreements", []))
                if r.get("parties") and self.known(r["parties"][0]) and not self.loaded_before(Agreement, i)
            ]
        )
        agreements = [self.load_agreement(i, r) for i, r in enumerate(self.extraction.get("agreements", []))]
        self.session.load_delegations(
            [
                (self.pk(r.get("visitor")), self.pk(r.get("host")))
                for i, r in enumerate(self.extraction.get("delegations", []))
                if not self.loaded_before(Delegation, i)
            ]
        )
        delegations = [
            self.load_delegation(i, r) for i, r in enumerate(self.extraction.get("delegations", []))
        ]
        self.session.load_meetings(
            [
                (self.pk(r["parties"][0]), r.get("kind"), r.get("mode"))
                for i, r in enumerate(self.extraction.get("meetings", []))
                if r.get("parties") and self.known(r["parties"][0]) and not self.loaded_before(Meeting, i)
            ]
        )
        for index, record in enumerate(self.extraction.get("meetings", [])):
            self.load_meeting(index, record, [a for a in agreements if a], [d for d in delegations if d])
        return self.result

    # Sources

    def load_source(self):
        parse_date(self.article.get("published"), f"{self.file}: article.published")
        self.session.load_sources([self.file])
        source = self.session.sources[self.file]
        if self.session.source_made(self.file):
            self.count("source created")
        elif source is None:
            source = new_source(self.article)
            source.save()
            self.session.source_created(source)
            self.count("source created")
        elif update_source(source, self.article):
            source.save()
            self.count("source updated")
        return self.result.touch(source)

    # Institutions

    def find_institution(self, record):
        """The registry's institution for an extraction record, or None: by ROR id, then by any full name."""
        session = self.session
        if record.get("ror") and record["ror"] in session.by_ror:
            return session.by_ror[record["ror"]]
        # Two institutions never share a canonical name, so the article's own name is decisive.
        found = session.by_key.get(normalize_name(record["name"]))
        if found:
            return found
        spellings = [record["name"], *record.get("aliases", [])]
        # Acronyms are shared between institutions (HUST), so only full names identify one.
        for spelling in spellings:
            if name_kind(spelling, record["name"]) == NameKind.ACRONYM:
                continue
            matches = session.named(normalize_name(spelling))
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
        session = self.session
        spellings = [record["name"], *record.get("aliases", [])]
        session.load_institutions({normalize_name(s) for s in spellings}, [record.get("ror") or ""])
        institution = self.find_institution(record)
        if institution is None:
            institution = self.save(
                Institution(
                    name=record["name"],
                    kind=kind,
                    country=record.get("country") or "",
                    ror=record.get("ror") or "",
                )
            )
            session.institution_created(institution)
            self.count("institution created")
        else:
            self.fill_blanks(institution, record)
        for spelling in spellings:
            key = normalize_name(spelling)
            if key != institution.normalized_name and institution.pk not in session.name_owners.get(key, ()):
                self.add_name(institution, spelling)
                self.count("institution name added")
            self.by_name[key] = institution
        if session.cite(
            InstitutionCitation(institution=institution, source=self.source), institution, self.source
        ):
            self.count("institution cited")
        return self.result.touch(institution)

    def add_name(self, institution, spelling):
        """Institution.add_name, written with the session's next flush."""
        value = " ".join((spelling or "").split())
        key = normalize_name(value)
        if not key or key == institution.normalized_name:
            return
        kind = name_kind(spelling, institution.name)
        self.session.later(
            InstitutionName(
                institution=institution,
                value=value,
                normalized=key,
                kind=kind,
                language="",
                source=self.source,
            ),
            touch=False,
        )
        self.session.add_name(institution, key)

    def fill_blanks(self, institution, record):
        """Complete what the registry does not know yet; never overwrite what a person may have corrected."""
        changed = []
        if not institution.country and record.get("country"):
            institution.country = record["country"]
            changed.append("country")
        ror = record.get("ror")
        if not institution.ror and ror and ror not in self.session.by_ror:
            institution.ror = ror
            changed.append("ror")
        if changed:
            self.save(institution, update_fields=changed)
            self.session.known_institution(institution)
            self.count("institution updated")

    def institution(self, name, where):
        """The institution an article's name refers to (None stays None: the unnamed home institution)."""
        if name is None:
            return None
        found = self.known(name)
        if found is not None:
            return found
        # The format lists every named institution; tolerate a hand-written extraction that does not.
        return self.load_institution({"name": name, "aliases": [], "kind": InstitutionKind.OTHER})

    # People

    def find_or_create_person(self, name, institution, title=""):
        key = normalize_name(name)
        session = self.session
        people = session.people_of(institution.pk if institution is not None else None)
        matches = [p for p in people if key in {normalize_name(n) for n in [p.name, *p.variants]}]
        if len(matches) > 1:  # the registry's order decides, as it always did
            matches = [
                p for p in session.canon_all(Person.objects.filter(institution=institution)) if p in matches
            ]
        if matches:
            person = matches[0]
        else:
            person = session.canon(
                Person.objects.create(name=name, institution=institution, title=title or "")
            )
            people.append(person)
            self.count("person created")
        # Loading an article again must not flip a title another article spelt differently
        # ("Vice-Chancellor", "Vice Chancellor"): only an article new to this person updates it.
        if (
            title
            and normalize_name(person.title) != normalize_name(title)
            and (person.pk, self.source.pk) not in session.person_links
        ):
            person.title = title
            person.save(update_fields=["title"])
            self.count("person updated")
        if (person.pk, self.source.pk) not in session.person_links:
            session.person_links.add((person.pk, self.source.pk))
            session.later(Person.sources.through(person_id=person.pk, source_id=self.source.pk), touch=False)
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
        party_pks = {p.pk for p in parties}
        first = self.known(record["parties"][0]) or next(iter(parties))
        existing = self.existing(
            Agreement,
            index,
            lambda: self.session.agreements_of((first.pk, record["kind"], status)),
            lambda a: set(a._related) == party_pks and same_or_unknown(a.signed, signed),
            lambda: Agreement.objects.filter(kind=record["kind"], status=status, parties=first).distinct(),
        )
        if existing is None:
            agreement = Agreement(
                uid=self.uid("agreement", index),
                title=(record.get("title") or "")[:300],
                kind=record["kind"],
                status=status,
            )
            agreement.signed = signed
            self.save(agreement)
            self.session.canon(agreement)
            self.claim(agreement)
            rows = Party.objects.bulk_create(Party(agreement=agreement, institution=i) for i in parties)
            agreement._related = {party.institution_id: party for party in rows}
            self.session.agreement_created(agreement)
            self.session.by_uid[(Agreement, agreement.uid)] = agreement
            self.count("agreement created")
            if status == "renewed":
                self.link_renewal(agreement, parties)
        else:
            agreement = existing
            self.session.hydrate(Agreement, [agreement])
            if agreement.signed is None and signed is not None:
                agreement.signed = signed
                self.save(agreement, update_fields=["signed_on", "signed_on_precision"])
                self.count("agreement updated")
        self.cite(AgreementCitation, "agreement", agreement, record)
        for party in agreement._related.values():
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
                renewal.renews = self.session.canon(candidate)
                self.save(renewal, update_fields=["renews"])
                self.count("renewal linked")
                return

    def cite(self, model, field_name, record_object, record):
        citation = model(
            **{field_name: record_object}, source=self.source, evidence=record.get("evidence") or ""
        )
        if self.session.cite(citation, record_object, self.source):
            self.count(f"{field_name} cited")

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
        session = self.session
        pair = (visitor.pk if visitor else None, host.pk if host else None)
        delegation = self.existing(
            Delegation,
            index,
            lambda: [d for d in session.delegations_of(pair) if d.mode == mode],
            lambda d: same_or_unknown(d.start, start),
            lambda: Delegation.objects.filter(visitor=visitor, host=host, mode=mode),
        )
        if delegation is None:
            delegation = Delegation(
                uid=self.uid("delegation", index),
                visitor=visitor,
                host=host,
                mode=mode,
                size=record.get("size"),
                leader_title=record.get("leader_title") or "",
            )
            delegation.start, delegation.end = start, end
            self.save(delegation)
            session.canon(delegation)
            delegation._related = {}
            session.delegation_created(delegation)
            session.by_uid[(Delegation, delegation.uid)] = delegation
            self.claim(delegation)
            self.count("delegation created")
        else:
            session.hydrate(Delegation, [delegation])
            if delegation.start is None and start is not None:
                delegation.start, delegation.end = start, end
                self.save(
                    delegation, update_fields=["start_on", "start_on_precision", "end_on", "end_on_precision"]
                )
                self.count("delegation updated")
        if record.get("leader"):
            leader = self.find_or_create_person(record["leader"], visitor)
            if delegation.leader_id is None:
                delegation.leader = leader
                delegation.leader_title = delegation.leader_title or record.get("leader_title") or ""
                self.save(delegation, update_fields=["leader", "leader_title"])
            member = delegation._related.get(leader.pk)
            if member is None:
                member = DelegationMember.objects.create(
                    delegation=delegation, person=leader, title=record.get("leader_title") or ""
                )
                delegation._related[leader.pk] = member
            self.result.touch(member)
        self.cite(DelegationCitation, "delegation", delegation, record)
        return self.result.touch(delegation)

    # Meetings

    def load_meeting(self, index, record, agreements, delegations):
        where = f"{self.file}: meeting {index + 1}"
        institutions = {self.institution(name, where) for name in record.get("parties", [])}
        institutions.discard(None)
        held = parse_date(record.get("date"), f"{where}: date")
        session = self.session
        pks = {i.pk for i in institutions}
        # A meeting with no named institution is only ever the same record of the same article.
        if institutions:
            first = self.known(record["parties"][0]) or next(iter(institutions))

            def candidates():
                return session.meetings_of((first.pk, record["kind"], record["mode"]))

            def query():
                return Meeting.objects.filter(
                    kind=record["kind"], mode=record["mode"], institutions__in=institutions
                ).distinct()
        else:
            candidates = query = Meeting.objects.none
        meeting = self.existing(
            Meeting, index, candidates, lambda m: m._related["institutions"] == pks and m.date == held, query
        )
        if meeting is None:
            meeting = Meeting(
                uid=self.uid("meeting", index),
                kind=record["kind"],
                mode=record["mode"],
                location=(record.get("location") or "")[:300],
            )
            meeting.date = held
            meeting.delegation = self.delegation_of(meeting, pks, delegations)
            self.save(meeting)
            session.canon(meeting)
            self.claim(meeting)
            Meeting.institutions.through.objects.bulk_create(
                Meeting.institutions.through(meeting_id=meeting.pk, institution_id=pk) for pk in pks
            )
            meeting._related = {"institutions": set(pks), "agreements": set()}
            session.meeting_created(meeting)
            session.by_uid[(Meeting, meeting.uid)] = meeting
            self.count("meeting created")
        else:
            session.hydrate(Meeting, [meeting])
        if meeting.kind == "signing":
            for agreement in agreements:
                if (
                    set(agreement._related) <= pks
                    and same_or_unknown(agreement.signed, held)
                    and agreement.pk not in meeting._related["agreements"]
                ):
                    meeting._related["agreements"].add(agreement.pk)
                    session.later(
                        Meeting.agreements.through(meeting_id=meeting.pk, agreement_id=agreement.pk),
                        touch=False,
                    )
        self.cite(MeetingCitation, "meeting", meeting, record)
        return self.result.touch(meeting)

    @staticmethod
    def delegation_of(meeting, institutions, delegations):
        """The article's delegation a meeting belongs to: an in-person meeting its visitor took part in."""
        if meeting.mode != "in_person":
            return None
        fitting = [
            d for d in delegations if d.visitor_id in institutions and same_or_unknown(d.start, meeting.date)
        ]
        return fitting[0] if len(fitting) == 1 else None


def load_extraction(extraction, *, home=None, session=None):
    """Load one article's extraction (a dict in extraction format v1); returns a LoadResult.

    `home` is the registry's own institution (the unnamed publisher of an article), if any.
    `session` (a LoadSession) carries what earlier loads of the same run read and wrote: the
    caller then calls `session.flush()` at the end, and gets everything touched in
    `session.result`. Without one, the load is written before this returns.
    Call inside `transaction.atomic()`: a LoadError part-way leaves partial rows otherwise.
    """
    if session is None:
        if home is None:
            home = Institution.objects.home().first()
        session = LoadSession(home)
        ArticleLoader(extraction, session=session).load()
        session.flush()
        return session.result
    return ArticleLoader(extraction, session=session).load()
