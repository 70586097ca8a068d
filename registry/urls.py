"""The site's URLs: staff pages, login, the admin and the API."""

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path
from django.views.decorators.cache import cache_page

from registry.admin import AgreementImportView
from registry.pages.intake.views import MarkReviewedView
from registry.pages.partners import PublicPartnersView
from registry.pages.views import CalendarFeedPageView, CalendarFeedView, HomeView, StatisticsView

urlpatterns = [
    # Browsers ask for /favicon.ico where a page names no icon: send them the site's (static() at
    # request time: production's hashed name exists only after collectstatic).
    path(
        "favicon.ico",
        login_not_required(lambda request: redirect(static("registry/favicon.svg"))),
        name="favicon",
    ),
    path("", HomeView.as_view(), name="home"),
    path("statistics/", StatisticsView.as_view(), name="statistics"),
    path("calendar/", CalendarFeedPageView.as_view(), name="calendar"),
    path("calendar.ics", CalendarFeedView.as_view(), name="calendar-feed"),
    # The public partner page: anyone may open it (its view says so); one cached copy serves everyone.
    path(
        "partners/",
        cache_page(settings.REGISTRY_PUBLIC_PAGE_SECONDS, key_prefix="public-partners")(
            PublicPartnersView.as_view()
        ),
        name="public-partners",
    ),
    path("intake/", include("registry.pages.intake.urls")),
    path(
        "records/<str:app_label>/<str:model_name>/<int:pk>/reviewed/",
        MarkReviewedView.as_view(),
        name="mark-reviewed",
    ),
    path("", include("agreements.urls")),
    path("", include("delegations.urls")),
    path(
        "admin/import-agreements/",
        admin.site.admin_view(AgreementImportView.as_view()),
        name="agreement-import",
    ),
    path("admin/", admin.site.urls),
    path("api/", include("registry.api.urls")),
    # Only what staff need from django.contrib.auth.urls: the password-reset pages would be public,
    # and the registry sends no e-mail (an administrator resets a password in the admin).
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password_change/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "accounts/password_change/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
]
