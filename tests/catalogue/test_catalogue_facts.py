"""The imported catalogue as a fact-checker would have it, read through the public pages."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import translation

from news.models import NewsItem
from parks.models import CooperationAgreement, Enterprise, InvestmentOpportunity, Park

pytestmark = pytest.mark.django_db

NOT_AGREEMENTS = {
    # key: (what it is, a page that links it)
    "russia-online-petroleum-equipment-promotion-2021-intended-projects": (
        "event",
        "/en/enterprises/kerui/",
    ),
    "shandong-world-top-500-high-end-equipment-cooperation-event": (
        "event",
        "/en/enterprises/shandong-provincial-government/",
    ),
    "hekou-oilfield-services-forum-cooperation-intentions": (
        "event",
        "/en/enterprises/hekou-district/",
    ),
    "sust-tianhong-chemical-internship-training": (
        "event",
        "/en/enterprises/shaanxi-university-of-science-and-technology/",
    ),
    "zhonglang-modern-fishery-industry-demonstration-project": (
        "project",
        "/en/parks/kenli-agricultural-high-tech-zone/",
    ),
    "wanda-tianhong-450kt-propane-dehydrogenation-project": (
        "project",
        "/en/parks/dongying-port-economic-development-zone/",
    ),
    "cnooc-weifei-bohai-subsea-production-system-localisation-project": (
        "project",
        "/en/enterprises/weifei-offshore-equipment/",
    ),
}


@pytest.fixture
def seeded():
    call_command("import_seeds", stdout=StringIO())


def page(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def register_slugs(client, language="en"):
    slugs, number = set(), 1
    while True:
        response = client.get(f"/{language}/agreements/", {"page": number})
        html = response.content.decode()
        slugs |= set(re.findall(rf'href="/{language}/agreements/([^/"?]+)/"', html))
        if not response.context["page_obj"].has_next():
            return slugs
        number += 1


def test_the_register_lists_agreements_and_signings_but_no_projects_or_events(client, seeded):
    listed = register_slugs(client)
    assert "bozhong-offshore-wind-power-industrial-base-signing" in listed
    assert "kenli-yellow-river-estuary-hairy-crab-strategic-cooperation-agreement" in listed
    assert listed.isdisjoint(NOT_AGREEMENTS)
    for key, (record_type, where) in NOT_AGREEMENTS.items():
        assert CooperationAgreement.objects.get(slug=key).record_type == record_type
        assert f'href="/en/agreements/{key}/"' in page(client, where), (key, where)


def test_a_project_or_event_page_says_what_it_is(client, seeded):
    html = page(client, "/en/agreements/zhonglang-modern-fishery-industry-demonstration-project/")
    assert "<dt>What it is</dt><dd>Project</dd>" in html
    assert "Letter of intent" not in html and "Investment project" not in html
    zhonglang = "/zh-hans/agreements/zhonglang-modern-fishery-industry-demonstration-project/"
    html = page(client, zhonglang)
    assert "<dt>相关各方</dt>" in html and "签约各方" not in html  # no signing is reported
    html = page(
        client, "/zh-hans/agreements/shandong-world-top-500-high-end-equipment-cooperation-event/"
    )
    assert "<dt>类别</dt><dd>活动</dd>" in html
    assert "意向" not in html  # no intent: the source reports none
    assert "山东省人民政府" not in html  # the source names no such body


def test_the_home_page_counts_only_the_register(client, seeded):
    html = page(client, "/en/")
    count = CooperationAgreement.objects.published().in_register().count()
    assert count < CooperationAgreement.objects.published().count()
    assert re.search(rf'href="/en/agreements/">\s*(<[^>]+>\s*)*{count}\b', html)


def test_one_record_per_real_thing(seeded):
    assert not Park.objects.filter(slug="bozhong-offshore-wind-power-industrial-base").exists()
    assert not Park.objects.filter(name_zh_hans__contains="中朗").exists()
    assert CooperationAgreement.objects.filter(title_zh_hans__contains="中朗").count() == 1
    for name in ("山东省高端石化创新创业共同体", "湖北油田化学产业技术研究院", "长江大学科技园"):
        named = (
            Park.objects.filter(name_zh_hans__contains=name).count()
            + Enterprise.objects.filter(name_zh_hans__contains=name).count()
            + InvestmentOpportunity.objects.filter(title_zh_hans__contains=name).count()
        )
        assert named == 1, name
    assert not InvestmentOpportunity.objects.filter(title_zh_hans__contains="山大天元").exists()
    # The institute is what the agreement founds, not one of its parties.
    founding = CooperationAgreement.objects.get(
        slug="sdu-tianyuan-digital-industry-research-institute-co-construction"
    )
    assert "sdu-tianyuan-digital-industry-research-institute" not in {
        p.slug for p in founding.parties.all()
    }
    assert not CooperationAgreement.objects.filter(title_zh_hans__contains="胜软").exists()


def texts(obj):
    """What a record says in its own words (a source statement quotes the source)."""
    return " ".join(
        str(getattr(obj, f.attname) or "")
        for f in obj._meta.concrete_fields
        if f.attname.endswith(("_en", "_zh_hans")) and not f.attname.startswith("source_")
    )


def records():
    for model in (Park, Enterprise, CooperationAgreement, InvestmentOpportunity):
        yield from model.objects.all()


def test_a_fact_is_said_on_the_record_it_belongs_to(client, seeded):
    saying = [obj.slug for obj in records() if "89" in texts(obj)]
    assert saying == ["shandong-high-end-petrochemical-innovation-community"]
    priority = [obj.slug for obj in records() if "重点规划开发" in texts(obj)]
    assert priority == ["hekou-district"]
    html = page(client, "/en/parks/dongying-port-economic-development-zone/")
    assert 'href="/en/enterprises/shandong-high-end-petrochemical-innovation-community/"' in html


def test_the_russia_session_figures_belong_to_the_whole_session(client, seeded):
    path = "/agreements/russia-online-petroleum-equipment-promotion-2021-intended-projects/"
    html = page(client, "/en" + path)
    assert "Amount for the whole event" in html and "USD 29.5 million" in html
    assert "are those of the whole session, among more than 140 Chinese and Russian" in html
    assert "<dt>Taking part</dt>" in html and "<dt>Parties</dt>" not in html
    assert "整场活动金额" in page(client, "/zh-hans" + path)
    for key in ("kerui", "furuite", "shengji-petroleum-equipment"):
        assert "Russian buyers" not in page(client, f"/en/enterprises/{key}/")
    assert "home of the city" not in page(client, "/en/enterprises/dongying-district/")


@pytest.mark.parametrize(
    "key", ["lijin-county", "shandong-federation-of-supply-and-marketing-cooperatives"]
)
def test_lijin_farming_is_tagged_agriculture_not_marine_fisheries(client, seeded, key):
    html = page(client, f"/en/enterprises/{key}/")
    assert "Agriculture" in html and "Marine fisheries" not in html
    assert "农业" in page(client, f"/zh-hans/enterprises/{key}/")
    agreement = CooperationAgreement.objects.get(
        slug="shandong-supply-marketing-cooperatives-lijin-strategic-cooperation"
    )
    assert [s.slug for s in agreement.sectors.all()] == ["agriculture"]


def test_translations_say_what_the_source_says(client, seeded):
    hekou = page(client, "/en/enterprises/hekou-district/")
    assert "one of the areas planned for priority development in Shandong Province" in hekou
    assert "plans to develop first" not in hekou
    zone = page(client, "/en/parks/dongying-economic-technological-development-zone/")
    assert "proposed for inclusion" in zone and "entered the list" not in zone
    oilfield = page(client, "/en/enterprises/sinopec-shengli-oilfield/")
    assert "provisionally awarded" in oilfield and "nominat" not in oilfield
    veolia = page(client, "/en/enterprises/veolia-china-holdings/")
    assert "Veolia China Holding Co., Ltd." in veolia and "Holdings" not in veolia
    oil_project = page(client, "/en/agreements/lijin-270kt-waste-mineral-oil-treatment-project/")
    assert "Veolia China Holding Co., Ltd." in oil_project and "Holdings" not in oil_project


def test_news_translations_say_what_the_source_says(client, seeded):
    brand = NewsItem.objects.get(title_zh_hans="擦亮“店小二”党建服务品牌")
    assert "Dianxiaoer" in brand.title_en and "Shop Assistant" not in brand.title_en
    with translation.override("en"):
        html = page(client, brand.get_absolute_url())
    assert "&quot;Dianxiaoer&quot; (At-Your-Service)" in html and "Shop Assistant" not in html
    patent = NewsItem.objects.get(title_zh_hans="获得首个中国专利金奖")
    assert "provisionally awarded" in patent.body_en and "pre-selected" not in patent.body_en
    veolia = NewsItem.objects.get(body_zh_hans__contains="威立雅中国控股有限公司")
    assert "Veolia China Holding Co., Ltd." in veolia.body_en
    mayor = NewsItem.objects.get(body_en__contains="Chen Bichang, deputy secretary")
    assert "Chen Bichang" in mayor.body_zh_hans and "陈必昌" not in mayor.body_zh_hans
    with translation.override("zh-hans"):
        html = page(client, mayor.get_absolute_url())
    assert "市长Chen Bichang到东营区" in html and "陈必昌" not in html


def test_a_year_the_source_does_not_state_is_marked_or_dropped(client, seeded):
    tripartite = (
        "/en/agreements/jingzhou-yangtze-university-sinopec-tripartite-framework-agreement/"
    )
    assert "the year is the report&#x27;s" in page(client, tripartite)
    jinan = page(
        client, "/en/agreements/shandong-world-top-500-high-end-equipment-cooperation-event/"
    )
    assert "the year, 2022, is that of the article, dated 27 April 2022" in jinan
    assert "reconstructed from the source&#x27;s garbled English" in jinan
    base = Park.objects.get(slug="shengli-engineering-high-end-equipment-industrial-base")
    assert "2021" not in base.summary_en + base.summary_zh_hans
    for slug in (
        "jingzhou-municipal-government",
        "yangtze-university",
        "sinopec-petroleum-machinery",
    ):
        assert "2019" not in texts(Enterprise.objects.get(slug=slug)), slug
    zhonglang = CooperationAgreement.objects.get(
        slug="zhonglang-modern-fishery-industry-demonstration-project"
    )
    assert zhonglang.year is None and zhonglang.month is None  # "recently", the source says


def test_evidence_cites_article_words_not_page_furniture(seeded):
    from news.models import Citation

    furniture = ("Updated:", "Release time", "2021年5月份,东营各县区发展有哪些亮点")
    quotes = Citation.objects.quoted().values_list("quote", flat=True)
    assert not [q for q in quotes if q.startswith(furniture)]


def test_the_city_filter_finds_records_without_a_park(client, seeded):
    html = page(client, "/en/agreements/?city=dongying")
    assert 'href="/en/agreements/bozhong-offshore-wind-power-industrial-base-signing/"' in html
    assert "kenli-yellow-river-estuary-hairy-crab-strategic-cooperation-agreement" in html
    html = page(client, "/en/opportunities/?city=dongying")
    assert 'href="/en/opportunities/hekou-wind-power-full-industry-chain/"' in html
    html = page(client, "/en/agreements/?city=jingzhou")
    assert "bozhong" not in html and "jingzhou-yangtze-university-sinopec" in html


def test_the_jingzhou_cluster_output_and_workforce_are_on_its_page(client, seeded):
    html = page(client, "/en/parks/jingzhou-petroleum-technology-city/")
    assert "over CNY 30 billion and 28,000 practitioners" in html
    assert "300亿元" in page(client, "/zh-hans/parks/jingzhou-petroleum-technology-city/")
