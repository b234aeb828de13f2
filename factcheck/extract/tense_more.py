"""Tense words that tense.py weighs, kept apart so that it stays small.

"told reporters on Tuesday she would veto the bill": a reporting verb with its object binds the
date after them, as "said on Tuesday" does, before the "would" of what was said.
"a Democrat seeking a second term in November", "who is running for re-election in May": an office
sought is sought at an election still to come.
"lifted the price cap to £1,777 a year from October": a new level in force from a month, which a
past announcement may put either side of the telling (the nearest such month).
"""
from __future__ import annotations

import re

# The clock time a set date may carry: "moved to 3 p.m. on Friday"
CLOCK = r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midday)\s+(?:on\s+)?)?$"
# "The deadline was extended to March 31", "voted to extend the deadline to Oct. 15", "the talks were moved
# to Friday": a date moved to lies ahead of the moving (a weekday ahead; a month's day the nearest, since the
# moving may be told late)
EXTENDED = re.compile(r"\b(?:extend(?:ed|s|ing)?|mov(?:ed|e|es|ing)|brought forward|bring forward|put back|push(?:ed|es)? back|postpon(?:ed|es?))\s+"
                      r"(?:(?:the|a|an|its|their|his|her|this)\s+(?:[\w-]+\s+){0,2}?(?:deadline|date|vote|hearing|trial|launch|closure|ban|"
                      r"freeze|consultation|offer|talks|meeting|election|scheme|programme|program)\s+)?(?:to|until|till)\s+" + CLOCK, re.I)
_REPORTED = re.compile(r"(?:said|told|announced|confirmed|reported|disclosed|revealed|wrote|added)", re.I)
# "told reporters on", "said in a statement on", "told the BBC on", "announced in a filing on"
_OBJECT_ON = re.compile(r"\s+(?:(?:in|to)\s+)?(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w'’.-]+\s+){0,2}(?:on|in|at)\s+")
_SEEKING = re.compile(r"\b(?:seek(?:s|ing)?|running for|runs? for|vying for|bidding for|campaigning for|standing for|stands for)\s+"
                      r"(?:(?:a|an|the|his|her|their)\s+)?(?:(?:second|third|fourth|fifth|new|fresh|full|four-year|two-year|six-year)\s+)?"
                      r"(?:term|re-?election|office|seat|presidency|nomination)\s+(?:in\s+|on\s+|at\s+)?$", re.I)


def told_on(verb: str, gap: str) -> bool:
    """A reporting verb whose object stands between it and the date's "on" ("told reporters on")."""
    return bool(_REPORTED.fullmatch(verb)) and bool(_OBJECT_ON.fullmatch(gap))


def sought_ahead(text: str, sentence_start: int, start: int) -> bool:
    """"seeking a second term in November": the election the office is sought at is ahead."""
    return bool(_SEEKING.search(text, max(sentence_start, start - 60), start))


# A new level ("to £1,777 a year", "to 4.5%", "to $12 an hour") in force from a month; not a range's start.
_IN_FORCE_FROM = re.compile(r"\bto\s+(?:about\s+|around\s+)?[$€£]?\s?\d[\d.,]*\s*(?:%|per\s*cent|percent|[mb]n|million|billion|"
                            r"pence|p|cents?|euros?|pounds?|dollars?)?(?:\s+(?:a|an|per)\s+(?:year|month|week|day|hour|head))?\s+from\s+$", re.I)
_RANGE_AFTER = re.compile(r"\s*(?:to|until|till|through|and|-|–)\s", re.I)


# Acts that set a level ("lifted the cap", "raised fees"), not a market's move ("rose to 4.1% from March": a base).
_SET_LEVEL = re.compile(r"\b(?:lift|rais|cut|lower|increas|reduc|set|freez|hik|trim|slash|capp)\w*\s", re.I)


def in_force_from(text: str, start: int, end: int) -> bool:
    """"raised the rate to 4.5% from April": the month a new level takes effect, either side of a past telling."""
    found = _IN_FORCE_FROM.search(text, max(0, start - 80), start)
    return bool(found) and not _RANGE_AFTER.match(text, end) and bool(_SET_LEVEL.search(text, max(0, start - 80), found.start()))


# A start told as such: "a levy of £2 a head, starting on 3 May", "effective from 1 April", "beginning in October".
_STARTING = re.compile(r"\b(?:starting|beginning|commencing|effective|taking\s+effect|coming\s+into\s+force|with\s+effect)"
                       r"\s+(?:(?:on|from|in)\s+)?(?:the\s+)?$", re.I)


def starting_on(text: str, start: int) -> bool:
    """"agreed on Tuesday to bring in a parking levy, starting on 3 May": the day something starts,
    which a past decision may put either side of the telling (the nearest such day)."""
    return bool(_STARTING.search(text, max(0, start - 40), start))


# "fixed August 14 as the record date", "set March 31 as the deadline": a day set as a date lies ahead of the setting
# (a month's day the nearest, like "would": the setting may be told late)
_AS_DATE = re.compile(r"\s+as\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:date|deadline|day)\b", re.I)
_FIXING = re.compile(r"\b(?:set|sets|fixed|fixes|fix|named|names|chose|chosen|picked|designated|earmarked)\s+$", re.I)


def set_as_date(text: str, start: int, end: int) -> bool:
    return bool(_FIXING.search(text, max(0, start - 16), start)) and bool(_AS_DATE.match(text, end))
