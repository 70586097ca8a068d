"""Staff pages for institutions and agreements."""

from django.urls import path

from agreements import views

app_name = "agreements"

urlpatterns = [
    path("institutions/", views.InstitutionListView.as_view(), name="institution-list"),
    path("institutions/<int:pk>/", views.InstitutionDetailView.as_view(), name="institution-detail"),
    path("agreements/", views.AgreementListView.as_view(), name="agreement-list"),
    path("contacts/", views.ContactListView.as_view(), name="contact-list"),
    path("agreements/<int:pk>/", views.AgreementDetailView.as_view(), name="agreement-detail"),
    path(
        "agreements/in-preparation/", views.InPreparationListView.as_view(), name="agreement-in-preparation"
    ),
    path("agreements/<int:pk>/state/", views.AgreementStateChangeView.as_view(), name="agreement-state"),
    path("agreements/<int:pk>/documents/", views.DocumentUploadView.as_view(), name="document-upload"),
    path(
        "agreements/<int:agreement_pk>/documents/<int:pk>/",
        views.DocumentDownloadView.as_view(),
        name="document-download",
    ),
]
