"""Tense words that tense.py weighs, kept apart so that it stays small.

"told reporters on Tuesday she would veto the bill": a reporting verb with its object binds the
date after them, as "said on Tuesday" does, before the "would" of what was said.
"a Democrat seeking a second term in November", "who is running for re-election in May": an office
sought is sought at an election still to come.
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
