from django.urls import path

from . import feeds, views

app_name = "news"

urlpatterns = [
    path("", views.NewsListView.as_view(), name="list"),
    path("feed/", feeds.LatestNewsFeed(), name="feed"),
    path("sources/<str:file_name>/", views.SourceDocumentView.as_view(), name="source"),
    path("<slug:slug>/", views.NewsDetailView.as_view(), name="detail"),
]
