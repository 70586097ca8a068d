"""Every record is "reviewed by X on D" or visibly "not reviewed"; lists filter by it; editors mark it."""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from django.utils import timezone

from agreements.models import Agreement, Institution
from tests.builders import make_agreement, make_delegation, make_institution, make_meeting

pytestmark = pytest.mark.django_db


def make_user(role):
    user = User.objects.create_user(
        f"{role}-user", password="pw", is_staff=role != "viewer", first_name=role.title()
    )
    user.groups.add(Group.objects.get(name=role))
    return user


def mark_url(record):
    options = record._meta
    return reverse("mark-reviewed", args=[options.app_label, options.model_name, record.pk])


@pytest.mark.parametrize("builder", [make_institution, make_agreement, make_delegation, make_meeting])
def test_an_editor_marks_a_record_reviewed_from_its_page(client, builder):
    record = builder()
    client.force_login(make_user("editor"))
    page = client.get(record.get_absolute_url()).content.decode()
    assert "Not reviewed" in page and mark_url(record) in page
    assert client.post(mark_url(record)).url == record.get_absolute_url()
    record.refresh_from_db()
    assert record.reviewed_by.username == "editor-user" and record.reviewed_at is not None
    page = client.get(record.get_absolute_url()).content.decode()
    assert f"Reviewed by Editor on {timezone.localdate():%-d %b %Y}" in page
    assert record.history.first().history_user.username == "editor-user"


def test_a_viewer_sees_the_mark_but_cannot_mark_a_record_reviewed(client):
    agreement = make_agreement()
    client.force_login(make_user("viewer"))
    page = client.get(agreement.get_absolute_url()).content.decode()
    assert "Not reviewed" in page and mark_url(agreement) not in page
    assert client.post(mark_url(agreement)).status_code == 403
    assert Agreement.objects.get().reviewed_at is None


def test_marking_takes_a_post_and_a_known_kind_of_record(client):
    institution = make_institution()
    client.force_login(make_user("editor"))
    assert client.get(mark_url(institution)).status_code == 405
    assert client.post(reverse("mark-reviewed", args=["auth", "user", 1])).status_code == 404


@pytest.mark.parametrize(
    ("url_name", "builder"),
    [
        ("agreements:institution-list", make_institution),
        ("agreements:agreement-list", make_agreement),
        ("delegations:delegation-list", make_delegation),
        ("delegations:meeting-list", make_meeting),
    ],
)
def test_lists_mark_records_not_reviewed_and_filter_by_review(client, url_name, builder):
    checked, unchecked = builder(), builder()
    type(checked).objects.filter(pk=checked.pk).update(reviewed_at=timezone.now())
    client.force_login(make_user("viewer"))
    assert "not reviewed" in client.get(reverse(url_name)).content.decode()
    assert [r.pk for r in client.get(reverse(url_name), {"review": "no"}).context["object_list"]] == [
        unchecked.pk
    ]
    # One request: the same page asked again comes from the cache, without the view's context.
    reviewed = [r.pk for r in client.get(reverse(url_name), {"review": "yes"}).context["object_list"]]
    assert checked.pk in reviewed
    assert unchecked.pk not in reviewed


def test_the_export_says_when_each_record_was_reviewed(client):
    make_institution("Checked University", reviewed_at=timezone.now())
    make_institution("Unchecked University")
    client.force_login(make_user("viewer"))
    response = client.get(reverse("agreements:institution-list"), {"export": "csv"})
    rows = b"".join(response.streaming_content).decode().splitlines()
    assert "Reviewed on" in rows[0]
    assert any(
        "Unchecked University" in row and row.endswith("not reviewed") or "not reviewed" in row
        for row in rows
    )
    assert any("Checked University" in row and timezone.localdate().isoformat() in row for row in rows)


def test_the_admin_filters_by_review_and_marks_selected_records(admin_client, admin_user):
    make_institution("A"), make_institution("B", reviewed_at=timezone.now())
    url = reverse("admin:agreements_institution_changelist")
    assert admin_client.get(url, {"reviewed": "no"}).context["cl"].result_count == 1
    admin_client.post(
        url, {"action": "mark_reviewed", "_selected_action": [i.pk for i in Institution.objects.all()]}
    )
    assert Institution.objects.not_reviewed().count() == 0
    assert Institution.objects.get(name="A").reviewed_by == admin_user


@pytest.mark.django_db(transaction=True)
def test_the_migration_turns_verified_records_into_reviewed_ones_by_an_unknown_reviewer():
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    before = [
        ("agreements", "0007_office_agreement_document_removed"),
        ("delegations", "0002_change_history"),
    ]
    after = [("agreements", "0008_intake_reviewed_marks"), ("delegations", "0003_intake_reviewed_marks")]
    executor = MigrationExecutor(connection)
    try:
        executor.migrate(before)
        old = executor.loader.project_state(before).apps
        Institution_ = old.get_model("agreements", "Institution")
        Institution_.objects.create(
            name="Checked", normalized_name="checked", kind="university", is_verified=True
        )
        Institution_.objects.create(name="Unchecked", normalized_name="unchecked", kind="university")
        old.get_model("delegations", "Meeting").objects.create(
            kind="talk", mode="in_person", is_verified=True
        )
        executor = MigrationExecutor(connection)
        executor.migrate(after)
        new = executor.loader.project_state(after).apps
        reviewed = new.get_model("agreements", "Institution").objects.filter(reviewed_at__isnull=False)
        assert list(reviewed.values_list("name", "reviewed_by")) == [("Checked", None)]
        assert new.get_model("delegations", "Meeting").objects.filter(reviewed_at__isnull=False).count() == 1
    finally:
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
