"""The visitors of `make loadtest`: browsing both languages, filters, search, a few inquiries.

Each simulated visitor comes from an address of its own (sent as X-Forwarded-For, which the
site trusts from one proxy in the load test), as real visitors do; the pages come from
LOADTEST_URLS, a JSON file of ``benchmarks.sample`` written by benchmarks/loadtest.py.
"""

import json
import os
import random
import re

from locust import FastHttpUser, task

URLS = json.loads(open(os.environ["LOADTEST_URLS"], encoding="utf-8").read())  # noqa: SIM115
WORDS = {
    "en": ["oil", "offshore", "valve", "drilling", "equipment", "port", "energy"],
    "zh-hans": ["石油装备", "海洋", "钻井", "智能制造", "新能源", "阀门", "油田"],
}
# Visitors browse pages; the open data (/api/) is measured by make bench alone.
PAGES = [
    url["path"]
    for url in URLS
    if "/search/" not in url["path"] and not url["path"].startswith("/api/")
]
LISTS = [path for path in PAGES if path.count("/") <= 3 or "?" in path]
DETAILS = [path for path in PAGES if path not in LISTS]
TOKEN = re.compile(r'name="(csrfmiddlewaretoken|submission)" value="([^"]+)"')


class Visitor(FastHttpUser):
    def on_start(self):
        self.arrive()

    def arrive(self):
        """A new visitor: an address and a language of its own."""
        parts = [random.randint(0, 255) for _ in range(3)]  # noqa: S311
        self.address = "10.{}.{}.{}".format(*parts)
        self.language = random.choice(["en", "zh-hans"])  # noqa: S311

    def headers(self, **more):
        return {"X-Forwarded-For": self.address, **more}

    def get(self, path, name=None):
        return self.client.get(path, headers=self.headers(), name=name)

    @task(15)
    def home(self):
        self.get(f"/{self.language}/", name="home")

    @task(25)
    def a_list(self):
        self.get(random.choice(LISTS), name="lists")  # noqa: S311

    @task(25)
    def a_record(self):
        self.get(random.choice(DETAILS), name="records")  # noqa: S311

    @task(10)
    def news_further_back(self):
        self.get(f"/{self.language}/news/?page={random.randint(2, 50)}", name="news pages")  # noqa: S311

    @task(12)
    def search(self):
        words = random.sample(WORDS[self.language], random.choice([1, 1, 2]))  # noqa: S311
        self.get(f"/{self.language}/search/?q={'+'.join(words)}", name="search")

    @task(1)
    def inquiry(self):
        """An investor reads the form, then sends it: the cookie and the tokens travel as a
        browser's would. Each inquiry comes from a new visitor: one investor, one inquiry."""
        self.arrive()
        form = self.client.get(
            f"/{self.language}/inquiry/", headers=self.headers(), name="inquiry form"
        )
        tokens = dict(TOKEN.findall(form.text or ""))
        cookie = re.search(r"csrftoken=([^;]+)", form.headers.get("Set-Cookie", ""))
        if not tokens or not cookie:
            return
        self.client.post(
            f"/{self.language}/inquiry/",
            data={
                **tokens,
                "name": "Load Test",
                "organisation": "Example Valves Ltd",
                "email": f"load-{random.randint(1, 10**9)}@example.com",  # noqa: S311
                "country": "Germany",
                "preferred_language": self.language,
                "investment_size": "undecided",
                "timeline": "undecided",
                "message": f"A question about land, number {random.randint(1, 10**9)}.",  # noqa: S311
                "consent": "on",
            },  # fmt: skip
            headers=self.headers(
                Cookie=f"csrftoken={cookie.group(1)}",
                Referer=f"{self.host}/{self.language}/inquiry/",
            ),
            name="inquiry sent",
            allow_redirects=False,
        )
