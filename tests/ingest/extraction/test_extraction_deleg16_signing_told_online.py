"""A signing told again as held online: the occasion's mode comes from the later sentence."""

from tests.ingest.extraction.reading import article, parsed


def _meetings(*sentences):
    return [(m["kind"], m["mode"], sorted(m["parties"])) for m in parsed(article(*sentences))["meetings"]]


PAIR = ["Halvorsen Technical University", "Tavistock University"]


def test_a_virtual_signing_told_after_the_agreement_is_an_online_signing():
    assert _meetings(
        "Halvorsen Technical University has signed a memorandum of understanding with Tavistock University.",
        "The virtual MoU signing aimed to bring the two faculties of engineering closer.",
    ) == [("signing", "online", PAIR)]


def test_a_ceremony_then_said_to_be_conducted_virtually_is_online():
    assert _meetings(
        "Halvorsen Technical University and Tavistock University signed a research agreement on Friday.",
        "The memorandum was conducted virtually by deans of the two schools.",
    ) == [("signing", "online", PAIR)]


def test_a_ministry_present_at_the_online_programme_keeps_the_one_signing():
    assert _meetings(
        "The provost of Halvorsen Technical University, Dr. Mira Lund, and the rector of"
        " Tavistock University, Prof. Aldo Serra, signed the agreement on 4 May.",
        "The minister of education was also present at the online programme.",
    ) == [("signing", "online", PAIR)]


def test_the_event_held_virtually_is_the_signing_told_before():
    assert _meetings(
        "Halvorsen Technical University and Tavistock University signed a cooperation agreement on Tuesday.",
        "The event was held virtually because of a rail strike.",
    ) == [("signing", "online", PAIR)]


def test_online_courses_the_agreement_covers_tell_no_online_signing():
    assert _meetings(
        "Halvorsen Technical University and Tavistock University signed a cooperation agreement on Tuesday.",
        "The agreement covers online courses and virtual exchange.",
        "The partnership was conducted online in earlier years.",
    ) == [("signing", "in_person", PAIR)]
