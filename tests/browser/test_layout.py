"""The pages on a phone and on a desktop: nothing cut off, the results before the filters on a phone.

Screenshots of each page at both widths go to tests/browser/screenshots/ for people to look at.
"""

import pytest
from playwright.sync_api import expect

from agreements.models import Institution
from tests.browser.test_browsing import log_in, registry  # noqa: F401 (the fixture every test uses)
from tests.builders import make_account

pytestmark = pytest.mark.usefixtures("registry")
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
PAGES = {
    "home": "/",
    "institutions": "/institutions/",
    "agreements": "/agreements/",
    "delegations": "/delegations/",
    "meetings": "/meetings/",
    "statistics": "/statistics/",
}


def overflows_sideways(page):
    return page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth")


@pytest.mark.parametrize(("screen", "viewport"), [("phone", PHONE), ("desktop", DESKTOP)])
def test_no_page_is_wider_than_the_screen(page, live_server, staff_user, screenshot_dir, screen, viewport):
    page.set_viewport_size(viewport)
    log_in(page, live_server)
    for name, url in PAGES.items():
        page.goto(f"{live_server.url}{url}")
        page.screenshot(path=screenshot_dir / f"layout-{name}-{screen}.png", full_page=True)
        assert not overflows_sideways(page), name
        for link in page.get_by_role("navigation", name="Main").get_by_role("link").all():
            box = link.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"], (name, link.inner_text())


def test_on_a_phone_the_results_come_first_and_the_filters_open_on_a_tap(page, live_server, staff_user):
    page.set_viewport_size(PHONE)
    log_in(page, live_server)
    page.goto(f"{live_server.url}/institutions/?country=DE")
    toggle = page.get_by_text("Filter and sort")
    expect(toggle).to_contain_text("1 set")
    expect(page.get_by_label("Country")).to_be_hidden()
    first_result = page.get_by_role("link", name="RWTH Aachen University")
    assert first_result.bounding_box()["y"] < PHONE["height"]  # on the first screen
    toggle.click()
    expect(page.get_by_label("Country")).to_be_visible()


def test_on_a_desktop_the_filters_are_open_beside_the_results(page, live_server, staff_user):
    page.set_viewport_size(DESKTOP)
    log_in(page, live_server)
    page.goto(f"{live_server.url}/institutions/")
    expect(page.get_by_label("Country")).to_be_visible()
    expect(page.get_by_text("Filter and sort")).to_be_hidden()


def test_the_statistics_map_and_tables_are_shown_whole(page, live_server, staff_user, screenshot_dir):
    page.set_viewport_size(DESKTOP)
    log_in(page, live_server)
    page.goto(f"{live_server.url}/statistics/")
    for table in page.locator(".figure__table").all():
        assert table.evaluate("t => t.scrollHeight <= t.clientHeight + 1"), table.inner_text()[:40]
    viewbox = page.locator("#partners-map svg.chart").get_attribute("viewBox")
    assert float(viewbox.split()[1]) < 0  # a margin above the northernmost land


@pytest.mark.parametrize(("screen", "viewport"), [("phone", PHONE), ("desktop", DESKTOP)])
def test_the_403_page_offers_a_way_back(page, live_server, screenshot_dir, screen, viewport):
    make_account("reader", role="viewer", password="a long enough password")
    page.set_viewport_size(viewport)
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("reader")
    page.get_by_label("Password").fill("a long enough password")
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{live_server.url}/admin/")
    expect(page.get_by_role("heading", name="You may not open this page")).to_be_visible()
    page.screenshot(path=screenshot_dir / f"layout-403-{screen}.png", full_page=True)
    page.get_by_role("link", name="Back to the overview").click()
    expect(page.get_by_role("heading", name="Overview", level=1)).to_be_visible()


def test_without_a_home_institution_every_page_says_so(page, live_server, staff_user, screenshot_dir):
    Institution.objects.filter(is_home=True).update(is_home=False)
    page.set_viewport_size(DESKTOP)
    log_in(page, live_server)
    notice = page.get_by_role("note")
    expect(notice).to_contain_text("No home institution is set.")
    expect(notice.get_by_role("link", name="Open your institution in the admin")).to_be_visible()
    page.screenshot(path=screenshot_dir / "layout-no-home-desktop.png", full_page=True)
