"""The comparison page, and the PDF profiles of a park and of a comparison."""

from urllib.parse import urlencode

from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from parks.models import Park

from .comparing import MAX_PARKS, chosen_parks, chosen_slugs, comparison, find_park
from .presenting import Choices, grouped, unit_options


def compare_url(slugs, choices, name="figures:compare"):
    query = [("parks", slug) for slug in slugs] + choices.query_items()
    return reverse(name) + (f"?{urlencode(query)}" if query else "")


def compare(request):
    slugs = chosen_slugs(request.GET)
    choices = Choices.from_query(request.GET)
    remove = request.GET.get("remove", "")
    added = request.GET.get("add", "")
    if remove or added:
        if remove in slugs:
            slugs.remove(remove)
        if added:
            park = find_park(added)
            if park is None:
                messages.warning(request, _("No park is called “%s”.") % added[:100])
            elif park.slug not in slugs and len(slugs) < MAX_PARKS:
                slugs.append(park.slug)
        return HttpResponseRedirect(compare_url(slugs, choices))
    parks = chosen_parks(slugs)
    context = {
        "parks": parks,
        "groups": comparison(parks, choices),
        "choices": choices,
        "pickers": unit_options(choices),
        "slugs": [park.slug for park in parks],
        "may_add": len(parks) < MAX_PARKS,
        "max_parks": MAX_PARKS,
        "removals": [
            (park, compare_url([p.slug for p in parks if p != park], choices)) for park in parks
        ],
        "pdf_url": compare_url([p.slug for p in parks], choices, "figures:compare_pdf"),
    }
    return render(request, "figures/compare.html", context)


def park_pdf(request, slug):
    park = Park.objects.published().filter(slug=slug).select_related("province", "city", "district")
    park = park.prefetch_related("figures").first()
    if park is None:
        raise Http404
    choices = Choices.from_query(request.GET)
    context = {"park": park, "groups": grouped(list(park.figures.all()), choices)}
    context["choices"] = choices
    return pdf_response(request, "figures/pdf/park.html", context, f"{park.slug}.pdf")


def compare_pdf(request):
    choices = Choices.from_query(request.GET)
    parks = chosen_parks(chosen_slugs(request.GET))
    if not parks:
        raise Http404
    context = {"parks": parks, "groups": comparison(parks, choices), "choices": choices}
    return pdf_response(request, "figures/pdf/compare.html", context, "comparison.pdf")


def pdf_response(request, template, context, filename):
    from .pdf import render_pdf

    html = render(request, template, context).content.decode()
    language = get_language() or "en"
    response = HttpResponse(render_pdf(html, request.build_absolute_uri("/")), "application/pdf")
    response["Content-Disposition"] = f'inline; filename="{language}-{filename}"'
    return response
