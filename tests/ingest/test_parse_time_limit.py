"""--time-limit: an article that takes too long to parse is a bad file, named; the run goes on or stops."""

import io
import signal
import time

import pytest
from django.core.management import CommandError, call_command

import registry.ingest.extraction
from agreements.models import Source
from registry.ingest import pipeline

pytestmark = pytest.mark.django_db

# The limit the tests set. Each test waits it out once for the slow article, so it is short; the good
# articles are a sentence each (a few milliseconds to parse), far inside it even on a busy machine,
# where a long real article can take seconds of wall-clock time.
LIMIT = 1
GOOD_TEXTS = {
    "tsinghua.txt": "Tsinghua University signed an MoU with Peking University on 3 May 2024.",
    "lund.txt": "A delegation from Lund University visited Gadjah Mada University on 5 June 2023.",
}


@pytest.fixture
def good(tmp_path):
    """Two good article files, each a sentence long."""
    for name, text in GOOD_TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [tmp_path / name for name in GOOD_TEXTS]


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
    path.write_text(GOOD_TEXTS["tsinghua.txt"], encoding="utf-8")
    return path


def run(command, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command(command, *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_with_skip_bad_a_file_over_the_limit_is_skipped_and_named_and_the_others_load(slow_article, good):
    started = time.monotonic()
    _, err = run("load_articles", "--skip-bad", "--time-limit", str(LIMIT), good[1], slow_article)
    assert time.monotonic() - started < 30
    assert f"skipped {slow_article}: took longer than {LIMIT} s to parse" in err
    assert list(Source.objects.values_list("file_name", flat=True)) == [good[1].name]


def test_without_skip_bad_a_file_over_the_limit_stops_the_run_and_nothing_is_loaded(slow_article, good):
    with pytest.raises(
        CommandError, match=rf"(?s)slow\.txt: took longer than {LIMIT} s to parse.*Nothing was loaded"
    ):
        run("load_articles", "--time-limit", str(LIMIT), good[1], slow_article)
    assert not Source.objects.exists()


def test_the_limit_holds_in_the_worker_processes_of_a_large_run(slow_article, good, monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    results = list(pipeline.parsed([good[0], slow_article, good[1]], None, LIMIT))
    assert [problem for _, problem in results] == [
        None,
        f"{slow_article}: took longer than {LIMIT} s to parse",
        None,
    ]


def test_extract_articles_reports_the_slow_file_and_prints_the_others(slow_article, good, monkeypatch):
    from registry.management.commands import extract_articles

    monkeypatch.setattr(extract_articles, "parse_article", registry.ingest.extraction.parse_article)
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="1 of 2 file"):
        call_command(
            "extract_articles",
            str(slow_article),
            str(good[1]),
            "--time-limit",
            str(LIMIT),
            stdout=out,
            stderr=err,
        )
    assert f"{slow_article}: took longer than {LIMIT} s to parse; skipped" in err.getvalue()
    assert good[1].name in out.getvalue()


def test_the_alarm_is_cleared_and_the_previous_handler_restored():
    before = signal.getsignal(signal.SIGALRM)
    with pipeline.alarm_after(5):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is before
