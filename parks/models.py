from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from common.dates import PartialDateModel, newest_first
from common.money import AmountBasis, Currency, format_amount
from common.publishing import PublishableModel, PublishedQuerySet, listing_index
from places.fields import city_field, district_field, province_field

from .stages import Stage, TrackedAgreement, TrackedQuerySet


class Sector(PublishableModel):
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Sectors are listed in this order.")
    )

    class Meta:
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        ordering = ["position", "slug"]

    def __str__(self):
        return self.name


class Park(PublishableModel):
    class Kind(models.TextChoices):
        DEVELOPMENT_ZONE = "development_zone", _("Development zone")
        HIGH_TECH_ZONE = "high_tech_zone", _("High-tech zone")
        INDUSTRIAL_BASE = "industrial_base", _("Industrial base")
        INDUSTRIAL_PARK = "industrial_park", _("Industrial park")
        SCIENCE_PARK = "science_park", _("Science park")
        TECHNOLOGY_CITY = "technology_city", _("Technology city")
        TOURISM_ZONE = "tourism_zone", _("Tourism zone")

    class Status(models.TextChoices):
        OPERATING = "operating", _("Operating")
        UNDER_CONSTRUCTION = "under_construction", _("Under construction")
        PLANNED = "planned", _("Planned")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    aliases = models.TextField(
        _("other names"),
        blank=True,
        help_text=_(
            "Other names and short forms, in either language, one per line; "
            "news items that use them are linked to this record."
        ),
    )
    status = models.CharField(_("stage"), max_length=20, choices=Status, default=Status.OPERATING)
    province = province_field(required=True)
    city = city_field()
    district = district_field(help_text=_("One of the districts and counties of its city."))
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for lists."))
    description = models.TextField(_("description"), blank=True)
    highlights = models.TextField(
        _("key facts"),
        blank=True,
        help_text=_("One fact per line, each as the sources state it."),
    )
    sectors = models.ManyToManyField(
        Sector, verbose_name=_("sectors"), related_name="parks", blank=True
    )
    contact_name = models.CharField(_("contact officer"), max_length=120, blank=True)
    contact_email = models.EmailField(
        _("contact email"),
        blank=True,
        help_text=_(
            "Shown on the park's page. Where inquiries are mailed is set by the investment "
            "officers, under Inquiry recipients."
        ),
    )
    contact_phone = models.CharField(_("contact telephone"), max_length=40, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    image = models.ImageField(_("image"), upload_to="parks/", blank=True)

    class Meta:
        verbose_name = _("park")
        verbose_name_plural = _("parks")
        ordering = ["province_id", "city_id", "slug"]
        indexes = [
            models.Index(fields=["is_published", "province", "city"]),
            models.Index(fields=["kind"]),
            listing_index(
                "parks_park_listed", "province", "city", "slug", carrying=["kind", "status"]
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(
                    latitude__isnull=False,
                    longitude__isnull=False,
                    latitude__gte=-90,
                    latitude__lte=90,
                    longitude__gte=-180,
                    longitude__lte=180,
                ),
                name="parks_park_location_valid",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("parks:park_detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Give both latitude and longitude, or neither."))
        if self.district_id and self.district.city_id != self.city_id:
            raise ValidationError(
                {"district": _("Choose a district or county of the park's city.")}
            )


class Enterprise(PublishableModel):
    class Kind(models.TextChoices):
        COMPANY = "company", _("Company")
        UNIVERSITY = "university", _("University")
        RESEARCH_INSTITUTE = "research_institute", _("Research institute")
        GOVERNMENT = "government", _("Government body")
        ASSOCIATION = "association", _("Association")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.COMPANY)
    aliases = models.TextField(
        _("other names"),
        blank=True,
        help_text=_(
            "Other names and short forms, in either language, one per line; "
            "news items that use them are linked to this record."
        ),
    )
    park = models.ForeignKey(
        Park,
        verbose_name=_("park"),
        related_name="enterprises",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    province = province_field()
    city = city_field()
    description = models.TextField(_("description"))
    highlights = models.TextField(
        _("key facts"), blank=True, help_text=_("One fact per line, each as the sources state it.")
    )
    sectors = models.ManyToManyField(
        Sector, verbose_name=_("sectors"), related_name="enterprises", blank=True
    )
    website = models.URLField(_("website"), blank=True)

    class Meta:
        verbose_name = _("enterprise or organisation")
        verbose_name_plural = _("enterprises and organisations")
        ordering = ["slug"]
        indexes = [
            models.Index(fields=["is_published", "kind"]),
            listing_index("parks_enterprise_listed", "slug", carrying=["park", "city", "kind"]),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("parks:enterprise_detail", kwargs={"slug": self.slug})


class AgreementQuerySet(TrackedQuerySet, PublishedQuerySet):
    def in_register(self):
        """What the agreement register lists: what a source calls an agreement, signing or
        contract, not the projects and events it reports without one."""
        return self.filter(record_type=CooperationAgreement.RecordType.AGREEMENT)


class CooperationAgreement(TrackedAgreement, PublishableModel, PartialDateModel):
    class RecordType(models.TextChoices):
        AGREEMENT = "agreement", _("Agreement or signing")
        PROJECT = "project", _("Project")
        EVENT = "event", _("Event")

    class Kind(models.TextChoices):
        STRATEGIC_FRAMEWORK = "strategic_framework", _("Strategic framework agreement")
        INVESTMENT_PROJECT = "investment_project", _("Investment project")
        SCHOOL_ENTERPRISE = "school_enterprise", _("School-enterprise cooperation")
        INTENT = "intent", _("Letter of intent")
        OTHER = "other", _("Other signing")

    Stage = Stage

    title = models.CharField(_("title"), max_length=250)
    record_type = models.CharField(
        _("what it is"),
        max_length=12,
        choices=RecordType,
        default=RecordType.AGREEMENT,
        help_text=_(
            "The agreement register lists only what a source calls an agreement, signing or "
            "contract; a project or event is shown on the pages of its park and parties."
        ),
    )
    kind = models.CharField(
        _("kind"),
        max_length=24,
        choices=Kind,
        blank=True,
        help_text=_("The kind of agreement; empty for a project or an event."),
    )
    stage = models.CharField(
        _("stage"), max_length=16, choices=Stage, blank=True, db_index=True, editable=False,
        help_text=_("The latest stage a source supports, kept in step with the stages below; "
                    "empty while no stage has a source."),
    )  # fmt: skip
    parties = models.ManyToManyField(
        Enterprise,
        verbose_name=_("parties in the directory"),
        related_name="agreements",
        blank=True,
    )
    other_parties = models.TextField(
        _("other parties"),
        blank=True,
        help_text=_("Parties that are not in the directory, one per line."),
    )
    amount = models.DecimalField(
        _("amount"), max_digits=18, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(_("currency"), max_length=3, choices=Currency, blank=True)
    amount_basis = models.CharField(
        _("amount is"),
        max_length=12,
        choices=AmountBasis,
        blank=True,
        help_text=_("Whether the amount is intended, a planned investment or a signed value."),
    )
    park = models.ForeignKey(
        Park,
        verbose_name=_("park"),
        related_name="agreements",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    province = province_field()
    city = city_field(
        help_text=_("The city it concerns; lists filter by it, else by the park's city.")
    )
    sectors = models.ManyToManyField(
        Sector, verbose_name=_("sectors"), related_name="agreements", blank=True
    )
    summary = models.TextField(_("summary"))
    highlights = models.TextField(
        _("key facts"), blank=True, help_text=_("One fact per line, each as the sources state it.")
    )

    objects = AgreementQuerySet.as_manager()

    class Meta:
        verbose_name = _("cooperation agreement")
        verbose_name_plural = _("cooperation agreements")
        ordering = [*newest_first(), "slug"]
        indexes = [
            models.Index(fields=["is_published", "year", "month", "day"]),
            models.Index(fields=["kind"]),
            models.Index(fields=["is_published", "record_type"]),
        ]
        constraints = [
            *PartialDateModel.Meta.constraints,
            models.CheckConstraint(
                condition=~Q(record_type="agreement") | ~Q(kind=""),
                name="parks_agreement_has_kind",
            ),
            models.CheckConstraint(
                condition=Q(amount__isnull=True) | Q(amount__gte=0),
                name="parks_agreement_amount_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(amount__isnull=True) | (~Q(currency="") & ~Q(amount_basis="")),
                name="parks_agreement_amount_has_currency_and_basis",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("parks:agreement_detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.amount is not None and not (self.currency and self.amount_basis):
            raise ValidationError(
                _("An amount needs its currency and whether it is intended, planned or signed.")
            )
        if self.amount is not None and self.amount < 0:
            raise ValidationError({"amount": _("An amount cannot be negative.")})
        if self.record_type == self.RecordType.AGREEMENT and not self.kind:
            raise ValidationError({"kind": _("Say what kind of agreement it is.")})

    @property
    def amount_display(self):
        return format_amount(self.amount, self.currency)


class InvestmentOpportunity(PublishableModel):
    class Kind(models.TextChoices):
        SUPPORTING_ENTERPRISES = "supporting_enterprises", _("Supporting enterprises")
        INDUSTRIAL_PROJECT = "industrial_project", _("Industrial project")
        RD_PLATFORM = "rd_platform", _("Research and development platform")
        HEADQUARTERS = "headquarters", _("Headquarters")
        TALENT = "talent", _("Talent and education cooperation")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        IN_PROGRESS = "in_progress", _("Under way")
        CLOSED = "closed", _("Closed")

    title = models.CharField(_("title"), max_length=250)
    kind = models.CharField(_("kind"), max_length=24, choices=Kind)
    status = models.CharField(_("status"), max_length=12, choices=Status, default=Status.OPEN)
    park = models.ForeignKey(
        Park,
        verbose_name=_("park"),
        related_name="opportunities",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    province = province_field()
    city = city_field()
    sectors = models.ManyToManyField(
        Sector, verbose_name=_("sectors"), related_name="opportunities", blank=True
    )
    summary = models.TextField(_("summary"))
    description = models.TextField(_("description"), blank=True)
    incentives = models.TextField(_("incentives"), blank=True)
    investment_min = models.DecimalField(
        _("investment from"), max_digits=18, decimal_places=2, null=True, blank=True
    )
    investment_max = models.DecimalField(
        _("investment up to"), max_digits=18, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(_("currency"), max_length=3, choices=Currency, blank=True)
    source_statement = models.TextField(
        _("source statement"), help_text=_("The published statement this opportunity rests on.")
    )
    contact_name = models.CharField(_("contact officer"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)

    class Meta:
        verbose_name = _("investment opportunity")
        verbose_name_plural = _("investment opportunities")
        ordering = ["status", "slug"]
        indexes = [
            models.Index(fields=["is_published", "status"]),
            listing_index("parks_opportunity_listed", "status", "slug", carrying=["park", "kind"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(investment_min__isnull=True) | Q(investment_min__gte=0),
                name="parks_opportunity_min_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(investment_min__isnull=True)
                | Q(investment_max__isnull=True)
                | Q(investment_min__lte=models.F("investment_max")),
                name="parks_opportunity_range_ordered",
            ),
            models.CheckConstraint(
                condition=(Q(investment_min__isnull=True) & Q(investment_max__isnull=True))
                | ~Q(currency=""),
                name="parks_opportunity_range_has_currency",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("parks:opportunity_detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        low, high = self.investment_min, self.investment_max
        if low is not None and low < 0:
            raise ValidationError({"investment_min": _("An amount cannot be negative.")})
        if low is not None and high is not None and low > high:
            raise ValidationError(
                {"investment_max": _("The upper end of the range is below the lower end.")}
            )
        if (low is not None or high is not None) and not self.currency:
            raise ValidationError({"currency": _("An investment range needs its currency.")})

    @property
    def investment_range_display(self):
        low = format_amount(self.investment_min, self.currency)
        high = format_amount(self.investment_max, self.currency)
        if low and high:
            return f"{low} – {high}"
        return low or high


from .pictures import ParkImage  # noqa: E402, F401 - a park's pictures, in a module of their own
from .tracker import AgreementStage, stage_changed  # noqa: E402, F401 - the tracker's stages
