"""An agency dateline is no part of the story, whatever its shape: a place, a day and the agency's tag in
brackets with no dash after them ("Tartu, Mar 9 (ETA) The ..."), a day printed with no space after the
month's dot ("Mar.9"), or the day first and the place after it ("9 March 2023, Tartu - ..."). Its day is the
day the dispatch was filed, not the day of the event: the day the sentence names, or the weekday counted
back from the dispatch, dates the signing, and the agency is no party. Each shape in three phrasings."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Cooperation news", published="2023-03-09"):
    return parse_article(f"{title}\n\ndate {published}\n\n{body}\n", file="t.txt")


def agreements(result):
    return [(a["action"], sorted(a["parties"]), a["date"]) for a in result["agreements"]]


TARTU_RIGA = ["Riga Technical University", "University of Tartu"]


@pytest.mark.parametrize(
    "dateline",
    ["Tartu, Mar 9 (ETA) ", "Tartu, March 9 (BNS) ", "Tartu, 9 March (LETA) "],
)
def test_an_agency_tag_in_brackets_ends_a_dateline_without_a_dash(dateline):
    result = read(
        f"{dateline}The University of Tartu signed a memorandum of understanding with Riga Technical "
        "University on Monday."
    )
    assert agreements(result) == [("signed", TARTU_RIGA, "2023-03-06")]


@pytest.mark.parametrize("dateline", ["Tartu, Mar.9 (ETA) - ", "Tartu, Sept.9 - ", "Tartu, Mar.9, ETA – "])
def test_a_day_with_no_space_after_the_months_dot_is_a_dateline_day(dateline):
    published = "2023-09-09" if "Sept" in dateline else "2023-03-09"
    result = read(
        f"{dateline}The University of Tartu and Riga Technical University signed an agreement on "
        "cooperation on Tuesday.",
        published=published,
    )
    day = "2023-09-05" if "Sept" in dateline else "2023-03-07"
    assert agreements(result) == [("signed", TARTU_RIGA, day)]


@pytest.mark.parametrize(
    "dateline",
    ["9 March 2023, Tartu - ", "9 March 2023, Tartu – ", "09 March 2023, Tartu Estonia - "],
)
def test_a_dateline_may_give_the_day_before_the_place(dateline):
    result = read(
        f"{dateline}The University of Tartu signed a memorandum of understanding with Riga Technical "
        "University on 2 March 2023 at its campus."
    )
    assert agreements(result) == [("signed", TARTU_RIGA, "2023-03-02")]
    assert not any(i["name"].startswith("Tartu") for i in result["institutions"])


def test_a_headline_with_a_bracket_after_a_name_is_no_dateline():
    title = "KTU (Kaunas) Signs Agreement With Riga Technical University"
    result = read("The two universities met.", title=title)
    assert result["article"]["title"].startswith("KTU (Kaunas)")
