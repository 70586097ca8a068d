"""Which registry institution a name typed by a person stands for: the article loader's matching and
the parser's gazetteer, behind one public function for callers other than the article pipeline.

`InstitutionMatcher.resolve(name, country)` answers, for a spreadsheet's "Univ. of Haifa":
- the registry's institution that has this name or spelling (canonical name, variant, acronym);
- else the gazetteer's institution for it (abbreviations, typos, acronyms, other languages, as the
  parser resolves an article's names), found in the registry the way the loader finds an article's
  institution (ROR id, then any full name), or to be created from the gazetteer's entry;
- else the registry's own forgiving search, when it finds exactly one institution (a typo);
- else nothing, or several: a person decides; nothing is guessed.
"""

from dataclasses import dataclass, field

from agreements.models import Institution, InstitutionKind
from registry.common.names import normalize_name
from registry.ingest.extraction.gazetteer import Gazetteer
from registry.ingest.loading import ArticleLoader

#: How many candidates an ambiguous or unknown name lists for the person deciding.
CANDIDATES_SHOWN = 3


@dataclass
class Resolution:
    """What a typed name stands for: an `institution` of the registry, a `new` one to make, or neither."""

    typed: str
    institution: Institution | None = None
    new: dict | None = None  # the extraction-format record of an institution to create
    how: str = ""  # how it was found: "name", "gazetteer", "spelling"
    candidates: list = field(default_factory=list)  # when several fit (or none did): the nearest
    problem: str = ""

    @property
    def key(self):
        """One key per institution, so that two spellings of one new institution make one."""
        if self.institution is not None:
            return ("registry", self.institution.pk)
        if self.new is not None:
            return ("new", self.new["ror"] or normalize_name(self.new["name"]))
        return ("unresolved", normalize_name(self.typed))


def find_institution(loader, record):
    """The loader's own matching (ArticleLoader.find_institution: ROR id, then any full name) for an
    extraction-format institution `record`, or None."""
    spellings = [record["name"], *record.get("aliases", [])]
    loader.session.load_institutions({normalize_name(s) for s in spellings}, [record.get("ror") or ""])
    return loader.find_institution(record)


class InstitutionMatcher:
    """Resolves names against the registry and the gazetteer; remembers each answer for the run."""

    def __init__(self, gazetteer=None, *, source_name="spreadsheet"):
        self.gazetteer = gazetteer or Gazetteer.default()
        self.loader = ArticleLoader({"article": {"file": source_name}})
        self.answers = {}

    def settle(self, resolutions):
        """Resolve again, among the institutions these `resolutions` will create, the names nothing knew.

        A list names a new partner in full on one row and by its acronym on another ("TUM" with no
        country, which the gazetteer alone will not decide): once the full name has made the new
        institution known, the acronym is one of its names. Only exact spellings count, and only when
        they belong to one new institution. Returns the resolutions, each settled one replaced.
        """
        owners = {}
        for resolution in resolutions:
            if resolution.new is not None:
                for spelling in (resolution.typed, resolution.new["name"], *resolution.new["aliases"]):
                    owners.setdefault(normalize_name(spelling), {})[resolution.key] = resolution
        settled = []
        for resolution in resolutions:
            found = owners.get(normalize_name(resolution.typed), {})
            if resolution.problem and not resolution.candidates and len(found) == 1:
                (planned,) = found.values()
                resolution = Resolution(resolution.typed, new=planned.new, how="gazetteer")
            settled.append(resolution)
        return settled

    def resolve(self, name, country=""):
        name = " ".join((name or "").split())
        cache_key = (normalize_name(name), country)
        if cache_key not in self.answers:
            self.answers[cache_key] = self._resolve(name, country)
        return self.answers[cache_key]

    def _resolve(self, name, country):
        if not normalize_name(name):
            return Resolution(name, problem="no name")
        owners = list(Institution.objects.named(name).order_by("pk")[: CANDIDATES_SHOWN + 1])
        if len(owners) == 1:
            return Resolution(name, institution=owners[0], how="name")
        if owners:
            return Resolution(name, candidates=owners, problem=f"{name!r} is a name of several institutions")
        match = self.gazetteer.resolve(name, country=country or None)
        if match is not None:
            return self._from_gazetteer(name, match.entry)
        return self._by_search(name)

    def _from_gazetteer(self, name, entry):
        record = {
            "name": entry.name,
            "ror": entry.ror or "",
            "aliases": [*entry.aliases, *entry.acronyms],
            "country": entry.country or "",
            "kind": entry.kind if entry.kind in InstitutionKind.values else InstitutionKind.OTHER,
        }
        found = find_institution(self.loader, record)
        if found is not None:
            return Resolution(name, institution=found, how="gazetteer")
        return Resolution(name, new=record, how="gazetteer")

    def _by_search(self, name):
        found = list(Institution.objects.search(name)[: CANDIDATES_SHOWN + 1])
        if len(found) == 1:
            return Resolution(name, institution=found[0], how="spelling")
        if found:
            return Resolution(name, candidates=found, problem=f"{name!r} could be several institutions")
        return Resolution(name, problem=f"no institution in the registry or the gazetteer is named {name!r}")
