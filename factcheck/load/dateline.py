"""Publication date (and outlet) from a dateline or the opening lines of an article.

Reads only the first few lines, where wires and newspapers put datelines:
"Lima, Peru, April 25, 2025 (AGENCY) --", "Quito, April 24, AGENCY", "date 2025-04-25",
"First Published: August 21, 2019 6:05 PM EDT", "March 9, 2018, 2:47 PM", "LONDON, 13 March 2025
(Reuters) -", "Athens, March 14, Daily Courier --". Page stamps of other shapes are stamps.py's.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..chrono import MONTH_NAMES, month_number

OPENING_CHARS = 600

_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_MONTH = rf"(?P<month>{MONTH_NAMES})"
_PLACE = r"(?P<place>[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*)*(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*)*)"
_AGENCY = r"(?P<agency>[A-Z][A-Za-z.&'’]*(?: [A-Z][A-Za-z.&'’]*){0,3})"

DATELINE_PATTERNS = [
    # "Lima, Peru, April 25, 2025 (AGENCY) --" and "LONDON, May 2 (Reuters) -"
    re.compile(rf"^{_PLACE},? {_MONTH} {_DAY}(?:, {_YEAR})?,? \({_AGENCY}\)\s*(?:--|—|–|-)", re.M),
    # "LONDON, 13 March 2025 (Reuters) -": the day before the month
    re.compile(rf"^{_PLACE},? {_DAY} {_MONTH}(?:,? {_YEAR})?,? \({_AGENCY}\)\s*(?:--|—|–|-)", re.M),
    # "Athens, March 14, Daily Courier --": the outlet named after the date, then a dash
    re.compile(rf"^{_PLACE}, {_MONTH} {_DAY}(?:, {_YEAR})?,? {_AGENCY}\s*(?:--|—|–)", re.M),
    # "Quito, April 24, AGENCY" (the agency alone closes the line)
    re.compile(rf"^{_PLACE}, {_MONTH} {_DAY}(?:, {_YEAR})?, {_AGENCY}\s*$", re.M),
    # "RIVERTON, Ore. —3/17/2016": a numeric date after the place, read only where its shape says
    # which part is the day (one above 12)
    re.compile(r"^(?P<place>[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*)*(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*)*),?"
               r"\s*(?:--|—|–)\s*(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<numyear>(?:19|20)\d\d)\b", re.M),
    # "date 2025-04-25", "Published: 2025-04-25"
    re.compile(r"(?:^|\s)(?:date|dated|published|posted|updated)[:\s]+(?P<iso>(?:19|20)\d\d-\d\d-\d\d)", re.I),
    # "First Published: August 21, 2019 6:05 PM EDT", "Published on March 9, 2018"
    # (at a line's start: "the report was published on May 3, 2013" is a sentence, not a stamp)
    re.compile(rf"^[^\S\n]*(?:first |last )?(?:published|posted|updated)(?: on)?:?\s+{_MONTH} {_DAY},? {_YEAR}", re.I | re.M),
    # A line that opens with a date and a clock time: "March 9, 2018, 2:47 PM"
    re.compile(rf"^\s*{_MONTH} {_DAY}, {_YEAR},? \d{{1,2}}:\d\d", re.M),
    # A line that is only a date: "April 25, 2025" or "25 April 2025"
    re.compile(rf"^\s*{_MONTH} {_DAY},? {_YEAR}\s*$", re.M),
    re.compile(rf"^\s*{_DAY} {_MONTH},? {_YEAR}\s*$", re.M),
]


@dataclass(frozen=True)
class Dateline:
    year: int | None
    month: int
    day: int
    outlet: str | None
    start: int
    end: int
    text: str


def find_datelines(text: str, body_start: int = 0) -> list[Dateline]:
    """Every dateline in the opening lines of the body, earliest first.

    >>> [(d.year, d.month, d.day, d.outlet) for d in find_datelines("Quito, April 24, AZ NEWS\\n\\nText.")]
    [(None, 4, 24, 'AZ NEWS')]
    """
    opening_end = min(len(text), body_start + OPENING_CHARS)
    found: list[Dateline] = []
    for pattern in DATELINE_PATTERNS:
        for match in pattern.finditer(text, body_start, opening_end):
            dateline = _read(match)
            if dateline and not any(d.start <= dateline.start < d.end for d in found):
                found.append(dateline)
    return sorted(found, key=lambda d: d.start)


def _read(match: re.Match[str]) -> Dateline | None:
    groups = match.groupdict()
    if groups.get("numyear"):
        first, second = int(groups["first"]), int(groups["second"])
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first or first == second:
            month, day = first, second
        else:
            return None  # "3/4/2012": the shape does not say which is the day
        year = int(groups["numyear"])
        try:
            dt.date(year, month, day)
        except ValueError:
            return None
    elif groups.get("iso"):
        try:
            date = dt.date.fromisoformat(groups["iso"])
        except ValueError:
            return None
        year, month, day = date.year, date.month, date.day
    else:
        year = int(groups["year"]) if groups.get("year") else None
        month, day = month_number(groups["month"]), int(groups["day"])
        try:
            dt.date(year or 2000, month, day)  # 2000 is a leap year: 29 Feb stays possible
        except ValueError:
            return None
    start, end = match.span()
    while start < end and match.string[start].isspace():
        start += 1
    while end > start and match.string[end - 1].isspace():
        end -= 1
    return Dateline(year, month, day, groups.get("agency"), start, end, match.string[start:end])
