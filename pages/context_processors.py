from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import get_language_info

from common import languages


def language_url(path, code):
    """This page in language ``code``; its home page when the path names no page of the site.

    An unknown path (a 404 page) is never echoed back into a link: ``//evil.test/x`` would
    be a link to another site.
    """
    url = translate_url(path, code)
    if url == path or not url.startswith("/") or url.startswith(("//", "/\\")):
        with translation.override(code):
            return reverse("pages:home")
    return url


def site(request):
    """The languages offered, named in their own language, each linking to this same page;
    the page's canonical address, its x-default alternate and its default link-preview
    image, as absolute URLs."""
    current = languages.current()
    path = request.get_full_path()
    origin = f"{request.scheme}://{request.get_host()}"
    return {
        # A list filtered or paged (any query string) is a view of the list: canonical to it.
        "canonical_url": origin + request.path,
        # The sitemap's x-default: the page in the default language, without a query string.
        "x_default_url": origin
        + (
            request.path
            if current == settings.LANGUAGE_CODE
            else language_url(request.path, settings.LANGUAGE_CODE)
        ),
        "default_og_image_url": origin + static("pages/og-default.png"),
        "language_links": [
            {
                "code": code,
                "name_local": get_language_info(code)["name_local"],
                "url": language_url(path, code),
                "is_current": code == current,
            }
            for code in languages.codes()
        ],
    }
