from django.urls import path

from . import views

app_name = "parks"

urlpatterns = [
    path("parks/", views.ParkListView.as_view(), name="park_list"),
    path("parks/<slug:slug>/", views.ParkDetailView.as_view(), name="park_detail"),
    path("enterprises/", views.EnterpriseListView.as_view(), name="enterprise_list"),
    path(
        "enterprises/<slug:slug>/", views.EnterpriseDetailView.as_view(), name="enterprise_detail"
    ),
    path("agreements/", views.AgreementListView.as_view(), name="agreement_list"),
    path("agreements/<slug:slug>/", views.AgreementDetailView.as_view(), name="agreement_detail"),
    path("opportunities/", views.OpportunityListView.as_view(), name="opportunity_list"),
    path(
        "opportunities/<slug:slug>/",
        views.OpportunityDetailView.as_view(),
        name="opportunity_detail",
    ),
]
