"""The measure a percentage is of, as a noun phrase (recall17): the subject of the figure's own
clause or comma piece, without the verbs, asides and time words told around it, and a measure news
names two ways told one way ("the jobless rate" is "the unemployment rate", "unemployment").

"The jobless rate held at 5.1%", "pay growth slows to 4.4%, unemployment steady at 5.1%", "the
shares closed 4.2% higher yesterday": the measure is "jobless rate", "unemployment", "shares", not
the clause around the figure (whose verbs and other figures make one fact told two ways miss)."""
from __future__ import annotations

import re

from ..chrono import FULL_MONTH_NAMES, WEEKDAY_NAMES
from ..text import STOP_WORDS

# A verb (or adjective) that tells a level or a move to it, right before the figure: "held at",
# "was unchanged at", "steady at", "slowed to", "closed" (its direction after the figure: "closed 4.2% higher").
_LEVEL_VERB = (r"(?:(?:has|have|had|was|were|is|are|will)\s+(?:been\s+)?)?"
               r"(?:(?:held|holds|hold|remained|remains|stayed|stays|stood|stands)(?:\s+(?:steady|unchanged|flat|stable))?\s+at"
               r"(?:\s+an?\s+(?:(?:new|record|fresh|\d+-year)\s+)?(?:low|high)\s+of)?|"
               r"(?:was|were|is|are)\s+(?:steady|unchanged|flat|stable)\s+at|(?:steady|unchanged|flat|stable)\s+at|"
               r"(?:slows|slowed|slowing|accelerates|accelerated|quickens|quickened|cools|cooled|eases|eased|picks\s+up|picked\s+up)\s+to|"
               r"(?P<closed>closed|ended|finished|settled))")
_HEDGE = r"(?:(?:about|around|nearly|almost|just|only|some|roughly|over|under|more than|less than)\s+)?"
_PIECE_SUBJECT = re.compile(rf"\s*(?:(?:while|whereas|and|but)\s+)?(?:(?:the|its|their|a|an)\s+)?(?P<np>(?:[\w'’-]+\s+){{0,5}}?[\w'’-]+)\s+{_LEVEL_VERB}\s+{_HEDGE}$", re.I)
# (A piece may open with a conjunction: "..., while the unemployment rate held at 4.2%".)
# A place or group told after the measure's head: "unemployment in the euro zone", "turnout among women".
_NP_JOINS = frozenset("in among for of the".split())
# Words that are no part of a measure's name: a clause's or a time's (the subject must be a plain noun phrase).
_NOT_MEASURE = frozenset("""held holds remained remains stayed stood was were is are has have had will would said says
    while as when after because and but or yesterday today tomorrow""".split())


_DIRECTION_AFTER = re.compile(r"\s+(?:higher|lower|up|down)\b", re.I)


def piece_subject(text: str, span: tuple[int, int], piece_start: int, opens_sentence: bool) -> str | None:
    """The measure a level verb right before the figure tells of, if its comma piece opens with it:
    "The jobless rate held at" -> "jobless rate"; ", unemployment steady at" -> "unemployment"; "the
    shares closed" (4.2% higher) -> "shares". None when the words before the verb are no plain noun
    phrase (a name past the first word, a figure, a clause word)."""
    found = _PIECE_SUBJECT.fullmatch(text, piece_start, span[0])
    if found is None or found["closed"] and not _DIRECTION_AFTER.match(text, span[1]):
        return None  # "closed at 4.2%" is a price's level, "closed 4.2% higher" its change
    tokens = found["np"].split()
    if any((token.lower() in STOP_WORDS and (index == 0 or token.lower() not in _NP_JOINS)) or token.lower() in _NOT_MEASURE
           or any(ch.isdigit() for ch in token) for index, token in enumerate(tokens)) or tokens[-1].lower() in _NP_JOINS:
        return None
    head = next((index for index, token in enumerate(tokens) if token.lower() in _NP_JOINS), len(tokens))
    if any(token[0].isupper() for token in tokens[1 if opens_sentence else 0:head]):
        return None  # "Acme Corp held at": a name's figure, read as any other (a place after "in" names where)
    return found["np"]


# Time words a thing runs on into, told after the measure: "regulated fares yesterday", "Unemployment March".
_TRAILING_TIME = re.compile(rf"(?:\s+(?:(?:on|in|last|this|next)\s+)?(?:yesterday|today|tonight|tomorrow|overnight|{FULL_MONTH_NAMES}|{WEEKDAY_NAMES}|"
                            r"(?:week|month|year|quarter))|\s+(?:to|will|would))+$")
# A verb of cause that opens the phrase: "dragging Kering's group revenue (down 3%)" is the revenue's change.
_CAUSING = re.compile(r"^(?:dragging|pushing|pulling|lifting|sending|taking|leaving|bringing|driving|putting)\s+(?:(?:the|its|their)\s+)?(?=\S+\s*\S)", re.I)


def trimmed(thing: str) -> str:
    """The thing without the time words or the verb's "to" it runs on into, nor a verb of cause that
    opens it: "Rail fares in England to" -> "Rail fares in England"."""
    trimmed_thing = _CAUSING.sub("", _TRAILING_TIME.sub("", thing))
    return trimmed_thing if trimmed_thing.strip() else thing


# An aside that tells how a measure is regarded, not which one it is: "Private-sector pay, watched
# closely by the central bank, rose": the pay's (not "Sales, adjusted for inflation, rose": a measure of its own).
# "Pay, adjusted for inflation, rose": the aside names a measure of its own, told by real_terms below.
REGARD_ASIDE = (r"(?:(?:closely|widely|keenly)\s+)?(?:watched|seen|regarded|considered|viewed|tracked|monitored|followed)\b|"
                r"adjusted\s+for\s+inflation\b|in\s+real\s+terms\b|after\s+inflation\b")
# A measure told net of inflation: "real pay", whatever words tell it, is no "pay" ("Pay, adjusted for
# inflation, rose 1.1%" / "Pay rose 4.4%"; "Adjusted for inflation, regular pay rose 1.1 percent").
_REAL_TERMS = re.compile(r"\b(?:adjusted\s+for\s+inflation|inflation[- ]adjusted|in\s+real\s+terms|after\s+(?:adjusting\s+for\s+)?inflation)\b", re.I)


def real_terms(thing: str, clause: str) -> str:
    """The thing as a real measure ("real pay") when its clause tells it net of inflation."""
    if not _REAL_TERMS.search(clause) or re.match(r"(?:the\s+)?real\b", thing, re.I):
        return thing
    return f"real {thing}"

# Measures news names two ways, each told one way, in one word where one will do (modifiers before
# them kept: "youth jobless rate" is "youth unemployment", a kind of "unemployment"). General vocabulary only.
_SAME_MEASURE = (
    (re.compile(r"(?:jobless|unemployment)\s+rate|rate\s+of\s+unemployment|unemployment", re.I), "unemployment"),
    (re.compile(r"(?:consumer\s+price|CPI|headline)\s+inflation(?:\s+rate)?|inflation\s+rate|rate\s+of\s+inflation|inflation", re.I),
     "inflation"),
    (re.compile(r"share\s+of\s+the\s+vote|vote\s+share", re.I), "vote share"),
)
# The measures above that are one word: no thinner than "pass rate" ("unemployment was 5.1%" says which figure it is).
NAMED_MEASURES = {"unemployment": "unemployment", "inflation": "inflation"}
_MODIFIERS = re.compile(r"(?P<before>(?:[\w'’-]+\s+){0,2}?)")


def measure_name(thing: str) -> str:
    """A measure named two ways, told one way: "jobless rate" -> "unemployment", "share of the vote"
    -> "vote share", "youth jobless rate" -> "youth unemployment"; any other thing as it is ("voter
    turnout" and "turnout" meet as they are: the event is the turnout)."""
    for pattern, name in _SAME_MEASURE:
        found = re.fullmatch(rf"{_MODIFIERS.pattern}(?:{pattern.pattern})", thing.strip(), re.I)
        if found:
            before = found["before"]
            if any(word.lower() in STOP_WORDS for word in before.split()):
                return thing
            return f"{before}{name}" if before else name
    return thing


# Events a level verb gives a frame: no event of the measure's ("was unchanged at 5.1%" is the level, as "was 5.1%").
LEVEL_EVENTS = frozenset("unchanged hold remain stay stand steady flat stable slow accelerate quicken cool ease".split())


def other_piece_holder(text: str, sentence_start: int, span: tuple[int, int], holder: str | None) -> bool:
    """Whether the holder read for a figure whose own comma piece names its measure ("..., unemployment
    steady at 5.1%") is told only in an earlier piece with a figure of its own ("UK pay growth slows to
    4.4%, ..."): that figure's holder, not surely this one's."""
    if not holder:
        return False
    piece_start = text.rfind(",", sentence_start, span[0]) + 1
    if piece_start <= sentence_start or holder in text[piece_start:span[0]]:
        return False
    if piece_subject(text, span, piece_start, False) is None:
        return False
    at = text.rfind(holder, sentence_start, piece_start)
    return at >= 0 and bool(re.search(r"\d", text[at + len(holder):piece_start]))


# A measure of one sector told after its head ("pay in the public sector"), told as the other telling
# puts it ("public-sector pay").
_SECTOR_AFTER = re.compile(r"(?P<head>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s+(?:in|for)\s+the\s+(?P<kind>[a-z]+)\s+sector", re.I)
# A figure set against the main one, with a sector of its own after it: "(Pay in the public sector grew
# 5.8 percent,) faster than the 3.9 percent in the private sector": the private sector's pay.
_COMPARED = re.compile(r"\b(?:than|with|against|versus)\s+(?:the\s+)?(?:(?:about|around|nearly|almost|just|some)\s+)?$", re.I)
_OWN_SECTOR = re.compile(r"\s+(?:in|for|among)\s+the\s+(?P<kind>[a-z]+)[\s-]+sector\b", re.I)
_SECTOR_OF = re.compile(r"^(?:[a-z]+-sector\s+)?(?P<head>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)(?:\s+(?:in|for)\s+the\s+[a-z]+\s+sector)?$", re.I)


def sector_folded(thing: str) -> str:
    """"Pay in the public sector" -> "public-sector pay"; any other thing as it is."""
    found = _SECTOR_AFTER.fullmatch(thing.strip())
    return f"{found['kind'].lower()}-sector {found['head']}" if found else thing


def compared_sector(text: str, span: tuple[int, int], sentence_start: int, thing: str) -> str:
    """The thing of a figure compared with the main one and told of a sector of its own ("faster than
    the 3.9 percent in the private sector"): the main measure's head in that sector ("private-sector
    pay"), not the main figure's thing it was read as."""
    own = _OWN_SECTOR.match(text, span[1])
    if own is None or not compared_in_sector(text, span, sentence_start):
        return thing
    main = _SECTOR_OF.match(sector_folded(thing).strip())
    return f"{own['kind'].lower()}-sector {main['head'].lower()}" if main else thing


def compared_in_sector(text: str, span: tuple[int, int], sentence_start: int) -> bool:
    """Whether the figure is set against the main one and told of a sector of its own (compared_sector)."""
    return bool(_OWN_SECTOR.match(text, span[1]) and _COMPARED.search(text, max(sentence_start, span[0] - 30), span[0]))


_SECTOR_WORD = re.compile(r"\b(?P<kind>[a-z]+)[\s-]sector\b", re.I)


def sectors_apart(one: str | None, other: str | None) -> bool:
    """Measures of two sectors ("public-sector pay" / "private-sector pay"): two figures, however alike the rest."""
    first, second = (_SECTOR_WORD.search(thing or "") for thing in (one, other))
    return first is not None and second is not None and first["kind"].lower() != second["kind"].lower()
