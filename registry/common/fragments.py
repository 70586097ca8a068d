"""Cached page fragments: a page's title and content kept as HTML, keyed by what they show.

A list or an institution page is built from a dozen queries and thousands of objects (96 ms of
CPU for the 500-record timeline); staff open the same few pages all day. The fragments a page's
template marks (`{% fragment "content" %}` in base.html, registry/templatetags/fragments.py) are
kept in the cache under a key made of:

- the view and the full address (every filter, sort and page number is in it);
- the records' data version (registry.common.data_versions): any write to any record, by any
  path, gives a new version, so a kept fragment is never shown after a change;
- the day (the expiring agreements, "in force" and activity depend on it);
- what the account may do (staff, superuser, its permissions): edit links differ by role.

The header around them (the account's name, the log-out form's CSRF token, the intake count) is
rendered anew for each request; a form's CSRF token inside a fragment is written in anew too.
"""

import datetime
import hashlib
import re
import threading
import weakref

from django.core.cache import cache
from django.middleware.csrf import get_token
from django.template.response import TemplateResponse

from registry.common.data_versions import CACHED_SECONDS, cached, current_versions

#: The fragments base.html marks; a page is kept only when all of them were rendered.
FRAGMENTS = ("title", "content")
#: A form's CSRF token (an editor's "mark reviewed" button): kept as a placeholder, and the
#: requesting browser's own token written in its place when the fragment is served.
CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')
CSRF_TOKEN_KEPT = 'name="csrfmiddlewaretoken" value="{csrf-token}"'


def served(html, request):
    """A kept fragment, with this request's CSRF token in its forms."""
    if CSRF_TOKEN_KEPT not in html:
        return html
    return html.replace(CSRF_TOKEN_KEPT, f'name="csrfmiddlewaretoken" value="{get_token(request)}"')


def permissions_signature(user):
    """A short digest of what `user` may do: the same for two accounts in the same role."""

    def signature():
        permissions = sorted(user.get_all_permissions())
        described = repr((user.is_staff, user.is_superuser, user.is_active, permissions))
        return hashlib.sha256(described.encode()).hexdigest()[:16]

    return cached("accounts", "permissions", signature, user.pk)


_builders_lock = threading.Lock()
_builders = weakref.WeakValueDictionary()


def one_builder(key):
    """This process's lock for building what is kept under `key` (dropped when no one holds it)."""
    with _builders_lock:
        lock = _builders.get(key)
        if lock is None:
            lock = _builders[key] = threading.Lock()
    return lock


class CachedFragmentsMixin:
    """For a view answering GET with a TemplateResponse over base.html: its fragments from the cache.

    On a hit the view's own work (filters, queries, rows) is skipped: the template is rendered with
    only the kept fragments and what base.html needs around them (the view's `extra_context`).
    """

    #: The kinds of data the page shows (registry.common.data_versions.SCOPES): part of its key.
    fragment_scopes = ("records",)
    #: Whether the page shows the messages waiting for the account (shown once: such a request is
    #: neither served from the cache nor kept).
    shows_messages = False

    def fragments_key(self):
        request, versions = self.request, current_versions()
        return ":".join(
            (
                "fragments",
                "-".join(str(versions[scope]) for scope in self.fragment_scopes),
                f"{type(self).__module__}.{type(self).__qualname__}",
                datetime.date.today().isoformat(),
                permissions_signature(request.user),
                hashlib.sha256(request.get_full_path().encode()).hexdigest(),
            )
        )

    def get(self, request, *args, **kwargs):
        return self.cached_response(lambda: super(CachedFragmentsMixin, self).get(request, *args, **kwargs))

    def cached_response(self, build):
        """The page from the cache, or `build()` (a response) kept for the next request."""
        request = self.request
        if self.shows_messages and len(getattr(request, "_messages", ())):
            return build()
        if not set(self.fragment_scopes) <= set(current_versions()):  # not migrated since: keep nothing
            return build()
        key = self.fragments_key()
        kept = cache.get(key)
        if kept is None:
            # One thread of this process builds a page at a time; the others asking for it meanwhile
            # wait and take what it kept (after a write, fifty browsers would otherwise build the
            # same page fifty times at once, each slower for the others).
            with one_builder(key):
                kept = cache.get(key)
                if kept is None:
                    return self.build_and_keep(key, build)
        context = {"view": self, **(self.extra_context or {}), "cached_fragments": kept["fragments"]}
        return TemplateResponse(request, kept["templates"], context)

    def build_and_keep(self, key, build):
        response = build()
        if (
            isinstance(response, TemplateResponse)
            and response.status_code == 200
            and not response.is_rendered
        ):
            fragments = response.context_data["fragment_store"] = {}
            response.add_post_render_callback(lambda rendered: self.keep(key, rendered, fragments))
            response.render()  # here, while the others wait
        return response

    def keep(self, key, response, fragments):
        if set(fragments) != set(FRAGMENTS):
            return
        fragments = {name: CSRF_TOKEN.sub(CSRF_TOKEN_KEPT, html) for name, html in fragments.items()}
        templates = (
            [response.template_name] if isinstance(response.template_name, str) else response.template_name
        )
        cache.set(key, {"templates": list(templates), "fragments": fragments}, CACHED_SECONDS)


class CachedListMixin:
    """For a DRF viewset: the data of its list answers kept, as the pages' fragments are.

    Keyed by the records' data version, the view, the full address, the format asked for and the
    account's permissions; checks (authentication, role, throttling) still run on every request,
    before `list`. Only the serialized data is kept: the response is rendered for each request.
    """

    def list(self, request, *args, **kwargs):
        from rest_framework.response import Response

        key = ":".join(
            (
                "api-list",
                str(current_versions()["records"]),
                f"{type(self).__module__}.{type(self).__qualname__}",
                str(request.accepted_renderer.format),
                permissions_signature(request.user),
                # The whole address: the data's next and previous links name the host and scheme.
                hashlib.sha256(request.build_absolute_uri().encode()).hexdigest(),
            )
        )
        data = cache.get(key)
        if data is None:
            with one_builder(key):  # as the pages: one thread builds, the others take what it kept
                data = cache.get(key)
                if data is None:
                    response = super().list(request, *args, **kwargs)
                    if response.status_code == 200:
                        cache.set(key, response.data, CACHED_SECONDS)
                    return response
        return Response(data)
