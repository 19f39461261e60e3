"""An investor sends an inquiry in Chinese with a real browser, and reads the reference."""

import re

import pytest
from django.core import mail
from django.core.cache import cache

from inquiries.models import Inquiry
from tests.e2e.conftest import check_page
from tests.factories import make_opportunity, make_park, route_inquiries


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()
    yield
    cache.clear()


def test_send_an_inquiry_in_chinese_and_see_the_reference(new_page, transactional_db):
    park = route_inquiries(make_park(), "invest@park.example")
    opportunity = make_opportunity(park=park)
    page = new_page(locale="zh-CN")
    # From the opportunity's page, as an investor comes.
    page.goto(f"/zh-hans/opportunities/{opportunity.slug}/")
    with page.expect_navigation():
        page.get_by_role("link", name="咨询该投资机会").click()
    assert page.locator("html").get_attribute("lang") == "zh-Hans"
    assert page.locator("#id_opportunity").input_value() == str(opportunity.pk)
    assert page.locator("#id_preferred_language").input_value() == "zh-hans"
    trap = page.locator(".form-trap").bounding_box()
    assert trap is None or trap["x"] + trap["width"] <= 0  # off-screen for people
    check_page(page, "inquiry-form-zh-hans")

    page.fill("#id_name", "王芳")
    page.fill("#id_organisation", "示例石油装备有限公司")
    page.fill("#id_email", "wang.fang@example.cn")
    page.fill("#id_country", "中国")
    assert page.locator("#id_park").input_value() == str(park.pk)  # the opportunity's park
    page.select_option("#id_investment_size", "10m_50m")
    page.fill("#id_message", "我们希望了解园区的土地和配套政策。<b>谢谢</b>")
    page.check("#id_consent")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/zh-hans/inquiry/thanks/")

    reference = page.locator(".reference").inner_text()
    assert re.fullmatch(r"INQ-\d{4}-\d{5}", reference)
    inquiry = Inquiry.objects.get()
    assert inquiry.reference == reference
    assert inquiry.name == "王芳"
    assert inquiry.preferred_language == "zh-hans"
    assert inquiry.message.endswith("<b>谢谢</b>")
    assert [m.to for m in mail.outbox] == [["wang.fang@example.cn"], ["invest@park.example"]]
    check_page(page, "inquiry-thanks-zh-hans")

    # The same reference with the same address shows the status.
    page.goto("/zh-hans/inquiry/status/")
    page.fill("#id_reference", reference)
    page.fill("#id_email", "wang.fang@example.cn")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert reference in page.locator(".inquiry-result").inner_text()
    check_page(page, "inquiry-status-zh-hans")


def test_errors_are_announced_and_linked_to_their_fields(new_page, transactional_db):
    page = new_page()
    page.goto("/en/inquiry/")
    page.fill("#id_name", "Li Wei")
    page.fill("#id_organisation", "Example GmbH")
    page.fill("#id_email", "li.wei@example.com")
    page.fill("#id_country", "Germany")
    page.fill("#id_message", "Line one\nBcc: someone")
    page.fill("#id_phone", "call me")
    page.check("#id_consent")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    alert = page.get_by_role("alert")
    assert "Enter a telephone number" in alert.inner_text()
    assert page.locator("#id_phone").get_attribute("aria-invalid") == "true"
    assert Inquiry.objects.count() == 0
    check_page(page, "inquiry-form-errors-en")


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_service_statistics_page_from_the_footer(page, transactional_db, language):
    from datetime import timedelta

    from django.utils import timezone

    from tests.factories import make_inquiry

    answered = make_inquiry()
    answered.status = Inquiry.Status.ANSWERED
    answered.save()
    Inquiry.objects.filter(pk=answered.pk).update(
        first_response_at=answered.created_at + timedelta(hours=5)
    )
    late = make_inquiry()  # past its due date, unanswered
    Inquiry.objects.filter(pk=late.pk).update(respond_by=timezone.now() - timedelta(days=1))
    make_inquiry()  # not yet due: neither on time nor late
    page.goto(f"/{language}/")
    link = "How quickly we answer" if language == "en" else "我们的答复速度"
    page.get_by_role("contentinfo").get_by_role("link", name=link).click()
    page.wait_for_url(f"**/{language}/inquiry/service/")
    cells = page.locator("table.stats tbody tr").first.locator("td")
    assert cells.nth(0).inner_text() == "3"
    assert cells.nth(2).inner_text().startswith("50%")
    check_page(page, f"service-statistics-{language}")
