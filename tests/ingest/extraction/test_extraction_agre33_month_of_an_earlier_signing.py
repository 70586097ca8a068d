"""An earlier signing told with its month ("the memorandum inked in November 2019", "first concluded in
March 2012") is dated by that month and year, as "signed in 2019" is by its year; and a renewal told
in the same words ("renewing the accord concluded in June 2015") is not dated by that earlier
signing."""

import pytest

from tests.ingest.extraction.reading import article, parsed

PAIR = sorted(["Brisdane Maritime College", "Ostrelin Polytechnic"])


def records(text):
    return sorted((a["action"], sorted(a["parties"]), a["date"]) for a in parsed(text)["agreements"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Ostrelin Polytechnic and Brisdane Maritime College reviewed the joint projects carried out under "
        "their memorandum of understanding, which was signed in November 2019.",
        "Rector Ilse Varkonen of Ostrelin Polytechnic visited Brisdane Maritime College, whose MoU with "
        "the polytechnic was inked in November 2019 and runs until 2024.",
        "Brisdane Maritime College hosted Ostrelin Polytechnic to review the exchanges under the "
        "memorandum of understanding signed by the two colleges in November, 2019.",
    ],
)
def test_an_earlier_signing_told_with_its_month_is_dated_by_it(sentence):
    assert ("signed", PAIR, "2019-11") in records(article(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ostrelin Polytechnic and Brisdane Maritime College renewed the exchange agreement first "
        "concluded in March 2012.",
        "A joint laboratory was set up under the renewal of the framework agreement signed by Ostrelin "
        "Polytechnic and Brisdane Maritime College in March 2012.",
        "Ostrelin Polytechnic and Brisdane Maritime College extended the memorandum they originally "
        "signed in March 2012.",
    ],
)
def test_a_renewal_of_a_signing_told_with_its_month_is_two_records(sentence):
    told = records(article(sentence))
    assert ("signed", PAIR, "2012-03") in told
    assert [date for action, _parties, date in told if action == "renewed"] != ["2012-03"]
    assert any(action == "renewed" for action, _parties, _date in told)
