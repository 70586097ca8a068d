"""registry/settings.py reads the environment: each case imports it in a fresh interpreter.

The subprocess's environment holds only PATH and what the test gives, so neither the developer's
shell nor pytest-env's defaults leak in.
"""

import json
import os
import re
import secrets
import subprocess
import sys

import pytest

from tests.paths import ROOT

PROJECT_ROOT = ROOT
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
    "SECRET_KEY": settings.SECRET_KEY,
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
    """Run the project's Python with `args` at the project root, in an environment of only PATH and `env`.

    No local settings file is read (a developer's .env would leak in) unless DJANGO_ENV_FILE is given.
    """
    return subprocess.run(
        [sys.executable, *args],
        cwd=PROJECT_ROOT,
        env={"PATH": os.environ["PATH"], "DJANGO_ENV_FILE": "", **env},
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


def write_local_settings(path):
    """`make run`'s first step: the local settings file, written by the Makefile's own rule."""
    return subprocess.run(
        ["make", "-s", f"LOCAL_SETTINGS={path}", str(path)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_make_writes_a_local_settings_file_once_with_a_generated_key(tmp_path):
    path = tmp_path / ".env"
    assert write_local_settings(path).returncode == 0
    first = path.read_text()
    assert write_local_settings(path).returncode == 0
    assert path.read_text() == first  # written once: a second run keeps the key (and the sessions)
    assert "DJANGO_DEBUG=1" in first and (path.stat().st_mode & 0o077) == 0
    key = re.search(r"^DJANGO_SECRET_KEY=(\S+)$", first, re.M).group(1)
    assert len(key) >= 50
    other = tmp_path / "other.env"
    write_local_settings(other)
    assert key not in other.read_text()  # each machine its own


def test_the_local_settings_file_gives_debug_and_its_key(tmp_path):
    path = tmp_path / ".env"
    path.write_text("# a comment\n\nDJANGO_DEBUG=1\nDJANGO_SECRET_KEY='from-the-file'\n")
    configured = settings_with(DJANGO_ENV_FILE=str(path))
    assert (configured["DEBUG"], configured["SECRET_KEY"]) == (True, "from-the-file")


def test_the_environment_wins_over_the_local_settings_file(tmp_path):
    path = tmp_path / ".env"
    path.write_text("DJANGO_DEBUG=1\nDJANGO_SECRET_KEY=from-the-file\n")
    configured = settings_with(DJANGO_ENV_FILE=str(path), DJANGO_DEBUG="0", DJANGO_SECRET_KEY=SECRET_KEY)
    assert (configured["DEBUG"], configured["SECRET_KEY"]) == (False, SECRET_KEY)


def test_the_readmes_operator_commands_run_as_typed_with_the_file_make_writes(tmp_path):
    path = tmp_path / ".env"
    write_local_settings(path)
    article = sorted((PROJECT_ROOT / "fixtures" / "articles").glob("*.txt"))[0]
    for command in (
        ["manage.py", "check"],
        ["manage.py", "createsuperuser", "--help"],
        ["manage.py", "load_articles", "--help"],
        ["manage.py", "extract_articles", str(article), "--format", "json"],
    ):
        result = run_in_project(*command, DJANGO_ENV_FILE=str(path))
        assert result.returncode == 0, (command, result.stderr)


def test_every_variable_the_settings_read_is_in_the_readmes_configuration_table():
    source = (PROJECT_ROOT / "registry" / "settings.py").read_text()
    read = set(re.findall(r"(?:os\.environ\.get|env_flag|env_list)\(\s*\"([A-Z_]+)\"", source))
    assert {"DJANGO_SECRET_KEY", "DJANGO_EMAIL_HOST", "DJANGO_TIME_ZONE"} <= read  # the pattern finds them
    readme = (PROJECT_ROOT / "README.md").read_text()
    configuration = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    first_cells = re.findall(r"^\|([^|]*)\|", configuration, re.M)
    documented = {name for cell in first_cells for name in re.findall(r"`([A-Z_]+)`", cell)}
    read.add("DATABASE_URL")  # read by dj_database_url.config()
    assert read <= documented, sorted(read - documented)
