"""A parent's children told with the parent: "a mother of two", "Tom Smith, a father of three young
children", "the grandmother of 12". News uses the phrase to say who a victim, a suspect or a winner
is, and outlets differ on it ("a mother of 12" / "a mother of 13"): the figure is a count of that
person's children, never of the people the clause's verb tells of ("a mother of two died" is one
death). Its event is the parent word (family_counts), so it lines up only with another outlet's
same word for a parent (a mother's children are not a father's), whatever the clause's verb is."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..models import ClaimBase, CountClaim, QuantityValue
from ..text import NUMBER, STOP_WORDS, parse_number
from .base import Page
from .frames import frame_label
from .holders import _TOKEN_OR_COMMA, _names_of
from .lemmas import canonical_event, is_known, is_verbish

# The parent word, the canonical parent it names, and what its figure counts.
_PARENTS = {"mother": ("mother", "children"), "mom": ("mother", "children"), "mum": ("mother", "children"),
            "father": ("father", "children"), "dad": ("father", "children"),
            "grandmother": ("grandmother", "grandchildren"), "grandfather": ("grandfather", "grandchildren")}
_ANCHOR = tuple(_PARENTS)
# The events of these counts: an unnamed parent's children are set against no one's (align.py), as
# one story may tell two parents ("a mother of two died", "a mother of three was injured").
PARENT_EVENTS = frozenset(parent for parent, _ in _PARENTS.values())
# "mother of two", "father-of-three", "mother of 12 children"; not "mother of the bride", "the father
# of modern physics", "mother of 2.5" (no figure of children), "father of two-year-old twins", "the
# mother of one of the victims" or "the father of 2024's champion".
_PARENT_OF = re.compile(rf"\b(?P<parent>(?i:{'|'.join(_PARENTS)}))[- ]of[- ](?P<number>{NUMBER})"
                        r"(?![\w%]|[.,]\d|['’]s\b|-[a-z]|\s+(?:percent|per cent|of)\b)")  # "-year-old", "-time champion"
# A figure with a noun after it counts that noun when it is no word for children: "the mother of
# three young children" is hers, "the father of 12 players" is no parent of them.
# Sons or daughters are counted as such: "a father of three sons" may have daughters too.
_CHILDREN_AFTER = re.compile(r"\s+(?:(?:young|small|adult|grown|grown-up|teenage|little|school-age)\s+)?"
                             r"(?:children|kids|grandchildren|grandkids|(?P<own>(?:grand)?(?:sons|daughters)|boys|girls))\b", re.I)
_TOLD_OF = re.compile(r"\s+(?:who|that|whom)\b|\s+(?:killed|injured|hurt|wounded|hit|found|taken|missing|born|abducted|rescued)\b")
_NOUN_AFTER = re.compile(r"\s+(?:(?:young|teenage|adult|grown)\s+)?(?:(?!was\b|is\b|has\b|his\b|as\b|this\b|plus\b|always\b)[a-z]+s|men|women|people)\b")
# "the mother of one victim", "the father of one teenager who was arrested": a word after "one" that
# is neither a function word nor a verb is what the figure counts, not her children.
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")

# A full name right after the figure is the parent ("Mother of 5 Dana Whitfield"; "... mother of 4,
# Dana Whitfield" closing the sentence), not a place before the parent word ("a Riverton mother of 4").
_NAME_AFTER = re.compile(r"(?:\s+|,\s+(?=(?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+\s*(?:$|[.\n])))"
                         r"(?P<name>(?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+)\b(?!\s+[A-Z])")

# "Marsh and her three small daughters", "with his three children": a parent's children told with a
# possessive; whose they are is the name nearest before it in the sentence, and without one the
# figure is no claim ("her two sons" of a woman the sentence does not name is a reference back).
_POSSESSIVE = re.compile(rf"\b(?P<parent>[Hh]er|[Hh]is)\s+(?P<number>{NUMBER})(?=\s+(?:(?:young|small|adult|grown|grown-up|"
                         r"teenage|little|school-age)\s+)?(?:children|kids|grandchildren|grandkids|(?P<own>(?:grand)?(?:sons|"
                         r"daughters)|boys|girls))\b)")
_POSSESSIVE_PARENT = {"her": "mother", "his": "father"}
# Its anchor: every match holds one of these words (lower case) inside its sentence; "her" and "his"
# are in "other", "there" and "this", in most sentences of a page.
_CHILDREN_WORDS = ("children", "kids", "sons", "daughters", "boys", "girls")
# "rescued a woman and her two children", "said her sister and her two children": someone the
# sentence does not name stands right before, and the children are theirs, not the name's.
_SOMEONE_AND = re.compile(r"\b(?:a|an|the|her|his|their|my|our|your)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+and\s+$")

# Whose children a "mother of N" counts, read before the parent word: a name in apposition ("Dana
# Whitfield, 41, a mother of 5"; "Whitfield was the mother of 4 children"), else a place or name
# right before it ("a Riverton mother of 4", a headline's "Eastside mother of 2"), else none: the clause's subject is someone else's
# ("Reyes told police a falling branch hit the mother of 5").
_NAME = r"(?P<name>(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)"
_APPOSITION = re.compile(_NAME + r"(?:,\s+\d{1,3})?(?:,\s+|\s+(?:was|is)\s+|,\s+who\s+was\s+)(?:a|the)\s+(?:\w+\s+){0,2}$")
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b(?:(?:a|the)\s+)?" + _NAME + r"\s+$")

CountMaker = Callable[..., CountClaim]


def family_counts(page: Page, claims: list[CountClaim], make_count: CountMaker) -> list[CountClaim]:
    """The children of each "mother of N" or "her N children" in the page: a claim read anew
    (event: the parent), or the count already read there ("mother of 12 children") re-framed."""
    found: list[CountClaim] = []
    for match in page.finditer(_PARENT_OF, _ANCHOR):
        after = page.text[match.end():match.end() + 40]
        children = _CHILDREN_AFTER.match(after)
        if not children and (_NOUN_AFTER.match(after) or _one_of_a_kind(match["number"], after)):
            continue
        if children and _TOLD_OF.match(after, children.end()):
            continue  # "the mother of two children who were hurt": those children, maybe not all of hers
        parent, counted = _PARENTS[match["parent"].lower()]
        counted = children["own"].lower() if children and children["own"] else counted
        _family_claim(page, claims, found, make_count, match, (parent, counted, _parent_named(page, match)))
    for match in page.finditer(_POSSESSIVE, _CHILDREN_WORDS):
        sentence = page.sentence_at(match.start())
        names = _names_of(_TOKEN_OR_COMMA.findall(page.text[sentence[0]:match.start()]))
        if names and not _SOMEONE_AND.search(page.text[sentence[0]:match.start()]):
            counted = match["own"].lower() if match["own"] else "children"
            # The children with a parent ("Tom Harlan and his two children were pulled from the car")
            # may be some of them: a part, never set against "a father of four".
            _family_claim(page, claims, found, make_count, match,
                          (_POSSESSIVE_PARENT[match["parent"].lower()], counted, names[-1][0]), "part")
    return found


def _family_claim(page: Page, claims: list[CountClaim], found: list[CountClaim], make_count: CountMaker,
                  match: re.Match[str], frame: tuple[str, str, str | None], scope: str | None = None) -> None:
    """The count of the match's figure (the one read there already, else a new one in ``found``)
    framed as a parent's children: (parent, what is counted, the parent's name or None)."""
    number = parse_number(match["number"])
    if number is None or not 1 <= number < 1000 or number != int(number):
        return
    parent, counted, holder = frame
    start, end = match.span("number")
    claim = next((c for c in claims if c.start <= start < c.end), None)
    if claim is None:
        if not page.is_free(start, end):
            return
        claim = make_count(page, (start, end), QuantityValue(stated=number, low=number, high=number), counted, counted, end)
        found.append(claim)
    claim.frame.event, claim.frame.thing, claim.frame.scope = parent, counted, scope
    claim.frame.holder = holder
    claim.subject = frame_label(claim.frame, counted)


def _one_of_a_kind(number: str, after: str) -> bool:
    """Whether "one" is followed by a noun it counts ("the mother of one victim")."""
    word = _WORD_AFTER.match(after)
    return number.lower() in ("one", "1") and word is not None and word[1] not in STOP_WORDS and not is_verbish(word[1])


def _parent_named(page: Page, match: re.Match[str]) -> str | None:
    """The name of the parent of a "mother of N" match: right after the figure, in apposition
    before the parent word, or right before it; a lone capitalised word that opens the sentence
    and is a common word ("Tragically, the mother of three") is no name."""
    sentence_start, sentence_end = page.sentence_at(match.start())
    after = _NAME_AFTER.match(page.text, match.end(), sentence_end)
    if after:
        return after["name"]
    before = page.text[max(sentence_start, match.start() - 80):match.start("parent")]
    found = _APPOSITION.search(before) or _NAME_BEFORE.search(before)
    if not found:
        return None
    name = found["name"]
    opens = page.text[sentence_start:match.start()].lstrip().startswith(name)
    if " " not in name and (opens and is_known(name.lower()) or name.lower() in ("a", "the", "he", "she")):
        return None
    return name



_WORD = re.compile(r"[A-Za-z]+")


def parents_apart(one: ClaimBase, other: ClaimBase) -> bool:
    """Two parents' children, one of them unnamed, whose sentences tell them of different acts ("A
    mother of two died ..." / "A mother of three was injured ...") are two parents: one story may
    tell of both. The act is the first verb after the figure; with none, nothing says they are one."""
    if one.frame.event not in PARENT_EVENTS or one.frame.holder and other.frame.holder:
        return False
    acts = [_act_after(claim) for claim in (one, other)]
    return acts[0] is None or acts[0] != acts[1]


def _act_after(claim: ClaimBase) -> str | None:
    at = re.search(rf"[- ]of[- ]{re.escape(claim.text)}\b", claim.sentence)
    after = claim.sentence[at.end():] if at else ""
    return next((canonical_event(word.lower()) for word in _WORD.findall(after) if is_verbish(word)), None)
