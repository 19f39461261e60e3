"""Investor inquiries: what an investor sent, and how the investment officers handle it."""

from datetime import timedelta

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .workdays import add_working_days

OFFICERS_GROUP = "Investment officers"
EDITORS_GROUP = "Editors"


class InvestmentSize(models.TextChoices):
    UNDECIDED = "undecided", _("Not yet decided")
    UNDER_10M = "under_10m", _("Under CNY 10 million")
    FROM_10M = "10m_50m", _("CNY 10 to 50 million")
    FROM_50M = "50m_100m", _("CNY 50 to 100 million")
    FROM_100M = "100m_500m", _("CNY 100 to 500 million")
    OVER_500M = "over_500m", _("CNY 500 million or more")


class Timeline(models.TextChoices):
    UNDECIDED = "undecided", _("Not yet decided")
    WITHIN_6_MONTHS = "6_months", _("Within 6 months")
    WITHIN_A_YEAR = "12_months", _("6 to 12 months")
    WITHIN_2_YEARS = "24_months", _("1 to 2 years")
    LATER = "later", _("More than 2 years")


class InquiryStatus(models.TextChoices):
    NEW = "new", _("New")
    ASSIGNED = "assigned", _("Assigned")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")
    SPAM = "spam", _("Spam")


class InquiryQuerySet(models.QuerySet):
    def open(self):
        """Inquiries still waiting for their first answer."""
        return self.filter(
            status__in=[InquiryStatus.NEW, InquiryStatus.ASSIGNED], first_response_at=None
        )

    def overdue(self, now=None):
        return self.open().filter(respond_by__lt=now or timezone.now())

    def past_retention(self, now=None):
        """Closed longer ago than the retention period of the privacy notice."""
        days = settings.PORTAL_INQUIRY_RETENTION_DAYS
        return self.filter(closed_at__lt=(now or timezone.now()) - timedelta(days=days))

    def mail_missing(self):
        return self.filter(Q(acknowledged_at=None) | Q(notified_at=None))

    def on_time(self, now=None):
        return self.exclude(pk__in=self.overdue(now).values("pk"))


class Inquiry(models.Model):
    Status = InquiryStatus

    reference = models.CharField(
        _("reference"),
        max_length=20,
        unique=True,
        null=True,
        editable=False,
        help_text=_("Given when the inquiry arrives: INQ-<year>-<number>."),
    )
    name = models.CharField(_("full name"), max_length=120)
    organisation = models.CharField(_("organisation"), max_length=200)
    email = models.EmailField(_("email address"), max_length=254)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    country = models.CharField(_("country or region"), max_length=100)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        help_text=_("The investor's mail is written in this language."),
    )
    park = models.ForeignKey(
        "parks.Park",
        verbose_name=_("park"),
        related_name="inquiries",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    opportunity = models.ForeignKey(
        "parks.InvestmentOpportunity",
        verbose_name=_("investment opportunity"),
        related_name="inquiries",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    chain_link = models.ForeignKey(
        "chains.ChainLink",
        verbose_name=_("industry chain link"),
        related_name="inquiries",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        help_text=_("The link of an industry chain the investor asked about, if any."),
    )
    sector = models.ForeignKey(
        "parks.Sector",
        verbose_name=_("sector"),
        related_name="inquiries",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    investment_size = models.CharField(
        _("investment size"),
        max_length=12,
        choices=InvestmentSize,
        default=InvestmentSize.UNDECIDED,
    )
    timeline = models.CharField(
        _("timeline"), max_length=12, choices=Timeline, default=Timeline.UNDECIDED
    )
    message = models.TextField(_("message"), max_length=5000)
    consented_at = models.DateTimeField(
        _("privacy notice accepted"),
        help_text=_("When the investor accepted the privacy notice."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.NEW)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assignee"),
        related_name="assigned_inquiries",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        help_text=_("The investment officer who answers it; a new inquiry becomes assigned."),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    respond_by = models.DateTimeField(
        _("answer due"),
        editable=False,
        help_text=_(
            "The service target: the first answer is due this many working days after the "
            "inquiry arrived (Saturday and Sunday do not count)."
        ),
    )
    first_response_at = models.DateTimeField(
        _("first answered"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Recorded automatically the first time the status becomes answered."),
    )
    closed_at = models.DateTimeField(
        _("closed"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "When the status became closed (or spam); the inquiry is deleted when the "
            "retention period the privacy notice states has passed since then."
        ),
    )
    acknowledged_at = models.DateTimeField(
        _("acknowledgement sent"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the investor's acknowledgement was mailed; empty: not sent yet."),
    )
    notified_at = models.DateTimeField(
        _("officers notified"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the park or the officers were told by mail; empty: not sent yet."),
    )
    mail_error = models.TextField(
        _("mail error"),
        blank=True,
        editable=False,
        help_text=_("Why the last mail failed; re-send it with the action in the list."),
    )
    # A keyed hash of the one-time token of the form that sent it: the same form sent twice
    # is the same inquiry, and only whoever holds that form learns its reference again.
    submission_digest = models.CharField(max_length=64, blank=True, default="", editable=False)

    objects = InquiryQuerySet.as_manager()

    # What the investor fills in: the form's fields, read-only for officers, exported as sent.
    INVESTOR_FIELDS = (
        "name",
        "organisation",
        "email",
        "phone",
        "country",
        "preferred_language",
        "park",
        "opportunity",
        "chain_link",
        "sector",
        "investment_size",
        "timeline",
        "message",
    )

    class Meta:
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "respond_by"]),
            models.Index(fields=["created_at"]),
            models.Index(fields=["email", "created_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=InquiryStatus.values),
                name="inquiries_inquiry_status_valid",
            ),
            models.UniqueConstraint(
                fields=["submission_digest"],
                condition=~Q(submission_digest=""),
                name="inquiries_inquiry_one_per_form",
            ),
        ]

    def __str__(self):
        # The reference only: this text ends up in admin history and logs.
        return self.reference or str(_("inquiry (not yet saved)"))

    def save(self, *args, **kwargs):
        now = timezone.now()
        update_fields = kwargs.get("update_fields")
        changed = set()
        if self.assignee_id and self.status == self.Status.NEW:
            self.status = self.Status.ASSIGNED
            changed.add("status")
        if self.status == self.Status.ANSWERED and self.first_response_at is None:
            self.first_response_at = now
            changed.add("first_response_at")
        is_closed = self.status in (self.Status.CLOSED, self.Status.SPAM)
        if is_closed and self.closed_at is None:
            self.closed_at = now
            changed.add("closed_at")
        elif not is_closed and self.closed_at is not None:  # reopened
            self.closed_at = None
            changed.add("closed_at")
        if self.respond_by is None:
            days = settings.PORTAL_INQUIRY_TARGET_WORKING_DAYS
            self.respond_by = add_working_days(timezone.localtime(now), days)
            changed.add("respond_by")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, *changed}
        with transaction.atomic():
            super().save(*args, **kwargs)
            if not self.reference:
                # The primary key makes the number: unique, and never reused.
                year = timezone.localtime(self.created_at).year
                self.reference = f"INQ-{year}-{self.pk:05d}"
                type(self).objects.filter(pk=self.pk).update(reference=self.reference)

    @property
    def is_overdue(self):
        return (
            self.status in (self.Status.NEW, self.Status.ASSIGNED)
            and self.first_response_at is None
            and self.respond_by is not None
            and self.respond_by < timezone.now()
        )

    @property
    def public_status(self):
        """What the investor is told: spam is not named, a closed inquiry is closed."""
        return PUBLIC_STATUS[self.status]


PUBLIC_STATUS = {
    Inquiry.Status.NEW: _("Received; waiting to be assigned to an investment officer."),
    Inquiry.Status.ASSIGNED: _("An investment officer is working on it."),
    Inquiry.Status.ANSWERED: _("Answered: an investment officer has replied to you."),
    Inquiry.Status.CLOSED: _("Closed."),
    Inquiry.Status.SPAM: _("Closed."),
}


class InquiryNote(models.Model):
    inquiry = models.ForeignKey(
        Inquiry, verbose_name=_("inquiry"), related_name="notes", on_delete=models.CASCADE
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        related_name="inquiry_notes",
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
    )
    text = models.TextField(_("note"), max_length=5000)
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.inquiry} #{self.pk}"


class InquiryRecipient(models.Model):
    """Where new inquiries about one park or one opportunity are mailed.

    Investors' personal data goes to this address, so it is set by the investment officers
    (and superusers), not by whoever edits the park's public page; every change is logged.
    """

    park = models.OneToOneField(
        "parks.Park",
        verbose_name=_("park"),
        related_name="inquiry_recipient",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
    )
    opportunity = models.OneToOneField(
        "parks.InvestmentOpportunity",
        verbose_name=_("investment opportunity"),
        related_name="inquiry_recipient",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
    )
    email = models.EmailField(
        _("email address"), help_text=_("New inquiries about this park or opportunity go here.")
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        related_name="+",
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
    )

    class Meta:
        verbose_name = _("inquiry recipient")
        verbose_name_plural = _("inquiry recipients")
        ordering = ["park", "opportunity"]
        constraints = [
            models.CheckConstraint(
                condition=Q(park__isnull=False, opportunity__isnull=True)
                | Q(park__isnull=True, opportunity__isnull=False),
                name="inquiries_recipient_for_one_record",
            )
        ]

    def __str__(self):
        return str(self.park or self.opportunity)
