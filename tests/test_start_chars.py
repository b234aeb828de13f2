"""A pattern given the characters its matches start with (factcheck/start_chars.py) finds what re's own
compiling of it finds, over random text made of its words, in every case re folds them to."""
from __future__ import annotations

import random
import re

from factcheck.extract import quantities
from factcheck.start_chars import with_starts
from factcheck.text import SMALL_NUMBER_WORDS

PIECES = [" ", "  ", "\n", ",", ", ", ".", "-", " - ", "–", "$", "#", "/", ":", "%", "'s", "a", "A", "an", "dozen", "a dozen",
          "A Dozen", "a  hundred", "a thousand", "between", "Between", "BETWEEN", "from", "From", "and", "to", "or", "per cent",
          "percent", "1", "12", "1,000", "3.5", "0.25", "٣", "१२", "ſix", "ſeven", "SIXTY", "Twenty-", "twenty-one", "and ",
          "million", "thousand", "billion", "people", "often", "someone", "x", "_", "İ", "ı", *SMALL_NUMBER_WORDS,
          *(word.capitalize() for word in SMALL_NUMBER_WORDS[::2]), *(word.upper() for word in SMALL_NUMBER_WORDS[::5])]


def _found(pattern: re.Pattern[str], text: str, start: int, end: int) -> tuple:
    return ([(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text, start, end)],
            (found := pattern.search(text, start, end)) and found.span(), (at := pattern.match(text, start)) and at.span())


def test_the_count_pattern_given_its_starts_finds_re_s_matches():
    hinted = quantities._COUNT.compiled()
    plain = re.compile(hinted.pattern)
    assert hinted != plain and hinted.groupindex == plain.groupindex
    generator = random.Random(22)
    for _ in range(6000):
        text = "".join(generator.choice(PIECES) + generator.choice(["", " ", " ", ", "]) for _ in range(generator.randint(0, 9)))
        start, end = sorted((generator.randint(0, len(text)), generator.randint(0, len(text))))
        assert _found(hinted, text, start, end) == _found(plain, text, start, end), (text, start, end)


def test_the_starts_are_a_filter_a_wrong_set_would_show():
    plain = re.compile(r"(?<!\w)(?:(?P<b>from)\s+)?(?P<n>\d+|ten)")
    right, wrong = with_starts(plain, None), with_starts(plain, r"[\d]")
    assert [m.span() for m in right.finditer("from 3 to ten")] == [m.span() for m in plain.finditer("from 3 to ten")]
    assert [m.span() for m in wrong.finditer("from 3 to ten")] != [m.span() for m in plain.finditer("from 3 to ten")]


def test_a_pattern_re_already_gives_a_prefix_is_left_as_it_is():
    for plain in (re.compile(r"[ab]c"), re.compile(r"abc"), re.compile(r"x?")):
        assert with_starts(plain, r"[abx]") is plain


def test_every_lazy_pattern_given_its_first_characters_finds_re_s_matches():
    import test_lead_letters as lead  # every pattern of the package imported, and its random pieces
    pairs = [(made, re.compile(made.pattern, made.flags)) for made in
             {pattern.compiled() for pattern in lead.MADE if isinstance(pattern.pattern, str)}]
    pairs = [(made, plain) for made, plain in pairs if made != plain]
    assert len(pairs) >= 300
    generator = random.Random(23)
    for made, plain in pairs:
        pieces = lead._pieces(plain.pattern) + PIECES
        for _ in range(300):
            text = "".join(generator.choice(pieces) + generator.choice(["", " ", " ", ", "]) for _ in range(generator.randint(0, 8)))
            start, end = sorted((generator.randint(0, len(text)), generator.randint(0, len(text))))
            assert _found(made, text, start, end) == _found(plain, text, start, end), (plain.pattern[:60], text, start, end)
            assert lead._spans(made, text, start, end) == lead._spans(plain, text, start, end)
