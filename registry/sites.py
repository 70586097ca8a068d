"""The admin site: the editing tool for editors and admins only (registry.apps makes it the default)."""

from functools import wraps

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse

#: The longest admin search or autocomplete term: longer than any name, far below what makes SQLite's
#: LIKE give up (a pattern of 50,000 characters and more) or a search take seconds.
MAX_SEARCH_LENGTH = 300
SEARCH_PARAMETERS = ("q", "term")  # the changelist's search box, the autocomplete's typed text


def unusable_parameters(query):
    """The names of the query-string parameters the admin cannot run, and why (a message), or ([], "").

    A NUL character is refused by PostgreSQL in any query (it would be a 500) and can be in no
    record; a search term past MAX_SEARCH_LENGTH characters is refused by SQLite's LIKE.
    """
    with_nul = [key for key, values in query.lists() if "\x00" in key or any("\x00" in v for v in values)]
    if with_nul:
        return (
            with_nul,
            "The address held a NUL character, which no record contains: that filter was dropped.",
        )
    too_long = [key for key in SEARCH_PARAMETERS if len(query.get(key, "")) > MAX_SEARCH_LENGTH]
    if too_long:
        return too_long, f"Searches are limited to {MAX_SEARCH_LENGTH} characters: the search was dropped."
    return [], ""


def refuse_parameters(request, keys, message):
    """A JSON error for the autocomplete; for a page, itself again without `keys`, with the message."""
    if request.resolver_match.url_name == "autocomplete":
        return JsonResponse({"results": [], "pagination": {"more": False}, "error": message}, status=400)
    messages.error(request, message)
    kept = request.GET.copy()
    for key in keys:
        kept.pop(key, None)
    return redirect(f"{request.path}?{kept.urlencode()}" if kept else request.path)


class RegistryAutocompleteJsonView(AutocompleteJsonView):
    """The admin's autocomplete, where a ModelAdmin's `autocomplete_label(obj)` may say more than str(obj).

    Two people of one name ("Qian Haifeng") read the same in a drop-down; their institutions tell
    them apart. The ModelAdmin's get_queryset fetches what the label reads, in the same query.
    """

    def serialize_result(self, obj, to_field_name):
        result = super().serialize_result(obj, to_field_name)
        label = getattr(self.model_admin, "autocomplete_label", None)
        if label is not None:
            result["text"] = label(obj)
        return result


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
            keys, message = unusable_parameters(request.GET)
            if keys:
                return refuse_parameters(request, keys, message)
            return checked(request, *args, **kwargs)

        return inner

    def autocomplete_view(self, request):
        return RegistryAutocompleteJsonView.as_view(admin_site=self)(request)

    @login_not_required
    def login(self, request, extra_context=None):
        """One login page for the whole site: the admin's sends people to it."""
        return redirect_to_login(request.GET.get("next") or reverse("admin:index"), settings.LOGIN_URL)
