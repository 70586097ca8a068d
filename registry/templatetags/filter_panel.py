"""The list pages' filter panel: how many of its fields the address sets (shown on the folded panel)."""

from django import template

register = template.Library()


@register.filter
def fields_set(form):
    """How many of `form`'s fields have a value in the submitted data (a sort counts too)."""
    return sum(1 for name in form.fields if form.data.get(name) not in (None, ""))
