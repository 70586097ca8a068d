"""Long scraped news pages tell where the speakers studied and worked before: an institution named only in a
person's past ("a graduate of X", "who holds a PhD from X", "formerly dean at X") takes no part in the news,
and nobody in the article acts for it; nor does one named only in a background list of earlier partners
("has 60 agreements, among them X", "has long worked with X"). They print honorifics from many languages
("Dra.", "Mtro.", "Eng.") and titles before head-first names ("the Rector of Universitas X, Prof. Y").
Three phrasings per rule, none from an article."""

import pytest

from registry.ingest.extraction import parse_article
from tests.ingest.extraction.test_extraction import FakeGazetteer, entry

# The gazetteer knows the bystanders: a known name is listed even where no record needs it.
KNOWN_BYSTANDERS = FakeGazetteer(
    entry("Riga Amber University", "LV"),
    entry("Vilnius Linden College", "LT"),
    entry("Kaunas Oak University", "LT"),
)


def read(body, title="Universities meet", gazetteer=None):
    return parse_article(f"{title}\n\ndate 2023-05-10\n\n{body}\n", file="t.txt", gazetteer=gazetteer)


def names(result):
    return {item["name"] for item in result["institutions"]}


@pytest.mark.parametrize(
    ("body", "past"),
    [
        (
            "Lund Bay University signed an MoU with Tallinn Sea College on 8 May 2023. The MoU was signed by "
            "Rector Anna Berg, a graduate of Oslo Fjord University, and by Mr. Jaan Tamm.",
            "Oslo Fjord University",
        ),
        (
            "Lund Bay University signed an MoU with Tallinn Sea College on 8 May 2023. Rector Anna Berg, who "
            "holds a PhD from the Bergen Institute of Oceanography, signed for Lund Bay University.",
            "Bergen Institute of Oceanography",
        ),
        (
            "Lund Bay University signed an MoU with Tallinn Sea College on 8 May 2023. Rector Anna Berg, "
            "formerly dean of the law faculty at Riga Amber University, spoke of one sea.",
            "Riga Amber University",
        ),
        (
            "Lund Bay University signed an MoU with Tallinn Sea College on 8 May 2023. Mr. Jaan Tamm, who "
            "before his appointment was vice-president of Narva Border College, signed for the college.",
            "Narva Border College",
        ),
    ],
)
def test_an_institution_told_only_as_a_persons_past_is_not_listed(body, past):
    result = read(body)
    assert {"Lund Bay University", "Tallinn Sea College"} <= names(result)
    assert past not in names(result)
    assert all(person["institution"] != past for person in result["people"])


@pytest.mark.parametrize(
    "body",
    [
        "Rector Anna Berg, a graduate of Oslo Fjord University, signed an MoU with Oslo Fjord University on "
        "8 May 2023.",
        "Oslo Fjord University signed an MoU with Lund Bay University on 8 May 2023. Rector Anna Berg, who "
        "holds a PhD from Oslo Fjord University, said she was glad to return.",
        "A delegation of Oslo Fjord University visited Lund Bay University on 8 May 2023, led by Erik Dahl, "
        "formerly a lecturer at Lund Bay University.",
    ],
)
def test_an_institution_that_also_takes_part_stays(body):
    assert "Oslo Fjord University" in names(read(body))


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "Lund Bay University signed an MoU with Tallinn Sea College on 8 May 2023. Rector Anna Berg "
            "obtained her PhD from Imperial Sea College London.",
            "London",
        ),
        (
            "Lund Bay University signed an MoU with Tallinn Sea College on 8 May 2023. Rector Anna Berg, "
            "a graduate of the Technical College Dresden, spoke first.",
            "Dresden",
        ),
        (
            "Lund Bay University signed an MoU with Tallinn Sea College on 8 May 2023. Rector Anna Berg "
            "worked before at Harbour College Gdansk.",
            "Gdansk",
        ),
    ],
)
def test_the_place_in_a_past_institutions_name_is_no_person(body, place):
    assert all(place not in person["name"] for person in read(body)["people"])


def person(body, name):
    people = {p["name"]: p for p in read(body)["people"]}
    found = [p for full, p in people.items() if name in full]
    assert found, f"{name} not read as a person: {list(people)}"
    return found[0]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The agreement was signed by the Rector of Lund Bay University, Dra. Lucía Paredes Gil, and by "
            "Dr. Jan Berg of Tallinn Sea College on 8 May 2023.",
            "Lucía Paredes Gil",
        ),
        (
            "Lund Bay University signed an MoU with Tallinn Sea College on 8 May 2023. The Director of "
            "Lund Bay University, Mtro. Andrés Vidal Soto, and Dr. Jan Berg were present.",
            "Andrés Vidal Soto",
        ),
        (
            "Lund Bay University signed an MoU with Tallinn Sea College on 8 May 2023. The Dean of Lund "
            "Bay University, Eng. Samir Khalil, and Dr. Jan Berg spoke.",
            "Samir Khalil",
        ),
    ],
)
def test_spanish_and_arabic_honorifics_end_no_sentence_and_start_a_name(body, name):
    assert person(body, name)["institution"] == "Lund Bay University"


@pytest.mark.parametrize(
    ("body", "name", "institution"),
    [
        (
            "The MoU was signed by Dr. Jan Berg and the Rector of Universitas Laut Biru, Prof. Dr. Ir. Budi "
            "Hartono, M.Sc. on 8 May 2023.",
            "Budi Hartono",
            "Universitas Laut Biru",
        ),
        (
            "The Vice-Chancellor of Universiti Bukit Hijau, Prof. Aminah Yusof, visited Lund University on "
            "8 May 2023.",
            "Aminah Yusof",
            "Universiti Bukit Hijau",
        ),
        (
            "Lund University welcomed the President of Université Côte Grise, Dr. Paul Girard, on 8 May.",
            "Paul Girard",
            "Université Côte Grise",
        ),
    ],
)
def test_after_a_title_the_words_after_a_head_that_comes_first_are_its_name(body, name, institution):
    assert person(body, name)["institution"] == institution


@pytest.mark.parametrize(
    ("body", "name", "institution"),
    [
        (
            "The first agreement was signed between Lund Bay University and Riga Sea Academy, represented by "
            "its Pro-Rector for Studies, Dr. Inga Ozola, on 8 May 2023.",
            "Inga Ozola",
            "Riga Sea Academy",
        ),
        (
            "Lund Bay University signed an agreement with Ghent Sea College, represented by its Vice-Rector "
            "for Research, Dr. Pieter Claes, on 8 May 2023.",
            "Pieter Claes",
            "Ghent Sea College",
        ),
        (
            "The second agreement was signed by Lund Bay University and Tartu Lake University, represented "
            "by its Vice President for International Affairs, Prof. Mari Tamm, on 8 May 2023.",
            "Mari Tamm",
            "Tartu Lake University",
        ),
    ],
)
def test_represented_by_its_title_then_a_comma_acts_for_the_institution_just_named(body, name, institution):
    assert person(body, name)["institution"] == institution


@pytest.mark.parametrize(
    ("body", "full", "short"),
    [
        (
            "The MoU was signed on 8 May 2023 by the Rector of Universitas Laut Biru, Prof. Dr. Budi Santoso "
            'Wirawan, and Rector Anna Berg of Lund Bay University. "We act now," said Prof. Budi Santoso.',
            "Budi Santoso Wirawan",
            "Budi Santoso",
        ),
        (
            "Dr. Javier Ruiz Montero, Rector of Universidad del Faro, signed an agreement with Lund Bay "
            "University on 8 May 2023. For his part, Dr. Ruiz Montero thanked the hosts.",
            "Javier Ruiz Montero",
            "Ruiz Montero",
        ),
        (
            "Lund Bay University hosted Professor Siti Nur Aisyah of Universiti Kota Lama on 8 May 2023. "
            "According to Prof. Siti Nur, the visit was fruitful.",
            "Siti Nur Aisyah",
            "Siti Nur",
        ),
    ],
)
def test_two_words_of_a_full_name_said_again_are_the_same_person(body, full, short):
    people = {p["name"]: p for p in read(body)["people"]}
    assert short not in people
    assert short in people[full]["variants"]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            'Rector Marc Peeters of Ghent Sea College visited Lund Bay University on 8 May 2023. "We came to '
            'learn," Peeters said. He was accompanied by Dr. Els Wouters, head of the Global Office, and '
            "Prof. Jan Claes of the Faculty of Law.",
            ["Els Wouters", "Jan Claes"],
        ),
        (
            "Rector Anna Berg of Ghent Sea College visited Tartu Lake University on 8 May 2023. She was "
            "accompanied by Dr. Olof Lind, dean of the Faculty of Science.",
            ["Olof Lind"],
        ),
        (
            "Rector Anna Berg of Ghent Sea College visited Tartu Lake University on 8 May. Berg spoke of "
            "marine research. She was also joined by Prof. Erik Dahl and Dr. Olof Lind.",
            ["Erik Dahl", "Olof Lind"],
        ),
    ],
)
def test_people_accompanying_he_or_she_act_for_the_person_named_just_before(body, names):
    for name in names:
        assert person(body, name)["institution"] == "Ghent Sea College"


@pytest.mark.parametrize(
    ("body", "named", "kind_of_school"),
    [
        (
            "On 8 May 2023 Lund Bay University hosted a delegation from Hochschule Weserland, University of "
            "Applied Sciences, Germany, led by its President, Prof. Dr. Karin Vogel.",
            "Hochschule Weserland",
            "University of Applied Sciences",
        ),
        (
            "Fachhochschule Oberau, University of Applied Sciences and Arts, signed an MoU with Lund Bay "
            "University on 8 May 2023.",
            "Fachhochschule Oberau",
            "University of Applied Sciences and Arts",
        ),
        (
            "On 8 May 2023 Lund Bay University signed an agreement with Kaunas Polytechnic, Institute of "
            "Technology, represented by its Rector, Dr. Jonas Petraitis.",
            "Kaunas Polytechnic",
            "Institute of Technology",
        ),
    ],
)
def test_a_generic_name_after_a_name_and_a_comma_says_what_kind_of_school_it_is(body, named, kind_of_school):
    result = read(body)
    assert named in names(result)
    assert kind_of_school not in names(result)
    assert all(person["institution"] == named for person in result["people"])


def test_a_list_of_distinctive_names_keeps_every_member():
    body = (
        "On 8 May 2023 Lund Bay University signed agreements with Ghent University, University of Tartu and "
    )
    body += "Riga Sea Academy."
    assert {"Ghent University", "University of Tartu", "Riga Sea Academy"} <= names(read(body))


@pytest.mark.parametrize(
    ("body", "bystanders"),
    [
        (
            "Lund Bay University signed an MoU with Tallinn Sea College on 8 May 2023. Lund Bay University "
            "holds 60 exchange agreements in the Baltic, among them the Riga Amber University and the "
            "Vilnius Linden College.",
            {"Riga Amber University", "Vilnius Linden College"},
        ),
        (
            "Lund Bay University signed an MoU with Tallinn Sea College on 8 May 2023. The college has long "
            "worked with Riga Amber University, Vilnius Linden College and Kaunas Oak University.",
            {"Riga Amber University", "Vilnius Linden College", "Kaunas Oak University"},
        ),
        (
            "Lund Bay University signed an MoU with Tallinn Sea College on 8 May 2023. Tallinn Sea College "
            "collaborates today with over 40 schools abroad, including Kaunas Oak University.",
            {"Kaunas Oak University"},
        ),
    ],
)
def test_an_institution_named_only_in_a_background_list_of_partners_is_not_listed(body, bystanders):
    result = read(body, gazetteer=KNOWN_BYSTANDERS)
    assert {"Lund Bay University", "Tallinn Sea College"} <= names(result)
    assert not bystanders & names(result)


@pytest.mark.parametrize(
    "body",
    [
        # the listed partner also signs in the news
        "Lund Bay University has more than 60 partners, among them Riga Amber University. On 8 May 2023 "
        "Lund Bay University signed an MoU with Riga Amber University.",
        # a news verb after the tally: the name that follows is the news
        "Lund Bay University, which has 60 partner universities, signed an MoU with Riga Amber University "
        "on 8 May 2023.",
        # the list is the news: agreements signed today
        "On 8 May 2023 Lund Bay University signed MoUs with three partners, Riga Amber University and "
        "Vilnius Linden College among them.",
    ],
)
def test_a_listed_partner_that_takes_part_in_the_news_stays(body):
    assert "Riga Amber University" in names(read(body, gazetteer=KNOWN_BYSTANDERS))
