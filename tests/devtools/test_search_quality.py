"""search_quality: fifty searches over a small synthetic registry, their hits and latency per kind."""

import io

import pytest
from django.core.management import CommandError, call_command

from agreements.models import Institution
from registry.devtools import search_quality
from registry.devtools.synthetic import FULL_SIZE, SyntheticRegistry
from tests.builders import name_words_counted, name_words_kept

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_registry():
    return SyntheticRegistry(FULL_SIZE.scaled(0.003), seed=2, stderr=io.StringIO()).generate()


def test_the_generator_leaves_the_dictionary_in_step_with_the_names(small_registry):
    """Its bulk writes (COPY on PostgreSQL) go through the triggers like any other write."""
    assert name_words_kept() == name_words_counted()


def test_fifty_queries_of_every_kind_each_for_an_institution_the_database_holds(small_registry):
    probes = search_quality.make_probes(seed=1)
    assert len(probes) == sum(search_quality.KINDS.values())
    assert {probe.kind for probe in probes} == set(search_quality.KINDS)
    for probe in probes:
        assert Institution.objects.get(pk=probe.institution_id).name == probe.name
        assert probe.query != probe.name
    assert [p.query for p in search_quality.make_probes(seed=1)] == [p.query for p in probes]


def test_the_command_prints_the_hits_and_latency_of_each_kind_and_the_misses(small_registry):
    out = io.StringIO()
    call_command("search_quality", "--repeat=1", "--misses", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["kind", "hits", "p50", "ms", "p95", "ms"]
    for kind in [*search_quality.KINDS, "all"]:
        assert any(line.startswith(kind) for line in lines)
    hits, total = next(line for line in lines if line.startswith("all")).split()[1].split("/")
    assert int(total) == 50
    assert int(hits) >= 40  # the misses listed after it say which and why


def test_an_empty_database_is_a_clear_error():
    with pytest.raises(CommandError, match="generate_synthetic"):
        call_command("search_quality", stdout=io.StringIO())
