"""Who visits whom when the sentence does not name both: the word "visiting" as an adjective, the host told as
"the campus", a delegation referred back to, a visitor no institution is named for. Three phrasings per rule,
none taken from an article."""

import pytest

from registry.ingest.extraction import parse_article
from tests.ingest.extraction.reading import article
from tests.ingest.extraction.reading import trips_in_order as trips


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghent University Welcomes Visiting Lecturer From Lund University",
        "Ghent University offers visiting research fellows of Lund University a summer house.",
        "The two partners, Ghent University and Lund University, run joint visiting "
        "academic and technical staff programmes.",
    ],
)
def test_visiting_as_an_adjective_of_a_person_or_programme_tells_no_visit(sentence):
    assert trips(article(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A delegation from Lund University is visiting Ghent University this week.",
        "Researchers of Lund University spent May visiting Ghent University laboratories.",
        "The visiting delegation of Lund University was shown round Ghent University.",
    ],
)
def test_visiting_as_a_verb_still_tells_a_visit(sentence):
    assert ("Lund University", "Ghent University") in trips(article(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The rector of Lund University, Prof. Erik Holm, and his team paid a courtesy visit to the campus on "
        "3 May.",
        "On 3 May, a delegation from Lund University came to the university to discuss joint degrees.",
        "Lund University's vice-rector Anna Berg visited the main campus on 3 May with four colleagues.",
    ],
)
def test_a_visit_to_the_campus_is_to_the_institution_the_article_is_about(sentence):
    text = article(sentence, title="Ghent University strengthens ties with Lund University")
    assert trips(text) == [("Lund University", "Ghent University")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rector Jan Peeters welcomed the delegation and spoke of Lund University's long tradition.",
        "Dean Marie Claes received the guests and recalled the exchange with Uppsala University.",
        "Vice-Rector Tom Maes hosted the visitors, who also met alumni of Uppsala University.",
    ],
)
def test_welcoming_the_delegation_refers_to_the_delegation_being_told(sentence):
    text = article(
        "On 3 May, a delegation from Aarhus University visited Ghent University.",
        sentence,
        title="Aarhus University at Ghent University",
    )
    assert trips(text) == [("Aarhus University", "Ghent University")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Receiving a delegation from Lund University in her office on 3 May, Rector Ann Wouters spoke of "
        "exchanges.",
        "Welcoming the team from Lund University on 3 May, the rector of Ghent University, Ann Wouters, "
        "praised the partnership.",
        "Hosting guests from Lund University on 3 May, Ghent University showed its new library.",
    ],
)
def test_a_participle_of_hosting_opening_the_sentence_puts_the_host_after_its_clause(sentence):
    text = article(sentence, title="Ghent University meets Lund University")
    assert trips(text) == [("Lund University", "Ghent University")]


def visits(text, home=None):
    out = parse_article(text, file="t.txt", home_institution=home)
    return [(d["visitor"], d["host"], d["leader"]) for d in out["delegations"]]


@pytest.mark.parametrize(
    "sentence, leader",
    [
        (
            "On 3 May, the Ambassador of Chile to Belgium, Ms. Rosa Medina, visited Ghent University.",
            "Rosa Medina",
        ),
        (
            "Mr. Pieter Smits, Consul-General of the Netherlands, paid a visit to Ghent University on 3 May.",
            "Pieter Smits",
        ),
        (
            "A delegation led by Dr. Luis Salas, the envoy of Peru, toured Ghent University on 3 May.",
            "Luis Salas",
        ),
    ],
)
def test_a_diplomat_whose_mission_is_not_named_visits_for_no_named_institution(sentence, leader):
    """extraction-format.md: no name is invented, so a diplomat whose mission the article does not name
    travels for no institution on record (never the university the article is about, nor one guessed from
    a nationality); a trip with no visitor is no record, the call stays talks at the host with the
    diplomat among the people."""
    text = article(sentence, title="Ghent University news")
    assert visits(text) == []
    out = parse_article(text, file="t.txt")
    assert [m["parties"] for m in out["meetings"]] == [["Ghent University"]]
    assert leader in [p["name"] for p in out["people"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 May, our Rector Prof. Ann Wouters visited Lund University.",
        "Our vice-president paid a visit to Lund University on 3 May.",
        "On 3 May our research team travelled to Lund University for talks.",
    ],
)
def test_the_publishers_people_visit_for_the_publisher(sentence):
    """Unnamed, the publisher is no invented name (a null visitor); configured, it is the visitor."""
    text = article(sentence, title="Talks in Sweden")
    assert [trip[:2] for trip in visits(text)] == [(None, "Lund University")]
    assert [trip[:2] for trip in visits(text, home="Ghent University")] == [
        ("Ghent University", "Lund University")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lecturers of Lund University can visit Ghent University for short courses.",
        "Staff of Lund University may also visit Ghent University under the scheme.",
        "Students of Lund University would like to visit Ghent University next year.",
    ],
)
def test_a_visit_that_only_could_happen_is_no_delegation(sentence):
    assert trips(article(sentence)) == []


def visit_told_with(sentence):
    text = article("On 3 May, a delegation from Lund University visited Ghent University.", sentence)
    return [(d["leader"], d["size"]) for d in parse_article(text, file="t.txt")["delegations"]]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The visiting team comprised Dr. Eva Lind (Chair of Research), Prof. Nils Berg "
            "and Mr. Olof Dahl.",
            [("Eva Lind", 3)],
        ),
        (
            "The delegation consisted of Prof. Karin Holm, Dean of Law, and Dr. Per Ek, lecturer.",
            [("Karin Holm", 2)],
        ),
        (
            "The delegation, which was made up of Vice-Rector Sara Nyberg, Ms. Lena Frisk, Mr. Jonas Falk "
            "and Dr. Ulf Ström, toured the library.",
            [("Sara Nyberg", 4)],
        ),
    ],
)
def test_a_whole_list_of_members_gives_the_size_and_its_most_senior_member_leads(sentence, expected):
    assert visit_told_with(sentence) == expected


@pytest.mark.parametrize(
    "sentence, leader",
    [
        ("The leader of the delegation, Prof. Nils Berg, thanked the hosts.", "Nils Berg"),
        ("Dr. Eva Lind, head of the delegation, spoke of joint degrees.", "Eva Lind"),
        ("In his address the vice-rector and head of the team Mr. Olof Dahl praised the labs.", "Olof Dahl"),
    ],
)
def test_the_head_of_the_delegation_leads_it(sentence, leader):
    assert visit_told_with(sentence) == [(leader, None)]


@pytest.mark.parametrize(
    "sentence, size",
    [
        ("A 5 x member delegation from Lund University visited Ghent University on 3 May.", 5),
        (
            "On 3 May, Rector Erik Holm of Lund University, two deans and their staff, "
            "altogether nine people, visited Ghent University.",
            9,
        ),
        ("A delegation from Lund University, a total of 12 members, visited Ghent University on 3 May.", 12),
    ],
)
def test_the_size_of_a_delegation_told_as_a_count_of_people(sentence, size):
    out = parse_article(article(sentence), file="t.txt")["delegations"]
    assert [(d["visitor"], d["host"], d["size"]) for d in out] == [
        ("Lund University", "Ghent University", size)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 May, Prof. Erik Holm, rector of Lund University, was warmly welcomed by Prof. Ann Wouters, "
        "rector of Ghent University.",
        "The deans of Lund University were received by the rector of Ghent University on 3 May.",
        "A group from Lund University was cordially greeted by the vice-rector of Ghent University on 3 May.",
    ],
)
def test_welcomed_by_tells_who_received_whom(sentence):
    assert trips(article(sentence)) == [("Lund University", "Ghent University")]


@pytest.mark.parametrize(
    "opening",
    [
        "At Ghent University, he was welcomed by Vice-Rector Tom Maes.",
        "At Ghent University on 4 May, the guest was received by Dean Marie Claes and her staff.",
        "In Ghent University, they were greeted by Director Karl Peeters.",
    ],
)
def test_the_place_a_passive_sentence_opens_with_receives_and_does_not_travel(opening):
    text = article("On 4 May, Prof. Erik Holm of Lund University visited Belgium.", opening)
    assert ("Lund University", "Ghent University") in trips(text)
    assert all(visitor != "Ghent University" for visitor, _host in trips(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 May, Ghent University played host to a delegation from Lund University.",
        "Ghent University played the host to Prof. Erik Holm, rector of Lund University, on 3 May.",
        "On 3 May Ghent University once again played host to Lund University.",
    ],
)
def test_played_host_to_puts_the_host_before_and_the_visitor_after(sentence):
    assert trips(article(sentence)) == [("Lund University", "Ghent University")]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 May, a delegation from Lund University was at Ghent University for a courtesy visit.",
        "Researchers of Lund University were in Ghent University on a working visit on 3 May.",
        "On 3 May, Rector Erik Holm of Lund University was at Ghent University for a two-day visit.",
    ],
)
def test_the_place_a_visitor_was_at_for_a_visit_hosts_it(sentence):
    assert trips(article(sentence)) == [("Lund University", "Ghent University")]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 May, a delegation of our university visited Utrecht University and Leiden University.",
        "Our delegation paid a visit to Utrecht University, Leiden University and Delft University on 3 May.",
        "On 3 May the University delegation toured Utrecht University and Leiden University.",
    ],
)
def test_an_unnamed_publisher_travelling_is_none_of_the_institutions_it_visits(sentence):
    """extraction-format.md: an unnamed publisher gets no invented name; before, the first institution the
    article named stood in for it, so one host was made the visitor of the others."""
    found = trips(article(sentence, title="Our delegation in the Netherlands"))
    assert found and all(visitor is None for visitor, _host in found)
    assert ("Utrecht University" in {host for _visitor, host in found}) and len(found) >= 2


@pytest.mark.parametrize(
    "first, then, host",
    [
        (
            "A team from Lund University led by Vice-Rector Anna Berg was in the Netherlands "
            "from 2 to 6 May.",
            "At Utrecht University, the team met the dean of the Faculty of Science.",
            "Utrecht University",
        ),
        (
            "The delegation of Lund University, headed by Prof. Erik Holm, was in Japan in early May.",
            "At Kyoto University, the delegation held talks on joint degrees.",
            "Kyoto University",
        ),
        (
            "In May a research group of Lund University were in Portugal for two weeks.",
            "At Braga Institute of Technology, the group met colleagues of the Faculty of Engineering.",
            "Braga Institute of Technology",
        ),
    ],
)
def test_a_trip_told_across_sentences_reaches_the_hosts_named_later(first, then, host):
    assert ("Lund University", host) in trips(article(first, then, title="Lund University abroad"))


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 May, the Ambassador of Chile, Ms. Rosa Medina, met with the rector of Ghent University.",
        "The rector of Ghent University, Prof. Ann Wouters, received the Consul-General of Peru, "
        "Mr. Luis Salas, on 3 May.",
        "Dr. Jan Peeters of Ghent University discussed research exchanges with the envoy of Brazil, "
        "Mr. Paulo Costa, on 3 May.",
    ],
)
def test_a_diplomat_meeting_a_universitys_people_called_on_it(sentence):
    # his mission is not named: no trip on record (no visitor), the call is talks at Ghent University
    text = article(sentence, title="Ghent University news")
    assert trips(text) == []
    assert [m["parties"][0] for m in parse_article(text, file="t.txt")["meetings"]] == ["Ghent University"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 May, the rector of Ghent University met the Ambassador of Chile at the Embassy of Chile.",
        "The rector of Ghent University will meet the Consul-General of Peru next week.",
        "The signing ceremony at Ghent University was attended by the Ambassador of Chile, Ms. Rosa Medina.",
    ],
)
def test_a_diplomat_met_at_the_mission_or_only_attending_makes_no_visit_to_the_university(sentence):
    assert (None, "Ghent University") not in trips(article(sentence, title="Ghent University news"))
