"""A person the article ties to no institution who tells of "the university" (or "the college", "the
school", ...: a school the sentence leaves unnamed) acts for the school the article is about: its
publisher where known, else the first of its protagonists whose name has the noun said. A sentence that
names another body, a named school ("the University of X") and a speaker after the quotation are left
alone."""

import pytest

from .reading import article, parsed


def _institution_of(text, name):
    return next(p["institution"] for p in parsed(text)["people"] if p["name"] == name)


def _signing(*sentences):
    return article(
        "On 4 March 2024 Varnholt University signed an exchange memorandum with Kestrel Bay College.",
        *sentences,
        title="Varnholt University signs with Kestrel Bay College",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Anneke Solberg, director of admissions, said that the university has twenty faculties.",
        "Dean Anneke Solberg presented an overview of the University and its laboratories.",
        "Anneke Solberg also stressed the university's readiness to host exchange students.",
    ],
)
def test_who_tells_of_the_university_acts_for_the_article_s_university(sentence):
    assert _institution_of(_signing(sentence), "Anneke Solberg") == "Varnholt University"


@pytest.mark.parametrize(
    "sentence",
    [
        "Anneke Solberg also highlighted the college's work with local shipyards.",
        "Anneke Solberg, head of admissions, explained that the college trains most of the region's nurses.",
        "Registrar Anneke Solberg described the college and its three campuses.",
    ],
)
def test_the_noun_said_picks_the_school_whose_name_has_it(sentence):
    assert _institution_of(_signing(sentence), "Anneke Solberg") == "Kestrel Bay College"


@pytest.mark.parametrize(
    "sentence",
    [
        "Anneke Solberg said the university would also work with Pelham Institute of Design.",
        "“The university has grown fast,” said Anneke Solberg, director of admissions.",
        "Anneke Solberg, director of admissions, noted that the University of Tarrowby was a partner too.",
    ],
)
def test_another_body_a_named_school_or_a_speaker_after_the_quote_is_left_alone(sentence):
    assert _institution_of(_signing(sentence), "Anneke Solberg") is None
