"""The admin in a real browser: staff find institutions by any name they go by."""

from playwright.sync_api import expect

from agreements.models import NameKind
from tests.browser.conftest import STAFF_PASSWORD
from tests.builders import make_institution


def test_staff_log_in_to_the_admin_through_its_login_form(page, live_server, staff_user):
    page.goto("/admin/login/?next=/admin/")
    page.get_by_label("Username").fill(staff_user.get_username())
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(f"{live_server.url}/admin/")


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


def test_adding_an_institution_close_to_another_warns_and_saves_once_confirmed(
    logged_in_page, screenshot_dir
):
    make_institution("University of Haifa", country="IL")
    page = logged_in_page

    page.goto("/admin/agreements/institution/add/")
    page.locator("#id_name").fill("The University of Haifa")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".errorlist")).to_contain_text("already has this name")
    expect(page.locator(".errorlist").get_by_role("link", name="University of Haifa")).to_be_visible()
    page.screenshot(path=screenshot_dir / "admin-institution-name-taken.png", full_page=True)

    page.locator("#id_name").fill("Haifa University")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".errorlist")).to_contain_text("Possibly a duplicate of")
    page.screenshot(path=screenshot_dir / "admin-institution-close-name-warning.png", full_page=True)

    page.get_by_label("Save anyway").check()
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("Haifa University")


def test_deleting_an_institution_shows_who_would_lose_it(logged_in_page, screenshot_dir):
    from tests.builders import make_meeting, make_person

    haifa = make_institution("University of Haifa", country="IL")
    haifa.add_name("Haifa U.")
    make_person("Ron Robin", institution=haifa)
    make_institution("Faculty of Law", parent=haifa)
    make_meeting(haifa, make_institution("East China Normal University"), date="2019-12-15")
    page = logged_in_page

    page.goto(f"/admin/agreements/institution/{haifa.pk}/delete/")
    content = page.locator("#content")
    expect(content).to_contain_text(
        "1 person kept, but their institution (University of Haifa) is left blank:"
    )
    expect(content).to_contain_text("Person: Ron Robin")
    expect(content).to_contain_text(
        "1 meeting kept, but University of Haifa is taken off their institutions:"
    )
    page.screenshot(path=screenshot_dir / "admin-institution-delete-detachments.png", full_page=True)
