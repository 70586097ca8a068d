"""Meaning-preserving changes seen on variants of real pages must not change what is read. Three phrasings
per rule, in words no article uses.

- A group already told, named again with words that describe it ("the visiting delegation", "the
  high-level delegation") is the same group as "the delegation": its leader, its further stops, its
  hosts' welcome.
- "the memorandum of understanding may be renewed": the noun's "of" phrase does not carry a signing
  after a bare "be" (a possibility) into a signing told, as "the MoU may be renewed" does not.
- A page cut off mid-sentence (no line of its story ends with a full stop) still has a story: the list of
  links under "Read more" after it is furniture.
- A body that "paid a visit to" or "made a visit to" someone is a party, as one that "visited" is.
- A publication date printed with its label above the headline ("Posted 9 Oct 2023") is the page's date,
  as "date 2023-10-09" is, not its headline (nor a date of the events)."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, published="2023-05-10"):
    return parse_article(f"Cooperation news\n\ndate {published}\n\n{body}\n", file="t.txt")


def trips(body):
    return [(d["visitor"], d["host"], d["leader"]) for d in read(body)["delegations"]]


def institution_of(body, name):
    return next(p["institution"] for p in read(body)["people"] if p["name"] == name)


TOLD = "A delegation of Eastmoor University visited Brackley University on 4 May 2023.\n\n"


@pytest.mark.parametrize(
    "group", ["delegation", "visiting delegation", "high-level delegation", "six-member delegation"]
)
@pytest.mark.parametrize(
    "later",
    [
        "The {group} was headed by Pro-Rector Prof. Mart Kask.",
        "The leader of the {group}, Pro-Rector Prof. Mart Kask, thanked the hosts.",
        "Pro-Rector Prof. Mart Kask, who led the {group}, presented Eastmoor's labs.",
    ],
)
def test_a_group_named_again_with_a_description_keeps_its_leader(group, later):
    body = TOLD + later.format(group=group)
    assert [trip[2] for trip in trips(body)] == ["Mart Kask"]
    assert institution_of(body, "Mart Kask") == "Eastmoor University"


@pytest.mark.parametrize(
    "later",
    [
        "The visiting delegation also toured Sundale University on the next day.",
        "The high-level delegation then visited Sundale University.",
        "Afterwards the visiting delegation travelled to Sundale University.",
    ],
)
def test_a_group_named_again_with_a_description_travels_on(later):
    assert [trip[:2] for trip in trips(TOLD + later)] == [
        ("Eastmoor University", "Brackley University"),
        ("Eastmoor University", "Sundale University"),
    ]


@pytest.mark.parametrize(
    "later",
    [
        "Brackley rector Prof. Hanne Lund greeted the visiting delegation and showed the library.",
        "The visiting delegation was received by Brackley rector Prof. Hanne Lund.",
        "Brackley rector Prof. Hanne Lund welcomed the high-level delegation in the senate hall.",
    ],
)
def test_welcoming_the_visiting_group_makes_no_second_visit(later):
    body = TOLD + later
    assert [trip[:2] for trip in trips(body)] == [("Eastmoor University", "Brackley University")]
    assert institution_of(body, "Hanne Lund") == "Brackley University"


@pytest.mark.parametrize(
    "body",
    [
        "Brackley University received the visiting delegation from Eastmoor University on 4 May 2023.",
        "On 4 May 2023 a visiting team of Eastmoor University toured Brackley University.",
        "Brackley University leaders met a visiting delegation from Eastmoor University on 4 May 2023.",
    ],
)
def test_a_visiting_group_with_its_institution_is_still_a_visit(body):
    assert [trip[:2] for trip in trips(body)] == [("Eastmoor University", "Brackley University")]


SIGNED = "Eastmoor University and Brackley University signed a memorandum of understanding on 4 May 2023.\n\n"


@pytest.mark.parametrize(
    "later",
    [
        "This memorandum of understanding may be renewed with the consent of both parties.",
        "The memorandum on student mobility could be renewed by the two rectors in 2028.",
        "The memorandum of cooperation must be renewed with the approval of each senate after five years.",
    ],
)
def test_a_signing_after_a_bare_be_is_not_done(later):
    agreements = read(SIGNED + later)["agreements"]
    assert [(a["kind"], a["action"], a["date"]) for a in agreements] == [("mou", "signed", "2023-05-04")]


CUT_OFF_STORY = (
    "Eastmoor University hosts Brackley University\n\n"
    "Eastmoor University welcomed a delegation of Brackley University on 4 May 2023 to talk about joint "
    "degrees in marine biology, and the two rectors toured the new harbour laboratory together before "
    "they agreed to meet again in the autumn to draw up the first joint course for the students of bo"
)


@pytest.mark.parametrize(
    "links",
    [
        "Read more\n- Delegation of Ferncliff University visits Holloway Polytechnic\n"
        "- Glenrock University renews agreement with Marsh Institute of Technology",
        "See also\n• Ferncliff University hosts webinar with Holloway Polytechnic\n"
        "• Glenrock University signs student exchange agreement with Marsh Institute of Technology",
        "More news\nFerncliff University and Holloway Polytechnic sign memorandum\n"
        "Rector of Glenrock University meets delegation from Marsh Institute of Technology",
    ],
)
def test_links_under_a_page_cut_off_mid_sentence_are_furniture(links):
    extraction = parse_article(f"{CUT_OFF_STORY}\n\n{links}\n", file="t.txt")
    assert sorted(i["name"] for i in extraction["institutions"]) == [
        "Brackley University",
        "Eastmoor University",
    ]
    assert not extraction["agreements"]
    # (the cut-off story's own trip names no host the parser reads, so it is no record: dele31)
    assert {d["visitor"] for d in extraction["delegations"]} <= {"Brackley University"}


@pytest.mark.parametrize(
    ("body", "visitor"),
    [
        (
            "On 4 May 2023, Director Jon Hale of Nordic Arts Center paid a visit to our campus to talk "
            "about exchange.",
            "Nordic Arts Center",
        ),
        (
            "The Nordic Arts Center made a two-day visit to Eastmoor University on 4 May 2023.",
            "Nordic Arts Center",
        ),
        (
            "On 4 May 2023 the Baltic Heritage Foundation paid a courtesy call on Eastmoor University.",
            "Baltic Heritage Foundation",
        ),
    ],
)
def test_a_body_that_pays_a_visit_is_a_party_as_one_that_visited(body, visitor):
    extraction = read(body)
    assert visitor in [i["name"] for i in extraction["institutions"]]
    assert [d["visitor"] for d in extraction["delegations"]] == [visitor]


@pytest.mark.parametrize(
    "opening",
    [
        "Posted 9 Oct 2023\nEastmoor and Brackley seal a research pact",
        "Published: October 9, 2023\nEastmoor and Brackley seal a research pact",
        "Posted on 09.10.2023\nEastmoor and Brackley seal a research pact",
    ],
)
def test_a_labelled_publication_date_above_the_headline_is_no_headline(opening):
    body = "Eastmoor University and Brackley University signed a memorandum of understanding."
    extraction = parse_article(f"{opening}\n\n{body}\n", file="t.txt")
    assert extraction["article"]["title"] == "Eastmoor and Brackley seal a research pact"
    assert extraction["article"]["published"] == "2023-10-09"
    assert [a["date"] for a in extraction["agreements"]] == [None]  # the page's date is not the signing's
