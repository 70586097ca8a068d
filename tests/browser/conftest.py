"""Browser tests: pytest-playwright driving Debian's chromium against pytest-django's live_server.

Every test in this directory is marked `browser` (`make test-browser` runs only them). Fixtures for
them: `staff_user`, `logged_in_page` (a Playwright page already logged in as `staff_user`) and
`screenshot_dir`. Pages open relative addresses on pytest-django's `live_server` (`base_url`);
`live_server` brings `transactional_db`, so what a test creates is committed and the server thread
sees it.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page, expect

# Playwright's sync API runs an asyncio event loop in the test's thread, so Django takes every ORM
# call made by a test or fixture for one made from async code and raises SynchronousOnlyOperation
# (microsoft/playwright-pytest#29). The calls are in fact synchronous: allow them.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
BROWSER_TESTS = Path(__file__).parent
STAFF_USERNAME = "staff"
STAFF_PASSWORD = "browser-test-password"


@pytest.hookimpl(tryfirst=True)  # before pytest's own hook applies `-m browser`
def pytest_collection_modifyitems(items):
    for item in items:
        if BROWSER_TESTS in item.path.parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Launch Debian's chromium (Playwright's own browser download is not available here)."""
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing: CI must install Debian's chromium (.ci/run does).")
        pytest.skip("install Debian's chromium: apt-get install chromium")
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "headless": True,
        "args": [
            "--headless",
            "--no-sandbox",  # CI runs as root, where chromium's sandbox refuses to start
            "--disable-gpu",
            # No calls home: the network allows only the package registries.
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(scope="session")
def base_url(live_server):
    """Relative addresses open on the live server: `page.goto("/admin/")`.

    Also replaces pytest-playwright's own fallback fixture, which pytest 9 warns about.
    """
    return live_server.url


@pytest.fixture
def staff_user(transactional_db, django_user_model):
    """A superuser (staff, every permission) whose password is STAFF_PASSWORD."""
    return django_user_model.objects.create_superuser(
        username=STAFF_USERNAME, email="staff@example.org", password=STAFF_PASSWORD
    )


@pytest.fixture
def logged_in_page(page, live_server, staff_user):
    """A Playwright page at the admin's index, logged in as `staff_user`.

    The session is made on the server and handed to the browser as its cookie, as the login form
    would: filling the form in every test cost two page loads each. The login forms have tests of
    their own (test_admin_browser.py, test_browsing.py; the lockouts in test_login_rate_limit.py).
    """
    client = Client()
    client.force_login(staff_user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
    )
    page.goto("/admin/")
    expect(page).to_have_url(f"{live_server.url}/admin/")  # not sent to the login page
    return page


@pytest.fixture(scope="session", autouse=True)
def screenshots_taken_again_once_when_chromium_cannot_capture():
    """Headless chromium now and then answers "Unable to capture screenshot" on a busy 2-core machine (seen
    once in a fresh-clone CI run, on a page that had rendered and passed its checks). The screenshots are for
    people to look at, the assertions are elsewhere: take it once more after a moment rather than fail."""
    capture = Page.screenshot

    def screenshot(page, *args, **kwargs):
        try:
            return capture(page, *args, **kwargs)
        except PlaywrightError as error:
            if "Unable to capture screenshot" not in str(error):
                raise
            page.wait_for_timeout(500)
            return capture(page, *args, **kwargs)

    Page.screenshot = screenshot
    yield
    Page.screenshot = capture


@pytest.fixture(scope="session")
def screenshot_dir():
    """Where browser tests save screenshots for people to look at (gitignored)."""
    path = BROWSER_TESTS / "screenshots"
    path.mkdir(exist_ok=True)
    return path
