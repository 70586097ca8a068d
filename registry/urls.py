"""The site's URLs: staff pages, login and the admin."""
from django.contrib import admin
from django.urls import include, path

from registry.views import HomeView

admin.site.site_header = "Cooperation registry"
admin.site.site_title = "Cooperation registry admin"
admin.site.index_title = "Records"

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("", include("agreements.urls")),
    path("", include("delegations.urls")),
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
]
