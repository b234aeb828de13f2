"""Text helpers every extractor shares: sentences with offsets, words, numbers written out.

All spans are (start, end) offsets into the article's decoded text, so evidence maps back exactly.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from text_to_num import text2num

from . import lead_letters

# A sentence longer than this (a megabyte line with no full stop) is cut at white space, so that
# the evidence quoted with a claim stays readable and memory stays bounded.
MAX_SENTENCE_CHARS = 1200

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st jan feb mar apr jun jul aug sep sept oct nov dec no nos gen gov sen rep
    inc ltd co corp vs etc e.g i.e u.s u.k u.n ph.d a.m p.m jr sr lt col capt sgt fig approx dept est
    mt ft rev hon""".split()
)

_LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS))

# Tried only where a run of stops begins, and never given back once taken: a run of 100,000 dots
# with no capital after it is one failed try, not 100,000 tries each as long as the rest of the run.
# The stop comes first and the look back after it, so that re skips to stops in C instead of trying
# the look back at every character ("(?<![.!?])[.!?]++...", the same matches, was 3x slower).
_SENTENCE_END = re.compile(r"""[.!?](?<![.!?].)[.!?]*+["'”’)\]]*+(?=\s+["'“‘(\[]?[A-Z0-9])""")
_FULL_STOP_END = re.compile(r"""\.(?<![.!?].)[.!?]*+["'”’)\]]*+(?=\s+["'“‘(\[]?[A-Z0-9])""")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split text[start:end] into sentences: at line breaks, and at ., ! or ? before a capital.

    >>> text = "Talks began on Monday. Mr. Smith left.\\nHeadline"
    >>> [text[a:b] for a, b in sentence_spans(text)]
    ['Talks began on Monday.', 'Mr. Smith left.', 'Headline']
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for line_start, line_end in _lines(text, start, end):
        piece_start = line_start
        for stop in _stops(text, line_start, line_end):
            at = stop.start()
            # Only the word before the stop matters, so look at a short window, not the whole piece.
            if text[at] == "." and not _long_word_before(text, at) and _is_abbreviation(
                    _word_ending_at(text, max(piece_start, at - 24), at)):
                continue
            _add_span(text, piece_start, stop.end(), spans)
            piece_start = stop.end()
        _add_span(text, piece_start, line_end, spans)
    return spans


def _stops(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """_SENTENCE_END.finditer(text, start, end). A line with no "!" or "?" can stop only at a full
    stop: there the same pattern led by a literal full stop finds the same matches, and re skips to
    each full stop in a tight loop instead of testing every character against the set [.!?]."""
    if text.find("!", start, end) >= 0 or text.find("?", start, end) >= 0:
        return _SENTENCE_END.finditer(text, start, end)
    return _FULL_STOP_END.finditer(text, start, end)


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans re.finditer(r"[^\r\n]+", text, start, end) gives, found with str.find: the
    pattern tested every character of every article."""
    carriage_returns = text.find("\r", start, end) >= 0
    position = start
    while position < end:
        stop = text.find("\n", position, end)
        stop = end if stop < 0 else stop
        if carriage_returns and (carriage_return := text.find("\r", position, stop)) >= 0:
            stop = carriage_return
        if stop > position:
            yield position, stop
        position = stop + 1


def _word_ending_at(text: str, start: int, stop: int) -> str:
    r"""The run of word characters and dots that ends with the full stop at ``stop``, from ``start``
    at the earliest: what re.search(r"([\w.]+)[.!?]*$", text, start, stop + 1) reads before a stop
    that opens its run of stops, without trying the pattern at every position of the window."""
    first = stop
    while first > start and (text[first - 1].isalnum() or text[first - 1] in "_."):
        first -= 1
    return text[first:stop + 1]


def _long_word_before(text: str, stop: int) -> bool:
    """Seven letters or digits right before the stop: a word longer than any abbreviation (the
    piece before it starts after white space, so they are all the word's), read in one call."""
    return stop >= _LONGEST_ABBREVIATION + 1 and text[stop - _LONGEST_ABBREVIATION - 1:stop].isalnum()


def _is_abbreviation(word: str) -> bool:
    word = word.rstrip(".").lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        spans.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


# --- positions ------------------------------------------------------------------------------------

def line_starts(text: str) -> list[int]:
    """Where each line of the text starts (lines end at newline characters)."""
    starts = [0]
    found = text.find("\n")
    while found != -1:
        starts.append(found + 1)
        found = text.find("\n", found + 1)
    return starts


def line_and_column(starts: list[int], offset: int) -> tuple[int, int]:
    """Line and column (both from 1; the column in characters) of an offset, given ``line_starts``.

    >>> line_and_column(line_starts("one\\ntwo three"), 8)
    (2, 5)
    """
    line = bisect.bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def text_position(text: str, offset: int) -> tuple[int, int]:
    """Line and column of one offset, without the table ``line_starts`` makes for many.

    >>> text_position("one\\ntwo three", 8)
    (2, 5)
    """
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


# --- numbers --------------------------------------------------------------------------------------

SMALL_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred"
).split()
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                 "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                 "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6, "bn": 1e9, "m": 1e6, "k": 1e3}


def by_first_letter(words: list[str]) -> str:
    """"one|two|three|ten" as "o(?:ne)|t(?:wo|hree|en)": the same matches, tried in the same order
    among words that share a first letter, but re tries one branch a letter instead of every word
    at every word start of every sentence with a number (case-blind branches have no quick reject)."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in rests.items())


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of the pattern holds ("\\b(?:in all|total)\\b"
    -> ("in all", "total")), read from the pattern itself; None when it needs none for sure.

    An `in` test over a short ASCII string is far cheaper than a pattern tried at every position of
    it: where none of the words is in text.lower() and the text is ASCII, the pattern cannot match
    (case-blind matching reaches further only outside ASCII: "ſ" is an "s")."""
    import re._parser as parser  # what re itself compiles from; read once per pattern

    return _required(list(parser.parse(pattern.pattern, pattern.flags)))


def _required(items: list[tuple[object, object]]) -> tuple[str, ...] | None:
    from re._constants import BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT, SUBPATTERN

    options: list[tuple[str, ...]] = []
    run = ""
    for op, argument in [*items, (None, None)]:
        if op is LITERAL:
            run += chr(argument)
            continue
        if run:
            options.append((run,))
            run = ""
        if op is SUBPATTERN:
            found = _required(list(argument[3]))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and argument[0] >= 1:
            found = _required(list(argument[2]))
        elif op is BRANCH:
            branches = [_required(list(branch)) for branch in argument[1]]
            found = None if None in branches else tuple(word for branch in branches for word in branch)
        else:
            continue  # a class, a look-around, a boundary: nothing sure to read
        if found is not None:
            options.append(found)
    options = [tuple(word.lower() for word in option) for option in options if all(word.isascii() for word in option)]
    # The most telling: the option whose shortest word is longest.
    return max(options, key=lambda option: min(len(word) for word in option), default=None)


# Number words as a regex alternative: "twenty-three", "one hundred and five", "two dozen", "a dozen".
# (Each first letter a case-exact class, "(?-i:[Oo])ne|(?-i:[Tt])(?:wo|...)", for re's branch to skip on: lead_letters.py.)
NUMBER_WORD = (
    r"(?i:(?:(?:" + lead_letters.by_first_letter("|".join(SMALL_NUMBER_WORDS), True) + r")(?:[\s-]+(?:and[\s-]+)?(?:"
    + lead_letters.by_first_letter("|".join(SMALL_NUMBER_WORDS), True) + r"))*(?:\s+dozen)?|a\s+dozen|a\s+hundred|a\s+thousand))"
)
NUMBER_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
NUMBER = rf"(?:{NUMBER_DIGITS}|{NUMBER_WORD})(?:\s+(?:thousand|million|billion|trillion))?"


@lru_cache(maxsize=4096)
def parse_number(phrase: str) -> float | None:
    """Read a number written in digits or words, with an optional scale word.

    >>> parse_number("1.2 million"), parse_number("twenty-three"), parse_number("two dozen")
    (1200000.0, 23.0, 24.0)
    """
    words = phrase.lower().replace(",", "").replace("-", " ").split()
    if not words:
        return None
    scale = 1.0
    if words[-1] in SCALES and len(words) > 1:
        scale = SCALES[words.pop()]
    if words[-1] == "dozen":
        words.pop()
        multiplier = 12.0
        if not words or words == ["a"]:
            return multiplier * scale
    else:
        multiplier = 1.0
    if words[0] == "a" and len(words) == 2:
        words[0] = "one"
    joined = " ".join(words)
    try:
        return float(joined) * multiplier * scale
    except ValueError:
        pass
    try:
        # text2num is strict English number grammar; that is what we want from it.
        return float(text2num(joined.replace(" and ", " "), "en")) * multiplier * scale
    except ValueError:
        return None


def format_number(value: float | None) -> str:
    if value is None:
        return "?"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


# --- words ----------------------------------------------------------------------------------------

STOP_WORDS = frozenset(
    """a an the and or but of to in on at by for with from into onto over under about as than then
    this that these those it its their there they them he she his her him we our you your i me my
    be is are was were been being has have had having do does did will would shall should can could
    may might must also not no so such very more most much many some any each both either neither
    all other another which who whom whose what when where while why how up down out off again
    further once only own same too just now during before after between through among against
    per via amid within without since until upon s""".split()
)
