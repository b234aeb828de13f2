"""More dates as news writes them without a year (read with news_dates' patterns):

- "the turn of the year": the weeks either side of a New Year's Day (December and January): in a past
  clause the last begun, else the one under way or next;
- "a Halloween party", "Christmas sales": the holiday's day, a time expression but no claim;
- "H1 results", "in H2": a half of the year named by its code, read as "the first half" is (a past
  clause the latest begun; results to be reported the nearest);
and, once the others have their values (settle):
- "the previous weekend", "the following weekend": the weekend before (after) the day the text just
  gave (a Saturday's previous weekend is the one a week before);
- "had asked for a trial in the spring", "put back to the spring": the first such season after the month or
  day the text just gave, else after the publication date;
- "Applications for September 2027 entry close on 15 January": a day or month told without a year in a
  sentence about an entry, an intake or a start in a month of a named year is the last one before it.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..chrono import MONTH_NAMES, month_interval, month_number
from ..models import DateValue
from .date_base import DateMatch
from .news_dates import period_value, pick_year, unplaced_value
from .tense import tense_of_period

if TYPE_CHECKING:
    from .base import Page

_TURN = re.compile(r"\b[Tt]he turn of the year\b")
_H_HALF = re.compile(r"\b[Hh](?P<q>[12])\b(?=[ -](?:results|profits?|earnings|sales|revenues?|figures|numbers|report|loss|net|"
                     r"update|trading)\b)|(?:(?<=\bin )|(?<=\bfor )|(?<=\bduring ))[Hh](?P<q2>[12])\b(?![ -]?\d|[-’'])")
_REPORTED = re.compile(r"[ -](?:results|earnings|report|figures|numbers)\b")


def read_turn(page: "Page", match: re.Match[str]) -> DateValue | None:
    anchor = page.published.date
    if anchor is None:
        return unplaced_value("month", match.group())
    # (a present "comes at the turn of the year" is the one under way or next: only a past clause looks back)
    direction = -1 if tense_of_period(page, match.start(), match.end()) < 0 else 1
    year = pick_year(anchor, direction, lambda y: dt.date(y - 1, 12, 1), lambda y: dt.date(y, 1, 31))
    start, end = dt.date(year - 1, 12, 1), dt.date(year, 1, 31)
    return period_value(start, end, "month", anchor, match.group(), timex=f"{year - 1}-12/{year}-01")


def read_h_half(page: "Page", match: re.Match[str]) -> DateValue | None:
    index = int(match["q"] or match["q2"])
    anchor = page.published.date
    if anchor is None:
        return unplaced_value("half", match.group(), timex=f"XXXX-H{index}")

    def bounds(year: int) -> tuple[dt.date, dt.date]:
        return (dt.date(year, 1, 1), dt.date(year, 6, 30)) if index == 1 else (dt.date(year, 7, 1), dt.date(year, 12, 31))
    direction = tense_of_period(page, match.start(), match.end())
    nearest = direction > 0 and _REPORTED.match(page.text, match.end())
    year = pick_year(anchor, 0 if nearest else direction or -1, lambda y: bounds(y)[0], lambda y: bounds(y)[1])
    return period_value(*bounds(year), "half", anchor, match.group(), timex=f"{year}-H{index}")


# "a Halloween party", "Christmas sales rose": a holiday that dates the event named after it (a party, a
# season's sales) is a time expression TimeML marks, but no claim: an outlet's "Christmas sales" and another's
# "December sales" state no date to compare (holidays.py leaves a holiday before a noun out of the claims).
_HOLIDAY_EVENT = re.compile(r"\b(?P<name>Halloween|Christmas|Thanksgiving|Easter|Black Friday|Cyber Monday|Boxing Day|"
                            r"Independence Day|Labor Day|Memorial Day|Valentine['’]s Day|New Year['’]s (?:Day|Eve))(?= (?:party|parties|sales|"
                            r"shopping|trading|weekend|rush|spending|travel|parade|concert|fireworks|ceremony|celebrations?|"
                            r"kick-off|kick-offs|fixtures?|matches|match|games?|race|swim)\b)")


def read_holiday_event(page: "Page", match: re.Match[str]) -> DateValue | None:
    from .holidays import HOLIDAYS
    anchor = page.published.date
    if anchor is None or re.search(r"[A-Z][\w'’]*\s+$", page.text[max(0, match.start() - 20):match.start()]):
        return None  # ("Annual Christmas Parade" is a name)
    rule = HOLIDAYS[re.sub(r"['’]", "'", match["name"]).lower()]
    year = pick_year(anchor, tense_of_period(page, match.start(), match.end()), rule, rule)
    day = rule(year)
    return period_value(day, day, "day", anchor, match.group(), timex=day.isoformat())


PATTERNS = [
    (_TURN, ("turn of the year",), read_turn),
    (_H_HALF, ("h1", "h2"), read_h_half),
    (_HOLIDAY_EVENT, ("halloween", "christmas", "thanksgiving", "easter", "black friday", "cyber monday", "boxing day",
                      "independence day", "labor day", "memorial day", "valentine", "new year"), read_holiday_event),
]
TIMEX_ONLY = frozenset({read_holiday_event})

# --- after the others are resolved ----------------------------------------------------------------

_WEEKEND = re.compile(r"\b[Tt]he (?P<dir>previous|preceding|following|next) weekend\b")
# "had asked for a trial in the spring", "asked for it to be put back to the spring": a season asked for or
# put off to lies ahead of the asking (the asking itself may be told long after)
_ASKED_FOR = re.compile(r"\b(?:asked|asking|asks|sought|requested|proposed|pushed|called|applied)\s+for\b[^.;]{0,60}?\b(?:in|for|by|until|to)\s+$|"
                        r"\b(?:put back|pushed back|postponed|delayed|moved|adjourned|deferred)\b[^.;]{0,30}?\b(?:to|until|till)\s+$")
_ENTRY = re.compile(rf"\b(?:{MONTH_NAMES}) (?P<year>(?:19|20)\d\d) (?:entry|intake|admissions?|start|starters|courses?|term|semester)\b")


def find(page: "Page") -> Iterator[DateMatch]:
    for match in page.finditer(_WEEKEND, (" weekend",)):
        if page.is_free(*match.span()):
            yield DateMatch(*match.span(), DateValue(start=None, end=None, granularity="day", resolution="unresolved",
                                                     note=f"{match.group()}: counted from a day the text gives"), vague=True)


def settle(page: "Page", chosen: list[DateMatch]) -> None:
    for index, found in enumerate(chosen):
        try:
            _settle_one(page, chosen, index, found)
        except (ValueError, OverflowError):
            continue  # a page dated at the calendar's ends (year 1, 9999) has no weekend or season beyond them


def _settle_one(page: "Page", chosen: list[DateMatch], index: int, found: DateMatch) -> None:
    weekend = _WEEKEND.fullmatch(page.text, found.start, found.end)
    if weekend and found.value.start is None:
        _weekend(page, found, chosen[:index], weekend["dir"].lower() in ("previous", "preceding"))
    if found.value.granularity == "season" and found.value.resolution == "relative" and \
            _ASKED_FOR.search(page.text, max(page.sentence_at(found.start)[0], found.start - 90), found.start):
        _season_asked(page, found, chosen[:index])
    entry = _ENTRY.match(page.text, found.start)
    if entry and found.end <= entry.end():
        _before_entry(page, found, chosen[index + 1:], dt.date(int(entry["year"]), month_number(entry.group().split()[0]), 1))


def _season_asked(page: "Page", found: DateMatch, before: list[DateMatch]) -> None:
    """The first such season to begin after the month or day the text just gave, else after the publication date."""
    published, value = page.published.date, found.value
    if published is None or value.start is None or value.end is None:
        return
    sentence_start = page.sentence_at(found.start)[0]
    reach = page.sentence_at(sentence_start - 1)[0] if sentence_start else 0
    given = next((m.value.end for m in reversed(before) if m.start >= reach and m.value.granularity in ("day", "month")
                  and m.value.end is not None and m.value.end <= published), None)
    after = given or published
    months = (value.end.year - value.start.year) * 12 + value.end.month - value.start.month
    year = after.year - 1
    while dt.date(year, value.start.month, 1) <= after:
        year += 1
    start = dt.date(year, value.start.month, 1)
    end_index = year * 12 + value.start.month - 1 + months
    end = month_interval(end_index // 12, end_index % 12 + 1)[1]
    timex = f"{year}{value.timex[4:]}" if value.timex and re.match(r"\d{4}-", value.timex) else None
    found.value = value.model_copy(update={"start": start, "end": end, "timex": timex,
                                           "note": f"{page.text[found.start:found.end]}: asked for, after {after.isoformat()}"})


def _weekend(page: "Page", found: DateMatch, before: list[DateMatch], back: bool) -> None:
    sentence_start = page.sentence_at(found.start)[0]
    reach = page.sentence_at(sentence_start - 1)[0] if sentence_start else 0
    day = next((m.value.start for m in reversed(before) if m.start >= reach and m.value.granularity == "day" and m.value.start
                and m.value.start == m.value.end), None)
    published = page.published.date
    if day is None and back and published is not None:
        # told paragraphs after the event's day: the latest day gone by the story gave (a weekday, a date)
        day = next((m.value.start for m in reversed(before) if m.start >= found.start - 1500 and m.value.granularity == "day"
                    and m.value.start and m.value.start == m.value.end and m.value.start <= published), None)
    if day is None:
        return
    monday = day - dt.timedelta(days=day.weekday())
    saturday = monday - dt.timedelta(days=2) if back else monday + dt.timedelta(days=12 if day.weekday() >= 5 else 5)
    year, week, _ = saturday.isocalendar()
    found.value = DateValue(start=saturday, end=saturday + dt.timedelta(days=1), granularity="day", resolution="relative",
                            relative_to=page.published.date, timex=f"{year}-W{week:02d}-WE",
                            note=f"{page.text[found.start:found.end]}: the weekend {'before' if back else 'after'} {day.isoformat()}")
    found.vague = False


def _before_entry(page: "Page", entry: DateMatch, after: list[DateMatch], starts: dt.date) -> None:
    """Days and months of the entry's sentence told without a year: the last such before the entry begins."""
    sentence_end = page.sentence_at(entry.start)[1]
    for other in after:
        value = other.value
        if other.start >= sentence_end:
            return
        if value.resolution not in ("year-inferred", "relative") or value.start is None or value.end is None or \
                value.granularity not in ("day", "month") or value.start.year != value.end.year:
            continue
        year = starts.year if (value.start.month, value.start.day) < (starts.month, starts.day) else starts.year - 1
        try:
            start, end = value.start.replace(year=year), value.end.replace(year=year)
        except ValueError:
            continue
        if value.granularity == "month":
            end = month_interval(year, start.month)[1]
        published = page.published.date
        if published is not None and start > published and tense_of_period(page, other.start, other.end) < 0:
            continue  # "closed on 15 January" told before that January: not this entry's
        timex = f"{year}{value.timex[4:]}" if value.timex and re.match(r"\d{4}", value.timex) else None
        other.value = value.model_copy(update={"start": start, "end": end, "timex": timex,
                                               "note": f"{page.text[other.start:other.end]}: before the entry of {starts:%B %Y}"})
