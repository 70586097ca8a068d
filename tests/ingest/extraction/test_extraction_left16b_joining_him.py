"""The people a sentence says joined or went with the person told before act for that person's body."""

from tests.ingest.extraction.reading import article, institutions_of


def test_joining_him_were_two_colleagues():
    text = article(
        "Professor Halvard Steen, President of Varnholt University, visited Quorra Institute of "
        "Technology on 3 May 2023.",
        "Joining him were Dr. Lisbet Aune and Mr. Oren Falk.",
    )
    found = institutions_of(text)
    assert found["Lisbet Aune"] == "Varnholt University"
    assert found["Oren Falk"] == "Varnholt University"


def test_accompanying_her_on_the_trip_was_a_colleague():
    text = article(
        "Dr. Ragna Voss, Rector of Pellan State University, arrived at Dunmore College on 9 September 2023.",
        "Accompanying her on the trip was Professor Idris Kaltenberg, head of research.",
    )
    assert institutions_of(text)["Idris Kaltenberg"] == "Pellan State University"


def test_with_him_were_two_deans():
    text = article(
        "Mr. Casimir Lotte, Chancellor of Weybridge University, toured Ambrose Institute on 17 January 2023.",
        "With him were Dean Ottilie Marr and Dean Fenwick Hale.",
    )
    found = institutions_of(text)
    assert found["Ottilie Marr"] == "Weybridge University"
    assert found["Fenwick Hale"] == "Weybridge University"
