"""Vague references to time: "now", "currently", "recently", "in the past", "the near future",
"in recent years", "years ago", "in the coming weeks".

TimeML marks them as dates with the values PRESENT_REF, PAST_REF and FUTURE_REF, and any tool
that is compared with TimeML output must find them. They name no interval and no editor compares
them across outlets, so they are no claims: the span is taken (no other extractor reads "now"
again) and the expression is kept on the page for ``extract_time_expressions``, unplaced. Words that only sound temporal ("former", "soon", "previously", "current account")
are left alone: TimeML's guidelines do not mark them as dates.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..models import DateValue
from .base import AtWordStart
from .date_base import DateMatch

if TYPE_CHECKING:
    from .base import Page

_UNITS = r"(?:days|weeks|months|years|decades)"
_FEW = r"(?i:a few|a couple of|several|some|many|a number of)"
# The past/future as a noun, never "the past week" or "the past two years" (those are durations).
_NOT_A_LENGTH = r"(?![- ](?:\d|few|several|couple|two|three|four|five|six|seven|eight|nine|ten|twelve|"\
                r"fifteen|twenty|thirty|forty|fifty|hundred|dozen|day|days|week|weeks|month|months|year|years|"\
                r"decade|decades|century|centuries|quarter|season|night|hour|hours|weekend|tense|participle)\b)"
_VAGUE = re.compile(
    rf"\b(?:(?P<present>[Rr]ight now|[Nn]ow|[Cc]urrently|[Nn]owadays|(?<=[Aa]t )the moment|(?<=[Aa]t )present(?![- ]day)|"
    rf"[Tt]hese days|(?<=[Ff]or )the time being)"
    rf"|(?P<past>[Rr]ecently(?! as\b)|[Ll]ately|(?<=[Ii]n )the (?:distant |recent )?past{_NOT_A_LENGTH}|"
    rf"[Rr]ecent {_UNITS}|(?:{_FEW} )?{_UNITS} ago|(?:some time|long) ago)"
    rf"|(?P<future>(?<=[Ii]n )the (?:near |distant |not-too-distant |not too distant )?future|"
    rf"(?:the )?coming {_UNITS}|the {_UNITS} ahead))\b(?![-'’])")
# "now", "current", "present" and "coming" are inside many words ("known", "represent", "becoming"):
# they are looked for with what may stand before a word (the pattern wants a word boundary there),
# so a sentence is read only when it may hold one.
_BEFORE_A_WORD = (" ", "\n", '"', "“", "'", "‘", "(", "[", "—", "–", "-", "/")
_ANCHORS = (*(before + word for word in ("now", "current", "present", "coming") for before in _BEFORE_A_WORD),
            "recent", "lately", "the past", "these days", "the moment", "future", " ago", "ahead", "time being")
# Of those sentences, the ones where a word every match holds starts a word ("coming weeks", not
# "becoming" or "in the coming period"): the same matches, with far fewer sentences read.
_WORD_STARTS = AtWordStart(_ANCHORS, ("now", "currently", "the moment", "present", "these days", "time being", "recent",
                                      "lately", "the past", "distant past", "ago", "future",
                                      *(f"coming {unit}" for unit in ("days", "weeks", "months", "years", "decades")),
                                      *(f"{unit} ahead" for unit in ("days", "weeks", "months", "years", "decades"))))
# "now" that is no time: "now-defunct" is kept out by the pattern; these are names and phrasings.
_NOT_NOW = re.compile(r"(?:\b(?:Now|NOW)\s+(?:[A-Z]|TV|Magazine)|\bno\s+$)")


def find(page: "Page") -> Iterator["DateMatch"]:
    for match in page.finditer(_VAGUE, _WORD_STARTS):
        if not page.is_free(*match.span()):
            continue
        if match["present"] and match.group() in ("Now", "now") and (
                _NOT_NOW.match(page.text, match.start()) or _NOT_NOW.search(page.text[max(0, match.start() - 4):match.start()])):
            continue
        ref = "PRESENT_REF" if match["present"] else "PAST_REF" if match["past"] else "FUTURE_REF"
        side = {"PRESENT_REF": "the time of writing", "PAST_REF": "some time before the time of writing",
                "FUTURE_REF": "some time after the time of writing"}[ref]
        value = DateValue(start=None, end=None, granularity="day", resolution="unresolved", timex=ref,
                          note=f"{match.group()}: {side}, no date (a vague reference never conflicts)")
        yield DateMatch(*match.span(), value, vague=True)
