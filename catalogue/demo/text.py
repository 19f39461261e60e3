"""Text in both languages: filling (English, Chinese) template pairs with the same facts."""

from decimal import Decimal

from common.dates import format_partial_date
from common.money import format_amount
from common.translation import TranslationStatus
from news.models import Language

from . import words


class Slots:
    """The facts a record's sentences use, in English and Chinese, to fill template pairs.

    A fact nobody set is drawn by ``draw(slots, name)`` when a template first needs it, and
    kept: the two languages, and later sentences, say the same.
    """

    __slots__ = ("values", "draw", "en", "zh")

    def __init__(self, draw=None, **values):
        self.values, self.draw = {}, draw
        self.en, self.zh = _Side(self, 0), _Side(self, 1)
        self.set(**values)

    def set(self, **values):
        for name, value in values.items():
            pair = value if isinstance(value, tuple) else (value, value)
            self.values[name] = self.en[name], self.zh[name] = pair

    def get(self, name):
        if name not in self.values:
            if self.draw is None:
                raise KeyError(name)
            self.set(**self.draw(self, name))
        return self.values[name]

    def fill(self, template):
        return template[0].format_map(self.en), template[1].format_map(self.zh)


class _Side(dict):
    """One language's view of the slots, for ``str.format_map``."""

    __slots__ = ("slots", "index")

    def __init__(self, slots, index):
        super().__init__()
        self.slots, self.index = slots, index

    def __missing__(self, name):
        return self.slots.get(name)[self.index]


def thousands(number):
    return f"{number:,}", str(number)


def phase(rng):
    """Most projects have no phase; some are the second, third or fourth."""
    if rng.random() >= 0.3:
        return ""
    number = rng.randint(2, 4)
    return f" (phase {'I' * number if number < 4 else 'IV'})", f"（{'一二三四'[number - 1]}期）"


# Facts drawn from nothing but the random numbers.
FACTS = {
    "country": lambda rng: rng.choice(words.COUNTRIES),
    "visitor": lambda rng: rng.choice(words.OTHER_CITIES),
    "n": lambda rng: rng.randint(2, 12),
    "m": lambda rng: rng.randint(10, 300),
    "pct": lambda rng: rng.randint(3, 45),
    "staff": lambda rng: thousands(rng.randint(50, 3000)),
    "patents": lambda rng: rng.randint(5, 300),
    "area": lambda rng: f"{rng.randint(15, 600) / 10:g}",
    "year": lambda rng: rng.randint(2001, 2015),
    "year2": lambda rng: rng.randint(2018, 2025),
    "amount": lambda rng: money(Decimal(rng.randint(5, 2000) * 10_000_000)),
    "amount2": lambda rng: money(Decimal(rng.randint(1, 500) * 10_000_000)),
    "phase": phase,
}


def sentences(pairs):
    pairs = list(pairs)
    return " ".join(en for en, _zh in pairs), "".join(zh for _en, zh in pairs)


def joined(pairs, separator):
    pairs = list(pairs)
    return separator.join(en for en, _zh in pairs), separator.join(zh for _en, zh in pairs)


def listed(names):
    """'A, B and C' / 'A、B和C'."""
    en = [n[0] for n in names]
    zh = [n[1] for n in names]
    if len(names) == 1:
        return names[0]
    return f"{', '.join(en[:-1])} and {en[-1]}", f"{'、'.join(zh[:-1])}和{zh[-1]}"


def money(amount, currency="CNY"):
    return format_amount(amount, currency, "en"), format_amount(amount, currency, "zh-hans")


def dated(year, month, day):
    """A date as sentences give it: 'On 19 May 2021' / 'In May 2021' / 'In 2021', and lower."""
    en = format_partial_date(year, month, day, "en")
    zh = format_partial_date(year, month, day, "zh-hans")
    preposition = "on" if day else "in"
    return {
        "On_date": (f"{preposition.capitalize()} {en}", zh),
        "on_date": (f"{preposition} {en}", zh),
    }


def title_case(text):
    """'Refining and Chemical': capitals as names have them."""
    return " ".join(
        word if word in ("and", "of", "for") else word[:1].upper() + word[1:]
        for word in text.split(" ")
    )


def first_upper(text):
    return text[:1].upper() + text[1:]


def first_lower(text):
    return text[:1].lower() + text[1:]


def with_article(text):
    return f"{'an' if text[:1].lower() in 'aeiou' else 'a'} {text}"


def statuses(rng, original):
    """Translation statuses: the original language, and the other translated or reviewed."""
    other = TranslationStatus.REVIEWED if rng.random() < 0.4 else TranslationStatus.TRANSLATED
    zh_original = original == Language.ZH_HANS
    return {
        "translation_status_en": other if zh_original else TranslationStatus.ORIGINAL,
        "translation_status_zh_hans": TranslationStatus.ORIGINAL if zh_original else other,
    }


def bilingual(name, pair):
    """Model field values for a translated field: ``{name}_en`` and ``{name}_zh_hans``."""
    return {f"{name}_en": pair[0], f"{name}_zh_hans": pair[1]}
