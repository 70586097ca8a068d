"""The form renderer: Django's own, with <select> and <input> elements written in Python.

Django renders a <select> through one included template per <option>. A filter form with a few
selects (countries, kinds, sorts) then costs about 10 ms a page, a fifth of a list page's time on
a large registry. `FormRenderer` writes the same HTML, byte for byte, from the same widget context.
The plain inputs (text, number, date, search, checkbox, ...: the templates that only include
input.html, which includes attrs.html) were half of what was left of a cold list's filter form
(cProfile, issue 18) and are written the same way. Every other widget, and any select whose
options use their own templates, goes through the templates as before.
"""

import copy

import django_filters
from django.forms.renderers import DjangoTemplates
from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe
from django_filters.filters import FilterMethod, QuerySetRequestMixin

SELECT_TEMPLATE = "django/forms/widgets/select.html"
OPTION_TEMPLATE = "django/forms/widgets/select_option.html"
#: Django's input templates whose whole text is `{% include "django/forms/widgets/input.html" %}`.
INPUT_TEMPLATES = frozenset(
    f"django/forms/widgets/{name}.html"
    for name in (
        "checkbox", "color", "date", "datetime", "email", "file", "hidden", "number", "password",
        "search", "tel", "text", "time", "url",
    )
)  # fmt: skip


def html_attributes(attrs):
    """The attributes as django/forms/widgets/attrs.html writes them: ` name="value"`, bare when True."""
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        parts.append(f" {conditional_escape(name)}")
        if value is not True:
            parts.append(f'="{escape(str(value))}"')
    return "".join(parts)


def render_select(widget):
    """HTML of a Select widget's context (`context["widget"]`), as Django's forms/widgets/select.html does."""
    parts = [f'<select name="{conditional_escape(widget["name"])}"{html_attributes(widget["attrs"])}>']
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{conditional_escape(group_name)}">')
        for option in options:
            parts.append(
                f'\n  <option value="{escape(str(option["value"]))}"{html_attributes(option["attrs"])}>'
                f"{conditional_escape(option['label'])}</option>\n"  # the option's template ends in a newline
            )
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return mark_safe("".join(parts))


def render_input(widget):
    """HTML of an Input widget's context, as Django's forms/widgets/input.html writes it (stripped)."""
    value = widget["value"]
    shown = "" if value is None else f' value="{conditional_escape(value)}"'
    return mark_safe(
        f'<input type="{conditional_escape(widget["type"])}" name="{conditional_escape(widget["name"])}"'
        f"{shown}{html_attributes(widget['attrs'])}>"
    )


class FormRenderer(DjangoTemplates):
    """Django's default form renderer; plain <select> and <input> elements are written without templates."""

    def render(self, template_name, context, request=None):
        widget = context.get("widget")
        if template_name == SELECT_TEMPLATE and widget and self._plain_options(widget):
            return render_select(widget)
        if template_name in INPUT_TEMPLATES and widget:
            return render_input(widget)
        return super().render(template_name, context, request)

    @staticmethod
    def _plain_options(widget):
        return all(
            option["template_name"] == OPTION_TEMPLATE
            for _name, options, _index in widget["optgroups"]
            for option in options
        )


class FilterSet(django_filters.FilterSet):
    """django-filter's FilterSet, its form class made once per FilterSet class rather than per request,
    its filters copied one level deep rather than deeply.

    django-filter builds a form class for every filter set it makes (a field per filter, then a class
    through the forms' metaclass), though the fields are the same on every request: a third of an
    empty list's filter form (cProfile, issue 18). Each form still has its own copy of the fields, as
    Django's forms always do. Not when a filter's field depends on the request (a queryset callable).
    """

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        """django-filter's, each filter a copy of the class's (`own_copy`), not a deep copy.

        django-filter deep-copies the class's filters for every filter set: each filter's choices,
        widgets and options, 550 deep copies for the institution list's eleven filters, a tenth of the
        DE universities' CPU built after a write (cProfile). A filter's settings are read, never
        written, once it is made; what a filter set sets on its filters (model, parent) is set on
        the copies."""
        base_filters = self.base_filters
        self.base_filters = {}  # django-filter's deep copy of nothing; the copies are made below
        try:
            super().__init__(data, queryset, request=request, prefix=prefix)
        finally:
            del self.base_filters  # the class's again
        self.filters = {name: own_copy(filter_) for name, filter_ in base_filters.items()}
        for filter_ in self.filters.values():
            filter_.model = self.queryset.model
            filter_.parent = self

    def get_form_class(self):
        made = type(self).__dict__.get("_form_class_made")
        if made is not None:
            return made
        made = super().get_form_class()
        if not any(isinstance(filter_, QuerySetRequestMixin) for filter_ in self.filters.values()):
            type(self)._form_class_made = made
        return made


def own_copy(filter_):
    """A copy of the class's `filter_` for one filter set: its settings shared, its state its own.

    A filter with a `method` filters through a FilterMethod naming the filter it belongs to (the
    copy's, as a deep copy would make it); a form field the filter made is made again by the copy if
    it needs one (a field's widget holds what one request showed)."""
    copied = copy.copy(filter_)
    copied.__dict__.pop("_field", None)
    if isinstance(filter_.__dict__.get("filter"), FilterMethod):
        copied.filter = FilterMethod(copied)
    return copied
