"""More compounds of news dates, read against the publication date like news_dates' periods:
a day with "last year" ("on 30 October last year", "March 3 this year"), a part of the current
decade ("by the end of the decade"), and "in the fall" where its clause looks ahead. ("The first nine
months of the year" is a duration in TimeML, P9M: no date.)"""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..chrono import FULL_MONTH_NAMES, SEASONS, month_number, months_interval
from ..models import DateValue
from .news_dates import period_value, pick_year, unplaced_value
from .tense import tense_of_period

if TYPE_CHECKING:
    from .base import Page

_MONTH = rf"(?P<month>{FULL_MONTH_NAMES}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# "on 30 October last year", "on March 3 this year": one day of the year named from now (the
# month alone, "October last year", is news_dates'). Found from "last year" back to its day, so the
# sentences with "this year" (many) are not searched for a day at every word.
_REL_YEAR = re.compile(r"(?<=[\w.] )(?P<rel>last|this|next) year\b")
_DAY_BEFORE = re.compile(rf"\b(?:{_DAY} (?:of )?{_MONTH}|{_MONTH.replace('month', 'month2')} (?P<day2>[12]\d|3[01]|0?[1-9])"
                         rf"(?:st|nd|rd|th)?),? (?:of )?$")


def read_day_of_year(page: "Page", match: re.Match[str]) -> tuple[int, DateValue] | None:
    before = _DAY_BEFORE.search(page.text, max(0, match.start() - 24), match.start())
    if before is None:
        return None
    month, day_text = before["month"] or before["month2"], before["day"] or before["day2"]
    anchor = page.published.date
    if anchor is None:
        return before.start(), unplaced_value("day", page.text[before.start():match.end()], month_number(month))
    year = anchor.year + {"last": -1, "this": 0, "next": 1}[match["rel"]]
    try:
        day = dt.date(year, month_number(month), int(day_text))
    except ValueError:
        return None  # "31 April last year"
    return before.start(), period_value(day, day, "day", anchor, page.text[before.start():match.end()], timex=day.isoformat())


# "by the end of the decade", "the start of the decade", "earlier in the decade" is anchored's:
# the decade of the publication date, a part of it (TIMEX3 "202" with START or END).
_DECADE_PART = re.compile(r"\b(?P<part>[Tt]he (?:end|start|beginning|middle) of) (?:the|this) decade\b(?![-'’]| of\b)")

_DECADE_TOLD = re.compile(r"\b((?:1[6-9]|20)\d0)s\b")


def read_decade_part(page: "Page", match: re.Match[str]) -> DateValue | None:
    anchor = page.published.date
    if anchor is None:
        return unplaced_value("decade", match.group())
    first = anchor.year // 10 * 10
    told = _DECADE_TOLD.findall(page.text, page.sentence_at(max(0, page.sentence_at(match.start())[0] - 1))[0], match.start())
    if told and "the decade" in match.group() and tense_of_period(page, match.start(), match.end()) < 0:
        first = int(told[-1])  # "In the mid-1960s she began diving, and by the end of the decade she had charted ...": that decade
    return period_value(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "decade", anchor, match.group(),
                        match["part"], timex=str(first // 10))


# "will open a plant in the fall": "the fall" after "in" is a season only where its clause looks
# ahead ("was hurt in the fall" is a tumble), and never before "of" or "in" ("in the fall in prices").
_FALL_AHEAD = re.compile(r"(?:(?<=\b[Ii]n )|(?<=\bfor ))the fall\b(?=\s*[,.;:)]|\s*$|\s+(?:and|but|when|if|as|or|after|before)\b)")


def read_fall_ahead(page: "Page", match: re.Match[str]) -> DateValue | None:
    anchor = page.published.date
    if tense_of_period(page, match.start(), match.end()) <= 0:
        return None
    if anchor is None:
        return unplaced_value("season", match.group())
    year = pick_year(anchor, 1, lambda y: dt.date(y, 9, 1), lambda y: dt.date(y, 11, 30))
    return period_value(*months_interval(year, 9, 11), "season", anchor, match.group())


# "the hottest day of the year so far", "sales for the month to date": the year (month) now under way
_SO_FAR = re.compile(r"\b[Tt]he (?P<unit>year|month)(?= so far\b| to date\b)")


def read_so_far(page: "Page", match: re.Match[str]) -> DateValue | None:
    anchor = page.published.date
    if anchor is None:
        return unplaced_value(match["unit"], match.group())
    if match["unit"] == "year":
        return period_value(dt.date(anchor.year, 1, 1), dt.date(anchor.year, 12, 31), "year", anchor, match.group())
    return period_value(*months_interval(anchor.year, anchor.month, anchor.month), "month", anchor, match.group())


# "On this day in 1945": the publication's day of the month in that year (an anniversary's feature)
_THIS_DAY_IN = re.compile(r"\b[Tt]his (?P<unit>day|date) in (?P<year>(?:1[5-9]|20)\d\d)\b")


def read_this_day_in(page: "Page", match: re.Match[str]) -> DateValue | None:
    anchor = page.published.date
    if anchor is None:
        return None
    day = dt.date(int(match["year"]), anchor.month, min(anchor.day, 28 if anchor.month == 2 else 31))
    return DateValue(start=day, end=day, granularity="day", resolution="relative", relative_to=anchor,
                     note=f"{match.group()}: the publication's day in that year")


# "came into the new year in good shape" (January), "will reopen in the new year" (December): the year
# whose first day is nearest the publication date in the clause's tense
_NEW_YEAR = re.compile(r"\b[Tt]he new year\b(?!['’]s|[- ](?:holidays?|honours|party|parties|celebrations?|resolutions?|sales?|eve|day|"
                       r"message|address|period|break|[A-Z]))")


def read_new_year(page: "Page", match: re.Match[str]) -> DateValue | None:
    anchor = page.published.date
    if anchor is None:
        return unplaced_value("year", match.group())
    year = pick_year(anchor, tense_of_period(page, match.start(), match.end()), lambda y: dt.date(y, 1, 1), lambda y: dt.date(y, 1, 1))
    return period_value(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", anchor, match.group())


# "after the driest spring in 50 years", "the coldest winter since 1963": a season rated by a superlative
# is one season, the nearest in its clause's tense (not "the hottest summer day", "the best summer of my life")
# ("after a weak summer", "during a wet spring": a season rated by an adjective after a preposition too)
_RATED_SEASON = re.compile(r"(?:\b[Tt]he (?:[a-z]{3,}est|wettest|driest|warmest|coldest)|\b(?:after|before|during|over|through|following|"
                           r"despite|since|in) (?:a|an|the|its|their) (?:weak|slow|busy|wet|dry|hot|cold|mild|quiet|poor|strong|good|bad|"
                           r"record|difficult|tough|dismal|bumper|warm|cool|sunny|rainy|disappointing|sluggish))(?: (?P<part>early|late|mid)-?)? ?(?P<season>spring|summer|autumn|winter)\b"
                           r"(?![- ](?:of|days?|nights?|weekends?|months?|term|season|holidays?|sales?|collection|break|storms?)\b|['’-])")


_HAD_DONE = re.compile(r"\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ght|ung|ept)\b(?![^,;.]*\b(?:will|would|could|might|if)\b)")


def read_rated_season(page: "Page", match: re.Match[str]) -> tuple[int, DateValue] | None:
    anchor = page.published.date
    name = match["season"]
    if anchor is None:
        return None
    if re.search(r"\b(?:in|of) (?:1[5-9]|20)\d\d\b", page.text[match.end():page.sentence_at(match.start())[1]]):
        return None  # "The hottest summer on record came in 2022": the year says which ("since 1963" is a comparison)
    first, last = SEASONS[name]
    span = (lambda y: months_interval(y, first, last))
    tense = tense_of_period(page, match.start(), match.end())
    if tense >= 0 and _HAD_DONE.search(page.text, max(page.sentence_at(match.start())[0], match.start() - 50), match.start()):
        tense = -1  # "farmers who had feared a drought after a dry spring now say ...": the season of the past perfect
    if tense >= 0 and not match.group().startswith(("the", "The")):
        return None  # "expect a dry summer after a wet spring": a kind of season, unless the clause tells one gone by
    year = pick_year(anchor, tense, lambda y: span(y)[0], lambda y: span(y)[1])
    start = match.start() if match.group().startswith(("the", "The")) else match.start() + match.group().index(" ") + 1
    return start, period_value(*span(year), "season", anchor, page.text[start:match.end()], match["part"])


SEASON_WORDS = ("spring", "summer", "autumn", "fall", "winter")
_MONTH_WORDS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
NAMED_PERIODS = {**SEASONS, **{name: (number, number) for number, name in enumerate(_MONTH_WORDS, 1)}}


def season_near(first_day: dt.date, last_day: dt.date, steps: int, name: str) -> tuple[dt.date, dt.date]:
    """A season or a month counted from a date the text gave (anchored.py): the one holding its first
    day, else the one of its year (steps 0: "that autumn"), the first to begin after it (+1: "the
    following spring", "the following July") or the last to end before it (-1: "the previous winter")."""
    first, last = NAMED_PERIODS[name]
    seasons = [months_interval(year, first, last) for year in range(first_day.year - 2, last_day.year + 3)
               if dt.MINYEAR < year < dt.MAXYEAR - 1]
    if steps > 0:
        return next(s for s in seasons if s[0] > last_day)
    if steps < 0:
        return [s for s in seasons if s[1] < first_day][-1]
    return next((s for s in seasons if s[0] <= first_day <= s[1]), months_interval(first_day.year, first, last))


PATTERNS = [
    (_REL_YEAR, (" last year", " this year", " next year"), read_day_of_year),
    (_DECADE_PART, (" decade",), read_decade_part),
    (_FALL_AHEAD, ("the fall",), read_fall_ahead),
    (_SO_FAR, ("year so far", "year to date", "month so far", "month to date"), read_so_far),
    (_THIS_DAY_IN, ("his day in", "his date in"), read_this_day_in),
    (_NEW_YEAR, ("he new year",), read_new_year),
    (_RATED_SEASON, ("est spring", "est summer", "est autumn", "est winter", " spring", " summer", " autumn", " winter"), read_rated_season),
]
