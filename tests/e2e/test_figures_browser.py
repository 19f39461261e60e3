"""Staff enter a park's key figures in the admin; visitors read them on the park page, in the
comparison and in the PDF profile, in both languages."""

import io

import pypdf

from tests.e2e.conftest import check_page
from tests.factories import make_park

# One figure of every group: kind, value, high end, unit, currency, English and Chinese note.
FIGURES = [
    ("land_total", "1500", "", "mu", "", "Phase one", "一期"),
    ("land_sale_price", "200000", "300000", "per_mu", "CNY", "", ""),
    ("factory_rent", "12", "", "per_m2_month", "CNY", "", ""),
    ("power_capacity", "220", "", "mw", "", "", ""),
    ("distance_port", "35", "", "km", "", "Dongying Port", "东营港"),
    ("typical_wage", "5200", "", "per_month", "CNY", "Skilled worker", "技术工人"),
    ("output_value", "12000000000", "", "amount", "CNY", "", ""),
    ("year_established", "1992", "", "year", "", "", ""),
]
ENGLISH = [
    "Land", "1,500 mu", "Phase one", "Land prices", "CNY 200,000–300,000 per mu",
    "Standard factory space for rent", "CNY 12 per m² a month", "Utilities", "220 MW",
    "Distances", "35 km", "Dongying Port", "Workforce and wages", "CNY 5,200 a month",
    "Economic figures", "CNY 12 billion", "1992", "Entered by park staff",
]  # fmt: skip
CHINESE = [
    "土地", "1,500亩", "一期", "土地价格", "200,000–300,000元/亩", "标准厂房租赁",
    "12元/平方米·月", "公用设施", "220兆瓦", "交通距离", "35公里", "东营港", "劳动力与工资",
    "5,200元/月", "经济指标", "120亿元", "1992", "由园区工作人员录入",
]  # fmt: skip


def pdf_text(page, url):
    response = page.request.get(url)
    assert response.headers["content-type"] == "application/pdf"
    reader = pypdf.PdfReader(io.BytesIO(response.body()))
    return "".join(p.extract_text() for p in reader.pages)


def test_staff_enter_figures_that_visitors_read_on_the_page_and_in_the_pdf(
    new_page, django_user_model
):
    django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-passphrase")
    park = make_park(slug="dongying-edz")
    other = make_park(slug="hekou", name_en="Hekou Zone", name_zh_hans="河口园区")

    page = new_page()
    page.goto(f"/admin/login/?next=/admin/parks/park/{park.pk}/change/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "a-long-passphrase")
    page.click("input[type=submit]")
    page.wait_for_url(f"**/admin/parks/park/{park.pk}/change/")
    for n, (kind, value, high, unit, currency, note_en, note_zh) in enumerate(FIGURES):
        if n:
            page.locator("#figures-group .add-row a").click()
        row = f"#id_figures-{n}-"
        page.select_option(row + "kind", kind)
        page.fill(row + "value", value)
        page.fill(row + "value_max", high)
        page.select_option(row + "unit", unit)
        page.select_option(row + "currency", currency)
        page.locator(row + "note_en").evaluate("(el, v) => { el.value = v; }", note_en)
        page.locator(row + "note_zh_hans").evaluate("(el, v) => { el.value = v; }", note_zh)
        page.fill(row + "as_of", "2026-10-01")
        page.fill(row + "last_verified", "2026-11-02")
    check_page(page, "admin-park-figures", accessibility=False)
    page.click("input[name=_save]")
    page.wait_for_url("**/admin/parks/park/")
    assert park.figures.count() == len(FIGURES)

    for locale, language, words in [("en-US", "en", ENGLISH), ("zh-CN", "zh-hans", CHINESE)]:
        visitor = new_page(locale=locale)
        visitor.goto(f"/{language}/parks/dongying-edz/")
        figures = visitor.locator(".park-figures").inner_text()
        for word in words:
            assert word in figures, (language, word)
        check_page(visitor, f"park-figures-{language}")
        visitor.goto(f"/{language}/parks/dongying-edz/?area=ha")
        assert ("100 hectares" if language == "en" else "100公顷") in visitor.inner_text("main")

        text = pdf_text(visitor, f"/{language}/parks/dongying-edz/profile.pdf")
        flat = text.replace("\n", "")
        for word in words:
            assert word in text or word in flat, (language, word)

        visitor.goto(f"/{language}/compare/?parks=dongying-edz&parks={other.slug}")
        table = visitor.locator("table.comparison").inner_text()
        assert words[1] in table and "—" in table
        check_page(visitor, f"compare-{language}")
