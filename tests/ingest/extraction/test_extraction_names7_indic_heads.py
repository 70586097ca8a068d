"""The name grammar on Indian names of universities: "Vishwavidyalaya" and its transliterations end a name as
"University" does, misspelt ones too. Every name is invented."""

from registry.ingest.extraction.names import find_names


def printed(sentence):
    return [m.text for m in find_names(sentence, 0)]


def test_the_transliterations_of_university_end_a_name():
    assert printed("The rector of Sri Kelvara Mahila Visvavidyalayam signed the MoU.") == [
        "Sri Kelvara Mahila Visvavidyalayam"
    ]
    assert printed("A team from Ostrava Hindu Vishwavidyalaya arrived on Monday.") == [
        "Ostrava Hindu Vishwavidyalaya"
    ]
    assert printed("Delegates of Brenmoor Vidyapeeth and Kelvar University met.") == [
        "Brenmoor Vidyapeeth",
        "Kelvar University",
    ]


def test_a_misspelt_transliteration_still_ends_the_name():
    assert printed("Vice Chancellor of Sri Kelvara Mahila Visvavidylayam (SKMV) spoke.") == [
        "Sri Kelvara Mahila Visvavidylayam"
    ]
    assert printed("Staff of Ostrava Vishwavidhyalaya toured the campus.") == ["Ostrava Vishwavidhyalaya"]


def test_a_word_merely_like_it_is_no_head():
    assert printed("The Vidyasagar Vividhata festival in Kelvar drew many visitors.") == []
