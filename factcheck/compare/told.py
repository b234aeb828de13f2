"""A figure the other article tells too, in the sentence it sets against it: "Organisers said
50,000 joined; police put the number at 12,000" does not contradict "About 12,000 joined, police
said"; "pulled 12 survivors on Tuesday, bringing the number rescued to 40" does not contradict
"have pulled 40 survivors". The article that gives both knows the other's figure and tells it as
another fact (another estimate, a running total, the earlier figure of "up from", a part of the
whole): the two articles disagree on nothing."""
from __future__ import annotations

import re

from ..align.keys import head_phrase
from ..models import ClaimBase
from ..text import NUMBER, parse_number

# A figure in digits or words, not inside a longer number, a clock time, a model name or a
# compound ("40-round").
_FIGURE = re.compile(rf"(?<![\w.,:$€£¥-]){NUMBER}(?![\w-]|[.,:]\d)", re.I)
_PERCENT_AFTER = re.compile(r"\s?(?:%|per ?cent\b|percent\b)", re.I)
# Words that may follow a figure whose counted noun is left out ("a peak of 120,000.", "12 of
# them", "up from 25,000 now", "compared with 20 the year before"): the figure counts the same
# thing. A figure with a noun of its own ("200 rounds of ammunition") counts something else.
_BARE_AFTER = frozenset("""in of on at from to the a an now today yesterday earlier before previously initially
    then last this that and or but by for with according as over under after since among including were was are
    is had have has said say says more others other""".split())
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")


def told_by(claim: ClaimBase, others: list[ClaimBase]) -> bool:
    """Whether a sentence of ``others`` (the other article's claims) states ``claim``'s very figure
    as another figure of that sentence: the same number, a percentage as a percentage, a count
    with no noun of its own or with the claim's counted noun."""
    if claim.kind not in ("count", "percent") or claim.value.stated is None:
        return False
    head = head_phrase(claim.frame.thing or "")[1] if claim.kind == "count" else ""
    for sentence in {other.sentence for other in others}:
        # A figure of the group itself ("at least 24" beside a quoted "27") is the same fact told
        # in its own words: the group's interval logic and echoes judge it, not this test.
        own = [span for other in others if other.sentence == sentence for span in _spans(sentence, other.text)]
        for found in _FIGURE.finditer(sentence):
            if parse_number(found.group()) == claim.value.stated and _same_measure(claim.kind, sentence, found.end(), head) \
                    and not any(start <= found.start() < end for start, end in own):
                return True
    return False


def _spans(sentence: str, text: str) -> list[tuple[int, int]]:
    return [(found.start(), found.end()) for found in re.finditer(re.escape(text), sentence)]


def _same_measure(kind: str, sentence: str, end: int, head: str) -> bool:
    percent = _PERCENT_AFTER.match(sentence, end)
    if kind == "percent" or percent:
        return kind == "percent" and bool(percent)
    word = _NEXT_WORD.match(sentence, end)
    if word is None or word.start(1) > end + 1:  # punctuation or the end of the sentence
        return word is None or not sentence[end:word.start(1)].strip().startswith("-")
    return word.group(1).lower() in _BARE_AFTER or bool(head) and head_phrase(word.group(1))[1] == head
