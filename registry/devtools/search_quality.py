"""Fifty searches over the synthetic registry, each for one institution: does the list's first page show it?

The queries are what staff type when they half remember a partner: its name misspelt, one
distinctive word misspelt, its acronym, its words in another order, the start of its name. Each is
made from an institution the database holds (picked by a seeded random generator, so the same
database and seed give the same fifty) and counts as a hit when that institution is among the
first PAGE_SIZE results, in the list's order (best rank first, then name). `search_quality`
prints the hit rate per kind and the latency of each kind's searches.
"""

import random
import statistics
import time
from dataclasses import dataclass, field

from django.db.models.functions import Length

from agreements.models import Institution, InstitutionName, NameKind
from registry.devtools.synthetic import misspelt

#: How many queries of each kind make the fifty.
KINDS = {
    "misspelt name": 15,
    "one word misspelt": 10,
    "acronym": 10,
    "words in another order": 10,
    "start of the name": 5,
}
#: A hit is the institution on the list's first page.
PAGE_SIZE = 25
#: Words too common to stand alone for one institution.
COMMON_WORDS = frozenset(
    ["university", "institute", "college", "school", "faculty", "academy", "international", "national"]
)


@dataclass
class Probe:
    kind: str
    query: str
    institution_id: int
    name: str
    #: Filled by `run`: the institution's place on the first page (None: not there), and milliseconds.
    position: int | None = None
    milliseconds: float = 0.0


@dataclass
class Report:
    probes: list = field(default_factory=list)

    def hits(self, kind=None):
        chosen = [p for p in self.probes if kind in (None, p.kind)]
        return sum(p.position is not None for p in chosen), len(chosen)

    def latency(self, kind=None):
        """(p50, p95) milliseconds of the kind's searches."""
        samples = sorted(p.milliseconds for p in self.probes if kind in (None, p.kind))
        return statistics.median(samples), samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]


def distinctive_word(institution):
    """The word that tells `institution` apart: its city when the name has it, else its longest word."""
    words = [w for w in institution.name.replace(",", " ").replace("-", " ").split() if w.isalpha()]
    if institution.city in words:
        return institution.city
    return max((w for w in words if w.lower() not in COMMON_WORDS), key=len, default="")


def make_probes(seed=1):
    """The fifty queries, made from the institutions the database holds."""
    rng = random.Random(seed)
    ids = list(
        Institution.objects.filter(is_home=False, parent=None).order_by("pk").values_list("pk", flat=True)
    )
    if not ids:
        raise LookupError("No institutions: fill the database with `manage.py generate_synthetic`.")
    probes = []
    makers = {
        "misspelt name": lambda institution: misspelt(institution.name, rng),
        "one word misspelt": lambda institution: misspelt(distinctive_word(institution), rng),
        "words in another order": lambda institution: " ".join(reversed(institution.name.split())),
        "start of the name": _start_of,
    }
    for kind, count in KINDS.items():
        if kind == "acronym":
            probes.extend(_acronym_probes(rng, count))
            continue
        while sum(p.kind == kind for p in probes) < count:
            institution = Institution.objects.get(pk=ids[rng.randrange(len(ids))])
            query = makers[kind](institution)
            if query and query != institution.name:
                probes.append(Probe(kind, query, institution.pk, institution.name))
    return probes


def _start_of(institution):
    """The name up to its distinctive word, and five letters of that: "University of Kelbu"."""
    word = distinctive_word(institution)
    at = institution.name.find(word)
    return institution.name[: at + 5] if word and len(word) > 5 else ""


def _acronym_probes(rng, count):
    acronyms = list(
        # Three letters at least: two-letter ones ("UC") are shared by hundreds, and no search can tell which.
        InstitutionName.objects.filter(kind=NameKind.ACRONYM, institution__is_home=False)
        .annotate(length=Length("value"))
        .filter(length__gte=3)
        .order_by("pk")
        .values_list("value", "institution_id", "institution__name")
    )
    return [
        Probe("acronym", value, pk, name)
        for value, pk, name in rng.sample(acronyms, min(count, len(acronyms)))
    ]


def run(probes):
    """Search for each probe as the institution list does; fill in where it came and how long it took."""
    report = Report(probes)
    for probe in probes:
        started = time.perf_counter()
        matches = Institution.objects.search(probe.query)
        if "search_rank" in matches.query.annotations:
            matches = matches.order_by("-search_rank", "name", "pk")
        matches.count()  # the list's paginator asks first
        page = list(matches.values_list("pk", flat=True)[:PAGE_SIZE])
        probe.milliseconds = (time.perf_counter() - started) * 1000
        probe.position = page.index(probe.institution_id) + 1 if probe.institution_id in page else None
    return report
