"""Frames of dates and durations, and the past a figure's own clause dates it to (history)."""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..models import Frame
from ..text import SMALL_NUMBER_WORDS, STOP_WORDS
from .frame_words import TOKEN
from .frames import read_frame
from .holders import name_words
from .lemmas import canonical_event, is_verbish
from .subjects import EVENT_NOUNS, clause_bounds
from .window_gate import TailGated

if TYPE_CHECKING:
    from .base import Page




# A figure dated by its clause to this long before the article is background, not the news.
PAST_DAYS = 60


# past_time's patterns, compiled once (a re.{search,match} of a pattern string pays re's cache look-up at each call).
_COMPARISON_BASE_BEFORE = re.compile(r"\b(?:since|than(?: in)?|compared (?:to|with)(?: in)?)\s+$", re.I)
_BASE_NOUN_AFTER = re.compile(r"\s*(?:levels?|figures?|highs?|lows?|peak|average|baseline)\b", re.I)
# \b(?:but|whereas|while|since)\b, written to start with one character class: re skips in C to
# the few letters a match can start with instead of trying the words at every position.
_CONTRAST_BETWEEN = re.compile(r"[bws](?<=\b[bws])(?:(?<=b)ut|(?<=w)h(?:ereas|ile)|(?<=s)ince)\b")
# The words every match of _CONTRAST_BETWEEN holds: the stretch from a date to a figure may be most
# of the article, and re tries the pattern at every position of it; `in` says at once that most hold none.
_CONTRAST_WORDS = ("but", "whereas", "while", "since")
# A clause that opens "when" right after a past date tells what happened then ("last hit in 2009, when"),
# and so does a "which" clause of the thing dated ("the Harbor Fire in 2011, which burned 12,400 acres").
_WHEN_THEN = re.compile(r"\s*(?:,?\s*when|,\s*which)\b(?:[^;,.]|(?<=\d)[.,](?=\d)){0,60}", re.I)
# ("The Harbor Fire, the worst since 2016, which destroyed 49 homes": a "since" year is a comparison's, not the fire's)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
# But "when" after a "since" year tells what happened in that year, not of the thing compared with it.
_SINCE_WHEN = re.compile(r"\s*,?\s*when\b(?:[^;,.]|(?<=\d)[.,](?=\d)){0,60}", re.I)


def past_time(page: Page, span: tuple[int, int]) -> str | None:
    """The past time a figure's own clause dates it to ("In 2004, a tsunami killed 230,000"): such
    a figure is history, and lines up only with figures of the same time."""
    sentence = page.sentence_at(span[0])
    clause_start, clause_end = clause_bounds(page.text, sentence[0], sentence[1], span[0], span[1])
    published = page.published.date
    # The date nearest the figure dates it: "killing four people Friday in a valley ravaged by
    # the floods of 1998" is news, "in 1998 floods killed 2,000" history; "lost $2 billion in
    # 2020 and $1.1 billion in 2021": each its own year.
    for date in sorted(page.dates, key=lambda date: date.start - span[1] if date.start >= span[1] else span[0] - date.end):
        value = date.value
        if value.start is None:
            continue
        if sentence[0] <= date.start and date.end <= span[0] and _SINCE_WHEN.fullmatch(page.text, date.end, span[0]) \
                and _SINCE_BEFORE.search(page.text, max(sentence[0], date.start - 8), date.start) and is_past(value, published):
            return f"{value.start.isoformat()}/{value.end.isoformat()}"  # "the worst since 2011, when 71 people died": 2011's dead
        if _COMPARISON_BASE_BEFORE.search(page.text[max(clause_start, date.start - 20):date.start]):
            continue  # "the lowest since 2019", "up from 2019": a comparison's base, not the figure's own time
        if _BASE_NOUN_AFTER.match(page.text[date.end:date.end + 12]):
            continue  # "20 percent above the 1990 level": the year of a comparison's base
        if date.end <= span[0] and _contrast_between(page.text[date.end:span[0]]):
            continue  # "fell 4 percent last year but remain 20 percent above": the year is the first figure's
        if date.start >= span[1] and _AFTER_BREAK.search(page.text, span[1], date.start):
            continue  # "killed 14 on Sunday, the deadliest since a cyclone killed 40 in 2019": the 2019 is the 40's
        if sentence[0] <= date.start and date.end <= span[0] and _WHEN_THEN.fullmatch(page.text, date.end, span[0]) \
                and is_past(value, published) and not _SINCE_BEFORE.search(page.text, max(sentence[0], date.start - 8), date.start):
            return f"{value.start.isoformat()}/{value.end.isoformat()}"  # "hit in 2009, when a tremor killed 9 people"
        if not sentence[0] <= date.start < sentence[1]:
            return _told_on_from(page, sentence)
        if clause_start <= date.start < clause_end and is_past(value, published):
            return f"{value.start.isoformat()}/{value.end.isoformat()}"
        return None
    return None


def _contrast_between(between: str) -> bool:
    return any(map(between.__contains__, _CONTRAST_WORDS)) and _CONTRAST_BETWEEN.search(between) is not None


# How far into the sentence before a date may stand and still open it ("In April last year, ...").
OPENING_CHARS = 25


def _told_on_from(page: Page, sentence: tuple[int, int]) -> str | None:
    """A sentence with no date of its own after one that opens with a past time ("In April last
    year, a quake struck off Varsk. Four people died and nine were injured.") goes on telling that
    past: its figures are history too."""
    if sentence[0] == 0:
        return None
    previous = page.sentence_at(sentence[0] - 1)
    if previous == sentence or previous[1] > sentence[0]:
        return None
    for date in page.dates:
        if previous[0] <= date.start < previous[0] + OPENING_CHARS and date.value.start is not None \
                and is_past(date.value, page.published.date):
            return f"{date.value.start.isoformat()}/{date.value.end.isoformat()}"
    return None


def is_past(value: object, published: dt.date | None) -> bool:
    """A date well before the article's own (or, when the article has none, a date that is not a
    day): background, not the news."""
    if value.end is None:
        return False
    if published is None:
        return value.granularity != "day"
    return (published - value.end).days > PAST_DAYS


# A date owning a noun ("Thursday's results") after words that set another act against it: the
# noun's occasion, a reference point ("ahead of Thursday's results", "after Sunday's defeat").
_POSSESSIVE = re.compile(r"['’]s\s+[\w-]")
_RELATIVE_TO = re.compile(r"\b(?:ahead\s+of|before|after|since|until|till|following|prior\s+to|in\s+the\s+(?:run|lead)-up\s+to|"
                          r"in\s+the\s+wake\s+of)\s+$", re.I)
_AFTER_BREAK = re.compile(r"[,;]|\b(?:that|which|who|when|where|after|before|since|while|because|until|but|whereas)\b")
_ATTRIBUTIVE = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+)?(?:season|campaign|election|elections|games|olympics|cup|"
                          r"final|draft|budget|census|model|edition|version|class|team|squad|tournament|championship|"
                          r"series|tour|raid|attack|law|act|plan|report|study|survey|agreement|deal|contract)\b")


def date_frame(text: str, sentence: tuple[int, int], span: tuple[int, int], subject: str,
               published: dt.date | None = None, value: object = None) -> Frame:
    """A date's frame: the event its clause says happened then ("checked in", "was arrested"); a
    date that only names something ("the 2009 season", "a 2010 raid") is a modifier, never a claim
    that could conflict."""
    frame = read_frame(text, sentence, span, thing=subject, scope_only=True)  # the event and holder are read below
    frame.holder = None
    clause_start, clause_end = clause_bounds(text, sentence[0], sentence[1], span[0], span[1])
    before = TOKEN.findall(text[clause_start:span[0]])  # read once: the event and the report before the date
    after = TOKEN.findall(text[span[1]:clause_end])
    if len(after) > 1 and after[0].lower() in _SUBORDINATE and not after[1].lower().endswith("ing"):
        after = []  # "queued on Saturday as the outbreak grew": the "as" clause's verb is another act's ("when meeting": its own)
    after = _before_subordinate(after)
    frame.event = _nearest_event(before, after, closed=text.startswith(",", span[1]))
    frame.holder = _object_name(TOKEN.findall(text[clause_start:clause_end]))
    if frame.event in LIFE_EVENTS:
        frame.holder = _life_holder(text, sentence[0], clause_start, span[0])
    head = subject.split()[-1].lower() if subject and len(subject.split()) <= 4 else ""
    if value is not None and is_past(value, published):
        frame.when = "past"
    if (frame.event is None or frame.event in _SCHEDULING and not _FORMER_PLAN.search(text, clause_start, span[0])
            and not (_PAST_PLAN.search(text, clause_start, span[0]) and _CHANGED.search(text, sentence[0], sentence[1]))) \
            and head in EVENT_NOUNS:
        # "the meetings held today": the event noun is the event; "the vote, which is scheduled for
        # 5 May" and "the vote planned for May 5" both date the vote, whatever verb sets it
        frame.event = canonical_event(head)
    if _ATTRIBUTIVE.match(text, span[1]) and re.search(r"(?:\b(?:the|a|an|his|her|its|their|our|this|that)|['’]s)\s*$",
                                                       text[max(sentence[0], span[0] - 12):span[0]], re.I):
        frame.scope = "modifier"
    if _COUNTED_FROM.search(text, max(sentence[0], span[0] - 30), span[0]):
        frame.scope = "modifier"  # "resigned a day after the 3 March vote": the date is the vote's, not the resignation's
    if _POSSESSIVE.match(text, span[1]) and _RELATIVE_TO.search(text, max(sentence[0], span[0] - 30), span[0]):
        frame.scope = "modifier"  # "shares jump ahead of Thursday's results": the results' day, not the jump's
    if value is not None and getattr(value, "resolution", None) == "relative" and in_quotation(text, sentence[0], span[0]):
        frame.scope = "quote"  # "we will be back here tomorrow," they chanted: the speaker's day, not a dated event
    elif frame.event and frame.scope is None and (_reports_another_act(before, frame.event)
                                                  or _SAID_ON.search(text, max(sentence[0], span[0] - 40), span[0])):
        frame.scope = "reported"  # "has risen to 86, officials said on Monday": the day of the saying, not of the rise
    return frame


# Events a person lives through once: their dates are facts of that person, history or not.
LIFE_EVENTS = frozenset({"born", "die"})
_NAME = r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})"
# "Tom Smith, 34, was shot dead", "Tom Smith was born in Harbor City": the full name right before the
# verb (an aside between commas allowed) is whose birth or death it is ("was found dead" dates the
# finding, not the death: no holder, so such a date of long ago stays background).
_LIFE_SUBJECT = re.compile(_NAME + r"(?:,[^,]{1,40},)?\s+(?:(?:(?:was|were|had been|has been|is)\s+"
                           r"(?:(?:fatally|reportedly|allegedly)\s+)?(?:born|died|killed|shot dead|slain))"
                           r"|(?:(?:reportedly|allegedly)\s+)?died)\b")
_WHO_AFTER_NAME = re.compile(_NAME + r",\s*$")


def _life_holder(text: str, sentence_start: int, clause_start: int, span_start: int) -> str | None:
    """The person a birth or death date is of, named in full as the subject of its verb, or before
    the ", who was born ..." clause that holds the date; None when the text names nobody so."""
    found = _LIFE_SUBJECT.search(text, clause_start, span_start)
    if found is None and re.match(r"\s*who\b", text[clause_start:span_start]):
        found = _WHO_AFTER_NAME.search(text, sentence_start, clause_start)
    if found is None or _OBJECT_BEFORE.search(text, max(sentence_start, found.start() - 12), found.start()):
        return None  # "the son of Tom Smith was born ...": the name is no subject
    return found["name"]


_OBJECT_BEFORE = re.compile(r"\b(?:to|from|in|at|for|with|by|of|against|into|near|and|or|&)\s+(?:the\s+)?$", re.I)


# Verbs that set an event for a time: the date is the event's ("elections planned for 5 May").
_SCHEDULING = frozenset("schedule plan slate set due expect".split())
# "the vote, originally scheduled for 5 May": a plan given up dates no event ("rescheduled" is an act of its own).
_PLANNED = r"\s+(?:\w+\s+)?(?:scheduled|planned|set|slated|due|expected)\b"
_FORMER_PLAN = re.compile(r"\b(?:originally|initially|previously|first|once|had been)" + _PLANNED, re.I)
# "the hearing, which was scheduled for 3 May, was postponed": a plan told in the past, given up
# when the sentence says it changed (_CHANGED).
_PAST_PLAN = re.compile(r"\b(?:was|were)" + _PLANNED, re.I)
_CHANGED = re.compile(r"\b(?:postpon|delay|cancel|call(?:ed|s)? off|push(?:ed)? back|put off|moved\b|scrap|suspend|resched)", re.I)
_COUNTED_FROM = TailGated(re.compile(r"\b(?:day|night|week|month|year)s? (?:after|before) (?:the )?$", re.I), ("after", "before", "the"))
_SUBORDINATE = frozenset("as while when whereas because although though".split())
# Words that open another act's clause further on: "will host next year's contest after the singer won"
# (the win is not next year's).
_LATER_SUBORDINATE = frozenset("after before until because although though whereas".split())


def _before_subordinate(after: list[str]) -> list[str]:
    """The words after a date up to a clause of another act ("after the singer won"); "after
    beating X" keeps its verb, the date's own act told as a gerund."""
    for index, token in enumerate(after[:-1]):
        if token.lower() in _LATER_SUBORDINATE and not after[index + 1].lower().endswith("ing"):
            return after[:index]
    return after
# A date right after a verb of saying dates the saying: "officials said on Monday", "told reporters Monday".
# ("will be announced on March 12" is the announcing itself.)
_SAID_ON = re.compile(r"\b(?:said|says|told\s+(?:reporters|journalists|a\s+news\s+conference))"
                      r"\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$", re.I)
_REPORTING = frozenset("announce say report confirm reveal tell state disclose declare".split())


def _reports_another_act(before: list[str], event: str) -> bool:
    """"It was announced Jones would be leaving the board in March": a date after a report of another
    act may date the report or the act, so it says for sure of neither."""
    return any(is_verbish(token) and canonical_event(token) in _REPORTING and canonical_event(token) != event
               for token in before)


def _object_name(tokens: list[str]) -> str | None:
    """The person a dated act was done to, named right after its verb ("placed Marcus Delane on
    injured reserve Wednesday", "placed rookie Chris Okafor ... Tuesday"): two acts on two people
    are two events. A full name only (two words or more), at most one plain word after the verb."""
    for index, token in enumerate(tokens):
        if not is_verbish(token):
            continue
        following = tokens[index + 1:index + 6]
        start = 1 if following[:1] and following[0].islower() and following[0] not in STOP_WORDS else 0
        words = name_words(following[start:])
        return " ".join(words) if len(words) >= 2 else None
    return None


def in_quotation(text: str, sentence_start: int, position: int) -> bool:
    """Whether a position is inside a direct quotation that opens in its sentence."""
    before = text[sentence_start:position]
    straight = before.count('"') % 2 == 1
    curly = before.count("“") > before.count("”")
    return straight or curly


def duration_frame(text: str, sentence: tuple[int, int], span: tuple[int, int], subject: str) -> Frame:
    """A duration measures the event noun it names ("a two-day state visit") or its clause's verb."""
    frame = read_frame(text, sentence, span, thing=subject, scope_only=True)  # the event is read below
    frame.holder = None
    head = subject.split()[-1].lower() if subject and len(subject.split()) <= 4 else ""
    if head in EVENT_NOUNS:
        frame.event = canonical_event(head)
    else:
        clause_start, clause_end = clause_bounds(text, sentence[0], sentence[1], span[0], span[1])
        after = [] if _SET_OFF.match(text, span[1]) else TOKEN.findall(text[span[1]:clause_end])
        # A verb after another figure is that figure's: "serve nine years, minus the 10 months he spent"
        after = after[:next((at for at, token in enumerate(after) if token[0].isdigit() or token.lower() in SMALL_NUMBER_WORDS),
                            len(after))]
        frame.event = _nearest_event(TOKEN.findall(text[clause_start:span[0]]), after)
    if re.search(r"\b(?:within|up to|at most|no more than|in less than|for up to)\s+$", text[max(sentence[0], span[0] - 20):span[0]], re.I):
        frame.scope = "limit"  # "a ruling will be issued within 30 days": a deadline, not how long something lasted
    elif _AT_A_POINT.search(text, max(sentence[0], span[0] - 20), span[0]) or _IN_SO_FAR.match(text, span[1]):
        frame.scope = "point"  # "born at 30 weeks", "Six weeks in, the fund has": a point reached, not a length
    elif _FIRST_SPAN.search(text, max(sentence[0], span[0] - 20), span[0]) and "period" not in (frame.scope or "").split("+"):
        # "sold 40,000 tickets in its first 36 hours": the stretch a figure was counted over, as "the first two weeks" is
        frame.scope = "+".join(sorted({*(frame.scope.split("+") if frame.scope else ()), "period"}))
    if _EARLIER_ONE.match(subject or ""):
        frame.when = "past"  # "A previous ceasefire collapsed after six weeks": another occasion's length
    return frame


# "at" just before a length: the point reached ("born at 30 weeks"), not how long anything lasted.
_AT_A_POINT = re.compile(r"\b[Aa]t\s+(?:about\s+|around\s+|just\s+|only\s+)?$")
# A length followed by "in," or "into": the time gone since a start ("Six weeks in, the fund has reached",
# "two months into the walkout"), a point reached, not how long anything lasted (not "two weeks in and out of hospital").
_IN_SO_FAR = re.compile(r"\s+(?:in(?=\s*[,;:]|\s+now\b|\s+and\s+(?!out\b))|into\s+(?:the|its|their|his|her|a)\b)", re.I)
# "first" or "opening" just before a length: the stretch a figure was counted in ("in its first 36 hours").
_FIRST_SPAN = re.compile(r"\b(?:first|opening|initial)\s+$", re.I)
# A phrase set off after a length adds or takes away another ("nine years, minus the time he spent").
_SET_OFF = re.compile(r",\s*(?:minus|plus|less|including|excluding|not counting|on top of)\b", re.I)
# (after a determiner or a number: "one previous summit", "the earlier strike", "two prior rounds")
# ("A former bank manager" is a person's past role, not an earlier occasion: "former" and "last" only open the subject)
_EARLIER_ONE = re.compile(r"(?:previous|earlier|prior|former|last)\s+\w|"
                          r"(?:an?|the|one|two|three|its|their|each)\s+(?:previous|earlier|prior)\s+\w", re.I)


def _nearest_event(before: list[str], after: list[str], closed: bool = False) -> str | None:
    """The verb nearest a date in its clause, on either side ("In July 2024, they signed ...").
    A verb after "and" or "but", or after a comma that closes the date's phrase ("Tom Smith, who
    was born on 3 May 1950, died on Sunday"), is another act's when a verb before the date can
    have it: "was hired on 3 May 2004 and posted a 43-39 record" dates the hiring."""
    reach = 8
    joined = 0 if closed else next((index for index, token in enumerate(after) if token.lower() in ("and", "but")), None)
    if joined is not None and any(_eventful(token) for token in before[-12:]):
        after, reach = after[:joined], 12  # (the act before may be told at more length)
    for distance in range(reach):
        for tokens, index in ((before, len(before) - 1 - distance), (after, distance)):
            if 0 <= index < len(tokens) and _eventful(tokens[index]):
                return canonical_event(tokens[index])
    return None


def _eventful(token: str) -> bool:
    return is_verbish(token) or token == "born"  # ("born" is a participle with no -ed)


def anchor_event(text: str) -> str | None:
    """The event of "after X" ("after placing Okafor on reserve" -> place): its first verb."""
    for token in TOKEN.findall(text)[:6]:
        if is_verbish(token):
            return canonical_event(token)
    return None
