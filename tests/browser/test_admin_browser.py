"""The admin in a real browser: staff find institutions by any name they go by."""

from playwright.sync_api import expect

from agreements.models import NameKind
from tests.builders import make_institution


def test_staff_find_an_institution_by_its_acronym_and_see_its_names(logged_in_page, screenshot_dir):
    rwth = make_institution("Rheinisch-Westfälische Technische Hochschule Aachen", country="DE")
    rwth.add_name("RWTH", NameKind.ACRONYM)
    make_institution("University of Haifa", country="IL")
    page = logged_in_page

    page.goto("/admin/agreements/institution/")
    page.locator("#searchbar").fill("RWTH")
    page.locator("#searchbar").press("Enter")

    results = page.locator("#result_list")
    expect(results.get_by_role("link", name=rwth.name)).to_be_visible()
    expect(results).not_to_contain_text("University of Haifa")

    results.get_by_role("link", name=rwth.name).click()
    expect(page.get_by_role("heading", name=rwth.name)).to_be_visible()
    expect(page.locator("input[name='names-0-value']")).to_have_value("RWTH")
    expect(page.locator("select[name='names-0-kind']")).to_have_value(NameKind.ACRONYM)
    page.screenshot(path=screenshot_dir / "admin-institution-found-by-acronym.png", full_page=True)
