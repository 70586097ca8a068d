"""One name printed in two parts set off by a comma ("Royal Holloway, University of London (RHUL)", "Viet Nam
National University, Ho Chi Minh City (VNUHCM)") may be read as two bodies, the whole and a part. A party
whose name is inside another party's name, printed beside that party's mention with only the comma and words
of the name between them, is that part: the document has the whole as its side, not the part as a third.
Three bodies of a list, none named inside another, stay three sides."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article


@pytest.mark.parametrize(
    ("sentences", "whole"),
    [
        (
            [
                "Velmora Polytechnic University of Dravnik has a new partner.",
                "Tessaly Maritime College and Velmora Polytechnic, University of Dravnik (VPUD), signed on "
                "Sunday a memorandum of understanding.",
            ],
            "Velmora Polytechnic University of Dravnik",
        ),
        (
            [
                "The Kesselberg National University Port Velmora (KNUPV) has a new partner.",
                "On 3 May, Tessaly Maritime College and Kessel Berg National University, Port Velmora "
                "(KNUPV) signed a memorandum of understanding.",
            ],
            "Kesselberg National University Port Velmora",
        ),
        (
            [
                "The Dravnik Institute of Technology Kessel Campus (DITKC) has a new partner.",
                "The Drav Nik Institute of Technology, Kessel Campus (DITKC) and Tessaly Maritime College "
                "inked a research accord on 3 May.",
            ],
            "Dravnik Institute of Technology Kessel Campus",
        ),
    ],
)
def test_a_part_of_a_name_printed_with_a_comma_is_no_side_of_its_own(sentences, whole):
    expected = [("signed", sorted(["Tessaly Maritime College", whole]))]
    assert actions_and_parties(article(*sentences)) == expected


def test_three_bodies_of_a_list_stay_three_sides():
    text = article(
        "Kessel Business School has a new partner.",
        "Tessaly Maritime College, Kessel Business School and the Ostrava Institute of Technology signed a "
        "research accord on 3 May.",
    )
    assert actions_and_parties(text) == [
        ("signed", ["Kessel Business School", "Ostrava Institute of Technology", "Tessaly Maritime College"])
    ]
