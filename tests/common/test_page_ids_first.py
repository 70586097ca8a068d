"""A filtered list's page found by its ids, the total counted beside them: the page Django gives."""

import pytest
from django.core.paginator import Paginator
from django.db import connection
from django.db.models.functions import Upper
from django.test.utils import CaptureQueriesContext

from agreements.models import Institution
from registry.common.fragments import CountedPaginator, page_ids_and_total
from tests.builders import make_institution

pytestmark = pytest.mark.django_db

#: Page numbers as an address gives them: none, words, fractions, below 1, past the end, the last.
NUMBERS = [None, "", "x", "2.0", 2.5, "0", "-1", 1, "2", 3, "4", "99"]


@pytest.fixture
def listed():
    for n in range(7):
        make_institution(name=f"Brelmoor Institute {n}", country="NZ" if n % 2 else "CL")
    make_institution(name="Quenwick Conservatory", country="CL")
    # Ordered by a value computed per row, as the expiring agreements by their end.
    return Institution.objects.filter(country="CL").annotate(shout=Upper("name")).order_by("shout", "pk")


def page_shown(paginator_class, queryset, number, per_page=2):
    paginator = paginator_class(queryset, per_page, allow_empty_first_page=True)
    page = paginator.get_page(number)
    return (page.number, [row.pk for row in page], paginator.count, paginator.num_pages, page.has_next())


@pytest.mark.parametrize("number", NUMBERS)
def test_each_page_is_the_one_django_gives(listed, number):
    assert page_shown(CountedPaginator, listed, number) == page_shown(Paginator, listed, number)


@pytest.mark.parametrize("number", NUMBERS)
def test_a_list_matching_nothing_has_one_empty_page(number):
    nothing = Institution.objects.filter(country="ZZ").annotate(shout=Upper("name")).order_by("-shout", "pk")
    assert page_shown(CountedPaginator, nothing, number) == page_shown(Paginator, nothing, number)


def test_the_ids_and_the_total_are_one_query_and_the_rows_another(listed):
    with CaptureQueriesContext(connection) as queries:
        paginator = CountedPaginator(listed, 2)
        rows = list(paginator.get_page("2"))
        assert paginator.count == 5
    assert [row.name for row in rows] == ["Brelmoor Institute 4", "Brelmoor Institute 6"]
    assert len(queries) == 2
    assert "OVER ()" in queries[0]["sql"]


def test_a_list_ordered_by_a_column_is_paged_as_django_pages_it(listed):
    """An index may give a column's order: the page is read in it, 25 rows, and counted apart."""
    by_name = Institution.objects.filter(country="CL").order_by("name", "pk")
    assert page_ids_and_total(CountedPaginator(by_name, 2), 1) is None
    assert page_shown(CountedPaginator, by_name, 2) == page_shown(Paginator, by_name, 2)


def test_an_order_that_may_tie_is_paged_as_django_pages_it(listed):
    by_country = (
        Institution.objects.filter(name__startswith="Brelmoor")
        .annotate(shout=Upper("country"))
        .order_by("shout")
    )
    assert page_ids_and_total(CountedPaginator(by_country, 2), 1) is None
    assert page_shown(CountedPaginator, by_country, 2) == page_shown(Paginator, by_country, 2)


def test_a_whole_table_takes_its_kept_total_not_a_window(listed):
    everything = Institution.objects.annotate(shout=Upper("name")).order_by("shout", "pk")
    assert page_ids_and_total(CountedPaginator(everything, 2), 1) is None
    assert page_shown(CountedPaginator, everything, 3) == page_shown(Paginator, everything, 3)
