"""Word groups regrouped by their first letter (factcheck/lead_letters.py, applied by lazyre to every pattern of
the package as it compiles it) find what their plain forms find over random text, as do the tense patterns
written by hand that way."""
from __future__ import annotations

import importlib
import pkgutil
import random
import re
import string

import factcheck
from factcheck import lead_letters, text
from factcheck.extract import tense
from factcheck.lazyre import MADE
from factcheck.lead_letters import by_first_letter, rewrite

for _module in pkgutil.walk_packages(factcheck.__path__, "factcheck."):  # every pattern of the package
    if not _module.name.startswith(("factcheck.__main__", "factcheck.dask_engine")):
        importlib.import_module(_module.name)

_S, _P, _T = tense._SCHEDULE_S, tense._SCHEDULE_PLAIN, tense._THEN
SCHEDULED = re.compile(rf"(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\bits )(?<!\btheir )(?<!\bour )(?<!\bmany )\b(?:{_S})\b|(?:\b(?:they|we|you)|\b[A-Za-z]{{2,}}(?<!ss)(?<!['’]s)(?<=s))\s+(?:{_T})?(?:{_P})\b|"
                       rf"\b[A-Za-z]{{2,}}(?<!ss)(?<!['’]s)(?<=s)\s+(?:in|across|throughout)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:{_P})\b|"
                       r"^[\s,;:]*(?!(?:Did|Does|Do|Why|How|When|Where|What|If)\s)(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]{2,}\s+(?:host|play|travel to|visit|face|welcome)\b")
NOT_PAST = re.compile(r"\b(?:is|are|am|be|being|to be|if|unless|once|stay|stays|remain|remains)\s+(?:re-)?[a-z]+ed\b|\b(?:be|is|are|am)\s+(?:[a-z]+ly\s+)?[a-z]+(?:\s+(?:or|and)\s+[a-z]+ed)?\b|['’]s\s+[a-z]+ed\b|"
                      r"\b(?:the|a|an|his|her|its|their|this|that|these|those)\s+[a-z]+ed\b|\b(?:need|speed|seed|feed|bed|red|shed|based|related|called|named|so-called|united|"
                      r"limited|expected|alleged|supposed|used|fixed|detailed|advanced|armed|biased|unchanged|unexpected|unprecedented|"
                      r"undisclosed|unnamed|unidentified|unspecified|unresolved|undecided|unscheduled)\b", re.I)
# text.NUMBER_WORD as it was written before its first letters were classes
OLD_NUMBER_WORD = (r"(?i:(?:(?:" + text.by_first_letter(text.SMALL_NUMBER_WORDS) + r")(?:[\s-]+(?:and[\s-]+)?(?:"
                   + text.by_first_letter(text.SMALL_NUMBER_WORDS) + r"))*(?:\s+dozen)?|a\s+dozen|a\s+hundred|a\s+thousand))")
PAIRS = [(pattern.compiled(), re.compile(pattern.pattern.replace(text.NUMBER_WORD, OLD_NUMBER_WORD), pattern.flags))
         for pattern in dict.fromkeys(MADE) if isinstance(pattern.pattern, str) and
         (rewrite(pattern.pattern, pattern.flags) != pattern.pattern or text.NUMBER_WORD in pattern.pattern)] + \
    [(tense.SCHEDULED, SCHEDULED), (tense._NOT_PAST, NOT_PAST)]
EXTRA = [" ", "  ", "\n", ",", ", ", ";", ":", "-", " - ", "(", ".", "'", "'s ", "’s", "ed", "ly ", "1,000", "12", "a",
         "ſaid", "\u212aept", "İs", "ıs", "Harbor City", "The", "They", "they ", "then ", "in the ", "re-", "s ", "ſix", "Twenty-",
         "a dozen", "between ", "from ", " and ", "-", "3.5", "1,200", *text.SMALL_NUMBER_WORDS]


def _pieces(plain: str) -> list[str]:
    words = set(re.findall(r"[a-z][a-z' ’-]*[a-z]", plain.replace("\\s", " ").replace("\\b", " ")))
    return sorted(words) + [word.capitalize() for word in sorted(words)[::3]] + [word.upper() for word in sorted(words)[::7]] + EXTRA


def _spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> tuple:
    return ([m.span() for m in pattern.finditer(text, start, end)], pattern.sub("_", text),
            bool(pattern.fullmatch(text)), (found := pattern.match(text, start)) and found.span())


def test_every_regrouped_pattern_finds_its_plain_pattern_s_matches():
    generator = random.Random(21)
    assert len(PAIRS) >= 100 and sum(OLD_NUMBER_WORD in plain.pattern for _, plain in PAIRS) >= 5
    for pattern, plain in PAIRS:
        assert (pattern.groups, pattern.groupindex) == (plain.groups, plain.groupindex)
        pieces = _pieces(plain.pattern)
        for _ in range(600):
            text = "".join(generator.choice(pieces) + generator.choice(["", " ", " ", ", "]) for _ in range(generator.randint(0, 8)))
            start, end = sorted((generator.randint(0, len(text)), generator.randint(0, len(text))))
            assert _spans(pattern, text, start, end) == _spans(plain, text, start, end), (plain.pattern[:60], text, start, end)


def test_the_folding_table_is_re_s():
    letters = re.findall("[a-z]", "".join(map(chr, range(0x110000))), re.I)
    for letter in string.ascii_lowercase:
        folding = [char for char in letters if re.fullmatch(letter, char, re.I)]
        assert sorted(folding) == sorted(letter + letter.upper() + lead_letters.FOLDS.get(letter, "")), letter


def test_alternatives_keep_their_order_within_a_letter_and_stay_behind_a_barrier():
    assert by_first_letter("was|had|were|(?:is|are) due|[a-z]+ed|wed", True) == \
        "(?-i:[Ww])(?:as|ere)|(?-i:[Hh])ad|(?-i:[Iiİı])s due|(?-i:[Aa])re due|[a-z]+ed|(?-i:[Ww])ed"
    assert by_first_letter("meet|(?:a|b)?x|mo|me", False) == "meet|(?:a|b)?x|m(?:o|e)"
    assert rewrite(r"\b(?:on|off)\b|\b(?:in)", re.I) == r"\b(?:(?-i:[Oo])(?:n|ff))\b|\b(?:(?-i:[Iiİı])n)"
    assert rewrite(r"\b(?P<w>on|off)|\b(?:o(n)|of)", re.I | re.A) == r"\b(?P<w>(?-i:[Oo])(?:n|ff))|\b(?:o(n)|of)"


def test_a_look_alike_without_the_folds_fails_the_comparison():
    wrong = re.compile(r"\b(?:(?-i:[Ss])aid)\b", re.I)
    assert [m.span() for m in wrong.finditer("he ſaid")] != [m.span() for m in re.finditer(r"\bsaid\b", "he ſaid", re.I)]
