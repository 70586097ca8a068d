"""A partner list closed by a word that deals the document out ("respectively", "separately",
"individually") tells one document a partner, each between the signer and that partner, as "A, B and C
each signed an MoU with D" tells one a signer."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

A = "Varnholm University"
B, C, D = "Pellworth University", "Quenstadt University", "Marrowby University"


@pytest.mark.parametrize(
    "sentence",
    [
        f"{A} signed a framework cooperation agreement with {B}, {C} and {D} respectively on 3 June.",
        f"On 3 June, {A} concluded an exchange agreement with {B}, {C} and {D} separately.",
        f"The rector of {A} signed a memorandum of understanding with {B}, {C} and {D} individually.",
    ],
)
def test_a_list_dealt_out_is_one_document_a_partner(sentence):
    records = sorted(parties for _action, parties in actions_and_parties(article(sentence)))
    assert records == sorted([sorted([A, B]), sorted([A, C]), sorted([A, D])])


def test_a_list_not_dealt_out_stays_one_document():
    sentence = f"{A} signed a framework cooperation agreement with {B}, {C} and {D} on 3 June."
    assert [len(parties) for _action, parties in actions_and_parties(article(sentence))] == [4]


@pytest.mark.parametrize(
    "sentence",
    [
        f"{A} and {B} signed cooperation agreements with {C} and {D} respectively.",
        f"On 3 June {A} and {B} concluded exchange agreements with {C} and {D}, respectively.",
        f"{A} and {B} signed a memorandum of understanding with {C} and {D} respectively last week.",
    ],
)
def test_respectively_pairs_two_lists_in_order(sentence):
    records = sorted(parties for _action, parties in actions_and_parties(article(sentence)))
    assert records == sorted([sorted([A, C]), sorted([B, D])])


def test_a_word_that_deals_out_after_the_list_only_counts_right_after_it():
    founded = "the two were founded in 1901 and 1923 respectively"
    sentence = f"{A} signed a research agreement with {B} and {C}; {founded}."
    assert [len(parties) for _action, parties in actions_and_parties(article(sentence))] == [3]
