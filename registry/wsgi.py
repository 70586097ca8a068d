"""WSGI entry point (gunicorn registry.wsgi): the application, warmed up before its first request."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "registry.settings")
application = get_wsgi_application()

from registry.warm_up import warm_up  # noqa: E402 (needs the settings that get_wsgi_application set up)

warm_up()  # registry/warm_up.py: under gunicorn's preload_app, once in the master for every worker
