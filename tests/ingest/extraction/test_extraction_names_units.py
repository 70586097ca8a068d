"""Whom a person acts for, in shapes real university news prints and the words beside the name miss: a title
set off from the name by a comma ("Orchard University President, Ana Ruiz"), the institution said later in the
person's own clause ("signed on behalf of X"), a unit's acronym that stands for its university ("the Dean of
FMS"), and names dedicated to a group ("Women's", "Children's"). Three phrasings per rule, none from an
article."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Universities meet"):
    return parse_article(f"{title}\n\ndate 2023-05-10\n\n{body}\n", file="t.txt", gazetteer=None)


def people_of(body):
    return {p["name"]: p for p in read(body)["people"]}


def institutions_of(body):
    return [i["name"] for i in read(body)["institutions"]]


@pytest.mark.parametrize(
    ("body", "name", "title", "institution"),
    [
        (
            "Orchard Valley University President, Ana Ruiz and Lakeshore University Rector, Jan Berg signed "
            "the memorandum on 3 May 2023.",
            "Ana Ruiz",
            "President",
            "Orchard Valley University",
        ),
        (
            "Lakeshore University signed an MoU with Hanover Polytechnic University on 3 May 2023. Hanover "
            "Polytechnic University Vice-Chancellor, Prof. Dr Mei Tan, said the MoU opens new fields.",
            "Mei Tan",
            "Vice-Chancellor",
            "Hanover Polytechnic University",
        ),
        (
            "On 3 May 2023 the Dean, Dr. Kofi Mensah, led a delegation of Coastline University to "
            "Lakeshore University.",
            "Kofi Mensah",
            "Dean",
            "Coastline University",
        ),
    ],
)
def test_a_title_set_off_from_the_name_by_a_comma(body, name, title, institution):
    person = people_of(body)[name]
    assert (person["title"], person["institution"]) == (title, institution)


@pytest.mark.parametrize(
    ("body", "name", "institution"),
    [
        (
            "The Vice-Rector, Prof. Lars Moe, signed the agreement on behalf of Fjord Technical University, "
            "while Rector Ines Vidal of Tagus Maritime University signed for her university on 3 May 2023.",
            "Lars Moe",
            "Fjord Technical University",
        ),
        (
            "Dean Maria Lopez signed the agreement on behalf of Andes Highland University and Rector "
            "Jan Berg signed for Lakeshore University on 3 May 2023.",
            "Jan Berg",
            "Lakeshore University",
        ),
        (
            "Professor Hana Novak, representing Vltava Science University, met Rector Kim Do-yun of Han "
            "River University on 3 May 2023.",
            "Hana Novak",
            "Vltava Science University",
        ),
    ],
)
def test_the_institution_the_persons_own_clause_says_they_act_for(body, name, institution):
    assert people_of(body)[name]["institution"] == institution


def test_a_title_after_another_institution_and_and_belongs_to_the_name_after_it():
    people = people_of(
        "The memorandum was signed by Andes Highland University and Rector Lena Holm of Lakeshore University "
        "on 3 May 2023."
    )
    assert people["Lena Holm"]["institution"] == "Lakeshore University"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Lakeshore University (LU) and Hanover College signed an MoU on 3 May 2023. LU, through its "
            "School of Ocean Engineering (SOE), will host students of Hanover College. The MoU was witnessed "
            "by the Dean of SOE, Prof. Ruth Adler.",
            "Ruth Adler",
        ),
        (
            "Hanover College and Lakeshore University agreed on 3 May 2023 to exchange students. The "
            "Faculty of Marine Sciences (FMS) of Lakeshore University will receive them, and FMS Dean "
            "Ruth Adler welcomed the plan.",
            "Ruth Adler",
        ),
        (
            "A delegation of Hanover College visited Lakeshore University on 3 May 2023. Lakeshore "
            "University's Department of Applied Robotics (DAR) showed its laboratories to the visitors. The "
            "Head of DAR, Dr. Kenji Mori, explained its projects.",
            "Kenji Mori",
        ),
    ],
)
def test_a_units_acronym_stands_for_the_university_it_belongs_to(body, name):
    result = read(body)
    people = {p["name"]: p for p in result["people"]}
    assert people[name]["institution"] == "Lakeshore University"
    names = [i["name"] for i in result["institutions"]]
    assert sorted(names) == ["Hanover College", "Lakeshore University"]
    assert set(people) == {name}  # the unit's own words are no person's name


def test_an_institute_with_its_acronym_stays_an_institution_of_its_own():
    names = institutions_of(
        "Lakeshore University and the Institute of Polar Studies (IPS) signed an MoU on 3 May 2023. "
        "IPS Director Olga Frost said the IPS will send two researchers."
    )
    assert "Lakeshore University" in names
    assert any("Polar Studies" in name or name == "IPS" for name in names)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The memorandum between Almaty National Women's Pedagogical University and Lakeshore University "
            "was signed on 3 May 2023.",
            "Almaty National Women's Pedagogical University",
        ),
        (
            "A delegation of the Ridgeway Children’s Research Institute visited Lakeshore University on "
            "3 May 2023.",
            "Ridgeway Children’s Research Institute",
        ),
        (
            "Lakeshore University signed an agreement with the Volga People's Friendship University on 3 May "
            "2023.",
            "Volga People's Friendship University",
        ),
    ],
)
def test_a_name_dedicated_to_a_group_keeps_its_possessive(body, name):
    assert name in institutions_of(body)


@pytest.mark.parametrize(
    ("body", "name", "title", "institution"),
    [
        (
            "Hanover College and Lakeshore University signed the agreement on 3 May 2023.The agreement was "
            "signed by Hanover College President, Omar Haddad and Lakeshore University Rector, Lena "
            "Holm.Holm said the agreement opens a new chapter.",
            "Lena Holm",
            "Rector",
            "Lakeshore University",
        ),
        (
            "On 3 May 2023 a delegation of Hanover College led by Mr. Nguyen Van Minh-Vice Rector paid a "
            "working visit to Lakeshore University.",
            "Nguyen Van Minh",
            "Vice Rector",
            "Hanover College",
        ),
        (
            "On 3 May 2023 Hanover College Registrar, Priya Nair and Lakeshore University Rector, Lena Holm "
            "exchanged the documents.",
            "Priya Nair",
            "Registrar",
            "Hanover College",
        ),
    ],
)
def test_sentences_titles_and_names_printed_without_spaces_or_as_registrar(body, name, title, institution):
    people = people_of(body)
    assert (people[name]["title"], people[name]["institution"]) == (title, institution)
    assert all("." not in person and "-" not in person for person in people)  # nothing glued to a name


@pytest.mark.parametrize(
    "body",
    [
        "The forum will be held on 3 May 2023 in cooperation with Kyoto university and Lund University.",
        "A delegation of Kyoto university visited Lund University on 3 May 2023.",
        "Lund University signed an MoU with Kyoto university on 3 May 2023.",
    ],
)
def test_a_known_name_printed_with_a_small_head_word(body):
    assert "Kyoto University" in institutions_of(body)


def test_a_small_head_word_after_a_nationality_is_no_name():
    assert institutions_of("On 3 May 2023 the Japanese university signed an MoU with Lund University.") == [
        "Lund University"
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "On 3 May 2023 a delegation of Lakeshore University visited Hanover College. The delegation "
            "included Prof Ana Ruiz (Deputy Rector: Research and Innovation), Dr. Omar Haddad (Director: "
            "International Office) and Ms. Lena Holm (Senior Manager Partnerships: Global Engagement).",
            {
                "Ana Ruiz": "Deputy Rector: Research and Innovation",
                "Omar Haddad": "Director: International Office",
                "Lena Holm": "Senior Manager Partnerships: Global Engagement",
            },
        ),
        (
            "The Lakeshore University team that visited Hanover College on 3 May 2023 was made of Prof. Ana "
            "Ruiz (Vice-Rector for Studies), with Dr. Omar Haddad (Dean of the Faculty of Law).",
            {"Ana Ruiz": "Vice-Rector for Studies", "Omar Haddad": "Dean of the Faculty of Law"},
        ),
        (
            "Lakeshore University signed an MoU with Hanover College on 3 May 2023. Present from Lakeshore "
            "University were Ana Ruiz (President), Omar Haddad (Registrar) and Lena Holm (Head of "
            "Admissions).",
            {"Ana Ruiz": "President", "Omar Haddad": "Registrar", "Lena Holm": "Head of Admissions"},
        ),
    ],
)
def test_titles_printed_in_brackets_after_the_names_of_a_list(body, expected):
    people = people_of(body)
    assert {name: people[name]["title"] for name in expected} == expected
    assert {people[name]["institution"] for name in expected} == {"Lakeshore University"}
    assert set(people) == set(expected)  # no word of a bracketed title is read as a name


def countries_of(body):
    return {i["name"]: (i["country"], i["kind"]) for i in read(body)["institutions"]}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "On 3 May 2023 the Ministry of Higher Education in the Kingdom of Bahrain and the Ministry of "
            "Higher Education in the Republic of Tatarstan signed a programme with Lakeshore University.",
            {
                "Ministry of Higher Education in the Kingdom of Bahrain": ("BH", "government"),
                "Ministry of Higher Education in the Republic of Tatarstan": (None, "government"),
            },
        ),
        (
            "A delegation of the Ministry of Science in the State of Qatar visited Lakeshore University on "
            "3 May 2023.",
            {"Ministry of Science in the State of Qatar": ("QA", "government")},
        ),
        (
            "On 3 May 2023 the Ministry of Youth and Sports in the Autonomous Region of Madeira hosted "
            "Lakeshore University.",
            {"Ministry of Youth and Sports in the Autonomous Region of Madeira": ("PT", "government")},
        ),
    ],
)
def test_a_ministry_named_by_its_field_takes_the_state_after_in(body, expected):
    found = countries_of(body)
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("body", "name", "country"),
    [
        (
            "On 3 May 2023 the Government of Indonesia signed a research framework with Lakeshore "
            "University.",
            "Government of Indonesia",
            "ID",
        ),
        (
            "Lakeshore University and the Government of the Republic of Kazakhstan signed an agreement on "
            "3 May 2023.",
            "Government of the Republic of Kazakhstan",
            "KZ",
        ),
        (
            "On 3 May 2023 the Kazakh Government signed an MoU with Lakeshore University.",
            "Kazakh Government",
            "KZ",
        ),
    ],
)
def test_a_government_is_an_institution_of_its_state(body, name, country):
    assert countries_of(body)[name] == (country, "government")


def test_a_college_the_government_runs_is_a_college():
    found = countries_of(
        "Government Polytechnic College of Arts signed an MoU with Lakeshore University on 3 May 2023."
    )
    assert found["Government Polytechnic College of Arts"][1] == "university"
    assert all(kind != "government" for _country, kind in found.values())


@pytest.mark.parametrize(
    "body",
    [
        "On 3 May 2023 Rector Nurlanov Yerlan of Steppe University signed an MoU with Lakeshore University. "
        "Yerlan Nurlanov thanked the guests.",
        "On 3 May 2023 Yerlan Nurlanov, rector of Steppe University, signed an MoU with Lakeshore "
        "University. Rector Nurlanov Yerlan thanked the guests.",
        "The secretary general of Steppe University Nurlanov Yerlan signed an MoU with Lakeshore University "
        "on 3 May 2023. Yerlan Nurlanov said the MoU opens new fields.",
    ],
)
def test_a_name_printed_surname_first_elsewhere_is_the_same_person(body):
    people = [name for name in people_of(body) if "Nurlanov" in name]
    assert len(people) == 1


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Riga RTU and Lakeshore University signed a memorandum on 3 May 2023. RTU will send two "
            "lecturers.",
            "Riga Technical University",
        ),
        (
            "A delegation of Taras Shevchenko KNU visited Lakeshore University on 3 May 2023. KNU and "
            "Lakeshore University agreed to exchange students.",
            "Taras Shevchenko National University of Kyiv",
        ),
        (
            "On 3 May 2023 Lakeshore University signed an MoU with Kangwon KNU. The KNU rector thanked the "
            "guests.",
            "Kangwon National University",
        ),
    ],
)
def test_an_acronym_of_several_institutions_is_the_one_a_word_before_it_names(body, name):
    assert name in institutions_of(body)


@pytest.mark.parametrize(
    ("body", "name", "institution"),
    [
        (
            "A delegation of Orchard University visited Lakeshore University on 3 May 2023. The guests were "
            "received by Dr. Ruth Adler, dean of the Faculty of Law.",
            "Ruth Adler",
            "Lakeshore University",
        ),
        (
            "On 3 May 2023 a delegation of Orchard University visited Lakeshore University, where it was "
            "welcomed by Prof. Dr. Omar Haddad.",
            "Omar Haddad",
            "Lakeshore University",
        ),
        (
            "A delegation of Orchard University visited Lakeshore University on 3 May 2023. The delegation "
            "also included Assoc. Prof. Lena Holm and Dr. Jan Berg.",
            "Lena Holm",
            "Orchard University",
        ),
    ],
)
def test_an_honorifics_full_stop_ends_no_clause_of_hosts_and_guests(body, name, institution):
    assert people_of(body)[name]["institution"] == institution


@pytest.mark.parametrize(
    ("body", "names", "title", "institution"),
    [
        (
            "On 3 May 2023 Lakeshore University welcomed a delegation from Hanover College. The delegation "
            "from Hanover College included professors Anna Berg and Jan Holm.",
            ["Anna Berg", "Jan Holm"],
            "Professor",
            "Hanover College",
        ),
        (
            "A delegation of Orchard University visited Lakeshore University on 3 May 2023. The delegation "
            "was made up of deans Omar Haddad, Lena Holm and Kofi Mensah.",
            ["Omar Haddad", "Lena Holm", "Kofi Mensah"],
            "Dean",
            "Orchard University",
        ),
        (
            "On 3 May 2023 the Orchard University team that visited Lakeshore University comprised "
            "researchers Mei Tan and Ravi Kumar.",
            ["Mei Tan", "Ravi Kumar"],
            "Researcher",
            "Orchard University",
        ),
    ],
)
def test_a_plural_title_before_a_list_of_names(body, names, title, institution):
    people = people_of(body)
    assert {(people[n]["title"], people[n]["institution"]) for n in names} == {(title, institution)}


@pytest.mark.parametrize(
    "body",
    [
        "On 3 May 2023 the Orchard Valley University of Technology (OVUT) hosted Lakeshore University. "
        "OVUT University Council Chairperson Mei Tan met the guests.",
        "Lakeshore University signed an MoU with the Orchard Valley University of Technology (OVUT) on 3 "
        "May 2023. The OVUT University library will open its archive to Lakeshore students.",
        "On 3 May 2023 a delegation of the Orchard Valley University of Technology (OVUT) visited Lakeshore "
        "University. President of OVUT University Mei Tan led the delegation.",
    ],
)
def test_an_acronym_with_a_head_word_after_it_is_the_institution_it_stands_for(body):
    assert sorted(institutions_of(body)) == [
        "Lakeshore University",
        "Orchard Valley University of Technology",
    ]
