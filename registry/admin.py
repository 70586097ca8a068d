"""Admin for what the registry app keeps about its users."""

from django.contrib import admin

from registry.models import CalendarFeed


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
