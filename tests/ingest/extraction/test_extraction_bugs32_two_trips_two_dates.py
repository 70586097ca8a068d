"""Two trips of one visitor to one host told on different dates are two records; a day within a trip's range
(or a month that holds the day) is that same trip told again. Every sentence is invented."""

from tests.ingest.extraction.test_extraction import parse


def trips(text):
    return [(d["visitor"], d["host"], d["start"], d["end"]) for d in parse(text)["delegations"]]


def test_two_visits_months_apart_are_two_records():
    assert trips(
        "Quellmire Polytechnic news\n\n"
        "On 3 March 2024, a delegation of Brannoch Academy led by Rector Ilse Varrow visited Quellmire "
        "Polytechnic. On 14 September 2024, a delegation of Brannoch Academy visited Quellmire Polytechnic "
        "again to sign a memorandum."
    ) == [
        ("Brannoch Academy", "Quellmire Polytechnic", "2024-03-03", "2024-03-03"),
        ("Brannoch Academy", "Quellmire Polytechnic", "2024-09-14", "2024-09-14"),
    ]


def test_a_visit_in_one_month_and_one_on_a_later_day_are_two_records():
    assert trips(
        "Quellmire Polytechnic news\n\n"
        "In May 2023, Rector Ilse Varrow of Brannoch Academy visited Quellmire Polytechnic. "
        "Rector Ilse Varrow of Brannoch Academy visited Quellmire Polytechnic once more on 20 November 2023."
    ) == [
        ("Brannoch Academy", "Quellmire Polytechnic", "2023-05", "2023-05"),
        ("Brannoch Academy", "Quellmire Polytechnic", "2023-11-20", "2023-11-20"),
    ]


def test_a_day_within_the_range_of_a_visit_is_that_visit():
    assert trips(
        "Quellmire Polytechnic news\n\n"
        "A delegation of Brannoch Academy visited Quellmire Polytechnic from 3 to 6 March 2024. On 5 March "
        "2024, the delegation of Brannoch Academy toured the laboratories of Quellmire Polytechnic."
    ) == [("Brannoch Academy", "Quellmire Polytechnic", "2024-03-03", "2024-03-06")]


def test_a_day_within_the_month_of_a_visit_is_that_visit():
    assert trips(
        "Varnholt Polytechnic news\n\n"
        "In October 2022, a delegation of the Orrisby Institute visited Varnholt Polytechnic. On 12 October "
        "2022, the delegation of the Orrisby Institute visited Varnholt Polytechnic once more."
    ) == [("Orrisby Institute", "Varnholt Polytechnic", "2022-10", "2022-10")]


def test_a_sentence_that_names_not_the_visitor_tells_the_trip_read_already():
    assert trips(
        "Varnholt Polytechnic news\n\n"
        "On 9 May 2023, Counsellor Edda Morrow of the Orrisby Institute visited Varnholt Polytechnic. She "
        "was received by the dean of Varnholt Polytechnic, who added that the school had opened a laboratory "
        "on 2 February this year."
    ) == [("Orrisby Institute", "Varnholt Polytechnic", "2023-05-09", "2023-05-09")]
