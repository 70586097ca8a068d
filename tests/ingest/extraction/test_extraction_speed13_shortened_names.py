"""A name printed again without some of its words is the same body; only a body whose every name has two
words or more can be such a shortened name, which is asked before any longer name is compared with it (one
question per body, not one per pair of bodies). Every name and sentence is invented."""

from types import SimpleNamespace

import pytest

from registry.ingest.extraction.institutions import _may_shorten
from tests.ingest.extraction.test_extraction import FakeGazetteer, parse


def _institutions(text):
    return sorted(item["name"] for item in parse(text, gazetteer=FakeGazetteer())["institutions"])


@pytest.mark.parametrize(
    "article, names",
    [
        (
            "Kestrel Maritime University signs MoU\n\nKestrel Maritime University signed an agreement with "
            "Ostrelle College on 3 May 2031. Kestrel University will host ten students.",
            ["Kestrel Maritime University", "Ostrelle College"],
        ),
        (
            "Partners meet\n\nThe Brakkin City College of Applied Design hosted Tarnby Polytechnic on 4 June "
            "2031. Brakkin City College signed an exchange agreement with it.",
            ["Brakkin City College of Applied Design", "Tarnby Polytechnic"],
        ),
        (
            "Partners meet\n\nA delegation of the Saint Olwen Pedagogical University of Dunmore visited "
            "Tarnby Polytechnic on 4 June 2031. The Pedagogical University of Dunmore signed an MoU.",
            ["Saint Olwen Pedagogical University of Dunmore", "Tarnby Polytechnic"],
        ),
    ],
)
def test_a_name_printed_shorter_is_the_same_body(article, names):
    assert _institutions(article) == names


@pytest.mark.parametrize(
    "names, may",
    [
        (["Kestrel University"], True),
        (["Kestrel University", "Kestrel Maritime University"], True),
        (["Velkarotech"], False),  # one word: no longer name prints it shorter
        (["Kestrel University", "KMU"], False),
        ([], False),  # known by an acronym only
    ],
)
def test_only_names_of_two_words_or_more_may_shorten_another(names, may):
    assert _may_shorten(SimpleNamespace(names=names)) is may
