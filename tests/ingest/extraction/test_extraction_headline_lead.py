"""A page printed without a headline opens on its lead sentence. That sentence is body (its people and events
are read as every other sentence's) and it also tells what the page is about, as a headline would (the
protagonists, an acronym printed bare once, the institutions of a planned visit). Each case in three
phrasings no article uses."""

import pytest

from registry.ingest.extraction import parse_article
from registry.ingest.extraction.text import Sentence, split_title, with_the_lead

LEADS = [
    (
        "On 3 May 2024, Professor Anna Berg, Rector of Lakeshore University, led a delegation of six to "
        "Northbridge University to discuss joint degrees in engineering and student exchange.",
        ("Lakeshore University", "Northbridge University", "Anna Berg"),
    ),
    (
        "A delegation from Fjordland Institute of Technology headed by its President, Dr. Mikkel Aas, "
        "visited Coastal University on 14 February 2023 to explore joint research in offshore energy.",
        ("Fjordland Institute of Technology", "Coastal University", "Mikkel Aas"),
    ),
    (
        "Vice-Rector Teresa Quintana of Universidad del Valle Alto travelled to Riverside College last week, "
        "where she and her colleagues met the college's leadership to plan student mobility.",
        ("Universidad del Valle Alto", "Riverside College", "Teresa Quintana"),
    ),
]
LATER = "\n\nThe guests toured the laboratories and met students of the engineering faculty.\n"


def trips(result):
    return [(d["visitor"], d["host"], d["leader"]) for d in result["delegations"]]


@pytest.mark.parametrize(("lead", "trip"), LEADS)
def test_a_page_that_opens_on_its_lead_reads_the_lead_as_body(lead, trip):
    result = parse_article(lead + LATER, file="t.txt")
    assert trip in trips(result)
    assert trip[2] in [person["name"] for person in result["people"]]


@pytest.mark.parametrize(
    "date_line", ["3 June 2024", "Posted: 3 June 2024", "2024-06-03"], ids=["plain", "labelled", "iso"]
)
@pytest.mark.parametrize(("lead", "trip"), LEADS[:1])
def test_a_date_line_above_the_lead_is_the_publication_date_and_the_lead_is_still_read(date_line, lead, trip):
    result = parse_article(f"{date_line}\n\n{lead}{LATER}", file="t.txt")
    assert result["article"]["published"] == "2024-06-03"
    assert trip in trips(result)


@pytest.mark.parametrize(
    ("lead", "acronym", "name"),
    [
        (
            "On 12 March 2024, Vice President Lena Moss of Lakeshore University led a delegation of four to "
            "KAIST to talk about joint research programmes in marine science in Korea.",
            "KAIST",
            "Korea Advanced Institute of Science and Technology",
        ),
        (
            "Lakeshore University sent a delegation of five researchers led by Dean Omar Sallam to POSTECH "
            "in Korea on 2 October 2023 for a workshop on battery materials.",
            "POSTECH",
            "Pohang University of Science and Technology",
        ),
        (
            "Three deans of Lakeshore University, led by Provost Ines Koh, spent the week of 8 July 2024 at "
            "UNSW in Australia to prepare a joint doctoral programme in water engineering.",
            "UNSW",
            "UNSW Sydney",
        ),
    ],
)
def test_an_acronym_printed_once_in_the_lead_is_read_as_a_headline_would_read_it(lead, acronym, name):
    """The gazetteer's reading of an acronym the page prints once is trusted in what tells the topic."""
    result = parse_article(lead + LATER, file="t.txt")
    assert any(acronym in i["aliases"] for i in result["institutions"] if i["name"] == name)


@pytest.mark.parametrize(
    ("lead", "later", "visitor"),
    [
        (
            "A delegation of NBU led by Rector Pavel Horak visited Lakeshore University on 5 May 2024 to "
            "sign a memorandum of understanding on student exchange and joint research.",
            "Founded in 1961, Northbridge University (NBU) has 20,000 students.",
            "Northbridge University",
        ),
        (
            "On 9 September 2023, the president of KCT, Dr. Elif Sahin, and four deans visited Riverside "
            "College to discuss double degrees in civil engineering and architecture.",
            "Kestrel College of Technology (KCT) is one of the oldest schools of engineering in the region.",
            "Kestrel College of Technology",
        ),
        (
            "Guests from UPAA, headed by Vice-Rector Mateo Ruiz, visited Coastal University last week and "
            "toured its marine laboratories with the rector and the deans of the faculties.",
            "The Upland Agricultural Academy (UPAA) trains agronomists for the whole province.",
            "Upland Agricultural Academy",
        ),
    ],
)
def test_an_acronym_of_the_lead_spelled_out_only_later_is_the_institution_spelled_out(lead, later, visitor):
    result = parse_article(f"{lead}\n\n{later}\n", file="t.txt")
    assert visitor in [d["visitor"] for d in result["delegations"]]


@pytest.mark.parametrize(
    "lead",
    [
        "Lakeshore University will send a delegation of ten to Northbridge University next spring to prepare "
        "a joint master's programme in data science.",
        "A delegation of Fjordland Institute of Technology is expected at Coastal University in the autumn, "
        "when the two schools plan to sign an agreement on exchanges.",
        "Riverside College plans to host the rector of Universidad del Valle Alto in the coming months to "
        "discuss a partnership in agronomy and veterinary science.",
    ],
)
def test_the_institutions_of_a_planned_visit_told_by_the_lead_are_what_the_page_is_about(lead):
    result = parse_article(lead + LATER, file="t.txt")
    assert result["delegations"] == []  # a visit not yet made is no delegation
    assert len(result["institutions"]) == 2  # but the page is about both


HEADLINED = [
    "Lakeshore and Northbridge universities sign exchange agreement",
    "Coastal University welcomes guests from Fjordland",
    "Riverside College deepens ties with Valle Alto",
]


@pytest.mark.parametrize(("lead", "trip"), LEADS)
def test_a_page_without_a_headline_is_titled_by_its_lead_sentence(lead, trip):
    """The registry lists the source by what it is about: the lead, where no headline names it."""
    for text in (lead + LATER, f"3 June 2024\n\n{lead}{LATER}"):
        assert parse_article(text, file="t.txt")["article"]["title"] == lead


@pytest.mark.parametrize("headline", HEADLINED)
@pytest.mark.parametrize(("lead", "trip"), LEADS[:1])
def test_a_headline_proper_stays_the_headline_and_the_lead_under_it_is_plain_body(headline, lead, trip):
    lines = [headline, "", lead]
    assert split_title(lines) == (headline, 0)
    result = parse_article("\n".join(lines) + LATER, file="t.txt")
    assert result["article"]["title"] == headline
    assert trip in trips(result)


@pytest.mark.parametrize(("lead", "trip"), LEADS)
def test_a_lead_sentence_is_no_headline_but_the_body_starts_with_it(lead, trip):
    lines = ["Posted 3 June 2024", "", lead, "", "More text follows."]
    assert split_title(lines) == ("", 1)


@pytest.mark.parametrize(
    "line",
    [
        "From 2 to 9 May 2024, a delegation of Lakeshore University visited three universities in Chile to "
        "prepare exchanges. The delegation included:",
        "Coastal University and Riverside College signed an agreement on joint degrees in nursing, pharmacy "
        "and public health at a ceremony on the Riverside campus on Friday.",
        "The rector of Fjordland Institute of Technology has met the president of Northbridge University to "
        "agree on a common summer school in Arctic engineering!",
    ],
)
def test_a_long_line_ending_a_sentence_or_going_on_with_another_is_a_lead(line):
    assert split_title([line, "", "More text follows."]) == ("", -1)


@pytest.mark.parametrize(
    "line",
    [
        "Delegation from Fjordland Institute of Technology Visits Coastal University for Symposium on "
        "Offshore Energy and Marine Research",  # title case, many words, no full stop
        # a short sentence:
        "Lakeshore University signed a cooperation agreement with Northbridge University.",
        "KU Signs Agreements with Three Universities to Exchange Students and Conduct Joint Research in 2024",
    ],
)
def test_a_headline_long_or_ending_on_a_full_stop_stays_a_headline(line):
    assert split_title([line, "", "More text follows."]) == (line, 0)


@pytest.mark.parametrize(
    ("texts", "lead"),
    [
        (["ALMATY.", "13 May.", "Within the frameworks of the forum, the rectors signed a memorandum."], 2),
        (["On 3 May, the rector of Lakeshore University visited Riverside College.", "They met."], 0),
        (["BRNO.", "A delegation of Coastal University arrived at Moravia University on Monday."], 1),
    ],
)
def test_the_lead_is_the_first_sentence_of_the_first_paragraph_not_a_datelines_fragment(texts, lead):
    sentences = with_the_lead([Sentence(text, 0) for text in texts] + [Sentence("Later.", 1)])
    assert [s.tells_topic for s in sentences] == [n == lead for n in range(len(texts))] + [False]
    assert not any(s.is_title for s in sentences)


def test_under_a_headline_no_sentence_of_the_body_is_the_lead():
    sentences = [Sentence("Universities sign", -1, is_title=True), Sentence("A long first sentence here.", 0)]
    assert with_the_lead(sentences) == sentences
    assert [s.tells_topic for s in sentences] == [True, False]
