"""Fixes of the last round: honorifics of address are no names, a visit recalled in passing is no meeting,
a nationality's embassy or consulate is an institution. Each rule in three phrasings no article uses."""

import pytest

from registry.ingest.extraction import parse_article


def parsed(sentences):
    text = f"Universities meet\n\n{sentences} The day ended on a friendly note.\n"
    return parse_article(text, file="t.txt")


def people_named(sentences):
    return [person["name"] for person in parsed(sentences)["people"]]


@pytest.mark.parametrize(
    ("sentences", "person"),
    [
        (
            "His Excellency Omar Haddad, Minister of Higher Education of Jordan, received a delegation "
            "from Lund University on 4 May 2024.",
            "Omar Haddad",
        ),
        (
            "On 9 October 2023 Her Excellency Ingrid Vos, Ambassador of the Netherlands, spoke at Ghent "
            "University about student exchanges.",
            "Ingrid Vos",
        ),
        (
            "Professor Lena Strand of Uppsala University welcomed His Majesty to the campus on 2 June 2024, "
            "and His Majesty toured the library.",
            "Lena Strand",
        ),
    ],
)
def test_the_person_after_an_honorific_is_named_without_it(sentences, person):
    names = people_named(sentences)
    assert person in names
    assert not [name for name in names if name.split()[0] in {"Excellency", "Majesty", "Highness"}]


@pytest.mark.parametrize(
    "sentences",
    [
        "Their Royal Highnesses the Crown Prince and Princess toured Ghent University on 3 March 2023. "
        "His Highness praised Ghent University's research.",
        "On 5 May 2022 Lund University hosted Her Royal Highness, who opened the new library.",
        "Their Excellencies the ambassadors of five nations visited Uppsala University on 1 April 2024.",
    ],
)
def test_an_honorific_alone_names_no_person(sentences):
    honorifics = {"Highness", "Highnesses", "Excellencies"}
    assert not [name for name in people_named(sentences) if honorifics & set(name.split())]


def dated_article(*sentences):
    return "Cooperation news\n\ndate 2023-05-10\n\n" + "\n\n".join(sentences) + "\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The exchange builds on the visiting to Ghent University by Lund University in 2012, 2014 and 2018.",
        "Both rectors recalled that the visits to Uppsala University by Aarhus University in 2016 and 2020 "
        "prepared the joint degree.",
        "Staff mobility between the two partners grew after the visit to Leiden University by Tartu "
        "University in 2017, the dean said.",
    ],
)
def test_a_visit_recalled_in_passing_is_no_meeting(sentence):
    extraction = parse_article(dated_article(sentence), file="t.txt")
    assert extraction["delegations"], "the recalled trips are still read"
    assert extraction["meetings"] == []


def test_the_visit_told_is_still_a_meeting_beside_one_recalled():
    text = dated_article(
        "On 3 May 2023 a delegation of Lund University visited Ghent University.",
        "Both sides recalled that the visits to Ghent University by Lund University in 2015 and 2019 laid "
        "the ground for the talks.",
    )
    meetings = parse_article(text, file="t.txt")["meetings"]
    assert [(m["date"], sorted(m["parties"])) for m in meetings] == [
        ("2023-05-03", ["Ghent University", "Lund University"])
    ]


def institutions_of(sentence):
    return {item["name"]: (item["country"], item["kind"]) for item in parsed(sentence)["institutions"]}


@pytest.mark.parametrize(
    ("sentence", "mission", "country"),
    [
        (
            "On 3 March 2023 Lund University hosted a delegation from the Polish Embassy in Stockholm.",
            "Polish Embassy in Stockholm",
            "PL",
        ),
        (
            "Officials of the Japanese Consulate in Cape Town met Stellenbosch University staff on "
            "3 March 2023.",
            "Japanese Consulate in Cape Town",
            "JP",
        ),
        (
            "Ghent University and the Mexican Embassy signed a memorandum of understanding on 5 May 2024.",
            "Mexican Embassy",
            "MX",
        ),
    ],
)
def test_a_nationality_and_embassy_or_consulate_is_the_nationalitys_government(sentence, mission, country):
    assert institutions_of(sentence)[mission] == (country, "government")


@pytest.mark.parametrize(
    ("sentence", "mission", "country"),
    [
        (
            "On 3 March 2023 Lund University hosted a delegation from the South African Embassy in "
            "Stockholm.",
            "South African Embassy in Stockholm",
            "ZA",
        ),
        (
            "Aalto University welcomed the Sri Lankan Embassy in Helsinki to its campus on 9 May 2024.",
            "Sri Lankan Embassy in Helsinki",
            "LK",
        ),
        (
            "On 2 June 2024 the Omani Consulate in Hamburg visited the University of Bremen.",
            "Omani Consulate in Hamburg",
            "OM",
        ),
    ],
)
def test_a_mission_has_its_nationalitys_country_not_its_citys(sentence, mission, country):
    assert institutions_of(sentence)[mission] == (country, "government")


@pytest.mark.parametrize(
    ("sentence", "mission", "country"),
    [
        (
            "On 3 March 2023 Lund University hosted a delegation from the Korean Consulate-General in "
            "Gothenburg.",
            "Korean Consulate-General in Gothenburg",
            "KR",
        ),
        (
            "The Consulate-General of Brazil in Munich visited the Technical University of Munich on "
            "4 May 2024.",
            "Consulate-General of Brazil in Munich",
            "BR",
        ),
        (
            "Leiden University signed a letter of intent with the Indian Consulate-General in Amsterdam on "
            "8 April 2024.",
            "Indian Consulate-General in Amsterdam",
            "IN",
        ),
    ],
)
def test_a_consulate_general_written_with_a_hyphen_is_a_mission(sentence, mission, country):
    assert institutions_of(sentence)[mission] == (country, "government")


@pytest.mark.parametrize(
    ("sentence", "visitors"),
    [
        (
            "On 3 March 2023 the rector of Ghent University received a delegation from Lund University, in "
            "addition to a delegation from the Swedish Embassy in Brussels.",
            ["Lund University", "Swedish Embassy in Brussels"],
        ),
        (
            "Ghent University welcomed a delegation from Lund University as well as a senior delegation from "
            "the Swedish Embassy in Brussels on 3 March 2023.",
            ["Lund University", "Swedish Embassy in Brussels"],
        ),
        (
            "On 9 May 2024 Aalto University hosted a delegation of Tartu University along with a small "
            "delegation from the Estonian Embassy in Helsinki.",
            ["University of Tartu", "Estonian Embassy in Helsinki"],
        ),
    ],
)
def test_a_second_delegation_named_after_the_first_makes_a_trip_too(sentence, visitors):
    assert [trip["visitor"] for trip in parsed(sentence)["delegations"]] == visitors
