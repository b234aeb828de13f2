"""Counts and percentages, as ranges shaped by their hedges.

"nearly 300" is 270..300, "around 300" 270..330, "more than 400" 400..unbounded; vague words
("numerous", "dozens of") are kept as vague with the range they imply.
"""
from __future__ import annotations

import re

from ..models import CountClaim, PercentClaim, PercentValue, QuantityValue
from ..text import NUMBER, NUMBER_WORD, STOP_WORDS, parse_number
from .base import NUMERIC, Page, claim_fields
from .subjects import clause_bounds, clause_subject

# hedge -> (low factor, high factor); None is unbounded. Approximate hedges allow 10%.
HEDGES = {
    "nearly": (0.9, 1.0), "almost": (0.9, 1.0), "close to": (0.9, 1.0), "just under": (0.9, 1.0),
    "around": (0.9, 1.1), "about": (0.9, 1.1), "some": (0.9, 1.1), "roughly": (0.9, 1.1),
    "approximately": (0.9, 1.1), "an estimated": (0.9, 1.1), "estimated": (0.9, 1.1), "circa": (0.9, 1.1),
    "more than": (1.0, None), "over": (1.0, None), "above": (1.0, None), "in excess of": (1.0, None),
    "upwards of": (1.0, None), "just over": (1.0, 1.1), "at least": (1.0, None), "no fewer than": (1.0, None),
    "fewer than": (0.0, 1.0), "less than": (0.0, 1.0), "under": (0.0, 1.0), "below": (0.0, 1.0),
    "up to": (0.0, 1.0), "as many as": (0.0, 1.0), "at most": (0.0, 1.0), "no more than": (0.0, 1.0),
}
# Looked for behind a number rather than tried at every position: an optional leading
# alternation would make the number patterns scan slowly.
_HEDGE_BEFORE = re.compile(r"\b(?P<hedge>(?i:" + "|".join(sorted(HEDGES, key=len, reverse=True)) + r"))\s+$")
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
    megawatts kwh twh bn mn st nd rd th x""".split()
)
# Vague amounts of these are rhetoric ("numerous opportunities"), not a figure anyone could check.
ABSTRACT_NOUNS = frozenset(
    """opportunities challenges ways areas issues fields aspects occasions times reasons questions problems
    ideas benefits possibilities factors forms kinds types sectors matters things steps levels means""".split()
)
IRREGULAR_PLURALS = frozenset("people men women children police staff personnel cattle sheep fish aircraft data media troops".split())
RISE_WORDS = r"rose|rise|rises|risen|rising|increased|increase|increases|grew|grow|grown|growth|climbed|jumped|surged|soared|gained|gain|(?<!make )(?<!makes )(?<!made )(?<!making )up(?! to)|expanded|higher|boosted|advanced"
FALL_WORDS = r"fell|fall|falls|fallen|falling|dropped|drop|declined|decline|decreased|decrease|slid|slumped|down|lost|shrank|shrunk|plunged|plummeted|tumbled|contracted|lower|cut|sank|eased"
_CHANGE_BEFORE = re.compile(rf"\b(?P<verb>{RISE_WORDS}|{FALL_WORDS})\b(?:\s+(?:by|nearly|almost|about|around|some|more than|over|just|an estimated))*\s*$", re.I)
_CHANGE_AFTER = re.compile(rf"^\s*(?P<verb>{RISE_WORDS}|{FALL_WORDS})\b", re.I)
_MULTIPLIER = re.compile(r"\b(?P<word>doubled|tripled|trebled|quadrupled|halved)\b")
_PERCENT = re.compile(rf"(?<![\w.,])(?P<number>\d+(?:\.\d+)?|{NUMBER_WORD})\s?(?:%|per ?cent\b|percent\b|pc\b)(?:age points?)?", re.I)
_COUNT = re.compile(rf"(?<![\w.,$€£#/:-])(?P<number>{NUMBER})(?![\w%]|[.,:/-]\d|-[A-Za-z]|\s?(?:per ?cent|percent))")
_VAGUE = re.compile(r"\b(?P<vague>(?i:numerous|several|dozens|scores|hundreds|thousands|millions|a handful|a few|multiple))(?: of)?\s+(?=[A-Za-z])")
# "top 1,000" is a rank to 1,000 and "top 0.5" none (not "top 0"): a rank's number is whole.
_RANK = re.compile(rf"\b(?:top[- ](?P<top>\d{{1,3}}(?:,\d{{3}})+(?![.,]?\d)|\d+(?![.,]?\d)|{NUMBER_WORD})|(?P<ordinal>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[- ](?:largest|biggest|highest|lowest|smallest|most|busiest|richest|best|worst|leading))\b", re.I)
_PERCENT_ANCHOR = ("%", "per cent", "percent", "percent", "pc")
_VAGUE_ANCHOR = ("numerous", "several", "dozens", "scores", "hundreds", "thousands", "millions", "handful", "few", "multiple")
_RANK_ANCHOR = ("top", "largest", "biggest", "highest", "lowest", "smallest", "most", "busiest", "richest", "best",
                "worst", "leading")
_MULTIPLIER_ANCHOR = ("doubled", "tripled", "trebled", "quadrupled", "halved")
ORDINAL_WORDS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}


def hedged_range(number: float, hedge: str | None) -> tuple[float | None, float | None]:
    low_factor, high_factor = HEDGES.get(hedge or "", (1.0, 1.0))
    return number * low_factor, None if high_factor is None else number * high_factor


def extract_percents(page: Page) -> list[PercentClaim]:
    claims = []
    for match in page.finditer(_PERCENT, _PERCENT_ANCHOR):
        number = parse_number(match["number"])
        start, hedge = _hedge(page, match.start())
        if number is None or not page.is_free(start, match.end()):
            continue
        low, high = hedged_range(number, hedge)
        change = _change_direction(page, start, match.end())
        claims.append(_percent_claim(page, (start, match.end()), PercentValue(
            stated=number, low=low, high=high, hedge=hedge, change=change)))
    for match in page.finditer(_MULTIPLIER, _MULTIPLIER_ANCHOR):
        if not page.is_free(*match.span()):
            continue
        word = match["word"]
        number, change = {"doubled": (100, "rise"), "tripled": (200, "rise"), "trebled": (200, "rise"),
                          "quadrupled": (300, "rise"), "halved": (50, "fall")}[word]
        claims.append(_percent_claim(page, match.span(), PercentValue(stated=number, low=number, high=number, change=change)))
    return claims


def _hedge(page: Page, start: int) -> tuple[int, str | None]:
    """The hedge right before a number ("nearly 300"): where the claim starts, and the hedge."""
    sentence_start = page.sentence_at(start)[0]
    found = _HEDGE_BEFORE.search(page.text, max(sentence_start, start - 30), start)
    if found is None:
        return start, None
    return found.start("hedge"), found["hedge"].lower()


def _percent_claim(page: Page, span: tuple[int, int], value: PercentValue) -> PercentClaim:
    page.take(*span)
    value.period = _period(page, *span)
    subject = _changed_thing(page, *span)
    if value.period:  # "bilateral trade, 2024": what changed, and when
        subject = f"{subject}, {value.period.split(' vs ')[0]}"
    return PercentClaim(value=value, **claim_fields(page, "percent", *span, subject))


def _change_direction(page: Page, start: int, end: int) -> str | None:
    before = page.text[max(page.sentence_at(start)[0], start - 60):start]
    verb = _CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(page.text[end:end + 30])
    if not verb:
        return None
    return "rise" if re.fullmatch(RISE_WORDS, verb["verb"].lower()) else "fall"


def _changed_thing(page: Page, start: int, end: int) -> str:
    """What the percentage is of: the noun phrase before its verb ("bilateral trade rose by 20%"),
    the "of" phrase after it ("40% of voters"), or the clause."""
    text = page.text
    sentence_start, sentence_end = page.sentence_at(start)
    clause_start, clause_end = clause_bounds(text, sentence_start, sentence_end, start, end)
    before = text[clause_start:start]
    verbs = list(re.finditer(rf"\b(?:has |have |had |was |were )?(?:{RISE_WORDS}|{FALL_WORDS})\b", before, re.I))
    of_phrase = re.match(r"\s+of\s+(?:the\s+)?((?:[\w’'-]+\s*){1,4})", text[end:clause_end])
    if of_phrase and not _change_direction(page, start, end):
        return of_phrase.group(1).strip()  # a share: "48% of the workforce"
    if verbs:
        phrase = re.sub(r"^(?:the|a|an|its|their|in|\W)+\s*", "", before[:verbs[-1].start()].strip(" ,"), flags=re.I)
        # "In 2024, bilateral trade" -> "bilateral trade"; "... as fuel prices" -> "fuel prices"
        phrase = re.split(r",\s+|\b(?:as|while|when|because|after|that|and|but)\s+", phrase)[-1]
        phrase = re.sub(r"^(?:the|a|an|its|their)\s+", "", phrase.strip(), flags=re.I)
        if phrase:
            return " ".join(phrase.split()[-8:])
    if re.fullmatch(r"\w+ed", text[start:end]):  # "the number of visitors has doubled"
        phrase = re.sub(r"\b(?:has|have|had|was|were|been|nearly|almost|more than)\s*$", "", before.strip(), flags=re.I)
        phrase = re.sub(r"^(?:(?:the|a|an|its|their|and|but)\s+)+", "", phrase.strip(" ,"), flags=re.I)
        if phrase:
            return " ".join(phrase.split()[-8:])
    if of_phrase:
        return of_phrase.group(1).strip()
    return clause_subject(text, sentence_start, sentence_end, start, end)


_YEAR_ON_YEAR = re.compile(r"\byear[- ]on[- ]year\b|\bfrom a year (?:earlier|ago)\b|\by/y\b", re.I)


def _period(page: Page, start: int, end: int) -> str | None:
    """The year a change is about: a year written in the same sentence ("In 2024, ... rose 20%")."""
    sentence_start, sentence_end = page.sentence_at(start)
    sentence = page.text[sentence_start:sentence_end]
    years = re.findall(r"(?<![\d,.])(?:19|20)\d\d(?![\d%])", sentence)
    if not years and _YEAR_ON_YEAR.search(sentence):
        return "year-on-year"
    base = re.search(r"(?:compared (?:to|with)|than(?: in)?|from|over) ((?:19|20)\d\d)\b", sentence)
    if not years:
        return None
    main = next((year for year in years if base and len(years) > 1 and year != base.group(1)), None)
    if main is not None:  # "in 2024 from 2023"; "in 2023 from 2023" compares nothing: just 2023
        return f"{main} vs {base.group(1)}"
    return years[0]


def extract_counts(page: Page) -> list[CountClaim]:
    claims = []
    for match in page.finditer(_RANK, _RANK_ANCHOR):
        if not page.is_free(*match.span()):
            continue
        word = (match["top"] or match["ordinal"]).lower()
        number = parse_number(word) if match["top"] else ORDINAL_WORDS.get(word) or float(re.sub(r"\D", "", word))
        if number is None or number < 1:
            continue  # "top 0", "0th largest": no rank at all
        subject = _counted_thing(page, match.end()) or clause_subject(page.text, *page.sentence_at(match.start()), *match.span())
        claims.append(_count_claim(page, match.span(), QuantityValue(stated=number, low=1, high=number, rank=True), subject))
    for match in page.finditer(_VAGUE, _VAGUE_ANCHOR):
        if not page.is_free(*match.span("vague")):
            continue
        subject = _counted_thing(page, match.end())
        if subject and subject.split()[0].lower() not in ABSTRACT_NOUNS:
            low, high = VAGUE[match["vague"].lower()]  # "Thousands of ..." opens sentences too
            claims.append(_count_claim(page, match.span("vague"), QuantityValue(low=low, high=high, vague=match["vague"].lower()), subject))
    for match in page.finditer(_COUNT, NUMERIC):
        start, hedge = _hedge(page, match.start())
        if not page.is_free(start, match.end()) or not _is_count(page, match, hedge):
            continue
        number = parse_number(match["number"])
        subject = _counted_thing(page, match.end())
        if number is None or not subject:
            continue
        if number > 1 and not any(_is_plural(word.lower()) for word in subject.split()[:5]):
            continue  # "the 911 emergency line": more than one of something is plural
        low, high = hedged_range(number, hedge)
        claims.append(_count_claim(page, (start, match.end()), QuantityValue(stated=number, low=low, high=high, hedge=hedge), subject))
    return sorted(claims, key=lambda claim: claim.start)


def _count_claim(page: Page, span: tuple[int, int], value: QuantityValue, subject: str) -> CountClaim:
    page.take(*span)
    return CountClaim(value=value, **claim_fields(page, "count", *span, subject))


def _is_count(page: Page, match: re.Match[str], hedge: str | None) -> bool:
    text, start = page.text, match.start("number")
    number_text = match["number"].lower()
    before = text[max(0, start - 25):start]
    if re.search(r"\b(?:aged?|no\.|number|page|flight|route|room|channel|line|article|section|chapter|version|model)\s*$", before, re.I) and not hedge:
        return False
    if re.search(r"\btop[- ]$", before, re.I):
        return False  # "top 0", "top 0.5": no rank, and no count of exporters either
    if re.search(r"(?<![.!?]\s)(?<![.!?])\b(?!(?:A|An|The|Some|About|Around|Nearly|Almost|Over|More|Up|Only|Just|And|But|Of|In|On|At|By|To|With|For)\b)[A-Z][a-z]+\s+$", before) and not hedge:
        return False  # "Boeing 737", "Route 66": a number inside a name
    if number_text == "one" and not re.search(r"\b[A-Z][a-z]+\s+$", before):
        # "killed one person" is a count; "one of the", "one Europe" and "one day" are not.
        # Matched in place: a slice to the end copied the rest of the article once for every "one".
        return bool(re.compile(r"\s+(?!of\b|another\b|day\b|time\b|way\b|side\b|hand\b)[a-z]").match(page.text, match.end()))
    number = parse_number(number_text) or 0
    if number < 10 and re.search(r"\b(?:the|these|those|both|its|their|our|his|her|whose|all)\s+[\"“‘']?$", before, re.I) and not hedge:
        return False  # "the two leaders": a reference back, not a claim
    if re.fullmatch(r"(?:1[5-9]|20)\d\d", number_text) and not hedge:
        return False  # a year the date extractor did not want is still no count
    return True


def _counted_thing(page: Page, position: int) -> str | None:
    """The noun phrase a number counts: "Dutch companies", "documents on cooperation"."""
    sentence_end = page.sentence_at(position)[1]
    tokens = re.findall(r"[\w’'-]+|[^\w\s]", page.text[position:min(sentence_end, position + 160)])
    if len(tokens) > 2 and tokens[0].lower() == "of" and tokens[1].lower() in ("the", "its", "their", "his", "her", "our"):
        tokens = tokens[2:]  # "three of the city's universities" counts universities
    if tokens and re.fullmatch(r"\w+[’']s", tokens[0]) and len(tokens) > 1:
        tokens = tokens[1:]
    if not tokens or not re.match(r"[A-Za-z]", tokens[0]) or tokens[0].lower() in MEASURE_WORDS:
        return None
    phrase: list[str] = []
    for index, token in enumerate(tokens[:5]):
        lowered = token.lower()
        model_number = index > 0 and token.isdigit() and len(tokens) > index + 1 and re.match(r"[A-Za-z]", tokens[index + 1])
        if not (re.match(r"[A-Za-z]", token) or model_number) or lowered in STOP_WORDS or lowered.endswith("ed"):
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
    if len(rest) >= 2 and rest[0].lower() in ("of", "on", "in", "for", "from", "at", "across", "with") and re.match(r"[A-Za-z]", rest[1]):
        phrase.append(rest.pop(0))
        for token in rest[:3]:
            if not re.match(r"[A-Za-z]", token) or (token.lower() in STOP_WORDS and token.lower() not in ("the", "a")):
                break
            phrase.append(token)
    while phrase and phrase[-1].lower() in STOP_WORDS:
        phrase.pop()
    return " ".join(phrase) or None


def _is_plural(word: str) -> bool:
    return word in IRREGULAR_PLURALS or (word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s")))
