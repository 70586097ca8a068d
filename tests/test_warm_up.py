"""A server process does its first requests' work as it starts (registry/warm_up.py), not as clients wait."""

from unittest import mock

import pytest
from django.template import engines
from django.urls import clear_url_caches, reverse
from django.urls import resolvers as url_resolvers

from registry.warm_up import project_templates, warm_up

#: A link into each of the project's URL namespaces, as the pages and the API write them.
LINKS = [
    "home",
    "agreements:institution-list",
    "delegations:delegation-list",
    "intake:proposal-list",
    "api:api-root",
    "admin:index",
]


def patterns_normalized_by(work):
    """How many URL patterns Django normalizes (the lazy filling of reverse lookups) while `work` runs."""
    with mock.patch.object(url_resolvers, "normalize", wraps=url_resolvers.normalize) as normalize:
        work()
    return normalize.call_count


@pytest.fixture
def fresh_url_caches():
    clear_url_caches()  # as a newly started process has them
    yield
    clear_url_caches()


def test_a_started_process_fills_no_url_lookup_on_its_first_links(fresh_url_caches):
    # What warm_up spares: a new process fills each namespace's lookups on its first link into it.
    assert patterns_normalized_by(lambda: reverse("agreements:institution-list")) > 0

    clear_url_caches()
    warm_up()

    assert patterns_normalized_by(lambda: [reverse(name) for name in LINKS]) == 0


def test_a_started_process_has_every_project_template_compiled():
    cached_loader = engines["django"].engine.template_loaders[0]
    cached_loader.reset()  # as a newly started process has it

    warm_up()

    compiled = {key.split(":")[0] for key in cached_loader.get_template_cache}
    assert "agreements/institution_detail.html" in project_templates()
    assert set(project_templates()) <= compiled


def test_warming_up_reads_nothing_from_the_database():
    # No django_db mark: pytest-django makes any query here fail the test.
    warm_up()
