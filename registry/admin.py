"""Admin for the registry's users (their accounts: who may grant what; calendar feeds and API tokens), and the
admin's spreadsheet import."""

import datetime
import re
import secrets
import time
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.views.generic import TemplateView

from agreements.models import Agreement
from registry.ingest.spreadsheets import (
    FILE_KINDS,
    ImportRefused,
    SpreadsheetError,
    apply_plan,
    plan_import,
    read_table,
)
from registry.models import ApiToken, CalendarFeed

# What only a superuser may give or take: each of these lets an account grant itself the rest.
SUPERUSER_ONLY_FIELDS = ("is_superuser", "is_staff", "user_permissions")
ADMIN_ROLE = "admin"


admin.site.unregister(User)
admin.site.unregister(Group)


@admin.register(User)
class RegistryUserAdmin(UserAdmin):
    """Accounts, managed by the admin role, which may not raise any account (its own included) above itself.

    An admin sets passwords, activates accounts and gives the viewer and editor roles; making a
    superuser or a staff account, granting single permissions and joining or leaving the admin
    role are for superusers, and so is any change to a superuser's account (its password would be
    a way in).
    """

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        if request.user.is_superuser:
            return readonly
        return (*readonly, *SUPERUSER_ONLY_FIELDS)

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if request.user.is_superuser or "groups" not in form.base_fields:
            return form

        class AdminRoleForSuperusersOnly(form):
            def clean_groups(self):
                groups = self.cleaned_data["groups"]
                was_admin = self.instance.pk and self.instance.groups.filter(name=ADMIN_ROLE).exists()
                if bool(was_admin) != groups.filter(name=ADMIN_ROLE).exists():
                    raise ValidationError(
                        "Only a superuser may add an account to the admin role or remove it."
                    )
                return groups

        return AdminRoleForSuperusersOnly


@admin.register(Group)
class RegistryGroupAdmin(GroupAdmin):
    """The roles are made by a migration with exactly their permissions: only a superuser changes them."""

    def has_add_permission(self, request):
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser


@admin.register(CalendarFeed)
class CalendarFeedAdmin(admin.ModelAdmin):
    """Who has a calendar feed and when it was last fetched; deleting one revokes its address."""

    list_display = ["user", "created_at", "last_used_at"]
    list_select_related = ["user"]
    search_fields = ["user__username", "user__email"]
    readonly_fields = ["user", "created_at", "last_used_at"]
    fields = readonly_fields

    def has_add_permission(self, request):
        return False  # each user makes their own on the Calendar feed page

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Every user's API tokens, when each was last used; deleting one revokes it."""

    list_display = ["name", "user", "created_at", "last_used_at"]
    list_select_related = ["user"]
    search_fields = ["name", "user__username", "user__email"]
    readonly_fields = ["name", "user", "created_at", "last_used_at"]
    fields = readonly_fields

    def has_add_permission(self, request):
        return False  # each user makes their own at /api/tokens/, and sees the secret once

    def has_change_permission(self, request, obj=None):
        return False


#: Uploads larger than this are refused: an agreement list of tens of thousands of rows is smaller.
MAX_IMPORT_BYTES = 10 * 1024 * 1024
UPLOAD_ID = re.compile(r"[A-Za-z0-9_-]{22}")


class AgreementImportForm(forms.Form):
    file = forms.FileField(
        help_text="A .csv or .xlsx file, one row per agreement (README: 'Importing a spreadsheet')."
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if Path(upload.name).suffix.lower() not in FILE_KINDS:
            raise forms.ValidationError("Choose a .csv or .xlsx file.")
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(f"The file is larger than {MAX_IMPORT_BYTES // 1024 // 1024} MB.")
        return upload


#: An upload previewed but neither imported nor cancelled is deleted after this long.
UPLOAD_LIFETIME = datetime.timedelta(days=1)


def uploads_dir():
    return Path(settings.MEDIA_ROOT) / "imports"


def forget_stale_uploads():
    """Delete uploads older than UPLOAD_LIFETIME: previews someone walked away from."""
    cutoff = time.time() - UPLOAD_LIFETIME.total_seconds()
    for stored in uploads_dir().iterdir():
        if stored.stat().st_mtime < cutoff:
            stored.unlink(missing_ok=True)


class AgreementImportView(PermissionRequiredMixin, TemplateView):
    """Import a spreadsheet of agreements: upload, read the preview row by row, then import or not.

    The file waits between the preview and the decision under a random name in MEDIA_ROOT/imports/,
    and is planned again when the import is confirmed: what is written is what the registry then holds.
    """

    permission_required = "agreements.add_agreement"
    template_name = "admin/agreements/agreement/import.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            **admin.site.each_context(self.request),
            title="Import agreements from a spreadsheet",
            opts=Agreement._meta,
            form=kwargs.pop("form", None) or AgreementImportForm(),
            **kwargs,
        )

    def post(self, request):
        if "upload" in request.POST:
            return self.confirm(request)
        form = AgreementImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload = form.cleaned_data["file"]
        upload_id, name = secrets.token_urlsafe(16), Path(upload.name).name
        uploads_dir().mkdir(parents=True, exist_ok=True)
        forget_stale_uploads()
        with (uploads_dir() / upload_id).open("wb") as stored:
            for chunk in upload.chunks():
                stored.write(chunk)
        return self.preview(upload_id, name)

    def plan(self, upload_id, name):
        with (uploads_dir() / upload_id).open("rb") as stored:
            return plan_import(read_table(stored, name=name))

    def preview(self, upload_id, name, error=""):
        try:
            plan = self.plan(upload_id, name)
        except SpreadsheetError as problem:
            (uploads_dir() / upload_id).unlink(missing_ok=True)
            return self.render_to_response(self.get_context_data(import_error=str(problem)))
        counts = plan.counts()
        return self.render_to_response(
            self.get_context_data(plan=plan, counts=counts, upload_id=upload_id, name=name, error=error)
        )

    def confirm(self, request):
        upload_id, name = request.POST["upload"], Path(request.POST.get("name", "")).name
        if not UPLOAD_ID.fullmatch(upload_id) or not (uploads_dir() / upload_id).is_file():
            messages.error(request, "That upload is no longer here: choose the file again.")
            return redirect("agreement-import")
        if "cancel" in request.POST:
            (uploads_dir() / upload_id).unlink(missing_ok=True)
            return redirect("agreement-import")
        try:
            counts = apply_plan(self.plan(upload_id, name), skip_refused="skip_refused" in request.POST)
        except ImportRefused as refused:
            return self.preview(
                upload_id, name, error=f"{len(refused.rows)} row(s) refused: nothing was imported."
            )
        (uploads_dir() / upload_id).unlink(missing_ok=True)
        messages.success(
            request,
            f"{name}: {counts['create']} agreement(s) created, {counts['match']} already in the registry, "
            f"{counts['repeat']} repeated row(s), {counts['new_institutions']} new institution(s), "
            f"{counts['refuse']} row(s) refused and left out. They are not verified yet.",
        )
        return redirect(reverse("admin:agreements_agreement_changelist"))
