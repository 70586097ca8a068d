"""Staff pages for delegations and meetings."""

from django.urls import path

from delegations import views

app_name = "delegations"

urlpatterns = [
    path("delegations/", views.DelegationListView.as_view(), name="delegation-list"),
    path("delegations/<int:pk>/", views.DelegationDetailView.as_view(), name="delegation-detail"),
    path("meetings/", views.MeetingListView.as_view(), name="meeting-list"),
    path("meetings/<int:pk>/", views.MeetingDetailView.as_view(), name="meeting-detail"),
]
