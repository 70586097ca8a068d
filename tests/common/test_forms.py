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


def test_other_widgets_still_use_their_templates():
    class Other(forms.Form):
        name = forms.CharField()
        choice = forms.ChoiceField(choices=[("a", "A")], widget=forms.RadioSelect)

    assert str(Other(renderer=FormRenderer())) == str(Other(renderer=DjangoTemplates()))


def test_the_site_renders_its_forms_with_it(settings):
    from django.forms.renderers import get_default_renderer

    assert isinstance(get_default_renderer(), FormRenderer)
