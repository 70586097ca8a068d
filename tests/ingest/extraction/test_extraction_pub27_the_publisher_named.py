"""A page that says "our university" and names itself elsewhere: the publisher is the one school its
headline names (of two, the headline's subject), or else the one body the page knows only by an acronym
it never spells out; "our university" then reads as that school wherever it hosts, signs or employs
someone. A page that never names itself keeps its publisher unnamed (extraction-format.md), and the "our"
of a quotation is its speaker's, not the publisher's."""

import pytest

from .reading import article, parsed, trips


def _parties(text):
    return sorted(sorted(a["parties"]) for a in parsed(text)["agreements"])


def _institution_of(text, name):
    return next(p["institution"] for p in parsed(text)["people"] if p["name"] == name)


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        (
            "Varnholt University hosts guests from Ostrava Mining College",
            "On 4 March 2024 a delegation of Ostrava Mining College visited our university for talks on "
            "joint field schools.",
        ),
        (
            "Ostrava Mining College delegation at Varnholt University",
            "A delegation from Ostrava Mining College came to our university on 4 March 2024.",
        ),
        (
            "Varnholt University deepens ties with Ostrava Mining College",
            "On 4 March 2024 our university received a delegation from Ostrava Mining College.",
        ),
    ],
)
def test_our_university_is_the_school_the_headline_names(title, sentence):
    text = article(sentence, title=title)
    assert trips(text) == [("Ostrava Mining College", "Varnholt University")]
    assert any("named by the page" in warning for warning in parsed(text)["warnings"])


@pytest.mark.parametrize(
    "sentence",
    [
        "On 4 March 2024 our school signed an exchange memorandum with Kestrel Bay College.",
        "Our school and Kestrel Bay College signed an exchange memorandum on 4 March 2024.",
        "An exchange memorandum between our school and Kestrel Bay College was signed on 4 March 2024.",
    ],
)
def test_the_school_the_headline_names_signs_for_our_school(sentence):
    text = article(sentence, title="Tarrowby Polytechnic signs with a partner abroad")
    assert _parties(text) == [["Kestrel Bay College", "Tarrowby Polytechnic"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 4 March 2024 our school signed a sister school agreement with Kestrel Bay College. The principal "
        "of HLQ welcomed the guests.",
        "Our school signed a sister school agreement with Kestrel Bay College on 4 March 2024. Parents of "
        "HLQ hosted the guests.",
        "On 4 March 2024 a sister school agreement was signed between our school and Kestrel Bay College. "
        "Families of HLQ "
        "hosted the guests.",
    ],
)
def test_a_page_known_only_by_its_acronym_signs_for_our_school(sentence):
    assert _parties(article(sentence, title="A sister school at last")) == [["HLQ", "Kestrel Bay College"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "In the talks, Vice President Anneke Solberg gave an overview of our university.",
        "Rector Anneke Solberg then presented the history and the faculties of our university.",
        "After lunch, Vice Rector Anneke Solberg showed the guests around our university.",
    ],
)
def test_an_officer_who_tells_of_our_university_acts_for_the_publisher(sentence):
    text = article(
        "On 4 March 2024 a delegation of Ostrava Mining College visited our university.",
        sentence,
        title="Varnholt University welcomes Ostrava Mining College",
    )
    assert _institution_of(text, "Anneke Solberg") == "Varnholt University"


@pytest.mark.parametrize(
    "title",
    [
        "A delegation from Ostrava Mining College at our university",
        "Guests from abroad",
        "Ostrava Mining College comes to our campus",
    ],
)
def test_a_page_that_never_names_itself_keeps_its_publisher_unnamed(title):
    text = article(
        "On 4 March 2024 a delegation of Ostrava Mining College visited our university.", title=title
    )
    assert trips(text) == [("Ostrava Mining College", "")]
    assert any("no name is invented" in warning for warning in parsed(text)["warnings"])


@pytest.mark.parametrize(
    "quote",
    [
        "“Their students enrich our campus,” said Anneke Solberg of Varnholt University.",
        '"We are proud to host them at our university," Anneke Solberg of Varnholt University said.',
        "Anneke Solberg of Varnholt University said: “The exchange will open our college to the world.”",
    ],
)
def test_our_in_a_quotation_is_the_speakers_not_the_publishers(quote):
    text = article(
        "On 4 March 2024 Varnholt University signed an exchange memorandum with Kestrel Bay College.",
        quote,
        title="Two schools sign",
    )
    assert not any("publisher is not named" in warning for warning in parsed(text)["warnings"])
    assert _parties(text) == [["Kestrel Bay College", "Varnholt University"]]
