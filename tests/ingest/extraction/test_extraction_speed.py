"""The parser's speed work keeps what it reads: each faster helper answers as the slower code it replaced.

Each test states the helper's answer on phrasings that exercise its edges (a lookbehind before the match, a
name that goes on, overlapping spellings), so that a faster rewrite that changes a single answer fails here.
"""

import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from registry.ingest.extraction import lexicon
from registry.ingest.extraction.institutions import _printed_without, _short_form_places
from registry.ingest.extraction.names import _glued_head, _head_at
from registry.ingest.extraction.prefilter import (
    Prefiltered,
    behind_first_characters,
    first_characters,
    outside_characters,
    prefiltered,
    required_endings,
    required_starts,
    required_words,
)


def test_a_short_form_is_found_wherever_it_stands_alone():
    text = "Haifa signed the plan; Haifa's team, and Haifa."
    assert list(_short_form_places("Haifa", text)) == [(0, 5), (23, 28), (41, 46)]


def test_a_short_form_after_a_place_preposition_is_the_city():
    text = "students in Haifa, a trip to Haifa, visiting Haifa, then Haifa agreed"
    assert list(_short_form_places("Haifa", text)) == [(57, 62)]


def test_a_short_form_that_a_longer_name_goes_on_from_is_not_alone():
    text = "Haifa University, Haifa of old, Haifa-based, xHaifa, Haifa President Ron, Haifa Dean"
    assert list(_short_form_places("Haifa", text)) == [(53, 58), (74, 79)]  # before a title, it is alone


def test_spellings_that_overlap_are_read_left_to_right_once():
    assert list(_short_form_places("Ab.Ab", "Ab.Ab.Ab,")) == [(0, 5)]  # not (3, 8) as well


# -- the literal test in front of the lexicon's patterns (prefilter.py) ----------------------------------


def test_every_match_of_a_pattern_contains_one_of_its_required_words():
    pattern = re.compile(r"\b(?:paid|made) a visit to|arrived (?:at|in)|toured\b")
    assert required_words(pattern) == (
        "arrived at",
        "arrived in",
        "made a visit to",
        "paid a visit to",
        "toured",
    )


def test_words_of_a_few_known_strings_join_their_neighbours():
    glued = re.compile(r"\b([a-z]*?)(from|of)(the|our)\b")  # "fromthe", "ofour": rarer than "the"
    assert required_words(glued) == ("fromour", "fromthe", "ofour", "ofthe")
    optional = re.compile(r"\bjoined (?:the )?(?:meeting|talks)\b")
    assert required_words(optional) == (
        "joined meeting",
        "joined talks",
        "joined the meeting",
        "joined the talks",
    )
    assert prefiltered(optional).search("they Joined the talks") is None  # case counts: no re.I
    assert prefiltered(glued).sub("#", "a tour of the campus") == "a tour of the campus"


def test_a_lookahead_and_a_letter_in_both_cases_give_words_too():
    brand = re.compile(r"\b([A-Z][a-z]{3,})(?=\s+(?:[Dd]elegation|[Vv]isited)\b)")
    assert required_words(brand) == ("delegation", "visited")
    assert prefiltered(brand).search("a Josai Delegation").group(1) == "Josai"
    assert prefiltered(brand).search("Josai sent a team") is None
    assert required_words(re.compile(r"\b[A-Z]\w+(?!\s+University)")) is None  # what must not follow


def test_a_pattern_that_may_match_nothing_requires_no_word():
    assert required_words(re.compile(r"(?:visit)?")) is None
    assert required_words(re.compile(r"\d+|[A-Z]\.")) is None
    assert required_words(re.compile(r"visit|\w+")) is None  # one branch has no word of its own


def test_a_pattern_anchored_at_the_end_requires_one_of_its_endings():
    title = re.compile(r"((?:vice[\s-]+)*(?:President|Rector(?:\s+Magnificus)?|Dato[’']?|Attaché))\s*$", re.I)
    assert required_endings(title) == ("'", "Attaché", "Dato", "Magnificus", "President", "Rector", "’")
    assert prefiltered(title).search("welcomed by the Vice President  ").group(1) == "Vice President"
    assert prefiltered(title).search("Rector ATTACHÉ\n") is not None
    assert prefiltered(title).search("the president said") is None
    assert required_endings(re.compile(r"(?:of|\w+)\s*$")) is None  # a word of any letters may end it
    assert required_endings(re.compile(r"of\s*$", re.M)) is None  # "$" at every line's end


def test_a_case_blind_pattern_is_tested_on_the_folded_text():
    visit = prefiltered(re.compile(r"\bvisit", re.I))
    assert visit.search("A VISIT").group(0) == "VISIT"
    assert visit.search("the ViSıT") is not None  # the dotless i matches "i" under IGNORECASE
    assert visit.search("“VİSIT”") is not None  # the dotted capital I lowers to "i" and a combining dot
    assert prefiltered(re.compile(r"sign", re.I)).search("’ſign") is not None  # the long s
    assert prefiltered(re.compile(r"(?i:visit)")).search("VISIT") is not None
    assert visit.search("a trip") is None


def test_anchored_calls_and_positions_go_straight_to_the_pattern():
    visit = prefiltered(re.compile(r"visit"))
    assert visit.match("visit") is not None
    assert visit.search("a visit", 2).start() == 2
    assert visit.sub("trip", "no") == "no" and visit.split("a visit b") == ["a ", " b"]


def _lexicon_patterns():
    for name, value in vars(lexicon).items():
        if isinstance(value, Prefiltered):
            yield name, value
    for kind, value in lexicon.MEETING_KINDS:
        yield kind, value


_PIECES = [
    "visit",
    "ed",
    " ",
    "the ",
    "Signed",
    "MoU",
    "Rector",
    "İ",
    "ı",
    "ſ",
    "meeting",
    "online",
    ",",
    ".",
]


@pytest.mark.parametrize("name", [name for name, _ in _lexicon_patterns()])
def test_each_lexicon_pattern_answers_as_its_compiled_self(name):
    pattern = dict(_lexicon_patterns())[name]
    compiled = pattern.compiled()
    rng = random.Random(name)
    words = list(pattern._words) + list(pattern._endings or ()) + _PIECES
    for _ in range(300):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 8)))
        text = text.upper() if rng.random() < 0.2 else text
        assert _same(pattern.search(text), compiled.search(text)), text
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in compiled.finditer(text)]
        assert pattern.sub("#", text) == compiled.sub("#", text)


def _same(a, b):
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span())


def test_no_reader_hands_a_lexicon_pattern_to_the_re_module():
    """re.search(PATTERN, text) needs a compiled pattern; the lexicon's are behind a literal test: call
    PATTERN.search(text)."""
    names = "|".join(re.escape(name) for name, _ in _lexicon_patterns() if name.isidentifier())
    wrong = re.compile(r"\bre\.\w+\(\s*(?:" + names + r")\s*[,)]")
    folder = Path(lexicon.__file__).parent
    offending = [
        f"{path.name}: {m.group(0)}" for path in folder.glob("*.py") for m in wrong.finditer(path.read_text())
    ]
    assert offending == []


# -- the name grammar's head words (names._head_at answers at once for a word no head begins like) --------


@pytest.mark.parametrize(
    "word, head",
    [
        ("University", ("University", False)),
        ("University's", ("University", True)),
        ("Univeristy", ("University", False)),  # a typo of the commonest head word
        ("Friedrich-Alexander-Universität", ("Universität", False)),
        ("pro-University", ("University", False)),  # a hyphen: the head may follow a word in lower case
        ("Lund", None),
        ("the", None),
        ("“University", None),
        (".,", None),
    ],
)
def test_a_head_word_is_told_from_its_first_letter_on(word, head):
    assert _head_at([(word, 0, len(word))], 0, _glued_head(word)) == head  # find_names reads the glued head


def test_what_a_lookahead_reads_follows_the_words_before_it():
    glued = re.compile(r"\b(University|College)(?=(?:visited|from|the)[a-z]*\b)")
    assert "Universityvisited" in required_words(glued) and "Collegethe" in required_words(glued)
    assert prefiltered(glued).sub(r"\1 ", "the Universityvisited Lund") == "the University visited Lund"
    assert prefiltered(glued).sub(r"\1 ", "the University visited Lund") == "the University visited Lund"


def test_a_pattern_anchored_at_the_end_is_searched_from_the_last_character_it_cannot_hold():
    title = re.compile(r"((?:(?:former|vice)[\s-]+)*(?:President|Rector|Dr\.?)(?:\s+Dr\.?)*)\s*$", re.I)
    fast = prefiltered(title)
    assert outside_characters(title).search(",") and not outside_characters(title).search("O")  # "former"
    for window in (
        "signed, on behalf of it, by Vice President ",
        "(the former Rector Dr. ",
        "the rector\n",
        "Dr, ",
    ):
        assert _same(fast.search(window), title.search(window)), window
    assert fast.search("signed by Vice-President ").group(1) == "Vice-President"
    assert outside_characters(re.compile(r"\d+ of\s*$")) is not None  # digits, letters and spaces
    assert outside_characters(re.compile(r"[^,]+ of\s*$")) is None  # a negated class: nearly anything
    assert outside_characters(re.compile(r"visit(?:ed)?")) is None  # not anchored at the end


# -- runs of capitalised words: the test of the character before a run follows the run's first capital ----

_RUN_AS_FIRST_WRITTEN = re.compile(
    r"(?<![\w’'.-])[A-Z][\w’'&-]*(?:\s(?:(?:of|de|di|du|der|für|for|and|the|&)\s)?[A-Z][\w’'&-]*){0,5}"
)


@given(st.text(alphabet="AZaz’'.-& \n1é", max_size=40))
@settings(max_examples=400, deadline=None)
def test_a_capitalised_run_is_found_as_the_lookbehind_first_form_finds_it(text):
    found = [m.span() for m in lexicon._CAPITALISED_RUN.finditer(text)]
    assert found == [m.span() for m in _RUN_AS_FIRST_WRITTEN.finditer(text)]


@pytest.mark.parametrize(
    "text, runs",
    [
        ("Alpha Beta of Gamma", ["Alpha Beta of Gamma"]),
        ("the Z.Kappa lab", ["Z"]),  # "Kappa" follows a dot: no run starts after an initial's dot
        ("Lund,X.Kappa", ["Lund", "X"]),  # a comma does not hold a run back
        ("Theta-Iota and Kappa", ["Theta-Iota and Kappa"]),
        ("A", ["A"]),  # the text's first character opens a run
    ],
)
def test_a_capitalised_run_starts_where_no_word_character_precedes_it(text, runs):
    assert [m.group(0) for m in lexicon._CAPITALISED_RUN.finditer(text)] == runs


# -- a case-blind pattern of many alternatives behind a lookahead of the letters they begin with ----------

_MONTHS = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d+", re.I
)


def test_a_case_blind_pattern_of_many_alternatives_is_scanned_by_its_first_letters():
    assert first_characters(_MONTHS) == "[jfmasond]"
    assert behind_first_characters(_MONTHS).pattern.startswith("(?=[jfmasond])")


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep)\s+\d+"),  # case-sensitive
        re.compile(r"\b(?:visit|trip)\b", re.I),  # two alternatives: the pattern fails as soon
        re.compile(r"^(?:a|b|c|d|e|f|g|h|i)", re.I),  # tried at the start only
        re.compile(r"(?:a|b|c|d|e|f|g|h|\w)", re.I),  # any letter may begin a match
        re.compile(r"(?:a|b|c|d|e|f|g|h|i)?x", re.I),  # the alternatives may be left out
    ],
)
def test_no_lookahead_where_it_would_not_pay_or_not_hold(pattern):
    assert behind_first_characters(pattern) is pattern


@given(st.text(alphabet="jJfFmMaAsSoOnNdDuUeErRyYıİſK 1,.", max_size=40))
@settings(max_examples=400, deadline=None)
def test_the_lookahead_finds_what_the_pattern_finds(text):
    faster = behind_first_characters(_MONTHS)
    assert [m.span() for m in faster.finditer(text)] == [m.span() for m in _MONTHS.finditer(text)]
    faster = behind_first_characters(re.compile(r"\b(?:" + "|".join("jfmasondkiS") + r")\w", re.I))
    plain = re.compile(r"\b(?:" + "|".join("jfmasondkiS") + r")\w", re.I)
    assert [m.span() for m in faster.finditer(text)] == [m.span() for m in plain.finditer(text)]


# -- a name printed without the nationality word in front of it ------------------------------------------


@given(st.text(alphabet="ab I", max_size=30), st.text(alphabet="ab", min_size=1, max_size=3))
@settings(max_examples=400, deadline=None)
def test_a_name_is_printed_without_its_nationality_word_where_the_lookbehind_says_so(text, first):
    name = "a Ib"
    expected = re.search(r"(?<!" + re.escape(first) + r" )" + re.escape(name), text) is not None
    assert _printed_without(text, f"{first} ", name) is expected


@pytest.mark.parametrize(
    "text, printed_without",
    [
        ("Iranian Jundishapur University signed.", False),
        ("Iranian Jundishapur University and Jundishapur University", True),
        ("Jundishapur University", True),  # at the start of the sentence
        ("Iranian Jundishapur Universityx", False),
    ],
)
def test_a_name_with_a_nationality_word_in_front_is_not_the_name_without_it(text, printed_without):
    assert _printed_without(text, "Iranian ", "Jundishapur University") is printed_without


# -- a pattern tried slowly at every position is matched only where one of its starts stands ---------------


def test_every_match_of_a_pattern_begins_with_one_of_its_starts():
    pattern = re.compile(r"(?<!the )\bvisit(?:ed|s)?\b|(?:paid|made) (?:a|an) visit|arrived (?:at|in)")
    # "visited" begins where "visit" does: the longer start adds no place
    assert required_starts(pattern) == (
        "arrived at",
        "arrived in",
        "made a visit",
        "made an visit",
        "paid a visit",
        "paid an visit",
        "visit",
    )


def test_a_repeat_that_may_be_left_out_gives_its_starts_and_those_after_it():
    pattern = re.compile(r"(?:(?:vice|deputy)[\s-]+)*(?:president|rector)\s*$", re.I)
    assert required_starts(pattern) == ("deputy", "president", "rector", "vice")


def test_a_case_blind_part_gives_lowered_starts():
    assert required_starts(re.compile(r"(?i:Visit)|Tour")) == ("tour", "visit")


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"[A-Z]\w+ University"),  # a class first
        re.compile(r"(?:the )?[A-Z]\w+"),  # a match may begin with the class too
        re.compile(r"(?:a|b)*c|\d"),
    ],
)
def test_no_starts_where_a_match_may_begin_with_anything(pattern):
    assert required_starts(pattern) is None


_SLOW = re.compile(
    r"(?<!\bthe )(?<!\bour )\bvisit(?:ed|ing)?\b|(?:paid|made) (?:a|an) [\w\s-]{0,20}?visit|"
    r"arrived (?:at|in)|came to|toured|(?:led|headed) (?:a|the) delegation|stopped at|sent a team|"
    r"courtesy call",
    re.I,
)


def test_a_slow_pattern_is_searched_from_its_starts():
    assert prefiltered(_SLOW)._starts is not None


def test_a_pattern_the_engine_scans_for_itself_is_searched_from_its_starts_too():
    assert prefiltered(re.compile(r"\bvisit(?:ed)?\b", re.I))._starts == ("visit",)
    rector = re.compile(r"Rector(?:ate)? of")  # a literal the engine scans for
    assert prefiltered(rector)._starts == ("Recto",)  # "Rector of", "Rectorate of", cut (_openings)
    text = "the Rectorate, the Rector and the Rectorate of Vireo Institute"
    assert prefiltered(rector).search(text).span() == rector.search(text).span() == (34, 46)
    assert prefiltered(re.compile(r"\b[A-Z]\w+ University"))._starts is None  # a class first


_PIECES_OF_VISITS = [
    "the ",
    "our ",
    "visit",
    "ed",
    "ing",
    "paid a ",
    "made an ",
    "arrived at",
    "VISIT",
    "İ",
    "ı",
]


@given(
    st.lists(st.sampled_from([*_PIECES_OF_VISITS, "\u0307", "ſ", "toured", " ", ".", "x"]), max_size=14).map(
        "".join
    )
)
@settings(max_examples=500, deadline=None)
def test_the_search_from_the_starts_finds_what_the_pattern_finds(text):
    faster = prefiltered(_SLOW)
    assert _same(faster.search(text), _SLOW.search(text)), text
    found = [(m.span(), m.group(0)) for m in faster.finditer(text)]
    assert found == [(m.span(), m.group(0)) for m in _SLOW.finditer(text)], text


def test_a_start_printed_often_hands_the_rest_of_the_text_to_the_engine():
    text = "the visit " * 12 + "they visited it, and paid a short visit"
    faster = prefiltered(_SLOW)
    assert faster.search(text).span() == _SLOW.search(text).span() == (125, 132)
    assert [m.span() for m in faster.finditer(text)] == [m.span() for m in _SLOW.finditer(text)]


def test_a_reader_may_allow_more_starts_than_the_default():
    words = [f"{chr(ord('a') + n % 26)}{n}q" for n in range(100)]  # no one the beginning of another
    many = re.compile(r"\b(?:" + "|".join(words) + r")\b|(?<!x)zz", re.I)
    assert required_starts(many) is None  # more than the default
    assert len(required_starts(many, max_starts=200)) == 101
    assert prefiltered(many, max_starts=200)._starts is not None


_CLAUSES_BEFORE_A_DOCUMENT = [
    "Both sides discussed the possible renewal of the",
    "The rectors hope to sign a new",
    "Officials of the two academies will formally conclude the",
    "After talks on the future signing of an exchange",
    "The partners re-signed and then inked the",
    "Delegates exchanged views, then exchanged the",
    "It was agreed to extend the",
    "The institutes are scheduled to renew their",
    "In the near future the signing of a",
    "Members said the ties were extended under the five-year",
    "NOTHING HERE but a plain",
]


@pytest.mark.parametrize("before", _CLAUSES_BEFORE_A_DOCUMENT)
def test_the_action_verbs_are_found_from_their_starts_as_the_pattern_finds_them(before):
    from registry.ingest.extraction.agreements import _ACTION_VERBS

    assert _ACTION_VERBS._starts is not None
    compiled = _ACTION_VERBS.compiled()
    for text in (before, before.upper(), before + " " + before):
        found = [(m.span(), m.groupdict()) for m in _ACTION_VERBS.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in compiled.finditer(text)], text


@given(
    st.lists(st.sampled_from([*_PIECES_OF_VISITS, "toured", " ", ".", "x", "\\"]), max_size=14).map("".join),
    st.sampled_from(["", "<\\g<0>>", "[\\1]", r"\n", "plain"]),
    st.integers(min_value=0, max_value=2),
)
@settings(max_examples=500, deadline=None)
def test_a_substitution_from_the_starts_is_the_patterns_own(text, template, count):
    grouped = re.compile(
        r"(?<!\bthe )\b(visit(?:ed|ing)?)\b|(?:paid|made) (?:a|an) [\w\s-]{0,20}?visit|toured", re.I
    )
    faster = prefiltered(grouped)
    assert faster._starts is not None
    assert faster.sub(template, text, count) == grouped.sub(template, text, count), text
    assert faster.sub(lambda m: m.group(0).upper(), text) == grouped.sub(lambda m: m.group(0).upper(), text)
