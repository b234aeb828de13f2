"""What every extractor shares: the article being read, its sentences, and claim construction."""
from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ..models import Article, PublicationDate
from ..text import SMALL_NUMBER_WORDS, line_and_column, line_starts, sentence_spans
from .word_hits import KNOWN_WORDS, hit_sentences, word_hits

# The most claims one article yields. No article has this many (a 3 MB one-line transcript in the
# tests has 5,600); a file that does is many articles in one or generated text, and its claims
# would swamp every report (4.9 MB of one repeated phrase made 120,000 claims and 1.37 GB of
# reports). Extraction stops there and says so (a problem with code "capped").
MAX_CLAIMS_PER_ARTICLE = 10_000


@dataclass
class Page:
    """An article prepared for extraction: its text, sentence spans and spans already claimed."""

    article: Article
    sentences: list[tuple[int, int]] = field(default_factory=list)
    taken: list[tuple[int, int]] = field(default_factory=list)
    day_ranges: list[Any] = field(default_factory=list)  # date matches spanning whole days, for durations
    dates: list[Any] = field(default_factory=list)  # date claims, for durations that run from a date
    vague_dates: list[Any] = field(default_factory=list)  # "now", "recently": TimeML dates, never claims
    numeric_order: str | None = None  # "day first"/"month first"/"" once read: the order of its numeric dates
    counts: list[Any] = field(default_factory=list)  # count claims so far, for "12 killed and 40 injured"
    # The same counts found by where they end and by their sentence: looking near a new count must
    # not scan every count of the article (10,000 counts alike took 23 s).
    count_ends: dict[int, list[int]] = field(default_factory=dict)  # end offset -> indices into counts
    sentence_counts: dict[int, list[Any]] = field(default_factory=dict)  # sentence start -> its counts
    sentence_texts: dict[tuple[int, int], str] = field(default_factory=dict)
    claim_ids: set[str] = field(default_factory=set)
    next_repeat: dict[str, int] = field(default_factory=dict)  # base claim id -> next "-N" to try

    def __post_init__(self) -> None:
        # An attribute, not a property: extractors read it about 160 times a page.
        self.text: str = self.article.text
        if not self.sentences:
            self.sentences = _split_at_datelines(sentence_spans(self.article.text, self.article.body_start),
                                                 self.article.skip_spans, self.article.text)
        self._sentence_starts = [start for start, _ in self.sentences]
        self._claimed = SpanSet(self.article.skip_spans + self.taken)
        self._anchored: dict[object, list[tuple[int, int]]] = {}
        self._by_identity: dict[int, tuple[object, list[tuple[int, int]]]] = {}
        self._lower: str | None = None
        self._word_sentences_of: dict[str, list[int]] = {}  # word -> indices of the sentences it is in
        self._word_start_sentences_of: dict[str, list[int]] = {}  # the same, of hits at a word's start
        self._present: set[str] | None = None  # the anchor words the body holds, all found in one pass
        self._hits: dict[str, list[int]] = {}  # where each of them starts
        self._line_starts: list[int] | None = None
        self._is_latin1: bool | None = None

    def line_and_column(self, offset: int) -> tuple[int, int]:
        if self._line_starts is None:
            self._line_starts = line_starts(self.text)
        return line_and_column(self._line_starts, offset)

    @property
    def published(self) -> PublicationDate:
        return self.article.source.published

    def sentences_with(self, anchor: Anchor) -> list[tuple[int, int]]:
        """Sentences that contain the anchor (a digit, a month name, "per cent"...), found cheaply.

        Most sentences of an article hold no claim of a given kind; running a costly pattern only
        over the sentences that hold its anchor is what keeps extraction fast."""
        # Anchors are module constants asked for again and again: found first by identity (the
        # anchor is kept with its sentences, so its id cannot be reused), without hashing a tuple
        # of words or a Within each time.
        known = self._by_identity.get(id(anchor))
        if known is not None:
            return known[1]
        if type(anchor) is tuple:  # most anchors are words: no value key, no dispatch
            cached = self._word_sentences(anchor)
            self._by_identity[id(anchor)] = (anchor, cached)
            return cached
        key = anchor.pattern if isinstance(anchor, re.Pattern) else anchor
        cached = self._anchored.get(key)
        if cached is None:
            # Below U+0100 only 0-9 are digits to re: the same sentences as DIGIT, found as words.
            self._anchored[key] = cached = self._find_sentences(
                _ASCII_DIGITS if anchor is DIGIT and self._latin1() else anchor)
        self._by_identity[id(anchor)] = (anchor, cached)
        return cached

    def _find_sentences(self, anchor: Anchor) -> list[tuple[int, int]]:
        if isinstance(anchor, tuple):
            return self._word_sentences(anchor)
        if isinstance(anchor, AtWordStart):
            return self._word_start_sentences(anchor)
        hits = self._regex_hits(anchor) if isinstance(anchor, re.Pattern) else self._within_hits(anchor)
        found: list[tuple[int, int]] = []
        for position in hits:
            if found and position < found[-1][1]:
                continue
            sentence = self.sentence_at(position)
            if sentence[0] <= position < sentence[1]:
                found.append(sentence)
        return found

    def _latin1(self) -> bool:
        """Whether every character of the text is below U+0100 (the copy is a memcpy for such text)."""
        if self._is_latin1 is None:  # asked by every word-start anchor: the text is encoded once a page
            try:
                self.text.encode("latin-1")
                self._is_latin1 = True
            except UnicodeEncodeError:
                self._is_latin1 = False
        return self._is_latin1

    def _regex_hits(self, anchor: re.Pattern[str]) -> Iterator[int]:
        position = self.article.body_start
        while (match := anchor.search(self.text, position)) is not None:
            yield match.start()
            sentence_end = self.sentence_at(match.start())[1]
            position = max(match.end(), sentence_end)  # one hit a sentence is enough

    def _within_hits(self, anchor: Within) -> Iterator[int]:
        """The hits _regex_hits would find, looked for only in the sentences of the anchor's parent
        (each match starts in one of them, and ends less than _REACH characters past its end: the
        window lets a look-ahead see the text after the sentence, as a search over all of it does)."""
        position = self.article.body_start
        for start, end in self.sentences_with(anchor.parent):
            if end <= position:
                continue
            match = anchor.pattern.search(self.text, start if start > position else position, end + _REACH)
            if match is not None and match.start() < end:
                yield match.start()
                position = match.end() if match.end() > end else end

    def _word_sentences(self, words: tuple[str, ...]) -> list[tuple[int, int]]:
        """The sentences in which one of the words starts: str.find over an ASCII-lowered copy, far
        faster than a regex alternation of words, which Python's re tries word by word at every
        position. Each word's sentences are found once per page (many anchors share words), and
        one hit a sentence is enough: after a hit the search goes on from the end of its sentence,
        so a digit in every figure costs a find a sentence. Kept as sentence indices, so that an
        anchor of many words is a union of small sets, not a sort of every hit looked up again."""
        known = _WORD_SETS.get(id(words))
        if known is not None and known[3] and known[0] is words and self._present is not None:
            present = known[2] & self._present  # _looked_up's answer, without the call once all is known
            looked_up = (*known[1], *present) if present else known[1]
        else:
            looked_up = self._looked_up(words)
        if not looked_up:
            return []
        found_in, sentences = self._word_sentences_of, self.sentences
        if len(looked_up) == 1:  # most anchors hold one word a page: its indices are sorted and distinct already
            found = found_in.get(looked_up[0])
            if found is None:
                found = found_in[looked_up[0]] = self._find_word(looked_up[0])
            return [sentences[index] for index in found]
        indices: set[int] = set()
        for word in looked_up:
            found = found_in.get(word)
            if found is None:
                found = found_in[word] = self._find_word(word)
            indices.update(found)
        return [sentences[index] for index in sorted(indices)]

    def _looked_up(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The words worth a str.find: most anchor words are in no given page, so only single
        characters and the words the page holds (one Aho-Corasick pass, _word_hits)."""
        if self._lower is None:
            lowered = self.text.lower()
            # str.lower keeps offsets unless a character lowers to two ("İ"): then ASCII only, one for one.
            self._lower = lowered if len(lowered) == len(self.text) else self.text.translate(_ASCII_LOWER)
        # Each anchor's single characters and set of longer words, kept by identity with the anchor.
        known = _WORD_SETS.get(id(words))
        if known is None or known[0] is not words:
            if len(_WORD_SETS) > 4096:
                _WORD_SETS.clear()  # anchors are module constants; a caller making tuples on the fly must not grow it
            known = _WORD_SETS[id(words)] = [words, _single_characters(words), frozenset(words).difference(_single_characters(words)), False]
        # Whether the automaton knows the anchor's words: once it does it always will (words are
        # only added), so the subset test is made until then, not at every look-up.
        if self._present is None or not known[3] and not (known[2] <= KNOWN_WORDS):
            self._hits = word_hits(self._lower, self.article.body_start, words)
            self._present = set(self._hits)
        known[3] = True
        present = known[2] & self._present
        return (*known[1], *present) if present else known[1]

    def _word_start_sentences(self, anchor: AtWordStart) -> list[tuple[int, int]]:
        if not self._latin1():
            return self.sentences_with(anchor.parent)
        sure: set[int] = set()
        unsure: set[int] = set()
        found_in = self._word_start_sentences_of
        for word in self._looked_up(anchor.words):
            found = found_in.get(word)
            if found is None:
                found = found_in[word] = self._find_word(word, at_word_start=True)
            (sure if word in anchor.sure else unsure).update(found)
        sentences = self.sentences
        if unsure - sure:  # "thirteen" holds no parent word: its sentence counts only if it is a parent's
            parent = set(self.sentences_with(anchor.parent))
            sure.update(index for index in unsure if sentences[index] in parent)
        return [sentences[index] for index in sorted(sure)]

    def _find_word(self, word: str, at_word_start: bool = False) -> list[int]:
        """Indices of the sentences that hold a hit of the word (a hit between sentences is none);
        ``at_word_start``: only a hit with no letter, digit or underscore (re's \\w) before it."""
        found, lowered, starts, sentences = [], self._lower, self._sentence_starts, self.sentences
        if len(word) > 1:  # a word of the automaton: its hits were found in its one pass over the page
            return hit_sentences(self._hits[word], len(word), at_word_start, lowered, self.sentences, starts)
        position = lowered.find(word, self.article.body_start)
        right = bisect.bisect_right
        while position >= 0:
            if at_word_start and position and (lowered[position - 1].isalnum() or lowered[position - 1] == "_"):
                position = lowered.find(word, position + 1)
                continue
            index = right(starts, position) - 1  # sentence_at, inlined: once a hit
            index = index if index > 0 else 0
            sentence_start, sentence_end = sentences[index]
            if sentence_start <= position < sentence_end:
                found.append(index)
            after = position + len(word)
            position = lowered.find(word, after if after > sentence_end else sentence_end)
        return found

    def finditer(self, pattern: re.Pattern[str], anchor: Anchor) -> Iterator[re.Match[str]]:
        """pattern.finditer over the sentences that hold the anchor, in text order; nothing more
        once the page holds its most claims (not even the anchors are looked for then)."""
        if len(self.claim_ids) >= MAX_CLAIMS_PER_ARTICLE:
            return _NOTHING
        sentences = self.sentences_with(anchor)
        # Most anchors of a page are in none of its sentences: no generator made and run for them
        # (every extractor asks for about 80 anchors a page, read right away by a for loop).
        return self._matches(pattern, sentences) if sentences else _NOTHING

    def _matches(self, pattern: re.Pattern[str], sentences: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
        claim_ids, text = self.claim_ids, self.text  # (self.full, read without a call per match)
        for start, end in sentences:
            for match in pattern.finditer(text, start, end):
                if len(claim_ids) >= MAX_CLAIMS_PER_ARTICLE:
                    return
                yield match

    @property
    def full(self) -> bool:
        """Whether the page holds MAX_CLAIMS_PER_ARTICLE claims: extractors stop there."""
        return len(self.claim_ids) >= MAX_CLAIMS_PER_ARTICLE

    def sentence_at(self, position: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._sentence_starts, position) - 1
        return self.sentences[index if index > 0 else 0]

    def is_free(self, start: int, end: int) -> bool:
        """False where a dateline or an earlier extractor's claim already covers the span."""
        return not self._claimed.overlaps(start, end)

    def take(self, start: int, end: int) -> None:
        self.taken.append((start, end))
        self._claimed.add(start, end)


_NOTHING: Iterator[Any] = iter(())  # an empty tuple's iterator: exhausted for every caller
_WORD_SETS: dict[int, list[Any]] = {}  # id -> [anchor, its single characters, its longer words, all known]


def _single_characters(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(word for word in words if len(word) <= 1)


class SpanSet:
    """(start, end) spans, and whether a new one overlaps any of them.

    Kept sorted by start: only spans that start less than the longest one's length before a new
    span can reach it, so a check is a bisection, not a pass over every span (a 3 MB article holds
    tens of thousands of claims)."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self._spans = sorted(spans or [])
        self._longest = max((end - start for start, end in self._spans), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        spans = self._spans
        low = bisect.bisect_left(spans, (start - self._longest,))
        for index in range(low, bisect.bisect_left(spans, (end,), low)):  # most often none: no slice, no generator
            other_start, other_end = spans[index]
            if start < other_end and other_start < end:
                return True
        return False

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))
        self._longest = max(self._longest, end - start)


@dataclass(frozen=True)
class Within:
    """A regex anchor looked for only inside the sentences of a cheaper parent anchor (a digit,
    words), for a pattern each of whose matches starts in a sentence the parent finds ("'99"
    holds a digit): the same sentences as the pattern searched over the whole text, which re tries
    at every digit, quote or letter of the article. Its matches are short (under _REACH characters)."""

    parent: Anchor
    pattern: re.Pattern[str]

    def __hash__(self) -> int:  # re.Pattern's own hash reads its whole compiled code, at every look-up
        known = self.__dict__.get("_hash")  # made once: every page looks its Withins up by value
        if known is None:
            parent = self.parent.pattern if isinstance(self.parent, re.Pattern) else self.parent
            known = hash((parent, self.pattern.pattern, self.pattern.flags))
            object.__setattr__(self, "_hash", known)
        return known


_REACH = 32


@dataclass(frozen=True)
class AtWordStart:
    """The sentences of a parent anchor of words in which one of ``words`` starts a word (no letter,
    digit or underscore before it): for a pattern each of whose matches holds one of them at a
    word's start ("three", "3"), the parent's sentences that hold "often" or "someone" alone are
    not read. Exact on pages below U+0100, where the lowered text holds every case of a word
    and re's \\d is 0-9 (case-blind "ſix" is a "six" to re); elsewhere the parent's sentences."""

    parent: tuple[str, ...]
    words: tuple[str, ...]

    @cached_property
    def sure(self) -> frozenset[str]:
        """The words that begin with a parent word ("fourteen": "four"): the parent's own search
        finds the sentence where one starts, so it need not be run to say so. Only parent words of
        letters and digits that cannot overlap a copy of themselves: each copy's sentence is found."""
        plain = [word for word in self.parent if word.isalnum() and not any(word[:k] == word[-k:] for k in range(1, len(word)))]
        return frozenset(word for word in self.words if any(word.startswith(start) for start in plain))

# Anchors: what a sentence must contain to hold a claim of some kind. A regex (cheap ones only,
# like a digit), a tuple of lower-case words looked for with str.find, or a regex within another.
Anchor = re.Pattern[str] | tuple[str, ...] | Within | AtWordStart
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
DIGIT = re.compile(r"\d")
NUMBER_WORDS = tuple("""one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    sixty seventy eighty ninety hundred dozen""".split())  # "-teen" words contain a listed word
_ASCII_DIGITS = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
NUMERIC = _ASCII_DIGITS + NUMBER_WORDS
# A count's number at a word's start: a digit, a number word ("-teen" ones too) or "a dozen/thousand"'s.
NUMBER_STARTS = AtWordStart(NUMERIC, _ASCII_DIGITS + tuple(SMALL_NUMBER_WORDS) + ("dozen", "thousand"))


def _split_at_datelines(sentences: list[tuple[int, int]], datelines: list[tuple[int, int]],
                        text: str) -> list[tuple[int, int]]:
    """"City, May 2, 2025 (AGENCY) -- Turnout rose" is two pieces: the dateline, then the sentence."""
    if not datelines:
        return sentences
    result = []
    for start, end in sentences:
        for _, dateline_end in sorted(datelines):
            if start < dateline_end < end:
                result.append((start, dateline_end))
                start = dateline_end
                while start < end and (text[start].isspace() or text[start] in "-–—:"):
                    start += 1
        if start < end:
            result.append((start, end))
    return result


def claim_id(source: str, kind: str, sentence: str, offset_in_sentence: int, text: str) -> str:
    """Stable across runs and across edits elsewhere in the article: depends only on the sentence."""
    digest = hashlib.sha1(f"{source}|{kind}|{sentence}|{offset_in_sentence}|{text}".encode()).hexdigest()
    return f"{kind[0]}{digest[:11]}"


def claim_fields(page: Page, kind: str, start: int, end: int, subject: str) -> dict[str, Any]:
    """The fields every claim carries, with evidence cut from the page so offsets always hold."""
    sentence_start, sentence_end = page.sentence_at(start)
    sentence_end = max(sentence_end, end)
    # Claims of one sentence share one string: a large corpus holds hundreds of thousands of claims.
    sentence = page.sentence_texts.setdefault((sentence_start, sentence_end), page.text[sentence_start:sentence_end])
    text = page.text[start:end]
    source = page.article.source.id
    # An article may repeat a sentence word for word: its second claim gets the next free id, so
    # an editor's rejection of one never drops the other.
    # The next suffix to try is kept per base id: a sentence repeated ten thousand times walks
    # -2, -3, ... once in all, not once per repeat.
    base = identifier = claim_id(source, kind, sentence, start - sentence_start, text)
    repeat = page.next_repeat.get(base, 2)
    while identifier in page.claim_ids:
        identifier, repeat = f"{base}-{repeat}", repeat + 1
    page.claim_ids.add(identifier)
    page.next_repeat[base] = repeat
    line, column = page.line_and_column(start)
    return {
        "id": identifier,
        "source": source, "text": text, "start": start, "end": end, "line": line, "column": column,
        "sentence": sentence, "subject": subject,
    }
