"""A person acts for the institution the clause around their name says: apposition after and before the name,
the place that opens the clause, the delegation they lead. Each rule in three phrasings no article uses."""
import pytest

from registry.extraction import parse_article


def institution_of(sentence, person):
    text = f"Universities meet\n\n{sentence} The visit ended on a friendly note.\n"
    people = {p["name"]: p["institution"] for p in parse_article(text, file="t.txt")["people"]}
    found = [institution for name, institution in people.items() if person in name]
    assert found, f"{person} not read as a person: {people}"
    return found[0]


@pytest.mark.parametrize(("sentence", "person", "institution"), [
    ("On 3 March 2023, Maria Keller, the coordinator of exchanges at Lund University, visited Ghent University.",
     "Maria Keller", "Lund University"),
    ("Tomas Berg - Vice-Rector of Uppsala University (UU) - opened the meeting with Ghent University.",
     "Tomas Berg", "Uppsala University"),
    ("Anna Novak, Dean, Director of the Language Centre of Charles University, spoke at Ghent University.",
     "Anna Novak", "Charles University"),
])
def test_apposition_after_the_name(sentence, person, institution):
    assert institution_of(sentence, person) == institution


@pytest.mark.parametrize(("sentence", "person", "institution"), [
    ("Guests from Lund University met the rector of Ghent University, Prof. Jan Peeters, on Monday.",
     "Jan Peeters", "Ghent University"),
    ("The president of Aalto University, Dr Mikko Laine, welcomed guests from Lund University.",
     "Mikko Laine", "Aalto University"),
    ("Lund University students were greeted by the dean of Keio University, Hiroshi Sato.",
     "Hiroshi Sato", "Keio University"),
])
def test_apposition_before_the_name(sentence, person, institution):
    assert institution_of(sentence, person) == institution


@pytest.mark.parametrize(("sentence", "person", "institution"), [
    ("At Ghent University, the guests from Lund University were received by Vice-Rector Lieve Peeters.",
     "Lieve Peeters", "Ghent University"),
    ("On behalf of Lund University, Professor Erik Holm signed the memorandum with Ghent University.",
     "Erik Holm", "Lund University"),
    ("At Aalto University, Dean Mikko Laine showed the Keio University guests the laboratories.",
     "Mikko Laine", "Aalto University"),
])
def test_the_place_that_opens_the_clause(sentence, person, institution):
    assert institution_of(sentence, person) == institution


@pytest.mark.parametrize(("sentence", "person", "institution"), [
    ("A delegation from Lund University, led by Professor Erik Holm, visited Ghent University on 3 March 2023.",
     "Erik Holm", "Lund University"),
    ("The delegation of Aalto University, headed by Vice-President Mikko Laine, toured Keio University.",
     "Mikko Laine", "Aalto University"),
    ("A five-member delegation from Keio University led by Dr Hiroshi Sato arrived at Lund University.",
     "Hiroshi Sato", "Keio University"),
])
def test_the_delegation_a_person_leads(sentence, person, institution):
    assert institution_of(sentence, person) == institution


def test_a_person_who_meets_another_institution_is_not_given_it():
    sentence = "Vice-Rector Lieve Peeters met with guests from Lund University on Monday."
    assert institution_of(sentence, "Lieve Peeters") != "Lund University"


@pytest.mark.parametrize("sentence", [
    "Professor Jan Kowalski, a graduate of Lund University, spoke at Ghent University.",
    "Dr Mikko Laine, formerly at Aalto University, spoke at Ghent University.",
    "Prof. Anna Novak, an alumna of Charles University, spoke at Ghent University.",
])
def test_where_someone_studied_or_worked_before_is_not_whom_they_act_for(sentence):
    person = sentence.split(",")[0].split(" ", 1)[1]
    assert institution_of(sentence, person) is None
