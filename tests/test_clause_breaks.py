"""The clause-break pattern, written to start with a character class (extract/subjects.py), finds
the same breaks as the plain form it stands for, over any stretch of any text; and str.split reads
the white space re's \\s does (subjects._tidy)."""
from __future__ import annotations

import random
import re

from factcheck.extract import subjects

PLAIN = re.compile(
    r"\s*(?:[;:—–]|\s-\s|,\s+(?=(?:and|but|while|which|who|whereas|with|a move|including|according|"
    r"although|though|after|before|when|where|amid|despite|said|says|the spokesperson)\b))\s*"
)
PIECES = [" ", "  ", "\n", "\t", "\u2003", "\xa0", ";", ":", "—", "–", "-", ",", ".", "and", "but", "who", "andy",
          "a move", "the spokesperson", "said", "x", "12"]


def test_the_class_led_pattern_finds_the_plain_pattern_s_breaks():
    generator = random.Random(17)
    for _ in range(20_000):
        text = "".join(generator.choice(PIECES) for _ in range(generator.randint(0, 12)))
        start, end = sorted((generator.randint(0, len(text)), generator.randint(0, len(text))))
        found = [match.span() for match in subjects._CLAUSE_BREAK.finditer(text, start, end)]
        assert found == [match.span() for match in PLAIN.finditer(text, start, end)], (text, start, end)


def test_a_look_alike_without_the_dash_s_space_fails_the_comparison():
    wrong = re.compile(subjects._CLAUSE_BREAK.pattern.replace(r"-\s|", "-|", 1))
    assert [m.span() for m in wrong.finditer("one -two")] != [m.span() for m in PLAIN.finditer("one -two")]


def test_str_split_s_white_space_is_re_s():
    # subjects._tidy joins a piece's words split by str.split, for re.sub(r"\s+", " ", piece).strip()
    spaces = [chr(code) for code in range(0x110000) if chr(code).isspace()]
    assert spaces == [chr(code) for code in range(0x110000) if re.match(r"\s", chr(code))]
    assert subjects._tidy("vote  counted\u2003\n early") == "vote counted early"
