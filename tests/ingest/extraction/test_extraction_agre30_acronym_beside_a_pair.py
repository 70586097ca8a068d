"""A document whose sentences name two bodies in words has those two as its parties. A string of capitals
printed beside them that neither the article nor the gazetteer spells out (a signer's surname printed in
capitals, a degree, the initials of a unit or of the document itself) is no third party: read as one, the
record differs from the pair the article tells, and counts as a missed record and an extra one. (An
acronym the sentence lists among the parties, "with B and LGX", stays one.)"""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article


@pytest.mark.parametrize(
    ("sentences", "pair"),
    [
        (
            (
                "Velmora University (VU) and the Ostrelin University of Norland have now inked their "
                "memorandum of understanding (MoU).",
                "VU Vice-Chancellor Professor Md Harun and Ostrelin University Rector Professor Tarik EL"
                " signed the agreement Wednesday.",
            ),
            ["Ostrelin University of Norland", "Velmora University"],
        ),
        (
            (
                "Velmora University (VU) and the Ostrelin University of Norland have now inked their "
                "memorandum of understanding (MoU).",
                "VU Vice-Chancellor Professor Md Harun and Ostrelin University Rector Professor Kemal UZ"
                " signed the agreement on Friday.",
            ),
            ["Ostrelin University of Norland", "Velmora University"],
        ),
        (
            (
                "Brennick University (BU) and the Nordvale University of Technology inked a memorandum of "
                "understanding (MoU) for student exchange.",
                "BU Vice-Chancellor Professor Ruth Amsel and Nordvale University Rector Professor Emre OZ"
                " signed the agreement Thursday.",
            ),
            ["Brennick University", "Nordvale University of Technology"],
        ),
    ],
)
def test_an_unexplained_acronym_beside_two_named_bodies_is_no_party(sentences, pair):
    assert all(parties == sorted(pair) for _action, parties in actions_and_parties(article(*sentences)))
