"""Duration claims: "two-day", "for three days", "week-long", "over the past two decades",
"nine months after ...", and the length of every date range of whole days (inclusive)."""
from __future__ import annotations

import re

from ..chrono import UNIT_DAYS_RANGE
from ..models import DurationClaim, DurationValue, Frame
from ..text import NUMBER_WORD, STOP_WORDS, parse_number
from .base import AtWordStart, Page, SpanSet, claim_fields
from .compound_lengths import COMPOUND_LENGTH, compound_length, not_a_length
from .frame_time import duration_frame, past_time
from .subjects import clause_subject, date_subject

_UNIT = r"(?P<unit>day|week|month|year|decade|centur)(?:s|ies|y)?"
_AMOUNT = rf"(?P<amount>\d+(?:\.\d+)?|{NUMBER_WORD}|a|an|one)"

# Not a length: an age, or a step back from now or on from a time ("three long years ago", "two full days
# later"); one "after" or "before" an event is a length anchored to it, as "nine months after" is
_NOT_A_STEP = r"(?![- ](?:old|ago|later|earlier|back|away|from)\b)"

_SHORT = ("hour", "minute", "second", "night")
# "seven hours", "for 30 minutes", "two nights": lengths shorter than a day (or counted in nights)
_SHORT_UNITS = re.compile(rf"(?<!aged )\b(?P<amount>\d+(?:\.\d+)?|{NUMBER_WORD}|an?) (?P<unit>hour|minute|second|night)s?\b"
                          r"(?![- ](?:old|ago|later|earlier)\b)", re.I)

# Every stated duration names its unit.
UNIT_ANCHOR = ("day", "week", "month", "year", "decade", "centur", "hour", "minute", "night")
PATTERNS = [
    # "10 hours and 30 minutes", "two years and three months", "1 hour 35 minutes": one length, in two
    # units (the second the smaller; compound_length checks), never two lengths of one act
    COMPOUND_LENGTH,
    # "week-long strike", "three-day-long talks"
    re.compile(rf"\b(?:(?P<amount>\d+|{NUMBER_WORD})[- ])?(?P<adj>day|week|month|year|decade)[- ]long\b"),
    # "two-day visit", "a 10-year sentence" (never "10-year-old")
    re.compile(rf"\b(?P<amount>\d+|{NUMBER_WORD})-(?P<unit>day|week|month|year|decade|century|hour|minute|night)\b(?![-‐]old)(?!\s+old\b)(?=\s+[a-z])"),
    # "for three days", "over the past two decades", "nine months after", "lasted 11 weeks";
    # not an age ("25 years old", an age band's "18-24 year olds") and not a date ("two weeks ago", taken by the date extractor)
    re.compile(rf"(?<!aged )\b(?P<amount>\d+(?:\.\d+)?|{NUMBER_WORD}) {_UNIT}\b(?![- ]olds?\b|\s+of age\b)", re.I),
    # "for a week", "within a month", "more than a year", "about a week after": one unit after a
    # word that makes it a length ("a year ago" is a date, taken first; "once a week" a frequency)
    re.compile(r"\b(?i:for|within|after|over|under|than|nearly|almost|about|around|roughly|spent|took|lasted|"
               r"only|just|barely|least)\s+(?P<amount>an?) (?P<unit>day|week|month|year|decade|century)\b(?![- ]old)"),
    _SHORT_UNITS,
    # "over the past year", "within the last month": one unit
    re.compile(r"\b(?:over|during|in|for|within) (?P<phrase>the (?:past|last|previous) (?P<unit>week|month|year|decade|century))\b", re.I),
    # "a few minutes", "several days", "a couple of weeks", "the next few days", "hundreds of years":
    # a length told without a figure ("a few days ago", "a few years back" are dates; "a few days later",
    # "several hours after the vote" steps from an event, with no figure to check them by)
    re.compile(r"\b(?P<amount>(?i:a|the (?:next|past|last|coming|first|final)) few|(?i:several|a couple(?: of)?|hundreds of)) "
               r"(?P<unit>day|week|month|year|decade|centur|hour|minute|second|night)(?:s|ies)\b"
               r"(?![- ](?:old|ago|later|earlier|back|away|after|before|since|from)\b)"),
    # "a month since the flood": one unit that runs from an event ("a day after the vote" is a date
    # counted from it, anchored.py); "weeklong", "yearlong": a length in one word
    re.compile(r"\b(?P<amount>(?i:an?)) (?P<unit>day|week|month|year|decade)(?= since\b)"),
    re.compile(r"\b(?P<adj>day|week|month|year)long\b", re.I | re.A),  # ASCII case only, as its anchor reads the page
    # "two long years", "three straight days", "12 consecutive hours", 'two "horrific" nights': a
    # length with one word of weight or a quoted epithet between its figure and its unit
    re.compile(rf"(?<!aged )\b(?P<amount>\d+(?:\.\d+)?|{NUMBER_WORD}) (?:long|full|whole|straight|consecutive|"
               r"\"[a-z]+\"|“[a-z]+”) (?P<unit>day|week|month|year|decade|hour|minute|night)s\b"
               rf"{_NOT_A_STEP}", re.I),
]
# The sentences each pattern runs over: a piece of text every match holds (lower case in the text,
# the "long" and hyphened patterns and "a/an" being case-sensitive), so that the many sentences with
# "today", "Monday" or "years" alone are not read four times. A unit after a space is what the
# case-blind pattern needs; its letters lower one for one, as UNIT_ANCHOR's do.
_LONG_ANCHOR = tuple(unit + joiner + "long" for unit in ("day", "week", "month", "year", "decade") for joiner in "- ")
_HYPHEN_ANCHOR = tuple("-" + unit for unit in ("day", "week", "month", "year", "decade", "century", "hour", "minute", "night"))
_SPACED_ANCHOR = tuple(" " + unit for unit in ("day", "week", "month", "year", "decade", "centur"))
_ONE_UNIT_ANCHOR = tuple(article + " " + unit for article in ("a", "an") for unit in ("day", "week", "month", "year", "decade", "century"))
# "over the past year": case-blind, so its words count only where the lowered text holds every case (AtWordStart).
_PAST_UNIT_ANCHOR = AtWordStart(UNIT_ANCHOR, ("the past", "the last", "the previous"))
_VAGUE_ANCHOR = ("few ", "several ", "couple ", "hundreds of ")
_ONE_WORD_ANCHOR = tuple(unit + "long" for unit in ("day", "week", "month", "year"))
_WEIGHT_ANCHOR = (" long ", " full ", " whole ", " straight ", " consecutive ", '"', "“")
_ANCHORS = (_SPACED_ANCHOR + _SHORT, _LONG_ANCHOR, _HYPHEN_ANCHOR, _SPACED_ANCHOR, _ONE_UNIT_ANCHOR, _SHORT, _PAST_UNIT_ANCHOR,
            _VAGUE_ANCHOR, _ONE_UNIT_ANCHOR, _ONE_WORD_ANCHOR, _WEIGHT_ANCHOR)
# The span of units a word without a figure allows: wide, so that "a few weeks" and "a month" agree.
_VAGUE_SPAN = {"few": (2.0, 6.0), "several": (2.0, 9.0), "couple": (2.0, 3.0), "hundreds": (100.0, 999.0)}


def extract(page: Page) -> list[DurationClaim]:
    claims: dict[tuple[int, int], DurationClaim] = {}
    stated = SpanSet()
    for pattern, anchor in zip(PATTERNS, _ANCHORS, strict=True):
        for match in page.finditer(pattern, anchor):
            span = _claim_span(match)
            if span in claims or not page.is_free(*span) or stated.overlaps(*span):
                continue
            value = _stated(match)
            if value is None and match.groupdict().get("unit2") and not_a_length(match):
                stated.add(*span)  # an age or a game clock in two units: no part of it a length
            if value is not None:
                span = _with_alternative(page.text, span, value)
                _hedge_and_anchor(page, span, value)
                stated.add(*span)
                subject = _subject(page, match, span)
                frame = duration_frame(page.text, page.sentence_at(span[0]), span, subject)
                if _owned(page.text, span, page.sentence_at(span[0])[1]) and subject:
                    frame.event = subject.split()[0].lower()  # the notice's length, not the strike's: "ten days' notice"
                if value.anchor:
                    frame.scope = "anchored"  # "two years after X": a derived check's business, not a length to compare
                _date_occasion(page, span, value, frame)
                claims[span] = DurationClaim(value=value, frame=frame, **claim_fields(page, "duration", *span, subject))
    for found in page.day_ranges:
        if page.full:
            break
        value = found.value
        days = (value.end - value.start).days + 1
        sentence_start, sentence_end = page.sentence_at(found.start)
        subject = date_subject(page.text, sentence_start, sentence_end, found.start, found.end)
        claims[(found.start, found.end)] = DurationClaim(
            value=DurationValue(min_days=days, max_days=days, amount=days, unit="day", basis="range",
                                range_start=value.start, range_end=value.end),
            frame=duration_frame(page.text, (sentence_start, sentence_end), (found.start, found.end), subject),
            **claim_fields(page, "duration", found.start, found.end, subject))
    for start, end in claims:
        page.take(start, end)
    return [claims[span] for span in sorted(claims)]


def _hedge_and_anchor(page: Page, span: tuple[int, int], value: DurationValue) -> None:
    if not page.text.startswith(("the ", "The "), span[0]):  # "over the past year" is during it
        _hedge(page.text[max(0, span[0] - 24):span[0]], value)
    if value.unit not in _SHORT and value.amount is not None:  # "17 hours after the attack": no date is that precise
        _anchor(page, span, value)


_AFTER = re.compile(r"\s+(?P<word>after|since)\s+(?P<what>[^,.;:]{3,120})")
_PAST = re.compile(r"\b(?:over|in|for|during|throughout)\s+the\s+(?:past|last)\s*$", re.I)
# "banned for four years after testing positive", "closed for two days after the crash": a term
# that starts at X and runs its length, not the time from X to the article's day ("empty for 20
# years since X" still runs to now).
_TERM = re.compile(r"\bfor\s+(?:(?:about|around|roughly|nearly|almost|more\s+than|over|up\s+to|at\s+least|another|"
                   r"a\s+further)\s+)?$", re.I)


# The occasion a length is of, dated right after it: "a three-day trip in September 2012", "the
# two-week strike of 2019" (not "sentenced to 12 years for the 2019 killing": that date is the crime's).
_OCCASION_THEN = re.compile(r"[\s-]*(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:to\s+[A-Z][\w'’-]*\s+)?(?:in|of)\s+(?:the\s+)?$")


# A time named just before, its "when" clause holding the length: "the longest final since 2015, when the match lasted
# three hours and 40 minutes" (that year's match).
_WHEN_THEN = re.compile(r",?\s+when\s+[^,;:.]{0,80}")


def _date_occasion(page: Page, span: tuple[int, int], value: DurationValue, frame: Frame) -> None:
    """"Benedict XVI's three-day trip in September 2012", "since 2015, when the match lasted three hours":
    an earlier occasion's length, history."""
    if frame.when is None and not value.anchor and any(
            span[1] <= date.start <= span[1] + 40 and _OCCASION_THEN.fullmatch(page.text, span[1], date.start)
            or span[0] - 90 <= date.end <= span[0] and _WHEN_THEN.fullmatch(page.text, date.end, span[0]) for date in page.dates):
        frame.when = past_time(page, span)


def _anchor(page: Page, span: tuple[int, int], value: DurationValue) -> None:
    """Note what a duration runs from, so the comparer can check it against the claims it depends on."""
    text = page.text
    sentence_start, sentence_end = page.sentence_at(span[0])
    after = _AFTER.match(text, span[1], sentence_end)
    if after and not (after["word"] == "after" and _TERM.search(text, max(sentence_start, span[0] - 30), span[0])):
        value.anchor = after["word"]
        value.anchor_text = " ".join(after["what"].split()[:12])
        since_date = next((d for d in page.dates if after.start("what") <= d.start < after.end("what")), None)
        value.anchor_claim = since_date.id if since_date else None
    elif _PAST.search(text[max(sentence_start, span[0] - 40):span[0]]) or text[span[0]:span[1]].lower().startswith("the past"):
        value.anchor = "past"
        value.anchor_claim = _date_before(page, span[0], sentence_start)


def _date_before(page: Page, position: int, sentence_start: int) -> str | None:
    """The last year-or-finer date before the duration in its sentence (the sentence before may date
    anything: "over the past year" runs from a date its own sentence gives, or from none)."""
    candidates = [d for d in page.dates if sentence_start <= d.start < position and d.value.start is not None
                  and d.value.granularity in ("day", "month", "year")]
    return candidates[-1].id if candidates else None


_MORE = re.compile(r"\b(?:more than|over|at least|upwards of|longer than|just over|a little over)\s+$", re.I)
_LESS = re.compile(r"\b(?:less than|under|within|up to|no more than|just under|fewer than|barely)\s+$", re.I)
_ABOUT = re.compile(r"\b(?:about|around|roughly|some|approximately|nearly|almost|close to)\s+$", re.I)


def _hedge(before: str, value: DurationValue) -> None:
    """"more than a week", "within a month", "nearly three weeks": the length the words allow, so
    that "less than a month" and "three weeks" never read as a contradiction."""
    if _MORE.search(before):
        value.max_days = value.max_days * 10
    elif _LESS.search(before):
        value.min_days = 0.0
    elif _ABOUT.search(before):
        value.min_days, value.max_days = value.min_days * 0.75, value.max_days * 1.25


# The first of two amounts of one unit: "two or three weeks", "10 to 12 days".
_FIRST_AMOUNT = re.compile(rf"\b(?P<first>\d+|{NUMBER_WORD})\s+(?:or|to)\s+$", re.I)


def _with_alternative(text: str, span: tuple[int, int], value: DurationValue) -> tuple[int, int]:
    """"two or three weeks" is one length from two to three weeks, not "three weeks" (which "two weeks"
    elsewhere would contradict): the span and the value take the first amount in."""
    found = _FIRST_AMOUNT.search(text, max(0, span[0] - 24), span[0])
    first = parse_number(found["first"].lower()) if found and value.amount else None
    if not first or first >= value.amount:
        return span
    value.min_days, value.amount = value.min_days * first / value.amount, None  # told as written, like "a few weeks"
    return found.start(), span[1]


def _claim_span(match: re.Match[str]) -> tuple[int, int]:
    groups = match.groupdict()
    start = match.start("amount") if groups.get("amount") else match.start("phrase") if groups.get("phrase") else match.start()
    return start, match.end()


def _stated(match: re.Match[str]) -> DurationValue | None:
    groups = match.groupdict()
    if groups.get("unit2"):
        return compound_length(match)
    unit = (groups.get("unit") or groups.get("adj") or "").lower()
    unit = "century" if unit.startswith("centur") else unit
    word = (groups.get("amount") or "one").lower()
    vague = next((span for key, span in _VAGUE_SPAN.items() if key in word), None)
    if vague is not None and unit in UNIT_DAYS_RANGE:  # "a few weeks": no amount, and never a derived check's
        low, high = UNIT_DAYS_RANGE[unit]
        if unit in ("second", "minute"):
            low, high = low / 4, high * 4
        return DurationValue(min_days=vague[0] * low, max_days=vague[1] * high, amount=None, unit=unit, basis="stated")
    if unit in _SHORT and word in ("a", "an") and not re.search(r"(?:for|within|after|than|about|nearly|almost|"
                                                               r"around|took|lasted|spent)\s+$", match.string[max(0, match.start() - 12):match.start()], re.I):
        return None  # "an hour" alone may be a rate ("60 miles an hour", "twice a night")
    if unit == "second" and not (match.group().lower().endswith("s") and word not in ("a", "an")):
        return None  # "a second time", "the second day": an ordinal, not a second
    amount = 1.0 if word in ("a", "an", "one") else parse_number(word)
    if not amount or unit not in UNIT_DAYS_RANGE:
        return None
    low, high = UNIT_DAYS_RANGE[unit]
    if unit in ("second", "minute"):
        low, high = low / 4, high * 4  # "shook for 15 seconds", "for a minute": a witness's guess, never exact
    return DurationValue(min_days=amount * low, max_days=amount * high, amount=amount, unit=unit, basis="stated")


def _owned(text: str, span: tuple[int, int], sentence_end: int) -> re.Match[str] | None:
    """The noun a length owns: "ten days' notice", "two weeks' pay", "two weeks' holiday"."""
    owned = re.match(r"['’]s?\s+((?:[A-Za-z][\w-]*\s*){1,3})", text[span[1]:sentence_end])
    return owned if owned and text[span[1] - 1:span[1]].isalpha() else None


def _subject(page: Page, match: re.Match[str], span: tuple[int, int]) -> str:
    """A "two-day state visit" measures the visit; "for three days" measures what its clause says."""
    text = page.text
    sentence_start, sentence_end = page.sentence_at(span[0])
    following = re.match(r"[\s-]+((?:[A-Za-z][\w-]*\s*){1,3})", text[span[1]:sentence_end])
    owned = _owned(text, span, sentence_end)
    if owned:
        following = owned  # "ten days' notice", "two weeks' pay": the length of the notice, not of the clause's act
    if (owned or re.search(r"[- ]long$|-(?:day|week|month|year|decade|century)$", text[span[0]:span[1]])) and following:
        words = []
        for word in following.group(1).split():
            if word.lower() in STOP_WORDS:
                break
            words.append(word)
        if words:
            return " ".join(words)
    return date_subject(text, sentence_start, sentence_end, *span) or clause_subject(text, sentence_start, sentence_end, *span)
