"""Documents named by nouns the reader did not know: a "Memo of Understanding" is an MoU, and an
"arrangement" signed or concluded is a document ("an implementation arrangement", "an arrangement for
student exchange"), while arrangements only made for a visit are none. Each rule in three phrasings no
article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Cooperation news", published="2023-05-10"):
    return parse_article(f"{title}\n\ndate {published}\n\n{body}\n", file="t.txt")


def agreements(result):
    return [(a["kind"], a["action"], sorted(a["parties"])) for a in result["agreements"]]


LUND_GHENT = ["Ghent University", "Lund University"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University and Ghent University officially signed a Memo of Understanding on 3 May.",
        "A memo of agreement was inked between Lund University and Ghent University on 3 May.",
        "On 3 May Lund University concluded a Memo of Understanding with Ghent University.",
    ],
)
def test_a_memo_of_understanding_is_an_mou(sentence):
    assert agreements(read(sentence)) == [("mou", "signed", LUND_GHENT)]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Lund University and Ghent University signed an implementation arrangement on 3 May.", "other"),
        (
            "An arrangement for a students exchange programme between Lund University and Ghent University "
            "was signed on 3 May.",
            "student_exchange",
        ),
        ("On 3 May Lund University concluded an articulation arrangement with Ghent University.", "other"),
    ],
)
def test_an_arrangement_signed_is_a_document(sentence, kind):
    assert agreements(read(sentence)) == [(kind, "signed", LUND_GHENT)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University and Ghent University made arrangements for the visit of ten students on 3 May.",
        "The travel arrangements of the Lund University group were handled by Ghent University.",
        "Ghent University discussed the arrangements for the summer school with Lund University on 3 May.",
    ],
)
def test_arrangements_made_for_a_visit_are_no_document(sentence):
    assert agreements(read(sentence)) == []
