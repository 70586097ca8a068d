"""The API's documentation page: Swagger UI served entirely by the registry, under its own CSP."""

from urllib.parse import urlsplit

from playwright.sync_api import expect


def test_the_api_docs_render_with_nothing_fetched_from_another_site(
    logged_in_page, live_server, screenshot_dir
):
    page = logged_in_page
    requested, refused = [], []
    page.on("request", lambda request: requested.append(request.url))
    page.on(
        "console",
        lambda message: refused.append(message.text) if "Content Security Policy" in message.text else None,
    )
    page.goto("/api/docs/")
    expect(page.get_by_role("heading", name="Cooperation registry API")).to_be_visible()
    expect(page.get_by_text("/api/agreements/").first).to_be_visible()
    page.get_by_role("button", name="Authorize").wait_for()
    page.screenshot(path=screenshot_dir / "api-docs.png", full_page=False)
    site = urlsplit(live_server.url).netloc
    assert requested, "the page made no requests at all"
    assert {urlsplit(url).netloc for url in requested if not url.startswith("data:")} == {site}
    assert any(url.endswith("/api/schema/") for url in requested)
    assert refused == []  # the CSP blocked nothing: the page needs nothing it forbids
