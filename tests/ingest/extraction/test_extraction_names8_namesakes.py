"""A school's name the gazetteer does not settle takes the country of its near namesakes when they all lie
in one country ("University of Tetova" / the gazetteer's "State University of Tetova"); namesakes in two
countries, a namesake missing one of the name's distinctive words, or an institute named by its fields give
none. Every name and sentence is invented."""

from registry.ingest.extraction.gazetteer import Match
from tests.ingest.extraction.test_extraction import FakeGazetteer, entry, parse


class NearNames(FakeGazetteer):
    """Fuzzy candidates as the real gazetteer gives them: each entry sharing a capitalised word, score 84."""

    def resolve(self, name, *, country=None):
        return None

    def candidates(self, name, *, country=None, limit=5):
        words = {w for w in name.split() if w[0].isupper()} - {"University", "Institute", "State", "Research"}
        return [Match(e, 84.0, "fuzzy", e.name) for e in self.entries if words & set(e.name.split())][:limit]


GAZETTEER = NearNames(
    entry("State University of Vardovo", "MK"),
    entry("Brenmoor State University", "GB"),
    entry("Brenmoor University College", "IE"),
    entry("Tidal Research Institute", "AR"),
)


def country_of(text, name):
    result = parse(text, gazetteer=GAZETTEER)
    return next(i["country"] for i in result["institutions"] if i["name"] == name)


def test_a_school_takes_the_one_country_of_its_near_namesakes():
    text = (
        "Rector visits partners\n\n"
        "The Rector of the University of Vardovo visited Kelvar University on 4 March 2024 and signed an "
        "exchange agreement."
    )
    assert country_of(text, "University of Vardovo") == "MK"


def test_namesakes_in_two_countries_give_none():
    text = (
        "New partner\n\n"
        "Kelvar University signed a memorandum of understanding with Brenmoor University on 12 May 2023."
    )
    assert country_of(text, "Brenmoor University") is None


def test_an_institute_named_by_its_fields_takes_no_country_from_a_namesake():
    text = (
        "Joint research\n\n"
        "Kelvar University signed a research agreement with the Tidal Research Institute on 3 June 2022."
    )
    assert country_of(text, "Tidal Research Institute") is None
