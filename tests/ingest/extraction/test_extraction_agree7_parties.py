"""Who the parties of an agreement are when the sentence does not name them plainly: a list of partners set
off by semicolons, and a sentence that names no institution at all ("between the two countries"): no
party is guessed. Each rule in at least three phrasings that no article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Cooperation news", published="2023-05-10"):
    return parse_article(f"{title}\n\ndate {published}\n\n{body}\n", file="t.txt")


def agreement_parties(result):
    return sorted(sorted(a["parties"]) for a in result["agreements"])


# -- partners listed with semicolons ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University signed four agreements during the trip, with Ghent University; Uppsala University; "
        "Leiden University and Aarhus University.",
        "During the tour Lund University concluded separate agreements with Ghent University; Uppsala "
        "University; Leiden University; and Aarhus University.",
        "Lund University inked cooperation agreements, among them ones with Ghent University; Uppsala "
        "University; Leiden University; Aarhus University.",
    ],
)
def test_a_partner_list_set_off_by_semicolons_gives_one_document_per_partner(sentence):
    result = read(sentence)
    assert agreement_parties(result) == [
        ["Aarhus University", "Lund University"],
        ["Ghent University", "Lund University"],
        ["Leiden University", "Lund University"],
        ["Lund University", "Uppsala University"],
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University signed a memorandum of understanding with Ghent University; Uppsala University "
        "hosted the ceremony.",
        "Lund University signed a memorandum of understanding with Ghent University; later, Uppsala "
        "University welcomed the rector.",
        "Lund University renewed its agreement with Ghent University; the rector then flew to Uppsala "
        "University.",
    ],
)
def test_a_clause_after_a_semicolon_is_no_partner_of_the_document_before_it(sentence):
    result = read(sentence)
    assert agreement_parties(result) == [["Ghent University", "Lund University"]]


# -- no party named, none guessed --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Lund University and Ghent University opened a joint laboratory. The renewed memorandum, signed in "
        "May, deepens the ties between the two countries.",
        "Lund University and Ghent University opened a joint laboratory. A memorandum of understanding was "
        "also signed between Sweden and Belgium.",
        "Lund University and Ghent University opened a joint laboratory. The two nations renewed an "
        "agreement, which builds trust between both countries.",
    ],
)
def test_a_document_of_states_is_not_given_the_articles_universities(body):
    result = read(body)
    assert result["agreements"] == []


@pytest.mark.parametrize(
    "body",
    [
        "Lund University and Ghent University opened a joint laboratory. A new agreement was signed between "
        "Sweden and Belgium at the embassy.",
        "Lund University and Ghent University opened a joint laboratory. Last week an accord was concluded "
        "with the regional government of Flanders.",
        "Lund University and Ghent University opened a joint laboratory. A memorandum was inked with "
        "several partners abroad.",
    ],
)
def test_a_document_whose_sentence_names_no_institution_gets_no_parties_guessed(body):
    result = read(body)
    assert result["agreements"] == []


def test_a_document_told_during_a_visit_is_still_the_visitors_and_the_hosts():
    result = read(
        "A delegation of Lund University visited Ghent University on 3 May. A memorandum was signed between "
        "the two rectors."
    )
    assert agreement_parties(result) == [["Ghent University", "Lund University"]]


# -- an acronym in brackets inside the partner list --------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A new agreement between Lund University (LU) and Ghent University was signed on 3 May.",
        "On 3 May Uppsala University signed an agreement with Lund University (LU) and Ghent University.",
        "The memorandum between Lund University (LU) and Ghent University was concluded on 3 May.",
    ],
)
def test_a_partners_acronym_in_brackets_does_not_end_the_partner_list(sentence):
    result = read(f"{sentence} LU will host the first exchange students.")
    assert any({"Lund University", "Ghent University"} <= set(a["parties"]) for a in result["agreements"])


# -- a document told as new ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A new Memorandum of Understanding (MOU) between Lund University and Ghent University will widen "
        "exchanges of staff.",
        "The new exchange agreement between Lund University and Ghent University opens ten places a year.",
        "A newly signed cooperation agreement between Lund University and Ghent University covers joint "
        "doctoral training.",
    ],
)
def test_a_document_told_as_new_between_two_partners_was_signed(sentence):
    result = read(sentence)
    assert [(a["action"], sorted(a["parties"])) for a in result["agreements"]] == [
        ("signed", ["Ghent University", "Lund University"])
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "A new agreement between Lund University and Ghent University will be signed next month.",
        "A new agreement between Lund University and Ghent University is to be signed in June.",
        "The new memorandum between Lund University and Ghent University, which will be signed in June, "
        "covers joint research.",
    ],
)
def test_a_new_document_yet_to_be_signed_is_only_discussed(sentence):
    result = read(sentence)
    assert [a["action"] for a in result["agreements"]] in ([], ["discussed"])


# -- another event told after the document -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The signing of the memorandum comes after the Lund University delegation visited Uppsala "
        "University to discuss joint degrees.",
        "The signing of the memorandum came shortly after Lund University hosted a delegation of Uppsala "
        "University.",
        "The memorandum's signing follows on the heels of a visit by Lund University to Uppsala University.",
    ],
)
def test_the_institutions_of_another_event_told_after_a_document_are_not_its_parties(sentence):
    result = read(f"Lund University and Ghent University signed a memorandum of understanding. {sentence}")
    assert agreement_parties(result) == [["Ghent University", "Lund University"]]
