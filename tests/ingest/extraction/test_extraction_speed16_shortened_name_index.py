"""A name printed again without some of its words is the same body, as before; the bodies a name is compared
with are now found in an index by the first and last words of their names (and whether they print initials),
so only bodies that open or end alike, or print initials, are compared with it at all. Every name and sentence
is invented."""

from types import SimpleNamespace

import pytest

from registry.ingest.extraction.institutions import _ShortenedNameIndex
from tests.ingest.extraction.test_extraction import names, parse


def _names(body):
    return names(parse("Partnership news\n\n" + body + "\n"))


@pytest.mark.parametrize(
    "body, full",
    [
        (
            "Quellmarsh Riverside Conservatory signed an agreement with Dunbrae Lyceum on 3 May 2031. "
            "Quellmarsh Conservatory will host the first students.",
            "Quellmarsh Riverside Conservatory",
        ),
        (
            "The Saint Brannoc Normal University of Tollerby signed an agreement with Dunbrae Lyceum on 3 "
            "May 2031. The Normal University of Tollerby will host the first students.",
            "Saint Brannoc Normal University of Tollerby",
        ),
        (
            "The T. V. Morrow Global Academy signed an agreement with Dunbrae Lyceum on 3 May 2031. TV "
            "Morrow Academy will host the first students.",
            "T. V. Morrow Global Academy",
        ),
    ],
)
def test_a_name_printed_shorter_is_still_the_same_body(body, full):
    assert full in _names(body)
    assert not any(name != full and name in full.replace(".", "") for name in _names(body) - {full})


def _body(*names):
    return SimpleNamespace(names=list(names))


def test_the_index_gives_bodies_opening_or_ending_alike():
    opening = _body("Quellmarsh Riverside Conservatory")
    ending = _body("Saint Brannoc Normal University of Tollerby")
    initials = _body("T. V. Morrow Global Academy")
    apart = _body("Dunbrae Lyceum")
    index = _ShortenedNameIndex([opening, ending, initials, apart])
    assert index.near("Quellmarsh Conservatory") == {id(opening), id(initials)}
    assert index.near("Normal University of Tollerby") == {id(ending), id(initials)}
    assert id(apart) not in index.near("Velbridge Hall") and id(apart) in index.near("Velbridge Lyceum")


def test_a_name_with_initials_is_compared_with_every_body():
    bodies = [_body("Quellmarsh Riverside Conservatory"), _body("Dunbrae Lyceum")]
    index = _ShortenedNameIndex(bodies)
    assert all(id(body) in index.near("T. V. Morrow Academy") for body in bodies)


def test_a_body_added_again_is_found_by_the_names_it_took():
    keeper = _body("Quellmarsh Riverside Conservatory")
    index = _ShortenedNameIndex([keeper])
    assert id(keeper) not in index.near("Tollerby Normal Institute")
    keeper.names.append("Tollerby Maritime Normal Institute")
    index.add(keeper)
    assert id(keeper) in index.near("Tollerby Normal Institute")
