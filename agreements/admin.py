"""Editing institutions, their names, people, sources and agreements; merging duplicate institutions."""

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.db.models import Count, Prefetch
from django.template.response import TemplateResponse
from django.utils.html import format_html
from django.utils.text import capfirst
from simple_history.admin import SimpleHistoryAdmin

from registry.common.fields import PartialDateFormMixin

from .forms import (
    AgreementDocumentForm,
    InstitutionAdminForm,
    InstitutionNameAdminForm,
    InstitutionNameForm,
    InstitutionNameFormSet,
)
from .models import (
    Agreement,
    AgreementCitation,
    AgreementDocument,
    Contact,
    ContactRole,
    Coordinator,
    ExchangePlaces,
    ExpiryReminder,
    Institution,
    InstitutionCitation,
    InstitutionMerge,
    InstitutionName,
    Lifecycle,
    NameWord,
    Party,
    Person,
    Signatory,
    Source,
    StateChange,
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
    form = InstitutionNameForm
    formset = InstitutionNameFormSet
    extra = 1
    fields = ["value", "kind", "language", "source"]
    readonly_fields = ["source"]


class InstitutionCitationInline(ReadOnlyCitationInline):
    model = InstitutionCitation


#: The delete confirmation names at most this many detached records of each kind (and counts the rest).
MAX_DETACHED_LISTED = 50


def detached_on_delete(institution):
    """(what happens to them, records) for each kind of record that deleting `institution` keeps but
    detaches, found from the models' own relations: a key left blank (people, signatories, units, merge
    records) or a many-to-many link removed (meetings). Deletions and protections Django lists itself.
    """
    for relation in Institution._meta.related_objects:
        field, model = relation.field, relation.related_model
        records = model._base_manager.filter(**{field.name: institution})
        if relation.many_to_many and relation.through._meta.auto_created:
            yield f"{institution} is taken off their {field.verbose_name}", records
        elif not relation.many_to_many and relation.on_delete is models.SET_NULL:
            yield f"their {field.verbose_name} ({institution}) is left blank", records


def without_items_starting(items, prefixes):
    """A nested list of the admin's deletion items without those starting with any of `prefixes`."""
    kept = []
    for item in items:
        if isinstance(item, list):
            kept.append(without_items_starting(item, prefixes))
        elif not str(item).startswith(prefixes):
            kept.append(item)
    return [item for item in kept if item != []]


class DeletionShowsDetachmentsMixin:
    """The delete confirmation also lists what is kept but detached, which Django's lists leave out."""

    def get_deleted_objects(self, objs, request):
        to_delete, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        # Django lists a removed many-to-many link as "Meeting-institution relationship: Meeting_institutions
        # object (3)"; the meeting is named below instead.
        links = [
            relation.through._meta
            for relation in Institution._meta.related_objects
            if relation.many_to_many and relation.through._meta.auto_created
        ]
        prefixes = tuple(f"{capfirst(options.verbose_name)}: " for options in links)
        to_delete = without_items_starting(to_delete, prefixes)
        for options in links:
            model_count.pop(options.verbose_name_plural, None)
        for institution in objs:
            for what, records in detached_on_delete(institution):
                total = records.count()
                if not total:
                    continue
                options = records.model._meta
                plural = options.verbose_name if total == 1 else options.verbose_name_plural
                to_delete.append(format_html("{} {} kept, but {}:", total, plural, what))
                items = [
                    format_html("{}: {}", capfirst(options.verbose_name), record)
                    for record in records[:MAX_DETACHED_LISTED]
                ]
                if total > MAX_DETACHED_LISTED:
                    items.append(f"… and {total - MAX_DETACHED_LISTED} more")
                label = f"{options.verbose_name_plural} detached"
                model_count[label] = model_count.get(label, 0) + total
                to_delete.append(items)
        return to_delete, model_count, perms_needed, protected


@admin.register(Institution)
class InstitutionAdmin(DeletionShowsDetachmentsMixin, SimpleHistoryAdmin):
    list_display = ["name", "kind", "country", "city", "parent", "variant_count", "is_home", "reviewed_at"]
    list_filter = ["kind", ReviewedFilter, "is_home", "is_public_partner", "country"]
    list_select_related = ["parent"]
    search_fields = [*NAME_SEARCH, "ror", "city"]
    # Stated here too: the variant count's GROUP BY makes Django drop the model's default order,
    # and the admin's lists and autocomplete pages would then page an unordered result.
    ordering = ["name"]
    formfield_overrides = HTTPS_URLS
    autocomplete_fields = ["parent"]
    readonly_fields = ["normalized_name", "created_at", "updated_at", *REVIEW_FIELDS]
    fieldsets = [
        (None, {"fields": ["name", "kind", "country", "city", "website", "ror", "parent"]}),
        ("Status", {"fields": ["is_home", "is_public_partner", *REVIEW_FIELDS, "notes"]}),
        ("Record", {"fields": ["normalized_name", "created_at", "updated_at"], "classes": ["collapse"]}),
    ]
    inlines = [InstitutionNameInline, InstitutionCitationInline]
    actions = ["merge_institutions", mark_reviewed, "list_on_public_page", "remove_from_public_page"]
    form = InstitutionAdminForm

    def render_change_form(self, request, context, *args, **kwargs):
        """Show "save anyway" only with the warning about close names, under the name."""
        admin_form = context["adminform"]
        if admin_form.form.close_matches and admin_form.form.errors:
            (title, options), *rest = admin_form.fieldsets
            fields = list(options["fields"])
            fields.insert(fields.index("name") + 1, "save_anyway")
            admin_form.fieldsets = [(title, {**options, "fields": fields}), *rest]
        return super().render_change_form(request, context, *args, **kwargs)

    @admin.action(description="Show the selected on the public partner page", permissions=["change"])
    def list_on_public_page(self, request, queryset):
        self._set_public(request, queryset, True)

    @admin.action(description="Remove the selected from the public partner page", permissions=["change"])
    def remove_from_public_page(self, request, queryset):
        self._set_public(request, queryset, False)

    def _set_public(self, request, queryset, listed):
        """Each change is saved (not a bulk update) so that the history keeps who listed whom."""
        changed = [institution for institution in queryset if institution.is_public_partner != listed]
        for institution in changed:
            institution.is_public_partner = listed
            institution.save(update_fields=["is_public_partner"])
            self.log_change(
                request, institution, "Listed publicly." if listed else "No longer listed publicly."
            )
        where = "on" if listed else "off"
        self.message_user(
            request, f"{len(changed)} institution(s) {where} the public partner page.", messages.SUCCESS
        )

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


@admin.register(NameWord)
class NameWordAdmin(admin.ModelAdmin):
    """The search's dictionary, to look at: the database keeps it in step with the names (triggers)."""

    list_display = ["word", "names"]
    search_fields = ["word"]
    ordering = ["word"]
    fields = readonly_fields = ["word", "names"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(InstitutionMerge)
class InstitutionMergeAdmin(admin.ModelAdmin):
    """Every merge, who made it, and an action to undo it."""

    list_display = ["removed_name", "kept", "merged_at", "merged_by", "undone_at"]
    list_select_related = ["kept", "merged_by"]
    list_filter = [("undone_at", admin.EmptyFieldListFilter)]
    search_fields = ["removed_name", "kept__name"]
    readonly_fields = ["kept", "removed_name", "merged_at", "merged_by", "undone_at", "what_it_did"]
    fields = readonly_fields

    @admin.display(description="what it did")
    def what_it_did(self, obj):
        return obj.summary()

    actions = ["undo_merges"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        """A merge record is what its undo reads: deleting it would make the merge final, silently."""
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
    form = InstitutionNameAdminForm
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
    actions = ["make_contacts"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("institution")

    def autocomplete_label(self, person):
        """A person as the admin autocomplete lists them: with their institution, to tell namesakes apart."""
        if person.institution is None:
            return f"{person} (no institution)"
        return f"{person} ({person.institution.name})"

    @admin.action(
        description="Make contacts of the selected people (as coordinators)", permissions=["change"]
    )
    def make_contacts(self, request, queryset):
        """People parsed from news become contacts only here, when a person decides it."""
        made, skipped = Contact.from_people(queryset.select_related("institution"), ContactRole.COORDINATOR)
        for contact in made:
            self.log_addition(request, contact, "Made from a person in the news.")
        self.message_user(request, f"Made {len(made)} contact(s).", messages.SUCCESS)
        if skipped:
            names = ", ".join(str(item) for item in skipped)
            self.message_user(
                request, f"Not made (no institution, or already a contact): {names}.", messages.WARNING
            )


@admin.register(Contact)
class ContactAdmin(admin.ModelAdmin):
    list_display = ["name", "role", "institution", "unit", "email", "phone", "is_current"]
    list_select_related = ["institution"]
    list_filter = ["role", "is_current", "institution__is_home"]
    search_fields = ["name", "email", "unit", "institution__name"]
    autocomplete_fields = ["institution", "person"]


@admin.register(ExpiryReminder)
class ExpiryReminderAdmin(admin.ModelAdmin):
    """Reminders sent by `expiring_agreements --remind`: read here, written only by the command."""

    list_display = ["agreement", "threshold_days", "valid_until", "sent_at"]
    list_select_related = ["agreement"]
    readonly_fields = ["agreement", "threshold_days", "valid_until", "recipients", "sent_at"]
    fields = readonly_fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


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


class CoordinatorInline(admin.TabularInline):
    model = Coordinator
    extra = 0
    autocomplete_fields = ["contact"]
    verbose_name_plural = "coordinators (one per party: ours and each partner's)"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("contact__institution", "institution")


class AgreementDocumentInline(admin.TabularInline):
    """Uploads are checked by content and size (registry.common.uploads); they download from the site."""

    model = AgreementDocument
    form = AgreementDocumentForm
    extra = 0
    fields = [
        "kind",
        "label",
        "dated_on",
        "file",
        "file_kept",
        "content_type",
        "size",
        "uploaded_by",
        "uploaded_at",
    ]
    readonly_fields = ["content_type", "size", "uploaded_by", "uploaded_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("uploaded_by")


class ExchangePlacesInline(admin.TabularInline):
    model = ExchangePlaces
    extra = 0
    autocomplete_fields = ["partner"]
    fields = [
        "academic_year",
        "direction",
        "mobility",
        "study_level",
        "subject_area",
        "partner",
        "people",
        "months",
        "people_used",
        "months_used",
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("partner")


class StateChangeInline(admin.TabularInline):
    """The workflow's history: written when the state changes (on the agreement page or here), not edited."""

    model = StateChange
    extra = 0
    can_delete = False
    fields = ["changed_at", "from_status", "to_status", "changed_by", "comment"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("changed_by")


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


class AgreementForm(PartialDateFormMixin, forms.ModelForm):
    """The agreement's admin form: a partial date's missing precision is an error in words."""

    partial_dates = ("signed_on",)


@admin.register(Agreement)
class AgreementAdmin(SimpleHistoryAdmin):
    form = AgreementForm
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
        (None, {"fields": ["title", "kind", "status", "renews"]}),
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
    inlines = [
        PartyInline,
        SignatoryInline,
        CoordinatorInline,
        AgreementDocumentInline,
        ExchangePlacesInline,
        StateChangeInline,
        AgreementCitationInline,
    ]

    def render_change_form(self, request, context, *args, **kwargs):
        """After a failed submit: keep the documents chosen (a browser cannot refill a file input)."""
        if request.method == "POST":
            kept = [
                name
                for inline in context.get("inline_admin_formsets", [])
                for form in inline.formset.forms
                if isinstance(form, AgreementDocumentForm)
                for name in form.keep_uploads()
            ]
            if kept:
                message = f"Kept from your last try: {', '.join(kept)}. Saved once the errors are fixed."
                messages.info(request, message)
        return super().render_change_form(request, context, *args, **kwargs)

    def save_model(self, request, obj, form, change):
        """A status changed here is a change of state too: recorded with who and when (any move is allowed:
        the admin is where wrong records are corrected)."""
        super().save_model(request, obj, form, change)
        if change and "status" in form.changed_data:
            StateChange.objects.create(
                agreement=obj,
                from_status=form.initial.get("status", ""),
                to_status=obj.status,
                changed_by=request.user,
                comment="Changed in the admin.",
            )

    def save_formset(self, request, form, formset, change):
        """Uploaded documents record who uploaded them."""
        instances = formset.save(commit=False)
        for instance in instances:
            if isinstance(instance, AgreementDocument) and instance.uploaded_by_id is None:
                instance.uploaded_by = request.user
            instance.save()
        for removed in formset.deleted_objects:
            removed.delete()
        formset.save_m2m()

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


@admin.register(Coordinator)
class CoordinatorAdmin(admin.ModelAdmin):
    list_display = ["contact", "institution", "agreement"]
    list_select_related = ["contact", "institution", "agreement"]
    search_fields = ["contact__name", "institution__name", "agreement__title"]
    autocomplete_fields = ["contact", "agreement"]


@admin.register(AgreementDocument)
class AgreementDocumentAdmin(admin.ModelAdmin):
    list_display = ["label", "kind", "agreement", "dated_on", "content_type", "size", "uploaded_at"]
    list_select_related = ["agreement"]
    list_filter = ["kind", "content_type"]
    search_fields = ["label", "agreement__title"]
    autocomplete_fields = ["agreement"]
    readonly_fields = ["content_type", "size", "uploaded_by", "uploaded_at"]

    def save_model(self, request, obj, form, change):
        if obj.uploaded_by_id is None:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(ExchangePlaces)
class ExchangePlacesAdmin(admin.ModelAdmin):
    list_display = [
        "agreement",
        "academic_year",
        "direction",
        "mobility",
        "subject_area",
        "people",
        "people_used",
    ]
    list_select_related = ["agreement"]
    list_filter = ["academic_year", "direction", "mobility", "study_level"]
    search_fields = ["agreement__title"]
    autocomplete_fields = ["agreement", "partner"]


@admin.register(StateChange)
class StateChangeAdmin(admin.ModelAdmin):
    """Every change of state, across agreements: written by the workflow, read here."""

    list_display = ["agreement", "from_status", "to_status", "changed_by", "changed_at"]
    list_select_related = ["agreement", "changed_by"]
    list_filter = ["to_status", ("changed_at", admin.DateFieldListFilter)]
    search_fields = ["agreement__title", "comment"]
    readonly_fields = ["agreement", "from_status", "to_status", "changed_by", "changed_at", "comment"]
    fields = readonly_fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
