"""Readers of years, decades and centuries: "in 1993", "the 2011 playoffs", "the 1990s", "the nineties",
"'98", "the 19th century", "2009-10"."""
from __future__ import annotations

import re

from ..chrono import part_of, year_interval
from ..text import ORDINAL_WORDS
from .base import Page
from .date_base import COMPARISON_BASE, YEAR_LEAD_WORDS, DateMatch, date_interval, timex_mod, unit_part


def read_year_range(match: re.Match[str], page: Page) -> DateMatch | None:
    first = int(match["year"])
    second = match["year2"]
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if last <= first or last - first > 200:
        return None
    return DateMatch(*match.span(), date_interval(*year_interval(first, last), "year"))


def read_decade(match: re.Match[str], page: Page) -> DateMatch | None:
    digits = match["decade"]
    first = int(digits) if len(digits) == 4 else (1900 if int(digits) >= 30 else 2000) + int(digits)
    if len(digits) == 4 and digits.endswith("00") and first < 2000:
        # "the 1800s", "the early 1900s": the hundred years, not their first ten (TIMEX3 "18")
        start, end = part_of(*year_interval(first, first + 99), unit_part(match))
        return DateMatch(*match.span(), date_interval(start, end, "century", mod=timex_mod(match), timex=str(first // 100)))
    start, end = part_of(*year_interval(first, first + 9), unit_part(match))
    return DateMatch(*match.span(), date_interval(start, end, "decade", mod=timex_mod(match)))


def read_short_year(match: re.Match[str], page: Page) -> DateMatch | None:
    """"in '98", "the class of '05": the century nearest the publication date (or the 2000s up to '30)."""
    if not re.search(r"\b(?:in|of|by|since|from|until|after)\s$", page.text[max(0, match.start() - 7):match.start()]):
        return None  # "rock 'n' roll", a quotation: only a preposition makes '98 a year
    year = int(match["yy"])
    pivot = (page.published.date.year % 100 + 1) if page.published.date else 30
    year += 2000 if year <= pivot else 1900
    return DateMatch(*match.span(), date_interval(*year_interval(year), "year"))


def read_short_decade(match: re.Match[str], page: Page) -> DateMatch | None:
    """"the '90s": read_decade, looked for only where an apostrophe stands before two digits."""
    return read_decade(match, page)


_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
                 "eighties": 80, "nineties": 90}


def read_decade_word(match: re.Match[str], page: Page) -> DateMatch | None:
    """"the nineties", "the late sixties", "the 60s": the 20th century's decades (as TimeML tools read them); not
    ages or temperatures ("in his forties", "highs in the forties")."""
    if re.search(r"temperature|degrees|highs?\b|lows?\b|°", page.text[slice(*page.sentence_at(match.start()))], re.I):
        return None
    word = match["decade"].lower()
    first = 1900 + (int(word[:2]) if word[0].isdigit() else _DECADE_WORDS[word])
    start, end = part_of(*year_interval(first, first + 9), unit_part(match))
    return DateMatch(*match.span(), date_interval(start, end, "decade", mod=timex_mod(match)))


def read_century(match: re.Match[str], page: Page) -> DateMatch | None:
    word = match["century"].lower()
    number = int(re.sub(r"\D", "", word)) if word[0].isdigit() else ORDINAL_WORDS.get(word, 0)
    if not 1 <= number <= 22:
        return None
    first = (number - 1) * 100 + 1
    start, end = part_of(*year_interval(first, first + 99), unit_part(match))
    return DateMatch(*match.span(), date_interval(start, end, "century", mod=timex_mod(match)))


# Words that end a name without a noun after it: "the 2030 Development Strategy for the region",
# "a 2025 Toyota Camry when he was stopped" (a title, a model year).
_FUNCTION_WORDS = r"(?:for|of|and|or|but|with|when|while|was|were|is|are|has|had|have|will|would|to|in|on|at|by|from|that|which|who|as|into|after|before|said|says)"


# read_year's patterns, compiled once (a re.{search,match} of a pattern string pays re's cache look-up at each call).
_PREVIOUS_WORD = re.compile(r"([A-Za-z.]+)\W*$")
_COMPARED_BEFORE = re.compile(r"(?:\bthan in|\bcompared (?:to|with)(?: in)?)\s*$", re.I)
_MEASURE_AFTER = re.compile(r"\s*(?:%|per ?cent|percent|[A-Za-z]*\d|,\d|\.\d| [a-z]+s\b)")
_MEASURE_OR_CODE_AFTER = re.compile(r"\s*(?:%|per ?cent|percent|[A-Za-z]*\d)")
_CODE_BEFORE = re.compile(r"[$€£#№]\s*$|No\.\s*$")
_NAMED_NOUN_AFTER = re.compile(r"(?: [A-Z][\w.'’-]*){1,3} (?!" + _FUNCTION_WORDS + r"\b)[a-z]{3,}")
_DETERMINER_BEFORE = re.compile(r"\b(?i:the|a|an|his|her|its|their|our|whose)\s+$|\ws['’]\s+$")
_NAME_OR_COMPOUND_AFTER = re.compile(r"[ -]+(?:[A-Z]|[a-z]+-)")
_ATTRIBUTIVE_BEFORE = re.compile(r"(?:\b(?i:the|a|an|his|her|its|their|our|my|your|this|that|whose)|\w['’]s|\ws['’])\s+(?:[a-z][a-z-]*\s+){0,2}$")
_LOWER_WORD_AFTER = re.compile(r" [a-z]")
_AS_EARLY_AS_BEFORE = re.compile(r"\bas (?:early|late|recently|far back|long ago) as\s+$", re.I)
_PLURAL_NOUN_AFTER = re.compile(r" (?!" + _FUNCTION_WORDS + r"\b)[a-z]+s\b(?!['’])")


_FIGURES_FOR = re.compile(r"\b(?:returns?|results|figures|data|profits?|sales|revenues?|earnings|forecasts?|budgets?|targets?|"
                          r"plans?|guidance|outlook|accounts|statistics|numbers|estimates?|projections?|taxes|tax|schedule|"
                          r"calendar|fixtures|goals?|prices|rates|bills?)\s+for\s+$", re.I)
_TOLD_OF = frozenset({"said", "says", "say", "expects", "expect", "expected", "believes", "believed", "thinks", "thought", "predicted",
                      "predicts", "warned", "warns", "that"})
# (a year that is, or will be, something: "would be a year of two halves", "was the toughest year"; not "2000 would be hired")
_YEAR_TOLD = re.compile(r"\s+(?:(?:would|will|could|should|might|promises to|to) be\b(?! [a-z]+(?:ed|en|wn)\b)|"
                        r"(?:was|is|had been|has been) (?:a|an|the|another|its|their|his|her) (?:[\w-]+ ){0,3}?year\b)")
_YEAR_LIST_BEFORE = re.compile(r"\b(?:in|In|since|Since|of|between|from|and)\s+(?:(?:1[5-9]|20)\d\d,\s*)+$")


def read_year(match: re.Match[str], page: Page) -> DateMatch | None:
    """A bare four-digit year, when its neighbours say it is one (not "Vision 2050", "1,200")."""
    text, start, end = page.text, match.start("year"), match.end("year")
    before = text[max(page.sentence_at(start)[0], start - 40):start]
    after = text[end:end + 30]
    previous_word = _PREVIOUS_WORD.search(before)
    at_sentence_start = not before.strip(" (\"“")
    if COMPARISON_BASE.search(before):
        # "higher than in 2008", "compared with 2008": a time expression (TimeML marks it) but no
        # claim, since it dates the figure compared with, not anything the article reports
        if _COMPARED_BEFORE.search(before) and \
                not _MEASURE_AFTER.match(after):
            first, last = year_interval(int(match["year"]))
            return DateMatch(match.start(), end, date_interval(first, last, "year"), vague=True)
        return None
    if _MEASURE_OR_CODE_AFTER.match(after) or _CODE_BEFORE.search(before):
        return None
    lead = previous_word.group(1).lower() if previous_word else ""
    # "the 2011 NFL playoffs", "a 2001 Dorsey policy change": names before a common noun, which the
    # year dates; "the 2030 Development Strategy", "2030 -Agenda": the year is part of a name.
    named_noun = _NAMED_NOUN_AFTER.match(after) and (
        lead in YEAR_LEAD_WORDS or _DETERMINER_BEFORE.search(before))
    if _NAME_OR_COMPOUND_AFTER.match(after) and not named_noun:
        return None
    # "the 2024 election", "a 2010 raid", "his 2007 campaign", "the company's 2009 report"
    # and "an injury-plagued 2008 season": a determiner with up to two modifiers before the year
    # ("the team's 1983 title", "the Herons' 1983 title team": a plural's possessive too)
    attributive = _ATTRIBUTIVE_BEFORE.search(before) and (_LOWER_WORD_AFTER.match(after) or named_noun) and not (
        before.endswith(("whose ", "Whose ")) and _PLURAL_NOUN_AFTER.match(after)) and \
        not re.fullmatch(r"said|says|say|told|estimated|reported|announced|expects?|expected|that|were|was|is|are|has|have|had|will|would",
                         lead)  # ("the union said 1500 workers": a count; "the gap with 2019 levels" a year)
    # "as early as 2013", "as late as 1999", "as recently as 2010"
    as_far = lead == "as" and _AS_EARLY_AS_BEFORE.search(before)
    # "in 1995, 2004 and 2018": a year listed after a year that a lead word made one
    # "Tax returns for 2025", "the forecast for 2027": a period's figures or plans for a year (not "tickets for 2000 fans")
    for_year = lead == "for" and _FIGURES_FOR.search(before) and not _PLURAL_NOUN_AFTER.match(after)
    # "said 2027 would be a year of two halves", "expects 2027 to be harder": a year told of, after a saying verb
    told_of = lead in _TOLD_OF and _YEAR_TOLD.match(after)
    if not (lead in YEAR_LEAD_WORDS or at_sentence_start or attributive or as_far or for_year or told_of or (
            before.endswith((",", ", ")) and _YEAR_LIST_BEFORE.search(before) and re.match(r"\s*(?:,|;|\.|\band\b|\bor\b|$)", after))):
        return None
    if lead in ("into", "by") and _PLURAL_NOUN_AFTER.match(after):
        # "split into 1500 plots", "won by 1500 votes": a number of things; "came into 2010 as",
        # "by 2020 the city", "hit by 2004 tsunami" are years
        return None
    if previous_word and previous_word.group(1)[0].isupper() and lead not in YEAR_LEAD_WORDS and not at_sentence_start \
            and not attributive:
        return None
    first, last = year_interval(int(match["year"]))
    first, last = part_of(first, last, unit_part(match))
    return DateMatch(match.start(), end, date_interval(first, last, "year", mod=timex_mod(match)))
