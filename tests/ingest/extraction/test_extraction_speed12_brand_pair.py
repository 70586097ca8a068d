"""A university called by one word that acts twice ("Quorvane formed ...", "a Quorvane delegation") is found
as before; the sentences searched for it are only those holding a capitalised word right before one of the
acting verbs, which every such use holds. Every sentence is invented."""

import pytest

from registry.ingest.extraction.lexicon import _BRAND_ACTOR, _BRAND_ACTOR_PAIR
from tests.ingest.extraction.test_extraction import FakeGazetteer, entry, names, parse

GAZETTEER = FakeGazetteer(entry("Quorvane University", "FI"), entry("Heldmark Polytechnic", "NO"))


@pytest.mark.parametrize(
    "body",
    [
        "Quorvane formed a joint laboratory with Heldmark Polytechnic on 2 May 2031. A Quorvane delegation "
        "toured the campus the next day.",
        "On 9 June 2031, Quorvane inked a memorandum with Heldmark Polytechnic; Quorvane hosted the guests "
        "at its library.",
        "The Quorvane delegation arrived at Heldmark Polytechnic in April 2031; Quorvane renewed its "
        "exchange of lecturers with it the same week.",
    ],
)
def test_a_word_acting_twice_is_the_university_the_gazetteer_knows_by_it(body):
    result = parse("Exchange news\n\n" + body, gazetteer=GAZETTEER)
    assert "Quorvane University" in names(result)


@pytest.mark.parametrize(
    "body",
    [
        "Quorvane formed a joint laboratory with Heldmark Polytechnic on 2 May 2031. Students from "
        "Heldmark Polytechnic toured it the next day.",
        "On 9 June 2031 Heldmark Polytechnic signed a memorandum; the quorvane delegation was absent.",
        "Heldmark Polytechnic welcomed guests in April 2031 and renewed its exchange of lecturers.",
    ],
)
def test_a_word_acting_once_or_in_small_letters_names_no_university(body):
    result = parse("Exchange news\n\n" + body, gazetteer=GAZETTEER)
    assert "Quorvane University" not in names(result)


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks went well, Brissel signed at noon, and the Ostrander delegation left.",
        "With Pellavor hosted by the mayor, a Corrindel visits program began.",
        "The Mirravel forms were filed; with Taskeno welcomed back, Norvi signs nothing.",
        "Not one capital stands before the verbs here: signed, visited, welcomed, renewed.",
        "Ostrander, once more, visited nobody: the word and the verb are not side by side.",
    ],
)
def test_every_sentence_the_actor_pattern_matches_holds_the_word_and_verb_pair(sentence):
    found = [match.group(1) for match in _BRAND_ACTOR.finditer(sentence)]
    assert bool(found) == bool(_BRAND_ACTOR_PAIR.search(sentence))
    for word in found:
        assert _BRAND_ACTOR_PAIR.search(sentence[sentence.index(word) :])
