"""Words that open a sentence, end a region's name or make a title are no person's name, read as
specifications in phrasings of our own."""

from registry.ingest.extraction import parse_article


def _names(text):
    return [p["name"] for p in parse_article(text, file="names.txt")["people"]]


def test_an_adverb_before_a_title_and_a_surname_is_no_person():
    names = _names(
        "Brenwick College visits Velmora Tech\n\n"
        "A delegation of Brenwick College led by President Osric Wendale visited Velmora Institute of "
        "Technology on 3 May 2024. Similarly, President Wendale and his party then called at Tarnby "
        "Polytechnic.\n"
    )
    assert names == ["Osric Wendale"]


def test_an_adverb_before_a_title_in_small_letters_is_no_person():
    names = _names(
        "Brenwick College visits Velmora Tech\n\n"
        "Brenwick College and Velmora Institute of Technology signed an agreement on 3 May 2024. Later the "
        "president of Velmora Institute of Technology, Dr. Osric Wendale, toured the campus.\n"
    )
    assert names == ["Osric Wendale"]


def test_a_title_word_opening_a_sentence_is_no_person():
    names = _names(
        "Talks at Tarnby Polytechnic\n\n"
        "Tarnby Polytechnic received Dr. Halvard Ostrune, Rector of Brenwick College, on 2 March 2023. "
        "Cultural Counselor of the Peruvian embassy, Lima Mr. Joran Pellweather was also present.\n"
    )
    assert names == ["Halvard Ostrune", "Joran Pellweather"]


def test_a_title_word_after_a_name_is_no_person():
    names = _names(
        "Talks at Tarnby Polytechnic\n\n"
        "Tarnby Polytechnic received Dr. Halvard Ostrune, Rector of Brenwick College, on 2 March 2023, with "
        "Dr. Joran Pellweather, Principal Fellow, Brenwick Institute.\n"
    )
    assert names == ["Halvard Ostrune", "Joran Pellweather"]


def test_a_region_named_after_another_region_is_no_person():
    names = _names(
        "Rectors meet\n\n"
        "Heads of twelve colleges of Central Asia and of the Western Balkans met at Orsk Lakeside University "
        "on 11 February 2024 and agreed a charter on student mobility.\n"
    )
    assert names == []


def test_a_region_ending_a_branch_of_a_body_is_no_person():
    names = _names(
        "Brenwick College delegation\n\n"
        "Officials of the Tarnby Guild of Teachers, Section of Central Java (TGT), came to Brenwick College "
        "on 9 April 2024, led by TGT President Dr. Osric Wendale.\n"
    )
    assert names == ["Osric Wendale"]
