"""Editing delegations (with their members) and meetings."""

from django import forms
from django.contrib import admin
from django.db.models import Prefetch
from simple_history.admin import SimpleHistoryAdmin

from agreements.admin import (
    NAME_SEARCH,
    REVIEW_FIELDS,
    CitationAdmin,
    ReadOnlyCitationInline,
    ReviewedFilter,
    mark_reviewed,
)
from agreements.models import Institution
from registry.common.fields import PartialDateFormMixin

from .models import (
    Delegation,
    DelegationCitation,
    DelegationMember,
    Meeting,
    MeetingCitation,
    direction_expression,
)


class DelegationForm(PartialDateFormMixin, forms.ModelForm):
    partial_dates = ("start_on", "end_on")

    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("start_on"), cleaned_data.get("end_on")
        if start and end and end < start and "end_on" not in self.errors:
            self.add_error("end_on", "End: a delegation cannot end before it starts.")
        return cleaned_data


class MeetingForm(PartialDateFormMixin, forms.ModelForm):
    partial_dates = ("held_on",)


class DelegationMemberInline(admin.TabularInline):
    model = DelegationMember
    extra = 1
    autocomplete_fields = ["person"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("person")


class DelegationCitationInline(ReadOnlyCitationInline):
    model = DelegationCitation


class MeetingInline(admin.TabularInline):
    model = Meeting
    form = MeetingForm
    extra = 0
    fields = ["held_on", "held_on_precision", "kind", "mode", "location"]
    show_change_link = True


@admin.register(Delegation)
class DelegationAdmin(SimpleHistoryAdmin):
    form = DelegationForm
    list_display = [
        "__str__",
        "visitor",
        "host",
        "direction_display",
        "start_display",
        "mode",
        "size",
        "reviewed_at",
    ]
    list_select_related = ["visitor", "host"]
    list_filter = ["mode", ReviewedFilter, "visitor__country", ("start_on", admin.DateFieldListFilter)]
    search_fields = [
        *(f"visitor__{field}" for field in NAME_SEARCH),
        *(f"host__{field}" for field in NAME_SEARCH),
        "leader__name",
        "purpose",
    ]
    autocomplete_fields = ["visitor", "host", "leader"]
    readonly_fields = ["created_at", "updated_at", *REVIEW_FIELDS]
    actions = [mark_reviewed]
    fieldsets = [
        (None, {"fields": ["visitor", "host", ("leader", "leader_title"), "size", "mode", "purpose"]}),
        ("Dates", {"fields": [("start_on", "start_on_precision"), ("end_on", "end_on_precision")]}),
        ("Review", {"fields": [*REVIEW_FIELDS, "created_at", "updated_at"]}),
    ]
    inlines = [DelegationMemberInline, MeetingInline, DelegationCitationInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(direction_code=direction_expression())

    @admin.display(description="direction", ordering="direction_code")
    def direction_display(self, obj):
        return obj.direction_code.replace("_", " ")

    @admin.display(description="start", ordering="start_on")
    def start_display(self, obj):
        return obj.start or "—"


class MeetingCitationInline(ReadOnlyCitationInline):
    model = MeetingCitation


@admin.register(Meeting)
class MeetingAdmin(SimpleHistoryAdmin):
    form = MeetingForm
    list_display = ["__str__", "kind", "mode", "date_display", "institution_names", "location", "reviewed_at"]
    list_filter = ["kind", "mode", ReviewedFilter, ("held_on", admin.DateFieldListFilter)]
    search_fields = [*(f"institutions__{field}" for field in NAME_SEARCH), "location", "summary"]
    autocomplete_fields = ["institutions", "delegation", "agreements"]
    readonly_fields = ["created_at", "updated_at", *REVIEW_FIELDS]
    actions = [mark_reviewed]
    fieldsets = [
        (None, {"fields": ["kind", "mode", ("held_on", "held_on_precision"), "location", "summary"]}),
        ("Links", {"fields": ["institutions", "delegation", "agreements"]}),
        ("Review", {"fields": [*REVIEW_FIELDS, "created_at", "updated_at"]}),
    ]
    inlines = [MeetingCitationInline]

    def get_queryset(self, request):
        institutions = Prefetch(
            "institutions", queryset=Institution.objects.only("pk", "name").order_by("name")
        )
        return super().get_queryset(request).prefetch_related(institutions)

    @admin.display(description="institutions")
    def institution_names(self, obj):
        return ", ".join(institution.name for institution in obj.institutions.all())

    @admin.display(description="date", ordering="held_on")
    def date_display(self, obj):
        return obj.date or "—"


@admin.register(DelegationMember)
class DelegationMemberAdmin(admin.ModelAdmin):
    list_display = ["person", "title", "delegation"]
    list_select_related = ["person", "delegation__visitor", "delegation__host"]
    search_fields = ["person__name", "title"]
    autocomplete_fields = ["person", "delegation"]


@admin.register(DelegationCitation)
class DelegationCitationAdmin(CitationAdmin):
    list_display = ["delegation", "source", "evidence"]
    list_select_related = ["delegation__visitor", "delegation__host", "source"]


@admin.register(MeetingCitation)
class MeetingCitationAdmin(CitationAdmin):
    list_display = ["meeting", "source", "evidence"]
    list_select_related = ["meeting", "source"]
