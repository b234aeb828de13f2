"""A participle used as an adjective before a counted noun: "40 armed men", and before a compound
noun whose last word is the plural counted ("1,624 reported road deaths", "12 suspected gang members",
"300 confirmed flu cases")."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..text import NUMBER_WORD, STOP_WORDS


def adjective_before_noun(tokens: list[str], is_plural: Callable[[str], bool]) -> bool:
    """Whether tokens[0] (a word in -ed) is an adjective of the plural noun after it, or of a noun
    compound of two words whose second is plural."""
    if len(tokens) > 1 and tokens[1].isalpha() and is_plural(tokens[1].lower()):
        return True
    if len(tokens) < 3 or not (tokens[1].isalpha() and tokens[1].islower() and tokens[2].isalpha()):
        return False
    first = tokens[1]
    return (first not in STOP_WORDS and not first.endswith(("ed", "ing")) and not re.fullmatch(NUMBER_WORD, first, re.I)
            and not is_plural(first) and is_plural(tokens[2].lower()))
