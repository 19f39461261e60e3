from django.urls import path

from . import views

app_name = "figures"

urlpatterns = [
    path("compare/", views.compare, name="compare"),
    path("compare/profile.pdf", views.compare_pdf, name="compare_pdf"),
    path("parks/<slug:slug>/profile.pdf", views.park_pdf, name="park_pdf"),
]
