"""Error pages that must work while a part of the site is down."""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views import defaults

from common import languages

logger = logging.getLogger("portal.errors")

# Seconds after which a visitor's browser or a monitor may try again.
RETRY_AFTER = 30


def database_unreachable(error):
    """Whether an exception (or what caused it) says the database cannot be reached."""
    while error is not None:
        if isinstance(error, OperationalError | InterfaceError):
            return True
        error = error.__cause__
    return False


def unavailable_pages():
    """The 503 page's text in every language, the visitor's first: it may be anyone's."""
    pages = []
    for code in languages.fallback_order():
        with translation.override(code):
            pages.append(
                {
                    "lang": languages.bcp47(code),
                    "title": _("The portal is briefly unavailable"),
                    "text": _(
                        "Our database cannot be reached at the moment. Please try again in a "
                        "minute; if you were sending a form, it has not been stored: send it "
                        "again then."
                    ),
                    "home": reverse("pages:home"),
                    "home_text": _("Back to the home page"),
                }
            )
    return pages


def service_unavailable(request):
    """A 503 page rendered without the database: no session, no user, no records."""
    body = render_to_string("503.html", {"pages": unavailable_pages()})
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request):
    """handler500: a friendly 503 while the database is down, the usual 500 page otherwise."""
    if database_unreachable(sys.exc_info()[1]):
        logger.error("The database is unreachable: answered 503")
        return service_unavailable(request)
    return defaults.server_error(request)
