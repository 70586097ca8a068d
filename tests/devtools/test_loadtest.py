"""The load test's gunicorn settings and its CPU reading."""

import gc
import importlib
import os
import shutil
import sys
import time

import pytest
from django.core.management import CommandError, call_command

from agreements.models import Institution
from registry.common.data_versions import read_versions
from registry.devtools.management.commands.loadtest import EditorSaves, cpu_seconds


def test_gunicorn_runs_threaded_workers_one_per_core(monkeypatch):
    monkeypatch.delenv("GUNICORN_WORKERS", raising=False)
    monkeypatch.delenv("GUNICORN_THREADS", raising=False)
    config = importlib.reload(importlib.import_module("registry.gunicorn_conf"))
    assert config.worker_class == "gthread"
    assert config.workers == (os.cpu_count() or 1)
    assert config.threads > 1
    assert config.workers * config.threads < 100  # a database connection per thread


def test_gunicorn_counts_can_be_set_for_another_host(monkeypatch):
    monkeypatch.setenv("GUNICORN_WORKERS", "6")
    monkeypatch.setenv("GUNICORN_THREADS", "2")
    config = importlib.reload(importlib.import_module("registry.gunicorn_conf"))
    assert (config.workers, config.threads) == (6, 2)


def test_gunicorn_forks_its_workers_with_the_masters_objects_frozen():
    config = importlib.import_module("registry.gunicorn_conf")
    gc.unfreeze()
    try:
        config.pre_fork(server=None, worker=None)
        assert gc.get_freeze_count() > 0  # the workers' collections never walk what the master built
    finally:
        gc.unfreeze()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_cpu_seconds_grow_with_work():
    before = cpu_seconds(os.getpid())
    sum(number * number for number in range(3_000_000))
    assert cpu_seconds(os.getpid()) > before


def test_cpu_seconds_of_no_process_is_zero():
    assert cpu_seconds(2**22 + 12345) == 0.0


def test_a_warm_up_is_bounded_too():
    with pytest.raises(CommandError, match="bounded"):
        call_command("loadtest", "--warm-up", "601")


def wait_until(condition, seconds=20):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)
    return condition()


@pytest.mark.django_db(transaction=True)  # the saves run in a thread with its own connection
def test_editor_saves_give_the_records_new_versions_and_leave_nothing_behind():
    before = read_versions()["records"]
    with EditorSaves(50) as saves:
        assert wait_until(lambda: saves.count >= 2)
        assert wait_until(lambda: read_versions()["records"] != before)
    assert not Institution.objects.filter(name=EditorSaves.TARGET_NAME).exists()


@pytest.mark.django_db
def test_no_saves_make_no_record():
    with EditorSaves(0) as saves:
        assert not Institution.objects.exists()
    assert saves.count == 0


def test_the_saves_are_bounded_too():
    with pytest.raises(CommandError, match="writes bounded"):
        call_command("loadtest", "--writes-per-second", "101")


def test_a_machine_without_wrk_is_told_how_to_install_it(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(CommandError, match="apt-get install wrk"):
        call_command("loadtest", "--seconds", "5")
