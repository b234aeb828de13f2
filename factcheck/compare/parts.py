"""A figure told of a part of the whole the other figure is of: a sector of all jobs ("Health care
added 55,000 jobs" / "Employers added 178,000 jobs"), a region or the capital of a country's vote
("Turnout in the capital was 61%" / "Turnout was 53.8%"; "In the north, unemployment rose to 9.1%"),
a group of the people ("Among 18-24 year olds, 71% voted to remain"; "turnout among women"), or a
firm's division ("its cloud unit's revenue rose 12%" / "revenue rose 4%"). Read from each claim's
own sentence: the part is named in an opening phrase, as the clause's subject, in the counted thing,
or right after the figure. Two figures part when one names a part and the other none, or the two
name two parts; both naming one part ("Health care added 55,000 jobs" / "65,000 jobs") stay one
fact, and so do two wholes. A capitalised place is left to the place rules (apart.py): "In Varsk,"
may be a city or the whole country. A count's region is not read either: "In the north, 40 people
died" is as often the whole event's toll."""
from __future__ import annotations

import re

from ..align.keys import stem
from ..extract.frame_words import COMPASS_QUARTER
from ..extract.lemmas import is_known
from ..models import ClaimBase

# Sectors of an economy, and the words that make a subject one ("the manufacturing sector").
_SECTORS = frozenset("""health healthcare manufacturing manufacturers factories factory construction retail retailers
    hospitality leisure mining farming agriculture education transport transportation finance financial banking
    tourism utilities technology tech restaurants shipping logistics warehousing services private public""".split())
# Heads that make a sector word name whose people speak or act, not a part: "Health officials reported".
_BODIES = frozenset("""officials authorities ministry ministries minister ministers department departments agency agencies
    regulator regulators inspectors officers workers staff experts chiefs bosses union unions secretary""".split())
_SECTOR_HEADS = frozenset("sector sectors industry industries".split())
# Subjects that name the whole of an economy's figure ("Employers added", "The economy shed").
_WHOLE = frozenset("economy economies employers businesses companies firms payrolls nation country".split())
# A region, a town's kind or the capital: "in the north", "across rural areas", "in the capital".
_REGION = (r"(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|"
           r"capital|countryside|suburbs|provinces?|regions?|states?|count(?:y|ies)|cantons?|districts?|city|cities|towns?|villages|"
           r"(?:rural|urban|coastal|poorer|richer|remote)\s+areas)")
_REGION_PHRASE = rf"(?:in|across|within)\s+(?:the\s+)?(?:(?:[a-z][\w'’-]*|[A-Z][\w'’-]*)\s+){{0,2}}?{_REGION}\b(?!\s+of\s+the\b)"
# A group of the people a figure is of: "among 18-24 year olds", "among women", "for men under 30".
_GROUP_PHRASE = r"(?:among|for)\s+(?!the\s+(?:year|quarter|month|week|period|season|day)\b|its\s+part\b|them\b)(?:[\w'’-]+\s*){1,4}"
_TIME_WORDS = frozenset("""year years quarter quarters month months week weeks period periods season seasons day days half
    decade decades hours time times now all total example instance once part""".split())
_ORDINALS = frozenset("first second third fourth fifth final last next opening closing".split())
# Parts of a game or a race a figure may be told of: "in the second half", "in the final lap".
_GAME_PARTS = frozenset("half period set innings inning frame round lap laps minutes".split())
_SPAN_PHRASE = rf"(?:in|during)\s+the\s+(?:{'|'.join(sorted(_ORDINALS))})\s+(?:{'|'.join(sorted(_GAME_PARTS))})\b"
# A group named by people: "among women", "for first-time buyers", "among 18-24 year olds".
_PEOPLE = frozenset("men women children people youth elderly".split())
# An opening phrase set off by a comma: "In the north,", "Among women,", "In health care,".
_OPENING = re.compile(rf"^(?:(?:But|And|Meanwhile|However)\s*,?\s+)?(?P<phrase>{_REGION_PHRASE}|{_GROUP_PHRASE}|"
                      r"in\s+(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s*,", re.I)
# After the figure and its words, in its clause: "Turnout was 61% in the capital", "was 7.1% among women"
# (not "14 cases of cholera among the new arrivals": the story's own people, told as known).
_AFTER = re.compile(rf"\s*(?:[a-z][\w'’-]*\s+){{0,3}}?(?P<phrase>{_REGION_PHRASE}|{_SPAN_PHRASE}|among\s+(?!the\b|them\b|those\b|its\b|their\b)(?:[\w'’-]+\s*){{1,3}})")
# The clause's subject right before its verb ("Health care added", "The manufacturing sector shed").
_SUBJECT = re.compile(r"(?:^|[,;:]\s+)(?:the\s+)?(?P<who>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+"
                      r"(?:has\s+|have\s+|had\s+|will\s+)?[a-z]+\s+(?:by\s+|to\s+|up\s+|about\s+|some\s+|nearly\s+|almost\s+|"
                      r"around\s+|roughly\s+|more than\s+|less than\s+)*$", re.I)
# A firm's division: "its cloud unit's revenue", "Revenue at the cloud division".
_DIVISION = re.compile(r"\b(?P<what>[a-z][\w'’-]*)\s+(?:unit|division|arm|segment|subsidiary)(?:'s|’s)?\b", re.I)
# A part told as one: "In March alone, 12,000 people crossed", "crossed 12,000 times last month alone".
_ALONE = re.compile(r"(?:^|\s)(?:in|on|during|last|this|across)\s+(?P<what>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+alone\b", re.I)
# A place left out: "Sales outside Varsk rose 9%", "revenue beyond its home market".
_OUTSIDE = re.compile(r"\b(?:outside|beyond|excluding)\s+(?:the\s+|its\s+)?(?P<what>[A-Za-z][\w'’-]*)")
# People a share or a price is told of, and the words that pick some of them ("First-time buyers paid 6% more").
_PEOPLE_HEADS = frozenset("""buyers voters households workers renters homeowners students pupils patients drivers customers
    borrowers women men adults children families employees users passengers residents smokers retirees pensioners
    consumers shoppers tenants savers""".split())
_RESTATING = frozenset("local many some most all other these those its their ordinary typical average".split())
_FIGURES = frozenset({"count", "percent", "money"})
_PRONOUNS = frozenset("it they he she we this that".split())


def parts_apart(one: ClaimBase, other: ClaimBase) -> bool:
    """Whether one figure is told of a part the other is not (see the module)."""
    if one.kind not in _FIGURES or other.kind != one.kind:
        return False
    first, second = part_told(one), part_told(other)
    if first == second:
        return False
    if first is None or second is None:
        told, plain = (first, other) if first is not None else (second, one)
        if told[0] == "alone" and told[1] <= {stem(word) for word in re.findall(r"[\w'’-]+", plain.sentence.lower())}:
            return False  # "In England alone, 28 percent" / "28 percent of entries in England": one part, told two ways
        # a sector against a subject that is neither a sector nor a whole ("Hospitals" / "Doctors") is left to the frames
        subject = _other_subject(plain)
        return not (told[0] == "sector" and subject and not subject <= told[1])
    return first[0] != second[0] or not (first[1] <= second[1] or second[1] <= first[1])


def part_told(claim: ClaimBase) -> tuple[str, frozenset[str]] | None:
    """The part a figure is told of, as (kind, its words): a division, a sector, a group or a region."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    before, after = claim.sentence[:at], claim.sentence[at + len(claim.text):]
    clause_end = re.search(r"[,;]|\s(?:and|but|while|whereas)\s", after)
    after = after[:clause_end.start()] if clause_end else after
    division = _DIVISION.search(before[-80:]) or _DIVISION.search(claim.frame.thing or "")
    if division:
        return "division", frozenset({stem(division["what"].lower())})
    alone = _ALONE.search(before) or _ALONE.search(after)
    if alone:
        return "alone", frozenset(stem(word) for word in alone["what"].lower().split())  # "In March alone, 12,000 people"
    outside = _OUTSIDE.search(claim.frame.thing or "") or _OUTSIDE.search(after)
    if outside:
        return "outside", frozenset({stem(outside["what"].lower())})  # "Sales outside Varsk rose 9%"
    opening = _OPENING.match(before)
    if opening:
        part = _phrase_part(opening["phrase"], claim.kind, opening=True)
        if part is not None:
            return part
    sector = _sector(before, claim.frame.thing or "")
    if sector is not None:
        return sector
    if claim.kind != "count" and (group := _group_subject(before)) is not None:
        return group
    for where in (_thing_phrase(claim.frame.thing or ""), _AFTER.match(after)):
        if where is not None:
            part = _phrase_part(where["phrase"], claim.kind)
            if part is not None:
                return part
    return None


def _phrase_part(phrase: str, kind: str, opening: bool = False) -> tuple[str, frozenset[str]] | None:
    words = [word.lower() for word in re.findall(r"[\w'’-]+", phrase)]
    preposition, rest = words[0], [word for word in words[1:] if word not in ("the", "its", "their")]
    if len(rest) == 2 and rest[0] in _ORDINALS and rest[1] in _GAME_PARTS:
        # "In the second half, the Rivers scored 52 points": a part of the game (a count's only: "In the first
        # half, operating profit totalled" is as often the half-year the other article calls "First-half profit")
        return ("span", frozenset(rest)) if kind == "count" else None
    if not rest or rest[-1] in _TIME_WORDS or rest[0] in _ORDINALS:
        return None  # "In the first quarter,", "for the year", "in all"
    if set(rest) & _SECTORS or set(rest) & _SECTOR_HEADS:
        return "sector", frozenset(stem(word) for word in rest if word not in _SECTOR_HEADS)
    if preposition in ("among", "for") and (rest[-1] in _PEOPLE or rest[-1].endswith("s")):
        return "group", frozenset(stem(word) for word in rest)
    if not (re.fullmatch(_REGION, " ".join(rest[-2:])) or re.fullmatch(_REGION, rest[-1])):
        return None
    # A count's region only when it opens the sentence and is one of several ("In the north, 40 people died"):
    # "40 people died in the city" is as often the whole event's toll.
    if kind == "count" and not (opening and (re.fullmatch(COMPASS_QUARTER, rest[-1]) or rest[-1].endswith("s"))):
        return None
    return "region", frozenset(stem(word) for word in rest)


def _thing_phrase(thing: str) -> re.Match[str] | None:
    return re.search(rf"\s(?P<phrase>{_REGION_PHRASE}|among\s+(?:[\w'’-]+\s*){{1,3}})$", thing)


def _sector(before: str, thing: str) -> tuple[str, frozenset[str]] | None:
    """A sector that opens the figure's clause as its subject, or names its counted thing ("manufacturing jobs")."""
    found = _SUBJECT.search(before)
    words = found["who"].lower().split() if found else thing.lower().split()[:-1]
    if found and words == ["government"] and not re.search(r"\bthe\s", found.group(), re.I):
        return "sector", frozenset({stem("government")})  # "Government added 45,000 jobs", not "The government deported"
    if not words or not set(words) & (_SECTORS | _SECTOR_HEADS) or words[-1] in _BODIES:
        return None  # "Private employers added" is a sector's, "Health officials reported" no part
    return "sector", frozenset(stem(word) for word in words if word not in _SECTOR_HEADS)


def _group_subject(before: str) -> tuple[str, frozenset[str]] | None:
    """Some of the people a figure is told of, named by the clause's subject: "First-time buyers paid", "Older
    voters backed" (not "Buyers paid": all of them, nor a name's: "Orvane customers")."""
    found = _SUBJECT.search(before)
    words = found["who"].split() if found else []
    if not words or words[-1].lower() not in _PEOPLE_HEADS:
        return None
    picks = [word.lower() for word in words[:-1] if word.lower() not in _RESTATING]
    named = [word for position, word in enumerate(words[:-1]) if word[0].isupper()
             and (position > 0 or found.start() > 0 or not is_known(word.lower().split("-")[0]))]
    return ("group", frozenset(stem(word) for word in picks)) if picks and not named else None


def _other_subject(claim: ClaimBase) -> frozenset[str]:
    """The words of a common-noun subject of the clause that names no whole: "Doctors treated", not
    "Employers added" ("Spending rose" is the whole of "Construction spending rose")."""
    at = claim.sentence.find(claim.text)
    found = _SUBJECT.search(claim.sentence[:at]) if at >= 0 else None
    if found is None or claim.frame.holder:
        return frozenset()
    words = set(found["who"].lower().split())
    return frozenset() if words & (_WHOLE | _PRONOUNS) else frozenset(stem(word) for word in words)
