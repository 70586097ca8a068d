"""A signing told as following talks held online ("After the meeting, both sides signed ...") is online
too: nobody travelled to sign. Each rule in three phrasings no article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Cooperation news", published="2023-05-10"):
    return parse_article(f"{title}\n\ndate {published}\n\n{body}\n", file="t.txt")


@pytest.mark.parametrize(
    "talks",
    [
        "On 3 May, the rector of Lund University held a video call with the rector of Ghent University.",
        "On 3 May, Lund University and Ghent University held an online meeting on joint degrees.",
        "The rectors of Lund University and Ghent University met virtually on 3 May.",
    ],
)
def test_a_signing_after_online_talks_is_online(talks):
    result = read(f"{talks} After the meeting, both sides signed a framework cooperation agreement.")
    signings = [m for m in result["meetings"] if m["kind"] == "signing"]
    assert [m["mode"] for m in signings] == ["online"]


def test_a_signing_after_talks_in_person_stays_in_person():
    result = read(
        "On 3 May, the rector of Lund University met the rector of Ghent University in Lund. After the "
        "meeting, both sides signed a framework cooperation agreement."
    )
    assert [m["mode"] for m in result["meetings"] if m["kind"] == "signing"] == ["in_person"]
