"""`{% history_actor record %}`: who made a change-history entry, a person or the article parser.

The loader and `loaddata` have no user; they say what they did in the entry's change reason
("loaded from FILE by the article parser", "loaded from fixture FILE"), and this names them from it.
"""

import re

from django import template

register = template.Library()

#: Change reasons of entries made without a user -> how the "Changed by" column names the actor.
ACTORS = [
    (re.compile(r"^loaded from (?P<file>.+) by the article parser$"), "article parser ({file})"),
    (
        re.compile(r"^deleted: (?P<file>.+) changed and was loaded again by the article parser$"),
        "article parser ({file})",
    ),
    (re.compile(r"^loaded from fixture (?P<file>.+)$"), "fixture ({file})"),
    (re.compile(r"^as found when the change history began$"), "unknown (made before the change history)"),
]


@register.simple_tag
def history_actor(record):
    """The entry's actor when it has no user: the parser or a fixture named by its reason, else "unknown"."""
    reason = record.history_change_reason or ""
    for pattern, actor in ACTORS:
        if match := pattern.match(reason):
            return actor.format(**match.groupdict())
    return "unknown (no user recorded)"
