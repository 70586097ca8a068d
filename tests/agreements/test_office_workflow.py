"""The preparation workflow: an agreement's state, each change recorded with who, when and why, and
the lists that show what is being prepared and for how long."""

import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from agreements.models import (
    Agreement,
    AgreementStatus,
    Coordinator,
    ExchangePlaces,
    Lifecycle,
    StateChange,
    in_preparation,
)
from tests.builders import make_agreement, make_contact, make_document, make_home, make_institution

pytestmark = pytest.mark.django_db


def make_user(role, **fields):
    user = User.objects.create_user(f"{role}-user", password="a long enough password", **fields)
    user.groups.add(Group.objects.get(name=role))
    return user


def test_a_move_records_who_when_and_why_and_changes_the_state():
    editor = make_user("editor", is_staff=True)
    agreement = make_agreement(status=AgreementStatus.DRAFT)
    change = StateChange.objects.move(
        agreement, AgreementStatus.DISCUSSED, by=editor, comment="Sent to the partner's legal office."
    )
    agreement.refresh_from_db()
    assert agreement.status == AgreementStatus.DISCUSSED
    assert (change.from_status, change.to_status, change.changed_by) == ("draft", "discussed", editor)
    assert change.comment == "Sent to the partner's legal office."
    assert timezone.now() - change.changed_at < datetime.timedelta(minutes=1)
    assert change.to_label == "In negotiation"  # the news' "discussed" is the office's negotiation


def test_signing_records_the_day_and_puts_the_agreement_in_force():
    agreement = make_agreement(status=AgreementStatus.AWAITING_SIGNATURE)
    assert not Agreement.objects.in_force_on(datetime.date.today()).filter(pk=agreement.pk).exists()
    StateChange.objects.move(agreement, AgreementStatus.SIGNED, signed_on=datetime.date(2026, 3, 4))
    agreement.refresh_from_db()
    assert (agreement.signed_on, agreement.signed_on_precision) == (datetime.date(2026, 3, 4), "day")
    assert Agreement.objects.in_force_on(datetime.date.today()).filter(pk=agreement.pk).exists()


@pytest.mark.parametrize(
    ("start", "target"),
    [
        (AgreementStatus.DRAFT, AgreementStatus.SIGNED),  # a draft is not signed without a signature step
        (AgreementStatus.SIGNED, AgreementStatus.DRAFT),
        (AgreementStatus.TERMINATED, AgreementStatus.DISCUSSED),  # terminated is final
        (AgreementStatus.RENEWED, AgreementStatus.AWAITING_SIGNATURE),
    ],
)
def test_a_move_the_workflow_has_not_is_refused_and_changes_nothing(start, target):
    agreement = make_agreement(status=start)
    with pytest.raises(ValidationError):
        StateChange.objects.move(agreement, target)
    agreement.refresh_from_db()
    assert agreement.status == start
    assert not StateChange.objects.exists()


def test_drafts_and_agreements_awaiting_signature_are_in_preparation_never_in_force():
    draft = make_agreement(status=AgreementStatus.DRAFT, valid_from=datetime.date(2020, 1, 1))
    awaiting = make_agreement(status=AgreementStatus.AWAITING_SIGNATURE)
    today = datetime.date.today()
    assert not Agreement.objects.in_force_on(today).exists()
    stages = dict(Agreement.objects.with_lifecycle(today).values_list("pk", "lifecycle"))
    assert stages == {draft.pk: Lifecycle.IN_PREPARATION, awaiting.pk: Lifecycle.IN_PREPARATION}
    assert draft.lifecycle_on(today) == Lifecycle.IN_PREPARATION


def test_in_preparation_lists_drafts_negotiations_and_signatures_awaited_longest_waiting_first():
    signed = make_agreement(status=AgreementStatus.SIGNED)
    make_agreement(title="Recent", status=AgreementStatus.DRAFT)
    old = make_agreement(title="Old", status=AgreementStatus.DRAFT)
    discussed = make_agreement(title="From the news", status=AgreementStatus.DISCUSSED)
    Agreement.objects.filter(pk=discussed.pk).update(created_at=timezone.now() - datetime.timedelta(days=5))
    StateChange.objects.move(old, AgreementStatus.AWAITING_SIGNATURE)
    StateChange.objects.filter(agreement=old).update(changed_at=timezone.now() - datetime.timedelta(days=40))
    listed = list(in_preparation())
    assert [a.title for a in listed] == ["Old", "From the news", "Recent"]
    assert signed not in listed
    waited = {a.title: (timezone.now() - a.state_since).days for a in listed}
    assert waited == {"Old": 40, "From the news": 5, "Recent": 0}


def test_an_editor_moves_an_agreement_on_its_page_and_the_history_shows_it(client):
    editor = make_user("editor", is_staff=True)
    agreement = make_agreement(status=AgreementStatus.DRAFT)
    client.force_login(editor)
    page = client.get(agreement.get_absolute_url()).content.decode()
    assert f'action="/agreements/{agreement.pk}/state/"' in page
    response = client.post(
        reverse("agreements:agreement-state", args=[agreement.pk]),
        {"to_status": "awaiting", "comment": "Legal office agreed the text."},
    )
    assert response.status_code == 302
    page = client.get(agreement.get_absolute_url()).content.decode()
    assert "Awaiting signature" in page and "Legal office agreed the text." in page and "editor-user" in page


def test_a_move_not_offered_is_refused_with_a_message(client):
    client.force_login(make_user("editor", is_staff=True))
    agreement = make_agreement(status=AgreementStatus.DRAFT)
    response = client.post(
        reverse("agreements:agreement-state", args=[agreement.pk]), {"to_status": "signed"}
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    agreement.refresh_from_db()
    assert agreement.status == AgreementStatus.DRAFT


def test_a_viewer_sees_the_workflow_but_cannot_change_it(client):
    client.force_login(make_user("viewer"))
    agreement = make_agreement(status=AgreementStatus.DRAFT)
    page = client.get(agreement.get_absolute_url()).content.decode()
    assert "Workflow" in page and "/state/" not in page
    url = reverse("agreements:agreement-state", args=[agreement.pk])
    assert client.post(url, {"to_status": "discussed"}).status_code == 403
    agreement.refresh_from_db()
    assert agreement.status == AgreementStatus.DRAFT


def test_a_status_changed_in_the_admin_is_recorded_as_a_change_of_state(admin_client, admin_user):
    agreement = make_agreement(status=AgreementStatus.DISCUSSED, kind="mou")
    url = reverse("admin:agreements_agreement_change", args=[agreement.pk])
    form = admin_client.get(url).context["adminform"].form
    data = {key: value for key, value in form.initial.items() if value is not None and key != "renews"}
    data.update({"status": "awaiting", "kind": "mou", "signed_on_precision": ""})
    for prefix in (
        "party_set",
        "signatories",
        "coordinators",
        "documents",
        "exchange_places",
        "state_changes",
        "citations",
    ):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    change = StateChange.objects.get(agreement=agreement)
    assert (change.from_status, change.to_status, change.changed_by) == ("discussed", "awaiting", admin_user)


def test_home_and_the_preparation_list_show_what_is_prepared_and_how_long_it_has_waited(client):
    client.force_login(make_user("viewer"))
    home = make_home()
    agreement = make_agreement(
        home,
        make_institution("Universidad de Chile"),
        title="Joint degree draft",
        status=AgreementStatus.DRAFT,
    )
    Agreement.objects.filter(pk=agreement.pk).update(created_at=timezone.now() - datetime.timedelta(days=16))
    make_agreement(title="Signed long ago", status=AgreementStatus.SIGNED)
    panel = (
        client.get(reverse("home")).content.decode().split('id="preparing-heading"')[1].split("</section>")[0]
    )
    listing = client.get(reverse("agreements:agreement-in-preparation")).content.decode()
    for page in (panel, listing):
        assert "Joint degree draft" in page and "2\xa0weeks, 2\xa0days" in page
        assert "Signed long ago" not in page


def test_the_preparation_list_costs_the_same_queries_for_one_row_and_a_full_page(client):
    client.force_login(make_user("viewer"))

    def add_rows(count):
        for _ in range(count):
            agreement = make_agreement(status=AgreementStatus.DRAFT)
            StateChange.objects.move(agreement, AgreementStatus.DISCUSSED)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("agreements:agreement-in-preparation")).status_code == 200
        return len(captured)

    add_rows(1)
    one = queries()
    add_rows(29)
    assert queries() == one


def test_the_agreement_page_costs_the_same_queries_however_many_office_records(admin_client):
    """History, coordinators, documents and places are fetched up front, not once per row."""
    home, partner = make_home(), make_institution()
    agreement = make_agreement(home, partner, status=AgreementStatus.DRAFT, kind="student_exchange")

    def add_records(first, count):
        for index in range(first, first + count):
            StateChange.objects.create(agreement=agreement, to_status="draft", comment=f"step {index}")
            make_document(agreement, label=f"Annex {index}")
            ExchangePlaces.objects.create(
                agreement=agreement,
                partner=partner,
                academic_year=2000 + index,
                direction="incoming",
                people=1,
                months=5,
            )

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert admin_client.get(agreement.get_absolute_url()).status_code == 200
        return len(captured)

    Coordinator.objects.create(agreement=agreement, contact=make_contact(home))
    add_records(0, 1)
    with_one = queries()
    Coordinator.objects.create(agreement=agreement, contact=make_contact(partner))
    add_records(1, 20)
    assert queries() == with_one


def test_a_change_whose_author_is_gone_still_shows(staff_client):
    agreement = make_agreement(status=AgreementStatus.DRAFT)
    StateChange.objects.move(
        agreement, AgreementStatus.DISCUSSED, by=None, comment="Before accounts existed."
    )
    page = staff_client.get(agreement.get_absolute_url()).content.decode()
    assert "Before accounts existed." in page and "by someone not recorded" in page
