"""Two figures of one frame that each article tells of another aspect of the thing, in words the
frame does not keep: what a sum pays for ("$300 million on roads" / "$120 million on schools"),
who pays it ("could cost insurers $300 million" / "could cost the city $120 million"), what it
holds ("$4 billion, including debt" / "$3.1 billion, excluding debt"), which statistic it is
("the median price" / "the average price"), which kind of the thing ("egg prices" / "food prices";
"12 schools" / "5 elementary schools"), or which part of it ("1,200 jobs in Tarnvik" / "3,000
jobs"; "effective in people over 65"). Read from each claim's own sentence; each rule needs both
sentences to say it and to say it differently, or one to name a part the other does not."""
from __future__ import annotations

import re

from ..align.keys import head_phrase, stem
from ..align.measures import measures_apart
from ..extract.frame_words import COMMON_CAPITALISED, INITIALS, PLACE_NOUNS
from ..extract.lemmas import is_known, is_verbish, lemmatize_proper
from ..extract.subjects import EVENT_NOUNS
from ..models import ClaimBase
from .hanging import hung_apart
from .owners import owners_apart
from .same_time import one_past
from .thing_words import base_told_after, of_folded, percent_things_apart
from .thresholds import limits_apart

_WORD = r"[A-Za-z][\w'’-]*"
_HEDGE = r"(?:(?:an?|some|about|around|nearly|almost|roughly|up to|more than|less than|at least|as much as|an estimated|"\
         r"a further|another|an extra|an additional)\s+)*"
# Who pays: "could cost insurers $300 million", "will cost the city up to $120 million".
_PAYER = re.compile(rf"\bcost(?:s|ing)?\s+(?:the\s+|its\s+|their\s+)?(?P<who>{_WORD}(?:\s+{_WORD})?)\s+{_HEDGE}$", re.I)
# What for: "$300 million on roads", "$3 billion in aid", "$50 million to repair the bridge", "cuts
# $300 million from schools".
_PURPOSE = re.compile(r"\s*(?:(?:on|in|from)\s+(?:new\s+|the\s+)?(?P<on>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)|to\s+(?P<to>[a-z]+\s+(?:the\s+|its\s+|new\s+)?[a-z]+))")
# What a price is per: "$4 a dozen" / "$6 a kilogram", "$85 a barrel" / "$600 a tonne".
_PER = re.compile(r"\s+(?:a|an|per)\s+(?P<unit>[a-z]+)")
# What a sum holds: "$4 billion, including debt" / "$3.1 billion excluding debt"; "before tax" / "after tax".
_HOLDS = re.compile(r"\W{0,3}(?:(?P<with>including|with|after)|(?P<without>excluding|not including|without|before))\s+(?P<what>[a-z]+)", re.I)
# Which statistic: the median, the average or the mean, named before the figure in its clause.
_STATISTIC = re.compile(r"\b(median|average|mean)\b", re.I)
# A place that makes the counted thing a part: "jobs in Tarnvik", "stores in Harbor City", "people on board",
# "buildings in the old town", "beef exports to Tarnvik", "Turnout in the city" (whatever the clause tells after it).
_PLACE_PART = re.compile(r"^(?P<thing>[A-Za-z][\w\s'’-]*?)\s+(?:(?:in|at|across)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]|on board$|aboard$|on the ground$|inside$|"
                         rf"(?:in|at|near)\s+the\s+(?:[a-z]+\s+)?(?:{'|'.join(sorted(PLACE_NOUNS))})(?:$|\s)|to\s+[A-Z])")
# A part of the people a figure is of: "in people over 65", "among children under five", "in adults aged 18 to 30".
_SUBGROUP = re.compile(r"\b(?:in|among|for)\s+(?:\w+\s+){0,2}?(?:people|adults|children|patients|women|men|teenagers|"
                       r"participants|those|residents|workers|students|voters)\s+(?:over|under|aged|older|younger|above|below|"
                       r"with|who)\b", re.I)
# What a change is told of, between its verb and "by": "cut the corn harvest by 12 percent".
_OBJECT_BY = re.compile(r"\b(?:the|its|their|his|her)\s+(?P<what>(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s+by\s+$")
# A percentage's thing told of one field or group only: "the pass rate in maths", "turnout among women",
# "the graduation rate for Black students", "turnout among young voters" (with a word the clause adds after).
_FIELD = re.compile(r"^(?P<thing>[A-Za-z][\w\s'’-]*?)\s+(?:(?:in|on|at)\s+(?!the\b|an?\b|its\b|their\b)[a-z]+|"
                    r"(?:for|among)\s+(?!the\b|an?\b|its\b|their\b)[A-Za-z]+)(?:\s+[a-z]+){0,2}$")
# A date after "since" starts a stretch ("have risen 40 percent since January"): not the time of the act.
_SINCE = re.compile(r"\bsince\s+(?:the\s+(?:start|end|beginning)\s+of\s+)?$", re.I)
# A figure told of "it" where the other tells it of a named person ("Acme said it could earn $12
# million" / "Acme said Tom Smith could earn $3 million").
_CLAUSE_SUBJECT = re.compile(r"(?<![\w'’])(?P<who>it|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+)\s+"
                             r"(?:(?!said\b|says\b|told\b)[a-z]+\s+){1,3}(?:\$|€|£)?$")
# A change told for one group of payers or buyers: "will rise 12 percent for households".
_FOR_WHOM = re.compile(r"\s+(?:for|among)\s+(?:the\s+)?(?P<who>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)")
# Who makes up a share: "First-time buyers made up 40 percent of sales" / "Buyers under 30 made up 25 percent".
_SHARE_OF = re.compile(r"(?:^|[,;:]\s*)(?P<who>[A-Za-z][\w\s'’-]{0,40}?)\s+(?:made|make|makes|making)\s+up\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+|more than\s+|less than\s+)?$|"
                       r"(?:^|[,;:]\s*)(?P<whom>[A-Za-z][\w\s'’-]{0,40}?)\s+(?:accounted|accounts|account)\s+for\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+|more than\s+|less than\s+)?$")
# Who the share is: "80 percent of the refugees are women and children".
_SHARE_ARE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z][\w'’-]*\s+){1,3}?(?:are|were|is|was)\s+(?P<who>[a-z][\w\s'’-]{0,40}?)(?=[,.;]|$)")
# What a share is of: "40 percent of schools" / "60 percent of teachers".
_SHARE_BASE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?P<base>[a-z][\w'’-]*)")
# The subject that opens a figure's clause, right before its verb: "Renters spend 40 percent of their
# income", "Petrol prices rose to 1.80 euros", "Wind supplied 25 percent of electricity".
_OPENING_SUBJECT = re.compile(r"(?:^|[,;:]\s+)(?:the\s+)?(?P<who>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+"
                              r"(?:has\s+|have\s+|had\s+|will\s+)?(?P<verb>[a-z]+)\s+(?:to\s+|by\s+|up\s+|for\s+)?"
                              r"(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+|more than\s+|less than\s+)?$", re.I)
# The year, month or week a figure is told of, after it in its clause: "deported 12,000 people this
# year" / "10,000 people last year"; "300 flights on Monday" / "1,200 flights over three days".
_WHEN_AFTER = re.compile(r"[^,;]{0,60}?\b(?P<when>(?:this|last|next|previous)\s+(?:year|month|week|quarter|season)|in\s+(?:19|20)\d\d|"
                         r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|overnight|(?:over|across|during|in)\s+(?:the\s+)?"
                         r"(?:next\s+|past\s+|last\s+|first\s+)?(?:\d+|two|three|four|five|six|seven|ten|several)\s+(?:hours|days|weeks|months))\b",
                         re.I)
# A date after "by" or "until" is a deadline ("80 percent contained by Friday"), not the time of the act.
_BY = re.compile(r"\b(?:by|until|before)\s+(?:the\s+end\s+of\s+)?$", re.I)
# A player's figure for a club or country, not one season's: "has scored 120 goals for the club".
_FOR_A_SIDE = re.compile(r"\bfor\s+(?:the|his|her|their)\s+(?:club|team|side|country|nation)$")
# Words before a counted noun that describe the things rather than pick some of them: "15 young
# people" are as often all the dead as a part of them.
_DESCRIPTIVE = frozenset(stem(word) for word in "young innocent unarmed elderly little small poor ordinary unsuspecting".split())
# Words before a percentage's thing that restate it rather than name a kind of it.
_RESTATING = frozenset(stem(word) for word in "economic overall total annual voter headline general national official".split())
# Which kind of a percentage's thing ("egg prices" / "food prices"): short noun phrases only.
_SHORT_THING = 3
# A plural noun joined to the counted thing by "and"/"or", ending its phrase.
_JOINED = re.compile(r"\s+(?:[a-z][\w'’-]*\s+){0,2}?(?P<head>[a-z][\w'’-]*)\s+(?:and|or)\s+(?:other\s+)?"
                     r"(?P<joined>[a-z][\w'’-]*s)(?=\s*(?:[,.;:]|$)|\s+(?:in|on|at|of|from|across|near|were|was|had|have)\b)")
# A toll that counts the attacker ("Five people died, including the gunman") is not the victims' toll.
_WITH_ATTACKER = re.compile(r"\b(?:including|counting|plus)\s+(?:the|a|an)\s+(?:\w+\s+)?(?:gunm[ae]n|shooters?|attackers?|bombers?|"
                            r"assailants?|perpetrators?|killers?|hijackers?|suspects?)\b(?!['’])", re.I)
_ACTOR = re.compile(r"\b(?:(?P<attacker>gunm[ae]n|shooters?|attackers?|assailants?|suspects?|robbers?|hijackers?)|"
                    r"police|officers?|troops|soldiers|agents)\s+(?:[a-z][\w'’-]*\s+){0,3}$", re.I)
_NOT_JOINED = frozenset("others its this his has was is does".split())


def other_aspect(one: ClaimBase, other: ClaimBase) -> bool:
    """Whether two figures are told of different aspects of their thing (see the module)."""
    if one.kind != other.kind:
        return False
    if one.kind == "date":
        return _since(one) != _since(other) or _deadline(one) != _deadline(other)
    if _differ(_when_after(one), _when_after(other)) and not one_past(one, other):
        return True
    if _told_of_it(one, other) or _told_of_it(other, one):
        return True
    if one.kind == "money" and (_differ(_payer(one), _payer(other)) or _differ(_purpose(one), _purpose(other))
                                or _differ(_per(one), _per(other))
                                or _holds_apart(one, other)):
        return True
    if one.kind in ("money", "percent") and (_differ(_statistic(one), _statistic(other)) or _subjects_apart(one, other)):
        return True
    if _names_open_apart(one, other) or hung_apart(one, other) or owners_apart(one, other) or limits_apart(one, other):
        return True  # "Apple spent $2.4 billion" / "Google spent $1.9 billion"; "Tarnvik was the strongest region, with"
    if one.kind == "percent" and (measures_apart(one, other) or percent_things_apart(one, other)):
        return True
    if one.kind == "percent" and (_kinds_apart(one.frame.thing, other.frame.thing) or _kinds_apart(_object(one), _object(other))
                                  or _field_apart(one.frame.thing, other.frame.thing)
                                  or _place_part(one.frame.thing or "", other.frame.thing or "")
                                  or _differ(_for_whom(one), _for_whom(other)) or _shares_apart(one, other)
                                  or _differ(_share_base(one), _share_base(other)) or
                                  bool(_SUBGROUP.search(one.sentence)) != bool(_SUBGROUP.search(other.sentence))):
        return True
    return one.kind == "count" and (_part_of_count(one, other) or _season_or_side(one, other) or _season_or_side(other, one)
                                    or _joined_noun(one) != _joined_noun(other)
                                    or bool(_WITH_ATTACKER.search(one.sentence)) != bool(_WITH_ATTACKER.search(other.sentence))
                                    or _differ(_actor(one), _actor(other)))


def _differ(one: str | None, other: str | None) -> bool:
    if one is None or other is None:
        return False
    first, second = set(one.lower().split()) - _FUNCTION_WORDS, set(other.lower().split()) - _FUNCTION_WORDS
    return bool(first) and bool(second) and not (first <= second or second <= first)


# Words that join a phrase on, not what it names ("$300 million in cash and shares", "in cash for Acme").
_FUNCTION_WORDS = frozenset("and or for to of the a an with from by at as than".split())


def _at(claim: ClaimBase) -> int:
    return claim.sentence.find(claim.text)


def _payer(claim: ClaimBase) -> str | None:
    at = _at(claim)
    found = _PAYER.search(claim.sentence, 0, at) if at >= 0 else None
    return found["who"] if found else None


def _purpose(claim: ClaimBase) -> str | None:
    at = _at(claim)
    found = _PURPOSE.match(claim.sentence, at + len(claim.text)) if at >= 0 else None
    return (found["on"] or found["to"]) if found else None


def _holds_apart(one: ClaimBase, other: ClaimBase) -> bool:
    first, second = _holds(one), _holds(other)
    return first is not None and second is not None and first[1] == second[1] and first[0] != second[0]


def _holds(claim: ClaimBase) -> tuple[bool, str] | None:
    at = _at(claim)
    found = _HOLDS.match(claim.sentence, at + len(claim.text)) if at >= 0 else None
    return (found["with"] is not None, found["what"].lower()) if found else None


def _statistic(claim: ClaimBase) -> str | None:
    at = _at(claim)
    if at < 0:
        return None
    start = max(claim.sentence.rfind(mark, 0, at) for mark in (",", ";", ":"))
    found = _STATISTIC.findall(claim.sentence, start + 1, at)
    return found[-1].lower() if found else None


def _kinds_apart(one: str | None, other: str | None) -> bool:
    """"Egg prices" and "food prices", "North Sea crude" and "US crude": one head, each told of another
    kind; "voter turnout" and "turnout" may be one figure told more or less fully."""
    if not one or not other or not _noun_phrase(one) or not _noun_phrase(other):
        return False
    (first, head), (second, other_head) = head_phrase(of_folded(one)), head_phrase(of_folded(other))
    # "Total revenue" and "overall revenue" restate one thing, as "revenue" does
    first, second = (frozenset(_ONE_KIND.get(w, w) for w in words) - _RESTATING for words in (first, second))
    if head != other_head or first == second:
        return False
    if first and second:
        return not first & second
    # One side names a kind the other does not: "Cloud revenue" is a part of "Revenue", "core
    # inflation" of "inflation"; "voter turnout", "economic growth" restate the thing.
    return not (first or second) <= _RESTATING


def _part_of_count(one: ClaimBase, other: ClaimBase) -> bool:
    """"1,200 jobs in Tarnvik" is a part of "3,000 jobs" (a place naming where the counted things
    are, not where the event happened: "four people died in Tarnvik" is as often the whole toll);
    "5 elementary schools" a part of "12 schools"."""
    first, second = one.frame.thing or "", other.frame.thing or ""
    if _place_part(first, second):
        return True
    (first_kind, head), (second_kind, other_head) = head_phrase(first), head_phrase(second)
    return head == other_head and bool(first_kind) != bool(second_kind) and one.frame.holder == other.frame.holder \
        and _one_noun_phrase(first) and _one_noun_phrase(second) and not (first_kind or second_kind) <= _DESCRIPTIVE


def _place_part(one: str, other: str) -> bool:
    """"jobs in Tarnvik" / "jobs", "Farmers in Tarnvik" / "Farmers": the thing of one place."""
    for thing, whole in ((one, other), (other, one)):
        part = _PLACE_PART.match(thing)
        if part and whole and part["thing"].lower() == whole.lower():
            return True
    return False


def _noun_phrase(thing: str) -> bool:
    """A short thing with no verb of being or having: "pass rate", not "the fire was set"."""
    words = thing.lower().split()
    return 0 < len(words) <= _SHORT_THING and not set(words) & _CLAUSE_VERBS


_CLAUSE_VERBS = frozenset("is was were are be been being has have had will would could".split())


def _one_noun_phrase(thing: str) -> bool:
    return 0 < len(thing.split()) <= _SHORT_THING and thing.islower()


def text_before(claim: ClaimBase) -> str:
    """The words of the claim's sentence before its figure ("" when the figure is not found there)."""
    at = _at(claim)
    return claim.sentence[:at] if at >= 0 else ""


def _since(claim: ClaimBase) -> bool:
    return bool(_SINCE.search(text_before(claim)))


def _told_of_it(named: ClaimBase, it: ClaimBase) -> bool:
    """The subject right before the figure's verb is a named person on one side and "it" on the other."""
    holder = named.frame.holder
    if not holder or it.frame.holder or holder in it.sentence:
        return False
    first, second = _CLAUSE_SUBJECT.search(text_before(named)), _CLAUSE_SUBJECT.search(text_before(it))
    return first is not None and second is not None and first["who"] == holder and second["who"] == "it"


def _object(claim: ClaimBase) -> str | None:
    found = _OBJECT_BY.search(text_before(claim))
    return found["what"] if found else None


def _field_apart(one: str | None, other: str | None) -> bool:
    """"the pass rate in maths" is one field's of "the pass rate"; "incomes on dairy farms" some
    farms' of "farm incomes" (the same head, a field or group told on one side only)."""
    for thing, whole in ((one or "", other or ""), (other or "", one or "")):
        part = _FIELD.match(thing)
        if part and _noun_phrase(part["thing"]) and _noun_phrase(whole) and not _FIELD.match(whole) \
                and head_phrase(part["thing"])[1] == head_phrase(whole)[1]:
            return True
    return False


def _deadline(claim: ClaimBase) -> bool:
    return bool(_BY.search(text_before(claim)))


def _when_after(claim: ClaimBase) -> str | None:
    at = _at(claim)
    found = _WHEN_AFTER.match(claim.sentence, at + len(claim.text)) if at >= 0 and not base_told_after(claim) else None
    return found["when"].lower().replace("  ", " ") if found else None


def _for_whom(claim: ClaimBase) -> str | None:
    at = _at(claim)
    found = _FOR_WHOM.match(claim.sentence, at + len(claim.text)) if at >= 0 else None
    return found["who"] if found else None


def _share_of(claim: ClaimBase) -> frozenset[str] | None:
    found = _SHARE_OF.search(text_before(claim))
    if found is None:
        at = _at(claim)
        found = _SHARE_ARE.match(claim.sentence, at + len(claim.text)) if at >= 0 else None
        who = found["who"] if found else None
    else:
        who = found["who"] or found["whom"]
    return frozenset(stem(word) for word in who.lower().split()) - _FUNCTION_WORDS if who else None


def _shares_apart(one: ClaimBase, other: ClaimBase) -> bool:
    """Shares of two groups: "women and children" are not "children", "first-time buyers" not "buyers under 30"."""
    first, second = _share_of(one), _share_of(other)
    return bool(first) and bool(second) and first != second


def _joined_noun(claim: ClaimBase) -> str | None:
    """The noun counted with the thing: "75 homes or outbuildings", "40 homes and businesses" count
    more than "45 homes" (not "homes and damaged 30 others", "12 soldiers and two civilians")."""
    at, head = _at(claim), (claim.frame.thing or "").split()[-1:]
    found = _JOINED.match(claim.sentence, at + len(claim.text)) if at >= 0 and head else None
    if not found or found["head"].lower() != head[0].lower() or found["joined"].lower() in _NOT_JOINED:
        return None
    return None if is_verbish(found["joined"]) else stem(found["joined"])


def _actor(claim: ClaimBase) -> str | None:
    """Who did the counted act, when the words right before the figure name an attacker or the
    police: "The suspect fired about 30 rounds" / "Officers fired 14 rounds at the suspect"."""
    found = _ACTOR.search(text_before(claim)[-50:])
    return None if not found else "attacker" if found["attacker"] else "police"


def _season_or_side(season: ClaimBase, side: ClaimBase) -> bool:
    """"20 goals this season" / "120 goals for the club": a season against all the player's time there."""
    return "season" in (season.frame.scope or "").split("+") and not side.frame.scope \
        and bool(_FOR_A_SIDE.search(side.frame.thing or ""))


def _share_base(claim: ClaimBase) -> str | None:
    at = _at(claim)
    found = _SHARE_BASE.match(claim.sentence, at + len(claim.text)) if at >= 0 else None
    if found is None:
        return None
    base = found["base"].lower()
    return _ONE_BASE.get(base, stem(base))


# Words news uses for one base of a share: "12 percent of its staff" / "of its workforce".
_ONE_BASE = dict.fromkeys("staff workforce employees workers jobs personnel".split(), "staff")
# Modifiers news uses for one kind: "the jobless rate" / "the unemployment rate".
_ONE_KIND = {stem("jobless"): stem("unemployment")}


def _subjects_apart(one: ClaimBase, other: ClaimBase) -> bool:
    """"Renters spend 40 percent of their income" / "Homeowners spend 25 percent"; "Petrol prices rose
    to 1.80 euros" / "Diesel rose to 1.95 euros": a share or a price told of two subjects with no
    word in common. Only common nouns (a name is a holder, read elsewhere), and not an event ("the
    quake" and "the earthquake" are one)."""
    if one.frame.holder or other.frame.holder or (one.kind == "percent" and not (_share_base(one) and _share_base(other))):
        return False
    first, second = _opening_subject(one), _opening_subject(other)
    if not first or not second or first & second:
        return False
    # A price's one-word subjects may be synonyms ("Crude" / "Oil"): a kind named in two words must show it.
    return one.kind == "percent" or len(first) > 1 or len(second) > 1


def _names_open_apart(one: ClaimBase, other: ClaimBase) -> bool:
    """"Apple spent $2.4 billion" / "Google spent $1.9 billion": the same verb right before each
    figure, told of two one-word subjects that open their sentences, one of them surely a name. A
    name that opens its sentence and is also a dictionary word reads as no holder (holders.py:
    "Floods", "Revenue"), so only these words part them; two such words are left to the frames."""
    first, second = _opening_name(one), _opening_name(other)
    if first is None or second is None or first[1] != second[1] or first[0] == second[0]:
        return False
    return any(_surely_named(word, (one.sentence, other.sentence)) for word, _verb in (first, second))


def _opening_name(claim: ClaimBase) -> tuple[str, str] | None:
    found = _OPENING_SUBJECT.search(text_before(claim))
    if found is None or found.start() > 0 or " " in found["who"] or not found["who"][0].isupper() \
            or found["who"].lower() in _NOT_SUBJECTS or found["who"] in COMMON_CAPITALISED:
        return None
    return found["who"], found["verb"]


def _surely_named(word: str, sentences: tuple[str, ...]) -> bool:
    """Not a dictionary word, initials that are no common noun's, or written with a capital inside a sentence."""
    if word.isupper():
        return len(word) > 1 and word not in INITIALS
    return (not is_known(word.lower()) or lemmatize_proper(word.lower())
            or any(re.search(rf"[a-z,;]\s+{re.escape(word)}\b", sentence) for sentence in sentences))


def _opening_subject(claim: ClaimBase) -> frozenset[str] | None:
    found = _OPENING_SUBJECT.search(text_before(claim))
    if found is None:
        return None
    words = found["who"].lower().split()
    if set(words) & EVENT_NOUNS or words[0] in _NOT_SUBJECTS:
        return None
    return frozenset(stem(word) for word in words)


# Openings that are no subject of the figure's own ("It rose", "They spend", "Prices of ...").
# Nor generic nouns an article may call its subject by another name ("the company" / "the firm").
_NOT_SUBJECTS = frozenset("""it they he she we this that these those there which who prices price shares company firm group
    government city state country bank agency authorities officials police""".split())


def _per(claim: ClaimBase) -> str | None:
    at = _at(claim)
    found = _PER.match(claim.sentence, at + len(claim.text)) if at >= 0 else None
    return found["unit"] if found else None

