"""The institution grammar: head words in the languages names come in, one head shared by a coordination,
plural heads over a list of places, bodies named with an acronym. Three phrasings per rule, none from an
article."""

import pytest

from registry.ingest.extraction import parse_article


def names(sentence):
    text = f"Cooperation news\n\ndate 2023-05-10\n\n{sentence}\n"
    return [item["name"] for item in parse_article(text, file="t.txt", gazetteer=None)["institutions"]]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Kolej Komuniti Selayang signed an agreement with Lund University on 3 May 2023.",
            "Kolej Komuniti Selayang",
        ),
        (
            "Politeknik Negeri Bandung and Lund University signed an agreement on 3 May 2023.",
            "Politeknik Negeri Bandung",
        ),
        ("Lund University signed an agreement with Ankara Üniversitesi on 3 May 2023.", "Ankara"),
    ],
)
def test_head_words_of_other_languages(sentence, name):
    assert any(found.startswith(name) for found in names(sentence))  # the gazetteer may give the English name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Harbin Music and Culture University signed an agreement with Lund University on 3 May 2023.",
            "Harbin Music and Culture University",
        ),
        (
            "Lund University hosted Dalian Sports and Tourism College on 3 May 2023.",
            "Dalian Sports and Tourism College",
        ),
        (
            "Nanchang Finance and Economics Institute signed an MoU with Lund University on 3 May 2023.",
            "Nanchang Finance and Economics Institute",
        ),
    ],
)
def test_one_head_for_two_fields_before_it(sentence, name):
    assert name in names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University and Ghent University signed an agreement on 3 May 2023.",
        "ECNU and Haifa University signed an agreement on 3 May 2023.",
        "The Institute of Technology and Ghent University signed an agreement on 3 May 2023.",
    ],
)
def test_two_names_joined_by_and_stay_two(sentence):
    assert not any(" and " in name for name in names(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Universities of Leeds, York and Sheffield signed "
            "an agreement with Lund University on 3 May 2023.",
            ["University of Leeds", "University of York", "University of Sheffield"],
        ),
        (
            "Delegates from the Colleges of Wooster and Holy Cross visited Lund University on 3 May 2023.",
            ["College of Wooster", "College of Holy Cross"],
        ),
        (
            "Lund University signed agreements with the Institutes "
            "of Lyon, Nantes, and Rennes on 3 May 2023.",
            ["Institute of Lyon", "Institute of Nantes", "Institute of Rennes"],
        ),
    ],
)
def test_a_plural_head_names_each_place(sentence, expected):
    found = names(sentence)  # the gazetteer may give "University of Bergen" for "Bergen University"
    assert all(any(place in name for name in found) for place in expected), found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Aga Khan Foundation (AKF) signed a memorandum with Lund University on 3 May 2023.",
            "Aga Khan Foundation",
        ),
        (
            "The Nordic Research Consortium (NRC) signed an agreement with Lund University on 3 May 2023.",
            "Nordic Research Consortium",
        ),
        (
            "The Baltic Science Council (BSC) signed an agreement with Lund University on 3 May 2023.",
            "Baltic Science Council",
        ),
    ],
)
def test_a_body_defined_with_an_acronym_is_an_institution(sentence, name):
    assert name in names(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Osaka Medical and Dental University signed an agreement with Lund University on 3 May 2023.",
            "Osaka Medical and Dental University",
        ),
        (
            "Lund University hosted Sichuan Film and Television College on 3 May 2023.",
            "Sichuan Film and Television College",
        ),
        (
            "Hubei Chemical and Textile Institute signed an MoU with Lund University on 3 May 2023.",
            "Hubei Chemical and Textile Institute",
        ),
    ],
)
def test_one_head_for_two_field_adjectives(sentence, name):
    assert name in names(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Volkov Foundation signed an agreement with Lund University on 3 May 2023.",
            "Volkov Foundation",
        ),
        (
            "Lund University signed a memorandum with the Nordic Research Council of Iceland on 3 May 2023.",
            "Nordic Research Council of Iceland",
        ),
        (
            "Lund University and the Baltic Harbour Consortium signed an agreement on 3 May 2023.",
            "Baltic Harbour Consortium",
        ),
        ("On 3 May 2023 a delegation from Kestrel Group visited Lund University.", "Kestrel Group"),
        ("Lund University signed an agreement with Osterby Hospital on 3 May 2023.", "Osterby Hospital"),
    ],
)
def test_bodies_that_take_part_are_institutions(sentence, name):
    assert name in names(sentence)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Lund University signed an agreement with Ghent University on 3 May 2023, funded by the Volkov "
            "Foundation.",
            "Volkov Foundation",
        ),
        (
            "Lund University signed an agreement with Ghent University on 3 May 2023 with support from the "
            "Nordic Research Council.",
            "Nordic Research Council",
        ),
        (
            "Lund University and Ghent University signed an agreement on 3 May 2023; students may apply to "
            "the Kestrel Trust for grants.",
            "Kestrel Trust",
        ),
    ],
)
def test_bodies_only_mentioned_are_not_institutions(sentence, body):
    assert body not in names(sentence)


@pytest.mark.parametrize(
    ("sentence", "unit", "name"),
    [
        (
            "Lund University Foundation staff met Ghent University on 3 May 2023.",
            "Lund University Foundation",
            "Lund University",
        ),
        (
            "The Research Centre of Ghent University signed an agreement with Lund University on 3 May 2023.",
            "Research Centre of Ghent University",
            "Ghent University",
        ),
        (
            "Lund University signed an agreement with the LU Student Union and Ghent University "
            "on 3 May 2023.",
            "LU Student Union",
            "Ghent University",
        ),
    ],
)
def test_a_body_of_a_school_is_a_unit_of_it(sentence, unit, name):
    found = names(sentence)
    assert unit not in found and name in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Osterby and Kalmbach universities signed an agreement on 3 May 2023.",
            ["Osterby", "Kalmbach"],
        ),
        (
            "On 3 May 2023 delegates of the Aarhus, Bergen and Tartu Universities visited Lund University.",
            ["Aarhus", "Bergen", "Tartu"],
        ),
        (
            "Lund University hosted Turku and Oulu institutes on 3 May 2023.",
            ["Turku", "Oulu"],
        ),
    ],
)
def test_one_plural_head_after_a_list_of_places(sentence, expected):
    found = names(sentence)  # the gazetteer may give "University of Bergen" for "Bergen University"
    assert all(any(place in name for name in found) for place in expected), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Chinese and Russian universities signed an agreement on 3 May 2023.",
        "Both Lund University and Ghent University met foreign universities on 3 May 2023.",
        "The rectors of Nordic and Baltic universities met on 3 May 2023.",
    ],
)
def test_nationalities_before_a_plural_head_name_no_institution(sentence):
    assert not any(
        name.endswith(("Chinese University", "Nordic University", "Baltic University"))
        for name in names(sentence)
    )


@pytest.mark.parametrize(
    ("sentence", "name", "person"),
    [
        (
            "Shanghai University of Finance and Economics President Liu Yuanchun visited Lund University "
            "on 3 May 2023.",
            "Shanghai University of Finance and Economics",
            "Liu Yuanchun",
        ),
        (
            "University of Osterby Rector Rik Peeters signed an agreement with Lund University "
            "on 3 May 2023.",
            "University of Osterby",
            "Rik Peeters",
        ),
        (
            "Universiti Sains Malaysia Vice-Chancellor Abdul Rahman visited Lund University on 3 May 2023.",
            "Universiti Sains Malaysia",
            "Abdul Rahman",
        ),
    ],
)
def test_a_title_after_a_name_starts_a_person(sentence, name, person):
    text = f"Cooperation news\n\ndate 2023-05-10\n\n{sentence}\n"
    record = parse_article(text, file="t.txt", gazetteer=None)
    assert name in [item["name"] for item in record["institutions"]]
    assert person in [p["name"] for p in record["people"]]


def names_known(sentence):
    text = f"Cooperation news\n\ndate 2023-05-10\n\n{sentence}\n"
    return [item["name"] for item in parse_article(text, file="t.txt")["institutions"]]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "On 3 May 2023, Lund University signed an agreement with CentraleSupélec.",
            "CentraleSupélec",
        ),
        ("On 3 May 2023, a delegation from ETH Zurich visited Ghent University.", "ETH Zurich"),
        ("KU Leuven and Uppsala University signed a memorandum on 3 May 2023.", "KU Leuven"),
    ],
)
def test_a_name_the_gazetteer_knows_is_an_institution_whatever_its_shape(sentence, name):
    assert name in names_known(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "On 3 May 2023, researchers at ETH Zurich shared data with Lund University.",
            "ETH",
        ),
        (
            "On 3 May 2023, Lund University signed an agreement with Ghent University under Erasmus.",
            "Erasmus",
        ),
        ("On 3 May 2023, Lund University met Ghent University; ETH Zurich funded the trip.", "ETH"),
    ],
)
def test_a_known_name_that_takes_no_part_is_not_listed(sentence, name):
    assert not any(name in found for found in names_known(sentence))


def countries(sentence):
    text = f"Cooperation news\n\ndate 2023-05-10\n\n{sentence}\n"
    return {item["name"]: item["country"] for item in parse_article(text, file="t.txt")["institutions"]}


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "On 3 May 2023, Lund University signed an agreement with the Korea Foundation for Northern "
            "Studies.",
            "Korea Foundation for Northern Studies",
            "KR",
        ),
        (
            "On 3 May 2023, Lund University signed an agreement with Egypt Science Academy of Arts.",
            "Egypt Science Academy of Arts",
            "EG",
        ),
        (
            "On 3 May 2023, Vietnam Maritime Training College signed an agreement with Lund University.",
            "Vietnam Maritime Training College",
            "VN",
        ),
    ],
)
def test_a_countrys_name_in_front_of_a_name_states_its_country(sentence, name, country):
    assert countries(sentence)[name] == country


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "On 3 May 2023, Lund University signed an agreement with the American Academy of Osterby.",
            "American",
        ),
        (
            "On 3 May 2023, Lund University signed an agreement with the German Institute of Kalmbach.",
            "German",
        ),
        (
            "On 3 May 2023, Lund University signed an agreement with the British College of Tolvern.",
            "British",
        ),
    ],
)
def test_a_nationality_word_in_front_does_not_state_the_country(sentence, name):
    # "American University of Beirut": a nationality word may describe the school, not place it
    found = {n: c for n, c in countries(sentence).items() if n.startswith(name)}
    assert found and all(c is None for c in found.values()), found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Osterby Institutet and Lund University signed an agreement on 3 May 2023.", "Osterby Institutet"),
        (
            "On 3 May 2023 a delegation from Kalmbach Universitetet visited Lund University.",
            "Kalmbach Universitetet",
        ),
        ("Lund University signed an agreement with Tolvern Institutet on 3 May 2023.", "Tolvern Institutet"),
    ],
)
def test_scandinavian_definite_heads_end_a_name(sentence, name):
    assert name in names(sentence)


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "In May the rector's party toured Lund University, University of Sussex and Keele university.",
            "University of Sussex",
            "Keele University",
        ),
        (
            "Talks with the University of Oslo and Edge Hill university followed on 3 May 2023.",
            "University of Oslo",
            "Edge Hill University",
        ),
        (
            "Ghent University hosted guests from University of Tartu and Keele university on 3 May 2023.",
            "University of Tartu",
            "Keele University",
        ),
    ],
)
def test_a_second_name_with_its_head_in_small_letters_ends_the_first(sentence, first, second):
    """ "University of X and Y university": the small-lettered head closes a second name, so "and" is not
    a word of the first; the gazetteer then reads the second."""
    found = names_known(sentence)
    assert first in found
    assert second in found
    assert not any(" and " in name for name in found)


@pytest.mark.parametrize(
    ("sentence", "printed"),
    [
        (
            "The rector of Ghent University received the Rector of Burdur University Mehmet Akif Ersoy, "
            "Prof. Dr. Ali Kaya, on 3 May 2023.",
            "Burdur University Mehmet Akif Ersoy",
        ),
        (
            "Ghent University signed an agreement with Izmir University Katip Celebi on 3 May 2023.",
            "Izmir University Katip Celebi",
        ),
        (
            "A delegation of Ankara University Yildirim Beyazit visited Ghent University on 3 May 2023.",
            "Ankara University Yildirim Beyazit",
        ),
    ],
)
def test_an_eponym_printed_after_the_head_word_is_part_of_the_name(sentence, printed):
    """The Turkish order read in English: the person a city's university is named after, printed behind
    "University", is a word of the name (the gazetteer knows it with the head last), not a person."""
    record = parse_article(f"Cooperation news\n\ndate 2023-05-10\n\n{sentence}\n", file="t.txt")
    turkish = [i for i in record["institutions"] if i["country"] == "TR"]
    assert len(turkish) == 1
    assert printed in [turkish[0]["name"], *turkish[0]["aliases"]]
    eponym = printed.split(" ", 2)[2]
    assert eponym not in [p["name"] for p in record["people"]]


def test_a_person_after_a_university_that_has_no_such_eponym_stays_a_person():
    sentence = "The Rector of Ghent University Anna Berg welcomed the guests on 3 May 2023."
    record = parse_article(f"Cooperation news\n\ndate 2023-05-10\n\n{sentence}\n", file="t.txt")
    assert "Ghent University" in [i["name"] for i in record["institutions"]]
    assert "Anna Berg" in [p["name"] for p in record["people"]]


@pytest.mark.parametrize(
    ("sentence", "title_acronym"),
    [
        (
            "The Vice-Chancellor (VC) of Ghent University, Prof. Anna Berg, with a delegation of the Nordic "
            "Rectors Council (NRC) toured Kenya. Later the VC Prof Berg said they signed an MoU with Egerton "
            "University.",
            "VC",
        ),
        (
            "The Director-General (DG) of the Tallinn Harbour Authority met Ghent University on 3 May 2023. "
            "The DG Mr Tamm and Ghent University signed a memorandum.",
            "DG",
        ),
        (
            "The Pro-Vice-Chancellor (PVC) of Ghent University met Riga Coast University on 3 May 2023. "
            "The PVC Dr Ozols and Riga Coast University signed an MoU.",
            "PVC",
        ),
    ],
)
def test_an_acronym_defined_for_a_hyphenated_title_is_no_institution(sentence, title_acronym):
    """ "Vice-Chancellor (VC)": the acronym stands for a title, so "the VC Prof Berg" names a person and
    no institution "VC" takes part in the visit or the agreement."""
    assert title_acronym not in names_known(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Lund University hosted Caspian Oil and Gas University on 3 May 2023.",
            "Caspian Oil and Gas University",
        ),
        (
            "The guests toured Tyumen Northern State Oil and Gas Institute, then Lund University, on 3 May.",
            "Tyumen Northern State Oil and Gas Institute",
        ),
        (
            "Atyrau Oil and Petroleum College and Lund University signed an MoU on 3 May 2023.",
            "Atyrau Oil and Petroleum College",
        ),
    ],
)
def test_oil_and_gas_share_one_head(sentence, name):
    """An industry's pair of words before one head ("Oil and Gas University") is one name, not a name
    "Gas University" with the words before it dropped."""
    found = names(sentence)
    assert name in found
    assert not any(n.startswith(("Gas ", "Petroleum ")) for n in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the ten partners, the Confucius Institute and Riga Coast University renewed their agreements.",
        "Lund University signed an MoU with Riga Coast University on the building of a Confucius Institute.",
        "Riga Coast University and Lund University toured the Confucius Classroom of a local school in May.",
    ],
)
def test_a_unit_every_university_has_is_no_institution_on_its_own(sentence):
    """A Confucius Institute exists at hundreds of universities: printed bare it is a unit of one of them,
    never a party beside them."""
    found = names(sentence)
    assert "Riga Coast University" in found
    assert not any("Confucius" in name for name in found)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Lund University signed an agreement with the Liaoning Provincial Department of Commerce and "
            "Trade on 3 May 2023.",
            "Liaoning Provincial Department of Commerce and Trade",
        ),
        (
            "A team of the Dak Lak Provincial People's Committee visited Lund University on 3 May 2023.",
            "Dak Lak Provincial People's Committee",
        ),
        (
            "Officials of the Daegu Metropolitan Government toured Lund University on 3 May 2023.",
            "Daegu Metropolitan Government",
        ),
        (
            "Lund University received the International Exchange Office of the People's Government of "
            "Yunnan Province on 3 May 2023.",
            "International Exchange Office of the People's Government of Yunnan Province",
        ),
    ],
)
def test_a_local_government_named_by_its_place_and_level(sentence, name):
    assert name in names(sentence)


def test_a_local_government_does_not_run_into_the_next_name():
    found = names(
        "The Qinghai Provincial Bureau of Culture and Lund University signed an agreement on 3 May 2023."
    )
    assert "Lund University" in found
    assert not any("Bureau" in name and "Lund" in name for name in found)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Dar al-Kutub University signed an agreement with Lund University on 3 May 2023.",
            "Dar al-Kutub University",
        ),
        (
            "Lund University hosted a team from the University of al-Rafidain on 3 May 2023.",
            "University of al-Rafidain",
        ),
        ("Umm el-Noor Academy and Lund University signed an agreement on 3 May 2023.", "Umm el-Noor Academy"),
    ],
)
def test_an_arabic_article_inside_a_name_is_part_of_it(sentence, name):
    assert name in names(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Talks went on between the board of Kestrel Bay University, Tamale and the rectorate of Lund "
            "University, Sweden, in May 2023.",
            "Kestrel Bay University",
        ),
        (
            "Staff of Harwick Institute of Design, together with guests of Lakemoor University, France, "
            "signed an agreement on 3 May 2023.",
            "Harwick Institute of Design",
        ),
        (
            "The dean of Tarvos Institute of Technology, Tartu and two colleagues from Corran Valley "
            "University, Chile met on 3 May 2023.",
            "Tarvos Institute of Technology",
        ),
    ],
)
def test_a_country_after_someone_elses_name_is_not_this_ones(sentence, name):
    assert countries(sentence)[name] is None


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "Lund University signed an agreement with Kestrel Bay University in the UAE on 3 May 2023.",
            "Kestrel Bay University",
            "AE",
        ),
        (
            "Officers of the U.K. Consulate in Almaty visited Lund University on 3 May 2023.",
            "U.K. Consulate in Almaty",
            "GB",
        ),
        (
            "Lund University signed an agreement with Kestrel Bay University, U.S.A., on 3 May 2023.",
            "Kestrel Bay University",
            "US",
        ),
    ],
)
def test_a_country_printed_as_its_abbreviation(sentence, name, country):
    assert countries(sentence)[name] == country


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Lund University hosted officials of the Consulate General of Japan in Ho Chi Minh City "
            "Anna Sato and Ken Ito on 3 May 2023.",
            "Consulate General of Japan in Ho Chi Minh City",
        ),
        (
            "Staff of the Embassy of Kenya in Rome Grace Wanjiru and Peter Otieno toured Lund University "
            "on 3 May 2023.",
            "Embassy of Kenya in Rome",
        ),
        (
            "Delegates of the Consulate of Brazil in Lyon Ana Costa and Rui Lopes visited Lund University "
            "on 3 May 2023.",
            "Consulate of Brazil in Lyon",
        ),
    ],
)
def test_a_mission_ends_at_its_city_before_the_people_listed_after_it(sentence, name):
    assert name in names(sentence)


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "A delegation from BUAA University visited Lund University on 3 May 2023. The guests said BUAA "
            "hopes to send students.",
            "BUAA University",
            "CN",
        ),
        (
            "Lund University welcomed a delegation of the KAIST Institute on 3 May 2023. Both sides agreed "
            "that KAIST would host the next round.",
            "KAIST Institute",
            "KR",
        ),
        (
            "Rector Anna Berg of Lund University met a team from EPFL University on 3 May 2023. She thanked "
            "EPFL for the visit.",
            "EPFL University",
            "CH",
        ),
    ],
)
def test_the_country_every_institution_of_an_acronym_shares(sentence, name, country):
    assert countries(sentence)[name] == country


def test_an_acronym_the_article_spells_out_otherwise_gives_no_country():
    found = countries(
        "Officials of Mekong Universities Network (MUN) visited Lund University on 3 May 2023. MUN has "
        "twelve members."
    )
    assert found["Mekong Universities Network"] is None
