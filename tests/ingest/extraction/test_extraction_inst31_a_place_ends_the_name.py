"""A name whose words after "of" are a place ends there: the "and" after the place joins something else, a
person ("Velmora Institute of Varna and Lira Tovanek, rector, ..."), a country ("between the Harbourside
Academy of Ostrava and Varnland's two oldest schools") or another body, and a name that ran on over it was
listed as a body that no article names, or hung on the school as a false alias. A place that runs on over
"and" ("of Bosnia and Herzegovina") keeps its name whole, and so do the fields of a name ("of Agriculture and
Forestry")."""

from tests.ingest.extraction.reading import article, parsed


def _names(*sentences):
    found = parsed(article(*sentences))
    return [(item["name"], item["aliases"]) for item in found["institutions"]]


def _printed(names):
    return [name for name, aliases in names] + [alias for _, aliases in names for alias in aliases]


def test_a_person_after_a_school_named_by_its_city_is_no_part_of_its_name():
    names = _names(
        "Velmora Institute of Varna and Harbourside Polytechnic concluded a memorandum on 4 June 2024.",
        "It was put to paper by Oren Vask, registrar, Velmora Institute of Varna and Mira Hestin, rector, "
        "Harbourside Polytechnic.",
    )
    assert not any("Hestin" in name for name in _printed(names))
    assert "Velmora Institute of Varna" in [name for name, _ in names]


def test_a_country_after_a_school_named_by_its_city_is_no_part_of_its_name():
    names = _names(
        "On 5 June 2024 the ties between the Harbourside Academy of Ostrava and Chile's two oldest schools "
        "were sealed with a memorandum with Velmora University.",
    )
    assert not any("Chile" in name for name in _printed(names))


def test_another_body_after_a_school_named_by_its_city_is_a_body_of_its_own():
    names = _names(
        "On 6 June 2024 two delegations of the Tessaly Conservatory of Lisbon and Harbourside Polytechnic "
        "respectively visited Velmora University.",
    )
    assert not any(name.endswith("Lisbon and Harbourside Polytechnic") for name in _printed(names))


def test_a_place_that_runs_on_over_and_keeps_the_name_whole():
    names = _names(
        "On 7 June 2024 the Velmora Institute of Bosnia and Herzegovina signed a memorandum with Harbourside "
        "Polytechnic.",
    )
    assert "Velmora Institute of Bosnia and Herzegovina" in [name for name, _ in names]


def test_fields_after_of_still_run_on_over_and():
    names = _names(
        "On 8 June 2024 the Velmora University of Agriculture and Forestry signed a memorandum with "
        "Harbourside Polytechnic.",
    )
    assert "Velmora University of Agriculture and Forestry" in [name for name, _ in names]
