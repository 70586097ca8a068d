"""Whatever the admin's address holds, the answer is a page with a message, never a 500.

PostgreSQL refuses a NUL character in a query; SQLite gives up on a LIKE pattern of 100,000
characters. Both come from the query string alone (a hand-edited or pasted address), so the admin
refuses them before any query runs. Run on both databases: `.ci/with-postgres` for PostgreSQL.
"""

import re
import warnings

import pytest
from django.contrib.messages import get_messages
from django.core.paginator import UnorderedObjectListWarning
from django.urls import reverse

from agreements.models import Agreement
from tests.builders import make_institution

pytestmark = pytest.mark.django_db
INSTITUTIONS = reverse("admin:agreements_institution_changelist")
AGREEMENTS = reverse("admin:agreements_agreement_changelist")
PEOPLE = reverse("admin:agreements_person_changelist")
AUTOCOMPLETE = reverse("admin:autocomplete")
HUGE = "x" * 100_000


def messages_after(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.mark.parametrize(
    ("url", "params"),
    [
        (INSTITUTIONS, {"country": "\x00"}),
        (INSTITUTIONS, {"q": "Haifa\x00"}),
        (AGREEMENTS, {"parties__country": "\x00"}),
        (PEOPLE, {"institution__country": "\x00"}),
        (INSTITUTIONS, {"kind": "university", "country\x00": "IL"}),
    ],
)
def test_a_nul_character_in_a_list_filter_or_search_is_refused_with_a_message(admin_client, url, params):
    make_institution("University of Haifa", country="IL")
    response = admin_client.get(url, params)
    assert response.status_code == 302
    assert "NUL" in " ".join(messages_after(response))
    assert "\x00" not in response.url and "%00" not in response.url
    assert admin_client.get(response.url).status_code == 200


def test_the_filters_that_were_fine_are_kept(admin_client):
    response = admin_client.get(INSTITUTIONS, {"kind": "university", "country": "\x00"})
    assert response.url == f"{INSTITUTIONS}?kind=university"


def test_a_search_of_100000_characters_is_refused_with_a_message(admin_client):
    make_institution("University of Haifa")
    response = admin_client.get(INSTITUTIONS, {"q": HUGE})
    assert response.status_code == 302
    assert "characters" in " ".join(messages_after(response))
    assert admin_client.get(response.url).status_code == 200


def test_a_long_but_reasonable_search_still_runs(admin_client):
    make_institution("University of Haifa")
    assert admin_client.get(INSTITUTIONS, {"q": "University of Haifa " * 10}).status_code == 200


AUTOCOMPLETE_FROM_PERSON = {"app_label": "agreements", "model_name": "person", "field_name": "institution"}


@pytest.mark.parametrize("term", ["\x00", "Haifa\x00", HUGE])
def test_autocomplete_refuses_a_nul_or_a_huge_term_with_a_message(admin_client, term):
    make_institution("University of Haifa")
    response = admin_client.get(AUTOCOMPLETE, {**AUTOCOMPLETE_FROM_PERSON, "term": term})
    assert response.status_code == 400
    assert response.json()["results"] == [] and response.json()["error"]


def test_autocomplete_still_answers_an_ordinary_term(admin_client):
    make_institution("University of Haifa")
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnorderedObjectListWarning)  # pages in a stated order
        response = admin_client.get(AUTOCOMPLETE, {**AUTOCOMPLETE_FROM_PERSON, "term": "Haifa"})
    assert response.status_code == 200
    assert [result["text"] for result in response.json()["results"]] == ["University of Haifa"]


def empty_inlines(client, url):
    """The management forms of every inline on the admin page at `url`, each with no rows."""
    html = client.get(url).content.decode()
    data = {}
    for prefix in re.findall(r'name="([\w-]+)-TOTAL_FORMS"', html):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    return data


AGREEMENT_ADD = reverse("admin:agreements_agreement_add")


@pytest.mark.parametrize(
    ("dates", "field", "message"),
    [
        ({"signed_on": "2019-12-15"}, "signed_on_precision", "Signed: give the precision of the date"),
        (
            {"signed_on_precision": "month"},
            "signed_on",
            "Signed: give the date, or leave its precision blank",
        ),
        (
            {"signed_on": "2019-12-15", "signed_on_precision": "month"},
            "signed_on",
            "entered as the month's first day (2019-12-01)",
        ),
        (
            {"signed_on": "2019-12-01", "signed_on_precision": "year"},
            "signed_on",
            "entered as 1 January (2019-01-01)",
        ),
    ],
)
def test_a_precision_error_is_said_in_words_on_its_field(admin_client, dates, field, message):
    data = {
        "title": "Exchange MoU",
        "kind": "mou",
        "status": "signed",
        **empty_inlines(admin_client, AGREEMENT_ADD),
        **dates,
    }
    response = admin_client.post(AGREEMENT_ADD, data)
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert any(message in error for error in form.errors[field]), form.errors
    assert "is violated" not in response.content.decode()
    assert not Agreement.objects.exists()


def test_a_right_partial_date_saves(admin_client):
    data = {
        "title": "Exchange MoU",
        "kind": "mou",
        "status": "signed",
        "signed_on": "2019-12-01",
        "signed_on_precision": "month",
        **empty_inlines(admin_client, AGREEMENT_ADD),
    }
    assert admin_client.post(AGREEMENT_ADD, data).status_code == 302
    assert str(Agreement.objects.get().signed) == "Dec 2019"


def test_delegation_and_meeting_dates_are_checked_in_words_too(admin_client):
    visitor = make_institution("University of Haifa")
    add = reverse("admin:delegations_delegation_add")
    data = {
        "visitor": visitor.pk,
        "mode": "in_person",
        "start_on": "2024-06-10",
        "start_on_precision": "day",
        "end_on": "2024-06-03",
        "end_on_precision": "",
        **empty_inlines(admin_client, add),
    }
    response = admin_client.post(add, data)
    errors = response.context["adminform"].form.errors
    assert "End: give the precision of the date (day, month or year)." in errors["end_on_precision"]
    response = admin_client.post(add, {**data, "end_on_precision": "day"})
    assert (
        "End: a delegation cannot end before it starts."
        in response.context["adminform"].form.errors["end_on"]
    )

    add = reverse("admin:delegations_meeting_add")
    data = {"kind": "talk", "mode": "in_person", "held_on": "2024-06-03", **empty_inlines(admin_client, add)}
    response = admin_client.post(add, data)
    assert "Date: give the precision" in str(response.context["adminform"].form.errors["held_on_precision"])
