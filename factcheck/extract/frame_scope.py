"""A figure's scope: which part of a total it is ("so far", "in all", "of which", "career", "more"),
read from the words around it in its clause."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..text import SMALL_NUMBER_WORDS, by_first_letter, required_words
from .cue_gate import CueGate
from .frame_words import SCOPE_CUES
from .window_gate import WordGated

if TYPE_CHECKING:
    pass




# A season named in a label the figures are listed under: "Lima's numbers last season: 27 goals and 11 assists".
_LABEL_SEASON = re.compile(r"\b(?:this|last)\s+season\s*:\s+[^.;:!?]*$", re.I)


def read_scope(text: str, clause_start: int, piece: tuple[int, int], span: tuple[int, int], after_from: int) -> str | None:
    piece_start, piece_end = piece
    # Scope words belong to the nearest figure: "14 goals this season and 112 in his career".
    own_start, own_end = _between_figures(text, piece_start, piece_end, span[0], max(after_from, span[1]))
    # Words after a clause of its own ("364 yards as the Stallions recorded their sixth win this season")
    # are not the figure's; after a verb joined on ("389 yards and still lost by ten"), not its
    # "still". A season's or career's words cross a bare "and" ("25 touchdowns and just four
    # interceptions this season"): losing a real one would set a season against a game.
    after = max(after_from, span[1])
    clause_end, verb_end = _joined_end(text, after, piece_end, _OWN_CLAUSE), _joined_end(text, after, piece_end, _JOINED_AFTER)
    own_end = min(own_end, clause_end)
    scope = _scope(text[max(piece_start, span[0] - 40):span[0]], text[span[0]:min(own_end, verb_end, after_from + 40)],
                   text[piece_start:piece_end], text[own_start:own_end], text[piece_start:clause_end])
    if scope and "period" in scope.split("+") and (joined := _AND_VERB.search(text, after, piece_end)) \
            and not any(pattern.search(text, piece_start, joined.start()) for pattern, label in SCOPE_CUES if label == "period"):
        scope = "+".join(label for label in scope.split("+") if label != "period") or None  # "ran for 179 yards and scored in the third quarter": the score's quarter
    if "season" not in (scope or "") and text.find(":", max(0, clause_start - 60), span[0]) >= 0 \
            and _LABEL_SEASON.search(text, max(0, clause_start - 60), span[0]):  # (every match holds its colon)
        scope = "+".join(sorted({*(scope.split("+") if scope else ()), "season"}))  # "Lima's numbers last season: 27 goals"
    if scope is None and (_RUNNING_SINCE.match(text, clause_start, span[0]) or _SINCE_AFTER.match(text, after_from, piece_end)):
        scope = "so far"  # "Since the riot, more than 30 arrests have been made", "46 arrests since Monday": a running total
    if _may_add_on(text, span[1]) and _INCREMENT_AFTER.match(text, span[1]):
        scope = "+".join(sorted({*(scope.split("+") if scope else ()), "more"}))  # "$3 billion in aid, on top of the $2 billion"
    if clause_start < piece_start and _HANGS_ON.match(text, piece_start, span[0]) and "period" not in (scope or "") \
            and any(pattern.search(text, clause_start, piece_start) for pattern, label in SCOPE_CUES if label == "period"):
        scope = "+".join(sorted({*(scope.split("+") if scope else ()), "period"}))  # "led 41-35 at the break, paced by 15 points"
    if "period" not in (scope or "") and (_ends_with_comma(text, max(0, piece_start - 120), piece_start)
                                          and _OPENING_OCCASION.search(text, max(0, piece_start - 120), piece_start)
                                          or _has_apostrophe(text, max(piece_start, span[0] - 50), span[0])
                                          and _EARLIER_OWNS.search(text, max(piece_start, span[0] - 50), span[0])):
        scope = "+".join(sorted({*(scope.split("+") if scope else ()), "period"}))  # "In an earlier study of 3,000 adults, the drug cut ..."
    if "among" in text[after_from:piece_end].lower() and _AMONG_AFTER.match(text, after_from, piece_end):
        scope = "+".join(sorted({*(scope.split("+") if scope else ()), "part"}))  # "Three students were among those killed"
    if "need" not in (scope or "") and _NEEDED_AFTER.match(text, span[1]):
        scope = "+".join(sorted({*(scope.split("+") if scope else ()), "need"}))  # "five short of the 76 needed to govern alone"
    return scope


def _may_add_on(text: str, start: int) -> bool:
    """Whether _INCREMENT_AFTER can match at ``start``: its "on top of" or "in addition to" begins
    within 30 characters, so in ASCII text the lowered window holds one (case-blind re matches an
    "i" beyond ASCII too: "ı", "İ"); tested before the match, which tries each of the 30 starts.
    ("among", which _AMONG_AFTER needs, has no such letter: its test is the lowered piece alone.)"""
    window = text[start:start + 44]
    if not window.isascii():
        return True
    window = window.lower()
    return "on top of" in window or "in addition to" in window


def _ends_with_comma(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends with a comma and white space: what _OPENING_OCCASION's ",\\s*$"
    needs, tested before its search, which re tries at every position of the window."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end > start and text[end - 1] == ","


def _has_apostrophe(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds the apostrophe of _EARLIER_OWNS's "'s" (no case to fold)."""
    return text.find("'", start, end) >= 0 or text.find("’", start, end) >= 0


def _joined_end(text: str, start: int, end: int, joins: re.Pattern[str]) -> int:
    """Where the first of ``joins`` comes after a figure; "and" before another figure ("3 gold
    medals and 11 world titles in her career") joins only its objects, which share what follows."""
    for joined in joins.finditer(text, start, end):
        if not (joined.group().strip().lower() in ("and", "but") and _FIGURE.match(text, joined.end())):
            return joined.start()
    return end


# Another act joined on after the figure ("and scored on a 12-yard run"): a stretch told after it is that act's.
_AND_VERB = re.compile(r"\s(?:and|but)\s+(?:then\s+|also\s+|later\s+)?(?:scored|added|caught|threw|ran|hit|made|kicked|returned|"
                       r"recovered|intercepted|blocked|missed|fumbled|converted)\b", re.I)
# A verb or clause joined on; "and a half" ("two and a half years") is part of the figure.
_JOINED_AFTER = re.compile(r"\s(?:and|but|as|when|after|before|because|while|whereas)\s(?!(?:a|an|the)\s+half\b)|;", re.I)
# A clause with a subject of its own: a subordinator, or "and"/"but" and a new subject.
_OWN_CLAUSE = re.compile(r"\s(?:as|when|after|before|because|while|whereas)\s|;|\s(?:and|but)\s+(?=(?:the|a|an|his|her|their|its|he|she|they|we|[A-Z][a-z]+)\s)")
# "Three students were among those killed": a part; "4 pandas are among the most popular": a rank.
_AMONG_AFTER = re.compile(r"(?:\s+\S+){0,3}?\s+(?:was|were|is|are|be|been|remain|remains|remained)\s+(?:\w+\s+){0,3}?among\b"
                          r"(?!\s+(?:the\s+)?(?:most|least|best|worst|top|first|\w+est)\b)", re.I)
# "on top of the $2 billion", "in addition to the 1,200 it hired": another amount of the same kind
# (money, a percentage, or a figure the same actor took), not "in addition to 40 wounded"; no
# other figure between.
_INCREMENT_AFTER = re.compile(r"[^;\d]{0,30}?\b(?:on top of|in addition to)\s+(?:(?:the|its|their|his|her|an?)\s+)?"
                              r"(?:[$€£¥]|\d[\d,.]*\s*(?:%|(?:percent|per cent|billion|million|it|they|he|she|we|that|which|"
                              r"already|previously|earlier)\b))", re.I)
# A phrase after a comma that hangs on the clause before it ("The Comets led 41-35 at the break, paced
# by 15 points from Tom Smith"): the stretch that clause names is the figure's too.
_HANGS_ON = re.compile(r",?\s*(?:(?:paced|led|helped|powered|sparked|fu?elled|fueled|carried|keyed)\s+by|behind)\b", re.I)
# A sentence that opens with another occasion than the story's, cut from the figure's piece by its comma.
_OPENING_OCCASION = re.compile(r"(?:^|[.!?]\s+|\n)(?:In|During|From|At)\s+(?:an?|the|his|her|their|its)\s+"
                               r"(?:earlier|previous|prior|separate|(?:first|initial)(?=\s+(?:reading|round|ballot|vote|hearing)\b))"
                               r"\s+(?:[^,;.!?]|(?<=\d)[,.](?=\d)){1,80},\s*$")
# ("In the first reading, the bill passed by 102 votes to 57": another vote than the final one.)
# An earlier occasion owns the figure's noun: "Last month's 24-hour strike", "last year's record 41 days".
_EARLIER_OWNS = re.compile(r"\b(?:last|previous|prior)\s+(?:week|weekend|month|year|season|summer|winter|spring|autumn|fall|time)['’]s"
                           r"\s+(?:[\w-]+\s+){0,2}$", re.I)
# A threshold told after its figure: "the 76 seats needed for a majority", "50 votes are required to pass";
# not what had to be done to people ("30 people needed to be rescued").
_NEEDED_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:(?:is|are|was|were)\s+)?(?:needed|required)\s+(?:to|for)\b(?!\s+be\b)", re.I)
_RUNNING_SINCE = re.compile(r"\s*since\b", re.I)
_SINCE_AFTER = re.compile(r"[\w\s-]{0,30}?\bsince\b(?!\s+(?:then|that))", re.I)
_FIGURE_PLAIN = r"(?<![\w.])\d[\d,.]*(?![\w.]*\d)|\b(?:" + by_first_letter(sorted(SMALL_NUMBER_WORDS, key=lambda word: (-len(word), word))) + r")\b"


def _starting_with_a_class(words: list[str]) -> str:
    """_FIGURE_PLAIN (case-blind), written to start with one character class: a digit, or a letter
    a number word starts with, in either case ("ſ" is a case-blind "s"). re skips in C to those
    instead of trying both branches at every position; a look back at the letter picks its words,
    tried in the same order (by_first_letter's)."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    letters = "".join(first.upper() + first for first in rests) + ("ſ" if "s" in rests else "")
    branches = "|".join(f"(?<={first})(?:{'|'.join(rest)})" for first, rest in rests.items())
    return rf"[\d{letters}](?:(?<=\d)(?<![\w.]\d)[\d,.]*(?![\w.]*\d)|(?<!\w.)(?i:{branches})\b)"


_FIGURE = re.compile(_starting_with_a_class(sorted(SMALL_NUMBER_WORDS, key=lambda word: (-len(word), word))))


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


# "two more people", "four other people": the word after the figure (the window must not reach the
# next figure's "more than").
# "4 percent more than in 2019" is an increment; "12 people and more than 40 others" the next figure's hedge.
_MORE_AFTER = re.compile(r"(?:[\w.,]+\s+){1,3}?(?:more|other|additional|further|extra)\b(?!\s+than\s+(?:[\d$€£]|(?:a|an|one|two|three|"
                         r"four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|dozen)\b))", re.I)


# A figure with a career or season word of its own keeps just that one; one without shares its
# clause's: "3 Olympic gold medals and 11 world titles in her career" are both career figures.
_CAREER_OR_SEASON = re.compile(r"\b(?:career|season)\b", re.I)
# Both tried on every figure's words, which seldom hold one of theirs: run only where one is.
_CAREER_OR_SEASON_GATED, _MORE_AFTER_GATED = WordGated(_CAREER_OR_SEASON), WordGated(_MORE_AFTER)


# A function of its five pieces alone (module patterns, no page): a figure's words told again word
# for word (the same wire copy in several outlets, a sentence repeated) read their cues once.
@lru_cache(maxsize=4096)
def _scope(before: str, around: str, clause: str, own: str | None = None, upto: str | None = None) -> str | None:
    """The scope labels of a figure. ``own``: the words between it and its neighbouring figures;
    ``upto``: its piece of the clause up to where another verb or clause joins on after it."""
    labels = []
    # A figure with a career or season word of its own keeps just that one; else its clause's ("upto").
    career = own if own is not None and _CAREER_OR_SEASON_GATED.search(own, 0, len(own)) else upto if upto is not None else clause
    pieces = (before, around, clause, career, f"{before}\0{around}", before + " " + around)
    gate = _cue_gate()
    more = "more" in gate.labels and _MORE_AFTER_GATED.match(around, 0, len(around)) is not None  # "two more people": whatever the cue reads
    if more:
        labels.append("more")
    # Most pieces hold none of a cue's words: those cues skip their case-blind pattern, which re
    # tries at every position (the same answers: required_words, cue_gate.py).
    lowered: list[str | None] = [None] * len(pieces)
    for number in gate.candidates(pieces):
        label = gate.cues[number][1]
        if not (more and label == "more") and _cue_found(number, pieces, lowered):
            labels.append(label)
    return "+".join(sorted(set(labels))) or None


def _cue_found(number: int, pieces: tuple[str, ...], lowered: list[str | None]) -> bool:
    """Whether cue ``number`` matches its piece. On an ASCII piece a case-blind cue whose own text
    is lower case is searched without case in the lowered piece (_FOLDED): the same answer, and re
    then rejects most of its alternatives on their first letter instead of entering each."""
    pattern, _, _, index = _GATE[0].cues[number]
    folded = _FOLDED[number]
    if folded is None or not pieces[index].isascii():
        return pattern.search(pieces[index]) is not None
    if lowered[index] is None:
        lowered[index] = pieces[index].lower()
    return folded.search(lowered[index]) is not None


_FOLDED: list[re.Pattern[str] | None] = []  # each cue's pattern without case, where it has one


def _folded(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-blind pattern as a case-sensitive one for lowered ASCII text: only where its text,
    escapes aside, holds no capital and sets no flag of its own."""
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or re.search(r"[A-Z]|\(\?[a-z-]*[a-z]", re.sub(r"\\.", "", source)):
        return None
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


_PIECES = ("before", "around", "clause", "career", "play", "average")
_GATE: list[CueGate] = []


def _cue_gate() -> CueGate:
    if not _GATE:
        _GATE.append(CueGate([(pattern, label, words, _PIECES.index(piece)) for pattern, label, words, piece in _cues()], len(_PIECES)))
        _FOLDED[:] = [_folded(pattern) for pattern, _, _, _ in _cues()]
    return _GATE[0]


def _piece_of(label: str) -> str:
    """Which piece of the clause a cue reads: the words before the figure, around it, both with
    the figure marked ("play") or joined ("average"), the career piece, or the whole clause."""
    return ("before" if label in ("more", "limit", "need", "part", "base", "forecast", "gap", "annualised") else "around" if label in ("rate", "remaining")
            else "play" if label in ("play", "margin") else "average" if label == "average"
            else "career" if label in ("career", "season") else "clause")


_CUES: list[tuple[re.Pattern[str], str, tuple[str, ...] | None, str]] = []


def _cues() -> list[tuple[re.Pattern[str], str, tuple[str, ...] | None, str]]:
    """SCOPE_CUES with each pattern's words (fewest: a word that holds another listed one adds
    no hit) and its piece, read once: per figure and cue, the choice of piece and the look-up
    of the words cost more than the `in` tests they lead to."""
    if not _CUES:
        _CUES.extend((pattern, label, _fewest(_cue_words(pattern)), _piece_of(label)) for pattern, label in SCOPE_CUES)
    return _CUES


def _fewest(words: tuple[str, ...] | None) -> tuple[str, ...] | None:
    if words is None:
        return None
    unique = list(dict.fromkeys(words))
    return tuple(word for word in unique if not any(other != word and other in word for other in unique))


_CUE_WORDS: dict[int, tuple[str, ...] | None] = {}


def _cue_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    # By identity (the cues live as long as the module): re.Pattern's own hash reads its whole
    # compiled code each time, which an lru_cache keyed on it paid at every cue of every figure.
    key = id(pattern)
    if key not in _CUE_WORDS:
        _CUE_WORDS[key] = required_words(pattern)
    return _CUE_WORDS[key]
