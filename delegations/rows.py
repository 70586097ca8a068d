"""The rows of the delegation list, written in Python: the template's HTML, byte for byte.

As agreements/rows.py (which says why): rendering 25 rows through the template engine was most of
the list's CPU.
"""

from django.utils.safestring import mark_safe

from agreements.rows import address, citations_html, display, escape, linked, not_reviewed_mark

HOME = "Home institution"


def _side(institution):
    if institution is None:
        return HOME
    return f'<a href="{escape(address(institution))}">{escape(institution.name)}</a>'


def delegation_row(delegation):
    """A row of the delegation list (`visitor`, `host` and `leader` fetched)."""
    direction = delegation.direction
    title = (
        f' <span class="subtle">{escape(delegation.leader_title)}</span>' if delegation.leader_title else ""
    )
    return mark_safe(
        "\n    <tr>\n"
        f'      <th scope="row" class="nowrap"><a href="{escape(address(delegation))}">'
        f"{escape(delegation.start or 'Undated')}</a></th>\n"
        f'      <td><span class="badge badge--{escape(direction)}">{escape(direction.label)}</span>'
        f"{not_reviewed_mark(delegation)}</td>\n"
        f"      <td>{_side(delegation.visitor)}</td>\n"
        f"      <td>{_side(delegation.host)}</td>\n"
        f"      <td>{escape(delegation.leader or '—')}"
        f"{title}</td>\n"
        f'      <td><span class="badge badge--{escape(delegation.mode)}">'
        f"{escape(display(delegation, 'mode'))}</span></td>\n"
        "    </tr>\n    "
    )


def delegation_card(record, compact=False):
    """A delegation on a timeline (`DelegationQuerySet.for_timeline`'s sides and lists fetched)."""
    direction = record.direction
    leader = ""
    if record.leader:
        title = f", {escape(record.leader_title)}" if record.leader_title else ""
        leader = f'<p class="timeline__meta">Led by {escape(record.leader)}{title}</p>'
    members = record.card_members
    people = (
        f'<p class="timeline__meta">People: {"; ".join(escape(str(member)) for member in members)}</p>'
        if members
        else ""
    )
    purpose = f"<p>{escape(record.purpose)}</p>" if record.purpose else ""
    visitor = escape(record.visitor.name if record.visitor else "") or HOME
    host = escape(record.host.name if record.host else "") or HOME
    return mark_safe(
        '<p class="timeline__kind"><span class="badge badge--delegation">Delegation</span> '
        f'<span class="badge badge--{escape(direction)}">{escape(direction.label)}</span> '
        f'<span class="badge badge--{escape(record.mode)}">{escape(display(record, "mode"))}</span>'
        f"{not_reviewed_mark(record)}</p>\n"
        f'<h3 class="timeline__title"><a href="{escape(address(record))}">'
        f"{visitor} → {host}</a></h3>\n"
        f"{leader}\n{people}\n{purpose}\n"
        f"{'' if compact else citations_html(record.card_citations)}\n"
    )


def meeting_card(record, compact=False):
    """A meeting on a timeline (`MeetingQuerySet.for_timeline`'s lists fetched)."""
    location = f" in {escape(record.location)}" if record.location else ""
    summary = f"<p>{escape(record.summary)}</p>" if record.summary else ""
    kind = escape(display(record, "kind"))
    return mark_safe(
        '<p class="timeline__kind"><span class="badge badge--meeting">Meeting</span> '
        f'<span class="badge badge--{escape(record.kind)}">{kind}</span> '
        f'<span class="badge badge--{escape(record.mode)}">{escape(display(record, "mode"))}</span>'
        f"{not_reviewed_mark(record)}</p>\n"
        f'<h3 class="timeline__title"><a href="{escape(address(record))}">'
        f"{kind}{location}</a></h3>\n"
        f'<p class="timeline__meta">With {linked(record.card_institutions)}</p>\n'
        f"{summary}\n"
        f"{'' if compact else citations_html(record.card_citations)}\n"
    )
