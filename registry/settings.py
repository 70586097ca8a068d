"""Settings for the cooperation-agreement registry: one module, read from the environment.

Safe when nothing is set: DEBUG is off, and then a SECRET_KEY must be given. A developer machine
has a local settings file, `.env` at the project root, written once by `make run` with
DJANGO_DEBUG=1 and a generated DJANGO_SECRET_KEY, so that `manage.py` commands work as typed;
variables set in the environment win over it.
"""

import datetime
import importlib.util
import json
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_flag(name, default=False):
    """Read a yes/no environment variable ("1", "true", "yes", "on" mean yes)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def read_local_settings(path):
    """Put the `NAME=value` lines of the file at `path` into os.environ, unless already set there.

    Blank lines and lines starting with # are skipped; quotes around a value are not part of it.
    A missing file (a production host, the tests) changes nothing.
    """
    if not path:
        return
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (FileNotFoundError, IsADirectoryError):
        return
    for line in lines:
        name, equals, value = line.strip().partition("=")
        if equals and name and not name.startswith("#"):
            os.environ.setdefault(name.strip(), value.strip().strip("\"'"))


# DJANGO_ENV_FILE names another file; empty, none is read (the test suite sets it so).
read_local_settings(os.environ.get("DJANGO_ENV_FILE", BASE_DIR / ".env"))


DEBUG = env_flag("DJANGO_DEBUG")

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or ("insecure-development-key" if DEBUG else "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set DJANGO_SECRET_KEY (or DJANGO_DEBUG=1 on a development machine).")

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "registry.apps.RegistryAdminConfig",  # django.contrib.admin with the registry's admin site
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_filters",
    "simple_history",
    "axes",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI's files, served from here
    "registry",
    "agreements",
    "delegations",
]
# The team's tools (benchmarks, synthetic data, scoring) live in a package left out of the wheel.
if importlib.util.find_spec("registry.devtools") is not None:
    INSTALLED_APPS.append("registry.devtools")

MIDDLEWARE = [
    # First: the data versions that key the cached session, account, role and page fragments are
    # read once per request, in one query, when something first asks for them.
    "registry.middleware.DataVersionsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "registry.middleware.CachedAuthenticationMiddleware",  # Django's, the account read from the cache
    # Every page needs a login unless its view says otherwise (only the login page does).
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    # ...and a role (viewer, editor or admin) to read anything: an account alone is not enough.
    "registry.middleware.RoleRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "registry.middleware.ContentSecurityPolicyMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",  # records who made each change
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks: turns a lockout into its response
]

# Login attempts are rate-limited (django-axes): after AXES_FAILURE_LIMIT failures for one user name
# from one address, that pair is locked out for AXES_COOLOFF_TIME; a success resets the count.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("REGISTRY_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("REGISTRY_LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# Behind a reverse proxy every request comes from the proxy's address, so attempts are counted
# against the client's address as the proxy reports it in X-Forwarded-For, but only on requests
# that come from one of DJANGO_TRUSTED_PROXIES (addresses or networks): anyone else could write
# that header. With none listed, the header is ignored.
REGISTRY_TRUSTED_PROXIES = env_list("DJANGO_TRUSTED_PROXIES", "")
AXES_CLIENT_IP_CALLABLE = "registry.middleware.client_address"

# Sessions in the database, read from the cache until a session changes (registry/sessions.py).
SESSION_ENGINE = "registry.sessions"

ROOT_URLCONF = "registry.urls"
WSGI_APPLICATION = "registry.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "registry.pages.context_processors.home_institution",
                "registry.pages.intake.views.waiting",  # the header's count of articles waiting for review
            ],
        },
    },
]
# Selects (the filter forms' countries, kinds, sorts) written in Python, not one template per option.
FORM_RENDERER = "registry.common.forms.FormRenderer"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A writer takes the lock when its transaction begins (no deadlock when two loads upgrade from
    # reading to writing at once) and a second writer waits for it rather than failing after 5 s.
    DATABASES["default"].setdefault("OPTIONS", {}).update(transaction_mode="IMMEDIATE", timeout=60)
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # JIT compiling a query costs 0.4 s, more than any staff page's query takes to run. The name
    # search's trigram candidates (`%`) start at its own minimum similarity (agreements.search's
    # MIN_SIMILARITY), not at pg_trgm's default 0.3, which lets tens of thousands of names through.
    # No parallel workers: the expiring agreements' rows took 11-16 ms waiting for one and 5.6-6.6 ms
    # without (full size); a server answering many requests at once on a few cores gains nothing.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        "-c jit=off -c pg_trgm.similarity_threshold=0.45 -c max_parallel_workers_per_gather=0"
    )
    # The statements written once and run for every record (registry.common.planned_once: a
    # timeline's cards, an institution's history) are prepared on the server at their second run on
    # a connection, then only bound: planning them was a third of the institution page's time in
    # PostgreSQL. Django's own queries are never prepared (their cursor writes the parameters into
    # the SQL). A prepared statement lasts as long as its connection (CONN_MAX_AGE above); behind a
    # pooler that shares connections between clients (PgBouncer's transaction mode) it would be None.
    DATABASES["default"]["OPTIONS"]["prepare_threshold"] = 1
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "registry" / "static"]
# Production serves hashed, compressed files made by `collectstatic`. A development machine and the
# tests serve the apps' files directly (no collectstatic step), as whitenoise's autorefresh mode does.
PLAIN_STATIC = DEBUG or env_flag("DJANGO_PLAIN_STATIC")
MEDIA_ROOT_DEFAULT = os.environ.get("DJANGO_MEDIA_ROOT", str(BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Agreement documents: outside the static files, under no URL; only the permission-checked
    # download view reads them (README "Agreement documents" for nginx's protected download or
    # object storage with django-storages).
    "documents": {
        "BACKEND": os.environ.get(
            "REGISTRY_DOCUMENTS_STORAGE", "django.core.files.storage.FileSystemStorage"
        ),
        # Another backend's options as JSON, e.g. '{"bucket_name": "registry-documents"}' for S3.
        "OPTIONS": json.loads(os.environ.get("REGISTRY_DOCUMENTS_STORAGE_OPTIONS", "{}"))
        if "REGISTRY_DOCUMENTS_STORAGE" in os.environ
        else {"location": MEDIA_ROOT_DEFAULT},
    },
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if PLAIN_STATIC
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = WHITENOISE_AUTOREFRESH = PLAIN_STATIC
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))

# The API (registry/api/): its authentication, permissions, filters, throttling and error format.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "registry.api.authentication.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["registry.api.permissions.RegistryRolePermission"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_THROTTLE_CLASSES": ["registry.api.throttling.PerTokenThrottle"],
    "DEFAULT_THROTTLE_RATES": {"api": os.environ.get("REGISTRY_API_RATE", "5000/hour")},
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "registry.api.views.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Cooperation registry API",
    "DESCRIPTION": "Partner institutions, agreements, delegations, meetings, people and sources.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],
    "SWAGGER_UI_DIST": "SIDECAR",  # served from this site's static files, never from a CDN
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
}
# Uploaded documents: the largest accepted, in megabytes (their type is checked by content).
REGISTRY_MAX_UPLOAD_MB = int(os.environ.get("REGISTRY_MAX_UPLOAD_MB", "20"))
# With a web server in front that serves protected files itself (nginx's X-Accel-Redirect), the
# download view answers with this prefix + the file's name, and the server sends the bytes.
REGISTRY_DOCUMENTS_ACCEL_PREFIX = os.environ.get("REGISTRY_DOCUMENTS_ACCEL_PREFIX", "")

# The public partner page (/partners/) is cached this many seconds (Django's cache framework).
REGISTRY_PUBLIC_PAGE_SECONDS = int(os.environ.get("REGISTRY_PUBLIC_PAGE_SECONDS", "600"))
# Each process keeps its own cache (pages, sessions, accounts; registry.common.fragments): nothing to
# run beside the server, and every entry is keyed by a data version, so no process serves stale data.
# A thousand entries hold a busy office's pages (a list is 20-100 kB, the longest timeline 300 kB).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "registry",
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("DJANGO_CACHE_ENTRIES", "1000"))},
    }
}

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "login"

# HTTPS: on by default in production (DEBUG off). DJANGO_HTTPS=0 serves plain HTTP (the tests, a
# laptop running gunicorn); behind a TLS-terminating proxy set DJANGO_TRUST_X_FORWARDED_PROTO=1.
HTTPS = env_flag("DJANGO_HTTPS", default=not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "31536000")) if HTTPS else 0
# The registry's host name has no subdomains of its own, and the preload directive only matters if
# someone submits the domain to the browsers' list; both can be turned off.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env_flag("DJANGO_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
if env_flag("DJANGO_TRUST_X_FORWARDED_PROTO"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# The registry's own institution: what an article's unnamed "our school" maps to. Set it by
# ticking "home institution" in the admin; this variable only names it for the article parser
# when the database has none.
REGISTRY_HOME_INSTITUTION = os.environ.get("REGISTRY_HOME_INSTITUTION", "")

# Email: printed to the console unless an SMTP server is configured (EMAIL_URL-style settings kept simple).
EMAIL_BACKEND = os.environ.get("DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_flag("DJANGO_EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "registry@localhost")
# Who hears about agreements about to expire (`manage.py expiring_agreements --email`).
REGISTRY_EXPIRY_RECIPIENTS = env_list("REGISTRY_EXPIRY_RECIPIENTS", "")
# How many years an agreement with no end date recorded (and not open-ended or renewing itself) is
# assumed to run from its start (or signing), by kind: "mou=5,student_exchange=3". The expiry list,
# the calendar, the statistics and the "in force" counts use it and say so; a kind left out gets no
# assumption, and its agreements' validity stays unknown.
REGISTRY_ASSUMED_VALIDITY_YEARS = {
    kind.strip(): int(years)
    for kind, _, years in (
        item.partition("=")
        for item in env_list(
            "REGISTRY_ASSUMED_VALIDITY_YEARS",
            "mou=5,cooperation_agreement=5,student_exchange=5,partnership=5",
        )
    )
}
# Days before an agreement's end when its coordinators are reminded (`expiring_agreements --remind`).
REGISTRY_EXPIRY_THRESHOLDS = [int(days) for days in env_list("REGISTRY_EXPIRY_THRESHOLDS", "180,90,30")]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}
