"""`{% lifecycle_badge agreement %}`: an agreement's lifecycle stage, as a badge (word and colour)."""
from django import template

from agreements.models import Lifecycle

register = template.Library()


@register.inclusion_tag("includes/lifecycle_badge.html")
def lifecycle_badge(agreement):
    """The stage the view annotated (`with_lifecycle`), or else the same rule worked out in Python for today."""
    stage = getattr(agreement, "lifecycle", None) or agreement.lifecycle_on()
    return {"stage": Lifecycle(stage)}
