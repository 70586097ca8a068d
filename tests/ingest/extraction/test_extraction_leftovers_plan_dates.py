"""The date of a plan is not the story's day: a sentence that tells something still to come ("will visit in
March", "plans to open an office in September", "are expected to sign in 2024") keeps its date to itself,
and a meeting told after it takes its own date or none. A date in the past in a sentence with "will" ("the
delegation, which arrived on 12 May, will stay a week") is still the story's day. Phrasings written for these
tests, none taken from an article."""

import pytest

from registry.ingest.extraction import parse_article


def read(*paragraphs):
    text = "Partners meet in Pokhara\n\ndate 2023-05-20\n\n" + "\n\n".join(paragraphs) + "\n"
    return parse_article(text, file="t.txt")


def meeting_dates(result):
    return sorted(m["date"] or "" for m in result["meetings"])


@pytest.mark.parametrize(
    "plan",
    [
        "A delegation from Lund University will visit Pokhara Valley University in March 2024.",
        "Lund University plans to open an office at Pokhara Valley University in September 2023.",
        "Lund University and Pokhara Valley University are expected to sign an exchange agreement in 2024.",
    ],
)
def test_a_meeting_after_a_plan_does_not_take_the_plans_date(plan):
    result = read(
        plan,
        "Officials of Lund University met the Rector of Pokhara Valley University to discuss joint research.",
    )
    assert all(not date.startswith(("2023-09", "2024")) for date in meeting_dates(result))


@pytest.mark.parametrize(
    "plan",
    [
        "The Rector of Lund University will return to Pokhara Valley University in October.",
        "A second visit by Lund University to Pokhara Valley University is scheduled for 2024.",
        "Lund University intends to send students to Pokhara Valley University in January 2024.",
    ],
)
def test_a_meeting_that_names_its_weekday_after_a_plan_takes_its_own_day(plan):
    result = read(
        plan, "On Tuesday the delegation of Lund University met the Rector of Pokhara Valley University."
    )
    assert meeting_dates(result) == ["2023-05-16"]


def test_a_past_day_in_a_sentence_with_will_still_dates_what_follows():
    result = read(
        "The delegation of Lund University, which arrived in Pokhara on 12 May 2023, will stay for a week.",
        "The delegation met the Rector of Pokhara Valley University to discuss joint research.",
    )
    assert meeting_dates(result) == ["2023-05-12"]
