"""The filter panels of the delegation and meeting lists: every filter and the sort are GET parameters."""

import django_filters

from agreements.filters import InstitutionNameFilter, ReviewFilter, SortFilter, YearFilter, country_choices
from delegations.models import Delegation, Direction, Meeting, MeetingKind, Mode
from registry.common.forms import FilterSet


class DelegationFilter(FilterSet):
    direction = django_filters.ChoiceFilter(
        label="Direction", choices=Direction.choices, method="filter_direction", empty_label="Any"
    )
    visitor_country = django_filters.ChoiceFilter(
        label="Visitors' country",
        field_name="visitor__country",
        choices=country_choices,
        empty_label="Any country",
    )
    host = InstitutionNameFilter(
        label="Host", involving=lambda queryset, institutions: queryset.hosted_by_any(institutions)
    )
    year = YearFilter(label="Year", method="filter_year")
    mode = django_filters.ChoiceFilter(choices=Mode.choices, empty_label="Any mode")
    review = ReviewFilter()
    sort = SortFilter(
        {
            "-start": ("Newest first", ["-start_on"]),
            "start": ("Oldest first", ["start_on"]),
        },
        # No blank choice: the list's own order is newest first, the menu's first entry.
    )

    class Meta:
        model = Delegation
        fields = []

    def filter_direction(self, queryset, name, value):
        return queryset.with_direction().filter(direction_code=value)

    def filter_year(self, queryset, name, value):
        return queryset.in_year(value)


class MeetingFilter(FilterSet):
    kind = django_filters.ChoiceFilter(choices=MeetingKind.choices, empty_label="Any kind")
    mode = django_filters.ChoiceFilter(choices=Mode.choices, empty_label="Any mode")
    year = YearFilter(label="Year", method="filter_year")
    institution = InstitutionNameFilter(
        label="Institution", involving=lambda queryset, institutions: queryset.involving_any(institutions)
    )
    review = ReviewFilter()
    sort = SortFilter(
        {
            "-date": ("Newest first", ["-held_on"]),
            "date": ("Oldest first", ["held_on"]),
        },
        # No blank choice: the list's own order is newest first, the menu's first entry.
    )

    class Meta:
        model = Meeting
        fields = []

    def filter_year(self, queryset, name, value):
        return queryset.in_year(value)
