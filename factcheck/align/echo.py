"""Echoes: one figure at the same place in two articles' nearly identical sentences.

Newsrooms reuse wire copy and rewrite each other: "Two children were among the 11 dead, police
said" in one article and "Two children were among the 11 dead, officials said" in another state one
fact, whatever their frames say; a sentence too thin to tell which fact a bare figure states ("two
children") still tells it when another article says the same words around another figure. An echo
is that case and nothing looser: the two sentences match as a whole, and the figure sits inside a
run of at least ``MIN_CONTEXT`` matching words at the same place in both. A figure that appears
more than once in its sentence, or whose neighbours differ, echoes nothing.

A sentence rewritten more freely can still be pinned to another by the figures it shares with it:
"612 yards rushing on 131 carries" and "612 yards and three touchdowns on 131 carries" tell one stat
line. Two sentences of two sources are *anchored* when they share a figure stated alike (the same
value of the same kind, distinctive: 10 or more, or not whole, or two small ones), and then the one
remaining figure of a counted noun in each is one fact (``anchored_pairs``). Names keep two players'
stat lines apart: the capitalised words of one sentence must all be in the other, or the reverse.

History told alike is a third such pair (``history_pairs``): two figures whose own clauses date
them to the same past time, with the same event and counted noun ("in 2004 a tsunami killed
230,000 people" / "... 220,000 people ... in 2004"). Background is left thin on its own (it is
told in passing, and often of another event than the news), but two tellings of one piece of
history that name the same time and event are one fact.

Alignment (align.py) uses echoes to bring a claim that no other source's claim lined up with into
the group of the claim it echoes; comparison (compare.py) may then call the pair a conflict even
when the frames alone were too thin to say so.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from ..chrono import FULL_MONTH_NAMES, WEEKDAY_NAMES
from ..extract.family import parents_apart
from ..extract.frame_words import COMMON_CAPITALISED
from ..extract.frames import DEGREE_ADVERBS, restrictive_who
from ..extract.holders import holder_is_place, same_holder
from ..kinds import FIGURES
from ..models import ClaimBase
from .echo_words import _NUMBER_WORDS, MIN_CONTEXT, _context_may_match, _tokens, figure_at
from .joint import joint_apart
from .keys import head_phrase
from .memo import another_event_before, matching, stat_or_personal
from .stretches import stretches_apart

# How much of the two sentences must match, as difflib's ratio over their words.
MIN_RATIO = 0.6
# Claims compared under one key at most, and partners sought per claim: the cost per claim stays
# bounded however big a story is (a few partners say which fact a claim states as well as many).
CANDIDATES_PER_KEY = 8
PARTNERS_SOUGHT = 3
# More figures than this under one sentence's text (a sentence repeated through an article) pin nothing.
MAX_FIGURES_PER_SENTENCE = 32

def echoes(one: ClaimBase, other: ClaimBase) -> bool:
    """Whether two claims state their figures at the same place in nearly the same sentence."""
    first, second = figure_at(one), figure_at(other)
    if first is None or second is None or not _same_measure(one, other):
        return False
    if not _context_may_match(_tokens(one.sentence)[0], _tokens(other.sentence)[0], first, second):
        return False
    if _told_apart(one, other) or not _names_compatible(one, other):
        return False
    if stat_or_personal(one.frame.thing, one.frame.event) or stat_or_personal(other.frame.thing, other.frame.event):
        # A statistic's sentence is a formula ("caught # passes for # yards"): only the same names
        # around it say it is the same player's (one sentence may name more: "... the Herons in
        # Harbor City, Fla."), and the players read as holders must be one.
        names, other_names = _names(one.sentence), _names(other.sentence)
        if not names or not other_names or not _holders_agree(one, other):
            return False
        if names != other_names and not (one.frame.holder and other.frame.holder):
            return False  # "He ran for 120 yards ... against the Comets" is not "Jones ran for 85 yards ..."
    blocks, ratio = matching(_tokens(one.sentence)[0], _tokens(other.sentence)[0])
    for block in blocks:
        if block.a <= first < block.a + block.size:
            if second - block.b != first - block.a:
                return False
            # Two matching words are not enough however close the rest: "Two officers off duty
            # were at the bar" / "Six officers were at the bar" insert a part right after them.
            # A run from the figure on, after two different words ("will reach # users." / "has # users."), needs more.
            return block.size - 1 >= MIN_CONTEXT + 2 * (block.a == first) and ratio >= MIN_RATIO
    return False


_NAME = re.compile(r"\b[A-Z][a-z]+(?:['’][a-z]+)?\b")


@lru_cache(maxsize=4096)
def _names(sentence: str) -> frozenset[str]:
    """The capitalised words of a sentence but the common ones ("The", "Police", "Monday") and
    figures ("Three climbers": the figure an echo may differ in)."""
    return frozenset(word for word in _NAME.findall(sentence)
                     if word not in COMMON_CAPITALISED and word.lower() not in _NUMBER_WORDS)


def _told_apart(one: ClaimBase, other: ClaimBase) -> bool:
    """What the frames say for sure: two events or scopes named on both sides and different ("twelve
    hospitalized" and "nineteen treated" are two facts in one sentence frame). Holders are left to
    the names check: an echo's two sentences name what they name alike or nearly so, and where they
    differ ("off Varsk" / "off Indonesia") the holder read from each is the less sure sign; a holder
    named on one side only must be in the other's sentence, and so must a name set against a mere
    place noun ("Gunman Adam Brown killed three people in the mall" / "The two gunmen killed 12
    people in the mall" tell of other killers)."""
    first, second = one.frame, other.frame
    return (bool(first.event and second.event and first.event != second.event)
            or _scopes_apart(first.scope, second.scope)
            or not second.holder and _part_of_whole(one, other.sentence)
            or not first.holder and _part_of_whole(other, one.sentence)
            or _other_doer(one, other) or _other_doer(other, one)
            or bool(first.holder) and _told_of_a_noun(other) or bool(second.holder) and _told_of_a_noun(one)
            or _degrees_apart(one, other) or parents_apart(one, other)
            # How sure someone is: "said doctors were 90 percent sure" is not his own "he was 60 percent sure"
            or first.event == second.event == "certain" and bool(first.holder) != bool(second.holder)
            or stretches_apart(one, other)
            or _one_day_of_a_running_total(one, other) or _one_day_of_a_running_total(other, one)
            or _of_another_event(one) != _of_another_event(other)  # and a past time's against a day of the news:
            or any(bool(a.frame.when) and not b.frame.when and _ONE_DAY.search(b.sentence) for a, b in ((one, other), (other, one))))


def _of_another_event(claim: ClaimBase) -> bool:
    """"the deadliest since a 2015 bombing that killed 40 people" / "The attack killed 12 people":
    a figure of another event of the story's kind, however alike the words (frame_other.py)."""
    return claim.kind != "date" and another_event_before(claim.sentence, claim.text)


# One day named as the figure's time: "pulled 12 survivors from the rubble on Tuesday".
_ONE_DAY = re.compile(rf"\b(?:on {WEEKDAY_NAMES}|today|yesterday|overnight|on (?:\d{{1,2}} )?{FULL_MONTH_NAMES}\b)")


def _one_day_of_a_running_total(total: ClaimBase, day: ClaimBase) -> bool:
    """"have pulled 40 survivors ... since the quake" and "pulled 12 survivors ... on Tuesday": a
    running total and one day's part of it, however alike the sentences."""
    return ("so far" in (total.frame.scope or "").split("+") and "so far" not in (day.frame.scope or "").split("+")
            and bool(_ONE_DAY.search(day.sentence)))


def _degree(claim: ClaimBase) -> str | None:
    return next((w for w in re.findall(r"[a-z]+", claim.sentence.lower()) if w in DEGREE_ADVERBS), None)


def _degrees_apart(one: ClaimBase, other: ClaimBase) -> bool:
    """"critically injured" and "seriously injured": two parts of the injured, not one figure."""
    parts = all("part" in (c.frame.scope or "").split("+") for c in (one, other))
    return parts and _degree(one) != _degree(other)


def _told_of_a_noun(claim: ClaimBase) -> bool:
    """A figure in a "who" clause of a common noun ("Coach Tom Smith thanked the fans who bought
    5,000 tickets"): the sentence's names are not whose the figure is, so it does not echo a figure
    the other side tells of a holder ("Tom Smith bought 2,000 tickets")."""
    offset = claim.sentence.find(claim.text)
    return not claim.frame.holder and offset > 0 and restrictive_who(claim.sentence, 0, offset) is not None


def _other_doer(one: ClaimBase, other: ClaimBase) -> bool:
    """One side's figure is a named person's or body's that the other sentence does not name, while
    the other's holder is only a place noun ("in the mall"): two sentences of other doers."""
    named, plain = one.frame.holder, other.frame.holder
    if not (named and plain and named[0].isupper() and plain.islower()):
        return False
    # The name's own words, as written ("Brown", not the "brown" of "brown jackets"), whole words.
    other_words = set(re.findall(r"[A-Za-z][\w'’-]*", other.sentence))
    return not any(word in other_words for word in named.split() if word[:1].isupper())


# Scopes that make a figure another fact than the same words without them: a part of a whole,
# an increment, a rate or an average, what is left, a limit or a base.
_OTHER_FACT_SCOPES = frozenset({"part", "more", "base", "limit", "rate", "average", "remaining", "period", "whole", "need", "forecast", "gap", "margin", "annualised"})


def _scopes_apart(one: str | None, other: str | None) -> bool:
    """Whether two scopes tell two facts: both named and different but for the season ("average+rate"
    and "average+rate+season"), or one of them a part or an increment the other sentence lacks
    ("Three students were among those killed" / "Nine students were killed"; "five more bodies
    ... so far" / "40 bodies ... so far")."""
    first, second = set(one.split("+")) if one else set(), set(other.split("+")) if other else set()
    differ = first ^ second
    if differ <= {"season"}:
        return False
    return bool(first and second) or bool(differ & _OTHER_FACT_SCOPES)


def _part_of_whole(claim: ClaimBase, other_sentence: str) -> bool:
    """A place one side names and the other's sentence does not ("ten houses damaged in Tarnvik"
    and "around 40 houses damaged by the quake"): a part and its whole, not one fact. A person the
    other sentence leaves out ("Dorsey caught 52 passes" / "catching 52 passes") is no part."""
    holder = claim.frame.holder
    lowered = other_sentence.lower()
    return (holder_is_place(holder, claim.sentence)
            and not all(word.lower() in lowered for word in holder.split()))


def _same_measure(one: ClaimBase, other: ClaimBase) -> bool:
    """The gates alignment puts on every pair of one kind: the same counted noun, currency, period."""
    if one.kind != other.kind:
        return False
    if one.kind == "money":
        return one.value.currency == other.value.currency
    if one.kind == "count":
        if one.value.rank != other.value.rank:
            return False
        (modifiers, head), (other_modifiers, other_head) = head_phrase(one.frame.thing or one.subject), head_phrase(other.frame.thing or other.subject)
        # "382 pedestrian deaths" / "410 cyclist deaths": two kinds of one noun, however alike the sentences
        return head == other_head and not (modifiers and other_modifiers and not modifiers & other_modifiers)
    return one.value.period == other.value.period


def echo_pairs(claims: list[ClaimBase], wanted: set[int]) -> list[tuple[int, int]]:
    """Pairs (i, j) of claims from different sources that echo each other, i in ``wanted``, in a fixed
    order. Candidates share the two words on one side of the figure (an echo has them), so each
    claim meets a bounded number of others."""
    index: dict[tuple, list[int]] = defaultdict(list)
    keys = [_keys(claim) for claim in claims]
    for number, claim_keys in enumerate(keys):
        for key in claim_keys:
            index[key].append(number)
    pairs = []
    for number in sorted(wanted):
        if not keys[number]:
            continue  # no figure found once in its sentence: it echoes nothing (echoes says so too)
        claim = claims[number]
        words = _word_set(claim.sentence)
        candidates = sorted({other for key in keys[number] for other in index[key][:CANDIDATES_PER_KEY]})
        found = 0
        for other in candidates:
            if (claims[other].source != claim.source and _overlap(words, _word_set(claims[other].sentence)) >= MIN_RATIO
                    and echoes(claim, claims[other])):
                pairs.append((number, other))
                found += 1
                if found == PARTNERS_SOUGHT:
                    break
    return pairs


@lru_cache(maxsize=8192)
def _word_set(sentence: str) -> frozenset[str]:
    return frozenset(_tokens(sentence)[0])


def _overlap(one: frozenset[str], other: frozenset[str]) -> float:
    """Dice overlap of two word sets: an upper bound of sorts on difflib's ratio, cheap to take first."""
    return 2 * len(one & other) / (len(one) + len(other))


def anchored_pairs(claims: list[ClaimBase], wanted: set[int]) -> list[tuple[int, int]]:
    """Pairs (i, j), i in ``wanted``, of claims from sentences of two sources that share a
    distinctive figure stated alike, each the only other figure of its measure in its sentence."""
    sentences: dict[tuple[str, str], list[int]] = defaultdict(list)
    for number, claim in enumerate(claims):
        sentences[(claim.source, claim.sentence)].append(number)
    by_value: dict[tuple, list[tuple[str, str]]] = defaultdict(list)
    for key, members in sentences.items():
        for value in {_value(claims[number]) for number in members}:
            by_value[value].append(key)
    pairs = []
    for number in sorted(wanted):
        claim = claims[number]
        own = (claim.source, claim.sentence)
        if len(sentences[own]) > MAX_FIGURES_PER_SENTENCE:
            continue  # one sentence written over and over: no stat line, and each look would cost them all
        values = {_value(claims[other]) for other in sentences[own] if other != number}
        candidates = sorted({key for value in values for key in by_value[value][:CANDIDATES_PER_KEY]
                             if key[0] != claim.source and len(sentences[key]) <= MAX_FIGURES_PER_SENTENCE})
        for key in candidates:
            partner = _anchored_partner(claims, number, sentences[own], sentences[key])
            if partner is not None:
                pairs.append((number, partner))
    return pairs


def _anchored_partner(claims: list[ClaimBase], number: int, own: list[int], other: list[int]) -> int | None:
    claim = claims[number]
    anchors = {_value(claims[a]) for a in own if a != number} & {_value(claims[b]) for b in other}
    if not any(_distinctive(value) for value in anchors) and len(anchors) < 2:
        return None
    if _value(claim) in anchors or not _names_compatible(claim, claims[other[0]]):
        return None
    mine = [a for a in own if _value(claims[a]) not in anchors and _same_measure(claim, claims[a])]
    theirs = [b for b in other if _value(claims[b]) not in anchors and _same_measure(claim, claims[b])]
    if mine != [number] or len(theirs) != 1 or _told_apart(claim, claims[theirs[0]]):
        return None
    if not _holders_agree(claim, claims[theirs[0]]):
        return None  # two players' stat lines that share a figure ("59 catches" each): a sentence with no names pins no one
    # On the same side of every shared figure in both: "515 yards and three scores" does not pin "two
    # touchdowns" told before the 515 (the three was not read as a claim: the two is another figure).
    partner = claims[theirs[0]]
    # Small figures shared by chance ("two touchdowns" told in another order) place nothing when a
    # distinctive one is shared.
    placing = [value for value in anchors if _distinctive(value)] or anchors
    for value in placing:
        first = min(claims[a].start for a in own if _value(claims[a]) == value)
        second = min(claims[b].start for b in other if _value(claims[b]) == value)
        if (claim.start > first) != (partner.start > second):
            return None
    return theirs[0]


def _value(claim: ClaimBase) -> tuple:
    value = claim.value
    return (claim.kind, value.low, value.high, value.__dict__.get("currency"), value.vague)


def _distinctive(value: tuple) -> bool:
    """A figure unlikely to be shared by chance: 10 or more, or with a fraction."""
    low = value[1]
    return low is not None and (low >= 10 or low != int(low))


def _names_compatible(one: ClaimBase, other: ClaimBase) -> bool:
    """One sentence names what the other names, and maybe more ("the Herons in Harbor City, Fla."),
    but not a second name joined to the figure's ("Harbor City and Tarnvik could lose": joint.py)."""
    first, second = _names(one.sentence), _names(other.sentence)
    if len(holders := {one.frame.holder, other.frame.holder}) == 2 and all(h and h.isupper() for h in holders):
        return False  # two holders' initials, which _NAME skips: "NASA spent" / "ESA spent"
    return (first <= second or second <= first) and not joint_apart(one, other) and not joint_apart(other, one)


def history_pairs(claims: list[ClaimBase], wanted: set[int]) -> list[tuple[int, int]]:
    """Pairs (i, j), i in ``wanted``, of claims from two sources dated by their clauses to the same
    past time, with the same event and measure, and holders that agree where both name one."""
    index: dict[tuple, list[int]] = defaultdict(list)
    for number, claim in enumerate(claims):
        if _history_key(claim) is not None:
            index[_history_key(claim)].append(number)
    pairs = []
    for number in sorted(wanted):
        claim, key = claims[number], _history_key(claims[number])
        if key is None:
            continue
        pairs.extend((number, other) for other in index[key][:CANDIDATES_PER_KEY]
                     if claims[other].source != claim.source and _same_measure(claim, claims[other])
                     and not _told_apart(claim, claims[other]) and _holders_agree(claim, claims[other]))
    return pairs


def _history_key(claim: ClaimBase) -> tuple | None:
    frame = claim.frame
    if claim.kind not in FIGURES or not frame.when or "/" not in frame.when or not frame.event:
        return None
    return frame.when, frame.event


def may_stand_with(claim: ClaimBase, other: ClaimBase) -> bool:
    """Whether nothing in two frames tells them apart (events, scopes, holders): the gate for an
    echoing claim to join a group of claims it does not echo itself."""
    return not _told_apart(claim, other) and _holders_agree(claim, other)


def _holders_agree(one: ClaimBase, other: ClaimBase) -> bool:
    first, second = one.frame.holder, other.frame.holder
    return not (first and second) or same_holder(first, second)


def _keys(claim: ClaimBase) -> list[tuple]:
    if claim.kind not in FIGURES:
        return []
    at = figure_at(claim)
    if at is None:
        return []
    words = _tokens(claim.sentence)[0]
    return [("left", words[max(at - 2, 0):at]), ("right", words[at + 1:at + 3])]
