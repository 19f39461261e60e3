"""An editor works in the admin in a real browser: language tabs, no asset from another host."""

from urllib.parse import urlsplit

from parks.models import Park
from tests.e2e.conftest import check_page


def test_editor_creates_a_park_in_both_languages_with_tabs(page, live_server, django_user_model):
    from tests.factories import ensure_place

    # The places come from a migration, which a live server's flushed database no longer has.
    ensure_place("city", "dongying")
    django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-passphrase")
    hosts = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    csp_errors = []
    page.on(
        "console",
        lambda msg: csp_errors.append(msg.text) if "Content Security Policy" in msg.text else None,
    )

    page.goto("/admin/login/?next=/admin/parks/park/add/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "a-long-passphrase")
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/parks/park/add/")

    # modeltranslation turns each pair of language fields into tabs.
    tabs = page.locator(".ui-tabs-nav").first
    tabs.wait_for()
    assert tabs.locator("li").count() == 2

    def chinese_tab(field):
        group = page.locator(".ui-tabs", has=page.locator(f"#id_{field}_en"))
        group.locator(".ui-tabs-nav li").nth(1).click()

    page.fill("#id_name_en", "Hekou Economic Development Zone")
    assert not page.locator("#id_name_zh_hans").is_visible()
    chinese_tab("name")
    page.fill("#id_name_zh_hans", "河口经济开发区")
    page.fill("#id_slug", "hekou-economic-development-zone")
    page.select_option("#id_kind", "development_zone")
    page.select_option("#id_province", "shandong")
    # Long texts stand side by side, out of the tabs: the source beside its translation.
    page.fill("#id_summary_en", "A development zone of Hekou District.")
    assert page.locator("#id_summary_zh_hans").is_visible()
    summary_en = page.locator("#id_summary_en").bounding_box()
    summary_zh = page.locator("#id_summary_zh_hans").bounding_box()
    assert summary_zh["x"] > summary_en["x"] + summary_en["width"] - 1  # to its right
    assert abs(summary_zh["y"] - summary_en["y"]) < 5  # on the same line
    page.fill("#id_summary_zh_hans", "河口区的开发区。")
    check_page(page, "admin-park-add", accessibility=False)
    page.click("input[name=_save]")
    page.wait_for_url("**/admin/parks/park/")

    park = Park.objects.get(slug="hekou-economic-development-zone")
    assert park.name_zh_hans == "河口经济开发区"
    assert park.summary_en == "A development zone of Hekou District."
    assert hosts == {urlsplit(live_server.url).netloc}
    assert csp_errors == []


def test_an_officer_goes_from_the_dashboard_to_the_overdue_inquiries(new_page, django_user_model):
    from datetime import timedelta

    from django.utils import timezone

    from inquiries.models import Inquiry
    from tests.factories import make_inquiry

    # The roles' panels are tested without a browser; the groups come from a migration
    # that a live server's database does not keep.
    django_user_model.objects.create_superuser(
        "officer", "officer@example.org", "a-long-passphrase"
    )
    late = make_inquiry(organisation="Late Valve GmbH")
    Inquiry.objects.filter(pk=late.pk).update(respond_by=timezone.now() - timedelta(days=1))
    make_inquiry(organisation="On Time Pumps Ltd")

    for locale, overdue, heading in [
        ("en-US", "1 overdue", "Inquiries"),
        ("zh-CN", "1 条已逾期", "咨询"),
    ]:
        page = new_page(locale=locale)
        page.goto("/admin/login/?next=/admin/")
        page.fill("#id_username", "officer")
        page.fill("#id_password", "a-long-passphrase")
        page.click("input[type=submit]")
        page.wait_for_url("**/admin/")
        assert page.locator("#inquiries-heading").inner_text() == heading
        check_page(page, f"admin-dashboard-{locale}", within=".dashboard-panel")
        page.get_by_role("link", name=overdue).click()
        page.wait_for_url("**/admin/inquiries/inquiry/?overdue=yes")
        rows = page.locator("#result_list tbody tr")
        assert rows.count() == 1 and "Late Valve GmbH" in rows.first.inner_text()


def test_an_editor_imports_news_after_seeing_what_will_change(new_page, django_user_model):
    from news.models import NewsItem

    django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-passphrase")
    plant = b"Plant opens in Hekou\n\nOn May 30 a plant opened."
    for locale, link, show, item_state, confirm, done in [
        ("zh-CN", "导入新闻文件", "查看将要更改的内容", "将新建", "取消", "已取消导入"),
        ("en-US", "Import news documents", "Show what will change", "will be created", "Import",
         "Imported: 2 records changed."),
    ]:  # fmt: skip
        page = new_page(locale=locale)
        page.goto("/admin/login/?next=/admin/news/newsitem/")
        page.fill("#id_username", "editor")
        page.fill("#id_password", "a-long-passphrase")
        page.click("input[type=submit]")
        page.get_by_role("link", name=link).click()
        check_page(page, f"admin-news-import-{locale}", within="#content-main")
        page.set_input_files(
            "#id_documents", {"name": "plant.txt", "mimeType": "text/plain", "buffer": plant}
        )
        page.get_by_role("button", name=show).click()
        row = page.locator("table.import-preview tbody tr").first
        assert "Plant opens in Hekou" in row.inner_text() and item_state in row.inner_text()
        assert NewsItem.objects.count() == 0  # nothing is saved before the confirmation
        check_page(page, f"admin-news-import-preview-{locale}", within="#content-main")
        page.get_by_role("button", name=confirm).click()
        assert done in page.locator(".messagelist").inner_text()
    assert list(NewsItem.objects.values_list("title_en", flat=True)) == ["Plant opens in Hekou"]
