"""load_articles and build_fixtures: articles into the registry, all or nothing, and into fixtures."""

import io
import json

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from agreements.models import Agreement, Institution, Person, Source
from delegations.models import Delegation, Meeting
from tests.builders import make_institution
from tests.paths import ROOT

pytestmark = pytest.mark.django_db

ARTICLES = ROOT / "fixtures" / "articles"
SEEDS = sorted(ARTICLES.glob("*.txt"))


def run(command, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command(command, *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def row_counts():
    """Rows per table of our two apps: what a load may or may not change (change history aside)."""
    models = [
        m
        for app in ("agreements", "delegations")
        for m in apps.get_app_config(app).get_models()
        if not hasattr(m, "instance_type")
    ]
    return {model._meta.label: model.objects.count() for model in models}


def empty_registry():
    """Delete every row of our apps (records first, then what they point at), as `flush` would."""
    for model in (Meeting, Delegation, Agreement, Person, Institution, Source):
        model.objects.all().delete()
    assert not any(row_counts().values())


def test_the_seed_articles_load_with_provenance_for_every_record():
    out, _ = run("load_articles", *SEEDS)
    assert "institution created" in out
    assert Source.objects.count() == len(SEEDS)
    for model in (Agreement, Delegation, Meeting):
        for record in model.objects.prefetch_related("citations__source"):
            citation = record.citations.get()
            article = (ARTICLES / citation.source.file_name).read_text(encoding="utf-8")
            # The article as printed, whatever its spacing: the parser spaces glued initials ("I.Arabaev").
            assert citation.evidence and "".join(citation.evidence.split()) in "".join(article.split())


def test_loading_the_same_articles_again_changes_nothing():
    run("load_articles", *SEEDS)
    before = row_counts()
    out, _ = run("load_articles", *SEEDS)
    assert row_counts() == before
    assert "nothing" in out


def test_the_three_spellings_of_one_university_become_one_institution_with_its_variants():
    run("load_articles", ARTICLES / "hit-bauman-online-talk.txt", ARTICLES / "xjtu-uansr-signings.txt")
    bauman = Institution.objects.named("Bauman Moscow State Technical University").get()
    assert Institution.objects.named("Moscow Borman State Technical University").get() == bauman


def test_dry_run_reports_the_changes_and_keeps_nothing():
    out, _ = run("load_articles", "--dry-run", *SEEDS)
    assert "Would change" in out and "agreement created" in out
    assert not any(row_counts().values())


def test_one_bad_file_stops_the_run_names_the_file_and_loads_nothing(tmp_path):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\xff\xfe not utf-8 \x81")
    with pytest.raises(CommandError, match=r"(?s)broken\.txt: not UTF-8 text.*Nothing was loaded"):
        run("load_articles", SEEDS[0], bad, SEEDS[1])
    assert not any(row_counts().values())


def test_skip_bad_loads_the_good_files_and_says_which_were_skipped(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    _, err = run("load_articles", "--skip-bad", SEEDS[0], empty, tmp_path / "missing.txt")
    assert "skipped" in err and "empty.txt: empty file" in err and "missing.txt: no such file" in err
    assert Source.objects.get().file_name == SEEDS[0].name


def test_progress_goes_to_stderr_and_the_summary_to_stdout():
    out, err = run("load_articles", *SEEDS)
    assert (
        f"parsed {len(SEEDS)}/{len(SEEDS)} files" in err and f"loaded {len(SEEDS)}/{len(SEEDS)} files" in err
    )
    assert "parsed" not in out


def test_build_fixtures_leaves_the_database_as_it_was(tmp_path):
    make_institution("Some Partner University")
    before = row_counts()
    run("build_fixtures", *SEEDS, "-o", tmp_path / "seed.json")
    assert row_counts() == before


def test_the_fixture_loads_into_an_empty_registry_with_the_same_result_as_load_articles(tmp_path):
    fixture = tmp_path / "seed.json"
    run("build_fixtures", *SEEDS, "-o", fixture)
    run("load_articles", *SEEDS)
    expected = row_counts()
    empty_registry()
    run("loaddata", fixture)
    assert row_counts() == expected


def test_the_fixture_loads_again_and_over_loaded_articles_without_duplicates(tmp_path):
    fixture = tmp_path / "seed.json"
    run("build_fixtures", *SEEDS, "-o", fixture)
    run("loaddata", fixture)
    once = row_counts()
    run("loaddata", fixture)
    assert row_counts() == once
    run("load_articles", *SEEDS)
    assert row_counts() == once


def test_the_fixture_uses_natural_keys_not_database_ids(tmp_path):
    fixture = tmp_path / "seed.json"
    run("build_fixtures", *SEEDS[:1], "-o", fixture)
    objects = json.loads(fixture.read_text(encoding="utf-8"))
    assert objects and all("pk" not in obj for obj in objects)


def test_the_committed_seed_fixture_is_what_the_seed_articles_give_today(tmp_path):
    """fixtures/seed.json is rebuilt with `make seed`; this fails when the parser changed and it was not."""
    fixture = tmp_path / "seed.json"
    run("build_fixtures", *SEEDS, "-o", fixture)
    committed = ROOT / "fixtures" / "seed.json"
    assert json.loads(committed.read_text(encoding="utf-8")) == json.loads(
        fixture.read_text(encoding="utf-8")
    )
