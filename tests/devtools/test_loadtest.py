"""The load test's gunicorn settings and its CPU reading."""

import importlib
import os
import shutil
import sys

import pytest
from django.core.management import CommandError, call_command

from registry.devtools.management.commands.loadtest import cpu_seconds


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


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_cpu_seconds_grow_with_work():
    before = cpu_seconds(os.getpid())
    sum(number * number for number in range(3_000_000))
    assert cpu_seconds(os.getpid()) > before


def test_cpu_seconds_of_no_process_is_zero():
    assert cpu_seconds(2**22 + 12345) == 0.0


@pytest.mark.skipif(shutil.which("wrk") is None, reason="needs wrk")
def test_a_warm_up_is_bounded_too():
    with pytest.raises(CommandError, match="bounded"):
        call_command("loadtest", "--warm-up", "601")
