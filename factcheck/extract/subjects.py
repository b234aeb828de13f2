"""What a claim is about: the event a date dates, the thing a number counts.

Subjects are plain phrases cut from the sentence, so an editor can read and correct them; the
aligner turns them into comparable keys. Nothing here knows any particular story.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..text import STOP_WORDS

# Nouns that name events: a date or a duration next to one of them dates or measures that event.
EVENT_NOUNS = frozenset(
    """visit visits trip tour tours summit talks meeting meetings conference forum session sessions
    ceremony banquet reception election elections vote referendum poll polls strike strikes protest
    protests trial hearing hearings festival exhibition games match final tournament race war
    ceasefire truce attack attacks earthquake quake flood floods storm hurricane typhoon cyclone
    wildfire fire launch mission flight operation lockdown campaign negotiations inauguration
    funeral concert fair expo olympics championship outbreak pandemic shutdown auction merger
    speech address briefing debate congress assembly rally visit stay sitting round raid offensive
    evacuation eruption blackout heatwave drought season cup""".split()
)

# Past-tense verbs a modifier scan must stop at ("Xi held talks" -> "talks"); regular ones end in -ed.
IRREGULAR_PAST = frozenset(
    """held met made began took led won lost gave saw went came ran sent set put kept left brought
    told found paid stood spoke wrote chose drew flew grew knew rose fell broke built bought caught
    fought taught sold shot struck hit cut let spent meant felt dealt heard laid said begun gone""".split()
)

# Where a clause ends inside a sentence.
_BREAK_WORDS = (r"(?:and|but|while|which|who|whereas|with|a move|including|according|"
                r"although|though|after|before|when|where|amid|despite|said|says|the spokesperson)\b")
# A clause break: "\s*(?:[;:—–]|\s-\s|,\s+(?=WORDS))\s*", written to start with the one character
# class every match starts with (white space or the mark), so that re skips in C to where one can
# start instead of trying "\s*" and three branches at every letter (1.7x faster over real news; the
# same matches: tests/test_clause_breaks.py). A look back at that character picks its branch.
_CLAUSE_BREAK = re.compile(
    rf"[\s;:—–,](?:(?<=\s)\s*(?:[;:—–]|-\s|,\s+(?={_BREAK_WORDS}))|(?<=[;:—–])|(?<=,)\s+(?={_BREAK_WORDS}))\s*"
)
_TOKEN = re.compile(r"[A-Za-z0-9][\w'’.-]*[\w]|[A-Za-z0-9]")
_LEADING_JUNK = re.compile(r"^(?:[\s,.(“\"'‘]|(?:in|on|at|by|since|from|during|of|as|for|over|the|and|to|until|also|past|last|previous|next|merely|only|just)\b)+", re.I)
# Trailing junk, one piece at a time: a mark or a space, or one of these words (none is the start of
# another, so at most one piece starts at a position).
_TRAILING_WORDS = "in on at by since from during of as for over the and to until with was were is are".split()
_JUNK_PIECE = re.compile(r"[\s,.;:)”\"'’]|\b(?:" + "|".join(_TRAILING_WORDS) + r")\b", re.I)
_TRAILING_JUNK = re.compile(rf"(?:{_JUNK_PIECE.pattern})+$", re.I)
_LONGEST_JUNK = max(map(len, _TRAILING_WORDS))
MAX_SUBJECT_WORDS = 16
# An event noun this many words before a date, or this many after it, is the event it dates.
EVENT_WORDS_BEFORE, EVENT_WORDS_AFTER = 12, 3
# ", as chair of the budget committee," adds nothing to what happened: cut it from subjects.
_APPOSITIVE = re.compile(r",\s+(?:as|like|who|which)\b[^,;]{0,80},")


# Cached: a figure's clause is asked for by its subject, its frame, its past time and more, and
# every figure of a sentence scans the same sentence for breaks. Keyed on the article text itself
# (its hash is computed once and kept by the string), so a cache entry can never serve another text.
@lru_cache(maxsize=4096)
def clause_bounds(text: str, start: int, end: int, span_start: int, span_end: int) -> tuple[int, int]:
    """The clause of sentence text[start:end] that holds the span; a fronted "In 2024," clause that
    holds nothing but the span borrows the clause after it."""
    breaks = _clause_breaks(text, start, end)
    clause_start, clause_end = start, end
    for break_start, break_end in breaks:
        if break_end <= span_start:
            clause_start = break_end
        elif break_start >= span_end:
            clause_end = break_start
            break
    # The comma first: most spans have none right after them, and then the words before are not read.
    if _COMMA_AFTER.match(text, span_end, clause_end) and not _has_content_word(text[clause_start:span_start]):
        comma = text.index(",", span_end)
        following = [b for b in breaks if b[0] > comma]
        clause_end = following[0][0] if following else end
    return clause_start, clause_end


@lru_cache(maxsize=1024)
def _clause_breaks(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text, start, end))


# Words that frame a time expression ("over the past two decades") rather than say what happened.
_FRAME_WORDS = frozenset("past last previous next following coming recent merely only just".split())


_COMMA_AFTER = re.compile(r"\s*,")


def _has_content_word(text: str) -> bool:
    return any(w.lower() not in STOP_WORDS and w.lower() not in _FRAME_WORDS for w in _TOKEN.findall(text))


def event_phrase(text: str, start: int, end: int, span_start: int, span_end: int) -> str | None:
    """The event noun phrase nearest the span in its clause ("state visit", "talks"), if any."""
    clause_start, clause_end = clause_bounds(text, start, end, span_start, span_end)
    clause = text[clause_start:clause_end]
    if clause.isascii() and EVENT_NOUNS.isdisjoint(_TOKEN.findall(clause.lower())):
        return None  # no event noun at all (in ASCII, the lowered clause's tokens are its tokens lowered): no match objects made
    best: tuple[int, re.Match[str]] | None = None
    tokens = list(_TOKEN.finditer(text, clause_start, clause_end))
    for index, match in enumerate(tokens):
        if match.group().lower() not in EVENT_NOUNS or span_start <= match.start() < span_end:
            continue
        if index and tokens[index - 1].group().lower() in ("when", "while", "after", "before", "since", "by"):
            continue  # "when meeting with ...": a verb here, not the event the date dates
        if match.end() <= span_start:
            distance = sum(1 for t in tokens[index + 1:] if t.start() < span_start)
            if distance > EVENT_WORDS_BEFORE:
                continue
        else:
            distance = sum(1 for t in tokens[:index] if t.start() >= span_end)
            if distance > EVENT_WORDS_AFTER:
                continue
            distance *= 2
        if best is None or distance < best[0]:
            best = (distance, match)
    if best is None:
        return None
    return noun_phrase_ending_at(text, clause_start, best[1].start(), best[1].end())


def noun_phrase_ending_at(text: str, clause_start: int, head_start: int, head_end: int) -> str:
    """The head noun with up to three modifiers before it ("COP29 climate conference")."""
    tokens = list(_TOKEN.finditer(text, clause_start, head_start))
    modifiers: list[str] = []
    for token in reversed(tokens[-3:]):
        word = token.group()
        gap = text[token.end():(head_start if not modifiers else token.end())]
        lowered = word.lower()
        if (lowered in STOP_WORDS or lowered in IRREGULAR_PAST or lowered.endswith(("’s", "'s", "ed"))
                or re.search(r"[,;:()]", gap)):
            break
        if re.fullmatch(r"\d+[-‐]?\w*", word) and not re.search(r"[A-Za-z]", word):
            break
        modifiers.insert(0, word)
    return " ".join(modifiers + [text[head_start:head_end]])


def clause_subject(text: str, start: int, end: int, span_start: int, span_end: int) -> str:
    """The clause around the span, with the span itself taken out: what happened at that time."""
    clause_start, clause_end = clause_bounds(text, start, end, span_start, span_end)
    before = _APPOSITIVE.sub("", text[clause_start:span_start])
    after = _APPOSITIVE.sub("", text[span_end:clause_end])
    tidy_after = _tidy(after)
    phrase = _tidy(before) + " " + tidy_after if tidy_after else _tidy(before)
    words = phrase.split()
    return " ".join(words[:MAX_SUBJECT_WORDS]).strip(" ,.;:") or text[span_start:span_end]


def _tidy(piece: str) -> str:
    leading = _LEADING_JUNK.match(piece)  # its "^" matches only at the start: the one match sub would find
    piece = piece[leading.end():] if leading else piece
    piece = piece[:_junk_start(piece)]
    return " ".join(piece.split())  # re.sub(r"\s+", " ", piece).strip(): str.split's white space is re's \s (a test holds them)


def _junk_start(piece: str) -> int:
    """Where _TRAILING_JUNK's match starts (the piece's length if none), read from the end: a
    position starts junk that runs to the end when its one junk piece ends where such junk starts.
    re tries the pattern at every position, each run of junk words to its end and back: seconds
    for a long clause. Past the longest piece's length of positions that start none, none can."""
    start = len(piece)
    runs_to_end = {start}
    misses, position = 0, start - 1
    while position >= 0 and misses < _LONGEST_JUNK:
        found = _JUNK_PIECE.match(piece, position)
        if found is not None and found.end() in runs_to_end:
            runs_to_end.add(position)
            start, misses = position, 0
        else:
            misses += 1
        position -= 1
    return start


def date_subject(text: str, start: int, end: int, span_start: int, span_end: int) -> str:
    """A date dates the event noun next to it, or the one a relative clause hangs on ("the vote,
    which is scheduled for May 5"), or else what its clause says happened."""
    return (event_phrase(text, start, end, span_start, span_end) or _antecedent_event(text, start, end, span_start, span_end)
            or clause_subject(text, start, end, span_start, span_end))


_RELATIVE_OPENING = re.compile(r"\s*(?:which|that)\b", re.I)


_NOT_A_COMPLEMENT = frozenset("because after before following amid despite due when while since was were is are has had".split())


def _antecedent_event(text: str, start: int, end: int, span_start: int, span_end: int) -> str | None:
    """The event noun a relative clause holding the date tells of: "the election of a new council,
    which is planned for 5 May" dates the election. Only a clause opened by "which" or "that" right
    after a comma, with the noun at most EVENT_WORDS_BEFORE words before that comma."""
    clause_start = clause_bounds(text, start, end, span_start, span_end)[0]
    if clause_start <= start or not _RELATIVE_OPENING.match(text, clause_start, span_start) \
            or not text[start:clause_start].rstrip().endswith(","):
        return None
    tokens = list(_TOKEN.finditer(text, start, clause_start))[-EVENT_WORDS_BEFORE:]
    for token in reversed(tokens):
        if token.group().lower() in _NOT_A_COMPLEMENT:
            return None  # "the vote because of heavy rain, which ...": the clause tells of the rain
        if token.group().lower() in EVENT_NOUNS:
            return noun_phrase_ending_at(text, start, token.start(), token.end())
    return None
