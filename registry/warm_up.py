"""What a new server process would pay on its first requests, paid before it takes any.

A process that has only imported the application still has, on its first request (cProfile of a
fresh process's first page at full size: 364 ms of CPU against 25 ms for the same page built anew
later), the URL configuration to import (the API's routers, DRF and its serializers), the URL
resolvers to fill (each pattern's regular expression normalized for `reverse()`: 150 ms), each
template to read and compile the first time a page includes it, and the country names to load.
Under load those first seconds are what the clients queue behind: `loadtest` from a cold start had
its p99 at 1.9-2.3 s against 0.3-0.9 s once warmed.

`warm_up()` does that work at once, without a request, a user or the database: registry/wsgi.py
calls it when the application is loaded, so under gunicorn's `preload_app` the master pays it once
and every worker, recycled ones too, starts with it done (copied on fork); under another server
each process pays it while it starts, before it accepts a connection.
"""

import contextlib
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.template.loader import get_template
from django.urls import NoReverseMatch, get_resolver, reverse

from agreements.filters import country_name


def warm_up(forking=True):
    """Import the URL configuration, fill every resolver and compile the project's templates.

    `forking=False`: no worker is forked from this process (the benchmark's), whose connections,
    and the transactions open on them, are left as they are."""
    fill_resolvers(get_resolver())
    for name in project_templates():
        get_template(name)  # kept compiled by the cached template loader (DEBUG off)
    country_name("DE")  # pycountry reads its ISO 3166 database on first use (11 ms)
    # Nothing above should have opened a connection; if something did, a forked worker must not
    # share its socket with the master.
    if forking:
        connections.close_all()


def fill_resolvers(resolver, namespace=""):
    """Fill the lookups `reverse()` uses for the root URL resolver and for every namespace under it.

    Django fills them lazily: the root's on the first `reverse()`, and for each namespace ("admin",
    "agreements", ...) a resolver of its own made on the first `reverse()` naming it; a fresh
    process's first page normalized 1,468 URL patterns for the six namespaces its links name.
    A name that does not exist is asked for: the lookups are filled before it is found missing.
    """
    with contextlib.suppress(NoReverseMatch):
        reverse(f"{namespace}warm-up, no such name")
    for name, (_prefix, included) in resolver.namespace_dict.items():
        fill_resolvers(included, f"{namespace}{name}:")


def project_templates():
    """The names of the templates under the project's template directories (`templates/`)."""
    names = []
    for engine in settings.TEMPLATES:
        for directory in map(Path, engine.get("DIRS", ())):
            names += sorted(str(path.relative_to(directory)) for path in directory.rglob("*.html"))
    return names
