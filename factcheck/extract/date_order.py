"""Two days told in one sentence keep the order its words give them: "rain will return on Friday
after the floods on Monday" is the Monday before that Friday (anchored.resolve calls this last)."""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..chrono import WEEKDAY_NAMES

if TYPE_CHECKING:
    from .base import Page
    from .date_base import DateMatch

# "rain will return on Friday after the floods on Monday": what comes after "after" happened first,
# so a weekday there lies before the day it is told with (the Monday before that Friday, not the
# one after); "before" the other way. Only a weekday moves, by one week, and only within a sentence.
_WEEKDAY_ONLY = re.compile(rf"(?:[Oo]n )?{WEEKDAY_NAMES}(?:[ -](?:morning|afternoon|evening|night))?")
# (the "after" phrase runs on to the day: "after putting him on reserve and on Wednesday" is another act)
_TAIL = r"(?:(?!\b(?:and|or|then|but|while)\b)[^,;:.!?\n]){0,60}$"
_ORDER_WORD = re.compile(rf"^[^.;:!?\n]{{0,90}}?\b(?P<word>after|before|following|ahead of)\b{_TAIL}", re.I)
# Between the two days, a clause of its own ("said on Monday that he would decide after the vote on
# Friday", "postponed on Monday until after the holiday on Friday"): the "after" phrase orders the
# later clause's act, not the first day's, which may be a saying or a decision that comes first.
_NEW_CLAUSE = re.compile(r"\b(?:that|until|till|unless|if|whether)\b|"
                         r"\b(?:he|she|it|they|we|I|you)\s+(?:would|will|could|might|may|should|must|plans?|planned|"
                         r"wants?|wanted|hopes?|hoped|intends?|intended|expects?|expected)\b")
_FRONTED = re.compile(rf"(?:^|[,;:]\s*)(?P<word>[Aa]fter|[Bb]efore|[Ff]ollowing|[Aa]head of)\b{_TAIL}")


def keep_order(page: "Page", chosen: list["DateMatch"]) -> None:
    for first, second in zip(chosen, chosen[1:]):
        a, b = first.value, second.value
        if a.start is None or b.start is None or a.start != a.end or b.start != b.end or a.granularity != "day" or \
                page.sentence_at(first.start) != page.sentence_at(second.start):
            continue
        between = page.text[first.end:second.start]
        if _NEW_CLAUSE.search(between):
            continue  # "said on Monday he would decide after the vote on Monday": the first day is the saying's
        told = _ORDER_WORD.match(between)
        if told:  # "on Friday after the floods on Monday": the second day moves
            moving, other, later = second, a.start, told["word"].lower() in ("before", "ahead of")
        else:  # "After the floods on Monday, rain will return on Friday": the first one does
            lead = _FRONTED.search(page.text[page.sentence_at(first.start)[0]:first.start])
            if not lead or "," not in between:
                continue
            moving, other, later = first, b.start, lead["word"].lower() in ("before", "ahead of")
        value = moving.value
        if value.resolution != "relative" or not _WEEKDAY_ONLY.fullmatch(page.text, moving.start, moving.end):
            continue
        step = 7 if later and value.start < other else -7 if not later and value.start > other else 0
        moved = value.start + dt.timedelta(days=step)  # type: ignore[operator]
        if not step or (moved > other if step < 0 else moved < other):
            continue
        timex = value.timex if value.timex is None else moved.isoformat() + value.timex[10:]
        moving.value = value.model_copy(update={"start": moved, "end": moved, "timex": timex,
                                                "note": f"{value.note}; moved a week to keep it {'before' if step < 0 else 'after'} "
                                                        f"the day it is told with"})
