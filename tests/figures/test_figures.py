"""Park key figures: on the park page by group, in the visitor's units, with dates and source."""

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from figures.kinds import AREA, PER_AREA
from figures.models import ExchangeRate, ParkFigure
from inquiries.models import EDITORS_GROUP
from tests.conftest import staff
from tests.factories import make_park

pytestmark = pytest.mark.django_db


def page(client, park, language="en", query=""):
    url = f"/{language}/parks/{park.slug}/{query}"
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def park():
    park = make_park()
    ParkFigure.objects.create(
        park=park, kind="land_total", value=Decimal(1500), unit="mu",
        note_en="Phase one", note_zh_hans="一期",
        as_of=date(2026, 1, 1), last_verified=date(2026, 2, 1),
    )  # fmt: skip
    ParkFigure.objects.create(
        park=park, kind="land_sale_price", value=Decimal(200000), value_max=Decimal(300000),
        unit="per_mu", currency="CNY", as_of=date(2026, 1, 1), last_verified=date(2026, 2, 1),
    )  # fmt: skip
    return park


def test_a_park_without_figures_shows_no_figures_section(client):
    html = page(client, make_park())
    assert "Key figures" not in html


def test_groups_show_their_figures_dates_and_staff_source_in_english(client, park):
    html = page(client, park)
    assert "Key figures" in html and "<h3>Land</h3>" in html and "<h3>Land prices</h3>" in html
    assert "1,500 mu" in html and "Phase one" in html
    assert "CNY 200,000–300,000 per mu" in html
    assert 'datetime="2026-01-01"' in html and 'datetime="2026-02-01"' in html
    assert "Entered by park staff" in html
    assert "Utilities" not in html  # a group without data is not shown


def test_the_same_in_chinese(client, park):
    html = page(client, park, "zh-hans")
    assert "关键数据" in html and "1,500亩" in html and "一期" in html
    assert "200,000–300,000元/亩" in html
    assert "由园区工作人员录入" in html


def test_a_visitor_chooses_the_units_in_the_query_string(client, park):
    html = page(client, park, query="?area=ha&price_area=per_m2")
    assert "100 hectares" in html
    assert "CNY 300–450 per m²" in html


def test_a_visitor_chooses_usd_at_the_rate_staff_set(client, park):
    ExchangeRate.objects.create(cny_per_usd=Decimal("7.25"), as_of=date(2026, 3, 1))
    html = page(client, park, query="?currency=USD&price_area=per_m2")
    assert "USD 41.38–62.07 per m²" in html
    assert "1 USD = 7.25 CNY" in html and 'datetime="2026-03-01"' in html


def test_units_convert_both_ways():
    assert AREA.convert(Decimal(15), "mu", "m2") == Decimal(10000)
    assert AREA.convert(Decimal(1), "ha", "mu") == Decimal(15)
    assert PER_AREA.convert(Decimal(15), "per_ha", "per_mu") == Decimal(1)


def test_a_figure_entered_in_a_unit_of_another_quantity_is_refused(park):
    figure = ParkFigure(park=park, kind="land_available", value=Decimal(3), unit="km")
    with pytest.raises(Exception, match="unit"):
        figure.full_clean()


def test_a_changed_figure_is_shown_at_once_to_anonymous_visitors(
    client, park, django_capture_on_commit_callbacks
):
    page(client, park)  # stored in the page cache
    with django_capture_on_commit_callbacks(execute=True):
        ParkFigure.objects.filter(kind="land_total").get().delete()
    assert "1,500 mu" not in page(client, park)


def test_the_seeded_park_shows_only_the_seeds_figures_with_their_words(client):
    call_command("import_seeds", verbosity=0)
    html = page(client, make_park.__globals__["Park"].objects.get(
        slug="jingzhou-petroleum-technology-city"))  # fmt: skip
    assert "over CNY 30 billion" in html and "28,000 people" in html
    assert "001_757cef5a41283e9c.txt" in html and "total of 28,000 practitioners" in html
    assert 'datetime="2019-12-02"' in html and "Not yet verified by park staff" in html
    assert ParkFigure.objects.count() == 2
    zh = page(client, ParkFigure.objects.first().park, "zh-hans")
    assert "超过300亿元" in zh and "28,000人" in zh
    call_command("import_seeds", verbosity=0)
    assert ParkFigure.objects.count() == 2


SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_dashboard_and_reminder_count_parks_whose_figures_need_verifying(
    clock, client, django_user_model, settings, park
):
    settings.PORTAL_SITE_URL = "https://invest.example.org"
    clock.move_to(datetime(2027, 3, 1, 9, tzinfo=SHANGHAI), tick=False)  # > 365 days later
    make_park(slug="fresh")
    editor = staff(django_user_model, "editor", EDITORS_GROUP)
    client.force_login(editor)
    html = client.get(reverse("admin:index")).content.decode()
    assert "1 park with figures not verified in the last 365 days" in html
    listed = client.get(reverse("admin:figures_parkfigure_changelist") + "?verification=overdue")
    assert listed.context["cl"].result_count == 2
    call_command("send_reminders", verbosity=0)
    [message] = [m for m in mail.outbox if m.to == [editor.email]]
    assert "1个园区的数据超过365天未核实" in message.body  # staff are written to in Chinese
    assert "?verification=overdue" in message.body
