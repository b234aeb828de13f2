"""Anchors are shortcuts only: each must give the sentences its plain form gives.

A ``Within`` anchor looks for its pattern only in the sentences of a cheaper parent; that is
exact only while every match of the pattern starts in a parent sentence. ``required_words`` gates a
pattern by words read from it; that is exact only while every match holds one of them. Both are
checked here against the plain form on generated text, so a pattern edited without its parent or
its words fails a test instead of losing claims.
"""
from __future__ import annotations

import importlib
import pkgutil
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import factcheck.extract as extractors
from factcheck.extract.base import DIGIT, Page, Within
from factcheck.models import Article, Source
from factcheck.text import required_words

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PIECES = ["1st", "the 21st and", "'99", "’90s", "‘10s", "2019-01-02", "20190", "1999", "in 2004,", "Q1 2020",
          "spring 2019", "from 2010 to 2012", "the 1990s", "mid-2015", "2010-11", "Monday", "monday", "Tuesdays",
          "week", "weekend", "years", "last year", "decade", "Jan. 5", "May", "mayor", "March 3, 2024", "Dec",
          "$5", "US$3", "£", "Rs. 5", "USD", "EUR 4", "in all", "so far", "per day", "of which", "season",
          "career-high", "compared with", "٣", "1٣th", "ſix", "dıy", "é", "ー", "Mr. ", "U.S.", "approx.",
          ". ", "! ", "\n", "\r\n", " ", "  ", ", ", "(", ")", '"', "-", "_", "A", "the", "x"]
text = st.lists(st.sampled_from(PIECES) | st.text(max_size=6), max_size=50).map("".join).map(
    lambda value: re.sub(r"[\ud800-\udfff]", "", value))


def _page(body: str) -> Page:
    return Page(Article(source=Source(id="s", path="s.txt", content_hash="-"), text=body))


def _anchors() -> list[Within]:
    found: list[Within] = []
    for module in pkgutil.iter_modules(extractors.__path__):
        for value in vars(importlib.import_module(f"factcheck.extract.{module.name}")).values():
            values = value.values() if isinstance(value, dict) else [value]
            found.extend(item for item in values if isinstance(item, Within))
    return found


def test_the_extractors_have_within_anchors():
    assert len(_anchors()) >= 8  # the test below would pass vacuously without them


@SETTINGS
@given(body=text)
def test_a_within_anchor_finds_the_sentences_its_pattern_finds(body):
    for anchor in _anchors():
        plain = re.compile(anchor.pattern.pattern + "|(?!)", anchor.pattern.flags)  # the same matches, its own cache key
        assert _page(body).sentences_with(anchor) == _page(body).sentences_with(plain), anchor.pattern.pattern


@SETTINGS
@given(body=text)
def test_digit_sentences_are_those_with_any_decimal_digit(body):
    assert _page(body).sentences_with(DIGIT) == _page(body).sentences_with(re.compile(r"[\d]"))


def _patterns() -> list[re.Pattern[str]]:
    found: dict[tuple[str, int], re.Pattern[str]] = {}

    def collect(value: object) -> None:
        if isinstance(value, re.Pattern):
            found[value.pattern, value.flags] = value
        elif isinstance(value, (tuple, list)):
            for item in value:
                collect(item)

    for module in pkgutil.iter_modules(extractors.__path__):
        for value in vars(importlib.import_module(f"factcheck.extract.{module.name}")).values():
            collect(value)
    return [pattern for pattern in found.values() if required_words(pattern) is not None]


def test_required_words_reads_alternatives_and_runs():
    assert required_words(re.compile(r"\b(?:in all|total)\b", re.I)) == ("in all", "total")
    assert required_words(re.compile(r"\d+ (?:days|weeks) ago")) == ("days", "weeks")  # the longest shortest word
    assert required_words(re.compile(r"\d+|now")) is None  # a number needs no word


@SETTINGS
@given(body=text)
def test_a_pattern_matches_only_ascii_text_that_holds_one_of_its_words(body):
    for piece in (body, body.encode("ascii", "ignore").decode()):
        if not piece.isascii():
            continue
        lowered = piece.lower()
        for pattern in _patterns():
            if pattern.search(piece):
                assert any(word in lowered for word in required_words(pattern)), pattern.pattern


# Number words inside other words ("often", "someone", "network"), at a word's start, in any case,
# the "-teen" words NUMERIC does not list, "a thousand", and digits that re reads but 0-9 are not.
COUNT_PIECES = ["one", "ten", "often", "someone", "network", "tone", "3", "2019", "a thousand", "a dozen", "A Dozen",
                "thirteen", "Fifteen", "ONE", "Ten", "twenty-three", "hundred", "between", "from", " and ", " to ",
                "_one", "x1", "A380", "COVID-19", "$", "€5", "#1", "per cent", "people", "ſix", "٣", "²", "½", "İ", "é",
                ". ", "\n", " ", ",", "-", "Mr. "]
count_text = st.lists(st.sampled_from(COUNT_PIECES), max_size=30).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=count_text)
@example(body="Often a thousand came. Someone saw fifteen.")
def test_number_starts_gives_every_count_the_numeric_sentences_give(body):
    from factcheck.extract.base import NUMBER_STARTS, NUMERIC
    from factcheck.extract.quantities import _COUNT

    def counts(anchor: object) -> list[tuple[int, int]]:
        page = _page(body)
        return [found.span() for start, end in page.sentences_with(anchor) for found in _COUNT.finditer(body, start, end)]

    assert counts(NUMBER_STARTS) == counts(NUMERIC)


def test_number_starts_skips_sentences_whose_number_words_are_inside_other_words():
    from factcheck.extract.base import NUMBER_STARTS, NUMERIC

    body = "Someone often came. Ten came.\nThe network is done."
    assert len(_page(body).sentences_with(NUMERIC)) == 3
    assert [body[start:end] for start, end in _page(body).sentences_with(NUMBER_STARTS)] == ["Ten came."]
    assert _page("Someone often came ٣ times.").sentences_with(NUMBER_STARTS) == [(0, 27)]  # not Latin-1: NUMERIC's


JUNK_PIECES = ["in", "In", "IN", "on", "at", "by", "since", "ſince", "from", "during", "of", "as", "for", "over", "the",
               "and", "to", "until", "with", "was", "were", "is", "are", "İn", "inn", "xin", "_", "talks", ",", ".", ";",
               ")", "”", '"', "’", " ", "\n", "\u00a0", "é", "9"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(piece=st.lists(st.sampled_from(JUNK_PIECES) | st.sampled_from(["", " ", ","]), max_size=20).map("".join))
@example(piece="talks in the, and")
def test_trailing_junk_read_from_the_end_is_what_the_pattern_removes(piece):
    from factcheck.extract.subjects import _TRAILING_JUNK, _junk_start

    assert piece[:_junk_start(piece)] == _TRAILING_JUNK.sub("", piece)


# Duration phrases, in any case, hyphened or spaced, with the letters re folds beyond ASCII ("K" the
# Kelvin sign is a "k" to case-blind re; "İ" lowers to two characters, so the page lowers ASCII only).
DURATION_PIECES = ["day", "Day", "DAYS", "week", "WEE\u212a", "month", "years", "Year", "decade", "century", "centuries",
                   "hour", "night", "minutes", "long", "-long", "old", " old", "of age", "aged", "a", "an", "A", "An",
                   "for", "within", "than", "over", "the past", "The last", "previous", "during", "3", "10.5", "two",
                   "Three", "today", "Monday", "İ", "é", "-", "‐", " ", "  ", "\u00a0", "\t", ". ", "\n", ",", "ſ", "’",
                   "over the past year", "during the previous decade", "For The Last Week"]
duration_text = st.lists(st.sampled_from(DURATION_PIECES), max_size=30).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=duration_text)
@example(body="A three-day-long visit. For a week, 3 WEE\u212aS and an hour.\nTwo-year terms İ 5 years, within an month")
# a dotted capital I that lengthens when lowercased, right after a unit run (reported by hypothesis on a branch)
@example(body="WEEKlong-longday\u0130")
# the Kelvin sign folds to "k" under re.I, but the page lowers ASCII only (found by hypothesis in a fresh clone)
@example(body="day\u0130-WEE\u212along")
def test_each_duration_pattern_finds_under_its_own_anchor_what_the_unit_words_gave(body):
    from factcheck.extract.durations import _ANCHORS, _SHORT, _SHORT_UNITS, PATTERNS, UNIT_ANCHOR

    def matches(pattern: re.Pattern[str], anchor: object) -> list[tuple[int, int]]:
        page = _page(body)
        return [found.span() for start, end in page.sentences_with(anchor) for found in pattern.finditer(body, start, end)]

    for pattern, anchor in zip(PATTERNS, _ANCHORS, strict=True):
        assert matches(pattern, anchor) == matches(pattern, _SHORT if pattern is _SHORT_UNITS else UNIT_ANCHOR), pattern.pattern


# Vague times after any character (",now"), at the body's start, inside other words ("known",
# "becoming"), in other cases, and on pages whose text is not all below U+0100.
VAGUE_PIECES = ["now", "Now", "NOW", "known", "right now", "nowadays", "currently", "Currently", "current", "present",
                "At present", "What present", "the moment", "at the moment", "these days", "for the time being",
                "recently", "recent", "lately", "in the past", "the distant past", "the past week", "ago", "years ago",
                "long ago", "some time", "future", "in the near future", "coming", "becoming", "the coming weeks",
                "coming period", "the days ahead", "ahead", "İ", "é", ",", "-", "(", " ", ". ", "\n", "x"]
vague_text = st.lists(st.sampled_from(VAGUE_PIECES), max_size=30).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=vague_text)
@example(body="Now the coming period.\nIt is known,now the coming period. What present coming weeks")
def test_vague_times_word_starts_give_the_matches_their_anchor_words_gave(body):
    from factcheck.extract.vague_dates import _ANCHORS, _VAGUE, _WORD_STARTS

    def matches(anchor: object) -> list[tuple[int, int]]:
        page = _page(body)
        return [found.span() for start, end in page.sentences_with(anchor) for found in _VAGUE.finditer(body, start, end)]

    assert matches(_WORD_STARTS) == matches(_ANCHORS)


# Document words at a word's start, inside other words ("amount", "impact", "according"), in any case.
DOC_PIECES = ["declaration", "Joint Declaration", "statement", "agreement", "MoU", "mou", "amount", "impact", "pact",
              "according", "accord", "treaty", "treatment", "deal", "ideal", "communiqué", "action plan", "protocol",
              "İ", "ſ", "é", "’", " ", ". ", "\n", "-", "x", "of understanding"]
doc_text = st.lists(st.sampled_from(DOC_PIECES), max_size=30).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=doc_text)
@example(body="An amount of impact. The accord, a treaty-deal.\nİ action plan")
def test_document_words_at_a_word_start_give_the_matches_the_document_words_gave(body):
    from factcheck.extract.names import _DOC, _DOC_ANCHOR, _DOC_STARTS

    def matches(anchor: object) -> list[tuple[int, int]]:
        page = _page(body)
        return [found.span() for start, end in page.sentences_with(anchor) for found in _DOC.finditer(body, start, end)]

    assert matches(_DOC_STARTS) == matches(_DOC_ANCHOR)


# Dates whose anchor is a piece every match holds: numeric dates ("/"), seasons, quarters, halves,
# decades; with those pieces in other cases, other words and pages not all below U+0100.
DATE_PIECES = ["9/26/1999", "27/09/2013", "7/24/06", "1/2", "/", "Spring", "spring", "SPRING", "summer", "Autumn",
               "winter", "Fall", "fall", "Q1", "q2", "Q3-", "Q4 ", "quarter", "the first quarter", "the third quarter of",
               "half", "the second half of", "1st", "2nd", "the 1990s", "1980's", "1970’s", "2010s", "mid-", "late ",
               "early ", "the end of ", "2019", "1999", "2024", " of ", ", ", " ", ". ", "\n", "-", "İ", "ſ", "\u212a", "é", "x"]
date_text = st.lists(st.sampled_from(DATE_PIECES), max_size=30).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=date_text)
@example(body="Spring 2019. The first quarter, 2020 and Q3 2021; the second half of 2022.\nİ the 1990s, 9/26/1999 mid-1980’s")
@example(body="In fall 2019.\nFall of 2020\nsummer 2021\nwinter 2022\nautumn 2023\nSpring 2024\nQ1 2019\nQ2-2020\nQ3 2021\nQ4 2022\n7/24/06")
@example(body="the late 1980's\nthe 2010s\nthe 1970’s\nthe third quarter of 2019\nthe first half 2020")
def test_each_date_pattern_with_a_word_anchor_finds_what_a_digit_or_year_anchor_gave(body):
    from factcheck.extract.dates import _YEAR_ANCHOR, PATTERNS, _anchor, read_numeric

    def matches(pattern: re.Pattern[str], anchor: object) -> list[tuple[int, int]]:
        page = _page(body)
        return [found.span() for start, end in page.sentences_with(anchor) for found in pattern.finditer(body, start, end)]

    worded = [(pattern, reader) for pattern, reader in PATTERNS if isinstance(_anchor(reader), tuple) and _anchor(reader) != ("week",)
              and reader.__name__ not in ("read_century", "read_decade_word")]
    assert len(worded) == 6  # numeric, season, two quarters, half, decade
    for pattern, reader in worded:
        assert matches(pattern, _anchor(reader)) == matches(pattern, DIGIT if reader is read_numeric else _YEAR_ANCHOR), pattern.pattern


CONTRAST_PIECES = ["but", "But", "BUT", "butter", "rebut", "whereas", "while", "awhile", "whilst", "since", "Since", "ſince",
                   "wince", "w", "b", "s", "_", "1", "é", "İ", " ", ",", "-", "\n"]


@settings(max_examples=300, deadline=None)
@given(body=st.lists(st.sampled_from(CONTRAST_PIECES) | st.text(max_size=3), max_size=20).map("".join))
@example(body="but,whereas while-since _but 1since ébut")
def test_the_contrast_pattern_matches_where_its_plain_form_does(body):
    from factcheck.extract.frame_time import _CONTRAST_BETWEEN

    plain = re.compile(r"\b(?:but|whereas|while|since)\b")
    assert [found.span() for found in _CONTRAST_BETWEEN.finditer(body)] == [found.span() for found in plain.finditer(body)]
    for start in range(len(body) + 1):
        assert bool(_CONTRAST_BETWEEN.search(body, start)) == bool(plain.search(body, start))


FIGURE_PIECES = ["1", "12", "1,000", "2.5", "3.", ".5", "a5", "x1", "_7", "٣", "seven", "Seventeen", "SEVEN", "ſix", "ſeven",
                 "sixty", "six", "one", "One", "none", "often", "ten", "often", "tens", "hundred", "Hundreds", "twenty-one",
                 "eight", "eighteen", "nine", "İ", "ı", "\u212a", "é", " ", ".", ",", "-", "\n", "s", "t", "o"]


@settings(max_examples=400, deadline=None)
@given(body=st.lists(st.sampled_from(FIGURE_PIECES) | st.text(max_size=3), max_size=20).map("".join),
       start=st.integers(0, 8), cut=st.integers(0, 8))
@example(body="seven ſix 1,000.5 a5 x.7 Hundred one-two 17 ٣", start=0, cut=0)
def test_the_figure_pattern_matches_where_its_plain_form_does(body, start, cut):
    from factcheck.extract.frame_scope import _FIGURE, _FIGURE_PLAIN

    plain = re.compile(_FIGURE_PLAIN, re.I)
    end = max(start, len(body) - cut)
    assert [found.span() for found in _FIGURE.finditer(body, start, end)] == [found.span() for found in plain.finditer(body, start, end)]


def test_the_figure_pattern_can_start_at_every_character_its_plain_form_can():
    from factcheck.extract.frame_scope import _FIGURE, _FIGURE_PLAIN

    plain = re.compile(_FIGURE_PLAIN, re.I)
    from factcheck.text import SMALL_NUMBER_WORDS

    starts = re.compile(r"(?i)[" + "".join({word[0] for word in SMALL_NUMBER_WORDS}) + r"]|\d")
    for character in map(chr, range(0x110000)):
        if starts.match(character):
            assert _FIGURE.pattern.startswith("[\\d") and (character.isdecimal() or character in _FIGURE.pattern.split("]", 1)[0]), hex(ord(character))
    assert plain.pattern != _FIGURE.pattern


STOP_PIECES = [".", "..", "!", "?", "?!", " ", "  ", "\t", "\n", '"', "'", "”", "’", "“", "‘", ")", "]", "(", "[", "A", "Z",
               "a", "1", "é", "Mr", "U.S", "ー"]


@settings(max_examples=400, deadline=None)
@given(body=st.lists(st.sampled_from(STOP_PIECES) | st.text(max_size=2), max_size=24).map("".join),
       start=st.integers(0, 6), cut=st.integers(0, 6))
@example(body='He left. "Then" she.) A! b? C', start=0, cut=0)
@example(body='He left." Then she.) A.. b.’ (C. 3', start=0, cut=0)
def test_sentence_stops_are_the_plain_patterns_matches(body, start, cut):
    """A line with no "!" or "?" is read with the pattern led by a literal full stop: the same matches."""
    from factcheck.text import _SENTENCE_END, _stops

    end = max(start, len(body) - cut)
    assert [found.span() for found in _stops(body, start, end)] == [found.span() for found in _SENTENCE_END.finditer(body, start, end)]
