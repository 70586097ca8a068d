"""Where a school's name ends: its "of" phrase stops before a unit named by its subject or the outlet that
speaks for it ("University of X Business School", "University of X Bulletin"), and a second name coordinated
after it does not re-read the words of the first ("A University of Applied Sciences and Financial University
of B" is two names, the second without "Applied Sciences")."""

from tests.ingest.extraction.reading import article, parsed


def read(*sentences):
    return parsed(article(*sentences))


def names(*sentences):
    return {i["name"] for i in read(*sentences)["institutions"]}


def test_an_outlet_printed_after_a_schools_name_is_no_part_of_it():
    got = names(
        "According to the University of Kelvarra Bulletin issued on Monday, Quillmoor University signed an "
        "MoU with Harbourview University on 4 June 2024.",
        "The University of Tolvane Newsletter reported that Quillmoor University signed an MoU with the "
        "University of Tolvane on 5 June 2024.",
        "As the University of Wexmoor Gazette reports, Harbourview University and the University of Wexmoor "
        "signed an agreement on 6 June 2024.",
    )
    assert {"University of Kelvarra", "University of Tolvane", "University of Wexmoor"} <= got
    assert not any(word in name for name in got for word in ("Bulletin", "Newsletter", "Gazette"))


def test_a_unit_printed_after_a_schools_name_leaves_the_school():
    got = read(
        "Dr. Elin Varga of the University of Kelvarra Business School (UKBS) signed an MoU with Quillmoor "
        "University on 4 June 2024.",
        "Prof. Tomas Brell, Dean of the University of Tolvane Medical School, signed an agreement with "
        "Harbourview University on 5 June 2024.",
        "Dr. Ana Pell of the University of Wexmoor Faculty of Law signed an MoU with Quillmoor University on "
        "6 June 2024.",
    )
    got_names = {i["name"] for i in got["institutions"]}
    assert {"University of Kelvarra", "University of Tolvane", "University of Wexmoor"} <= got_names
    assert not any(word in name for name in got_names for word in ("School", "Faculty"))
    acts_for = {p["name"]: p["institution"] for p in got["people"]}
    assert acts_for["Elin Varga"] == "University of Kelvarra"
    assert acts_for["Tomas Brell"] == "University of Tolvane"
    assert acts_for["Ana Pell"] == "University of Wexmoor"


def test_a_word_of_the_schools_own_of_phrase_is_kept():
    got = names(
        "Quillmoor University signed an MoU with the University of Posts and Communications on 4 June 2024.",
        "Harbourview University signed an agreement with the University of Information Communications on "
        "5 June 2024.",
        "Quillmoor University signed an MoU with the Kelvarra Institute of Design and Business on "
        "6 June 2024.",
    )
    assert {
        "University of Posts and Communications",
        "University of Information Communications",
        "Kelvarra Institute of Design and Business",
    } <= got


def test_a_second_name_coordinated_after_a_first_does_not_reread_its_words():
    got = names(
        "The cooperation agreement between the School of Finance at the Quillmoor University of Applied "
        "Sciences and Financial University of Tolvane was signed on 4 June 2024.",
        "The agreement between the Kelvarra Institute of Technology and Design Academy of Wexmoor was signed "
        "on 5 June 2024.",
        "Harbourview University signed an MoU with the Brenvale College of Arts and Music Academy of Tolvane "
        "on 6 June 2024.",
    )
    assert {
        "Quillmoor University of Applied Sciences",
        "Financial University of Tolvane",
        "Kelvarra Institute of Technology",
        "Design Academy of Wexmoor",
        "Brenvale College of Arts",
        "Music Academy of Tolvane",
    } <= got
    assert not any(name.startswith(("Applied", "Technology", "Arts")) for name in got)
