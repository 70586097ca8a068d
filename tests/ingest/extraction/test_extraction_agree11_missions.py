"""An embassy or consulate is a party to a document only where the article tells the document made with it:
elsewhere it is the place of the signing, a helper or the source of the news (extraction-format.md: the
parties are those who made the document)."""

import pytest

from registry.ingest.extraction import parse_article


def parties(sentences):
    text = f"Universities sign\n\n{sentences} Both sides looked forward to the next steps.\n"
    return [sorted(a["parties"]) for a in parse_article(text, file="t.txt")["agreements"]]


@pytest.mark.parametrize(
    "sentences",
    [
        "On 3 March 2024 Lund University and Ghent University signed a Memorandum of Understanding at the "
        "Embassy of Sweden in Brussels.",
        "On 3 March 2024 Lund University and Ghent University signed a Memorandum of Understanding. The "
        "memorandum was concluded with the generous help of the Belgian Embassy in Stockholm.",
        "Lund University and Ghent University signed a Memorandum of Understanding on 3 March 2024, the "
        "Consulate General of Sweden in Antwerp announced.",
    ],
)
def test_a_mission_where_the_document_was_signed_helped_or_reported_is_no_party(sentences):
    assert parties(sentences) == [["Ghent University", "Lund University"]]


@pytest.mark.parametrize(
    "sentences",
    [
        "On 3 March 2024 Lund University signed a Memorandum of Understanding with the Embassy of Chile in "
        "Stockholm.",
        "On 3 March 2024 a Memorandum of Understanding was signed between Lund University and the Embassy of "
        "Chile in Stockholm.",
    ],
)
def test_a_mission_the_document_was_made_with_is_a_party(sentences):
    assert parties(sentences) == [["Embassy of Chile in Stockholm", "Lund University"]]
