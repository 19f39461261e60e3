"""The investment officers' back office for inquiries."""

import logging

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from common.languages import columns

from .export import write_csv
from .mail import deliver, site_url_of
from .models import OFFICERS_GROUP, Inquiry, InquiryNote, InquiryRecipient

logger = logging.getLogger("inquiries")


class OverdueFilter(admin.SimpleListFilter):
    """Inquiries past their service target without a first answer."""

    title = _("service target")
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [
            ("yes", _("Overdue")),
            ("no", _("Not overdue")),
            ("open", _("Waiting for a first answer")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "open":
            return queryset.open()
        if self.value() == "yes":
            return queryset.overdue()
        if self.value() == "no":
            return queryset.on_time()
        return queryset


class MailFilter(admin.SimpleListFilter):
    """Inquiries whose acknowledgement or notification has not gone out."""

    title = _("mail sent")
    parameter_name = "mail"

    def lookups(self, request, model_admin):
        return [("missing", _("Not sent yet"))]

    def queryset(self, request, queryset):
        if self.value() == "missing":
            return queryset.mail_missing()
        return queryset


class InquiryNoteInline(admin.TabularInline):
    """Notes are a record: an officer adds one, nobody rewrites or deletes it."""

    model = InquiryNote
    fields = ("text", "author", "created_at")
    readonly_fields = ("author", "created_at")
    extra = 1
    can_delete = False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Inquiry)
class InquiryAdmin(admin.ModelAdmin):
    list_display = (
        "reference",
        "organisation",
        "name",
        "status",
        "assignee",
        "created_at",
        "respond_by",
        "overdue",
        "mail_sent",
    )
    list_filter = (
        "status",
        OverdueFilter,
        MailFilter,
        ("assignee", admin.RelatedOnlyFieldListFilter),
        ("park", admin.RelatedOnlyFieldListFilter),
        "preferred_language",
    )
    search_fields = ("reference", "name", "organisation", "email")
    list_select_related = ("assignee",)
    date_hierarchy = "created_at"
    inlines = [InquiryNoteInline]
    actions = ["resend_mail", "export_csv"]
    fieldsets = (
        (None, {"fields": ("reference", "status", "assignee")}),
        (
            _("Investor"),
            {"fields": ("name", "organisation", "email", "phone", "country", "preferred_language")},
        ),
        (
            _("Interest"),
            {
                "fields": (
                    "park",
                    "opportunity",
                    "chain_link",
                    "sector",
                    "investment_size",
                    "timeline",
                    "message",
                )
            },
        ),
        (
            _("Service target"),
            {
                "fields": (
                    "created_at",
                    "respond_by",
                    "first_response_at",
                    "closed_at",
                    "consented_at",
                )
            },
        ),
        (_("Mail"), {"fields": ("acknowledged_at", "notified_at", "mail_error")}),
    )
    # What the investor sent stays as sent; officers set the status and the assignee.
    readonly_fields = (
        "reference",
        *Inquiry.INVESTOR_FIELDS,
        "created_at",
        "respond_by",
        "first_response_at",
        "closed_at",
        "consented_at",
        "acknowledged_at",
        "notified_at",
        "mail_error",
    )

    def has_add_permission(self, request):
        # Inquiries come from the public form, which gives them their reference.
        return False

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "assignee":
            kwargs["queryset"] = get_user_model().objects.filter(
                groups__name=OFFICERS_GROUP, is_active=True
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_formset(self, request, form, formset, change):
        for note in formset.save(commit=False):
            if note.pk is None:
                note.author = request.user
            note.save()
        formset.save_m2m()

    @admin.display(description=_("overdue"), boolean=True, ordering="respond_by")
    def overdue(self, obj):
        return obj.is_overdue

    @admin.display(description=_("mail sent"), boolean=True)
    def mail_sent(self, obj):
        return obj.acknowledged_at is not None and obj.notified_at is not None

    @admin.action(description=_("Send the missing mail again"), permissions=["change"])
    def resend_mail(self, request, queryset):
        sent = failed = 0
        for inquiry in queryset.select_related("park", "opportunity__park", "sector"):
            if inquiry.acknowledged_at and inquiry.notified_at:
                continue
            if deliver(inquiry, site_url_of(request)):
                sent += 1
            else:
                failed += 1
        if sent:
            self.message_user(
                request,
                ngettext(
                    "Mail sent for %(count)d inquiry.", "Mail sent for %(count)d inquiries.", sent
                )
                % {"count": sent},
                messages.SUCCESS,
            )
        if failed:
            self.message_user(
                request,
                ngettext(
                    "Mail failed again for %(count)d inquiry: see its mail error.",
                    "Mail failed again for %(count)d inquiries: see their mail errors.",
                    failed,
                )
                % {"count": failed},
                messages.ERROR,
            )
        if not sent and not failed:
            self.message_user(
                request, _("The selected inquiries had no mail left to send."), messages.INFO
            )

    @admin.action(description=_("Export selected inquiries as CSV"), permissions=["view"])
    def export_csv(self, request, queryset):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        filename = f"inquiries-{timezone.localdate():%Y%m%d}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response.write("\ufeff")  # a byte-order mark, so that spreadsheets read UTF-8 Chinese
        write_csv(queryset, response)
        return response


@admin.register(InquiryRecipient)
class InquiryRecipientAdmin(admin.ModelAdmin):
    """Where new inquiries are mailed: the officers' (and superusers') decision, logged."""

    list_display = ("__str__", "email", "updated_at", "updated_by")
    list_select_related = ("park", "opportunity", "updated_by")
    search_fields = ("email", *columns("park__name"), *columns("opportunity__title"))
    autocomplete_fields = ("park", "opportunity")
    fields = ("park", "opportunity", "email", "updated_at", "updated_by")
    readonly_fields = ("updated_at", "updated_by")

    def save_model(self, request, obj, form, change):
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)
        # Who sent where: no investor's data, only the record and the staff member.
        logger.warning(
            "Inquiry recipient for %s set to %s by staff user %s",
            obj,
            obj.email,
            request.user.get_username(),
        )

    def delete_model(self, request, obj):
        logger.warning(
            "Inquiry recipient for %s removed by staff user %s", obj, request.user.get_username()
        )
        super().delete_model(request, obj)
