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


def test_a_user_makes_an_api_token_in_the_browser_and_sees_it_once(logged_in_page, screenshot_dir):
    from registry.models import ApiToken, token_digest

    page = logged_in_page
    refused = []
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto("/api/tokens/")
    form = page.locator('form[enctype="multipart/form-data"]')  # the browsable API's HTML form
    form.locator('input[name="name"]').fill("nightly report")
    form.get_by_role("button", name="POST").click()
    response = page.locator(".response-info")
    expect(response).to_contain_text("201 Created")
    expect(response).to_contain_text('"token"')
    page.screenshot(path=screenshot_dir / "api-token-made.png", full_page=False)
    secret = response.inner_text().split('"token": "')[1].split('"')[0]
    assert ApiToken.objects.get(name="nightly report").token_hash == token_digest(secret)
    page.goto("/api/tokens/")
    expect(page.locator(".response-info")).to_contain_text("nightly report")
    expect(page.locator(".response-info")).not_to_contain_text(secret)
    assert refused == []
