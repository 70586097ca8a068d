"""--time-limit: an article that takes too long to parse is a bad file, named; the run goes on or stops."""

import io
import signal
import time

import pytest
from django.core.management import CommandError, call_command

import registry.ingest.extraction
from agreements.models import Source
from registry.ingest import pipeline
from tests.paths import ROOT

pytestmark = pytest.mark.django_db

ARTICLES = ROOT / "fixtures" / "articles"
GOOD = sorted(ARTICLES.glob("*.txt"))[:2]


@pytest.fixture
def slow_article(tmp_path, monkeypatch):
    """slow.txt, a good article that the parser (patched here) takes a minute over."""
    real_parse = registry.ingest.extraction.parse_article

    def parse_article(text, *, file, **options):
        if file == "slow.txt":
            time.sleep(60)
        return real_parse(text, file=file, **options)

    monkeypatch.setattr(registry.ingest.extraction, "parse_article", parse_article)
    path = tmp_path / "slow.txt"
    path.write_text(GOOD[0].read_text(encoding="utf-8"), encoding="utf-8")
    return path


def run(command, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command(command, *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_with_skip_bad_a_file_over_the_limit_is_skipped_and_named_and_the_others_load(slow_article):
    started = time.monotonic()
    _, err = run("load_articles", "--skip-bad", "--time-limit", "3", GOOD[1], slow_article)
    assert time.monotonic() - started < 30
    assert f"skipped {slow_article}: took longer than 3 s to parse" in err
    assert list(Source.objects.values_list("file_name", flat=True)) == [GOOD[1].name]


def test_without_skip_bad_a_file_over_the_limit_stops_the_run_and_nothing_is_loaded(slow_article):
    with pytest.raises(
        CommandError, match=r"(?s)slow\.txt: took longer than 3 s to parse.*Nothing was loaded"
    ):
        run("load_articles", "--time-limit", "3", GOOD[1], slow_article)
    assert not Source.objects.exists()


def test_the_limit_holds_in_the_worker_processes_of_a_large_run(slow_article, monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    results = list(pipeline.parsed([GOOD[0], slow_article, GOOD[1]], None, 3))
    assert [problem for _, problem in results] == [
        None,
        f"{slow_article}: took longer than 3 s to parse",
        None,
    ]


def test_extract_articles_reports_the_slow_file_and_prints_the_others(slow_article, monkeypatch):
    from registry.management.commands import extract_articles

    monkeypatch.setattr(extract_articles, "parse_article", registry.ingest.extraction.parse_article)
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="1 of 2 file"):
        call_command(
            "extract_articles", str(slow_article), str(GOOD[1]), "--time-limit", "3", stdout=out, stderr=err
        )
    assert f"{slow_article}: took longer than 3 s to parse; skipped" in err.getvalue()
    assert GOOD[1].name in out.getvalue()


def test_the_alarm_is_cleared_and_the_previous_handler_restored():
    before = signal.getsignal(signal.SIGALRM)
    with pipeline.alarm_after(5):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is before
