"""A person acts for the institution the clause around their name says: apposition after and before the name,
the place that opens the clause, the delegation they lead. Each rule in three phrasings no article uses."""

import pytest

from registry.ingest.extraction import parse_article
from tests.ingest.extraction.reading import institutions_of


def institution_of(sentence, person):
    text = f"Universities meet\n\n{sentence} The visit ended on a friendly note.\n"
    people = {p["name"]: p["institution"] for p in parse_article(text, file="t.txt")["people"]}
    found = [institution for name, institution in people.items() if person in name]
    assert found, f"{person} not read as a person: {people}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "person", "institution"),
    [
        (
            "On 3 March 2023, Maria Keller, the coordinator of "
            "exchanges at Lund University, visited Ghent University.",
            "Maria Keller",
            "Lund University",
        ),
        (
            "Tomas Berg - Vice-Rector of Uppsala University (UU) - opened the meeting with Ghent University.",
            "Tomas Berg",
            "Uppsala University",
        ),
        (
            "Anna Novak, Dean, Director of the Language Centre "
            "of Charles University, spoke at Ghent University.",
            "Anna Novak",
            "Charles University",
        ),
    ],
)
def test_apposition_after_the_name(sentence, person, institution):
    assert institution_of(sentence, person) == institution


@pytest.mark.parametrize(
    ("sentence", "person", "institution"),
    [
        (
            "Guests from Lund University met the rector of Ghent University, Prof. Jan Peeters, on Monday.",
            "Jan Peeters",
            "Ghent University",
        ),
        (
            "The president of Aalto University, Dr Mikko Laine, welcomed guests from Lund University.",
            "Mikko Laine",
            "Aalto University",
        ),
        (
            "Lund University students were greeted by the dean of Keio University, Hiroshi Sato.",
            "Hiroshi Sato",
            "Keio University",
        ),
    ],
)
def test_apposition_before_the_name(sentence, person, institution):
    assert institution_of(sentence, person) == institution


@pytest.mark.parametrize(
    ("sentence", "person", "institution"),
    [
        (
            "At Ghent University, the guests from Lund University "
            "were received by Vice-Rector Lieve Peeters.",
            "Lieve Peeters",
            "Ghent University",
        ),
        (
            "On behalf of Lund University, Professor Erik Holm signed the memorandum with Ghent University.",
            "Erik Holm",
            "Lund University",
        ),
        (
            "At Aalto University, Dean Mikko Laine showed the Keio University guests the laboratories.",
            "Mikko Laine",
            "Aalto University",
        ),
    ],
)
def test_the_place_that_opens_the_clause(sentence, person, institution):
    assert institution_of(sentence, person) == institution


@pytest.mark.parametrize(
    ("sentence", "person", "institution"),
    [
        (
            "A delegation from Lund University, led by Professor "
            "Erik Holm, visited Ghent University on 3 March 2023.",
            "Erik Holm",
            "Lund University",
        ),
        (
            "The delegation of Aalto University, headed by "
            "Vice-President Mikko Laine, toured Keio University.",
            "Mikko Laine",
            "Aalto University",
        ),
        (
            "A five-member delegation from Keio University led "
            "by Dr Hiroshi Sato arrived at Lund University.",
            "Hiroshi Sato",
            "Keio University",
        ),
    ],
)
def test_the_delegation_a_person_leads(sentence, person, institution):
    assert institution_of(sentence, person) == institution


def test_a_person_who_meets_another_institution_is_not_given_it():
    sentence = "Vice-Rector Lieve Peeters met with guests from Lund University on Monday."
    assert institution_of(sentence, "Lieve Peeters") != "Lund University"


@pytest.mark.parametrize(
    "sentence",
    [
        "Professor Jan Kowalski, a graduate of Lund University, spoke at Ghent University.",
        "Dr Mikko Laine, formerly at Aalto University, spoke at Ghent University.",
        "Prof. Anna Novak, an alumna of Charles University, spoke at Ghent University.",
    ],
)
def test_where_someone_studied_or_worked_before_is_not_whom_they_act_for(sentence):
    person = sentence.split(",")[0].split(" ", 1)[1]
    assert institution_of(sentence, person) is None


@pytest.mark.parametrize(
    ("sentence", "listed"),
    [
        (
            (
                "On 3 May 2023, Lund University President Erik Holm, VP Anna Berg and VP Karl Lind signed "
                "agreements with Ghent University."
            ),
            ["Anna Berg", "Karl Lind"],
        ),
        (
            (
                "A delegation of Lund University led by Rector Erik Holm, vice rector Anna Berg and "
                "assistant rector Karl Lind visited Ghent University on 3 May 2023."
            ),
            ["Anna Berg", "Karl Lind"],
        ),
        (
            (
                "On 3 May 2023, Rector Erik Holm of Lund University, Dean Anna Berg, and Director Karl Lind "
                "visited Ghent University."
            ),
            ["Anna Berg", "Karl Lind"],
        ),
    ],
)
def test_people_listed_with_titles_only_act_for_the_institution_of_the_first(sentence, listed):
    found = institutions_of(f"Universities meet\n\n{sentence}\n")
    assert all(found.get(name) == "Lund University" for name in listed), found


@pytest.mark.parametrize(
    ("second", "person", "institution"),
    [
        ("Rector Lieve Peeters warmly welcomed the guests.", "Lieve Peeters", "Ghent University"),
        (
            "The guests were received by Vice-Rector Lieve Peeters and her team.",
            "Lieve Peeters",
            "Ghent University",
        ),
        ("Professor Erik Holm was hosted by the dean in the main building.", "Erik Holm", "Lund University"),
    ],
)
def test_who_welcomes_acts_for_the_host_and_who_is_welcomed_for_the_visitor(second, person, institution):
    text = (
        "Universities meet\n\nOn 3 May 2023, a delegation from Lund University visited Ghent University.\n\n"
        f"{second}\n"
    )
    assert institutions_of(text).get(person) == institution


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Shen Yi, vice president of our university, signed the agreement with Lund University.", "Shen Yi"),
        ("Our university's Dean Karl Berg signed the agreement with Lund University.", "Karl Berg"),
        (
            (
                "Professor Anna Berg, director of international affairs of our school, signed the agreement "
                "with Lund University."
            ),
            "Anna Berg",
        ),
    ],
)
def test_people_of_our_university_act_for_the_configured_publisher(sentence, person):
    text = f"Cooperation news\n\ndate 2023-05-10\n\nOn 3 May 2023, {sentence}\n"
    found = {
        p["name"]: p["institution"]
        for p in parse_article(text, file="t.txt", home_institution="Ghent University")["people"]
    }
    assert found.get(person) == "Ghent University", found


def people_of(sentence):
    text = f"Universities meet\n\n{sentence} The visit ended on a friendly note.\n"
    return {p["name"]: p for p in parse_article(text, file="t.txt")["people"]}


@pytest.mark.parametrize(
    ("sentence", "person", "institution"),
    [
        (
            "On 3 March 2023, Maria Keller from Lund University visited Ghent University.",
            "Maria Keller",
            "Lund University",
        ),
        (
            "Talks were held on 3 March 2023 between Tomas Berg of Uppsala University and Ghent University.",
            "Tomas Berg",
            "Uppsala University",
        ),
        (
            "On 3 March 2023, Anna Novak (Charles University) and Piet Claes (Ghent University) signed an "
            "agreement.",
            "Anna Novak",
            "Charles University",
        ),
    ],
)
def test_a_full_name_with_the_institution_it_comes_from_is_a_person(sentence, person, institution):
    assert institution_of(sentence, person) == institution


@pytest.mark.parametrize(
    ("sentence", "person", "institution", "title"),
    [
        (
            "On 3 March 2023, Lund University's rector, Maria Keller, visited Ghent University.",
            "Maria Keller",
            "Lund University",
            "Rector",
        ),
        (
            "Uppsala University's vice-chancellor, Prof. Tomas Berg, welcomed Ghent University "
            "on 3 March 2023.",
            "Tomas Berg",
            "Uppsala University",
            "Vice-chancellor",
        ),
        (
            "On 3 March 2023, Charles University's dean, Anna Novak, met Ghent University.",
            "Anna Novak",
            "Charles University",
            "Dean",
        ),
    ],
)
def test_a_title_after_a_possessive_and_before_the_name(sentence, person, institution, title):
    found = people_of(sentence)[person]
    assert (found["institution"], found["title"].lower()) == (institution, title.lower())


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "On 3 March 2023, Lund University was represented by Maria Keller at Ghent University.",
            "Maria Keller",
        ),
        ("On 3 March 2023, the guests were welcomed by Tomas Berg at Ghent University.", "Tomas Berg"),
        (
            "On 3 March 2023, Lund University signed an agreement with Ghent University, "
            "signed by Anna Novak.",
            "Anna Novak",
        ),
    ],
)
def test_a_full_name_after_a_passive_by_is_a_person(sentence, person):
    assert person in people_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "On 3 March 2023, Prof. A. Keller, president of Lund University, visited Ghent University.",
            "A. Keller",
        ),
        ("On 3 March 2023, Dr.T. Berg, dean of Lund University, visited Ghent University.", "T. Berg"),
        ("On 3 March 2023, Ghent University welcomed A. Novak, rector of Lund University.", "A. Novak"),
    ],
)
def test_an_initial_is_part_of_the_name(sentence, person):
    assert person in people_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        (
            "On 3 March 2023, Maria Keller, rector of Lund University, Tomas Berg, vice-rector for research, "
            "and Anna Novak, dean of law, visited Ghent University.",
            ["Tomas Berg", "Anna Novak"],
        ),
        (
            "Present on 3 March 2023 were Piet Claes, president of Uppsala University, Jonas Lind, head of "
            "the international office, and Eva Stark, coordinator of exchanges.",
            ["Jonas Lind", "Eva Stark"],
        ),
        (
            "The delegation on 3 March 2023 included Ola Berg, chairman of Aalto University, Kari Mäki, "
            "vice president of foreign affairs, and Liisa Koski, director of studies.",
            ["Kari Mäki", "Liisa Koski"],
        ),
    ],
)
def test_a_list_of_appositions_shares_the_first_ones_institution(sentence, people):
    found = people_of(sentence)
    first = next(iter(found.values()))["institution"]
    assert first is not None and all(found[name]["institution"] == first for name in people), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On 3 March 2023, representatives of Lund University, including Prof. Maria Keller and Dr. Tomas "
            "Berg, visited Ghent University.",
            {"Maria Keller": "Lund University", "Tomas Berg": "Lund University"},
        ),
        (
            "On 3 March 2023, Ghent University welcomed guests from Uppsala University: "
            "Vice-Rector Anna Novak and Dean Jonas Lind.",
            {"Anna Novak": "Uppsala University", "Jonas Lind": "Uppsala University"},
        ),
        (
            "On 3 March 2023, Ghent University received Eva Stark and Ola Berg from Charles University.",
            {"Eva Stark": "Charles University", "Ola Berg": "Charles University"},
        ),
    ],
)
def test_people_listed_after_their_institution_act_for_it(sentence, expected):
    found = people_of(sentence)
    assert {name: found[name]["institution"] for name in expected} == expected


@pytest.mark.parametrize(
    ("sentence", "person", "institution", "title"),
    [
        (
            "On 3 March 2023, Lund University was represented by Vice-Rector Maria Keller, while Ghent "
            "University was represented by Rector Piet Claes.",
            "Maria Keller",
            "Lund University",
            "Vice-Rector",
        ),
        (
            "On 3 March 2023, Tomas Berg, who is vice-rector of Uppsala University, visited Ghent "
            "University.",
            "Tomas Berg",
            "Uppsala University",
            "Vice-rector",
        ),
        (
            "On 3 May 2023, Piet Claes of Ghent University met Anna Novak, Charles's vice-rector, in Ghent.",
            "Anna Novak",
            None,
            "Vice-rector",
        ),
        (
            "On 3 March 2023, Mr. Jonas Lind - Vice Rector of Lund University - visited Ghent University.",
            "Jonas Lind",
            "Lund University",
            "Vice Rector",
        ),
        (
            "On 3 March 2023, Prof. Dr. Ir. Budi Santoso, M.Sc., Rector of Lund University, visited Ghent "
            "University.",
            "Budi Santoso",
            "Lund University",
            "Rector",
        ),
        (
            "On 3 March 2023, Ghent University signed an MoU with Lund University, which was "
            "represented by its rector, Prof. Eva Stark.",
            "Eva Stark",
            "Lund University",
            "Rector",
        ),
    ],
)
def test_the_title_is_the_apposition_not_the_next_clause(sentence, person, institution, title):
    found = people_of(sentence)[person]
    assert found["title"] == title
    if institution is not None:
        assert found["institution"] == institution


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 March 2023, LU Vice-Rector Anna Novak and UGent Rector Piet Claes signed an agreement of Lund "
        "University (LU) and Ghent University.",
        "On 3 May 2023, Lund University President Anna Novak and KTH Dean Piet Claes met in Ghent.",
        "On 3 May 2023, Lund University Rector Anna Novak and MIT Dean Piet Claes met at Ghent University.",
    ],
)
def test_a_title_after_another_person_is_not_the_first_institutions(sentence):
    assert people_of(sentence)["Piet Claes"]["institution"] != "Lund University"


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 March 2023, Anna Berg, PhD, dean of Lund University, visited Ghent University.",
        "On 3 March 2023, Jonas Lind, MBA, director of Lund University, visited Ghent University.",
        "On 3 March 2023, Eva Stark, MSc, coordinator at Lund University, visited Ghent University.",
    ],
)
def test_degrees_after_a_name_are_not_people(sentence):
    assert not {"PhD", "MBA", "MSc"} & set(people_of(sentence))


@pytest.mark.parametrize(
    ("sentence", "person", "institution"),
    [
        (
            "On 3 May 2023, Rector Maria Keller and her team from Lund University visited Ghent University.",
            "Maria Keller",
            "Lund University",
        ),
        (
            "On 3 March 2023, Dean Tomas Berg and his delegation from Uppsala University arrived in Ghent.",
            "Tomas Berg",
            "Uppsala University",
        ),
        (
            "On 3 May 2023, Professor Anna Novak and her colleagues of Charles University met Ghent "
            "University.",
            "Anna Novak",
            "Charles University",
        ),
    ],
)
def test_a_person_and_their_group_from_an_institution(sentence, person, institution):
    assert institution_of(sentence, person) == institution


@pytest.mark.parametrize(
    ("sentence", "person", "institution"),
    [
        (
            "The delegation from Hollin Marine College spent Monday at Tarvos Institute of Technology. "
            "Director Ines Varga and Deputy Director Piet Olsen of the institute briefed the visitors.",
            "Piet Olsen",
            "Tarvos Institute of Technology",
        ),
        (
            "The delegation from Hollin Marine College spent Monday at Tarvos Institute of Technology. "
            "Director Ines Varga and Deputy Director Piet Olsen of the institute briefed the visitors.",
            "Ines Varga",
            "Tarvos Institute of Technology",
        ),
        (
            "Students of Dunmore University travelled to Kestrel State University on 4 May. Prof. Lena "
            "Ortiz, head of exchanges of the university, guided their tour of the campus.",
            "Lena Ortiz",
            "Kestrel State University",
        ),
        (
            "Officials of Arlo City Council toured Penrith Valley University on Friday. Mirela Dobre, the "
            "university vice-rector, presented its laboratories.",
            "Mirela Dobre",
            "Penrith Valley University",
        ),
        (
            "Teachers of Brightwell Academy of Music came to Oakridge Technical University in June. The new "
            "partnership was announced by the rector of the University, Prof. Anton Weiss.",
            "Anton Weiss",
            "Oakridge Technical University",
        ),
    ],
)
def test_the_university_refers_back_to_the_one_named_before(sentence, person, institution):
    assert institution_of(sentence, person) == institution


def test_the_university_of_a_person_met_is_not_the_speakers():
    sentence = (
        "Students of Dunmore University travelled to Kestrel State University on 4 May. Prof. Lena Ortiz "
        "met with Dr. Omar Haddad of the university."
    )
    assert institution_of(sentence, "Lena Ortiz") != "Kestrel State University"


@pytest.mark.parametrize(
    ("sentence", "person", "institution"),
    [
        (
            "Last week the rector of the Tarvos Institute of Technology (TIT), Prof. Ines Varga, signed a "
            "letter with Lund University.",
            "Ines Varga",
            "Tarvos Institute of Technology",
        ),
        (
            "Rector of the Baltic Maritime Academy (BMA) Professor Ilze Berzina met a team from Lund "
            "University.",
            "Ilze Berzina",
            "Baltic Maritime Academy",
        ),
        (
            "The chair of Penrith Valley University (PVU) Professor Omar Haddad opened talks with Lund "
            "University.",
            "Omar Haddad",
            "Penrith Valley University",
        ),
        (
            "A team from Lund University met the provost of the Aldgate Academy of Arts (AAA), "
            "Mr. Rui Mateus.",
            "Rui Mateus",
            "Aldgate Academy of Arts",
        ),
    ],
)
def test_the_acronym_in_brackets_between_an_institution_and_its_officer(sentence, person, institution):
    assert institution_of(sentence, person) == institution


def institutions_in(text):
    article = parse_article(f"Universities meet\n\n{text}\n", file="t.txt")
    return {p["name"]: p["institution"] for p in article["people"]}


@pytest.mark.parametrize(
    ("text", "members", "visitor"),
    [
        (
            "A delegation from Harwick Institute of Design visited Lakemoor University on 4 May 2023. "
            "The visiting group comprised Prof. Anna Lindqvist (Head of Textiles) and Mr. Joel Brandt.",
            ("Anna Lindqvist", "Joel Brandt"),
            "Harwick Institute of Design",
        ),
        (
            "Lakemoor University welcomed a delegation from Harwick Institute of Design on 4 May 2023. The "
            "visiting party consisted of Prof. Maren Holt, Dean of Architecture, and Dr. Samir Aziz.",
            ("Maren Holt", "Samir Aziz"),
            "Harwick Institute of Design",
        ),
        (
            "Guests from Corran Valley University toured Lakemoor University on 4 May 2023. "
            "The visiting team was made up of Dr. K.L. Mensah, Head of Chemistry, and Prof. Ruth Adeyemi.",
            ("Ruth Adeyemi",),
            "Corran Valley University",
        ),
    ],
)
def test_the_members_a_visiting_group_is_made_of_act_for_the_visitor(text, members, visitor):
    people = institutions_in(text)
    assert all(people[name] == visitor for name in members), people


@pytest.mark.parametrize(
    ("text", "hosts", "host"),
    [
        (
            "Prof. Lionel Carter, provost of Brisbane Harbour University, visited Lakemoor University "
            "on 4 May 2023. During the visit, he met with Prof. Elif Sahin, Rector; Dr. Marta Ruiz, "
            "Dean of Law; and Ms. Jo Kim, Director of Partnerships.",
            ("Elif Sahin", "Marta Ruiz", "Jo Kim"),
            "Lakemoor University",
        ),
        (
            "Dr. Ines Duarte of Corran Valley University visited Lakemoor University on 4 May 2023. "
            "The guests also met with Prof. Hugo Lind, Vice-Rector for Research, and Dr. Alba Reyes, "
            "Head of the Language Centre.",
            ("Hugo Lind", "Alba Reyes"),
            "Lakemoor University",
        ),
        (
            "A team from Tarvos Institute of Technology toured Lakemoor University on 4 May 2023. They held "
            "talks with Rector Oskar Berg; Vice-Rector Lena Moss; and the Dean of Engineering, Dr. Paul Ek.",
            ("Oskar Berg", "Lena Moss", "Paul Ek"),
            "Lakemoor University",
        ),
    ],
)
def test_the_people_the_visitors_met_act_for_the_host(text, hosts, host):
    people = institutions_in(text)
    assert all(people[name] == host for name in hosts), people


def test_people_met_on_one_of_two_visits_to_one_host_act_for_that_host():
    people = institutions_in(
        "A delegation of Corran Valley University and a team from Tarvos Institute of Technology visited "
        "Lakemoor University on 4 May 2023. The visitors met with Prof. Elif Sahin, Rector, and Dr. Marta "
        "Ruiz, Dean of Law."
    )
    assert people["Elif Sahin"] == "Lakemoor University", people


@pytest.mark.parametrize(
    ("sentence", "person", "institution"),
    [
        (
            "The guest speaker was the dean of Tarvos Institute of Technology, Estonia: Prof. Ines Varga.",
            "Ines Varga",
            "Tarvos Institute of Technology",
        ),
        (
            "The talk was given by the head of research of Kestrel Bay University (KBU), Ghana, Dr. Ruth "
            "Adeyemi.",
            "Ruth Adeyemi",
            "Kestrel Bay University",
        ),
        (
            "The keynote came from the provost of Lakemoor University, Bangkok, Dr. Somchai Rattana.",
            "Somchai Rattana",
            "Lakemoor University",
        ),
    ],
)
def test_a_place_after_the_institution_does_not_part_it_from_its_officer(sentence, person, institution):
    assert institution_of(sentence, person) == institution
