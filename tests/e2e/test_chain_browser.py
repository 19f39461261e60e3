"""An investor goes from a chain's drawing to a gap, to an opportunity on that link, to the
inquiry form pre-filled with both, by keyboard and by mouse, in both languages."""

import pytest
from django.core.cache import cache

from tests.chains.factories import link_of, make_chain, place
from tests.e2e.conftest import check_page
from tests.factories import make_enterprise, make_opportunity, make_park

WORDS = {
    "en": {
        "locale": "en-US",
        "gap": "Gap: open to investment",
        "inquire": "Inquire about this opportunity on this link",
        "subject": "Petroleum equipment › Parts and components",
    },
    "zh-hans": {
        "locale": "zh-CN",
        "gap": "投资空白：欢迎投资",
        "inquire": "咨询该环节上的这一投资机会",
        "subject": "石油装备 › 零部件",
    },
}


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def chain(transactional_db):
    chain = make_chain()
    castings, parts = link_of(chain, "materials"), link_of(chain, "parts")
    place(castings, make_enterprise(), is_leader=True)
    place(castings, make_park())
    place(parts, make_opportunity(title_zh_hans="石油装备产业园配套企业"))
    return chain


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_from_a_chain_gap_to_its_opportunity_to_a_prefilled_inquiry(new_page, chain, language):
    words = WORDS[language]
    page = new_page(locale=words["locale"])
    page.goto(f"/{language}/chains/")
    check_page(page, f"chain-list-{language}")
    page.goto(f"/{language}/chains/{chain.slug}/")
    check_page(page, f"chain-detail-{language}")

    # The drawing's gap is a link that a keyboard reaches, and it leads to the link's section.
    gap = page.locator("svg a.chain-gap")
    assert gap.count() == 1
    assert words["gap"] in gap.get_attribute("aria-label")
    gap.focus()
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#link-parts"
    page.keyboard.press("Enter")
    page.wait_for_url("**#link-parts")
    section = page.locator("#link-parts")
    assert words["gap"] in section.locator("h2").inner_text()

    # To the opportunity on that link, and from its page to the inquiry form.
    with page.expect_navigation():
        section.locator("a[href*='/opportunities/']").first.click()
    check_page(page, f"chain-opportunity-{language}")
    with page.expect_navigation():
        page.get_by_role("link", name=words["inquire"]).click()
    parts = link_of(chain, "parts")
    assert page.locator("#id_chain_link").input_value() == str(parts.pk)
    assert page.locator("#id_opportunity").input_value() != ""
    assert words["subject"] in page.locator(".inquiry-subject").inner_text()
    check_page(page, f"chain-inquiry-{language}")

    # The gap's own button asks about the link itself.
    page.goto(f"/{language}/chains/{chain.slug}/")
    with page.expect_navigation():
        page.locator("#link-parts a.button").click()
    assert page.locator("#id_chain_link").input_value() == str(parts.pk)
    assert page.locator("#id_opportunity").input_value() == ""


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_seed_chains_pass_axe(new_page, seeded, language):
    page = new_page(locale=WORDS[language]["locale"])
    for slug in ("jingzhou-petroleum-technology", "dongying-petroleum-equipment"):
        page.goto(f"/{language}/chains/{slug}/")
        assert page.locator("svg a.chain-box").count() >= 4
        assert page.locator("svg a.chain-gap").count() >= 1
        check_page(page, f"seed-chain-{slug}-{language}")
