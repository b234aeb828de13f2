"""Dates relative to the publication date: "today", "on Wednesday", "last year", "earlier this month".

Resolved against the article's publication date and marked so; with no publication date they stay
unresolved (kept, with a note), never resolved against the day the tool runs.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from ..chrono import (
    FULL_MONTH_NAMES,
    WEEKDAY_NAMES,
    WEEKDAYS,
    month_interval,
    month_number,
    weekday_near,
    year_interval,
)
from ..models import DateValue
from ..text import NUMBER_WORD, parse_number
from .base import DIGIT, Within
from .date_base import DateMatch
from .news_dates import pick_year
from .tense import tense_at

if TYPE_CHECKING:
    from .base import Page

# Words that make a weekday part of a name ("Black Friday", "Super Tuesday").
# Only the words that make named days: "Richmond Hill Friday" and "Injured Reserve Wednesday" are dates.
_NAME_LEAD = re.compile(r"\b(?:Black|Good|Super|Cyber|Ash|Holy|Easter|Palm|Bloody|Maundy|Shrove|Giving|Manic|Casual|Fat|"
                        r"Blue|Mad|Big|Great|Whit|Low|Rose|Spy|Hospital|Boxing|Patch|Election|Decision)\s+$")

# A capitalised word right after a weekday makes a name too ("the Sunday Times"), unless it is a month.
_NAME_TAIL = re.compile(rf"[ \t]+(?!{FULL_MONTH_NAMES}\b)[A-Z][a-z]")
_WEEKDAY_RANGE = re.compile(
    rf"\b(?:[Ff]rom |(?P<between>[Bb]etween ))?(?P<first>{WEEKDAY_NAMES})\s*(?P<sep>-|–|to|through|until|till|and)\s*"
    rf"(?P<last>{WEEKDAY_NAMES})\b")
# A part of the day after a day ("Friday night", "yesterday morning") is TimeML's TNI, TMO...: the
# interval stays the day (two reports of one night must agree with "on Friday"), the TIMEX3 says more.
_DAY_PART = r"(?:[ -](?P<part>morning|afternoon|evening|night|overnight))?"
_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI", "tonight": "NI"}
_WEEKDAY = re.compile(rf"(?<![-–]to[-–])\b(?:(?P<which>last|next|this|this coming|this past|Last|Next|This|This past) )?(?P<day>{WEEKDAY_NAMES}){_DAY_PART}\b(?![ \t]+week\b)(?![-–]to[-–])")  # (not "last Tuesday week", nor "a Monday-to-Thursday week")
_DAY_WORD = re.compile(rf"\b(?P<word>[Tt]he day (?:before yesterday|after tomorrow)|[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|this (?:morning|afternoon|evening)){_DAY_PART}\b")
_UNIT_WORD = re.compile(
    r"\b(?P<which>(?:[Ee]arlier|[Ll]ater) this|[Ll]ast|[Nn]ext|[Tt]his|[Pp]revious|[Cc]oming|(?<=the )current) (?P<unit>week|month|year|decade)\b")
# "a week ago Sunday" (the Sunday before last), "two weeks from Tuesday": weeks counted from a weekday
_WEEKS_FROM_WEEKDAY = re.compile(
    rf"\b(?P<count>an?|one|two|three|four|\d) weeks? (?P<dir>ago|from) (?:this |next |last )?(?P<day>{WEEKDAY_NAMES})\b(?!['’])", re.I)
_AGO = re.compile(rf"\b(?P<count>\d+|{NUMBER_WORD}|an?) (?:(?:mere|scant|short|full|bare) )?(?P<unit>day|week|fortnight|month|year|decade)s? ago\b(?: (?P<today>today)\b)?", re.I)


# Looked for only in the sentences that hold the words in any case (one Aho-Corasick pass a page).
_WEEKDAY_ANCHOR = Within(tuple(f"{day}day" for day in "mon tues wednes thurs fri satur sun".split()),
                         re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"))
_UNIT_ANCHOR = Within(("week", "month", "year", "decade"), re.compile(r"(?:week|month|year|decade)\b"))
_AGO_ANCHOR = (" ago",)
_DAY_WORD_ANCHOR = ("today", "yesterday", "tomorrow", "tonight", "this morning", "this afternoon", "this evening")


# "the first Monday in May", "the last Friday of June 2014": one day of that month (with no year,
# the month's by the clause's tense); "the third Thursday of each month" is a rule (TimeML's SET),
# no date, and neither is a weekday counted from another ("the first Tuesday after ...").
_NTH_WEEKDAY = re.compile(rf"\b[Tt]he (?P<ord>first|second|third|fourth|last|1st|2nd|3rd|4th) (?P<day>{WEEKDAY_NAMES}) (?:of|in) "
                          rf"(?:(?:each|every) month|(?P<month>{FULL_MONTH_NAMES})(?:,? (?P<year>(?:19|20)\d\d))?)\b")
_NTH = re.compile(r"\b[Tt]he (?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th) $")
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1}


def _nth_weekday(page: "Page", match: re.Match[str]) -> DateValue | None:
    month, weekday, nth = month_number(match["month"]), WEEKDAYS[match["day"].lower()], _ORDINALS[match["ord"].lower()]

    def day_in(year: int) -> dt.date:
        if nth < 0:
            last = month_interval(year, month)[1]
            return weekday_near(last, weekday, -1)
        return weekday_near(dt.date(year, month, 1), weekday, 1) + dt.timedelta(days=7 * (nth - 1))
    anchor = page.published.date
    if match["year"]:
        date = day_in(int(match["year"]))
        return DateValue(start=date, end=date, granularity="day")
    if anchor is None:
        return None
    year = pick_year(anchor, tense_at(page, match.start(), match.end()), day_in, day_in)
    return _resolved(day_in(year), day_in(year), "day", anchor, f"{match.group()}: the year by the clause's tense")


# "Friday the 13th", "Sunday, the 4th": the day of a month near the publication date that falls on
# that weekday (in the clause's tense), as "Wednesday, Jan. 1" takes the year its weekday names.
# (the ordinal ends its phrase: "On Saturday, the 5th seed", "the 2nd-ranked Comets", "Monday, the
# 3rd Battalion" are ranks and units; and it is a day of a month next to the publication's)
_WEEKDAY_THE_DAY = re.compile(rf"\b(?P<day>{WEEKDAY_NAMES}),? the (?P<n>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b"
                              r"(?![\w-]|\s+(?!(?:of|and|at|in|on|when|as|after|before|but|to|with|from|for)\b)[A-Za-z])")


def _weekday_the_day(page: "Page", match: re.Match[str]) -> DateValue | None:
    anchor = page.published.date
    if anchor is None:
        return None
    months = [anchor.year * 12 + anchor.month - 1 + step for step in range(-1, 2)]
    dates = []
    for index in months:
        try:
            date = dt.date(index // 12, index % 12 + 1, int(match["n"]))
        except ValueError:
            continue
        if date.weekday() == WEEKDAYS[match["day"].lower()]:
            dates.append(date)
    tense = tense_at(page, match.start(), match.end())
    dates = [d for d in dates if (tense >= 0 or d <= anchor) and (tense <= 0 or d >= anchor)]
    if not dates:
        return None
    date = min(dates, key=lambda d: (abs((d - anchor).days), d > anchor))
    return _resolved(date, date, "day", anchor, f"{match.group()}: the nearest such day on a {match['day']}")


def find(page: "Page") -> Iterator["DateMatch"]:
    for match in page.finditer(_WEEKDAY_THE_DAY, _WEEKDAY_ANCHOR):
        value = _in_calendar(lambda: _weekday_the_day(page, match), "day", match.group())
        if page.is_free(*match.span()) and value is not None:
            yield DateMatch(*match.span(), value)
    for match in page.finditer(_NTH_WEEKDAY, _WEEKDAY_ANCHOR):
        value = _in_calendar(lambda: _nth_weekday(page, match), "day", match.group()) if match["month"] else None
        if page.is_free(*match.span()) and value is not None:
            yield DateMatch(*match.span(), value)
    for match in page.finditer(_WEEKDAY_RANGE, _WEEKDAY_ANCHOR):
        if match["sep"] == "and" and not match["between"]:
            continue  # "Friday and Thursday" is two days, not a range
        if page.is_free(*match.span()) and not _is_name(page.text, match.start("first")):
            value = _in_calendar(lambda: _weekday_range(page, match), "day", match.group())
            yield DateMatch(*match.span(), value, day_range=value.start is not None)
    for match in page.finditer(_WEEKDAY, _WEEKDAY_ANCHOR):
        if page.is_free(*match.span()) and not _is_name(page.text, match.start("day")) and not _NAME_TAIL.match(page.text, match.end()):
            if _EVERY.search(page.text, max(0, match.start() - 12), match.start()) or \
                    not match["which"] and not match["part"] and _ANY_ONE.search(page.text, max(0, match.start() - 8), match.start()) \
                    and _ANY_ONE_END.match(page.text, match.end()) or \
                    _NTH.search(page.text, max(0, match.start() - 12), match.start()):
                continue  # "every Monday" is a rule (TimeML's SET), not a date; "the first Tuesday after" no weekday near now
            yield DateMatch(*match.span(), _with_part(_in_calendar(lambda: _weekday(page, match), "day", match.group()),
                                                      match["part"]))
    for match in page.finditer(_DAY_OF_MONTH, _DAY_OF_MONTH_ANCHOR):
        if page.is_free(*match.span()) and not _SPORT_ORDINAL.search(page.text, *page.sentence_at(match.start())):
            yield DateMatch(*match.span(), _in_calendar(lambda: _day_of_month(page, match), "day", match.group()),
                            day_of_month=int(match["day"]))
    for match in page.finditer(_DAY_WORD, _DAY_WORD_ANCHOR):
        if page.is_free(*match.span()):
            offset = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
                      "the day after tomorrow": 2}.get(match["word"].lower(), 0)
            word = match["word"].lower()
            part = match["part"] or ("tonight" if word == "tonight" else word[5:] if word.startswith("this ") else None)
            yield DateMatch(*match.span(), _with_part(_in_calendar(
                lambda: _days_from(page, offset, word), "day", match.group()), part))
    for match in page.finditer(_UNIT_WORD, _UNIT_ANCHOR):
        if (match["unit"] == "decade" or match["which"].lower() == "last") and \
                re.search(r"\b[Tt]he\s+$", page.text[max(0, match.start() - 4):match.start()]):
            continue  # "over the last year" is the twelve months up to now, a length (durations.py); "the last decade" too
        if page.is_free(*match.span()):
            yield DateMatch(*match.span(), _in_calendar(
                lambda: _unit(page, match["which"].lower(), match["unit"]), match["unit"], match.group()))
    for match in page.finditer(_WEEKS_FROM_WEEKDAY, _WEEKDAY_ANCHOR):
        if page.is_free(*match.span()):
            yield DateMatch(*match.span(), _in_calendar(lambda: _weeks_from_weekday(page, match), "day", match.group()))
    for match in page.finditer(_AGO, _AGO_ANCHOR):
        if page.is_free(*match.span()):
            count = 1 if match["count"].lower() in ("a", "an") else parse_number(match["count"])
            if count:
                unit = match["unit"].lower()
                count, unit = (count * 2, "week") if unit == "fortnight" else (count, unit)  # "a fortnight ago": two weeks
                if match["today"] and unit in ("year", "month") and page.published.date:  # "Thirty years ago today": that day
                    yield DateMatch(*match.span(), _in_calendar(lambda: _years_ago_today(page, int(count), unit, match.group()),
                                                                "day", match.group()))
                    continue
                yield DateMatch(*match.span(), _in_calendar(
                    lambda: _ago(page, int(count), unit, match.group()), unit, match.group()))


# "on the 17th": a day of the month nearest the publication date in the clause's tense; only where
# the ordinal closes its phrase ("the 17th floor", "the 17th century" are no dates).
# Starts with the digit, so re skips to digits in C (a leading \b is tried at every position).
# In a game's story "on the 14th" is a hole, an inning or a minute ("holed a chip for eagle on the
# 14th", "added a second on the 20th"), not a day.
_SPORT_ORDINAL = re.compile(r"\b(?:holes?|holed|birdie[sd]?|bogey(?:s|ed)?|eagle|par|putts?|fairway|tee|innings?|"
                            r"minutes?|laps?|goals?|scored|frames?|overs?)\b", re.I)
_DAY_OF_MONTH_ANCHOR = Within(DIGIT, re.compile(r"\d(?:st|nd|rd|th)\b"))
# (not a list of ordinals before their noun: "On the 4th, 5th and 6th floors", "the 2nd, the 3rd and the 4th days")
_DAY_OF_MONTH = re.compile(r"(?:(?<=\b(?:[Oo]n|[Bb]y) )|(?<=\buntil )|(?<=\btill ))the (?P<day>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b"
                           r"(?=\s*[,.;:)]|\s+(?:and|when|as|at|in|after|before|but)\b)(?!,?\s*(?:and\s+)?(?:the\s+)?\d+(?:st|nd|rd|th)\b)")


def _day_of_month(page: "Page", match: re.Match[str]) -> DateValue:
    anchor, day = page.published.date, int(match["day"])
    if anchor is None:
        return _unresolved("day", match.group())
    direction = tense_at(page, match.start(), match.end())
    months = [anchor.year * 12 + anchor.month - 1 + step for step in (-2, -1, 0, 1, 2)]
    dates = []
    for index in months:
        try:
            dates.append(dt.date(index // 12, index % 12 + 1, day))
        except ValueError:
            continue  # "the 31st" in a 30-day month
    if direction < 0:
        dates = [d for d in dates if d <= anchor]
    elif direction > 0:
        dates = [d for d in dates if d >= anchor]
    date = min(dates, key=lambda d: (abs((d - anchor).days), d > anchor))
    return _resolved(date, date, "day", anchor, f"{match.group()}: the nearest such day")


_EVERY = re.compile(r"\b(?:[Ee]very|[Ee]ach)(?: other)?\s+$")
# "falls on a Friday", "one Sunday in June": any such weekday, none near the publication date (only where the
# weekday ends its phrase: "a Friday lecture", "a Monday evening rally" are that week's)
_ANY_ONE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+$")
_ANY_ONE_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:this|next|last|in|and|or|when|of|for|that|the)\b")


def _in_calendar(resolve: Callable[[], DateValue], granularity: str, phrase: str) -> DateValue:
    """The resolved date, or an unresolved one where counting from the publication date leaves the
    calendar (years 1 to 9999: "yesterday" of 0001-01-01, "next week" of 9999-12-31)."""
    try:
        return resolve()
    except (OverflowError, ValueError):
        return DateValue(start=None, end=None, granularity=granularity, resolution="unresolved",
                         note=f"{phrase}: relative to the publication date, it falls outside years 1 to 9999")


def _with_part(value: DateValue, part: str | None) -> DateValue:
    """The day's TIMEX3 with its part ("2013-03-08TNI"), when the day is placed."""
    if part and value.start is not None and value.start == value.end:
        value.timex = f"{value.start.isoformat()}T{_PART_CODES[part.lower()]}"
    elif part and value.timex and value.timex.startswith("XXXX-WXX-"):
        value.timex = f"{value.timex}T{_PART_CODES[part.lower()]}"
    return value


def _is_name(text: str, position: int) -> bool:
    """A weekday named by the word before it ("Black Friday", "Super Tuesday") is no date."""
    return bool(_NAME_LEAD.search(text, max(0, position - 30), position))


# A move toward an event named by its weekday, or a state that lasts until it: "advanced to
# Saturday's", "heading into Sunday's", "undecided until Sunday's deadline".
_TOWARD = re.compile(r"\b(?:to|into|toward|towards|until|till)\s+$", re.I)


def _tense(page: "Page", position: int, end: int | None = None) -> int:
    """The news default: a weekday is the one just gone unless its own clause is in the future."""
    return 1 if tense_at(page, position, end or position, would=True) > 0 else -1


def _unresolved(granularity: str, note: str) -> DateValue:
    return DateValue(start=None, end=None, granularity=granularity, resolution="unresolved",
                     note=f"{note}: relative, and the article has no publication date")


def _resolved(start: dt.date, end: dt.date, granularity: str, anchor: dt.date, note: str) -> DateValue:
    return DateValue(start=start, end=end, granularity=granularity, resolution="relative", relative_to=anchor,
                     note=f"{note}, from the publication date {anchor.isoformat()} ({anchor:%a})")


def _weekday(page: "Page", match: re.Match[str]) -> DateValue:
    anchor = page.published.date
    name = match["day"]
    weekday = WEEKDAYS[name.lower()]
    if anchor is None:
        return _unresolved("day", name).model_copy(update={"timex": f"XXXX-WXX-{weekday + 1}"})
    which = (match["which"] or "").lower()
    if which in ("last", "this past"):
        date = weekday_near(anchor - dt.timedelta(days=1), weekday, -1)
    elif which in ("next", "this coming"):
        date = weekday_near(anchor + dt.timedelta(days=1), weekday, 1)
        if which == "next" and date == anchor + dt.timedelta(days=1):
            date += dt.timedelta(weeks=1)  # "next Thursday" told on a Wednesday: tomorrow would be "Thursday"
    elif _TOWARD.search(page.text, max(0, match.start() - 12), match.start()) and \
            page.text.startswith(("'s ", "’s "), match.end()) and tense_at(page, match.start(), match.end(), would=True) <= 0:
        # "advanced to Saturday's final", "moving the team along to Saturday's semifinals", "until
        # Sunday's deadline": the event comes after the move or the state the text tells, so it is not
        # a week before it; whether it is still to come depends on when the page was written: the
        # nearest such day
        before, after = weekday_near(anchor, weekday, -1), weekday_near(anchor, weekday, 1)
        date = before if anchor - before <= after - anchor else after
    else:
        date = weekday_near(anchor, weekday, _tense(page, match.start(), match.end()))
    tense = "coming" if date > anchor else "past" if date < anchor else "same day as"
    return _resolved(date, date, "day", anchor, f"{name}: the {tense} one")


def _weekday_range(page: "Page", match: re.Match[str]) -> DateValue:
    """"from Tuesday to Thursday": the most recent such stretch, or the coming one in the future tense."""
    anchor = page.published.date
    first, last = match["first"], match["last"]
    if anchor is None:
        return _unresolved("day", f"{first} to {last}")
    tense = tense_at(page, match.start(), match.end(), would=True)
    if tense < 0:  # a stretch told in the past has ended by the day it is told: "From Monday to Wednesday, flights were cancelled"
        start = weekday_near(anchor, WEEKDAYS[first.lower()], -1)
        end = weekday_near(start, WEEKDAYS[last.lower()], 1)
        if start < anchor <= end:  # unless it was under way that day: "were cancelled from Tuesday to Thursday", told on a Wednesday
            return _resolved(start, end, "day", anchor, f"{first} to {last}")
        end = weekday_near(anchor, WEEKDAYS[last.lower()], -1)
        return _resolved(weekday_near(end, WEEKDAYS[first.lower()], -1), end, "day", anchor, f"{first} to {last}")
    start = weekday_near(anchor, WEEKDAYS[first.lower()], 1 if tense > 0 else -1)
    end = weekday_near(start, WEEKDAYS[last.lower()], 1)
    return _resolved(start, end, "day", anchor, f"{first} to {last}")


def _days_from(page: "Page", offset: int, word: str) -> DateValue:
    anchor = page.published.date
    if anchor is None:
        published = page.published
        if published.month and published.day and offset == 0:
            return DateValue(start=None, end=None, granularity="day", resolution="unresolved",
                             month=published.month, day=published.day,
                             note=f"{word}: the publication day, whose year is unknown")
        return _unresolved("day", word)
    date = anchor + dt.timedelta(days=offset)
    return _resolved(date, date, "day", anchor, word)


def _unit(page: "Page", which: str, unit: str) -> DateValue:
    anchor = page.published.date
    phrase = f"{which} {unit}"
    if anchor is None:
        return _unresolved(unit, phrase)
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(which, 0)  # "this", "current": 0
    if unit == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=step)
        start, end = monday, monday + dt.timedelta(days=6)
        if step < 0 and anchor.weekday() >= 4:
            # Written from Friday on, "last week" may be the working week just ending: TIMEX3 says the
            # calendar week before, the interval compared runs on to the day before publication.
            year, week, _ = monday.isocalendar()
            value = _resolved(start, anchor - dt.timedelta(days=1), unit, anchor, phrase)
            return value.model_copy(update={"timex": f"{year}-W{week:02d}"})
    elif unit == "month":
        month_index = anchor.year * 12 + anchor.month - 1 + step
        start, end = month_interval(month_index // 12, month_index % 12 + 1)
    elif unit == "decade":
        first = anchor.year // 10 * 10 + 10 * step
        start, end = year_interval(first, first + 9)
    else:
        start, end = year_interval(anchor.year + step)
    whole = start
    if which == "earlier this":
        end = anchor
    elif which == "later this":
        start = anchor
    value = _resolved(start, end, unit, anchor, phrase)
    if unit == "week" and which in ("earlier this", "later this"):
        # the interval is the part of the week before or after the page; TIMEX3 names the week, as it
        # names the month of "later this month"
        year, week, _ = whole.isocalendar()
        value.timex = f"{year}-W{week:02d}"
    return value


def _ago(page: "Page", count: int, unit: str, phrase: str) -> DateValue:
    anchor = page.published.date
    if anchor is None:
        return _unresolved(unit, phrase)
    if unit == "day":
        date = anchor - dt.timedelta(days=count)
        return _resolved(date, date, "day", anchor, phrase)
    if unit == "week":  # compared as that week; TIMEX3 names the day a length of weeks back ("a week ago")
        monday = anchor - dt.timedelta(days=anchor.weekday(), weeks=count)
        value = _resolved(monday, monday + dt.timedelta(days=6), "week", anchor, phrase)
        return value.model_copy(update={"timex": (anchor - dt.timedelta(weeks=count)).isoformat()})
    if unit == "month":
        month_index = anchor.year * 12 + anchor.month - 1 - count
        return _resolved(*month_interval(month_index // 12, month_index % 12 + 1), "month", anchor, phrase)
    if unit == "decade":  # "a decade ago" in 2013: the 2000s, as precise as the phrase is
        first = (anchor.year - 10 * count) // 10 * 10
        return _resolved(*year_interval(first, first + 9), "decade", anchor, phrase)
    return _resolved(*year_interval(anchor.year - count), "year", anchor, phrase)


def _years_ago_today(page: "Page", count: int, unit: str, phrase: str) -> DateValue:
    anchor = page.published.date
    index = anchor.year * 12 + anchor.month - 1 - count * (12 if unit == "year" else 1)
    year, month = index // 12, index % 12 + 1
    date = dt.date(year, month, min(anchor.day, month_interval(year, month)[1].day))
    return _resolved(date, date, "day", anchor, phrase)


def _weeks_from_weekday(page: "Page", match: re.Match[str]) -> DateValue:
    """"a week ago Sunday": the last Sunday before the publication date, a week before; "two weeks
    from Tuesday": the next Tuesday after it, two weeks on."""
    anchor = page.published.date
    if anchor is None:
        return _unresolved("day", match.group())
    count = 1 if match["count"].lower() in ("a", "an") else int(parse_number(match["count"]) or 1)
    weekday = WEEKDAYS[match["day"].lower()]
    if match["dir"].lower() == "ago":
        date = weekday_near(anchor - dt.timedelta(days=1), weekday, -1) - dt.timedelta(weeks=count)
    else:
        date = weekday_near(anchor + dt.timedelta(days=1), weekday, 1) + dt.timedelta(weeks=count)
    return _resolved(date, date, "day", anchor, match.group())
