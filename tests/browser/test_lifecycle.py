"""Staff follow partner health in a browser: statistics charts, an institution's counts and renewal chain,
and their calendar feed address."""

import datetime

import pytest
from playwright.sync_api import expect

from agreements.models import AgreementKind, AgreementStatus
from tests.builders import make_agreement, make_delegation, make_home, make_institution

TODAY = datetime.date.today()


@pytest.fixture
def partners(transactional_db):
    """Partners in several countries, one with a renewed agreement, delegations both ways."""
    home = make_home("Harbin Institute of Technology", country="CN")
    haifa = make_institution("University of Haifa", country="IL", city="Haifa")
    rwth = make_institution("RWTH Aachen University", country="DE", city="Aachen")
    tum = make_institution("Technical University of Munich", country="DE", city="Munich")
    bauman = make_institution("Bauman Moscow State Technical University", country="RU")
    nus = make_institution("National University of Singapore", country="SG")
    make_institution("University of São Paulo", country="BR")
    renewed = AgreementStatus.RENEWED
    first = make_agreement(
        home, haifa, title="Haifa MoU 2012", signed="2012-04-20", valid_until=datetime.date(2017, 4, 19)
    )
    second = make_agreement(
        home,
        haifa,
        title="Haifa MoU 2017",
        signed="2017-04-20",
        valid_until=datetime.date(2022, 4, 19),
        renews=first,
        status=renewed,
    )
    make_agreement(
        home,
        haifa,
        title="Haifa MoU 2022",
        signed="2022-04-20",
        renews=second,
        valid_until=TODAY + datetime.timedelta(days=45),
        status=renewed,
    )
    make_agreement(
        home,
        haifa,
        title="Haifa student exchange",
        kind=AgreementKind.STUDENT_EXCHANGE,
        signed="2019-09",
        valid_until=datetime.date(2022, 9, 1),
        auto_renews=True,
        renewal_period_years=3,
    )
    make_agreement(
        home, rwth, title="RWTH exchange", kind=AgreementKind.STUDENT_EXCHANGE, signed="2018-05-02"
    )
    make_agreement(
        home,
        tum,
        title="TUM double degree",
        kind=AgreementKind.COOPERATION_AGREEMENT,
        signed="2016",
        status=AgreementStatus.EXPIRED,
    )
    make_agreement(
        home,
        bauman,
        title="Bauman key partnership",
        kind=AgreementKind.PARTNERSHIP,
        signed="2021-09-14",
        is_open_ended=True,
    )
    make_agreement(home, nus, title="NUS talks", status=AgreementStatus.DISCUSSED)
    for year in (2015, 2018, 2023):
        make_delegation(haifa, home, start=f"{year}-05")
    make_delegation(home, haifa, start="2019-11-04", end="2019-11-08")
    make_delegation(rwth, home, start="2024-04-18")
    make_delegation(home, bauman, start="2021")
    return {"haifa": haifa, "renewal": second}


def test_statistics_draw_every_chart_with_its_numbers(logged_in_page, live_server, partners, screenshot_dir):
    page = logged_in_page
    page.goto(f"{live_server.url}/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Statistics").click()
    expect(page.get_by_role("heading", name="Statistics", level=1)).to_be_visible()

    expect(page.locator("svg.chart")).to_have_count(7)  # one per figure of the page
    expect(page.get_by_role("img", name="Agreements signed per year")).to_be_visible()
    expect(page.get_by_role("img", name="Partner institutions by country")).to_be_visible()
    expect(page.locator("#partners-map svg path:has(title)")).to_have_count(174)
    per_year = page.get_by_role("table", name="Agreements signed per year: the numbers")
    expect(per_year.get_by_role("row", name="2017 1")).to_be_visible()
    delegations = page.get_by_role("table", name="Delegations per year, inbound and outbound: the numbers")
    expect(delegations.get_by_role("row", name="2019 0 1")).to_be_visible()
    partners_table = page.get_by_role("table", name="Partners around the world: the numbers")
    expect(partners_table.get_by_role("row", name="Germany 2")).to_be_visible()
    expect(page.locator("#partners-map")).to_contain_text("Too small to draw at this scale: Singapore (1).")
    page.screenshot(path=screenshot_dir / "lifecycle-statistics.png", full_page=True)


def test_an_institution_page_shows_its_health_and_renewals(
    logged_in_page, live_server, partners, screenshot_dir
):
    page = logged_in_page
    page.goto(f"{live_server.url}{partners['haifa'].get_absolute_url()}")
    glance = page.get_by_role("region", name="Partnership at a glance")
    expect(glance).to_contain_text("Last activity: 2023")
    expect(glance.get_by_role("row", name="Active agreements 1")).to_be_visible()
    expect(glance.get_by_role("row", name="Expiring soon 1")).to_be_visible()
    expect(glance.get_by_role("row", name="Expired agreements 2")).to_be_visible()
    expect(glance.get_by_role("row", name="Delegations visiting us 3")).to_be_visible()
    expect(glance.get_by_role("row", name="Delegations we sent 1")).to_be_visible()
    history = page.get_by_role("region", name="History")
    expect(history.get_by_text("Renews Haifa MoU 2012")).to_be_visible()
    expect(history.get_by_text("renews automatically every 3 years")).to_be_visible()
    page.screenshot(path=screenshot_dir / "lifecycle-institution.png", full_page=True)

    history.get_by_role("link", name="Haifa MoU 2017").first.click()
    chain = page.get_by_role("region", name="Renewal chain")
    expect(chain.locator("li")).to_have_count(3)
    expect(chain.locator("li").nth(0)).to_contain_text("Haifa MoU 2012")
    expect(chain.locator("[aria-current=step]")).to_contain_text("Haifa MoU 2017")
    expect(chain.locator("li").nth(2)).to_contain_text("Expiring soon")
    page.screenshot(path=screenshot_dir / "lifecycle-agreement-chain.png", full_page=True)


def test_the_agreement_list_filters_by_lifecycle(logged_in_page, live_server, partners, screenshot_dir):
    page = logged_in_page
    page.goto(f"{live_server.url}/agreements/")
    page.get_by_label("Lifecycle").select_option(label="Active")
    page.get_by_role("button", name="Apply").click()
    expect(page).to_have_url(f"{live_server.url}/agreements/?lifecycle=active")
    expect(page.locator("table.data-table tbody th[scope=row] > a")).to_have_text(
        ["Bauman key partnership", "Haifa student exchange"]
    )
    page.screenshot(path=screenshot_dir / "lifecycle-agreements-active.png", full_page=True)
    # Signed in 2018 with no end date: not active for ever, but in a stage of its own.
    page.get_by_label("Lifecycle").select_option(label="No end date recorded")
    page.get_by_role("button", name="Apply").click()
    expect(page.locator("table.data-table tbody th[scope=row] > a")).to_contain_text(["RWTH exchange"])


def test_a_user_makes_a_calendar_feed_address_that_works_without_logging_in(
    logged_in_page, live_server, partners, screenshot_dir, browser
):
    page = logged_in_page
    page.goto(f"{live_server.url}/")
    page.get_by_role("link", name="Calendar feed").click()
    expect(page.get_by_role("heading", name="Calendar feed", level=1)).to_be_visible()
    page.get_by_role("button", name="Create my feed address").click()
    address = page.get_by_role("textbox", name="Feed address")
    expect(address).to_be_visible()
    feed_url = address.input_value()
    assert feed_url.startswith(f"{live_server.url}/calendar.ics?token=")
    page.screenshot(path=screenshot_dir / "lifecycle-calendar.png", full_page=True)

    calendar_app = browser.new_context()  # no login cookie, as a calendar program
    response = calendar_app.request.get(feed_url)
    assert response.status == 200 and "SUMMARY:Agreement ends: Haifa MoU 2022" in response.text()
    assert calendar_app.request.get(feed_url + "x").status == 404
    calendar_app.close()


def test_the_home_page_says_which_ends_it_assumes(logged_in_page, screenshot_dir):
    home = make_home("Harbin Institute of Technology", country="CN")
    haifa = make_institution("University of Haifa", country="IL")
    soon = TODAY.replace(year=TODAY.year - 5) + datetime.timedelta(days=30)
    make_agreement(home, haifa, title="Haifa MoU", kind=AgreementKind.MOU, signed=soon.isoformat())
    make_agreement(home, haifa, title="2015 signing", kind=AgreementKind.MOU, signed="2015-06-01")
    make_agreement(home, haifa, title="Joint lab", kind=AgreementKind.OTHER, signed="2024")
    page = logged_in_page

    page.goto("/")
    expiring = page.locator("section[aria-labelledby='expiring-heading']")
    expect(expiring).to_contain_text("Haifa MoU")
    expect(expiring).to_contain_text("(assumed: no end date recorded)")
    expect(expiring).to_contain_text("memorandum of understanding 5 years")
    expect(page.get_by_role("link", name="1 more with validity unknown")).to_be_visible()
    page.screenshot(path=screenshot_dir / "home-assumed-validity.png", full_page=True)

    page.goto("/agreements/")
    expect(page.locator("table")).to_contain_text("No end date recorded")
    page.screenshot(path=screenshot_dir / "agreements-no-end-date.png", full_page=True)
