"""Where one institution alone is still without a country, and of the countries the article names exactly
one is no other institution's, that country is its own: mostly the publisher's school, whose page tells
where the guests came from and names its own country only in passing."""

from registry.ingest.extraction.parser import parse_article


def _countries(text):
    result = parse_article(f"Campus news\n\n{text}\n", file="t.txt")
    return {item["name"]: item["country"] for item in result["institutions"]}


def test_the_host_takes_the_country_no_guest_has():
    text = (
        "A delegation from Kyoto University visited QTMV on 3 May 2024. The guests toured the labs of QTMV. "
        "It marked a Japanese university's first trip to Pakistan this year."
    )
    assert _countries(text).get("QTMV") == "PK"


def test_a_school_the_gazetteer_lacks_takes_the_country_left():
    text = (
        "Orlenbrook Polytechnic signed an accord with Seoul National University on "
        "9 June 2024. Students from Kenya and Korea will take part in the exchange."
    )
    assert _countries(text).get("Orlenbrook Polytechnic") == "KE"


def test_an_alliance_takes_the_country_left():
    text = (
        "The University of Ghana and the Tarnvale Colleges Network signed an agreement on 2 February 2025. "
        "The network brings together twelve colleges across Chile."
    )
    assert _countries(text).get("Tarnvale Colleges Network") == "CL"


def test_two_countries_left_give_none():
    text = (
        "Orlenbrook Polytechnic signed an accord with Seoul National University on "
        "9 June 2024. Students from Kenya, Peru and Korea will take part in the exchange."
    )
    assert _countries(text).get("Orlenbrook Polytechnic") is None


def test_two_institutions_without_a_country_give_none():
    text = (
        "Orlenbrook Polytechnic and Tarnvale University signed an accord with Seoul "
        "National University on 9 June 2024. Students from Kenya and Korea will take part."
    )
    countries = _countries(text)
    assert countries.get("Orlenbrook Polytechnic") is None
    assert countries.get("Tarnvale University") is None
