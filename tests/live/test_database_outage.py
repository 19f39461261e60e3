"""The database stops under a running site and starts again (real gunicorn, real PostgreSQL)."""

import pytest

from .servers import (
    POSTGRES,
    CuttableProxy,
    get,
    gunicorn,
    manage,
    production_env,
    scratch_database,
)

pytestmark = pytest.mark.live


def test_a_database_outage_gets_a_503_and_the_site_recovers_when_it_is_back(tmp_path):
    with scratch_database() as name:
        direct = production_env(tmp_path, DATABASE_URL=f"{POSTGRES}/{name}")
        manage(direct, "migrate", "--no-input")
        manage(direct, "collectstatic", "--no-input")
        proxy = CuttableProxy(5432)
        proxy.start()
        # Persistent connections, as in production: each worker keeps one to the database.
        env = {
            **direct,
            "DATABASE_URL": f"postgresql://postgres@127.0.0.1:{proxy.port}/{name}",
            "PORTAL_PAGE_CACHE_SECONDS": "0",  # every request goes to the database
        }
        with gunicorn(env, workers=2) as base:
            pages = [f"{base}/en/parks/", f"{base}/zh-hans/news/", f"{base}/en/"]
            for url in pages * 3:
                assert get(url)[0] == 200, url

            proxy.cut()
            for url in pages * 2:
                status, headers, body = get(url)
                assert status == 503, url
                assert headers["Retry-After"] == "30"
                assert "The portal is briefly unavailable" in body
                assert "门户网站暂时无法访问" in body
                assert "Traceback" not in body and str(proxy.port) not in body
            status, _headers, body = get(f"{base}/healthz")
            assert (status, body) == (503, "database unavailable\n")

            proxy.start()
            answers = [get(url)[0] for url in pages * 10]
            assert answers == [200] * len(answers)
            status, _headers, body = get(f"{base}/healthz")
            assert (status, body) == (200, "ok\n")
