"""One word of a person's name printed inside an institution's name ("Minh" of "Vinh Minh Coastal University
of Arts", "Sun" of "Sun Yat-sen University") is no mention of that person: the leader who "headed a
delegation" is the one named before the verb, not a member whose name shares a word with the visitor's.
Phrasings written for these tests, none taken from an article."""

from functools import partial

import pytest

from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import parsed

article = partial(reading.article, published="2023-05-20")


def leaders(text):
    return {(d["visitor"], d["host"]): d["leader"] for d in parsed(text)["delegations"]}


@pytest.mark.parametrize(
    ("words", "visitor", "leader"),
    [
        (
            "On 3 May 2023, Tran Quoc Bao, Rector of Vinh Minh Coastal University of Arts, headed a "
            "delegation to visit Ostmere Polytechnic. Other guests included: Le Minh Khoa, Dean of Music of "
            "Vinh Minh Coastal University of Arts.",
            "Vinh Minh Coastal University of Arts",
            "Tran Quoc Bao",
        ),
        (
            "On 3 May 2023, Dr. Vella Marsh, President of Sun Yat-sen University, led a delegation to "
            "Ostmere Polytechnic. The members included Sun Qiaoling, Dean of Physics of Sun Yat-sen "
            "University.",
            "Sun Yat-sen University",
            "Vella Marsh",
        ),
        (
            "On 3 May 2023, Prof. Ayla Stern, Rector of Mandela Bay Institute of Technology, headed a "
            "delegation to Ostmere Polytechnic. The members included Thabo Mandela, Dean of Science of "
            "Mandela Bay Institute of Technology.",
            "Mandela Bay Institute of Technology",
            "Ayla Stern",
        ),
    ],
)
def test_a_word_of_a_bodys_name_names_no_member_before_the_leader(words, visitor, leader):
    assert leaders(article(words))[(visitor, "Ostmere Polytechnic")] == leader
