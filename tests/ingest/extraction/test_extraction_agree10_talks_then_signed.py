"""A document whose own clause says it was signed was signed, though a word of talk comes before it: the talk
may end a phrase of time ("At the end of the negotiations, an agreement ... was signed"), and the document's
own clause may name it at length before its verb ("during which an Agreement on cooperation in the field of
educational, scientific and socio-cultural activities was signed"). A document only talked about stays
discussed. Each rule in three phrasings no article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Cooperation news", published="2023-05-10"):
    return parse_article(f"{title}\n\ndate {published}\n\n{body}\n", file="t.txt")


def agreements(result):
    return [(a["action"], sorted(a["parties"])) for a in result["agreements"]]


LUND_GHENT = ["Ghent University", "Lund University"]


@pytest.mark.parametrize(
    "sentence",
    [
        "At the end of the negotiations, an agreement on cooperation between Lund University and Ghent "
        "University was signed.",
        "After two days of discussions, a memorandum of understanding between Lund University and Ghent "
        "University was signed by the rectors.",
        "Following lengthy talks, the exchange agreement between Lund University and Ghent University was "
        "signed in the presence of the ambassador.",
    ],
)
def test_a_talk_that_ends_a_phrase_of_time_does_not_govern_the_document(sentence):
    assert agreements(read(sentence)) == [("signed", LUND_GHENT)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University held negotiations with Ghent University, during which an Agreement on cooperation "
        "in the field of educational, scientific and socio-cultural activities was signed.",
        "Lund University discussed joint degrees with Ghent University, after which a memorandum on academic "
        "mobility of undergraduate students, doctoral candidates and teaching staff was signed.",
        "Lund University and Ghent University talked about research and then a framework agreement on "
        "cooperation in marine biology, coastal engineering and fisheries management was concluded.",
    ],
)
def test_a_long_name_does_not_hide_the_documents_own_verb(sentence):
    assert agreements(read(sentence)) == [("signed", LUND_GHENT)]


@pytest.mark.parametrize(
    "sentence",
    [
        "At the end of the negotiations, Lund University and Ghent University agreed to sign an agreement "
        "on cooperation.",
        "After the talks, a memorandum of understanding between Lund University and Ghent University will be "
        "signed in June.",
        "Lund University held negotiations with Ghent University on a memorandum on academic mobility of "
        "undergraduate students, doctoral candidates and teaching staff.",
    ],
)
def test_a_document_only_talked_about_stays_discussed(sentence):
    assert agreements(read(sentence)) == [("discussed", LUND_GHENT)]
