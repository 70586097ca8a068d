"""The form renderer writes selects exactly as Django's templates do, only faster."""

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates
from django.utils.translation import gettext_lazy

from registry.common.forms import FormRenderer


class Choices(forms.Form):
    plain = forms.ChoiceField(choices=[("", "Any"), ("a", "Alpha"), ("b", 'Bravo & "Co" <b>')])
    grouped = forms.ChoiceField(
        choices=[
            ("Europe", [("DE", "Germany"), ("FR", "France")]),
            ("Asia", [("CN", "China")]),
            ("x", "None"),
        ],
        help_text="Pick one.",
        required=False,
    )
    many = forms.MultipleChoiceField(
        choices=[(1, 1), (2, "two")], widget=forms.SelectMultiple(attrs={"size": 3})
    )
    lazy = forms.ChoiceField(
        choices=[("y", gettext_lazy("Yes"))], widget=forms.Select(attrs={"disabled": True})
    )
    flagged = forms.TypedChoiceField(
        choices=[("1", "On")], widget=forms.Select(attrs={"data-off": False, "title": "it's <on>"})
    )


@pytest.mark.parametrize(
    "data", [{}, {"plain": "b", "grouped": "FR", "many": ["1", "2"], "flagged": "1"}, {"plain": "?"}]
)
@pytest.mark.parametrize("field", ["plain", "grouped", "many", "lazy", "flagged"])
def test_a_select_is_written_exactly_as_the_templates_write_it(field, data):
    with_templates = Choices(data or None, renderer=DjangoTemplates())
    in_python = Choices(data or None, renderer=FormRenderer())
    if data:
        with_templates.is_valid(), in_python.is_valid()
    assert str(in_python[field]) == str(with_templates[field])
    assert "<option" in str(in_python[field])


class Inputs(forms.Form):
    text = forms.CharField(required=False)
    number = forms.IntegerField(widget=forms.NumberInput(attrs={"placeholder": 'e.g. "3" & <4>'}))
    search = forms.CharField(widget=forms.TextInput(attrs={"type": "search", "autofocus": True}))
    day = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date", "data-off": False}))
    flag = forms.BooleanField(required=False)
    hidden = forms.CharField(required=False, widget=forms.HiddenInput)
    mail = forms.EmailField(required=False)


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"text": "x<\"y> & 'z'", "number": "3", "search": "Haifa", "day": "2024-02-30", "flag": "on"},
        {"number": "not a number", "hidden": "<h>", "mail": "a@b.c"},
    ],
)
@pytest.mark.parametrize("field", ["text", "number", "search", "day", "flag", "hidden", "mail"])
def test_an_input_is_written_exactly_as_the_templates_write_it(field, data):
    with_templates = Inputs(data or None, renderer=DjangoTemplates())
    in_python = Inputs(data or None, renderer=FormRenderer())
    if data:
        with_templates.is_valid(), in_python.is_valid()
    assert str(in_python[field]) == str(with_templates[field])
    assert "<input" in str(in_python[field])


def test_an_input_with_a_template_of_its_own_still_uses_it():
    class Own(forms.Form):
        name = forms.CharField(widget=forms.TextInput)

    renderer = FormRenderer()
    Own.base_fields["name"].widget.template_name = "django/forms/widgets/textarea.html"
    assert "<textarea" in str(Own({"name": "x"}, renderer=renderer)["name"])


def test_other_widgets_still_use_their_templates():
    class Other(forms.Form):
        name = forms.CharField()
        choice = forms.ChoiceField(choices=[("a", "A")], widget=forms.RadioSelect)

    assert str(Other(renderer=FormRenderer())) == str(Other(renderer=DjangoTemplates()))


def test_the_site_renders_its_forms_with_it(settings):
    from django.forms.renderers import get_default_renderer

    assert isinstance(get_default_renderer(), FormRenderer)


# The filter sets' filters (registry.common.forms.FilterSet): each set's its own, copied one level deep.


@pytest.mark.django_db
def test_each_filter_set_has_filters_of_its_own_each_method_bound_to_its_own_set():
    from django.http import QueryDict

    from agreements.filters import InstitutionFilter
    from agreements.models import Institution

    first = InstitutionFilter(QueryDict("has_active_agreement=true"), queryset=Institution.objects.all())
    second = InstitutionFilter(QueryDict("q=Bonn"), queryset=Institution.objects.none())
    for name, filter_ in first.filters.items():
        assert filter_ is not second.filters[name]
        assert filter_ is not InstitutionFilter.base_filters[name]
        assert filter_.parent is first and second.filters[name].parent is second
        assert filter_.model is Institution
    method_filter = first.filters["has_active_agreement"]
    assert method_filter.filter.f is method_filter  # its FilterMethod resolves the method on `first`
    assert method_filter.filter.method.__self__ is first
    assert not any(hasattr(f, "parent") for f in InstitutionFilter.base_filters.values())
    assert list(first.filters) == list(InstitutionFilter.base_filters)  # in the class's order
