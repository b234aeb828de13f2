"""Dates as news writes them without a year: bare months, quarters and halves, fiscal years,
years in words, and compounds ("June last year", "late last July", "the end of the year");
holidays are holidays.py's.

Each is resolved against the publication date in the tense of its own clause (tense.py): a past
clause takes the latest such period that has begun, a future one the earliest that has not ended,
and a clause that says neither the nearest. Without a publication date they stay unresolved.
Every pattern is a row of PATTERNS: a regex, the cheap anchor a sentence must hold, a reader.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..chrono import FULL_MONTH_NAMES, month_interval, month_number, months_interval, part_of, year_interval
from ..models import DateValue
from .date_base import MONTH_ANCHOR, DateMatch
from .month_alone import month_by_itself as _month_by_itself
from .quarter_context import _GAME
from .quarter_context import calendar_quarter as _calendar_quarter
from .tense import hedged, tense_at, tense_of_period

if TYPE_CHECKING:
    from .base import Page

_MONTH_ANY = rf"(?:{FULL_MONTH_NAMES}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)"
_PART = r"(?:(?P<part>[Ee]arly|[Mm]id|[Ll]ate|the end of|the start of|the beginning of|the middle of|(?<![\w-])end(?=-))[- ]?)"
_LEAD = (r"(?:\b(?:in|In|since|Since|until|till|through|by|By|from|From|before|Before|after|After|during|During|"
         r"of|to|between|Between|and|or|around|throughout|as of|starting|beginning|ending|for|until|last|next|this|into|except|Come)\s+)")
_MODS = {"early": "START", "mid": "MID", "late": "END", "the end of": "END", "the start of": "START",
         "the beginning of": "START", "the middle of": "MID"}
_PARTS = {"the end of": "late", "the start of": "early", "the beginning of": "early", "the middle of": "mid", "end": "late"}
ORDINAL_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def period_value(start: dt.date, end: dt.date, granularity: str, anchor: dt.date, note: str, part: str | None = None,
                 timex: str | None = None) -> DateValue:
    """A period read against the publication date, with its early/mid/late part as TIMEX3's mod."""
    part = _PARTS.get(part.lower(), part.lower()) if part else None
    mod = _MODS.get(part) if part else None
    start, end = part_of(start, end, part) if granularity not in ("quarter", "half") else (start, end)
    return DateValue(start=start, end=end, granularity=granularity, resolution="relative", relative_to=anchor,
                     note=f"{note}, read against the publication date {anchor.isoformat()}", mod=mod, timex=timex)


def unplaced_value(granularity: str, note: str, month: int | None = None, timex: str | None = None) -> DateValue:
    return DateValue(start=None, end=None, granularity=granularity, resolution="unresolved", month=month,
                     note=f"{note}: to be read against the publication date, and the article has none", timex=timex)


def pick_year(anchor: dt.date, direction: int, start_of: object, end_of: object) -> int:
    """The year of a period given without one: the latest begun (past), the earliest not ended
    (future), else the nearest to the anchor. start_of/end_of map a year to the period's bounds."""
    # Only years of the calendar: a page dated in year 1 or 9999 has no year before or after it.
    years = tuple(year for year in (anchor.year - 1, anchor.year, anchor.year + 1) if dt.MINYEAR <= year <= dt.MAXYEAR)
    if direction < 0:
        return max((y for y in years if start_of(y) <= anchor), default=anchor.year)  # type: ignore[operator]
    if direction > 0:
        return min((y for y in years if end_of(y) >= anchor), default=anchor.year)  # type: ignore[operator]

    def distance(year: int) -> int:
        start, end = start_of(year), end_of(year)  # type: ignore[operator]
        return 0 if start <= anchor <= end else min(abs((start - anchor).days), abs((end - anchor).days))
    return min(years, key=lambda y: (distance(y), -y))


# --- bare months and compounds ------------------------------------------------------------------

_BARE_MONTH = re.compile(
    rf"(?:(?<=\s)|^|(?<=[(\"“‘]))(?:{_PART})?(?:(?P<which>last|next|this past|this coming|this|Last|Next|This) )?"
    rf"(?P<month>{_MONTH_ANY})(?:,? (?:of )?(?P<rel>last|this|next) year)?(?![\w-]|\s*\d|,\s*\d|\s+of\s+(?:\d(?!\d?\s+[a-z]{{3,}})|['’‘]\d\d))")


# "in March, April and May": May closing a list of months is one too
_IN_MONTH_LIST = re.compile(rf"\b{_MONTH_ANY}(?:,\s*|,?\s+(?:and|or|to|through)\s+)$")
# "Data for May and June": May opening a list of months is one too
_MAY_LISTED = re.compile(rf"(?:,\s*|,?\s+(?:and|or|to|through)\s+){_MONTH_ANY}\b")


_MONTH_LIST = re.compile(rf"\b(?:{_MONTH_ANY}(?:,\s*|,?\s+(?:and|or|to|through)\s+))+$")
_NAME_AFTER = re.compile(rf" (?!{_MONTH_ANY}\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-z]")
# "Theresa May and June Smith": a month after a name's month ("May" after a first name) is a name's too
_NAMES_JOINED = re.compile(rf"\b(?!(?:In|On|By|From|Since|Until|Between|Through|During|For|And|Or|Of|Last|Next|This|Early|Late|Mid|"
                           rf"Both|Either|Only|Then|But|After|Before)\b)[A-Z][a-z]+ {_MONTH_ANY} and $")


def read_bare_month(page: "Page", match: re.Match[str]) -> DateValue | None:
    before = page.text[max(0, match.start() - 16):match.start()]
    # "in a September interview": a month that modifies a noun after "a" is a date too
    modifier = re.search(r"\b(?:a|an|A|An)\s+$", before) and re.match(r" [a-z]{3,}", page.text[match.end():match.end() + 5])
    if not (match["part"] or match["which"] or match["rel"] or re.search(rf"{_LEAD}$", before) or modifier or _IN_MONTH_LIST.search(before)
            or _month_by_itself(page, match, before)):
        return None
    if not (match["part"] or match["which"] or match["rel"]) and _NAME_AFTER.match(page.text, match.end()) and \
            not re.search(rf"\b(?:in|In|since|Since|until|Until|through|Through|during|During|by|By)\s+$|"
                          rf"\b{_MONTH_ANY}\s+(?:and|to|through|until|till)\s+$", before) or _NAMES_JOINED.search(page.text, max(0, match.start() - 40), match.start()):
        # a name: "for March Madness", "and June Smith sang" (but "In March Smith resigned",
        # "Between January and March Acme sold": the second month of a span)
        return None
    if match["month"] == "May" and not (match["which"] or match["rel"] or modifier or re.search(r"\b(?:in|since|until|by|of|from|"
                                                                                    r"through|early|mid|late|last|next)\s+$", before + (match["part"] or "") + " ", re.I)
                                          or _IN_MONTH_LIST.search(before) or _MAY_LISTED.match(page.text, match.end())
                                          and not re.search(r"[A-Z][a-z]+\s+$", before)):
        return None
    if match["month"] == "May" and match["part"] and _NAME_AFTER.match(page.text, match.end()) and \
            not re.search(rf"{_LEAD}$", before):
        return None  # "the late May Smith" is a person ("in late May Smith resigned" a date)
    month = month_number(match["month"])
    anchor = page.published.date
    words = match.group().strip()
    if anchor is None:
        return unplaced_value("month", words, month, timex=f"XXXX-{month:02d}")
    which, rel = (match["which"] or "").lower(), match["rel"]
    if rel:
        year = anchor.year + {"last": -1, "this": 0, "next": 1}[rel]
    elif which in ("last", "this past"):
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif which in ("next", "this coming"):
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif which == "this":
        year = anchor.year
    else:
        year = pick_year(anchor, tense_of_period(page, match.start(), match.end()), lambda y: dt.date(y, month, 1),
                         lambda y: month_interval(y, month)[1])
        listed = _MONTH_LIST.search(page.text, max(0, match.start() - 80), match.start())
        if listed and not re.search(r"\b(?:last|next|this|past|coming)\s+$", page.text[max(0, listed.start() - 12):listed.start()], re.I):
            # "bookings for August and September": a month of a list follows the one before it, from the first one's year
            months = [month_number(word) for word in re.findall(_MONTH_ANY, listed.group())] + [month]
            tense = tense_of_period(page, match.start(), match.end())
            in_list = pick_year(anchor, tense, lambda y: dt.date(y, months[0], 1), lambda y: month_interval(y, months[0])[1])
            in_list += sum(later < earlier for earlier, later in zip(months, months[1:]))
            # (months far apart are no run that may reach past the page: in "Snow fell in January and December"
            # a past December is last December, as it is alone; "booked for June, July and August" runs on)
            start, end = month_interval(in_list, month)
            run = all((later - earlier) % 12 <= 3 for earlier, later in zip(months, months[1:]))
            year = year if not run and (tense < 0 and start > anchor or tense > 0 and end < anchor) else in_list
    if not dt.MINYEAR <= year <= dt.MAXYEAR:  # "last January" on a page dated in year 1
        return unplaced_value("month", words, month, timex=f"XXXX-{month:02d}")
    start, end = month_interval(year, month)
    return period_value(start, end, "month", anchor, words, match["part"], timex=f"{year}-{month:02d}")


# --- quarters, halves, fiscal years -------------------------------------------------------------

_QUARTER = re.compile(
    r"\b(?:the )?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?P<unit>quarter|half)\b"
    r"(?! of (?:19|20)\d\d|,? (?:19|20)\d\d)(?: of (?:the year|(?P<rel>this|last|next) year))?", re.I)
_NAMED_QUARTER = re.compile(
    r"\b(?:the |this |last |next )?(?P<which>latest|last|most recent|past|current|this|next|coming)"
    r" (?P<unit>quarter)\b", re.I)  # "the previous quarter" counts from a quarter the text gives: anchored.py
_HALF_YEAR = re.compile(r"\b[Hh](?P<q>[12])[ -]?(?P<year>(?:19|20)\d\d)\b")
_FISCAL = re.compile(
    r"\b(?:(?P<which>this|last|next|the current|the previous) fiscal year|fiscal(?: year)? (?P<year>(?:19|20)\d\d)"
    r"|FY ?(?:(?P<fy>(?:19|20)\d\d)(?![-–/]\d)|(?P<fy_from>(?:19|20)\d\d)[-–/](?P<fy_to>\d\d)|(?P<fy2>\d\d)(?![-–/.,]?\d)))\b", re.I)
# ("FY26" is fiscal 2026; "FY2025-26", India's April-to-March year, is named for the year it ends in)


def _period(year: int, index: int, unit: str) -> tuple[dt.date, dt.date]:
    months = 3 if unit == "quarter" else 6
    return months_interval(year, months * (index - 1) + 1, months * index)


def _period_timex(year: int, index: int, unit: str) -> str:
    return f"{year}-{'Q' if unit == 'quarter' else 'H'}{index}"


_REPORTED = re.compile(r"[- ](?:results|earnings|report|figures|numbers)\b")  # "will report fourth-quarter results": the nearest
# A half of the year is spoken of with results ("profit rose in the first half"); a match has halves too.
_HALF_CONTEXT = re.compile(r"\b(?:profits?|revenues?|sales|earnings|net (?:income|loss)|GDP|economy|output|exports|"
                           r"imports|inflation|results)\b", re.I)


def read_quarter(page: "Page", match: re.Match[str]) -> DateValue | None:
    if re.search(r"\bfiscal\s+$", page.text[max(0, match.start() - 8):match.start()], re.I) or \
            re.match(r"\s+(?:of\s+)?(?:fiscal|financial)", page.text[match.end():match.end() + 16], re.I):
        return None  # a fiscal quarter's months depend on the company: no calendar quarter is safe
    unit = match["unit"].lower()
    explicit = match["rel"] or match.group().lower().endswith("of the year")  # "the fourth quarter of last year"
    if not explicit and not _calendar_quarter(page, match.start()):
        return None  # "scored in the fourth quarter": a game's quarter, not the calendar's
    index = ORDINAL_NUMBERS[match["q"].lower()]
    if unit == "half" and index > 2:
        return None
    if unit == "half" and " of " not in match.group() and not _HALF_CONTEXT.search(page.text, *page.sentence_at(match.start())) \
            and not re.match(r"[- ](?:year|profits?|results?|earnings|sales|revenues?)\b", page.text[match.end():match.end() + 12]) \
            and (page.text.startswith(" of ", match.end()) or not _HALF_CONTEXT.search(page.text) or _GAME.search(page.text)):
        return None  # "the second half" of a match or a book is no date; in an article on results and no game it is
    anchor = page.published.date
    words = match.group()
    if anchor is None:
        return unplaced_value(unit, words, timex=f"XXXX-{'Q' if unit == 'quarter' else 'H'}{index}")
    if match["rel"]:
        year = anchor.year + {"last": -1, "this": 0, "next": 1}[match["rel"].lower()]
    else:
        direction = tense_of_period(page, match.start(), match.end())  # a bare present is the latest begun; "could" either
        nearest = (direction == 0 and hedged(page, match.start())) or (direction > 0 and _REPORTED.match(page.text, match.end()))
        year = pick_year(anchor, 0 if nearest else direction or -1, *(lambda y, i=i: _period(y, index, unit)[i] for i in (0, 1)))
    return period_value(*_period(year, index, unit), "half" if unit == "half" else "quarter", anchor, words,
                  timex=_period_timex(year, index, unit))


def read_named_quarter(page: "Page", match: re.Match[str]) -> DateValue | None:
    if not _calendar_quarter(page, match.start()):
        return None
    anchor = page.published.date
    words = match.group()
    if anchor is None:
        return unplaced_value("quarter", words)
    current = anchor.year * 4 + (anchor.month - 1) // 3
    step = {"latest": -1, "last": -1, "most recent": -1, "past": -1, "current": 0, "this": 0,
            "next": 1, "coming": 1}[match["which"].lower()]
    index = current + step
    year, quarter = index // 4, index % 4 + 1
    return period_value(*_period(year, quarter, "quarter"), "quarter", anchor, words, timex=f"{year}-Q{quarter}")


def read_half_year(page: "Page", match: re.Match[str]) -> DateValue | None:
    year, index = int(match["year"]), int(match["q"])
    start, end = _period(year, index, "half")
    return DateValue(start=start, end=end, granularity="half", timex=f"{year}-H{index}")


def read_fiscal(page: "Page", match: re.Match[str]) -> DateValue | None:
    """A fiscal year ends in the year it is named for and may start up to a year before: the
    interval holds both calendar years, so it never conflicts with a date inside the real one."""
    year_text = match["year"] or match["fy"] or match["fy2"] or match["fy_to"]
    note = "a fiscal year: ends in the year named, may begin in the year before"
    if year_text:
        year = int(year_text) if len(year_text) == 4 else _two_digit_year(year_text, match["fy_from"])
        return DateValue(start=dt.date(year - 1, 1, 1), end=dt.date(year, 12, 31), granularity="year",
                         note=note, timex=f"FY{year}")
    anchor = page.published.date
    if anchor is None:
        return unplaced_value("year", match.group())
    which = match["which"].lower().replace("the ", "")
    year = anchor.year + {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1}[which]
    # the fiscal year under way may be named for this year or, begun lately, for the next: both
    last = min(year + 1, dt.MAXYEAR)
    return DateValue(start=dt.date(max(year - 1, dt.MINYEAR), 1, 1), end=dt.date(last, 12, 31), granularity="year", resolution="relative",
                     relative_to=anchor, note=f"{note}; {match.group()} from the publication date {anchor.isoformat()}",
                     timex=f"FY{year}")


def _two_digit_year(digits: str, first: str | None) -> int:
    """"FY26": 2026 ("FY99" 1999); "FY2025-26": the year after 2025 that ends in 26."""
    if first is None:
        return (2000 if int(digits) < 70 else 1900) + int(digits)
    year = int(first) // 100 * 100 + int(digits)
    return year + 100 if year <= int(first) else year


# --- years in words, and the end of the year ----------------------------------------------------

_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_TWO_DIGITS = (rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS)}|"
               rf"(?:oh|o)[- ](?:{'|'.join(_UNITS)}))")
_YEAR_WORDS = re.compile(
    rf"\b(?P<the>the year )?(?P<words>(?:(?:[Ee]ighteen|[Nn]ineteen)[- ](?:hundred(?: and)?[- ])?{_TWO_DIGITS}|"
    rf"[Tt]wenty[- ](?:{'|'.join(_TEENS)}|twenty(?:[- ](?:{'|'.join(_UNITS)}))?)|"
    rf"[Tt]wo thousand(?:(?: and)?[- ](?:{'|'.join(_UNITS + _TEENS)}|twenty(?:[- ](?:{'|'.join(_UNITS)}))?))?))\b(?![- ]\w+ (?:years?|people|percent))",
    re.I)
_WORD_VALUES = {**{w: i for i, w in enumerate(_UNITS, 1)}, **{w: i for i, w in enumerate(_TEENS, 10)},
                **{w: 10 * i for i, w in enumerate(_TENS, 2)}, "oh": 0, "o": 0}


def year_from_words(words: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "two thousand and eight" -> 2008, "twenty twelve" -> 2012."""
    parts = [p for p in re.split(r"[\s-]+", words.lower()) if p not in ("and", "hundred")]
    if parts[:2] == ["two", "thousand"]:
        return 2000 + sum(_WORD_VALUES[p] for p in parts[2:])
    century = _WORD_VALUES.get(parts[0])
    rest = sum(_WORD_VALUES.get(p, 0) for p in parts[1:])
    return century * 100 + rest if century in (18, 19, 20) and rest < 100 else None


def read_year_words(page: "Page", match: re.Match[str]) -> DateValue | None:
    before = page.text[max(0, match.start() - 12):match.start()]
    if not (match["the"] or re.search(r"\b(?:in|since|of|until|by|from|before|after|year)\s+$", before, re.I)):
        return None
    year = year_from_words(match["words"])
    if year is None or not 1800 <= year <= 2099:
        return None
    return DateValue(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), granularity="year", timex=str(year))


_UNIT_PART = re.compile(
    r"\b(?P<part>[Ee]arly|[Mm]id|[Ll]ate|[Tt]he end of|[Tt]he start of|[Tt]he beginning of|[Tt]he middle of|[Bb]y the end of)"
    r"[- ](?:(?P<which>last|this|next) (?P<unit>year|month|week|quarter)|the (?P<unit2>year|month|week|quarter))\b")


def read_unit_part(page: "Page", match: re.Match[str]) -> tuple[int, DateValue] | None:
    start = match.start("part") + (3 if match["part"].lower().startswith("by ") else 0)
    words = page.text[start:match.end()]
    part = match["part"].lower().replace("by ", "")
    unit = match["unit"] or match["unit2"]
    anchor = page.published.date
    if anchor is None:
        return start, unplaced_value(unit, words)
    step = {"last": -1, "next": 1}.get((match["which"] or "").lower(), 0)
    if unit == "quarter":  # "by the end of the quarter": a calendar quarter only where money is spoken of
        if not _calendar_quarter(page, match.start()):
            return None
        index = anchor.year * 4 + (anchor.month - 1) // 3 + step
        year, quarter = index // 4, index % 4 + 1
        return start, period_value(*_period(year, quarter, "quarter"), "quarter", anchor, words, part, timex=f"{year}-Q{quarter}")
    if unit == "year":
        year = anchor.year + step
        return start, period_value(*year_interval(year), "year", anchor, words, part, timex=str(year))
    if unit == "week":  # "early next week": Monday-Wednesday, "the end of the week" Thursday-Sunday
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=step)
        first, last = {"early": (0, 2), "mid": (1, 3), "late": (3, 6)}[_PARTS.get(part, part)]
        value = period_value(monday + dt.timedelta(days=first), monday + dt.timedelta(days=last), "week", anchor, words,
                             timex=f"{monday.isocalendar()[0]}-W{monday.isocalendar()[1]:02d}")
        return start, value.model_copy(update={"mod": _MODS[part]})
    index = anchor.year * 12 + anchor.month - 1 + step
    year, month = index // 12, index % 12 + 1
    return start, period_value(*month_interval(year, month), "month", anchor, words, part, timex=f"{year}-{month:02d}")


_WEEKEND = re.compile(r"\b(?P<which>[Tt]his|[Ll]ast|[Nn]ext|[Tt]he|at the|over the|At the|Over the)"
                      r" (?P<word>weekend|past weekend|coming weekend)\b")
_LAST_NIGHT = re.compile(r"\b[Ll]ast night\b")


def read_weekend(page: "Page", match: re.Match[str]) -> tuple[int, DateValue] | None:
    """"this weekend": the Saturday and Sunday just gone in a past clause, the coming ones in a
    future one (and the one under way on a weekend day); "last weekend" the one before this."""
    anchor = page.published.date
    which, word = match["which"].lower(), match["word"].lower()
    start = match.start("which") + (len(match["which"]) - 3 if which in ("at the", "over the") else 0)
    words = page.text[start:match.end()]
    if anchor is None:
        return start, unplaced_value("day", words)
    saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)  # the last Saturday on or before
    if anchor.weekday() < 5:
        ahead = saturday + dt.timedelta(days=7)
        tense = tense_at(page, match.start(), match.end())
        # "this weekend" on a weekday is the coming one unless its clause is past ("the festival
        # returns this weekend"); "the weekend" after for/until/by looks ahead in a present clause too
        # ("storms are forecast for the weekend")
        looks_ahead = which == "this" or re.search(r"\b(?:for|until|till|by|into)\s+$", page.text[max(0, match.start() - 7):match.start()])
        future = which == "next" or word == "coming weekend" or tense > 0 or (tense == 0 and bool(looks_ahead))
        saturday = ahead if future else saturday
    if which == "last" or word == "past weekend":
        saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7 + (7 if anchor.weekday() >= 5 else 0))
    sunday = saturday + dt.timedelta(days=1)
    return start, period_value(saturday, sunday, "day", anchor, words, timex=f"{saturday.isocalendar()[0]}-W{saturday.isocalendar()[1]:02d}-WE")


def read_last_night(page: "Page", match: re.Match[str]) -> DateValue | None:
    anchor = page.published.date
    if anchor is None:
        return unplaced_value("day", match.group()).model_copy(update={"timex": "PAST_REF"})
    day = anchor - dt.timedelta(days=1)
    return period_value(day, day, "day", anchor, match.group(), timex=f"{day.isoformat()}TNI")


PATTERNS = [
    (_BARE_MONTH, MONTH_ANCHOR, read_bare_month),
    (_QUARTER, ("quarter", "half"), read_quarter),
    (_NAMED_QUARTER, ("quarter",), read_named_quarter),
    (_HALF_YEAR, ("h1", "h2"), read_half_year),  # the sentences of [Hh][12], without a pattern tried at every "h"
    (_FISCAL, ("fiscal", "fy"), read_fiscal),
    (_YEAR_WORDS, ("eighteen", "nineteen", "twenty", "two thousand"), read_year_words),
    (_UNIT_PART, ("year", "month", "week", "quarter"), read_unit_part),
    (_WEEKEND, ("weekend",), read_weekend),
    (_LAST_NIGHT, ("last night",), read_last_night),
]


def find(page: "Page") -> Iterator["DateMatch"]:
    from . import compound_dates, holidays, news_late, news_more, seasons
    for pattern, anchor, reader in (PATTERNS + holidays.PATTERNS + seasons.PATTERNS + compound_dates.PATTERNS + news_more.PATTERNS
                                    + news_late.PATTERNS):
        for match in page.finditer(pattern, anchor):
            if not page.is_free(*match.span()):
                continue
            try:
                found = reader(page, match)
            except (ValueError, OverflowError):
                continue  # a page dated at the calendar's ends (year 1, 9999) has no period before or after it
            if found is None:
                continue
            start, value = found if isinstance(found, tuple) else (match.start(), found)
            end = match.end()
            while end > start and page.text[end - 1].isspace():
                end -= 1
            yield DateMatch(start, end, value, vague=reader in seasons.UNPLACEABLE or reader in news_more.TIMEX_ONLY)
