"""What a whole sentence says of every name in it (a sentence that sets its people in the background, an
earlier year or deed, a country named) is read once a sentence, not once for each run of name-shaped words,
and once an article: no article reads another's. The names reader's word sets are built once, not at each
test. Who is a person stays what it was."""

import pytest

from registry.ingest.extraction import names, parse_article
from registry.ingest.extraction.lexicon import (
    _CONNECTORS,
    ALLIANCE_HEADS,
    BODY_HEADS,
    ENGLISH_HEADS,
    FOREIGN_HEADS,
    GOVERNMENT_HEADS,
    GRAMMAR_HEADS,
    HEADS,
    OFFICE_HOLDER_HEADS,
    ROLE_WORDS,
    SCHOOL_KIND_WORDS,
)
from registry.ingest.extraction.people import PeopleFinder


def _people(article):
    return {person["name"] for person in parse_article(article, file="a.txt")["people"]}


def _article(sentence):
    return (
        "Velkaro Institute signs MoU with Brennhal Polytechnic\n\n"
        "Velkaro Institute and Brennhal Polytechnic signed an agreement on 3 March 2031. " + sentence
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The institute was founded by Talvine Orrisk and Ismo Tannacourt, both engineers.",
        "Its alma mater honoured Dr. Pell Ruddock and Dr. Ottilie Vasquerand at the gala.",
        "The father of Prof. Arvid Quenmore met Prof. Selma Drabbeck, a historical figure.",
    ],
)
def test_no_name_of_a_background_sentence_is_a_person(sentence):
    found = _people(_article(sentence))
    assert not {"Talvine Orrisk", "Ismo Tannacourt", "Pell Ruddock", "Ottilie Vasquerand"} & found
    assert not {"Arvid Quenmore", "Selma Drabbeck"} & found


@pytest.mark.parametrize(
    "sentence, people",
    [
        (
            "Rector Talvine Orrisk and Dean Ismo Tannacourt of Velkaro Institute welcomed the guests.",
            {"Talvine Orrisk", "Ismo Tannacourt"},
        ),
        (
            "Prof. Pell Ruddock, rector of Brennhal Polytechnic, thanked Dr. Ottilie Vasquerand for the "
            "visit.",
            {"Pell Ruddock", "Ottilie Vasquerand"},
        ),
        (
            "Its Founder and President, Dr. Arvid Quenmore, greeted Prof. Selma Drabbeck, dean of Velkaro "
            "Institute.",
            {"Arvid Quenmore", "Selma Drabbeck"},
        ),
    ],
)
def test_every_person_of_a_sentence_in_the_foreground_is_read(sentence, people):
    assert people <= _people(_article(sentence))


def test_the_facts_of_a_sentence_are_read_once_and_kept_for_its_article_only():
    calls = []

    def read(text):
        calls.append(text)
        return len(text) > 10

    first, second = PeopleFinder(institutions=None), PeopleFinder(institutions=None)
    sentence = "Talvine Orrisk and Ismo Tannacourt met in 2031."
    assert first._of_the_sentence(read, sentence) is True
    assert first._of_the_sentence(read, sentence) is True
    assert first._of_the_sentence(read, "Short.") is False
    assert calls == [sentence, "Short."]
    assert second._of_the_sentence(read, sentence) is True  # another article reads it again
    assert calls == [sentence, "Short.", sentence]


def test_an_article_parsed_again_gives_the_same_people():
    article = _article("Prof. Pell Ruddock was born in Sárvik; Dr. Ottilie Vasquerand said the deal matters.")
    assert parse_article(article, file="a.txt") == parse_article(article, file="a.txt")


@pytest.mark.parametrize(
    "built, union",
    [
        (names._MODIFIABLE_HEADS, ENGLISH_HEADS | ALLIANCE_HEADS | BODY_HEADS),
        (names._NO_LAST_WORD, _CONNECTORS | {"and", "&", "named", "after", "in"}),
        (names._SCHOOL_HEADS, ENGLISH_HEADS | {"School"}),
        (names._STATE_HEADS, GOVERNMENT_HEADS | {"General"}),
        (names._HEADS_NEEDING_A_NAME, GOVERNMENT_HEADS | ENGLISH_HEADS | BODY_HEADS | {"School"}),
        (names._HEADS_OR_ALLIANCES, HEADS | ALLIANCE_HEADS),
        (names._SCHOOL_HEADS_ANY_LANGUAGE, ENGLISH_HEADS | FOREIGN_HEADS),
        (names._ACRONYM_HEADS, HEADS | ALLIANCE_HEADS | (BODY_HEADS - OFFICE_HOLDER_HEADS)),
        (names._SCHOOL_KINDS, SCHOOL_KIND_WORDS | {"Business"}),
        (names._TITLES_OR_HEADS, ROLE_WORDS | GRAMMAR_HEADS),
    ],
)
def test_the_names_readers_word_sets_are_the_lexicons_unions(built, union):
    assert built == union


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Brennhal Polytechnic and Dunmere University (BPDU) launched a programme.", None),
        ("The Quillmere Agricultural University (QAU) signed with Velkaro Institute.", "QAU"),
        ("Staff of the Tarvo Academy of Sciences (TAS) visited Brennhal Polytechnic.", "TAS"),
    ],
)
def test_an_acronym_after_two_names_joined_by_and_is_no_names(sentence, name):
    acronyms = {mention.acronym for mention in names.find_names(sentence, 0) if mention.acronym}
    assert acronyms == ({name} if name else set())
