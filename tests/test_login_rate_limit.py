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
