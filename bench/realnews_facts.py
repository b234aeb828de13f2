"""Facts two articles of one event both state, and the edits that plant a discrepancy in one of them.

Read straight from the text, not from factcheck's claims, so that planted recall also measures what
extraction misses. Three kinds of fact, each written the same way in both articles:
- a count: the same figure right before the same counted noun ("12 people" / "twelve people");
- a percentage: the same figure with "%", "percent" or "per cent";
- a full date: "May 2, 2013" / "2 May 2013" (the same day).
Only bare figures count: one with a hedge before it ("about 12 people", "more than 40%") or that is
one end of a range ("12 to 15 people") is a different statement and is left out, so is anything
inside the front matter or a dateline. A plant changes the figure so that no hedge could cover it
(a count n -> 2n+3 in digits, a percentage by 15 points, a date by 40 days); a harmless rewrite says
the same thing in other words (digits <-> number words, "some"/"about" added, the other date order).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from factcheck.models import Article
from factcheck.text import STOP_WORDS, parse_number

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
         "seventeen eighteen nineteen").split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
MONTHS = ("January February March April May June July August September October November December").split()
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                       "oct": 10, "nov": 11, "dec": 12}
# Words before a figure that make it another statement than the bare figure (hedges, range ends,
# comparisons); a figure after one of them is not taken as a fact.
HEDGED_AFTER = frozenset("""about some nearly almost around approximately roughly over under than least most up to
    and or between from estimated only just another additional extra more less fewer""".split())
# Words after a figure that are no counted thing: units, times, function words, money.
NOT_COUNTED = frozenset("""percent per cent pct years year days day months month weeks week hours hour minutes minute
    seconds second decades decade centuries century am pm gmt mph kmh km miles mile feet foot ft meters metres
    kilometers kilometres inches inch pounds lbs kg tons tonnes degrees times time dollars euros yuan cents
    caliber calibre magnitude mm
    million billion thousand trillion of to and or in on at for by the a an with from as is was were are has
    have had after before than but that who which while when where this these those its their his her out""".split())
# A second word after the figure that ends the counted thing ("12 people were ...", "12 people killed").
ENDS_COUNTED = NOT_COUNTED | STOP_WORDS | frozenset("""said says say will would could can may might must should did do
    does been being also each all total into onto over under near since during across inside outside""".split())
MIN_SENTENCE_WORDS = 8  # a line with fewer words is a byline, a time stamp or a caption: no place for a fact
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
_SCALE = r"(?:\s+(?:million|billion|thousand))?"
_WORD_NUMBER = "|".join(sorted(UNITS[2:] + TENS, key=len, reverse=True))
COUNT = re.compile(rf"(?<![\w$£€.,:/#-])(?P<fig>(?:{_DIGITS})(?:\.\d+)?{_SCALE}|(?i:{_WORD_NUMBER}))"
                   rf"\s+(?P<noun>[a-z][a-z]{{2,}})\b(?![-'’])(?:\s+(?P<second>[a-z][a-z]{{2,}})\b(?![-'’]))?")
PERCENT = re.compile(r"(?<![\w$£€.,:/#-])(?P<fig>\d+(?:\.\d+)?)(?P<unit>\s?%|\s+percent\b|\s+per cent\b)")
_MONTH = r"(?P<month>" + "|".join(MONTHS) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
DATE_MDY = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b")
DATE_DMY = re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b")
_RANGE_AFTER = re.compile(r"\s*(?:-|–|to\s+\d|or\s+\d|and\s+\d|or more|or so)")


@dataclass(frozen=True)
class Mention:
    """One place an article states a fact: the figure's span (for dates, the whole date)."""

    source: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Fact:
    kind: str  # count | percent | date
    key: tuple  # what makes two mentions the same fact
    label: str  # how a person reads it: "12 people", "45 percent", "2013-05-02"


@dataclass(frozen=True)
class Edit:
    """Replace article text [start, end) with ``text``; the figure then sits at [start, start+len)."""

    start: int
    end: int
    text: str
    what: str  # "plant", "words", "digits", "some", "about", "date order"


@dataclass(frozen=True)
class Plant:
    fact: Fact
    changed: Mention  # the mention edited
    partners: tuple[Mention, ...]  # the same fact in the other articles
    plant: Edit
    harmless: tuple[Edit, ...]


def number_words(value: float) -> str | None:
    """2..99 as words ("twenty-three"), when factcheck's own parser reads them back to the value."""
    if value != int(value) or not 2 <= value <= 99:
        return None
    n = int(value)
    words = UNITS[n] if n < 20 else TENS[n // 10 - 2] + (f"-{UNITS[n % 10]}" if n % 10 else "")
    return words if parse_number(words) == value else None


def _free(article: Article, start: int, end: int) -> bool:
    """Not in the front matter, not in a dateline, in a line that reads as a sentence (not a time
    stamp or a byline): places a fact is stated."""
    if start < article.body_start or any(start < e and s < end for s, e in article.skip_spans):
        return False
    line_start = article.text.rfind("\n", 0, start) + 1
    line_end = article.text.find("\n", end)
    line = article.text[line_start:line_end if line_end >= 0 else len(article.text)]
    return len(re.findall(r"[A-Za-z]+", line)) >= MIN_SENTENCE_WORDS


def _hedged(text: str, start: int) -> bool:
    before = text[max(0, start - 40):start]
    words = re.findall(r"[\w-]+|[-–]", before.lower())
    return bool(words) and (words[-1] in HEDGED_AFTER or before.rstrip().endswith(("-", "–", "$", "£", "€")))


def _capitalised_before(text: str, start: int) -> bool:
    """A capitalised word before the figure that does not open a sentence: "Boeing 737 jets", "Apollo 13"."""
    match = re.search(r"(\S+)\s+$", text[max(0, start - 40):start])
    if not match or not match.group(1)[:1].isupper():
        return False
    head = text[max(0, start - 40):start][:match.start(1)].rstrip()
    return bool(head) and not head.endswith((".", "!", "?", '"', "“", "\n")) and head[-1] != ":"


def count_mentions(article: Article) -> list[tuple[Fact, Mention]]:
    text, found = article.text, []
    for match in COUNT.finditer(text, article.body_start):
        figure, second = match["fig"], match["second"]
        noun = match["noun"] if not second or second in ENDS_COUNTED or second.endswith(("ed", "ing")) \
            else f"{match['noun']} {second}"
        value = parse_number(figure)
        start, end = match.start("fig"), match.end("fig")
        year_like = re.fullmatch(r"(?:19|20)\d\d", figure) is not None
        if (value is None or value < 2 or match["noun"] in NOT_COUNTED or year_like or not _free(article, start, end)
                or _hedged(text, start) or _RANGE_AFTER.match(text, end) or _capitalised_before(text, start)):
            continue
        found.append((Fact("count", ("count", value, noun), f"{figure} {noun}"), Mention(article.source.id, start, end, figure)))
    return found


def percent_mentions(article: Article) -> list[tuple[Fact, Mention]]:
    text, found = article.text, []
    for match in PERCENT.finditer(text, article.body_start):
        start, end = match.start("fig"), match.end("fig")
        value = float(match["fig"])
        if (not 0 < value <= 100 or not _free(article, start, match.end()) or _hedged(text, start)
                or _RANGE_AFTER.match(text, match.end())):
            continue
        found.append((Fact("percent", ("percent", value), f"{match['fig']} percent"),
                      Mention(article.source.id, start, end, match["fig"])))
    return found


def _month(word: str) -> int:
    word = word.rstrip(".")
    return MONTHS.index(word) + 1 if word in MONTHS else MONTH_ABBREVIATIONS[word.lower()]


def date_mentions(article: Article) -> list[tuple[Fact, Mention]]:
    found = []
    for pattern in (DATE_MDY, DATE_DMY):
        for match in pattern.finditer(article.text, article.body_start):
            try:
                day = dt.date(int(match["year"]), _month(match["month"]), int(match["day"]))
            except ValueError:
                continue
            if _free(article, match.start(), match.end()):
                found.append((Fact("date", ("date", day.isoformat()), day.isoformat()),
                              Mention(article.source.id, match.start(), match.end(), match.group())))
    return sorted(found, key=lambda pair: pair[1].start)


def mentions(article: Article) -> list[tuple[Fact, Mention]]:
    return count_mentions(article) + percent_mentions(article) + date_mentions(article)


def _figure(value: float, like: str) -> str:
    """value written as the original figure was: thousands separators, decimals, a scale word."""
    scale = next((word for word in ("million", "billion", "thousand") if like.endswith(word)), None)
    if scale:
        base = value / {"million": 1e6, "billion": 1e9, "thousand": 1e3}[scale]
        return f"{base:g} {scale}"
    decimals = len(like.split(".")[1]) if "." in like else 0
    written = f"{value:,.{decimals}f}"
    return written if "," in like else written.replace(",", "")


def _date_text(day: dt.date, day_first: bool) -> str:
    month = MONTHS[day.month - 1]
    return f"{day.day} {month} {day.year}" if day_first else f"{month} {day.day}, {day.year}"


def edits_for(fact: Fact, mention: Mention, text: str) -> tuple[Edit, tuple[Edit, ...]]:
    """The plant for a mention in ``text``, and the harmless rewrites of it."""
    start, end, written = mention.start, mention.end, mention.text
    harmless: list[Edit] = []
    if fact.kind == "date":
        day = dt.date.fromisoformat(fact.key[1])
        day_first = written[:1].isdigit()
        plant = Edit(start, end, _date_text(day + dt.timedelta(days=40), day_first), "plant")
        harmless.append(Edit(start, end, _date_text(day, not day_first), "date order"))
        return plant, tuple(harmless)
    value = fact.key[1]
    if fact.kind == "percent":
        plant = Edit(start, end, _figure(value - 15 if value > 50 else value + 15, written), "plant")
    else:
        new = value * 2 + 3
        plant = Edit(start, end, _figure(new, written) if written[:1].isdigit() else f"{new:g}", "plant")
    words = number_words(value)
    if written[:1].isdigit() and words:
        harmless.append(Edit(start, end, words, "words"))
    elif not written[:1].isdigit():
        harmless.append(Edit(start, end, f"{value:g}", "digits"))
    if _after_determiner(text, start):  # "the some five games" is no English: no hedge to add
        return plant, tuple(harmless)
    capital = written[:1].isupper() or _opens_sentence(text, start)
    harmless.append(Edit(start, end, ("Some " if capital else "some ") + _lower_first(written), "some"))
    harmless.append(Edit(start, end, ("About " if capital else "about ") + _lower_first(written), "about"))
    return plant, tuple(harmless)


DETERMINERS = frozenset("the these those this that his her its their our my your all first last next past".split())


def _after_determiner(text: str, start: int) -> bool:
    words = re.findall(r"[A-Za-z]+", text[max(0, start - 30):start])
    return bool(words) and words[-1].lower() in DETERMINERS


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before.endswith(("\n", ".", "!", "?", '"', "“"))


def _lower_first(written: str) -> str:
    return written[:1].lower() + written[1:] if written[:1].isalpha() else written


def stable_order(*parts: object) -> str:
    """A fixed pseudo-random order: the same facts are picked on every run and every machine."""
    return hashlib.sha1(repr(parts).encode()).hexdigest()


def shared_facts(articles: list[Article]) -> dict[Fact, list[Mention]]:
    """Facts stated by at least two articles: fact -> the first mention in each article, by source id."""
    by_fact: dict[Fact, dict[str, Mention]] = {}
    for article in sorted(articles, key=lambda a: a.source.id):
        for fact, mention in mentions(article):
            by_fact.setdefault(fact, {}).setdefault(mention.source, mention)
    return {fact: [by_source[s] for s in sorted(by_source)] for fact, by_source in by_fact.items() if len(by_source) >= 2}


def plan_plants(folder: str, articles: list[Article], cap: int) -> list[Plant]:
    """At most ``cap`` plants, one per shared fact, taking the kinds in turn, each kind in a fixed
    pseudo-random order; the mention changed is that of the second article (by source id)."""
    by_kind: dict[str, list[tuple[Fact, list[Mention]]]] = {}
    for fact, stated in shared_facts(articles).items():
        by_kind.setdefault(fact.kind, []).append((fact, stated))
    queues = [sorted(items, key=lambda item: stable_order(folder, item[0].key)) for _kind, items in sorted(by_kind.items())]
    picked: list[tuple[Fact, list[Mention]]] = []
    while len(picked) < cap and any(queues):
        for queue in queues:
            if queue and len(picked) < cap:
                picked.append(queue.pop(0))
    plants = []
    for fact, stated in picked:
        changed = stated[1]
        text = next(a.text for a in articles if a.source.id == changed.source)
        plant, harmless = edits_for(fact, changed, text)
        plants.append(Plant(fact, changed, tuple(m for m in stated if m is not changed), plant, harmless))
    return plants


def apply(text: str, edit: Edit) -> str:
    return text[:edit.start] + edit.text + text[edit.end:]
