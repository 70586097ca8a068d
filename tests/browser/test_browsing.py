"""Staff browse the registry in a browser: log in, filter, search a misspelt name, read a history, export."""

import csv
import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from agreements.models import AgreementKind, AgreementStatus, InstitutionKind, NameKind
from delegations.models import MeetingKind, Mode
from tests.browser.conftest import STAFF_PASSWORD
from tests.builders import (
    make_agreement,
    make_delegation,
    make_home,
    make_institution,
    make_meeting,
    make_person,
    make_source,
)

TODAY = datetime.date.today()


@pytest.fixture
def registry(transactional_db):
    """A small registry that looks like the real one: partners in several countries, each with a history."""
    home = make_home("Harbin Institute of Technology", country="CN", reviewed_at=timezone.now())
    haifa = make_institution(
        "University of Haifa", country="IL", city="Haifa", ror="https://ror.org/02f009v59"
    )
    haifa.add_name("Haifa University", NameKind.ALIAS)
    haifa.add_name("UoH", NameKind.ACRONYM)
    make_institution("Faculty of Law, University of Haifa", country="IL", parent=haifa)
    rwth = make_institution("RWTH Aachen University", country="DE", city="Aachen", reviewed_at=timezone.now())
    rwth.add_name("RWTH", NameKind.ACRONYM)
    tum = make_institution("Technical University of Munich", country="DE", city="Munich")
    tum.add_name("TUM", NameKind.ACRONYM)
    bauman = make_institution("Bauman Moscow State Technical University", country="RU", city="Moscow")
    bauman.add_name("BMSTU", NameKind.ACRONYM)
    make_institution("Siemens AG", country="DE", kind=InstitutionKind.COMPANY)
    tokyo = make_institution("University of Tokyo", country="JP", city="Tokyo")

    news = make_source(
        "2019-12-haifa-mou.txt",
        title="HIT and University of Haifa sign an MoU",
        url="https://news.example.org/haifa-mou",
    )
    visit = make_source("2015-haifa-visit.txt", title="Haifa delegation visits HIT")
    seminar = make_source("2017-03-seminar.txt", title="Joint seminar on water technology")
    mou = make_agreement(
        home,
        haifa,
        title="Memorandum of understanding with Haifa",
        signed="2019-12",
        source=news,
        evidence="On 15 December HIT and the University of Haifa signed an MoU "
        "on joint research in marine science.",
    )
    mou.signatories.create(
        person=make_person("Ron Robin", institution=haifa), institution=haifa, title="President"
    )
    make_delegation(
        haifa,
        home,
        start="2015",
        source=visit,
        leader=make_person("Gustavo Mesch", institution=haifa),
        leader_title="Rector",
        evidence="A delegation led by Rector Gustavo Mesch visited HIT in 2015.",
        size=5,
    )
    make_meeting(
        haifa,
        home,
        date="2017-03-08",
        kind=MeetingKind.SEMINAR,
        location="Haifa",
        source=seminar,
        evidence="The two universities held a joint seminar on water technology.",
    )
    make_meeting(
        haifa, kind=MeetingKind.TALK, mode=Mode.ONLINE, summary="An online talk; the date was not reported."
    )
    make_agreement(
        home,
        rwth,
        title="Student exchange with RWTH",
        kind=AgreementKind.STUDENT_EXCHANGE,
        signed="2018-05-02",
        valid_until=TODAY + datetime.timedelta(days=40),
        reviewed_at=timezone.now(),
    )
    make_agreement(
        home,
        tum,
        title="Double degree agreement",
        kind=AgreementKind.COOPERATION_AGREEMENT,
        signed="2016",
        status=AgreementStatus.EXPIRED,
    )
    make_agreement(
        home,
        bauman,
        title="Key partnership with Bauman",
        kind=AgreementKind.PARTNERSHIP,
        signed="2021-09-14",
        is_open_ended=True,
    )
    make_delegation(
        home,
        tokyo,
        start="2023-10",
        mode=Mode.IN_PERSON,
        leader=make_person("Han Jiecai"),
        leader_title="President",
    )
    make_delegation(rwth, home, start="2024-04-18")
    return {"haifa": haifa, "rwth": rwth, "tum": tum}


def log_in(page, live_server):
    page.goto(f"{live_server.url}/")
    expect(page).to_have_url(f"{live_server.url}/accounts/login/?next=/")
    page.get_by_label("Username").fill("staff")
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Overview", level=1)).to_be_visible()


def test_staff_log_in_through_the_login_page_and_see_what_needs_attention(
    page,
    live_server,
    staff_user,
    registry,
    screenshot_dir,
):
    page.goto(f"{live_server.url}/accounts/login/")
    page.screenshot(path=screenshot_dir / "browse-login.png", full_page=True)
    log_in(page, live_server)

    expiring = page.get_by_role("region", name="Expiring in the next 90 days")
    expect(expiring.get_by_role("link", name="Student exchange with RWTH")).to_be_visible()
    expect(page.get_by_role("region", name="Latest activity")).to_contain_text("18 Apr 2024")
    page.screenshot(path=screenshot_dir / "browse-home.png", full_page=True)

    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()


def test_staff_filter_institutions_by_country(page, live_server, staff_user, registry, screenshot_dir):
    log_in(page, live_server)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Institutions").click()
    page.get_by_label("Country").select_option(label="Germany")
    page.get_by_role("button", name="Apply").click()

    expect(page).to_have_url(
        f"{live_server.url}/institutions/?country=DE"
    )  # empty fields dropped: bookmarkable
    table = page.locator("table.data-table tbody")
    expect(table.locator("th[scope=row] > a")).to_have_text(
        ["RWTH Aachen University", "Siemens AG", "Technical University of Munich"]
    )
    expect(page.get_by_role("status")).to_contain_text("3 institutions")
    page.screenshot(path=screenshot_dir / "browse-institutions-germany.png", full_page=True)


def test_staff_find_a_misspelt_institution_and_read_its_history_with_evidence(
    page,
    live_server,
    staff_user,
    registry,
    screenshot_dir,
):
    log_in(page, live_server)
    page.goto(f"{live_server.url}/institutions/")
    page.get_by_label("Name").fill("Univeristy of Haifa")
    page.get_by_label("Name").press("Enter")

    results = page.locator("table.data-table tbody th[scope=row] > a")
    expect(results.first).to_have_text("University of Haifa")
    page.screenshot(path=screenshot_dir / "browse-institutions-search-misspelt.png", full_page=True)
    results.first.click()

    expect(page.get_by_role("heading", name="University of Haifa", level=1)).to_be_visible()
    expect(page.get_by_role("link", name="Edit in admin")).to_be_visible()
    timeline = page.locator("ol.timeline > li")
    expect(timeline.locator(".timeline__date")).to_have_text(["2015", "8 Mar 2017", "Dec 2019", "Undated"])
    expect(timeline.nth(0)).to_contain_text("A delegation led by Rector Gustavo Mesch visited HIT in 2015.")
    expect(timeline.nth(0)).to_contain_text("Haifa delegation visits HIT")
    expect(timeline.nth(2)).to_contain_text("signed an MoU on joint research in marine science")
    expect(timeline.nth(2)).to_contain_text("Ron Robin (President)")
    expect(page.get_by_role("region", name="Names")).to_contain_text("Haifa University")
    expect(page.get_by_role("link", name="Faculty of Law, University of Haifa")).to_be_visible()
    page.screenshot(path=screenshot_dir / "browse-institution-timeline.png", full_page=True)


def test_staff_export_the_filtered_list_as_csv(page, live_server, staff_user, registry, tmp_path):
    log_in(page, live_server)
    page.goto(f"{live_server.url}/institutions/?country=DE&sort=name")
    with page.expect_download() as download:
        page.get_by_role("link", name="CSV").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)

    with saved.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert download.value.suggested_filename == "institutions.csv"
    assert [(row["Name"], row["Country"], row["Acronyms"]) for row in rows] == [
        ("RWTH Aachen University", "Germany", "RWTH"),
        ("Siemens AG", "Germany", ""),
        ("Technical University of Munich", "Germany", "TUM"),
    ]


def test_keyboard_users_can_skip_to_the_content(page, live_server, staff_user, registry):
    log_in(page, live_server)
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}/#main")


def test_a_bad_query_string_shows_the_form_error(page, live_server, staff_user, registry):
    log_in(page, live_server)
    page.goto(f"{live_server.url}/agreements/?signed_after=2022-02-30&page=abc")
    expect(page.get_by_role("alert")).to_contain_text("Enter a valid date")


@pytest.mark.parametrize(
    "path, name",
    [
        ("/agreements/", "agreements"),
        ("/delegations/", "delegations"),
        ("/meetings/", "meetings"),
    ],
)
def test_screenshots_of_the_other_lists(page, live_server, staff_user, registry, screenshot_dir, path, name):
    log_in(page, live_server)
    page.goto(f"{live_server.url}{path}")
    expect(page.locator("table.data-table tbody tr").first).to_be_visible()
    page.screenshot(path=screenshot_dir / f"browse-{name}.png", full_page=True)
    page.locator("table.data-table tbody th[scope=row] a").first.click()
    expect(page.locator("h1")).to_be_visible()
    page.screenshot(path=screenshot_dir / f"browse-{name}-detail.png", full_page=True)


def test_on_a_phone_the_filters_fold_above_the_table_and_the_timeline_narrows(
    page,
    live_server,
    staff_user,
    registry,
    screenshot_dir,
):
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, live_server)
    page.goto(f"{live_server.url}/institutions/?country=IL")
    toggle = page.get_by_text("Filter and sort").bounding_box()
    table = page.locator("table.data-table").bounding_box()
    assert toggle["y"] < table["y"] < 844  # the folded filters, then the results on the first screen
    expect(page.get_by_role("button", name="Apply")).to_be_hidden()
    page.get_by_text("Filter and sort").click()
    opened = page.get_by_role("button", name="Apply").bounding_box()
    assert opened["y"] < page.locator("table.data-table").bounding_box()["y"]  # opens above the results
    page.screenshot(path=screenshot_dir / "browse-phone-institutions.png", full_page=True)
    page.goto(f"{live_server.url}{registry['haifa'].get_absolute_url()}")
    expect(page.locator("ol.timeline > li").first).to_contain_text("2015")
    page.screenshot(path=screenshot_dir / "browse-phone-institution-timeline.png", full_page=True)
