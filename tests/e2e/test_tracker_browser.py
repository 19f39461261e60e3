"""The agreement tracker in a real browser, both languages: the register's stages, an
agreement's and a project's timeline with their sources, and the home page's summary."""

import pytest

from tests.e2e.conftest import check_page

LANGUAGES = ["en", "zh-hans"]
LOCALES = {"en": "en-US", "zh-hans": "zh-CN"}
WORDS = {
    "en": {"signed": "Signed", "started": "Started", "source": "Source:", "stages": "Stages"},
    "zh-hans": {"signed": "已签约", "started": "已开工", "source": "来源：", "stages": "阶段"},
}
TIANHONG = "wanda-tianhong-450kt-propane-dehydrogenation-project"
TIANHONG_QUOTE = "万达天弘45万吨/年丙烷脱氢项目土建工程如火如荼进行"
BOZHONG = "bozhong-offshore-wind-power-industrial-base-signing"
BOZHONG_QUOTE = "5月26日上午,河口区成功举行渤中海上风电产业基地项目签约仪式"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_visitor_follows_agreements_from_signing_to_work_on_site(new_page, seeded, language):
    words = WORDS[language]
    page = new_page(locale=LOCALES[language])

    # The home page sums up how far the signed agreements and projects have come.
    page.goto(f"/{language}/")
    summary = page.locator("table.stage-table")
    assert summary.locator("tr.stage-signed th").inner_text() == words["signed"]
    assert summary.locator("tr.stage-signed td").first.inner_text() == "13"
    assert summary.locator("tr.stage-started td").first.inner_text() == "3"
    planned = "计划投资" if language == "zh-hans" else "planned investment"
    assert planned in summary.locator("tr.stage-started").inner_text()
    check_page(page, f"tracker-home-{language}")

    # The register filters by stage and says each agreement's stage.
    page.goto(f"/{language}/agreements/")
    page.locator(".facet a", has_text=words["signed"]).first.click()
    page.wait_for_url("**stage=signed")
    labels = page.locator(".stage-label").all_inner_texts()
    assert labels and all(words["signed"] in label for label in labels)
    check_page(page, f"tracker-register-{language}")

    # An agreement's timeline: the signing, dated, with the words of its news item.
    page.goto(f"/{language}/agreements/{BOZHONG}/")
    step = page.locator("ol.stage-timeline > li.stage-signed")
    assert step.locator("time").get_attribute("datetime") == "2021-05-26"
    assert step.locator("q").inner_text() == BOZHONG_QUOTE
    assert words["source"] in step.inner_text()
    check_page(page, f"tracker-agreement-{language}")

    # A project's timeline: work started, and the source's link leads to the news item.
    page.goto(f"/{language}/agreements/{TIANHONG}/")
    assert page.locator("h2#timeline-heading").inner_text() == words["stages"]
    step = page.locator("ol.stage-timeline > li.stage-started")
    assert words["started"] in step.inner_text()
    assert TIANHONG_QUOTE in step.locator("q").all_inner_texts()
    check_page(page, f"tracker-project-{language}")
    step.locator("a").first.click()
    page.wait_for_url(f"**/{language}/news/**")
    # The news item lists the project among the records it supports.
    assert page.locator(f'main a[href="/{language}/agreements/{TIANHONG}/"]').count() >= 1
