"""One act told in two words (issue #13, recall22): news names the same act for the same counted
thing with other verbs or phrases, and a figure read with one word met no figure read with the other.
Each rule here says when two words are one act, as data, with the counted thing as its condition
where the words are kin only for it:

- "crossed the finish line" / "finished" / "completed the race" (runners): one finish;
- "delivers 2,800 babies" / "2,300 babies are born" (babies, births): one birth; parcels delivered
  stay delivered;
- "went out of business" / "closed" / "shut": one closure;
- "handed in", "turned in", "surrendered", "taken in" / "collected": one handing over, of things
  (people "taken in" are sheltered, not collected; "handed out" is the opposite act);
- "invaded", "spread to", "reached" / each other, of areas (counties, districts, provinces): one
  spread; "won 13 counties" stays a win, "visited" a visit;
- bullets that "struck" or "entered" someone / "hit" him (never those "fired"); staff who "joined the
  company" / were "hired";
- "won an order for" / "announced an order for" / "ordered" jets; jobs "to go" / "cut"; people
  "pulled from the water" / "rescued" (bodies pulled out are the dead);
- "lost their lives" / "died" ("in the water": drowned); wild animals "spotted" / "counted"; in an
  article on vaccination, children "reached" / "vaccinated".

Controls stay apart because their words are not here: shots fired and shots that hit, people hurt
and people killed, applied and accepted, ordered and delivered."""
from __future__ import annotations

import re

from .lemmas import canonical_event, head_words, is_verbish

_HEDGE = r"(?:(?:more\s+than|fewer\s+than|less\s+than|at\s+least|about|around|some|nearly|almost|over|roughly|an\s+estimated|up\s+to|now|all|a\s+total\s+of)\s+)*"
_BE = r"(?:(?:are|were|is|was|be|being|been|have\s+been|has\s+been|had\s+been|will\s+be)\s+)?"

# "crossed the finish line", "completed the race": a finish (right after the counted noun, or before the figure).
_FINISH_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:have\s+|had\s+)?(?:cross(?:ed|es|ing)?\s+the\s+finish(?:ing)?\s+line|"
                           r"complet(?:ed|es|e|ing)\s+the\s+(?:race|course|marathon|distance|event))\b", re.I)
_FINISH_RUNNERS = frozenset("runners competitors participants entrants athletes riders cyclists swimmers starters".split())

# "2,300 babies are born", "babies were born", "the unit delivers 2,800 babies" (babies or births only).
_BORN_AFTER = re.compile(r"\s+" + _BE + r"born\b", re.I)
_BIRTH_THINGS = frozenset("babies baby births infants".split())

# "went out of business", "closed down", "shut their doors" right after the counted noun.
_CLOSED_AFTER = re.compile(r"\s+(?:have\s+|has\s+|had\s+)?(?:went|gone|go|goes|going)\s+(?:out\s+of\s+business|bust|under)\b|"
                           r"\s+(?:have\s+|has\s+|had\s+)?(?:shut|closed)\s+(?:down|their\s+doors|for\s+good)\b", re.I)

# Handed over: "handed in 500 knives", "500 knives were handed in", "has taken in 6,500 firearms".
_HANDED_BEFORE = re.compile(r"\b(?:(?:hand|turn)(?:s|ed|ing)?|tak(?:e|es|en|ing)|took)\s+in\s+" + _HEDGE + r"$|"
                            r"\bsurrender(?:s|ed|ing)?\s+" + _HEDGE + r"$", re.I)
# Not "were taken in a cyber attack": "in" with a noun after it is a place or an occasion, no particle.
_HANDED_AFTER = re.compile(r"\s+" + _BE + r"(?:(?:handed|turned|taken)\s+in(?!\s+(?:a|an|the|this|that|its|their|his|her)\b)|"
                           r"surrendered)\b", re.I)
# Money taken in is earned or raised ("took in $162 million at the box office"), not handed over.
_CURRENCY = re.compile(r"[^\s\d]{0,3}[$£€¥]|\d[\d,.]*\s*(?:million|billion|bn|m)?\s*(?:dollars|pounds|euros|yen)\b", re.I)
_HANDED_EVENTS = frozenset({None, "hand", "turn", "surrender", "take", "collect"})
# Living things taken in are sheltered, not handed over ("took in 300 refugees", "40 dogs were taken in").
_LIVING = frozenset("""people persons men women children refugees migrants asylum seekers families patients
    animals dogs cats horses pets birds students pupils residents evacuees orphans""".split())

# Spread over areas: "invaded 13 counties", "spread to 13 counties", "have now reached 13 counties".
_SPREAD_BEFORE = re.compile(r"\b(?:reach(?:es|ed|ing)?|invad(?:e|es|ed|ing)|spread(?:s|ing)?\s+(?:in)?to|"
                            r"infest(?:s|ed|ing)?)\s+" + _HEDGE + r"$", re.I)
_AREAS = frozenset("""counties districts provinces regions states prefectures municipalities departments
    territories cantons countries""".split())


def event_kin(text: str, piece: tuple[int, int], position: int, after_from: int, event: str | None,
              thing: str | None) -> str | None:
    """The event of a figure at ``position`` told with a word of one act's kin (see the module's
    doc); ``after_from`` is where the counted noun ends, ``piece`` the clause piece that holds it."""
    heads = head_words(thing) if thing else []
    head = heads[-1] if heads else ""
    before = text[max(piece[0], position - 80):position]
    after = text[after_from:piece[1]]
    if head in _FINISH_RUNNERS and event in (None, "cross", "complete") and _FINISH_AFTER.match(after):
        return "finish"
    if head in _BIRTH_THINGS and (event == "deliver" or event is None and _BORN_AFTER.match(after)):
        return "born"
    if event in (None, "go", "shut", "close") and _CLOSED_AFTER.match(after):
        return "close"
    if head and head not in _LIVING and event in _HANDED_EVENTS and not _CURRENCY.match(text, position) \
            and (_HANDED_BEFORE.search(before) or _HANDED_AFTER.match(after)):
        return "collect"
    if head in _AREAS and event in (None, "reach", "invade", "spread", "infest") and _SPREAD_BEFORE.search(before):
        return "spread"
    return _more_kin(text, before, after, event, head)


def _more_kin(text: str, before: str, after: str, event: str | None, head: str) -> str | None:
    if _ORDER_FOR.search(before):
        return "order"  # "won an order for 25 jets", "announced an order for 25 jets" / "ordered 25 jets"
    if head in _JOBS and (event == "go" or event is None and _JOBS_GO.match(after)):
        return "cut"  # "1,800 jobs to go" / "to cut 1,800 jobs" (not "axes 1,400 Swedish jobs": a nation's part may meet the whole)
    if event == "pull" and head not in ("bodies", "body") and _FROM_DANGER.match(after):
        return "rescue"  # "pulled 23 people from the water" / "23 rescued"
    if event is None and head and (planned := _TO_BE_DONE.match(after)) and is_verbish(planned.group(1)):
        return canonical_event(planned.group(1))  # a headline's plan: "37 bus routes to be cut" / "27 routes will be cut"
    if event == "lose" and (lives := _LOST_LIVES.match(after)):
        return "drown" if lives.group(1) else "die"
    if head in _MISSILES and event in ("strike", "enter", "hit"):
        return "hit"  # "struck by six bullets", "seven bullets entered his body" / "hit by seven bullets" (not "fired")
    if head in _STAFF and event == "join" and _JOINED_EMPLOYER.match(after):
        return "hire"  # "300 engineers joined the company" / "the company hired 300 engineers"
    if head in _WILDLIFE and event in _SIGHTED:
        return "count"
    if head in _VACCINATED and event is None and _REACHED_BEFORE.search(before) and _VACCINE_TALK.search(text):
        return "vaccinate"
    return event


# The figure of an order, whoever tells it and with what verb: "won an order for 25 jets", "placed orders for".
_ORDER_FOR = re.compile(r"\borders?\s+for\s+" + _HEDGE + r"$", re.I)
# Jobs that "go" are cut: "1,800 jobs to go", "1,800 jobs will go".
_JOBS = frozenset("jobs posts roles positions".split())
_JOBS_GO = re.compile(r"\s+(?:to|will|are\s+to|are\s+set\s+to|could|would)\s+go\b", re.I)
# Pulled from where people are rescued: "pulled 23 people from the water" (bodies pulled out are the dead).
_FROM_DANGER = re.compile(r"\s+(?:alive\s+)?(?:from|out\s+of)\s+(?:the\s+)?(?:water|sea|river|rubble|wreckage|debris|"
                          r"sinking|burning|flood(?:water)?s?)\b", re.I)
# A plan told after the counted noun with "to be": "37 bus routes to be cut", "400 jobs to be axed".
# Right after the noun: "more likely to be diagnosed" and "expected to be" are no plan.
_TO_BE_DONE = re.compile(r"\s+to\s+be\s+([a-z]+)\b")
# "Fourteen people have lost their lives" died; "lost their lives in the water" drowned (a drowning is
# told apart from other deaths: "12 drowned" may be a part of "the floods killed 40").
_LOST_LIVES = re.compile(r"\s+(?:have\s+|has\s+|had\s+)?lost\s+(?:their|his|her)\s+lives?\b"
                         r"(\s+(?:in|at)\s+(?:the\s+)?(?:water|sea|seas|rivers?|lakes?|canals?|reservoirs?|surf)\b)?", re.I)
# What a gun fires: those that hit someone are told as striking, entering or hitting him.
_MISSILES = frozenset("bullets shots rounds pellets".split())
# Staff who joined an employer were hired by it; "200 nurses joined the strike" joined no employer.
_STAFF = frozenset("""staff workers employees engineers nurses doctors teachers officers recruits drivers
    graduates apprentices people""".split())
_JOINED_EMPLOYER = re.compile(r"\s+(?:have\s+|has\s+|had\s+)?joined\s+(?:the\s+|its\s+|their\s+)?"
                              r"(?:company|firm|force|staff|workforce|payroll|group|business|bank)\b", re.I)
# A tally of wild animals told as seen or as counted: "spotting 9.1 million birds" / "counted 9.1 million birds".
_WILDLIFE = frozenset("birds butterflies bees moths insects animals whales dolphins seals bats otters".split())
_SIGHTED = frozenset({"spot", "count", "record", "see", "sight", "tally", "log"})
# In a vaccination campaign, children "reached" are children vaccinated ("teams have reached 187,000
# children" / "vaccinated 187,000 children"); aid that reached people elsewhere is no jab.
_VACCINATED = frozenset("children people adults babies infants residents girls boys".split())
# Told as done ("reached", "reaches"), not as planned ("will reach 640,000 children", "aims to reach").
_REACHED_BEFORE = re.compile(r"\breach(?:es|ed|ing)\s+" + _HEDGE + r"$", re.I)
_VACCINE_TALK = re.compile(r"\bvaccin(?:e|es|ation|ations|ated|ating)\b|\bimmuni[sz](?:ation|ed|ing)\b", re.I)
