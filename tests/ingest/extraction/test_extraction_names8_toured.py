"""A facility the guests are shown during a visit (a centre, laboratory, museum or institute toured "after
the meeting", "during their visit") is a stop of the tour, not one of the article's institutions;
the institution a delegation comes to visit, or a facility named elsewhere as a party, stays. Every name and
sentence is invented."""

from tests.ingest.extraction.test_extraction import names, parse


def test_a_laboratory_visited_after_the_meeting_is_no_institution():
    result = parse(
        "Delegation visits Kelvar University\n\n"
        "A delegation of Ostravel University visited Kelvar University on 4 March 2024 and signed an "
        "exchange agreement. After the talks, the guests visited the Marrow Soil Physics Laboratory."
    )
    assert "Marrow Soil Physics Laboratory" not in names(result)
    assert {"Ostravel University", "Kelvar University"} <= names(result)


def test_a_centre_seen_during_the_visit_is_no_institution():
    result = parse(
        "Guests from Ostravel\n\n"
        "Rector Mira Tonsk of Ostravel University visited Kelvar University on 12 May 2023. During their "
        "stay the guests were briefed on research and visited the Brenmoor Seed Conservation Centre."
    )
    assert "Brenmoor Seed Conservation Centre" not in names(result)


def test_an_institute_the_guests_also_had_a_look_at_is_no_institution():
    result = parse(
        "Partnership deepened\n\n"
        "Kelvar University received a delegation of Ostravel University on 3 June 2022. After the meeting, "
        "the delegation also had a look at the Varnolt Institute of Tidal Studies and the campus library."
    )
    assert "Varnolt Institute of Tidal Studies" not in names(result)


def test_the_institute_a_delegation_comes_to_visit_stays():
    result = parse(
        "Visit\n\n"
        "A delegation of Ostravel University visited the Varnolt Institute of Tidal Studies on 3 June 2022 "
        "and signed a memorandum of understanding."
    )
    assert "Varnolt Institute of Tidal Studies" in names(result)


def test_an_institute_where_the_guests_meet_someone_after_the_meeting_is_a_host():
    result = parse(
        "Visit\n\n"
        "Kelvar University received a delegation of Ostravel University on 3 June 2022. After the meeting, "
        "the delegation visited the Varnolt Institute of Tidal Studies, where it met director Anja Morrel."
    )
    assert "Varnolt Institute of Tidal Studies" in names(result)
