from django.urls import path

from . import views

app_name = "chains"

urlpatterns = [
    path("chains/", views.ChainListView.as_view(), name="chain_list"),
    path("chains/<slug:slug>/", views.ChainDetailView.as_view(), name="chain_detail"),
]
