"""Dates that take their year or their day from another date of their sentence (after anchored.resolve).

"In 2024, Ramadan began on March 11; by 2030 it will begin in early January": a month, a day or a
holiday told without a year, in a clause that opens on "In 2024," or "by 2030", is in that year, not
the one nearest the publication date, when its tense allows (a past year's date told in a past or
present clause, a coming year's in a future or present one). The clause runs to a semicolon, a colon
or the sentence's end, and stops at the next date that names its own year.

"Armistice Day falls on Wednesday": the weekday a holiday is said to fall on is the holiday's day.
"The weekend before last": a week before the last weekend.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..chrono import MONTH_NAMES, WEEKDAY_NAMES, WEEKDAYS
from ..models import DateValue
from .holidays import HOLIDAYS
from .tense import tense_at

if TYPE_CHECKING:
    from .base import Page
    from .date_base import DateMatch

# The clause opens on the year: at the sentence's start or after a semicolon, colon or dash.
_LEAD = r"(?:(?:[Bb]ack|[Aa]nd|[Bb]ut|[Ee]ven|[Oo]nly)\s+)?(?:[Ii]n|[Bb]y)\s+"
_OPENS = re.compile(rf"(?:[;:—–]|\s-)\s*{_LEAD}$")
_STARTS = re.compile(rf"\s*[\"“‘']?{_LEAD}")
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
_BARE = re.compile(rf"(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[- ])?(?:{MONTH_NAMES}(?: \d{{1,2}}(?:st|nd|rd|th)?)?|"
                   rf"\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{MONTH_NAMES})")
_WHEN_AFTER = re.compile(r",\s+when\s")
_CLAUSE_END = re.compile(r"[;:]|\s[—–-]\s")
_FALLS_ON = re.compile(r"\s+(?:falls|fell|will fall|is|was|will be)\s+on\s+(?:a\s+)?$")
_WEEKDAY = re.compile(rf"(?:{WEEKDAY_NAMES})")


def carry(page: "Page", chosen: list["DateMatch"]) -> None:
    for index, found in enumerate(chosen):
        text = page.text[found.start:found.end]
        if _YEAR.fullmatch(text) and found.value.granularity == "year":
            sentence_start, sentence_end = page.sentence_at(found.start)
            if _OPENS.search(page.text, max(sentence_start, found.start - 24), found.start) or \
                    _STARTS.fullmatch(page.text[sentence_start:found.start]) or (
                    _WHEN_AFTER.match(page.text, found.end) and page.text.endswith(("in ", "In "), sentence_start, found.start)):
                # (also "It missed the deadline in 2023, when a standoff lasted until early August": the when-clause's)
                end = _CLAUSE_END.search(page.text, found.end, sentence_end)
                _give_year(page, int(text), chosen[index + 1:], end.start() if end else sentence_end)
        elif _WEEKDAY.fullmatch(text) and index and _FALLS_ON.fullmatch(page.text, chosen[index - 1].end, found.start):
            _holiday_weekday(page, chosen[index - 1], found, text)
        elif text.lower() in ("the weekend", "the week before") and page.published.date is not None and \
                page.text.startswith(" before last" if text.lower() == "the weekend" else " last", found.end):
            _before_last(page, found, text.lower())


def _before_last(page: "Page", found: "DateMatch", text: str) -> None:
    """"the weekend before last", "the week before last": a week before the last one."""
    anchor = page.published.date
    if anchor is None or found.value.start is None and text == "the weekend" or anchor.year < 2:
        return  # (a page dated in the calendar's first days has no week before last)
    monday = anchor - dt.timedelta(days=anchor.weekday(), weeks=2)
    year, week, _ = monday.isocalendar()
    if text == "the weekend":
        start, end = found.value.start - dt.timedelta(weeks=1), found.value.end - dt.timedelta(weeks=1)  # type: ignore[operator]
        year, week, _ = start.isocalendar()
        timex = f"{year}-W{week:02d}-WE"
    else:
        start, end, timex = monday, monday + dt.timedelta(days=6), f"{year}-W{week:02d}"
    found.end += len(" before last" if text == "the weekend" else " last")
    found.value = DateValue(start=start, end=end, granularity="day" if text == "the weekend" else "week", resolution="relative",
                            relative_to=anchor, timex=timex,
                            note=f"{page.text[found.start:found.end]}: a week before the last, from the publication date")


def _give_year(page: "Page", year: int, after: list["DateMatch"], clause_end: int) -> None:
    published = page.published.date
    for other in after:
        if other.start >= clause_end:
            return
        words = page.text[other.start:other.end]
        if _YEAR.search(words):
            return  # the next date with its own year takes over
        value = other.value
        holiday = HOLIDAYS.get(re.sub(r"['’]", "'", words).lower())
        if value.start is None or value.end is None or not (_BARE.fullmatch(words) or holiday) or \
                value.resolution not in ("year-inferred", "relative") or value.start.year == value.end.year == year:
            continue
        if published is not None:
            tense = tense_at(page, other.start, other.end)
            if (year < published.year and tense > 0) or (year > published.year and tense < 0):
                continue  # "In 2019 he was jailed; he will be freed in March": not that year's March
        try:
            start = holiday(year) if holiday else value.start.replace(year=year + value.start.year - value.end.year)
            end = holiday(year) if holiday else value.end.replace(year=year)
        except ValueError:  # 29 February in a year without one
            continue
        timex = value.timex
        if timex and re.match(r"\d{4}", timex):
            timex = f"{year}{timex[4:]}"
        other.value = value.model_copy(update={"start": start, "end": end, "timex": timex, "resolution": "absolute",
                                               "relative_to": None, "note": f"{words}: the year {year} its clause opens on"})


def _holiday_weekday(page: "Page", holiday: "DateMatch", found: "DateMatch", text: str) -> None:
    day = holiday.value.start
    if day is None or day != holiday.value.end or day.weekday() != WEEKDAYS[text.lower()] or \
            re.sub(r"['’]", "'", page.text[holiday.start:holiday.end]).lower() not in HOLIDAYS:
        return
    found.value = holiday.value.model_copy(update={"note": f"{text}: the day {page.text[holiday.start:holiday.end]} falls on"})


def name_the_day(value: DateValue, anchor: DateValue, steps: int, unit: str, words: str) -> None:
    """(anchored.resolve) "two weeks later" after a day: compared as that week, named in TIMEX3 as the day two weeks on."""
    if unit == "week" and steps and anchor.granularity == "day" and anchor.start == anchor.end and words[:4].lower() != "the ":
        value.timex = (anchor.start + dt.timedelta(weeks=steps)).isoformat()  # type: ignore[operator]
