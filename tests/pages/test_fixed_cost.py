"""What every page pays whatever it shows: read in as few round trips as the data allows."""

import re

import pytest
from django.db import connection
from django.template.base import FilterExpression, Node, Variable
from django.template.loader import get_template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from agreements.models import Institution
from registry.common.data_versions import fact, read_versions, versions_for_request
from registry.pages.context_processors import HOME_INSTITUTION, home_id
from registry.templatetags.fragments import SameForNode
from tests.builders import make_account, make_home, make_institution

pytestmark = pytest.mark.django_db

#: A query that looks the home institution up (not one that merely selects the column).
ASKS_FOR_THE_HOME = re.compile(r'WHERE\W+("?\w+"?\.)?"?is_home')

PAGES = [
    reverse("agreements:institution-list"),
    reverse("delegations:delegation-list") + "?year=1990",
    reverse("calendar"),
]


def queries_of(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in captured.captured_queries]


@pytest.mark.parametrize("url", PAGES)
def test_after_an_institutions_save_no_page_asks_for_the_home_institution_apart(viewer_client, url):
    viewer_client.get(url)
    make_institution(name="Hollowmere Polytechnic")  # every institution's save may change the home
    asked = [sql for sql in queries_of(viewer_client, url) if ASKS_FOR_THE_HOME.search(sql)]
    assert len(asked) == 1
    assert "version" in asked[0]  # the one read of the data versions


def test_the_notice_follows_the_home_institution_marked_and_unmarked(viewer_client):
    url = reverse("calendar")
    assert "No home institution is set" not in viewer_client.get(url).content.decode()
    Institution.objects.filter(is_home=True).update(is_home=False)
    assert "No home institution is set" in viewer_client.get(url).content.decode()
    make_home(name="Quarrybend Institute of Letters")
    assert "No home institution is set" not in viewer_client.get(url).content.decode()


def test_a_fact_read_with_the_versions_is_what_the_database_says_in_a_request_and_outside_one():
    assert fact(HOME_INSTITUTION, home_id) is None
    home = make_home(name="Saltmarsh College of Music")
    assert fact(HOME_INSTITUTION, home_id) == home.pk  # outside a request: asked of the database
    with versions_for_request(), CaptureQueriesContext(connection) as captured:
        assert fact(HOME_INSTITUTION, home_id) == home.pk
        read_versions()  # another read of the versions alone
    assert len(captured.captured_queries) == 2


def test_the_versions_read_alone_hold_no_fact():
    make_home(name="Tidewater School of Surveying")
    assert not any(name.startswith("fact:") for name in read_versions())


def variables_used(nodelist):
    """The variables the nodes read (each lookup whole: "user.is_staff"), and those they set."""
    used, set_here = set(), set()

    def expressions(node):
        found = [
            getattr(node, "filter_expression", None),
            *getattr(node, "args", ()),
            *getattr(node, "values", ()),
        ]
        found += getattr(node, "kwargs", {}).values()
        for condition, _nodes in getattr(node, "conditions_nodelists", ()):
            stack = [condition]
            while stack:
                part = stack.pop()
                if part is None:
                    continue
                found.append(getattr(part, "value", None))
                stack += [getattr(part, "first", None), getattr(part, "second", None)]
        return [expression for expression in found if isinstance(expression, FilterExpression)]

    for node in nodelist.get_nodes_by_type(Node):
        if getattr(node, "asvar", None):
            set_here.add(node.asvar)
        for expression in expressions(node):
            for variable in [
                expression.var,
                *(arg for _filter, args in expression.filters for _lit, arg in args),
            ]:
                if isinstance(variable, Variable) and variable.lookups:
                    used.add(variable.var)
    return used, set_here


def test_the_header_rendered_once_per_values_names_every_value_it_shows():
    """base.html's header is kept per the values `{% same_for %}` names: it must name all it reads."""
    template = get_template("base.html").template
    (block,) = template.nodelist.get_nodes_by_type(SameForNode)
    declared = {value.var.var for value in block.values}
    used, set_here = variables_used(block.nodelist)
    assert used - set_here <= declared
    assert {"user.get_full_name", "section", "request.path", "intake_waiting"} <= used  # the walk sees them


@pytest.mark.parametrize("url", PAGES)
def test_the_header_follows_the_account_and_the_page(client, url):
    make_home()
    for name, staff in (("Ilse Vandermolen", True), ("Okonkwo Ferreira-Lind", False)):
        first, last = name.split()
        account = make_account(role="viewer", is_staff=staff, first_name=first, last_name=last)
        client.force_login(account)
        html = client.get(url).content.decode()
        assert name in html
        assert ("Admin</a>" in html) is staff
        assert 'value="{csrf-token}"' not in html  # the log-out form has this request's token
        assert 'name="csrfmiddlewaretoken" value="' in html


def test_a_filter_form_class_made_once_still_gives_each_request_its_own_fields_and_choices(viewer_client):
    from agreements.filters import InstitutionFilter

    make_institution(name="Brackenfold Academy of Arts", country="NO")
    first = InstitutionFilter({"country": "XX"})
    assert not first.is_valid()  # an unknown country: this form's error only
    make_institution(name="Lanternbrook Technical College", country="CL")
    second = InstitutionFilter({"country": "CL"})
    assert type(second.form) is type(first.form)
    assert second.is_valid() and not second.form.errors
    assert second.form.fields["country"] is not first.form.fields["country"]
    assert ("CL", "Chile") in list(second.form.fields["country"].choices)
    html = viewer_client.get(reverse("agreements:institution-list"), {"country": "CL"}).content.decode()
    assert "Lanternbrook Technical College" in html and "Brackenfold" not in html
