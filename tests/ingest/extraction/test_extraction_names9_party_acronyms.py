"""A body the article prints only as an acronym, once, and never spells out is still an institution when it
is the subject of the signing, the partnership or the visit: "QRTC and VELMO formally signed an agreement",
"ZANDRA has linked up with ...", "the KPSU delegation" (listed where it takes part in an event). An acronym
printed once only after "with" or "visited" is not enough: there it names a programme or a stop as often as
a party. Every name and sentence is invented."""

import pytest

from tests.ingest.extraction.test_extraction import parse

HEADLINE = "Partners widen cooperation\n\nMarch 3, 2024\n\n"


def names(result):
    return {name for i in result["institutions"] for name in [i["name"], *i["aliases"]]}


@pytest.mark.parametrize(
    ("sentence", "acronyms"),
    [
        ("As a result, QRTC and VELMO formally signed an agreement on joint training.", {"QRTC", "VELMO"}),
        (
            "Then ZANDRA has linked up with Tarvel University and signed a memorandum of understanding.",
            {"ZANDRA"},
        ),
        (
            "KPSU has established a partnership with Tarvel University, signing a cooperation agreement.",
            {"KPSU"},
        ),
        ("Last week the KPSU delegation visited Tarvel University.", {"KPSU"}),
        ("BRENCO teamed up with Tarvel University and signed an agreement on a summer school.", {"BRENCO"}),
    ],
)
def test_an_acronym_that_signs_or_partners_is_an_institution(sentence, acronyms):
    result = parse(HEADLINE + "Tarvel University welcomed new partners. " + sentence)
    assert acronyms <= names(result)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarvel University is working with FEMTO to digitalise theses on one platform.",
        "The day after, the guests visited ORBIS Jakarta, a regional office.",
        "Tarvel University signed an agreement funded by KOSTA last year.",
    ],
)
def test_an_acronym_named_once_after_with_or_visited_is_no_institution(sentence):
    result = parse(HEADLINE + "Tarvel University welcomed new partners. " + sentence)
    assert not names(result) & {"FEMTO", "ORBIS", "KOSTA"}
