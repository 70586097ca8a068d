"""Response headers Django 5.2 does not set by itself, and the client's address behind a proxy."""

import ipaddress

from django.conf import settings
from django.contrib import auth
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.core.exceptions import PermissionDenied
from django.utils.functional import SimpleLazyObject
from ipware import get_client_ip

from registry.common.data_versions import cached, versions_for_request
from registry.roles import may_read

# What an account without a role may still do with its login: log in again, leave, change its password
# (and fetch the site's icon).
OPEN_TO_EVERY_ACCOUNT = {"login", "logout", "password_change", "password_change_done", "favicon"}

# Everything the pages use is served by the registry itself: no CDN, no inline script. Inline
# style attributes stay allowed (the admin uses a few); they cannot run code.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


class DataVersionsMiddleware:
    """First: the request reads the data versions once, on first use (registry.common.data_versions)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with versions_for_request():
            return self.get_response(request)


def cached_user(request):
    """The signed-in account, read from the database only when the accounts or this session changed.

    Keyed by the session (its key, the account's id and the hash of its password that Django
    checks) and by the accounts' data version, which any change to a user, group or permission
    bumps: a deactivated account or a changed password is seen at the next request.
    """
    session = request.session
    user_id, password_hash = session.get(auth.SESSION_KEY), session.get(auth.HASH_SESSION_KEY)
    if user_id is None:
        return auth.get_user(request)
    user = cached(
        "accounts",
        "user",
        lambda: user_with_permissions(request),
        session.session_key,
        user_id,
        password_hash,
    )
    # django.contrib.auth's own middleware keeps it for the request, as here.
    request._cached_user = user
    return user


def user_with_permissions(request):
    """The session's account, its permissions read with it: Django's ModelBackend keeps them on the
    object, so the cached account answers `has_perm` with no query (any change to a permission or
    a group gives the accounts a new version, and so a new object)."""
    user = auth.get_user(request)
    if user.is_authenticated:
        user.get_all_permissions()
    return user


class CachedAuthenticationMiddleware(AuthenticationMiddleware):
    """django.contrib.auth's AuthenticationMiddleware, with the account read through `cached_user`."""

    def process_request(self, request):
        super().process_request(request)
        request.user = SimpleLazyObject(lambda: cached_user(request))


def may_read_now(user):
    """`may_read(user)`, asked of the database once per account and version of the accounts."""
    return cached("accounts", "may-read", lambda: may_read(user), user.pk)


class ContentSecurityPolicyMiddleware:
    """Send a Content-Security-Policy header on every response that has none of its own."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        return response


def _is_trusted_proxy(address):
    try:
        address = ipaddress.ip_address(address)
    except ValueError:
        return False
    proxies = settings.REGISTRY_TRUSTED_PROXIES
    return any(address in ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def client_address(request):
    """The address a login attempt counts against (django-axes' AXES_CLIENT_IP_CALLABLE).

    A request from a trusted proxy carries the client's address as the right-most entry of
    X-Forwarded-For, the one that proxy appended; entries further left were written by the client
    and prove nothing. From any other address the header is ignored: a client could write it.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    if not _is_trusted_proxy(remote):
        return remote
    reported, _ = get_client_ip(
        request, proxy_count=0, request_header_order=["HTTP_X_FORWARDED_FOR"], strict=False
    )
    return reported or remote


class RoleRequiredMiddleware:
    """Answer 403 to a signed-in account in no role: a login alone reads nothing.

    After LoginRequiredMiddleware, which sends anonymous visitors to log in. Views open without a
    login are closed to such an account too (the calendar feed would otherwise download for it);
    the feed's token is checked against its owner's role by CalendarFeed.objects.for_token.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.user.is_authenticated:
            return None
        match = request.resolver_match
        # The API checks roles itself (registry.api.permissions) and answers in JSON, as programs expect.
        if match.url_name in OPEN_TO_EVERY_ACCOUNT or "api" in match.app_names or may_read_now(request.user):
            return None
        raise PermissionDenied("Your account has no role in the registry: ask an administrator for one.")
