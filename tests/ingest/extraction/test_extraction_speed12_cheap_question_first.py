"""Two article-wide readings ask their cheap question before searching every sentence, and read as before:
a nationality before a common noun for schools ("a Chilean university") gives its country only to a school
left without one, so where every school has a country no sentence is searched for the phrase; "the
Foundation" names the one foundation named before it, so where no name holds such a head word no sentence
is searched for the reference. Every sentence is invented."""

import pytest

from tests.ingest.extraction.test_extraction import FakeGazetteer, entry, parse

GAZETTEER = FakeGazetteer(entry("Ostravel University", "KZ"), entry("Brenmoor Institute of Mines", "NO"))


def _countries(text):
    return {item["name"]: item["country"] for item in parse(text, gazetteer=GAZETTEER)["institutions"]}


def _parties(text):
    return [set(agreement["parties"]) for agreement in parse(text, gazetteer=GAZETTEER)["agreements"]]


@pytest.mark.parametrize(
    "text",
    [
        "Ostravel University partners with a Chilean university\n\nOstravel University signed a memorandum "
        "with Quellaro Coastal University on 3 May 2031.\n",
        "Ostravel University and a Chilean university to swap lecturers\n\nOn 3 May 2031 Quellaro Coastal "
        "University and Ostravel University agreed to exchange lecturers.\n",
        "A Chilean university signs with Ostravel University\n\nQuellaro Coastal University inked an "
        "agreement with Ostravel University on 3 May 2031.\n",
    ],
)
def test_the_school_left_without_a_country_takes_the_phrases_and_the_known_one_keeps_its_own(text):
    countries = _countries(text)
    assert countries["Quellaro Coastal University"] == "CL"
    assert countries["Ostravel University"] == "KZ"


@pytest.mark.parametrize(
    "text",
    [
        "Ostravel University partners with a Chilean university\n\nOstravel University signed a memorandum "
        "with Brenmoor Institute of Mines on 3 May 2031.\n",
        "Two Peruvian universities watch\n\nOn 3 May 2031 Brenmoor Institute of Mines and Ostravel "
        "University agreed to exchange lecturers.\n",
        "A Chilean university was not part of it\n\nBrenmoor Institute of Mines inked an agreement with "
        "Ostravel University on 3 May 2031.\n",
    ],
)
def test_where_every_school_has_a_country_the_phrase_changes_none(text):
    countries = _countries(text)
    assert countries["Ostravel University"] == "KZ"
    assert countries["Brenmoor Institute of Mines"] == "NO"


@pytest.mark.parametrize(
    "body, party",
    [
        (
            "The Velmora Heritage Foundation opened a library in Kelvar in 2029. On 3 May 2031 the "
            "Foundation signed a memorandum with Ostravel University.",
            "Velmora Heritage Foundation",
        ),
        (
            "Quennet Rural Development Agency was set up in 2020. This agency signed an agreement with "
            "Ostravel University on 3 May 2031.",
            "Quennet Rural Development Agency",
        ),
        (
            "Officials of the Brisholm Trade Council toured Kelvar in 2029. On 3 May 2031 the council "
            "signed a memorandum with Ostravel University.",
            "Brisholm Trade Council",
        ),
    ],
)
def test_the_body_named_before_is_the_party_a_definite_head_word_stands_for(body, party):
    assert _parties("Partnership news\n\n" + body + "\n") == [{party, "Ostravel University"}]


@pytest.mark.parametrize(
    "body",
    [
        "On 3 May 2031 the Ministry signed a memorandum with Ostravel University.",
        "Ostravel University opened a library in 2029. On 3 May 2031 the Foundation signed a memorandum "
        "with Ostravel University and Brenmoor Institute of Mines.",
        "This Agency and Ostravel University signed an agreement on 3 May 2031.",
    ],
)
def test_a_head_word_no_name_before_holds_names_no_party(body):
    for parties in _parties("Partnership news\n\n" + body + "\n"):
        assert not {"Ministry", "Foundation", "Agency"} & parties
