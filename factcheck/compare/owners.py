"""Two owners of one kind of figure that the frame reads as one.

Whose forecast it is: "Analysts had expected an operating profit of 410 million euros" is the
market's consensus, "The company now expects operating profit of about 1.6 billion euros" the
company's own guidance; two such forecasts are two sides' figures, not one fact told two ways
(two analysts' consensus figures, or two tellings of the guidance, still meet). Nor is a forecast
for a later time ("expects inflation to rise to 4.1 per cent by the spring") one for the time the
news is about ("The central bank had forecast 3.8 percent").

Which part of a group a measure is of: "Tarnair Cargo's profit fell by 31 per cent" is a unit's,
"Tarnair's operating profit fell 18 percent" the group's; a name that is another name with a
word added (not a company form such as "Group" or "Holdings") owns another measure.

Whose figure a roundup sentence gives: "Harbor Bank's profit rose 17 percent, while Tarnvik
Savings's rose 4 percent" tells two owners' figures, each its own owner's, and a place that grows
("Tarnvik grew 0.7 per cent", "Varsk grew 0.3 percent") is that place's economy. Such a
figure names what it is of, like a holder: it is not set against a figure whose sentence does not
name the same owner or place (compare.py's rule for named and unnamed figures), while the same
owner named on both sides still meets."""
from __future__ import annotations

import re

from ..extract.frame_words import COMMON_CAPITALISED, INITIALS
from ..extract.lemmas import is_known
from ..models import ClaimBase

# The forecaster before a forecast's verb: "Analysts had expected", "The company now expects".
_FORECASTER = re.compile(r"(?P<who>[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s+(?:(?:had|have|has|now|also|still|had\s+been|"
                         r"were|was|are|is)\s+)*(?:expect(?:s|ed|ing)?|forecast(?:s|ed|ing)?|predict(?:s|ed|ing)?|"
                         r"project(?:s|ed|ing)?|estimat(?:es|ed|ing))\b[^.;]*$", re.I)
# Who forecasts from outside: the market's consensus, not the company's or the government's own word.
_OUTSIDE = frozenset("analysts analyst economists economist forecasters consensus traders investors markets market "
                     "experts observers polled strategists".split())
_SUBJECT_PRONOUNS = frozenset("it he she they we".split())
# The owner of a measure named right before it: "Tarnair Cargo's profit", "Tarnair profit falls 18%".
_OWNER = re.compile(r"(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*?)(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?"
                    r"(?:profit|profits|revenue|revenues|sales|earnings|income|loss|losses|margin|output|costs)\b")
# Words a company's name carries in full that name no other part of it.
_COMPANY_FORMS = frozenset("group holdings holding inc corp corporation co company companies ag se plc ltd limited sa nv "
                           "motor motors international industries global the".split())


_POSSESSIVE = re.compile(r"(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)['’]s\b")
_NOT_OWNERS = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December Today Yesterday The This That Last Next""".split())
# A place that grows or shrinks, right before the figure: "Tarnvik grew 0.7 per cent".
_PLACE_GREW = re.compile(r"(?:^|[,;]\s+(?:and\s+|while\s+|but\s+)?|\band\s+|\bwhile\s+)(?:the\s+)?(?P<who>[A-Z][\w'’-]+"
                         r"(?:\s+[A-Z][\w'’-]+)*)\s+(?:also\s+|only\s+)?(?:grew|shrank|contracted|expanded)\s+(?:by\s+)?"
                         r"(?:(?:about|around|nearly|almost|roughly|just|only)\s+)?$")


_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
# The time a forecast is for, after its figure: "4.1 per cent by the spring", "to peak at 4.1 percent in April".
_FORECAST_FOR = re.compile(r"\s*(?:percent|per\s+cent|%)?\s*(?:[\w-]+\s+){0,3}?(?:by|in|for|until|through)\s+(?:the\s+)?"
                           rf"(?P<when>autumn|spring|summer|winter|fall|end\s+of\s+\w+|(?:{_MONTH_NAMES})\b|next\s+\w+|"
                           r"(?:19|20)\d\d|the\s+(?:first|second|third|fourth)\s+quarter)", re.I)


def _forecast_for(claim: ClaimBase) -> str | None:
    at = claim.sentence.find(claim.text)
    found = _FORECAST_FOR.match(claim.sentence, at + len(claim.text)) if at >= 0 else None
    return found["when"].lower() if found else None


def _named_owner(claim: ClaimBase) -> str | None:
    """The owner a roundup sentence gives the figure, or the place whose growth it is."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    grew = _PLACE_GREW.search(claim.sentence[:at])
    if grew and _a_place(grew["who"], claim.sentence):
        return grew["who"]
    owners = [found for found in _POSSESSIVE.finditer(claim.sentence) if found["owner"] not in _NOT_OWNERS]
    if len({found["owner"] for found in owners}) < 2:
        return None
    before = [found for found in owners if found.end() <= at]
    return before[-1]["owner"] if before else None


def _a_place(who: str, sentence: str) -> bool:
    """"Tarnvik" or "the Harbor Islands", not "GDP" or a common noun capitalised to open the sentence ("Output")."""
    words = who.split()
    if who in _NOT_OWNERS or any(word in INITIALS or word in COMMON_CAPITALISED for word in words):
        return False
    return not (len(words) == 1 and sentence.lstrip(" \"“'‘(").startswith(who) and is_known(who.lower()))


def _outside_forecast(claim: ClaimBase) -> bool | None:
    if "forecast" not in (claim.frame.scope or "").split("+"):
        return None
    at = claim.sentence.find(claim.text)
    found = _FORECASTER.search(claim.sentence[:max(at, 0)])
    if found is None:
        return None
    words = [word.lower() for word in found["who"].split()]
    pronouns = [at for at, word in enumerate(words) if word in _SUBJECT_PRONOUNS]
    # "The company told analysts it now expects": the pronoun is who forecasts, the words before it whom it told
    return bool(_OUTSIDE.intersection(words[pronouns[-1] + 1:] if pronouns else words))


def _owner(claim: ClaimBase) -> list[str] | None:
    at = claim.sentence.find(claim.text)
    owners = list(_OWNER.finditer(claim.sentence[:max(at, 0)]))
    return owners[-1]["owner"].lower().split() if owners else None


def _unit_of(one: list[str] | None, other: list[str] | None) -> bool:
    """"tarnair cargo" against "tarnair": the same name with a word that is no company form added."""
    if not one or not other or len(one) <= len(other) or one[:len(other)] != other:
        return False
    return not set(one[len(other):]) <= _COMPANY_FORMS


def owners_apart(one: ClaimBase, other: ClaimBase) -> bool:
    first, second = _outside_forecast(one), _outside_forecast(other)
    if first is not None and second is not None and first != second:
        return True  # "Analysts had expected $410 million" / "The company now expects about $1.6 billion"
    if "forecast" in (one.frame.scope or "") and "forecast" in (other.frame.scope or "") \
            and _forecast_for(one) != _forecast_for(other):
        return True  # "expects inflation to rise to 4.1 per cent by the spring" / "had forecast 3.8 percent"
    owner, other_owner = _owner(one), _owner(other)
    if _unit_of(owner, other_owner) or _unit_of(other_owner, owner):
        return True
    return any((who := _named_owner(first)) is not None and who not in second.sentence
               for first, second in ((one, other), (other, one)))
