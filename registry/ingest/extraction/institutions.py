"""The institutions of one article: every spelling grouped under one name, resolved against the gazetteer.

Spellings are grouped by evidence from the article itself first (acronyms defined in the text, the same words
in another order, typos, a nationality word in front, a generic word more or less), then by the gazetteer.
An acronym the article defines beats the gazetteer: "HUST" in a Vietnamese article is Hanoi University of
Science and Technology.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from registry.common.names import normalize_name as _normalize_name

from .acronyms import SKIPPABLE, abbreviates
from .lexicon import (  # the word sets and patterns live in the lexicon
    _ACRONYM_AND_HEAD,
    _AFTER_A_LINK,
    _ANOTHER_PLACE_IN_NAME,
    _BRAND_ACTOR,
    _BRAND_ACTOR_PAIR,
    _CAPITALISED_RUN,
    _CAPITALS_WORD,
    _CONNECTORS,
    _COUNTRY_POSSESSIVE,
    _DEEMED,
    _EPONYM,
    _EPONYM_AFTER_HEAD,
    _FIELD_WORDS,
    _FIELDS_TAIL,
    _GENERIC_NAME,
    _HONORIFIC_RE,
    _JOINED,
    _KIND_WORDS,
    _LEFT_STOP,
    _LOWER_HEAD_AFTER,
    _MISSION_CITY,
    _MISSION_OF,
    _MISSION_PARTS,
    _NAME_TOKEN,
    _NOT_BRANDS,
    _NOT_NAME,
    _NOT_PARTIES,
    _NOT_SHORT_FORMS,
    _PART_UNIT_START,
    _PLACE_AFTER,
    _PLACE_BEFORE,
    _QUOTES_AND_STOPS,
    _TITLE_AFTER,
    _TITLE_WORDS,
    _UNIT_OF_PARENT,
    _UNIT_START,
    _UNIVERSITY_IN_ITS_LANGUAGE,
    _WORDS_BEFORE,
    ACRONYM_APPOSED_BEFORE,
    ACRONYM_PAIR_AFTER,
    ACRONYM_PARTY_BEFORE,
    ACRONYM_ROLE_AFTER,
    ALLIANCE_HEADS,
    ALLIANCE_MEMBER_WORDS,
    BACKGROUND_LIST_BEFORE,
    BEYOND_ONE_STATE_WORDS,
    BODY_HEADS,
    BODY_KINDS,
    CAPITAL_GRAMMAR_WORDS,
    CAREER_BEFORE,
    COMPANY_HEADS,
    COMPANY_TRADES,
    CONTINENTS,
    DATELINE_PLACE,
    DEFINITE_BODY_HEADS,
    DEFINITE_BODY_REFERENCE,
    DIPLOMATS_SCHOOL,
    ENGLISH_HEADS,
    FIELD_WORDS,
    FOREIGN_FOUNDATION_HEADS,
    GENERIC_WORDS,
    GOVERNMENT_HEADS,
    GRAMMAR_HEADS,
    HEAD_OF_STATE_OFFICE,
    HEADS,
    HOSTED_AFTER,
    INSTITUTE_LAST_NO_SCHOOL,
    LED_BODY_BEFORE,
    LOCAL_GOVERNMENT_WORDS,
    MEMBERS_BODY_HEADS,
    MONTH_NAMES,
    NAME_STATES_MEMBER_WORDS,
    NAME_STATES_MEMBERS_BODY_HEADS,
    NAMES_A_PROGRAMME_AFTER,
    NATION_OF_THE_MEMBERS,
    NATION_PAIR_OPENING,
    NATION_PAIR_REGIONS,
    NATIONAL_SECTOR_KINDS,
    NATIONALITY_BEFORE_AND,
    NATIONALITY_OF_PEOPLE,
    NATIONALITY_SCHOOLS,
    NO_STATED_KIND_WORDS,
    NOT_A_BODY_WORDS,
    NOT_A_CAMPUS,
    PART_UNIT_AT_SCHOOL_LINK,
    PARTY_AFTER,
    PARTY_BEFORE,
    PERSON_APPOSED_AFTER,
    POSTNOMINAL_HONOURS,
    RESEARCH_BODY,
    ROLE_SLOT_AFTER,
    ROLE_SLOT_BEFORE,
    ROLE_WORDS,
    SCHOOL_AFTER_UNIT_HEADS,
    SCHOOL_BELOW_UNIVERSITY_WORDS,
    SPONSOR_BEFORE,
    SUBJECT_UNIT_WORDS,
    SURNAME_AFTER_INITIALS,
    SURNAME_TITLES,
    TITLE_AND_GIVEN_NAME_BEFORE,
    TITLE_RIGHT_BEFORE,
    TOURED_BEFORE,
    TRAVEL_DESTINATION,
    UNIT_BEFORE_SCHOOL_HEADS,
    UNIT_LEVEL_WORDS,
    UNIT_OF_SCHOOL_LINK,
    VISIT_IN_LEAD,
    WEEKDAY_NAMES,
)
from .names import (
    PrintedName,
    _misspelt_university,
    acronym_definitions,
    find_acronyms,
    find_names,
    ministries_named_by_ministers,
)
from .places import (
    COUNTRY_AFTER,
    COUNTRY_POSSESSIVE_BEFORE,
    countries_in_name,
    countries_named,
    country_closing_name,
    country_code,
    country_from_known_places,
    country_from_place_words,
    country_in_name,
    is_country_name,
    is_known_place,
    is_place_word,
    nationality_opening,
    state_code,
)
from .prefilter import contains_any, prefiltered

# A gazetteer candidate this close to a printed name may be the body it names ("St Mary's University
# Twickenham London" for "Saint Mary's University").
_NAMESAKE_SCORE = 84
# The head words of a facility a visit's guests are shown.
_FACILITY_HEAD = prefiltered(
    re.compile(r"\b(?:Cent(?:er|re)|Laborator(?:y|ies)|Lab|Museum|Library|Institute|Park|Garden)\b")
)
# The head words of a school's name, whose other words tell it from its namesakes.
_SCHOOL_HEAD = prefiltered(re.compile(r"\b(?:University|College|Universit[a-zé]+|Polytechnic)\b"))
# Gazetteer answers below this score are not trusted.
MIN_SCORE = 90.0
# Two spellings of one word of a name ("Serikbaev" / "Serikbayev"), not two words ("Riga" / "Rizal").
SPELLING_RATIO = 80


@dataclass
class InstitutionMention:
    """One institution of the article and every way the article wrote it."""

    names: list = field(default_factory=list)  # full names as written, first seen first
    acronyms: list = field(default_factory=list)
    short_forms: list = field(default_factory=list)  # "Haifa", "Bauman", "Josai"
    mentions: list = field(default_factory=list)  # (sentence index, start, end)
    country: str | None = None
    canonical: str | None = None
    ror: str | None = None
    kind: str | None = None
    units: int = 0
    places: list = field(default_factory=list)  # places printed right after a name
    footer_only: bool = True
    in_title: bool = False
    named_by_title: bool = False  # every mention read from its head's title ("Minister of Education A")

    @property
    def name(self):
        """The name to publish: the gazetteer's, else the fullest spelling the article used."""
        if self.canonical:
            return self.canonical
        plain = [n for n in self.names if not _demonym_prefixed(n)] or self.names
        if plain:
            return tidy_name(max(plain, key=lambda n: (self.names.count(n), len(n))))
        return (self.acronyms or self.short_forms)[0]

    @property
    def aliases(self):
        """Every other spelling the article used, acronyms included."""
        seen, out = {normalize_name(self.name)}, []
        for spelling in self.names + self.acronyms + self.short_forms:
            key = normalize_name(spelling)
            if key not in seen:
                seen.add(key)
                out.append(spelling)
        return out

    def all_names(self):
        return [n for n in [self.canonical] + self.names + self.acronyms + self.short_forms if n]

    def settle_by_the_gazetteer(self, name, gazetteer):
        """Take the gazetteer's name, country, ROR id and kind for `name` where it knows it confidently (a
        score of 90 or more); otherwise stay as read. For a body the article names once, outside the
        name grammar (the home institution given by the operator, a body a title ends on)."""
        match = gazetteer.resolve(name) if gazetteer is not None else None
        if match is not None and match.score >= 90:
            entry = match.entry
            self.canonical, self.country = entry.name, entry.country
            self.ror, self.kind = entry.ror, entry.kind
        return self


# The old name, importable until the branches are merged (agreements.models has the Django Institution).
Institution = InstitutionMention

# Where a short form stands for its institution: not a place word after "in", "to", "visiting" (the city, not
# the institution: "visiting Tehran"), nor a word of a longer name ("Haifa University", "Bauman of ...").
# Compiled once: the word itself is found with str.find, so no pattern is built per word and article.
_SHORT_FORM_BEFORE = re.compile(r"(?<!\bin )(?<!\bat )(?<!\bto )(?<!\bvisiting )(?<!\bvisited )(?<![\w’'-])")
_SHORT_FORM_AFTER = re.compile(r"(?![\w-])(?!\s+(?:of\b|(?!" + _TITLE_AFTER + r")[A-Z]))")


# A given name in capitals is followed by a pronounced surname in capitals, and no third word in capitals:
# "ODILE BARO, President of ...", "ODILE BARO met".
_GIVEN_NAME_IN_CAPITALS = re.compile(r"(?<=[A-Z]{4})\s+[A-Z][A-Z]*[AEIOUY][A-Z]*\b(?!\s+[A-Z]{2})")


def _short_form_places(word, text):
    """(start, end) of each place `text` uses `word` alone, left to right and not overlapping."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if _SHORT_FORM_BEFORE.match(text, at) and _SHORT_FORM_AFTER.match(text, end):
            yield at, end
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def _stands_as_party(text, start, end):
    """Does the name at (start, end) of `text` stand where a party stands, not as a sponsor? Where it is, not
    what it is, may stand between: "with Kenya's X", "X, Kenya signed", "X based in Nairobi hosted"."""
    before = text[max(0, start - 80) : start]
    if SPONSOR_BEFORE.search(before):
        return False
    before = before[: _start_of_its_owner(before, len(before))]
    return bool(PARTY_BEFORE.search(before) or PARTY_AFTER.match(text, _end_of_its_place(text, end)))


def _start_of_its_owner(text, start):
    """Where the country's possessive printed right before a name begins ("Kenya's X"), or `start`."""
    owner = _COUNTRY_POSSESSIVE.search(text, max(0, start - 40), start)
    return owner.start() if owner and country_code(owner.group(1)) else start


def _end_of_its_place(text, end):
    """Where the place printed right after a name ends (", Nairobi, Kenya", " (XU) in Kenya", " based in
    Nairobi"), or `end` where none is printed."""
    country = COUNTRY_AFTER.match(text[end:])
    if country:
        return end + country.end()
    place = _PLACE_AFTER.match(text, end)
    return place.end() if place else end


def _acronym_stands_as_party(text, start, end):
    """ "ACCC and CONIF formally signed an agreement", "CALAREO has linked up with CONACYT", "the VSU
    delegation": an acronym printed once and never spelt out is a body when it is the subject of the signing,
    the partnership or the visit, alone or in a pair of acronyms. Not after "with" or "visited" alone
    ("working with TETFund to digitalise", "visited UNESCO Jakarta"): as often a programme or a stop."""
    if SPONSOR_BEFORE.search(text[max(0, start - 80) : start]):
        return False
    pair = ACRONYM_PAIR_AFTER.match(text, end)
    return bool(PARTY_AFTER.match(text, pair.end() if pair else end))


def _acronym_in_a_bodys_role(text, start, end):
    """ "USAID senior education advisor", "ACOMVETS' Chief Executive Officer", "a delegation from UESTC",
    "between TSUOS and Turksoy", "Japan's education ministry MEXT": an acronym printed once where only a body
    stands, as the employer of a title, the side a group comes from, one of two sides, or beside its kind of
    body. Not in a line printed in capitals, where every word looks like an acronym."""
    if _shouting(text):
        return False
    before = text[max(0, start - 80) : start]
    return bool(
        ACRONYM_ROLE_AFTER.match(text, end)
        or ACRONYM_PARTY_BEFORE.search(before)
        or ACRONYM_APPOSED_BEFORE.search(before)
    )


def _part_of_a_persons_name(token, text, start, end):
    """Is the acronym-shaped `token` at `start`:`end` of `text` part of a person's printed name: two or three
    initials before a surname that a title follows ("received by VS Rao, the Vice-Chancellor of X"), or a
    short surname in capitals after a title and a given name ("Rector Professor Mahmut AK signed")?"""
    if not re.fullmatch(r"[A-Z]{2,3}", token):
        return False
    surname = SURNAME_AFTER_INITIALS.match(text, end)
    if surname and _a_name_word(surname.group(1)):
        return True
    given = TITLE_AND_GIVEN_NAME_BEFORE.search(text, max(0, start - 80), start)
    return bool(given and _a_name_word(given.group(1)) and not re.match(r"\s+[A-Z]", text[end:]))


def _a_name_word(word):
    return word not in HEADS and word.lower() not in _TITLE_WORDS and not is_known_place(word)


def _a_body_by_its_role(text, start, end, here):
    """ "a delegation from Wexmoor Skills Network", "between Tollan Guild and X", "the Orrisfield Board
    delegation": a capitalised name neither the grammar nor the gazetteer reads,
    kept as a body where only a body stands, when it is shaped like one (`_shaped_like_a_body`) and is no
    person (a title before it or after its comma) nor a part of a longer name ("X and Y Institute"), unless
    what follows "and" is a name the grammar read (`here`)."""
    before = text[max(0, start - 80) : start]
    # The slot first: most capitalised runs stand in none, and it is the cheapest test.
    in_a_slot = ROLE_SLOT_BEFORE.search(before) or (start > 0 and ROLE_SLOT_AFTER.match(text, end))
    if not in_a_slot or _shouting(text) or not _shaped_like_a_body(text[start:end]):
        return False
    if SPONSOR_BEFORE.search(before) or TITLE_RIGHT_BEFORE.search(before):
        return False
    if PERSON_APPOSED_AFTER.match(text, end) or re.match(r"\s*[A-Z]\.", text[end:]):
        return False  # "with A B, vice rector for research", "Rossotrudnichestvo A.M. Pakhomov"
    joined = re.match(r"\s+(?:and|&)\s+(?:the\s+)?(?=[A-Z])", text[end:])
    # "Orvel Survey and Mapping Institute" is one name, unless what follows "and" is a name of its own.
    return not joined or any(m.start == end + joined.end() and _a_name_of_its_own(m.text) for m in here)


def _a_name_of_its_own(name):
    """Does a name the grammar read after "X and" stand on its own as a school ("Brackwater University"),
    rather than end a name that runs over "and" ("Mapping Institute", "Harbour Commission")?"""
    words = name.split()
    return len(words) > 1 and words[0] not in FIELD_WORDS and _kind_from_name(name) == "university"


def _shaped_like_a_body(name):
    """Two or more capitalised words; not a title, a unit, a programme, a document, an event or a building
    (NOT_A_BODY_WORDS), a month or a weekday; not a place, a region, a nationality ("Valdorian") or a
    plural ("Member Guilds", "Craft Partners"); no "and" inside (each side is a name of its own)."""
    words = [w.strip("’'") for w in name.split()]
    if len(words) < 2 or not all(w[:1].isupper() or w in _CONNECTORS for w in words) or "and" in words:
        return False
    if any(w in ROLE_WORDS or w in NOT_A_BODY_WORDS or w in MONTH_NAMES or w in WEEKDAY_NAMES for w in words):
        return False
    last = words[-1]
    if (last.lower().endswith("s") and not last.lower().endswith("ss")) or len(last) == 1 or last.isupper():
        return False  # a plural, a person's initial ("Orrin T"), an acronym the acronyms' reader settles
    if all(w.lower() in GENERIC_WORDS or w in HEADS or w in BODY_HEADS or _is_place(w) for w in words):
        return False  # "Federal Agency", "National Board": no word that names one body
    if state_code(name) or is_known_place(name) or words[-1] in CONTINENTS:
        return False
    nationality = country_code(last) or country_code(" ".join(words[-2:]))
    return not (nationality and not is_country_name(last)) and not _HONORIFIC_RE.match(words[0])


def _in_a_shouted_run(text, start, end):
    """Is the capitalised word at (start, end) one of three or more printed in capitals in a row (a title
    quoted in capitals inside a sentence)?"""
    before = text[max(0, start - 60) : start].split()[-2:]
    after = text[end : end + 60].split()[:2]
    run = 1
    for words in (reversed(before), after):
        for word in words:
            if not _CAPITALS_WORD.fullmatch(word.strip(_QUOTES_AND_STOPS)):
                break
            run += 1
    return run >= 3


@lru_cache(maxsize=256)  # asked for every candidate name of a sentence: counting its letters once is enough
def _shouting(text):
    """Is `text` printed in capitals ("PARTNERSHIP WITH RED DEER COLLEGE")?"""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) * 4 >= len(letters) * 3


def _in_words_printed_in_capitals(text, start, end):
    """Is the word at `start` one of a run printed in capitals within a sentence that is not ("signed a
    memorandum named “MEMORANDUM OF UNDERSTANDING BETWEEN X UNIVERSITY AND Y”")? A word of grammar in
    capitals ("OF", "AND") in it or beside it, or long capital words all around, tell it; a list of acronyms
    ("UKM, UPM and USM signed") has none."""
    word = text[start:end]
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 50) : start])[-3:]
    after = re.findall(r"[A-Za-z]+", text[end : end + 50])[:3]
    if word in CAPITAL_GRAMMAR_WORDS or any(w in CAPITAL_GRAMMAR_WORDS for w in before + after):
        return True
    return sum(1 for w in before + after if len(w) >= 5 and w.isupper()) >= 4


def _shortens(short, long):
    """Is every name of `short` the opening or closing words of a name of `long`, the rest no head word's?"""
    return bool(short.names) and all(
        any(_left_out(name, other) for other in long.names) for name in short.names
    )


class _ShortenedNameIndex:
    """The bodies each name may shorten, by the words _left_out's first question asks of a pair: a longer
    name with the same first word, or ending as the name does (the same last word), or either with initials
    ("."). Asked for a body's first name (every name of a shortened body must pass), it gives the bodies worth
    the whole comparison, so the pairs compared grow with the bodies alike, not with every pair of bodies.
    Holds the bodies' ids; `add` a body again when it takes another's names."""

    def __init__(self, items):
        self._by_first, self._by_last, self._dotted = {}, {}, set()
        for item in items:
            self.add(item)

    def add(self, item):
        for name in item.names:
            words = name.split()
            if words:
                self._by_first.setdefault(words[0], set()).add(id(item))
                self._by_last.setdefault(words[-1], set()).add(id(item))
            if "." in name:
                self._dotted.add(id(item))

    def near(self, name):
        """The ids of the bodies `name` may be a shortened name of (a superset: _shortens decides)."""
        words = name.split()
        if "." in name or not words:
            return _EVERY_ID
        empty = frozenset()
        return self._dotted | self._by_first.get(words[0], empty) | self._by_last.get(words[-1], empty)


class _EveryId:
    """Holds every id: a name with initials may shorten any body (_left_out_inside runs initials together)."""

    def __contains__(self, _id):
        return True


_EVERY_ID = _EveryId()


def _may_shorten(short):
    """Can `short` be a shortened name at all? Each of its names needs two words at least (_left_out)."""
    return bool(short.names) and all(len(name.split()) >= 2 for name in short.names)


def _left_out(name, longer):
    """The words of `longer` left out where `name` prints it shorter, when they hold no head word: its opening
    or closing words, or words inside it between the same first and last words ("Kestrel University" for
    "Kestrel Maritime University", "AB Varn University" for "A. B. Varn Global University")."""
    if len(name.split()) < 2:
        return None
    if (
        "." not in name + longer  # no initials to run together (_left_out_inside)
        and longer.split(None, 1)[:1] != name.split(None, 1)[:1]
        and not longer.endswith(" " + name)
    ):
        return None  # the cheap question first: each way below needs the same first word or the same end
    if longer.startswith(name + " ") or longer.endswith(" " + name):
        rest = longer.removeprefix(name) if longer.startswith(name + " ") else longer.removesuffix(name)
    else:
        rest = _left_out_inside(name, longer)
    if _unit_after_its_school(name, longer):
        return rest  # "University of X College of Y" beside "University of X": the school, by its unit
    words = (rest or "").replace("-", " ").split()
    return rest if rest and not any(w.strip(",.") in GRAMMAR_HEADS for w in words) else None


def _a_word_spelt_alike(words, name):
    """Is one of `words` spelt like a word of `name` that is not a generic one? The name's words are found
    once, not once for each of `words` (the gazetteer may give a dozen entries for an acronym)."""
    theirs = [w for w in re.findall(r"[^\W\d_]{4,}", name.lower()) if w not in GENERIC_WORDS]
    return any(fuzz.ratio(word, their) >= SPELLING_RATIO for word in words for their in theirs)


def _unit_after_its_school(name, longer):
    """Does `longer` print the school `name`, then a unit of it ("... College of Y", "... School of Z")?"""
    return longer.startswith(name + " ") and bool(_UNIT_START.match(longer.removeprefix(name + " ")))


def _left_out_inside(name, longer):
    """The words of `longer` that `name` leaves out between its own first and last words, or None where the
    two do not open and close alike or `name` has a word `longer` lacks. Initials are run together first."""
    short, long = _run_initials(name).split(), _run_initials(longer).split()
    if len(long) <= len(short) or short[0] != long[0] or short[-1] != long[-1]:
        return None
    rest, k = [], 0
    for word in long:
        if k < len(short) and word == short[k]:
            k += 1
        else:
            rest.append(word)
    return " ".join(rest) if k == len(short) else None


# An initial with its stop, before another initial: "O. P." and "O.P." are printed "OP" as often.
_INITIAL = re.compile(r"\b([A-Z])\.\s?(?=[A-Z]\b)")
_LAST_INITIAL = re.compile(r"\b([A-Z]{2,})\.(?=\s)")


def _run_initials(text):
    """ "O. P. Jindal" -> "OP Jindal": initials printed with stops, run together."""
    return _LAST_INITIAL.sub(r"\1", _INITIAL.sub(r"\1", text)) if "." in text else text


# Built once: a union written inside the word test below would be built anew for every word.
_HEADS_OR_LEVELS = frozenset(GRAMMAR_HEADS | UNIT_LEVEL_WORDS)


def _names_more_than_a_field(text):
    """ "College of Wooster", "Institute of Science Tokyo": a word beside the heads and fields tells which
    one; "Graduate School of Engineering" names only what a unit teaches."""
    words = [w for w in text.split() if w.rstrip(".,") not in _HEADS_OR_LEVELS]
    return not all(w in SUBJECT_UNIT_WORDS or w.lower() in GENERIC_WORDS for w in words)


def _headed_by_someone(text, start, end):
    """ "Chairman of the X Council", "the leaders of the X Community": the body of a person's title, when its
    name tells it from others ("the Language Centre" a head of unit leads is a part of the host, unnamed)."""
    if not LED_BODY_BEFORE.search(text[max(0, start - 60) : start]):
        return False
    words = [w for w in text[start:end].split() if w.rstrip(".,") not in GRAMMAR_HEADS]
    return not all(w in FIELD_WORDS or w.lower() in GENERIC_WORDS for w in words)


_SCHOOL_LAST = ("University", "College", "Institute", "School")


def _campus_word(word):
    """Can `word` name a campus or a city after an institution's name (not "Hospital", "President", "Law")?"""
    return not (
        word in NOT_A_CAMPUS
        or word in HEADS
        or word in FIELD_WORDS
        or word.lower() in _TITLE_WORDS
        or word.lower() in GENERIC_WORDS
    )


# A campus or city after a name: "(IIT) Hyderabad", ", Davis", " at Springfield", " London".
_CAMPUS_AFTER = re.compile(
    r"(?:\s*\(\s*(?P<acronym>[A-Z][A-Za-z]{1,7})\s*\))?(?P<link>\s*,\s*|\s+at\s+|\s*[-–]\s*|\s+)"
    r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?=[\s,.;:’')]|$)"
)
_AND_IN_A_RUN = re.compile(r"\s(?:and|&)\s")
# "VSB - " before a name: anchored at the end of the sentence's beginning, so behind the literal test
# (prefilter.py), which tells at once that most beginnings do not end with a dash.
_DASHED_BEFORE = prefiltered(re.compile(r"(?<![\w-])([A-Z][A-Za-z]{1,7})\s*[-–]\s*$"))


def _openings_before(text, start):
    """Where a longer name may open before the name printed at `start`: the first letters of the one to
    four words right before it, nearest first, each capitalised or a link of names ("of", "de"), the run
    opening on a capitalised word and crossing at most one comma or dash ("Royal Holloway, ")."""
    openings = []
    joints = 0
    at = start
    for word in _WORDS_BEFORE.finditer(text[max(0, start - 60) : start][::-1]):
        if word.start() != start - at or len(openings) == 4:
            break
        at = start - word.end()
        joints += bool(word.group("joint"))
        if joints > 1:
            break
        opening = word.group("word")[::-1]
        if opening[0].isupper() and opening not in _LEFT_STOP:  # "The X University": "the" is no name
            openings.append(at)
    return openings


def _printed_without(text, before, name):
    """Is `name` printed in `text` somewhere not right after `before`? (What re.search("(?<!before)name")
    answers; str.find goes from one printing of the name to the next, where that pattern, which opens with
    a lookbehind, is tried at every position of every sentence for each name with a nationality word.)"""
    start = text.find(name)
    while start != -1:
        if not text.endswith(before, 0, start):
            return True
        start = text.find(name, start + 1)
    return False


def _spelt_from_its_start(token, name):
    """An acronym the article never defines names a school only when it starts at the first or second word
    of the school's name ("TVC" for "Tolvane Vocational College", "KazNU" for "Al-Farabi Kazakh National
    University"), or at its head word, as in a language that puts the head first ("UNPAR", "Parahyangan
    Catholic University"): "TCC" drops two words of "Meridel Vocational and Technical College" and is no
    short form of it."""
    words = [w for w in name.split() if w.lower() not in SKIPPABLE]
    starts = {w[:1].lower() for w in words[:2] + words[-1:]}
    return token[:1].lower() in starts and abbreviates(token, name)


def _name_candidates(text):
    """(start, end) of each run of capitalised words, without the stop words it starts with, and of each
    part of it between "and" / "&" ("Sciences Po and Lund University")."""
    for match in _CAPITALISED_RUN.finditer(text):
        start, end = match.span()
        while " " in text[start:end] and text[start:end].split(" ", 1)[0] in _LEFT_STOP:
            start += len(text[start:end].split(" ", 1)[0]) + 1
        if text[start:end] in _LEFT_STOP:
            continue
        yield start, end
        head = _LOWER_HEAD_AFTER.match(text, end)
        if head:  # "with Benha university": a head word printed in small letters, for the gazetteer to judge
            yield start, head.end()
        run = text[start:end]
        parts = list(_AND_IN_A_RUN.finditer(run)) if "and" in run or "&" in run else []  # mostly neither
        if parts:
            edges = [start] + [x for p in parts for x in (start + p.start(), start + p.end())] + [end]
            yield from zip(edges[::2], edges[1::2], strict=True)
            if head:  # "University of Sussex and Keele university": the last part takes the small head
                yield edges[-2], head.end()


@lru_cache(maxsize=8192)
def _words(name):
    """The words that tell a name, with "St." read as "Saint", a country's names and nationality words as
    one ("Byelorussian" / "Belarusian"), and "University" in another language as "University"."""
    name = re.sub(r"\bSt\.?(?=\s+[A-Z])", "Saint", name)
    words = []
    for w in normalize_name(name).replace("named after", " ").split():
        if w in ("of", "the", "and", "for", "in", "at", "de", "di", "to", "be", "deemed"):
            continue
        code = country_code(w)
        words.append(f"country-{code.lower()}" if code else _UNIVERSITY_IN_ITS_LANGUAGE.get(w, w))
    return tuple(words)


def _nation_the_name_states(name):
    """The nation a name states inside it: the first of two nations its name opens on ("Portugal-Ruritania
    Chamber of Commerce", "Ruritanian-African Network University"), or the nation of the members it is named
    for ("Conference of Rectors of Ruritanian Universities"). None where it states neither."""
    pair = NATION_PAIR_OPENING.match(name)
    if pair and (country_code(pair.group(2)) or pair.group(2) in NATION_PAIR_REGIONS):
        return country_code(pair.group(1))
    members = NATION_OF_THE_MEMBERS.search(name)
    return country_code(members.group(1)) if members else None


def _nation_names_the_school(name):
    """ "Ethiopian Institute of Textile and Fashion Technology", "Kenya Methodist University": a school whose
    name opens with its nation and says no other place is in that nation. "American University of Sharjah"
    and "German University in Cairo" stand abroad: after "of" or "for" only fields may follow (a field word,
    or a run of three words or more), not one or two words that may name a place ("of Central Asia")."""
    if _ANOTHER_PLACE_IN_NAME.search(name):
        return False
    tail = (_FIELDS_TAIL.split(name, maxsplit=1)[1:] or [""])[0].split()
    if any(country_code(w) or is_known_place(w) for w in tail):
        return False
    return not tail or len(tail) > 2 or any(w in SUBJECT_UNIT_WORDS for w in tail)


def _demonym_prefixed(name):
    """ "Iranian Jundishapur University", "American University of Beirut": a nationality word in front, which
    may describe the name rather than be part of it (a country's name in front, "Korea Foundation for
    Advanced Studies", is part of it and states the country)."""
    first = name.split()[0] if name.split() else ""
    return country_code(first) is not None and not is_country_name(first) and len(name.split()) > 2


@lru_cache(maxsize=8192)
def normalize_name(text):
    return _normalize_name(text)


def _is_place(word):
    return word.startswith("country-") or is_place_word(word)


def _distinctive(words):
    return [w for w in words if w not in GENERIC_WORDS and not _is_place(w)]


def _eponym_short_form(short, long_):
    """ "Satbayev University" / "Kazakh National Research Technical University named after K.I. Satpayev",
    "Seifullin University" / "S. Seifullin Kazakh Agrotechnical University": a university called by the person
    it is named after."""
    words = short.split()
    if (
        len(words) != 2
        or words[1] not in ("University", "Institute", "Academy")
        or words[1] not in long_.split()
    ):
        return False
    found = _EPONYM.search(long_)
    eponym = found and (found.group(1) or found.group(2))
    return bool(eponym) and eponym[0] == words[0][0] and fuzz.ratio(eponym.lower(), words[0].lower()) >= 80


# A word of the printed name and its counterpart in a near match differ no more than a typo does.
TYPO_RATIO = 60
# ... and for a namesake that lends only its country, no more than a letter does ("Clarke" / "Clark", not
# "Lakeshore" / "Lahore").
NAMESAKE_WORD_RATIO = 85


_LETTER_WORD = re.compile(r"[^\W\d_][\w’'-]*")  # compiled once: _contradicts reads each fuzzy match's words


def _contradicts(name, match, ratio=TYPO_RATIO):
    """A near (fuzzy) match that has nothing for one of the printed name's distinctive words: "Universiti
    Teknologi Sempadan" is not "Universiti Teknologi Sarawak", though an acronym (UTS) fits both."""
    if match.method != "fuzzy":
        return False
    theirs = [w.lower() for w in _LETTER_WORD.findall(match.matched)]
    for word in _LETTER_WORD.findall(name):
        low = word.lower()
        if not word[0].isupper() or word in HEADS or low in GENERIC_WORDS or is_place_word(low):
            continue
        if max((fuzz.ratio(low, their) for their in theirs), default=0) < ratio:
            return True
    return False


def _leading_word_dropped(short, long_):
    """ "Wanli University" / "Zhejiang Wanli University", "Buketov University" / "Karaganda Buketov
    University": a name printed again without the one word before it (a city or province the gazetteer may
    not know). Not
    "Sydney University" / "Western Sydney University" nor "State University" / "Ohio State University": the
    shorter one must open with a distinctive word that is no place, country, field or kind of school."""
    words = short.split()
    if len(words) < 2 or words[-1] not in HEADS or not long_.endswith(" " + short):
        return False
    dropped = long_[: -len(short)].split()
    # A short form of three words or more is distinctive enough to stand for a name with a longer honorific
    # in front ("Saint Petersburg Mining University" / "Empress Catherine II Saint Petersburg Mining ...").
    if len(dropped) == 1:
        opening = _distinctive_opening(words[0])
    else:  # a place may open it: the honorific dropped is no compass word ("Western") that makes another
        opening = len(words) >= 3 and len(dropped) <= 3 and _opening_of_a_short_form(words[0])
    return opening and all(
        word[:1].isupper()
        and word.lower() not in _KIND_WORDS
        and word not in _NOT_SHORT_FORMS  # "Western Sydney University", "Royal Holloway ..."
        and word != "New"  # "New York University" is not "York University"
        and word not in GRAMMAR_HEADS
        for word in dropped
    )


def _opening_of_a_short_form(word):
    return (
        word[:1].isupper()
        and word.lower() not in GENERIC_WORDS
        and word.lower() not in _KIND_WORDS
        and word not in FIELD_WORDS
        and word not in GRAMMAR_HEADS
        and not country_code(word)
    )


def _distinctive_opening(word):
    return (
        word[:1].isupper()
        and word not in _NOT_SHORT_FORMS
        and word.lower() not in GENERIC_WORDS
        and word.lower() not in _KIND_WORDS
        and word not in FIELD_WORDS
        and word not in GRAMMAR_HEADS
        and not is_place_word(word)
        and not is_known_place(word)
        and not country_code(word)
    )


def _prefix_name(a, b):
    """ "X University" printed whole at the start of "X University of Y": the longer name cut at its head."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return short.split()[-1] in HEADS and long_.startswith((short + " of ", short + " for "))


def _short_of_its_tail(a, b):
    """ "Delta University" / "Delta University for Science and Technology": a two-word name whose first word
    is distinctive (no place: "Tokyo University" is not "Tokyo University of Science") printed again
    without what its head is of or for."""
    words = min(a, b, key=len).split()
    return len(words) == 2 and _distinctive_opening(words[0])


def _mission_parts(name):
    """(kind, state, city) of a diplomatic mission's name, or None: "U.S. Embassy" -> ("Embassy", "US", None),
    "Embassy of China in Cairo" -> ("Embassy", "CN", "Cairo"). None also where the state is not told."""
    parts = _MISSION_PARTS.match(name)
    if parts is None:
        return None
    sender = parts.group("sender").split()
    state = nationality_opening(sender) if sender else None
    if parts.group("of"):
        of = _MISSION_OF.match(name[parts.start("kind") :])
        state = state or (of and country_code(of.group(1)))
    if not state:
        return None
    city = parts.group("city")  # the country it is in, however spelt: "Russia", "the Russian Federation"
    return parts.group("kind").replace("-", " "), state, city and (country_code(city) or city)


def _same_mission(a, b):
    """Two names of one mission, or None where either is no mission's name: one state's embassy, printed once
    with its city and once without ("the German Embassy", "the German Embassy in Nairobi"), or with its state
    spelt two ways ("U.S. Embassy", "United States Embassy in Abuja"). Two cities are two missions."""
    pa, pb = _mission_parts(a), _mission_parts(b)
    if pa is None or pb is None:
        return None
    (kind_a, state_a, city_a), (kind_b, state_b, city_b) = pa, pb
    return kind_a == kind_b and state_a == state_b and (not city_a or not city_b or city_a == city_b)


@lru_cache(maxsize=16384)
def same_institution(a, b, loose=False):
    """Do two spellings name one institution? (`loose` for headlines, which shorten names)."""
    printed = _same_as_printed(a, b)
    if printed is not None:
        return printed
    wa, wb = _words(_MISSION_CITY.sub(r"\1", a)), _words(_MISSION_CITY.sub(r"\1", b))
    if not wa or not wb:
        return False
    return _same_by_words(a, b, wa, wb, loose)


def _same_as_printed(a, b):
    """Where the printing decides, True or False: one spelling once normalised, two names of one mission (or
    of two), a short form of an eponym's name. None where the words must tell."""
    if normalize_name(a) == normalize_name(b):
        return True
    if normalize_name(a).replace(" ", "") == normalize_name(b).replace(" ", ""):
        return True  # spaced or glued: "Bao Lin College" / "Baolin College", "QuillmarkUniversity"
    mission = _same_mission(a, b)
    if mission is not None:
        return mission
    if _eponym_short_form(a, b) or _eponym_short_form(b, a):
        return True
    return None


def _same_by_words(a, b, wa, wb, loose):
    """The words of two names (`wa`, `wb`, from _words) compared, each step deciding or passing on."""
    countries_a, countries_b = (
        {w for w in wa if w.startswith("country-")},
        {w for w in wb if w.startswith("country-")},
    )
    if countries_a and countries_b and countries_a.isdisjoint(countries_b):
        return False  # "Embassy of France" / "Embassy of Japan": names of two countries
    wa, wb = list(wa), list(wb)
    if sorted(wa) == sorted(wb):
        return True  # word order: "Haifa University" / "University of Haifa"
    typo = _same_but_for_typos(a, b, wa, wb)
    if typo is not None:
        return typo
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    dsmall, dlarge = _distinctive(small), _distinctive(large)
    within = _one_within_the_other(a, b, small, large, dsmall, dlarge, loose)
    if within is not None:
        return within
    if _longer_printing(a, b, dsmall):
        return True
    if dsmall and dlarge and set(dsmall) == set(dlarge) and _heads(a) == _heads(b):
        only_a, only_b = set(wa) - set(wb), set(wb) - set(wa)
        # False for "Tomsk State University" / "Tomsk Polytechnic University",
        # True for "Bauman State Technical University in Moscow"
        return not (only_a & _KIND_WORDS and only_b & _KIND_WORDS)
    return False


def _same_but_for_typos(a, b, wa, wb):
    """Names of two words or more, alike but for a letter or two, under the same head: one name misspelt
    ("Univeristy", "Borman", "Dezhous") where their distinctive words begin alike. None where not alike."""
    da, db = _distinctive(wa), _distinctive(wb)
    if (
        len(wa) >= 2
        and len(wb) >= 2
        and da
        and db
        and fuzz.token_sort_ratio(" ".join(wa), " ".join(wb)) >= 88
        and _heads(a) == _heads(b)
    ):
        return _words_misspelt(da, db)
    return None


def _words_misspelt(da, db):
    """Each distinctive word of the name with fewer has a misspelling of it in the other: same first letter
    (a typo keeps it) and no more apart than a typo ("Dongguk" / "Donggong"), or glued to a neighbour ("La" /
    "Dela"). "University of Essex" is not "University of Sussex", nor "Huabei Normal" "Hunan Normal", nor
    "Tsing Hua" "Chiao Tung"."""
    fewer, more = (da, db) if len(da) <= len(db) else (db, da)
    return all(any(_misspelt_or_glued(w, o) for o in more) for w in fewer)


def _misspelt_or_glued(word, other):
    if word[0] == other[0] and fuzz.ratio(word, other) >= TYPO_RATIO:
        return True
    return other.endswith(word) or other.startswith(word) or word.endswith(other) or word.startswith(other)


def _one_within_the_other(a, b, small, large, dsmall, dlarge, loose):
    """Every word of the shorter name in the longer: the same where what the longer adds is generic or a
    place, not where it adds a field ("University of Warsaw" / "Warsaw University of Technology"). None
    where this does not decide."""
    if not (dsmall and set(small) <= set(large)):
        return None
    extra = [w for w in large if w not in small]
    if _prefix_name(a, b) and (loose or _short_of_its_tail(a, b)):
        return True  # a headline's "X University" for the body's only "X University of Science and ..."
    if set(extra) & _FIELD_WORDS and not set(small) & _FIELD_WORDS:
        return False  # "University of Warsaw" / "Warsaw University of Technology"
    if all(w in GENERIC_WORDS or _is_place(w) for w in extra):
        return True  # "Hanoi University of Technology" / "... Science and ..."
    if loose and set(dsmall) <= set(dlarge):
        return True
    return None


def _longer_printing(a, b, dsmall):
    """Is the longer name the shorter one printed with more after it (or a first word dropped from it)?"""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if _leading_word_dropped(short, long_):
        return True
    if dsmall and long_.startswith(short + " named after "):
        return True  # "X State University" / "X State University named after N. I. Lobanov"
    return bool(
        dsmall
        and long_.startswith(short + " ")
        and re.match(r"[A-Z]", long_[len(short) + 1 :])
        and short.split()[-1] in HEADS
    )  # "Infrastructure University" / "... University Kuala Lumpur"


def _spelt_alike(a, b):
    """ "National University of Science and Technology" / "... of Sciences and Technology"."""
    return fuzz.token_sort_ratio(a, b) >= _NAMESAKE_SCORE


@lru_cache(maxsize=16384)
def _candidates(gazetteer, name, country):
    # The gazetteer caches resolve() but not candidates(); articles repeat names.
    return tuple(gazetteer.candidates(name, country=country, limit=5))


# Compiled once: every mention is looked up, and tidied, under these; and a name is read for the place
# after it ("... University Tashkent") and for its words.
_CAPITALISED_AFTER = re.compile(r" ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[\s,.;)]|$)")
_NAME_WORD = re.compile(r"[\w’'-]+")
_GLUED_AFTER_INITIAL = re.compile(r"(?<=[a-z]\.|[A-Z]\.)(?=[A-Z][a-z])")
_GLUED_AFTER_INITIAL_OR_ST = re.compile(r"(?:(?<=\b[A-Z]\.)|(?<=St\.))(?=[A-Z][a-z])")


def lookup_forms(name):
    """The spellings to look a name up under: as printed, then tidied ("St.Petersburg" -> "St. Petersburg",
    "X Deemed to be University" -> "X")."""
    forms = [name]
    tidy = _GLUED_AFTER_INITIAL.sub(" ", name)
    tidy = _DEEMED.sub("", tidy).strip()
    if tidy != name:
        forms.append(tidy)
    return forms


def tidy_name(name):
    """A printed name with a missing space restored after an initial or "St."
    ("I.Arabaev" -> "I. Arabaev")."""
    return _GLUED_AFTER_INITIAL_OR_ST.sub(" ", name)


def _heads(name):
    return {
        ("University" if _misspelt_university(w) else w)
        for w in name.split()
        if w in HEADS or _misspelt_university(w)
    } & {"University", "Universiti", "Institute", "College", "Academy", "Company", "Ministry", "Consulate"}


_BODIES_OF_MEMBERS = {"Council", "Committee", "Conference", "Association", "Union", "Federation"}


# The word sets _kind_from_name tests a name's words against, built once here rather than at every call.
_HEADS_BUT_GOVERNMENT = frozenset(HEADS - GOVERNMENT_HEADS)
_HEADS_BUT_BODIES = frozenset(HEADS - BODY_HEADS)
_FOUNDATION_WORDS = frozenset({"Foundation", "Council", "Society", "Trust", *FOREIGN_FOUNDATION_HEADS})


def _kind_from_name(name):
    printed = re.findall(r"[\w’']+", name)
    words = set(printed)
    sector, _, country = name.partition(" ")
    if sector in NATIONAL_SECTOR_KINDS and is_country_name(country.removesuffix(" International")):
        return NATIONAL_SECTOR_KINDS[sector]  # "Universities Canada": their association; "Education Malta"
    if "Government" in words and words & _HEADS_BUT_GOVERNMENT:
        words.discard("Government")  # "Government Polytechnic College": a college the state runs
    if words & COMPANY_HEADS:
        return "company"
    if words & ALLIANCE_MEMBER_WORDS and words & _BODIES_OF_MEMBERS and not words & GOVERNMENT_HEADS:
        return "alliance"  # "Committee of Vice-Chancellors of Nigerian Universities", "Council of Rectors"
    if words & GOVERNMENT_HEADS or re.search(
        r"\b(?:Department|Committee|Bureau|Commission|embassy|consulate)\b", name
    ):
        return "government"
    if HEAD_OF_STATE_OFFICE.match(name):  # "Presidency of the Republic of Ghana"
        return "government"
    if printed[-2:-1] and printed[-1] == "School" and printed[-2] in SCHOOL_BELOW_UNIVERSITY_WORDS:
        return "other"  # "X High School", "Y Language School": no university
    if re.search(r"\bJoint\b.*\b(?:Institute|School|College)\b", name):
        return "joint_institute"
    head = next(  # "Council for University Education": a head after "for" or "of" names a field, not the body
        (
            w
            for k, w in reversed(list(enumerate(printed)))
            if w in GRAMMAR_HEADS and (k == 0 or printed[k - 1] not in _CONNECTORS)
        ),
        None,
    )
    if head in COMPANY_TRADES and any(w.rstrip("s") in HEADS for w in words):
        head = None  # "University of Innovation Technologies", "Institutes of Technologies": a school
    if head in BODY_HEADS and head not in ALLIANCE_HEADS:  # "Union Hospital" is a hospital
        return next((kind for kind, heads in BODY_KINDS.items() if head in heads), "other")
    if words & ALLIANCE_HEADS or words & {"Union", "Network", "League"}:
        return "alliance"
    if words & {"Agency", "Commission"}:
        return "government"
    if words & _FOUNDATION_WORDS and not words & _HEADS_BUT_BODIES:
        return "other"
    if words & LOCAL_GOVERNMENT_WORDS and not words & _HEADS_BUT_GOVERNMENT:
        return "government"  # "City of Delaware", "Shanxi Province": no school, a city's or a province's rule
    return "university"


def bodies_known_by_acronym_only_are_schools_only_by_their_u(ctx):
    """The kind of a body known only by an acronym that nobody spells out and the gazetteer does not know: a
    school where a letter stands for its "University" ("TUFS", "MMARAU", "UniMAP"), otherwise another body
    ("APTC", "CIMMYT", "MEXT"), as most such bodies are. A finishing pass: the event readers read such a body
    as a school, and only the record's kind changes."""
    for item in ctx.institutions.items:
        if item.names or item.canonical or not item.acronyms or item.kind != "university":
            continue
        if not any("U" in acronym or "Uni" in acronym for acronym in item.acronyms):
            item.kind = "other"


def kinds_the_names_state(ctx):
    """The kind a body's own name states, over the gazetteer's type and the head-word default: an association
    of schools named by its members, a research body (MEMBERS_BODY_HEADS, RESEARCH_BODY); and, for a body the
    gazetteer does not know, an institute that is no school (INSTITUTE_LAST_NO_SCHOOL). A finishing pass: only
    the record's kind changes."""
    for item in ctx.institutions.items:
        name = item.canonical or (item.names[0] if item.names else None)
        unknown = not item.canonical  # the gazetteer's schools keep their type ("Moscow Aviation Institute")
        kind = name and (_kind_the_name_states(name) or (unknown and _kind_of_a_body_unknown(name)))
        if kind:
            item.kind = kind


def _kind_the_name_states(name):
    printed = re.findall(r"[\w’'-]+", name)
    if set(printed) & NO_STATED_KIND_WORDS:
        return None
    school = next((k for k, w in enumerate(printed) if w in HEADS or _misspelt_university(w)), len(printed))
    members = next((k for k, w in enumerate(printed) if w in NAME_STATES_MEMBER_WORDS), None)
    bodies_of_members = set(printed) & (MEMBERS_BODY_HEADS | NAME_STATES_MEMBERS_BODY_HEADS)
    if members is not None and members < school and (members in (0, len(printed) - 1) or bodies_of_members):
        # "Colleges Iceland", "Velmoran Council of Private Colleges", "Orvath Research Universities",
        # "Conférence des Recteurs de ..."
        return "alliance"
    research = RESEARCH_BODY.search(name)
    if research and not set(re.findall(r"[\w’'-]+", name[: research.start()])) & HEADS:
        return "other"  # "Ostravian Academy of Agricultural Sciences", "Seaweed Research Institute"
    return None


def _kind_of_a_body_unknown(name):
    """The kind the words of a name the gazetteer does not know state: a school of diplomats is a government
    body (DIPLOMATS_SCHOOL), an institute of no school another body."""
    if DIPLOMATS_SCHOOL.search(name) and "University" not in name:
        return "government"
    return _institute_of_no_school(name)


def _institute_of_no_school(name):
    """ "Velmoran Leadership Institute": a name the gazetteer does not know that ends on "Institute" with no
    school's head word before it is another body (INSTITUTE_LAST_NO_SCHOOL)."""
    if not INSTITUTE_LAST_NO_SCHOOL.match(name):
        return None
    before = name.split()[:-1]
    if any(w.strip("’'s") in HEADS or _misspelt_university(w) for w in before):
        return None  # "Chulalongkorn University Language Institute": the school's unit
    return "other"


_SCHOOL_KINDS = ("university", "joint_institute")


def _unit_words(words):
    """The unit's own words, up to its head ("Asia Studies Institute"), when a name opens on a unit: a head of
    UNIT_BEFORE_SCHOOL_HEADS after at least one word, and no school's head word before it."""
    for k, word in enumerate(words):
        if word in UNIT_BEFORE_SCHOOL_HEADS and k > 0:
            return words[: k + 1]
        if word in SCHOOL_AFTER_UNIT_HEADS:
            return None
    return None


def _school_in_the_name(mention, acronyms):
    """ "Asia Studies Institute of Lakeshore University", "Q School of Nursing LSU": (the unit's name, the
    school's) where one name holds both, the school by its head word after "of" or by its acronym last."""
    words = mention.text.split()
    unit = _unit_words(words)
    if unit is None:
        return None
    rest = words[len(unit) :]
    if rest[:1] == ["of"]:
        school = rest[2:] if rest[1:2] in (["the"], ["The"]) else rest[1:]
        if any(w in SCHOOL_AFTER_UNIT_HEADS for w in school) or (len(school) == 1 and school[0] in acronyms):
            return " ".join(unit), acronyms.get(" ".join(school), " ".join(school))
    if len(words) > len(unit) and words[-1] in acronyms:
        return " ".join(words[:-1]), acronyms[words[-1]]
    return None


def _school_after_the_name(mention, text, mentions, acronyms):
    """ "the Y Learning Center of the Z Language School", "the Department of Optics at the W University",
    "the X Engineering College LSU": the school named (or its acronym printed) right after a unit's name."""
    words = mention.text.split()
    part = bool(_PART_UNIT_START.match(mention.text))
    if not part and (_unit_words(words) != words or words[-1] not in UNIT_BEFORE_SCHOOL_HEADS):
        return None
    link = (PART_UNIT_AT_SCHOOL_LINK if part else UNIT_OF_SCHOOL_LINK).match(text, mention.end)
    if link:
        for other in mentions:
            if other.sentence == mention.sentence and other.start == link.end() and other.head in HEADS:
                return other.text if set(other.text.split()) & SCHOOL_AFTER_UNIT_HEADS else None
    acronym = re.match(r"\s+([A-Z][\w&-]{1,9})\b", text[mention.end :])
    return acronyms.get(acronym.group(1)) if acronym else None


def _units_printed_with_their_school(sentences, mentions):
    """A unit printed with the school it belongs to ("the Asia Studies Institute of Lakeshore University",
    "the Y Center of the Z Language School", "the Department of Optics at W University", "Q School of
    Nursing LSU") stands for that school: its mention becomes the school's, and so does every other printing
    of the unit's own name ("the Asia Studies Institute"). A dean of the unit acts for the school; a visit to
    it is a visit to the school."""
    acronyms = {m.text: m.text for m in mentions if m.is_acronym}
    acronyms.update({m.acronym: m.text for m in mentions if m.acronym and not m.is_unit})
    units = {}
    for mention in mentions:
        if mention.is_unit or mention.sentence >= len(sentences):
            continue
        text = sentences[mention.sentence].text
        found = _school_in_the_name(mention, acronyms)
        if found is None:
            school = _school_after_the_name(mention, text, mentions, acronyms)
            found = (mention.text, school) if school else None
        if found is not None:
            units[found[0]] = mention.text = found[1]
    for mention in mentions:
        own = mention.text.removeprefix("the ").removeprefix("The ")
        if own in units and not mention.is_unit:
            mention.text = units[own]


class InstitutionIndex:
    """Finds, groups and resolves the institutions of one article; answers "who is named in sentence i"."""

    def __init__(self, sentences, footer, gazetteer, dateline=None):
        self.sentences = sentences
        self.dateline = dateline  # the place of an agency dateline the text's clean-up stripped
        self.gazetteer = gazetteer
        self.items = []
        self.by_sentence = {}  # sentence index -> list of (start, institution)
        self.not_institutions = set()  # acronyms the article defines for a programme or a pair
        self.past_spans = {}  # sentence index -> (start, end) of a person's past places, and of units
        self.unit_acronyms = {}  # a unit's acronym -> the name of the institution the unit belongs to
        self._printed_countries = None  # the countries the article's words name, read when first needed
        self._printed_words = None  # the article's words in small letters, likewise
        self._collect(footer)

    # -- building -------------------------------------------------------------------------------------
    def _collect(self, footer):
        footer_offset = len(self.sentences)
        mentions = []
        for index, sentence in enumerate(self.sentences):
            found = find_names(sentence.text, index, title_case=sentence.is_title)
            found += acronym_definitions(sentence.text, index, found, self.not_institutions)
            mentions.extend(found)
        mentions.extend(ministries_named_by_ministers(self.sentences, mentions))
        footer_mentions = []
        for k, line in enumerate(footer):
            found = find_names(line, footer_offset + k)
            footer_mentions.extend(found)
        mentions.extend(self._list_members(mentions))
        mentions.extend(self._known_names(mentions))
        self._extend_back_to_a_known_name(mentions)
        self._extend_by_place(mentions)
        self._extend_by_place_before(mentions)
        self._extend_by_eponym(mentions)
        bodies = {(m.sentence, m.start, m.end) for m in mentions if m.is_body and not m.acronym}
        self._schools_named_like_units(mentions)
        self._units_with_acronyms(mentions)
        _units_printed_with_their_school(self.sentences, mentions)
        previous = None
        for mention in mentions + footer_mentions:
            if mention.is_unit:  # "the Department of Applied Robotics": no institution, and nobody's name
                self.past_spans.setdefault(mention.sentence, []).append((mention.start, mention.end))
                continue
            if self._a_kind_of_school(mention.text) or self._names_a_programme(mention):
                continue
            self._add(
                mention,
                is_footer=mention.sentence >= footer_offset,
                same_as=self._bracketed_alias_of(previous, mention, footer_offset, footer),
            )
            previous = mention
        self._brand_names()
        self._merge_clusters()
        self._resolve()
        self._merge_clusters(by_canonical=True)
        self._bind_acronyms(footer_offset)
        self._acronym_with_its_head()
        self._resolve_by_acronym()
        self._merge_clusters(by_canonical=True)
        self._merge_shortened_names()
        self._settle_countries()
        self._definite_references()
        past = [item for item in self.items if self._past_only(item)]
        for item in past:
            for sentence_index, start, end in item.mentions:
                self.past_spans.setdefault(sentence_index, []).append((start, end))
        self.items = [
            item
            for item in self.items
            if item not in past and not self._idle_body(item, bodies) and not self._toured_only(item)
        ]
        self._short_forms()
        self.items = [item for item in self.items if not item.footer_only and self._is_party_like(item)]
        self._index_by_sentence(footer_offset)

    def _index_by_sentence(self, footer_offset):
        """Each body sentence's institutions by where they are printed, for the readers of events."""
        for item in self.items:
            for sentence_index, start, end in item.mentions:
                if sentence_index < footer_offset:
                    self.by_sentence.setdefault(sentence_index, []).append((start, end, item))
        for entries in self.by_sentence.values():
            entries.sort(key=lambda e: e[0])

    def settle_the_country_of_a_late_body(self, item):
        """A body listed after the index was read (a title's "Rector of NTX"): its country is settled as
        the index's own were, by its name, its acronym and the article's countries; the others keep theirs."""
        others = {id(other): other.country for other in self.items if other is not item}
        self._settle_countries()
        for other in self.items:
            if other is not item and id(other) in others:
                other.country = others[id(other)]

    def _settle_countries(self):
        """Each institution's country where the gazetteer gives none: the dateline (for the publisher), its
        name, its acronym, the countries the article names, its namesakes, the list it stands in, the
        institutions named beside a national body, its kin among the article's names, in that order (each
        pass reads what the ones before it set)."""
        self._country_from_dateline()
        self._countries_from_names()
        self._country_of_the_body_a_name_opens_with()
        self._country_by_acronym()
        self._country_by_the_article_countries()
        self._country_of_the_namesakes()
        self._country_of_the_schools_described()
        self._country_from_dateline()
        self._country_of_the_list()
        self._country_of_the_national_bodies()
        self._country_of_a_kin_in_the_article()
        self._country_the_sentences_of_a_body_name()
        self._country_no_other_body_has()

    def _a_kind_of_school(self, text):
        """ "the first Russian University to ...", "The Argentine University has signed ...": a nationality
        and a head word say what kind of school, not which one, unless the gazetteer knows the pair as a name
        ("Lebanese University")."""
        text = text.removeprefix("the ").removeprefix("The ")
        words = text.split()
        if len(words) not in (2, 3) or words[-1] not in ENGLISH_HEADS:
            return False
        nationality = " ".join(words[:-1])
        if not country_code(nationality) or is_country_name(nationality):
            return False
        match = self.gazetteer.resolve(text) if self.gazetteer is not None else None
        return match is None or match.method != "exact"

    def _names_a_programme(self, mention):
        """ "the Ohio-Saitama University Scholarship", "Times Higher Education World University Rankings",
        "the Australia–China University Leaders Dialogue": a name printed as the opening of a scholarship's, a
        ranking's or an event's name is that programme's, not a mention of a body."""
        if mention.sentence >= len(self.sentences):
            return False
        return bool(NAMES_A_PROGRAMME_AFTER.match(self.sentences[mention.sentence].text, mention.end))

    def _schools_named_like_units(self, mentions):
        """ "the College of Charleston", "College of Wooster President A": a name that opens on a unit's head
        and "of" is a school of its own where the gazetteer knows it, word for word, as a university and a
        word of it names more than a field; a university's "College of Engineering" or "Graduate School of
        Engineering" stays a unit, whatever school of the world bears that name."""
        if self.gazetteer is None:
            return
        knows = getattr(self.gazetteer, "knows_name", lambda name: True)  # a cheap look-up before resolve()
        for mention in mentions:
            text = mention.text.removeprefix("the ").removeprefix("The ")
            if not mention.is_unit or not _UNIT_START.match(text) or not _names_more_than_a_field(text):
                continue
            if not knows(text):
                continue
            match = self.gazetteer.resolve(text)
            if match is not None and match.method == "exact" and match.entry.kind == "university":
                mention.is_unit = False

    def _units_with_acronyms(self, mentions):
        """ "UUM, through its School of Technology Management and Logistics (STML)", "the Faculty of Law (FL)
        of Lakeshore University": a unit's acronym stands for the institution the unit belongs to, so "the
        Dean of STML" acts for that institution and STML is no institution of its own."""
        named = [m for m in mentions if not m.is_unit and m.sentence < len(self.sentences)]
        for unit in mentions:
            if (
                unit.is_unit
                and unit.acronym
                and unit.sentence < len(self.sentences)
                and _PART_UNIT_START.match(unit.text)
            ):
                parent = self._unit_parent(unit, named)
                if parent is None:
                    self.not_institutions.add(unit.acronym)
                else:
                    self.unit_acronyms.setdefault(unit.acronym, parent.text)

    def _unit_parent(self, unit, named):
        """The institution named nearest before the unit in its sentence (by name or by its acronym), else the
        one right after it ("... (FL) of X"), else the only one named in the sentences before."""
        text = self.sentences[unit.sentence].text
        defined = {m.acronym: m for m in named if m.acronym}
        here = [
            (m.end, n, m) for n, m in enumerate(named) if m.sentence == unit.sentence and m.end <= unit.start
        ]
        here += [
            (e, -1, defined[token])
            for token, _s, e in find_acronyms(text, unit.sentence)
            if token in defined and e <= unit.start
        ]
        if here:
            return max(here, key=lambda h: h[:2])[2]
        for m in named:
            if m.sentence == unit.sentence and m.start >= unit.end:
                joint = _UNIT_OF_PARENT.fullmatch(text, unit.end, m.start)
                return m if joint else None
        earlier = {self._group_key(m.text): m for m in named if m.sentence < unit.sentence}
        return next(iter(earlier.values())) if len(earlier) == 1 else None  # where no other could be meant

    @staticmethod
    def _group_key(name):
        return normalize_name(name)

    def _idle_body(self, item, bodies):
        """A foundation, council, bank... that the article only mentions: every mention of it is a name with a
        body head (no acronym defined or used), and none stands where a party stands ("with the X Council",
        "X Foundation signed", "Lund University and the X Foundation") or as the body someone heads
        ("Chairman of the X Council": it takes part through that person), or each is a sponsor ("funded by
        the X Foundation")."""
        if not item.mentions or not all(place in bodies for place in item.mentions):
            return False
        for index, start, end in item.mentions:
            if index >= len(self.sentences):
                continue
            text = self.sentences[index].text
            if _stands_as_party(text, start, end) or _headed_by_someone(text, start, end):
                return False
            if not SPONSOR_BEFORE.search(text[max(0, start - 80) : start]) and self._coordinated(
                item, index, start, end
            ):
                return False
        return True

    def _toured_only(self, item):
        """A facility the guests were shown during a visit ("After the meeting, the delegation visited the
        State Key Laboratory of ...", "During their visit they ... toured the X Center", "also had a look at
        our X Institute"): a stop of the tour, not a party. Only centres, laboratories, museums and
        institutes named nowhere else."""
        if not item.mentions or not all(_FACILITY_HEAD.search(name) for name in item.names):
            return False
        for index, start, end in item.mentions:
            text = self.sentences[index].text if index < len(self.sentences) else ""
            if not TOURED_BEFORE.search(text[:start]) or HOSTED_AFTER.match(text[end:]):
                return False
        return True

    def _past_only(self, item):
        """Named only in a person's past ("a graduate of X", "formerly dean at X", "who holds a PhD from X")
        or in a background list of earlier partners ("has 47 agreements, among them X", "has cooperated
        with X since 2010", "ranked alongside X"): X takes no part in the news, and nobody acts for it."""
        if not item.mentions:
            return False
        for index, start, _ in item.mentions:
            if index >= len(self.sentences):
                return False
            text = self.sentences[index].text
            if not (
                CAREER_BEFORE.search(text[max(0, start - 120) : start])
                or BACKGROUND_LIST_BEFORE.search(text[max(0, start - 200) : start])
            ):
                return False
        return True

    def _coordinated(self, item, index, start, end):
        """Is the name at (start, end) joined by "and" or a comma to another institution's name?"""
        text = self.sentences[index].text
        for other in self.items:
            if other is item:
                continue
            for i, s, e in other.mentions:
                if i != index:
                    continue
                if (e <= start and _JOINED.fullmatch(text, e, _start_of_its_owner(text, start))) or (
                    end <= s and _JOINED.fullmatch(text, end, s)
                ):
                    return True
        return False

    def _bracketed_alias_of(self, previous, mention, footer_offset, footer):
        """The institution of the name just before, when this name is printed in brackets right after it
        ("Moscow State Institute of International Relations (MGIMO University)"): another name of the same
        one."""
        if previous is None or previous.sentence != mention.sentence or previous.is_unit:
            return None
        index = mention.sentence
        text = self.sentences[index].text if index < footer_offset else footer[index - footer_offset]
        if not re.fullmatch(r"\s*\(\s*", text[previous.end : mention.start]) or not re.match(
            r"\s*\)", text[mention.end :]
        ):
            return None
        return next((item for item in self.items if previous.text in item.names), None)

    def _add(self, mention, is_footer, same_as=None):
        loose = self.sentences[mention.sentence].is_title if mention.sentence < len(self.sentences) else False
        target = same_as
        for item in [] if target is not None else self.items:
            if any(same_institution(mention.text, name, loose=loose) for name in item.names):
                target = item
                break
        if target is None:
            target = InstitutionMention(named_by_title=mention.from_title)
            self.items.append(target)
        elif not mention.from_title:
            target.named_by_title = False
        if mention.text not in target.names:
            target.names.append(mention.text)
        if mention.acronym and mention.acronym not in target.acronyms:
            target.acronyms.append(mention.acronym)
        target.mentions.append((mention.sentence, mention.start, mention.end))
        if mention.place and mention.place not in target.places:
            target.places.append(mention.place)
        target.country = target.country or self._stated_country(mention)
        if mention.head in COMPANY_HEADS or mention.head == "Company":
            target.kind = target.kind or "company"
        if not is_footer:
            target.footer_only = False
        if loose:
            target.in_title = True

    def _extend_by_eponym(self, mentions):
        """ "Burdur University Mehmet Akif Ersoy": a city's university with the person it is named after
        printed behind the head word (the Turkish order, read in English) is one name when the gazetteer
        knows it with the head word last ("Burdur Mehmet Akif Ersoy University"); the grammar alone stops
        at the head word and leaves the eponym to be read as a person."""
        if self.gazetteer is None:
            return
        for mention in mentions:
            words = mention.text.split()
            if len(words) != 2 or words[1] not in ("University", "Institute", "College", "Academy"):
                continue
            text = self.sentences[mention.sentence].text if mention.sentence < len(self.sentences) else ""
            eponym = _EPONYM_AFTER_HEAD.match(text, mention.end)
            if eponym is None:
                continue
            names = eponym.group(1).split()
            for count in range(len(names), 1, -1):  # an eponym has a given name and a surname at least
                reordered = f"{words[0]} {' '.join(names[:count])} {words[1]}"
                match = self.gazetteer.resolve(reordered)
                if match is not None and match.method == "exact" and match.score >= 99:
                    mention.text = f"{mention.text} {' '.join(names[:count])}"
                    mention.end = mention.start + len(mention.text)
                    break

    def _extend_back_to_a_known_name(self, mentions):
        """ "the Prince of Songkla University", "King Mongkut’s University of Technology, North Bangkok",
        "Royal Holloway, University of London": the grammar ends a name at a title, a possessive or a comma
        printed inside it, and leaves the words before; they open the name where the gazetteer knows the
        longer name exactly (with the campus printed after it, if any). A name the grammar read among those
        words is then part of the longer one, not a body of its own."""
        if self.gazetteer is None:
            return
        knows = getattr(self.gazetteer, "knows_name", lambda name: True)
        swallowed = set()
        for mention in mentions:
            if mention.sentence >= len(self.sentences) or mention.is_unit or mention.is_acronym:
                continue
            text = self.sentences[mention.sentence].text
            openings = _openings_before(text, mention.start)
            if not openings:
                continue
            campus = _CAMPUS_AFTER.match(text, mention.end)
            ends = (mention.end, campus.end()) if campus and not campus.group("acronym") else (mention.end,)
            known = next(
                (
                    (start, end)
                    for start in openings
                    for end in ends
                    if knows(text[start:end]) and self._known_exactly(text[start:end])
                ),
                None,
            )
            if known is None:
                continue
            mention.start, mention.end = known
            mention.text = text[mention.start : mention.end]
            swallowed.update(
                id(other)
                for other in mentions
                if other is not mention
                and other.sentence == mention.sentence
                and mention.start <= other.start
                and other.end <= mention.end
            )
        if swallowed:
            mentions[:] = [m for m in mentions if id(m) not in swallowed]

    def _extend_by_place(self, mentions):
        """ "King's College London", "Queen's University Belfast": a head word followed by a place is one name
        when the gazetteer knows the longer name exactly (the grammar alone stops at the head word)."""
        if self.gazetteer is None:
            return
        for mention in mentions:
            text = self.sentences[mention.sentence].text if mention.sentence < len(self.sentences) else ""
            prefix = _DASHED_BEFORE.search(text[: mention.start])
            if prefix:  # "VSB - Technical University of Ostrava": an acronym joined to the name by a dash
                longer = text[prefix.start(1) : mention.end]
                match = self.gazetteer.resolve(longer)
                if match is not None and match.method == "exact" and match.score >= 99:
                    mention.text, mention.start = longer, prefix.start(1)
                    continue
            if mention.text.split()[-1] in ("University", "College", "Institute", "School"):
                located = re.match(
                    r" (?:in|at) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[\s,.;)]|$)", text[mention.end :]
                )
                if located:  # "Turin Polytechnic University in Tashkent": a branch the gazetteer knows
                    longer = f"{mention.text}{located.group(0)}"
                    match = self.gazetteer.resolve(longer)
                    if match is not None and match.method == "exact" and match.score >= 99:
                        mention.text, mention.end = longer, mention.start + len(longer)
                        continue
            self._extend_by_campus(mention, text)

    def _extend_by_campus(self, mention, text):
        """ "Indian Institute of Technology (IIT) Hyderabad", "University of California, Davis", "University
        of Illinois at Springfield", "King's College London": a campus or city printed after a name is part of
        it when the gazetteer knows the longer name exactly, or when the article prints the campus again after
        the acronym ("IIT Bhilai"); the grammar alone stops before it."""
        campus = _CAMPUS_AFTER.match(text, mention.end)
        if not campus:
            return
        acronym, link = campus.group("acronym"), campus.group("link").strip()
        places = campus.group("place").split()
        old_rule = not acronym and link == "" and mention.text.split()[-1] in _SCHOOL_LAST
        for count in (len(places), 1) if len(places) > 1 else (1,):
            place = " ".join(places[:count])
            if not old_rule and not all(_campus_word(word) for word in places[:count]):
                continue
            if self._campus_known(mention.text, link, place) or (
                acronym and self._campus_printed(acronym, place)
            ):
                mention.text = f"{mention.text} {'at ' if link == 'at' else ''}{place}"
                mention.end = campus.start("place") + len(place)
                mention.acronym = mention.acronym or acronym
                return

    def _campus_known(self, name, link, place):
        knows = getattr(self.gazetteer, "knows_name", lambda name: True)
        printed = {",": f"{name}, {place}", "at": f"{name} at {place}"}.get(link)
        for longer in (f"{name} {place}", printed) if printed else (f"{name} {place}",):
            if knows(longer):
                match = self.gazetteer.resolve(longer)
                if match is not None and match.method == "exact" and match.score >= 99:
                    return True
        return False

    def _campus_printed(self, acronym, place):
        return any(
            f"{acronym} {place}" in sentence.text or f"{acronym}-{place}" in sentence.text
            for sentence in self.sentences
        )

    def _extend_by_place_before(self, mentions):
        """ "Shanghai’s Jiao Tong University": a city's possessive before a name is part of the name where the
        gazetteer knows the two together exactly ("Shanghai Jiao Tong University")."""
        if self.gazetteer is None:
            return
        for mention in mentions:
            if mention.sentence >= len(self.sentences):
                continue
            before = self.sentences[mention.sentence].text[: mention.start]
            if not before[-1:].isspace():
                continue  # the cheap test first: most names follow a space, and few a possessive
            words = before.rsplit(None, 1)  # the last word only, not every word of the sentence
            place = words and words[-1].endswith(("’s", "'s")) and _PLACE_BEFORE.fullmatch(words[-1])
            if not place:
                continue
            longer = f"{place.group(1)} {mention.text}"
            match = self.gazetteer.resolve(longer)
            if match is not None and match.method == "exact" and match.score >= 99:
                mention.text, mention.start, mention.place = longer, before.rindex(words[-1]), None

    def _known_names(self, mentions):
        """Names the grammar cannot read ("Karolinska Institutet", "ETH Zurich", "Sciences Po") that the
        gazetteer knows exactly, where they stand as a party: "visited ETH Zurich", "Karolinska Institutet
        signed ...", "with KU Leuven", "Sciences Po and Lund University". A second source of mentions, so a
        known institution is found whatever its shape."""
        if self.gazetteer is None:
            return []
        found = []
        # a cheap dictionary test before resolve(); a stand-in gazetteer (tests) may lack it
        knows = getattr(self.gazetteer, "knows_name", lambda name: True)
        in_sentence = {}  # each candidate is compared with its own sentence's names, not the article's
        defined = {m.acronym for m in mentions if m.acronym}  # "(Unisa)": the article's, not the gazetteer's
        for mention in mentions:
            in_sentence.setdefault(mention.sentence, []).append(mention)
        for index, sentence in enumerate(self.sentences):
            text = sentence.text
            here = in_sentence.get(index, [])
            for start, end in _name_candidates(text):
                name = text[start:end]
                if (
                    len(name) < 4
                    or name.isupper()
                    or name in defined
                    or any(m.start < end and start < m.end for m in here)
                ):
                    continue
                if (
                    knows(name)
                    and self._party_here(text, start, end, index, here)
                    and self._known_exactly(name)
                ):
                    found.append(PrintedName(name, index, start, end, "Known"))
                elif (
                    not sentence.is_title  # a headline capitalises every word
                    and _a_body_by_its_role(text, start, end, here)
                    and not self._a_titled_person(name)
                ):  # a name no grammar reads, kept by its role
                    found.append(PrintedName(name, index, start, end, "Role"))
        return found

    def _a_titled_person(self, name):
        """Is `name` printed after a person's title somewhere in the article ("President Orrin Vale")?"""
        after_title = re.compile(TITLE_RIGHT_BEFORE.pattern.removesuffix("$") + re.escape(name), re.I)
        return any(after_title.search(sentence.text) for sentence in self.sentences)

    def _known_exactly(self, name):
        """Does the gazetteer know `name` exactly, as a body that signs (not a programme nor a unit)?"""
        known = self.gazetteer.resolve(name)
        return (
            known is not None
            and known.method == "exact"
            and known.score >= 99
            and not _NOT_PARTIES.search(known.entry.name)
            and not _GENERIC_NAME.fullmatch(name)
        )

    @staticmethod
    def _party_here(text, start, end, index, mentions):
        """Where a party stands, or coordinated with a name the grammar read."""
        if _stands_as_party(text, start, end):
            return True
        return any(
            m.sentence == index
            and (
                (m.end <= start and _JOINED.fullmatch(text, m.end, start))
                or (end <= m.start and _JOINED.fullmatch(text, end, m.start))
            )
            for m in mentions
        )

    def _list_members(self, mentions):
        """Members of a list of institutions whose names lack a head word ("CentraleSupelec, SKEMA Business
        School, National University of Singapore ..."): kept when the gazetteer knows them exactly."""
        if self.gazetteer is None:
            return []
        found = []
        by_sentence = {}
        for mention in mentions:
            by_sentence.setdefault(mention.sentence, []).append(mention)
        for index, group in by_sentence.items():
            if len(group) < 2:
                continue
            text = self.sentences[index].text
            for match in re.finditer(
                r"(?:^|,\s+|\band\s+)([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?=,|\s+and\b|\s+etc\b)", text
            ):
                start, end = match.span(1)
                if any(m.start < end and start < m.end for m in group):
                    continue
                if not any(abs(m.start - end) <= 6 or abs(start - m.end) <= 6 for m in group):
                    continue  # not next to a name the grammar found: not a list of institutions
                resolved = self.gazetteer.resolve(match.group(1))
                if (
                    resolved is not None
                    and resolved.method == "exact"
                    and resolved.score >= 99
                    and len(match.group(1)) >= 6
                ):
                    found.append(PrintedName(match.group(1), index, start, end, "Listed"))
        return found

    def _stated_country(self, mention):
        """A country the article states: ", Ukraine", "(Japan)"; a nationality word in front counts only when
        the name is also printed without it ("Iranian Jundishapur University" and "Jundishapur
        University")."""
        if mention.country and _demonym_prefixed(mention.text):
            first, rest = mention.text.split(" ", 1)
            if any(_printed_without(s.text, f"{first} ", rest) for s in self.sentences):
                return mention.country
            return None
        return mention.country

    def _brand_names(self):
        """A university known by one word ("Josai formed ...", "a Josai delegation"): a capitalised word used
        twice as an actor, which the gazetteer knows as "<word> University"."""
        if self.gazetteer is None:
            return
        counts = {}
        for index, sentence in enumerate(self.sentences):
            if not _BRAND_ACTOR_PAIR.search(sentence.text):
                continue  # (lexicon: the word and the verb every match holds, found faster)
            for match in _BRAND_ACTOR.finditer(sentence.text):
                word = match.group(1)
                if country_code(word) or word in _NOT_BRANDS:
                    continue
                counts.setdefault(word, []).append((index, match.start(1), match.end(1)))
        for word, places in counts.items():
            if len(places) < 2 or any(word in name.split() for item in self.items for name in item.names):
                continue
            match = self.gazetteer.resolve(f"{word} University")
            if match is None or match.method != "exact":
                continue
            item = InstitutionMention(
                names=[],
                short_forms=[word],
                footer_only=False,
                canonical=match.entry.name,
                ror=match.entry.ror,
                country=match.entry.country,
                kind=match.entry.kind,
            )
            item.mentions.extend(places)
            item.in_title = any(self.sentences[i].is_title for i, _, _ in places)
            self.items.append(item)

    def _merge_clusters(self, by_canonical=False):
        merged = True
        while merged:
            merged = False
            for i, a in enumerate(self.items):
                for b in self.items[i + 1 :]:
                    if by_canonical:
                        same = a.canonical and a.canonical == b.canonical
                    else:
                        loose = self._title_only(a) or self._title_only(b)
                        same = any(same_institution(x, y, loose) for x in a.names for y in b.names)
                    if same:
                        self._absorb(a, b)
                        merged = True
                        break
                if merged:
                    break

    def _merge_shortened_names(self):
        """ "the Kestrel City College of Vocational Technology ... Kestrel City College", "the Pedagogical
        University of Dunmore" after "Saint Olwen Pedagogical University of Dunmore": a name printed again
        without its opening or closing words is the same body, where the words left out hold no head word of
        their own (the "Dunmore Foundation Hospital" is not the "Dunmore Foundation") and the gazetteer does
        not tell the two apart (a longer name it does not know, printed around a name it knows, is the known
        body). The longer name is the body's and the shorter one its alias, but for a school printed again
        with one of its units after it ("University of X College of Y"): the school keeps its own name."""
        index = _ShortenedNameIndex(self.items)
        for short in list(self.items):
            if short not in self.items or not _may_shorten(short):
                continue  # absorbed already, or a name of one word: no longer name prints it shorter
            near = index.near(short.names[0])  # the bodies worth comparing, in the order of self.items
            candidates = (item for item in self.items if id(item) in near and item is not short)
            long = next((item for item in candidates if _shortens(short, item)), None)
            if long is None:
                continue
            if short.canonical and long.canonical and long.canonical != short.canonical:
                continue  # "Shenyang University" is not "Shenyang University of Chemical Technology"
            if any(_unit_after_its_school(a, b) for a in short.names for b in long.names):
                self._absorb(short, long)  # the school keeps its own name; its unit's is an alias
                index.add(short)
            else:
                self._absorb(long, short)
                index.add(long)

    def _title_only(self, item):
        return all(self.sentences[i].is_title for i, _, _ in item.mentions if i < len(self.sentences))

    def _acronym_with_its_head(self):
        """ "SUSTech University Council" after "Southern University of Science and Technology (SUSTech)": an
        institution's acronym with a head word after it is that institution, not another."""
        for item in list(self.items):
            for name in item.names:
                printed = _ACRONYM_AND_HEAD.fullmatch(name)
                owner = printed and next(
                    (
                        other
                        for other in self.items
                        if other is not item and printed.group(1) in other.acronyms
                    ),
                    None,
                )
                if owner is not None and item in self.items:
                    self._absorb(owner, item)
                    break

    def _absorb(self, keeper, other):
        for name in other.names:
            if name not in keeper.names:
                keeper.names.append(name)
        for acronym in other.acronyms:
            if acronym not in keeper.acronyms:
                keeper.acronyms.append(acronym)
        keeper.mentions.extend(other.mentions)
        keeper.places.extend(p for p in other.places if p not in keeper.places)
        keeper.country = keeper.country or other.country
        keeper.footer_only = keeper.footer_only and other.footer_only
        keeper.in_title = keeper.in_title or other.in_title
        keeper.named_by_title = keeper.named_by_title and other.named_by_title
        if not keeper.canonical and other.canonical:
            keeper.canonical, keeper.ror, keeper.kind = other.canonical, other.ror, other.kind
            keeper.country = other.country or keeper.country
        self.items.remove(other)

    def _accept(self, item, match):
        if match is None or match.score < MIN_SCORE or any(_contradicts(n, match) for n in item.names):
            return False
        entry = match.entry
        if item.country and entry.country and entry.country != item.country:
            return False
        item.canonical, item.ror = entry.name, entry.ror
        item.country = entry.country or item.country
        item.kind = entry.kind
        return True

    def _resolve(self):
        if self.gazetteer is None:
            return
        for item in self.items:
            if item.canonical:
                continue
            for name in sorted(item.names, key=lambda n: (_demonym_prefixed(n), -len(n))):
                if any(
                    self._accept(item, self.gazetteer.resolve(v, country=item.country))
                    for v in lookup_forms(name)
                ):
                    break

    def _bind_acronyms(self, footer_offset):
        occurrences = {}
        for index, sentence in enumerate(self.sentences):
            for token, start, end in find_acronyms(sentence.text, index):
                if self._inside_name(index, start, end):
                    continue
                occurrences.setdefault(token, []).append((index, start, end))
        for token, places in occurrences.items():
            if token in self.not_institutions or all(
                _in_a_shouted_run(self.sentences[i].text, start, end) for i, start, end in places
            ):
                continue  # "... BETWEEN SOUTH CHINA UNIVERSITY OF TECHNOLOGY AND ...": words, not acronyms
            parent = self.unit_acronyms.get(token)
            if parent is not None:  # a unit's acronym: a mention of its institution, not a name of it
                owner = next((item for item in self.items if parent in item.names), None)
                if owner is not None:
                    owner.mentions.extend(places)
                continue
            owner = next((item for item in self.items if token in item.acronyms), None)
            if owner is None:
                fits = [  # not one that has an acronym of its own: "KNUST" is no "UESTC" read off its name
                    item
                    for item in self.items
                    if not item.acronyms
                    and any(_spelt_from_its_start(token, name) for name in item.all_names() if name != token)
                ]
                if len(fits) == 1:
                    owner = fits[0]
            if owner is None and self.gazetteer is not None:
                known = self.gazetteer.by_acronym(token)
                entries = self._settled_by_the_words_before(token, places, known)
                entries = self._settled_by_a_word_of_the_page(self._settled_by_the_countries(entries))
                named = [item for item in self.items if item.canonical in {e.name for e in entries}]
                if len(named) == 1:
                    owner = named[0]
                elif (
                    len(entries) == 1
                    and (len(places) >= 2 or any(self.sentences[i].tells_topic for i, _, _ in places))
                    and (len(known) > 1 or self._plausible_here(entries[0]))  # settled by a word of its name
                ):
                    entry = entries[
                        0
                    ]  # an acronym only the gazetteer knows: trusted when the article repeats it
                    owner = InstitutionMention(
                        canonical=entry.name, ror=entry.ror, country=entry.country, kind=entry.kind
                    )
                    self.items.append(owner)
            if owner is None:
                if not self._acts_as_institution(token, places):
                    continue
                owner = InstitutionMention()
                self.items.append(owner)
            if token not in owner.acronyms:
                owner.acronyms.append(token)
            owner.places.extend(p for p in self._places_after(places) if p not in owner.places)
            owner.footer_only = False
            owner.mentions.extend(places)
            owner.in_title = owner.in_title or any(self.sentences[i].is_title for i, _, _ in places)

    def _places_after(self, places):
        """The places printed right after an acronym's mentions ("held at KVT in Velmora"), read as a name's
        are."""
        for index, _, end in places:
            place = _PLACE_AFTER.match(self.sentences[index].text, end)
            if place and not any(w in HEADS for w in place.group(place.lastindex).split()):
                yield place.group(place.lastindex)

    def _settled_by_the_words_before(self, token, places, entries):
        """An acronym the gazetteer knows for several institutions, printed after a word of one of their names
        ("D. Serikbaev EKSTU": the eponym's): that one."""
        if len(entries) < 2:
            return entries
        before = {
            word.lower()
            for index, start, _ in places
            for word in re.findall(r"[^\W\d_]{4,}", self.sentences[index].text[max(0, start - 30) : start])
        }
        fits = [entry for entry in entries if _a_word_spelt_alike(before, entry.name)]
        return fits if len(fits) == 1 else entries

    def _settled_by_the_countries(self, entries):
        """An acronym the gazetteer knows for several bodies of which one only is a school of a country the
        article names, or one of its institutions is in ("UCC" on a page about Ghana): that school."""
        if len(entries) < 2:
            return entries
        countries = self._countries_named()
        fits = [e for e in entries if e.kind in ("university", None) and e.country in countries]
        return fits if len(fits) == 1 else entries

    def _settled_by_a_word_of_the_page(self, entries):
        """An acronym the gazetteer knows for several schools, only one of which has a word of its name the
        page prints ("RTU" on a page that names Riga): that school."""
        if len(entries) < 2:
            return entries
        if self._printed_words is None:
            self._printed_words = {
                w.lower() for s in self.sentences for w in re.findall(r"[^\W\d_]{4,}", s.text)
            }
        fits = [
            entry
            for entry in entries
            if entry.kind in ("university", None)
            and any(
                word in self._printed_words
                for word in re.findall(r"[^\W\d_]{4,}", entry.name.lower())
                if word not in GENERIC_WORDS
            )
        ]
        return fits if len(fits) == 1 else entries

    def _countries_named(self):
        """The countries of the article's institutions and those its words name ("Ghana", "Ghanaian")."""
        if self._printed_countries is None:
            self._printed_countries = {
                country_code(word)
                for sentence in self.sentences
                for word in re.findall(r"[A-Z][a-z]+", sentence.text)
            }
        return self._printed_countries | {item.country for item in self.items if item.country}

    def _plausible_here(self, entry):
        """An institution known only by the gazetteer's acronym: an academic one from a country the article
        names, or of a country one of its institutions is in (not a soybean board for "VSB")."""
        if entry.kind not in ("university", "joint_institute", None):
            return False
        if entry.country is None or any(item.country == entry.country for item in self.items):
            return True
        return any(
            country_code(word) == entry.country
            for sentence in self.sentences
            for word in re.findall(r"[A-Z][a-z]+", sentence.text)
        )

    def _acts_as_institution(self, token, places):
        """An acronym nobody defines is kept when it is used twice, not only as part of a person's name
        ("SUN Junjian"), or once as a party beside named institutions ("with Pusan National University and
        LGE")."""
        places = [
            (i, s, e) for i, s, e in places if not _in_words_printed_in_capitals(self.sentences[i].text, s, e)
        ]
        if not places:
            return (
                False  # "a memorandum named “MEMORANDUM ... BETWEEN X UNIVERSITY AND Y”": words in capitals
            )
        if token in POSTNOMINAL_HONOURS and all(
            re.search(r"[\w.]\s*,\s*$", self.sentences[i].text[:s]) for i, s, _ in places
        ):
            return False  # "Professor A B, OON, FAS welcomed them": honours printed after a name
        free = [
            (i, s, e)
            for i, s, e in places
            if not re.match(r"\s+[A-Z][a-z]", self.sentences[i].text[e:])
            or re.match(
                r"\s+(?:[A-Z][a-z]+\s+)?(?:University|Institute|College|Business|Company)",
                self.sentences[i].text[e:],
            )
        ]
        if not any(_AFTER_A_LINK.search(self.sentences[i].text[:s]) for i, s, _ in places) and any(
            self._shouted_surname(token, self.sentences[i].text[e:])
            for i, _, e in places
            if not self.sentences[i].is_title  # "CNU Led a Delegation": a headline capitalises every word
        ):
            return False  # "GUO Yurong met the guests. GUO first briefed them": a person's surname
        if all(
            self._surname_after_a_name(token, self.sentences[i].text[:s])
            or _GIVEN_NAME_IN_CAPITALS.match(self.sentences[i].text, e)
            or _part_of_a_persons_name(token, self.sentences[i].text, s, e)
            for i, s, e in places
        ):
            return (
                False  # "President Lin BARO said", "Prime Minister TAKEVA": a surname after its name or title
            )
        if len(places) >= 2 and free:
            return True
        for i, s, e in places:
            text = self.sentences[i].text
            if re.search(
                r"(?:University|Institute|College|Universit\w+|Company|Limited)\s*(?:,|and)\s*$", text[:s]
            ) or re.match(
                r"\s*(?:,|and)\s+(?:the\s+)?[A-Z][\w’'-]+ (?:\w+ )*?(?:University|Institute)", text[e:]
            ):
                return True
            if not self.sentences[i].is_title and (
                _acronym_stands_as_party(text, s, e) or _acronym_in_a_bodys_role(text, s, e)
            ):
                return True
        return False

    @staticmethod
    def _shouted_surname(token, after):
        """Is `token`, printed before `after`, a surname in capitals ("LI Ming", "ZHENG Chunmiao") rather
        than an acronym? A surname is pronounced (a vowel after its first letter: not "USST", "UCC") and is
        followed by one given name, not by a title, a word of an institution's name ("NASA Administrator") or
        a whole name ("PATS Aigul Bekova"). The caller also asks that no mention reads as an institution's
        ("a delegation of GUO")."""
        if not token.isupper() or not re.search(r"[AEIOUY]", token[1:]):
            return False
        given = re.match(r"\s+([A-Z][a-z]+(?:-[a-z]+)?)(?![\w’'])(?!\s+[A-Z][a-z])", after)
        if given is None:
            return False
        word = given.group(1)
        return (
            bool(_NAME_TOKEN.fullmatch(word))
            and word not in _NOT_NAME
            and word.lower() not in _TITLE_WORDS
            and word not in HEADS
            and not is_known_place(word)
            and country_code(word) is None  # "USAID India senior advisor": a country, not a given name
        )

    @staticmethod
    def _surname_after_a_name(token, before):
        """Is `token`, printed after `before`, a surname in capitals that follows a given name or a title
        ("President Lin BARO", "Prime Minister TAKEVA", "PM TAKEVA") rather than an acronym? A surname is
        pronounced (a vowel after its first letter: not "USST"); the word before is a title, or a given name:
        no place, country, head word or other word that opens no person's name."""
        if not token.isupper() or not re.search(r"[AEIOUY]", token[1:]):
            return False
        word = re.search(r"(?<![\w’'.-])([A-Z][\w’'-]*)\s+$", before)
        if word is None:
            return False
        word = word.group(1)
        if word.lower() in _TITLE_WORDS or word in SURNAME_TITLES:
            return True
        if word.isupper() and len(word) >= 4 and re.search(r"[AEIOUY]", word[1:]) and before.endswith(" "):
            return True  # "ODILE BARO": a whole name in capitals, the given name pronounced too
        return (
            word[1:].islower()
            and bool(_NAME_TOKEN.fullmatch(word))
            and word not in _NOT_NAME
            and not is_known_place(word)
            and country_code(word) is None
        )

    def _resolve_by_acronym(self):
        """A name the gazetteer finds ambiguous ("Kazan University") settles with the article's acronym
        (KFU)."""
        if self.gazetteer is None:
            return
        bound = {a for item in self.items for a in item.acronyms}
        free = (
            {
                token
                for token, _, _ in (
                    t for index, s in enumerate(self.sentences) for t in find_acronyms(s.text, index)
                )
            }
            - bound
            - self.not_institutions
        )
        for item in self.items:
            if item.canonical:
                continue
            for name in item.names:
                candidates = _candidates(self.gazetteer, name, item.country)
                candidates = [c for c in candidates if not _contradicts(name, c)]
                fits = [
                    c
                    for c in candidates
                    if any(a in c.entry.acronyms or abbreviates(a, c.entry.name) for a in item.acronyms)
                ]
                if not fits and free:  # "Kazan University" and, elsewhere, "KFU"
                    fits = [c for c in candidates if any(a in c.entry.acronyms for a in free)]
                    if len(fits) == 1:
                        item.acronyms.extend(a for a in free if a in fits[0].entry.acronyms)
                if len(fits) == 1 and fits[0].score >= 80:
                    entry = fits[0].entry
                    item.canonical, item.ror, item.kind = entry.name, entry.ror, entry.kind
                    item.country = entry.country or item.country
                    break
            if not item.canonical and item.acronyms and not item.names:
                entries = self.gazetteer.by_acronym(item.acronyms[0], country=item.country)
                if len(entries) == 1 and entries[0].kind in ("university", "joint_institute", None):
                    entry = entries[0]
                    item.canonical, item.ror, item.kind = entry.name, entry.ror, entry.kind
                    item.country = entry.country or item.country

    def _country_by_acronym(self):
        """ "SISU" (Shanghai or Sichuan International Studies University), "FAFU University": where every
        institution the gazetteer knows by the article's acronym lies in one country, that is the country,
        though the name stays unsettled. Only where that says more than letters in common: several bodies
        of that country share the acronym, the article spells out the name it stands for, or the gazetteer
        knows one body only by it and the article calls it a school as the gazetteer does ("BUAA
        University"). A lone body abroad bearing letters the article gives a body of another kind, or the
        one school left among bodies of many countries ("IP University"), is a coincidence (on the tuning
        sets such a lone namesake gave 2 countries right and 6 wrong, or where the page states none)."""
        if self.gazetteer is None:
            return
        for item in self.items:
            if item.country or not item.acronyms:
                continue
            known = entries = self.gazetteer.by_acronym(item.acronyms[0], country=None)
            spelt = [n for n in item.names if not any(a in n.split() for a in item.acronyms)]
            if spelt and not any(same_institution(n, e.name, loose=True) for n in spelt for e in entries):
                continue  # "Mekong Universities Network (MUN)": the article's MUN, not the gazetteer's
            school = item.names and all(_kind_from_name(n) in _SCHOOL_KINDS for n in item.names)
            if school:
                entries = [e for e in entries if e.kind in _SCHOOL_KINDS]  # "INTI University": no agency
            countries = {entry.country for entry in entries}
            telling = len(entries) > 1 or spelt or (school and len(known) == 1)
            if telling and len(countries) == 1 and None not in countries:
                item.country = countries.pop()

    def _country_by_the_article_countries(self):
        """ "CNU" (a Korean, a Chinese, a Philippine university...), "Saint Mary's University" (Canada, the
        Philippines, the United Kingdom): a name or acronym the gazetteer knows in several countries, of which
        the article names exactly one ("Korean and Japanese universities", "to Poland and the UK"). Only the
        country is taken: which of that country's bodies it is stays unsettled."""
        if self.gazetteer is None or all(item.country for item in self.items):
            return
        named = None  # read at the first name known in several countries (most articles have none)
        for item in self.items:
            if item.country:
                continue
            spelt = [n for n in item.names if not any(a in n.split() for a in item.acronyms)]
            if any(_kind_from_name(n) == "government" for n in spelt):
                continue  # "Ministry of Education": every country has one, its own country is not in the name
            fits = {m.entry.country for name in spelt[:2] for m in self._near_namesakes(name)}
            for acronym in item.acronyms[:1]:
                fits |= {
                    e.country
                    for e in self.gazetteer.by_acronym(acronym, country=None)
                    if e.country and (not spelt or any(_spelt_alike(n, e.name) for n in spelt))
                }
            if len(fits) < 2:
                continue
            if named is None:  # before any country is set here, as the text it reads hangs on them
                named = countries_named(self._text_without_stated_countries())
            settled = fits & named
            if len(settled) == 1:
                item.country = settled.pop()

    def _text_without_stated_countries(self):
        """The article's text without each country printed right after a name that has that country ("signed
        with X in USA"): it is that institution's country, not one the article names for the others."""
        texts = [s.text for s in self.sentences]
        for item in self.items:
            for index, _, end in item.mentions:
                if index >= len(texts) or not item.country:
                    continue
                stated = COUNTRY_AFTER.match(texts[index][end:])
                if stated and country_code(stated.group(1)) == item.country:
                    at, to = end + stated.start(1), end + stated.end(1)
                    texts[index] = texts[index][:at] + " " * (to - at) + texts[index][to:]
        return " ".join(texts)

    def _country_of_the_namesakes(self):
        """ "University of Tetova" (the gazetteer has "State University of Tetova"): a school's name the
        gazetteer does not settle, whose near namesakes (every distinctive word printed alike) all lie in one
        country, is in that country. Its record stays unsettled: a near name may be a sister school, but of
        the same place. Not for institutes and centres, whose names are mostly their fields ("Coastal
        Research Institute"), nor ministries."""
        if self.gazetteer is None:
            return
        for item in self.items:
            spelt = [n for n in item.names if _distinctive(_words(n)) and n not in item.acronyms]
            if item.country or not spelt or any(not _SCHOOL_HEAD.search(n) for n in spelt):
                continue
            countries = {m.entry.country for m in self._near_namesakes(max(spelt, key=len))}
            if len(countries) == 1:
                item.country = countries.pop()

    def _country_of_the_list(self):
        """ "Universidad de Los Andes, Universidad Javeriana, Universidad de la Salle and ...": a school whose
        country nothing else gives, printed in a list of three or more schools whose other members all lie in
        one country (two at least), is in that country. A pair is no list: partners are mostly of two
        countries."""
        for index in {i for item in self.items for i, _, _ in item.mentions if i < len(self.sentences)}:
            for members in self._lists_in(index):
                known = {item.country for item in members if item.country}
                if len(members) < 3 or len(known) != 1 or sum(1 for m in members if m.country) < 2:
                    continue
                country = known.pop()
                for item in members:
                    if self._a_school_without_country(item):
                        item.country = country

    def _country_of_the_national_bodies(self):
        """ "the Ministry of Health" beside a Ruritanian university, "the Water Commission" and two Ruritanian
        schools: a ministry, commission, centre or foundation (no school, company or network of members, whose
        members are mostly of many countries) of a country it does not name, whose sentences name
        institutions of one country only, is that country's."""
        for item in self.items:
            kind = item.kind or (_kind_from_name(item.names[0]) if item.names else None)
            if item.country or kind not in ("government", "other"):
                continue
            sentences = {index for index, _, _ in item.mentions if index < len(self.sentences)}
            beside = {  # another state's ministry beside it tells nothing ("the ministries of X and of Y")
                other.country
                for other in self.items
                if other is not item
                and other.kind != "government"
                and any(index in sentences for index, _, _ in other.mentions)
            }
            if len(beside) == 1 and None not in beside:
                item.country = beside.pop()

    def _country_the_sentences_of_a_body_name(self):
        """ "Velmora, Ruritania: the Velmora county government signed ...", "the Council of Rectors met the
        guests during their visit to Ruritania", "Orvane University, Ruritania, signed ...", "three
        Ruritanian firms signed with A and Orvane Cement Ltd": a body whose name gives no country (nor
        names a region or the world), and whose sentences name one country only outside the article's
        names and the countries printed after them ("B University, Freedonia"), is of that country. Not a
        ministry: every state has one, and the country named may be its partner's or its travellers'; nor
        a body known only by an acronym, whose sentences mostly name where it went."""
        for item in self.items:
            if item.country or not [name for name in item.names if name not in item.acronyms]:
                continue
            words = {w for n in item.names for w in re.findall(r"[\w’']+", n)}
            if words & BEYOND_ONE_STATE_WORDS or "Ministry" in words:
                continue
            sentences = {index for index, _, _ in item.mentions if index < len(self.sentences)}
            named = set()
            school = _kind_from_name(item.names[0]) in _SCHOOL_KINDS
            for index in sentences:
                if countries_named(self.sentences[index].text):  # (most sentences name no country)
                    named |= countries_named(self._text_outside_names_and_phrases(index, school))
            if len(named) == 1:
                item.country = named.pop()

    def _country_no_other_body_has(self):
        """ "Orvane University delegation visits China ... leaders of Orvane's Ruritanian campus": the one
        body still without a country takes the one country the article names that none of its other bodies
        has (most often the publisher's own, which its partners' pages never need to state). Not a state
        body (the ministry of a country named for another reason), nor a body of many states; the place a
        trip went to and a country printed with another body's name are that trip's and that body's."""
        left = [item for item in self.items if not item.country]
        if len(left) != 1 or (not left[0].names and not left[0].acronyms):
            return
        item = left[0]
        words = {w for n in item.names for w in re.findall(r"[\w’']+", n)}
        if words & BEYOND_ONE_STATE_WORDS or any(_kind_from_name(n) == "government" for n in item.names):
            return
        others = {other.country for other in self.items}
        named = set()
        for index, sentence in enumerate(self.sentences):
            if countries_named(sentence.text) - others:  # (a cheap question first: most name none)
                named |= countries_named(self._text_outside_names_and_phrases(index, True))
        named -= others
        if len(named) == 1:
            item.country = named.pop()

    def _text_outside_names_and_phrases(self, index, school):
        """Sentence `index` outside the bodies' names and the countries printed with them, and, for a
        school, without a "<nationality> universities" phrase: it tells the other side's country ("Orvane
        University signs with two Ruritanian universities"), where for a commission it tells its own
        ("the Commission's ties with Ruritanian universities"); nor the place a trip went to ("during a
        visit to Ruritania, Orvane University ..."), nor a nationality before people ("the Ruritanian
        guests"): the school may be the host of those guests."""
        sentence, text = self.sentences[index], self._text_outside_names(index)
        if not school:
            return text
        for found in NATIONALITY_SCHOOLS.finditer(sentence.text):
            if self._described_countries(index, sentence, found):
                start, end = found.span()
                text = text[:start] + " " * (end - start) + text[end:]
        for found in (*TRAVEL_DESTINATION.finditer(text), *NATIONALITY_OF_PEOPLE.finditer(text)):
            start, end = found.span(1)
            text = text[:start] + " " * (end - start) + text[end:]
        return text

    def _text_outside_names(self, index):
        """Sentence `index` with every institution's printed name blanked out, and the country printed
        right after or before a name that has that country ("Adal University, Freedonia", "Freedonia's
        Adal University")."""
        text = self.sentences[index].text
        for other in self.items:
            for i, start, end in other.mentions:
                if i != index or end > len(text):
                    continue
                if other.country:
                    stated = COUNTRY_AFTER.match(text[end:])
                    if stated and country_code(stated.group(1)) == other.country:
                        end += stated.end(1)
                    owner = COUNTRY_POSSESSIVE_BEFORE.search(text, 0, start)
                    words = owner.group(1).split() if owner else []
                    for k in range(len(words)):  # "Rector Pakistan's": the country is the run's tail
                        if country_code(" ".join(words[k:])) == other.country:
                            start = owner.end(1) - len(" ".join(words[k:]))
                            break
                text = text[:start] + " " * (end - start) + text[end:]
        return text

    def _country_of_a_kin_in_the_article(self):
        """ "Kestrel College" beside "Kestrel College of Music, Ruritania", "Xanadu Vocational College" beside
        "Xanadu University": a name whose first distinctive word opens or stands in the names of the article's
        institutions of one country only is of that country (a short form of one of them, or a school of the
        same city)."""
        for item in self.items:
            spelt = [n for n in item.names if n not in item.acronyms]
            if item.country or not spelt or _kind_from_name(spelt[0]) == "government":
                continue  # "Ministry of Education ..." shares its words with every other state's
            words = _distinctive(_words(max(spelt, key=len)))
            if not words:
                continue
            kin = {
                other.country
                for other in self.items
                if other is not item
                and other.country
                and any(
                    words[0] in _words(n)
                    for n in other.names + ([other.canonical] if other.canonical else [])
                )
            }
            if len(kin) == 1:
                item.country = kin.pop()

    @staticmethod
    def _a_school_without_country(item):
        return (
            not item.country
            and item.kind in (None, *_SCHOOL_KINDS)
            and bool(item.names)
            and all(_kind_from_name(n) in _SCHOOL_KINDS for n in item.names)
        )

    def _lists_in(self, index):
        """The runs of institutions in sentence `index` joined by commas and "and", each a list of items."""
        text = self.sentences[index].text
        # Sorted by place only: two bodies may claim the same printed words, and bodies do not compare.
        placed = sorted(
            ((s, e, item) for item in self.items for i, s, e in item.mentions if i == index),
            key=lambda found: found[:2],
        )
        runs, run, last_end, last_span = [], [], None, None
        for s, e, item in placed:
            if (s, e) == last_span:
                continue  # the same words claimed again: one place in the list
            last_span = (s, e)
            if run and last_end is not None and last_end <= s and _JOINED.fullmatch(text, last_end, s):
                if item not in run:
                    run.append(item)
            else:
                if len(run) > 1:
                    runs.append(run)
                run = [item]
            last_end = e
        if len(run) > 1:
            runs.append(run)
        return runs

    def _near_namesakes(self, name):
        """The gazetteer's bodies printed with this name or one a spelling away ("St Mary's University")."""
        return [
            m
            for m in _candidates(self.gazetteer, name, None)
            if m.score >= _NAMESAKE_SCORE
            and m.entry.country
            and not _contradicts(name, m, NAMESAKE_WORD_RATIO)
        ]

    def _countries_from_names(self):
        """Where the gazetteer gives no country, what the name itself states: a parent university after a
        comma ("University of Foreign Languages, Hue University"), a nationality word before a ministry, a
        council or a company, not a school ("Chinese Foreign Ministry", "Russian Rectors' Union"), a country's
        name closing it ("Colleges and Institutes Ruritania"), or a place word the gazetteer knows in one
        country only ("Zhejiang", "Hannover")."""
        for item in self.items:
            if item.country:
                continue
            for name in item.names:
                country = None
                parent = re.search(r",\s*([^,]+)$", name)
                if parent and self.gazetteer is not None:
                    match = self.gazetteer.resolve(parent.group(1))
                    if match is not None and match.score >= MIN_SCORE and match.method == "exact":
                        country = match.entry.country
                opening = nationality_opening(name.split()[:2])
                if (
                    not country
                    and opening
                    and (_kind_from_name(name) not in _SCHOOL_KINDS or _nation_names_the_school(name))
                ):
                    country = opening  # "Russian Public Council", "Korean Ministry", "South African Embassy"
                    # ("American University of Sharjah" is not in the United States)
                country = country or _nation_the_name_states(name)
                sender = _MISSION_OF.match(name)
                if (
                    not country and sender
                ):  # "Embassy of Vietnam in Russia": the country that sends the mission
                    country = country_code(sender.group(1))
                country = (
                    country
                    or country_in_name(name)
                    or (None if self._composite(item, name) else country_from_known_places(name))
                )
                country = country or self._country_of_the_words(name) or self._country_of_the_places(item)
                if country:
                    item.country = country
                    break
            if not item.names:  # "held at KVT in Velmora": an acronym's place
                item.country = item.country or self._country_of_the_places(item)

    def _country_of_the_places(self, item):
        """The country of the first place printed right after the body's name that names one ("Putin Animal
        Feed Company Limited, Vinh Long City", "KVT in Velmora")."""
        for place in item.places if self.gazetteer is not None else ():
            country = (
                country_code(place)
                or country_from_known_places(place)
                or country_from_place_words(place, self.gazetteer)
            )
            if country:
                return country
        return None

    def _country_of_the_body_a_name_opens_with(self):
        """ "Velmora Hochschule Nordtal University of Applied Sciences", "Orvendale University Teaching
        Hospital": a name the gazetteer does not settle, whose opening words it knows exactly as one body's
        name, is of that body's country (a unit of it, or the same school told twice)."""
        if self.gazetteer is None:
            return
        for item in self.items:
            if item.country:
                continue
            for name in item.names:
                words = name.split()
                if any(w in BEYOND_ONE_STATE_WORDS for w in words):
                    continue  # "World Bank Group": no one state's
                for k in range(len(words) - 1, 1, -1):
                    if not any(_distinctive_opening(w) for w in words[:k]):
                        continue  # "Technical University of Applied Sciences": any state's
                    match = self.gazetteer.resolve(" ".join(words[:k]))
                    if match is not None and match.method == "exact" and match.score >= 99:
                        item.country = match.entry.country
                        break
                if item.country:
                    break

    def _country_of_the_words(self, name):
        """The country whose name closes the body's name ("Colleges and Institutes Ruritania"), else the one
        its place words point to, unless the name names other countries ("Group of Eight Ruritania" is not
        where "Eight" stands in the gazetteer's names; "Portugal-Ruritania Chamber" is in neither Japan nor
        Korea)."""
        closing = country_closing_name(name)
        if closing or self.gazetteer is None:
            return closing
        named = countries_in_name(name)
        country = country_from_place_words(name, self.gazetteer)
        return country if len(named) < 2 or country in named else None

    def _country_of_the_schools_described(self):
        """ "Harbourside College partners with a Chilean university", "KVTU signs MoUs with five Peruvian
        universities": a nationality before a common noun for schools describes the schools the article
        names elsewhere. Where the article's phrases name one country only, the schools the gazetteer leaves
        without a country take it (one school for "a Chilean university"), unless named in a sentence that
        holds the phrase (there it is the other side: "KVTU")."""
        # The schools that could take a country, listed first: in most articles every school has one (22 of
        # the 25 dev+seed articles), and then no sentence need be searched for the phrase.
        unplaced = [
            item
            for item in self.items
            if not item.country and item.names and _kind_from_name(item.names[0]) == "university"
        ]
        if not unplaced:
            return
        described, sentences, plural = set(), set(), False
        for index, sentence in enumerate(self.sentences):
            for found in NATIONALITY_SCHOOLS.finditer(sentence.text):
                codes = self._described_countries(index, sentence, found)
                described |= codes
                sentences |= {index} if codes else set()
                plural = plural or (bool(codes) and found.group("noun").lower().endswith("s"))
        if len(described) != 1:
            return
        schools = [item for item in unplaced if not any(index in sentences for index, _, _ in item.mentions)]
        for item in schools if plural or len(schools) == 1 else []:
            item.country = next(iter(described))

    def _described_countries(self, index, sentence, found):
        """The countries of a "<nationality> universities" phrase, if it is one: a nationality word (not a
        country's name: "Kenya University"), the noun in small letters outside a headline, no part of a name
        the article reads ("the Chinese University of Hong Kong"), with the nationality coordinated before it
        ("Chilean and Peruvian universities": two countries)."""
        nation, noun = found.group("nation"), found.group("noun")
        if not country_code(nation):
            nation = nation.split()[-1]  # "Leading Norwegian Universities": the word before the noun
        code = country_code(nation)
        if not code or is_country_name(nation) or (noun[0].isupper() and not sentence.is_title):
            return set()
        start, end = found.span()
        for item in self.items:
            if any(i == index and s < end and start < e for i, s, e in item.mentions):
                return set()
        coordinated = NATIONALITY_BEFORE_AND.search(sentence.text, 0, start)
        return {code} | ({country_code(coordinated.group(1))} - {None} if coordinated else set())

    def _country_from_dateline(self):
        """The publisher's country, where the gazetteer does not give it: the country of the dateline's place
        ("BUDAPEST –", "CHIANG MAI, Thailand –", "VELMORA: ...", a city state's own name, or the stripped
        "ALMATY, March 27 (Kazinform) -") for the first university or company the lead sentence names. Read
        before the words of the name: the page is filed where that body is, whatever a word of its name
        recalls (a city's residential college named for a donor, a "Ruritania Window" friendship centre
        abroad: on the tuning sets 3 right, none wrong). Not in a lead that tells a visit ("A delegation of X
        visited ..."): its first name is the guest's."""
        lead = next((n for n, s in enumerate(self.sentences) if not s.is_title), None)
        if lead is None:
            return
        text = self.sentences[lead].text
        dateline = DATELINE_PLACE.match(text)
        if VISIT_IN_LEAD.search(text) or (dateline is None and self.dateline is None):
            return
        place, rest = (dateline.group("place"), dateline.group("rest")) if dateline else (self.dateline, "")
        if not place.isupper() and not is_known_place(place):
            return  # "Today -", "Dr Smith -": no place
        stated = {country_code(part) for part in rest.split(",") if country_code(part)}
        known = country_code(place) or country_from_known_places(place)  # "MACAU" is a city and a state
        country = stated.pop() if len(stated) == 1 else known
        if country is None:
            return
        named = sorted(
            ((start, item) for item in self.items for index, start, _ in item.mentions if index == lead),
            key=lambda pair: pair[0],
        )
        for start, item in named:
            kind = item.kind or _kind_from_name(item.names[0] if item.names else "")
            if (dateline is not None and start < dateline.end()) or kind in ("alliance", "government"):
                continue
            if not item.country:
                item.country = country
            return

    def _composite(self, item, name):
        """A name made of other institutions' names ("NUIST Reading Academy"): a joint body, whose country its
        place words do not tell."""
        words = set(name.split())
        return any(other is not item and words & set(other.acronyms) for other in self.items)

    def _inside_name(self, index, start, end):
        for item in self.items:
            for i, s, e in item.mentions:
                if i == index and s <= start and end <= e and not (s == start and e == end):
                    return True
        return False

    def _short_forms(self):
        """A distinctive first word used alone names the institution ("Haifa", "Bauman", "Makerere")."""
        firsts = {}
        for item in self.items:
            for brand in item.acronyms:  # "Petronas" for "Petroliam Nasional Berhad (Petronas)"
                if not brand.isupper() and brand[1:].islower():
                    firsts.setdefault(brand, set()).add(id(item))
            for name in item.names + ([item.canonical] if item.canonical else []):
                words = _NAME_WORD.findall(name)
                for k, word in enumerate(words):
                    if k and country_code(f"{words[k - 1]} {word}"):
                        break  # "University of South Africa": "Africa" alone is no short form of it
                    if (
                        word.lower() in GENERIC_WORDS
                        or is_place_word(word)
                        or not word[0].isupper()
                        or word in _NOT_SHORT_FORMS
                    ):
                        continue
                    if is_known_place(word) and name not in (
                        f"University of {word}",
                        f"The University of {word}",
                        f"{word} University",
                    ):
                        break  # "Hanoi" alone is the city, not "Hanoi University of Science and Technology"
                    if len(word) >= 4 and not word.isupper():
                        firsts.setdefault(word, set()).add(id(item))
                    break
        by_id = {id(item): item for item in self.items}
        for word, owners in firsts.items():
            if len(owners) != 1:
                continue
            item = by_id[owners.pop()]
            if not any(word in sentence.text for sentence in self.sentences):
                continue
            for index, sentence in enumerate(self.sentences):
                for start, end in _short_form_places(word, sentence.text):
                    if self._covered(index, start, end):
                        continue
                    item.mentions.append((index, start, end))
                    item.footer_only = False
                    if sentence.is_title:
                        item.in_title = True
                    if word not in item.short_forms:
                        item.short_forms.append(word)

    def _definite_references(self):
        """ "The Foundation signed ...", "the Embassy's attaché, A", "a team from the Ministry": a body's head
        word after "the" is a mention of the one institution with that head named before it in the article;
        where none or several are, it names nobody."""
        named = "\n".join(name for item in self.items for name in item.all_names())
        if not contains_any(named, DEFINITE_BODY_HEADS):
            return  # no name holds a head, so no reference names anyone: no sentence need be searched
        for index, sentence in enumerate(self.sentences):
            if sentence.is_title:
                continue
            for found in DEFINITE_BODY_REFERENCE.finditer(sentence.text):
                start, end = found.span(1)
                if self._covered(index, found.start(), end):
                    continue
                meant = self._the_one_named_before(found.group(1).capitalize(), index, found.start())
                if meant is not None:
                    meant.mentions.append((index, start, end))

    def _the_one_named_before(self, head, index, at):
        word = re.compile(r"\b" + head + r"\b")
        named = [
            item
            for item in self.items
            if any(word.search(n) for n in item.all_names())
            and any(i < index or i == index and e <= at for i, _s, e in item.mentions)
        ]
        return named[0] if len(named) == 1 else None

    def _covered(self, index, start, end):
        return any(i == index and s < end and start < e for item in self.items for i, s, e in item.mentions)

    def _is_party_like(self, item):
        if item.kind is None:
            item.kind = _kind_from_name(item.names[0] if item.names else "")
        return bool(item.names or item.canonical or item.acronyms)

    # -- questions -------------------------------------------------------------------------------------
    def in_sentence(self, index):
        """Institutions named in sentence `index`, in order of appearance (each once)."""
        out = []
        for _, _, item in self.by_sentence.get(index, []):
            if item not in out:
                out.append(item)
        return out

    def positions(self, index):
        """(start, end, institution) for every name printed in sentence `index`."""
        return self.by_sentence.get(index, [])
