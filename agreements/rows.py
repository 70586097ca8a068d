"""The rows of the institution and agreement lists, written in Python: the templates' HTML, byte for byte.

Profiled at full size (cProfile on CPU time, README "Figures"), rendering a list's 25 rows through
the template engine was about half of the page's CPU: each `{{ }}` walks a lookup chain and each
`{% include %}` pushes a context, a few hundred times a page. These functions write the same HTML
from the objects the view has fetched, as `registry.common.forms.FormRenderer` does for selects. The
list templates print the strings in place of their row markup; tests pin the HTML.

Each row string starts and ends with the whitespace the template's `{% for %}` body had, so a
page is the same whether a row came from here or from a template.
"""

import contextlib
import functools
import threading
from html import escape as html_escape

from django.urls import get_script_prefix
from django.utils.dates import MONTHS_3
from django.utils.encoding import force_str
from django.utils.hashable import make_hashable
from django.utils.safestring import mark_safe

from agreements.models import Lifecycle


def escape(value):
    """`django.utils.html.conditional_escape(value)`, the same text, without its lazy-string wrapper.

    Django's escape() checks every argument for a lazy translation on each call; a list page escapes
    some 600 values, and that check was a twelfth of the expiring agreements' CPU (cProfile). The text
    is Django's: `html.escape(str(value))`, or the value's own `__html__()` when it is already safe.
    A plain string (most values) goes straight to `html.escape`, a short one through a table of
    those already escaped: an institution page's 50 cards escape about 1,000 values, most of them the
    same few badge names, labels and partners (a tenth of its CPU after a write, cProfile).
    """
    if type(value) is str:
        if len(value) <= SHORT:
            escaped = ESCAPED.get(value)
            if escaped is None:
                if len(ESCAPED) >= MAX_ESCAPED:
                    ESCAPED.clear()
                escaped = ESCAPED[value] = html_escape(value)
            return escaped
        return html_escape(value)
    if hasattr(value, "__html__"):
        return value.__html__()
    return html_escape(str(value))


#: `escape` keeps the escaped text of strings up to this long, at most this many (then starts again).
SHORT = 200
MAX_ESCAPED = 20_000
ESCAPED = {}


@functools.lru_cache(maxsize=64)
def _labels(model, name):
    return dict(make_hashable(model._meta.get_field(name).flatchoices))


def display(record, name):
    """`record.get_<name>_display()`: the label of the field's value (the value itself if it has none).

    Django's builds the field's dictionary of labels on each call; an institution page's cards ask
    for about 80 labels (cProfile). The labels, as Django's, are given in the language in use.
    """
    value = getattr(record, name)
    return force_str(_labels(type(record), name).get(make_hashable(value), value), strings_only=True)


def day_month_year(day):
    """`{{ day|date:"j M Y" }}` ("2 Jan 2030"): Django's own parts, without its date formatter.

    The formatter (`date` filter) builds a formatter object per call and looks up the time zone and
    format strings; writing a list's 25 validity dates with it was a twentieth of the expiring
    agreements' CPU (cProfile). The month is Django's translated abbreviation, as the filter's.
    """
    return f"{day.day} {MONTHS_3[day.month].title()} {day.year:04d}"


#: Stands for a record's primary key in the address kept per model (`address`).
STAND_IN_PK = 987654321


@functools.lru_cache(maxsize=32)
def _address_with_stand_in(model, script_prefix):
    return model(pk=STAND_IN_PK).get_absolute_url()


def address(record):
    """`record.get_absolute_url()`, with one reverse() per model (and script prefix), not one per link.

    A list page links 25-75 records and an institution's timeline about 100; reverse() was the
    largest single cost of writing them. The models' addresses depend on the primary key only.
    The script prefix is read once per `addresses_written` block.
    """
    prefix = getattr(_written, "prefix", None) or get_script_prefix()
    return _address_with_stand_in(type(record), prefix).replace(str(STAND_IN_PK), str(record.pk))


_written = threading.local()


@contextlib.contextmanager
def addresses_written():
    """A block in which `address` reads the request's script prefix once, not once per link.

    Django keeps the prefix in an asgiref Local, 3-5 us a read: an institution page built anew
    read it about 150 times (cProfile: 765 reads in five requests), half a millisecond or more of
    its CPU. The prefix is set by the handler before the view runs and stays the same through it;
    the block is entered and left in one thread with nothing awaited between (a plain thread-local).
    """
    previous = getattr(_written, "prefix", None)
    _written.prefix = get_script_prefix()
    try:
        yield
    finally:
        _written.prefix = previous


NOT_REVIEWED = (
    ' <span class="badge badge--unreviewed" title="As the parser read it: no person has checked it yet">'
    "not reviewed</span>"
)


def not_reviewed_mark(record):
    """includes/not_reviewed_mark.html: the badge when no person has checked the record (and its newline)."""
    return f"{'' if record.reviewed_at else NOT_REVIEWED}\n"


def institution_row(institution):
    """A row of the institution list (`with_activity` annotations, `acronyms` and `parent` fetched)."""
    acronyms = "".join(f'<span class="acronym">{escape(name.value)}</span>' for name in institution.acronyms)
    parent = (
        f'<span class="subtle">part of {escape(institution.parent.name)}</span>' if institution.parent else ""
    )
    home = ' <span class="badge badge--home">Home</span>' if institution.is_home else ""
    city = f' <span class="subtle">{escape(institution.city)}</span>' if institution.city else ""
    in_force = (
        ' <span class="badge badge--signed" title="An agreement is in force">in force</span>'
        if institution.has_active_agreement
        else ""
    )
    latest = f"{institution.latest_activity.year:04d}" if institution.latest_activity else "—"
    return mark_safe(
        "\n    <tr>\n"
        '      <th scope="row">\n'
        f'        <a href="{escape(address(institution))}">{escape(institution.name)}</a>\n'
        f"        {acronyms}\n"
        f"        {parent}\n"
        "      </th>\n"
        f'      <td><span class="badge badge--{escape(institution.kind)}">'
        f"{escape(display(institution, 'kind'))}</span>{home}{not_reviewed_mark(institution)}</td>\n"
        f"      <td>{escape(institution.country or '—')}{city}</td>\n"
        f'      <td class="num">{institution.agreement_count}{in_force}</td>\n'
        f'      <td class="num">{institution.delegation_count}</td>\n'
        f'      <td class="num">{institution.meeting_count}</td>\n'
        f"      <td>{escape(latest)}</td>\n"
        "    </tr>\n    "
    )


def lifecycle_badge(agreement, status=""):
    """The HTML of `{% lifecycle_badge agreement status=... %}` (registry/templatetags/lifecycle.py)."""
    stage = Lifecycle(getattr(agreement, "lifecycle", None) or agreement.lifecycle_on())
    html = (
        f'<span class="badge badge--{escape(stage.value)}" title="Lifecycle stage today">'
        f"{escape(stage.label)}</span>"
    )
    if status and agreement.status != stage.value:
        if status == "badge":
            html += (
                f' <span class="badge badge--{escape(agreement.status)}" title="Recorded status">'
                f"{escape(display(agreement, 'status'))}</span>"
            )
        elif status == "text":
            html += f'<span class="subtle">{escape(display(agreement, "status"))}</span>'
    return f"{html}\n"


def renewal_terms(agreement):
    """includes/renewal_terms.html: "renews automatically every 2 years" (and its newline)."""
    terms = ""
    if agreement.auto_renews:
        terms = "renews automatically"
        years = agreement.renewal_period_years
        if years:
            terms += f" every {years} year{'' if years == 1 else 's'}"
    return f"{terms}\n"


def _validity(agreement):
    if agreement.is_open_ended:
        until = "Open-ended"
    elif agreement.valid_until:
        until = escape(day_month_year(agreement.valid_until))
    elif agreement.assumed_end:
        until = f'{escape(day_month_year(agreement.assumed_end))} <span class="subtle">assumed</span>'
    else:
        until = "—"
    if agreement.auto_renews:
        until += f' <span class="subtle">{renewal_terms(agreement)}</span>'
    return until


def agreement_row(agreement):
    """A row of the agreement list (`with_lifecycle`, `renews` and the `listed_parties` fetched)."""
    renewal = ' <span class="badge badge--renewed">renewal</span>' if agreement.renews else ""
    parties = ", ".join(
        f'<a href="{escape(address(party))}">{escape(party.name)}</a>' for party in agreement.listed_parties
    )
    return mark_safe(
        "\n    <tr>\n"
        '      <th scope="row">\n'
        f'        <a href="{escape(address(agreement))}">{escape(str(agreement))}</a>\n'
        f'        <span class="badge badge--kind">{escape(display(agreement, "kind"))}</span>'
        f"{renewal}{not_reviewed_mark(agreement)}\n"
        "      </th>\n"
        f"      <td>{parties}</td>\n"
        f"      <td>{lifecycle_badge(agreement, status='text')}</td>\n"
        f'      <td class="nowrap">{escape(agreement.signed or "—")}</td>\n'
        f'      <td class="nowrap">{_validity(agreement)}</td>\n'
        "    </tr>\n    "
    )


# Timeline cards -----------------------------------------------------------------------------------
# An institution's page shows 50 of them; through the templates (an include per card and per
# citation list) they were two fifths of the page's CPU. Each function writes what its former
# template, includes/timeline/<kind>.html, wrote; tests/agreements/test_rows.py keeps those templates.


def _source_html(source):
    label = escape(str(source))
    if source.url:
        return f'<a href="{escape(source.url)}" rel="noopener">{label}</a>'
    return label


def citations_html(citations):
    """includes/citations.html: each citation's evidence and source, or "No source recorded."."""
    parts = []
    for citation in citations:
        source = citation.source
        quote = f"<blockquote>{escape(citation.evidence)}</blockquote>" if citation.evidence else ""
        published = f"· {escape(source.published)}" if source.published else ""
        parts.append(
            '\n  <figure class="evidence">\n'
            f"    {quote}\n"
            "    <figcaption>Source:\n"
            f"      {_source_html(source)}\n"
            f"      {published}\n"
            f'      <span class="muted">({escape(source.file_name)})</span>\n'
            "    </figcaption>\n"
            "  </figure>\n"
        )
    if not parts:
        parts.append('\n  <p class="muted">No source recorded.</p>\n')
    return "".join(parts) + "\n"


def linked(records, separator=", "):
    """`<a href="url">name</a>` of each record, joined: the templates' comma-separated links."""
    return separator.join(
        f'<a href="{escape(address(record))}">{escape(record.name)}</a>' for record in records
    )


def agreement_card(record, compact=False):
    """An agreement on a timeline (`AgreementQuerySet.for_timeline`'s lists fetched)."""
    valid = f"; valid until {escape(day_month_year(record.valid_until))}" if record.valid_until else ""
    renews_terms = f"; {renewal_terms(record)}" if record.auto_renews else ""
    renews = (
        '<p class="timeline__meta timeline__renewal">Renews '
        f'<a href="{escape(address(record.renews))}">{escape(str(record.renews))}</a></p>'
        if record.renews
        else ""
    )
    renewals = record.card_renewals
    renewed_by = (
        '<p class="timeline__meta timeline__renewal">Renewed by '
        + ", ".join(f'<a href="{escape(address(r))}">{escape(str(r))}</a>' for r in renewals)
        + "</p>"
        if renewals
        else ""
    )
    signatories = record.card_signatories
    signed_by = (
        f'<p class="timeline__meta">Signed by {"; ".join(escape(str(s)) for s in signatories)}</p>'
        if signatories
        else ""
    )
    return mark_safe(
        '<p class="timeline__kind"><span class="badge badge--agreement">Agreement</span> '
        f"{lifecycle_badge(record, status='badge')}{not_reviewed_mark(record)}</p>\n"
        f'<h3 class="timeline__title"><a href="{escape(address(record))}">'
        f"{escape(str(record))}</a></h3>\n"
        f'<p class="timeline__meta">{escape(display(record, "kind"))} between\n'
        f"  {linked(record.card_parties)}{valid}{renews_terms}</p>\n"
        f"{renews}\n{renewed_by}\n{signed_by}\n"
        f"{'' if compact else citations_html(record.card_citations)}\n"
    )


def timeline_html(entries):
    """includes/timeline.html (not compact): the timeline's list, each entry's date, kind and card.

    The institution page's 50 entries through the template's loop were a quarter of its CPU once
    its cards were kept (cProfile after a save elsewhere); the cards are already HTML.
    """
    items = [
        "\n"
        f'    <li class="timeline__item timeline__item--{escape(entry.kind)}">\n'
        f'      <div class="timeline__date">{escape(entry.date or "Undated")}</div>\n'
        f'      <article class="timeline__card">{escape(entry.card)}</article>\n'
        "    </li>\n  "
        for entry in entries
    ]
    if not items:
        items = ['\n    <li class="empty">Nothing recorded yet.</li>\n  ']
    return mark_safe('<ol class="timeline">\n  ' + "".join(items) + "\n</ol>\n")
