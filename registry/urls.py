"""The site's URLs: staff pages, login and the admin."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from registry.pages.intake.views import MarkReviewedView
from registry.pages.views import CalendarFeedPageView, CalendarFeedView, HomeView, StatisticsView

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("statistics/", StatisticsView.as_view(), name="statistics"),
    path("calendar/", CalendarFeedPageView.as_view(), name="calendar"),
    path("calendar.ics", CalendarFeedView.as_view(), name="calendar-feed"),
    path("intake/", include("registry.pages.intake.urls")),
    path(
        "records/<str:app_label>/<str:model_name>/<int:pk>/reviewed/",
        MarkReviewedView.as_view(),
        name="mark-reviewed",
    ),
    path("", include("agreements.urls")),
    path("", include("delegations.urls")),
    path("admin/", admin.site.urls),
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
