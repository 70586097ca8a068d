"""A synthetic registry at the scale of a national one, for benchmarks and load tests.

`SyntheticRegistry(sizes, seed=...).generate()` writes institutions with their variant names
(acronyms, aliases, labels in other languages, misspellings), people, source articles,
multi-party agreements, delegations in both directions, and meetings, every record citing an
article with an evidence sentence. The same seed and anchor day give the same rows, ids included.

Rows go in a batch at a time through `registry.devtools.bulk_load.Writer` (COPY on PostgreSQL), with primary
keys chosen here (after the highest existing one), so that records can point at one another without
reading ids back. What `save()` would compute (normalised names, uids, timestamps) is set here,
deterministically.

One institution is given exactly `TIMELINE_RECORDS` agreements, delegations and meetings (fewer
when the sizes asked for cannot hold that many); its `notes` carry `TIMELINE_MARKER`, which is how
the benchmark finds it.
"""

import bisect
import datetime
import itertools
import random
import sys
import time
import uuid
from dataclasses import dataclass, field

from django.db import connections, transaction

from agreements.models import (
    Agreement,
    AgreementCitation,
    AgreementKind,
    AgreementStatus,
    Institution,
    InstitutionCitation,
    InstitutionKind,
    InstitutionName,
    NameKind,
    Party,
    Person,
    Signatory,
    Source,
)
from delegations.models import (
    Delegation,
    DelegationCitation,
    DelegationMember,
    Meeting,
    MeetingCitation,
    MeetingKind,
    Mode,
)
from registry.common.names import normalize_name
from registry.common.partial_dates import DAY, MONTH, YEAR
from registry.devtools.bulk_load import ProgressBar, Writer, indexes_built_after_loading

#: How many agreements, delegations and meetings the benchmark's detail-page institution has.
TIMELINE_RECORDS = 500
#: Written in that institution's notes, so the benchmark can find it again.
TIMELINE_MARKER = "[synthetic] institution with the 500-record timeline"
#: Dates cover this many years up to the anchor day.
YEARS_OF_NEWS = 30


@dataclass(frozen=True)
class Sizes:
    """How many of each main record to make; the rest (names, people, sources) follows from these."""

    institutions: int
    agreements: int
    delegations: int
    meetings: int

    def scaled(self, factor):
        return Sizes(
            *(
                max(1, round(value * factor))
                for value in (self.institutions, self.agreements, self.delegations, self.meetings)
            )
        )


#: A national registry: every institution of a country and decades of news.
FULL_SIZE = Sizes(institutions=100_000, agreements=300_000, delegations=200_000, meetings=300_000)

# Vocabulary. Country weights: a ministry's registry is mostly its own country's institutions.
# fmt: off
COUNTRIES = [
    ("CN", 40), ("US", 6), ("GB", 4), ("DE", 4), ("FR", 3), ("JP", 3), ("RU", 3), ("KR", 2), ("IT", 2),
    ("ES", 2), ("CA", 2), ("AU", 2), ("IN", 2), ("BR", 1), ("IL", 1), ("NL", 1), ("SE", 1), ("CH", 1),
    ("PL", 1), ("TR", 1), ("MY", 1), ("TH", 1), ("SG", 1), ("EG", 1), ("ZA", 1), ("KZ", 1), ("PK", 1),
    ("IR", 1), ("MX", 1), ("AR", 1), ("NZ", 1), ("BE", 1), ("AT", 1), ("FI", 1), ("DK", 1), ("NO", 1),
    ("PT", 1), ("GR", 1), ("CZ", 1), ("HU", 1), ("VN", 1), ("ID", 1), ("PH", 1), ("NG", 1), ("KE", 1),
]
ONSETS = [
    "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "qu", "r", "s", "sh",
    "st", "t", "tr", "v", "w", "x", "y", "z", "zh",
]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ao", "ei", "ia", "ou", "an", "en", "in", "ong", "ang"]
ENDINGS = [
    "", "", "n", "r", "s", "ton", "burg", "ville", "ford", "shan", "zhou", "hai", "jing", "mont", "stad",
    "sk", "ia", "grad",
]
FIELDS = [
    "Technology", "Science and Technology", "Engineering", "Medicine", "Agriculture", "Economics", "Finance",
    "Foreign Studies", "Education", "Arts", "Music", "Law", "Politics and Law", "Petroleum", "Mining",
    "Aeronautics and Astronautics", "Maritime Studies", "Forestry", "Traditional Medicine",
    "Chemical Technology", "Information Science", "Electronic Science", "Communications", "Architecture",
    "Physical Education", "Fine Arts", "Languages", "Commerce", "Textiles", "Pharmacy", "Geosciences",
    "Oceanography", "Energy", "Transportation", "Nursing", "Veterinary Science", "Environmental Studies",
    "Media", "Design", "Marine Engineering",
]
ADJECTIVES = [
    "Normal", "Polytechnic", "Technical", "Medical", "Agricultural", "Open", "National", "State", "Central",
    "Northern", "Southern", "Eastern", "Western", "Capital", "International",
]
INDUSTRIES = [
    "Electronics", "Pharmaceutical", "Automotive", "Semiconductor", "Software", "Energy", "Shipbuilding",
    "Biotech", "Steel", "Telecom", "Aerospace", "Robotics", "Logistics", "Chemicals",
]
SURNAMES = [
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Smith", "Müller", "Dubois",
    "Rossi", "García", "Tanaka", "Kim", "Ivanov", "Cohen", "Nowak", "Jensen", "Silva", "Novak", "Schmidt",
    "Kowalski", "Nakamura", "Petrov", "Haddad", "Okafor", "Andersson",
]
GIVEN_NAMES = [
    "Wei", "Fang", "Lei", "Jing", "Hao", "Min", "Yan", "John", "Anna", "Pierre", "Giulia", "Carlos", "Yuki",
    "Ji-ho", "Olga", "Dmitri", "Noa", "Marta", "Lars", "Ana", "Ahmed", "Chidi", "Sofia",
]
TITLES = [
    "President", "Vice President", "Rector", "Vice-Rector for International Affairs", "Dean",
    "Director of the International Office", "Party Secretary", "Chief Executive", "Minister",
    "Head of Department", "Professor",
]
# Labels in other languages, for names of the form "University of X": (language, word, joiner).
LABELS = [
    ("de", "Universität", ""), ("fr", "Université", "de "), ("es", "Universidad", "de "),
    ("pt", "Universidade", "de "), ("it", "Università", "di "),
]
AGREEMENT_KINDS = [
    (AgreementKind.MOU, 40), (AgreementKind.COOPERATION_AGREEMENT, 25), (AgreementKind.STUDENT_EXCHANGE, 20),
    (AgreementKind.PARTNERSHIP, 7), (AgreementKind.JOINT_INSTITUTE, 3), (AgreementKind.OTHER, 5),
]
AGREEMENT_STATUSES = [
    (AgreementStatus.SIGNED, 70), (AgreementStatus.RENEWED, 10), (AgreementStatus.EXPIRED, 10),
    (AgreementStatus.DISCUSSED, 5), (AgreementStatus.TERMINATED, 5),
]
INSTITUTION_KINDS = [
    (InstitutionKind.UNIVERSITY, 70), (InstitutionKind.COMPANY, 12), (InstitutionKind.GOVERNMENT, 5),
    (InstitutionKind.ALLIANCE, 3), (InstitutionKind.JOINT_INSTITUTE, 3), (InstitutionKind.OTHER, 7),
]
MEETING_KINDS = [
    (MeetingKind.TALK, 40), (MeetingKind.SEMINAR, 20), (MeetingKind.SIGNING, 15), (MeetingKind.SYMPOSIUM, 10),
    (MeetingKind.COMMITTEE, 10), (MeetingKind.OTHER, 5),
]
PARTY_COUNTS = [(2, 60), (3, 20), (4, 12), (5, 8)]
PRECISIONS = [(DAY, 70), (MONTH, 20), (YEAR, 10)]
PURPOSES = [
    "to discuss joint research", "to sign an exchange agreement", "to attend a symposium",
    "to explore cooperation in {field}", "to visit laboratories of {field}", "for a summer school",
]
# fmt: on
_STOP_WORDS = {"of", "and", "the", "for", "&", "de", "di", "co", "ltd"}


class Weighted:
    """A weighted random pick with the cumulative weights worked out once (it is made millions of times)."""

    def __init__(self, pairs):
        self.values = [value for value, _weight in pairs]
        self.cumulative = list(itertools.accumulate(weight for _value, weight in pairs))
        self.total = self.cumulative[-1]

    def pick(self, rng):
        return self.values[bisect.bisect(self.cumulative, rng.random() * self.total)]


def pick(rng, sequence):
    """rng.choice, three times cheaper: a float is plenty for lists far shorter than 2**53."""
    return sequence[int(rng.random() * len(sequence))]


def years_after(day, years):
    """The same day `years` later (28 February for a 29 February that the later year lacks)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def acronym_of(name):
    """Initials of the significant words: "Kelbury University of Technology" -> "KUT"."""
    words = [
        word for word in name.replace(",", " ").replace("-", " ").split() if word.lower() not in _STOP_WORDS
    ]
    return "".join(word[0] for word in words).upper()


def misspelt(name, rng):
    """A typo of the kind news sites make: two letters swapped, one dropped or one doubled, in a long word."""
    words = name.split()
    long_words = [index for index, word in enumerate(words) if len(word) >= 5 and word.isalpha()]
    if not long_words:
        return None
    index = pick(rng, long_words)
    word = words[index]
    at = rng.randrange(1, len(word) - 2)
    typo = rng.randrange(3)
    if typo == 0:
        word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    elif typo == 1:
        word = word[:at] + word[at + 1 :]
    else:
        word = word[:at] + word[at] + word[at:]
    words[index] = word
    return " ".join(words)


#: Every model the generator writes rows of.
WRITTEN_MODELS = [
    Institution,
    InstitutionName,
    InstitutionCitation,
    Person,
    Source,
    Agreement,
    Party,
    Signatory,
    AgreementCitation,
    Delegation,
    DelegationMember,
    DelegationCitation,
    Meeting,
    Meeting.institutions.through,
    Meeting.agreements.through,
    MeetingCitation,
]


@dataclass
class Generated:
    """What `SyntheticRegistry.generate` made: rows per model, and the 500-record-timeline institution."""

    rows: dict = field(default_factory=dict)
    timeline_institution_id: int | None = None
    timeline_records: int = 0
    seconds: float = 0.0


class SyntheticRegistry:
    """Writes a registry of the given `Sizes` into the database `using`; see the module docstring."""

    def __init__(self, sizes, *, seed=1, today=None, using="default", stderr=None):
        self.sizes = sizes
        self.rng = random.Random(seed)
        self.today = today or datetime.date.today()
        self.first_day = years_after(self.today, -YEARS_OF_NEWS)
        self.span_days = (self.today - self.first_day).days
        self.stamp = datetime.datetime.combine(self.today, datetime.time(12), tzinfo=datetime.UTC)
        self.using = using
        self.stderr = stderr or sys.stderr
        self.writer = Writer(using)
        self.countries = Weighted(COUNTRIES)
        self.institution_kinds = Weighted(INSTITUTION_KINDS)
        self.agreement_kinds = Weighted(AGREEMENT_KINDS)
        self.statuses = Weighted(AGREEMENT_STATUSES)
        self.meeting_kinds = Weighted(MEETING_KINDS)
        self.party_counts = Weighted(PARTY_COUNTS)
        self.precisions = Weighted(PRECISIONS)

    # Small helpers -----------------------------------------------------------------------------

    def uid(self):
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def city(self):
        rng = self.rng
        word = (
            pick(rng, ONSETS) + pick(rng, VOWELS) + pick(rng, ONSETS) + pick(rng, VOWELS) + pick(rng, ENDINGS)
        )
        return word.capitalize()

    def partial_date(self, after=None):
        """(first day, precision) of a day in the news window (or after `after`), cut to its precision."""
        start = after or self.first_day
        span = max((self.today - start).days, 0)
        day = start + datetime.timedelta(days=self.rng.randint(0, span))
        precision = self.precisions.pick(self.rng)
        if precision == MONTH:
            day = day.replace(day=1)
        elif precision == YEAR:
            day = day.replace(month=1, day=1)
        return day, precision

    def progress(self, label, total):
        return ProgressBar(self.stderr, label, total)

    def partner(self):
        """An institution taking part in a record: a quarter of the picks go to prominent ones."""
        if self.rng.random() < 0.25:
            return pick(self.rng, self.prominent)
        return pick(self.rng, self.partners)

    def partners_for(self, count, required=None):
        chosen = {required} if required else set()
        count = min(count, len(self.partners) + len(chosen))
        while len(chosen) < count:
            chosen.add(self.partner())
        return list(chosen)

    def source_near(self, day):
        """A source article published about when the record happened (sources are made in date order)."""
        position = (day - self.first_day).days / max(self.span_days, 1) if day else self.rng.random()
        index = int(position * (len(self.source_ids) - 1)) + self.rng.randint(-3, 3)
        return self.source_ids[min(max(index, 0), len(self.source_ids) - 1)]

    def name_of(self, institution_id):
        return self.names[institution_id]

    # The whole run ------------------------------------------------------------------------------

    def generate(self):
        started = time.perf_counter()
        result = Generated()
        connection = connections[self.using]
        with transaction.atomic(using=self.using), indexes_built_after_loading(connection, WRITTEN_MODELS):
            self.make_institutions()
            self.make_people()
            self.make_sources()
            self.make_agreements()
            self.make_delegations()
            self.make_meetings()
            self.make_institution_citations()
            self.writer.flush()
            self.writer.reset_sequences()
        self.analyze()
        result.rows = {model._meta.label: count for model, count in self.writer.written.items()}
        result.timeline_institution_id = self.timeline_id
        result.timeline_records = self.timeline_total
        result.seconds = time.perf_counter() - started
        return result

    def analyze(self):
        """Fresh planner statistics (and, on PostgreSQL, a visibility map for index-only scans)."""
        connection = connections[self.using]
        # VACUUM cannot run inside a transaction (a caller's, or a test's): then statistics only.
        vacuum = connection.vendor == "postgresql" and not connection.in_atomic_block
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE" if vacuum else "ANALYZE")

    # Institutions and their names ---------------------------------------------------------------

    def institution_name(self, kind, city, country, parent_name=None):
        rng = self.rng
        field_name = pick(rng, FIELDS)
        if parent_name:
            return f"{pick(rng, ['School', 'Faculty', 'College'])} of {field_name}, {parent_name}"
        if kind == InstitutionKind.UNIVERSITY:
            pattern = rng.randrange(6)
            return [
                f"University of {city}",
                f"{city} University",
                f"{city} University of {field_name}",
                f"{city} {pick(rng, ADJECTIVES)} University",
                f"{city} Institute of {field_name}",
                f"{pick(rng, ADJECTIVES)} University of {field_name} of {city}",
            ][pattern]
        if kind == InstitutionKind.COMPANY:
            return pick(
                rng,
                [
                    f"{city} {pick(rng, INDUSTRIES)} Co., Ltd.",
                    f"{pick(rng, SURNAMES)} {pick(rng, INDUSTRIES)} Group",
                    f"{city} {pick(rng, INDUSTRIES)} Corporation",
                ],
            )
        if kind == InstitutionKind.GOVERNMENT:
            return pick(
                rng, [f"{city} Municipal Bureau of {field_name}", f"{city} Department of {field_name}"]
            )
        if kind == InstitutionKind.ALLIANCE:
            return f"{city}-{self.city()} Alliance for {field_name}"
        if kind == InstitutionKind.JOINT_INSTITUTE:
            return f"{city}-{self.city()} Joint Institute of {field_name}"
        return pick(
            rng,
            [
                f"{city} Academy of {field_name}",
                f"{city} Research Centre for {field_name}",
                f"{city} People's Hospital",
            ],
        )

    def variants(self, name, kind):
        """(value, kind, language) spellings an institution is also known by, as the news writes them."""
        rng = self.rng
        found = []
        initials = acronym_of(name)
        if 2 <= len(initials) <= 8 and rng.random() < 0.6:
            found.append((initials, NameKind.ACRONYM, ""))
        if rng.random() < 0.3 and (typo := misspelt(name, rng)):
            found.append((typo, NameKind.MISSPELLING, ""))
        if name.startswith("University of ") and kind == InstitutionKind.UNIVERSITY:
            city = name.removeprefix("University of ")
            if rng.random() < 0.4:
                found.append((f"{city} University", NameKind.ALIAS, ""))
            if rng.random() < 0.3:
                language, word, joiner = pick(rng, LABELS)
                found.append((f"{word} {joiner}{city}", NameKind.LABEL, language))
        elif name.endswith(" University") and rng.random() < 0.4:
            found.append((f"University of {name.removesuffix(' University')}", NameKind.ALIAS, ""))
        elif rng.random() < 0.15:
            found.append((f"The {name} ({initials})", NameKind.ALIAS, ""))
        return found

    def make_institutions(self):
        total = self.sizes.institutions
        taken = set(Institution.objects.using(self.using).values_list("normalized_name", flat=True))
        has_home = Institution.objects.using(self.using).filter(is_home=True).exists()
        cities = {}  # country -> its cities; a few thousand cities in all
        self.names, self.partners, self.companies = {}, [], []
        universities = []
        self.home_id = None
        bar = self.progress("institutions", total)
        for number in range(total):
            country, city, kind, parent_id = self.institution_place(number, cities, universities)
            name, city = self.unused_name(kind, city, country, parent_id, taken)
            key = normalize_name(name)
            taken.add(key)
            pk = self.writer.pk(Institution)
            is_home = number == 0 and not has_home
            self.add_institution(
                pk, name, key, kind, country, city, parent_id, is_home, TIMELINE_MARKER if number == 1 else ""
            )
            self.names[pk] = name
            if is_home:
                self.home_id = pk
            elif number == 1:
                self.timeline_id = pk
            else:
                self.partners.append(pk)
            if kind == InstitutionKind.UNIVERSITY and parent_id is None:
                universities.append(pk)
            self.add_name_variants(pk, name, kind, key)
            bar.update(number + 1)
        if total < 2:
            self.timeline_id = None
        if not self.partners:  # a registry of one or two institutions: they take part in everything
            self.partners = [pk for pk in self.names if pk != self.home_id] or list(self.names)
        self.prominent = self.partners[: max(1, len(self.partners) // 30)]
        self.writer.flush(Institution)

    def institution_place(self, number, cities, universities):
        """(country, city, kind, parent id) of the `number`th institution; cities grow per country."""
        rng = self.rng
        country = self.countries.pick(rng)
        country_cities = cities.setdefault(country, [])
        if len(country_cities) < 3 or rng.random() < 0.12:
            country_cities.append(self.city())
        city = pick(rng, country_cities)
        kind = self.institution_kinds.pick(rng)
        if number == 1:
            kind = InstitutionKind.UNIVERSITY  # the timeline institution: a busy university
        parent_id = None
        if number != 1 and kind == InstitutionKind.OTHER and universities and rng.random() < 0.6:
            parent_id = pick(rng, universities)  # a faculty or school of a university made earlier
        return country, city, kind, parent_id

    def unused_name(self, kind, city, country, parent_id, taken):
        """(a name no institution has yet, its city): another city is tried when the name is taken."""
        for _attempt in range(20):
            name = self.institution_name(kind, city, country, self.names.get(parent_id))
            if normalize_name(name) not in taken:
                return name, city
            city = self.city()
        return f"{name} ({self.city()} campus)", city

    def add_institution(self, pk, name, key, kind, country, city, parent_id, is_home, notes):
        rng = self.rng
        self.writer.add(
            Institution,
            id=pk,
            name=name,
            normalized_name=key,
            kind=kind,
            country=country,
            city=city,
            website=f"https://www.{key.replace(' ', '-')[:60]}.example" if rng.random() < 0.4 else "",
            ror=f"https://ror.org/0{pk:08x}"
            if kind == InstitutionKind.UNIVERSITY and rng.random() < 0.3
            else "",
            parent_id=parent_id,
            is_home=is_home,
            notes=notes,
            reviewed_at=self.stamp if rng.random() < 0.2 else None,
            created_at=self.stamp,
            updated_at=self.stamp,
        )

    def add_name_variants(self, pk, name, kind, key):
        spellings = {key}
        for value, name_kind, language in self.variants(name, kind):
            variant_key = normalize_name(value)
            if variant_key and variant_key not in spellings:
                spellings.add(variant_key)
                self.writer.add(
                    InstitutionName,
                    institution_id=pk,
                    value=value,
                    normalized=variant_key,
                    kind=name_kind,
                    language=language,
                )

    def make_people(self):
        rng, writer = self.rng, self.writer
        self.people = {}  # institution id -> ids of its people
        total = max(1, self.sizes.institutions // 5)
        bar = self.progress("people", total)
        seen = set(Person.objects.using(self.using).values_list("name", "institution_id"))
        for number in range(total):
            institution_id = self.partner()
            name = f"{pick(rng, GIVEN_NAMES)} {pick(rng, SURNAMES)}"
            if (name, institution_id) in seen:
                continue
            seen.add((name, institution_id))
            pk = writer.pk(Person)
            writer.add(Person, id=pk, name=name, institution_id=institution_id, title=pick(rng, TITLES))
            self.people.setdefault(institution_id, []).append(pk)
            bar.update(number + 1)
        bar.update(total)
        self.people_ids = [pk for ids in self.people.values() for pk in ids]

    def make_sources(self):
        """Articles in date order: a record cites one published about when it happened."""
        rng, writer = self.rng, self.writer
        records = self.sizes.agreements + self.sizes.delegations + self.sizes.meetings
        total = max(1, records // 3)
        days = sorted(self.partial_date() for _ in range(total))
        self.source_ids = []
        bar = self.progress("sources", total)
        for number, (day, precision) in enumerate(days):
            pk = writer.pk(Source)
            writer.add(
                Source,
                id=pk,
                file_name=f"synthetic-{pk:08d}.txt",
                title=f"{pick(rng, FIELDS)} cooperation news {pk}",
                published_on=day,
                published_on_precision=precision,
                url=f"https://news.example/{day.year}/{pk}" if rng.random() < 0.7 else "",
                imported_at=self.stamp,
            )
            self.source_ids.append(pk)
            bar.update(number + 1)
        writer.flush(Source)

    def timeline_share(self, count, share):
        """Which of `count` records the timeline institution takes part in (a set of positions)."""
        if self.timeline_id is None:
            return set()
        wanted = min(round(TIMELINE_RECORDS * share), count // 2)
        return set(self.rng.sample(range(count), wanted))

    def cite(self, model, field_name, record_id, day, evidence):
        sources = {self.source_near(day)}
        if self.rng.random() < 0.15:
            sources.add(self.source_near(day))
        for source_id in sorted(sources):
            self.writer.add(model, **{f"{field_name}_id": record_id}, source_id=source_id, evidence=evidence)

    # Agreements ---------------------------------------------------------------------------------

    def make_agreements(self):
        rng, writer = self.rng, self.writer
        total = self.sizes.agreements
        with_timeline = self.timeline_share(total, 0.4)
        self.agreement_ids = []
        self.timeline_total = len(with_timeline)
        bar = self.progress("agreements", total)
        for number in range(total):
            pk = writer.pk(Agreement)
            kind = self.agreement_kinds.pick(rng)
            status = self.statuses.pick(rng)
            signed_on, precision = self.partial_date()
            valid_from = signed_on if precision == DAY else None
            valid_until, open_ended, auto_renews, period = self.agreement_term(signed_on)
            renews_id = None
            if status == AgreementStatus.RENEWED and self.agreement_ids and rng.random() < 0.7:
                renews_id = pick(rng, self.agreement_ids[-5000:])
            parties = self.partners_for(
                self.party_counts.pick(rng), required=self.timeline_id if number in with_timeline else None
            )
            party_names = [self.name_of(party) for party in parties]
            label = AgreementKind(kind).label
            writer.add(
                Agreement,
                id=pk,
                uid=self.uid(),
                title=f"{label} between {' and '.join(party_names[:2])}"[:300],
                kind=kind,
                status=status,
                signed_on=signed_on,
                signed_on_precision=precision,
                valid_from=valid_from,
                valid_until=valid_until,
                is_open_ended=open_ended,
                auto_renews=auto_renews,
                renewal_period_years=period,
                renews_id=renews_id,
                reviewed_at=self.stamp if rng.random() < 0.3 else None,
                created_at=self.stamp,
                updated_at=self.stamp,
            )
            self.agreement_ids.append(pk)
            for party in parties:
                writer.add(Party, agreement_id=pk, institution_id=party)
            if rng.random() < 0.1 and self.people_ids:
                self.add_signatories(pk, parties)
            self.cite(
                AgreementCitation,
                "agreement",
                pk,
                signed_on,
                f"{' and '.join(party_names)} signed a {label.lower()} in {signed_on.year}.",
            )
            bar.update(number + 1)
        writer.flush(Agreement)

    def agreement_term(self, signed_on):
        """(valid until, open-ended, renews itself, renewal period): how long an agreement runs."""
        rng = self.rng
        term = rng.random()
        if term < 0.15:
            return None, True, False, None
        if term < 0.3:
            period = rng.randint(1, 5)
            return (
                years_after(signed_on, period) + datetime.timedelta(days=rng.randint(0, 27)),
                False,
                True,
                period,
            )
        if term < 0.9:
            years = pick(rng, [2, 3, 5, 5, 10])
            return (
                years_after(signed_on, years) + datetime.timedelta(days=rng.randint(0, 27)),
                False,
                False,
                None,
            )
        return None, False, False, None

    def add_signatories(self, pk, parties):
        """One or two people of the first two parties sign, for the first party."""
        rng = self.rng
        for person_id in {pick(rng, self.people.get(party) or self.people_ids) for party in parties[:2]}:
            self.writer.add(
                Signatory,
                agreement_id=pk,
                person_id=person_id,
                institution_id=parties[0],
                title=pick(rng, TITLES),
            )

    # Delegations and meetings -------------------------------------------------------------------

    def make_delegations(self):
        """Inbound (host blank: the home institution), outbound (visitor blank), a few between others."""
        rng, writer = self.rng, self.writer
        total = self.sizes.delegations
        with_timeline = self.timeline_share(total, 0.3)
        self.timeline_total += len(with_timeline)
        self.delegation_ids = []
        bar = self.progress("delegations", total)
        for number in range(total):
            pk = writer.pk(Delegation)
            visitor_id, host_id = self.delegation_sides(number in with_timeline)
            start_on, precision = self.partial_date()
            end_on, end_precision = None, ""
            if precision == DAY and rng.random() < 0.6:
                end_on, end_precision = start_on + datetime.timedelta(days=rng.randint(0, 10)), DAY
            leader_id, leader_title = None, ""
            visitors_people = self.people.get(visitor_id) if visitor_id else None
            if rng.random() < 0.6 and self.people_ids:
                leader_id = pick(rng, visitors_people or self.people_ids)
                leader_title = pick(rng, TITLES)
            writer.add(
                Delegation,
                id=pk,
                uid=self.uid(),
                visitor_id=visitor_id,
                host_id=host_id,
                leader_id=leader_id,
                leader_title=leader_title,
                size=pick(rng, [None, rng.randint(2, 30)]),
                start_on=start_on,
                start_on_precision=precision,
                end_on=end_on,
                end_on_precision=end_precision,
                mode=Mode.IN_PERSON if rng.random() < 0.85 else Mode.ONLINE,
                purpose=pick(rng, PURPOSES).format(field=pick(rng, FIELDS).lower()),
                reviewed_at=self.stamp if rng.random() < 0.3 else None,
                created_at=self.stamp,
                updated_at=self.stamp,
            )
            self.delegation_ids.append(pk)
            if leader_id is not None:
                self.add_members(pk, leader_id, leader_title)
            sides = [self.name_of(side) if side else "our university" for side in (visitor_id, host_id)]
            self.cite(
                DelegationCitation,
                "delegation",
                pk,
                start_on,
                f"A delegation of {sides[0]} visited {sides[1]} in {start_on.year}.",
            )
            bar.update(number + 1)
        writer.flush(Delegation)

    def delegation_sides(self, with_timeline):
        """(visitor id, host id): half inbound, most of the rest outbound, a few between two others."""
        direction = self.rng.random()
        foreign = self.timeline_id if with_timeline else self.partner()
        if direction < 0.5:
            return foreign, None
        if direction < 0.92:
            return None, foreign
        other = self.partner()
        while other == foreign and len(self.partners) > 1:
            other = self.partner()
        return foreign, other

    def add_members(self, pk, leader_id, leader_title):
        rng = self.rng
        members = {leader_id}
        if rng.random() < 0.3:
            members.update(pick(rng, self.people_ids) for _ in range(rng.randint(1, 3)))
        for person_id in sorted(members):
            self.writer.add(DelegationMember, delegation_id=pk, person_id=person_id, title=leader_title)

    def make_meetings(self):
        rng, writer = self.rng, self.writer
        total = self.sizes.meetings
        with_timeline = self.timeline_share(total, 0.3)
        self.timeline_total += len(with_timeline)
        institutions_through = Meeting.institutions.through
        agreements_through = Meeting.agreements.through
        bar = self.progress("meetings", total)
        for number in range(total):
            pk = writer.pk(Meeting)
            kind = self.meeting_kinds.pick(rng)
            held_on, precision = self.partial_date()
            institutions = self.partners_for(
                rng.randint(1, 4), required=self.timeline_id if number in with_timeline else None
            )
            delegation_id = (
                pick(rng, self.delegation_ids) if self.delegation_ids and rng.random() < 0.2 else None
            )
            writer.add(
                Meeting,
                id=pk,
                uid=self.uid(),
                held_on=held_on,
                held_on_precision=precision,
                kind=kind,
                mode=Mode.IN_PERSON if rng.random() < 0.8 else Mode.ONLINE,
                location=self.city() if rng.random() < 0.5 else "",
                summary=f"Talks on {pick(rng, FIELDS).lower()} and student exchange.",
                delegation_id=delegation_id,
                reviewed_at=self.stamp if rng.random() < 0.3 else None,
                created_at=self.stamp,
                updated_at=self.stamp,
            )
            for institution_id in institutions:
                writer.add(institutions_through, meeting_id=pk, institution_id=institution_id)
            if kind == MeetingKind.SIGNING and self.agreement_ids and rng.random() < 0.5:
                writer.add(agreements_through, meeting_id=pk, agreement_id=pick(rng, self.agreement_ids))
            names = ", ".join(self.name_of(i) for i in institutions)
            self.cite(
                MeetingCitation,
                "meeting",
                pk,
                held_on,
                f"Representatives of {names} held a {MeetingKind(kind).label.lower()} in {held_on.year}.",
            )
            bar.update(number + 1)
        writer.flush(Meeting)

    def make_institution_citations(self):
        total = len(self.names)
        bar = self.progress("institution citations", total)
        for number, institution_id in enumerate(self.names):
            if self.rng.random() < 0.5:
                self.writer.add(
                    InstitutionCitation,
                    institution_id=institution_id,
                    source_id=pick(self.rng, self.source_ids),
                    evidence=f"{self.name_of(institution_id)} is a long-standing partner.",
                )
            bar.update(number + 1)
