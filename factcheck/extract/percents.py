"""Percentages, as ranges shaped by their hedges: "nearly 40%", "between 40 and 50 percent",
"rose 20 per cent" (a change, with its direction and the period it runs over)."""
from __future__ import annotations

import re

from ..models import Frame, PercentClaim, PercentValue
from ..text import NUMBER_WORD, STOP_WORDS, parse_number
from .aside_change import change_in_aside
from .base import Page, claim_fields
from .change_adjective import change_before_noun, listed_change
from .epithets import first_name
from .frame_time import past_time
from .frame_words import EVENT_SYNONYMS
from .frames import frame_label, read_frame
from .measure_phrase import (
    LEVEL_EVENTS,
    REGARD_ASIDE,
    compared_in_sector,
    compared_sector,
    measure_name,
    other_piece_holder,
    piece_subject,
    real_terms,
    sector_folded,
    trimmed,
)
from .percent_measures import measure_told_in_words
from .quantities import hedge_before, hedged_range
from .subjects import clause_bounds, clause_subject

# Headlines tell a change in the present ("exports jump 7%") and reports in a noun ("a 26 per cent jump in profit").
RISE_WORDS = r"rose|rise|rises|risen|rising|increased|increase|increases|grew|grow|grown|growth|climbed|jumped|surged|soared|gained|gain|(?<!make )(?<!makes )(?<!made )(?<!making )up(?! to)|expanded|higher|boosted|advanced|jumps|climbs|gains|surges|soars|leapt|leaped|leaps|rallied|jump|climb|surge|soar|leap|grows|expands"
FALL_WORDS = r"fell|fall|falls|fallen|falling|dropped|drop|declined|decline|decreased|decrease|slid|slumped|down|lost|shrank|shrunk|plunged|plummeted|tumbled|contracted|lower|cut|sank|eased|slipped|slips|drops|declines|slides|sinks|tumbles|plunges|slumps|plunge|slump|slide|tumble|dip|dips|dipped|plummets"
_CHANGE_BEFORE = re.compile(rf"\b(?P<verb>{RISE_WORDS}|{FALL_WORDS})\b(?:\s+(?:by|nearly|almost|about|around|some|more than|over|just|an estimated|as much as|an average of|on average))*\s*$", re.I)
_CHANGE_AFTER = re.compile(rf"^\s*(?P<verb>{RISE_WORDS}|{FALL_WORDS})\b", re.I)
_MULTIPLIER = re.compile(r"\b(?P<word>doubled|tripled|trebled|quadrupled|halved)\b")
_PERCENT = re.compile(rf"(?<![\w.,])(?P<number>\d+(?:\.\d+)?|{NUMBER_WORD})\s?(?:%|per ?cent\b|percent\b|pc\b)(?:age points?)?", re.I)
_PERCENT_ANCHOR = ("%", "per cent", "percent", "percent", "pc")
_MULTIPLIER_ANCHOR = ("doubled", "tripled", "trebled", "quadrupled", "halved")


_PERCENT_SIGN = r"\s?(?:%|per ?cent\b|percent\b)"
# "between 40 and 50 percent", "40 percent to 43 percent", "40-43%": one claim, a range.
_PERCENT_RANGE = re.compile(
    rf"(?<![\w.,])(?:(?P<between>(?i:between|from))\s+)?(?P<number>\d+(?:\.\d+)?|{NUMBER_WORD})(?:{_PERCENT_SIGN})?"
    rf"(?P<joiner>\s*[-–]\s*|\s+(?:to|or)\s+|(?(between)\s+and\s+|(?!)))"
    rf"(?P<number2>\d+(?:\.\d+)?|{NUMBER_WORD}){_PERCENT_SIGN}", re.I)


def extract_percents(page: Page) -> list[PercentClaim]:
    claims = []
    for match in page.finditer(_PERCENT_RANGE, _PERCENT_ANCHOR):
        first, second = parse_number(match["number"]), parse_number(match["number2"])
        if first is None or second is None or not page.is_free(*match.span()):
            continue
        if match["joiner"] == "-" and not match["number"][0].isdigit() and not match["number2"][0].isdigit():
            continue  # "thirty-five percent" is one number word, not a range from thirty to five
        change = _change_direction(page, match.start(), match.end())
        by = re.search(r"\bby\s+$", page.text[max(0, match.start() - 4):match.start()])
        if match["between"] == "from" or (match["joiner"].strip() == "to" and change and not by):
            continue  # "rose from 40 percent to 43 percent": a change, its figures read one by one
        start = match.start("between") if match["between"] else match.start()
        claims.append(_percent_claim(page, (start, match.end()), PercentValue(  # "grew by 20% to 30%": a range of change
            stated=first, low=min(first, second), high=max(first, second), hedge="or" if match["joiner"].strip() == "or" else "range",
            change=change if by else None)))
    for match in page.finditer(_PERCENT, _PERCENT_ANCHOR):
        number = parse_number(match["number"])
        start, hedge = hedge_before(page, match.start())
        if number is None or not page.is_free(start, match.end()):
            continue
        low, high = hedged_range(number, hedge)
        change, noun = _change_direction(page, start, match.end()), None
        change, thing = _listed_after(page, claims, start, change)
        if thing is None and (aside := change_in_aside(page.text, page.sentence_at(start)[0], start, match.end())):
            change, thing = aside  # "2,310 road deaths, a decrease of 4%": the road deaths' change
        elif thing is None and change is None and (noun := change_before_noun(page.text, page.sentence_at(start)[0], start, match.end())):
            change, thing = noun  # "a 3.4% pay rise": pay's rise
        claims.append(_percent_claim(page, (start, match.end()), PercentValue(
            stated=number, low=low, high=high, hedge=hedge, change=change), thing))
        if noun:
            listed_change(page.text, page.sentence_at(start)[0], start, claims[-1].frame)
    for match in page.finditer(_MULTIPLIER, _MULTIPLIER_ANCHOR):
        if not page.is_free(*match.span()):
            continue
        word = match["word"]
        number, change = {"doubled": (100, "rise"), "tripled": (200, "rise"), "trebled": (200, "rise"),
                          "quadrupled": (300, "rise"), "halved": (50, "fall")}[word]
        # "has more than doubled" is a rise of at least 100%, "almost tripled" one of a little under 200%
        start, hedge = hedge_before(page, match.start())
        start, hedge = (start, hedge) if page.is_free(start, match.end()) else (match.start(), None)
        low, high = hedged_range(number, hedge)
        claims.append(_percent_claim(page, (start, match.end()), PercentValue(stated=number, low=low, high=high, hedge=hedge,
                                                                             change=change)))
    return claims



# A percentage of how sure someone is: "90 percent sure", "99.9 per cent certain".
_CERTAINTY = re.compile(r"\s+(?:sure|certain|confident|convinced)\b", re.I)
# Who is sure, told between the speaker's verb and the figure: the speaker ("he was", "left him") or
# the speaker's own body ("the agency is"; not "the police were", nor "they were": someone else's
# certainty as often as his own).
_SPEAKER_SURE = re.compile(r"\b(?:said|says|told|tells)\b(?:\s+\w+)?\s+(?:that\s+)?(?:(?:he|she|we|I)\s+(?:was|were|is|are|am)|"
                           r"(?:[\w'’-]+\s+){0,4}left\s+(?:him|her|them|us|me)|"
                           r"the\s+(?:organi[sz]ation|agency|company|group)\s+(?:was|is))\s+"
                           r"(?:(?:only|about|nearly|almost|just)\s+)?$", re.I)


# The one sure as the subject right before the figure: "Tom Smith is 70 percent confident".
_SUBJECT_SURE = re.compile(r"\s+(?:is|was|are|were|am)\s+(?:(?:only|about|nearly|almost|just)\s+)?$", re.I)
# What someone is sure of: the words after "sure", to the end of the clause.
_SURE_OF = re.compile(r"\s+\w+\s+(?:(?:that|of|about)\s+)?([^.;:!?]{3,120})")


def _right_before(words: str) -> str | None:
    """The name the words end with ("Coach Tom Smith"), not one told before another subject ("Tom
    Smith said police")."""
    name = first_name(words)
    return name if name and words.rstrip().endswith(name) else None


def _as_certainty(page: Page, span: tuple[int, int], frame: Frame) -> None:
    """"Tom Smith said he was 90 percent sure", "left him 99 per cent certain": how sure someone is,
    a fact of that one alone (event ``certain``, the holder the one sure, the thing what it is sure
    of). The holder only where the sentence says whose certainty it is: a name, or the speaker the
    figure is told by ("he", "the agency" after "Tom Smith said"); else none. Two people's
    certainty never meet, nor one's about two things ("sure he would play" / "sure they would win")."""
    sentence_start = page.sentence_at(span[0])[0]
    told = _SPEAKER_SURE.search(page.text, sentence_start, span[0])
    subject = _SUBJECT_SURE.search(page.text, sentence_start, span[0])
    # The speaker opens the sentence, whatever body is named after him ("Tom Smith of the fire service said")
    holder = (told and first_name(page.text[sentence_start:told.start()])) or frame.holder \
        or (subject and _right_before(page.text[sentence_start:subject.start()]))
    # Whoever is sure, it is a certainty: one told without its holder ("said doctors were 90 percent
    # sure he would walk") must not meet a named one's through the clause's words.
    about = _SURE_OF.match(page.text, span[1], page.sentence_at(span[0])[1])
    frame.event, frame.holder = "certain", holder or None
    frame.thing = about.group(1).strip(" ,\"”") if about else frame.thing


# "last year" in the figure's own clause (not a year the sentence before opened with).
_LAST_YEAR = re.compile(r"\b(?:last|previous) year\b", re.I)


def _percent_claim(page: Page, span: tuple[int, int], value: PercentValue, thing: str | None = None) -> PercentClaim:
    page.take(*span)
    value.period = _period(page, *span)
    if value.change is None and compared_in_sector(page.text, span, page.sentence_at(span[0])[0]):
        value.change = _main_change(page, span[0])  # "grew by 5.8 percent, faster than the 3.9 percent in the private sector"
    listed = thing is not None  # a figure listed after another: its thing names whose it is
    thing = thing or _changed_thing(page, *span)
    frame = read_frame(page.text, page.sentence_at(span[0]), span, None, thing)
    if frame.holder and thing.startswith(f"{frame.holder}'s ") or listed:
        frame.holder = None  # "Nordlys's profit" names whose it is, as every possessive thing does
    if other_piece_holder(page.text, page.sentence_at(span[0])[0], span, frame.holder):
        frame.holder = None  # "UK pay growth slows to 4.4%, unemployment steady at 5.1%": the pay's holder
    frame.when = past_time(page, span)
    if value.period is None and frame.when and re.fullmatch(r"(\d{4})-01-01/\1-12-31", frame.when) \
            and _LAST_YEAR.search(page.text, *clause_bounds(page.text, *page.sentence_at(span[0]), *span)):
        value.period = frame.when[:4]  # "fell 37 percent last year" in its own clause: the year "in 2024" names
    if value.change:
        frame.event = value.change
    elif frame.event in LEVEL_EVENTS:
        frame.event = None  # "was unchanged at 5.1 percent": the level, no event of its own
    elif frame.event in ("rise", "fall"):
        frame.event = None  # a rise word that is not this figure's own change
    if _CERTAINTY.match(page.text, span[1], span[1] + 20):
        _as_certainty(page, span, frame)
    measure_told_in_words(page, span, frame, value)
    if re.match(r"\s+of\s+(?:whom|which|them|those|these)\b", page.text[span[1]:span[1] + 20], re.I):
        frame.scope = "+".join(sorted(set((frame.scope or "").split("+")) - {""} | {"part"}))  # "30 percent of whom"
    if value.period == "to date" and frame.scope:  # "since the start of the year" and "this year": one span, told by the period
        frame.scope = "+".join(part for part in frame.scope.split("+") if part != "so far") or None
    subject = frame_label(frame, thing)
    if value.period:  # "container traffic, 2024": what changed, and when
        subject = f"{subject}, {value.period.split(' vs ')[0]}"
    return PercentClaim(value=value, frame=frame, **claim_fields(page, "percent", *span, subject))


# The last comma piece before a listed figure whose verb is left out: "..., and Spain 0.6 percent",
# "the Nasdaq 2.1 percent" (a name alone, no verb of its own).
_LISTED_NAME = re.compile(r"\s*(?:(?:and|while|but|whereas)\s+)?(?:the\s+)?"
                          r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|\d+))*)\s+")
# A possessive whose noun is left out, as the list's head tells it: "while Wells Fargo's rose 21 percent".
_OWNED = re.compile(r"(?P<owner>.+)['’]s (?P<what>[a-z][\w -]*)")


def _listed_after(page: Page, claims: list[PercentClaim], start: int, change: str | None) -> tuple[str | None, str | None]:
    """The change and thing of a figure listed after another in its sentence with its verb or its noun
    left out: "France grew 0.5 percent, helped by exports, and Spain 0.6 percent" (Spain grew);
    "Morgan Stanley posted a 26 per cent jump in profit, and Wells Fargo 6 per cent" (Wells Fargo's
    profit rose); "Morgan Stanley's profit rose 26 percent, while Wells Fargo's rose 21 percent"
    (Wells Fargo's profit). Otherwise the figure's own change, and its thing read as any figure's."""
    last = claims[-1] if claims else None
    if last is None or last.start >= start or last.start < page.sentence_at(start)[0]:
        return change, None
    piece = page.text[last.end:start].rsplit(",", 1)[-1]
    owned = _OWNED.fullmatch(last.frame.thing or "")
    listed = _LISTED_NAME.fullmatch(piece)
    if listed and change is None and last.value.change:
        name = listed["name"]
        return last.value.change, f"{name}'s {owned['what']}" if owned else name
    elided = re.fullmatch(r"\s*(?:and|while|but|whereas)\s+(?P<owner>[A-Z][\w&.'’ -]*?)['’]s\s+\w+\s+(?:by\s+)?", piece)
    if elided and owned and change:
        return change, f"{elided['owner']}'s {owned['what']}"
    return change, None


def _main_change(page: Page, start: int) -> str | None:
    """The direction of the main change a compared figure is set against: the last change verb before it."""
    verbs = re.findall(rf"\b(?:{RISE_WORDS}|{FALL_WORDS})\b", page.text[page.sentence_at(start)[0]:start], re.I)
    return None if not verbs else "rise" if re.fullmatch(RISE_WORDS, verbs[-1].lower()) else "fall"


def _change_direction(page: Page, start: int, end: int) -> str | None:
    before = page.text[max(page.sentence_at(start)[0], start - 60):start]
    verb = _CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(page.text[end:end + 30])
    if not verb:
        return None
    return "rise" if re.fullmatch(RISE_WORDS, verb["verb"].lower()) else "fall"


def _changed_thing(page: Page, start: int, end: int) -> str:
    """What the percentage is of (_thing_told), as a measure's noun phrase (measure_phrase.py): no
    time words it runs on into, a measure named two ways told one way."""
    thing, phrase = _thing_told(page, start, end)
    if not phrase:
        return thing
    sentence_start, sentence_end = page.sentence_at(start)
    clause = page.text[slice(*clause_bounds(page.text, sentence_start, sentence_end, start, end))]
    thing = compared_sector(page.text, (start, end), sentence_start, sector_folded(measure_name(trimmed(thing))))
    return real_terms(thing, clause)


def _thing_told(page: Page, start: int, end: int) -> tuple[str, bool]:
    """What the percentage is of, and whether it is a noun phrase (not the clause): the subject of
    a level verb right before it in its comma piece ("unemployment steady at 5.1%"), the noun phrase
    before its verb ("container traffic rose by 12%"), the "of" phrase after it ("40% of voters"),
    or the clause."""
    text = page.text
    sentence_start, sentence_end = page.sentence_at(start)
    clause_start, clause_end = clause_bounds(text, sentence_start, sentence_end, start, end)
    before = text[clause_start:start]
    changed = _CHANGE_NOUN_IN.match(text, end, clause_end)
    if changed:  # "Nordlys posted a 26 per cent jump in profit": Nordlys's profit, as "Nordlys's profit jumped"
        owner = _right_after_open(text[sentence_start:start])
        return (f"{owner}'s {changed['what']}" if owner else changed["what"]), True
    piece_start = max(text.rfind(",", clause_start, start) + 1, clause_start)
    level = piece_subject(text, (start, end), piece_start, piece_start == sentence_start)
    if level is not None:  # "The jobless rate held at 5.1%", "..., unemployment steady at 5.1%"
        return level, True
    named = _named_measure(text, (start, end), (sentence_start, clause_start, clause_end))
    if named:  # "on a turnout of 53.8 per cent", "with 58.2% in favour": not the clause before it
        return named, True
    verbs = list(re.finditer(rf"\b(?:(?:has|have|had|was|were|is|are) (?:been )?)?(?:{RISE_WORDS}|{FALL_WORDS})\b", before, re.I))
    of_phrase = re.match(r"\s+of\s+(?:the\s+)?((?:[\w’'-]+\s*){1,4})", text[end:clause_end])
    if of_phrase and not _change_direction(page, start, end):
        return of_phrase.group(1).strip(), True  # a share: "48% of the workforce"
    if verbs:
        subject = before[:verbs[-1].start()].rstrip()
        if clause_start > sentence_start and re.fullmatch(r"(?:which|who)\b[^,]*,", subject.strip(), re.I):
            subject = text[sentence_start:clause_start]  # "Comparable sales, which strip out ..., rose"
        # "Hardware sales, still the company's largest business, slipped": the subject, not the aside
        # ("Furniture sales, unlike garden sales, fell"; "Profit, Comets Group said, rose": a contrast or a source told aside)
        aside = re.search(r"^(.*?\w.*?),\s+(?:which\b|who\b|still\b|the\b|a\b|an\b|its\b|their\b|unlike\b|" + REGARD_ASIDE + "|"
                          r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*\s+(?:said|says)\b)[^,]*,$", subject)
        subject = aside.group(1) if aside else subject
        phrase = re.sub(r"^(?:(?:the|a|an|its|their|in)\b|\W)+\s*", "", subject.strip(" ,"), flags=re.I)
        # "In 2024, container traffic" -> "container traffic"; "... as fuel prices" -> "fuel prices"
        phrase = re.split(r",\s+|\b(?:as|while|when|because|after|that|and|but)\s+", phrase)[-1]
        phrase = re.sub(r"^(?:the|a|an|its|their)\s+", "", phrase.strip(), flags=re.I)
        if phrase:
            return " ".join(phrase.split()[-8:]), True
    if re.fullmatch(r"(?:[A-Za-z]+\s+){0,3}[A-Za-z]+ed", text[start:end]):  # "the number of visitors has (more than) doubled"
        phrase = re.sub(r"\b(?:has|have|had|was|were|been|nearly|almost|more than)\s*$", "", before.strip(), flags=re.I)
        phrase = re.sub(r"^(?:(?:the|a|an|its|their|and|but)\s+)+", "", phrase.strip(" ,"), flags=re.I)
        if phrase:
            return " ".join(phrase.split()[-8:]), True
    if of_phrase:
        return of_phrase.group(1).strip(), True
    measure = _COPULA_SUBJECT.fullmatch(text, clause_start, start)
    if measure and _plain_measure(measure.group(1), clause_start == sentence_start):
        return measure.group(1), True  # "Turnout was 61.4 percent, the highest in two decades": turnout, not the clause
    return clause_subject(text, sentence_start, sentence_end, start, end), False


# A measure named right before its figure as "a ... of": "on a turnout of 53.8 per cent", "with a
# growth rate of 3%" (not a change told as a noun: "a decrease of 2%" is a change of another thing).
_MEASURE_OF = re.compile(r"\b(?:an?|the)\s+(?P<measure>(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)\s+of\s+$", re.I)
_TURNED_OUT_AFTER = re.compile(r"\s*,?\s*(?:of\s+(?:the\s+)?(?:eligible\s+|registered\s+)?(?:voters|electorate)\s+)?(?:turned|turn)\s+out\b", re.I)
_IN_FAVOUR_AFTER = re.compile(r"\s+(?:voting\s+|voted\s+)?in\s+favou?r\b(?!\s+of\b)"
                              r"(?P<where>\s+(?:in|among|at|from|across|within)\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*)*)?", re.I)
# A result told whole: "..., with 58.2% in favour", "The final tally showed 58.2 per cent in favour"
# (not "In the canton, 61% voted in favour": one place's part; "... in favour in the Senate" is that body's).
_RESULT_BEFORE = re.compile(r"\b(?:with|showed|shows|showing)\s+(?:(?:about|around|nearly|almost|just|some|roughly|over|more than)\s+)?$", re.I)
_PLACE_OPENER = re.compile(r"\s*(?:In|Across|Among|Outside)\b")
_CHANGE_WORD = re.compile(rf"\b(?:{RISE_WORDS}|{FALL_WORDS}|increases|decreases|rises|cuts|reduction|reductions|record|low|high|peak|"
                          r"level|average|total|minimum|maximum)\b", re.I)


def _named_measure(text: str, span: tuple[int, int], bounds: tuple[int, int, int]) -> str | None:
    """A measure named right before a percentage as "a ... of" ("on a turnout of 53.8 per cent"), the
    yes vote of a result told whole ("with 58.2% in favour"), or the turnout told as voters who
    "turned out" ("32.1% of voters turned out"); None for other figures."""
    (start, end), (sentence_start, clause_start, clause_end) = span, bounds
    favour = _IN_FAVOUR_AFTER.match(text, end, clause_end)
    if favour and _RESULT_BEFORE.search(text, sentence_start, start) and not _PLACE_OPENER.match(text, sentence_start):
        return f"yes vote{favour['where'] or ''}"  # "in favour in the Senate": that body's; "among women": theirs
    if _TURNED_OUT_AFTER.match(text, end, min(len(text), end + 60)):
        return "turnout"  # "Just under a third of voters, 32.1%, turned out": the turnout
    named = _MEASURE_OF.search(text, clause_start, start)
    if named and _plain_measure(named["measure"], False) and not _CHANGE_WORD.search(named["measure"]):
        return named["measure"]
    return None


# A measure told as the subject of "was", "is", "stood at" right before its figure.
_COPULA_SUBJECT = re.compile(r"\s*(?:(?:the|its|their)\s+)?((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:was|is|were|are|stood\s+at|stands\s+at)\s+"
                             r"(?:(?:about|around|nearly|almost|just|only|some|roughly|over|under|more than|less than)\s+)?", re.I)


def _plain_measure(words: str, opens_sentence: bool) -> bool:
    """A measure named in plain words ("turnout", "core inflation"), no name, number or clause word:
    one word only when it is itself a measure's event ("turnout"): a bare word is too thin to disagree."""
    tokens = words.split()
    if any(token[0].isupper() for token in tokens[1 if opens_sentence else 0:]) or any(not token.isalpha() for token in tokens):
        return False
    if any(token.lower() in STOP_WORDS for token in tokens):
        return False
    return len(tokens) >= 2 or tokens[0].lower() in EVENT_SYNONYMS or measure_name(tokens[0]) != tokens[0]


# A change told as a noun, and what changed: "a 26 per cent jump in profit", "a 3 percent fall in sales".
_CHANGE_NOUN_IN = re.compile(r"\s+(?:jump|rise|increase|gain|surge|climb|leap|fall|drop|decline|slump|plunge|dip|slide)\s+in\s+"
                             r"(?:the\s+|its\s+|their\s+)?(?P<what>[a-z][\w-]*(?:\s+(?!(?:in|of|at|on|for|to|from|and|but|as|with|over|since|than)\b)[a-z][\w-]*){0,2})")


def _right_after_open(words: str) -> str | None:
    """The name that opens a sentence ("Morgan Stanley, reporting the same day, posted a"): whose the change is."""
    name = first_name(words)
    return name if name and words.lstrip(" \"“'‘(").startswith(name) else None


# A change over the year, month or week so far, or since a point: not one day's.
_TO_DATE = re.compile(r"\b(?:so far )?this (?:year|month|week|quarter)\b|\b(?:year|month|quarter)[- ]to[- ]date\b|"
                      r"\bsince the (?:start|beginning) of\b|\bover the (?:past|last) (?:\w+ )?(?:years?|months?|weeks?|days?)\b", re.I)
_YEAR_ON_YEAR = re.compile(r"\byear[- ]on[- ]year\b|\bfrom a year (?:earlier|ago)\b|\by/y\b", re.I)


_BASE_FIGURE_YEAR = re.compile(r"\b(?:(?:up|down)\s+from|against|compared\s+(?:with|to))\s+(?:about\s+|around\s+|nearly\s+)?\d+(?:\.\d+)?\s?(?:%|per ?cent\b|percent\b)\s+in\s+(?:19|20)\d\d\b", re.I)


def _period(page: Page, start: int, end: int) -> str | None:
    """The year a change is about: a year written in the same sentence ("In 2024, ... rose 20%")."""
    sentence_start, sentence_end = page.sentence_at(start)
    # "up from 51.5 percent in 2022": the year of the earlier figure, not the period of this one
    sentence = _BASE_FIGURE_YEAR.sub("", page.text[sentence_start:sentence_end])
    # "the fastest pace since 2021": a comparison's base, not the period the change runs over
    years = re.findall(r"(?<![\d,.])(?<!since )(?:19|20)\d\d(?![\d%])", sentence)
    clause = page.text[slice(*clause_bounds(page.text, sentence_start, sentence_end, start, end))]
    if not years and _YEAR_ON_YEAR.search(clause):  # not "..., and deliveries doubled from a year earlier"
        return "year-on-year"
    if _TO_DATE.search(clause) and not re.search(r"(?<![\d,.])(?:19|20)\d\d(?![\d%])", clause):
        return "to date"  # "have fallen 20 percent this year" is not the day's 6 percent, nor "it fell 22 percent in 2024"
    base = re.search(r"(?:compared (?:to|with)|than(?: in)?|from|over) ((?:19|20)\d\d)\b", sentence)
    if not years:
        return None
    main = next((year for year in years if base and len(years) > 1 and year != base.group(1)), None)
    if main is not None:  # "in 2024 from 2023"; "in 2023 from 2023" compares nothing: just 2023
        return f"{main} vs {base.group(1)}"
    return years[0]
