"""Claim frames: what a figure is about, read from its own sentence.

A frame holds the event or measure a figure belongs to ("killed", "arrested", "turnout", "rose"),
the holder it belongs to (a person, team, company or place named with it), the counted thing with
its modifiers, and its scope ("so far", "in all", "of which", "career", "per day", "more"...).
Claims line up only when their frames are compatible, and a conflict needs the same event and
scope: "six boats spotted" and "four intercepted" are two facts, not one fact told two ways.

No parser: the clause around a figure is scanned for its nearest verb, names and scope words (frame_words.py).
"""
from __future__ import annotations

import re

from ..models import Frame
from ..text import STOP_WORDS
from .appositives import apposition_holder
from .event_kin import event_kin
from .frame_scope import read_scope
from .frame_words import (
    CLAUSE_OPENERS,
    EVENT_SYNONYMS,
    IRREGULAR_VERBS,
    LIGHT_VERBS,
    PERSONAL_SPANS,
    SKIPPABLE,
    STATISTICS,
    TOKEN,
)
from .holders import (
    place_after,
    possessor,
    pronoun_subject,
    read_holder,
    relative_antecedent,
    shouted_common,
)
from .lemmas import canonical_event, head_words, is_number_word, is_verbish, lemma, verb_lemma
from .measure_phrase import NAMED_MEASURES
from .openers import holder_as_told
from .present_verbs import present_tense_event
from .stat_names import common_opener
from .subjects import IRREGULAR_PAST, clause_bounds
from .tallies import carried_object, eventless_thin, told_another_way


def read_frame(text: str, sentence: tuple[int, int], span: tuple[int, int], thing_end: int | None = None,
               thing: str | None = None, scope_only: bool = False) -> Frame:
    """The frame of a figure at ``span`` in ``sentence``; ``thing_end`` is where its counted noun ends.
    ``scope_only``: the thing and scope alone, for a caller that reads the event and holder its own way."""
    clause_start, clause_end = clause_bounds(text, sentence[0], sentence[1], span[0], span[1])
    after_from = thing_end if thing_end is not None else span[1]
    # Event and scope words count only in the comma-delimited piece of the clause that holds the
    # figure: "800 rounds seized in all operations, about 200 this time" gives the 200 neither.
    piece_start = max(text.rfind(",", clause_start, span[0]) + 1, clause_start)
    piece_end = text.find(",", max(after_from, span[1]), clause_end)
    piece_end = clause_end if piece_end < 0 else piece_end
    if scope_only:
        return Frame(thing=thing, scope=read_scope(text, clause_start, (piece_start, piece_end), span, after_from))
    before = TOKEN.findall(text[clause_start:span[0]])
    after = TOKEN.findall(text[after_from:piece_end])  # "60,000 staff, of which 40% are in Europe": not the 60,000's place
    after_piece, piece_before = after, list(before) if piece_start == clause_start else TOKEN.findall(text[piece_start:span[0]])  # each read once: the event's, the degree's (no comma before the figure: the clause's, copied)
    event = (carried := carried_object(piece_before)) or _event_after(after_piece)  # "carrying 427 people arrived at": no place of theirs
    if event is None and not _has_own_verb(after_piece):
        event = present_tense_event(piece_before, thing) or _event_before(piece_before, participle=piece_start > clause_start)
    event = event_kin(text, (piece_start, piece_end), span[0], after_from, _event_told_another_way(text, piece_start, span[0], event, thing), thing)
    if event is None and _INCLUDING_OPENS.match(text, piece_start, span[0]):
        event = _event_of_whole(text, sentence, clause_end, piece_start, piece_end)
    told_by_verb = event
    event = event or _event_of_thing(thing)
    if event in ("rise", "fall", "reach", None) and re.search(r"\b(?:death|casualty) toll\b", text[piece_start:span[0]], re.I):
        event = "die"  # "the death toll rose to 112": the figure is the dead, not a rise
    holder = holder_as_told(text, sentence, span[0], _holder_of(text, sentence[0], clause_start, span[0], before, [] if carried else after))
    if holder and thing and set(holder.lower().split()) & set(head_words(thing)):
        holder = None  # "Container traffic rose": the capital is the sentence's, not a name's
    if is_stat(thing, told_by_verb):
        event = None  # "scored", "had", "posted", "added 23 points": one statistic, whatever the verb
    if holder is None and event is not None and not carried:
        holder = place_after(after)
    if holder and common_opener(text, sentence[0], holder, is_stat(thing)):
        holder = None  # "Floods have displaced", "Fire crews evacuated": a capital only because it opens the sentence (a statistic's is a player's: "Bell had 21 points")
    if holder and shouted_common(text, holder):
        holder = None  # "AN AVALANCHE killed three hikers": a headline's capitals, a word the text also writes plainly
    scope = read_scope(text, clause_start, (piece_start, piece_end), span, after_from)
    event, thing, scope, holder = told_another_way(text, sentence[0], piece_start, span[0], holder, thing, event, scope)
    if _by_degree(after_piece, piece_before[-3:]):
        scope = "+".join(sorted({*(scope.split("+") if scope else ()), "part"}))
    if event is None:
        among = _AMONG_THE.match(text, after_from, piece_end)
        event = canonical_event(among.group(1)) if among else None  # "Two firefighters were among the dead"
    return Frame(event=event, holder=holder, thing=thing, scope=scope)


# A figure in a "who" clause that tells of a common noun right before it, with no comma ("Police
# have not named the two officers who fired 25 shots"): the figure is the noun's, never the
# sentence subject's (a name before "who" is read by relative_antecedent and read_holder).
_RESTRICTIVE_WHO = re.compile(r"\b(?!(?:and|or|but)\b)[a-z][\w'’-]*\s+who\s+"
                              r"(?:[a-z][\w'’-]*\s+){1,3}$")


# Other ways to say a gun was fired, right before the figure of its shots, rounds or bullets.
_GUNFIRE = re.compile(r"\b(?:spray(?:s|ed|ing)?|unleash(?:es|ed|ing)?|pump(?:s|ed|ing)?|"
                      r"(?:let(?:s|ting)?|squeez(?:e|es|ed|ing)|got|gets?|getting)\s+off)\s+(?:[a-z]+\s+){0,2}$", re.I)


# A part told in an "including" phrase set off by a comma: "50 people, including seven children".
_INCLUDING_OPENS = re.compile(r"\s*including\s+(?:[\w'’-]+\s+){0,4}$", re.I)
# Hedges between a whole's verb and its figure: "killed more than 40 people".
_HEDGE_WORDS = frozenset("more than less fewer at least about some nearly almost over around up to roughly approximately".split())


def _event_of_whole(text: str, sentence: tuple[int, int], clause_end: int, piece_start: int, piece_end: int) -> str | None:
    """The event of the whole an "including" part belongs to: the verb after the phrase closes
    ("12 people, including seven children, were killed") or the verb right before the whole's own
    figure ("killed more than 40 people, including seven children"). Nothing else: "Residents,
    including seven children, said", "the 40 people, including seven children, who" name no event."""
    sentence_start = sentence[0]
    comma = text.rfind(",", sentence_start, piece_start)  # the comma before "including" (a clause break)
    if comma < 0:
        return None
    whole_start = text.rfind(",", sentence_start, comma) + 1 or sentence_start
    if piece_end < clause_end and text[piece_end] == ",":
        following = TOKEN.findall(text[piece_end + 1:clause_end])
        if not following[:1] or following[0].lower() not in _AUXILIARIES or _names_a_whole(text, sentence_start, whole_start, clause_end):
            return None
        if whole_start > _OPENING_MARKS.match(text, sentence_start).end() or not _PLAIN_WHOLE_END.match(text, piece_end + 1, sentence[1]):
            return None  # the whole's time, place or scope lies where the part's frame does not read
        return _event_after(following)
    if _names_a_whole(text, sentence_start, whole_start, comma):
        return None
    tokens = TOKEN.findall(text[whole_start:comma])
    figure = next((index for index in range(len(tokens) - 1, max(len(tokens) - 5, -1), -1)
                   if tokens[index][0].isdigit() or is_number_word(tokens[index])), None)
    if figure is None:
        return None
    while figure and tokens[figure - 1].lower() in _HEDGE_WORDS:
        figure -= 1
    return _event_before(tokens[:figure]) if figure else None


# After a whole's verb ("..., were killed in the blast, police said"), nothing that narrows the whole to a time, place
# or scope the part's frame would not carry ("since ...", "when their car was crushed", "at the city hospital", "in 2010").
_PLAIN_WHOLE_END = re.compile(r"\s*(?:was|were|is|are|have|has|had)\s+(?:(?:been|being|[a-z]+ly)\s+)*[a-z][\w'’-]*"
                              r"(?:\s+(?:in|by|during)\s+the\s+(?:[a-z][\w'’-]*\s*){1,3}?)?\s*"
                              r"(?:,\s*(?:[\w'’-]+\s+){1,3}(?:said|says|reported)\s*)?[.!?\"”’')]*\s*$")


# A capitalised word that is not a name of the whole's: the sentence's first word, or a name after
# "of" ("the shelling of Halden schools killed 40 people": the shelling's dead, not Halden's).
_NAME_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
_OPENING_MARKS = re.compile(r"[\s\"“‘'(]*")
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*$")


def _names_a_whole(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the words of a whole name whose or where it is ("Comets Group will pay $300 million,
    including ...", "40 people, including 12 children, were killed in Tarnvik"): its part is then
    that one's, which the part's own words do not say, so it takes no event (a frame too thin to
    disagree) rather than one that meets another company's or place's part."""
    opener = _OPENING_MARKS.match(text, sentence_start).end()
    return any(found.start() != opener and not _OF_BEFORE.search(text, sentence_start, found.start())
               for found in _NAME_WORD.finditer(text, start, end))


# Sitting out games is missing them: the phrasal verb right before the figure (at most "the final").
_SAT_OUT = re.compile(r"\b(?:sit|sits|sat|sitting)\s+out\s+(?:(?:the|his|her|their|its)\s+)?(?:(?:first|last|final|next|remaining|opening)\s+)?$", re.I)


# A bout won "in N rounds" by any of these ends after N rounds ("won eight rounds" on the cards does not).
_ENDING_VERBS = frozenset("win stop knock finish end".split())


def restrictive_who(text: str, start: int, position: int) -> re.Match[str] | None:
    """The "who" clause of a common noun that a figure at ``position`` sits in, if any."""
    return _RESTRICTIVE_WHO.search(text, start, position) if text.find("who", start, position) >= 0 else None  # (every match holds it)


def _holder_of(text: str, sentence_start: int, clause_start: int, position: int, before: list[str],
               after: list[str]) -> str | None:
    """The holder a figure's clause names (holders.py), read only after "who" in a "who" clause of
    a common noun ("the officers who fired 25 shots" are theirs, not the sentence subject's)."""
    restrictive = restrictive_who(text, clause_start, position)
    if restrictive:
        before = TOKEN.findall(text[restrictive.end():position])
    # A change in apposition is the figure's before it ("Ray 21.5, Lowe 12.4, a fall of six": appositives.py).
    return apposition_holder(text, sentence_start, position) or possessor(text, clause_start, position) \
        or relative_antecedent(text, sentence_start, clause_start, before, after, position) \
        or read_holder(before, after) or (None if restrictive else pronoun_subject(text, sentence_start, position))


def _event_told_another_way(text: str, piece_start: int, position: int, event: str | None, thing: str | None) -> str | None:
    """Events news tells in other verbs: "spraying 21 shots", "letting off 9 shots" are gunfire;
    "beat Jones in nine rounds", "stopping Jones in four rounds": the bout lasted them, as "lasted
    six rounds" says ("won eight rounds" on the cards stays a win); "sat out four games" missed them."""
    head = head_words(thing)[:1] if thing else []
    if event is not None and head in (["shots"], ["rounds"], ["bullets"]) and _GUNFIRE.search(text, piece_start, position):
        return "fire"
    if event in _ENDING_VERBS and head == ["rounds"] and re.search(r"\bin\s+$", text[max(piece_start, position - 4):position]):
        return "last"
    if event is None and _SAT_OUT.search(text, piece_start, position):
        return "miss"  # "sat out four games", "will sit out the final three games": missed them
    return event


# The part's event when the whole is named by it: "among the dead", "among the injured".
_AMONG_THE = re.compile(r"[^,;.]{0,40}?\bamong\s+the\s+(dead|injured|wounded|missing|killed)\b", re.I)


def _event_after(tokens: list[str]) -> str | None:
    """"12 people were killed", "20 injured", "five died": the verb right after the counted noun
    (past words that only hedge or time it: "had so far been officially confirmed dead")."""
    tokens = _without_reported(tokens)
    for index, token in enumerate(tokens[:8]):
        lowered = token.lower()
        if lowered in SKIPPABLE or lowered == "since" and index and tokens[index - 1].lower() in ("have", "has", "had"):
            continue  # "11 have since been recaptured"; but "since taking office" is another clause
        if (lowered.endswith("ly") and len(lowered) > 4 and lowered not in DEGREE_ADVERBS and lowered not in _NOT_QUITE
                and index + 1 < len(tokens) and is_verbish(tokens[index + 1])):
            continue  # "were safely evacuated", "were later freed" ("seriously injured" is read past by no one: _by_degree)
        if lowered in ("in", "on", "at", "from", "with", "aboard", "across", "throughout") and index == 0:
            return _event_past_phrase(tokens[1:])  # "157 people on board the plane died"
        if lowered in ("by", "in", "on", "at", "from", "with", "of", "for", "and", "to"):
            return None
        if lowered == "who" and index == 0:
            return _event_past_relative(tokens[1:12])
        return canonical_event(token) if is_verbish(token) else None
    return None


# Adverbs that say the event did not (or may not) happen as told: "were nearly killed" is no killing.
_NOT_QUITE = frozenset("nearly narrowly barely initially originally previously potentially possibly wrongly falsely "
                       "mistakenly".split())
# Adverbs that make a part of the event's whole: the seriously injured are some of the injured.
DEGREE_ADVERBS = frozenset("""seriously critically severely badly gravely slightly lightly mildly fatally mortally
    moderately minorly superficially partially partly completely totally heavily""".split())
def _by_degree(after: list[str], before: list[str]) -> bool:
    """"30 people were seriously injured", "seriously injuring 30 people": a degree adverb right
    before the figure's verb makes the figure a part of the event's whole (some of the injured),
    never the same figure as the whole's in nearly the same words (an echo)."""
    tokens = [token for token in after[:6] if token.lower() not in SKIPPABLE]
    if tokens[:1] and tokens[0].lower() in DEGREE_ADVERBS and len(tokens) > 1 and is_verbish(tokens[1]):
        return True
    return len(before) >= 2 and before[-2].lower() in DEGREE_ADVERBS and is_verbish(before[-1])


_AUXILIARIES = frozenset("was were is are have has had".split())
# Reporting verbs of "were said to have been ...": a hedge before the figure's own verb.
_REPORTED_AS = frozenset("said believed thought feared reported known understood estimated expected confirmed".split())


def _without_reported(tokens: list[str]) -> list[str]:
    """The tokens without the hedge of "were said to have been evacuated", "are believed to be
    trapped": the reporting verb's "to have (been)" stands between the figure and its own verb."""
    kept, index = [], 0
    while index < len(tokens):
        if (tokens[index].lower() == "to" and index > 0 and tokens[index - 1].lower() in _REPORTED_AS
                and index + 1 < len(tokens) and tokens[index + 1].lower() in ("have", "be")
                and (tokens[index + 1].lower() == "be" or index + 2 < len(tokens) and tokens[index + 2].lower() == "been")):
            index += 3 if tokens[index + 1].lower() == "have" else 2
            continue
        kept.append(tokens[index])
        index += 1
    return kept


def _event_past_relative(tokens: list[str]) -> str | None:
    """"Two hikers who were with Ms Farrow were rescued": the main verb after the relative
    clause, when it comes as an auxiliary and an event word after the clause's own verb."""
    for index in range(1, len(tokens) - 1):
        if tokens[index].lower() in _AUXILIARIES:
            following = tokens[index + 1:index + 3]
            word = following[1] if following[0].lower() == "been" and len(following) > 1 else following[0]
            return canonical_event(word) if is_verbish(word) else None
    return None


def _event_past_phrase(tokens: list[str]) -> str | None:
    """The event after a short phrase that follows the counted noun: a word that is itself an event
    ("died", "were killed"), within four words, before any comma or "and"."""
    for index, token in enumerate(tokens[:6]):
        lowered = token.lower()
        if lowered in ("and", "or", "but") or lowered in CLAUSE_OPENERS or token[0].isdigit():
            return None
        if lowered in SKIPPABLE and index > 0:
            continue
        past = lowered.endswith("ed") or lowered in IRREGULAR_PAST or lowered in IRREGULAR_VERBS
        modifier = index > 0 and tokens[index - 1].lower() in ("the", "a", "an", "his", "her", "its", "their", "our")
        if index <= 4 and past and not modifier and (lowered in EVENT_SYNONYMS or lemma(lowered) in EVENT_SYNONYMS):
            return canonical_event(token)  # "died", "were killed"; not "the collapsed hotel", not "in damage"
    return None


def _has_own_verb(tokens: list[str]) -> bool:
    """"two others remain at large", "5 were at home": a figure that is its own verb's subject takes
    no verb from before it ("Three were arrested and two others remain at large")."""
    auxiliary = False
    for token in tokens[:4]:
        lowered = token.lower()
        if lowered in ("remain", "remains", "remained", "stay", "stays", "stayed"):
            return True
        if lowered in ("were", "was", "are", "is", "have", "has", "had"):
            auxiliary = True
        elif lowered not in SKIPPABLE:
            return auxiliary
    return auxiliary


def _event_before(tokens: list[str], participle: bool = False) -> str | None:
    """"killed at least 12 people", "rushed for 404 yards": the nearest verb before the figure.
    ``participle``: the words open after a comma, where an -ing form hangs on the clause before
    ("will close its Tarnvik plant, cutting 300 jobs": the plant's jobs, not all that are "cut")."""
    coordinated = False
    for distance, token in enumerate(reversed(tokens[-6:])):
        lowered = token.lower()
        if lowered in CLAUSE_OPENERS and distance > 0:
            return None
        coordinated = coordinated or lowered in ("and", "or", "plus")
        if distance > 0 and (token[0].isdigit() or is_number_word(token)) and not coordinated:
            return None  # "conceded 41 goals in 20 matches": the verb's object is the 41, not the 20
        if is_verbish(token):
            if participle and distance == len(tokens) - 1 and token.lower().endswith("ing"):
                return canonical_event(token)  # kept apart from the main verb's own figures
            return canonical_event(verb_lemma(token))  # its object follows: "missing 11 games" is "missed"
        if lowered in LIGHT_VERBS and lowered not in ("said", "says", "say"):
            continue  # "had 20 points": keep looking only past a light verb, never past a comma clause
    return None


def _event_of_thing(thing: str | None) -> str | None:
    """"12 deaths", "40 arrests", "the 6 dead": the counted noun is itself the event."""
    if not thing:
        return None
    head = thing.split()[0].lower() if thing else ""
    if head in EVENT_SYNONYMS or lemma(head) in EVENT_SYNONYMS:
        return canonical_event(head)
    return None


def is_life_fact(frame: Frame) -> bool:
    """A birth or a death of a person named in full ("Tom Smith was born on 3 May 1950"): a fact of
    that person, not background told in passing, however long ago."""
    return frame.event in ("born", "die") and bool(frame.holder) and len(frame.holder.split()) >= 2


def is_thin(frame: Frame, kind: str = "count") -> bool:  # noqa: C901 (one rule per kind, read together)
    """Too little to tell which fact a figure states: a date with no event of its own; a count with
    no event and a counted thing that could be anything ("12 people", "two touchdowns")."""
    if kind == "percent":
        # A share's thing is what it is of ("his blood-alcohol level"): two content words say which.
        content = [w for w in re.findall(r"[A-Za-z][\w'’-]*", (frame.thing or "").lower()) if w not in STOP_WORDS]
        return not frame.event and len(content) < 2 and content != [NAMED_MEASURES.get(content[0] if content else "")]
    if kind in ("date", "duration"):
        # History ("in 2004, a quake triggered ...") is told in passing, and many events share a
        # verb: only the news itself, with its own event, is sure enough to disagree about.
        return (not frame.event or frame.scope in ("modifier", "quote", "limit", "need", "forecast", "gap", "anchored", "updated", "reported")
                or frame.when is not None and not is_life_fact(frame))
    if frame.when is not None:
        return True  # a figure of the past is background told in passing ("a tsunami killed 230,000 in 2004")
    if frame.event and frame.holder:
        return False
    if not frame.thing:
        return True
    heads = head_words(frame.thing)
    if not heads:
        return True
    if heads[-1] in STATISTICS and frame.event not in NOT_GAME_EVENTS or heads[-1] in PERSONAL_SPANS:
        return not frame.holder  # a player's statistic, a person's years: whose it is says which one
    if not frame.event:
        # only modifiers, a holder's tally or a holder's figure of a distinct noun say which figure it is
        return eventless_thin(frame.holder, heads, frame.scope)
    return False


def is_personal(thing: str | None) -> bool:
    """"19 seasons", "seven years": a span of someone's time."""
    words = head_words(thing) if thing else []
    return bool(words) and words[-1] in PERSONAL_SPANS


# Verbs that make a statistic's noun a plain count: "officers fired 11 shots" is no one's stat line.
NOT_GAME_EVENTS = frozenset({"fire", "spray", "hear"})


def is_stat(thing: str | None, event: str | None = None) -> bool:
    """A sports statistic ("23 points", "eight rebounds for Riverton"): the verb tells nothing,
    unless it is gunfire's ("fired 11 shots")."""
    if not thing or event in NOT_GAME_EVENTS:
        return False  # a statistic's word before the thing's first stop word (head_words: its words, read once a thing)
    return not STATISTICS.isdisjoint(head_words(thing))


def frame_label(frame: Frame, fallback: str) -> str:
    """What an editor reads as the subject: "killed · people · Ardal"."""
    parts = [part for part in (frame.event, frame.thing or fallback, frame.holder, frame.scope) if part]
    return " · ".join(parts) or fallback
