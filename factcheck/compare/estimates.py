"""Two figures that are two sources' estimates, two people's terms, or figures of two times, groups
or places, told in words the frame does not keep (called by apart.told_apart, beside aspects.py):
- a crowd counted by two sayers: "Police said 45,000 people marched" / "Organisers said 120,000
  marched", "210,000, according to the interior ministry" / "600,000, unions said" (a crowd's
  size is an estimate of its sayer; the same sayer's two figures still disagree);
- a prison term of one person and of another: "Sven Rask was sentenced to three years" / "Erik
  Dahl was sentenced to eight years" (a duration's frame keeps no holder);
- two months or two days: "added 157,000 jobs in July" / "added 187,000 jobs in August" (the
  figures, and the dates when the figures differ: "25 percent of trains ran on Friday" / "20
  percent ran on Saturday"); a year that opens the sentence of a sum ("Next year the government
  will spend"); a past time on one side only ("won 80 seats in 2016", "61 percent four years
  ago", "$1.1 billion for the year"); figures given on two days ("officials said on Monday");
- a part on one side only: a group that opens the sentence ("Among men, approval was 27
  percent"), "in February alone", one place against the whole country ("Unemployment in
  Tarnvik" / "Unemployment ... nationally")."""
from __future__ import annotations

import re

from ..extract.frame_words import COMMON_CAPITALISED
from ..models import ClaimBase
from .aspects import _OPENING_SUBJECT, text_before
from .last_month import last_month_and_month
from .same_time import one_past
from .thing_words import base_told_after

# Verbs that tell how many people turned out: a crowd's size.
_CROWD = re.compile(r"\b(?:marched|march|protested|protest|rallied|demonstrated|took part|taking part|take part|joined|"
                    r"turned out|gathered|attended|walked out|walked off)\b", re.I)
_SAYER_NAME = r"(?P<who>(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)"
_SAYER = (
    re.compile(r"\baccording to\s+(?:the\s+)?(?P<who>[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)(?=\s*[,.;]|\s*$)", re.I),
    re.compile(rf"(?:^|[,;:]\s*){_SAYER_NAME}\s+(?:said|say|says|estimated|estimate|estimates|claimed|claim|claims|counted|"
               r"count|counts|put)\b"),
    re.compile(rf",\s+{_SAYER_NAME}\s+(?:said|say|says|estimated|claimed|counted)\s*[.;]?\s*$"),
)
# Who a prison term is of: the name right before "was sentenced to", "received", "to" in a list,
# or "sentenced <name> to" ("Erik Dahl, who was sentenced to eight years", "and Sven Rask to three years").
_TERM_OF = re.compile(r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)(?:,[^,.;]{1,40},)?,?\s+(?:who\s+)?"
                      r"(?:(?:was|were|has been|had been|is)\s+)?(?:also\s+)?"
                      r"(?:(?:sentenced|jailed|given|handed|got|gets|received|receives)\s+)?(?:to\s+)?(?:a\s+)?$")
_NOT_NAMES = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
August September October November December The A An He She They It His Her Their""".split())
# The figure a month's date belongs to: "added 157,000 jobs in July", "was 5.8 percent in October".
_MONTHS = "January February March April May June July August September October November December".split()
# The month a figure is told of, after it in its clause: "added 157,000 jobs in July".
_MONTH_AFTER = re.compile(r"[^,;]{0,40}?\b(?:in|during|for)\s+(?P<month>" + "|".join(_MONTHS) + r")\b")
# A time before the news told after a figure, or a whole year's: "won 80 seats in 2016", "61 percent
# four years ago", "had infected 61 people a week ago", "a net loss of $1.1 billion for the year".
_PAST_AFTER = re.compile(r"[^,;]{0,60}?\b(?P<when>(?:\w+|a|an)\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:ago|earlier)|"
                         r"last\s+(?:year|month|week|time)|in\s+(?:(?:January|February|March|April|May|June|July|August|"
                         r"September|October|November|December)\s+)?(?:19|20)\d\d|for\s+the\s+(?:full\s+|whole\s+)?year|"
                         r"at\s+the\s+(?:last|previous)\s+\w+)\b")
_SHARE_BETWEEN = re.compile(r"^(?P<head>[^,;]{0,30}),\s+or\s+[^,;]{1,50},\s*")
# The day a figure was given: "officials said on Monday" (a toll told on two days may have been updated).
_SAID_DAY = re.compile(r"\b(?:said|says|told\s+reporters|reported)\s+(?:on\s+|late\s+on\s+)?(?P<day>Monday|Tuesday|Wednesday|"
                       r"Thursday|Friday|Saturday|Sunday)\b")
# "in February alone", "in Lorvik alone", "on Saturday alone": a part, after the figure in its clause.
_ALONE = re.compile(r"[^,;.]{0,40}?\balone\b")
# A treatment alone is a trial's arm ("compared with 41 percent on chemotherapy alone"), not a part.
_TREATED_ALONE = re.compile(r"\s+(?:of\s+(?:those|patients|people)\s+)?(?:on|with|taking|given|receiving|who\s+(?:had|got|took|received))\s+"
                            r"(?:[\w-]+\s+){1,2}alone\b", re.I)
# A thing told of one place ("Unemployment in Tarnvik") and the same thing told of the whole country.
_IN_PLACE = re.compile(r"(?P<thing>[A-Za-z][\w\s'’-]*?)\s+(?:in|across)\s+[A-Z]")
_WIDE_THING = re.compile(r"(?P<thing>[A-Za-z][\w\s'’-]*?)\s+(?:nationally|nationwide|worldwide|globally)$")
# Figures told across several places ("in 14 countries") and of one named place ("in the United States").
_SPREAD = re.compile(r"[^,;.]{0,40}?\b(?:in|across)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens\s+of)\s+"
                     r"(?:countries|cities|states|regions|provinces|towns|nations|sites|hospitals|centres|centers)\b")
_ONE_PLACE = re.compile(r"[^,;.]{0,40}?\b(?:in|across)\s+(?:the\s+)?[A-Z][\w'’-]*")
# How many doses a result is told of: "after two doses", "One dose was 52 percent effective".
_DOSES = re.compile(r"\b(?P<n>one|two|three|four|a single|single|\d+)\s+(?:doses?|shots?|jabs?|injections?)\b", re.I)
_FIGURE_IN = re.compile(r"(?P<figure>\d[\d,.]*)(?:\s*%|\s+[\w'’-]+){0,6}?\s+(?:in|during|for|on)\s+$")
# A period that opens the sentence and sets the time of all its figures: "Next year the government will
# spend 3.5 billion euros", "In 2019, Norvex paid $1 billion".
_OPENING_PERIOD = re.compile(r"(?:(?:This|Next|Last)\s+(?:year|month|week|quarter|season)|In\s+(?:19|20)\d\d)\b,?\s+")
_FIRST_FIGURE = re.compile(r"\d[\d,.]*\d|\d")
# A group a share or a count is told of, opening its sentence: "Among men, approval was 27 percent".
_AMONG = re.compile(r"(?:Among|For)\s+(?P<who>[^,.;]{1,40}),")


# A person named in full, then "who" or "he"/"she" as the subject of the figure's verb: "said retired
# teacher Tom Smith, 67, of Tarnvik, who lost about $250,000", "Ann Lee, 71, told the judge she had lost".
_PERSON_THEN = re.compile(r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)[^.;:]{0,60}?\b(?:who|he|she)\s+"
                          r"(?:had\s+|has\s+|have\s+|also\s+)?[a-z]+\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|"
                          r"roughly\s+|more than\s+|less than\s+|up to\s+|at least\s+)?$")


def another_telling(one: ClaimBase, other: ClaimBase) -> bool:
    """Whether two figures are two sayers' crowd counts, two people's terms, or figures of two
    times, groups or places (see the module)."""
    if one.kind != other.kind:
        return False
    if one.kind in ("count", "percent", "money") and (_times_apart(one, other) or _parts_apart(one, other)):
        return True
    if one.kind in ("money", "percent") and _segment(one) != _segment(other):
        return True  # "Revenue from the cloud unit climbed 42 percent" / "Revenue grew 18 percent"
    if one.kind in ("money", "count") and (_member_of(one, other) or _member_of(other, one)):
        return True  # "Donors pledged $6.3 billion" / "The EU pledged $2.8 billion"
    if one.kind == "count" and _another_season(one) != _another_season(other):
        return True  # "nine league goals in his first season" / "27 league goals this season"
    if one.kind in ("count", "money") and _two_people(one, other):
        return True  # "Tom Smith, 67, who lost about $250,000" / "Ann Lee told the judge she had lost $410,000"
    if one.kind == "count":
        return _crowd(one) and _crowd(other) and _apart(_sayer(one), _sayer(other))
    if one.kind == "duration":
        return _apart(_term_of(one), _term_of(other))
    if one.kind == "date":
        first, second = _figure_of(one), _figure_of(other)
        return first is not None and second is not None and first != second
    return False


# A part of a company its figure is told of, in the figure's clause before it: "Revenue from the cloud
# unit climbed 42 percent", "Sales at its hardware division fell 3 percent".
_SEGMENT = re.compile(r"\b(?:from|at|in|of|for)\s+(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
                      r"(?:unit|units|division|divisions|business|businesses|segment|segments|arm|subsidiary|branch)\b", re.I)
# Plural nouns for the many who give, buy or pay together: "Donors pledged $6.3 billion" is all of
# them, "The EU pledged $2.8 billion" one of them.
_MANY = frozenset("donors countries nations governments members states investors lenders banks companies airlines "
                  "shareholders allies creditors buyers".split())


def _member_of(many: ClaimBase, one: ClaimBase) -> bool:
    """A sum or a count told of many ("Donors", "Rich countries") against one named among them ("The EU")."""
    first, second = _OPENING_SUBJECT.search(text_before(many)), _OPENING_SUBJECT.search(text_before(one))
    if first is None or second is None:
        return False
    many_words, one_words = first["who"].split(), second["who"].split()
    return (many_words[-1].lower() in _MANY and one_words[0][:1].isupper() and one_words[0] not in COMMON_CAPITALISED
            and one_words[-1].lower() not in _MANY)


def _segment(claim: ClaimBase) -> bool:
    """Whether a sum or a share is told of a part of the company ("from the cloud unit")."""
    before = text_before(claim)
    return bool(_SEGMENT.search(before[max(before.rfind(mark) for mark in (",", ";", ":")) + 1:]))


# A season other than the one the news is in: "nine goals in his first season", "last season's 12".
_ANOTHER_SEASON = re.compile(r"\b(?:(?:his|her|their|its|the)\s+(?:first|second|third|debut|rookie|previous|final|opening)|"
                             r"last|previous|that|(?:19|20)\d\d(?:[-–]\d{2,4})?)\s+(?:full\s+)?(?:regular\s+)?season\b", re.I)


# The games a statistic was told over, right after it: "27 goals in 46 games".
_IN_GAMES = re.compile(r"^(\s+\w+\s+)in\s+\d+\s+((?:league\s+|straight\s+)?(?:games|matches|appearances|starts|outings))\b", re.I)


def _another_season(claim: ClaimBase) -> bool:
    """Whether a season figure is told of another season than this one (both must be season figures)."""
    at = claim.sentence.find(claim.text)
    if at < 0 or "season" not in (claim.frame.scope or "").split("+"):
        return False
    before = claim.sentence[:at]
    before = before[max(before.rfind(mark) for mark in (",", ";")) + 1:]
    # "57 goals in 46 games ... last season": the games the figure was scored in are read past (another
    # figure's digits stop the window: "27 goals this season and 9 last season")
    after = re.match(r"[^,;\d]{0,60}", _IN_GAMES.sub(r"\1in \2", claim.sentence[at + len(claim.text):], count=1)).group()
    return bool(_ANOTHER_SEASON.search(f"{before} {after}"))  # its own clause: "this season, up from 17.2 last season"


def _person_then(claim: ClaimBase) -> str | None:
    """The family name of the person a figure's "who" or "he"/"she" stands for, named in full before it."""
    at = claim.sentence.find(claim.text)
    found = _PERSON_THEN.search(claim.sentence, max(0, at - 120), at) if at >= 0 else None
    if found is None:
        return None
    words = [word for word in found["who"].split() if word not in _NOT_NAMES]
    return words[-1] if len(words) > 1 else None


def _two_people(one: ClaimBase, other: ClaimBase) -> bool:
    """Figures of two people each named in full, neither named in the other's sentence: what each
    of them lost, earned or paid."""
    first, second = _person_then(one), _person_then(other)
    return (first is not None and second is not None and first != second
            and first not in other.sentence and second not in one.sentence)


def _times_apart(one: ClaimBase, other: ClaimBase) -> bool:
    """Counts, shares or sums of two times: two months, a past time on one side, two days of telling,
    a year opening a sum's sentence."""
    return (_apart(_month_after(one), _month_after(other))
            # "won 80 seats in 2016", "61 percent four years ago", "a loss of $1.1 billion for the year"
            or _one_sided(_past_after(one), _past_after(other)) and not _month_of_year(one, other) and not _month_of_year(other, one)
            and not last_month_and_month(one, other)  # "last month" / "in July": told apart by the article's date (last_month.py)
            and not one_past(one, other)  # "last year" / "in 2024", each read against its article's date
            # "killed 12 people, officials said on Monday" / "15 people, officials said on Wednesday": an update
            or _apart(_said_day(one), _said_day(other))
            # "Next year the government will spend 3.5 billion euros" / "20 billion euros over five years"
            or one.kind == "money" and _one_sided(_opening_period(one), _opening_period(other)))


def _month_of_year(dated: ClaimBase, other: ClaimBase) -> bool:
    """"cut 1,000 jobs in January 2024" / "cut 1,200 jobs in January": one month, told with its year or not."""
    past, month = _past_after(dated), _month_after(other)
    return past is not None and month is not None and past.split()[1:2] == [month]


def _parts_apart(one: ClaimBase, other: ClaimBase) -> bool:
    """A part told on one side: "in February alone", one place against the country or against
    several places, a number of doses, a group that opens the sentence."""
    if _alone(one) != _alone(other):
        return True  # "rose 0.5 percent in February alone": a part of the time or place the other tells
    if one.kind == "money":
        return False
    return (_place_against_wide(one, other) or _place_against_wide(other, one)  # "Unemployment in Tarnvik" / "... nationally"
            or _spread_against_place(one, other) or _spread_against_place(other, one)  # "in 14 countries" / "in the United States"
            or one.kind == "percent" and _one_sided(_doses(one), _doses(other))  # "after two doses" / "One dose was"
            or _one_sided(_among(one), _among(other)))  # "Among men, approval was 27 percent" / "approval fell to 24 percent"


def _apart(one: str | None, other: str | None) -> bool:
    if one is None or other is None:
        return False
    first, second = set(one.lower().split()) - {"the"}, set(other.lower().split()) - {"the"}
    return bool(first) and bool(second) and not (first <= second or second <= first)


def _crowd(claim: ClaimBase) -> bool:
    return bool(_CROWD.search(claim.sentence))


def _sayer(claim: ClaimBase) -> str | None:
    for pattern in _SAYER:
        found = pattern.search(claim.sentence)
        if found:
            return found["who"]
    return None


def _term_of(claim: ClaimBase) -> str | None:
    at = claim.sentence.find(claim.text)
    found = _TERM_OF.search(claim.sentence, max(0, at - 80), at) if at >= 0 else None
    if found is None:
        return None
    words = [word for word in found["who"].split() if word not in _NOT_NAMES]
    return words[-1] if words else None  # the family name: "Dahl" is "Erik Dahl"


def _one_sided(one: str | None, other: str | None) -> bool:
    """Told of a group or period on one side only, or of two different ones."""
    return (one is None) != (other is None) or _apart(one, other)


def _among(claim: ClaimBase) -> str | None:
    found = _AMONG.match(claim.sentence)
    return found["who"] if found else None


def _opening_period(claim: ClaimBase) -> str | None:
    found = _OPENING_PERIOD.match(claim.sentence)
    return found.group().strip(" ,") if found else None


def _figure_of(claim: ClaimBase) -> str | None:
    """The figure a date tells the time of: the one right before "in July" or "on Friday", or the
    first figure of a sentence that the date opens ("This year the government spent 2.9 billion")."""
    if getattr(claim.value, "granularity", None) not in ("day", "month", "quarter", "year"):
        return None
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    if _OPENING_PERIOD.match(claim.sentence) and at <= 3:
        found = _FIRST_FIGURE.search(claim.sentence, at + len(claim.text))
        return found.group().replace(",", "") if found else None
    found = _FIGURE_IN.search(claim.sentence, max(0, at - 80), at)
    return found["figure"].replace(",", "") if found else None


def _month_after(claim: ClaimBase) -> str | None:
    at = claim.sentence.find(claim.text)
    found = _MONTH_AFTER.match(claim.sentence, at + len(claim.text)) if at >= 0 else None
    return found["month"] if found else None


def _past_after(claim: ClaimBase) -> str | None:
    at = claim.sentence.find(claim.text)
    if at < 0 or base_told_after(claim):
        return None
    # "cut 1,000 jobs, or about 5 percent of its staff, in January 2024": the share told between commas
    after = _SHARE_BETWEEN.sub(r"\g<head> ", claim.sentence[at + len(claim.text):], count=1)
    found = _PAST_AFTER.match(after)
    return found["when"] if found else None


def _said_day(claim: ClaimBase) -> str | None:
    found = _SAID_DAY.search(claim.sentence)
    return found["day"] if found else None


def _alone(claim: ClaimBase) -> bool:
    at = claim.sentence.find(claim.text)
    end = at + len(claim.text)
    return at >= 0 and bool(_ALONE.match(claim.sentence, end)) and not _TREATED_ALONE.match(claim.sentence, end)


def _place_against_wide(place: ClaimBase, wide: ClaimBase) -> bool:
    part, whole = _IN_PLACE.match(place.frame.thing or ""), _WIDE_THING.match(wide.frame.thing or "")
    return bool(part and whole and part["thing"].lower() == whole["thing"].lower())


def _after(claim: ClaimBase, pattern: re.Pattern[str]) -> bool:
    at = claim.sentence.find(claim.text)
    return at >= 0 and bool(pattern.match(claim.sentence, at + len(claim.text)))


def _spread_against_place(spread: ClaimBase, place: ClaimBase) -> bool:
    return _after(spread, _SPREAD) and not _after(place, _SPREAD) and _after(place, _ONE_PLACE)


def _doses(claim: ClaimBase) -> str | None:
    found = _DOSES.search(claim.sentence)
    return found["n"].lower().replace("a single", "one").replace("single", "one") if found else None
