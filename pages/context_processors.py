from django.urls import translate_url
from django.utils.translation import get_language_info

from common import languages


def site(request):
    """The languages offered, named in their own language, each linking to this same page."""
    current = languages.current()
    path = request.get_full_path()
    return {
        "language_links": [
            {
                "code": code,
                "name_local": get_language_info(code)["name_local"],
                "url": translate_url(path, code),
                "is_current": code == current,
            }
            for code in languages.codes()
        ],
    }
