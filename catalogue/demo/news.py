"""Making news items, and their citations of the parks and records they mention."""

import time

from django.db import reset_queries

from news.models import Citation, Language, NewsItem

from . import templates
from .making import Maker
from .scale import BATCH, CHUNK
from .text import bilingual, dated, first_upper, joined, sentences, statuses


class MakesNews(Maker):
    """News items, each citing its park and a few records, most of them in that park."""

    def make_news(self):
        count, started = self.counts["news"], time.perf_counter()
        for start in range(1, count + 1, CHUNK):
            built = [self.news_item(n) for n in range(start, min(start + CHUNK, count + 1))]
            self.save(NewsItem, [item for item, _cited in built], "news")
            citations = [
                Citation(news_item_id=item.pk, quote=quote, position=position, **{f"{f}_id": pk})
                for item, cited in built
                for position, (f, pk, quote) in enumerate(cited, start=1)
            ]
            Citation.objects.bulk_create(citations, batch_size=BATCH)
            self.made["citations"] += len(citations)
            reset_queries()
        elapsed = time.perf_counter() - started
        self.log(f"  news: {count:,}, citing {self.made['citations']:,} times ({elapsed:.1f} s)")

    def cited_records(self, park_index):
        """What a news item cites: its park, and 1-3 more records, most of them in that park."""
        rng = self.rng
        cited = [("park", self.parks[park_index])]
        wanted = rng.randint(2, 4)
        for _attempt in range(20):  # a record drawn twice is drawn again
            if len(cited) >= wanted:
                break
            kind = rng.choices(["enterprise", "agreement", "opportunity", "park"], [12, 4, 4, 1])[0]
            if kind == "park":
                record = self.parks[self.pick_park()]
            else:
                local = self.by_park[kind].get(park_index)
                pool = local if local and rng.random() < 0.85 else range(len(self.records[kind]))
                record = self.records[kind][rng.choice(pool)]
            if all(record is not other for _kind, other in cited):
                cited.append((kind, record))
        return cited

    def news_item(self, number):
        rng = self.rng
        park_index = self.pick_park()
        park = self.parks[park_index]
        cited = self.cited_records(park_index)
        year, month, day = self.partial_date(day_share=0.95, month_share=0.05)
        slots = self.facts(
            park.terms, park.place["name"], park=park.name, **dated(year, month, day)
        )
        story, about = rng.choice(cited)  # what the title is about; a park story: its own park
        if story != "park":
            slots.set(**{story: about.name})
        title = slots.fill(rng.choice(templates.NEWS_TITLES[story]))
        said = [slots.fill(rng.choice(templates.NEWS_LEADS))]  # names the item's park
        used = set()
        for kind, record in cited[1:]:
            at = park if kind == "park" or record.park is None else self.parks[record.park]
            slots.set(record=record.name, park=at.name)
            if kind == "enterprise" and record.kind != "company":
                kind = "organisation"
            fresh = [t for t in templates.NEWS_MENTIONS[kind] if t not in used]
            used.add(template := rng.choice(fresh or templates.NEWS_MENTIONS[kind]))
            said.append(slots.fill(template))
        paragraphs = [sentences(said)]
        for size in [rng.randint(2, 3)] + ([rng.randint(1, 2)] if rng.random() < 0.5 else []):
            fillers = rng.sample(templates.NEWS_FILLERS, size)
            paragraphs.append(sentences(slots.fill(t) for t in fillers))
        original = Language.ZH_HANS if rng.random() < 0.65 else Language.EN
        side = 1 if original == Language.ZH_HANS else 0
        item = NewsItem(
            **self.keys("news", number),
            **bilingual("title", (first_upper(title[0]), title[1])),
            **bilingual("body", joined(paragraphs, "\n\n")),
            **statuses(rng, original),
            original_language=original,
            year=year,
            month=month,
            day=day,
            is_published=rng.random() < 0.97,
        )
        # A quarter of the citations quote the sentence that names the record.
        citations = [
            (kind, record.pk, sentence[side] if rng.random() < 0.25 else "")
            for (kind, record), sentence in zip(cited, said, strict=True)
        ]
        return item, citations
