"""The rows' and cards' escape and choice labels: Django's own, whatever the value."""

import pytest
from django.utils.functional import lazy
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import override

from agreements import rows
from agreements.models import Agreement, Institution
from delegations.models import Delegation, Meeting

VALUES = [
    "Orlanth & Vesk <Polytechnic>",
    "a \"quoted\" 'name'",
    "plain",
    "",
    "x" * (rows.SHORT + 1) + "<",
    mark_safe("<b>already safe</b>"),
    7,
    None,
    lazy(lambda: "Kerrow <College>", str)(),
]


@pytest.mark.parametrize("value", VALUES)
def test_escape_gives_djangos_text(value):
    assert rows.escape(value) == str(conditional_escape(value))
    assert rows.escape(value) == str(conditional_escape(value))  # the second time from its table


def test_escape_starts_its_table_again_when_full(monkeypatch):
    monkeypatch.setattr(rows, "MAX_ESCAPED", 3)
    rows.ESCAPED.clear()
    for n in range(10):
        assert rows.escape(f"Talvore <{n}>") == f"Talvore &lt;{n}&gt;"
    assert len(rows.ESCAPED) <= 3


@pytest.mark.parametrize(
    ("model", "name"),
    [
        (Agreement, "kind"),
        (Agreement, "status"),
        (Institution, "kind"),
        (Delegation, "mode"),
        (Meeting, "kind"),
    ],
)
def test_a_choice_label_is_djangos_in_the_language_in_use(model, name):
    field = model._meta.get_field(name)
    for value in [*(value for value, _label in field.flatchoices), "not a choice"]:
        record = model(**{name: value})
        for language in ("en", "fr"):
            with override(language):
                assert rows.display(record, name) == getattr(record, f"get_{name}_display")()
