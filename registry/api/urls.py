"""/api/: the records, your tokens, the OpenAPI schema and its browsable documentation."""

from django.urls import include, path
from rest_framework.routers import DefaultRouter

from registry.api import views

app_name = "api"


class ApiRootView(views.ApiViewMixin, DefaultRouter.APIRootView):
    """The API's endpoints, each with its address."""


class Router(DefaultRouter):
    APIRootView = ApiRootView
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
]
