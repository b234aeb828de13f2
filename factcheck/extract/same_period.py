""""The same period last year", "the same quarter a year earlier", "the same month a year ago": the
period the text just gave (this sentence or the two before), a year back, at its own granularity
("For the fourth quarter, it sees revenue flat with the same period last year": the fourth quarter of
last year). With no period given before it, the words still say last year: the year before the
publication date (as "last year" alone would).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..chrono import last_day
from ..models import DateValue
from .date_base import DateMatch
from .tense import FUTURE, tense_at
from .year_back import span_ending

if TYPE_CHECKING:
    from .base import Page

_SAME = re.compile(r"\b[Tt]he same (?P<unit>period|quarter|month|half|week|day|time|season|weekend) (?:of |in )?"
                   r"(?:last year|a year (?:earlier|ago|before)|the (?:previous|prior|preceding) year|the year before)\b")
_ANCHOR = ("same period", "same quarter", "same month", "same half", "same week", "same day", "same time", "same season",
           "same weekend")
_PERIODS = ("quarter", "half", "month", "season", "week", "day")


def find(page: "Page") -> Iterator[DateMatch]:
    for match in page.finditer(_SAME, _ANCHOR):
        if page.is_free(*match.span()):
            yield DateMatch(*match.span(), DateValue(start=None, end=None, granularity="year", resolution="unresolved",
                                                     note=f"{match.group()}: the period the text gave, a year back"))


_YEAR_BACK = re.compile(r"(?:a|one) year (?:earlier|ago|before)", re.I)
_SAME_DAY = re.compile(r"[Tt]he same day")
_PREVIOUS = re.compile(r"[Tt]he (?:previous|preceding|prior) (?P<unit>month|quarter)")


def settle(page: "Page", chosen: list[DateMatch]) -> None:
    """Give each "the same period last year" its value (after the others are resolved)."""
    for index, found in enumerate(chosen):
        try:
            _settle_one(page, chosen, index, found)
        except (ValueError, OverflowError):
            continue  # a page dated at the calendar's ends (year 1, 9999): no year back or ahead


def _settle_one(page: "Page", chosen: list[DateMatch], index: int, found: DateMatch) -> None:
    if _YEAR_BACK.fullmatch(page.text, found.start, found.end) and index:
        _beside_previous(page, found, chosen[index - 1])
    if _YEAR_BACK.fullmatch(page.text, found.start, found.end) and found.value.granularity == "year":
        _period_before(page, found, chosen[:index], chosen[index + 1:index + 2])
    if _SAME_DAY.fullmatch(page.text, found.start, found.end):
        _same_day_ahead(page, found, chosen[:index])
    if found.value.resolution != "unresolved" or not _SAME.fullmatch(page.text, found.start, found.end):
        return
    words = page.text[found.start:found.end]
    given = _given(page, chosen[:index], found.start)
    unit = _SAME.fullmatch(page.text, found.start, found.end)["unit"]
    ending = _ending(given, unit) if given is not None else None
    if given is not None and ending is not None:  # "the quarter ended Sept. 30 ... the same period a year earlier"
        start, end, granularity = ending
        found.value = DateValue(start=start, end=end, granularity=granularity, resolution="relative" if given.value.relative_to
                                else "absolute", relative_to=given.value.relative_to,
                                note=f"{words}: the {granularity} ending '{page.text[given.start:given.end]}', a year back")
    elif given is not None:
        start, end = (_year_back(day) for day in (given.value.start, given.value.end))
        timex = f"{start.year}{given.value.timex[4:]}" if given.value.timex and re.match(r"\d{4}-", given.value.timex) else None
        found.value = DateValue(start=start, end=end, granularity=given.value.granularity, resolution="relative"
                                if given.value.relative_to else "absolute", relative_to=given.value.relative_to, timex=timex,
                                note=f"{words}: '{page.text[given.start:given.end]}' a year back")
    elif page.published.date is not None and page.published.date.year > 1:
        year = page.published.date.year - 1
        found.value = DateValue(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), granularity="year", resolution="relative",
                                relative_to=page.published.date, note=f"{words}: no period given before it, last year")


def _same_day_ahead(page: "Page", found: DateMatch, before: list[DateMatch]) -> None:
    """"you will also have to make a payment on the same day": in a clause that looks ahead, the same day is
    no day gone by (the days a past clause told just before it), nor a year ("towards next year's bill on the
    same day"): the latest day ahead the text gave, a few paragraphs back at most."""
    published, value = page.published.date, found.value
    if published is None or (value.start is not None and value.start >= published) or not (
            tense_at(page, found.start, found.end) > 0 or FUTURE.search(page.text, page.sentence_at(found.start)[0], found.start)):
        return
    reach = found.start - 1500
    ahead = next((m for m in reversed(before) if m.start >= reach and m.value.granularity == "day" and m.value.start is not None
                  and m.value.start == m.value.end and m.value.start >= published), None)
    if ahead is not None:
        found.value = ahead.value.model_copy(update={"note": f"{page.text[found.start:found.end]}: the day ahead "
                                                             f"'{page.text[ahead.start:ahead.end]}' (a clause that looks ahead)"})


_COMPARED = re.compile(r"\b(?:from|than|with|versus|vs\.?)\s+$", re.I)


def _period_before(page: "Page", found: DateMatch, before: list[DateMatch], after: list[DateMatch]) -> None:
    """"Profit rose in the third quarter. Revenue climbed 6%. Volumes fell 3% from a year ago": a figure compared with a
    year back, in a sentence with no date of its own, compares the period the two sentences before gave (not one
    that is itself a year back: "the year-earlier period"); any other date between leaves it last year."""
    sentence_start = page.sentence_at(found.start)[0]
    if not _COMPARED.search(page.text, max(sentence_start, found.start - 12), found.start) or \
            any(sentence_start <= m.start < page.sentence_at(found.start)[1] for m in before + after):
        return
    reach = sentence_start
    for _ in range(2):
        reach = page.sentence_at(reach - 1)[0] if reach > 0 else reach
    for other in reversed(before):
        value = other.value
        if other.start < reach or value.start is None or value.end is None or value.start.year < 2:
            return
        if other.anchored is not None and other.anchored[0]:
            continue
        if value.granularity not in ("quarter", "half", "month"):
            return
        start, end = _year_back(value.start), _year_back(value.end).replace(day=last_day(value.end.year - 1, value.end.month))
        timex = f"{start.year}{value.timex[4:]}" if value.timex and re.match(r"\d{4}-", value.timex) else None
        found.value = DateValue(start=start, end=end, granularity=value.granularity, resolution="relative" if value.relative_to
                                else "absolute", relative_to=value.relative_to, timex=timex,
                                note=f"{page.text[found.start:found.end]}: compares '{page.text[other.start:other.end]}', a year back")
        return


def _beside_previous(page: "Page", found: DateMatch, before: DateMatch) -> None:
    """"rose 0.3% from the previous month and 3.6% from a year earlier": both compare the month the text
    gave before them, so the year back is that month's (the one after "the previous month"), not the previous one's."""
    previous = _PREVIOUS.fullmatch(page.text, before.start, before.end)
    value = before.value
    if previous is None or value.start is None or value.start.year < 2 or page.sentence_at(found.start)[0] > before.start or \
            f"'{page.text[before.start:before.end]}'" not in (found.value.note or "") or "publication date" in (value.note or ""):
        return
    months = 1 if previous["unit"] == "month" else 3
    index = value.start.year * 12 + value.start.month - 1 + months - 12
    start = dt.date(index // 12, index % 12 + 1, 1)
    end_index = index + months - 1
    end = dt.date(end_index // 12, end_index % 12 + 1, last_day(end_index // 12, end_index % 12 + 1))
    granularity = "month" if months == 1 else "quarter"
    timex = f"{start.year}-{start.month:02d}" if months == 1 else f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    found.value = found.value.model_copy(update={"start": start, "end": end, "granularity": granularity, "timex": timex,
                                                 "note": f"{page.text[found.start:found.end]}: beside "
                                                         f"'{page.text[before.start:before.end]}', a year before the {granularity} it follows"})


def _given(page: "Page", before: list[DateMatch], position: int) -> DateMatch | None:
    start = page.sentence_at(position)[0]
    for _ in range(2):
        if start > 0:
            start = page.sentence_at(start - 1)[0]
    for other in reversed(before):
        if other.start < start:
            return None
        value = other.value
        if value.granularity in _PERIODS and value.start is not None and value.end is not None and value.start.year > 1:
            return other
    return None


def _ending(given: DateMatch, unit: str) -> tuple[dt.date, dt.date, str] | None:
    """A day that ends a quarter (or a half) the words name: that quarter a year back."""
    value = given.value
    if value.granularity != "day" or value.start != value.end or unit not in ("period", "quarter", "half"):
        return None
    return span_ending(value.start, 6 if unit == "half" else 3)  # type: ignore[arg-type]


def _year_back(day: dt.date | None) -> dt.date:
    assert day is not None
    return dt.date(day.year - 1, day.month, min(day.day, last_day(day.year - 1, day.month)))
