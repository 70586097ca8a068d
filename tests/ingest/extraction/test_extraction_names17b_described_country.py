"""A nationality before a common noun for schools ("a Chilean university", "five Peruvian universities")
describes the schools the article names elsewhere: a school the gazetteer does not know takes that country,
where the article's phrases name one country only. The school named beside the phrase is the other side and
keeps none; a singular phrase settles only a single unknown school; "Chilean and Peruvian universities"
names two countries and settles nothing."""

from registry.ingest.extraction.parser import parse_article


def _countries(text):
    return {item["name"]: item["country"] for item in parse_article(text, file="t.txt")["institutions"]}


def test_a_singular_phrase_gives_the_one_unknown_school_its_country():
    text = (
        "Kilimani University partners with a Chilean university\n\n"
        "Kilimani University, Kenya, signed a memorandum of understanding with Quellaro Coastal University "
        "on 3 May 2024.\n"
    )
    assert _countries(text)["Quellaro Coastal University"] == "CL"


def test_a_plural_phrase_gives_every_unknown_school_its_country():
    text = (
        "KVTU signs MoUs with two Peruvian universities\n\n"
        "On 3 May 2024 Quellaro Andean University and Tumbesa Highland University signed memoranda of "
        "understanding with KVTU.\n"
    )
    countries = _countries(text)
    assert countries["Quellaro Andean University"] == "PE"
    assert countries["Tumbesa Highland University"] == "PE"


def test_a_title_case_headline_phrase_counts_and_its_own_school_is_the_other_side():
    text = (
        "Harbourside Polytechnic Hosts Leading Norwegian Universities\n\n"
        "Vestavik Fjord University and Nordlund Coastal University sent delegations to Harbourside "
        "Polytechnic on 3 May 2024.\n"
    )
    countries = _countries(text)
    assert countries["Vestavik Fjord University"] == "NO"
    assert countries["Nordlund Coastal University"] == "NO"
    assert countries["Harbourside Polytechnic"] != "NO"


def test_two_nationalities_settle_nothing():
    text = (
        "Chilean and Peruvian universities strengthen ties\n\n"
        "Quellaro Andean University and Tumbesa Highland University signed an agreement on 3 May 2024.\n"
    )
    countries = _countries(text)
    assert countries["Quellaro Andean University"] is None
    assert countries["Tumbesa Highland University"] is None
