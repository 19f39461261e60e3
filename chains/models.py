"""Industry chains as data: a chain is an ordered set of links, and enterprises, parks and
investment opportunities are placed on its links."""

from django.db import models
from django.db.models import OuterRef
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from common.counting import count_of
from common.publishing import PublishableModel
from parks.models import InvestmentOpportunity

# A link with at most this many published enterprises, no park strong in it and an open
# opportunity is a gap.
GAP_AT_MOST_ENTERPRISES = 1


def evidence_field():
    """The seeds' words that support a seeded chain or placement: [{"file", "quote"}]."""
    return models.JSONField(_("evidence from the seeds"), default=list, blank=True, editable=False)


class Chain(PublishableModel):
    name = models.CharField(_("name"), max_length=200)
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for lists."))
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Chains are listed in this order.")
    )
    evidence = evidence_field()

    class Meta:
        verbose_name = _("industry chain")
        verbose_name_plural = _("industry chains")
        ordering = ["position", "slug"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("chains:chain_detail", kwargs={"slug": self.slug})


def published_count(model, via):
    """A subquery counting a link's placements of published records."""
    return count_of(model.objects.filter(link=OuterRef("pk"), **{f"{via}__is_published": True}))


class ChainLinkQuerySet(models.QuerySet):
    def of_published_chains(self):
        return self.filter(chain__is_published=True)

    def with_counts(self):
        open_opportunities = OpportunityPlacement.objects.filter(
            link=OuterRef("pk"),
            opportunity__is_published=True,
            opportunity__status=InvestmentOpportunity.Status.OPEN,
        )
        return self.annotate(
            enterprise_count=published_count(EnterprisePlacement, "enterprise"),
            park_count=published_count(ParkPlacement, "park"),
            open_opportunity_count=count_of(open_opportunities),
        )


class ChainLink(models.Model):
    chain = models.ForeignKey(
        Chain, verbose_name=_("chain"), related_name="links", on_delete=models.CASCADE
    )
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Links are drawn in this order, upstream first.")
    )
    slug = models.SlugField(_("slug"), max_length=80)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    objects = ChainLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("chain link")
        verbose_name_plural = _("chain links")
        ordering = ["chain", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["chain", "slug"], name="chains_link_slug_unique")
        ]

    def __str__(self):
        return f"{self.chain} › {self.name}"

    def get_absolute_url(self):
        return f"{self.chain.get_absolute_url()}#link-{self.slug}"

    @property
    def is_gap(self):
        """Few or no enterprises, no park strong in it, and an open opportunity: a place to
        invest (needs the counts of ``with_counts()``)."""
        enterprises = getattr(self, "enterprise_count", None) or 0
        parks = getattr(self, "park_count", None) or 0
        opportunities = getattr(self, "open_opportunity_count", None) or 0
        return opportunities > 0 and not parks and enterprises <= GAP_AT_MOST_ENTERPRISES


class Placement(models.Model):
    link = models.ForeignKey(ChainLink, verbose_name=_("chain link"), on_delete=models.CASCADE)
    note = models.CharField(
        _("role on the link"),
        max_length=250,
        blank=True,
        help_text=_("What it makes or does there, in a few words; optional."),
    )
    evidence = evidence_field()

    class Meta:
        abstract = True


class EnterprisePlacement(Placement):
    enterprise = models.ForeignKey(
        "parks.Enterprise",
        verbose_name=_("enterprise"),
        related_name="chain_placements",
        on_delete=models.CASCADE,
    )
    is_leader = models.BooleanField(
        _("chain leader"), default=False, help_text=_("A leading enterprise of this chain.")
    )

    class Meta:
        verbose_name = _("enterprise on a chain link")
        verbose_name_plural = _("enterprises on chain links")
        ordering = ["link", "-is_leader", "pk"]
        default_related_name = "enterprise_placements"
        constraints = [
            models.UniqueConstraint(
                fields=["link", "enterprise"], name="chains_enterprise_placed_once"
            )
        ]

    def __str__(self):
        return f"{self.enterprise} · {self.link}"


class ParkPlacement(Placement):
    park = models.ForeignKey(
        "parks.Park",
        verbose_name=_("park"),
        related_name="chain_placements",
        on_delete=models.CASCADE,
    )

    class Meta:
        verbose_name = _("park strong on a chain link")
        verbose_name_plural = _("parks strong on chain links")
        ordering = ["link", "pk"]
        default_related_name = "park_placements"
        constraints = [
            models.UniqueConstraint(fields=["link", "park"], name="chains_park_placed_once")
        ]

    def __str__(self):
        return f"{self.park} · {self.link}"


class OpportunityPlacement(Placement):
    opportunity = models.ForeignKey(
        "parks.InvestmentOpportunity",
        verbose_name=_("investment opportunity"),
        related_name="chain_placements",
        on_delete=models.CASCADE,
    )

    class Meta:
        verbose_name = _("opportunity on a chain link")
        verbose_name_plural = _("opportunities on chain links")
        ordering = ["link", "pk"]
        default_related_name = "opportunity_placements"
        constraints = [
            models.UniqueConstraint(
                fields=["link", "opportunity"], name="chains_opportunity_placed_once"
            )
        ]

    def __str__(self):
        return f"{self.opportunity} · {self.link}"
