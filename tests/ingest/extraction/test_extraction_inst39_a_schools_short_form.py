"""A school's own news calls it by the words that tell it ("Leeds signs ...", "visited Ohio State", "between
Massey and WUR"). Where such a word stands as a party and the gazetteer knows exactly one school by it
("University of X" or "X University"), it names that school. A city's name names the school only where it
signs (a city is visited and hosts, it does not sign); a country's name, a month or a word the gazetteer knows
no school by names none. Every name and sentence is invented."""

from tests.ingest.extraction.test_extraction import FakeGazetteer, entry, names, parse

GAZETTEER = FakeGazetteer(
    entry("Quillmark University", "NZ"),
    entry("University of Ardmoor", "GB"),
    entry("Orvane State University", "US"),
    entry("Kelvar University", "JP"),
    entry("Harbourside Institute of Technology", "AU"),
)


def _names(title, *sentences):
    return names(parse(f"{title}\n\n" + "\n\n".join(sentences) + "\n", gazetteer=GAZETTEER))


def test_a_short_form_that_signs_names_its_school():
    found = _names(
        "Quillmark renews agreement with a southern partner",
        "The cooperation agreement with the Harbourside Institute of Technology runs for five more years.",
    )
    assert "Quillmark University" in found


def test_a_short_form_visited_or_beside_another_party_names_its_school():
    found = _names(
        "Guests from the south",
        "A delegation from the Harbourside Institute of Technology visited Orvane State on 4 June 2024.",
        "Orvane State’s oldest partner is the Harbourside Institute of Technology.",
    )
    assert "Orvane State University" in found
    found = _names(
        "Partners again",
        "An exchange agreement was first signed between Quillmark and the Harbourside Institute of "
        "Technology in 2011. Quillmark's rector, Ilse Marrow, signed it.",
    )
    assert "Quillmark University" in found


def test_a_city_names_its_school_only_where_it_signs():
    gazetteer = FakeGazetteer(
        entry("Kyoto University", "JP"), entry("Harbourside Institute of Technology", "AU")
    )
    visited = parse(
        "A tour of Japan\n\nA delegation from the Harbourside Institute of Technology visited Kyoto on "
        "4 June 2024 and met the mayor.\n",
        gazetteer=gazetteer,
    )
    assert "Kyoto University" not in names(visited)
    signed = parse(
        "Kyoto signs a new agreement\n\nThe agreement with the Harbourside Institute of Technology covers "
        "joint degrees.\n",
        gazetteer=gazetteer,
    )
    assert "Kyoto University" in names(signed)


def test_a_word_the_gazetteer_knows_no_school_by_names_none():
    found = _names(
        "Velmora signs a new agreement",
        "The agreement with the Harbourside Institute of Technology covers joint degrees.",
    )
    assert not any("Velmora" in name for name in found)


def test_a_place_only_visited_names_no_school():
    found = _names(
        "A tour of the south",
        "A delegation from the Harbourside Institute of Technology visited Ardmoor on 4 June 2024 and "
        "toured its harbour.",
    )
    assert "University of Ardmoor" not in found
