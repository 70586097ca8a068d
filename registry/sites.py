"""The registry's admin site: the editing tool for editors and admins only (registry.apps makes it the default)."""

from functools import wraps

from django.conf import settings
from django.contrib import admin
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.urls import reverse


class RegistryAdminSite(admin.AdminSite):
    site_header = "Cooperation registry"
    site_title = "Cooperation registry admin"
    index_title = "Records"

    def admin_view(self, view, cacheable=False):
        """Answer 403 to a signed-in user who may not edit, instead of asking them to log in again.

        Viewers browse the staff pages; the admin is for editors and admins (staff accounts).
        Anonymous visitors are still sent to the login page.
        """
        checked = super().admin_view(view, cacheable)

        @wraps(checked)
        def inner(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
            if not self.has_permission(request):
                raise PermissionDenied("Only editors and admins may use the admin.")
            return checked(request, *args, **kwargs)

        return inner

    @login_not_required
    def login(self, request, extra_context=None):
        """One login page for the whole site: the admin's sends people to it."""
        return redirect_to_login(request.GET.get("next") or reverse("admin:index"), settings.LOGIN_URL)
