from django.urls import path

from . import views

app_name = "inquiries"
urlpatterns = [
    path("inquiry/", views.inquiry_form, name="form"),
    path("inquiry/thanks/", views.inquiry_thanks, name="thanks"),
    path("inquiry/status/", views.inquiry_status, name="status"),
    path("privacy/", views.PrivacyNoticeView.as_view(), name="privacy"),
    path("inquiry/service/", views.ServiceStatisticsView.as_view(), name="service"),
]
