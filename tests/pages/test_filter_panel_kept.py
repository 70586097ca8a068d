"""A list's filter panel kept apart from its rows (RegistryListView.filter_panel).

After a write the list's rows are built anew, but its filter form shows what the address asks for
and the little data the form read (the countries it offers, the institution a number names): it is
kept under the view, the day, the address and the versions of what it read, so a write to anything
it shows makes it unreachable at once, and a write to anything else leaves it kept.
"""

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from agreements import views
from agreements.models import Institution
from registry.common.data_versions import bump_versions
from registry.devtools.bulk_load import Writer
from tests.builders import make_agreement, make_institution
from tests.pages.test_cached_pages import page

pytestmark = pytest.mark.django_db

INSTITUTIONS = reverse("agreements:institution-list")
AGREEMENTS = reverse("agreements:agreement-list")
MEETINGS = reverse("delegations:meeting-list")


@pytest.fixture
def panels_rendered(monkeypatch):
    """The addresses whose filter panel was rendered (not taken from the cache), in order."""
    rendered = []
    render = views.render_to_string

    def spy(template, context=None, *args, **kwargs):
        if template == views.FILTER_PANEL_TEMPLATE:
            rendered.append(context["request"].get_full_path())
        return render(template, context, *args, **kwargs)

    monkeypatch.setattr(views, "render_to_string", spy)
    return rendered


def panel_of(html):
    return html[html.index('<details class="filter-panel"') : html.index("</details>")]


def test_after_an_agreements_save_the_rows_are_new_and_the_filter_panel_kept(viewer_client, panels_rendered):
    bonn = make_institution("University of Bonn", country="DE")
    page(viewer_client, INSTITUTIONS)
    make_agreement(bonn)
    assert panels_rendered == [INSTITUTIONS]  # once: the agreement's save did not reach it
    html = page(viewer_client, INSTITUTIONS)
    assert panels_rendered == [INSTITUTIONS]
    assert '<td class="num">1</td>' in html  # the row was built anew: Bonn's agreement counted
    assert '<option value="DE">Germany</option>' in panel_of(html)


def add_by_save():
    make_institution("Universidad de Chile", country="CL")


def add_by_update():
    Institution.objects.filter(name="University of Bonn").update(country="CL")


def add_by_raw_sql():
    with connection.cursor() as cursor:
        cursor.execute("UPDATE agreements_institution SET country = 'CL' WHERE name = 'University of Bonn'")


def add_by_copy():
    writer = Writer("default")
    writer.add(
        Institution,
        id=writer.pk(Institution),
        name="Universidad de Chile",
        normalized_name="universidad de chile",
        country="CL",
        created_at=timezone.now(),
        updated_at=timezone.now(),
    )
    writer.flush()


@pytest.mark.parametrize("write", [add_by_save, add_by_update, add_by_raw_sql, add_by_copy])
@pytest.mark.parametrize("url", [INSTITUTIONS, AGREEMENTS])
def test_a_country_written_by_any_path_is_offered_at_once(viewer_client, panels_rendered, write, url):
    make_institution("University of Bonn", country="DE")
    assert "Chile" not in panel_of(page(viewer_client, url))
    write()
    assert '<option value="CL">Chile</option>' in panel_of(page(viewer_client, url))
    assert panels_rendered == [url, url]


def test_a_country_no_institution_is_in_any_more_is_no_longer_offered(viewer_client):
    make_institution("University of Bonn", country="DE")
    chile = make_institution("Universidad de Chile", country="CL")
    assert "Chile" in panel_of(page(viewer_client, INSTITUTIONS))
    chile.delete()
    assert "Chile" not in panel_of(page(viewer_client, INSTITUTIONS))


@pytest.mark.parametrize(
    "list_of", [lambda pk: f"{AGREEMENTS}?party={pk}", lambda pk: f"{MEETINGS}?institution={pk}"]
)
def test_a_renamed_institution_named_by_its_number_shows_its_new_name_at_once(viewer_client, list_of):
    """The meetings' form offers no countries: only its check of the number read the institution."""
    bonn = make_institution("University of Bonn")
    url = list_of(bonn.pk)
    assert f"Number {bonn.pk}: University of Bonn" in panel_of(page(viewer_client, url))
    Institution.objects.filter(pk=bonn.pk).update(name="Rheinische Universitaet Bonn")
    assert f"Number {bonn.pk}: Rheinische Universitaet Bonn" in panel_of(page(viewer_client, url))


def test_each_address_has_its_own_panel_with_its_own_errors(viewer_client, panels_rendered):
    make_institution("University of Bonn", country="DE")
    wrong = page(viewer_client, INSTITUTIONS, {"country": "ZZ"})
    assert "Select a valid choice" in panel_of(wrong)
    assert "Select a valid choice" in panel_of(
        page(viewer_client, INSTITUTIONS, {"country": "ZZ", "page": "2"})
    )
    right = page(viewer_client, INSTITUTIONS, {"country": "DE"})
    assert "Select a valid choice" not in panel_of(right)
    assert '<option value="DE" selected>Germany</option>' in panel_of(right)
    assert len(panels_rendered) == 3


def test_a_kept_panel_is_the_panel_rendered_anew(viewer_client, panels_rendered):
    bonn = make_institution("University of Bonn", country="DE")
    url = f"{AGREEMENTS}?party={bonn.pk}&kind=mou"
    first = page(viewer_client, url)
    make_agreement(bonn)  # the rows change, the panel is kept
    assert panel_of(page(viewer_client, url)) == panel_of(first)
    assert len(panels_rendered) == 1


def rename_bonn():
    Institution.objects.filter(name="University of Bonn").update(name="Rheinische Universitaet Bonn")


def add_in_a_country_offered():
    make_institution("University of Cologne", country="DE")


def bump_every_table():
    bump_versions()


@pytest.mark.parametrize("write", [rename_bonn, add_in_a_country_offered, bump_every_table])
@pytest.mark.parametrize("url", [INSTITUTIONS, AGREEMENTS, f"{INSTITUTIONS}?country=ZZ"])
def test_a_write_that_leaves_what_the_panel_shows_as_it_was_does_not_render_it_again(
    viewer_client, panels_rendered, write, url
):
    """The panel read the institutions (the countries offered): after a write to them it is checked
    against what it shows (choices, errors, names), and rendered again only when that changed."""
    make_institution("University of Bonn", country="DE")
    first = page(viewer_client, url)
    write()
    again = page(viewer_client, url)
    assert panel_of(again) == panel_of(first)
    assert panel_of(again).count("Any country</option>") == 1  # the choices read once, the empty one once
    assert panels_rendered == [url]


def test_a_panel_showing_a_new_error_is_rendered_again(viewer_client, panels_rendered):
    number = make_institution("University of Bonn", country="DE").pk
    url = f"{AGREEMENTS}?party={number}"
    assert "No institution has the number" not in panel_of(page(viewer_client, url))
    Institution.objects.filter(pk=number).delete()
    assert f"No institution has the number {number}." in panel_of(page(viewer_client, url))
    assert panels_rendered == [url, url]


# The countries offered (agreements.filters.country_choices) are kept under the institution table's
# data version: a form asks for them to check a value and again to write its <select>.


def country_reads(client, url):
    """How many times a request read the countries (Institution.objects.country_codes), the cache kept."""
    queries = []
    with connection.execute_wrapper(lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)):
        page(client, url)
    return sum("WITH RECURSIVE codes" in sql for sql in queries)


def test_a_list_filtered_by_country_reads_the_countries_once_a_build(viewer_client):
    make_institution("University of Bonn", country="DE")
    assert country_reads(viewer_client, f"{INSTITUTIONS}?country=DE") == 1


@pytest.mark.parametrize("url", [f"{INSTITUTIONS}?country=DE", f"{INSTITUTIONS}?country=DE&kind=company"])
def test_after_an_agreements_save_the_countries_are_not_read_again(viewer_client, url):
    bonn = make_institution("University of Bonn", country="DE")
    page(viewer_client, f"{INSTITUTIONS}?country=DE")
    make_agreement(bonn)  # its parties' rows are written, the institutions' table is not
    assert country_reads(viewer_client, url) == 0


def test_after_an_institutions_save_the_countries_are_read_again(viewer_client):
    make_institution("University of Bonn", country="DE")
    page(viewer_client, f"{INSTITUTIONS}?country=DE")
    make_institution("Universidad de Chile", country="CL")
    assert country_reads(viewer_client, f"{INSTITUTIONS}?country=CL") == 1
    assert names_listed(page(viewer_client, f"{INSTITUTIONS}?country=CL")) == ["Universidad de Chile"]


def names_listed(html):
    return [name for name in ("University of Bonn", "Universidad de Chile") if f">{name}</a>" in html]
