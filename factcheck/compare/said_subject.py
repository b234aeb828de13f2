"""A figure a named holder's own clause tells ("Orvane Bank lost 40 million euros") against one
reported of another subject in a clause after "said" ("It said customers lost 25 million euros",
"The company said its suppliers had cut 300 jobs"): the customers' loss and the suppliers' cuts are
not the holder's, though the article is about the holder and names no one else. A reported clause
whose subject stands for the holder ("it said it lost", "the bank said the company lost") is the
holder's own."""
from __future__ import annotations

import re

from ..models import ClaimBase
from .aspects import text_before

# The subject of the clause a sayer reports, right before its verb and the figure: "said customers
# lost", "says that its suppliers had cut", "told reporters some 300 staff" (no name: a name is a holder).
_REPORTED = re.compile(r"\b(?:said|says|say|told\s+[a-z]+)\s+(?:that\s+)?(?P<who>(?:(?:the|its|their|his|her|some|many)\s+)?"
                       r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s+(?:(?:had|has|have|would|will|could|were|was)\s+)?"
                       r"(?:been\s+)?[a-z]+\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|more than\s+|at least\s+|up to\s+)?"
                       r"(?:\$|€|£)?$")
# Words that stand for the holder itself: its own clause, not another subject's.
_SELF = frozenset("""it he she they we i company firm group bank lender carmaker automaker airline carrier club council
    retailer chain maker insurer miner producer operator business government ministry department agency""".split())
# Words that are a verb or a figure's start, not a subject: "said on Monday", "said about".
_NOT_WHO = frozenset("on in at by about around some nearly almost up more last this next".split())


def reported_of_another(one: ClaimBase, other: ClaimBase) -> bool:
    """Whether one figure is a named holder's and the other is reported of another subject (see the
    module), either way round."""
    return _apart(one, other) or _apart(other, one)


def _apart(named: ClaimBase, reported: ClaimBase) -> bool:
    if not named.frame.holder or reported.frame.holder:
        return False
    found = _REPORTED.search(text_before(reported))
    if found is None:
        return False
    words = found["who"].lower().split()
    if set(words) & _SELF or words[0] in _NOT_WHO or words[-1] in _NOT_WHO:
        return False
    # "It said sales rose 5%": the subject is what the figure measures, not another body
    return words[-1].rstrip("s") not in {word.rstrip("s") for word in (reported.frame.thing or "").lower().split()}
