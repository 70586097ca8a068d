"""Who gets in where: only the login page is public; viewers browse; editors and admins edit."""

import re

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.management import call_command
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from agreements.models import Agreement, Institution, InstitutionMerge
from delegations.models import Delegation, Meeting
from tests.builders import make_agreement, make_delegation, make_institution, make_meeting, make_source

pytestmark = pytest.mark.django_db
PUBLIC = {"/accounts/login/", "/partners/"}
ICON = "/favicon.ico"  # public too: a redirect to the site's icon, which any page may show
#: The API answers programs: a 401 in JSON that says how to authenticate, not a redirect to a login form.
API = "/api/"
API_PAGES_FOR_BROWSERS = {"/api/docs/"}


def make_user(role, **fields):
    user = User.objects.create_user(f"{role}-user", password="a long enough password", **fields)
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def records():
    source = make_source()
    haifa = make_institution("University of Haifa")
    make_agreement(haifa, make_institution(), source=source, evidence="Signed.")
    make_delegation(visitor=haifa, source=source, evidence="Visited.")
    make_meeting(haifa, source=source, evidence="Met.")
    haifa.absorb([make_institution("Haifa University")])
    return haifa


def every_url():
    """A concrete URL for every pattern of the site: each <int:...> or <path:...> filled with a real id."""
    samples = {
        "agreements_institution": Institution.objects.first().pk,
        "agreements_agreement": Agreement.objects.first().pk,
        "delegations_delegation": Delegation.objects.first().pk,
        "delegations_meeting": Meeting.objects.first().pk,
    }

    def walk(patterns, prefix):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, route)
            elif isinstance(pattern, URLPattern):
                yield route, pattern.name or ""

    for route, name in walk(get_resolver().url_patterns, "/"):
        route = route.replace("^", "").replace("$", "").replace("\\Z", "").replace("\\", "")
        if "(?P" in route or "<" in route:
            model = next((key for key in samples if key.split("_")[1] in (name + route).lower()), None)
            pk = samples[model] if model else Institution.objects.first().pk
            route = re.sub(r"\(\?P<[^>]+>[^)]*\)|<[^>]+>", str(pk), route)
        if "static" in route or "media" in route:
            continue
        yield route


def test_an_anonymous_visitor_is_sent_to_the_login_page_from_every_url(client, records):
    urls = sorted(set(every_url()))
    assert len(urls) > 40, urls  # the walk found the staff pages and the whole admin
    for url in urls:
        if url == ICON:
            assert client.get(url)["Location"].endswith("/registry/favicon.svg")
            continue
        if url in PUBLIC:
            assert client.get(url).status_code == 200
            continue
        if url.startswith(API) and url not in API_PAGES_FOR_BROWSERS:
            response = client.get(url)
            # 401 where a token would do; 403 for your tokens, which only a logged-in session manages
            assert response.status_code in (401, 403), url
            assert response["Content-Type"].startswith("application/"), url
            assert "detail" in response.content.decode(), url
            continue
        response = client.get(url, follow=True)
        assert response.redirect_chain, url
        assert response.redirect_chain[-1][0].startswith("/accounts/login/?next="), (
            url,
            response.redirect_chain,
        )
        assert response.status_code == 200


def test_a_viewer_browses_and_exports_every_staff_page(client, records):
    client.force_login(make_user("viewer"))
    for name in (
        "home",
        "agreements:institution-list",
        "agreements:agreement-list",
        "delegations:delegation-list",
        "delegations:meeting-list",
    ):
        assert client.get(reverse(name)).status_code == 200, name
    response = client.get(reverse("agreements:institution-list"), {"export": "csv"})
    assert response.status_code == 200 and b"University of Haifa" in b"".join(response.streaming_content)
    assert client.get(records.get_absolute_url()).status_code == 200


def test_a_viewer_gets_403_on_every_admin_page_and_every_admin_post(client, records):
    client.force_login(make_user("viewer"))
    admin_urls = [
        url
        for url in every_url()
        if url.startswith("/admin/") and not url.startswith(("/admin/logout/", "/admin/login/"))
    ]
    for url in admin_urls:
        assert client.get(url).status_code == 403, url
        assert client.post(url, {"name": "Changed"}).status_code == 403, url
    assert Institution.objects.filter(name="Changed").count() == 0


def test_an_editor_changes_records_but_not_user_accounts(client, records):
    client.force_login(make_user("editor", is_staff=True))
    change = reverse("admin:agreements_institution_change", args=[records.pk])
    assert client.get(change).status_code == 200
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403
    response = client.post(
        change,
        {
            "name": "University of Haifa",
            "kind": "university",
            "country": "IL",
            "names-TOTAL_FORMS": "0",
            "names-INITIAL_FORMS": "0",
            "citations-TOTAL_FORMS": "0",
            "citations-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302
    records.refresh_from_db()
    assert records.country == "IL"


def test_an_admin_manages_user_accounts(client, records):
    client.force_login(make_user("admin", is_staff=True))
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 200
    assert client.get(reverse("admin:agreements_institutionmerge_changelist")).status_code == 200


def test_the_roles_hold_exactly_their_permissions():
    def codenames(role):
        return set(Permission.objects.filter(group__name=role).values_list("codename", flat=True))

    viewer, editor, admin = codenames("viewer"), codenames("editor"), codenames("admin")
    assert {"view_institution", "view_agreement", "view_delegation", "view_meeting"} <= viewer
    assert all(codename.startswith("view_") for codename in viewer)
    assert {"change_institution", "delete_agreement", "add_delegation", "change_meeting"} <= editor
    assert not any(codename.endswith(("_user", "_group")) for codename in editor)
    assert editor < admin and {"change_user", "add_group"} <= admin


def test_the_admin_has_no_login_page_of_its_own(client):
    response = client.get("/admin/login/", {"next": "/admin/agreements/"})
    assert (response.status_code, response.url) == (302, "/accounts/login/?next=/admin/agreements/")


def test_logging_out_takes_a_post(client):
    client.force_login(make_user("viewer"))
    assert client.get(reverse("logout")).status_code == 405
    assert client.post(reverse("logout")).status_code == 302
    assert client.get(reverse("home")).status_code == 302


def test_merges_are_listed_for_editors(client, records):
    client.force_login(make_user("editor", is_staff=True))
    response = client.get(reverse("admin:agreements_institutionmerge_changelist"))
    assert response.status_code == 200 and InstitutionMerge.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_the_roles_come_back_after_a_flush():
    call_command("flush", "--no-input", verbosity=0)
    assert set(Group.objects.values_list("name", flat=True)) >= {"viewer", "editor", "admin"}
    assert Permission.objects.filter(group__name="viewer", codename="view_institution").exists()


def test_admins_see_calendar_feeds_and_can_revoke_them_but_not_make_them(admin_client, django_user_model):
    from registry.models import CalendarFeed

    feed_user = django_user_model.objects.create_user("traveller", password="a long password 42")
    CalendarFeed.issue(feed_user)
    feed = CalendarFeed.objects.get()
    assert admin_client.get(reverse("admin:registry_calendarfeed_changelist")).status_code == 200
    assert admin_client.get(reverse("admin:registry_calendarfeed_add")).status_code == 403
    admin_client.post(reverse("admin:registry_calendarfeed_delete", args=[feed.pk]), {"post": "yes"})
    assert not CalendarFeed.objects.exists()


def account_form(user, **changes):
    """What the admin's user change form posts for `user`, with `changes` applied."""
    data = {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "is_active": "on",
        "is_staff": "on" if user.is_staff else "",
        "is_superuser": "on" if user.is_superuser else "",
        "groups": [group.pk for group in user.groups.all()],
        "date_joined_0": user.date_joined.strftime("%d/%m/%Y"),
        "date_joined_1": user.date_joined.strftime("%H:%M:%S"),
        **changes,
    }
    return {key: value for key, value in data.items() if value != ""}


def test_an_admin_cannot_make_itself_superuser_or_grant_itself_permissions(client):
    admin_user = make_user("admin", is_staff=True)
    client.force_login(admin_user)
    everything = list(Permission.objects.values_list("pk", flat=True))
    response = client.post(
        reverse("admin:auth_user_change", args=[admin_user.pk]),
        account_form(admin_user, is_superuser="on", user_permissions=everything),
    )
    assert response.status_code == 302
    admin_user.refresh_from_db()
    assert not admin_user.is_superuser and not admin_user.user_permissions.exists()


def test_an_admin_gives_the_viewer_and_editor_roles_but_not_staff_status_or_the_admin_role(client):
    client.force_login(make_user("admin", is_staff=True))
    colleague = User.objects.create_user("colleague", password="a long enough password")
    change = reverse("admin:auth_user_change", args=[colleague.pk])
    viewer, editor, admin = (Group.objects.get(name=name) for name in ("viewer", "editor", "admin"))

    response = client.post(change, account_form(colleague, groups=[viewer.pk, editor.pk], is_staff="on"))
    assert response.status_code == 302
    assert set(colleague.groups.values_list("name", flat=True)) == {"viewer", "editor"}
    assert not User.objects.get(pk=colleague.pk).is_staff

    response = client.post(change, account_form(colleague, groups=[admin.pk]))
    assert response.status_code == 200
    assert "Only a superuser may add an account to the admin role" in response.content.decode()
    assert not colleague.groups.filter(name="admin").exists()


def test_an_admin_cannot_change_a_superusers_account_or_the_roles(client):
    client.force_login(make_user("admin", is_staff=True))
    root = User.objects.create_superuser("root", password="a long enough password")
    assert client.get(reverse("admin:auth_user_password_change", args=[root.pk])).status_code == 403
    assert client.post(reverse("admin:auth_user_delete", args=[root.pk]), {"post": "yes"}).status_code == 403
    viewer = Group.objects.get(name="viewer")
    response = client.post(reverse("admin:auth_group_change", args=[viewer.pk]), {"name": "viewer"})
    assert response.status_code == 403
    assert User.objects.filter(username="root", is_superuser=True).exists()


def test_a_superuser_grants_staff_status_and_the_admin_role(admin_client):
    colleague = User.objects.create_user("colleague", password="a long enough password")
    admin = Group.objects.get(name="admin")
    response = admin_client.post(
        reverse("admin:auth_user_change", args=[colleague.pk]),
        account_form(colleague, groups=[admin.pk], is_staff="on"),
    )
    assert response.status_code == 302
    colleague.refresh_from_db()
    assert colleague.is_staff and colleague.groups.filter(name="admin").exists()


STAFF_PAGES = (
    "home",
    "statistics",
    "calendar",
    "calendar-feed",
    "agreements:institution-list",
    "agreements:agreement-list",
    "delegations:delegation-list",
    "delegations:meeting-list",
)


def test_an_account_in_no_role_reads_nothing_not_even_an_export(client, records):
    client.force_login(User.objects.create_user("nobody", password="a long enough password"))
    for name in STAFF_PAGES:
        assert client.get(reverse(name)).status_code == 403, name
    assert client.get(reverse("agreements:institution-list"), {"export": "csv"}).status_code == 403
    assert client.get(records.get_absolute_url()).status_code == 403
    response = client.get(reverse("home"))
    assert "no role in the registry" in response.content.decode()


def test_a_staff_account_in_no_role_gets_403_in_the_admin_too(client, records):
    client.force_login(User.objects.create_user("clerk", password="a long enough password", is_staff=True))
    assert client.get(reverse("admin:index")).status_code == 403
    assert client.get(reverse("home")).status_code == 403


def test_an_account_in_no_role_can_still_log_out(client):
    client.force_login(User.objects.create_user("nobody", password="a long enough password"))
    assert client.post(reverse("logout")).status_code == 302
    assert "_auth_user_id" not in client.session


def test_removed_from_the_viewer_role_an_account_loses_access_at_once(client, records):
    viewer = make_user("viewer")
    client.force_login(viewer)
    assert client.get(reverse("home")).status_code == 200
    viewer.groups.clear()
    assert client.get(reverse("home")).status_code == 403
    assert client.get(reverse("agreements:agreement-list"), {"export": "xlsx"}).status_code == 403


@pytest.mark.parametrize("role", ["viewer", "editor", "admin"])
def test_every_role_reads(client, records, role):
    client.force_login(make_user(role, is_staff=role != "viewer"))
    for name in STAFF_PAGES:
        assert client.get(reverse(name)).status_code == 200, name


def test_a_superuser_in_no_role_reads_everything(admin_client, records):
    for name in STAFF_PAGES:
        assert admin_client.get(reverse(name)).status_code == 200, name


def test_the_calendar_token_of_an_account_in_no_role_opens_nothing(client):
    from registry.models import CalendarFeed

    viewer = make_user("viewer")
    token = CalendarFeed.issue(viewer)
    assert client.get(reverse("calendar-feed"), {"token": token}).status_code == 200
    viewer.groups.clear()
    assert client.get(reverse("calendar-feed"), {"token": token}).status_code == 404
