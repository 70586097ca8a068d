"""Every response carries the security headers; HSTS and the HTTPS redirect come with DJANGO_HTTPS."""

import os
import subprocess
import sys

import pytest
from django.test import Client
from django.urls import reverse

from tests.paths import ROOT

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/accounts/login/", "/", "/admin/", "/static/registry/site.css"])
def test_responses_carry_the_security_headers(client, url):
    response = client.get(url)
    policy = response.headers.get("Content-Security-Policy", "")
    if not url.startswith("/static/"):  # whitenoise answers before the middleware that adds the policy
        script_src = next(part for part in policy.split(";") if part.strip().startswith("script-src"))
        assert script_src.split() == ["script-src", "'self'"]  # no inline script, nothing from elsewhere
        assert "frame-ancestors 'none'" in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    if url != "/static/registry/site.css":
        assert response.headers["Referrer-Policy"] == "same-origin"
        assert response.headers["X-Frame-Options"] == "DENY"


def test_pages_load_nothing_from_other_sites(admin_client):
    for name in ("home", "agreements:institution-list", "agreements:agreement-list", "statistics"):
        html = admin_client.get(reverse(name)).content.decode()
        assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")
        assert "https://" not in html.replace("https://ror.org/", "")


def test_forms_are_protected_against_cross_site_requests(admin_user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    assert client.post(reverse("logout")).status_code == 403  # no CSRF token: refused
    assert client.get(reverse("home")).status_code == 200  # still logged in


def test_production_settings_redirect_to_https_and_send_hsts():
    env = {**os.environ, "DJANGO_SECRET_KEY": "x" * 60, "DJANGO_ALLOWED_HOSTS": "registry.example.org"}
    env.pop("DJANGO_HTTPS", None)
    env.pop("DJANGO_DEBUG", None)
    script = (
        "import django; django.setup(); from django.test import Client; "
        "r = Client().get('/accounts/login/', HTTP_HOST='registry.example.org'); "
        "print(r.status_code, r['Location']); "
        "r = Client().get('/accounts/login/', HTTP_HOST='registry.example.org', secure=True); "
        "print(r.status_code, r['Strict-Transport-Security'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "registry.settings"},
        capture_output=True,
        text=True,
        check=True,
    )
    redirect, hsts = result.stdout.splitlines()
    assert redirect == "301 https://registry.example.org/accounts/login/"
    assert hsts == "200 max-age=31536000; includeSubDomains; preload"
