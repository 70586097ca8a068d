"""Which sentences tell a visit, who made it and who led it, read as mechanisms rather than phrasings: an
event attended by people is no visit; whoever a delegation "was met by" received it and does not lead it;
an officer the article ties to no institution, visiting all it names, travels for the unnamed publisher;
"X heads the delegation of Y to visit Z" tells a visit led by X; guests welcomed to B are B's guests;
"a visit by the Swedish university's officials" is by the article's one Swedish institution, and led by
whom the visit phrase says led it; of members only listed, with no title to rank them, the first named
leads.
Three phrasings or more per rule, none taken from an article."""

import pytest

from registry.ingest.extraction import parse_article


def parsed(*sentences, title="Cooperation news"):
    text = f"{title}\n\ndate 2023-05-10\n\n" + "\n\n".join(sentences) + "\n"
    return parse_article(text, file="t.txt")


def trips(*sentences, title="Cooperation news"):
    return [(d["visitor"], d["host"]) for d in parsed(*sentences, title=title)["delegations"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The forum was attended by representatives of Lund University, the Council of Europe and the rector "
        "of Ghent University.",
        "The ceremony on 3 May was attended by Consul General Ms. Rosa Medina and the rector of Ghent "
        "University, Prof. Jan Peeters.",
        "The dinner that followed was attended by Ambassador Paulo Costa and the dean of Ghent University, "
        "Dr. Ann Wouters.",
    ],
)
def test_an_event_attended_by_people_tells_who_took_part_not_a_visit(sentence):
    assert trips(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The ceremony at Ghent University was attended by a delegation from Lund University.",
        "The opening of the new laboratory at Ghent University was attended by the delegation of Lund "
        "University.",
        "The graduation ceremony at Ghent University on 3 May was attended by a delegation of Lund "
        "University.",
    ],
)
def test_an_event_attended_by_a_delegation_still_tells_its_visit(sentence):
    assert ("Lund University", "Ghent University") in trips(sentence)


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "A delegation of Lund University visited Ghent University on 3 May.",
            "The delegation was expected by Vice-Rector Ann Wouters and her staff.",
        ),
        (
            "On 3 May, a delegation from Lund University came to Ghent University.",
            "This delegation was met by Dean Jan Peeters in the main hall.",
        ),
        (
            "A delegation of Lund University toured Ghent University on 3 May.",
            "The delegation was awaited by Director Marc Claes, who showed them the library.",
        ),
    ],
)
def test_who_met_or_expected_the_delegation_received_it_and_does_not_lead_it(sentences):
    result = parsed(*sentences)
    assert [(d["visitor"], d["host"], d["leader"]) for d in result["delegations"]] == [
        ("Lund University", "Ghent University", None)
    ]
    assert all(p["institution"] != "Lund University" for p in result["people"])


@pytest.mark.parametrize(
    ("sentence", "hosts"),
    [
        (
            "Led by Vice-Rector Prof. Ann Wouters, a group of researchers paid visits to Lund University, "
            "the University of Padua and Uppsala University in May.",
            ["Lund University", "University of Padua", "Uppsala University"],
        ),
        (
            "Recently, Vice President Marc Claes led a delegation to universities in Sweden, including Lund "
            "University and Uppsala University.",
            ["Lund University", "Uppsala University"],
        ),
        (
            "From 3 to 7 May, Dean Jan Peeters and two colleagues travelled to the University of Padua and "
            "the University of Bologna.",
            ["University of Padua", "University of Bologna"],
        ),
    ],
)
def test_an_officer_of_an_unnamed_publisher_travels_for_it_and_no_name_is_invented(sentence, hosts):
    result = parsed(sentence)
    assert [(d["visitor"], d["host"]) for d in result["delegations"]] == [(None, host) for host in hosts]
    assert all(d["leader"] for d in result["delegations"])
    assert any("not named" in warning for warning in result["warnings"])


@pytest.mark.parametrize(
    "title",
    [
        "Ghent University strengthens ties with Swedish partners",
        "Ghent University delegation tours Sweden",
        "Ghent University and Lund University to deepen cooperation",
    ],
)
def test_an_officer_of_an_article_that_names_its_institution_travels_for_it(title):
    sentence = "Vice President Marc Claes led a delegation to Lund University and Uppsala University."
    assert trips(sentence, title=title) == [
        ("Ghent University", "Lund University"),
        ("Ghent University", "Uppsala University"),
    ]


@pytest.mark.parametrize(
    ("sentence", "trip"),
    [
        (
            "On 3 May, Rector Erik Holm heads the delegation of Lund University in Sweden to visit Ghent "
            "University.",
            ("Lund University", "Ghent University", "Erik Holm"),
        ),
        (
            "Rector Erik Holm was heading the delegation of Lund University to visit Ghent University on "
            "3 May.",
            ("Lund University", "Ghent University", "Erik Holm"),
        ),
        (
            "On 3 May, Prof. Jan Peeters headed a five-member delegation from Ghent University to visit Lund "
            "University.",
            ("Ghent University", "Lund University", "Jan Peeters"),
        ),
    ],
)
def test_heading_a_delegation_to_visit_tells_the_visit_and_its_leader(sentence, trip):
    assert [(d["visitor"], d["host"], d["leader"]) for d in parsed(sentence)["delegations"]] == [trip]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Anna Berg will lead a delegation of Uppsala University to visit the University of Padua.",
        "Rector Erik Holm heads the delegation of Lund University that plans to visit Ghent University.",
        "Next year Dean Jan Peeters is to head a delegation of Ghent University to visit Lund University.",
    ],
)
def test_a_delegation_yet_to_go_is_no_visit(sentence):
    assert trips(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "trip"),
    [
        (
            "In her opening remarks, Prof. Ann Wouters welcomed the delegation from Lund University to Ghent "
            "University.",
            ("Lund University", "Ghent University"),
        ),
        (
            "Speaking at the opening, Jan Peeters welcomed the visitors of Uppsala University not only to "
            "the University of Padua but to Italy.",
            ("Uppsala University", "University of Padua"),
        ),
        (
            "Mr. Marc Claes welcomed the team from the University of Bologna to the campus of Lund "
            "University on 3 May.",
            ("University of Bologna", "Lund University"),
        ),
    ],
)
def test_guests_welcomed_to_an_institution_are_its_guests(sentence, trip):
    assert trips(sentence) == [trip]


@pytest.mark.parametrize(
    ("sentences", "trip"),
    [
        (
            (
                "The agreement was signed following a visit by the Swedish university's top officials, led "
                "by its rector, to Ghent University on 3 May.",
                "Lund University is Sweden's largest.",
            ),
            ("Lund University", "Ghent University"),
        ),
        (
            (
                "During the visit of the Italian university leaders to the campus of Ghent University, the "
                "partners discussed exchanges.",
                "The University of Padua sent five people.",
            ),
            ("University of Padua", "Ghent University"),
        ),
        (
            (
                "A visit by the Swedish university president and deans to Ghent University ended on 3 May "
                "with a signing.",
                "Lund University has 40,000 students.",
            ),
            ("Lund University", "Ghent University"),
        ),
    ],
)
def test_a_visit_by_the_university_of_a_nationality_is_by_the_articles_one_institution_of_it(sentences, trip):
    assert trips(*sentences) == [trip]


@pytest.mark.parametrize(
    ("sentences", "trip"),
    [
        (
            (
                "The agreement was signed following a visit by the Swedish university's top officials led by "
                "its rector Prof. Erik Holm to Ghent University on 3 May.",
                "Lund University is Sweden's largest.",
            ),
            ("Lund University", "Ghent University", "Erik Holm"),
        ),
        (
            (
                "Following a visit by the Italian university's staff led by Rector Marco Bruni to Ghent "
                "University, the two signed an MoU.",
                "The University of Padua is among Italy's oldest.",
            ),
            ("University of Padua", "Ghent University", "Marco Bruni"),
        ),
        (
            (
                "During a visit of the Swedish university's deans, headed by Prof. Anna Berg, to Ghent "
                "University, exchanges were discussed.",
                "Lund University has 40,000 students.",
            ),
            ("Lund University", "Ghent University", "Anna Berg"),
        ),
    ],
)
def test_a_visit_told_as_a_noun_is_led_by_whom_its_phrase_says_led_it(sentences, trip):
    result = parsed(*sentences)
    assert [(d["visitor"], d["host"], d["leader"]) for d in result["delegations"]] == [trip]
    assert (trip[2], trip[0]) in [(p["name"], p["institution"]) for p in result["people"]]


@pytest.mark.parametrize(
    ("sentences", "trip"),
    [
        (
            (
                "A delegation from Lund University paid a courtesy call on Ghent University on 3 May.",
                "The team comprised Ms. Anna Berg and Mr. Erik Holm.",
            ),
            ("Lund University", "Ghent University", "Anna Berg"),
        ),
        (
            (
                "Lund University sent a delegation to Ghent University on 3 May.",
                "The visitors included Dr. Erik Holm and Dr. Sara Lind.",
            ),
            ("Lund University", "Ghent University", "Erik Holm"),
        ),
        (
            (
                "On 3 May, a group from the University of Padua visited Ghent University.",
                "The delegation consisted of Prof. Marco Bruni, Dr. Lucia Verdi and Mr. Paolo Neri.",
            ),
            ("University of Padua", "Ghent University", "Marco Bruni"),
        ),
    ],
)
def test_of_members_only_listed_without_titles_the_first_named_leads(sentences, trip):
    assert [(d["visitor"], d["host"], d["leader"]) for d in parsed(*sentences)["delegations"]] == [trip]


def test_of_members_listed_with_titles_the_most_senior_leads():
    sentences = (
        "A delegation from Lund University paid a courtesy call on Ghent University on 3 May.",
        "The team comprised Dean Anna Berg and Rector Erik Holm.",
    )
    assert [d["leader"] for d in parsed(*sentences)["delegations"]] == ["Erik Holm"]
