"""Editing institutions, their names, people, sources and agreements; merging duplicate institutions."""

from django.contrib import admin, messages
from django.db import models
from django.db.models import Count, Prefetch
from django.template.response import TemplateResponse
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    Agreement,
    AgreementCitation,
    Institution,
    InstitutionCitation,
    InstitutionMerge,
    InstitutionName,
    Lifecycle,
    Party,
    Person,
    Signatory,
    Source,
)

NAME_SEARCH = ["name", "names__value"]  # canonical name and every recorded variant
# Links typed without a scheme are read as https (Django 6's default), not http.
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}
REVIEW_FIELDS = ["reviewed_by", "reviewed_at"]


class ReviewedFilter(admin.SimpleListFilter):
    """Reviewed by a person, or as the parser (or a script) wrote it."""

    title = "review"
    parameter_name = "reviewed"

    def lookups(self, request, model_admin):
        return [("no", "Not reviewed"), ("yes", "Reviewed")]

    def queryset(self, request, queryset):
        if self.value() == "no":
            return queryset.not_reviewed()
        if self.value() == "yes":
            return queryset.reviewed()
        return queryset


@admin.action(description="Mark selected as reviewed by me", permissions=["change"])
def mark_reviewed(model_admin, request, queryset):
    records = list(queryset.not_reviewed())
    for record in records:  # one by one: each keeps a history entry naming the reviewer
        record.mark_reviewed(request.user)
    model_admin.message_user(request, f"Marked {len(records)} record(s) reviewed.", messages.SUCCESS)


class ReadOnlyCitationInline(admin.TabularInline):
    """Provenance is written by the loader; admins read it here but do not edit it."""

    extra = 0
    can_delete = False
    fields = ["source", "evidence"]
    readonly_fields = ["source", "evidence"]

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source")


class InstitutionNameInline(admin.TabularInline):
    model = InstitutionName
    extra = 1
    fields = ["value", "kind", "language", "source"]
    readonly_fields = ["source"]


class InstitutionCitationInline(ReadOnlyCitationInline):
    model = InstitutionCitation


@admin.register(Institution)
class InstitutionAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "country", "city", "parent", "variant_count", "is_home", "reviewed_at"]
    list_filter = ["kind", ReviewedFilter, "is_home", "country"]
    list_select_related = ["parent"]
    search_fields = [*NAME_SEARCH, "ror", "city"]
    formfield_overrides = HTTPS_URLS
    autocomplete_fields = ["parent"]
    readonly_fields = ["normalized_name", "created_at", "updated_at", *REVIEW_FIELDS]
    fieldsets = [
        (None, {"fields": ["name", "kind", "country", "city", "website", "ror", "parent"]}),
        ("Status", {"fields": ["is_home", *REVIEW_FIELDS, "notes"]}),
        ("Record", {"fields": ["normalized_name", "created_at", "updated_at"], "classes": ["collapse"]}),
    ]
    inlines = [InstitutionNameInline, InstitutionCitationInline]
    actions = ["merge_institutions", mark_reviewed]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(variant_total=Count("names", distinct=True))

    @admin.display(description="variants", ordering="variant_total")
    def variant_count(self, obj):
        return obj.variant_total

    @admin.action(description="Merge selected institutions into one", permissions=["change", "delete"])
    def merge_institutions(self, request, queryset):
        """Ask which institution to keep, then move everything of the others onto it."""
        institutions = list(queryset.order_by("pk"))
        if len(institutions) < 2:
            self.message_user(request, "Select at least two institutions to merge.", messages.WARNING)
            return None
        keeper_id = request.POST.get("keeper")
        if request.POST.get("confirm") and keeper_id:
            keeper = next((i for i in institutions if str(i.pk) == keeper_id), None)
            if keeper is None:
                self.message_user(
                    request, "The institution to keep must be one of those selected.", messages.ERROR
                )
                return None
            duplicates = [i for i in institutions if i.pk != keeper.pk]
            removed = ", ".join(d.name for d in duplicates)
            keeper.absorb(duplicates, merged_by=request.user)
            self.log_change(request, keeper, f"Merged {removed} into this institution.")
            self.message_user(
                request,
                f"Merged {len(duplicates)} institution(s) into {keeper}: {removed}. "
                "A merge can be undone under Institution merges.",
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge institutions",
            "institutions": queryset.order_by("pk").annotate(
                party_total=Count("party", distinct=True), name_total=Count("names", distinct=True)
            ),
            "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "selected": [i.pk for i in institutions],
        }
        return TemplateResponse(request, "admin/agreements/institution/merge_confirmation.html", context)


@admin.register(InstitutionMerge)
class InstitutionMergeAdmin(admin.ModelAdmin):
    """Every merge, who made it, and an action to undo it."""

    list_display = ["removed_name", "kept", "merged_at", "merged_by", "undone_at"]
    list_select_related = ["kept", "merged_by"]
    list_filter = [("undone_at", admin.EmptyFieldListFilter)]
    search_fields = ["removed_name", "kept__name"]
    readonly_fields = ["kept", "removed_name", "merged_at", "merged_by", "undone_at"]
    fields = readonly_fields
    actions = ["undo_merges"]

    def has_add_permission(self, request):
        return False

    @admin.action(description="Undo the selected merges (newest first)", permissions=["change"])
    def undo_merges(self, request, queryset):
        for merge in queryset.filter(undone_at__isnull=True).order_by("-merged_at", "-pk"):
            try:
                restored = merge.undo()
            except ValueError as error:
                self.message_user(request, str(error), messages.ERROR)
                continue
            self.log_addition(request, restored, f"Restored by undoing its merge into {merge.kept}.")
            self.message_user(request, f"Restored {restored} from {merge.kept}.", messages.SUCCESS)


@admin.register(InstitutionName)
class InstitutionNameAdmin(admin.ModelAdmin):
    list_display = ["value", "kind", "institution", "language", "source"]
    list_filter = ["kind", "language"]
    list_select_related = ["institution", "source"]
    search_fields = ["value", "institution__name"]
    autocomplete_fields = ["institution"]
    readonly_fields = ["normalized", "source"]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["file_name", "title", "published_display", "imported_at"]
    search_fields = ["file_name", "title", "url"]
    formfield_overrides = HTTPS_URLS
    readonly_fields = ["file_name", "published_on", "published_on_precision", "imported_at"]
    date_hierarchy = "imported_at"

    @admin.display(description="published", ordering="published_on")
    def published_display(self, obj):
        return obj.published or "—"


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "title", "institution"]
    list_select_related = ["institution"]
    list_filter = ["institution__country"]
    search_fields = ["name", "variants", "title", "institution__name", "institution__names__value"]
    autocomplete_fields = ["institution"]
    filter_horizontal = ["sources"]


class PartyInline(admin.TabularInline):
    model = Party
    extra = 2
    autocomplete_fields = ["institution"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("institution")


class SignatoryInline(admin.TabularInline):
    model = Signatory
    extra = 0
    autocomplete_fields = ["person", "institution"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("person", "institution")


class AgreementCitationInline(ReadOnlyCitationInline):
    model = AgreementCitation


class LifecycleFilter(admin.SimpleListFilter):
    """Filter by where an agreement stands today (computed from status and validity, not stored)."""

    title = "lifecycle"
    parameter_name = "lifecycle"

    def lookups(self, request, model_admin):
        return Lifecycle.choices

    def queryset(self, request, queryset):
        if self.value() in Lifecycle.values:
            return queryset.filter(lifecycle=self.value())
        return queryset


@admin.register(Agreement)
class AgreementAdmin(SimpleHistoryAdmin):
    list_display = [
        "__str__",
        "kind",
        "status",
        "lifecycle_display",
        "party_names",
        "signed_display",
        "valid_until",
        "reviewed_at",
    ]
    list_filter = [
        LifecycleFilter,
        "kind",
        "status",
        ReviewedFilter,
        "auto_renews",
        "is_open_ended",
        "parties__country",
    ]
    search_fields = ["title", *(f"parties__{field}" for field in NAME_SEARCH)]
    autocomplete_fields = ["renews"]
    readonly_fields = ["created_at", "updated_at", *REVIEW_FIELDS]
    actions = [mark_reviewed]
    fieldsets = [
        (None, {"fields": ["title", "kind", "status", "renews", "document"]}),
        (
            "Dates",
            {
                "fields": [
                    ("signed_on", "signed_on_precision"),
                    ("valid_from", "valid_until"),
                    ("is_open_ended", "auto_renews", "renewal_period_years"),
                ]
            },
        ),
        ("Review", {"fields": [*REVIEW_FIELDS, "notes", "created_at", "updated_at"]}),
    ]
    inlines = [PartyInline, SignatoryInline, AgreementCitationInline]

    def get_queryset(self, request):
        parties = Prefetch("parties", queryset=Institution.objects.only("pk", "name").order_by("name"))
        return super().get_queryset(request).with_lifecycle().prefetch_related(parties)

    @admin.display(description="lifecycle", ordering="lifecycle")
    def lifecycle_display(self, obj):
        return Lifecycle(obj.lifecycle).label

    @admin.display(description="parties")
    def party_names(self, obj):
        return ", ".join(party.name for party in obj.parties.all())

    @admin.display(description="signed", ordering="signed_on")
    def signed_display(self, obj):
        return obj.signed or "—"


@admin.register(Party)
class PartyAdmin(admin.ModelAdmin):
    list_display = ["institution", "agreement"]
    list_select_related = ["institution", "agreement"]
    search_fields = ["institution__name", "agreement__title"]
    autocomplete_fields = ["institution", "agreement"]


@admin.register(Signatory)
class SignatoryAdmin(admin.ModelAdmin):
    list_display = ["person", "title", "institution", "agreement"]
    list_select_related = ["person", "institution", "agreement"]
    search_fields = ["person__name", "institution__name", "agreement__title"]
    autocomplete_fields = ["person", "institution", "agreement"]


class CitationAdmin(admin.ModelAdmin):
    """Provenance rows, browsable and searchable by evidence; written only by the loader."""

    search_fields = ["evidence", "source__file_name", "source__title"]
    list_filter = ["source"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(InstitutionCitation)
class InstitutionCitationAdmin(CitationAdmin):
    list_display = ["institution", "source", "evidence"]
    list_select_related = ["institution", "source"]


@admin.register(AgreementCitation)
class AgreementCitationAdmin(CitationAdmin):
    list_display = ["agreement", "source", "evidence"]
    list_select_related = ["agreement", "source"]
