"""Admin for the registry's users: their accounts (who may grant what) and their calendar feeds."""

from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError

from registry.models import CalendarFeed

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
