"""One signing told twice, once online and once with no mode (read in person, the default), is one signing
meeting held online (extraction-format.md, "One occasion, one meeting"); signings of other parties, or on
other days, stay apart. Each rule in three phrasings no article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Cooperation news", published="2023-05-10"):
    return parse_article(f"{title}\n\ndate {published}\n\n{body}\n", file="t.txt")


def signings(result):
    return [
        (m["mode"], m["date"], sorted(m["parties"])) for m in result["meetings"] if m["kind"] == "signing"
    ]


LUND_GHENT = ["Ghent University", "Lund University"]


@pytest.mark.parametrize(
    "body",
    [
        "On 3 May 2023, Lund University and Ghent University signed a memorandum of understanding. "
        "The two universities held a virtual signing ceremony, where Rector Erik Renström of Lund University "
        "and Rector Rik Van de Walle of Ghent University were present.",
        "On 3 May 2023, Lund University and Ghent University held an online signing ceremony. Rector Erik "
        "Renström of Lund University and Rector Rik Van de Walle of Ghent University signed the cooperation "
        "agreement between Lund University and Ghent University.",
        "On 3 May 2023, an online ceremony was held at Lund University. Rector Erik Renström of Lund "
        "University and Rector Rik Van de Walle of Ghent University signed the memorandum of understanding "
        "between Lund University and Ghent University.",
    ],
)
def test_a_signing_told_online_and_again_without_a_mode_is_one_online_signing(body):
    assert signings(read(body)) == [("online", "2023-05-03", LUND_GHENT)]


@pytest.mark.parametrize(
    "body",
    [
        "On 3 May 2023, Lund University and Ghent University signed a memorandum of understanding at a "
        "ceremony in Lund. On 9 May 2023, Lund University and Ghent University held an online signing "
        "ceremony for a student exchange agreement.",
        "Lund University and Ghent University signed an MoU in Lund on 3 May 2023.\n\n"
        "On 20 May 2023, Lund University and Ghent University signed a student exchange agreement online.",
        "Lund University and Ghent University signed an agreement online on 3 May 2023.\n\n"
        "A week later, on 10 May 2023, Lund University and Ghent University signed a research agreement "
        "at a ceremony in Ghent.",
    ],
)
def test_signings_on_other_days_stay_apart(body):
    assert len(signings(read(body))) == 2
