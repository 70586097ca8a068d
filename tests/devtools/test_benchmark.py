"""benchmark: runs on a tiny generated registry and prints every row (its figures are for `make bench`)."""

import gc
import io

import pytest
from django.core.management import CommandError, call_command

from agreements.models import Institution
from registry.devtools import benchmarking
from registry.devtools.management.commands import benchmark
from registry.devtools.synthetic import FULL_SIZE, SyntheticRegistry

pytestmark = pytest.mark.django_db


@pytest.fixture
def tiny_registry():
    return SyntheticRegistry(FULL_SIZE.scaled(0.0005), seed=3, stderr=io.StringIO()).generate()


def run_benchmark(*args):
    out = io.StringIO()
    call_command("benchmark", "--requests=2", "--warmup=0", "--export-rows=20", *args, stdout=out)
    return out.getvalue()


def test_prints_every_hot_page_the_export_and_load_articles(tiny_registry):
    out = run_benchmark("--articles=2")
    for row in (
        "institution list",
        "institutions: ",
        "search '",
        f"institution detail ({tiny_registry.timeline_institution_id})",
        "agreements expiring in 90 days",
        "delegations in ",
        "CSV export",
        "load_articles --dry-run: 2 articles",
        "API: agreement list",
        "API: search '",
        "Intake review page (5,6",
    ):
        assert row in out
    assert "NOTE: 0% of the full size" in out
    page_rows = [line for line in out.splitlines() if line.endswith(("met", "MISSED")) and " ms" not in line]
    assert len(page_rows) >= 6
    assert "WRONG" not in out


def test_a_search_that_misses_what_it_looks_for_is_reported_wrong_not_timed_as_met(
    tiny_registry, monkeypatch
):
    from agreements import search

    monkeypatch.setattr(search, "search_names", lambda queryset, text: queryset.none())
    out = run_benchmark("--articles=0")
    search_rows = [line for line in out.splitlines() if line.startswith("search '")]
    assert len(search_rows) == 5  # timed cold, after a record write, after two saves, then warm
    assert all("WRONG: does not show" in row for row in search_rows)


def test_explain_prints_the_scans_of_every_query(tiny_registry):
    out = run_benchmark("--articles=0", "--explain")
    assert "Query plans" in out
    assert out.count("q1:") == len(benchmarking.hot_pages())  # one block per page


def test_keeps_nothing_it_wrote(tiny_registry, django_user_model):
    run_benchmark("--articles=2")
    assert not django_user_model.objects.filter(username="benchmark-staff").exists()
    assert Institution.objects.count() == FULL_SIZE.scaled(0.0005).institutions


def test_says_what_to_do_on_a_database_without_generated_data():
    with pytest.raises(CommandError, match="generate_synthetic"):
        run_benchmark()


def test_the_floor_of_each_page_runs_and_returns_its_rows(tiny_registry):
    for page in benchmarking.hot_pages():
        assert benchmarking.run_floor(page.floor_sql, page.floor_params) is not None
    detail = next(page for page in benchmarking.hot_pages() if "detail" in page.name)
    assert (
        len(benchmarking.run_floor(detail.floor_sql, detail.floor_params)) == tiny_registry.timeline_records
    )


def test_exclude_leaves_out_the_pages_named(tiny_registry):
    out = run_benchmark("--articles=0", "--requests=1", "--exclude", "search")
    assert "search '" not in out and "API: search" not in out
    assert "institution list" in out
    assert "CPU ms" in out  # the CPU this process spent on each request


def test_exclude_must_leave_a_page(tiny_registry):
    with pytest.raises(CommandError, match="no page"):
        run_benchmark("--articles=0", "--exclude", "")


def test_pages_are_timed_in_a_process_set_up_as_a_servers_worker(tiny_registry, monkeypatch):
    """Warmed up and its objects frozen out of the garbage collector's walks, as gunicorn's master
    leaves a worker (registry/gunicorn_conf.py); collected again once the benchmark is done."""
    seen = {}
    run = benchmark.Command.run
    warmed = []
    monkeypatch.setattr(benchmark, "warm_up", lambda forking: warmed.append(forking))

    def noting(self, pages, options):
        seen["frozen"] = gc.get_freeze_count()
        return run(self, pages, options)

    monkeypatch.setattr(benchmark.Command, "run", noting)
    run_benchmark("--articles=0")
    assert warmed == [False]  # nothing forked: its connections kept
    assert seen["frozen"] > 10_000
    assert gc.get_freeze_count() == 0
