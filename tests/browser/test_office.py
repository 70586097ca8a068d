"""The international office in a browser: moving an agreement through the workflow, and the public
partner page an anonymous visitor sees."""

import datetime

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from agreements.models import (
    AgreementKind,
    AgreementStatus,
    Coordinator,
    DocumentKind,
    ExchangeDirection,
    ExchangePlaces,
)
from tests.builders import make_agreement, make_contact, make_document, make_home, make_institution

TODAY = datetime.date.today()


@pytest.fixture
def office(transactional_db):
    home = make_home("Harbin Institute of Technology", country="CN")
    chile = make_institution("Universidad de Chile", country="CL", city="Santiago", is_public_partner=True)
    haifa = make_institution(
        "University of Haifa",
        country="IL",
        city="Haifa",
        website="https://www.haifa.ac.il",
        is_public_partner=True,
    )
    rwth = make_institution("RWTH Aachen University", country="DE", city="Aachen", is_public_partner=True)
    make_agreement(
        home, haifa, title="Haifa MoU", signed="2022-04-20", valid_until=TODAY + datetime.timedelta(400)
    )
    exchange = make_agreement(
        home, rwth, title="RWTH student exchange", kind=AgreementKind.STUDENT_EXCHANGE, signed="2023-09-01"
    )
    ExchangePlaces.objects.create(
        agreement=exchange,
        academic_year=2025,
        direction=ExchangeDirection.OUTGOING,
        people=4,
        months=20,
        people_used=3,
        months_used=15,
        subject_area="07",
    )
    ExchangePlaces.objects.create(
        agreement=exchange, academic_year=2025, direction=ExchangeDirection.INCOMING, people=4, months=20
    )
    draft = make_agreement(
        home,
        chile,
        title="Joint doctoral programme with Chile",
        kind=AgreementKind.COOPERATION_AGREEMENT,
        status=AgreementStatus.DRAFT,
    )
    Coordinator.objects.create(
        agreement=draft, contact=make_contact(home, "Li Wei", email="li.wei@hit.edu.cn")
    )
    Coordinator.objects.create(
        agreement=draft,
        contact=make_contact(chile, "Camila Rojas", email="crojas@uchile.cl", unit="Faculty of Law"),
    )
    make_document(
        draft, label="Draft text, version 2", kind=DocumentKind.DRAFT, dated_on=datetime.date(2026, 11, 2)
    )
    cache.clear()
    return {"draft": draft, "exchange": exchange}


def test_an_editor_moves_a_draft_to_signature_and_sees_its_history(logged_in_page, office, screenshot_dir):
    page = logged_in_page
    draft = office["draft"]
    page.goto("/")
    page.screenshot(path=screenshot_dir / "office-home.png", full_page=True)
    panel = page.get_by_role("region", name="In preparation")
    expect(panel.get_by_role("link", name="Joint doctoral programme with Chile")).to_be_visible()
    panel.get_by_role("link", name="Joint doctoral programme with Chile").click()
    expect(page.get_by_role("heading", name="Coordinators")).to_be_visible()
    expect(page.get_by_text("Camila Rojas")).to_be_visible()
    expect(page.get_by_role("link", name="Draft text, version 2")).to_be_visible()
    page.get_by_label("Move to").select_option(label="In negotiation")
    page.get_by_label("Comment").fill("Sent to the partner's legal office.")
    page.get_by_role("button", name="Change state").click()
    expect(page.get_by_text("Sent to the partner's legal office.")).to_be_visible()
    page.get_by_label("Move to").select_option(label="Awaiting signature")
    page.get_by_label("Comment").fill("Both legal offices agreed the text.")
    page.get_by_role("button", name="Change state").click()
    expect(page.get_by_text("Both legal offices agreed the text.")).to_be_visible()
    page.screenshot(path=screenshot_dir / "office-workflow.png", full_page=True)
    draft.refresh_from_db()
    assert draft.status == AgreementStatus.AWAITING_SIGNATURE
    assert list(draft.state_changes.values_list("to_status", flat=True)) == ["discussed", "awaiting"]
    page.goto("/agreements/in-preparation/")
    expect(page.get_by_role("cell", name="Awaiting signature")).to_be_visible()
    page.screenshot(path=screenshot_dir / "office-in-preparation.png", full_page=True)


def test_the_exchange_places_show_on_the_agreement_page(logged_in_page, office, screenshot_dir):
    page = logged_in_page
    page.goto(office["exchange"].get_absolute_url())
    places = page.get_by_role("region", name="Exchange places")
    expect(places.get_by_text("07 Engineering, manufacturing and construction (any)")).to_be_visible()
    places.screenshot(path=screenshot_dir / "office-exchange-places.png")


def test_an_anonymous_visitor_sees_the_public_partners_and_nothing_else(page, office, screenshot_dir):
    page.goto("/partners/")
    expect(page.get_by_role("heading", name="Our partner institutions")).to_be_visible()
    expect(page.get_by_role("link", name="University of Haifa")).to_be_visible()
    expect(page.get_by_text("RWTH Aachen University")).to_be_visible()
    expect(page.get_by_text("Universidad de Chile")).to_have_count(0)  # only a draft with them
    expect(page.get_by_text("Camila Rojas")).to_have_count(0)
    expect(page.get_by_role("img", name="Our partner institutions by country")).to_be_visible()
    page.screenshot(path=screenshot_dir / "office-public-partners.png", full_page=True)
    page.goto("/")
    expect(page).to_have_url(f"{page.url.split('/accounts/')[0]}/accounts/login/?next=/")


def test_staff_find_contacts_and_see_places_on_the_statistics_page(logged_in_page, office, screenshot_dir):
    page = logged_in_page
    page.goto("/institutions/")
    page.get_by_role("link", name="Contacts").first.click()
    expect(page.get_by_role("link", name="crojas@uchile.cl")).to_be_visible()
    page.screenshot(path=screenshot_dir / "office-contacts.png", full_page=True)
    page.goto("/statistics/#exchange-places")
    figure = page.get_by_role("region", name="Exchange places per academic year, offered and used")
    expect(figure.get_by_role("row", name="2025/26")).to_be_visible()
    figure.screenshot(path=screenshot_dir / "office-statistics-places.png")
