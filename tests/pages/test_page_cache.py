"""The page cache: what anonymous visitors are served from it, and when it forgets."""

from unittest import mock

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.cache import SessionStore
from django.core.cache import cache, caches
from django.core.management import call_command
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.vary import vary_on_cookie

from common import pagecache
from common.seeding import upsert_seeded
from inquiries.models import Inquiry
from news.models import NewsItem
from parks.models import Enterprise, Park
from tests.factories import make_enterprise, make_news, make_park, make_sector

pytestmark = pytest.mark.django_db
HEADER = pagecache.HEADER
PARKS = "/en/parks/"


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what waits for the commit, as the end of a real request or command would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def staff_client(django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")
    staff = Client()
    staff.force_login(user)
    return staff


def served(client, url, **extra):
    """The page's text and how the page cache answered (None: it did not take part)."""
    response = client.get(url, **extra)
    assert response.status_code == 200
    return response.content.decode(), response.get(HEADER)


def test_a_second_anonymous_get_comes_from_the_cache_without_a_query(
    client, django_assert_num_queries
):
    make_park()
    first = client.get(PARKS)
    assert first[HEADER] == "miss"
    with django_assert_num_queries(0):
        second = client.get(PARKS)
    assert second[HEADER] == "hit"
    assert second.content == first.content
    for header in ["Content-Type", "X-Frame-Options", "Content-Security-Policy"]:
        assert second[header] == first[header]
    assert client.head(PARKS)[HEADER] == "hit"


def test_each_language_host_and_query_string_has_its_own_page(client):
    make_park()
    english, _ = served(client, PARKS)
    chinese, how = served(client, "/zh-hans/parks/")
    assert how == "miss"
    assert '<html lang="en">' in english and '<html lang="zh-Hans">' in chinese
    assert served(client, PARKS) == (english, "hit")
    assert served(client, "/zh-hans/parks/") == (chinese, "hit")
    assert served(client, PARKS, query_params={"city": "dongying"})[1] == "miss"
    assert served(client, PARKS, HTTP_HOST="localhost")[1] == "miss"


def test_a_page_outside_the_language_prefix_is_kept_per_language(client):
    make_park()
    assert served(client, "/robots.txt", HTTP_ACCEPT_LANGUAGE="zh-hans")[1] == "miss"
    assert served(client, "/robots.txt", HTTP_ACCEPT_LANGUAGE="en")[1] == "miss"
    assert served(client, "/robots.txt", HTTP_ACCEPT_LANGUAGE="en-GB,en")[1] == "hit"


# Every way content changes: the next anonymous request shows it.


def test_an_edit_in_the_admin_shows_at_once(client, staff_client, committed):
    item = make_news(slug="forum", title_zh_hans="论坛举行")
    url = "/en/news/forum/"
    assert "Oilfield services forum" in served(client, url)[0]
    assert served(client, url)[1] == "hit"
    data = {
        "title_en": "Forum on oilfield services, renamed",
        "title_zh_hans": "论坛举行",
        "slug": "forum",
        "body_en": item.body_en,
        "original_language": "en",
        "month": "6",
        "day": "30",
        "is_published": "on",
        "translation_status_en": "original",
        "translation_status_zh_hans": "reviewed",
        "citations-TOTAL_FORMS": "0",
        "citations-INITIAL_FORMS": "0",
    }
    change = reverse("admin:news_newsitem_change", args=[item.pk])
    with committed():
        response = staff_client.post(change, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert served(client, url) == (mock.ANY, "miss")
    assert "Forum on oilfield services, renamed" in served(client, url)[0]


def test_an_admin_action_shows_at_once(client, staff_client, committed):
    park = make_park()
    assert park.name_en in served(client, PARKS)[0]
    with committed():
        staff_client.post(
            reverse("admin:parks_park_changelist"),
            {"action": "unpublish", "_selected_action": [park.pk]},
        )
    assert not Park.objects.get(pk=park.pk).is_published
    assert park.name_en not in served(client, PARKS)[0]


def test_a_save_a_delete_and_a_link_in_the_orm_show_at_once(client, committed):
    park = make_park()
    make_enterprise(slug="weifei", park=park)
    offshore = make_sector(name_en="Offshore equipment", slug="offshore")
    detail = f"/en/parks/{park.slug}/"
    served(client, detail)
    served(client, "/en/enterprises/")

    park.name_en = "Dongying Zone, renamed"
    with committed():
        park.save()
    assert "Dongying Zone, renamed" in served(client, detail)[0]

    with committed():
        park.sectors.add(offshore)
    assert "Offshore equipment" in served(client, detail)[0]

    assert "Weifei" in served(client, "/en/enterprises/")[0]
    with committed():
        Enterprise.objects.get(slug="weifei").delete()
    assert "Weifei" not in served(client, "/en/enterprises/")[0]


def test_a_seed_import_that_writes_in_bulk_shows_at_once(client, committed):
    call_command("import_seeds", stdout=None)
    park = Park.objects.filter(seed_key__isnull=False).first()
    seeded_name = park.name_en
    # As if the catalogue used to give another name: the next import writes the seed's.
    Park.objects.filter(pk=park.pk).update(
        name_en="Name of the last import",
        seed_values={**park.seed_values, "name_en": "Name of the last import"},
    )
    pagecache.bump()
    detail = f"/en/parks/{park.slug}/"
    assert "Name of the last import" in served(client, detail)[0]
    with committed():
        call_command("import_seeds", stdout=None)  # one bulk_update: no signal
    page = served(client, detail)[0]
    assert "Name of the last import" not in page and seeded_name in page


def test_a_news_import_and_the_mentions_it_links_show_at_once(client, committed, tmp_path):
    document = tmp_path / "plant.txt"
    document.write_text(
        "Plant opens in Hekou Zone\n\nOn May 30 a plant opened in Hekou Zone.", encoding="utf-8"
    )
    assert "Plant opens in Hekou Zone" not in served(client, "/en/news/")[0]
    with committed():
        call_command("import_news", str(document), stdout=None)
    assert "Plant opens in Hekou Zone" in served(client, "/en/news/")[0]

    item = NewsItem.objects.get(title_en="Plant opens in Hekou Zone")
    with committed():
        make_park(slug="hekou", name_en="Hekou Zone", name_zh_hans="河口园区")
    assert "/en/parks/hekou/" not in served(client, f"/en/news/{item.slug}/")[0]
    with committed():  # the mention is the only change, written in bulk: no signal
        call_command("import_news", str(document), stdout=None)
    assert "/en/parks/hekou/" in served(client, f"/en/news/{item.slug}/")[0]


def test_a_rolled_back_import_and_other_apps_leave_the_pages(client, committed, tmp_path):
    make_park()
    served(client, PARKS)
    document = tmp_path / "plant.txt"
    document.write_text("Park opens a new plant\n\nOn May 30 a plant opened.", encoding="utf-8")
    with committed():
        call_command("import_news", str(document), "--dry-run", stdout=None)
        Inquiry.objects.create(
            name="Li Lei", email="li@example.com", message="Land?", consented_at=timezone.now()
        )
    assert served(client, PARKS)[1] == "hit"


def test_a_bulk_seeded_upsert_shows_at_once(client, committed):
    park = make_park(seed_key="park:dongying-edz")
    park.seed_values = {"name_en": park.name_en}  # what the last import wrote
    park.save()
    detail = f"/en/parks/{park.slug}/"
    served(client, detail)
    with committed():
        upsert_seeded(Park, "park:dongying-edz", {"name_en": "Dongying Zone, as the seeds say"})
    assert "Dongying Zone, as the seeds say" in served(client, detail)[0]


def test_after_a_deploy_one_command_drops_every_page(client):
    make_park()
    served(client, PARKS)
    call_command("clear_page_cache", stdout=None)
    assert served(client, PARKS)[1] == "miss"


def test_a_lost_generation_never_brings_old_pages_back(client):
    make_park()
    served(client, PARKS)
    cache.delete(pagecache.GENERATION_KEY)
    assert served(client, PARKS)[1] == "miss"
    assert served(client, PARKS)[1] == "hit"


# Never stored, never served.


def test_staff_are_never_served_from_the_cache_and_their_pages_never_stored(client, staff_client):
    park = make_park()
    response = staff_client.get(PARKS)
    assert HEADER not in response
    assert "Cookie" in response["Vary"]  # chosen by the session cookie, for any cache on the way
    assert served(client, PARKS)[1] == "miss"  # the staff's page was not stored
    Park.objects.filter(pk=park.pk).update(name_en="Renamed without telling the cache")
    staff_page, how = served(staff_client, PARKS)
    assert how is None and "Renamed without telling the cache" in staff_page
    anonymous_page, how = served(client, PARKS)
    assert how == "hit" and "Renamed without telling the cache" not in anonymous_page


def test_the_inquiry_form_is_never_cached_and_each_visitor_gets_a_token_of_their_own():
    first, second = Client(), Client()
    one, two = first.get("/en/inquiry/"), second.get("/en/inquiry/")
    again = first.get("/en/inquiry/")
    for response in (one, two, again):
        assert response.status_code == 200
        assert HEADER not in response
        assert 'name="csrfmiddlewaretoken"' in response.content.decode()
    assert one.cookies["csrftoken"].value != two.cookies["csrftoken"].value
    assert one.content != two.content and one.content != again.content


def test_a_post_is_never_answered_from_the_cache(client):
    make_park()
    served(client, PARKS)
    served(client, PARKS)
    response = client.post(PARKS)
    assert response.status_code == 405
    assert HEADER not in response


def test_a_not_found_page_is_never_stored(client):
    for _ in range(2):
        response = client.get("/en/parks/no-such-park/")
        assert response.status_code == 404
        assert HEADER not in response


def test_the_admin_is_never_looked_up(client):
    with mock.patch.object(caches["default"], "get_many") as get_many:
        assert client.get("/admin/login/").status_code == 200
    get_many.assert_not_called()


def test_the_cache_can_be_turned_off(client, settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    make_park()
    assert served(client, PARKS)[1] is None
    assert served(client, PARKS)[1] is None


def test_pages_are_rendered_when_the_cache_is_down(client):
    make_park()
    with mock.patch.object(caches["default"], "get_many", side_effect=ConnectionError):
        page, how = served(client, PARKS)
    assert how is None and "Dongying" in page


def test_the_content_apps_are_those_of_the_register():
    assert pagecache.content_apps() == {"parks", "news", "chains", "policies"}


# Responses that are not the same for every anonymous visitor.


def plain(request):
    return HttpResponse("<p>Parks</p>")


def reads_the_session(request):
    return HttpResponse(request.session.get("reference", "none"))


def writes_the_session(request):
    request.session["reference"] = "INQ-2026-00001"
    return HttpResponse("thanks")


def sets_a_cookie(request):
    response = HttpResponse("hello")
    response.set_cookie("seen", "1")
    return response


def holds_a_csrf_token(request):
    return HttpResponse(get_token(request))


def says_private(request):
    response = HttpResponse("mine")
    response["Cache-Control"] = "private, max-age=60"
    return response


def not_ok(request):
    return HttpResponse("gone", status=410)


@pytest.mark.parametrize(
    "view",
    [
        reads_the_session,
        writes_the_session,
        sets_a_cookie,
        holds_a_csrf_token,
        says_private,
        never_cache(plain),
        vary_on_cookie(plain),
        not_ok,
    ],
    ids=[
        "reads the session",
        "writes the session",
        "sets a cookie",
        "holds a CSRF token",
        "private",
        "never_cache",
        "varies on the cookie",
        "not 200",
    ],
)
def test_a_response_not_meant_for_everyone_is_never_stored(view):
    for _ in range(2):
        assert HEADER not in run(view, anonymous_request())


def test_a_plain_response_is_stored():
    assert run(plain, anonymous_request())[HEADER] == "miss"
    assert run(plain, anonymous_request())[HEADER] == "hit"


def head_without_a_body(request):
    return HttpResponse("" if request.method == "HEAD" else "<p>Parks</p>")


def test_a_head_request_is_answered_from_the_cache_but_never_stored():
    factory = RequestFactory()
    head, get = factory.head(PARKS), factory.get(PARKS)
    for request in (head, get):
        request.session, request.user = SessionStore(), AnonymousUser()
    assert HEADER not in run(head_without_a_body, head)
    response = run(head_without_a_body, get)
    assert response[HEADER] == "miss" and response.content == b"<p>Parks</p>"


def test_a_visitor_with_a_message_waiting_gets_a_rendered_page():
    run(plain, anonymous_request())
    assert run(plain, anonymous_request())[HEADER] == "hit"
    assert HEADER not in run(plain, anonymous_request(HTTP_COOKIE="messages=pending"))


def anonymous_request(**extra):
    request = RequestFactory().get(PARKS, **extra)
    request.session = SessionStore()
    request.user = AnonymousUser()
    return request


def run(view, request):
    return pagecache.PageCacheMiddleware(view)(request)
