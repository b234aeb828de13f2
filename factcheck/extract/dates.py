"""Date claims: absolute dates, months, years, decades, centuries, quarters, seasons and ranges.

Every value is an interval with its granularity; nothing is made more precise than the text.
The patterns read full absolute dates ("4 October 1957", "Oct. 4, 1957") into their parts, and the
calendar checks them (dateparser reads page stamps, stamps.py, where shapes are many); the rest is
what no date parser expresses: granularity beyond day/month/year
(decades, centuries, quarters, seasons, early/mid/late parts), ranges, and guarding against
month and weekday words that are names or verbs. Relative dates live in ``relative_dates``.
"""
from __future__ import annotations

import datetime as dt
import re

from ..chrono import (
    MONTH_NAMES,
    SEASONS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    month_interval,
    month_number,
    months_interval,
    nearest_year,
    part_of,
)
from ..models import DateClaim, DateValue, PublicationDate
from ..text import ORDINAL_WORDS
from . import (
    ago_this,
    alternatives,
    anchored,
    day_chains,
    news_dates,
    news_late,
    news_more,
    relative_dates,
    same_period,
    sentence_dates,
    vague_dates,
)
from .base import DIGIT, Anchor, Page, SpanSet, Within, claim_fields
from .date_base import DASH, DAY, MONTH_ANCHOR, PART, YEAR, DateMatch, date_interval, timex_mod, unit_part
from .frame_time import date_frame
from .news_dates import pick_year
from .numeric_dates import NUMERIC, calendar_day, read_iso, read_numeric
from .subjects import date_subject
from .tense import tense_at
from .tense_more import starting_on
from .timex import timex
from .years import (
    read_century,
    read_decade,
    read_decade_word,
    read_short_decade,
    read_short_year,
    read_year,
    read_year_range,
)

CENTURY_WORD = ("century",)
# A decade's word or digits, found with the page's other anchor words: "ties" alone is in
# "parties" and "cities", most sentences of a page.
DECADE_WORD = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "0s")


def extract(page: Page) -> list[DateClaim]:
    """All date claims of a page, leftmost-longest where patterns overlap."""
    matches: list[DateMatch] = []
    for pattern, reader in PATTERNS:
        for match in page.finditer(pattern, _anchor(reader)):
            if not page.is_free(*match.span()):
                continue
            found = reader(match, page)
            if isinstance(found, list):  # "June 6 and 7": two dates of one match
                matches.extend(found)
            elif found is not None:
                matches.append(found)
    matches.extend(anchored.find(page))  # before relative_dates: "a year ago" after a quarter is that quarter
    for found in relative_dates.find(page):
        matches.append(found)
    matches.extend(news_dates.find(page))
    matches.extend(vague_dates.find(page))
    matches.extend(same_period.find(page))
    matches.extend(ago_this.find(page))
    matches.extend(news_more.find(page))
    chosen = alternatives.join(page, _leftmost_longest(matches))  # "in March or April": one claim
    anchored.resolve(page, chosen)
    same_period.settle(page, chosen)  # "the same period last year": the period just given, a year back
    news_more.settle(page, chosen)  # "the previous weekend", "15 January" before "September 2027 entry"
    sentence_dates.carry(page, chosen)  # "In 2024, it began on March 11": the year its clause opens on
    news_late.settle(page, chosen)  # "The flood of April 1976 ... on April 14": the month just told
    day_chains.settle(page, chosen)  # "on Tuesday, April 13, followed by X on Wednesday", "postponed to 23 August"
    page.day_ranges = [m for m in chosen if m.day_range]
    claims = []
    for found in chosen:
        if page.full:
            break
        page.take(found.start, found.end)
        if found.value.timex is None:
            found.value.timex = timex(found.value)
        if found.vague:  # no editor compares "now" across outlets: kept apart, for TimeML output
            page.vague_dates.append(DateClaim(value=found.value, **claim_fields(page, "date", found.start, found.end, "")))
            continue
        sentence_start, sentence_end = page.sentence_at(found.start)
        subject = date_subject(page.text, sentence_start, sentence_end, found.start, found.end)
        frame = date_frame(page.text, (sentence_start, sentence_end), (found.start, found.end), subject,
                           page.published.date, found.value)
        if found.value.resolution == "relative" and _updated_only(page.published):
            # "Yesterday" on a page whose only date is "Last updated ...": the day it was written may
            # be earlier. The date stays (it may agree), but it cannot be called a conflict.
            frame.scope = "updated"
        claims.append(DateClaim(value=found.value, frame=frame, **claim_fields(page, "date", found.start, found.end, subject)))
    page.dates = claims
    return claims


def _anchor(reader: object) -> Anchor:
    """The sentences a pattern runs over. A date read with its month names one, and most sentences
    with a figure name none: patterns with a month skip them (their dates have digits too)."""
    if reader in _ANCHORS:
        return _ANCHORS[reader]
    return MONTH_ANCHOR if reader in (read_day_range, read_full_date, read_month_day, read_month_year) else DIGIT


def _updated_only(published: PublicationDate) -> bool:
    return published.method == "stamp" and "updated" in (published.evidence or "").lower() and not re.search(
        r"published|posted|first", published.evidence or "", re.I)


def _leftmost_longest(matches: list[DateMatch]) -> list[DateMatch]:
    chosen: list[DateMatch] = []
    spans = SpanSet()
    for match in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        if not spans.overlaps(match.start, match.end):
            chosen.append(match)
            spans.add(match.start, match.end)
    return sorted(chosen, key=lambda m: m.start)


# --- readers, one per pattern ---------------------------------------------------------------------

def read_full_date(match: re.Match[str], page: Page) -> DateMatch | None:
    # The pattern has already read day, month and year: the calendar only has to say the day
    # exists. (dateparser earns its cost on page stamps, whose shapes are many: stamps.py.)
    try:
        date = dt.date(int(match["year"]), month_number(match["month"]), int(re.sub(r"\D", "", match["day"])))
    except ValueError:
        return None  # "31 April 2025"
    return DateMatch(*match.span(), date_interval(date, date, "day"))


def read_month_day(match: re.Match[str], page: Page) -> DateMatch | None:
    """"April 24" / "24 April": a day with no year takes the year nearest the publication date."""
    month, day = month_number(match["month"]), int(re.sub(r"\D", "", match["day"]))
    weekday = match.groupdict().get("weekday")
    if not weekday and match["month"].rstrip(".") == "May" and not _looks_like_date_context(page.text, match.start()):
        return None
    value = _year_less(page.published, month, day, day, direction=_day_tense(page, match))
    if weekday and value and page.published.date:
        # "Wednesday, Jan. 1", "Tuesday 6 April": the weekday names the year (of the three around
        # the publication date at most one puts that day on that weekday), whatever the tense says
        wanted = WEEKDAYS[weekday.lower()]
        years = [year for year in _years_around(page.published.date)
                 if (found := calendar_day(year, month, day)) is not None and found.weekday() == wanted]
        if len(years) == 1:
            date = dt.date(years[0], month, day)
            value = value.model_copy(update={"start": date, "end": date,
                                             "note": f"year taken from the weekday {weekday}, near the publication date"})
    return DateMatch(*match.span(), value) if value else None


def _day_tense(page: Page, match: re.Match[str]) -> int:
    """A day's tense; "said it would pay the dividend on May 30" may be a day either side of the
    saying, so "would" makes a past clause say neither: the nearest such day."""
    tense = tense_at(page, match.start(), match.end())  # ("voted to bring in a tax, starting on 1 July": the nearest too)
    return 0 if tense < 0 and (tense_at(page, match.start(), match.end(), would=True) > 0 or starting_on(page.text, match.start())) \
        else tense


def _years_around(anchor: dt.date) -> list[int]:
    return [year for year in (anchor.year - 1, anchor.year, anchor.year + 1) if dt.MINYEAR <= year <= dt.MAXYEAR]


def _year_less(published: PublicationDate, month: int, first_day: int, last_day: int,
               last_month: int | None = None, direction: int = 0) -> DateValue | None:
    """The year of a day and month: the latest on or before the publication date in a past clause,
    the earliest on or after it in a future one, else the nearest."""
    last_month = last_month or month
    anchor = published.date
    if anchor is None:
        return DateValue(start=None, end=None, granularity="day", resolution="unresolved", month=month,
                         day=first_day, note="no year in the text and no publication date to take it from")
    year = nearest_year(anchor, month, first_day)
    if direction:
        try:
            year = pick_year(anchor, direction, lambda y: dt.date(y, month, first_day),
                             lambda y: dt.date(y, last_month, last_day))
        except ValueError:  # 29 February in no nearby year
            return None
    try:
        start, end = dt.date(year, month, first_day), dt.date(year, last_month, last_day)
    except ValueError:
        return None
    if end < start:
        return None
    return DateValue(start=start, end=end, granularity="day", resolution="year-inferred", relative_to=anchor,
                     note=f"year taken from the publication date {anchor.isoformat()}")


def read_day_range(match: re.Match[str], page: Page) -> DateMatch | list[DateMatch] | None:
    """"22-24 April", "April 22 to 24, 2025", "30 April - 2 May"."""
    if re.search(r"\band\b", match.group()) and not re.search(r"\b[Bb]etween\s+$", page.text[max(0, match.start() - 9):match.start()]):
        return _day_list(match, page)  # "on 22 and 24 April" is two days, not a range
    month = month_number(match["month"])
    last_month = month_number(match["month2"]) if match.groupdict().get("month2") else month
    first_day, last_day_ = int(re.sub(r"\D", "", match["day"])), int(re.sub(r"\D", "", match["day2"]))
    if last_month == month and last_day_ <= first_day:
        return None  # "a 27-10 Nov. 2 loss" is a score before a date, with or without a publication date
    if match["year"]:
        year = int(match["year"])
        try:
            start, end = dt.date(year, month, first_day), dt.date(year, last_month, last_day_)
        except ValueError:
            return None
        if end <= start:
            return None
        return DateMatch(*match.span(), date_interval(start, end, "day"), day_range=True)
    value = _year_less(page.published, month, first_day, last_day_, last_month,
                       direction=_day_tense(page, match))
    if value is None or (value.start and value.end and value.end <= value.start):
        return None
    return DateMatch(*match.span(), value, day_range=value.start is not None)


# After the lone day of "June 6 and 7" comes its year, a stop or a small word: "June 6 and 7 people" is a count.
_LIST_END = re.compile(r"\s*(?:[,.;:)!?\n]|$)|\s+(?:in|at|on|to|for|from|when|as|and|but|with|after|before|during|while|"
                       r"that|the|this|of|respectively)\b")
_FIGURE_BEFORE = re.compile(r"(?<![\w.,])\d[\d,.]*\s+(?:[A-Za-z]+\s+){0,3}?(?:on|by)\s+$")
_OF_A_GROUP = re.compile(r"\s+of\s+(?:the|them|those|these|his|her|their|its|our)\b")


def _day_list(match: re.Match[str], page: Page) -> list[DateMatch] | None:
    """"June 6 and 7", "22 and 24 April 2012": two days of one month and year (the year of both
    together), each its own date; only in rising order ("May 16 and 3 days later" is no list)."""
    month, first, second = month_number(match["month"]), int(re.sub(r"\D", "", match["day"])), int(re.sub(r"\D", "", match["day2"]))
    if match.groupdict().get("month2") or second <= first or (not match["year"] and not _LIST_END.match(page.text, match.end())):
        return None
    if not match["year"] and (_OF_A_GROUP.match(page.text, match.end()) or _FIGURE_BEFORE.search(
            page.text, max(page.sentence_at(match.start())[0], match.start() - 40), match.start())):
        return None  # "arrested 12 people on June 6 and 15 on June 7", "on June 6 and 7 of the injured": a count
    both = _year_less(page.published, month, first, second, direction=_day_tense(page, match))
    year = int(match["year"]) if match["year"] else both.start.year if both and both.start else None
    dates = [calendar_day(year, month, day) if year else None for day in (first, second)]
    values = [date_interval(d, d, "day", **({} if match["year"] else {"resolution": "year-inferred", "relative_to": both.relative_to}))
              if d else _year_less(page.published, month, day, day) for d, day in zip(dates, (first, second))]
    spans = ((match.start(), match.end("day")), (match.start("day2"), match.end()))
    return [DateMatch(*span, value) for span, value in zip(spans, values) if value]


def read_month_year(match: re.Match[str], page: Page) -> DateMatch | None:
    start, end = month_interval(int(match["year"]), month_number(match["month"]))
    start, end = part_of(start, end, unit_part(match))
    return DateMatch(*match.span(), date_interval(start, end, "month", mod=timex_mod(match)))


def read_season(match: re.Match[str], page: Page) -> DateMatch | None:
    first, last = SEASONS[match["season"].lower()]
    if match["year2"] and (last <= 12 or int(match["year2"][-2:]) != (int(match["year"]) + 1) % 100):
        return None  # only a winter runs across the turn of a year ("the winter of 2010-11")
    start, end = part_of(*months_interval(int(match["year"]), first, last), unit_part(match))
    return DateMatch(*match.span(), date_interval(start, end, "season", mod=timex_mod(match)))


def read_quarter(match: re.Match[str], page: Page) -> DateMatch | None:
    word = match["q"].lower()
    quarter = int(word) if word.isdigit() else ORDINAL_WORDS.get(word) or int(re.sub(r"\D", "", word) or 0)
    start, end = months_interval(int(match["year"]), 3 * quarter - 2, 3 * quarter)
    return DateMatch(*match.span(), date_interval(start, end, "quarter"))


def read_half(match: re.Match[str], page: Page) -> DateMatch | None:
    first = 1 if match["q"].lower() in ("first", "1st") else 7
    start, end = months_interval(int(match["year"]), first, first + 5)
    return DateMatch(*match.span(), date_interval(start, end, "half"))


_WEEK_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1, "final": -1}


def read_week_of_month(match: re.Match[str], page: Page) -> DateMatch | None:
    """"the first week of June", "the last week of March 2012": seven days of the month (TIMEX3:
    the ISO week holding most of them); with no year, the month's year by the clause's tense."""
    month = month_number(match["month"])
    if match["year"]:
        year = int(match["year"])
    elif page.published.date:
        anchor = page.published.date
        year = pick_year(anchor, tense_at(page, match.start(), match.end()), lambda y: dt.date(y, month, 1),
                         lambda y: month_interval(y, month)[1])
    else:
        return None
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    first_day, last_day = month_interval(year, month)
    index = _WEEK_ORDINALS[match["ord"].lower()]
    start = first_day + dt.timedelta(days=7 * index) if index >= 0 else last_day - dt.timedelta(days=6)
    end = start + dt.timedelta(days=6)
    iso_year, week, _ = (start + dt.timedelta(days=3)).isocalendar()
    resolution = {"resolution": "year-inferred", "relative_to": page.published.date} if not match["year"] else {}
    return DateMatch(*match.span(), date_interval(start, end, "week", timex=f"{iso_year}-W{week:02d}", **resolution))


def _looks_like_date_context(text: str, position: int) -> bool:
    """ "May 5" is a date after "on", "by", "since" or a verb ("sentenced May 7"); "Theresa May 5
    times" is not: a capitalised word right before makes May a name."""
    before = text[max(0, position - 20):position]
    if re.search(r"(?:^|\b(?:on|by|since|until|from|before|after|of|in|between|and|to|through|,))\s*$", before, re.I):
        return True
    return bool(re.search(r"\b[a-z]+\s+$", before)) and not re.match(r"May \d+\s+(?:times|people|of)\b",
                                                                        text[position:position + 20])


_MONTH = rf"(?P<month>{MONTH_NAMES})"
_WEEKDAY_PREFIX = rf"(?:{WEEKDAY_NAMES},?\s+)?"
PATTERNS: list[tuple[re.Pattern[str], object]] = [
    (re.compile(rf"\b(?P<day>{DAY}){DASH}(?P<day2>{DAY}) {_MONTH}(?:,? (?P<year>{YEAR}))?\b"), read_day_range),
    (re.compile(rf"\b{_MONTH} (?P<day>{DAY}){DASH}(?P<day2>{DAY})(?:,? (?P<year>{YEAR}))?\b(?!:)"), read_day_range),
    (re.compile(rf"\b(?P<day>{DAY}) {_MONTH}{DASH}(?P<day2>{DAY}) (?P<month2>{MONTH_NAMES})(?:,? (?P<year>{YEAR}))?\b"), read_day_range),
    (re.compile(rf"\b{_MONTH} (?P<day>{DAY}){DASH}(?P<month2>{MONTH_NAMES}) (?P<day2>{DAY})(?:,? (?P<year>{YEAR}))?\b"), read_day_range),
    (re.compile(rf"\b{_WEEKDAY_PREFIX}{_MONTH} (?P<day>{DAY}),? (?P<year>{YEAR})\b"), read_full_date),
    (re.compile(rf"\b{_WEEKDAY_PREFIX}(?P<day>{DAY}) (?:of )?{_MONTH},? (?P<year>{YEAR})\b"), read_full_date),
    (re.compile(r"\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b"), read_iso),
    (NUMERIC, read_numeric),
    (re.compile(r"(?<!\w)['’‘](?P<yy>\d\d)\b(?![’']?s\b|[,.]\d|%)"), read_short_year),
    # a weekday before a day with no year: one date, the weekday saying which year
    (re.compile(rf"\b(?P<weekday>{WEEKDAY_NAMES}),? {_MONTH} (?P<day>{DAY})\b(?![:\d]|,? {YEAR}|\.\d)"), read_month_day),
    (re.compile(rf"\b(?P<weekday>{WEEKDAY_NAMES}),? (?:the )?(?P<day>{DAY}) (?:of )?{_MONTH}(?!,? {YEAR})\b"), read_month_day),
    (re.compile(rf"\b{_MONTH} (?P<day>{DAY})\b(?![:\d]|,? {YEAR}|\.\d)"), read_month_day),
    (re.compile(rf"\b(?P<day>{DAY}) (?:of )?{_MONTH}(?!,? {YEAR})\b"), read_month_day),
    (re.compile(rf"\b{PART}?{_MONTH},? (?:of )?(?P<year>{YEAR})\b"), read_month_year),  # ("April of 2023")
    (re.compile(rf"\b(?:[Tt]he )?{PART}?(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|[Ff]all) (?:of )?(?P<year>{YEAR})"
                rf"(?:[-–/](?P<year2>\d\d(?!\d)|{YEAR}))?\b"), read_season),
    (re.compile(rf"\bQ(?P<q>[1-4])[ -]?(?P<year>{YEAR})\b"), read_quarter),
    (re.compile(rf"\bthe (?P<q>first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)?,? (?P<year>{YEAR})\b"), read_quarter),
    (re.compile(rf"\bthe (?P<q>first|second|1st|2nd) half(?: of)?,? (?P<year>{YEAR})\b"), read_half),
    (re.compile(rf"\b[Tt]he (?P<ord>first|second|third|fourth|last|final) week (?:of|in) {_MONTH}(?:,? (?P<year>{YEAR}))?\b"),
     read_week_of_month),
    (re.compile(rf"\b(?:[Bb]etween|[Ff]rom) (?P<year>{YEAR}){DASH}(?P<year2>{YEAR})\b"), read_year_range),
    # a league's or a school's year across the turn of a year is one span: "the 2011-12 season"
    (re.compile(rf"\b(?:[Tt]he )?(?P<year>{YEAR})[-–/](?P<year2>{YEAR}|\d\d)(?= (?:[A-Z]\w+ ){{0,2}}(?:season|campaign|school year|"
                rf"academic year)\b)(?: (?:[A-Z]\w+ ){{0,2}}(?:season|campaign|school year|academic year))"), read_year_range),
    (re.compile(rf"(?<![\d,.$€£-])\b(?P<year>{YEAR})[-–](?P<year2>{YEAR}|\d\d)\b(?![-–]\d)"), read_year_range),
    (re.compile(r"\b(?:the )?(?:(?P<part>early|mid|late)[- ])?(?P<decade>1[5-9]\d0|20\d0)['’]?s\b"), read_decade),
    (re.compile(r"(?:\b[Tt]he )?(?:\b(?P<part>early|mid|late)[- ])?(?<!\w)['‘’](?P<decade>\d0)s\b"), read_short_decade),
    (re.compile(r"\b[Tt]he (?:(?P<part>early|mid|late)[- ])?(?:nineteen[- ])?(?P<decade>(?i:twenties|thirties|forties|fifties|"
                r"sixties|seventies|eighties|nineties)|[2-9]0s)\b"), read_decade_word),
    (re.compile(r"\bthe (?:(?P<part>early|mid|late)[- ])?(?P<century>\d{1,2}(?:st|nd|rd|th)|"
                + "|".join(ORDINAL_WORDS) + r")[- ]century\b", re.I), read_century),
    (re.compile(rf"(?<![\d,.$€£/-])\b(?:(?P<part>early|mid|late|the end of|the start of|the beginning of|the middle of)[- ])?"
                rf"(?P<year>{YEAR})\b(?![,.]\d|[-–/]\d)"), read_year),
]
# The cheap test a sentence must pass before a pattern runs over it (a digit, for most; a piece every match holds, lowered).
# Digit-led or quote-led anchors are looked for only in sentences with a digit (re would try them at
# every digit or quote of the text); a pattern that reads a year runs only where four digits make one.
_YEAR_ANCHOR = Within(DIGIT, re.compile(YEAR))
_ANCHORS = {read_century: CENTURY_WORD, read_decade_word: DECADE_WORD, read_short_year: Within(DIGIT, re.compile(r"['’‘]\d\d")),
            read_iso: Within(DIGIT, re.compile(r"\d\d\d\d-\d\d-\d\d")),
            read_short_decade: Within(DIGIT, re.compile(r"['’‘]\d0s")),
            read_week_of_month: ("week",), read_year_range: _YEAR_ANCHOR, read_year: _YEAR_ANCHOR, read_numeric: ("/",),
            read_season: ("spring", "summer", "autumn", "winter", "fall"), read_quarter: ("q1", "q2", "q3", "q4", "quarter"), read_half: ("half",), read_decade: ("0s", "0's", "0’s")}
