"""registry/settings.py reads the environment: each case imports it in a fresh interpreter.

The subprocess's environment holds only PATH and what the test gives, so neither the developer's
shell nor pytest-env's defaults leak in.
"""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SECRET_KEY = "settings-test-key"
# On together, or off together: DJANGO_HTTPS.
HTTPS_SETTINGS = ["SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE"]

# What a production host sets: DEBUG and DJANGO_HTTPS stay unset, so HTTPS is on.
PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DJANGO_ALLOWED_HOSTS": "registry.example.org",
    "DJANGO_CSRF_TRUSTED_ORIGINS": "https://registry.example.org",
}

REPORT_SETTINGS = """
import json
from registry import settings
database = settings.DATABASES["default"]
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "ALLOWED_HOSTS": settings.ALLOWED_HOSTS,
    "ENGINE": database["ENGINE"],
    "NAME": str(database["NAME"]),
    "HOST": database.get("HOST", ""),
    "PORT": database.get("PORT", ""),
    "USER": database.get("USER", ""),
    "SECURE_SSL_REDIRECT": settings.SECURE_SSL_REDIRECT,
    "SECURE_HSTS_SECONDS": settings.SECURE_HSTS_SECONDS,
    "SESSION_COOKIE_SECURE": settings.SESSION_COOKIE_SECURE,
    "CSRF_COOKIE_SECURE": settings.CSRF_COOKIE_SECURE,
}))
"""


def run_in_project(*args, **env):
    """Run the project's Python with `args` at the project root, in an environment of only PATH and `env`."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=PROJECT_ROOT,
        env={"PATH": os.environ["PATH"], **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def settings_with(**env):
    result = run_in_project("-c", REPORT_SETTINGS, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_settings_refuse_to_load_without_a_secret_key_unless_debugging():
    result = run_in_project("-c", "import registry.settings")

    assert result.returncode != 0
    assert "django.core.exceptions.ImproperlyConfigured: Set DJANGO_SECRET_KEY" in result.stderr


def test_debug_provides_a_development_secret_key():
    assert settings_with(DJANGO_DEBUG="1")["DEBUG"] is True


@pytest.mark.parametrize(
    ("value", "debug"),
    [(None, False), ("", False), ("0", False), ("false", False), ("no", False), ("1", True), ("true", True)],
)
def test_debug_is_off_unless_django_debug_says_yes(value, debug):
    env = {"DJANGO_SECRET_KEY": SECRET_KEY}
    if value is not None:
        env["DJANGO_DEBUG"] = value
    assert settings_with(**env)["DEBUG"] is debug


@pytest.mark.parametrize(
    ("env", "https"),
    [
        ({}, True),  # production: DEBUG off
        ({"DJANGO_HTTPS": "0"}, False),  # the tests, gunicorn on a laptop
        ({"DJANGO_DEBUG": "1"}, False),  # runserver speaks plain HTTP
        ({"DJANGO_DEBUG": "1", "DJANGO_HTTPS": "1"}, True),
    ],
)
def test_https_redirect_hsts_and_secure_cookies_go_together(env, https):
    configured = settings_with(DJANGO_SECRET_KEY=SECRET_KEY, **env)

    assert [bool(configured[name]) for name in HTTPS_SETTINGS] == [https] * len(HTTPS_SETTINGS)


def test_without_database_url_the_database_is_the_projects_sqlite_file():
    database = settings_with(DJANGO_SECRET_KEY=SECRET_KEY)

    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert database["NAME"] == str(PROJECT_ROOT / "db.sqlite3")


def test_a_postgres_database_url_selects_postgresql():
    database = settings_with(
        DJANGO_SECRET_KEY=SECRET_KEY,
        DATABASE_URL="postgres://registry:secret@db.example.org:5433/cooperation",
    )

    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["NAME"], database["HOST"], database["PORT"], database["USER"]) == (
        "cooperation",
        "db.example.org",
        5433,
        "registry",
    )


def test_allowed_hosts_come_from_django_allowed_hosts():
    configured = settings_with(
        DJANGO_SECRET_KEY=SECRET_KEY, DJANGO_ALLOWED_HOSTS="registry.example.org, www.registry.example.org"
    )

    assert configured["ALLOWED_HOSTS"] == ["registry.example.org", "www.registry.example.org"]


def test_allowed_hosts_default_to_this_machine():
    assert settings_with(DJANGO_SECRET_KEY=SECRET_KEY)["ALLOWED_HOSTS"] == ["localhost", "127.0.0.1", "[::1]"]


def test_deploy_check_is_silent_with_production_values():
    result = run_in_project("manage.py", "check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout
