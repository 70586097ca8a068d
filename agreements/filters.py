"""The filter panels of the institution and agreement lists: every filter and the sort are GET parameters."""

import datetime
import functools

import django_filters
import pycountry
from django import forms
from django.db.models import BooleanField, F, Q
from django.db.models.expressions import RawSQL
from django.utils.html import format_html

from agreements.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Contact,
    ContactRole,
    Institution,
    InstitutionKind,
    Lifecycle,
)
from agreements.search import MAX_QUERY_LENGTH
from registry.common.data_versions import cached, version_of_table
from registry.common.forms import FilterSet


@functools.cache
def country_name(code):
    """ "Germany" for "DE"; the code itself when ISO 3166 does not know it.

    Kept for the process (ISO 3166 does not change while it runs): a list's country choices named
    each code through pycountry's lookup on every build of its filter form.
    """
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def country_choices():
    """The countries institutions in the registry are in, by name: one query until an institution is
    written (kept under the institution table's data version, registry.common.data_versions.cached).

    A form with a country filter asks for its choices each time it iterates them, to check a value
    and again to write the <select>: a list filtered by country read them twice a build, and every
    list built after an agreement's or a delegation's save read them again (a loose index scan of the
    institutions, 2 ms of PostgreSQL at full size), though only a write to an institution moves them.
    """
    return cached(version_of_table(Institution), "country-choices", _country_choices_read)


def _country_choices_read():
    codes = Institution.objects.country_codes()
    return sorted(((code, country_name(code)) for code in codes), key=lambda choice: choice[1])


class InstitutionNameInput(forms.TextInput):
    """A search box; when it holds an institution's number, the institution's name is shown beside it."""

    input_type = "search"
    named = ""  # set by InstitutionNameField.clean (each form has its own copy of the field and widget)

    def render(self, name, value, attrs=None, renderer=None):
        html = super().render(name, value, attrs, renderer)
        if self.named:
            html += format_html(' <span class="field__note">{}</span>', self.named)
        return html


class InstitutionNameField(forms.CharField):
    """Text naming an institution, or an institution's number (its id), which must exist."""

    widget = InstitutionNameInput
    default_error_messages = {"unknown": "No institution has the number %(number)s."}

    def clean(self, value):
        value = super().clean(value)
        if value.isascii() and value.isdigit():
            institution = Institution.objects.filter(pk=int(value)).only("name").first()
            if institution is None:
                raise forms.ValidationError(
                    self.error_messages["unknown"], code="unknown", params={"number": value}
                )
            self.widget.named = f"Number {institution.pk}: {institution.name}"  # who the number is
            return institution
        return value


class InstitutionNameFilter(django_filters.CharFilter):
    """Rows involving an institution found by name, typed in a text box (no list to pick from).

    The text finds institutions as the institution search does (canonical name, any variant or
    acronym, words in any order, misspellings), unless it is exactly one of their names or
    variants: a row involving any of those institutions is shown. A number is
    an institution's id, as in the links from an institution's page (and addresses bookmarked when
    this was a list of every institution, 7 MB of HTML at full size). `involving(queryset,
    institutions)` says how a row involves one of `institutions`, a queryset of institution ids.
    """

    field_class = InstitutionNameField

    def __init__(self, *, involving, **kwargs):
        self.involving = involving
        kwargs.setdefault("max_length", MAX_QUERY_LENGTH)
        kwargs.setdefault("help_text", "Any of its names, acronyms or spellings; or its number.")
        kwargs.setdefault("widget", InstitutionNameInput(attrs={"placeholder": "Name, acronym or number"}))
        super().__init__(**kwargs)

    def filter(self, queryset, value):
        if isinstance(value, Institution):
            return self.involving(queryset, Institution.objects.filter(pk=value.pk).values("pk"))
        if not value:
            return queryset
        return self.involving(queryset, Institution.objects.meant_by(value).values("pk"))


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


class ReviewFilter(django_filters.ChoiceFilter):
    """Records a person has checked, or those still as the parser wrote them."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", "Review")
        kwargs.setdefault("choices", [("no", "Not reviewed"), ("yes", "Reviewed")])
        kwargs.setdefault("empty_label", "Reviewed or not")
        super().__init__(**kwargs)

    def filter(self, queryset, value):
        if value == "no":
            return queryset.not_reviewed()
        if value == "yes":
            return queryset.reviewed()
        return queryset


class InstitutionFilter(FilterSet):
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
    review = ReviewFilter()
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

    def filter_queryset(self, queryset):
        """Every filter in turn, but the name search after the others (and before the sort).

        The search reads its matches once, the best Institution.objects.search keeps: among the
        institutions the other filters leave, not among all of them.
        """
        values = dict(self.form.cleaned_data)
        last = {name: values.pop(name) for name in ("q", "sort") if name in values}
        for name, value in [*values.items(), *last.items()]:
            queryset = self.filters[name].filter(queryset, value)
        return queryset

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
        return queryset.party_to_agreements_of_kind(value)

    def filter_dormant(self, queryset, name, value):
        return queryset.dormant_for(int(value), today=datetime.date.today())


class AgreementFilter(FilterSet):
    kind = django_filters.ChoiceFilter(choices=AgreementKind.choices, empty_label="Any kind")
    status = django_filters.ChoiceFilter(choices=AgreementStatus.choices, empty_label="Any status")
    lifecycle = django_filters.ChoiceFilter(
        label="Lifecycle",
        choices=Lifecycle.choices,
        method="filter_lifecycle",
        empty_label="Any stage",
        help_text="Where it stands today, from its status and dates; automatic renewals never expire.",
    )
    party = InstitutionNameFilter(
        label="Party", involving=lambda queryset, institutions: queryset.involving_any(institutions)
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
    validity = django_filters.ChoiceFilter(
        label="Validity",
        choices=[
            ("recorded", "End recorded (or open-ended, or renewing itself)"),
            ("assumed", "No end date recorded: assumed from the kind"),
            ("unknown", "Unknown: no end date, none can be assumed"),
        ],
        method="filter_validity",
        empty_label="Any validity",
        help_text="An end is assumed from the kind and the start (REGISTRY_ASSUMED_VALIDITY_YEARS).",
    )
    renewals_only = django_filters.BooleanFilter(
        label="Renewals only",
        method="filter_renewals",
        widget=forms.CheckboxInput,
    )
    review = ReviewFilter()
    sort = SortFilter(
        {
            "-signed": ("Newest signed first", ["-signed_on", "title"]),
            "signed": ("Oldest signed first", ["signed_on", "title"]),
            "valid_until": ("Ending soonest", ["valid_until", "title"]),
            "title": ("Title", ["title"]),
        },
        empty_label="Suggested order",
        help_text="Suggested: newest signed first, or ending soonest first when you filter on expiry.",
    )

    class Meta:
        model = Agreement
        fields = []

    def filter_party_country(self, queryset, name, value: str):  # the type tells the API schema
        return queryset.with_party_in(value)

    def filter_valid_on(self, queryset, name, value):
        return queryset.in_force_on(value)

    def filter_lifecycle(self, queryset, name, value):
        queryset = queryset.in_lifecycle(value, today=datetime.date.today())
        return queryset.order_by("valid_until", "pk") if value == Lifecycle.EXPIRING_SOON else queryset

    def filter_expiring_within(self, queryset, name, value):
        # Ending soonest first, by the recorded or assumed end (unless `sort`, applied after, says otherwise).
        days, today = int(value), datetime.date.today()
        condition = expiring_condition(days, today, queryset.db)
        if condition is None:
            return queryset.expiring_within(days, today=today).order_by("ends_on", "pk")
        return queryset.filter(condition).with_end().order_by("ends_on", "pk")

    def filter_validity(self, queryset, name, value):
        return queryset.with_validity(value)

    def filter_renewals(self, queryset, name, value):
        return queryset.renewals() if value else queryset


class ContactFilter(FilterSet):
    """Whom to call: by name, e-mail or unit, role, institution, its country, and whether still in post."""

    text = django_filters.CharFilter(
        label="Name, e-mail or unit",
        method="filter_text",
        max_length=MAX_QUERY_LENGTH,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    role = django_filters.ChoiceFilter(choices=ContactRole.choices, empty_label="Any role")
    institution = InstitutionNameFilter(
        label="Institution",
        involving=lambda queryset, institutions: queryset.filter(institution__in=institutions),
    )
    country = django_filters.ChoiceFilter(
        label="Country", field_name="institution__country", choices=country_choices, empty_label="Any country"
    )
    current = django_filters.ChoiceFilter(
        label="In post",
        method="filter_current",
        choices=[("yes", "Current only"), ("no", "Former only")],
        empty_label="Current and former",
    )

    class Meta:
        model = Contact
        fields = []

    def filter_text(self, queryset, name, value):
        return queryset.filter(
            Q(name__icontains=value) | Q(email__icontains=value) | Q(unit__icontains=value)
        )

    def filter_current(self, queryset, name, value):
        return queryset.filter(is_current=value == "yes")


@functools.lru_cache(maxsize=8)
def expiring_condition(days, today, using):
    """`Agreement.objects.expiring_within(days, today)`'s conditions as SQL, built and compiled once a
    day per process and number of days (None if they join another table: not written for that).

    cProfile of the agreements expiring in 90 days, built after a write to every table: building
    the in-force and ending conditions (twelve, for the recorded and the assumed end) and compiling
    them, for the count and again for the page, was a tenth of its CPU; the same SQL each time. The
    list's own table keeps its name as its alias whatever else the list joins, as the SQL names it.
    """
    query = Agreement.objects.using(using).expiring_within(days, today=today).query
    if len(query.alias_map) > 1:
        return None
    sql, params = query.get_compiler(using).compile(query.where)
    return RawSQL(sql, tuple(params), output_field=BooleanField())
