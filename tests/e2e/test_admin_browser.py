"""An editor works in the admin in a real browser: language tabs, no asset from another host."""

from urllib.parse import urlsplit

from parks.models import Park
from tests.e2e.conftest import check_page


def test_editor_creates_a_park_in_both_languages_with_tabs(page, live_server, django_user_model):
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
    page.fill("#id_summary_en", "A development zone of Hekou District.")
    chinese_tab("summary")
    page.fill("#id_summary_zh_hans", "河口区的开发区。")
    check_page(page, "admin-park-add", accessibility=False)
    page.click("input[name=_save]")
    page.wait_for_url("**/admin/parks/park/")

    park = Park.objects.get(slug="hekou-economic-development-zone")
    assert park.name_zh_hans == "河口经济开发区"
    assert park.summary_en == "A development zone of Hekou District."
    assert hosts == {urlsplit(live_server.url).netloc}
    assert csp_errors == []
