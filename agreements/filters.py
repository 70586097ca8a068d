"""The filter panels of the institution and agreement lists: every filter and the sort are GET parameters."""

import datetime

import django_filters
import pycountry
from django import forms
from django.db.models import F

from agreements.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Institution,
    InstitutionKind,
    Lifecycle,
    Party,
)
from agreements.search import MAX_QUERY_LENGTH


def country_name(code):
    """ "Germany" for "DE"; the code itself when ISO 3166 does not know it."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def country_choices():
    """The countries institutions in the registry are in, by name (one query, when a form is built)."""
    codes = Institution.objects.exclude(country="").order_by().values_list("country", flat=True).distinct()
    return sorted(((code, country_name(code)) for code in codes), key=lambda choice: choice[1])


class YearFilter(django_filters.NumberFilter):
    """A four-digit year; anything else is a form error, not a database error."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1900)
        kwargs.setdefault("max_value", 2100)
        kwargs.setdefault("widget", forms.NumberInput(attrs={"placeholder": "e.g. 2019"}))
        super().__init__(*args, **kwargs)


class WholeNumberFilter(django_filters.NumberFilter):
    """A whole number ("2.5" or "abc" is a form error)."""

    field_class = forms.IntegerField


class DateInput(forms.DateInput):
    """The browser's date picker; the value stays ISO (YYYY-MM-DD), so URLs stay readable."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class DateRangeWidget(django_filters.widgets.DateRangeWidget):
    """Two date pickers, `<name>_after` and `<name>_before`; each has its own accessible name."""

    template_name = "django/forms/widgets/multiwidget.html"  # no "-" between them: they stack

    def __init__(self, after_label, before_label):
        forms.MultiWidget.__init__(
            self, (DateInput({"aria-label": after_label}), DateInput({"aria-label": before_label}))
        )


class SortFilter(django_filters.ChoiceFilter):
    """The list's order, chosen by name: `choices` maps each value to the fields to order by.

    Undated rows go last in either direction, and the primary key breaks ties, so pages never overlap.
    """

    def __init__(self, orderings, **kwargs):
        self.orderings = orderings
        kwargs.setdefault("label", "Sort by")
        kwargs.setdefault("empty_label", None)
        super().__init__(choices=[(value, label) for value, (label, _fields) in orderings.items()], **kwargs)
        self.extra["required"] = False

    def filter(self, queryset, value):
        if not value:
            return queryset
        _label, fields = self.orderings[value]
        order = [
            F(field[1:]).desc(nulls_last=True) if field.startswith("-") else F(field).asc(nulls_last=True)
            for field in fields
        ]
        return queryset.order_by(*order, "pk")


class InstitutionFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Name",
        method="filter_search",
        max_length=MAX_QUERY_LENGTH,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "Name, acronym or variant"}),
    )
    country = django_filters.ChoiceFilter(choices=country_choices, empty_label="Any country")
    kind = django_filters.ChoiceFilter(choices=InstitutionKind.choices, empty_label="Any kind")
    has_active_agreement = django_filters.ChoiceFilter(
        label="Agreement in force",
        choices=[("true", "Yes"), ("false", "No")],
        empty_label="Any",
        method="filter_has_active_agreement",
    )
    agreement_kind = django_filters.ChoiceFilter(
        label="Has an agreement of kind",
        choices=AgreementKind.choices,
        empty_label="Any kind",
        method="filter_agreement_kind",
    )
    active_year = YearFilter(label="Last active in", field_name="latest_activity", lookup_expr="year")
    dormant = WholeNumberFilter(
        label="Dormant for (years)",
        method="filter_dormant",
        min_value=1,
        max_value=100,
        widget=forms.NumberInput(attrs={"placeholder": "e.g. 3"}),
        help_text="No agreement, delegation or meeting in that many years, never-active partners included.",
    )
    sort = SortFilter(
        {
            "name": ("Name", ["name"]),
            "country": ("Country", ["country", "name"]),
            "-latest_activity": ("Latest activity first", ["-latest_activity", "name"]),
            "latest_activity": ("Earliest activity first", ["latest_activity", "name"]),
        },
        empty_label="Best match / name",
    )

    class Meta:
        model = Institution
        fields = []

    def filter_search(self, queryset, name, value):
        """The best match first; an explicit `sort` (applied after this filter) overrides it."""
        matches = queryset.search(value)
        return (
            matches.order_by("-search_rank", "name", "pk")
            if "search_rank" in matches.query.annotations
            else matches
        )

    def filter_has_active_agreement(self, queryset, name, value):
        return queryset.filter(has_active_agreement=value == "true")

    def filter_agreement_kind(self, queryset, name, value):
        return queryset.filter(pk__in=Party.objects.filter(agreement__kind=value).values("institution_id"))

    def filter_dormant(self, queryset, name, value):
        return queryset.dormant_for(int(value), today=datetime.date.today())


class AgreementFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=AgreementKind.choices, empty_label="Any kind")
    status = django_filters.ChoiceFilter(choices=AgreementStatus.choices, empty_label="Any status")
    lifecycle = django_filters.ChoiceFilter(
        label="Lifecycle",
        choices=Lifecycle.choices,
        method="filter_lifecycle",
        empty_label="Any stage",
        help_text="Where it stands today, from its status and dates; automatic renewals never expire.",
    )
    party = django_filters.ModelChoiceFilter(
        label="Party",
        queryset=Institution.objects.order_by("name"),
        method="filter_party",
        empty_label="Any party",
    )
    party_country = django_filters.ChoiceFilter(
        label="Party's country",
        choices=country_choices,
        method="filter_party_country",
        empty_label="Any country",
    )
    signed = django_filters.DateFromToRangeFilter(
        label="Signed between",
        field_name="signed_on",
        widget=DateRangeWidget("Signed on or after", "Signed on or before"),
    )
    valid_on = django_filters.DateFilter(label="In force on", method="filter_valid_on", widget=DateInput())
    expiring_within = django_filters.NumberFilter(
        label="Expiring within (days)",
        method="filter_expiring_within",
        min_value=1,
        max_value=3650,
        widget=forms.NumberInput(attrs={"placeholder": "e.g. 90"}),
    )
    renewals_only = django_filters.BooleanFilter(
        label="Renewals only",
        method="filter_renewals",
        widget=forms.CheckboxInput,
    )
    sort = SortFilter(
        {
            "-signed": ("Newest signed first", ["-signed_on", "title"]),
            "signed": ("Oldest signed first", ["signed_on", "title"]),
            "valid_until": ("Ending soonest", ["valid_until", "title"]),
            "title": ("Title", ["title"]),
        },
        empty_label="Newest signed first",
    )

    class Meta:
        model = Agreement
        fields = []

    def filter_party(self, queryset, name, value):
        return queryset.involving(value)

    def filter_party_country(self, queryset, name, value):
        return queryset.filter(pk__in=Party.objects.filter(institution__country=value).values("agreement_id"))

    def filter_valid_on(self, queryset, name, value):
        return queryset.in_force_on(value)

    def filter_lifecycle(self, queryset, name, value):
        return queryset.in_lifecycle(value, today=datetime.date.today())

    def filter_expiring_within(self, queryset, name, value):
        return queryset.expiring_within(int(value), today=datetime.date.today())

    def filter_renewals(self, queryset, name, value):
        return queryset.renewals() if value else queryset
