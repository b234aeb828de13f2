"""A count whose counted thing is told before the figure, as the subject of its verb, with nothing
counted after it: "The death toll rose to 112", "Pedestrian deaths fell to 382", "The number of
patients waiting fell to 7.4 million", "Payrolls rose by 150,000".

A level reached ("fell to", "stood at", "reached") is the thing's count itself, with no event of
its own but the act a participle after "the number of" tells ("the number of people killed rose to
45": the dead); a change ("rose by") keeps its verb's event. Payrolls count jobs, and a rise in them is
jobs added ("Payrolls rose by 150,000" / "employers added 150,000 jobs"). Only a plain subject
opens the clause: "The figures for the two previous months were cut by 40,000" tells no thing (a
phrase with "for" in it may be a part, a period or a holder), nor does a subject with a comma
piece or a name of its own.
"""
from __future__ import annotations

import re

from ..models import CountClaim
from ..text import STOP_WORDS
from .frame_words import IRREGULAR_VERBS
from .frames import frame_label
from .lemmas import canonical_event
from .road_deaths import deaths_told

_TOLL_BEFORE = re.compile(r"\b(?:death|casualty) toll\b[^.;:]{0,50}\b(?:rose|climbed|jumped|reached|hit|stood at|stands at|is|was|of)"
                          r"(?:\s+to)?\s*$", re.I)
_RISE = r"rose|increased|grew|climbed|jumped|soared|surged"
_FALL = r"fell|decreased|declined|dropped|shrank|slipped|eased|tumbled|plunged"
# A change told as a share before the level reached: "fell by 6% to 382", "rose 4 per cent to 331".
_BY_SHARE = r"(?:\s+(?:by\s+)?\d+(?:\.\d+)?\s?(?:%|per ?cent|percent)(?=\s+to\s*$))?"
# The subject's words, the verb and "to" or "by" right before the figure (its hedge is the claim's own).
_SUBJECT_VERB = re.compile(rf"^\s*(?:(?:the|a)\s+)?(?P<subject>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,2}})\s+"
                           rf"(?:(?:has|have|had)\s+)?(?P<verb>{_RISE}|{_FALL}|stood|stands|reached|totalled|totaled){_BY_SHARE}"
                           r"\s+(?P<how>by|to|at)?\s*$")
# "The number of patients waiting to be seen in England fell to": the noun after "number of" is counted.
_NUMBER_OF = re.compile(rf"^\s*the\s+(?:total\s+)?number\s+of\s+(?P<subject>[a-z][\w'’-]*)\b(?:\s+(?P<act>[a-z]+)\b)?[^,;:]*?\s+(?:(?:has|have|had)\s+)?"
                        rf"(?P<verb>{_RISE}|{_FALL}|stood|stands|reached|totalled|totaled){_BY_SHARE}\s+(?P<how>by|to|at)?\s*$", re.I)
# Acts a participle after "the number of" people or things may tell ("the number of people killed rose
# to 45" counts the dead, "the number of homes destroyed" homes destroyed).
_ACTS = frozenset("die injure shoot arrest rescue evacuate displace destroy damage affect infect strand wait hospitalise".split())
# Names of a count told another way: payrolls count jobs.
# Plural heads of measures told in a unit left out ("Prices rose by 3", "Shares rose to 412"), not counts.
_MEASURES = frozenset("""rates prices yields shares stocks costs sales earnings profits revenues wages bills fares rents values
scores odds temperatures levels numbers figures totals points returns savings funds assets reserves""".split())
_JOINED_CLAUSE = re.compile(r".*(?:,|;)\s+(?:but|while|and|whereas)\s+(?=[a-z])", re.S)
_COUNTED_AS = {"payrolls": "jobs", "payroll": "jobs"}


def counted_before(text: str, sentence_start: int, start: int, end: int) -> tuple[str | None, int, str | None]:
    """The thing a figure counts told before it (see the module), where it ends, and how the figure is
    told of it: "toll", "level" or "change"; (None, end, None) for a figure with no such subject."""
    before = text[sentence_start:start]
    joined = _JOINED_CLAUSE.search(before)
    before = before[joined.end():] if joined else before  # "..., but motorcycle deaths rose 4 per cent to 331"
    if _TOLL_BEFORE.search(before):
        return "deaths", end, "toll"  # "the death toll rose to 112": the figure counts the dead
    found = _NUMBER_OF.match(before) or _SUBJECT_VERB.match(before)
    if found is None or not _told_alone(text, end):
        return None, end, None
    how = found["how"]
    if how is None and found["verb"] not in ("reached", "totalled", "totaled") or how == "at" and found["verb"] not in ("stood", "stands"):
        return None, end, None  # "rose 12": a bare figure after a change verb may be a percentage's points
    words = found["subject"].split()
    if re.search(r"\.\d", text[start:end]) and not re.search(r"(?:thousand|million|billion)$", text[start:end], re.I):
        return None, end, None  # "Rates rose to 5.25": a count is whole
    if not _plural(words[-1].lower()) or words[-1].lower() in _MEASURES or any(word.lower() in STOP_WORDS for word in words) or any(
            word[0].isupper() for word in words[1:]):
        return None, end, None
    words[-1] = _COUNTED_AS.get(words[-1].lower(), words[-1])
    act = found.groupdict().get("act")
    event = canonical_event(act) if act and (act.endswith(("ed", "ing")) or act in IRREGULAR_VERBS) else None
    if how == "by":
        return " ".join(words), end, "change"
    return " ".join(words), end, f"level:{event}" if event in _ACTS else "level"


def told_before(claim: CountClaim, how: str | None, text: str) -> None:
    """A subject's count's event: none for a level the thing reached ("fell to 382"), jobs added or
    cut for a change in payrolls ("rose by 150,000"); and deaths told in other words (road_deaths.py)."""
    if how and how.startswith("level"):
        claim.frame.event = how.partition(":")[2] or None  # "The number of people killed rose to 45": the dead
    elif how == "change" and claim.frame.thing and claim.frame.thing.split()[-1] == "jobs":
        claim.frame.event = "add" if claim.frame.event == "rise" else "cut" if claim.frame.event == "fall" else claim.frame.event
    if deaths_told(claim, text) or how:
        claim.subject = frame_label(claim.frame, claim.frame.thing)


# What may follow a figure told of its subject: the clause ends, or time and place words, or a
# comparison ("last month", "in July", "at the end of January", "from 7.46 million", "on the month").
_ALONE_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:last|this|in|at|on|from|since|compared|over|during|between|a|the|year|month|week|"
                          r"quarter|earlier|ago|according|after|before|and|but|while)\b)", re.I)


def _told_alone(text: str, end: int) -> bool:
    return bool(_ALONE_AFTER.match(text, end, min(len(text), end + 20)))


def _plural(word: str) -> bool:
    return word in ("people", "staff", "police") or (word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s")))
