"""How a thing's kind is told in other words: "sales of hardware" is "hardware sales"."""
from __future__ import annotations

import re

from ..chrono import FULL_MONTH_NAMES, WEEKDAY_NAMES
from ..extract.measure_phrase import sectors_apart
from ..extract.percent_measures import CONSENSUS, PAY_DEMAND, PREMIUM

# A head noun, "of" and a short kind after it: "Sales of hardware", "Shares of Acme" (not "Shares of
# the company": a determiner makes the "of" phrase a whole of its own, read as no kind).
_OF_KIND = re.compile(r"(?P<head>[A-Za-z][\w'’-]*)\s+of\s+(?P<kind>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)")
_DETERMINERS = frozenset("the a an its their his her our all each those these this that some every".split())


def of_folded(thing: str | None) -> str | None:
    """"Sales of hardware" -> "hardware sales", "Shares of Acme" -> "Acme Shares": the kind told
    after the head, put before it as the other telling puts it ("Hardware sales", "Acme shares")."""
    match = _OF_KIND.fullmatch(thing.strip()) if thing else None
    if match is None or match["kind"].split()[0].lower() in _DETERMINERS:
        return thing
    return f"{match['kind']} {match['head']}"


def base_told_after(claim) -> bool:
    """A premium's words after its figure tell the price it is measured over, and when that price
    was ("to Pellino's closing price on Friday", "than its stock price at the end of last week"):
    no time of the premium itself, which two articles may name two ways."""
    return claim.kind == "percent" and (claim.frame.thing or "").startswith(PREMIUM)


# The price a share is bid at, in the premium's sentence: "$62 a share", "412 Danish crowns per share".
_BID_PRICE = re.compile(r"(?<![\w.,])[$€£]?\s?(?P<price>\d[\d,]*(?:\.\d+)?)\s*(?:[A-Za-z]+\s+){0,2}?(?:a|per|each)\s+share\b")


def premiums_apart(one, other) -> bool:
    """Two premiums that are not one: over two prices (the last close, a 30-day average), or of two
    bids, told by the price a share each names ("Zentra offered $70 a share, a premium of 50 percent"
    / "Halbrook will pay $62 a share, a premium of 27 percent")."""
    if not (base_told_after(one) and base_told_after(other)):
        return False
    if one.frame.thing != other.frame.thing:
        return True
    prices = [{match["price"].replace(",", "") for match in _BID_PRICE.finditer(claim.sentence)} for claim in (one, other)]
    return all(prices) and prices[0] != prices[1]


def forecasts_apart(one, other) -> bool:
    """Two market forecasts of two measures, each named ("consensus forecast of inflation" / "...
    of core inflation"): a forecast told without its measure is the story's own measure's."""
    things = (one.frame.thing or "", other.frame.thing or "")
    return all(thing.startswith(f"{CONSENSUS} of ") for thing in things) and things[0] != things[1]


# Words every trial's or survey's shares are told with: no outcome of their own.
_TRIAL_WORDS = frozenset("""patients people those participants adults women men children subjects volunteers respondents
percent cent compared against versus drug drugs placebo dummy pill group groups arm trial study treatment treated alone
some about more than half nearly almost around roughly only just who which that with were was have their them they
after before years weeks months days also while whereas said""".split())
# The arm a share is of: "on the combination", "of those given Calmera", "who received velocimab".
_ARM_WORD = re.compile(r"\b(?:on|given|taking|receiving|received|got)\s+(?:the\s+|a\s+|an\s+)?[\w-]+", re.I)
_CONTENT = re.compile(r"\b[a-z][a-z-]{3,}\b")


def _outcome_words(claim) -> frozenset[str]:
    sentence = _ARM_WORD.sub(" ", claim.sentence)
    return frozenset(word.rstrip("s") for word in _CONTENT.findall(sentence) if word not in _TRIAL_WORDS)


def outcomes_apart(one, other) -> bool:
    """Two shares of a trial's or a survey's groups told of two outcomes: "Serious side effects hit
    20 percent of patients on the drug, compared with 12 percent on placebo" / "45 percent on the drug
    responded, compared with 30 percent on placebo". Shares of a part, compared in one sentence at
    least, whose sentences share no word of what happened to the group (the arms' names left out)."""
    if not all("part" in (claim.frame.scope or "").split("+") for claim in (one, other)):
        return False
    if not any("base" in (claim.frame.scope or "").split("+") for claim in (one, other)):
        return False
    return not (_outcome_words(one) & _outcome_words(other))


def _head(thing: str | None) -> str:
    words = re.findall(r"[A-Za-z][\w'’-]*", of_folded(thing) or "")
    return words[-1].lower().rstrip("s") if words else ""


def changes_made_apart(one, other) -> bool:
    """Two things raised or cut, of two heads: "cut prices by 10 percent" / "cut costs by 20 percent"."""
    return (one.frame.event == other.frame.event and one.frame.event in ("raise", "cut")
            and bool(_head(one.frame.thing)) and bool(_head(other.frame.thing)) and _head(one.frame.thing) != _head(other.frame.thing))


def percent_things_apart(one, other) -> bool:
    """The gates of the percentages' things above, for compare/aspects.py."""
    return (premiums_apart(one, other) or forecasts_apart(one, other) or outcomes_apart(one, other)
            or changes_made_apart(one, other) or demands_apart(one, other) or months_apart(one, other) or routes_apart(one, other)
            or _real(one) != _real(other) or sectors_apart(one.frame.thing, other.frame.thing))


def _real(claim) -> bool:
    """A measure told net of inflation (extract/measure_phrase.py: "real regular pay"), not the measure itself."""
    return (claim.frame.thing or "").lower().startswith("real ")


# The month a figure is told of, or a span ending in it: "in March", "in the three months to December".
_MONTH_TOLD = re.compile(rf"\b(?:in|for|during|over|of)\s+(?P<when>(?:the\s+(?:[a-z]+\s+){{1,2}}(?:to|ending|ended)\s+)?{FULL_MONTH_NAMES})\b")


def months_apart(one, other) -> bool:
    """A measure told of two months or spans ("was 5.1% in March" / "was 5.3% in April"; "in the three
    months to December" / "in December"): two figures, not one told two ways."""
    told = [{found["when"].lower() for found in _MONTH_TOLD.finditer(claim.sentence)} for claim in (one, other)]
    return all(told) and not told[0] & told[1]


def demands_apart(one, other) -> bool:
    """Two groups' pay demands, each named: "Nurses want 10 percent" / "Doctors are demanding 15 percent"."""
    things = (one.frame.thing or "", other.frame.thing or "")
    if not all(thing.endswith(PAY_DEMAND) for thing in things):
        return False
    who = [set(thing.removesuffix(PAY_DEMAND).lower().split()) for thing in things]
    return all(who) and not who[0] & who[1]


# A route named in a thing: "Fares from Harwick to Velmar", "tolls between Ostby and Carrow" (two
# capitalised places; not a span of months or days, "Sales from January to March", which is a time).
_NOT_PLACE = rf"(?!(?:{FULL_MONTH_NAMES}|{WEEKDAY_NAMES})\b)"
_ROUTE = re.compile(rf"\b(?:from|between)\s+{_NOT_PLACE}(?P<start>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})"
                    rf"\s+(?:to|and)\s+{_NOT_PLACE}(?P<end>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})")


def _route(claim) -> tuple[str, str] | None:
    found = _ROUTE.search(claim.frame.thing or "")
    return (found["start"].lower(), found["end"].lower()) if found else None


def routes_apart(one, other) -> bool:
    """One route's change and the whole market's, or two routes': "Fares from Harwick to Velmar rose
    40%" / "Ferry fares rose 6%", a part against its whole, not one figure."""
    return _route(one) != _route(other)
