"""A name or acronym the gazetteer knows in several countries gets the country of the one the article names:
"KNU" is a Korean and a Chinese university, and an article about "Korean and Japanese universities" means
the Korean one. Where the article names none of them, or several, the country stays unknown; a ministry's
name never takes a country this way (every country has a Ministry of Education). Every name and sentence is
invented."""

from registry.ingest.extraction.gazetteer import Match
from registry.ingest.extraction.institutions import same_institution
from tests.ingest.extraction.test_extraction import FakeGazetteer, entry, parse


class Namesakes(FakeGazetteer):
    """Bodies of one name, as in the real gazetteer: resolve() settles none, candidates() lists all."""

    def resolve(self, name, *, country=None):
        found = self.candidates(name, country=country)
        return found[0] if len(found) == 1 else None

    def candidates(self, name, *, country=None, limit=5):
        return [
            Match(e, 100.0, "exact", e.name)
            for e in self.entries
            if same_institution(name, e.name) and (not country or e.country == country)
        ][:limit]


GAZETTEER = Namesakes(
    entry("Kelvar National University", "KR", ["KNU"]),
    entry("Kelso Normal University", "CN", ["KNU"]),
    entry("Saint Brigid University", "CA"),
    entry("Saint Brigid University", "PH"),
    entry("Ministry of Education", "EG"),
    entry("Ministry of Education", "SA"),
)


def country_of(result, name):
    return next(i["country"] for i in result["institutions"] if name in [i["name"], *i["aliases"]])


def test_an_acronym_of_two_countries_takes_the_one_the_article_names():
    result = parse(
        "Rectors meet in Seoul\n\n"
        "KNU hosted the presidents of Korean and Japanese national universities on 4 March 2024. KNU signed "
        "an exchange agreement with Ostravel University.",
        gazetteer=GAZETTEER,
    )
    assert country_of(result, "KNU") == "KR"


def test_a_name_of_two_countries_takes_the_one_the_article_names():
    result = parse(
        "New partner in the Philippines\n\n"
        "Ostravel University signed a memorandum of understanding with Saint Brigid University on 12 May "
        "2023, its first Philippine partner.",
        gazetteer=GAZETTEER,
    )
    assert country_of(result, "Saint Brigid University") == "PH"


def test_an_article_naming_both_countries_settles_nothing():
    result = parse(
        "Partners from Canada and the Philippines\n\n"
        "Ostravel University signed a memorandum of understanding with Saint Brigid University on 12 May "
        "2023, after talks in Canada and the Philippines.",
        gazetteer=GAZETTEER,
    )
    assert country_of(result, "Saint Brigid University") is None


def test_a_ministry_takes_no_country_from_the_countries_named():
    result = parse(
        "Egyptian delegation\n\n"
        "The Ministry of Education signed a memorandum of understanding with Ostravel University on "
        "3 June 2022 to send Egyptian students abroad.",
        gazetteer=GAZETTEER,
    )
    assert country_of(result, "Ministry of Education") is None
