"""Dates anchored to another date: "a year earlier", "two weeks later", "the previous day",
"the day before", "the year-ago quarter".

The anchor is the date the text gives just before, in the same sentence or the one before it;
with none, the publication date; with neither, the date stays unresolved. The result keeps no more
precision than the anchor and the step allow: a year before a quarter is that quarter a year
earlier, a year before a day is that day's year (or more, where the words say: year_back.py).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..chrono import FULL_MONTH_NAMES, WEEKDAY_NAMES, WEEKDAYS, last_day, month_interval, weekday_near, year_interval
from ..models import DateValue
from ..text import parse_number
from .compound_dates import NAMED_PERIODS, SEASON_WORDS, season_near
from .date_base import DateMatch
from .date_order import keep_order
from .sentence_dates import name_the_day
from .tense import tense_at
from .year_back import year_back

if TYPE_CHECKING:
    from .base import Page

_COUNT = r"(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_END = r"(?=\s*[,.;:)]|\s*$|\s+(?:and|but|when|while|as|for a|for an)\b)"
_PATTERNS = [
    re.compile(rf"\b{_COUNT} (?P<unit>day|week|month|quarter|year|decade)s? (?P<dir>earlier|later|previously|afterwards?)\b(?!\s+than)", re.I),
    re.compile(rf"\b{_COUNT} (?P<unit>day|week|month|quarter|year|decade)s? (?P<dir>before|after){_END}", re.I),
    re.compile(r"\b[Tt]he (?P<dir>previous|preceding|prior|next|following) (?P<unit>day|week|month|quarter|year|"
               r"night|morning|afternoon|evening|spring|summer|autumn|fall|winter)\b(?![- ](?:of|camp|break|holidays?|term|session|season)\b)"),
    re.compile(rf"\b[Tt]he (?P<unit>day|week|month|year) (?P<dir>before|after){_END}"),
    re.compile(r"\b[Tt]he (?P<dir>year-ago|year-earlier|prior-year|year-before) (?P<unit>quarter|period|month|half)\b"),
    # "up from $3 million a year ago" after a quarter: that quarter a year before (else, as any
    # "a year ago", last year: the same value relative_dates gives)
    re.compile(r"\b(?P<count>a|one) (?P<unit>year) (?P<dir>ago)\b", re.I),
    # "that day", "later that night", "the same day": the date the text just gave, no step at all
    re.compile(r"\b(?P<dir>[Tt]hat|[Tt]he same) (?P<unit>day|(?<=same )date|night|morning|afternoon|evening|week|month|quarter|period|year|"
               r"spring|summer|autumn|fall|winter)\b(?![- ](?:of|camp|break|holidays?|term|session|season)\b)"),
    # "earlier in the day", "later in the week": within the date the text just gave
    re.compile(r"\b(?:[Ee]arlier|[Ll]ater) in (?P<dir>the) (?P<unit>day|week|month|year)\b"),
    # "the following Monday", "the previous Friday": the first such weekday after (before) the day
    # the text just gave
    re.compile(rf"\b[Tt]he (?P<dir>following|next|previous|preceding) (?P<unit>{WEEKDAY_NAMES}|{FULL_MONTH_NAMES})\b(?!['’]|,?\s+\d)"),
]
# Each pattern's own anchors, looked for with str.find: "that " or "before" alone is in nearly
# every sentence, and sending every sentence through seven patterns halved extraction's speed.
_UNITS = ("day", "week", "month", "quarter", "year", "decade")
_ANCHORS = [
    ("earlier", "later", "previously", "afterward"),
    tuple(f"{unit}{plural} {word}" for unit in _UNITS for plural in ("", "s") for word in ("before", "after")),
    ("the previous", "the preceding", "the prior", "the next", "the following"),
    tuple(f"{unit} {word}" for unit in _UNITS for word in ("before", "after")),
    ("year-ago", "year-earlier", "prior-year", "year-before"),
    ("year ago",),
    tuple(f"{lead} {unit}" for lead in ("that", "same") for unit in
          ("day", "date", "night", "morning", "afternoon", "evening", "week", "month", "quarter", "period", "year", *SEASON_WORDS)),
    ("in the day", "in the week", "in the month", "in the year"),
    ("the following", "the next", "the previous", "the preceding", "The following", "The next", "The previous", "The preceding"),
]
# "the following year", "the previous month": the calendar unit after (before) the one holding the
# date the text gave ("December 1962 ... the following year" is 1963, not December 1963)
_NAMED_UNIT = re.compile(r"[Tt]he (?:previous|preceding|prior|next|following) (?:year|month|quarter)\b")
_DAY_PARTS = {"date": "day", "night": "day", "morning": "day", "afternoon": "day", "evening": "day"}
_BACK = {"ago", "earlier", "previously", "before", "previous", "preceding", "prior", "year-ago", "year-earlier", "year-before",
         "prior-year"}


# "a day after the vote", "the night before Christmas", "a year after the 2010 quake": a date counted
# from the event named after it (at a clause's end the existing "the day before" counts from the
# date before). "just a day after ..." is a duration's (durations.py reads those words as a length).
_FROM_EVENT = re.compile(r"\b(?P<lead>[Aa]|[Tt]he) (?P<unit>day|night|week|month|year) (?P<dir>before|after) (?=[\w'‘“\"])(?!for an? )")
_LENGTH_WORDS = frozenset("""for within after over under than nearly almost about around roughly spent took lasted
    only just barely least""".split())
# "the sixth straight day", "for the third day", "on the first day of the hearing": the day's place
# in an event the text may not date.
_ORDINAL_DAY = re.compile(r"\b[Tt]he (?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                          r"\d{1,2}(?:st|nd|rd|th)) (?:(?:straight|consecutive|successive) )?(?P<unit>day|night)\b(?![-'’])")


def find_from_events(page: "Page") -> Iterator["DateMatch"]:
    for match in page.finditer(_FROM_EVENT, ("y before", "y after", "t before", "t after", "k before", "k after",
                                              "h before", "h after", "r before", "r after")):
        before = page.text[max(0, match.start() - 12):match.start()].split()
        if not page.is_free(*match.span()) or match["lead"].lower() == "a" and before and before[-1].lower() in _LENGTH_WORDS:
            continue
        unit = _DAY_PARTS.get(match["unit"], match["unit"])
        steps = -1 if match["dir"] == "before" else 1
        end = match.end() - 1  # the space before the event
        # a time expression, no claim, until resolve() counts it from a date that names the event
        yield DateMatch(match.start(), end, _unplaced(unit, page.text[match.start():end], "counted from the event after it"),
                        anchored=(steps, unit), from_event=True, vague=True)
    for match in page.finditer(_ORDINAL_DAY, (" day", " night")):
        if page.is_free(*match.span()):
            yield DateMatch(*match.span(), _unplaced("day", match.group(), "a day's place in an event"), vague=True)


def _unplaced(granularity: str, words: str, how: str) -> DateValue:
    return DateValue(start=None, end=None, granularity=granularity, resolution="unresolved",
                     note=f"{words}: {how}, anchored to no date the text gives")


def find(page: "Page") -> Iterator["DateMatch"]:
    yield from find_from_events(page)
    for pattern, anchor in zip(_PATTERNS, _ANCHORS):
        for match in page.finditer(pattern, anchor):
            if not page.is_free(*match.span()):
                continue
            direction = -1 if match["dir"].lower() in _BACK else 1
            words = match.groupdict()
            if match["dir"].lower() in ("that", "the same", "the"):
                unit = {**_DAY_PARTS, "period": "quarter"}.get(match["unit"].lower(), match["unit"].lower())
                placeholder = DateValue(start=None, end=None, granularity="season" if unit in SEASON_WORDS else unit,
                                        resolution="unresolved", note=f"{match.group()}: anchored to a date the text gives")
                yield DateMatch(*match.span(), placeholder, anchored=(0, unit))
                continue
            if words.get("count"):
                count = 1 if match["count"].lower() in ("a", "an") else int(parse_number(match["count"]) or 0)
                unit = match["unit"].lower()
            elif match["dir"].lower() in ("year-ago", "year-earlier", "prior-year", "year-before"):
                count, unit = 1, "year"  # the same period a year before the one the text just gave
            else:  # "the next night": the day after, told by its part
                count, unit = 1, _DAY_PARTS.get(match["unit"].lower(), match["unit"].lower())
            if count:
                placeholder = DateValue(start=None, end=None, granularity="day", resolution="unresolved",
                                        note=f"{match.group()}: anchored to a date the text gives")
                yield DateMatch(*match.span(), placeholder, anchored=(direction * count, unit))


def resolve(page: "Page", chosen: list["DateMatch"]) -> None:
    """Give each anchored match its value, from the date before it (or the publication date)."""
    for index, found in enumerate(chosen):
        if found.day_of_month:
            _in_month_given(page, found, chosen[:index])
        if found.anchored is None:
            continue
        steps, unit = found.anchored
        if unit.lower() in WEEKDAYS or unit.lower() in NAMED_PERIODS:
            (_resolve_weekday if unit.lower() in WEEKDAYS else _resolve_season)(page, found, chosen[:index], steps, unit.lower())
            continue
        if found.from_event:
            _resolve_from_event(page, found, chosen[index + 1:index + 2], steps, unit)
            continue
        ago = page.text[found.end - 3:found.end].lower() == "ago"
        month = _month_of(page, chosen[:index], found) if (steps, unit) == (0, "year") else None
        # "that day" names a day the text gave; with none, it is no publication date either
        anchor, how = _anchor(page, chosen[:index - 1] if month else chosen[:index], found.start, steps < 0,
                              periods_only=ago, reach=2 if steps else 3 if unit == "day" else 1)  # "that day": the story's day
        if steps == 0 and how.startswith("the publication date"):
            anchor = None
        words = page.text[found.start:found.end]
        if anchor is None:
            found.value = DateValue(start=None, end=None, granularity=_granularity(unit), resolution="unresolved",
                                    note=f"{words}: anchored to no date the text gives")
            continue
        try:
            start, end, granularity = _shift_named(words, anchor, steps, unit)
        except (ValueError, OverflowError) as error:  # "a year earlier" than year 1, "the next day" after a month
            found.value = DateValue(start=None, end=None, granularity=_granularity(unit), resolution="unresolved",
                                    note=f"{words}: anchored to {how}, no date follows ({error or 'outside years 1 to 9999'})")
            continue
        published = page.published.date
        if steps > 0 and published is not None and start > published and tense_at(page, found.start, found.end) < 0:
            # "He died on Monday. Two years later, the firm collapsed": a past told after the
            # publication date was counted from the wrong date; which one the text means is unknown
            found.value = DateValue(start=None, end=None, granularity=_granularity(unit), resolution="unresolved",
                                    note=f"{words}: anchored to {how}, it falls after the publication date, in a past clause")
            continue
        # As placed as its anchor: counted from a date the text states it is as absolute as that
        # date; from a relative one (or the publication date), relative to the same publication date.
        resolution = "absolute" if anchor.resolution == "absolute" and anchor.relative_to is None else "relative"
        relative_to = anchor.relative_to or (page.published.date if resolution == "relative" else None)
        if resolution == "relative" and relative_to is None:
            resolution = "absolute"
        start, end, granularity = _year_before(page, chosen[:index], found.start, anchor, how, (start, end, granularity))
        found.value = DateValue(start=start, end=end, granularity=granularity, resolution=resolution,
                                relative_to=relative_to, note=f"{words}, counted from {how}")
        name_the_day(found.value, anchor, steps, unit, words)
        if month is not None:
            _in_year(page, month, found.value)
    keep_order(page, chosen)


def _month_of(page: "Page", before: list["DateMatch"], found: "DateMatch") -> "DateMatch | None":
    """"in November of that year", "on March 23 of that year": the month or day just before "of
    that year" has that year, not the one nearest the publication date (nor is it the anchor)."""
    if not before or not re.fullmatch(r"\s+of\s+", page.text[before[-1].end:found.start]):
        return None
    value = before[-1].value
    placed = value.resolution in ("year-inferred", "relative") or (value.resolution == "unresolved" and value.month)
    return before[-1] if value.granularity in ("month", "day") and placed else None


def _in_year(page: "Page", month: "DateMatch", year: DateValue) -> None:
    value = month.value
    if year.start is None or year.end is None or year.start.year != year.end.year:
        return
    try:
        start = (value.start or dt.date(year.start.year, value.month or 1, value.day or 1)).replace(year=year.start.year)
        end = (value.end or start).replace(year=year.start.year) if value.end else \
            (start if value.granularity == "day" else month_interval(start.year, start.month)[1])
    except ValueError:  # 29 February in a year without one
        return
    month.value = value.model_copy(update={"start": start, "end": end, "timex": None, "resolution": year.resolution,
                                           "relative_to": year.relative_to, "note": f"{page.text[month.start:month.end]} of that year"})


def _resolve_weekday(page: "Page", found: "DateMatch", before: list["DateMatch"], steps: int, unit: str) -> None:
    """"The ship sank on 14 April 1912, and the inquiry opened the following Monday": counted from
    the day the text just gave (a step back, with none, from the publication date)."""
    anchor, how = _anchor(page, before, found.start, steps < 0, reach=2)
    words = page.text[found.start:found.end]
    if anchor is None or anchor.start is None or anchor.start != anchor.end:
        found.value = DateValue(start=None, end=None, granularity="day", resolution="unresolved",
                                note=f"{words}: anchored to no day the text gives")
        return
    try:
        date = weekday_near(anchor.start + dt.timedelta(days=steps), WEEKDAYS[unit.lower()], steps)
    except (ValueError, OverflowError):
        return
    resolution = "absolute" if anchor.resolution == "absolute" and anchor.relative_to is None else "relative"
    relative_to = anchor.relative_to or (page.published.date if resolution == "relative" else None)
    found.value = DateValue(start=date, end=date, granularity="day", resolution="relative" if relative_to else "absolute",
                            relative_to=relative_to, note=f"{words}, counted from {how}")


def _resolve_season(page: "Page", found: "DateMatch", before: list["DateMatch"], steps: int, unit: str) -> None:
    """"In July 2025 the council approved the plan; work began that autumn", "the following spring",
    "the following July": the season (month) of the date the text just gave, or the first after (last before) it."""
    anchor, how = _anchor(page, before, found.start, False, reach=2 if steps else 1)
    words = page.text[found.start:found.end]
    if anchor is None or anchor.start is None or anchor.end is None:
        found.value = DateValue(start=None, end=None, granularity="season", resolution="unresolved",
                                note=f"{words}: anchored to no date the text gives")
        return
    start, end = season_near(anchor.start, anchor.end, steps, unit)
    resolution = "absolute" if anchor.resolution == "absolute" and anchor.relative_to is None else "relative"
    found.value = DateValue(start=start, end=end, granularity="season" if unit in SEASON_WORDS else "month", resolution=resolution,
                            relative_to=(anchor.relative_to or page.published.date) if resolution == "relative" else None,
                            note=f"{words}, counted from {how}")


def _in_month_given(page: "Page", found: "DateMatch", before: list["DateMatch"]) -> None:
    """"talks in March 2019, with a second round on the 14th": the day of the month the text just
    named (this sentence or the one before), when that month is one whole month, or a day before it
    in the month; anything else keeps the nearest such day to the publication date."""
    sentence_start = page.sentence_at(found.start)[0]
    previous_start = page.sentence_at(max(0, sentence_start - 1))[0] if sentence_start > 0 else sentence_start
    given = next((m for m in reversed(before) if m.start >= previous_start and m.value.start is not None), None)
    if given is None or given.value.start is None or given.value.end is None:
        return
    start, end, day = given.value.start, given.value.end, found.day_of_month or 0
    one_month = (start.year, start.month) == (end.year, end.month)
    if not one_month or not (given.value.granularity == "month" or (start == end and start.day < day)):
        return
    try:
        date = dt.date(start.year, start.month, day)
    except ValueError:
        return
    resolution = "absolute" if given.value.resolution == "absolute" and given.value.relative_to is None else "relative"
    found.value = DateValue(start=date, end=date, granularity="day", resolution=resolution,
                            relative_to=given.value.relative_to if resolution == "relative" else None,
                            note=f"{page.text[found.start:found.end]}: in the month of '{page.text[given.start:given.end]}'")


def _resolve_from_event(page: "Page", found: "DateMatch", following: list["DateMatch"], steps: int, unit: str) -> None:
    """"the day after the 3 March vote", "a day before Christmas": counted from a placed date that
    names the event itself, right after "after"/"before" (at most "the" between). A date further
    on may be the event's or the sentence's ("a day after the vote on Sunday"): left unplaced."""
    if not following or not re.fullmatch(r"\s(?:the\s)?", page.text[found.end:following[0].start]):
        return
    anchor = following[0].value
    if anchor.start is None or anchor.end is None:
        return
    try:
        start, end, granularity = shift(anchor.start, anchor.end, anchor.granularity, steps, unit)
    except (ValueError, OverflowError):
        return
    resolution = "absolute" if anchor.resolution == "absolute" and anchor.relative_to is None else "relative"
    found.value = DateValue(start=start, end=end, granularity=granularity, resolution=resolution,
                            relative_to=anchor.relative_to if resolution == "relative" else None,
                            note=f"{page.text[found.start:found.end]}, counted from '{page.text[following[0].start:following[0].end]}'")
    found.vague = False  # placed: a claim


def _anchor(page: "Page", before: list["DateMatch"], position: int, back: bool,
            periods_only: bool = False, reach: int = 1) -> tuple[DateValue | None, str]:
    """The date the text gave last, in this sentence or the one before (a step, "two years later",
    reaches one sentence further: "In 1983 it went bankrupt. The state
    stepped in. Two years later, ..." is 1985); else, for a step back ("a year earlier"), the
    publication date. "Three days later" with no date before it follows an event the text did not
    date: counting from the publication date would put it in the future."""
    sentence_start = page.sentence_at(position)[0]
    previous_start = sentence_start
    for _ in range(reach):
        if previous_start == 0:
            break
        previous_start = page.sentence_at(max(0, previous_start - 1))[0]
    for found in reversed(before):
        if found.start < (sentence_start if periods_only else previous_start):
            break
        if periods_only and found.value.granularity not in ("quarter", "half", "month", "season"):
            continue  # "a year ago" counts from now, unless it compares a period the sentence gave
        if found.value.start is not None and found.value.end is not None and not _when_told(page, before, found):
            return found.value, f"'{page.text[found.start:found.end]}'"
    date = page.published.date
    if date is None or not back:
        return None, ""
    return (DateValue(start=date, end=date, granularity="day", resolution="relative", relative_to=date),
            f"the publication date {date.isoformat()}")


# "The Budget will be on 25 November, the Treasury announced yesterday. The OBR reports the same
# day": the day of the telling is no date of the story when the sentence dates the story too.
_TOLD = re.compile(r"\b(?:said|announced|confirmed|told|reported|disclosed|revealed)\s+(?:on\s+)?$")


def _when_told(page: "Page", before: list["DateMatch"], found: "DateMatch") -> bool:
    sentence_start = page.sentence_at(found.start)[0]
    if not _TOLD.search(page.text, max(sentence_start, found.start - 16), found.start):
        return False
    return any(sentence_start <= other.start < found.start and other.value.start is not None for other in before)


def _year_before(page: "Page", before: list["DateMatch"], position: int, anchor: DateValue, how: str,
                 placed: tuple[dt.date, dt.date, str]) -> tuple[dt.date, dt.date, str]:
    """"the year-earlier quarter": the quarter the text gave last (this sentence or the one before) a year
    back, else the quarter that held the anchor's day a year back ("the three months ended Dec. 31"); from
    the publication date the quarter meant is unknown (the latest ended or the current). Others keep their place."""
    named = re.match(r"\S+ (?:year-ago|year-earlier|prior-year|year-before) (quarter|period|half|month)\b", page.text[position:position + 40], re.I)
    if not named or (unit := _granularity(named[1].lower())) == placed[2] or how.startswith("the publication date"):
        return year_back(page, before, position, anchor, placed) if not named else placed  # "a year earlier" (year_back.py)
    previous_start = page.sentence_at(max(0, page.sentence_at(position)[0] - 1))[0]
    given = next((m.value for m in reversed(before) if m.start >= previous_start and m.value.granularity == unit and m.value.start), None)
    if (day := (given or anchor).start) is None or day.year < 2:
        return placed
    return shift(*[dt.date(day.year - 1, day.month, min(day.day, last_day(day.year - 1, day.month)))] * 2, "day", 0, unit)


def _shift_named(words: str, anchor: DateValue, steps: int, unit: str) -> tuple[dt.date, dt.date, str]:
    """shift(); "the following year" is the calendar year after the anchor's, whatever its precision."""
    start, end, granularity = shift(anchor.start, anchor.end, anchor.granularity, steps, unit)  # type: ignore[arg-type]
    if _NAMED_UNIT.match(words) and unit in ("year", "month", "quarter"):
        return shift(start, start, "day", 0, unit)
    if steps > 1 and unit in ("year", "decade") and granularity != "year" and re.search(r"(?:later|afterwards?)$", words, re.I):
        return (*year_interval(start.year), "year")  # "in March 2012 ... two years later" names a year ("a year later" the month)
    return start, end, granularity


def _granularity(unit: str) -> str:
    return {"period": "quarter"}.get(unit, unit)


def _add_months(date: dt.date, months: int, last: bool) -> dt.date:
    index = date.year * 12 + date.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return dt.date(year, month, last_day(year, month) if last else 1)


def shift(start: dt.date, end: dt.date, granularity: str, steps: int, unit: str) -> tuple[dt.date, dt.date, str]:
    """The anchor interval moved by steps units, at no finer a granularity than both allow. Days
    and weeks are counted from a day ("the next day" after "in March 2005" is no date: ValueError);
    from a span of days, forward from its last day and back from its first; no step ("that year"
    after "in January 2007") is the unit that holds the anchor."""
    if unit in ("day", "week") and granularity != "day" and not (unit == "week" and granularity == "week" and steps):
        raise ValueError(f"a {unit} counted from a {granularity}")
    if granularity == "day" and start != end and steps:
        start = end = end if steps > 0 else start
    if not steps and unit in ("year", "month", "quarter", "half"):
        months = {"year": 12, "month": 1, "quarter": 3, "half": 6}[unit]
        first = (start.month - 1) // months * months + 1
        if (start.year, first) != (end.year, (end.month - 1) // months * months + 1):
            raise ValueError(f"{granularity} is longer than the {unit} that would hold it")
        return dt.date(start.year, first, 1), _add_months(dt.date(start.year, first, 1), months - 1, last=True), \
            {"month": "month", "quarter": "quarter", "half": "half"}.get(unit, "year")
    single_day = granularity == "day" and start == end
    if unit in ("day", "week"):
        days = steps * (7 if unit == "week" else 1)
        moved_start, moved_end = start + dt.timedelta(days=days), end + dt.timedelta(days=days)
        if single_day and unit == "week":
            monday = moved_start - dt.timedelta(days=moved_start.weekday())
            return monday, monday + dt.timedelta(days=6), "week"
        return moved_start, moved_end, granularity
    months = steps * {"month": 1, "quarter": 3, "year": 12, "half": 6, "decade": 120}.get(unit, 12)
    if single_day:
        moved = _add_months(start, months, last=False)
        if unit in ("year", "decade"):
            return (*year_interval(moved.year), "year")
        if unit == "quarter":
            first = (moved.month - 1) // 3 * 3 + 1
            return dt.date(moved.year, first, 1), _add_months(dt.date(moved.year, first + 2, 1), 0, last=True), "quarter"
        return (*month_interval(moved.year, moved.month), "month")
    aligned = start.day == 1 and end.day == last_day(end.year, end.month)
    if aligned:
        return _add_months(start, months, last=False), _add_months(end, months, last=True), granularity
    return start + dt.timedelta(days=round(months * 30.44)), end + dt.timedelta(days=round(months * 30.44)), granularity
