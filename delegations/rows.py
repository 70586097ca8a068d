"""The rows of the delegation list, written in Python: the template's HTML, byte for byte.

As agreements/rows.py (which says why): rendering 25 rows through the template engine was most of
the list's CPU.
"""

from django.utils.html import conditional_escape as escape
from django.utils.safestring import mark_safe

from agreements.rows import not_reviewed_mark

HOME = "Home institution"


def _side(institution):
    if institution is None:
        return HOME
    return f'<a href="{escape(institution.get_absolute_url())}">{escape(institution.name)}</a>'


def delegation_row(delegation):
    """A row of the delegation list (`visitor`, `host` and `leader` fetched)."""
    direction = delegation.direction
    title = (
        f' <span class="subtle">{escape(delegation.leader_title)}</span>' if delegation.leader_title else ""
    )
    return mark_safe(
        "\n    <tr>\n"
        f'      <th scope="row" class="nowrap"><a href="{escape(delegation.get_absolute_url())}">'
        f"{escape(delegation.start or 'Undated')}</a></th>\n"
        f'      <td><span class="badge badge--{escape(direction)}">{escape(direction.label)}</span>'
        f"{not_reviewed_mark(delegation)}</td>\n"
        f"      <td>{_side(delegation.visitor)}</td>\n"
        f"      <td>{_side(delegation.host)}</td>\n"
        f"      <td>{escape(delegation.leader or '—')}"
        f"{title}</td>\n"
        f'      <td><span class="badge badge--{escape(delegation.mode)}">'
        f"{escape(delegation.get_mode_display())}</span></td>\n"
        "    </tr>\n    "
    )
