"""Institution names in running text: the name grammar ("University of X", "X University", "Universiti ...",
"Ministry of ...", "... Company Limited") and acronym definitions ("Name (ACR)")."""

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.fuzz import ratio

from .acronyms import NOT_INSTITUTIONS, abbreviates, looks_like_acronym
from .lexicon import (  # the word sets and patterns of the name grammar live in the lexicon
    _ABSTRACT_NOUN_ENDINGS,
    _ACRONYM_SUFFIX,
    _ACTION_NOUN_ENDINGS,
    _ADJECTIVE_ENDINGS,
    _AFTER_OF_THE,
    _ARTICLES_AFTER_CONNECTOR,
    _COMMITTEE,
    _COMPANY_TAIL,
    _CONNECTORS,
    _GLUED_HEAD,
    _GOVERNMENT_DEPARTMENT,
    _HEADS_AFTER_LIST,
    _LEFT_STOP,
    _LEGAL_FORM_FIRST,
    _LOCAL_GOVERNMENT,
    _LOCAL_GOVERNMENT_IN_SMALL_LETTERS,
    _MINISTER_OF,
    _MISSION_IN_SMALL_LETTERS,
    _MODIFIED_BY,
    _MODIFIED_NOUNS,
    _NAME_ENDS,
    _NAME_TAIL,
    _NATIONAL_SECTOR_BODY,
    _PAREN_ACRONYM,
    _PAREN_DEF,
    _PART_UNIT_START,
    _PLACE_AFTER,
    _PLACE_BEFORE,
    _PLACE_NAME,
    _PLACE_WORD,
    _PLURAL_HEADS,
    _POSSESSIVE_NAMES,
    _PROVINCE_DEPT,
    _PURPOSE_NAMED,
    _SINGULAR,
    _SMALL_HEADS,
    _STATE_OR_REGION,
    _TITLE_BEFORE,
    _UNIT_EVERYWHERE,
    _UNIT_START,
    ALLIANCE_HEADS,
    ALLIANCE_MEMBER_WORDS,
    BODY_HEADS,
    CALENDAR_WORDS,
    COMMITTEE_HEADS,
    COMMITTEE_WORDS,
    COMPANY_HEADS,
    COMPANY_TRADES,
    CONTINENTS,
    DASH_ENDINGS,
    ENGLISH_HEADS,
    FIELD_WORDS,
    FOREIGN_FOUNDATION_HEADS,
    FOREIGN_HEADS,
    GENERIC_WORDS,
    GLUED_SENTENCE_END,
    GOVERNMENT_HEADS,
    GRAMMAR_HEADS,
    HEAD_OF_STATE_OFFICE,
    HEADLINE_OBJECT_OPENERS,
    HEADS,
    NAME_ADJECTIVES,
    NAME_LINKS,
    NAME_OPENING_STOPS,
    NAME_WORDS,
    NATIONAL_BODY_HEADS,
    OFFICE_HOLDER_HEADS,
    OUTLET_WORDS,
    PART_UNIT_HEADS,
    PLACE_COMPOUND_ENDINGS,
    PLACE_NAME_LINKS,
    PORTFOLIO_WORDS,
    PROGRAMME_AFTER,
    PROGRAMME_WORDS,
    REGNAL_NUMBERS,
    ROLE_WORDS,
    SCHOOL_KIND_WORDS,
    SHOUTED_SURNAME_BEFORE,
    STATE_DEPARTMENT_FIELDS,
    SUBJECT_UNIT_HEADS,
    SUBJECT_UNIT_WORDS,
    UNIT_BODY_HEADS,
    UNIT_TAIL_HEADS,
)
from .places import (
    COUNTRY_AFTER,
    country_code,
    is_country_name,
    is_known_place,
    nationality_opening,
    state_code,
)
from .prefilter import contains_any, prefiltered, words_of_any
from .text import word_tokens as _tokens  # read once a sentence, shared with the people reader

# Heads printed first that carry the name on over the capitalised words after them: "Universidad X",
# "Fundación X".
LEADING_HEADS = FOREIGN_HEADS | FOREIGN_FOUNDATION_HEADS

# Searches anchored at the end of a sentence's beginning, compiled once behind the literal test
# (prefilter.py): most beginnings do not end with "(" or "Ltd.", and the test tells so without a walk over
# the beginning.
_ACRONYM_OPENED_BEFORE = prefiltered(re.compile(r"\b([A-Za-z]{2,8})\s*\(\s*$"))  # "... MSU ("
# An Arabic article joined to a capitalised word is part of a name: "Al al-Bayt University", "University of
# al-Qadisiyah", "Jamiat el-Azhar".
_ARTICLE_PARTICLE = re.compile(r"(?:al|el|an|ar|as|ash|at|ad|az|ul|ud)-[A-Z]")
_ABBREVIATED_LEGAL_END = prefiltered(re.compile(r"(?:\b(?:Co|Ltd|Inc|Corp)|\bS\.A)\.$"))

# No institution's name runs longer than this many words: the name grammar looks no further either way, so
# that a page of capitalised words costs linear time, not a walk over the whole page per head word.
MAX_NAME_TOKENS = 20


@dataclass
class PrintedName:
    """A name as printed in one sentence, with its position: one mention of an institution."""

    text: str
    sentence: int
    start: int
    end: int
    head: str
    country: str | None = None
    acronym: str | None = None  # an acronym defined right after it: "Name (ACR)"
    is_acronym: bool = False
    is_unit: bool = False
    is_body: bool = False  # a foundation, council, bank...: kept only where the article names it as a party
    from_title: bool = False  # read from its head's title ("Minister of Education A"), not printed as a name
    place: str | None = None  # a place printed right after the name: "..., Vinh Long City,"


def _after_title(tokens, left):
    """Does a title come before the name in its clause: "Director of the Center for ... under the Ministry of
    Education of the PRC Ma Jianfei" (a comma or a semicolon ends the clause)?"""
    words = [t[0] for t in tokens[max(0, left - 16) : left]]
    cut = max((k for k, w in enumerate(words) if w in (",", ";")), default=-1)
    return bool(_TITLE_BEFORE.search(" ".join(words[cut + 1 :])))


def _misspelt_university(word):
    """ "Univeristy", "Universty", "Unversity": a typo of the commonest head word."""
    if not (7 <= len(word) <= 11 and word[:2] == "Un" and word.endswith("y")) or word == "University":
        return False
    return ratio(word, "University") >= 80


def _misspelt_vishwavidyalaya(word):
    """ "Visvavidylayam", "Vishwavidhyalaya": a spelling of the Indian word for a university none of the
    lexicon's spellings has."""
    if not (12 <= len(word) <= 17 and word[:2] == "Vi" and "vid" in word):
        return False
    return max(ratio(word, head) for head in _INDIC_HEADS) >= 85


_INDIC_HEADS = ("Vishwavidyalaya", "Vishwavidyalayam", "Visvavidyalayam", "Viswavidyalaya")


def _is_cap(word):
    stripped = word.lstrip("‘'\"“")
    return bool(stripped) and (
        stripped[0].isupper() or ("-" in stripped[2:4] and _ARTICLE_PARTICLE.match(stripped) is not None)
    )


def find_names(sentence, index, title_case=False):
    """Institution names printed in `sentence` (index `index` of the article): each head word's name, then
    the shapes the head-word grammar does not read (plural heads, provincial departments, companies with their
    legal form first), then the acronyms printed beside them."""
    tokens = _tokens(sentence)
    mentions, taken, named = [], set(), set()  # the tokens each head read; those of the bodies it kept
    for i, (word, _start, _end) in enumerate(tokens):
        glued = _glued_head(word) if len(word) >= _GLUED_MIN else None  # most words are short
        if word[:1] not in _HEAD_INITIALS and "-" not in word and not glued:
            continue  # _head_at's first test, here: a call per word of the sentence costs more than it
        head = None if i in taken else _head_at(tokens, i, glued)
        if head is None:
            continue
        bare, possessive = head
        span = _name_span(sentence, tokens, i, bare, possessive, title_case)
        if span is None:
            continue
        left, right, start, end = span
        glued = GLUED_SENTENCE_END.match(tokens[left][0]) if "." in tokens[left][0] else None
        if glued:
            start += glued.end()  # "the MoU.Velmora University": the name opens after the stop
        if left in named and left < i:  # "University of Georgia College of ...": no word of the school's name
            left = next(k for k in range(left, i + 1) if k not in named and _is_cap(tokens[k][0]))
            start = tokens[left][1]
        text = _printed(sentence, start, end)
        taken.update(range(left, right + 1))
        if (
            _undistinctive(text)
            or _describes_the_name_before(sentence, start, text, mentions)
            or (bare in BODY_HEADS and country_code(text.removeprefix("the ").removeprefix("The ")))
            or (bare in OFFICE_HOLDER_HEADS and not ALLIANCE_MEMBER_WORDS.intersection(text.split()))
        ):
            continue  # "National University": no distinctive word; "the Soviet Union": a country
        mention = PrintedName(text, index, start, start + len(text), bare)
        if _describe(mention, sentence, tokens, left, i):
            mentions.extend(_school_of_unit(sentence, tokens, left, i, index))
        if not mention.is_unit:  # "Institute of Marine Biology of Ghent University": the unit's words are
            named.update(range(left, right + 1))  # the school's too
        mentions.append(mention)
    _join_member_universities(sentence, mentions)
    _names_without_a_head_word(sentence, index, mentions, title_case)
    _attach_acronyms(sentence, mentions)
    return mentions


def _names_without_a_head_word(sentence, index, mentions, title_case):
    """The shapes the head-word grammar does not read, added to `mentions` in turn: each reader leaves alone
    the words of the names read before it, so the order is kept."""
    mentions.extend(_plural_heads(sentence, index, mentions))
    mentions.extend(_heads_after_list(sentence, index, mentions))
    # The seven readers under `some` find nothing in a sentence without one of _BODY_READER_WORDS (their
    # patterns' literal tests, joined): tested once here rather than at seven calls, it lets go 255 sentences
    # in 280 over the dev articles.
    some = contains_any(sentence, _BODY_READER_WORDS)
    if some:
        mentions.extend(_department_of_province(sentence, index, mentions))
        mentions.extend(_government_departments(sentence, index, mentions))
    mentions.extend(_offices_of_heads_of_state(sentence, index, mentions))
    if some:
        mentions.extend(_peoples_committee(sentence, index, mentions))
        _local_governments(sentence, index, mentions)
    mentions.extend(_local_governments_in_small_letters(sentence, index, mentions))
    if some:
        mentions.extend(_legal_form_companies(sentence, index, mentions))
        mentions.extend(_missions_in_small_letters(sentence, index, mentions))
        if not title_case:
            mentions.extend(_national_sector_bodies(sentence, index, mentions))


# The letters head words begin with: most words of a sentence start with none of them (or are in lower case)
# and are no head, which _head_at tells before any other test.
_HEAD_INITIALS = frozenset(head[0] for head in GRAMMAR_HEADS) | {"U"}  # "U": a typo of "University"

# Unions of the lexicon's word sets that the readers below test words against, built once here: written
# inside a test ("bare in A | B"), a union is built anew at every call, and in a loop at every word.
_MODIFIABLE_HEADS = frozenset(ENGLISH_HEADS | ALLIANCE_HEADS | BODY_HEADS)  # "University Alliance"
_NO_LAST_WORD = frozenset(_CONNECTORS | {"and", "&", "named", "after", "in"})  # no name ends with one
_SCHOOL_HEADS = frozenset(ENGLISH_HEADS | {"School"})
_STATE_HEADS = frozenset(GOVERNMENT_HEADS | {"General"})  # "Consulate General of X in Y"
_HEADS_NEEDING_A_NAME = frozenset(GOVERNMENT_HEADS | ENGLISH_HEADS | BODY_HEADS | {"School"})
_HEADS_OR_ALLIANCES = frozenset(HEADS | ALLIANCE_HEADS)
_SCHOOL_HEADS_ANY_LANGUAGE = frozenset(ENGLISH_HEADS | FOREIGN_HEADS)
_ACRONYM_HEADS = frozenset(HEADS | ALLIANCE_HEADS | (BODY_HEADS - OFFICE_HOLDER_HEADS))
_SCHOOL_KINDS = frozenset(SCHOOL_KIND_WORDS | {"Business"})  # "Business School"
_TITLES_OR_HEADS = frozenset(ROLE_WORDS | GRAMMAR_HEADS)
# "A University and B University (AB)": a head after "and"; compiled once rather than joined at each acronym
_TWO_NAMES_JOINED = re.compile(r"\b(?:and|&)\b.*\b(?:" + "|".join(HEADS) + r")\b")


def _head_at(tokens, i, glued):
    """(head word, whether it is possessive) when token `i` is a head word, else None: "University",
    "Lund University's" (the name ends there), "Univeristy" (a typo), "Friedrich-Alexander-Universität".
    `glued`: the token's _glued_head, which find_names reads first, and only once ("VinUniversity")."""
    word = tokens[i][0]
    if word[:1] not in _HEAD_INITIALS and "-" not in word and not glued:
        return None
    bare = word.rstrip(".,")
    possessive = bare.endswith(("’s", "'s")) and (bare[:-2] in GRAMMAR_HEADS or glued is not None)
    if possessive:
        bare = bare[:-2]
    if glued:
        return glued, possessive  # "VinUniversity": a name of one word, its head glued on
    if bare not in GRAMMAR_HEADS and _misspelt_university(bare):
        bare = "University"
    if bare not in GRAMMAR_HEADS and _misspelt_vishwavidyalaya(bare):
        bare = "Vishwavidyalaya"
    if "-" in bare and bare.rsplit("-", 1)[1] in GRAMMAR_HEADS:
        bare = bare.rsplit("-", 1)[1]
    return (bare, possessive) if bare in GRAMMAR_HEADS else None


# The shortest word _glued_head reads: find_names tests the length before calling it for each word.
_GLUED_MIN = 9


def _glued_head(word):
    """The head glued to the end of a one-word name ("VinUniversity", "VinUniversity’s"), or None."""
    if len(word) < _GLUED_MIN or not word[0].isupper() or word[1:2].isupper():
        return None
    match = _GLUED_HEAD.match(word.rstrip(".,"))
    return match.group(1) if match and match.end() >= len(word.rstrip(".,")) - 2 else None


def _name_span(sentence, tokens, i, bare, possessive, title_case):
    """(left token, right token, start, end) of the name built on the head word at token `i`, or None where
    the head builds no name of its own (a unit, a part of a longer name, a bare generic word)."""
    if _is_unit_school(tokens, i, bare) or _later_head_builds(tokens, i, bare):
        return None
    left = _left_edge(tokens, i, bare, title_case)
    if bare in COMPANY_TRADES and (left == i or _a_field_before(tokens, left)):
        return None  # "Faculty of Computer Systems", "Health and Social Services": a field, not a company
    if i + 1 < len(tokens) and tokens[i + 1][0] in _MODIFIED_BY and bare in _MODIFIABLE_HEADS:
        return None  # "University Alliance", "Institute Hospital": part of a bigger name
    right = _right_edge(tokens, i, bare, possessive, title_case)
    while right > i and tokens[right][0] in _NO_LAST_WORD:
        right -= 1
    right = _before_a_person(tokens, i, left, right)
    right = _in_its_city(tokens, left, right, bare)
    right = _national_body_in_its_country(tokens, left, right, bare)
    right = _ministry_in_its_state(tokens, left, right, bare)
    right = _mission_in_its_city(tokens, left, right, bare)
    right = _city_school_of_its_country(tokens, left, i, right, bare)
    if _not_a_name(tokens, i, left, right, bare):
        return None
    # "University of Haifa's", "X University's": the possessive ends the name, which leaves it out
    owner = tokens[right][0].endswith(("’s", "'s"))
    start, end = tokens[left][1], tokens[right][2] - (2 if possessive and right == i or owner else 0)
    end, right = _legal_tail(sentence, tokens, bare, end, right)
    if bare in BODY_HEADS and any(_builds_a_name(tokens, k, i) for k in range(i + 1, right + 1)):
        return None  # "Research Center of Tashkent State University": a unit; the university's head reads it
    return left, right, start, end


def _builds_a_name(tokens, k, i):
    """Is token `k`, inside the name built on the head at `i`, a head with a name of its own: "Tashkent State
    University", "the University of Leeds"? Not a head read as a field: "Council for University Education"."""
    if tokens[k][0].rstrip(".,") not in HEADS:
        return False
    named_before = k - 1 > i and _is_cap(tokens[k - 1][0]) and tokens[k - 1][0] not in _CONNECTORS
    return named_before or (k + 1 < len(tokens) and tokens[k + 1][0] == "of")


def _a_field_before(tokens, left):
    """ "Faculty of Computer Systems", "for Water Systems", "Health and Social Services": words after a
    unit's "of", after "for" or "in", or after "and" that follows a word other than a head, name a field;
    "staff of Korvex Technologies" and "Gamma University and Korvex Technologies" name companies."""
    link = tokens[left - 1][0] if left > 0 else ""
    if link in ("and", "&", "of"):
        before = tokens[left - 2][0] if left > 1 else ""
        return _is_cap(before) if link == "of" else before.rstrip(".,") not in GRAMMAR_HEADS
    return link in ("for", "in")


def _in_its_city(tokens, left, right, bare):
    """ "Slovak University of Technology in Zvolen", "German University in Cairo", "Technical University in
    Zvolen": a name that a nationality or only generic words begin takes its city after "in" (a country
    after "in" stays out: "... in Slovakia" says where, not which)."""
    first = tokens[left][0]
    if (
        bare not in ENGLISH_HEADS
        or right + 2 >= len(tokens)
        or tokens[right + 1][0] != "in"
        or not _is_cap(tokens[right + 2][0])
        or not (
            (country_code(first) and not is_country_name(first))
            or _undistinctive(" ".join(t[0] for t in tokens[left : right + 1]))
        )
    ):
        return right
    end = right + 2
    while (
        end + 1 < len(tokens)
        and end - right < 4
        and _is_cap(tokens[end + 1][0])
        and tokens[end + 1][0] not in _LEFT_STOP
    ):
        end += 1
    city = " ".join(t[0].rstrip(",.") for t in tokens[right + 2 : end + 1])
    if (
        country_code(city)
        or any(t[0].rstrip(",.") in HEADS for t in tokens[right + 2 : end + 1])
        or tokens[right + 2][0].rstrip(",.") in CALENDAR_WORDS
    ):
        return right  # "... in Slovakia", "... in February 2009": where or when, not which
    return end


def _national_body_in_its_country(tokens, left, right, bare):
    """ "Conference of Rectors of Academic Schools in Poland", "University Academic Alliance in Taiwan": a
    body of schools or of their heads is named with the country it gathers them in (a school "in Poland" is
    only located there)."""
    k = right + 2
    if (
        bare not in NATIONAL_BODY_HEADS
        or k >= len(tokens)
        or tokens[right + 1][0] != "in"
        or not is_country_name(tokens[k][0].rstrip(".,"))
        or (k + 1 < len(tokens) and _is_cap(tokens[k + 1][0]))
    ):
        return right
    words = {t[0].rstrip(".,") for t in tokens[left : right + 1]}
    return k if words & (ALLIANCE_MEMBER_WORDS | ENGLISH_HEADS) else right


def _ministry_in_its_state(tokens, left, right, bare):
    """ "Ministry of Higher Education and Scientific Research in the Kurdistan Region", "... in the Hashemite
    Kingdom of Jordan": a ministry named only by its field takes the state or region after "in", which tells
    which government's it is (two such ministries in one article are two institutions)."""
    if (
        bare != "Ministry"
        or right + 2 >= len(tokens)
        or tokens[right + 1][0] != "in"
        or any(country_code(t[0].rstrip(",.")) for t in tokens[left : right + 1])
    ):
        return right
    end = right + 2 + (tokens[right + 2][0] == "the")
    if end >= len(tokens) or not _is_cap(tokens[end][0]):
        return right
    while (
        end + 1 < len(tokens)
        and end - right < 7
        and (
            _is_cap(tokens[end + 1][0])
            or (tokens[end + 1][0] == "of" and end + 2 < len(tokens) and _is_cap(tokens[end + 2][0]))
        )
    ):
        end += 1
    place = " ".join(t[0].rstrip(",.") for t in tokens[right + 2 : end + 1])
    return end if _STATE_OR_REGION.search(place) or country_code(tokens[end][0].rstrip(",.")) else right


def _mission_in_its_city(tokens, left, right, bare):
    """ "U.S. Embassy in Tashkent Harris Lipscomb and Saida Musakhanova": a mission's city is one place, and
    the names listed after it are people's. Where the words after "in" run into a list, the name ends at
    the city (the longest known place, else the first word)."""
    if bare not in GOVERNMENT_HEADS:
        return right
    at = next((k for k in range(right, left, -1) if tokens[k][0] == "in"), None)
    if at is None or not any(tokens[k][0] in ("and", "&") for k in range(at + 1, right + 1)):
        return right
    for end in range(min(right, at + 4), at, -1):
        place = " ".join(t[0].rstrip(",.") for t in tokens[at + 1 : end + 1])
        if is_known_place(place) or country_code(place):
            return end + (end + 1 <= right and tokens[end + 1][0] == "City")  # "Ho Chi Minh City"
    return at + 1


def _city_school_of_its_country(tokens, left, i, right, bare):
    """ "Dalvik Maritime University of Norway", "Tromsvik High School of the Republic of Korea": a school
    named by its city that is then said to be "of" a country is located there, so the name ends at its head
    ("University of Cyprus", "National University of Singapore", "Hang Seng University of X": no city)."""
    if bare not in _SCHOOL_HEADS or left >= i or right < i + 2 or tokens[i + 1][0] != "of":
        return right
    first = tokens[left][0]
    country = " ".join(t[0].rstrip(",.") for t in tokens[i + 2 : right + 1])
    if state_code(country) and is_known_place(first) and not country_code(first):
        return i
    return right


def _is_unit_school(tokens, i, bare):
    """ "School of Management", "Undergraduate School": units of a university (but "X Business School",
    "Y High School", "Harvard School of ...")."""
    if bare != "School" or (i > 0 and tokens[i - 1][0] in _SCHOOL_KINDS):
        return False  # "X Business School", "Y High School": a school of its own
    of_after = i + 1 < len(tokens) and tokens[i + 1][0] == "of"
    named_before = i > 0 and _is_cap(tokens[i - 1][0])
    return not (named_before and of_after)


def _later_head_builds(tokens, i, bare):
    """ "Hong Kong Polytechnic University", "... Company Limited": a later head word builds the name."""
    k = i + 1
    while (
        k < len(tokens)
        and k - i < MAX_NAME_TOKENS
        and _is_cap(tokens[k][0])
        and tokens[k][0].rstrip(".,") not in GRAMMAR_HEADS
        and tokens[k][0] not in _LEFT_STOP
        and bare not in LEADING_HEADS
    ):
        k += 1
    return (
        k < len(tokens)
        and k > i
        and tokens[k][0].rstrip(".,") in GRAMMAR_HEADS
        and (k == i + 1 or bare in {"Polytechnic", "Company"})
    )


def _left_edge(tokens, i, bare, title_case=False):
    """The first token of the name: capitalised words before the head, up to a stop word."""
    left = i
    while left > 0 and i - left < MAX_NAME_TOKENS:
        step = _left_step(tokens, i, left, bare, title_case)
        if not step:
            break
        left -= step
    return left


def _left_step(tokens, i, left, bare, title_case=False):
    """How many tokens before `left` the name takes (0: it starts at `left`)."""
    prev = tokens[left - 1][0]
    if "." in tokens[left][0] and GLUED_SENTENCE_END.match(tokens[left][0]):
        return 0  # "the MoU.Velmora University": the name opens inside this word, after the stop
    if "." in prev and GLUED_SENTENCE_END.match(prev):
        return 1  # "the agreement.Velmora University": the word after the stop opens the name
    if prev in NAME_OPENING_STOPS and not (title_case and left == 1):
        return 1  # "the New Zealand Embassy"; a headline's first word may be an adjective ("New MoU ...")
    before = tokens[left - 2][0] if left > 1 else ""
    if prev in ("to", "be") and before in ("to", "Deemed"):
        return 1  # "Siksha 'O' Anusandhan Deemed to be University"
    if (
        prev == "the"
        and _is_cap(before)
        and before not in _LEFT_STOP
        and not _head_beside_the(before, tokens[left][0])
    ):
        return 1  # "Peter the Great St. Petersburg ..."
    if prev == ")" and left == i and bare in COMPANY_HEADS:
        return _bracket_inside_a_company(tokens, left)  # "ZRTK (West Africa) Ltd."
    if prev == "&" and _is_cap(before) and not (left < i and before.rstrip(".,") in GRAMMAR_HEADS):
        return 2  # "Texas A&M University": "A", "&" and "M" are one word
    # "Marrowfield University & Tellmoor College": a head word on each side of "&" makes two names
    if prev in PLACE_NAME_LINKS and left < i and _place_link(tokens, left - 1):
        return 1  # "Dar es Salaam University": the place's link, then the word before it
    if prev in NAME_LINKS and left < i:
        return _links_inside_a_name(tokens, left)  # "Ateneo de Manila University", "King A bin B University"
    if prev == "and" and left < i and _shares_the_head(before, tokens[left][0], bare):
        return 1  # "Beijing Language and Culture University": one head for two fields
    if prev in NAME_ADJECTIVES and before.rstrip(".,") in ENGLISH_HEADS:
        return 1  # "University Academic Alliance": an adjective that opens headlines, inside a name
    if not _is_cap(prev) or prev in _LEFT_STOP or prev.rstrip(".") in _LEFT_STOP:
        return 0
    if prev.endswith(("’s", "'s")) and prev[:-2] not in _POSSESSIVE_NAMES:
        return 0  # "Malaysia's Universiti ...": a possessive is not part of the name
    if prev.endswith(PLACE_COMPOUND_ENDINGS + DASH_ENDINGS) or _glued_before_the_name(tokens, i, left):
        return 0  # "HCMC-based University of ...", "Velmora- X University", "Welcoming X University"
    return 1


def _bracket_inside_a_company(tokens, left):
    """ "ZRTK (West Africa) Ltd.", "Torvane (Pvt) Limited": a legal form printed after a bracket of one to
    three capitalised words, themselves after a capitalised word, ends one company's name that holds the
    bracket; how many tokens before `left` the name takes (0: none)."""
    opening = next((k for k in range(left - 2, max(0, left - 5), -1) if tokens[k][0] == "("), None)
    if opening is None or opening == 0:
        return 0
    inside = tokens[opening + 1 : left - 1]
    named = tokens[opening - 1][0]
    if not inside or not all(_is_cap(w) for w, _, _ in inside):
        return 0
    return left - opening if _is_cap(named) and named not in _LEFT_STOP else 0


def _glued_before_the_name(tokens, i, left):
    """Is the capitalised word before `left` glued to the name without being part of it: a verb in "-ing"
    that opens the sentence ("Welcoming X University delegation ..."; not a place: "Nanjing X University"),
    or the field of a unit printed before its school ("Faculty of Agriculture X University")? Either way a
    distinctive word must still open the name."""
    prev = tokens[left - 1][0]
    first = tokens[left][0]
    if left == i or first in FIELD_WORDS or not _is_cap(first):
        return False
    verb = len(prev) > 6 and prev.endswith("ing")  # "Hosting", "Welcoming"; not "King Saud University"
    if left == 1 and verb and not is_known_place(prev) and not country_code(prev):
        return True
    return (
        left >= 3
        and prev in FIELD_WORDS
        and tokens[left - 2][0] == "of"
        and tokens[left - 3][0] in UNIT_TAIL_HEADS
    )


def _links_inside_a_name(tokens, left):
    """How many link words before `left` the name takes: all of a run of them ("de la", "van der", "bin")
    that a capitalised word opening a name comes before ("Ateneo de ...", "King Rashid bin ..."), none where a
    stop word or a head that ends another name does ("University de ...", "the bin")."""
    k = left - 1
    while k > 0 and left - k <= 2 and tokens[k][0] in NAME_LINKS:
        k -= 1
    word = tokens[k][0]
    opens = _is_cap(word) and word not in _LEFT_STOP and word.rstrip(".,") not in GRAMMAR_HEADS
    return left - 1 - k if opens else 0


def _head_beside_the(before_the, after_the):
    """ "Xiamen University the College of ...", "Dr. Ann Lee the University deputy": a head word on either
    side of a bare "the" ends one name or opens another; only an epithet joins ("Peter the Great")."""
    return before_the.rstrip(".,") in GRAMMAR_HEADS or after_the.rstrip(".,") in GRAMMAR_HEADS


def _shares_the_head(before_and, after_and, bare):
    """ "Language and Culture University": two fields of study share one English head word."""
    return (
        _is_cap(before_and)
        and before_and.rstrip(".,") not in _NAME_ENDS
        and before_and not in _LEFT_STOP
        and not before_and.endswith(("’s", "'s", ","))
        and bare in ENGLISH_HEADS
        and after_and in FIELD_WORDS
        and not before_and.isupper()
    )


# Moves of the walk to the right of a head word.
_MOVE_STOP, _MOVE_WORD, _MOVE_LAST = "stop", "word", "last word"


def _right_edge(tokens, i, bare, possessive, title_case):
    """The last token of the name: "of" phrases, connectors and, after a foreign head, the capitalised words
    that follow (after a government head only "General": "the Embassy Lira Tovanek" names a person)."""
    right, j, in_of = i, i + 1, False
    while j < len(tokens) and j - i < MAX_NAME_TOKENS and not possessive:
        move = _right_move(tokens, i, j, bare, in_of, title_case)
        if move == _MOVE_STOP:
            break
        if move == _MOVE_LAST:
            return j  # "... of Vinh Long province"
        if move == _MOVE_WORD:
            right, j = j, j + 1
            continue
        j, in_of = j + move, True  # a link of one or two words: "of", "of the", "named after", "in"
    return right


# The fields an organisation's name says it works "in" ("Centre for Research in Higher Education").
_FIELDS_IN = FIELD_WORDS | {"Higher", "Teaching"}


def _right_move(tokens, i, j, bare, in_of, title_case):
    word = tokens[j][0]
    capital_next = j + 1 < len(tokens) and _is_cap(tokens[j + 1][0])
    if word in _CONNECTORS and capital_next:
        return 1
    if in_of and word in PLACE_NAME_LINKS and _place_link(tokens, j):
        return 1  # "University of Dar es Salaam", "Universidad de Dar es Salaam"
    if not in_of and bare in ENGLISH_HEADS and j <= _regnal_end(tokens, i):
        return _MOVE_WORD  # "University Hassan II of ...": a ruler's name and number after the head
    if (
        word in _CONNECTORS
        and j + 2 < len(tokens)
        and tokens[j + 1][0] in _ARTICLES_AFTER_CONNECTOR
        and _is_cap(tokens[j + 2][0])
    ):
        return 2  # "Universidad de la Frontera"
    if _of_the_continues(tokens, j, bare):
        return 2  # "Embassy of the Republic of Belarus", "University of the Philippines"
    if word == "named" and j + 2 < len(tokens) and tokens[j + 1][0] == "after":
        return 2
    if word in ("and", "&") and in_of and capital_next:
        return 1 if _and_continues(tokens, i, j) else _MOVE_STOP
    if word == "in" and bare in _STATE_HEADS and capital_next:
        return 1
    if word == "in" and in_of and bare != "University" and capital_next and tokens[j + 1][0] in _FIELDS_IN:
        return 1  # "Council for Quality in Teaching", "Centre for Research in Medicine"
    if word == "in" and bare in _STATE_HEADS and _the_state_after(tokens, j + 1):
        return 2  # "Embassy of Vietnam in the Russian Federation": the state it is accredited to
    if word in ("province", "city", "county", "prefecture", "region") and in_of:
        return _MOVE_LAST
    if word.endswith(("’s", "'s")) and not (in_of and j + 1 < len(tokens) and tokens[j + 1][0] == "Republic"):
        # "University of Haifa's Ron Robin", "X Institute of Technology's rector", "the Institute of
        # Technology's team": the possessive word is the name's last (but "Embassy of the People's Republic
        # of China" goes on)
        return (
            _MOVE_LAST
            if (in_of or bare in LEADING_HEADS) and _is_cap(word) and word[0] != "'"
            else _MOVE_STOP
        )
    if title_case and _headline_verb(tokens, j):
        return _MOVE_STOP  # "University of Valdoria Broadens the Scope ...": the verb ends the name
    if word in ROLE_WORDS and not (in_of and tokens[j - 1][0] in _CONNECTORS):
        return _MOVE_STOP  # "... of Finance and Economics President Liu Yuanchun": a title starts a person
    if _is_cap(word) and (in_of or bare in LEADING_HEADS or word == "General"):
        if in_of and bare in ENGLISH_HEADS and _unit_or_outlet_after(tokens, j):
            return _MOVE_STOP  # "University of Ghana Business School", "University of Ilorin Bulletin"
        if word.rstrip(".,") in HEADS and not in_of and bare not in LEADING_HEADS:
            return _MOVE_STOP
        if title_case and word in _LEFT_STOP:
            return _MOVE_STOP
        return _MOVE_WORD
    return _MOVE_STOP


def _place_link(tokens, j):
    """Is the small word at `j` ("es", "al", "el") a link inside a place's name ("Dar es Salaam", "Ras al
    Khaimah"): printed between two capitalised words, no stop after the one before it, no title or head word
    after it?"""
    if j < 1 or j + 1 >= len(tokens):
        return False
    before, after = tokens[j - 1][0], tokens[j + 1][0]
    return (
        _is_cap(before)
        and _is_cap(after)
        and not before.endswith((",", ".", ";", ":"))
        and before not in _CONNECTORS
        and after.rstrip(".,") not in _TITLES_OR_HEADS
    )


def _regnal_end(tokens, i):
    """The regnal number ending a ruler's name printed right after the head at `i` ("University Hassan II",
    "College Rama IV"): its index, or -1 where no such name follows. One to three capitalised words, none a
    head or title, come before it."""
    for k in range(i + 2, min(i + 5, len(tokens))):
        word = tokens[k - 1][0]
        if not _is_cap(word) or word.rstrip(".,") != word or word in _TITLES_OR_HEADS:
            return -1
        if tokens[k][0].rstrip(".,") in REGNAL_NUMBERS:
            return k
    return -1


def _headline_verb(tokens, j):
    """Is token `j` of a Title-Case headline its verb: a capitalised word in "-s" just before the article or
    possessive that opens the verb's object ("Broadens the", "Opens Its")? Whatever verb it is, a name
    stops before it; a plural that ends a name ("Sciences", "Studies") is never followed by an article."""
    word = tokens[j][0]
    return (
        _is_cap(word)
        and word.endswith("s")
        and not word.endswith("ss")
        and j + 1 < len(tokens)
        and tokens[j + 1][0] in HEADLINE_OBJECT_OPENERS
    )


def _unit_or_outlet_after(tokens, j):
    """Does token `j`, after the first word of a school's "of" phrase, open one of the school's units or the
    outlet that speaks for it: "University of Ghana Business School", "University of Georgia College of
    Agricultural Sciences", "University of Ilorin Bulletin"? The school's name ends before it."""
    before = tokens[j - 1][0].rstrip(".,")
    if before in _CONNECTORS or before in {"and", "&"}:
        return False  # "University of Communications": the first word of the "of" phrase names the school
    if tokens[j][0].rstrip(".,") in OUTLET_WORDS:
        return before not in FIELD_WORDS  # "University of Information Communications" names a school
    k = j
    while k < len(tokens) and tokens[k][0].rstrip(".,") in FIELD_WORDS:
        k += 1  # "Business", "Agricultural": what the unit teaches
    word = tokens[k][0].rstrip(".,") if k < len(tokens) else ""
    if k > j:
        return word in UNIT_TAIL_HEADS  # "Business School", "Medical Faculty"
    after = tokens[k + 1][0] if k + 1 < len(tokens) else ""
    return word in PART_UNIT_HEADS and after in (
        "of",
        "for",
    )  # "Faculty of Law" ("College of X" may stand alone)


def _ends_on_a_unit(name):
    """ "University of Ghana Business School (UGBS)": a name an acronym defines that runs past a school's "of"
    phrase into one of its units names the unit, not a body of its own."""
    tokens = _tokens(name)
    words = [t[0] for t in tokens]
    heads = [k for k in range(len(words) - 2) if words[k] in ENGLISH_HEADS and words[k + 1] == "of"]
    return bool(heads) and any(_unit_or_outlet_after(tokens, j) for j in range(heads[0] + 3, len(tokens)))


def _the_state_after(tokens, k):
    """Do the tokens from `k` read "the" and a state's name ("the Russian Federation", "the United Mexican
    States", "the Republic of Korea")?"""
    if k + 1 >= len(tokens) or tokens[k][0] != "the" or not _is_cap(tokens[k + 1][0]):
        return False
    words = [t[0].rstrip(",.") for t in tokens[k + 1 : k + 7]]  # "the Republic of the Union of Myanmar"
    return any(state_code("the " + " ".join(words[:n])) for n in range(1, len(words) + 1))


def _of_the_continues(tokens, j, bare):
    if _for_the_purpose(tokens, j, bare):
        return True
    return (
        tokens[j][0] == "of"
        and j + 2 < len(tokens)
        and tokens[j + 1][0] == "the"
        and _is_cap(tokens[j + 2][0])
        and tokens[j + 2][0] not in _LEFT_STOP
        and (bare in GOVERNMENT_HEADS or tokens[j + 2][0] in _AFTER_OF_THE)
    )


def _for_the_purpose(tokens, j, bare):
    """ "Japan Society for the Promotion of Science", "Agency for the Evaluation of Higher Education": a body
    named after its purpose runs on after "for the" when a capitalised action noun follows (but a university
    "for the Erasmus programme" does not: schools are not named so)."""
    return (
        tokens[j][0] == "for"
        and bare in _PURPOSE_NAMED
        and j + 2 < len(tokens)
        and tokens[j + 1][0] == "the"
        and _is_cap(tokens[j + 2][0])
        and tokens[j + 2][0].rstrip(".,").lower().endswith(_ACTION_NOUN_ENDINGS)
    )


def _and_continues(tokens, i, j):
    """ "of Science and Technology" continues the name; "of Technology and Bauman ... University" and "... and
    Viettel Group" start another; a second "and" starts another name unless a field of study follows."""
    if any(tokens[q][0] in _CONNECTORS and tokens[q][0] not in ("of", "for") for q in range(i + 1, j)):
        return False  # "Université du Québec à Montréal and Mitacs": a Romance name says "y", "e", "et"
    if j + 1 < len(tokens) and tokens[j + 1][0] in ROLE_WORDS:
        return False  # "A of University of X and H.E. B of Y": a title or an honour starts a person
    if _a_place_ends_the_name(tokens, i, j):
        return False
    k = j + 1
    while (
        k < len(tokens) and k - j < MAX_NAME_TOKENS and (_is_cap(tokens[k][0]) or tokens[k][0] in _CONNECTORS)
    ):
        if tokens[k][0].rstrip(".,") in _NAME_ENDS:
            break
        k += 1
    if k < len(tokens) and tokens[k][0].rstrip(".,") in _NAME_ENDS:
        return False
    if k > j + 1 and k < len(tokens) and tokens[k][0].rstrip(".,") in _SMALL_HEADS:
        return False  # "University of Leeds and Keele university": a second name, its head in small letters
    if not any(tokens[q][0] in ("and", "&") for q in range(i + 1, j)):
        return True
    after = tokens[j + 1][0].rstrip(".,")
    return after in NAME_WORDS or (k == j + 2 and _is_activity(after))


def _a_place_ends_the_name(tokens, i, j):
    """ "Velmora Institute of Varna and Mira Hestin, rector", "between the Academy of Ostrava and Chile's
    universities": a name whose words after "of" are a place ends there; the "and" after it joins another
    name, a person or a country, unless the place runs on over it ("of Bosnia and Herzegovina")."""
    at = next((q for q in range(j - 1, i, -1) if tokens[q][0] == "of"), None)
    if at is None or at + 1 >= j or j - at > 4:
        return False
    place = " ".join(t[0] for t in tokens[at + 1 : j])
    if not (is_known_place(place) or country_code(place)):
        return False
    longer = [place, "and"]
    for t in tokens[j + 1 : j + 3]:
        longer.append(t[0].rstrip(",."))
        if country_code(" ".join(longer)) or is_known_place(" ".join(longer)):
            return False
    return True


def _is_activity(word):
    """ "Evaluation", "Planning", "Development": a word naming an activity, which ends a body's name after a
    second "and" ("Institute of Science and Technology Evaluation and Planning"); a place ("and Nanjing")
    does not."""
    return (
        word.lower().endswith(_ACTION_NOUN_ENDINGS + ("ing",))
        and not is_known_place(word)
        and not country_code(word)
    )


# A person's name never follows these inside a name: "of the PRC Ma Jianfei" keeps "the PRC".
_PERSON_CANNOT_FOLLOW = _CONNECTORS | _ARTICLES_AFTER_CONNECTOR | {"and", "&", "after", "in", "the"}


def _before_a_person(tokens, i, left, right):
    """ "Director of ... of X University of Technology Kourosh Attarian": after a title, two or three
    capitalised words that are no field of study end the name: they are a person's."""
    if (
        right <= i
        or not _after_title(tokens, left)
        or (right + 1 < len(tokens) and tokens[right + 1][0] == ")")
    ):
        return right
    cut = right
    while (
        cut > i
        and tokens[cut][0] not in NAME_WORDS
        and _is_cap(tokens[cut][0])
        and _may_name_a_person(tokens[cut][0])
        and tokens[cut - 1][0] not in _PERSON_CANNOT_FOLLOW
    ):
        cut -= 1
    # "Rector of Universitas Samudra Timur": the words after a head that comes first are its name; a person's
    # name runs to four words ("Vice-Rector of the University of X Rebeca Vanessa Garcia Corso")
    return cut if 2 <= right - cut <= 4 and cut > i else right


def _may_name_a_person(word):
    """ "Diplomacy", "Universities", "Presidents": a field, an abstract noun or the plural of a head or a
    title is no word of a person's name, so a name running on to it is still the institution's."""
    word = word.rstrip(".,")
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else None
    return not (
        word in FIELD_WORDS
        or (word.lower() in GENERIC_WORDS and word not in GRAMMAR_HEADS)  # a head builds a name of its own
        or word.lower().endswith(_ABSTRACT_NOUN_ENDINGS)
        or (singular is not None and (singular in GRAMMAR_HEADS or singular in ROLE_WORDS))
    )


def _not_a_name(tokens, i, left, right, bare):
    """A head word alone ("the University", "a Ministry"), a company head with nothing before it, or "a X
    Institute" (a kind of thing; but "a Tomsk University delegation" names the university)."""
    if bare in COMPANY_HEADS and left == i:
        return True
    if bare in COMMITTEE_HEADS and left < i and all(t[0] in COMMITTEE_WORDS for t in tokens[left:i]):
        return True  # "the Working Group", "the Steering Committee": a unit named by what it does
    if tokens[i][0] == "Corp" and i + 1 < len(tokens) and _is_cap(tokens[i + 1][0]):
        return tokens[i + 1][0] not in ROLE_WORDS  # "the Diplomatic Corp Liaison": "corps", in a phrase
    if (
        bare in _HEADS_NEEDING_A_NAME
        and left == i
        and right == i
        and tokens[i][0].rstrip(".,’'s") in GRAMMAR_HEADS  # "VinUniversity" is a name of one word
    ):
        return True
    return (
        left > 0
        and tokens[left - 1][0] in ("a", "an", "A", "An")
        # the noun may end the sentence: "hosted a Lund University delegation."
        and not (right + 1 < len(tokens) and tokens[right + 1][0].lower().rstrip(".,;:!?") in _MODIFIED_NOUNS)
    )


def _legal_tail(sentence, tokens, bare, end, right):
    """ "Huawei Technologies Co., Ltd.", "Ministry of Higher Education, Science and Innovation": the tail
    a company's or a ministry's name carries; not "Ministry of Education, Peking University and ..."."""
    if bare not in COMPANY_HEADS and bare not in GOVERNMENT_HEADS:
        return _fields_listed(sentence, tokens, end, right)
    tail = _NAME_TAIL.match(sentence, end) if bare in GOVERNMENT_HEADS else _COMPANY_TAIL.match(sentence, end)
    if tail and bare in GOVERNMENT_HEADS and not _portfolios_listed(tokens[right][0], tail.group(0)):
        tail = None
    if tail:
        end = tail.end()
        while right + 1 < len(tokens) and tokens[right + 1][1] < end:
            right += 1
    return end, right


def _portfolios_listed(last, tail):
    """Is the list after a government body's name ("Ministry of Education, Culture and Sports") a list of its
    portfolios? Not after a place ("Embassy of X in Jordan, A and B": people), nor where a head, a place or
    an acronym stands in it before any "of" ("Ministry of Education, Peking University and ...", "the X
    Government, ABC and DEF": other bodies; "in the UK, Ireland and Norway": places)."""
    if _is_place_word(last.rstrip(",.")) or any(w.strip(",.") in _HEADS_OR_ALLIANCES for w in tail.split()):
        return False
    listed = tail.split(" of ", 1)[0].replace(",", " ").split()
    return not any((w.isupper() and len(w) > 1) or _is_place_word(w) for w in listed if w != "and")


def _is_place_word(word):
    return bool(country_code(word)) or is_known_place(word)


def _fields_listed(sentence, tokens, end, right):
    """ "National Commission for Science, Technology and Innovation", "University of Agriculture, Water and
    Marine Sciences": a name that ends on a field after "of" or "for" runs on through a list of capitalised
    words that ends in "and" and a field (but "... of Science, Lund University and ..." is a list of names,
    and "... of Technology, Sydney and ..." a list of places)."""
    if tokens[right][0] not in FIELD_WORDS or not any(
        t[0] in ("of", "for") for t in tokens[max(0, right - 3) : right]
    ):
        return end, right
    tail = _NAME_TAIL.match(sentence, end)
    if not tail:
        return end, right
    words = [(w[0], tail.start() + w.end()) for w in _TAIL_WORD.finditer(tail.group(0))]
    last = max((k for k, (w, _) in enumerate(words) if w in FIELD_WORDS), default=-1)
    listed = [w for w, _ in words[: last + 1]]
    if (
        "and" not in listed
        or any(w != "and" and not _may_list_a_field(w) for w in listed)
        or (last + 1 < len(words) and words[last + 1][0] in GRAMMAR_HEADS)
    ):
        return end, right
    stop = words[last][1]
    while right + 1 < len(tokens) and tokens[right + 1][1] < stop:
        right += 1
    return stop, right


_TAIL_WORD = re.compile(r"[\w-]+")


def _may_list_a_field(word):
    """A capitalised word in a list of fields: no head (another name), no place."""
    return _is_cap(word) and word not in GRAMMAR_HEADS and not country_code(word) and not is_known_place(word)


def _printed(sentence, start, end):
    """The name as printed, without the punctuation around it (a company's "Co." keeps its stop)."""
    text = sentence[start:end].rstrip(",’'")
    if not _ABBREVIATED_LEGAL_END.search(text):
        text = text.rstrip(".")
    return text.lstrip('“"')


def _undistinctive(text):
    """ "the International Institute", "National University", "the Confucius Institute": no word tells the
    institution."""
    if text.removeprefix("the ").removeprefix("The ") in _UNIT_EVERYWHERE:
        return True
    return len(text.split()) <= 2 and all(
        w.rstrip(".,") in GRAMMAR_HEADS or w.lower() in GENERIC_WORDS or w in NOT_INSTITUTIONS
        for w in text.split()
    )


# Patterns of the hot paths below (tried on each name of each sentence), compiled once: a call of
# re.match(r"...") looks the pattern up in re's cache first, which costs as much as many of these matches.
_COMMA_ONLY = re.compile(r"\s*,\s*")
_PLACE_UNIT = re.compile(r"\b(?:province|city|county)\b")
# "XJTU School of Management", "ParSU College of Education", "SNNU International College of Chinese Studies":
# a unit of the university the acronym names (a few words may come between; not "KTH Royal Institute of").
_ACRONYM_UNIT = re.compile(
    r"([A-Z][A-Za-z]{1,7}) "
    r"(?:(?:[A-Z][a-z]+ ){1,3}(?:School|College|Faculty|Department|Center|Centre) (?:of|for)|"
    r"(?:[A-Z][a-z]+ ){1,3}Institute for|"  # "XU Nordic Institute for ..." (not "KTH Royal Institute of")
    r"(?:School|College|Institute|Faculty|Department|Center|Centre) (?:of|for))\b"
)
# Heads of a part of a school, when a school's possessive comes first: "Lakeshore University's Graduate School
# of Law", "the institution's Centre for ...".
_UNIT_AFTER_POSSESSIVE = {
    "School",
    "College",
    "Faculty",
    "Department",
    "Center",
    "Centre",
    "Institute",
    "Office",
}
# The last "of" phrase: "Council of University Presidents of Thailand" is of Thailand. Behind the literal
# test: most names hold no "of ", and where there is none the engine's leading ".*" walks the name once from
# each of its characters before it gives up.
_OF_COUNTRY_TAIL = prefiltered(re.compile(r".*\bof ([A-Z][\w ]+?)(?: in [A-Z][\w ]+)?$"))
_STATE_TAIL = re.compile(r"\b(?:of|in)(?: the)? ([A-Z][\w]+)$")
_BRAND_AFTER = re.compile(r"\s*\(\s*([A-Z][a-z]{3,15})\s*\)")
_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Za-z]{2,8})\s*\)")


def _describes_the_name_before(sentence, start, text, mentions):
    """ "Hochschule Rheinland, University of Applied Sciences": after a name and a comma, a name of nothing
    but head, field and generic words says what kind of school the name before is; it is no second one."""
    return bool(
        mentions
        and _COMMA_ONLY.fullmatch(sentence[mentions[-1].end : start])
        and all(
            w in GRAMMAR_HEADS or w in FIELD_WORDS or w.lower() in GENERIC_WORDS or w in {"of", "and", "for"}
            for w in text.split()
        )
    )


def _describe(mention, sentence, tokens, left, head):
    """Set what the words of the name and around it say: a unit, a body, a country, a place after it. True
    when it is a body of a school whose name it prints ("Lund University Foundation")."""
    text, bare = mention.text, mention.head
    mention.is_unit = bool(_UNIT_START.match(text)) and not _PLACE_UNIT.search(text)
    mention.is_unit = mention.is_unit or _named_by_subject(text)
    acronym_unit = _ACRONYM_UNIT.match(text)
    if acronym_unit and looks_like_acronym(acronym_unit.group(1)):
        mention.is_unit = True  # "XJTU School of Management": a unit of the university named by the acronym
    unit_of_school = False
    if bare in BODY_HEADS and bare not in HEADS:
        mention.is_body = True
        words = text[: text.rfind(bare)].split()  # the words before the head: "Lund University Foundation"
        if bare in UNIT_BODY_HEADS and any(w in HEADS or (w.isupper() and len(w) > 1) for w in words):
            mention.is_unit = unit_of_school = (
                True  # "Lund University Foundation", "XJTU Health Science Center"
            )
    if bare in _UNIT_AFTER_POSSESSIVE and _after_a_schools_possessive(tokens, left):
        mention.is_unit = True  # "Lakeshore University's Graduate School of Law": a part of the university
    mention.country = _country_said(mention, sentence, tokens, left)
    place = _PLACE_AFTER.match(sentence, mention.end)
    if place and not any(w in HEADS for w in place.group(place.lastindex).split()):
        mention.place = place.group(place.lastindex)
    before = _PLACE_BEFORE.fullmatch(tokens[left - 1][0]) if left > 0 else None
    if before and not mention.place and before.group(1) not in _POSSESSIVE_NAMES:
        mention.place = before.group(1)  # "Shanghai’s Jiao Tong University", "a Lagos-based college"
    return unit_of_school


def _after_a_schools_possessive(tokens, left):
    """Is the name printed right after a school's possessive ("Lakeshore University's", "KNU's")?"""
    if left == 0:
        return False
    word = tokens[left - 1][0]
    if not word.endswith(("’s", "'s")):
        return False
    owner = word[:-2]
    return owner in HEADS or _glued_head(owner) is not None or looks_like_acronym(owner)


def _named_by_subject(text):
    """ "Foreign Languages College", "Business School", "Clinical College of Lakeshore University": a college,
    school or faculty named by nothing but what it teaches (alone, or "of" an institution) is a unit."""
    words = text.replace(",", " , ").split()
    if words and words[0] in ("the", "The"):
        words = words[1:]
    head = next((k for k, w in enumerate(words) if w in SUBJECT_UNIT_HEADS), 0)
    if not head or not all(w in SUBJECT_UNIT_WORDS for w in words[:head]):
        return False
    rest = words[head + 1 :]
    return not rest or (rest[0] == "of" and rest[-1] in HEADS)


def _country_said(mention, sentence, tokens, left):
    """The country the words say: a nationality first ("Kyrgyz State University"), a possessive before
    ("Malaysia's Universiti Teknologi MARA"), "of <country>" last ("Atyrau University of Kazakhstan"), a
    country after it (", Ukraine")."""
    country = nationality_opening([token[0] for token in tokens[left : left + 2]])
    if left > 0 and tokens[left - 1][0] in (",", ")") and is_country_name(tokens[left][0]):
        country = None  # "Lund University (LU), Sweden Kelvar University (KU), Kenya": the name before's
    if left > 0 and tokens[left - 1][0].endswith(("’s", "'s")) and country_code(tokens[left - 1][0][:-2]):
        country = country_code(tokens[left - 1][0][:-2])
    # "Consulate General of Türkiye in Almaty": a mission has its state's country, not its city's
    tail = _OF_COUNTRY_TAIL.search(mention.text)
    if tail and country_code(tail.group(1)):
        country = country_code(tail.group(1))
    country = _state_of_the_tail(mention.text) or country
    state = (mention.head == "Ministry" or mention.head in NATIONAL_BODY_HEADS) and _STATE_TAIL.search(
        mention.text
    )
    if state and country_code(state.group(1)):
        country = country_code(state.group(1))  # "Ministry of ... in the Hashemite Kingdom of Jordan"
    after = COUNTRY_AFTER.match(sentence[mention.end :])
    if after:
        country = country or country_code(after.group(1))
    return country


def _state_of_the_tail(text):
    """The state a name's last "of" phrase names in any form: "Ministry of Foreign Affairs of the Russian
    Federation", "Ministry of Education of the People's Republic of China", "Embassy of the Republic of
    Korea in Tashkent" (the city after "in" is where, not whose)."""
    text = re.sub(r" in (?:the )?[A-Z][\w’' .-]*$", "", text)
    parts = text.split(" of ")
    for k in range(len(parts) - 1, 0, -1):
        code = state_code(" of ".join(parts[k:]))
        if code:
            return code
    return None


def _school_of_unit(sentence, tokens, left, head, index):
    """The school whose unit a body is: "Lund University" in "Lund University Foundation"."""
    last = max((k for k in range(left, head) if tokens[k][0] in HEADS), default=None)
    if last is None or last == left:
        return []
    start, end = tokens[left][1], tokens[last][2]
    return [PrintedName(sentence[start:end], index, start, end, tokens[last][0])]


def _heads_after_list(sentence, index, mentions):
    """ "Ghent and Leuven universities" -> "Ghent University", "Leuven University"; not "Chinese and Russian
    universities" (nationalities) nor "Lund University and Ghent universities" (already names)."""
    found = []
    if "ies" not in sentence and "tutes" not in sentence and "leges" not in sentence:
        return found  # a cheap test first
    for match in _HEADS_AFTER_LIST.finditer(sentence):
        places = list(re.finditer(_PLACE_WORD, match.group(1)))
        words = [place.group(0) for place in places]
        if any(
            w.split()[0] in _LEFT_STOP
            or country_code(w)
            or w.split()[-1] in GRAMMAR_HEADS
            or (w.endswith(_ADJECTIVE_ENDINGS) and not is_known_place(w))
            for w in words
        ):
            continue
        head = _SINGULAR[match.group(2).capitalize()]
        for place in places:
            start, end = match.start(1) + place.start(), match.start(1) + place.end()
            if not _overlaps(start, end, mentions + found):
                found.append(PrintedName(f"{place.group(0)} {head}", index, start, end, head))
    return found


def _plural_heads(sentence, index, mentions):
    """ "the Universities of A, B and C" -> "University of A", "University of B", "University of C", each at
    the place word that tells it apart."""
    found = []
    if "ies of " not in sentence and "es of " not in sentence:
        return found  # a cheap test first
    for match in _PLURAL_HEADS.finditer(sentence):
        head = _SINGULAR[match.group(1)]
        for place in re.finditer(_PLACE_NAME, match.group(2)):
            start, end = match.start(2) + place.start(), match.start(2) + place.end()
            if not _overlaps(start, end, mentions + found):
                found.append(PrintedName(f"{head} of {place.group(0)}", index, start, end, head))
    return found


def _join_member_universities(sentence, mentions):
    """ "University of Foreign Languages, Hue University" is one name: a member university of a university,
    named for its field ("University of Velmora, Hull University sign MoU" names two: a place after "of")."""
    for first, second in zip(mentions, mentions[1:], strict=False):
        between = sentence[first.end : second.start]
        if (
            between == ", "
            and re.match(r"(?:University|College|School|Faculty) of\b", first.text)
            and all(
                word in FIELD_WORDS for word in re.findall(r"\b[A-Z][\w’'-]*", first.text.split(" of ", 1)[1])
            )
            and re.fullmatch(r"[A-Z][\w’'-]+ University", second.text)
            and not re.match(r"\s*(?:,\s*[A-Z]|,?\s*(?:and|&)\s)", sentence[second.end :])  # a list goes on
        ):
            first.text = sentence[first.start : second.end]
            first.end = second.end
            first.country = first.country or second.country
            mentions.remove(second)
            return


def _overlaps(start, end, mentions):
    return any(m.start < end and start < m.end for m in mentions)


def _department_of_province(sentence, index, mentions):
    found = []
    for match in _PROVINCE_DEPT.finditer(sentence):
        if not _overlaps(match.start(), match.end(), mentions):
            mention = PrintedName(match.group(0), index, match.start(), match.end(), "Department")
            after = COUNTRY_AFTER.match(sentence[match.end() :])
            mention.country = country_code(after.group(1)) if after else None
            found.append(mention)
    return found


def _government_departments(sentence, index, mentions):
    """ "the Department of Foreign Affairs", "State Department for Agricultural Research (SDAR)",
    "Department of Biotechnology (DBT), India": a state's department, a government body (one someone heads
    or that takes part is kept), where "the Department of Physics" of a university is only a unit of it."""
    found = []
    for match in _GOVERNMENT_DEPARTMENT.finditer(sentence):
        start, end = match.start(), match.end("fields")
        fields = match["fields"].split()
        if _overlaps(start, end, mentions) or any(w in HEADS or looks_like_acronym(w) for w in fields):
            continue  # "Department of Physics of Lund University", "... of LU": the university's unit
        if re.search(
            r"(?:[’']s|\b(?:University|College|Institute|School|its|their|our))\s+(?:the\s+)?$",
            sentence[:start],
        ):
            continue  # "the university's Department of Culture"
        after = COUNTRY_AFTER.match(sentence[match.end() :])
        country = country_code(after.group(1)) if after else None
        state_word = match.group(0).split()[0] != "Department"
        if not (fields[0] in STATE_DEPARTMENT_FIELDS or state_word or (match["acronym"] and country)):
            continue
        mention = PrintedName(sentence[start:end], index, start, end, "Department", country)
        mention.acronym = match["acronym"].strip(" ()") if match["acronym"] else None
        mention.is_body = True
        found.append(mention)
    return found


def _offices_of_heads_of_state(sentence, index, mentions):
    """ "the Presidency of the Republic of Ghana", "the Office of the President of Kenya": a government body
    (kept where the article names it as a party), named after the country it serves."""
    found = []
    if "Presiden" not in sentence and "Minister" not in sentence:
        return found  # a cheap test first
    for match in HEAD_OF_STATE_OFFICE.finditer(sentence):
        place = match["place"]
        country = country_code(place) or country_code(place.split()[0])
        if country is None or _overlaps(match.start(), match.end(), mentions):
            continue
        end = match.end() if country_code(place) else match.start("place") + len(place.split()[0])
        mention = PrintedName(sentence[match.start() : end], index, match.start(), end, "Government", country)
        mention.is_body = True
        found.append(mention)
    return found


def _peoples_committee(sentence, index, mentions):
    found = []
    for match in _COMMITTEE.finditer(sentence):
        if not _overlaps(match.start(), match.end(), mentions):
            mention = PrintedName(match.group(0), index, match.start(), match.end(), "Committee")
            after = COUNTRY_AFTER.match(sentence[match.end() :])
            mention.country = country_code(after.group(1)) if after else None
            found.append(mention)
    return found


def _local_governments(sentence, index, mentions):
    """ "Hunan Provincial Department of Education", "Nghe An Provincial People's Committee", "Foreign Affairs
    Office of the People's Government of Fujian Province": a local government's body, its place and level
    first or its office first; a shorter name read inside it ("People's Government of Fujian Province") is
    only part of it."""
    for match in _LOCAL_GOVERNMENT.finditer(sentence):
        start, end = match.start(), match.end()
        text = match.group(0)
        if text.startswith(("The ", "the ")):
            start, text = start + 4, text[4:]
        if any(word.strip(",.") in _SCHOOL_HEADS_ANY_LANGUAGE for word in text.split()):
            continue  # "... of Education and Peking University": another name follows
        if any(m.start < end and start < m.end and not (start <= m.start and m.end <= end) for m in mentions):
            continue
        mentions[:] = [m for m in mentions if not (start <= m.start and m.end <= end)]
        mentions.append(PrintedName(text, index, start, end, "Government"))


def _local_governments_in_small_letters(sentence, index, mentions):
    """ "The Brookmere county government signed ...", "the government of the northern Tandor province": a
    local government named by its place and its level, though "government" is not capitalised. Its name is
    the printed one with the level and "Government" capitalised (a misspelt "goverment" mended); an acronym
    printed in brackets after the place is the body's ("Tandor Wetan (Tawet) regency government")."""
    found = []
    if "overn" not in sentence and "overm" not in sentence:
        return found  # a cheap test first
    for match in _LOCAL_GOVERNMENT_IN_SMALL_LETTERS.finditer(sentence):
        start, end = match.start(), match.end()
        if _overlaps(start, end, mentions):
            continue
        if match[0].startswith(("The ", "the ")):
            start += 4
        if match["place"] is None:
            words = match[0].split()
            text = " ".join(word[:1].upper() + word[1:] if word in _LOCAL_HEADS else word for word in words)
        else:
            place = match["place"].strip().removeprefix("The ").removeprefix("the ")
            text = f"{place} {match['level'].capitalize()} Government"
        mention = PrintedName(text, index, start, end, "Government")
        mention.acronym = match["acronym"]
        found.append(mention)
    return found


_LOCAL_HEADS = {"government", "province", "county", "prefecture", "regency", "state"}


def _missions_in_small_letters(sentence, index, mentions):
    """ "Turkish embassy", "Russia’s embassy in Ulaanbaatar": a state's mission, though its head word is not
    capitalised; the word before must be a nationality, or a country's name before "’s"."""
    found = []
    for match in _MISSION_IN_SMALL_LETTERS.finditer(sentence):
        state = match["state"]
        named = (
            is_country_name(state)
            if match["possessive"]
            else country_code(state) and not is_country_name(state)
        )
        if named and not _overlaps(match.start(), match.end(), mentions):
            found.append(PrintedName(match[0], index, match.start(), match.end(), "Embassy"))
    return found


def _legal_form_companies(sentence, index, mentions):
    found = []
    for match in _LEGAL_FORM_FIRST.finditer(sentence):
        if not _overlaps(match.start(1), match.end(1), mentions):
            found.append(PrintedName(match.group(1), index, match.start(1), match.end(1), "Company"))
    return found


# The words one of which every match of the seven readers' patterns holds (see _names_without_a_head_word).
_BODY_READER_WORDS = words_of_any(
    (
        _PROVINCE_DEPT,
        _GOVERNMENT_DEPARTMENT,
        _COMMITTEE,
        _LOCAL_GOVERNMENT,
        _LEGAL_FORM_FIRST,
        _MISSION_IN_SMALL_LETTERS,
        _NATIONAL_SECTOR_BODY,
    )
)


# A name going on before a sector word: a capitalised word, maybe and a connector ("Partnership in"), "of".
_NAME_GOES_ON_BEFORE = re.compile(r"(?:\b[A-Z][\w’'-]*(?:\s+(?:in|of|for|on))?|\bof|\bfor|&)\s+$")


def _national_sector_bodies(sentence, index, mentions):
    """ "Universities Canada", "Universities UK International", "Education New Zealand": a national body named
    by its sector and its country's name, with no head word; after a capitalised word or "of" the words belong
    to another name ("Ministry of Higher Education Malta", "the Partnership in Research Indonesia")."""
    found = []
    for match in _NATIONAL_SECTOR_BODY.finditer(sentence):
        words = match.group(2).split()
        country = next((n for n in range(len(words), 0, -1) if is_country_name(" ".join(words[:n]))), 0)
        if not country or _NAME_GOES_ON_BEFORE.search(sentence[max(0, match.start() - 60) : match.start()]):
            continue
        end = match.start(2) + len(" ".join(words[:country]))
        if words[country : country + 1] == ["International"]:
            end += len(" International")
        if _overlaps(match.start(), end, mentions):
            continue
        mention = PrintedName(sentence[match.start() : end], index, match.start(), end, match.group(1))
        mention.country = country_code(" ".join(words[:country]))
        found.append(mention)
    return found


def ministries_named_by_ministers(sentences, mentions):
    """ "Indonesian Minister of Higher Education, Science and Technology Brian Yuliarto", "A, the minister for
    education": the ministry a minister's title names, where the article names no ministry of those fields
    itself ("Minister of Higher Education A ... the Jordanian Ministry of Higher Education" is that one). The
    name is the title's: "Indonesian Ministry of Higher Education, Science and Technology", "Ministry for
    Education"; its place is the fields' words, so "the minister for education" acts for it."""
    named = [portfolio_of(m.text) for m in mentions if m.head == "Ministry"]
    found = []
    for index, sentence in enumerate(sentences):
        if "inister" not in sentence.text:
            continue
        at = 0
        while (match := _MINISTER_OF.search(sentence.text, at)) is not None:
            fields, end = _fields_of_the_title(match)
            at = max(end, match.start("fields"))  # "Minister for Education ... and Minister of Health": two
            if not fields or any(ministry and ministry <= portfolio_of(fields) for ministry in named):
                continue
            nation = match["nation"]
            demonym = f"{nation} " if nation and country_code(nation) and not is_country_name(nation) else ""
            name = f"{demonym}Ministry {match['link']} {fields}"
            country = country_code(nation) if demonym else None
            state = None if demonym else _TITLES_STATE.match(sentence.text, end)
            nation = state and state["state"].removeprefix("the ")
            if nation and is_country_name(nation):  # "Minister of Trade and Industry of Namibia"
                name, country, end = f"{name} of {state['state']}", country_code(nation), state.end()
            mention = PrintedName(name, index, match.start("fields"), end, "Ministry", country)
            mention.from_title = True
            found.append(mention)
    return found


# The state a minister's title names after its portfolio: "Minister of Trade of Namibia", "... of Fiji".
_TITLES_STATE = re.compile(r"\s+of\s+(?P<state>(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=[\s,.;:)]|$)")


def portfolio_of(text):
    """The portfolio words of a ministry's name or a minister's title: "Ministry of Higher Education" and "the
    minister of higher education" -> {"Higher", "Education"}."""
    words = (w[:1].upper() + w[1:] for w in re.findall(r"[A-Za-z]+", text))
    return {w for w in words if w in FIELD_WORDS or w in PORTFOLIO_WORDS}


def _fields_of_the_title(match):
    """The portfolio a "Minister of ..." title names, capitalised ("Higher Education and Scientific
    Research"), and where it ends; None where the words after "of" are no portfolio ("Minister of State")."""
    kept, end = [], match.start("fields")
    for word in re.finditer(r"[A-Za-z]+", match["fields"]):
        capitalised = word[0][:1].upper() + word[0][1:]
        if word[0] == "and":
            kept.append("and")
            continue
        if capitalised not in FIELD_WORDS and capitalised not in PORTFOLIO_WORDS:
            break
        kept.append(capitalised)
        end = match.start("fields") + word.end()
    while kept and kept[-1] == "and":
        kept.pop()
    if not kept:
        return None, end
    printed = match.string[match.start("fields") : end]
    return " ".join(w if w == "and" else w[:1].upper() + w[1:] for w in printed.split(" ")), end


def abbreviates_prefix(acronym, name):
    """Like `abbreviates`, also trying the name without its last words ("SOA" ~ "Siksha 'O' Anusandhan
    ...")."""
    words = name.split()
    return any(abbreviates(acronym, " ".join(words[:cut])) for cut in range(len(words), 1, -1))


def _abbreviates_the_original(acronym, name):
    """A name printed in translation keeps the acronym of its original ("Council of Rectors of Chilean
    Universities (CRUCH)", "National Council of Science and Technology (CONACYT)"): right after the name,
    an acronym of three letters or more at least half of whose letters begin the name's words is its."""
    letters = {c for c in acronym.upper() if c.isalpha()}
    initials = {w[0] for w in name.split() if w[:1].isupper()}
    return len(acronym) >= 3 and len(initials) >= 3 and len(letters & initials) * 2 >= len(letters)


def _syllabic_short_form(word, name):
    """ "Unisa" (University of South Africa), "Unud" (Udayana University, in Indonesian "Universitas
    Udayana"): a short form made of the first letters of the name's words, more than one from a word, read
    off the name as printed or with its head first."""
    if word.isupper() or looks_like_acronym(word):
        return False
    words = name.split()
    head = next((w for w in words if w in HEADS), None)
    head_first = " ".join([head] + [w for w in words if w != head]) if head else name
    return abbreviates(word, name) or abbreviates(word, head_first)


def _attach_acronyms(sentence, mentions):
    """Bind "Name (ACR)" and "ACR (Name)" pairs printed in the sentence."""
    for mention in mentions:
        brand = _BRAND_AFTER.match(sentence, mention.end)
        if (
            brand
            and (mention.head in COMPANY_HEADS or mention.head == "Company")
            and brand.group(1)[:3].lower() == mention.text[:3].lower()
        ):
            mention.acronym = brand.group(
                1
            )  # "Petroliam Nasional Berhad (Petronas)": the brand of a legal name
            continue
        short = _BRAND_AFTER.match(sentence, mention.end)
        if short and mention.head in HEADS and _syllabic_short_form(short.group(1), mention.text):
            mention.acronym = short.group(
                1
            )  # "University of South Africa (Unisa)", "Udayana University (Unud)"
            continue
        match = _ACRONYM_AFTER.match(sentence, mention.end)
        if (
            match
            and looks_like_acronym(match.group(1))
            and (
                abbreviates_prefix(match.group(1), mention.text)
                or _abbreviates_the_original(match.group(1), mention.text)
            )
        ):
            mention.acronym = match.group(1)
            continue
        before = _ACRONYM_OPENED_BEFORE.search(sentence[: mention.start])
        if (
            before
            and looks_like_acronym(before.group(1))
            and sentence[mention.end :].lstrip().startswith(")")
        ):
            letters = set(before.group(1).upper())
            initials = {w[0].upper() for w in mention.text.split() if w[0].isupper()}
            if len(letters & initials) >= max(2, len(letters) - 1):
                mention.acronym = before.group(1)


def acronym_definitions(sentence, index, mentions, rejected=None):
    """Names defined by an acronym but outside the name grammar: "Infrastructure University Kuala Lumpur
    (IUKL)".

    Acronyms defined for something that is not one institution go into the set `rejected`."""
    found = []
    if "(" not in sentence:
        return found  # a cheap test first: most sentences define nothing
    if rejected is not None:
        _reject_descriptions(sentence, mentions, rejected)
    for match in _PAREN_DEF.finditer(sentence):
        acronym = match.group(2)
        if not looks_like_acronym(acronym):
            continue
        if any(m.acronym == acronym for m in mentions):
            continue
        words = match.group(1).split()
        for cut in range(len(words)):
            candidate = " ".join(words[cut:])
            if (
                (words[cut] in _LEFT_STOP and not _spelt_from_its_first_word(acronym, candidate))
                or words[cut] in ("of", "and", "for", "the", "de")
                or words[cut].endswith(("'", "’", "'s", "’s"))
            ):
                # "Rectors' Forum of the Association of ... (ASRTU)": the name starts at "Association"
                continue
            unit = bool(_PART_UNIT_START.match(candidate))  # "Faculty of Marine Sciences (FMS)": a unit's
            headed = any(w.rstrip(".,") in _ACRONYM_HEADS for w in words[cut:]) or bool(
                ALLIANCE_MEMBER_WORDS.intersection(words[cut:])  # "Conference of Rectors (CRASP)"
            )
            if not unit and not headed:
                if any(_PART_UNIT_START.match(" ".join(words[k:])) for k in range(cut + 1, len(words))):
                    continue  # "X University's Department of Y (DY)": the unit starts further on
                break
            if _TWO_NAMES_JOINED.search(candidate) and sum(1 for w in candidate.split() if w in HEADS) > 1:
                if rejected is not None:
                    rejected.add(acronym)
                continue  # "Makerere University and Yale University (MUYU)": two names, a programme's acronym
            if _ends_on_a_unit(candidate):
                break  # the grammar reads the school's name; the acronym is its unit's
            if abbreviates(acronym, candidate):
                start = match.start(1) + match.group(1).index(candidate)
                # replace a shorter mention of the same words, e.g. "Infrastructure University"
                mentions[:] = [
                    m for m in mentions if not (m.start >= start and m.end <= start + len(candidate))
                ]
                mention = PrintedName(
                    candidate, index, start, start + len(candidate), "Defined", acronym=acronym
                )
                mention.is_unit = bool(_UNIT_START.match(candidate))
                found.append(mention)
                break
    return found


def _spelt_from_its_first_word(acronym, candidate):
    """ "Our Lady of Meridel University (OLMU)": a word that usually opens no name ("Our", "Her") belongs to
    it when the acronym in brackets spells the whole name from that word on."""
    return acronym[:1].upper() == candidate[:1] and abbreviates(acronym, candidate)


def _reject_descriptions(sentence, mentions, rejected):
    """An acronym defined for a phrase with no institution head word is a programme, a body or a technology
    ("Joint Management Committee (JMC)", "carbon capture, utilisation and storage (CCUS)"), not an
    institution."""
    for match in _PAREN_ACRONYM.finditer(sentence):
        acronym = match.group(1)
        if (
            not looks_like_acronym(acronym)
            or any(m.acronym == acronym for m in mentions)
            or any(m.end <= match.start() and not sentence[m.end : match.start()].strip() for m in mentions)
        ):
            continue
        if PROGRAMME_AFTER.match(sentence, match.end()):
            rejected.add(acronym)  # "the Free Study Campus (KMBT) programme"
            continue
        words = re.findall(r"[\w’'&-]+", sentence[max(0, match.start() - 120) : match.start()])[-10:]
        for cut in range(len(words) - 1, -1, -1):
            phrase = words[cut:]
            if any(w in HEADS or w in ALLIANCE_HEADS or _misspelt_university(w) for w in phrase):
                break
            if len(phrase) >= 2 and PROGRAMME_WORDS.intersection(phrase):
                rejected.add(acronym)  # "a Joint Work Agreement (PKR)": a document's, in any language
                break
            if _PART_UNIT_START.match(" ".join(phrase)):
                break  # a unit's acronym: it stands for the unit's institution (institutions.py)
            if (
                len(" ".join(phrase).replace("-", " ").split()) >= 2  # "Vice-Chancellor (VC)": a title
                and abbreviates(acronym, " ".join(phrase))
                and phrase[0].lower() not in ("of", "and", "the", "for")
            ):
                rejected.add(acronym)
                break


def find_acronyms(sentence, index):
    """Acronym-shaped tokens in the sentence: (token, start, end)."""
    return _acronyms_in(sentence)


@lru_cache(maxsize=4096)
def _acronyms_in(sentence):
    found = []
    for match in re.finditer(r"(?<![\w’'])([A-Z][A-Za-z]{1,7})(?![\w’']*\w)", sentence):
        token = match.group(1)
        if looks_like_acronym(token) and not _shouted_surname(sentence, token, match.start()):
            found.append((token, match.start(), match.end()))
    for match in re.finditer(r"\b([A-Z][A-Za-z]{1,7})(?=[’']s\b|-[A-Z])", sentence):
        token = match.group(1)
        if looks_like_acronym(token) and all(match.start() != f[1] for f in found):
            found.append((token, match.start(), match.end()))
    return tuple(_with_suffix(sentence, *f) for f in found)


def _with_suffix(sentence, token, start, end):
    """ "USIU-Africa", "KU-8": an acronym with its campus or its number of members after a hyphen is one
    name; "UN-Habitat" or "ASEAN-Korea" is no campus."""
    suffix = _ACRONYM_SUFFIX.match(sentence, end)
    if suffix is None or country_code(token):  # "UK-China": two countries
        return token, start, end
    tail = suffix.group(1)
    if tail.isdigit() or tail in CONTINENTS or country_code(tail) or is_known_place(tail):
        return token + suffix.group(0), start, suffix.end()
    return token, start, end


def _shouted_surname(sentence, token, start):
    """ "Dr. Maria GONZALEZ": a surname in capitals after an honorific and a given name is no acronym."""
    return (
        token.isupper()
        and len(token) >= 3
        and any(c in "AEIOUY" for c in token)
        and bool(SHOUTED_SURNAME_BEFORE.search(sentence[max(0, start - 40) : start]))
    )
