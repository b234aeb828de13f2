"""Percentages whose measure a clause tells in words of its own (recall14): a bid's premium over
the target's share price, a change made to a thing ("raise fuel prices by 18%"), the market's
forecast, a pay demand, a trial's other arm. Each gives the frame the measure's own thing, event and
scope, so two articles that tell one measure in two ways line up (compare/thing_words.py keeps two
such measures apart where the words say so)."""
from __future__ import annotations

import re

from ..models import Frame, PercentValue
from .base import Page

# The things two rules below give (compare/thing_words.py reads them).
PREMIUM, CONSENSUS = "premium over the", "consensus forecast"


# A bid's premium over the target's share price, told as a premium or as "more than" the price:
# "a premium of 42 percent to Pellino's closing price", "a 42 percent premium over the stock's last
# close", "27 percent more than Pellino's stock price at the end of last week" (recall14).
_PREMIUM_BEFORE = re.compile(r"\bpremium\s+of\s+(?:(?:about|around|nearly|almost|roughly|some|just|more than|over)\s+)?$", re.I)
_PREMIUM_BASE = re.compile(r"\s+(?:(?:premium\s+)?(?:to|over|on)|(?:premium\s+)?above|more\s+than)\s+"
                           r"(?P<base>[^,;.]{0,50}?\b(?:price|close))\b", re.I)
# Only of a bid for shares: "paying $62 a share", "an offer", "the deal" (not "homes cost 27 percent
# more than the average price").
_SHARE_BID = re.compile(r"\b(?:(?:a|per)\s+share|offer(?:s|ed|ing)?|bid|takeover|buyout|acquisition|acquire[sd]?|deal|tender)\b", re.I)
# Another price than the target's last one: an average over days, the price before talk of a bid.
_OTHER_BASE = re.compile(r"\b(?:average|weighted|volume|undisturbed|unaffected|\d+-day|before|IPO|offer|listing|record|high|low)\b", re.I)


def premium_thing(page: Page, span: tuple[int, int]) -> str | None:
    """The thing of a percentage that is a bid's premium over the target's share price, else None:
    "premium over the share price", or over an average or undisturbed price when the base says so
    (two premiums of one bid, over two prices, stay apart)."""
    sentence_start, sentence_end = page.sentence_at(span[0])
    text = page.text
    told_as_premium = _PREMIUM_BEFORE.search(text, max(sentence_start, span[0] - 40), span[0])
    base = _PREMIUM_BASE.match(text, span[1], sentence_end)
    if base is None or not (told_as_premium or re.match(r"\s+(?:premium|more\s+than)\b", text[span[1]:span[1] + 12], re.I)):
        return None
    if not _SHARE_BID.search(text, sentence_start, sentence_end):
        return None
    if not _OTHER_BASE.search(base["base"]):
        return f"{PREMIUM} share price"
    price = re.sub(r"^(?:(?:the|its|their|a|an)\s+)?(?:[\w.&-]+(?:['’]s?)\s+)?", "", base["base"].strip(), flags=re.I)
    return f"{PREMIUM} {price}"


# The market's forecast, told by the forecasters economists and analysts are (recall14): before the
# figure, "Economists polled by Meridian had expected inflation of 3.3 percent", "Analysts had forecast
# a 2.2% gain"; after it, "the 3.3 per cent economists had predicted", "the 0.1 per cent that most
# economists had forecast". A named forecaster ("The central bank had forecast 3.4 percent") is not
# the consensus.
_FORECASTERS = r"(?:economists|analysts|forecasters|strategists)"
_FORECASTING = r"(?:had\s+|have\s+|were\s+|are\s+)?(?:expected|forecast|predicted|projected|anticipated|estimated|pencil(?:l)?ed\s+in)"
_HEDGE_WORDS = r"(?:(?:about|around|nearly|almost|roughly|some|just|only|an?\s+average\s+of)\s+)?"
# The poll that makes them a consensus, or nothing: "analysts at one bank" are that bank's forecast.
_POLLED = r"(?:\s+(?:polled|surveyed|questioned|asked)\s+by\s+(?:the\s+)?[\w'’.&-]+(?:\s+[\w'’.&-]+)?|\s+in\s+an?\s+[\w'’.&-]+\s+poll)?"
_CONSENSUS_BEFORE = re.compile(rf"(?:^|[.;]\s+|,\s+|\b(?:while|and|but)\s+)(?:(?:most|many|the)\s+)?{_FORECASTERS}{_POLLED}\s+{_FORECASTING}\s+"
                               rf"(?:(?:a|an)\s+|(?P<measure>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:of|at)\s+)?{_HEDGE_WORDS}$", re.I)
_CONSENSUS_AFTER = re.compile(rf"\s+(?:that\s+)?(?:(?:most|many|the)\s+)?{_FORECASTERS}{_POLLED}\s+{_FORECASTING}\b", re.I)
_THE_BEFORE = re.compile(rf"\bthe\s+{_HEDGE_WORDS}$", re.I)


def consensus_thing(page: Page, span: tuple[int, int]) -> str | None:
    """The thing of a percentage that is the market's forecast, else None: "consensus forecast",
    with the measure when the clause names it ("consensus forecast of inflation"); two measures'
    forecasts stay apart where both name theirs (compare/thing_words.py)."""
    text = page.text
    sentence_start = page.sentence_at(span[0])[0]
    before = text[sentence_start:span[0]]
    told = _CONSENSUS_BEFORE.search(before)
    if told is None and not (_THE_BEFORE.search(before) and _CONSENSUS_AFTER.match(text, span[1])):
        return None
    measure = told["measure"] if told and told["measure"] else None
    return f"{CONSENSUS} of {measure.lower()}" if measure else CONSENSUS


# A change someone makes to a thing, told by its object and "by": "raise fuel prices by 18%", "cut
# their production of single-use plastics by 40 per cent", "reduce production of ... by 55 percent"
# (recall14). The object is a plain noun phrase: no comma, clause word or second verb.
_MADE_CHANGES = {"raise": "raise", "increase": "raise", "boost": "raise", "lift": "raise", "hike": "raise",
                 "cut": "cut", "reduce": "cut", "lower": "cut", "slash": "cut", "trim": "cut", "curb": "cut"}
_CHANGED_BY = re.compile(r"\b(?P<verb>raise[ds]?|raising|increase[ds]?|increasing|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|hike[ds]?|hiking|"
                         r"cuts?|cutting|reduce[ds]?|reducing|lower(?:s|ed|ing)?|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|curb(?:s|ed|ing)?)\s+"
                         r"(?:(?:the|its|their|his|her|our|a|an)\s+)?(?P<object>[a-z][\w'’-]*(?:\s+(?!(?:that|which|who|and|or|but|while|as|to|from|than|since)\b)"
                         r"[a-z][\w'’-]*){0,5})\s+by\s+" + _HEDGE_WORDS + "$", re.I)


def _changed_by(page: Page, span: tuple[int, int]) -> tuple[str, str] | None:
    """(event, thing) of a change told by its object before "by" and the figure: ("raise", "fuel prices")."""
    found = _CHANGED_BY.search(page.text, max(page.sentence_at(span[0])[0], span[0] - 120), span[0])
    if found is None:
        return None
    verb = found["verb"].lower()
    base = next((stem for stem in _MADE_CHANGES if verb.startswith(stem[:-1] if stem.endswith("e") else stem)), None)
    return (_MADE_CHANGES[base], found["object"]) if base else None


# A pay demand, told by who wants it (recall14): "The union wants 8 per cent a year", "The union is
# asking for raises of 8 percent a year", "The FNV union is demanding a 9 percent pay rise". Only where
# the sentence or the one before speaks of pay.
# The demand standing now: "initially demanded 12 percent" is an earlier one.
_DEMANDING = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but|while)\s+)(?P<who>(?:[\w'’&-]+\s+){0,3}?[\w'’&-]+)\s+(?:wants?|demands?|"
                        r"(?:is|are)\s+(?:demanding|asking\s+for|seeking|calling\s+for|pushing\s+for)|"
                        r"asks?\s+for|seeks?|calls?\s+for)\s+"
                        r"(?:(?:a|an)\s+)?(?:(?:pay|wage|salary)\s+(?=\w+\s+of\b))?(?:(?:raises?|rises?|increases?|hikes?)\s+of\s+)?"
                        + _HEDGE_WORDS + "$", re.I)
_PAY = re.compile(r"\b(?:pay|wages?|salar(?:y|ies)|raises?|rises?|increases?|offer(?:s|ed)?)\b", re.I)
_NOT_WHO = frozenset("the a an its their his her union unions".split())
PAY_DEMAND = "pay demand"


def pay_demand(page: Page, span: tuple[int, int]) -> str | None:
    """The thing of a percentage that is a pay demand, else None: "pay demand", after the words of who
    demands it ("FNV pay demand"; a union is no name of its own), so two groups' demands stay apart."""
    sentence_start, sentence_end = page.sentence_at(span[0])
    found = _DEMANDING.search(page.text[sentence_start:span[0]])
    if found is None or re.match(r"\s+of\b", page.text[span[1]:span[1] + 4]):
        return None  # "wants 40 percent of the company": a stake, no pay
    before = page.sentence_at(sentence_start - 2)[0] if sentence_start > 1 else sentence_start
    if not _PAY.search(page.text, before, sentence_end):
        return None
    who = [word for word in found["who"].split() if word.lower() not in _NOT_WHO]
    return " ".join([*who, PAY_DEMAND])


# The other arm of a trial or survey, a share of its own group: "compared with 41 percent on
# chemotherapy alone", "against 34 percent of those who got a dummy pill" are told alike (recall14).
_ARM_BASE = re.compile(rf"\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+{_HEDGE_WORDS}$", re.I)
_ARM_GROUP = re.compile(r"\s+(?:of\s+(?:those|patients|people|participants|women|men|children|adults)\s+(?:who|on|given|taking|receiving|in)\b|"
                        r"(?:on|taking|given|receiving)\s+(?:an?\s+|the\s+)?[a-z])", re.I)


def _with_scope(scope: str | None, *labels: str) -> str:
    return "+".join(sorted(set((scope or "").split("+")) - {""} | set(labels)))


def _piece_end(page: Page, span: tuple[int, int]) -> int:
    comma = page.text.find(",", span[1], page.sentence_at(span[0])[1])
    return comma if comma >= 0 else page.sentence_at(span[0])[1]


def measure_told_in_words(page: Page, span: tuple[int, int], frame: Frame, value: PercentValue) -> None:
    """A bid's premium, a change made to a thing, the market's forecast or a trial's other arm: the
    frame of a measure the clause tells in words of its own (the rules above)."""
    if (premium := premium_thing(page, span)) is not None:
        frame.event, frame.thing, frame.scope = None, premium, None
        frame.holder = None  # the premium is the bid's: a currency's or a bidder's name read as holder is not the target's
    elif (changed := _changed_by(page, span)) is not None:
        frame.event, frame.thing = changed  # "to raise fuel prices by 18%": the prices, raised
    elif (forecast := consensus_thing(page, span)) is not None:
        frame.event, frame.holder, frame.thing = None, None, forecast  # "polled by Meridian" names no forecaster of its own
        frame.scope = _with_scope(frame.scope, "forecast")  # "annual growth" stays a rate
    elif (demand := pay_demand(page, span)) is not None:
        frame.event, frame.thing = "demand", demand
        frame.scope = "+".join(label for label in (frame.scope or "").split("+") if label and label != "forecast") or None
        if value.period and value.period[:4].isdigit() and value.period[:4] not in page.text[span[1]:_piece_end(page, span)]:
            value.period = None  # "which it says cut wages in 2022": a year of another clause than the demand's
    if _ARM_BASE.search(page.text, max(0, span[0] - 30), span[0]) and _ARM_GROUP.match(page.text, span[1]):
        frame.scope = _with_scope(frame.scope, "base", "part")  # a trial's other arm
        frame.holder = None  # the arm is told by its group: "of those who got a dummy pill" is not the drug's
