"""Publication dates from what web pages carry: page stamps in the opening lines, and the address.

A page stamp is the short line a site prints under (or over) its headline: "May 03, 2013",
"PUBLISHED: TUESDAY, MARCH 8, 2016, 10:45 AM", "21 October 2015 Last updated at 16:42 GMT",
"Posted at 4:52 PM ET, 02/7/2012", "Last updated 09:17 22/11/2015". A line counts as a stamp
only when everything on it besides the date is stamp vocabulary (labels, weekdays, clock times,
time zones, separators), so a sentence that happens to hold a date is never read as one.

Numeric dates are read day-first or month-first from their shape (a part above 12), else from
the article's own evidence (its address, its other stamps, how it writes its other dates); a
stamp that stays ambiguous gives no date rather than a guess.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..chrono import FULL_MONTH_NAMES, MONTHS
from ..models import PublicationDate

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

STAMP_LINES = 8  # stamps sit within the first lines of the body
STAMP_MAX_CHARS = 110

_MONTH_WORD = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
               r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19[89]\d|20\d\d)"
# The date inside a stamp, in the shapes sites print; named groups say which part is which.
_CORES = [
    ("dmy", re.compile(rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH_WORD}),?\s+(?P<y>{_YEAR})\b", re.I)),
    ("mdy", re.compile(rf"\b(?P<m>{_MONTH_WORD})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR})\b", re.I)),
    ("iso", re.compile(rf"(?<![\d/.])(?P<y>{_YEAR})[-./](?P<m>0?[1-9]|1[0-2])[-./](?P<d>[12]\d|3[01]|0?[1-9])(?![\d/])")),
    ("num", re.compile(r"(?<![\d/.:])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])")),
    # "Nov. 17 6:08 AM EST", "APR 28": no year; it is inferred as a year-less dateline's is
    ("md", re.compile(rf"\b(?P<m>{_MONTH_WORD})\s+(?P<d>{_DAY})\b(?![:.]\d)", re.I)),
]
# A blog's byline: "Posted by A. Writer in Local News on Monday, October 14, 2019."
_BYLINE = re.compile(r"\b(?:posted|published|filed|written)\s+(?:in|by|to|under)\b.{0,100}?\bon\s+$", re.I)
# What else a stamp line may hold. Anything else (a verb, a lower-case word) makes it prose.
_STAMP_WORDS = frozenset("""
    published posted updated update last first originally story created edited modified time date dated
    release released filed article hrs found
    on at by in am pm a.m. p.m. a p gmt bst utc uk et edt est ct cdt cst mt mdt pdt pst pt akdt akst hst ist
    cet cest eet eest aest aedt acst awst nzst nzdt sast wat eat msk local
    reuters ap afp upi bloomberg dpa pti ians ani efe ansa kyodo tass
    mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday
    """.split())
_UPDATE_WORDS = ("updated", "update", "edited", "modified")
_WEEKDAYS = [w for w in _STAMP_WORDS if w.endswith("day") or w in ("mon", "tue", "tues", "wed", "thu", "thur", "thurs",
                                                                      "fri", "sat", "sun")]
_TOKEN = re.compile(r"[A-Za-z][A-Za-z.]*|\d+(?:[:.]\s?\d+)?(?:\s?[ap]\.?m\.?|[ap])?|\S")
_CLOCK = re.compile(r"\d{1,2}(?:[:.]\s?\d\d)?(?:\s?[ap]\.?m\.?|[ap])?$", re.I)
_OFFSET = re.compile(r"\((?:GMT|UTC)?\s*[+-]?\d\d?:?\s?\d\d\)|(?:GMT|UTC)[+-]\d\d?(?::?\s?\d\d)?|[+-]\d\d:?\d\d\b|\bZ\b")


@dataclass(frozen=True)
class Stamp:
    """A date read from a stamp line (or the candidates, while day/month order is open)."""

    start: int
    end: int
    text: str
    readings: tuple[dt.date, ...]  # one reading, or two (day-first, month-first) while ambiguous
    update: bool  # "Updated ..." rather than "Published ..."
    month_day: tuple[int, int] | None = None  # a stamp with no year ("Nov. 17 6:08 AM EST")


def find_stamps(text: str, body_start: int = 0) -> list[Stamp]:
    """Stamp lines in the opening lines of the body, in text order.

    >>> [(s.text, s.readings) for s in find_stamps("Headline\\nMay 03, 2013\\nText here.")]
    [('May 03, 2013', (datetime.date(2013, 5, 3),))]
    """
    found = []
    position = body_start
    for _ in range(STAMP_LINES):
        if position >= len(text):
            break
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        stamp = _stamp_line(text, position, line_end)
        if stamp is not None:
            found.append(stamp)
        position = line_end + 1
    return found


def _stamp_line(text: str, start: int, end: int) -> Stamp | None:
    line = text[start:end]
    if len(line.strip()) > STAMP_MAX_CHARS or not any(c.isdigit() for c in line):
        return None
    for shape, pattern in _CORES:
        match = pattern.search(line)
        if match is None:
            continue
        rest = _OFFSET.sub(" ", line[:match.start()] + " " + pattern.sub(" ", line[match.end():]))
        words = [token.lower() for token in _TOKEN.findall(rest)]
        if not all(_stamp_word(word) for word in words):
            before = re.sub(rf"(?:{'|'.join(sorted(_WEEKDAYS, key=lambda word: (-len(word), word)))})\.?,?\s*$", "",
                            line[:match.start()], flags=re.I)
            if shape == "md" or not _BYLINE.search(before) or line[match.end():].strip(" .") != "":
                return None
        readings = _readings(shape, match)
        if not readings and shape != "md":
            return None
        month_day = (MONTHS.get(match["m"].rstrip(".").lower()), int(re.sub(r"\D", "", match["d"]))) \
            if shape == "md" else None
        if month_day and (month_day[0] is None or _date(2000, month_day[0], month_day[1]) is None):
            return None
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return Stamp(start, end, text[start:end], readings, any(w in _UPDATE_WORDS for w in words), month_day)
    return None


def _stamp_word(word: str) -> bool:
    return (word in _STAMP_WORDS or word.rstrip(".,:") in _STAMP_WORDS or bool(_CLOCK.match(word))
            or not any(c.isalnum() for c in word))


def _readings(shape: str, match: re.Match[str]) -> tuple[dt.date, ...]:
    if shape == "num":
        year = int(match["y"]) if len(match["y"]) == 4 else 2000 + int(match["y"]) if int(match["y"]) < 70 \
            else 1900 + int(match["y"])
        first, second = int(match["a"]), int(match["b"])
        options = {_date(year, second, first), _date(year, first, second)} - {None}
        return tuple(sorted(options))  # type: ignore[arg-type]
    if shape == "md":
        return ()
    if shape == "iso":
        date = _date(int(match["y"]), int(match["m"]), int(match["d"]))
        return (date,) if date else ()
    date = read_named(match.group())
    return (date,) if date else ()


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def read_named(written: str) -> dt.date | None:
    """A date written with its month's name, in any of the ways sites print it ("MAR. 14, 2013",
    "18th September 2013", "Sun, 15 Sep 2013"): dateparser's job, once per stamp. A fixed base
    keeps it from looking at the clock; the regex that found the span already fixed its order."""
    data = _parser().get_date_data(written)
    if data.date_obj is None or data.period != "day":
        match = re.search(rf"(?P<m>{_MONTH_WORD})", written, re.I)
        numbers = re.findall(r"\d+", written)
        if match is None or len(numbers) != 2:
            return None
        day, year = sorted((int(n) for n in numbers))
        return _date(year, MONTHS.get(match["m"].rstrip(".").lower(), 0), day)
    return data.date_obj.date()


@lru_cache(maxsize=1)
def _parser() -> DateDataParser:
    """Made on the first stamp that needs it: most pages name no date in their stamp's words, and
    a re-check of one such article need not import dateparser at all (a tenth of a second)."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], try_previous_locales=False, settings={
        "PARSERS": ["absolute-time"], "RELATIVE_BASE": dt.datetime(2000, 1, 1),
        "REQUIRE_PARTS": ["day", "month", "year"]})


# --- the address ------------------------------------------------------------------------------

_MONTH_IN_PATH = r"(?P<m>0?[1-9]|1[0-2]|" + _MONTH_WORD.replace(r"\.?", "") + ")"
_ADDRESS_PATTERNS = [
    # /2013/05/03/, /2013/may/03/, /2012/7/7/, /2009/Feb/02/
    re.compile(rf"/(?P<y>{_YEAR})/{_MONTH_IN_PATH}/(?P<d>[12]\d|3[01]|0?[1-9])(?=[/_.-]|$)", re.I),
    # 2013-09-18, 2012_08_07, 2013.05.03 anywhere in the path
    re.compile(rf"(?<![\d])(?P<y>{_YEAR})(?P<sep>[-_.])(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"),
    # 20130503 between non-digits
    re.compile(rf"(?<![\d])(?P<y>{_YEAR})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"),
]


def address_date(url: str) -> tuple[dt.date, str] | None:
    """The date a page's address carries, with the part of it that says so.

    >>> address_date("https://example.com/2011/oct/07/metro/story")
    (datetime.date(2011, 10, 7), '/2011/oct/07')
    """
    path = re.sub(r"^[a-z]+://[^/]*", "", url.strip(), flags=re.I)
    path = path.split("?", 1)[0].split("#", 1)[0]
    if re.search(r"[_-]archive\b", path, re.I):  # a blog's archive page is dated by the period it lists, not by a post
        return None
    for pattern in _ADDRESS_PATTERNS:
        for match in pattern.finditer(path):
            month_text = match["m"].lower()
            month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text)
            date = _date(int(match["y"]), month or 0, int(match["d"]))
            if date is not None:
                return date, match.group()
    return None


_ADDRESS_MONTH = re.compile(rf"/(?P<y>{_YEAR})/(?P<m>0?[1-9]|1[0-2])(?=/)")


def address_month(url: str) -> tuple[int, int] | None:
    """The year and month of an address that dates its pages by month only ("/2011/01/")."""
    match = _ADDRESS_MONTH.search(url)
    return (int(match["y"]), int(match["m"])) if match else None


# --- choosing the publication date ------------------------------------------------------------

_DAY_FIRST = re.compile(rf"\b{_DAY} {FULL_MONTH_NAMES}\b")
_MONTH_FIRST = re.compile(rf"\b{FULL_MONTH_NAMES} {_DAY}\b")


def page_publication(text: str, body_start: int, url: str | None) -> tuple[PublicationDate | None, list[Stamp]]:
    """The publication date a page shows (stamp or address), and the stamp lines found.

    A "published" or unlabelled stamp comes first, then the address, then an "updated" stamp. A
    numeric stamp that reads both ways (05/03/2013) is settled by the address, by the article's
    other stamps, or by the order the article writes its other dates in; else it gives no date."""
    stamps = find_stamps(text, body_start)
    address = address_date(url) if url else None
    orders = [s.readings[0] for s in stamps if len(s.readings) == 1]
    for update in (False, True):
        for stamp in (s for s in stamps if s.update == update):
            date, how = _settle(stamp, address, orders, text, body_start, address_month(url) if url else None)
            if date is not None:
                return _stamped(date, stamp.text, how), stamps
        if not update and address is not None:
            date, part = address
            return PublicationDate(year=date.year, month=date.month, day=date.day, method="address",
                                   evidence=f"the page's address: {part}"), stamps
    year_less = next((s for s in stamps if s.month_day), None)
    if year_less is not None:
        month, day = year_less.month_day  # type: ignore[misc]
        return PublicationDate(month=month, day=day, method="stamp", evidence=f"page stamp '{year_less.text}'"), stamps
    ambiguous = next((s for s in stamps if len(s.readings) > 1), None)
    if ambiguous is not None:
        first, second = ambiguous.readings
        return PublicationDate(method="unknown", evidence=(
            f"page stamp '{ambiguous.text}' reads as {first:%d %b %Y} or {second:%d %b %Y} and nothing in the "
            "article says which")), stamps
    return None, stamps


def ambiguous_readings(stamps: list[Stamp]) -> list[dt.date]:
    """The two readings of the first stamp that reads both ways, for the corpus to settle."""
    return list(next((s.readings for s in stamps if len(s.readings) > 1), ()))


def settle_by_corpus(readings: list[dt.date], reference: dt.date) -> dt.date | None:
    """The reading the corpus's dated articles point to: within 45 days of their median, and less
    than half as far from it as the other reading (or no choice is made)."""
    near, far = sorted(readings, key=lambda r: abs((r - reference).days))
    near_days, far_days = abs((near - reference).days), abs((far - reference).days)
    return near if near_days <= 45 and far_days >= 2 * near_days + 14 else None


def _settle(stamp: Stamp, address: tuple[dt.date, str] | None, dated: list[dt.date], text: str,
            body_start: int, month: tuple[int, int] | None = None) -> tuple[dt.date | None, str]:
    if len(stamp.readings) == 1:
        return stamp.readings[0], ""
    for known, why in ([(address[0], "the page's address")] if address else []) + [(d, "another stamp") for d in dated]:
        near = [r for r in stamp.readings if abs((r - known).days) <= 1]
        if len(near) == 1:
            return near[0], f"day/month order from {why}"
    if month is not None:
        inside = [r for r in stamp.readings if (r.year, r.month) == month]
        if len(inside) == 1:
            return inside[0], "day/month order from the month in the page's address"
    body = text[body_start:body_start + 20000]
    day_first, month_first = len(_DAY_FIRST.findall(body)), len(_MONTH_FIRST.findall(body))
    if max(day_first, month_first) >= 3 * min(day_first, month_first) + 1:  # a clear habit, not a tie
        # The readings are sorted by date, not by order: pick by which one puts the day first.
        numbers = re.search(r"(\d{1,2})[/.-](\d{1,2})[/.-]", stamp.text)
        if numbers:
            first = int(numbers.group(1))
            wanted = [r for r in stamp.readings if (r.day == first) == (day_first > 0)]
            if len(wanted) == 1:
                order = "day first" if day_first else "month first"
                return wanted[0], f"day/month order from the article's other dates ({order})"
    return None, ""


def _stamped(date: dt.date, text: str, how: str) -> PublicationDate:
    evidence = f"page stamp '{text}'" + (f"; {how}" if how else "")
    return PublicationDate(year=date.year, month=date.month, day=date.day, method="stamp", evidence=evidence)
