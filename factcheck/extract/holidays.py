"""Holidays as dates: New Year's Day, Easter, Independence Day, Thanksgiving, Christmas and kin
(only those whose day does not change with the country that keeps them).

With a year ("Christmas Day 2012") a holiday is that day; without one it is read against the
publication date like a bare month-day ("over Christmas" in a January report is the one just
gone). A holiday's name used for a thing ("the Christmas tree", "the Christmas special") is none.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..chrono import month_interval
from ..models import DateValue
from .news_dates import period_value, pick_year, unplaced_value
from .tense import FUTURE, ordered_ahead, tense_at

if TYPE_CHECKING:
    from .base import Page

def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = month_interval(year, month)[1]
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


HOLIDAYS = {  # name (lower case) -> the day in a given year; US holidays by their US rule
    "new year's day": lambda y: dt.date(y, 1, 1), "new year's eve": lambda y: dt.date(y, 12, 31), "new year": lambda y: dt.date(y, 1, 1),
    "christmas": lambda y: dt.date(y, 12, 25), "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24), "boxing day": lambda y: dt.date(y, 12, 26),
    "easter": easter, "easter sunday": easter, "easter monday": lambda y: easter(y) + dt.timedelta(days=1),
    "good friday": lambda y: easter(y) - dt.timedelta(days=2),
    "independence day": lambda y: dt.date(y, 7, 4), "the fourth of july": lambda y: dt.date(y, 7, 4),
    "fourth of july": lambda y: dt.date(y, 7, 4), "july fourth": lambda y: dt.date(y, 7, 4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4), "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "halloween": lambda y: dt.date(y, 10, 31), "valentine's day": lambda y: dt.date(y, 2, 14),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1), "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    # (no "Election Day" or "Mother's Day": their dates differ from country to country)
    "veterans day": lambda y: dt.date(y, 11, 11), "remembrance day": lambda y: dt.date(y, 11, 11),
    "armistice day": lambda y: dt.date(y, 11, 11), "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3),
    "presidents day": lambda y: _nth_weekday(y, 2, 0, 3), "columbus day": lambda y: _nth_weekday(y, 10, 0, 2),
    "st. patrick's day": lambda y: dt.date(y, 3, 17), "saint patrick's day": lambda y: dt.date(y, 3, 17),
    "bastille day": lambda y: dt.date(y, 7, 14), "canada day": lambda y: dt.date(y, 7, 1),
    "australia day": lambda y: dt.date(y, 1, 26), "waitangi day": lambda y: dt.date(y, 2, 6), "anzac day": lambda y: dt.date(y, 4, 25), "juneteenth": lambda y: dt.date(y, 6, 19),
    "ash wednesday": lambda y: easter(y) - dt.timedelta(days=46), "palm sunday": lambda y: easter(y) - dt.timedelta(days=7),
    "april fools' day": lambda y: dt.date(y, 4, 1), "groundhog day": lambda y: dt.date(y, 2, 2),
    "shrove tuesday": lambda y: easter(y) - dt.timedelta(days=47), "maundy thursday": lambda y: easter(y) - dt.timedelta(days=3),
    "pentecost": lambda y: easter(y) + dt.timedelta(days=49), "remembrance sunday": lambda y: _nth_weekday(y, 11, 6, 2),
    "black friday": lambda y: _nth_weekday(y, 11, 3, 4) + dt.timedelta(days=1),
    "cyber monday": lambda y: _nth_weekday(y, 11, 3, 4) + dt.timedelta(days=4),
    # England's bank holidays named by their month or season: the first and last Mondays of May, the last of August
    "may bank holiday": lambda y: _nth_weekday(y, 5, 0, 1), "early may bank holiday": lambda y: _nth_weekday(y, 5, 0, 1),
    "spring bank holiday": lambda y: _nth_weekday(y, 5, 0, -1), "august bank holiday": lambda y: _nth_weekday(y, 8, 0, -1),
    "summer bank holiday": lambda y: _nth_weekday(y, 8, 0, -1),
}
_HOLIDAY = re.compile(
    r"(?P<lead>\b(?:on|On|at|At|by|By|before|Before|after|After|since|until|till|through|into|to|over|Over|for|during|of|around|"
    r"ahead of|spent|spend|spends|spending|celebrated|celebrate|celebrates|celebrating|marked|mark|marks|marking|"
    r"observed|observe|observes|observing|from|From|with|With|in|In|between|Between)\s+)?(?:(?P<which>this|last|next|This|Last|Next)\s+)?"
    r"(?:(?P<the>the|The|its|their|our)\s+(?:(?:[a-z]{3,}est|long|three-day|four-day|annual|traditional)\s+)?)?"
    r"(?P<name>(?<=the )festive|(?<=The )festive|New Year['’]s (?:Day|Eve)|New Year(?!['’\w])|Christmas(?: Day| Eve)?|Boxing Day|Easter(?: Sunday| Monday)?|"
    r"Good Friday|Independence Day|(?:the )?Fourth of July|July Fourth|Thanksgiving(?: Day)?|Halloween|"
    r"Valentine['’]s Day|Labor Day|Memorial Day|Veterans['’]? Day|Remembrance Day|Armistice Day|"
    r"Martin Luther King(?: Jr\.?)? Day|Presidents['’]? Day|Columbus Day|"
    r"(?:St\.|Saint) Patrick['’]s Day|Bastille Day|Canada Day|Australia Day|Waitangi Day|Anzac Day|Juneteenth|Ash Wednesday|Palm Sunday|Shrove Tuesday|Maundy Thursday|Pentecost|Remembrance Sunday|Black Friday|Cyber Monday|"
    r"April Fools['’]? Day|Groundhog Day|(?:(?:[Ee]arly )?May|August|[Ss]pring|[Ss]ummer) [Bb]ank [Hh]oliday)\b(?P<period>(?(the)(?: (?:holiday )?(?:period|holidays|season|break|weekend|festivities)| holiday\b(?! (?:shopping|sales?|spending|travel)\b))|(?!)))?"
    r"(?:,? (?:in )?(?P<year>(?:19|20)\d\d)\b)?")
# "Armistice Day falls on Wednesday", "Easter is early this year": a holiday that is the subject of its date
_SUBJECT_OF_DATE = re.compile(r"\s+(?:(?:falls|fell|will fall|is|was|will be)\s+(?:on|early|late|this|next)\b|"
                              r"(?:was|saw|brought)\s+(?!a\s+time\b))")  # (a past told of one: "Easter Monday was the busiest day")


_AHEAD_AFTER = re.compile(r"\s+(?:approaching|looming|nearing|coming up|fast approaching|around the corner)\b")
_SOLD_OUT = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:already\s+)?sold\s+out\b(?!\s+of\b)")
# "said Christmas was still six weeks away", "the bank holiday was too far ahead to call": ahead, whatever the verb
_AWAY = re.compile(r"\s+(?:is|was|were|are)\s+(?:still\s+)?(?:too far|(?:some|a long) way|(?:only\s+|just\s+)?(?:a|two|three|four|"
                   r"five|six|\d+)\s+(?:days?|weeks?|months?))\s+(?:ahead|away|off)\b")
_IN_TIME_FOR = re.compile(r"\bin time for\s+$")
_BETWEEN = re.compile(r"\bbetween\s[^,.;]{1,30}\sand\s+$")


def _after_holiday(text: str, position: int) -> bool:
    """"on Good Friday and Easter Monday", "over Christmas, Boxing Day": a list's lead serves all."""
    before = text[max(0, position - 40):position]
    if _BETWEEN.search(before):
        return True  # "between that holiday and Christmas"
    joined = re.search(r"(?:,\s*|,?\s+(?:and|or|to|through|until)\s+)$", before)
    return bool(joined) and any(found.end() == joined.start() for found in _HOLIDAY.finditer(before, 0, joined.start()))


_HABIT_VERBS = frozenset({"spend", "celebrate", "mark", "observe"})
_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|can|could|may|might|must|should|to|['’]ll)\s+(?:not\s+|never\s+|also\s+)?$", re.I)


def _no_date(page: "Page", match: re.Match[str]) -> bool:
    """The holiday's name here names no day: a thing of the holiday, a name, or no word that dates it."""
    lead, after = (match["lead"] or "").strip().lower(), page.text[match.end():match.end() + 16]
    if match["the"] and not match["period"] and match["name"].lower() not in ("fourth of july", "new year") and \
            not match["name"].lower().endswith("bank holiday"):
        return True  # "the Easter Rising", "the Christmas spirit": a name or a thing, unless a stretch of time
    if lead == "in" and not match["period"]:
        return True  # "in Christmas" is no way to date a day; "in the Christmas period" is
    if lead == "with" and re.match(r"\s+[a-z]", after) and not _AHEAD_AFTER.match(page.text, match.end()) and \
            not re.match(r"\s+(?:on|in|at|and|or|this|next|last)\b", after):
        return True  # "a service with Easter hymns": a thing of the holiday (but "with Christmas approaching")
    if match["name"] == "New Year" and re.search(r"\b[A-Z][a-z]+\s+$", page.text[max(0, match.start("name") - 16):match.start("name")]):
        return True  # a named people's or calendar's new year is not the first of January
    if not (lead or match["which"] or match["year"] or match["period"] or _after_holiday(page.text, match.start())
            or _SUBJECT_OF_DATE.match(page.text, match.end())):
        return True
    if _THING_AFTER.match(after):
        return True
    # ("Over Christmas Police arrested 50 drivers": a fronted span of time, the capital is the subject's)
    return not match["year"] and bool(re.match(r" (?!Day\b|Eve\b)[A-Z][a-z]", after)) and \
        not re.match(r"(?:Over|After|Before|Since|Until|Through|During|Throughout)\b", match["lead"] or "")
    # (a name: "Christmas Island", "Easter Parade", "Independence Day Committee")


_THING_AFTER = re.compile(r"\s+(?:tree|trees|card|cards|shopping|shoppers?|party|parties|present|presents|lights|market|special|"
                          r"song|songs|movie|film|album|episode|sales?|decorations?|dinner|lunch|break|eggs?|bunny|spirit|"
                          r"carols?|jumpers?|sweaters?|pudding|cake|menu|message|address|truce|offensive|rising)\b", re.I)


def _direction(page: "Page", match: re.Match[str], start: int, verb: bool) -> int:
    """Which side of the publication date the holiday lies: its clause's tense, unless the words around it say."""
    # (the end of "between Thanksgiving and Christmas" follows its start, whatever the verb: the nearest)
    if _BETWEEN.search(page.text, max(0, match.start() - 40), match.start()):
        return 0
    direction = tense_at(page, start if verb else match.start(), match.end())
    if _AWAY.match(page.text, match.end()):
        return 1
    if direction < 0 and _SOLD_OUT.match(page.text, match.end()):
        return 0  # "the game on Boxing Day sold out within hours": tickets sell before the day, the nearest one
    if (_AHEAD_AFTER.match(page.text, match.end()) or _IN_TIME_FOR.search(page.text, max(0, match.start() - 12), start)) \
            and direction >= 0:
        return 1  # "with Christmas approaching", "out in time for Christmas": the coming one
    if (match["lead"] or "").strip().lower() in ("by", "before") and \
            ordered_ahead(page.text, page.sentence_at(match.start())[0], start):
        return 1  # "told to file by Christmas", "urged to book before the Easter holidays": ahead of the telling
    return direction


def _habit(page: "Page", match: re.Match[str]) -> bool:
    """"Christians celebrate Easter in the spring": the bare present of a verb that leads a holiday is a habit, no
    date, unless a modal sets it ("will spend Christmas") or a future leads the sentence ("Muslims will begin
    fasting on Wednesday, while Christians mark Ash Wednesday")."""
    sentence_start = page.sentence_at(match.start())[0]
    return (match["lead"] or "").strip().lower() in _HABIT_VERBS and not _MODAL_BEFORE.search(
        page.text, max(sentence_start, match.start() - 30), match.start()) and not FUTURE.search(page.text, sentence_start, match.start())


def read_holiday(page: "Page", match: re.Match[str]) -> tuple[int, DateValue] | None:
    """(where the claim starts, its value): the lead preposition is context, not part of the date."""
    if _no_date(page, match):
        return None
    name = re.sub(r"['’]", "'", match["name"]).lower().replace("festive", "christmas")
    name = re.sub(r" jr\.? day$", " day", name).replace("veterans' day", "veterans day").replace(
        "presidents' day", "presidents day").replace("april fools day", "april fools' day")
    rule = HOLIDAYS[name]
    start = match.start("which") if match["which"] else match.start("the") if match["the"] in ("the", "The") else match.start("name")
    words = page.text[start:match.end()]
    if match["year"]:
        day = rule(int(match["year"]))
        return start, DateValue(start=day, end=day, granularity="day", timex=day.isoformat())
    anchor = page.published.date
    if anchor is None:
        return start, unplaced_value("day", words)
    which = (match["which"] or "").lower()
    if which == "last":
        year = max(y for y in (anchor.year - 1, anchor.year) if rule(y) < anchor)
    elif which == "next":
        year = min(y for y in (anchor.year, anchor.year + 1) if rule(y) > anchor)
    elif which == "this":
        year = anchor.year
    else:
        # a verb that leads the holiday ("marked Independence Day") tells its tense; a preposition is context
        verb = bool(match["lead"]) and match["lead"].strip().lower().startswith(("sp", "cel", "mar", "obs"))
        if verb and _habit(page, match):
            return None
        year = pick_year(anchor, _direction(page, match, start, verb), rule, rule)
    day = rule(year)
    if match["period"] and match["period"].endswith("weekend") and re.fullmatch(r"[Tt]he ", page.text[match.start("the"):match.start("name")]):
        return start, _weekend_of(day, anchor, words)
    if match["period"] and match["period"] != " holiday":
        # "over the Christmas period", "the Easter holidays": the days around the holiday, named by it
        return start, period_value(day - dt.timedelta(days=7), day + dt.timedelta(days=7), "week", anchor, words,
                                   timex=day.isoformat())
    return start, period_value(day, day, "day", anchor, words, timex=day.isoformat())


def _weekend_of(day: dt.date, anchor: dt.date, words: str) -> DateValue:
    """"over the Thanksgiving weekend", "the Memorial Day weekend": the Saturday and Sunday nearest the holiday
    (a Monday's the two days before it, a Thursday's or a Friday's the two after); "its busiest Labor Day weekend
    on record", a kind of weekend, keeps the holiday's day."""
    saturday = day + dt.timedelta(days=(5 - day.weekday()) if day.weekday() >= 2 else -(day.weekday() + 2))
    year, week, _ = saturday.isocalendar()
    return period_value(saturday, saturday + dt.timedelta(days=1), "day", anchor, words, timex=f"{year}-W{week:02d}-WE")


# Words every holiday name holds, as specific as they can be: "king" alone is in "making" and
# "taking", and would send nearly every sentence through the pattern.
_HOLIDAY_ANCHOR = ("christmas", "easter", "new year", "independence day", "fourth of july", "july fourth",
                   "thanksgiving", "halloween", "valentine", "labor day", "memorial day", "boxing day", "good friday",
                   "veterans day", "veterans' day", "veterans’ day", "remembrance day", "armistice day",
                   "luther king", "presidents day", "presidents' day", "presidents’ day", "columbus day",
                   "patrick's day", "patrick’s day", "bastille day", "canada day", "australia day", "juneteenth",
                   "waitangi day", "anzac day",
                   "ash wednesday", "palm sunday", "april fools", "groundhog day", "festive period", "festive season",
                   "shrove tuesday", "maundy thursday", "pentecost", "remembrance sunday", "black friday", "cyber monday",
                   "bank holiday")
PATTERNS = [(_HOLIDAY, _HOLIDAY_ANCHOR, read_holiday)]
