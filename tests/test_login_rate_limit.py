"""Login attempts are rate-limited: guessing a password gets a user name locked out for a while."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

pytestmark = pytest.mark.django_db
PASSWORD = "the right password 42"


@pytest.fixture
def staff(settings):
    settings.AXES_FAILURE_LIMIT = 3
    return User.objects.create_user("staff", password=PASSWORD)


def log_in(client, username, password, address="10.0.0.1"):
    return client.post(reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=address)


def test_the_right_password_logs_in(client, staff):
    assert log_in(client, "staff", PASSWORD).status_code == 302


def test_after_repeated_failures_even_the_right_password_is_refused(client, staff):
    for _ in range(2):
        assert log_in(client, "staff", "a guess").status_code == 200  # the form again, with its error
    assert log_in(client, "staff", "a guess").status_code == 429  # the third failure locks
    response = log_in(client, "staff", PASSWORD)
    assert response.status_code == 429
    assert "Too many login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lockout_holds_one_user_name_from_one_address(client, staff):
    User.objects.create_user("colleague", password=PASSWORD)
    for _ in range(3):
        log_in(client, "staff", "a guess")
    assert log_in(client, "colleague", PASSWORD).status_code == 302
    client.logout()
    assert log_in(client, "staff", PASSWORD, address="10.0.0.2").status_code == 302


def test_a_success_resets_the_count(client, staff):
    for _ in range(2):
        log_in(client, "staff", "a guess")
    assert log_in(client, "staff", PASSWORD).status_code == 302
    client.logout()
    for _ in range(2):
        log_in(client, "staff", "a guess")
    assert log_in(client, "staff", PASSWORD).status_code == 302


def log_in_through_proxy(client, username, password, forwarded_for, proxy="10.0.0.9"):
    """A login relayed by a reverse proxy: it connects from its own address and reports the client's."""
    return client.post(
        reverse("login"),
        {"username": username, "password": password},
        REMOTE_ADDR=proxy,
        HTTP_X_FORWARDED_FOR=forwarded_for,
    )


def test_behind_a_trusted_proxy_one_clients_failures_do_not_lock_out_the_others(client, staff, settings):
    settings.REGISTRY_TRUSTED_PROXIES = ["10.0.0.0/24"]
    for _ in range(3):
        log_in_through_proxy(client, "staff", "a guess", forwarded_for="203.0.113.7")
    assert log_in_through_proxy(client, "staff", PASSWORD, forwarded_for="203.0.113.7").status_code == 429
    assert log_in_through_proxy(client, "staff", PASSWORD, forwarded_for="198.51.100.4").status_code == 302


def test_a_client_cannot_escape_the_lockout_by_writing_its_own_forwarded_for(client, staff, settings):
    settings.REGISTRY_TRUSTED_PROXIES = ["10.0.0.9"]
    for guess in range(3):  # the proxy appends the real address after what the client wrote
        log_in_through_proxy(client, "staff", "a guess", forwarded_for=f"192.0.2.{guess}, 203.0.113.7")
    response = log_in_through_proxy(client, "staff", PASSWORD, forwarded_for="192.0.2.99, 203.0.113.7")
    assert response.status_code == 429


def test_forwarded_for_from_an_untrusted_address_is_ignored(client, staff, settings):
    settings.REGISTRY_TRUSTED_PROXIES = []
    direct = "203.0.113.7"
    for guess in range(3):  # a client that writes a new address each time is still one address
        log_in_through_proxy(client, "staff", "a guess", forwarded_for=f"192.0.2.{guess}", proxy=direct)
    response = log_in_through_proxy(client, "staff", PASSWORD, forwarded_for="192.0.2.9", proxy=direct)
    assert response.status_code == 429
