"""Dates placed by a day the same sentence gives, once every date has its value (settle):

- "Harbor reports on Tuesday, April 13, followed by Crestline on Wednesday": a bare weekday after a day
  still to come that is given with its weekday is the first such weekday after it (a schedule told in
  order), not the one just gone; not the day of a telling ("the court said on Friday");
- "The claim was postponed on Tuesday to 23 August": what is put off, adjourned or moved to a day
  without a year goes to the first such day after the day it was put off;
- "the week of April 26": the week holding that day;
- "MetService has issued a warning from 9pm Wednesday until 6am Friday": a window set in the present perfect
  (a warning, a closure, a ban now in place) runs from the nearest such weekday, not the week gone by;
- "the August bank holiday, Monday 2 August": a holiday with its day beside it is that day (the
  holiday's rule differs from country to country; the day told does not).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..chrono import WEEKDAY_NAMES, WEEKDAYS
from .tense import tense_at

if TYPE_CHECKING:
    from .base import Page
    from .date_base import DateMatch

_BARE_WEEKDAY = re.compile(rf"(?:[Oo]n\s+)?(?P<day>{WEEKDAY_NAMES})")
_DATED_WEEKDAY = re.compile(rf"{WEEKDAY_NAMES}\b.*\d|\d.*\b{WEEKDAY_NAMES}")
_TOLD = re.compile(r"\b(?:said|says|told|announced|confirmed|added|reported|stated|wrote|warned|insisted|revealed)"
                   r"(?:\s+(?:in\s+a\s+statement|late|early))?\s+(?:on\s+)?$")
_MOVED_TO = re.compile(r"\b(?:postponed|adjourned|deferred|put\s+off|pushed\s+back|put\s+back|moved|rescheduled|delayed|"
                       r"brought\s+forward|stood\s+down)\b[^.;:]{0,60}?\s(?:to|until|till)\s+$")
_IN_TURN = re.compile(r"\b(?:followed\s+by|then|and\s+then|before)\b")
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_CLOCK = r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midday|midnight)\s+)?(?:on\s+)?"
_WINDOW_FROM = re.compile(rf"\bfrom\s+{_CLOCK}$")
_WINDOW_TO = re.compile(rf"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:until|till|to)\s+{_CLOCK}")
_SET_NOW = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ut|et)\b")
_PAST_WORD = re.compile(r"\b(?:was|were|had|did|said|ago|yesterday|last)\b", re.I)
_WEEK_OF = re.compile(r"\b[Tt]he\s+week\s+of\s+$")  # ("the week beginning 10 August" is left to that day)


def settle(page: "Page", chosen: list["DateMatch"]) -> None:
    if page.published.date is None:
        return
    for index, found in enumerate(chosen):
        if found.value.start is None or found.value.granularity != "day":
            continue
        before = [m for m in chosen[:index] if m.start >= page.sentence_at(found.start)[0] and m.value.start is not None]
        if _BARE_WEEKDAY.fullmatch(page.text, found.start, found.end):
            _after_dated_weekday(page, found, before)
        elif not _YEAR.search(page.text, found.start, found.end):
            _moved_to(page, found, before)
        _week_of(page, found)
    for found, after in zip(chosen, chosen[1:]):
        _holiday_with_its_day(page, found, after)
        _window_now_set(page, found, after)


def _after_dated_weekday(page: "Page", found: "DateMatch", before: list["DateMatch"]) -> None:
    dated = next((m for m in reversed(before) if m.value.granularity == "day" and m.value.start == m.value.end
                  and _DATED_WEEKDAY.search(page.text, m.start, m.end)), None)
    if dated is None or dated.value.start < page.published.date or \
            _TOLD.search(page.text, max(0, found.start - 40), found.start):
        return
    if tense_at(page, found.start, found.end) < 0 and not _IN_TURN.search(page.text, dated.end, found.start):
        return  # "the festival runs to Sunday 25 July, its organisers said at the launch on Wednesday": a past telling
    match = _BARE_WEEKDAY.fullmatch(page.text, found.start, found.end)
    gap = (WEEKDAYS[match["day"].lower()] - dated.value.start.weekday()) % 7
    day = dated.value.start + dt.timedelta(days=gap)
    if gap == 0 or day == found.value.start:
        return
    found.value = found.value.model_copy(update={
        "start": day, "end": day, "timex": day.isoformat(), "relative_to": dated.value.start,
        "note": f"{match['day']}: the first after {page.text[dated.start:dated.end]}, told before it"})


def _moved_to(page: "Page", found: "DateMatch", before: list["DateMatch"]) -> None:
    verb = _MOVED_TO.search(page.text, page.sentence_at(found.start)[0], found.start)
    if verb is None or found.value.start != found.value.end:
        return
    told = next((m for m in reversed(before) if m.end <= found.start and m.value.start == m.value.end
                 and m.value.granularity == "day"), None)
    if told is None or told.value.start < found.value.start:
        return
    day = found.value.start
    while day <= told.value.start:
        try:
            day = day.replace(year=day.year + 1)
        except ValueError:  # 29 February
            return
    found.value = found.value.model_copy(update={
        "start": day, "end": day, "timex": day.isoformat(),
        "note": f"{page.text[found.start:found.end]}: put off to it on {page.text[told.start:told.end]}, so after that"})


def _week_of(page: "Page", found: "DateMatch") -> None:
    lead = _WEEK_OF.search(page.text, max(0, found.start - 24), found.start)
    if lead is None or found.value.start != found.value.end:
        return
    monday = found.value.start - dt.timedelta(days=found.value.start.weekday())
    year, week, _ = monday.isocalendar()
    found.start = lead.start()
    found.value = found.value.model_copy(update={
        "start": monday, "end": monday + dt.timedelta(days=6), "granularity": "week", "timex": f"{year}-W{week:02d}",
        "note": f"{page.text[found.start:found.end]}: the week holding that day"})


def _holiday_with_its_day(page: "Page", found: "DateMatch", after: "DateMatch") -> None:
    if found.value.granularity != "day" or after.value.granularity != "day" or after.value.start is None or \
            after.value.start != after.value.end or found.value.start is None or found.value.start == after.value.start:
        return
    words = page.text[found.start:found.end]
    if re.search(r"\d", words) or not re.fullmatch(r",\s+", page.text[found.end:after.start]) or \
            not re.search(r"\b(?:[Hh]oliday|Day|Eve)\b", words) or \
            abs((after.value.start - found.value.start).days) > 31:
        return
    found.value = after.value.model_copy(update={"note": f"{words}: the day told beside it"})


def _window_now_set(page: "Page", first: "DateMatch", last: "DateMatch") -> None:
    sentence_start = page.sentence_at(first.start)[0]
    lead = _WINDOW_FROM.search(page.text, max(sentence_start, first.start - 30), first.start)
    if lead is None or not _BARE_WEEKDAY.fullmatch(page.text, first.start, first.end) or \
            not _BARE_WEEKDAY.fullmatch(page.text, last.start, last.end) or \
            not _WINDOW_TO.fullmatch(page.text, first.end, last.start):
        return
    said = page.text[sentence_start:lead.start()]
    if not _SET_NOW.search(said) or _PAST_WORD.search(said) or _PAST_WORD.search(page.text, last.end, page.sentence_at(last.start)[1]):
        return
    anchor = page.published.date
    names = [_BARE_WEEKDAY.fullmatch(page.text, m.start, m.end)["day"] for m in (first, last)]
    ahead = (WEEKDAYS[names[0].lower()] - anchor.weekday()) % 7
    start = anchor + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)  # the nearest such day
    end = start + dt.timedelta(days=(WEEKDAYS[names[1].lower()] - start.weekday()) % 7 or 7)
    for found, day in ((first, start), (last, end)):
        found.value = found.value.model_copy(update={
            "start": day, "end": day, "timex": day.isoformat(), "note": f"{names[0]} to {names[1]}: a window now set, from the nearest {names[0]}"})
