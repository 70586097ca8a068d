"""The scorer: gold scores perfectly against itself, and each kind of mistake costs what it should."""

import copy
import io
import json
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from registry.ingest.scoring import score_all, score_article
from tests.paths import ROOT

GOLD_DIR = ROOT / "fixtures" / "gold"


def gold(stem):
    return json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))


def as_prediction(answer, file):
    """A gold answer dressed as an extraction (what the parser would print)."""
    prediction = copy.deepcopy(answer)
    prediction["article"]["file"] = file
    return prediction


@pytest.mark.parametrize("stem", sorted(p.stem for p in GOLD_DIR.glob("*.json")))
def test_gold_scores_perfectly_against_itself(stem):
    score = score_article(as_prediction(gold(stem), f"{stem}.txt"), gold(stem))
    assert all(c.fp == c.fn == 0 for c in score.counts.values()), score.notes
    assert score.country_accuracy == 1.0


def test_a_missed_institution_costs_recall_and_country_accuracy():
    answer = gold("ecnu-haifa-renewal")
    prediction = as_prediction(answer, "ecnu-haifa-renewal.txt")
    prediction["institutions"] = prediction["institutions"][:2]  # drop the joint institute (country null)
    prediction["institutions"][1]["country"] = "US"
    score = score_article(prediction, answer)
    institutions = score.counts["institutions"]
    assert (institutions.tp, institutions.fp, institutions.fn) == (2, 0, 1)
    assert score.country == [1, 2]
    assert "missed institution: ECNU-Haifa Joint Technology Institute" in score.notes


def test_an_alias_or_a_near_spelling_still_finds_the_gold_institution():
    answer = gold("hit-bauman-online-talk")
    prediction = as_prediction(answer, "hit-bauman-online-talk.txt")
    prediction["institutions"][1]["name"] = "Moscow Borman State Technical University"  # a gold alias
    prediction["institutions"][0]["name"] = "Harbin Institute of Technologies"  # fuzzy >= 0.9
    for meeting in prediction["meetings"]:
        meeting["parties"] = ["Harbin Institute of Technologies", "Moscow Borman State Technical University"]
    score = score_article(prediction, answer)
    assert score.counts["institutions"].f1 == 1.0
    assert score.counts["meetings"].f1 == 1.0


def test_an_agreement_with_the_wrong_action_is_both_extra_and_missed():
    answer = gold("hust-rwth-key-partnership")
    prediction = as_prediction(answer, "hust-rwth-key-partnership.txt")
    prediction["agreements"][1]["action"] = "signed"
    counts = score_article(prediction, answer).counts["agreements"]
    assert (counts.tp, counts.fp, counts.fn) == (2, 1, 1)


def test_optional_gold_records_count_neither_way():
    answer = gold("xjtu-uansr-signings")
    prediction = as_prediction(answer, "xjtu-uansr-signings.txt")
    prediction["delegations"] = []
    assert score_article(prediction, answer).counts["delegations"].f1 == 1.0


def test_articles_without_a_prediction_are_reported_and_score_zero_recall():
    total, _, missing = score_all([], {"ecnu-haifa-renewal": gold("ecnu-haifa-renewal")})
    assert missing == ["ecnu-haifa-renewal"]
    assert total.counts["institutions"].recall == 0.0


SHARED_SCORER = ROOT / "tests" / "data" / "yardstick" / "score_extraction.py"  # the team's yardstick
ARTICLES_DIR = ROOT / "fixtures" / "articles"


def _imperfect_predictions():
    """The parser's own answers on the seed articles, plus gold answers with a mistake of each kind."""
    from registry.ingest.extraction import parse_article

    predictions = [
        parse_article(path.read_text(encoding="utf-8"), file=path.name)
        for path in sorted(ARTICLES_DIR.glob("*.txt"))
    ]
    for n, stem in enumerate(sorted(p.stem for p in GOLD_DIR.glob("*.json"))):
        prediction = as_prediction(gold(stem), f"{stem}__m{n}.txt")
        for agreement in prediction["agreements"][:1]:
            agreement["kind"], agreement["date"] = "other", None
        for delegation in prediction["delegations"][:1]:
            delegation["leader"], delegation["size"] = "Nobody Atall", 99
        for person in prediction["people"][:1]:
            person["institution"] = None
        for institution in prediction["institutions"][:1]:
            institution["kind"], institution["country"] = "company", "ZZ"
        prediction["meetings"] = [dict(m, kind="seminar") for m in prediction["meetings"]]
        prediction["people"].append(
            {"name": "Extra Person", "variants": [], "institution": None, "title": None}
        )
        predictions.append(prediction)
    return predictions


def write_imperfect_set(tmp_path):
    """Imperfect predictions and their gold answers as files: (predictions file, gold folder)."""
    predictions = _imperfect_predictions()
    (tmp_path / "gold").mkdir(exist_ok=True)
    for prediction in predictions:
        stem = prediction["article"]["file"].rsplit(".", 1)[0]
        answer = gold(stem.split("__")[0])
        (tmp_path / "gold" / f"{stem}.json").write_text(json.dumps(answer), encoding="utf-8")
    (tmp_path / "pred.json").write_text(json.dumps(predictions), encoding="utf-8")
    return tmp_path / "pred.json", tmp_path / "gold"


def shared_scorer_output(predictions, gold_dir, *arguments):
    run = subprocess.run(
        [sys.executable, str(SHARED_SCORER), str(predictions), str(gold_dir), *arguments],
        capture_output=True,
        text=True,
        check=False,
    )
    return run.stdout.splitlines()


def project_scorer_output(predictions, gold_dir, *arguments):
    """The score_extraction command's lines; a SHORT summary is its error message."""
    out = io.StringIO()
    try:
        call_command(
            "score_extraction", str(gold_dir), "--predictions", str(predictions), *arguments, stdout=out
        )
    except CommandError as error:
        return [*out.getvalue().splitlines(), str(error)]
    return out.getvalue().splitlines()


def test_the_project_scorer_prints_the_figures_of_the_shared_scorer(tmp_path):
    predictions, gold_dir = write_imperfect_set(tmp_path)
    shared = shared_scorer_output(predictions, gold_dir, "--verbose")
    ours = project_scorer_output(predictions, gold_dir, "--verbose")
    assert shared[-1].startswith("OK |") and "akind=" in shared[-1]
    assert ours == shared
    assert any("delegation leader" in line and "1.00" not in line for line in ours)  # the mistakes were seen


def test_the_project_scorer_takes_the_shared_scorers_thresholds(tmp_path):
    predictions, gold_dir = write_imperfect_set(tmp_path)
    shared = shared_scorer_output(predictions, gold_dir, "--min-f1", "kind=0.99", "delegation-leader=0.99")
    ours = project_scorer_output(
        predictions, gold_dir, "--min-f1", "kind=0.99", "--min-f1", "delegation-leader=0.99"
    )
    assert shared[-1].startswith("SHORT: kind")
    assert ours == shared


def test_an_unknown_threshold_is_refused_with_the_keys_it_takes(tmp_path):
    predictions, gold_dir = write_imperfect_set(tmp_path)
    with pytest.raises(CommandError, match="delegation_leader"):
        call_command(
            "score_extraction", str(gold_dir), "--predictions", str(predictions), "--min-f1", "leadr=1"
        )
