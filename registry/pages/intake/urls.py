from django.urls import path

from registry.pages.intake import views

app_name = "intake"
urlpatterns = [
    path("", views.ProposalListView.as_view(), name="proposal-list"),
    path("new/", views.NewArticleView.as_view(), name="new"),
    path("<int:pk>/", views.ReviewView.as_view(), name="review"),
]
