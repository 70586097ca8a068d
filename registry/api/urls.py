"""/api/: the records, your tokens, the OpenAPI schema and its browsable documentation."""

from django.contrib.auth.decorators import login_required
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from registry.api import views

app_name = "api"


class Router(DefaultRouter):
    include_format_suffixes = False  # JSON is chosen by the Accept header, or ?format=json


router = Router()
router.register("institutions", views.InstitutionViewSet, basename="institution")
router.register("agreements", views.AgreementViewSet, basename="agreement")
router.register("delegations", views.DelegationViewSet, basename="delegation")
router.register("meetings", views.MeetingViewSet, basename="meeting")
router.register("people", views.PersonViewSet, basename="person")
router.register("sources", views.SourceViewSet, basename="source")
router.register("tokens", views.ApiTokenViewSet, basename="token")


urlpatterns = [
    path("", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # A page for people: a browser without a session is sent to log in, like every page of the site.
    # The split view serves Swagger UI's start-up script as a file of its own: no inline script, so
    # the site's Content-Security-Policy stays as it is.
    path("docs/", login_required(SpectacularSwaggerSplitView.as_view(url_name="api:schema")), name="docs"),
]
