"""Faults during loads: a killed load leaves nothing behind; concurrent loads leave no duplicates."""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection

from tests.paths import ROOT

SEEDS = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))


def copies(directory, count):
    """`count` copies of the seed articles under distinct file names (each is its own source)."""
    directory.mkdir(exist_ok=True)
    paths = []
    for n in range(count):
        for seed in SEEDS:
            path = directory / f"{seed.stem}-{n:04d}.txt"
            shutil.copyfile(seed, path)
            paths.append(path)
    return paths


def manage(*args, database_url, **popen):
    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SECRET_KEY": "test", "DJANGO_HTTPS": "0"}
    return subprocess.Popen(
        [sys.executable, "manage.py", *map(str, args)], cwd=ROOT, env=env, text=True, **popen
    )


@pytest.fixture
def migrated_sqlite_file(tmp_path, django_db_setup, django_db_blocker):
    """An SQLite database file with every migration applied, for commands run in another process.

    A copy of this run's test database when that is SQLite (pytest-django ran the same migrations
    to make it: migrating a file again would cost seconds); made by `migrate` otherwise.
    """
    path = tmp_path / "registry.sqlite3"
    with django_db_blocker.unblock():
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            with closing(sqlite3.connect(path)) as copy:
                connection.connection.backup(copy)
            return path
    assert manage("migrate", "--noinput", "-v0", database_url=f"sqlite:///{path}").wait() == 0
    return path


def test_a_load_killed_midway_leaves_no_partial_data(tmp_path, migrated_sqlite_file):
    database_url = f"sqlite:///{migrated_sqlite_file}"
    # 100 articles: progress is reported every 5, so the kill comes after 5 are loaded (their rows
    # written in the open transaction) with 95 still to load.
    articles = copies(tmp_path / "articles", 20)
    load = manage(
        "load_articles",
        *articles,
        database_url=database_url,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
    )
    for line in load.stderr:  # parsing first, then loading: kill it once it is writing
        if line.startswith("loaded "):
            load.send_signal(signal.SIGKILL)
            break
    assert load.wait() == -signal.SIGKILL, "the load ended before it could be killed mid-way"
    # The models' tables, not the search's full-text index tables (their bookkeeping rows are never empty).
    tables = [
        model._meta.db_table
        for app in ("agreements", "delegations")
        for model in apps.get_app_config(app).get_models()
    ]
    counts = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); print(sum("
            "db.execute(f'select count(*) from {t}').fetchone()[0] for t in sys.argv[2:]))",
            str(migrated_sqlite_file),
            *tables,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert counts.stdout.strip() == "0"


def record_counts():
    return {
        model._meta.label: model.objects.count()
        for app in ("agreements", "delegations")
        for model in apps.get_app_config(app).get_models()
        if not hasattr(model, "instance_type")
    }


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_loads_of_overlapping_articles_leave_no_duplicates(tmp_path):
    settings = connection.settings_dict
    database_url = f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"
    articles = copies(tmp_path / "articles", 4)
    first_half, second_half = articles[: len(articles) * 2 // 3], articles[len(articles) // 3 :]
    loads = [
        manage(
            "load_articles",
            *half,
            database_url=database_url,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for half in (first_half, second_half[::-1])
    ]
    for load in loads:
        _, errors = load.communicate(timeout=300)
        assert load.returncode == 0, errors
    concurrent = record_counts()

    for model in (
        "delegations.Meeting",
        "delegations.Delegation",
        "agreements.Agreement",
        "agreements.Person",
        "agreements.Institution",
        "agreements.Source",
    ):
        apps.get_model(model).objects.all().delete()
    call_command("load_articles", *map(str, articles), verbosity=0)
    assert concurrent == record_counts()
