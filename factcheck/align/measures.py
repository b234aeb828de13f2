"""Which measure a percentage is told of: a company's revenue, profit or shares, a market's quote
(used where claims are lined up, align.py, and compared, compare/aspects.py)."""
from __future__ import annotations

import re

from ..extract.frame_words import COMMON_CAPITALISED, INITIALS
from ..extract.lemmas import is_known, is_verbish
from ..models import ClaimBase

# The measures a company's or a market's change is told of, each in the words news uses for it
# ("Revenue rose 18 percent" / "sales rose 18 percent" is one measure; "profit fell 11 percent" /
# "revenue fell 2 percent" two). A quote is a price on a market: a share, a stock, an index, a
# currency or a commodity, or a name alone ("Eastgate Financial rose 2.6 percent", "The Dow fell
# 1.4 percent").
_MEASURE_WORDS = {
    **dict.fromkeys("revenue revenues sales turnover".split(), "revenue"),
    **dict.fromkeys("profit profits earnings income".split(), "profit"),
    **dict.fromkeys("shares share stock stocks index indices indexes market markets benchmark gauge currency".split(), "quote"),
    **dict.fromkeys("dividend dividends".split(), "dividend"),
    **dict.fromkeys("margin margins".split(), "margin"),
    **dict.fromkeys("costs expenses spending".split(), "costs"),
    **dict.fromkeys("orders bookings".split(), "orders"),
    **dict.fromkeys("deliveries shipments".split(), "deliveries"),
    **dict.fromkeys("output production".split(), "output"),
    **dict.fromkeys("exports".split(), "exports"),
    **dict.fromkeys("imports".split(), "imports"),
    **dict.fromkeys("wages pay salaries".split(), "wages"),
    **dict.fromkeys("debt borrowing".split(), "debt"),
}
# What trades on a market under a common noun: which one names the quote ("the euro", "Brent crude").
_INSTRUMENTS = frozenset("""crude oil gold silver copper platinum bitcoin euro dollar yen pound sterling yuan lira rupee
    franc peso rouble ruble won futures yield yields bonds""".split())
# What a change is told of right after it: "an 18 percent jump in third-quarter profit", "a 24
# percent gain in the Nasdaq Composite index".
_CHANGE_IN = re.compile(r"\s+(?:jump|rise|increase|gain|climb|surge|drop|fall|decline|slide|slump|decrease|cut)\s+in\s+"
                        r"(?:the\s+|its\s+|their\s+)?(?P<what>[\w&'’-]+(?:\s+[\w&'’-]+){0,3})")
# Sectors of a market whose shares or index news tells as one ("Bank shares fell 9.4 percent").
_SECTORS = frozenset("""bank banks banking tech technology energy oil mining retail retailers airline airlines auto
    car carmaker carmakers property insurance insurer insurers chip chipmaker chipmakers pharmaceutical drug utility
    utilities telecom media defence defense construction steel""".split())
_SECTOR = frozenset({"*"})
# A thing read from a relative clause between the subject and the figure's verb; the subject before
# that clause ("Comparable sales, which strip out the effect of store openings and closures, rose").
_RELATIVE = re.compile(r"(?:which|who|that)\s")
_OPENING_RELATIVE = re.compile(r"(?P<subject>[^,]{1,40}),\s+(?:which|who)\b[^,;]{1,80},\s+[a-z]+\s+(?:by\s+|to\s+)?"
                               r"(?:about\s+|nearly\s+|almost\s+|around\s+|roughly\s+|more than\s+|some\s+)?$")
# A measure that opens the sentence and heads the figure's clause, however long its subject runs.
_OPENING_MEASURE = re.compile(r"(?:(?:Total|Net|Comparable|Quarterly|Annual|Overall)\s+)?(?P<word>[A-Z][a-z]+)\b[^,;]*$")
_NAME_WORD = re.compile(r"[A-Z][\w&'’.-]*|&|\d+")
_LEFT_VERBS = frozenset("having being closed ended finished".split())
# A sentence's opening subject, after an opening phrase ("In early trading, the Harbor 50 index swung"): up to its verb.
_SENTENCE_SUBJECT = re.compile(r"(?:(?:In|On|At|Across|Elsewhere)\b[^,]{1,40},\s+)?(?:the\s+|The\s+)?"
                               r"(?P<subject>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|\d+|&))*)\s+[a-z]")


def _measure(claim: ClaimBase) -> tuple[str, frozenset[str]] | None:
    """Which measure a percentage is of, and the names told with it: ("revenue", {}), ("quote",
    {eastgate, financial}), ("quote", {euro}); None when its words do not say."""
    at = claim.sentence.find(claim.text)
    found = _CHANGE_IN.match(claim.sentence, at + len(claim.text)) if at >= 0 else None
    thing = found["what"] if found else claim.frame.thing or ""
    if thing and all(word.islower() and word not in _MEASURE_WORDS and (is_verbish(word) or word in _LEFT_VERBS)
                     for word in thing.split()):  # "sales" is a measure, however verb-like its form
        # "the Harbor 50 index swung wildly, ... and closed down 0.4 percent": the thing read is a verb, the
        # measure is the subject the sentence opens with (after an opening phrase: "In Tarnvik,")
        subject = _SENTENCE_SUBJECT.match(claim.sentence)
        thing = subject["subject"] if subject else thing
    opening = _OPENING_RELATIVE.match(claim.sentence[:max(at, 0)])
    if opening or _RELATIVE.match(thing):  # "Subscription revenue, which makes up 92 percent of the total, grew 13 percent"
        thing = opening["subject"] if opening else claim.sentence.split(",")[0]
    words = [word.removesuffix("'s") for word in thing.replace("’", "'").split()]
    while len(words) > 1 and words[-1].islower() and words[-1].endswith("ed") and is_verbish(words[-1]):
        words.pop()  # "Brent crude settled": the thing, not its verb
    if len(words) > 1 and words[0].lower() in _SECTORS and words[1] in _MEASURE_WORDS and claim.sentence.startswith(words[0]):
        words[0] = words[0].lower()  # "Bank shares fell": capitalised by its place, not a name
    names = frozenset(word.lower() for word in words if word[:1].isupper() and word not in COMMON_CAPITALISED and word not in INITIALS
                      and word.lower() not in _MEASURE_WORDS and word.lower() not in _INSTRUMENTS)
    for word in reversed(words):
        measure = _MEASURE_WORDS.get(word.lower())
        if measure == "quote" and not names and _SECTORS.intersection(words):
            return measure, _SECTOR  # "Bank shares fell 9.4 percent": a sector's, not one named company's
        if measure:
            return measure, names
    # "Sales at stores open a year and online rose 3.1 percent": the thing read is the subject's tail
    opening = _OPENING_MEASURE.match(claim.sentence[:max(at, 0)])
    if opening and not names and opening["word"].lower() in _MEASURE_WORDS:
        return _MEASURE_WORDS[opening["word"].lower()], names
    instruments = frozenset(word.lower() for word in words if word.lower() in _INSTRUMENTS)
    if instruments and all(word.lower() in _INSTRUMENTS or _NAME_WORD.fullmatch(word) for word in words):
        return "quote", names or instruments  # "the euro", "Brent crude", "Gold"
    # A name alone rises or falls on its market: a company's shares, an index.
    if words and names and all(_NAME_WORD.fullmatch(word) for word in words):
        return "quote", names
    return None


def measures_apart(one: ClaimBase, other: ClaimBase) -> bool:
    """Percentages of two measures, one of them a change ("Acme shares jumped 9 percent" / "Acme's
    revenue rose 18 percent"; "Profit dropped 11 percent" / "revenue fell 2 percent"), or of one
    measure told of two names that share no word ("The Dow fell 1.4 percent" / "The S&P 500 fell
    1.7 percent"; "Kestrel's net profit" / "Norbank's net profit")."""
    first, second = _measure(one), _measure(other)
    if first is None or second is None:
        # "The krona rose 0.3 percent" / "water and heating, up more than 8 per cent": a named
        # quote against a plain common thing that is no measure (a price, a bill, a fare)
        return any(measure is not None and measure[0] == "quote" and _surely_named(measure[1], quoted) and _plain_thing(claim)
                   for measure, quoted, claim in ((first, one, other), (second, other, one)))
    if first[0] != second[0]:
        return bool(one.value.change or other.value.change)
    # "Kestrel's net profit rose 14 percent" / "Norbank's net profit climbed 9 percent": two owners
    return bool(first[1]) and bool(second[1]) and not first[1] & second[1]


def _surely_named(names: frozenset[str], claim: ClaimBase) -> bool:
    """A quote's names hold a traded thing or a name that is surely one: not a dictionary word that is
    capitalised only because it opens the sentence ("Prices rose 3 percent", "Murders fell")."""
    opening = claim.sentence.lstrip(" \"“'‘(").split()[0].lower() if claim.sentence.split() else ""
    return any(name in _INSTRUMENTS or name != opening or not is_known(name) for name in names)


_PLAIN_SKIP = frozenset("also the a an and in of its their his her".split())
_PRONOUNS = frozenset("it they he she this that these those we".split())


def _plain_thing(claim: ClaimBase) -> bool:
    """A thing of common nouns only ("heating", "Bus fares also"): no name, pronoun, verb or figure
    (its first word may be capitalised by its place in the sentence)."""
    words = (claim.frame.thing or "").split()
    content = [word for word in words if word.lower() not in _PLAIN_SKIP]
    return bool(content) and all(
        word.isalpha() and (word.islower() or (word is words[0] and claim.sentence.startswith(word)))
        and word.lower() not in _PRONOUNS and not is_verbish(word.lower()) for word in content)
