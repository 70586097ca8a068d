"""The institution gazetteer: resolve a name as a news article writes it to one known institution.

Plain Python (no Django). Built from two public data sets kept in fixtures/gazetteer/ (see the README
there): ROR records (CC0) and the world universities list (MIT). The first use builds a compact cached
form (a pickle under fixtures/gazetteer/.cache/, or REGISTRY_GAZETTEER_CACHE); later processes load it in
well under a second, and rebuild it by themselves when a source file changes.

Resolution runs from the most to the least certain evidence, and stops at the first confident answer:
1. exact: the normalised name equals a name, label or alias (`registry.common.names.normalize_name`);
2. exact, loosely: the same words, in any order, ignoring "of", "the", "and" ..., "Univ." for
   "University", German "ue" for "ü", and English forms of foreign patterns ("Università di Torino");
3. acronym: "HUST", "UiTM" (listed by ROR, or the initials of a name that lists none);
4. fuzzy: typos, found through an inverted index on words, ranked by rapidfuzz, then checked word by word.
Each step is tried on the name as written and on its variants without a trailing place ("..., Russia",
"(Japan)", "in Moscow"), which becomes a country hint or a city the institution must be in.
Every step refuses to choose between institutions that fit equally well: precision matters more than
recall, so an ambiguous, generic or weak name gives None.

`python -m registry.ingest.extraction.gazetteer --benchmark` prints build, load and lookup timings.
"""

import argparse
import gc
import gzip
import json
import os
import pickle
import re
import resource
import sys
import tempfile
import threading
import time
import warnings
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from registry.common.names import normalize_name

from .places import place_country_index

FIXTURES_DIR = Path(__file__).resolve().parents[3] / "fixtures" / "gazetteer"
ROR_SOURCE = FIXTURES_DIR / "ror-partial.jsonl.gz"
UNIVERSITIES_SOURCE = FIXTURES_DIR / "world_universities_and_domains.json.gz"
CACHE_ENV_VAR = "REGISTRY_GAZETTEER_CACHE"
DEFAULT_CACHE = FIXTURES_DIR / ".cache" / "gazetteer.pickle"
# Bump whenever the cached structures or the way they are derived change: old caches are then rebuilt.
CACHE_FORMAT = 10

KINDS = ("university", "company", "alliance", "joint_institute", "government", "other")

# How much a name says about its institution. On a tie the stronger name wins: ROR lists "National
# Kaohsiung University of Applied Sciences" as an alias of National Quemoy University, but it is the
# label of another record, which must keep it. A world-list name is as strong as a ROR label: the same
# name in another country is another institution (in the same country the two were merged).
LABEL, ALIAS, DERIVED = 2, 1, 0
LIST_NAME = LABEL

# Words that do not tell institutions apart wherever they stand in a name.
STOPWORDS = frozenset(
    [
        "of",
        "the",
        "and",
        "for",
        "in",
        "at",
        "on",
        "de",
        "di",
        "da",
        "do",
        "du",
        "des",
        "la",
        "le",
        "les",
        "del",
        "della",
        "degli",
        "dello",
        "der",
        "den",
        "das",
        "von",
        "zu",
        "y",
        "e",
        "et",
        "named",
        "after",
    ]
)
# Abbreviations in names ("Univ. of Haifa", "Chinese Acad. Sci."), written out on both sides.
ABBREVIATIONS = {
    "univ": "university",
    "inst": "institute",
    "natl": "national",
    "intl": "international",
    "sci": "science",
    "acad": "academy",
    "coll": "college",
}
# A word found in this many institutions' names is generic ("university", "national", "technology"):
# a name made only of such words ("National University") is never resolved without a country hint,
# and a fuzzy match must agree on at least one word that is not generic.
GENERIC_MIN_INSTITUTIONS = 120
# The commonest words ("university", "institute", "technology", "national"): no use for finding
# candidates, and no evidence when a typo seems to stand for one.
COMMONEST_MIN_INSTITUTIONS = 1000
# Match.score of each way of finding a name: spelt as given, the same words otherwise (word order,
# "of", transliteration), an acronym ROR lists, an acronym made of a name's initials.
EXACT_SCORE, LOOSE_SCORE, ACRONYM_SCORE, DERIVED_ACRONYM_SCORE = 100.0, 96.0, 95.0, 90.0
# Shorter acronyms name too many institutions in the world to resolve without a country hint.
ACRONYM_MIN_LENGTH_WITHOUT_HINT = 4
# The least score of a fuzzy match (see Gazetteer._word_by_word).
FUZZY_MIN_SCORE = 85.0
# A fuzzy winner must lead the next institution by this much, or the name is ambiguous.
FUZZY_MIN_LEAD = 4.0
# Penalty for each word one side has and the other lacks, where that word only names a place.
PLACE_WORD_PENALTY = 4.0
# How alike a mistyped word and the right one must be (edits, a swap of neighbours counting as one:
# "univeristy" 90, "colmia" 83 to "colima" but 75 to "columbia"), and the one far-off word allowed.
TYPO_MIN_SIMILARITY = 80.0
# A word in this many institutions' names is a word, not a typo (ROR itself has "Univeristy" 6 times).
KNOWN_WORD_MIN_INSTITUTIONS = 10
FAR_TYPO_MIN_SIMILARITY = 60.0
# The fuzzy step: at most this many names sharing a telling word go to rapidfuzz; names scoring below
# FUZZY_PREFILTER_SCORE are dropped, and the best FUZZY_VERIFIED are checked word by word.
FUZZY_SHORTLIST = 2000
FUZZY_PREFILTER_SCORE = 60
FUZZY_VERIFIED = 20
# Distinct (name, country) questions whose answers resolve() keeps: an article asks 10 to 30.
RESOLVE_CACHE_SIZE = 65536

_ACRONYM = re.compile(r"[A-Za-z][A-Za-z0-9&.\-]{1,11}")
_PARENTHESIS = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")
_COMMA_TAIL = re.compile(r"^(.*\S)\s*,\s*([^,]+)$")
_IN_TAIL = re.compile(r"^(.*\S)\s+(?:in|at)\s+(.+)$")
_OF_TAIL = re.compile(r"^(.*\S)\s+of\s+(.+)$")

# English forms of name patterns that other languages use for most universities, so that
# "Universita degli Studi di Torino" is found as "University of Torino" and "Fachhochschule Osnabrück"
# as "Osnabrück University of Applied Sciences". Applied to normalised names; the results are DERIVED.
_ENGLISH_FORMS = (
    (re.compile(r"^(?:fach)?hochschule (\w+(?: \w+)?)$"), r"\1 university of applied sciences"),
    (
        re.compile(r"^(\w+(?: \w+)?) hochschule fur angewandte wissenschaften$"),
        r"\1 university of applied sciences",
    ),
    (re.compile(r"^universita(?: degli studi)? di (\w+(?: \w+)?)$"), r"university of \1"),
    # Romance languages say "of" ("Universidad de Chile"); without it, "Universidad San Francisco de
    # Quito" is no "University of San Francisco". German and Dutch do not ("Universität Graz").
    (re.compile(r"^universi(?:dad|dade|te|tat) (?:de|do|da|du) (\w+(?: \w+)?)$"), r"university of \1"),
    (re.compile(r"^universi(?:tat|teit) (\w+(?: \w+)?)$"), r"university of \1"),
    (re.compile(r"^technische universitat (\w+(?: \w+)?)$"), r"technical university of \1"),
)


@dataclass(frozen=True)
class GazetteerEntry:
    """One institution of the gazetteer."""

    name: str  # canonical English name (ROR display name; else the list's name)
    country: str | None  # ISO 3166-1 alpha-2
    ror: str | None  # "https://ror.org/0xxxxxxxx" or None
    kind: str  # one of KINDS
    aliases: tuple[str, ...]  # other names/labels (any language)
    acronyms: tuple[str, ...]


@dataclass(frozen=True)
class Match:
    """A gazetteer entry found for a name, how it was found and how sure the finding is."""

    entry: GazetteerEntry
    score: float  # 0..100
    method: str  # "exact" | "acronym" | "fuzzy"
    matched: str  # the gazetteer string that matched


# The build normalises each of its 130,000 names several times over: remember the answers (and forget
# them once the build is done, see _Builder.build).
_normalize = lru_cache(maxsize=1 << 18)(normalize_name)


def loose_words(name):
    """The words of `name` that identify an institution: normalised, without stopwords, abbreviations
    written out, German digraphs folded ("Luebeck" and "Lübeck" both give "lubeck")."""
    words = []
    for word in _normalize(name).split():
        if word not in STOPWORDS:
            word = ABBREVIATIONS.get(word, word)
            words.append(word.replace("ae", "a").replace("oe", "o").replace("ue", "u"))
    return words


def loose_key(name):
    """The key two spellings share when they have the same words in any order: the sorted loose words."""
    return " ".join(sorted(loose_words(name)))


def derived_acronym(name):
    """The initials of a name's words, stopwords left out: "Hanoi University of Science and Technology"
    -> "HUST". Empty for names of fewer than two such words."""
    words = [word for word in _normalize(name).split() if word not in STOPWORDS]
    return "".join(word[0] for word in words).upper() if len(words) >= 2 else ""


def _typo_similarity(typed, meant):
    """0..100: 100 less the share of edits (insert, delete, replace, swap of neighbours) between words."""
    return 100.0 * OSA.normalized_similarity(typed, meant)


def _looks_like_acronym(text):
    """True for "HUST", "UiTM", "BelSU": one short token with at least two capitals."""
    return bool(_ACRONYM.fullmatch(text)) and sum(c.isupper() for c in text) >= 2


def _split_acronym(name):
    """("West Coast University", "WCU") for "West Coast University (WCU)"; (name, None) otherwise."""
    found = _PARENTHESIS.match(name)
    if found and found.group(1) and _looks_like_acronym(found.group(2)):
        return found.group(1), found.group(2)
    return name, None


def english_forms(key):
    """English renderings of a normalised foreign name pattern (see _ENGLISH_FORMS)."""
    return [pattern.sub(replacement, key) for pattern, replacement in _ENGLISH_FORMS if pattern.match(key)]


def _kind(types, words):
    """Our institution kind from ROR types (and the name, for alliances, which ROR has no type for)."""
    if "education" not in types and ("alliance" in words or "consortium" in words):
        return "alliance"
    if "education" in types:
        return "university"
    if "company" in types:
        return "company"
    if "government" in types:
        return "government"
    return "other"


def _open_text(path):
    path = Path(path)
    return gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open(encoding="utf-8")


def _host(url):
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    return host.removeprefix("www.")


class _Builder:
    """Turns the two source files into the plain structures the cache holds (see Gazetteer.__init__)."""

    def __init__(self):
        self.entries = []  # tuples in GazetteerEntry field order
        self.inactive = set()  # entries of ROR records marked inactive
        self.cities = []  # per entry: the loose key of its city, or ""
        self.names = []  # per entry: list of (name, strength)
        self.country_codes = {}  # normalised country name -> ISO code
        self.hosts = []  # per ROR entry: the hosts of its web sites, to recognise it in the list
        self._interned = {}

    def add_ror(self, path):
        """Add every ROR record that is not withdrawn."""
        with _open_text(path) as lines:
            for line in lines:
                record = json.loads(line)
                if record.get("status") != "withdrawn":
                    self._add_ror_record(record)

    def _add_ror_record(self, record):
        names = record.get("names") or []
        display = next((n["value"] for n in names if "ror_display" in n["types"]), None)
        display = display or next((n["value"] for n in names if "label" in n["types"]), None)
        if not display:
            return
        for location in record.get("locations") or []:
            if location.get("country_name") and location.get("country_code"):
                self.country_codes[_normalize(location["country_name"])] = location["country_code"]
        location = (record.get("locations") or [{}])[0]
        acronyms, strengths = [], {}
        for name in names:
            value = name["value"].strip()
            if "acronym" in name["types"]:
                acronyms.append(value)
            elif value:
                strength = LABEL if {"label", "ror_display"} & set(name["types"]) else ALIAS
                strengths[value] = max(strength, strengths.get(value, DERIVED))
        aliases = tuple(value for value in strengths if value != display)
        if record.get("status") == "inactive":
            self.inactive.add(len(self.entries))
        kind = _kind(record.get("types") or [], set(loose_words(display)))
        self._add_entry(
            (display, location.get("country_code") or None, record["id"], kind, aliases, tuple(acronyms)),
            city=location.get("city") or "",
            names=[(display, LABEL)] + [(value, strengths[value]) for value in aliases],
        )
        self.hosts.append({_host(link["value"]) for link in record.get("links") or [] if link.get("value")})

    def _add_entry(self, fields, *, city, names):
        # "West Coast University (WCU)": the name is also "West Coast University", and WCU its acronym.
        aliases, acronyms = list(fields[4]), list(fields[5])
        for name, strength in list(names):
            bare, acronym = _split_acronym(name)
            if acronym:
                names.append((bare, strength))
                aliases += [bare] if bare not in aliases and bare != fields[0] else []
                acronyms += [acronym] if acronym not in acronyms else []
        fields = fields[:4] + (tuple(aliases), tuple(acronyms))
        city_key = " ".join(loose_words(city))
        self.entries.append(fields)
        self.cities.append(self._interned.setdefault(city_key, city_key))
        self.names.append(names)

    def add_universities(self, path):
        """Add the world universities list: a university ROR already has (same name or its English
        form, or same web domain and a similar name; same country) only gains the list's name as an
        alias, any other becomes an entry of its own."""
        with _open_text(path) as text:
            universities = json.load(text)
        ror_by_name = defaultdict(set)
        ror_by_host = defaultdict(set)
        for index, hosts in enumerate(self.hosts):
            country = self.entries[index][1]
            for name, _strength in self.names[index]:
                ror_by_name[_normalize(name), country].add(index)
            for host in hosts:
                ror_by_host[host, country].add(index)
        listed_alone = set()  # (name, country) of the list's own entries: it names a few twice
        for university in universities:
            name, country = university["name"].strip(), university.get("alpha_two_code") or None
            if university.get("country") and country:
                self.country_codes.setdefault(_normalize(university["country"]), country)
            same = ror_by_name.get((_normalize(name), country), set())
            same = same or ror_by_name.get((_normalize(_split_acronym(name)[0]), country), set())
            for form in english_forms(_normalize(name)):  # "Universität Graz": "University of Graz"
                same = same or ror_by_name.get((form, country), set())
            if len(same) != 1:
                # A shared web domain says "same institution" only if the names agree too: a junior
                # college may share its university's domain.
                hosts = {_host(domain) for domain in university.get("domains") or []}
                same = {
                    index
                    for host in hosts
                    for index in ror_by_host.get((host, country), ())
                    if _names_agree(name, [known for known, _ in self.names[index]])
                }
            if len(same) == 1:
                (index,) = same
                if all(_normalize(known) != _normalize(name) for known, _ in self.names[index]):
                    self.names[index].append((name, LIST_NAME))
                    fields = self.entries[index]
                    self.entries[index] = fields[:4] + (fields[4] + (name,),) + fields[5:]
                if (acronym := _split_acronym(name)[1]) and acronym not in self.entries[index][5]:
                    fields = self.entries[index]
                    self.entries[index] = fields[:5] + (fields[5] + (acronym,),)
            elif (_normalize(name), country) not in listed_alone:
                listed_alone.add((_normalize(name), country))
                fields = (name, country, None, "university", (), ())
                self._add_entry(fields, city="", names=[(name, LIST_NAME)])

    def build(self, ror_path, universities_path):
        """Read both sources; return the dict that Gazetteer(...) takes."""
        try:
            self.add_ror(ror_path)
            self.add_universities(universities_path)
            return self._index()
        finally:
            _normalize.cache_clear()

    def _index(self):
        """The lookup structures: distinct loose keys with their packed hits, acronyms, and for the
        fuzzy step each Latin-script word's institution count and the ids of the keys it is in."""
        hits_by_key = defaultdict(set)  # loose key -> packed (entry, strength)
        derived = {}  # loose key of an English form -> that form, for Match.matched
        acronyms = defaultdict(set)  # acronym, case-folded -> packed (entry, listed)
        for index, names in enumerate(self.names):
            fields = self.entries[index]
            for acronym in fields[5]:
                acronyms[acronym.casefold()].add(index * 2 + 1)
            if not fields[5] and (initials := derived_acronym(fields[0])):
                acronyms[initials.casefold()].add(index * 2)
            for name, strength in names:
                if key := loose_key(name):
                    hits_by_key[key].add(index * 4 + strength)
                for form in english_forms(_normalize(name)):
                    form_key = loose_key(form)
                    derived.setdefault(form_key, form)
                    hits_by_key[form_key].add(index * 4 + DERIVED)
        keys = sorted(hits_by_key)
        institutions_by_word = defaultdict(set)
        postings = defaultdict(_array_of_ids)
        for key_id, key in enumerate(keys):
            if key.isascii():  # the fuzzy step is for Latin script: typos in other scripts are out of reach
                for word in set(key.split()):
                    postings[word].append(key_id)
                    institutions_by_word[word].update(packed // 4 for packed in hits_by_key[key])
        flat, vocabulary = array("I"), {}
        for word, key_ids in postings.items():
            vocabulary[word] = (len(institutions_by_word[word]), len(flat), len(key_ids))
            flat.extend(key_ids)
        return {
            "entries": self.entries,
            "inactive": frozenset(self.inactive),
            "cities": self.cities,
            "keys": keys,
            "hits": [_compact(hits_by_key[key]) for key in keys],
            "derived": derived,
            "acronyms": {key: _compact(hits) for key, hits in acronyms.items()},
            "vocabulary": vocabulary,
            "postings": flat,
            "country_codes": self.country_codes,
            "place_countries": place_country_index((fields[0], fields[1]) for fields in self.entries),
        }


def _array_of_ids():
    """An empty compact array of unsigned ids."""
    return array("I")


def _names_agree(name, known_names):
    """True if `name` and one of `known_names` share all the words of the shorter one."""
    words = loose_key(name)
    return any(fuzz.token_set_ratio(words, loose_key(known)) >= 90 for known in known_names)


def _compact(hits):
    """Packed hits as stored: one int for the usual single hit, else a sorted tuple."""
    return next(iter(hits)) if len(hits) == 1 else tuple(sorted(hits))


def _unpack(hits):
    return (hits,) if isinstance(hits, int) else hits


def _source_signature(paths):
    """What the cache was built from: each source's path, size and modification time."""
    signature = []
    for path in paths:
        stat = Path(path).stat()
        signature.append((str(Path(path).resolve()), stat.st_size, stat.st_mtime_ns))
    return signature


class Gazetteer:
    """Institutions known from ROR and the world universities list, searchable by name and acronym.

    `entries` is the list of every GazetteerEntry (read it, do not change it)."""

    _default = None
    _default_lock = threading.Lock()

    def __init__(self, data):
        """Wrap the structures `_Builder.build` returns (or the cache holds); prefer `load()`."""
        self.entries = [GazetteerEntry(*fields) for fields in data["entries"]]
        self._entry_ids = {entry: index for index, entry in enumerate(self.entries)}
        self._inactive = data["inactive"]
        self._entry_cities = data["cities"]
        self._keys = data["keys"]
        self._hits = data["hits"]
        self._key_ids = {key: key_id for key_id, key in enumerate(self._keys)}
        self._derived = data["derived"]
        self._acronyms = data["acronyms"]
        self._vocabulary = data["vocabulary"]
        self._postings = data["postings"]
        self._country_codes = data["country_codes"]
        self.place_countries = data["place_countries"]  # words that name a place of one country (places.py)
        # ISO code -> the words that name it: a one-word name ("russia"), else the name's rarest word
        # in institution names among those of at most two countries' names ("korea" of "South Korea";
        # not "republic", nor "states" of "United States", too common to say anything).
        codes_by_word = defaultdict(set)
        for country_name, code in self._country_codes.items():
            for word in loose_words(country_name):
                codes_by_word[word].add(code)
        self._country_words = defaultdict(set)
        for country_name, code in self._country_codes.items():
            words = loose_words(country_name)
            telling = [word for word in words if len(codes_by_word[word]) <= 2 and len(word) >= 4]
            word = min(telling, key=self._document_frequency, default=None)
            if len(words) == 1 or (word and self._document_frequency(word) < COMMONEST_MIN_INSTITUTIONS):
                self._country_words[code].add(word or words[0])
        self._places = set(self._entry_cities) | {loose_key(country) for country in self._country_codes}
        self._places.update(word for words in self._country_words.values() for word in words)
        self._places.discard("")
        # For typo look-ups: the vocabulary by first letter and length (a typo keeps both close).
        self._words_by_shape = defaultdict(list)
        for word in self._vocabulary:
            self._words_by_shape[word[0], len(word)].append(word)
        # Per instance, so that a test's small gazetteer does not share answers with the default one.
        self._cached_resolve = lru_cache(maxsize=RESOLVE_CACHE_SIZE)(self._resolve)

    # -- loading ----------------------------------------------------------------------------------------

    @classmethod
    def default(cls):
        """The process-wide gazetteer over the fixtures, loaded (and if need be built) once."""
        with cls._default_lock:
            if cls._default is None:
                cls._default = cls.load()
            return cls._default

    @classmethod
    def build(cls, ror_path=ROR_SOURCE, universities_path=UNIVERSITIES_SOURCE):
        """A gazetteer read straight from the source files (seconds; `load()` caches the result)."""
        return cls(_Builder().build(ror_path, universities_path))

    @classmethod
    def load(cls, cache_path=None, *, ror_path=ROR_SOURCE, universities_path=UNIVERSITIES_SOURCE):
        """The gazetteer from its cached compact form, rebuilt and re-cached first when missing, of an
        older format, or made from source files that have changed since."""
        cache_path = Path(cache_path or os.environ.get(CACHE_ENV_VAR) or DEFAULT_CACHE)
        header = {"format": CACHE_FORMAT, "sources": _source_signature([ror_path, universities_path])}
        # Unpickling allocates a few hundred thousand objects: the cyclic garbage collector would scan
        # them again and again meanwhile, and they hold no cycles.
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            try:
                with cache_path.open("rb") as cache:
                    if pickle.load(cache) == header:
                        return cls(pickle.load(cache))
            except (OSError, EOFError, pickle.UnpicklingError):
                pass  # no usable cache: build one below
            data = _Builder().build(ror_path, universities_path)
            try:
                _write_atomically(cache_path, header, data)
            except OSError as error:  # a read-only checkout still works, only every process builds
                warnings.warn(f"gazetteer cache not written to {cache_path}: {error}", stacklevel=2)
            return cls(data)
        finally:
            if gc_was_enabled:
                gc.enable()
            # The gazetteer lives as long as the process: keep later collections from scanning its
            # objects again (a full collection would otherwise stall some lookup for 100 ms or more).
            gc.freeze()

    # -- lookups ----------------------------------------------------------------------------------------

    def resolve(self, name, *, country=None):
        """ONE confident match for `name`, or None when the name is unknown, generic, weak or ambiguous.

        `country` is an ISO 3166-1 alpha-2 hint from the article: entries of another country are
        never returned, and a hint may decide between otherwise equal candidates. Answers are cached."""
        return self._cached_resolve(name, country)

    def _resolve(self, name, country=None):
        """resolve() without its cache. A name spelt exactly as an institution's comes first ("The
        University of Texas at Austin", not the system found in Austin); then every variant of the name
        is looked up as a known name or acronym before any is read as a typo."""
        as_given = self._resolve_variant(" ".join((name or "").split()), country, frozenset(), fuzzy=False)
        if as_given and as_given.method == "exact" and as_given.score == EXACT_SCORE:
            return as_given
        variants = self._variants(name, country)
        for fuzzy in (False, True):
            for variant, hint, free_words in variants:
                if match := self._resolve_variant(variant, hint, free_words, fuzzy=fuzzy):
                    return match
        return None

    def knows_name(self, name):
        """Is `name` (word order, case and accents aside) the name of some entry? A dictionary look-up, cheap
        enough to ask of every capitalised phrase of an article before resolve()."""
        words = loose_words(name)
        return bool(words) and " ".join(sorted(words)) in self._key_ids

    def candidates(self, name, *, country=None, limit=5):
        """Up to `limit` entries that `name` may denote, best first, without resolve()'s refusal of
        ambiguous or weak names: for a reviewer, or for a caller with more context."""
        best = {}
        for variant, hint, free_words in self._variants(name, country):
            for match in self._all_matches(variant, hint, free_words):
                known = best.get(match.entry)
                if known is None or match.score > known.score:
                    best[match.entry] = match
        return sorted(best.values(), key=lambda match: (-match.score, match.entry.name))[:limit]

    def by_acronym(self, acronym, *, country=None):
        """Every entry that lists `acronym` (or, listing none, has it as its initials), in one country
        if `country` is given. Case-insensitive: "HUST" gives both Huazhong and Hanoi."""
        hits = _unpack(self._acronyms.get(acronym.strip().casefold(), ()))
        entries = [self.entries[packed // 2] for packed in hits]
        return [entry for entry in entries if country is None or entry.country == country]

    # -- resolution steps -----------------------------------------------------------------------------

    def _variants(self, name, country):
        """(name, country hint, place words the name gave up) to try, most telling first.

        A trailing place ("..., Russia", "(Japan)", "in Moscow", "of Kazakhstan") is cut off: a country
        becomes the hint (unless it contradicts the caller's), a city becomes words a candidate may have
        without the name having them. Then the name without a final acronym in parentheses ("(UPM)"),
        the name as given, and its English forms (see _ENGLISH_FORMS)."""
        name = " ".join((name or "").split())
        variants = []
        for pattern in (_PARENTHESIS, _COMMA_TAIL, _IN_TAIL, _OF_TAIL):
            found = pattern.match(name)
            if not found:
                continue
            head, tail = found.group(1), found.group(2)
            tail_country = self._country_codes.get(_normalize(tail))
            if tail_country:
                if country in (None, tail_country):  # else the name contradicts the hint: no variant
                    variants.append((head, tail_country, frozenset()))
            elif pattern is not _OF_TAIL and loose_key(tail) in self._places:
                variants.append((head, country, frozenset(loose_words(tail))))
        bare, acronym = _split_acronym(name)
        if acronym:  # "Universiti Putra Malaysia (UPM)"; not "(Guangzhou)", a campus, nor a typo of one
            variants.append((bare, country, frozenset()))
        variants.append((name, country, frozenset()))
        # Last, the English form of a foreign pattern: "Hochschule Osnabrück" is the list's
        # "Fachhochschule Osnabrück", both "Osnabrück University of Applied Sciences".
        variants += [(form, country, frozenset()) for form in english_forms(_normalize(name))]
        return variants

    def _resolve_variant(self, name, country, free_words, *, fuzzy):
        """resolve() for one variant of the name: a confident match by name or acronym (or, if `fuzzy`,
        by the fuzzy step, for a name that is neither), else None.

        If the variant was made by cutting off a city (`free_words`), the institution found must be in
        that city, or have it in its name: "University of California, Irvine" is not the University of
        California, nor "Schiller International University, Paris" the American one."""
        match = self._resolve_variant_anywhere(name, country, free_words, fuzzy)
        if match and free_words and not self._is_located(match, free_words):
            return None
        return match

    def _is_located(self, match, city_words):
        """True if the matched entry's city is made of `city_words`, or its matched name has them."""
        index = self._entry_ids[match.entry]
        in_city = set(self._entry_cities[index].split()) == city_words
        return in_city or city_words <= set(loose_words(match.matched))

    def _resolve_variant_anywhere(self, name, country, free_words, fuzzy):
        words = loose_words(name)
        if not words or (self._is_generic(words) and country is None):
            return None
        key = " ".join(sorted(words))
        looks_like_acronym = _looks_like_acronym(name)
        if fuzzy:
            # A known name that was ambiguous stays so: typos are for names the gazetteer lacks.
            if key in self._key_ids or looks_like_acronym or self._is_generic(words):
                return None
            return self._resolve_fuzzy(words, country, free_words)
        if (key_id := self._key_ids.get(key)) is not None:
            return self._resolve_known_name(name, key, _unpack(self._hits[key_id]), country)
        return self._resolve_acronym(name, country) if looks_like_acronym else None

    def _resolve_known_name(self, name, key, hits, country):
        """The one entry bearing this name. Ties go to the entry whose own name is spelt as given
        (word order included), then to a label over an alias (see LABEL), then to an active record."""
        exact_key = _normalize(name)
        ranked = []
        for packed in hits:
            index, strength = divmod(packed, 4)
            spelt_as_given = any(_normalize(own) == exact_key for own in self._own_names(index))
            ranked.append((index, (spelt_as_given, strength)))
        chosen = self._choose(ranked, country)
        if chosen is None or self._is_unhinted_branch(chosen, country):
            return None
        own = next((own for own in self._own_names(chosen) if _normalize(own) == exact_key), None)
        if own is not None:
            return Match(self.entries[chosen], EXACT_SCORE, "exact", own)
        return Match(self.entries[chosen], LOOSE_SCORE, "exact", self._name_with_key(chosen, key))

    def _resolve_acronym(self, acronym, country):
        """The one entry with this acronym. Same case first: "UiTM" (Malaysia) is not "UITM" (Poland).
        Listed and derived acronyms count alike: "HUST" alone is Huazhong's and Hanoi's. Three letters
        or fewer need a country hint: the data lists one "SOA", the world has many."""
        if country is None and len(acronym) < ACRONYM_MIN_LENGTH_WITHOUT_HINT:
            return None
        hits = _unpack(self._acronyms.get(acronym.casefold(), ()))
        same_case = [packed for packed in hits if self._acronym_of(packed, acronym) == acronym]
        chosen = self._choose([(packed // 2, ()) for packed in same_case or hits], country)
        if chosen is None or self._is_unhinted_branch(chosen, country):
            return None
        listed = self._listed_acronym(chosen, acronym)
        score = ACRONYM_SCORE if listed else DERIVED_ACRONYM_SCORE
        return Match(self.entries[chosen], score, "acronym", listed or acronym)

    def _choose(self, ranked, country):
        """The one entry among (entry, rank) pairs, or None. Entries of another country than the hint
        go; then lower ranks give way to the highest; then inactive records to active ones; then, with a
        hint, entries of unknown country to the one entry that has the hint's country."""
        best = {}
        for index, rank in ranked:
            if country is None or self.entries[index].country in (None, country):
                best[index] = max(rank, best.get(index, rank))
        if best:
            top = max(best.values())
            best = {index: rank for index, rank in best.items() if rank == top}
        if len(best) > 1:
            best = {index: rank for index, rank in best.items() if index not in self._inactive} or best
        if len(best) > 1 and country is not None:
            located = {index: rank for index, rank in best.items() if self.entries[index].country == country}
            best = located or best
        return next(iter(best)) if len(best) == 1 else None

    def _own_names(self, index):
        entry = self.entries[index]
        return (entry.name, *entry.aliases)

    def _name_with_key(self, index, key):
        """The entry's own name with this loose key, or the English form derived for it."""
        own = next((own for own in self._own_names(index) if loose_key(own) == key), None)
        return own or self._derived.get(key, key)

    def _acronym_of(self, packed, acronym):
        """The spelling of `acronym` that the packed acronym hit has: listed, or derived (upper case)."""
        index, listed = divmod(packed, 2)
        return self._listed_acronym(index, acronym) if listed else derived_acronym(self.entries[index].name)

    def _listed_acronym(self, index, acronym):
        """The entry's listed acronym equal to `acronym` (ignoring case, same case preferred), or None."""
        listed = [a for a in self.entries[index].acronyms if a.casefold() == acronym.casefold()]
        return acronym if acronym in listed else next(iter(listed), None)

    def _is_unhinted_branch(self, index, country):
        """True for a national branch ("LG (United States)") found without a country hint: the name
        without "(United States)" belongs to the whole group, which the branch is not."""
        found = _PARENTHESIS.match(self.entries[index].name)
        return country is None and bool(found) and _normalize(found.group(2)) in self._country_codes

    def _is_generic(self, words):
        """True if every word is common to many institutions ("national", "university") and no run of
        words names a country or city ("East China Normal University" is specific)."""
        if any(self._document_frequency(word) < GENERIC_MIN_INSTITUTIONS for word in words):
            return False
        runs = (" ".join(words[start : start + size]) for size in (1, 2, 3) for start in range(len(words)))
        return not any(run in self._places for run in runs)

    def _document_frequency(self, word):
        """In how many institutions' names `word` occurs."""
        return self._vocabulary.get(word, (0,))[0]

    def _shortlist(self, words):
        """Ids of names sharing a telling word with `words`, or a word a typo away from an unknown one,
        most (and rarest) shared words first. Generic words are no use for finding candidates."""
        weights = Counter()
        # Sorted, not a set's order: names tied in weight keep one order whatever the hash seed, and
        # so does the cut at FUZZY_SHORTLIST (a set's order once changed a country between two runs).
        for word in sorted(set(words)):
            institutions = self._document_frequency(word)
            if institutions >= GENERIC_MIN_INSTITUTIONS:
                continue
            neighbours = [word] if institutions else []
            if institutions < KNOWN_WORD_MIN_INSTITUTIONS and len(word) >= 4:
                neighbours += self._typo_neighbours(word)
            for neighbour in neighbours:
                institutions, start, length = self._vocabulary[neighbour]
                if institutions >= COMMONEST_MIN_INSTITUTIONS:
                    continue  # "univeristy" is "university": in every other name
                weight = 1.0 / (1 + institutions)
                for key_id in self._postings[start : start + length]:
                    weights[key_id] += weight
        return [key_id for key_id, _ in weights.most_common(FUZZY_SHORTLIST)]

    def _typo_neighbours(self, word):
        """Known words that `word` may be a typo of: similar length and spelling, and the same first
        letter, or the first two swapped ("Soaka" for "Osaka")."""
        found = []
        # A typo keeps the length within a third (fuzz.ratio is the looser measure here: a shortlist).
        sizes = range((2 * len(word)) // 3, (3 * len(word)) // 2 + 1)
        # The word, then its first two letters swapped, in that order (not a set's, which changes with the
        # hash seed): the sort below keeps ties in this order, and the cut at five depends on it.
        for spelling in dict.fromkeys((word, word[1] + word[0] + word[2:])):
            for size in sizes:
                if pool := self._words_by_shape.get((spelling[0], size)):
                    found += process.extract(
                        spelling, pool, scorer=fuzz.ratio, score_cutoff=TYPO_MIN_SIMILARITY, limit=5
                    )
        found.sort(key=lambda result: -result[1])
        return [known for known, _score, _ in found[:5] if known != word]

    def _fuzzy_scored(self, words, country, free_words):
        """(score or None, raw score, entry index, strength, key) for the best shortlisted names."""
        shortlist = self._shortlist(words)
        if not shortlist:
            return []
        ranked = process.extract(
            " ".join(sorted(words)),
            [self._keys[key_id] for key_id in shortlist],
            scorer=fuzz.token_sort_ratio,
            limit=FUZZY_VERIFIED,
            score_cutoff=FUZZY_PREFILTER_SCORE,
        )
        scored = []
        for key, raw, position in ranked:
            for packed in _unpack(self._hits[shortlist[position]]):
                index, strength = divmod(packed, 4)
                if country is not None and self.entries[index].country not in (None, country):
                    continue
                country_words = self._country_words.get(self.entries[index].country, set())
                score = self._word_by_word(words, key.split(), country_words, free_words)
                scored.append((score, raw, index, strength, key))
        return scored

    def _resolve_fuzzy(self, words, country, free_words):
        """The fuzzy step: the best verified candidate, if it clearly leads the next institution."""
        verified = {}
        for score, _raw, index, strength, key in self._fuzzy_scored(words, country, free_words):
            if score is None or score < FUZZY_MIN_SCORE:
                continue
            if (score, strength) > verified.get(index, (0, 0, ""))[:2]:
                verified[index] = (score, strength, key)
        if not verified:
            return None
        ranking = sorted(verified.items(), key=lambda item: item[1][:2], reverse=True)
        best_index, (best_score, best_strength, best_key) = ranking[0]
        for _index, (score, strength, key) in ranking[1:]:
            if key == best_key and strength < best_strength:
                continue  # the same name is only an alias there: see LABEL
            if score > best_score - FUZZY_MIN_LEAD:
                return None
        matched = self._name_with_key(best_index, best_key)
        return Match(self.entries[best_index], round(best_score, 1), "fuzzy", matched)

    def _word_by_word(self, query_words, candidate_words, country_words, free_words):
        """A 0..100 score if the two names have the same words, give or take typos, else None.

        Words pair up when equal, or singular and plural, or when the article's word is unknown to the
        gazetteer (see KNOWN_WORD_MIN_INSTITUTIONS) and a typo or two from the candidate's ("univeristy").
        A known word is never read as a typo of another ("Hunan" is not "Henan"). One unknown word may
        be further off ("borman" for "bauman") if no other word needs a typo and two agree exactly.
        A word only the article has is tolerated if it names the candidate's country ("Iranian ...";
        not its city: "Universidad de Santiago de Chile" is not the University of Chile, in Santiago);
        one only the candidate has, if the article named it as the place ("... in Moscow").
        At least one telling (not generic) word must agree (see _tells).

        The score is the candidate's words' similarity to their counterparts, weighted by length,
        less PLACE_WORD_PENALTY for each word only one side has."""
        query_left, candidate_left = list(query_words), list(candidate_words)
        exact, typos, far = [], [], []
        similarities = []  # (candidate word, its similarity to its counterpart)
        for word in query_words:
            same = (
                word
                if word in candidate_left
                else next((c for c in candidate_left if self._is_plural_of_generic(c, word)), None)
            )
            if same is not None:
                query_left.remove(word)
                candidate_left.remove(same)
                exact.append(word)
                similarities.append((same, 100.0))
        unknown = [w for w in query_left if self._document_frequency(w) < KNOWN_WORD_MIN_INSTITUTIONS]
        while unknown and candidate_left:
            similarity, query_word, candidate_word = max(
                (_typo_similarity(q, c), q, c) for q in unknown for c in candidate_left
            )
            if similarity >= TYPO_MIN_SIMILARITY:
                typos.append((query_word, candidate_word))
            elif (
                similarity >= FAR_TYPO_MIN_SIMILARITY
                and query_word[0] == candidate_word[0]
                and len(query_word) >= 5
            ):
                far.append(candidate_word)
            else:
                break
            similarities.append((candidate_word, similarity))
            unknown.remove(query_word)
            query_left.remove(query_word)
            candidate_left.remove(candidate_word)
        if len(far) > 1 or (far and (typos or len(exact) < 2)):
            return None
        if not all(self._names_place(word, country_words) for word in query_left):
            return None
        if not all(word in free_words for word in candidate_left):
            return None
        if not self._tells(exact, typos) or self._is_generic(candidate_words):
            return None  # nor is a generic name ("University of Applied Sciences") a typo's target
        penalty = PLACE_WORD_PENALTY * (len(query_left) + len(candidate_left))
        length = sum(len(word) for word, _ in similarities)
        return sum(len(word) * similarity for word, similarity in similarities) / length - penalty

    def _is_plural_of_generic(self, word, other):
        """True if one word is the other plus "s" and a generic one ("sciences", "studies" are;
        "Adams" is not "Adam")."""
        if word + "s" != other and other + "s" != word:
            return False
        commoner = max(self._document_frequency(word), self._document_frequency(other))
        return commoner >= GENERIC_MIN_INSTITUTIONS

    def _tells(self, exact, typos):
        """True if a telling (not generic) word agrees: as spelt, or mistyped as a word no name has
        ("Kanazwa" for "Kanazawa", "Knrea" for "Korea", not "Universty" for "University"). "State
        University of Technology" is nobody, and "Summit", a word some names have, is not "Sumait"."""
        if any(self._document_frequency(word) < GENERIC_MIN_INSTITUTIONS for word in exact):
            return True
        return any(
            self._document_frequency(typed) == 0
            and len(typed) >= 5
            and self._document_frequency(meant) < COMMONEST_MIN_INSTITUTIONS
            for typed, meant in typos
        )

    @staticmethod
    def _names_place(word, place_words):
        """True if `word` is one of `place_words` or an adjective of one: "iranian", "chinese", "kazakh"
        (but "austrian" is not "australia")."""
        for place in place_words:
            shared = len(os.path.commonprefix([word, place]))
            if word == place or shared >= max(4, min(len(word), len(place)) - 2):
                return True
        return False

    def _all_matches(self, name, country, free_words):
        """Every match of `name` however weak, for candidates(). A fuzzy candidate that fails the word
        by word check scores its rapidfuzz ratio, capped below FUZZY_MIN_SCORE."""
        matches = []
        words = loose_words(name)
        key = " ".join(sorted(words))
        exact_key = _normalize(name)
        for packed in _unpack(self._hits[self._key_ids[key]]) if key in self._key_ids else ():
            index = packed // 4
            if country is None or self.entries[index].country in (None, country):
                own = next((own for own in self._own_names(index) if _normalize(own) == exact_key), None)
                score = EXACT_SCORE if own else LOOSE_SCORE
                matched = own or self._name_with_key(index, key)
                matches.append(Match(self.entries[index], score, "exact", matched))
        for packed in _unpack(self._acronyms.get(name.strip().casefold(), ())):
            index, listed = divmod(packed, 2)
            if country is None or self.entries[index].country in (None, country):
                score = ACRONYM_SCORE if listed else DERIVED_ACRONYM_SCORE
                matched = self._listed_acronym(index, name) or name
                matches.append(Match(self.entries[index], score, "acronym", matched))
        fuzzy_scored = self._fuzzy_scored(words, country, free_words) if words else ()
        for score, raw, index, _strength, fuzzy_key in fuzzy_scored:
            score = score if score is not None else min(raw, FUZZY_MIN_SCORE - 1)
            matched = self._name_with_key(index, fuzzy_key)
            matches.append(Match(self.entries[index], round(score, 1), "fuzzy", matched))
        return matches


def _write_atomically(path, header, data):
    """Write the cache to a temporary file beside `path`, then rename it over `path`: a process that
    reads the cache at the same time sees the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as cache:
            pickle.dump(header, cache, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(data, cache, protocol=pickle.HIGHEST_PROTOCOL)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; the cache is for every process of the project
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


BENCHMARK_NAMES = FIXTURES_DIR / "benchmark-names.txt"


def _benchmark_names(path=BENCHMARK_NAMES):
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _peak_rss_mb():
    """This process's peak resident memory. Linux's VmHWM, because ru_maxrss survives exec: a process
    started by the benchmark would report the building parent's peak."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024


def _percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def _measure_lookups(cache_path):
    """Load the gazetteer in this (fresh) process and time each lookup; return the figures."""
    started = time.perf_counter()
    gazetteer = Gazetteer.load(cache_path)
    cold_load = time.perf_counter() - started
    timings = defaultdict(list)
    names = _benchmark_names()
    for name in names:
        started = time.perf_counter()
        match = gazetteer._resolve(name)  # uncached: what a name costs the first time
        elapsed = time.perf_counter() - started
        timings[match.method if match else "none"].append(elapsed)
        timings["all, first call"].append(elapsed)
        repeats = []
        for _ in range(5):
            started = time.perf_counter()
            gazetteer._resolve(name)
            repeats.append(time.perf_counter() - started)
        timings["all, median of 5 repeats"].append(sorted(repeats)[2])
    for name in names:
        gazetteer.resolve(name)
    started = time.perf_counter()
    for name in names:
        gazetteer.resolve(name)
    cached = (time.perf_counter() - started) / len(names)
    peak_rss_mb = _peak_rss_mb()
    started = time.perf_counter()
    Gazetteer.load(cache_path)
    warm_load = time.perf_counter() - started
    return {
        "cold_load_s": cold_load,
        "warm_load_s": warm_load,
        "peak_rss_mb": peak_rss_mb,
        "resolve_ms": {
            outcome: {
                "n": len(values),
                "p50": 1000 * _percentile(values, 0.5),
                "p95": 1000 * _percentile(values, 0.95),
                "max": 1000 * max(values),
            }
            for outcome, values in timings.items()
        },
        "cached_resolve_ms": 1000 * cached,
        "entries": len(gazetteer.entries),
    }


def _benchmark():
    """Build the cache from the fixtures into a scratch directory, then load it in a fresh process."""
    import subprocess

    with tempfile.TemporaryDirectory() as scratch:
        cache_path = Path(scratch) / "gazetteer.pickle"
        started = time.perf_counter()
        Gazetteer.load(cache_path)
        build = time.perf_counter() - started
        size = cache_path.stat().st_size / 2**20
        print(f"build (read sources, index, write cache): {build:.2f} s, cache {size:.1f} MB")
        measured = subprocess.run(
            [sys.executable, "-m", "registry.ingest.extraction.gazetteer", "--measure", str(cache_path)],
            check=True,
            capture_output=True,
            text=True,
            cwd=Path(__file__).resolve().parents[3],
        )
    figures = json.loads(measured.stdout)
    print(f"entries: {figures['entries']}")
    print(
        f"cold load (fresh process): {figures['cold_load_s']:.3f} s; warm load (again, same process): "
        f"{figures['warm_load_s']:.3f} s"
    )
    print(f"peak RSS of that process, gazetteer loaded, after the lookups: {figures['peak_rss_mb']:.0f} MB")
    print(f"resolve() without its lru_cache, over {BENCHMARK_NAMES.name} (first call per name, by outcome):")
    for outcome, stats in sorted(figures["resolve_ms"].items()):
        print(
            f"  {outcome:24} n={stats['n']:4}  p50 {stats['p50']:.3f} ms  p95 {stats['p95']:.3f} ms  "
            f"max {stats['max']:.3f} ms"
        )
    print(f"resolve(), repeated (lru_cache): {figures['cached_resolve_ms'] * 1000:.1f} µs per call")


def main(argv=None):
    """Command line: --benchmark prints timings; --resolve NAME [--country XX] shows one lookup."""
    parser = argparse.ArgumentParser(
        prog="python -m registry.ingest.extraction.gazetteer", description=main.__doc__
    )
    parser.add_argument("--benchmark", action="store_true", help="time building, loading and lookups")
    parser.add_argument("--measure", metavar="CACHE", help=argparse.SUPPRESS)  # the benchmark's fresh process
    parser.add_argument(
        "--resolve",
        metavar="NAME",
        action="append",
        default=[],
        help="resolve NAME and list its candidates (repeatable)",
    )
    parser.add_argument("--country", help="ISO 3166-1 alpha-2 hint for --resolve")
    options = parser.parse_args(argv)
    if options.measure:
        print(json.dumps(_measure_lookups(options.measure)))
    elif options.benchmark:
        _benchmark()
    elif options.resolve:
        gazetteer = Gazetteer.default()
        for name in options.resolve:
            match = gazetteer.resolve(name, country=options.country)
            print(f"{name!r}: {match}" if match else f"{name!r}: no confident match")
            for candidate in gazetteer.candidates(name, country=options.country):
                print(
                    f"    candidate {candidate.score:5.1f} {candidate.method:7} {candidate.entry.name} "
                    f"[{candidate.entry.country}] {candidate.entry.ror or ''} via {candidate.matched!r}"
                )
    else:
        parser.print_help()


if __name__ == "__main__":
    main()
