"""Counts and percentages, as ranges shaped by their hedges.

"nearly 300" is 270..300, "more than 400" 400..unbounded; vague words ("dozens of") keep the range they imply.
"""
from __future__ import annotations

import re

from ..models import CountClaim, QuantityValue
from ..text import NUMBER, NUMBER_WORD, ORDINAL_WORDS, SCALES, STOP_WORDS, by_first_letter, parse_number
from .base import NUMBER_STARTS, Page, claim_fields
from .counted_adjective import adjective_before_noun
from .counted_before import counted_before, told_before
from .family import family_counts
from .frame_other import told_of_another_event
from .frame_time import past_time
from .frame_words import IRREGULAR_VERBS
from .frames import frame_label, is_personal, is_stat, read_frame
from .holders import pronoun_holder
from .lemmas import canonical_event, is_verbish
from .subjects import IRREGULAR_PAST, clause_subject
from .window_gate import TailGated, may_end_with

# hedge -> (low factor, high factor); None is unbounded. Approximate hedges allow 10%.
HEDGES = {
    "nearly": (0.9, 1.0), "almost": (0.9, 1.0), "close to": (0.9, 1.0), "just under": (0.9, 1.0),
    "around": (0.9, 1.1), "about": (0.9, 1.1), "some": (0.9, 1.1), "roughly": (0.9, 1.1),
    "approximately": (0.9, 1.1), "an estimated": (0.9, 1.1), "estimated": (0.9, 1.1), "circa": (0.9, 1.1),
    "more than": (1.0, None), "over": (1.0, None), "above": (1.0, None), "in excess of": (1.0, None),
    "upwards of": (1.0, None), "just over": (1.0, 1.1), "at least": (1.0, None), "no fewer than": (1.0, None),
    "fewer than": (0.0, 1.0), "less than": (0.0, 1.0), "under": (0.0, 1.0), "below": (0.0, 1.0),
    "up to": (0.0, 1.0), "as many as": (0.0, 1.0), "as much as": (0.0, 1.0), "at most": (0.0, 1.0), "no more than": (0.0, 1.0),
}
# Looked for behind a number rather than tried at every position: an optional leading
# alternation would make the number patterns scan slowly.
HEDGE_BEFORE = re.compile(r"\b(?P<hedge>(?i:" + by_first_letter(sorted(HEDGES, key=lambda word: (-len(word), word))) + r"))\s+$")
_HEDGE_TAILS = tuple(HEDGES)
# Vague quantities and the range each implies.
VAGUE = {"numerous": (5, None), "several": (3, 10), "dozens": (24, 144), "scores": (40, None),
         "hundreds": (200, 1000), "thousands": (2000, 1_000_000), "millions": (2_000_000, None),
         "a handful": (2, 6), "a few": (2, 6), "multiple": (2, None)}
# A number followed by one of these measures something; it is not a count of things.
MEASURE_WORDS = frozenset(
    """km kilometres kilometers miles mile metres meters m cm mm kg tonnes tons tonne pounds lb mph kph
    degrees hours hour minutes minute seconds second days day weeks week months month years year decades
    decade centuries am pm a.m p.m dollars euros yuan yen rubles roubles pounds usd eur gbp percent per
    times sq square acres hectares litres liters barrels bpd gw mw kw gigawatts
    megawatts kwh twh bn mn st nd rd th x feet foot ft inches inch yds calibre magnitude
    knots mg ml gallons ounces oz lbs grams g cc hp rpm mph bpm gb mb tb pixels kilograms kilogrammes kilogram
    centimetres centimeters centimetre centimeter millimetres millimeters metre meter kilometre kilometer""".split()
)
# Vague amounts of these are rhetoric ("numerous opportunities"), not a figure anyone could check.
ABSTRACT_NOUNS = frozenset(
    """opportunities challenges ways areas issues fields aspects occasions times reasons questions problems
    ideas benefits possibilities factors forms kinds types sectors matters things steps levels means""".split()
)
IRREGULAR_PLURALS = frozenset("people men women children police staff personnel cattle sheep fish aircraft data media troops".split())  # and compounds: grandchildren
_COUNT = re.compile(
    rf"(?<![\w.,$€£¥#/:-])(?:(?P<between>(?i:between|from))\s+)?(?P<number>{NUMBER})"
    rf"(?:(?P<joiner>\s*[-–]\s*|\s+(?:to|or)\s+|(?(between)\s+and\s+|(?!)))(?P<number2>{NUMBER}))?"
    r"(?![\w%]|[.,:/-]\d|-[A-Za-z]|\s?(?:per ?cent|percent))")
_VAGUE = re.compile(r"\b(?P<vague>(?i:numerous|several|dozens|scores|hundreds|thousands|millions|a handful|a few|multiple))(?: of)?\s+(?=[A-Za-z])")
# "top 1,000" is a rank to 1,000 and "top 0.5" none (not "top 0"): a rank's number is whole.
_RANK = re.compile(rf"\b(?:top[- ](?P<top>\d{{1,3}}(?:,\d{{3}})+(?![.,]?\d)|\d+(?![.,]?\d)|{NUMBER_WORD})|(?P<ordinal>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[- ](?:largest|biggest|highest|lowest|smallest|most|busiest|richest|best|worst|leading))\b", re.I)
_VAGUE_ANCHOR = ("numerous", "several", "dozens", "scores", "hundreds", "thousands", "millions", "handful", "few", "multiple")
_RANK_ANCHOR = ("top", "largest", "biggest", "highest", "lowest", "smallest", "most", "busiest", "richest", "best",
                "worst", "leading")

def hedged_range(number: float, hedge: str | None) -> tuple[float | None, float | None]:
    low_factor, high_factor = HEDGES.get(hedge or "", (1.0, 1.0))
    return number * low_factor, None if high_factor is None else number * high_factor

def hedge_before(page: Page, start: int) -> tuple[int, str | None]:
    """The hedge right before a number ("nearly 300"): where the claim starts, and the hedge."""
    sentence_start = page.sentence_at(start)[0]
    window_start = max(sentence_start, start - 30)
    if not may_end_with(page.text[window_start:start], _HEDGE_TAILS, space=True):
        return start, None  # no hedge ends the window: HEDGE_BEFORE, tried at each of its positions, finds none
    found = HEDGE_BEFORE.search(page.text, window_start, start)
    if found is None:
        return start, None
    return found.start("hedge"), found["hedge"].lower()

def extract_counts(page: Page) -> list[CountClaim]:
    claims = []
    for match in page.finditer(_RANK, _RANK_ANCHOR):
        if not page.is_free(*match.span()):
            continue
        word = (match["top"] or match["ordinal"]).lower()
        number = parse_number(word) if match["top"] else ORDINAL_WORDS.get(word) or float(re.sub(r"\D", "", word))
        if not number or number < 1 or number != int(number):
            continue  # "top 0", "top 0.5": no rank
        thing = _counted_thing(page, match.end())
        subject = thing or clause_subject(page.text, *page.sentence_at(match.start()), *match.span())
        claim = _count_claim(page, match.span(), QuantityValue(stated=number, low=1, high=number, rank=True),
                             subject, thing, _thing_end(page, match.end(), thing) if thing else match.end())
        claim.frame.event = None  # "ranks among", "is one of": the rank is the measure itself
        claim.subject = frame_label(claim.frame, subject)
        claims.append(claim)
    for match in page.finditer(_VAGUE, _VAGUE_ANCHOR):
        if not page.is_free(*match.span("vague")):
            continue
        thing = _counted_thing(page, match.end())
        if thing and thing.split()[0].lower() not in ABSTRACT_NOUNS:
            low, high = VAGUE[match["vague"].lower()]  # "Thousands of ..." opens sentences too
            claims.append(_count_claim(page, match.span("vague"), QuantityValue(low=low, high=high, vague=match["vague"].lower()),
                                       thing, thing, match.end()))
    for match in page.finditer(_COUNT, NUMBER_STARTS):  # a number starts each match: not "often" or "someone"
        found = _read_count(page, match)
        if found is not None:
            claims.append(found)
    return sorted(claims + family_counts(page, claims, _count_claim), key=lambda claim: claim.start)  # + "a mother of two"

_SECOND_SCALE = re.compile(r"\s(thousand|million|billion)$", re.I)
_FIRST_SCALE = re.compile(r"(?:thousand|million|billion)$", re.I)
_MORE_WORD_AFTER = re.compile(r"\s+(?:more|additional|extra|further|other)\s+(?=[a-z])")
def _read_count(page: Page, match: re.Match[str]) -> CountClaim | None:
    """One number (or range, or alternative) before the thing it counts; None when it counts nothing."""
    number = parse_number(match["number"])
    second = parse_number(match["number2"]) if match["number2"] else None
    joiner = (match["joiner"] or "").strip().lower()
    if second is not None and (number is None or joiner in ("-", "–") and second <= number):
        return None  # "58-3", "51-50": a record or a score, not a range
    scale = _SECOND_SCALE.search(match["number2"] or "")
    if second is not None and scale and not _FIRST_SCALE.search(match["number"]) and (
            number * SCALES[scale.group(1).lower()] <= second):
        number *= SCALES[scale.group(1).lower()]  # "two to three thousand": the scale is shared
    span_start = match.start("between") if match["between"] and second is not None else match.start("number")
    if match["between"] == "from" and joiner in ("to",):
        span_start, number, second = match.start("number2"), second, None  # "rose from 10 to 20": the new figure
    start, hedge = hedge_before(page, span_start)
    end = match.end()
    if not page.is_free(start, end) or not _is_count(page, match, hedge):
        return None
    more = _MORE_WORD_AFTER.match(page.text[end:end + 20])
    thing, part, end_of_thing, told = _counted_thing(page, end + more.end() if more else end), False, None, None
    if thing is None:
        thing, end_of_thing = _part_of_whole(page, end)
        part = thing is not None
    if thing is None:
        thing, end_of_thing, part = _elided_thing(page, start, end)
    if thing is None:  # "the death toll rose to 112", "Payrolls rose by 150,000": the thing told before the figure
        thing, end_of_thing, told = counted_before(page.text, page.sentence_at(start)[0], start, end)
    if number is None or not thing:
        return None
    biggest = max(number, second or 0)
    if biggest > 1 and not any(_is_plural(word.lower()) for word in thing.split()[:5]) and not part:
        thing, end_of_thing, part = _elided_thing(page, start, end)  # "of whom 4 remain at large"
        if not thing:
            return None  # "the 911 emergency line": more than one of something is plural
    if second is not None:
        low, high = min(number, second), max(number, second)
        value = QuantityValue(stated=number, low=low, high=high, hedge=joiner if joiner in ("or", "to") else "range")
    else:
        low, high = hedged_range(number, hedge)
        value = QuantityValue(stated=number, low=low, high=high, hedge=hedge)
    claim = _count_claim(page, (start, end), value, thing, thing, end_of_thing or _thing_end(page, end, thing))
    told_before(claim, told, page.text)
    _read_part_and_more(page, claim, match, (start, end), (thing, part, end_of_thing), more)
    return claim

_SHARE_OF_BEFORE = TailGated(re.compile(r"\b(?:half|most|some|all|many|none|each|a third|a quarter|two-thirds|three-quarters)\s+of\s+"
                                        r"(?:the|its|their)\s+$", re.I), ("the", "its", "their"))
_MORE_NOT_THAN_AFTER = re.compile(r"\s+more\b(?!\s+than)")
_OF_THE_AFTER = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|these|those)\b", re.I)
def _read_part_and_more(page: Page, claim: CountClaim, match: re.Match[str], span: tuple[int, int],
                        counted: tuple[str, bool, int | None], more: re.Match[str] | None) -> None:
    """Scopes the words around a count give it: the whole of a part told before it ("12 of the 20
    paintings", "half of the 800 workers"), an increment ("60 more branches"), a part ("five
    firefighters were among the 21 injured")."""
    start, end = span
    thing, part, end_of_thing = counted
    part_before = [page.counts[index] for index in sorted(
        index for position in range(start - 30, start + 1) for index in page.count_ends.get(position, ())
        if index < len(page.counts) - 1)]  # counts ending up to 30 characters before this one, in order
    share = _SHARE_OF_BEFORE.search(page.text[max(0, start - 30):start])
    # "The town of 12,000 people was evacuated": the town's people, not how many the verb took.
    share = share or _POPULATION_BEFORE.search(page.text, max(0, start - 50), start)
    if share:  # "Half of the 800 workers were laid off": the 800 is the whole, the verb is the half's
        claim.frame.event = claim.frame.scope = None
        claim.subject = frame_label(claim.frame, thing)
    elif part_before and re.search(r"^\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?$", page.text[part_before[-1].end:start], re.I):
        # "recovered 12 of the 20 paintings": the 20 is the whole; the part's verb and scope are not its own
        if claim.frame.event == part_before[-1].frame.event:
            claim.frame.event = None
        # A statistic's whole counts attempts ("24 of 37 passes": 37 thrown; it meets only another such whole); a whole told with "the" is not the part holder's ("the Liberals get 40 of the 120 seats"; "lost three of 27 games" is)
        claim.frame.scope, claim.frame.holder = ("whole", claim.frame.holder) if is_stat(thing) else (None, None if (
            claim.frame.holder == part_before[-1].frame.holder and page.text[part_before[-1].end:start].rstrip().endswith(" the")) else claim.frame.holder)
        claim.subject = frame_label(claim.frame, thing)
    more = more or _MORE_NOT_THAN_AFTER.match(page.text[end:end + 12])
    if more and thing:  # "60 more branches", "will cut 1,500 more": a figure added to an earlier one
        claim.frame.scope = "+".join(sorted(set((claim.frame.scope or "").split("+")) - {""} | {"more"}))
        claim.subject = frame_label(claim.frame, thing)
    # "Five firefighters were among the 21 people injured" is a part too: read_scope marks it.
    if part or _OF_THE_AFTER.match(page.text[end:end + 20]) or (
            match["number"].lower() == "one" and re.match(r"\s+of\b", page.text[end:end + 5])):
        claim.frame.scope = "+".join(sorted(set((claim.frame.scope or "").split("+")) - {""} | {"part"}))
        claim.subject = frame_label(claim.frame, thing)

def _elided_thing(page: Page, start: int, end: int) -> tuple[str | None, int, bool]:
    """"Eleven people were killed and 40 injured": the 40 counts the people of the count before it
    in the same sentence, when a participle follows it ("40 injured", "23 were hurt"), when it is
    a part ("of whom 7 were ..."), or when it stands as a verb's object with its noun left out
    ("injured more than 200 in the district", "and 112 in his career", "giving him 38 for the season").
    Also whether it is a part: "Of the 120 passengers on board, 97 were rescued"."""
    text = page.text
    sentence_start = page.sentence_at(start)[0]
    earlier = [claim for claim in page.sentence_counts.get(sentence_start, []) if claim.start < start and claim.frame.thing]
    if not earlier:
        return None, end, False
    # A count with an event of its own before one inside its phrase: "rescued 130 migrants from two boats, and another 60"
    earlier = [claim for claim in earlier if claim.frame.event] or earlier
    before = text[max(sentence_start, start - 30):start]
    of_them = re.match(r"\s+of\s+(?:them|those|these|whom|which)\b", text[end:end + 20], re.I)
    end = end + of_them.end() if of_them else end  # "87 of them tested positive": the verb follows "of them"
    participle = re.match(r"\s+(?:(?:were|was|are|is|have|has|had|remain|remains|remained)\s+)?(?:(?:since|also|now|already|reportedly|still)\s+)?"
                          r"(?:been\s+)?(?P<word>[a-z]+)\b", text[end:end + 40])
    part_cue = of_them or re.search(r"\b(?:of (?:whom|which|them|those)|among (?:them|whom|those))\s+$", before, re.I)
    object_cue = re.search(r"(?:\band|\b(?P<verb>[a-z]+)(?:\s+(?:him|her|them|it|us))?)\s+$", before) and re.match(
        r"\s*(?:[,.;]|$|(?:in|for|on|at|during|this|that|last|so|since|over|across|more)\b)", text[end:end + 12])
    if not (part_cue or participle and _is_participle(participle["word"]) or object_cue and _object_of_verb(before)):
        return None, end, False
    whole = re.match(r"\s*of\s+the\s*$", text[sentence_start:earlier[-1].start], re.I)
    return earlier[-1].frame.thing, end, bool(part_cue or whole)

# Outcomes a toll reports ("40 injured", "23 were hurt", "6 dead"): an irregular verb after a bare
# figure carries the earlier count's noun only for these. "two shells hit a depot, ... and
# three or four landed outside it" are parts told apart by place, which a frame cannot see.
TOLL_EVENTS = frozenset("die injure missing arrest rescue evacuate displace strand shoot".split())


def _is_participle(word: str) -> bool:
    if re.fullmatch(r"[a-z]+(?:ed|en)", word):
        return True
    irregular = word in IRREGULAR_VERBS or word in IRREGULAR_PAST or word in ("dead", "missing", "dug")
    return irregular and canonical_event(word) in TOLL_EVENTS


def _object_of_verb(before: str) -> bool:
    """The words before a figure end in "and", or in a verb (with a pronoun object): "injured more than"."""
    words = re.findall(r"[A-Za-z]+", before)
    words = [w for w in words if w.lower() not in ("him", "her", "them", "it", "us", "only", "just", "nearly", "almost")]
    if not words:
        return False
    last = words[-1].lower()
    if len(words) > 1 and (last == "from" and words[-2].lower() in ("up", "down") or last == "with" and words[-2].lower() == "compared"):
        return True  # "150,000 homes without power, up from 90,000", "compared with 1,500": the earlier figure of the same thing
    return last in ("and", "another", "more") or is_verbish(last) or last.endswith("ing") and len(last) > 4


def _part_of_whole(page: Page, position: int) -> tuple[str | None, int]:
    """"37 of the 288 candidates": the part counts candidates too (the whole, 288, is its own count)."""
    found = re.match(rf"\s+of\s+(?:the|its|their|his|her|our|these|those)?\s*(?:[\w-]+['’]s\s+)?(?:{NUMBER})\s+",
                     page.text[position:position + 80], re.I)  # "14 of the country's 18 provinces"
    if not found:
        return None, position
    thing = _counted_thing(page, position + found.end() - 1)
    return thing, (_thing_end(page, position + found.end() - 1, thing) if thing else position)

def _thing_end(page: Page, position: int, thing: str) -> int:
    """Where the counted noun ends in the text after the number (to read the verb after it): at its
    head, before any "in Ardal" that follows it."""
    words = thing.split()
    head = next((word for word in words if _is_plural(word.lower())), words[-1])
    found = page.text.find(head, position, position + 200)
    return found + len(head) if found >= 0 else position

_POPULATION_BEFORE = re.compile(r"\b(?:town|city|village|island|nation|country|community|district|province|county|suburb|"
                                r"region|state|capital|enclave)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|"
                                r"more than\s+|over\s+|roughly\s+)?$", re.I)
_POPULATION_BEFORE = TailGated(_POPULATION_BEFORE, ("of", "about", "around", "some", "nearly", "almost", "than", "over", "roughly"))

# "his first", "the last": the figure counts a stretch (only a few such are counts: _is_count).
_STRETCH_BEFORE = TailGated(re.compile(r"\b(?:first|last|final|opening|next|previous|past)\s+$", re.I),
                            ("first", "last", "final", "opening", "next", "previous", "past"))
def _count_claim(page: Page, span: tuple[int, int], value: QuantityValue, subject: str,
                 thing: str | None = None, thing_end: int | None = None) -> CountClaim:
    page.take(*span)
    frame = read_frame(page.text, page.sentence_at(span[0]), span, thing_end, thing)
    frame.when = past_time(page, span)
    if frame.when is None and told_of_another_event(page.text, page.sentence_at(span[0])[0], span[0]):
        frame.when = "past"  # "the previous one killed 40 people": another event's, background
    if _STRETCH_BEFORE.search(page.text, max(0, span[0] - 20), span[0]):
        # "completed his first 12 passes", "missed his last two games": a stretch, told of the figure itself
        frame.scope = "+".join(sorted({*(frame.scope.split("+") if frame.scope else ()), "period"}))
    if frame.holder is None and (is_stat(thing, frame.event) or is_personal(thing)):
        frame.holder = pronoun_holder(page.text, page.sentence_at(span[0]), span[0], page.sentence_at)
    claim = CountClaim(value=value, frame=frame, **claim_fields(page, "count", *span, frame_label(frame, subject)))
    page.counts.append(claim)
    page.count_ends.setdefault(claim.end, []).append(len(page.counts) - 1)
    page.sentence_counts.setdefault(page.sentence_at(claim.start)[0], []).append(claim)
    return claim

# _is_count's patterns, compiled once: re.search(pattern_string, ...) paid re's cache look-up at every figure.
_AGE_OR_LABEL_BEFORE = re.compile(r"\b(?:aged?|no\.|number|page|flight|route|room|channel|line|article|section|chapter|version|model)\s*$", re.I)
_AGE_OR_LABEL_TAILS = ("age", "aged", "no.", "number", "page", "flight", "route", "room", "channel", "line", "article", "section",
                       "chapter", "version", "model")  # how every match of _AGE_OR_LABEL_BEFORE ends
_TOP_BEFORE = re.compile(r"\btop[- ]$", re.I)
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<![.!?])\b(?!(?:A|An|The|Some|About|Around|Nearly|Almost|Over|More|Up|Only|Just|And|But|Of|In|On|At|By|To|With|For|Between|From|Another|Other|Further|Additional|Exactly|Roughly|Fewer|Less|All|These|Those|Its|Their|His|Her|Our|Another|Some)\b)[A-Z][a-z]+\s+$")
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
_CAPITAL_WORD_LAST = re.compile(r"[A-Z][a-z]+\s+$")  # how both end; found from each capital (no \b to try everywhere)
_ONE_COUNTS_AFTER = re.compile(r"\s+(?!of\b|another\b|day\b|time\b|way\b|side\b|hand\b)[a-z]")
_STRETCH_WORD_BEFORE = TailGated(re.compile(r"\b(?:first|last|final|past|next|previous|opening|remaining|closing)\s+$", re.I),
                                 ("first", "last", "final", "past", "next", "previous", "opening", "remaining", "closing"))
_MISSED_BEFORE = re.compile(r"\b(?:miss(?:es|ed|ing)?|skip(?:s|ped)?|sit out|sat out|sits out|complet(?:es|ed|ing))\s+(?:\w+\s+){0,2}$", re.I)
_WITHIN_BEFORE = TailGated(re.compile(r"\b(?:within|back to|to within)\s+$", re.I), ("within", "back to"))
_MARGIN_AFTER = re.compile(r"\s+yards?\s+(?:behind|short|from|away|out|downfield|deep|past)\b|\s+games?\s+(?:below|above|under|over|behind|"
                           r"back|out|ahead|clear|in the loss column)\b", re.I)
_SHARE_BEFORE = TailGated(re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine))\s+(?:in|out of)\s+$", re.I), ("in", "out of"))
_RECORD_BEFORE = re.compile(r"\(\s*\d+-\d+(?:-\d+)?,\s*$")
_REFERENCE_BEFORE = re.compile(r"\b(?:the|these|those|both|its|their|our|his|her|whose|all)\s+[\"“‘']?$", re.I)
_YEAR_NUMBER = re.compile(r"(?:1[5-9]|20)\d\d")
def _is_count(page: Page, match: re.Match[str], hedge: str | None) -> bool:
    text, start = page.text, match.start("number")
    number_text = match["number"].lower()
    before = text[max(0, start - 25):start]
    if not hedge and may_end_with(before, _AGE_OR_LABEL_TAILS, space=False) and _AGE_OR_LABEL_BEFORE.search(before):
        return False
    if may_end_with(before, ("top", "top-"), space=False) and _TOP_BEFORE.search(before):
        return False  # "top 0", "top 0.5": no rank, and no count of exporters either
    capital_last = _CAPITAL_WORD_LAST.search(before)
    if capital_last and not hedge and _NAME_BEFORE.search(before):
        return False  # "Boeing 737", "Route 66": a number inside a name
    if number_text == "one" and not (capital_last and _NAME_WORD_BEFORE.search(before)):
        # "killed one person" is a count; "one of the", "one Europe" and "one day" are not.
        # Matched in place: a slice to the end copied the rest of the article once for every "one".
        return bool(_ONE_COUNTS_AFTER.match(page.text, match.end()))
    if _STRETCH_WORD_BEFORE.search(before) and not _MISSED_BEFORE.search(before):
        return False  # "his last two games", "their first five drives": a span, not a figure anyone states
    if _WITHIN_BEFORE.search(before) or _MARGIN_AFTER.match(text[match.end():match.end() + 30]):
        # "back within three points": a margin; "seven yards behind the line": a distance; "12 games
        # below .500", "three games back in the loss column": a place in the standings
        return False
    if _SHARE_BEFORE.search(before):
        return False  # "3 in 10 adults", "one in five children": a share, not a count of ten adults
    if _RECORD_BEFORE.search(before):
        return False  # "(52-3, 46 KOs)": a fighter's or team's record
    number = parse_number(number_text) or 0
    if number < 10 and _REFERENCE_BEFORE.search(before) and not hedge:
        return False  # "the two leaders": a reference back, not a claim
    if _YEAR_NUMBER.fullmatch(number_text) and not hedge:
        return False  # a year the date extractor did not want is still no count
    return True

_TOKEN_OR_MARK = re.compile(r"(?:[A-Z]\.){2,}(?=\s)|[\w’'-]+|[^\w\s]")  # "U.S." is one word ("78 million U.S. users")
_LETTER_FIRST = re.compile(r"[A-Za-z]")
def _counted_thing(page: Page, position: int) -> str | None:
    """The noun phrase a number counts: "Dutch companies", "documents on cooperation"."""
    sentence_end = page.sentence_at(position)[1]
    tokens = _TOKEN_OR_MARK.findall(page.text[position:min(sentence_end, position + 160)])
    if len(tokens) > 2 and tokens[0].lower() == "of" and tokens[1].lower() in ("the", "its", "their", "his", "her", "our"):
        tokens = tokens[2:]  # "three of the city's universities" counts universities
        if tokens and (tokens[0][0].isdigit() or re.fullmatch(NUMBER_WORD, tokens[0], re.I)):
            return None  # "two of the three injured climbers": a part of a whole (_part_of_whole reads it)
    if tokens and re.fullmatch(r"\w+[’']s", tokens[0]) and len(tokens) > 1:
        tokens = tokens[1:]
    while len(tokens) > 1 and (tokens[0] == "." and re.match(r"\d", tokens[1]) or re.fullmatch(r"\d+(?:mm|-[a-z][a-z-]*)", tokens[0])):
        tokens = tokens[1:]  # "two .38-calibre revolvers", "three 9mm pistols", "two 20-year-old men": a modifier
    if len(tokens) > 1 and tokens[0].lower() in ("other", "more", "additional", "further", "extra"):
        tokens = tokens[1:]  # "two other vehicles" counts vehicles (the frame's scope says "more")
    if not tokens or not _LETTER_FIRST.match(tokens[0]) or tokens[0].lower() in MEASURE_WORDS:
        return None
    phrase: list[str] = []
    for index, token in enumerate(tokens[:5]):
        lowered = token.lower()
        model_number = index > 0 and token.isdigit() and len(tokens) > index + 1 and _LETTER_FIRST.match(tokens[index + 1])
        if index > 0 and re.fullmatch(r"\d+s", token) and phrase and phrase[-1][0].isupper():
            phrase.append(token)  # "three Boeing 747s": the model's plural is the counted noun
            break
        if index == 0 and lowered.endswith("ed") and adjective_before_noun(tokens, _is_plural):
            phrase.append(token)  # "the three injured climbers", "40 armed men", "12 reported road deaths": an adjective
            continue
        if not (_LETTER_FIRST.match(token) or model_number) or lowered in STOP_WORDS or lowered.endswith("ed"):
            break
        phrase.append(token)
        if _is_plural(lowered):
            break
    if not phrase or phrase[-1].lower() in MEASURE_WORDS:
        return None
    if all(word[0].isupper() for word in phrase) and not any(_is_plural(word.lower()) for word in phrase):
        return None  # "10 Downing Street": a number in a name, not a count of anything
    rest = tokens[len(phrase):]
    if rest and rest[0].endswith("ing") and rest[0].isalpha():
        phrase.append(rest.pop(0))
    if len(rest) >= 2 and rest[0].lower() in ("of", "on", "in", "for", "from", "at", "across", "with") and _LETTER_FIRST.match(rest[1]) and (
            not _TIME_WORD.fullmatch(rest[1])):  # "7 workers on Saturday": the day is when, not what
        phrase.append(rest.pop(0))
        for token in rest[:3]:
            if not _LETTER_FIRST.match(token) or (token.lower() in STOP_WORDS and token.lower() not in ("the", "a")):
                break
            phrase.append(token)
    while phrase and phrase[-1].lower() in STOP_WORDS:
        phrase.pop()
    return " ".join(phrase) or None

_TIME_WORD = re.compile(r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
                        r"august|september|october|november|december|today|yesterday|tonight|weekend)")

def _is_plural(word: str) -> bool:
    return word in IRREGULAR_PLURALS or word.endswith(("children", "people")) or (word.endswith("men") and len(word) > 4) or (word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s")))
