"""Staff pages for institutions and agreements, and the list and timeline pieces the other pages share."""

import datetime
import functools
import hashlib
from collections import Counter
from dataclasses import dataclass

from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.db.models.expressions import RawSQL
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.choices import CallableChoiceIterator
from django.utils.http import content_disposition_header
from django.utils.module_loading import import_string
from django.utils.safestring import mark_safe
from django.views import View
from django.views.generic import DetailView, FormView, ListView
from django.views.generic.detail import SingleObjectMixin
from django_filters.views import FilterView

from agreements.filters import AgreementFilter, ContactFilter, InstitutionFilter, country_name
from agreements.forms import AgreementDocumentForm
from agreements.models import (
    Agreement,
    AgreementCitation,
    AgreementDocument,
    AgreementKind,
    AgreementStatus,
    Contact,
    Coordinator,
    ExchangePlaces,
    Institution,
    InstitutionName,
    Lifecycle,
    NameKind,
    Party,
    Person,
    Signatory,
    StateChange,
    in_preparation,
    workflow_choices,
)
from agreements.models.sources import citations_prefetch
from agreements.rows import addresses_written, agreement_row, institution_row, timeline_html
from registry.common.compiled import PLACEHOLDER, BoundQuery, BoundUnion, NotBindable
from registry.common.data_versions import CACHED_SECONDS, reads_recorded, version_of_table
from registry.common.exports import Column, ExportMixin, joined, reviewed_on, rows_of, split_sorted
from registry.common.fragments import CachedFragmentsMixin, CountedPaginator, KeptCountPaginator, kept
from registry.common.partial_dates import PartialDate
from registry.common.prefetched_rows import NotWritable, lists_inline, record_with, records_with_prefetches
from registry.common.row_versions import (
    keep_rows,
    keeps_row_versions,
    kept_per_row,
    kept_rows,
    page_row_versions,
    with_row_versions,
)

#: A list's filter panel (RegistryListView.filter_panel).
FILTER_PANEL_TEMPLATE = "includes/filter_panel.html"


class RegistryListView(LoginRequiredMixin, CachedFragmentsMixin, ExportMixin, FilterView):
    """A filtered, paginated, exportable list. An invalid filter shows its errors and no rows.

    Its page is kept in the cache until a record changes (registry.common.fragments).
    """

    paginate_by = 25
    strict = True
    #: A list with no filter counts its table from the count its writes keep (registry.common.row_counts).
    paginator_class = CountedPaginator
    #: Writes a row of the list's table (agreements/rows.py): the template prints `rows`, not its own markup.
    row_html = None
    #: With `row_html`: the rows of other tables than the list's own that a row shows (registry.common.
    #: row_versions.Shown). On PostgreSQL each row is then kept under the versions of those rows and its
    #: own (`list_rows`); None, or SQLite: every row is written whenever the page is built.
    rows_shown = None

    def get(self, request, *args, **kwargs):
        """A submitted filter form sends every field: drop the empty ones (short addresses to bookmark)."""
        query = request.GET.copy()
        for key, values in request.GET.lists():
            query.setlist(key, [value for value in values if value])
            if not query.getlist(key):
                del query[key]
        if query != request.GET:
            return redirect(f"{request.path}?{query.urlencode()}" if query else request.path)
        return super().get(request, *args, **kwargs)

    def paginate_queryset(self, queryset, page_size):
        """A page number that is not a number gives the first page, one past the end the last."""
        paginator = self.get_paginator(queryset, page_size, allow_empty_first_page=True)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_filterset(self, filterset_class):
        """The filter form, validated here, with the data its building and checking read recorded (the
        countries it offers, the institution a number names): what its panel shows is kept under it."""
        with reads_recorded() as read:
            filterset = super().get_filterset(filterset_class)
            filterset.is_valid()  # checked once: the view asks again, the form keeps its errors
        self.filter_form_read = read
        return filterset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.row_html is not None:
            with addresses_written():  # the script prefix read once for the page's links
                context["rows"] = self.list_rows(context["object_list"])
        context["filter_panel"] = self.filter_panel(context["filter"])
        return context

    def list_rows(self, page_rows):
        """The HTML of the rows of `page_rows` (the list's queryset sliced to the page), in its order.

        After a save, a page showing the table saved is built anew, though the save changed one row,
        most often on no page of the list: cProfile of the agreements expiring in 90 days built after
        an agreement's save gave a quarter of its CPU to fetching its 25 rows (compiling the rows'
        query, their models, their parties' prefetch) and a sixth to writing them. With `rows_shown`,
        the page reads its ids with their row versions (registry.common.row_versions: one query) and
        fetches and writes only the rows not kept under those versions, from the list's unfiltered
        queryset (a row shows the same whatever the filter found it).
        """
        shown = self.rows_shown
        if shown is None or not keeps_row_versions(page_rows.db):  # SQLite: written on every build
            return [self.row_html(record) for record in page_rows]
        model = page_rows.model
        view = f"{type(self).__module__}.{type(self).__qualname__}"
        address = hashlib.sha256(self.request.get_full_path().encode()).hexdigest()
        kept_for = f"list-rows:{view}:{datetime.date.today().isoformat()}:{address}"
        kept = kept_rows(model, kept_for)
        if not kept:
            # Nothing kept for this page (its first build, or after a write to every table): the rows
            # with their versions in the query fetching them, as many queries as writing every row.
            with reads_recorded() as read:
                built = [
                    (record.pk, record.row_version, self.row_html(record))
                    for record in with_row_versions(page_rows, shown, prefetches=True)
                ]
            keep_rows(
                model, kept_for, kept, {pk: (version, html) for pk, version, html in built}, read, shown
            )
            return [html for _pk, _version, html in built]
        versions = page_row_versions(page_rows, shown)

        def build(missing):
            return {record.pk: self.row_html(record) for record in self.get_queryset().filter(pk__in=missing)}

        rows = kept_per_row(model, dict(versions), shown, kept_for, build, kept)
        return [rows[pk] for pk, _version in versions if pk in rows]  # a row deleted meanwhile: gone

    def filter_panel(self, filterset):
        """The filter panel's HTML, kept apart from the rows (registry.common.fragments.kept).

        After a write the list's rows are built anew, but its filter form shows what the address asks
        for and the little data it read (the countries offered): rendering it was 15% of the
        institution list rebuilt after an agreement's save (1.7 of 11 ms of CPU). It is kept under
        the view, the day and the address, and the versions of what the form read when it was built
        and checked (`get_filterset`) and rendered.
        """
        request = self.request
        address = hashlib.sha256(request.get_full_path().encode()).hexdigest()
        view = f"{type(self).__module__}.{type(self).__qualname__}"
        identity = f"filter-panel:{view}:{datetime.date.today().isoformat()}:{address}"
        # The request alone, not its context processors: the panel shows nothing of the account or
        # the home institution, and reading them would key it by their versions too.
        context = {"filter": filterset, "request": request}
        html = kept(identity, lambda: panel_by_what_it_shows(identity, context), self.filter_form_read)
        return mark_safe(html)


def panel_by_what_it_shows(identity, context):
    """The filter panel's HTML for `identity` (view, day, address), kept in the cache under what its form
    shows from the data: each field's choices, the institution a number names, the errors.

    After a write to a table the form read (an institution's save, for the countries offered) the panel
    kept under the tables' versions is found no more, though it most often shows the same: cProfile of
    the lists built after a write to every table gave 13-18% of their time to rendering it again. The
    form is built and checked anyway (its choices are read here, once, for the key and the rendering);
    only when what it shows changed is it rendered.
    """
    form = context["filter"].form
    shown = [form.errors.get_json_data()]
    for name, field in form.fields.items():
        choices = read_once(field)
        shown.append((name, described_choices(choices), str(getattr(field.widget, "named", ""))))
    digest = hashlib.sha256(repr(shown).encode()).hexdigest()
    key = f"{identity}:shows:{digest}"
    html = cache.get(key)
    if html is None:
        html = render_to_string(FILTER_PANEL_TEMPLATE, context)
        cache.set(key, html, CACHED_SECONDS)
    return html


def read_once(field):
    """The field's choices as a list; those a callable gives (the countries offered: a query) are read
    here once, for the key and the rendering alike, not on each iteration."""
    choices = getattr(field, "choices", None)
    if choices is None:
        return []
    inner = getattr(choices, "choices", None)  # django-filter's iterator (adding the empty choice) wraps them
    if callable(inner) or isinstance(inner, CallableChoiceIterator):
        choices.choices = list(inner() if callable(inner) else inner)
        field.widget.choices = choices  # as the field's setter does: the widget's copy would read them again
    elif isinstance(choices, CallableChoiceIterator):
        field.choices = list(choices)
    return list(field.choices)


def described_choices(choices):
    """(value, label) pairs as text, groups nested: what a select shows, for a cache key."""
    return tuple(
        (str(value), described_choices(label) if isinstance(label, list | tuple) else str(label))
        for value, label in choices
    )


class AdminEditLinkMixin:
    """Puts `edit_url`, the object's admin change page, in the context of staff who may change it."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        options = self.object._meta
        user = self.request.user
        if user.is_staff and user.has_perm(
            f"{options.app_label}.change_{options.model_name}"
        ):  # the admin admits staff only
            context["edit_url"] = reverse(
                f"admin:{options.app_label}_{options.model_name}_change", args=[self.object.pk]
            )
            context["mark_reviewed_url"] = reverse(
                "mark-reviewed", args=[options.app_label, options.model_name, self.object.pk]
            )
        return context


@dataclass(frozen=True)
class TimelineEntry:
    """An agreement, delegation or meeting placed on a timeline by its (partial) date."""

    date: PartialDate | None
    record: object

    @property
    def kind(self):
        return self.record._meta.model_name

    @property
    def card(self):
        """The entry's card as HTML, written in Python by the function its model names (`timeline_card`)."""
        return import_string(self.record.timeline_card)(self.record)

    @property
    def compact_card(self):
        """The card without its citations (the home page's latest records)."""
        return import_string(self.record.timeline_card)(self.record, compact=True)


def timeline_models():
    """The models whose records an institution's timeline shows: those naming their `timeline_date`.

    Each also has `QuerySet.involving(institution)` and `QuerySet.for_timeline(evidence)`. Delegations
    and meetings are found in the app registry: this app does not import the delegations app.
    """
    return [model for model in apps.get_models() if getattr(model, "timeline_date", None)]


def timeline(*querysets, newest_first=False):
    """The records of `querysets` as one list of `TimelineEntry` in date order; undated records last."""
    entries = [
        TimelineEntry(getattr(record, record.timeline_date), record)
        for queryset in querysets
        for record in queryset
    ]
    dated = sorted(
        (e for e in entries if e.date), key=lambda e: (e.date.first_day, e.kind), reverse=newest_first
    )
    return dated + [e for e in entries if not e.date]


#: The institution page shows this many timeline entries, the newest; each older page is a link away.
TIMELINE_PAGE_SIZE = 50


def timeline_keys(querysets):
    """((first day, precision) or None, model name, pk) of every record of `querysets`, in timeline
    order (oldest first, undated last): only the date and id of each record are read.

    The dates stay the two columns (`key_date` makes the PartialDate of a key shown): making a
    PartialDate of each of 500 records, to show 50, was a fifth of the history's CPU.
    """
    return tallied_timeline_keys(querysets, {})[0]


def timeline_key_columns(queryset, tallied_by):
    """`queryset` as the values its timeline keys read: id, date, its precision, and the annotation
    `tallied_by` names for its kind (if any)."""
    model = queryset.model
    date_column = getattr(model, model.timeline_date).field
    tally = tallied_by.get(model._meta.model_name)
    return queryset.values_list("pk", date_column, f"{date_column}_precision", *([tally] if tally else []))


def tallied_timeline_keys(querysets, tallied_by):
    """(`timeline_keys` of `querysets`, {model name: Counter of the values of its annotation named in
    `tallied_by`}): the records of a kind whose queryset is annotated (an agreement's lifecycle, a
    delegation's direction) counted by it as their keys are read, in the same query."""
    rows = [
        (queryset.model._meta.model_name, timeline_key_columns(queryset, tallied_by))
        for queryset in querysets
    ]
    return keys_tallied(rows, tallied_by)


def keys_tallied(rows_by_kind, tallied_by):
    """`tallied_timeline_keys` from each kind's rows of `timeline_key_columns`: [(model name, rows)]."""
    keys, tallies = [], {}
    for kind, rows in rows_by_kind:
        rows = list(rows)
        keys += [((row[1], row[2]) if row[1] else None, kind, row[0]) for row in rows]
        if tallied_by.get(kind):
            tallies[kind] = Counter(row[3] for row in rows)
    dated = sorted((key for key in keys if key[0]), key=lambda key: (key[0][0], key[1]))
    return dated + [key for key in keys if not key[0]], tallies


def key_date(date):
    """The PartialDate of a `timeline_keys` date (None: undated)."""
    return PartialDate.from_parts(*date) if date else None


def latest_day(keys):
    """The first day of the newest dated record of `timeline_keys` (None: nothing dated), as
    `Institution.objects.with_activity()` gives `latest_activity`."""
    return max((date[0] for date, _kind, _pk in keys if date), default=None)


@dataclass(frozen=True)
class KeptCard:
    """A timeline entry whose card was kept in the cache (`kept_cards`): what the timeline shows of it."""

    date: PartialDate | None
    kind: str
    card: str


@functools.lru_cache(maxsize=16)
def timeline_records(model, using):
    """`model.objects.using(using).for_timeline()`, built once per process: what a card of `model`
    shows, read for the records whose ids a timeline's keys give (`kept_cards`).

    Building the three kinds' querysets (their prefetches, columns and joins) was about 0.5 ms of an
    institution page's CPU every time its cards were built anew, for a statement written once per
    process (registry.common.prefetched_rows). The queryset is never evaluated: it is read for its
    shape, or filtered (a clone) by the ids wanted; so it has no filter of its own to share.
    """
    return model.objects.using(using).for_timeline()


def kept_cards(queryset, wanted, kept_for):
    """{pk: card HTML} of the records of `queryset`'s model whose ids are `wanted`, kept in the cache.
    Its filters are not applied: `wanted` was read from it (`timeline_records` reads the records).

    Each card is kept under the versions of the rows it shows (its model's `card_row_versions`) and
    the day (an agreement's card says whether it is in force): after an agreement's save, an
    institution page builds anew the cards of the agreements the save changed, none if it is not on
    the page, not all of them. The cards of one kind that the pages of `kept_for` (an institution)
    showed are one entry of the cache (registry.common.row_versions.kept_per_row). Where rows keep no
    versions (SQLite), a page's cards of one kind are kept together under the versions of the
    tables they were written from (`cards_kept_per_table`).

    With no card of the kind kept for `kept_for` (the page's first build that day, or after a write
    to every table) the records come with their row versions in the query fetching them, one query
    fewer per kind (`cards_with_versions`).
    """
    model = queryset.model
    kept_for = f"timeline-cards:{kept_for}:{datetime.date.today().isoformat()}"
    shown = queryset.card_rows_shown()
    kept = kept_rows(model, kept_for) if wanted and keeps_row_versions(queryset.db) else None
    if kept == {}:
        return cards_with_versions(queryset, wanted, kept_for, shown)
    versions = queryset.card_row_versions(wanted)
    if versions is None:
        return cards_kept_per_table(queryset, wanted, kept_for)

    def build(missing):
        # The records and their cards' lists in one query (prefetch_related took one per list).
        records = records_with_prefetches(timeline_records(model, queryset.db), missing)
        return {record.pk: TimelineEntry(None, record).card for record in records}

    return kept_per_row(model, versions, shown, kept_for, build, kept)


def cards_with_versions(queryset, wanted, kept_for, shown):
    """{pk: card HTML} of `wanted`, with nothing kept for `kept_for`: the records, their cards' lists
    and their row versions read in one statement, the cards written and kept (`kept_cards`)."""
    with reads_recorded() as read:
        records = records_with_prefetches(
            timeline_records(queryset.model, queryset.db), wanted, row_versions_of=shown
        )
        built = {record.pk: (record.row_version, TimelineEntry(None, record).card) for record in records}
    keep_rows(queryset.model, kept_for, {}, built, read, shown)
    return {pk: html for pk, (_version, html) in built.items()}


def cards_kept_per_table(queryset, wanted, kept_for):
    """{pk: card HTML} of `wanted`, the cards of a page (`kept_for`) of one kind kept together in the
    cache under the versions of the tables they were written from (registry.common.fragments.kept)."""
    described = repr((queryset.model._meta.label, str(kept_for), datetime.date.today().isoformat(), wanted))
    identity = f"timeline-cards:{hashlib.sha256(described.encode()).hexdigest()}"
    return kept(
        identity,
        lambda: {
            record.pk: TimelineEntry(None, record).card
            for record in timeline_records(queryset.model, queryset.db).filter(pk__in=wanted)
        },
    )


def timeline_page(querysets, number, per_page=TIMELINE_PAGE_SIZE, keys=None, kept_for=None):
    """One page of the timeline of `querysets`, counted from the newest: (its entries, the Page).

    Page 1 holds the newest `per_page` entries, page 2 the ones before them, and so on; each page's
    entries are in the timeline's order (oldest first, undated last). Only the date and id of every
    record are read (`timeline_keys`, or the `keys` given); then the page's own records are fetched
    with what their cards show, so a page costs no more queries, and no more rows to render, however
    long the history is. With `kept_for` (what the timeline is of), the entries are KeptCards, each
    kind's kept in the cache until a table its cards read is written (`kept_cards`). With `keys`, a
    queryset's own filters are not applied: the keys name the records (a plain queryset of each kind
    will do, as the institution page gives).
    """
    ordered = timeline_keys(querysets) if keys is None else keys
    page = Paginator(ordered[::-1], per_page).get_page(number)  # newest first, to count pages from the end
    on_page = page.object_list[::-1]
    if kept_for is not None:
        cards = {}
        for queryset in querysets:
            kind = queryset.model._meta.model_name
            wanted = [pk for _date, key_kind, pk in on_page if key_kind == kind]
            cards[kind] = kept_cards(queryset, wanted, kept_for)
        return [KeptCard(key_date(date), kind, cards[kind][pk]) for date, kind, pk in on_page], page
    records = {}
    for queryset in querysets:
        kind = queryset.model._meta.model_name
        wanted = [pk for _date, key_kind, pk in on_page if key_kind == kind]
        found = queryset.filter(pk__in=wanted).for_timeline()
        records[kind] = {record.pk: record for record in found}
    return [TimelineEntry(key_date(date), records[kind][pk]) for date, kind, pk in on_page], page


def parties_prefetch(to_attr=None):
    """Each agreement's parties by name; with `to_attr`, a plain list under that name.

    A list costs less than the `parties` manager's cache: Django builds a filtered queryset per
    agreement to hold the latter (see AgreementQuerySet.for_timeline).
    """
    return Prefetch("parties", queryset=Institution.objects.order_by("name"), to_attr=to_attr)


def renewals_prefetch():
    """The agreements renewing each agreement, oldest first."""
    return Prefetch("renewed_by", queryset=Agreement.objects.order_by("signed_on", "pk"))


@functools.lru_cache(maxsize=2)
def institutions_with_activity(today):
    """`Institution.objects.with_activity(today)`, built once a day per process and cloned by each request,
    its annotations compiled once too (`compiled_annotations`).

    Building its eight subqueries was a quarter of the institution list's CPU (cProfile); a built
    queryset is reused the way a view's `queryset` attribute is: every request chains a clone.
    """
    return Institution.objects.annotate(**compiled_annotations(Institution.objects.with_activity(today)))


def compiled_annotations(queryset):
    """{name: the annotation's SQL} of `queryset`, each compiled once (`RawSQL`, with its output field).

    Compiling the activity's eight correlated subqueries on every request was a quarter of the
    institution lists' CPU built after a write (cProfile on the CPU clock, a sampling profiler
    agreeing): the same SQL each time, but for the outer table, which Django always names by the
    table itself (its first alias), whatever the list's filters join or nest.
    """
    compiler = queryset.query.get_compiler(queryset.db)
    compiled = {}
    for name, expression in queryset.query.annotations.items():
        sql, params = compiler.compile(expression)
        compiled[name] = RawSQL(sql, tuple(params), output_field=expression.output_field)
    return compiled


class InstitutionListView(RegistryListView):
    filterset_class = InstitutionFilter
    # The total kept apart from the rows: their activity columns read the agreements, delegations and
    # meetings, the total only the institutions (and names searched). On the other lists the total
    # reads what the rows read, so it would change with them and cost its key's query compiled anew.
    paginator_class = KeptCountPaginator
    extra_context = {"section": "institutions", "noun": "institution"}
    row_html = staticmethod(institution_row)
    export_filename = "institutions"
    export_columns = [
        Column("Name", lambda i: i.name),
        Column("Acronyms", lambda i: ", ".join(name.value for name in i.acronyms)),
        Column("Kind", lambda i: i.get_kind_display()),
        Column("Country", lambda i: country_name(i.country) if i.country else ""),
        Column("City", lambda i: i.city),
        Column("ROR", lambda i: i.ror),
        Column("Part of", lambda i: i.parent.name if i.parent else ""),
        Column("Agreements", lambda i: i.agreement_count),
        Column("Agreement in force", lambda i: i.has_active_agreement),
        Column("Delegations", lambda i: i.delegation_count),
        Column("Meetings", lambda i: i.meeting_count),
        Column("Latest activity", lambda i: i.latest_activity),
        Column("Reviewed on", lambda i: reviewed_on(i.reviewed_at)),
    ]

    def get_queryset(self):
        acronyms = InstitutionName.objects.filter(kind=NameKind.ACRONYM).order_by("value")
        # The acronyms in the rows' own query (PostgreSQL): a query of their own was one more per page.
        return lists_inline(
            institutions_with_activity(datetime.date.today())
            .select_related("parent")
            .prefetch_related(Prefetch("names", queryset=acronyms, to_attr="acronyms"))
            .order_by("name", "pk")
        )


@functools.lru_cache(maxsize=2)
def tallied_history(today):
    """(Agreements annotated with their lifecycle as of `today`, delegations with their direction),
    built once a day per process and cloned by each request, as `institutions_with_activity`: building
    the lifecycle's conditions was a third of an institution page's two tallies (CPU, full size).
    Delegations through the app registry: this app does not import theirs."""
    delegation = apps.get_model("delegations", "Delegation")
    return Agreement.objects.with_lifecycle(today), delegation.objects.with_direction()


def history_key_reads(history, agreements, delegations):
    """([the querysets of `history` whose keys the institution page reads, its agreements and
    delegations annotated], {model name: the annotation tallied}): `agreements` and `delegations`
    are `tallied_history`'s, narrowed to the institution."""
    annotated = {queryset.model: queryset for queryset in (agreements, delegations)}
    read = [annotated.get(queryset.model, queryset) for queryset in history]
    return read, history_tallied_by(agreements, delegations)


def history_tallied_by(agreements, delegations):
    """{model name: the annotation its keys tally}: the agreements' lifecycle, the delegations' direction."""
    agreement, delegation = (queryset.model._meta.model_name for queryset in (agreements, delegations))
    return {agreement: "lifecycle", delegation: "direction_code"}


def involving(institution):
    """(the timeline's querysets of `institution`, its agreements annotated with their lifecycle, its
    delegations with their direction): what its page reads where the statements of its history are
    not written once (SQLite's tallies and keys, a keys query not bindable: `bound_history_keys`).
    Built only there: the five querysets were about 0.7 ms of the page's CPU on every build."""
    with_lifecycle, with_direction = tallied_history(datetime.date.today())
    return (
        [model.objects.involving(institution) for model in timeline_models()],
        with_lifecycle.involving(institution),
        with_direction.involving(institution),
    )


@functools.lru_cache(maxsize=4)
def bound_history_keys(today, using):
    """The BoundUnion of the institution page's timeline keys and tallies (`InstitutionDetailView.
    tallied_history`) for any institution, its rows [(model name, rows)], compiled once a day per
    process and database; None if one is not bindable (the ORM's queries then).

    Compiling the three queries was a millisecond of the page's CPU after every write, and reading
    their 500 rows through the ORM's iterable as much again (timed without a profiler, full size):
    their SQL differs from one institution to another only by its id (registry.common.compiled).
    They are one statement: three round trips were two queries more than the page needs."""
    placeholder = Institution(pk=PLACEHOLDER)
    with_lifecycle, with_direction = tallied_history(today)
    history = [model.objects.using(using).involving(placeholder) for model in timeline_models()]
    read, tallied_by = history_key_reads(
        history,
        with_lifecycle.using(using).involving(placeholder),
        with_direction.using(using).involving(placeholder),
    )
    try:
        return BoundUnion(
            {
                queryset.model._meta.model_name: BoundQuery(timeline_key_columns(queryset, tallied_by))
                for queryset in read
            }
        )
    except NotBindable:
        return None


#: The institution page's panels of the institution's own records (InstitutionDetailView.panels).
PANELS_TEMPLATE = "agreements/includes/institution_panels.html"
#: The lists the panels show, each a plain list in the template's context.
PANEL_LISTS = ("names", "units", "people", "contacts", "citations")


def panel_lists():
    """Institutions with the lists their page's panels show (PANEL_LISTS), as `panel_<list>`."""
    return Institution.objects.prefetch_related(
        Prefetch(
            "names",
            queryset=InstitutionName.objects.select_related("source").order_by("kind", "value"),
            to_attr="panel_names",
        ),
        Prefetch("units", queryset=Institution.objects.order_by("name"), to_attr="panel_units"),
        Prefetch("people", queryset=Person.objects.order_by("name"), to_attr="panel_people"),
        Prefetch(
            "contacts",
            queryset=Contact.objects.order_by("-is_current", "role", "name"),
            to_attr="panel_contacts",
        ),
        citations_prefetch(Institution, to_attr="panel_citations"),
    )


class InstitutionDetailView(LoginRequiredMixin, CachedFragmentsMixin, AdminEditLinkMixin, DetailView):
    extra_context = {"section": "institutions"}

    def get_queryset(self):
        # No activity annotations: the page's last activity is read from its timeline's dates, which
        # it reads anyway (compiling the eight subqueries doubled the institution query's cost).
        return Institution.objects.select_related("parent", "reviewed_by")

    def get_object(self, queryset=None):
        """The institution, on PostgreSQL with the keys and tallies of its timeline (`history_rows`)
        read in the same statement, written once per process (registry.common.prefetched_rows.
        record_with; the keys' query, `bound_history_keys`); elsewhere the ORM reads the institution.

        The page built after a write read a digest of its history's row versions with the
        institution, to find its history kept, then the history's 1,000 rows again for its keys: the
        digest read the rows the keys read (about 1.5 ms of PostgreSQL each, full size). Reading the
        keys on every build costs no more than the digest did, and one statement fewer after a write."""
        queryset = self.get_queryset() if queryset is None else queryset
        pk = self.kwargs[self.pk_url_kwarg]
        bound = bound_history_keys(datetime.date.today(), queryset.db)
        try:
            if bound is None or bound.json_sql is None:
                raise NotWritable("no timeline keys' statement to read beside the institution")
            institution, history = record_with(queryset, pk, bound.json_sql, bound.params_for(pk))
        except NotWritable:
            found = records_with_prefetches(queryset, [pk])
            institution = found[0] if found else None
        else:
            if institution is not None:
                institution.history_rows = bound.rows_from_json(history)
        if institution is None:
            raise Http404(f"No {Institution._meta.verbose_name} found matching the query")  # as DetailView
        return institution

    def panels(self, institution):
        """The institution's own panels (names, units, contacts, people, sources, notes) as HTML, kept
        apart (registry.common.fragments.kept): an agreement's or a delegation's save leaves them as
        they were, and their five prefetches were a tenth of the page rebuilt after a save (cProfile)."""

        def write():
            # The five lists in one query (registry.common.prefetched_rows; prefetch_related made five).
            found = records_with_prefetches(panel_lists(), [institution.pk])
            lists = found[0] if found else None  # deleted since the page read it: empty panels
            context = {
                "institution": institution,
                **{name: getattr(lists, f"panel_{name}", []) for name in PANEL_LISTS},
            }
            return render_to_string(PANELS_TEMPLATE, context)

        # The institution's own row (its name, parent and notes) was read before, with the page.
        own_row = version_of_table(Institution)
        return kept(f"institution-panels:institution-{institution.pk}", write, also_read=[own_row])

    def history_summary(self, institution):
        """(agreements by lifecycle, delegations by direction, the timeline's keys) of `institution`:
        counted from its history's rows read with it (`get_object`, PostgreSQL), or else the tallies
        kept per table (registry.common.fragments.kept) and the keys read by the ORM."""
        rows = getattr(institution, "history_rows", None)
        if rows is not None:
            return self.tallied_history(rows)
        history, agreements, delegations = involving(institution)
        tallies_of = f"institution-{institution.pk}:{datetime.date.today().isoformat()}"
        return (
            kept(f"agreement-tally:{tallies_of}", agreements.count_by_lifecycle),
            kept(f"delegation-tally:{tallies_of}", delegations.count_by_direction),
            timeline_keys(history),
        )

    @staticmethod
    def tallied_history(rows_by_kind):
        """(agreements by lifecycle, delegations by direction, the timeline's keys) from the rows of
        `bound_history_keys` ([(model name, rows)]), the two tallies counted from the keys' rows:
        their own queries read the same records as the keys' do (two queries, 2-3 ms of PostgreSQL
        and a millisecond of CPU compiling them, for 500 records read anyway)."""
        with_lifecycle, with_direction = tallied_history(datetime.date.today())
        tallied_by = history_tallied_by(with_lifecycle, with_direction)
        agreement, delegation = tallied_by
        keys, tallies = keys_tallied(rows_by_kind, tallied_by)
        return (
            with_lifecycle.lifecycle_counts(tallies.get(agreement, {})),
            with_direction.direction_counts(tallies.get(delegation, {})),
            keys,
        )

    def get_context_data(self, **kwargs):
        institution = self.object
        agreement_counts, delegation_counts, keys = self.history_summary(institution)
        # Each kind's records as the cards read them: the keys name which (`timeline_page`).
        kinds = [timeline_records(model, model.objects.db) for model in timeline_models()]
        with addresses_written():  # the script prefix read once for the cards' links
            entries, timeline_page_obj = timeline_page(
                kinds, self.request.GET.get("page"), keys=keys, kept_for=f"institution-{institution.pk}"
            )
        return super().get_context_data(
            latest_activity=latest_day(keys),
            timeline=entries,
            timeline_html=timeline_html(entries),
            timeline_page=timeline_page_obj,
            country=country_name(institution.country) if institution.country else "",
            agreement_counts=agreement_counts,  # keyed by Lifecycle: `agreement_counts.active` in a template
            delegation_counts=delegation_counts,
            panels=self.panels(institution),
            **kwargs,
        )


class AgreementListView(RegistryListView):
    filterset_class = AgreementFilter
    extra_context = {"section": "agreements", "noun": "agreement"}
    row_html = staticmethod(agreement_row)
    rows_shown = Agreement.objects.list_rows_shown()
    export_filename = "agreements"
    # The export reads values() rows (see export_rows), so each column reads a dict.
    export_columns = [
        Column(
            "Title",
            lambda row: agreement_label(
                row["title"], row["kind"], row["signed_on"], row["signed_on_precision"]
            ),
        ),
        Column("Kind", lambda row: AgreementKind(row["kind"]).label),
        Column("Status", lambda row: AgreementStatus(row["status"]).label),
        Column("Lifecycle", lambda row: Lifecycle(row["lifecycle"]).label),
        Column("Parties", lambda row: split_sorted(row["party_names"])),
        Column("Signed", lambda row: PartialDate.from_parts(row["signed_on"], row["signed_on_precision"])),
        Column("Valid from", lambda row: row["valid_from"]),
        Column("Valid until", lambda row: row["valid_until"]),
        Column("Open-ended", lambda row: row["is_open_ended"]),
        Column("Renews automatically", lambda row: row["auto_renews"]),
        Column(
            "Renews",
            lambda row: (
                agreement_label(
                    row["renews__title"],
                    row["renews__kind"],
                    row["renews__signed_on"],
                    row["renews__signed_on_precision"],
                )
                if row["renews"]
                else ""
            ),
        ),
        Column("Reviewed on", lambda row: reviewed_on(row["reviewed_at"])),
        Column("Sources", lambda row: split_sorted(row["source_names"])),
    ]

    def get_queryset(self):
        # No citations: the rows do not show them, and the export joins its sources in the database.
        return lists_inline(  # the parties in the rows' own query (PostgreSQL), not one of their own
            Agreement.objects.select_related("renews")
            .with_lifecycle()
            # What agreement_row reads: each party's name and address (its id). The other columns of
            # 60-odd institutions a page were fetched and parsed for nothing (a tenth of the
            # expiring agreements' CPU built after a write, cProfile).
            .prefetch_related(
                Prefetch(
                    "parties",
                    queryset=Institution.objects.only("name").order_by("name"),
                    to_attr="listed_parties",
                )
            )
            .order_by("-signed_on", "title", "pk")
        )

    def export_rows(self, queryset):
        """The export from values(), parties and source files joined in the database: no model instances.

        Building an agreement, its parties, citations and sources as objects for each row was most
        of the export's time (8.9 s for 10,000 rows at full size).
        """
        rows = (
            queryset.prefetch_related(None)
            .values(
                "pk",
                "title",
                "kind",
                "status",
                "lifecycle",
                "signed_on",
                "signed_on_precision",
                "valid_from",
                "valid_until",
                "is_open_ended",
                "auto_renews",
                "reviewed_at",
                "renews",
                "renews__title",
                "renews__kind",
                "renews__signed_on",
                "renews__signed_on_precision",
            )
            .annotate(
                party_names=joined(Party.objects.all(), "institution__name", to="agreement"),
                source_names=joined(AgreementCitation.objects.all(), "source__file_name", to="agreement"),
            )
        )
        return rows_of(rows, self.get_export_columns())


def agreement_label(title, kind, signed_on, signed_on_precision):
    """str() of an agreement from its columns: its title, or its kind and date ("Other (2019)")."""
    if title:
        return title
    signed = PartialDate.from_parts(signed_on, signed_on_precision)
    return f"{AgreementKind(kind).label} ({signed or 'undated'})"


class AgreementDetailView(LoginRequiredMixin, AdminEditLinkMixin, DetailView):
    extra_context = {"section": "agreements"}

    def get_queryset(self):
        return (
            Agreement.objects.select_related("renews", "reviewed_by")
            .with_lifecycle()
            .prefetch_related(
                parties_prefetch(),
                Prefetch("signatories", queryset=Signatory.objects.select_related("person", "institution")),
                citations_prefetch(Agreement),
                renewals_prefetch(),
                "meetings",
                *office_prefetches(),
            )
        )

    def get_context_data(self, **kwargs):
        """The whole renewal chain, oldest first, when the agreement renews or is renewed by another."""
        agreement = self.object
        chain = []
        if agreement.renews_id or agreement.renewed_by.all():
            chain = Agreement.objects.in_renewal_chain_of(agreement).with_lifecycle()
        return super().get_context_data(
            renewal_chain=chain, **office_context(self.request, agreement), **kwargs
        )


def office_prefetches():
    """What the agreement page's office panels show: workflow history, coordinators, documents, places."""
    return [
        Prefetch("state_changes", queryset=StateChange.objects.select_related("changed_by")),
        coordinators_prefetch(),
        Prefetch("documents", queryset=AgreementDocument.objects.order_by("kind", "-dated_on", "pk")),
        Prefetch("exchange_places", queryset=ExchangePlaces.objects.select_related("partner")),
    ]


def office_context(request, agreement):
    """The workflow form for those who may move the agreement on, and its exchange places by year."""
    may_change = request.user.has_perm("agreements.change_agreement")
    choices = workflow_choices(AgreementStatus(agreement.status))
    places = agreement.exchange_places.all()
    return {
        "workflow_form": StateChangeForm(agreement=agreement) if may_change and choices else None,
        "document_form": AgreementDocumentForm()
        if request.user.has_perm("agreements.add_agreementdocument")
        else None,
        "places_by_year": places_by_year(places),
    }


def places_by_year(places):
    """[(academic year label, [places])], oldest year first, from already-fetched ExchangePlaces."""
    years = {}
    for place in places:
        years.setdefault(place.academic_year_label, []).append(place)
    return sorted(years.items())


# --- The office's pages: the preparation workflow, documents --------------------------------------


class InPreparationListView(LoginRequiredMixin, ListView):
    """Agreements the office is preparing (draft, negotiation, awaiting signature), longest waiting first."""

    template_name = "agreements/agreement_in_preparation.html"
    paginate_by = 25
    extra_context = {"section": "agreements"}

    def get_queryset(self):
        return in_preparation().prefetch_related(parties_prefetch(), coordinators_prefetch())


def coordinators_prefetch():
    return Prefetch("coordinators", queryset=Coordinator.objects.select_related("contact", "institution"))


class ContactListView(RegistryListView):
    """Everyone the office calls, at partners and at home: filter, page through, export."""

    filterset_class = ContactFilter
    extra_context = {"section": "institutions", "noun": "contact"}
    export_filename = "contacts"
    export_columns = [
        Column("Name", lambda c: c.name),
        Column("Role", lambda c: c.get_role_display()),
        Column("Institution", lambda c: c.institution.name),
        Column("Country", lambda c: country_name(c.institution.country) if c.institution.country else ""),
        Column("Unit", lambda c: c.unit),
        Column("E-mail", lambda c: c.email),
        Column("Phone", lambda c: c.phone),
        Column("In post", lambda c: c.is_current),
    ]

    def get_queryset(self):
        return Contact.objects.select_related("institution").order_by("-is_current", "name", "pk")


class StateChangeForm(forms.Form):
    to_status = forms.ChoiceField(label="Move to")
    comment = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    signed_on = forms.DateField(
        label="Signed on",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="When moving to signed: the day of the signature.",
    )

    def __init__(self, *args, agreement, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_status"].choices = workflow_choices(AgreementStatus(agreement.status))


class AgreementStateChangeView(PermissionRequiredMixin, SingleObjectMixin, FormView):
    """Move an agreement through the workflow (editors: the `change_agreement` permission), with a comment."""

    permission_required = "agreements.change_agreement"
    model = Agreement
    form_class = StateChangeForm
    template_name = "agreements/agreement_state_change.html"
    extra_context = {"section": "agreements"}

    def dispatch(self, request, *args, **kwargs):
        self.object = self.get_object()
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "agreement": self.object}

    def form_valid(self, form):
        try:
            StateChange.objects.move(
                self.object,
                form.cleaned_data["to_status"],
                by=self.request.user,
                comment=form.cleaned_data["comment"],
                signed_on=form.cleaned_data["signed_on"],
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        return redirect(self.object)


class DocumentUploadView(PermissionRequiredMixin, SingleObjectMixin, FormView):
    """Add a document to an agreement (the `add_agreementdocument` permission: editors)."""

    permission_required = "agreements.add_agreementdocument"
    model = Agreement
    form_class = AgreementDocumentForm
    template_name = "agreements/agreement_document_upload.html"
    extra_context = {"section": "agreements"}

    def dispatch(self, request, *args, **kwargs):
        self.object = self.get_object()
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        form.instance.agreement = self.object
        form.instance.uploaded_by = self.request.user
        form.save()
        return redirect(self.object)

    def form_invalid(self, form):
        form.keep_uploads()
        return super().form_invalid(form)


class DocumentDownloadView(PermissionRequiredMixin, View):
    """An agreement document, to users who may view agreements, always as a download.

    Never inline: a browser shown the bytes of an upload in the registry's origin could run them. The
    type sent is the one found in the content on upload (legacy files with none go as plain bytes),
    with `nosniff` and a sandboxing Content-Security-Policy in case a browser opens it anyway.
    """

    permission_required = "agreements.view_agreement"

    def get(self, request, agreement_pk, pk):
        document = get_object_or_404(AgreementDocument, pk=pk, agreement_id=agreement_pk)
        accel_prefix = settings.REGISTRY_DOCUMENTS_ACCEL_PREFIX
        if accel_prefix:
            response = HttpResponse(content_type=document.content_type or "application/octet-stream")
            response["X-Accel-Redirect"] = accel_prefix.rstrip("/") + "/" + document.file.name.lstrip("/")
        else:
            try:
                file = document.file.open("rb")
            except FileNotFoundError as missing:
                raise Http404("The file of this document is missing from the storage.") from missing
            response = FileResponse(
                file,
                as_attachment=True,
                filename=document.download_name,
                content_type=document.content_type or "application/octet-stream",
            )
        response["Content-Disposition"] = content_disposition_header(True, document.download_name)
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        response["Cache-Control"] = "private, no-store"
        return response
