"""A signing in person by two parties at the place of one of them ("in a ceremony at A", "signed ... with B at
the A head office", "At a ceremony held at A, ...") was the other party's trip there, on the signing's day,
led by its person the sentence names; a place named before the signing, or a plan, makes no trip."""

from tests.ingest.extraction.reading import article, parsed, trips


def _trips_with_leaders(text):
    return [(d["visitor"], d["host"], d["leader"], d["start"]) for d in parsed(text)["delegations"]]


def test_two_presidents_renew_an_agreement_in_a_ceremony_at_one_university():
    text = article(
        "On Friday, April 21, 2023, President Ilse Vanterpool from Wrenfield University and President Maro "
        "Telvik from Brenholt University renewed the student exchange agreement in a ceremony at Brenholt "
        "University."
    )
    assert _trips_with_leaders(text) == [
        ("Wrenfield University", "Brenholt University", "Ilse Vanterpool", "2023-04-21")
    ]


def test_an_institute_signs_with_a_university_at_its_own_head_office():
    text = article(
        "On 14 June 2023, Ostervik Institute of Marine Research signed a memorandum of understanding with "
        "Altiplano Sur University at the Ostervik Institute of Marine Research head office."
    )
    assert trips(text) == [("Altiplano Sur University", "Ostervik Institute of Marine Research")]


def test_at_a_ceremony_held_at_a_university_an_officer_of_an_institute_signs():
    text = article(
        "At a ceremony held at Quillabamba National University on 9 March 2023, Vice President Lena "
        "Dovrak of the Kestrelmoor Institute of Technology and Vice Rector Oren Baldacchi of Quillabamba "
        "National University signed a memorandum of understanding."
    )
    assert trips(text) == [("Kestrelmoor Institute of Technology", "Quillabamba National University")]


def test_a_place_named_before_the_signing_is_no_trip():
    text = article(
        "The mood was festive at Brenholt University during the signing of a memorandum of understanding "
        "with Wrenfield University on 21 April 2023."
    )
    assert trips(text) == []


def test_a_signing_planned_at_a_university_is_no_trip():
    text = article(
        "Wrenfield University and Brenholt University will sign a memorandum of understanding at Brenholt "
        "University next month."
    )
    assert trips(text) == []
