"""Claim frames: what a figure is about, read from its own sentence.

A frame holds the event or measure a figure belongs to ("killed", "arrested", "turnout", "rose"),
the holder it belongs to (a person, team, company or place named with it), the counted thing with
its modifiers, and its scope ("so far", "in all", "of which", "career", "per day", "more"...).
Claims line up only when their frames are compatible, and a conflict needs the same event and
scope: "six boats spotted" and "four intercepted" are two facts, not one fact told two ways.

No parser: the clause around the figure is scanned for the nearest verb (a word the lemmatiser
reads as a verb form, or an event noun), for capitalised names, and for scope words. The
vocabulary is plain English news vocabulary, kept as data in frame_words.py.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

from typing import TYPE_CHECKING

from ..models import Frame
from ..text import SMALL_NUMBER_WORDS, STOP_WORDS, by_first_letter, required_words
from .frame_words import (  # noqa: F401 (IRREGULAR_VERBS, NUMBER_WORDS: read from here too)
    EVENT_SYNONYMS,
    GENERIC_THINGS,
    IRREGULAR_VERBS,
    LIGHT_VERBS,
    NUMBER_WORDS,
    ORGANISATION_WORDS,
    PERSON_ROLES,
    PLACE_NOUNS,
    SCOPE_CUES,
    CLAUSE_OPENERS,
    COMMON_CAPITALISED,
    DISTINCT_WORDS,
    PERSONAL_SPANS,
    SKIPPABLE,
    STATISTICS,
    TIME_ZONES,
    TOKEN)
from .subjects import EVENT_NOUNS, IRREGULAR_PAST, clause_bounds

if TYPE_CHECKING:
    from .base import Page



@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of a word ("killed" -> "kill", "injuries" -> "injury"), lower case.

    simplemma ships its dictionaries: nothing is downloaded, and a look-up is a dict access."""
    from simplemma import lemmatize  # imported on first use: a re-check that extracts nothing never pays for it

    lowered = word.lower().replace("’", "'")
    found = lemmatize(lowered, lang="en").lower()
    if lowered.endswith(("lled", "lling")) and found.endswith("ll") and found != lowered:
        from simplemma import is_known

        if len(re.findall(r"[aeiou]+", found[:-2])) >= 2 and is_known(found[:-1], lang="en"):
            return found[:-1]  # British "cancelled", "travelling": the dictionary has "cancel", "travel"
    return found


def canonical_event(word: str) -> str:
    lowered = word.lower()
    if lowered in EVENT_SYNONYMS:
        return EVENT_SYNONYMS[lowered]
    base = lemma(lowered)
    return EVENT_SYNONYMS.get(base, base)


@lru_cache(maxsize=65536)  # asked of every word near every figure; the same few hundred words
def _is_verbish(word: str) -> bool:
    """A word that reads as a verb form of an event: -ed/-ing forms and known event words."""
    lowered = word.lower()
    if lowered in STOP_WORDS or lowered in LIGHT_VERBS or not lowered.isalpha() or word[0].isupper() and word != word.upper():
        return False  # "Reading", "Sterling": a capital makes a name, not a verb
    if lowered in EVENT_SYNONYMS or lemma(lowered) in EVENT_SYNONYMS or lowered in IRREGULAR_PAST or lowered in IRREGULAR_VERBS:
        return True
    return lowered.endswith(("ed", "ing")) and len(lowered) > 4


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
        return Frame(thing=thing, scope=_frame_scope(text, clause_start, (piece_start, piece_end), span, after_from))
    before = TOKEN.findall(text[clause_start:span[0]])
    after = TOKEN.findall(text[after_from:piece_end])  # "60,000 staff, of which 40% are in Europe": not the 60,000's place
    after_piece = after  # the same words: read once
    event = _event_after(after_piece)
    if event is None and not _has_own_verb(after_piece):
        event = _event_before(TOKEN.findall(text[piece_start:span[0]]))
    told_by_verb = event
    event = event or _event_of_thing(thing)
    if event in ("rise", "fall", "reach", None) and re.search(r"\b(?:death|casualty) toll\b", text[piece_start:span[0]], re.I):
        event = "die"  # "the death toll rose to 112": the figure is the dead, not a rise
    holder = _possessor(text, clause_start, span[0]) or _holder(before, after)
    if holder and thing and set(holder.lower().split()) & set(_head_words(thing)):
        holder = None  # "Bilateral trade rose": the capital is the sentence's, not a name's
    if is_stat(thing, told_by_verb):
        event = None  # "scored", "had", "posted", "added 23 points": one statistic, whatever the verb
    if holder is None and event is not None:
        holder = _place(after)
    if holder and _is_common_opener(text, sentence[0], holder):
        holder = None  # "Floods have displaced", "Fire crews evacuated": a capital only because it opens the sentence
    if holder and _shouted_common(text, holder):
        holder = None  # "AN EARTHQUAKE killed six children": a headline's capitals, a word the text also writes plainly
    scope = _frame_scope(text, clause_start, (piece_start, piece_end), span, after_from)
    return Frame(event=event, holder=holder, thing=thing, scope=scope)


def _frame_scope(text: str, clause_start: int, piece: tuple[int, int], span: tuple[int, int], after_from: int) -> str | None:
    piece_start, piece_end = piece
    # Scope words belong to the nearest figure: "14 goals this season and 112 in his career".
    own_start, own_end = _between_figures(text, piece_start, piece_end, span[0], max(after_from, span[1]))
    # Words after a clause of its own ("364 yards as the Colts recorded their sixth win this season")
    # are not the figure's; after a verb joined on ("507 yards and still managed to lose"), not its
    # "still". A season's or career's words cross a bare "and" ("25 touchdowns and just four
    # interceptions this season"): losing a real one would set a season against a game.
    after = max(after_from, span[1])
    clause_end, verb_end = _joined_end(text, after, piece_end, _OWN_CLAUSE), _joined_end(text, after, piece_end, _JOINED_AFTER)
    own_end = min(own_end, clause_end)
    scope = _scope(text[max(piece_start, span[0] - 40):span[0]], text[span[0]:min(own_end, verb_end, after_from + 40)],
                   text[piece_start:piece_end], text[own_start:own_end], text[piece_start:clause_end])
    if scope is None and (_RUNNING_SINCE.match(text, clause_start, span[0]) or _SINCE_AFTER.match(text, after_from, piece_end)):
        scope = "so far"  # "Since the shooting, over 50 arrests have been made", "46 arrests since Monday": a running total
    if _AMONG_AFTER.match(text, after_from, piece_end):
        scope = "+".join(sorted({*(scope.split("+") if scope else ()), "part"}))  # "Three students were among those killed"
    return scope


def _joined_end(text: str, start: int, end: int, joins: re.Pattern[str]) -> int:
    """Where the first of ``joins`` comes after a figure; "and" before another figure ("3 gold
    medals and 11 world titles in her career") joins only its objects, which share what follows."""
    for joined in joins.finditer(text, start, end):
        if not (joined.group().strip().lower() in ("and", "but") and _FIGURE.match(text, joined.end())):
            return joined.start()
    return end


# A verb or clause joined on; "and a half" ("two and a half years") is part of the figure.
_JOINED_AFTER = re.compile(r"\s(?:and|but|as|when|after|before|because|while|whereas)\s(?!(?:a|an|the)\s+half\b)|;", re.I)
# A clause with a subject of its own: a subordinator, or "and"/"but" and a new subject.
_OWN_CLAUSE = re.compile(r"\s(?:as|when|after|before|because|while|whereas)\s|;|\s(?:and|but)\s+(?=(?:the|a|an|his|her|their|its|he|she|they|we|[A-Z][a-z]+)\s)")
# "Three students were among those killed": a part; "4 pandas are among the most popular": a rank.
_AMONG_AFTER = re.compile(r"(?:\s+\S+){0,3}?\s+(?:was|were|is|are|be|been)\s+(?:\w+\s+)?among\b"
                          r"(?!\s+(?:the\s+)?(?:most|least|best|worst|top|first|\w+est)\b)", re.I)
_RUNNING_SINCE = re.compile(r"\s*since\b", re.I)
_SINCE_AFTER = re.compile(r"[\w\s-]{0,30}?\bsince\b(?!\s+(?:then|that))", re.I)
_FIGURE = re.compile(r"(?<![\w.])\d[\d,.]*(?![\w.]*\d)|\b(?:" + by_first_letter(sorted(SMALL_NUMBER_WORDS, key=len, reverse=True)) + r")\b", re.I)


def _between_figures(text: str, start: int, end: int, span_start: int, span_end: int) -> tuple[int, int]:
    """The stretch of text[start:end] around a figure that no other figure cuts through: the figure
    before it and the figure after it take their own words."""
    own_start, own_end = start, end
    for found in _FIGURE.finditer(text, start, end):
        if found.end() <= span_start and found.group().lower() not in ("one", "a"):
            own_start = found.end()
        elif found.start() >= span_end:
            own_end = found.start()
            break
    # Between two figures, "and" or "but" parts their words: "14 goals this season | and 112 in his
    # career"; without one they share them: "41 goals in 20 matches this season".
    if own_start > start:
        joins = list(_JOIN.finditer(text, own_start, span_start))
        own_start = joins[-1].start() if joins else start
    if own_end < end:
        join = _JOIN.search(text, span_end, own_end)
        own_end = join.start() if join else end
    return own_start, own_end


_JOIN = re.compile(r"\b(?:and|but|while|whereas)\b|;")


def _is_common_opener(text: str, sentence_start: int, holder: str) -> bool:
    """A lone common word that opens the sentence ("Floods", "Revenue", "Fire crews") is no name,
    unless the text also writes it with a capital inside a sentence ("... Reggie Bush ... Bush ran")."""
    if " " in holder or not _opens_with(text[sentence_start:sentence_start + len(holder) + 4], holder):
        return False
    from simplemma import is_known

    lowered = holder.lower()
    if not is_known(lowered, lang="en") or lemmatize_proper(lowered):
        return False  # "Okafor", "Walsh": not a dictionary word, or a name the dictionary knows
    return not _capitalised_inside(text, holder)


@lru_cache(maxsize=256)
def _capitalised_inside(text: str, word: str) -> bool:
    """Whether the text writes the word with its capital inside a sentence (not after a full stop):
    one scan of the article per word, however many figures its sentences open with it."""
    for start in _whole_words(text, word):
        if start and not re.search(r"(?:^|[.!?:][\"”’')]*|\n)\s*[\"“‘'(]*$", text[max(0, start - 4):start]):
            return True
    return False


# Two patterns made for each holder ("[\s"“‘'(]*Holder\b", "\bHolder\b") did this in plain string
# code: a pattern per holder filled re's cache, which then compiled its own patterns again (4% of
# extraction time). The answers are re's own: \s is str.isspace, \w is str.isalnum or "_".
def _opens_with(window: str, word: str) -> bool:
    r"""re.match(r"[\s\"“‘'(]*" + re.escape(word) + r"\b", window), without a pattern per word."""
    lead = 0
    while lead < len(window) and (window[lead].isspace() or window[lead] in "\"“‘'("):
        lead += 1
    return any(window.startswith(word, start) and _at_boundary(window, start + len(word)) for start in range(lead, -1, -1))


def _shouted_common(text: str, holder: str) -> bool:
    """A holder in capitals ("EARTHQUAKE", "MORE RAMS OUT") with a word the text also writes in
    lower case: a common word set in a headline's capitals, not a name ("NATO" is never written "nato")."""
    return any(len(word) > 2 and word.isupper() and next(_whole_words(text, word.lower()), None) is not None
               and _in_capitals_run(text, word) for word in holder.split())


def _in_capitals_run(text: str, word: str) -> bool:
    """Whether a word in capitals stands beside another ("AN EARTHQUAKE"): a headline set in
    capitals, not an acronym ("WHO said", where "who" is also a word)."""
    return re.search(r"\b[A-Z]{2,}\s+" + re.escape(word) + r"\b|\b" + re.escape(word) + r"\s+[A-Z]{2,}\b", text) is not None


def _whole_words(text: str, word: str) -> Iterator[int]:
    """Where re.finditer(r"\b" + re.escape(word) + r"\b", text) matches, without a pattern per word."""
    position = text.find(word)
    while position >= 0:
        if _at_boundary(text, position) and _at_boundary(text, position + len(word)):
            yield position
            position = text.find(word, position + max(len(word), 1))
        else:
            position = text.find(word, position + 1)


def _at_boundary(text: str, position: int) -> bool:
    """re's \b: a word character on one side of the position only."""
    before = position > 0 and (text[position - 1].isalnum() or text[position - 1] == "_")
    after = position < len(text) and (text[position].isalnum() or text[position] == "_")
    return before != after


@lru_cache(maxsize=4096)
def lemmatize_proper(lowered: str) -> bool:
    """Whether the dictionary's own form of a word is capitalised ("williams" -> "Williams")."""
    from simplemma import lemmatize

    return lemmatize(lowered, lang="en")[:1].isupper()


def _event_after(tokens: list[str]) -> str | None:
    """"12 people were killed", "20 injured", "five died": the verb right after the counted noun
    (past words that only hedge or time it: "had so far been confirmed dead")."""
    for index, token in enumerate(tokens[:8]):
        lowered = token.lower()
        if lowered in SKIPPABLE or lowered == "since" and index and tokens[index - 1].lower() in ("have", "has", "had"):
            continue  # "11 have since been recaptured"; but "since taking office" is another clause
        if lowered in ("in", "on", "at", "from", "with", "aboard") and index == 0:
            return _event_past_phrase(tokens[1:])  # "157 people on board the plane died"
        if lowered in ("by", "in", "on", "at", "from", "with", "of", "for", "and", "to"):
            return None
        if lowered == "who" and index == 0:
            return _event_past_relative(tokens[1:12])
        return canonical_event(token) if _is_verbish(token) else None
    return None


_AUXILIARIES = frozenset("was were is are have has had".split())


def _event_past_relative(tokens: list[str]) -> str | None:
    """"Three climbers who were with Mr Buckley were rescued": the main verb after the relative
    clause, when it comes as an auxiliary and an event word after the clause's own verb."""
    for index in range(1, len(tokens) - 1):
        if tokens[index].lower() in _AUXILIARIES:
            following = tokens[index + 1:index + 3]
            word = following[1] if following[0].lower() == "been" and len(following) > 1 else following[0]
            return canonical_event(word) if _is_verbish(word) else None
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


def _event_before(tokens: list[str]) -> str | None:
    """"killed at least 12 people", "rushed for 404 yards": the nearest verb before the figure."""
    coordinated = False
    for distance, token in enumerate(reversed(tokens[-6:])):
        lowered = token.lower()
        if lowered in CLAUSE_OPENERS and distance > 0:
            return None
        coordinated = coordinated or lowered in ("and", "or", "plus")
        if distance > 0 and (token[0].isdigit() or _is_number_word(token)) and not coordinated:
            return None  # "conceded 41 goals in 20 matches": the verb's object is the 41, not the 20
        if _is_verbish(token):
            return canonical_event(token)
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


# "Manning's", "Charles'": a bare apostrophe makes a possessive only after an s (not "'Time' 100").
_POSSESSOR = re.compile(r"((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)(?:'s|’s|(?<=s)'|(?<=s)’)\s*$")


def _possessor(text: str, clause_start: int, position: int) -> str | None:
    """"Jamaal Charles' 226 yards", "Manning's 364 yards": the name whose figure it is, right before it."""
    found = _POSSESSOR.search(text, max(clause_start, position - 60), position)
    if not found:
        return None
    words = found.group(1).split()
    while words and not _is_name(words[0]):
        words = words[1:]  # "Despite Charles'": the sentence's first word is no name
    return " ".join(words) if words and all(_is_name(word) for word in words) else None


def _holder(before: list[str], after: list[str]) -> str | None:
    """The name a figure belongs to: a name right after it with "from" or "by" ("14 points from
    Will Artino"), else the first name of its clause, the one it is told of ("Doug McDermott became
    the leading scorer in Creighton history and had five points"; "Louisville's Earl Clark": the
    player, not the team), else a name after "in", "at" or "for" ("12 people were killed in Ardal")."""
    if len(after) > 1 and after[0].lower() in ("from", "by"):
        lower = next((index for index, token in enumerate(after[1:5], 1) if not token.islower()), None)
        if lower is not None and _name_words(after[lower:]):  # "from backup center Will Artino"
            return " ".join(_name_words(after[lower:]))
    subject = _subject_name(before)
    if subject:
        return subject
    for index, token in enumerate(after[:-1]):
        if token.lower() in ("in", "at", "for", "near") and _name_words(after[index + 1:]):
            return " ".join(_name_words(after[index + 1:]))
    return None




def _place(after: list[str]) -> str | None:
    """The place noun after the figure's verb: "on the outskirts", "in the camp", "on a market"."""
    for index, token in enumerate(after[:8]):
        if token.lower() in ("on", "in", "at", "near", "inside", "outside") and index + 1 < len(after):
            rest = [word.lower() for word in after[index + 1:index + 4]]
            noun = next((word for word in rest if word not in ("the", "a", "an", "its", "their")), None)
            return noun if noun in PLACE_NOUNS else None
    return None


def _subject_name(before: list[str], told: bool = False) -> str | None:
    """The name a clause tells the figure of: the last name followed by a verb ("Will Artino scored
    14 points and Gregory Echenique had 11": Echenique's 11), else the first name of the clause,
    unless "he" or "she" comes after it ("After joining the Saints ..., he rushed for 716 yards":
    his, not the team's). ``told``: the sentence's subject, for a "he" in the next one: the first
    name followed by its verb, and no other."""
    names: list[tuple[str, bool]] = []
    index = 0
    while index < len(before):
        if not _is_name(before[index]):
            index += 1
            continue
        end = index
        while end < len(before) and _is_name(before[end]):
            end += 1
        words = _name_words(before[index:end])
        following = before[end].lower() if end < len(before) else ""
        verb = bool(following) and (_is_verbish(following) or following in LIGHT_VERBS or following.endswith("s")
                                    and lemma(following) != following and following not in STOP_WORDS)
        if words:
            names.append((" ".join(words[-3:]), verb))
        index = end
    with_verb = [name for name, verb in names if verb]
    if with_verb:  # a sentence before a "he" is told of its subject: the first such name
        return with_verb[0] if told else with_verb[-1]
    if told or not names or any(token.lower() in ("he", "she") for token in before[_last_name_end(before):]):
        return None
    return names[0][0]


def _last_name_end(tokens: list[str]) -> int:
    return max((index + 1 for index, token in enumerate(tokens) if _is_name(token)), default=0)


_PRONOUN_OPENING = re.compile(r"\s*(?:[\"“]\s*)?(?:He|She)\b(?![-'’])")


def pronoun_holder(text: str, sentence: tuple[int, int], position: int, sentence_at) -> str | None:
    """"He had 23 points": whose statistic, when the sentence opens with "He" or "She" and the
    sentence before tells of one name (a full name, or one word that is no plural: a team is not
    taken for him)."""
    if not _PRONOUN_OPENING.match(text, sentence[0], position) or sentence[0] == 0:
        return None
    previous = sentence_at(sentence[0] - 1)
    if previous == sentence or previous[1] > sentence[0]:
        return None
    name = _subject_name(TOKEN.findall(text[previous[0]:previous[1]]), told=True)
    # A full name, or a surname that does not read as a team's plural ("Bush", not "Saints").
    return name if name and (len(name.split()) >= 2 or not name.endswith("s")) else None


def _head_words(thing: str) -> list[str]:
    """The counted noun and its modifiers, up to a preposition: "people in Varsk" -> [people]."""
    words = []
    for word in re.findall(r"[A-Za-z][\w'’-]*", thing.lower()):
        if word in STOP_WORDS:
            break
        words.append(word)
    return words


@lru_cache(maxsize=65536)
def _is_name(token: str) -> bool:
    return (token[0].isupper() and token not in COMMON_CAPITALISED and len(token) > 1 and not _is_number_word(token)
            and (token.isalpha() or bool(re.fullmatch(r"[A-Za-z]+['’]s", token))) and not _shouted_word(token))


def _shouted_word(token: str) -> bool:
    """A word in capitals that is no name: a time zone ("3:37 a.m. EDT"), or a common word set in
    capitals ("AN", "THE"). (A dictionary look-up would also drop "RAMS" or "EAGLES": teams.)"""
    return token.isupper() and (token in TIME_ZONES or token.capitalize() in COMMON_CAPITALISED)


def _name_words(tokens: list[str]) -> list[str]:
    """The capitalised words a name runs over, from the first token on; "Louisville's Earl Clark"
    is Earl Clark (whose team comes before the possessive)."""
    words: list[str] = []
    for token in tokens[:4]:
        if not _is_name(token):
            break
        if re.search(r"['’]s$", token):
            words = []  # the possessor is not the holder: what follows is
            continue
        words.append(token)
    return words


# A figure dated by its clause to this long before the article is background, not the news.
PAST_DAYS = 60


def past_time(page: Page, span: tuple[int, int]) -> str | None:
    """The past time a figure's own clause dates it to ("In 2004, a tsunami killed 230,000"): such
    a figure is history, and lines up only with figures of the same time."""
    sentence = page.sentence_at(span[0])
    clause_start, clause_end = clause_bounds(page.text, sentence[0], sentence[1], span[0], span[1])
    published = page.published.date
    # The date nearest the figure dates it: "killing five people Tuesday in a region devastated by
    # the tsunami of 2004" is news, "in 2004 a tsunami killed 170,000" history; "lost $2 billion in
    # 2020 and $1.1 billion in 2021": each its own year.
    for date in sorted(page.dates, key=lambda date: date.start - span[1] if date.start >= span[1] else span[0] - date.end):
        value = date.value
        if value.start is None:
            continue
        if re.search(r"\b(?:since|than(?: in)?|compared (?:to|with)(?: in)?)\s+$", page.text[max(clause_start, date.start - 20):date.start], re.I):
            continue  # "the lowest since 2019", "up from 2019": a comparison's base, not the figure's own time
        if re.match(r"\s*(?:levels?|figures?|highs?|lows?|peak|average|baseline)\b", page.text[date.end:date.end + 12], re.I):
            continue  # "20 percent above the 1990 level": the year of a comparison's base
        if date.end <= span[0] and re.search(r"\b(?:but|whereas|while|since)\b", page.text[date.end:span[0]]):
            continue  # "fell 4 percent last year but remain 20 percent above": the year is the first figure's
        if date.start >= span[1] and _AFTER_BREAK.search(page.text, span[1], date.start):
            continue  # "killed 14 on Sunday, the deadliest since a cyclone killed 40 in 2019": the 2019 is the 40's
        if not sentence[0] <= date.start < sentence[1]:
            return _told_on_from(page, sentence)
        if clause_start <= date.start < clause_end and is_past(value, published):
            return f"{value.start.isoformat()}/{value.end.isoformat()}"
        return None
    return None


# How far into the sentence before a date may stand and still open it ("In April last year, ...").
OPENING_CHARS = 25


def _told_on_from(page: Page, sentence: tuple[int, int]) -> str | None:
    """A sentence with no date of its own after one that opens with a past time ("In April last
    year, a quake struck off Aceh. Five people died and seven were injured.") goes on telling that
    past: its figures are history too."""
    if sentence[0] == 0:
        return None
    previous = page.sentence_at(sentence[0] - 1)
    if previous == sentence or previous[1] > sentence[0]:
        return None
    for date in page.dates:
        if previous[0] <= date.start < previous[0] + OPENING_CHARS and date.value.start is not None \
                and is_past(date.value, page.published.date):
            return f"{date.value.start.isoformat()}/{date.value.end.isoformat()}"
    return None


def is_past(value: object, published: dt.date | None) -> bool:
    """A date well before the article's own (or, when the article has none, a date that is not a
    day): background, not the news."""
    if value.end is None:
        return False
    if published is None:
        return value.granularity != "day"
    return (published - value.end).days > PAST_DAYS


_AFTER_BREAK = re.compile(r"[,;]|\b(?:that|which|who|when|where|after|before|since|while|because|until|but|whereas)\b")
_ATTRIBUTIVE = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+)?(?:season|campaign|election|elections|games|olympics|cup|"
                          r"final|draft|budget|census|model|edition|version|class|team|squad|tournament|championship|"
                          r"series|tour|raid|attack|law|act|plan|report|study|survey|agreement|deal|contract)\b")


def date_frame(text: str, sentence: tuple[int, int], span: tuple[int, int], subject: str,
               published: dt.date | None = None, value: object = None) -> Frame:
    """A date's frame: the event its clause says happened then ("checked in", "was arrested"); a
    date that only names something ("the 2009 season", "a 2010 raid") is a modifier, never a claim
    that could conflict."""
    frame = read_frame(text, sentence, span, thing=subject, scope_only=True)  # the event and holder are read below
    frame.holder = None
    clause_start, clause_end = clause_bounds(text, sentence[0], sentence[1], span[0], span[1])
    frame.event = _nearest_event(TOKEN.findall(text[clause_start:span[0]]), TOKEN.findall(text[span[1]:clause_end]))
    frame.holder = _object_name(TOKEN.findall(text[clause_start:clause_end]))
    head = subject.split()[-1].lower() if subject and len(subject.split()) <= 4 else ""
    if value is not None and is_past(value, published):
        frame.when = "past"
    if frame.event is None and head in EVENT_NOUNS:
        frame.event = canonical_event(head)  # "the meetings held today": the event noun is the event
    if _ATTRIBUTIVE.match(text, span[1]) and re.search(r"(?:\b(?:the|a|an|his|her|its|their|our|this|that)|['’]s)\s*$",
                                                       text[max(sentence[0], span[0] - 12):span[0]], re.I):
        frame.scope = "modifier"
    if value is not None and getattr(value, "resolution", None) == "relative" and in_quotation(text, sentence[0], span[0]):
        frame.scope = "quote"  # "how many kids will you kill today," they chanted: the speaker's day, not a dated event
    elif frame.event and frame.scope is None and _reports_another_act(TOKEN.findall(text[clause_start:span[0]]), frame.event):
        frame.scope = "reported"
    return frame


_REPORTING = frozenset("announce say report confirm reveal tell state disclose declare".split())


def _reports_another_act(before: list[str], event: str) -> bool:
    """"It was announced Smith would be leaving the show in June": a date after a report of another
    act may date the report or the act, so it says for sure of neither."""
    return any(_is_verbish(token) and canonical_event(token) in _REPORTING and canonical_event(token) != event
               for token in before)


def _object_name(tokens: list[str]) -> str | None:
    """The person a dated act was done to, named right after its verb ("placed Pierre Thomas on
    injured reserve Wednesday", "placed rookie Chris Ivory ... Tuesday"): two acts on two people
    are two events. A full name only (two words or more), at most one plain word after the verb."""
    for index, token in enumerate(tokens):
        if not _is_verbish(token):
            continue
        following = tokens[index + 1:index + 6]
        start = 1 if following[:1] and following[0].islower() and following[0] not in STOP_WORDS else 0
        words = _name_words(following[start:])
        return " ".join(words) if len(words) >= 2 else None
    return None


def in_quotation(text: str, sentence_start: int, position: int) -> bool:
    """Whether a position is inside a direct quotation that opens in its sentence."""
    before = text[sentence_start:position]
    straight = before.count('"') % 2 == 1
    curly = before.count("“") > before.count("”")
    return straight or curly


def duration_frame(text: str, sentence: tuple[int, int], span: tuple[int, int], subject: str) -> Frame:
    """A duration measures the event noun it names ("a two-day state visit") or its clause's verb."""
    frame = read_frame(text, sentence, span, thing=subject, scope_only=True)  # the event is read below
    frame.holder = None
    head = subject.split()[-1].lower() if subject and len(subject.split()) <= 4 else ""
    if head in EVENT_NOUNS:
        frame.event = canonical_event(head)
    else:
        clause_start, clause_end = clause_bounds(text, sentence[0], sentence[1], span[0], span[1])
        frame.event = _nearest_event(TOKEN.findall(text[clause_start:span[0]]), TOKEN.findall(text[span[1]:clause_end]))
    if re.search(r"\b(?:within|up to|at most|no more than|in less than|for up to)\s+$", text[max(sentence[0], span[0] - 20):span[0]], re.I):
        frame.scope = "limit"  # "results will be announced within 10 days": a deadline, not how long something lasted
    return frame


def _nearest_event(before: list[str], after: list[str]) -> str | None:
    """The verb nearest a date in its clause, on either side ("In July 2024, they signed ...")."""
    for distance in range(8):
        for tokens, index in ((before, len(before) - 1 - distance), (after, distance)):
            if 0 <= index < len(tokens) and _is_verbish(tokens[index]):
                return canonical_event(tokens[index])
    return None




def same_holder(one: str, other: str) -> bool:
    """"Bush" and "Reggie Bush" are one holder; "Aceh" and "Central Aceh", "Bush" and "Cheeks" are not."""
    first_words, second_words = one.lower().split(), other.lower().split()
    first, second = set(first_words), set(second_words)
    if (first ^ second) & DISTINCT_WORDS:
        return False
    # "Reggie Bush" and "Bush" are one; "Peyton Manning" and "Peyton Hillis" two: a full name's
    # last word (the surname, the team's nickname) must match, a one-word name any word.
    if len(first_words) > 1 and len(second_words) > 1:
        return first_words[-1] == second_words[-1]
    return bool(first & second)


def anchor_event(text: str) -> str | None:
    """The event of "after X" ("after placing Ivory on reserve" -> place): its first verb."""
    for token in TOKEN.findall(text)[:6]:
        if _is_verbish(token):
            return canonical_event(token)
    return None


def _is_number_word(word: str) -> bool:
    return word.lower() in NUMBER_WORDS


# "two more people", "four other people": the word after the figure (the window must not reach the
# next figure's "more than").
_MORE_AFTER = re.compile(r"(?:[\w.,]+\s+){1,3}?(?:more|other|additional|further|extra)\b(?!\s+than)", re.I)


# A figure with a career or season word of its own keeps just that one; one without shares its
# clause's: "3 Olympic gold medals and 11 world titles in her career" are both career figures.
_CAREER_OR_SEASON = re.compile(r"\b(?:career|season)\b", re.I)


def _scope(before: str, around: str, clause: str, own: str | None = None, upto: str | None = None) -> str | None:
    """The scope labels of a figure. ``own``: the words between it and its neighbouring figures;
    ``upto``: its piece of the clause up to where another verb or clause joins on after it."""
    labels = []
    lowered = {id(piece): piece.lower() for piece in (before, around, clause, own) if piece is not None}
    for pattern, label in SCOPE_CUES:
        if label == "more" and _MORE_AFTER.match(around):
            labels.append(label)
            continue
        where = (before if label in ("more", "limit", "part", "base") else around if label in ("rate", "remaining")
                 else before + " " + around if label == "average"
                 else own if label in ("career", "season") and own is not None and _CAREER_OR_SEASON.search(own)
                 else upto if label in ("career", "season") and upto is not None
                 else clause)
        # Most pieces hold none of a cue's words: an `in` test says so without the case-blind
        # pattern tried at every position (the same answers: required_words).
        words = _cue_words(pattern)
        if words is not None and where.isascii():
            text = lowered.get(id(where)) or where.lower()  # the pieces lowered once (by identity: no hash of each)
            if not any(map(text.__contains__, words)):
                continue
        if pattern.search(where):
            labels.append(label)
    return "+".join(sorted(set(labels))) or None


_CUE_WORDS: dict[int, tuple[str, ...] | None] = {}


def _cue_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    # By identity (the cues live as long as the module): re.Pattern's own hash reads its whole
    # compiled code each time, which an lru_cache keyed on it paid at every cue of every figure.
    key = id(pattern)
    if key not in _CUE_WORDS:
        _CUE_WORDS[key] = required_words(pattern)
    return _CUE_WORDS[key]


def is_thin(frame: Frame, kind: str = "count") -> bool:  # noqa: C901 (one rule per kind, read together)
    """Too little to tell which fact a figure states: a date with no event of its own; a count with
    no event and a counted thing that could be anything ("12 people", "two touchdowns")."""
    if kind == "percent":
        # A share's thing is what it is of ("his blood-alcohol level"): two content words say which.
        content = [w for w in re.findall(r"[A-Za-z][\w'’-]*", (frame.thing or "").lower()) if w not in STOP_WORDS]
        return not frame.event and len(content) < 2
    if kind in ("date", "duration"):
        # History ("in 2004, a quake triggered ...") is told in passing, and many events share a
        # verb: only the news itself, with its own event, is sure enough to disagree about.
        return not frame.event or frame.scope in ("modifier", "quote", "limit", "anchored", "updated", "reported") or frame.when is not None
    if frame.when is not None:
        return True  # a figure of the past is background told in passing ("a tsunami killed 230,000 in 2004")
    if frame.event and frame.holder:
        return False
    if not frame.thing:
        return True
    head_words = _head_words(frame.thing)
    if not head_words:
        return True
    if head_words[-1] in STATISTICS and frame.event not in NOT_GAME_EVENTS or head_words[-1] in PERSONAL_SPANS:
        return not frame.holder  # a player's statistic, a person's years: whose it is says which one
    if not frame.event:
        # No event: only a counted thing with modifiers says which figure it is ("polling stations abroad").
        return len(head_words) < 2 or head_words[-1] in GENERIC_THINGS
    return False






def holder_is_place(holder: str | None, sentence: str) -> bool:
    """Whether a holder is a place, a part of the story's whole: a place noun ("on the outskirts"),
    or a name after a word of place ("in Takengon", "near Huntsville"). "10 houses damaged in
    Takengon" may be part of "around 40 houses damaged by the quake"; a person's or a body's figure
    ("Lasalle struck two other vehicles") is the one the story tells without the name too."""
    if not holder or is_organisation(holder):
        return False
    if holder.islower():
        return True
    at = sentence.find(holder)
    return at >= 0 and _PLACE_BEFORE.search(sentence, 0, at) is not None


# A word of place right before a holder's name.
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|across|outside|inside|around|throughout|from|off)\s+(?:the\s+)?$", re.I)


def told_of_one_person(sentence: str, figure: str) -> bool:
    """Whether the clause of a figure opens with one person named by role or pronoun: "he", "the
    driver", "a convicted sex offender" ("the two gunmen", "firefighters", "the tornado": no)."""
    at = sentence.find(figure)
    if at < 0:
        return False
    opening = max((found.end() for found in _CLAUSE_BOUNDARY.finditer(sentence, 0, at)), default=0)
    words = sentence[opening:at].split()
    if not words or words[0].lower() in ("he", "she"):
        return bool(words)
    if words[0].lower() not in ("the", "a", "an"):
        return False
    for word in words[1:5]:
        lowered = word.lower().strip(",")
        if _is_number_word(lowered) or lowered[:1].isdigit() or lowered in STOP_WORDS:
            return False
        if lowered in PERSON_ROLES:
            return True
    return False


# Where a clause opens: the sentence's start, a comma or colon, a conjunction, a report ("said").
_CLAUSE_BOUNDARY = re.compile(r"[,;:]\s+|\b(?:and|when|after|before|as|then|because|while|said|says|that)\s+")


def is_organisation(holder: str | None) -> bool:
    """"Interior Department", "Fulton County Police": a body, not a place or a person."""
    return bool(holder) and any(word.lower() in ORGANISATION_WORDS for word in holder.split())


def is_personal(thing: str | None) -> bool:
    """"19 seasons", "seven years": a span of someone's time."""
    words = _head_words(thing) if thing else []
    return bool(words) and words[-1] in PERSONAL_SPANS


# Verbs that make a statistic's noun a plain count: "officers fired 11 shots" is no one's stat line.
NOT_GAME_EVENTS = frozenset({"fire", "spray", "hear"})


def is_stat(thing: str | None, event: str | None = None) -> bool:
    """A sports statistic ("23 points", "nine rebounds for North Carolina"): the verb tells nothing,
    unless it is gunfire's ("fired 11 shots")."""
    if not thing or event in NOT_GAME_EVENTS:
        return False
    for word in re.findall(r"[A-Za-z][\w'’-]*", thing.lower()):
        if word in STOP_WORDS:
            return False
        if word in STATISTICS:
            return True
    return False


def frame_label(frame: Frame, fallback: str) -> str:
    """What an editor reads as the subject: "killed · people · Ardal"."""
    parts = [part for part in (frame.event, frame.thing or fallback, frame.holder, frame.scope) if part]
    return " · ".join(parts) or fallback
