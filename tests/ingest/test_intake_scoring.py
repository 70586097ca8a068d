"""The intake page's accuracy figures count records exactly as the team's scorer does."""

import json
import re
import subprocess
import sys

from registry.ingest.scoring import score
from tests.paths import ROOT

DATA = ROOT / "tests" / "data" / "scoring"
SHARED_SCORER = ROOT / "tests" / "data" / "yardstick" / "score_extraction.py"


def test_the_counts_per_record_type_are_the_shared_scorers():
    output = subprocess.run(
        [sys.executable, str(SHARED_SCORER), str(DATA / "proposed.json"), str(DATA / "gold")],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    theirs = {
        kind: tuple(map(int, counts))
        for kind, *counts in re.findall(r"^(\w+)\s+P .*\(tp (\d+) fp (\d+) fn (\d+)\)$", output, re.M)
    }
    (proposed,) = json.loads((DATA / "proposed.json").read_text(encoding="utf-8"))
    accepted = json.loads((DATA / "gold" / "ecnu-haifa-renewal.json").read_text(encoding="utf-8"))
    ours = {kind: (c.tp, c.fp, c.fn) for kind, c in score([(proposed, accepted)]).items()}
    assert ours == theirs
    assert any(fp or fn for _, fp, fn in ours.values())  # the pair differs: the comparison means something


def test_an_extraction_scored_against_itself_is_perfect():
    (proposed,) = json.loads((DATA / "proposed.json").read_text(encoding="utf-8"))
    for counts in score([(proposed, proposed)]).values():
        assert counts.fp == counts.fn == 0 and counts.precision == counts.recall == 1.0
