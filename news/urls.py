from django.urls import path

from . import views

app_name = "news"

urlpatterns = [
    path("", views.NewsListView.as_view(), name="list"),
    path("sources/<str:file_name>/", views.SourceDocumentView.as_view(), name="source"),
    path("<slug:slug>/", views.NewsDetailView.as_view(), name="detail"),
]
