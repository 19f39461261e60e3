import logging

from django.conf import settings
from django.core.validators import slug_re
from django.db import transaction
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django.views.generic import TemplateView

from chains.models import Chain
from common.ratelimit import is_limited, too_many_requests
from parks.models import InvestmentOpportunity, Park

from .forms import HONEYPOT, InquiryForm, StatusForm
from .mail import deliver, site_url_of
from .models import Inquiry
from .statistics import service_quarters
from .submission import Outcome, decoy_reference, submit

logger = logging.getLogger("inquiries")

# The thank-you page reads the reference from the visitor's own session, never from the URL.
SESSION_KEY = "inquiry_reference"
ALREADY_RECEIVED = "already-received"


def rate_limited(request):
    return too_many_requests(request, settings.PORTAL_INQUIRY_RATE_WINDOW)


def over_limit(request, scope, limit):
    if is_limited(request, scope, limit, settings.PORTAL_INQUIRY_RATE_WINDOW):
        logger.info("Inquiry %s: rate limit reached", scope)
        return True
    return False


def published_slug(model, query, name):
    """The published record a query-string slug names; anything else is ignored."""
    slug = query.get(name, "")
    if not slug or len(slug) > 80 or not slug_re.match(slug):
        return None
    return model.objects.published().filter(slug=slug).first()


def subject_of(query):
    """What the page the investor came from is about: a park, or an opportunity and its park."""
    initial = {}
    opportunity = published_slug(InvestmentOpportunity, query, "opportunity")
    if opportunity is not None:
        initial["opportunity"] = opportunity.pk
        if opportunity.park_id and opportunity.park.is_published:
            initial["park"] = opportunity.park_id
    park = published_slug(Park, query, "park")
    if park is not None:
        initial["park"] = park.pk
    link = chain_link_of(query)
    if link is not None:
        initial["chain_link"] = link.pk
    return initial


def chain_link_of(query):
    """The link of a published chain that ``?chain=<slug>&link=<slug>`` names, or None."""
    chain = published_slug(Chain, query, "chain")
    link = query.get("link", "")
    if chain is None or not link or len(link) > 80 or not slug_re.match(link):
        return None
    return chain.links.filter(slug=link).first()


def thank(request, reference):
    """To the thank-you page; without a reference it says the inquiry was already received."""
    request.session[SESSION_KEY] = reference or ALREADY_RECEIVED
    return redirect("inquiries:thanks")


@transaction.non_atomic_requests
@require_http_methods(["GET", "HEAD", "POST"])
def inquiry_form(request):
    if request.method == "POST":
        if over_limit(request, "form", settings.PORTAL_INQUIRY_RATE_LIMIT):
            return rate_limited(request)
        if request.POST.get(HONEYPOT):
            logger.info("Inquiry form: honeypot filled, nothing stored")
            return thank(request, decoy_reference())
        form = InquiryForm(request.POST)
        if form.is_valid():
            # Saved and committed first: a mail that fails afterwards loses nothing.
            inquiry, outcome = submit(form)
            if outcome is Outcome.ALREADY_RECEIVED:
                return thank(request, None)
            if outcome is Outcome.CREATED:
                logger.info("Inquiry %s received", inquiry.reference)
                deliver(inquiry, site_url_of(request))
            return thank(request, inquiry.reference)
    else:
        form = InquiryForm(initial=subject_of(request.GET))
    context = {"form": form, "target_days": settings.PORTAL_INQUIRY_TARGET_WORKING_DAYS}
    return render(request, "inquiries/inquiry_form.html", context)


@never_cache
@require_http_methods(["GET", "HEAD"])
def inquiry_thanks(request):
    reference = request.session.get(SESSION_KEY)
    if not reference:
        return redirect("inquiries:form")
    context = {
        "reference": "" if reference == ALREADY_RECEIVED else reference,
        "target_days": settings.PORTAL_INQUIRY_TARGET_WORKING_DAYS,
    }
    return render(request, "inquiries/inquiry_thanks.html", context)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def inquiry_status(request):
    """The status and date of one inquiry, for whoever knows both its reference and email."""
    result = None
    not_found = False
    if request.method == "POST":
        if over_limit(request, "status", settings.PORTAL_INQUIRY_STATUS_RATE_LIMIT):
            return rate_limited(request)
        form = StatusForm(request.POST)
        if form.is_valid():
            inquiry = Inquiry.objects.filter(
                reference=form.cleaned_data["reference"],
                email__iexact=form.cleaned_data["email"],
            ).first()
            if inquiry is None:
                not_found = True
            else:
                result = {
                    "reference": inquiry.reference,
                    "received": inquiry.created_at,
                    "status": inquiry.public_status,
                }
    else:
        form = StatusForm()
    context = {"form": form, "result": result, "not_found": not_found}
    return render(request, "inquiries/inquiry_status.html", context)


class PrivacyNoticeView(TemplateView):
    template_name = "inquiries/privacy.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            officers_email=settings.PORTAL_OFFICERS_EMAIL,
            target_days=settings.PORTAL_INQUIRY_TARGET_WORKING_DAYS,
        )
        return context


class ServiceStatisticsView(TemplateView):
    """How quickly inquiries are answered, per quarter; no inquiry is named."""

    template_name = "inquiries/service.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            quarters=service_quarters(),
            target_days=settings.PORTAL_INQUIRY_TARGET_WORKING_DAYS,
            **kwargs,
        )
