"""`{% lifecycle_badge agreement %}`: an agreement's lifecycle stage, as a badge (word and colour)."""

from django import template

from agreements.models import Lifecycle
from agreements.models.validity import validity_in_words

register = template.Library()


@register.inclusion_tag("includes/lifecycle_badge.html")
def lifecycle_badge(agreement, status=""):
    """The stage the view annotated (`with_lifecycle`), or else the same rule worked out in Python for today.

    `status="badge"` or `"text"` also shows the recorded status, as a badge or as quiet text, when it
    says something the stage does not ("Renewed" beside "Active"; never "Expired" twice).
    """
    stage = Lifecycle(getattr(agreement, "lifecycle", None) or agreement.lifecycle_on())
    shows_status = status and agreement.status != stage.value
    return {"stage": stage, "status": status if shows_status else "", "agreement": agreement}


@register.simple_tag
def assumed_validity():
    """How long agreements with no end date recorded are assumed to run, in words (from the settings)."""
    return validity_in_words()
