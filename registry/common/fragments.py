"""Cached page fragments: a page's title and content kept as HTML, keyed by what they show.

A list or an institution page is built from a dozen queries and thousands of objects (96 ms of
CPU for the 500-record timeline); staff open the same few pages all day. The fragments a page's
template marks (`{% fragment "content" %}` in base.html, registry/templatetags/fragments.py) are
kept in the cache under a key made of:

- the view and the full address (every filter, sort and page number is in it);
- the data versions (registry.common.data_versions) of the tables the page read when it was
  built, recorded then (`reads_recorded`) and kept beside it: any write to one of them, by any
  path, gives it a new version, so a kept fragment is never shown after a change, while a write
  to a table the page does not read (a delegation, for the agreement lists) leaves it kept;
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
from django.core.exceptions import EmptyResultSet
from django.core.paginator import PageNotAnInteger, Paginator
from django.db.models import Count, QuerySet, Window
from django.middleware.csrf import get_token
from django.template.response import TemplateResponse
from django.utils.functional import cached_property

from registry.common.data_versions import CACHED_SECONDS, cached, current_versions, note_read, reads_recorded
from registry.common.row_counts import selects_every_row, unfiltered_count

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


def kept_by_reads(identity, always=()):
    """What was kept for `identity` (a page's view, address, day and role) from the data it read, or
    None when any of that data has changed since (or nothing was kept).

    Two cache reads: the versions' names the last build of `identity` read (`keep_by_reads`), then
    what it built, under those names' current versions (and those of the scopes `always`).
    """
    read = cache.get(f"reads:{identity}")
    if read is None:
        return None
    key = _versioned_key(identity, read | set(always))
    found = None if key is None else cache.get(key)
    if found is not None:
        # A page built around a kept piece (an institution page's agreement cards) read what the
        # piece read: it is kept under those versions too (a write to the cards' citations alone
        # must reach the page that shows them).
        note_read(read | set(always))
    return found


def keep_by_reads(identity, read, value, always=()):
    """Keep `value`, built from the versions' names `read`, for `identity` (see kept_by_reads).

    The names are those the request read its versions of before building (current_versions), so what
    is kept is at least as new as the key says. Whatever a later build reads replaces them: a write
    that changes what a page reads (a search that now finds rows to prefetch) changed one of the
    tables it read before, so the old names' key no longer finds the old page.
    """
    key = _versioned_key(identity, set(read) | set(always))
    if key is None:
        return
    cache.set(key, value, CACHED_SECONDS)
    cache.set(f"reads:{identity}", frozenset(read), CACHED_SECONDS)


def kept(identity, build, also_read=()):
    """`build()`, kept in the cache for `identity` under the versions of what it read (None too).

    `identity` must name everything else the value depends on (the record it is about, the day);
    `also_read`, the versions' names of what `build` uses that was read before it ran.
    """
    found = kept_by_reads(identity)
    if found is None:
        with reads_recorded() as read:
            found = (build(),)
        keep_by_reads(identity, read | set(also_read), found)
    return found[0]


def _versioned_key(identity, names):
    versions = current_versions()
    if not names <= versions.keys():  # not migrated since a scope or table was added: keep nothing
        return None
    described = ";".join(f"{name}={versions[name]}" for name in sorted(names))
    return f"kept:{identity}:{hashlib.sha256(described.encode()).hexdigest()[:32]}"


class CachedFragmentsMixin:
    """For a view answering GET with a TemplateResponse over base.html: its fragments from the cache.

    On a hit the view's own work (filters, queries, rows) is skipped: the template is rendered with
    only the kept fragments and what base.html needs around them (the view's `extra_context`).
    """

    #: Scopes (registry.common.data_versions.SCOPES) whose versions the page's key names whatever it
    #: read: none is needed, the tables it reads are recorded as it is built.
    fragment_scopes = ()
    #: Whether the page shows the messages waiting for the account (shown once: such a request is
    #: neither served from the cache nor kept).
    shows_messages = False

    def fragments_identity(self):
        """The page apart from the data: view, day, role and address."""
        request = self.request
        return ":".join(
            (
                "fragments",
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
        identity = self.fragments_identity()
        found = kept_by_reads(identity, self.fragment_scopes)
        if found is None:
            # One thread of this process builds a page at a time; the others asking for it meanwhile
            # wait and take what it kept (after a write, fifty browsers would otherwise build the
            # same page fifty times at once, each slower for the others).
            with one_builder(identity):
                found = kept_by_reads(identity, self.fragment_scopes)
                if found is None:
                    return self.build_and_keep(identity, build)
        context = {"view": self, **(self.extra_context or {}), "cached_fragments": found["fragments"]}
        return TemplateResponse(request, found["templates"], context)

    def build_and_keep(self, identity, build):
        with reads_recorded() as read:
            response = build()
            if (
                isinstance(response, TemplateResponse)
                and response.status_code == 200
                and not response.is_rendered
            ):
                fragments = response.context_data["fragment_store"] = {}
                response.render()  # here, while the others wait, and with its reads recorded
                self.keep(identity, read, response, fragments)
        return response

    def keep(self, identity, read, response, fragments):
        if set(fragments) != set(FRAGMENTS):
            return
        fragments = {name: CSRF_TOKEN.sub(CSRF_TOKEN_KEPT, html) for name, html in fragments.items()}
        templates = (
            [response.template_name] if isinstance(response.template_name, str) else response.template_name
        )
        page = {"templates": list(templates), "fragments": fragments}
        keep_by_reads(identity, read, page, self.fragment_scopes)


class CachedListMixin:
    """For a DRF viewset: the data of its list answers kept, as the pages' fragments are.

    Keyed by the view, the full address, the format asked for, the account's permissions and the
    versions of the tables the list read; checks (authentication, role, throttling) still run on
    every request, before `list`. Only the serialized data is kept: the response is rendered for
    each request.
    """

    def list(self, request, *args, **kwargs):
        from rest_framework.response import Response

        identity = ":".join(
            (
                "api-list",
                f"{type(self).__module__}.{type(self).__qualname__}",
                str(request.accepted_renderer.format),
                permissions_signature(request.user),
                # The whole address: the data's next and previous links name the host and scheme.
                hashlib.sha256(request.build_absolute_uri().encode()).hexdigest(),
            )
        )
        data = kept_by_reads(identity)
        if data is None:
            with one_builder(identity):  # as the pages: one thread builds, the others take what it kept
                data = kept_by_reads(identity)
                if data is None:
                    with reads_recorded() as read:
                        response = self.build_list(request, *args, **kwargs)
                    if response.status_code == 200:
                        keep_by_reads(identity, read, response.data)
                    return response
        return Response(data)

    def build_list(self, request, *args, **kwargs):
        """The list's response built, not taken from the cache (DRF's `list`)."""
        return super().list(request, *args, **kwargs)


class CountedPaginator(Paginator):
    """A Paginator whose total of a whole table (a list with no filter) is the count its writes keep
    (registry.common.row_counts), not a count of the table's rows: 7-10 ms of PostgreSQL for the
    100,000 institutions at full size, on every build after an institution's write.

    A filtered list ordered by a value computed per row finds its page's ids first, with the count of
    all it matched beside them (`page_ids_and_total`), then reads its rows by id: two queries, as the
    count and the page were.
    """

    @cached_property
    def count(self):
        rows = self.object_list
        total = unfiltered_count(rows) if isinstance(rows, QuerySet) else None
        return super().count if total is None else total

    @staticmethod
    def validate_number_as_given(number):
        """The page number as Django's `validate_number` reads it, before comparing it with the count."""
        try:
            if isinstance(number, float) and not number.is_integer():
                raise ValueError
            return int(number)
        except (TypeError, ValueError) as error:
            raise PageNotAnInteger("That page number is not an integer") from error

    def get_page(self, number):
        found = page_ids_and_total(self, number)
        if found is None:
            return super().get_page(number)
        number, ids, total = found
        self.count = total  # what `count` would have read: the number of rows the list matched
        rows = self.object_list
        return self._get_page(rows.filter(pk__in=ids) if ids else rows.none(), number, self)


#: The last term of an order that leaves no two rows tied (`page_ids_and_total`).
BY_ID = {"pk", "-pk"}


def page_ids_and_total(paginator, number):
    """(page number, ids of its rows, the list's total) of `paginator`'s `get_page(number)` from one
    query, or None where that query is not the way (the page's rows are then read as Django reads them).

    cProfile and EXPLAIN ANALYZE of the agreements expiring in 90 days after a write to every table
    (full size, PostgreSQL): its page query sorted all 1,826 matches with every column, the lifecycle
    and the agreement each renews joined (13 ms), and a count read them again (1.4 ms). Sorting their
    ids and ends alone, the total counted beside them as a window (`COUNT(*) OVER ()`), takes 2.8 ms;
    the page's 25 rows, their joins and annotations, are then read by id (0.5 ms).

    Only for a list ordered first by a value computed per row (an annotation: no index gives that
    order, so the database sorts every match whatever it does): a list ordered by a column reads its
    page from the column's index and stops after 25 rows, and its count may read an index alone (the
    delegations of a year: count and page 0.8-1.4 ms, with a window 13-15 ms). Nor for a whole table
    (its total is kept: `unfiltered_count`), an order that may tie (the rows read by id would be in
    another order), grouped, distinct or combined queries, orphans, or a page number below 1 or past
    the last page (Django's way gives the last page).
    """
    rows = paginator.object_list
    if not isinstance(rows, QuerySet) or paginator.orphans:
        return None
    query = rows.query
    order = list(query.order_by)
    pk_name = rows.model._meta.pk.name
    if (
        not order
        or not all(isinstance(term, str) for term in order)
        or order[0].lstrip("-") not in query.annotations
        or order[-1] not in BY_ID | {pk_name, f"-{pk_name}"}
        or query.distinct
        or query.combinator
        or query.is_sliced
        or query.group_by is not None
        or selects_every_row(rows)
    ):
        return None
    try:
        number = paginator.validate_number_as_given(number)
    except PageNotAnInteger:
        number = 1  # as Django's get_page: no number, or not a whole one, is the first page
    if number < 1:
        return None
    bottom = (number - 1) * paginator.per_page
    found = list(
        rows.annotate(page_total=Window(Count("*"))).values_list("pk", "page_total")[
            bottom : bottom + paginator.per_page
        ]
    )
    if found:
        return number, [pk for pk, _total in found], found[0][1]
    if number == 1 and paginator.allow_empty_first_page:
        return 1, [], 0  # nothing matched
    return None  # past the last page: Django's way gives the last one


class KeptCountPaginator(CountedPaginator):
    """A Paginator whose total is kept in the cache under its query and what the count read.

    After an edit a list page is built anew, but its total ("100,000 institutions": the unfiltered
    list counts every row of the table's index, 10 ms of PostgreSQL at full size) stays what it
    was unless a table the count reads was written: an agreement's save changes the institution
    list's rows (their activity) but not how many institutions there are. The key is the list's
    query (its SQL and parameters, without its order and columns: the same rows, so the same
    count) and the day; the count is kept under the versions of the tables it read. A whole table's
    total, after a write to it, is read from the count its writes keep (CountedPaginator).
    """

    #: Its count is kept, so its page is read as Django reads it, not with a count beside its ids.
    get_page = Paginator.get_page

    @cached_property
    def count(self):
        rows = self.object_list
        query = getattr(rows, "query", None)
        if not isinstance(rows, QuerySet) or query.distinct or query.combinator or query.is_sliced:
            return super().count  # values("pk") would count other rows (or could not be made)
        try:
            sql, params = rows.order_by().values("pk").query.sql_with_params()
        except EmptyResultSet:  # a queryset.none() (a filter form with errors): no query to keep
            return super().count
        described = repr((rows.db, sql, params))
        identity = ":".join(
            ("count", datetime.date.today().isoformat(), hashlib.sha256(described.encode()).hexdigest())
        )
        return kept(identity, lambda: super(KeptCountPaginator, self).count)
