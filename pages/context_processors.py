from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info


def site(request):
    """The languages offered, named in their own language, each linking to this same page."""
    current = get_language()
    path = request.get_full_path()
    return {
        "language_links": [
            {
                "code": code,
                "name_local": get_language_info(code)["name_local"],
                "url": translate_url(path, code),
                "is_current": code == current,
            }
            for code, _name in settings.LANGUAGES
        ],
    }
