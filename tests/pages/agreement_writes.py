"""The ways an agreement and its parties are written, each a function of the test's `world` (its
`agreement`, `kyoto`, one of its parties, and `haifa`, an institution not among them): shared by the
tests that a timeline card (test_cards_kept_per_record.py) and a list row
(test_list_rows_kept_per_record.py) kept per record never outlive a write, whichever path makes it."""

from django.db import connection
from django.test import Client
from django.urls import reverse

from agreements.models import Agreement, Party
from registry.devtools.bulk_load import Writer
from tests.builders import make_account


def update_the_title(world):
    Agreement.objects.filter(pk=world.agreement.pk).update(title="Bonn-Kyoto Memorandum")


def save_the_title(world):
    world.agreement.title = "Bonn-Kyoto Memorandum"
    world.agreement.save()


def raw_sql_title(world):
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE agreements_agreement SET title = 'Bonn-Kyoto Memorandum' WHERE id = %s",
            [world.agreement.pk],
        )


def title_through_the_api(world):
    client = Client()
    client.force_login(make_account(role="editor"))
    response = client.patch(
        f"/api/agreements/{world.agreement.pk}/",
        {"title": "Bonn-Kyoto Memorandum"},
        content_type="application/json",
    )
    assert response.status_code == 200


def mark_reviewed_in_the_admin(world):
    client = Client()
    client.force_login(make_account(role="editor", is_staff=True))
    response = client.post(
        reverse("admin:agreements_agreement_changelist"),
        {"action": "mark_reviewed", "_selected_action": [world.agreement.pk]},
    )
    assert response.status_code == 302


def mark_reviewed_in_the_view(world):
    client = Client()
    client.force_login(make_account(role="editor", is_staff=True))
    url = reverse("mark-reviewed", args=["agreements", "agreement", world.agreement.pk])
    assert client.post(url).status_code in (200, 302)


def rename_a_party(world):
    world.kyoto.name = "Kyoto Daigaku"
    world.kyoto.save()


def add_a_party(world):
    world.agreement.parties.add(world.haifa)


def add_a_party_by_copy(world):
    """generate_synthetic's writer: COPY."""
    writer = Writer("default")
    writer.add(Party, id=writer.pk(Party), agreement_id=world.agreement.pk, institution_id=world.haifa.pk)
    writer.flush()


def remove_a_party(world):
    Party.objects.filter(agreement=world.agreement, institution=world.kyoto).delete()


def merge_a_party_away(world):
    world.haifa.absorb([world.kyoto])
