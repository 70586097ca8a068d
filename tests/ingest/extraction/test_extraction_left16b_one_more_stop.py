"""A sentence telling one more stop of the trip told before makes one more trip of its visitor."""

from tests.ingest.extraction.reading import article, trips


def test_the_trip_also_took_the_team_to_another_university():
    text = article(
        "A team from Harrowgate Polytechnic visited Ferncliff University on 8 March 2023.",
        "The journey also took the team to Ostmark Technical University, where talks on joint courses "
        "were held.",
    )
    assert trips(text) == [
        ("Harrowgate Polytechnic", "Ferncliff University"),
        ("Harrowgate Polytechnic", "Ostmark Technical University"),
    ]


def test_the_programme_also_included_a_call_at_another_institute():
    text = article(
        "Scholars of Brevik University paid a visit to Lunden Institute of Science on 14 October 2023.",
        "Their programme also included a brief call at Marwick College of Arts.",
    )
    assert ("Brevik University", "Marwick College of Arts") in trips(text)


def test_the_final_stop_was_another_university():
    text = article(
        "A delegation of Calder State University visited Norrhaven University on 2 February 2023.",
        "The final stop was Gillant University of Technology, whose rector showed the guests its "
        "laboratories.",
    )
    assert ("Calder State University", "Gillant University of Technology") in trips(text)
    assert all(visitor == "Calder State University" for visitor, _host in trips(text))
