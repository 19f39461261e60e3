import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_form_links_the_privacy_notice_and_the_status_check(client, language):
    with translation.override(language):
        form, privacy, status = (
            reverse(name) for name in ("inquiries:form", "inquiries:privacy", "inquiries:status")
        )
    html = client.get(form).content.decode()
    assert f'href="{privacy}"' in html
    assert f'href="{status}"' in html
    assert 'href=""' not in html
