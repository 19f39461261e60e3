from urllib.parse import urlencode

import pytest
from django.urls import reverse
from django.utils import translation

from common import languages
from news.models import NewsItem, SourceDocument
from parks.models import CooperationAgreement, Enterprise, InvestmentOpportunity, Park

PAGES = [
    "pages:home",
    "pages:about",
    "parks:park_list",
    "parks:enterprise_list",
    "parks:opportunity_list",
    "parks:agreement_list",
    "news:list",
    "news:feed",
    "inquiries:form",
]
DETAILED = [Park, Enterprise, CooperationAgreement, InvestmentOpportunity, NewsItem, SourceDocument]


@pytest.fixture
def public_urls():
    """A function: every public URL in every language, with the detail page of every record
    in the database (published or not) and a search for each of ``searches``."""

    def urls(searches=()):
        found = ["/sitemap.xml"]
        for language in languages.codes():
            with translation.override(language):
                found += [reverse(name) for name in PAGES]
                for model in DETAILED:
                    found += [obj.get_absolute_url() for obj in model.objects.order_by("pk")]
                found += [f"{reverse('pages:search')}?{urlencode({'q': q})}" for q in searches]
        return found

    return urls
