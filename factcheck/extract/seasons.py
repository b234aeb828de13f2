"""Seasons named without a year ("this summer", "last winter", "in the spring") and the end of the
year or month ("by year's end"), read against the publication date like news_dates' periods."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..chrono import SEASONS, month_interval, months_interval, year_interval
from ..models import DateValue
from .news_dates import period_value, pick_year, unplaced_value
from .tense import tense_of_period

if TYPE_CHECKING:
    from .base import Page


# "this summer", "last winter", "in the spring", "early next autumn": a season named without a year.
# "fall" only after this/last/next, or "the fall" after by/until/before ("as early as the fall"; not "the
# fall of the regime", "hurt by the fall in demand", "lost his gloves in the fall"); a noun after it makes it a thing
# ("the summer camp", "winter storms"), and "the winter of ..." is a year's (dates.py) or a metaphor's.
_SEASON = re.compile(
    r"(?:\b(?P<part>[Ee]arly|[Ll]ate|[Mm]id)[- ])?(?:\b(?P<which>this past|this coming|this|last|next|This|Last|Next)"
    r" (?P<season>spring|summer|autumn|fall|winter)|(?:(?<=\b[Ii]n )|(?<=\b[Dd]uring )|(?<=\b[Ss]ince )|(?<=\b[Uu]ntil )|"
    r"(?<=\b[Bb]y )|(?<=\b[Bb]efore )|(?<=\b[Ii]nto )|(?<=\bas early as )|(?<=\bput back to )|(?<=\bpushed back to )|(?<=poned to )|(?<=ferred to )|(?<=journed to )|(?:(?<=\b[Oo]ver |\b[Ff]rom )|(?<=\b[Ff]or ))(?=the (?:winter|summer|spring|autumn)))(?:the )?(?:(?P<part2>early|late|mid)[- ])?"
    r"(?P<season2>spring|summer|autumn|winter|(?<![Ii]n the )(?<=the )(?<!ed by the )fall(?! in\b| of\b|\s+(?:could|would|was|had|has|is|left|broke|killed|caused)\b)))\b"
    r"(?![- ](?:of|storms?|games|olympics|holidays?|sales?|clothes|crops?|temperatures|conditions|rains|floods|camp|break|holiday|solstice|weather|wheat|coat|collection|training|session|term|"
    r"semester|school|vacation|sun|resort|festival|tour|transfer|window|months?|season|game|olympics|meeting|"
    r"statement|Statement|budget|Budget|conference|timetable|exhibition|recess|recesses|sittings?)\b|-|"
    r",? (?:of )?(?:1[5-9]|20)\d\d\b)")  # "summer 2022" is dates.py's


def read_season(page: "Page", match: re.Match[str]) -> DateValue | None:
    name = (match["season"] or match["season2"]).lower()
    first, last = SEASONS[name]
    words = page.text[match.start():match.end()]
    anchor = page.published.date
    if anchor is None:
        return unplaced_value("season", words)
    which = (match["which"] or "").lower()
    bounds = lambda y: months_interval(y, first, last)  # noqa: E731
    years = (anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1)
    if which in ("last", "this past"):
        year = max(y for y in years if bounds(y)[1] < anchor)
    elif which in ("next", "this coming"):
        year = min(y for y in years if bounds(y)[0] > anchor)
    else:  # "this summer" and "in the summer": the one under way, else by the clause's tense
        # "this autumn" told in May is this year's, whatever the verb ("would install a roof this summer")
        year = anchor.year if which == "this" and name != "winter" else pick_year(
            anchor, 0 if which == "this" and bounds(anchor.year)[0] <= anchor else tense_of_period(page, match.start(), match.end()),
            lambda y: bounds(y)[0], lambda y: bounds(y)[1])
        if which == "this" and name == "winter" and anchor.month <= 2:
            year = anchor.year - 1  # "this winter" in January is the one that began in December
        elif which == "this" and anchor.month <= 2 and bounds(anchor.year)[0] > anchor and tense_of_period(page, match.start(), match.end()) < 0:
            year = anchor.year - 1  # "the storm this autumn destroyed crops" told in January: the autumn just gone
    return period_value(*bounds(year), "season", anchor, words, match["part"] or match["part2"])


# "the spring of last year", "the summer of next year": the season of the year named from now
_SEASON_OF_YEAR = re.compile(r"\b[Tt]he (?:(?P<part>early|late|mid)[- ])?(?P<season>spring|summer|autumn|fall|winter) of "
                             r"(?P<rel>last|this|next) year\b")


def read_season_of_year(page: "Page", match: re.Match[str]) -> DateValue | None:
    first, last = SEASONS[match["season"].lower()]
    anchor = page.published.date
    if anchor is None:
        return unplaced_value("season", match.group())
    year = anchor.year + {"last": -1, "this": 0, "next": 1}[match["rel"]]
    return period_value(*months_interval(year, first, last), "season", anchor, match.group(), match["part"])


_YEARS_END = re.compile(r"\b(?:(?P<unit>year|month)['’]s end|(?<=by |at )(?P<unit2>year|month)[- ]end)\b(?![- ](?:results|figures|bonus)|,?\s+(?:of\s+)?\d{4})")


def read_years_end(page: "Page", match: re.Match[str]) -> DateValue | None:
    """"by year's end": the end of the publication date's year (or month)."""
    anchor = page.published.date
    unit = match["unit"] or match["unit2"]
    if anchor is None:
        return unplaced_value(unit, match.group())
    if unit == "year":
        return period_value(*year_interval(anchor.year), "year", anchor, match.group(), "late", timex=str(anchor.year))
    return period_value(*month_interval(anchor.year, anchor.month), "month", anchor, match.group(), "late",
                        timex=f"{anchor.year}-{anchor.month:02d}")


# "last year's third quarter", "1988's first half": a part of a year named by the year it belongs to
# (only where money, output or the economy is spoken of, as for "the third quarter").
_YEARS_PART = re.compile(r"\b(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext) year|(?P<year>(?:19|20)\d\d))['’]s "
                         r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th) (?P<unit>quarter|half)\b")


def read_years_part(page: "Page", match: re.Match[str]) -> DateValue | None:
    from .news_dates import ORDINAL_NUMBERS, _calendar_quarter, _period, _period_timex
    index, unit, anchor = ORDINAL_NUMBERS[match["q"].lower()], match["unit"], page.published.date
    if (unit == "half" and index > 2) or not _calendar_quarter(page, match.start()):
        return None
    if match["year"]:
        year = int(match["year"])
    elif anchor is None:
        return unplaced_value(unit, match.group())
    else:
        year = anchor.year + {"last": -1, "this": 0, "next": 1}[match["rel"].lower()]
    value = period_value(*_period(year, index, unit), unit, anchor, match.group(), timex=_period_timex(year, index, unit)) \
        if anchor else None
    return value or DateValue(start=_period(year, index, unit)[0], end=_period(year, index, unit)[1], granularity=unit,
                              timex=_period_timex(year, index, unit))


# A league's, a show's or a holiday's season, named by its place among seasons ("this season", "last
# season", "the previous season", "this offseason"): a date, but its bounds are the league's
# calendar, which no text-wide rule knows (a football season spans two years, a baseball one
# does not), so it stays unplaced and contradicts nothing. A noun after it makes it a thing ("last
# season's champions" is kept: the season still dates them; "this season ticket" is not).
_LEAGUE_SEASON = re.compile(
    r"\b(?P<which>[Tt]his|[Ll]ast|[Nn]ext|[Tt]he (?:previous|preceding|following|coming|current))"
    r" (?:(?:regular|NFL|NBA|NHL|MLB|league|football|basketball|hockey|baseball|soccer|holiday|festive|flu|"
    r"hurricane|fire|monsoon|rainy|dry|tourist|breeding|nesting|hunting) )?(?P<season>season|offseason|off-season|"
    r"postseason|post-season|preseason|pre-season)\b(?![- ](?:tickets?|passes|openers?|finales?|premieres?|"
    r"highs?|lows?)\b|-)")
# "Week 16", "in week 3": a week of a league's schedule, numbered from its first game, not a
# calendar week: unplaced too. Capitalised, or after a word that makes it a time ("in week 3").
_SCHEDULE_WEEK = re.compile(r"(?:\bWeek|(?<=\b[Ii]n )week|(?<=\b[Ii]nto )week|(?<=\b[Oo]f )week|(?<=\b[Ff]or )week)"
                            r" (?P<number>[1-9]|1\d|2[0-2])\b(?![-–,.]?\d|%)")


def read_league_season(page: "Page", match: re.Match[str]) -> DateValue | None:
    which = match["which"].lower()
    ref = ("PAST_REF" if which in ("last", "the previous", "the preceding") else
           "FUTURE_REF" if which in ("next", "the following", "the coming") else "PRESENT_REF")
    return DateValue(start=None, end=None, granularity="year", resolution="unresolved", timex=ref,
                     note=f"{match.group()}: a season of its own calendar (a league's, a show's), which the text does not date")


def read_schedule_week(page: "Page", match: re.Match[str]) -> DateValue | None:
    return DateValue(start=None, end=None, granularity="week", resolution="unresolved",
                     note=f"{match.group()}: a week of a schedule counted from its start, which the text does not date")


# Readers whose dates can never be placed (a league's season, a schedule's week): time expressions
# for TimeML output, like "now", but no claims: a claim no date can be set on compares with nothing,
# and a value-less date only adds a row an editor cannot use.
UNPLACEABLE = frozenset({read_league_season, read_schedule_week})

PATTERNS = [
    (_SEASON, ("spring", "summer", "autumn", "fall", "winter"), read_season),
    (_YEARS_END, ("s end", "r-end", "h-end", "r end", "h end"), read_years_end),
    (_YEARS_PART, (" quarter", " half"), read_years_part),
    (_SEASON_OF_YEAR, (" of last year", " of this year", " of next year"), read_season_of_year),
    (_LEAGUE_SEASON, ("season",), read_league_season),
    (_SCHEDULE_WEEK, ("Week ", "week "), read_schedule_week),
]
