"""The tense a date is used in: its own clause first, then its sentence.

"will meet on Saturday after they beat the leaders on Friday": Saturday is in a future clause,
Friday in a past one. A clause with no tense of its own ("On Friday, the team will play") takes
the sentence's. +1 future, -1 past, 0 when nothing says (present tense, or a bare noun phrase).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lead_letters import by_first_letter
from .tense_more import EXTENDED as _EXTENDED
from .tense_more import in_force_from, set_as_date, sought_ahead, starting_on, told_on

if TYPE_CHECKING:
    from .base import Page

FUTURE = re.compile(
    r"\b(?:will|shall|won't|is to|are to|(?:is|are) (?:set|scheduled|due|expected|slated|poised|planned) to|"
    r"(?:is|are) (?:expected|due|scheduled|slated|forecast|predicted|projected)|(?<!had )(?<!had been )(?<!was )(?<!were )(?:set|scheduled|expected|slated) to|advances? to|moves? on to|"
    r"(?:delayed|postponed|adjourned|put off|pushed back|deferred)(?: [\w'’-]+){0,3}? (?:until|till)|"
    r"plans? to|(?:is|are|am) planning to|(?:is|are|am) going to|upcoming|intends? to|heading into|ahead of|looming|"
    r"must(?! have| not have)|(?:is|are|am) (?:waiting for|awaiting)|awaits?|(?:expects?|expecting) (?:it|them|him|her|(?:[a-z]+ ){0,2}?(?:prices|rates|revenues?|sales|profits?|earnings|growth|inflation|output|demand|costs|the [a-z]+)) to|(?:hopes?|aims?|wants?|seeks?|expects?|"
    r"(?:is|are) (?:hoping|aiming|seeking|looking|preparing)) to|should(?! have| not have)|(?-i:may|might)(?! have| not have)|"
    r"could (?!have |not |never |be reached|n't|(?:be )?(?:seen|heard|spotted|smelled|felt)\b|(?:see|hear|smell|feel)\b)[a-z]+|"
    r"(?<!failed )(?<!refused )(?<!declined )(?<!did not )to (?:appear|reappear|be sentenced|stand trial|face trial|be tried)|"
    r"(?:could|might|will|would|to) (?!have )(?:[a-z]+ ){1,3}as (?:early|soon) as|"
    r"'ll)\b|'ll\b", re.I)
# ("could be seen", "could hear": what one was able to see or hear is past perception, no possibility ahead)
# "a dividend payable on Nov. 20", "the jobs report, due Friday": money owed and reports awaited are ahead;
# so is what "could begin as early as the fall".
# "A trial date was set for October", "remanded in custody to appear on 29 August", "should reach
# the coast by Saturday": a date set in the past for what is still to come. ("could" is left out:
# "could not be reached for comment on Tuesday" is past.)
# Something put off "until Monday" is put off to a day still to come when it is told.
# A plan in the past perfect ("had expected to vote on Tuesday", "had been scheduled to") was
# made for a day that has come: the date is past, the "had" before it says so.
# "would" is the future of a past moment: "said she would pass sentence on Friday" is the coming
# Friday, but "announced he would be leaving in June" may be either June, so it counts for days only.
WOULD = re.compile(r"\b(?:would|(?:was|were) (?:set|scheduled|due|expected|slated|poised|planned) to|"
                   r"(?<!was )(?<!were )payable|(?<!was )(?<!were )due(?! to\b)|next (?:[a-z]+ )?(?:meeting|session|hearing|round|summit|vote|review))\b", re.I)
# A dividend "payable", a report "due", a "next meeting" are ahead of their telling, which may itself be
# past ("paid a dividend, payable on Feb. 20"; "The report, due on Feb. 15, was delayed"): like "would",
# near enough to say a weekday is ahead; a month's day is the nearest such day.
# "The trial was expected to end before Christmas": a plan told in the past is the future of that past,
# like "would": near enough to say a weekday is ahead, not which Christmas or which March.
PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|came|went|began|took|made|won|lost|held|met|left|gave|got|fell|rose|"
    r"saw|found|ran|shot|hit|struck|killed|beat|sent|brought|paid|sold|bought|led|spoke|wrote|chose|became|"
    r"split|quit|fled|flew|grew|threw|knew|drew|broke|stole|froze|woke|rode|drove|sank|rang|sang|swam|ate|forgot|"
    r"stood|understood|caught|taught|sought|fought|thought|felt|kept|slept|spent|built|meant|dealt|hung|stuck|"
    r"overtook|withdrew|arose|undertook|underwent|oversaw|awoke|bled|sped|laid|lit|slid|"
    r"ago|yesterday|earlier|last|previous|[a-z]{3,}ed)\b", re.I)
_REPORTING = re.compile(r"\b(?:said|told|added|reported|announced|confirmed|stated|wrote|noted|explained)\b", re.I)
_BOUNDARY = re.compile(r"(?<!\d),|,(?!\d{3}\b)|[;:—–()]|\s-\s|\b(?:after|before|when|while|but|because|since|until|whereas|although|"
                       r"and then|as|that|which|who|whom)\b", re.I)
# "-ed" words that are no past tense ("need", "speed", "scheduled to" is caught as future first)
# A present-tense clause ("has given her a June 4 deadline", "is due", "he's sentenced") says the
# date is near the present, not which side of it: the nearest one, whatever the rest of the sentence.
# A schedule told in the present simple ("the council meets Wednesday", "the Herons host the Comets
# on Sunday", "the polls close at 8 p.m. Tuesday", "the Fed releases its minutes on Wednesday") is still to
# come: a past one would say met, hosted, closed. The -s forms rarely name things; the plain forms
# count only after a plural subject or a pronoun ("the polls close", "they meet"), so "a close
# vote on Tuesday" is no schedule.
_SCHEDULE_S = (r"meets|opens|closes|begins|starts|ends|finishes|concludes|takes place|hosts|plays|visits|welcomes|resumes|travels|convenes|expires|kicks off|tips off|"
               r"releases|unveils|publishes|goes to the polls|go to the polls|reports (?:(?:its|their|[\w-]+-quarter|first-half|full-year|annual) )?(?:results|earnings|on)|"
               r"takes effect|takes on|goes on trial|heads to|returns to|wraps up|gets under way|gets underway|"
               r"returns|reopens|premieres|airs|debuts|arrives|departs|leaves|goes on sale|falls on")
_SCHEDULE_PLAIN = (r"meet|open|close|begin|start|host|resume|travel|convene|expire|kick off|tip off|take effect|go on sale|"
                   r"take on|go on trial|head to|return to|wrap up|get under way|vote|play|go back|go forward|go on strike|walk out|break up")
_THEN = r"(?:then|also|next|now|again|both|all|each) "  # "they then travel to", "Rovers, promoted in May, then travel"
# A British team is plural whatever its name ("Harbor City host the Comets on Saturday", "Tarnvik travel to
# the Herons on Sunday"): a capitalised name that opens its clause before the plain form of a fixture's
# verb ("watched Harbor City play the Comets on Sunday" is past). (Led by "\b", its words by first letter: lead_letters.py)
SCHEDULED = re.compile(rf"\b(?:(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\bits )(?<!\btheir )(?<!\bour )(?<!\bmany )(?:{by_first_letter(_SCHEDULE_S, False)})\b|"
                       rf"(?:they|we|you)\s+(?:{_THEN})?(?:{by_first_letter(_SCHEDULE_PLAIN, False)})\b|(?>[A-Za-z]{{2,}})(?<!ss)(?<!['’]s)(?<=s)\s+(?:(?:{_THEN})?"
                       rf"(?:{by_first_letter(_SCHEDULE_PLAIN, False)})\b|(?:in|across|throughout)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:{by_first_letter(_SCHEDULE_PLAIN, False)})\b))|" r"^[\s,;:]*(?!(?:Did|Does|Do|Why|How|When|Where|What|If)\s)(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]{2,}\s+(?:host|play|travel to|visit|face|welcome)\b")
# "The vote is on Tuesday", "the deadline is Friday": a present "is" right before the date
# places it ahead (or today); "is charged with killing ... on Tuesday" says nothing of the kind.
IS_DATE = re.compile(r"\b(?:is|are)\s+(?:at\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midday)\s+)?"
                     r"(?:(?:on|for|due|set for|due on)\s+)?$", re.I)  # ("Kick-off is at 3pm on Sunday")
# "A trial date was set for October", "A funeral is planned for Friday" look ahead; the setting itself ("was set for October at a
# hearing on Friday") and a set course ("were set for their biggest fall since June") do not: the
# date must follow "set for" (a clock time between).
_CLOCK = r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midday)\s+(?:on\s+)?)?$"
_SET_FOR = re.compile(r"\b(?:is|are|was|were|has been|have been) (?:(?:set|scheduled|slated|fixed|planned) for|"
                      r"(?:moved|switched|rescheduled|brought forward|pushed back) to)\s+" + _CLOCK, re.I)
# ("The judge set sentencing for April 14": the day set is ahead of the setting, which may itself be
# told weeks later: a weekday is ahead, a month's day the nearest, like "would".)
_SET_ACT = re.compile(r"\b(?:set|scheduled|fixed) (?:sentencing|(?:a |the |his |her |their )?(?:hearing|trial|retrial|vote|date|deadline|"
                      r"election|arguments|referendum|meeting)s?) for\s+" + _CLOCK, re.I)
# "since June" is a June gone by, whatever the clause's verb ("were set for their biggest fall since June")
_SINCE = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?$", re.I)
# "is set to be sentenced after being convicted on Monday": what one has been through is past, even
# before a coming event
_AFTER_BEING = re.compile(r"\bafter being (?:[a-z]+ly )?[a-z]+(?:ed|en|wn)(?: [\w'’-]+){0,4}? (?:on|in|at|last|this)?\s*$")
# A purpose ("to appear", "to be sentenced") looks ahead to what follows it, never back to a date
# before: "was remanded in custody on Monday to appear on 29 August" (but "The board on Monday hopes
# to" is the board's coming Monday).
_INTENT = re.compile(r"\bto (?:appear|reappear|be sentenced|stand trial|face trial|be tried)\b", re.I)
# An incident or a result is told once it has happened: "witnesses to the attack on Saturday",
# "hopes to build on Sunday's win", "over the stabbing on Sunday" date a past event whatever the
# verb that governs them ("want to", "will appear in court over").
# A result counts only with its score or after "the": "looking for their first win on Sunday" is ahead;
# a cup's draw is a scheduled event.
_DONE = (r"attacks?|bombings?|shootings?|stabbings?|killings?|murders?|deaths?|crash|collision|explosion|blast|"
         r"assault|robbery|derailment|earthquake|quake|blaze")
_RESULT = r"win|victory|defeat|loss|upset|rout"
_DONE_BEFORE = re.compile(rf"(?:\b(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Oo]ur)\s+(?:[\w-]+\s+)?(?:{_DONE})|"
                          rf"\b[Tt]he\s+(?:{_RESULT})|\d+-\d+\s+(?:{_RESULT}))\s+"
                          rf"(?:(?:over|against|in|at|near)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{1,3}})?(?:(?:late|early)\s+)?on\s+$")
_DONE_AFTER = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{_DONE}|{_RESULT})\b(?![ -](?:parade|celebrations?|rally|ceremony|party))", re.I)
# To undo or contest a decision is to answer one already made: "seeks to overturn the ruling on
# Monday", "hopes to quash the conviction on Friday" date the ruling and the conviction, which are
# past (while "will issue its ruling on Monday" is ahead: the verb must be one that undoes; "will
# appeal the verdict on Friday" may be Friday's appeal, so appeal, challenge, contest are left out).
_UNDONE = re.compile(r"\b(?:overturn|reverse|quash|overrule|annul|set aside|throw out|strike down)\s+(?:the|a|an|his|her|its|their|this|that|last)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:ruling|verdict|decision|judgment|judgement|sentence|conviction|order|result|vote)\s+(?:on\s+)?$", re.I)
# The one who undoes it is set to do so on that day: "is expected to overturn the verdict on Friday",
# "will vote to overturn the decision on Thursday", "will set aside the verdict on Monday".
_UNDO_SET = re.compile(r"\b(?:(?:will|shall|would)|['’]ll|(?:is|are|was|were)\s+(?:\w+\s+)?(?:expected|set|due|scheduled|poised|likely|going)\s+to|"
                       r"vot(?:e|es|ed|ing)\s+to)\s+(?:\w+ly\s+)?$", re.I)


def _undone_before(text: str, sentence_start: int, start: int) -> bool:
    found = _UNDONE.search(text, max(sentence_start, start - 70), start)
    return bool(found) and not _UNDO_SET.search(text, max(sentence_start, found.start() - 40), found.start())


# "reached a deal to keep the government open through Jan. 30", "voted to extend the curfew until
# Friday": what is kept going is kept going ahead of the deciding (not after "had")
_KEEP_UNTIL = re.compile(r"(?<!had )\bto (?:keep|extend|remain|stay|continue|fund)\b[^,;.]{0,60}\b(?:through|until|till)\s+$", re.I)
# "have been told to submit their plans by 31 July", "agreed to repay the loan by Friday": a deadline
# set for what one is told or has agreed to do lies ahead of the telling (not after "had")
_ORDERED_BY = re.compile(r"(?<!had )(?<!had been )\b(?:told|asked|ordered|urged|instructed|directed|required|agreed|promised|pledged|vowed|"
                         r"given until)(?: [\w-]+){0,3}? to [a-z]+\b[^,;.]{0,60}\b(?:by|before)\s+(?:the\s+)?$", re.I)
def ordered_ahead(text: str, sentence_start: int, start: int) -> bool:
    """"urged families to check their vaccinations before the Easter holiday": ahead of the urging."""
    return bool(_ORDERED_BY.search(text, max(sentence_start, start - 90), start))


# A headline (no closing stop) with a subject and "to" + verb before the date, and no verb of its own
# (and no article: headlines drop them; "the first woman to finish at the weekend" is a relative)
_HEADLINE_TO = re.compile(r"\s*[A-Z][\w'’-]*(?: (?!(?:is|are|was|were|has|had|will|said|the|a|an|first|second|third|last|only)\b)[\w'’-]+){0,4}? to (?!be\b)[a-z]+\b(?: [\w'’-]+){0,6}? (?:on|by|in|until|from|at|next|this|)\s*$")
_UNTIL = re.compile(r"\b(?:until|till)\s*$")
_STATE = re.compile(r"\b(?:is|are|remains?|stays?)\b")
_LASTS_UNTIL = re.compile(r"(?<!would )(?<!could )(?<!did )(?<!had )(?<!not )\b(?:runs|run|lasts|last|continues|continue|remains|remain|stays|stay|"
                          r"(?:is|are|remains|stays) (?:open|closed|in force|in place|valid|on sale|on show|on display))"
                          r"\s+(?:until|till|through)\s+(?:at\s+least\s+|at\s+the\s+earliest\s+)?$")  # "until at least 21 July"
_IS_AT = re.compile(r"\s+(?:is|are)\s+(?:at|from)\s+\d")
_DECIDED = re.compile(r"\b(?:said|announced|declared|ordered|decided|agreed|approved|imposed|told|called)\b", re.I)
_LEADS_AHEAD = re.compile(r"\b(?:[Ss]tarting|[Bb]eginning|[Ee]ffective|no later than)(?:\s+(?:on|from|with))?\s+$")
PRESENT = re.compile(r"\b(?:is|are|am|has|(?<!will )(?<!should )(?<!might )(?<!must )have|says|say|"
                     r"could(?! have| not have| never have))\b|['’]s\s+[a-z]+ed\b", re.I)
# "will have left by Friday" is the will's, not a present "have" ("would have begun on Friday" and "would
# have turned 80 on Friday" go either way: the news default); "prices could fall in the second quarter"
# says neither side (while "could not be reached on Tuesday" keeps a weekday's news default).
# "will be held", "to be made", "the draft is held", "will be closed or sold": a participle after "be" or "is" is no
# past, irregular or not ("be held" is as future as "be signed"); nor is one of a condition ("if re-elected").
_NOT_PAST = re.compile(r"\b(?:(?:is|are|am|be|being|to be|if|unless|once|stay|stays|remain|remains)\s+(?:re-)?[a-z]+ed\b|(?:be|is|are|am)\s+(?:[a-z]+ly\s+)?[a-z]+(?:\s+(?:or|and)\s+[a-z]+ed)?\b|"
                 r"(?:the|a|an|his|her|its|their|this|that|these|those)\s+[a-z]+ed\b|(?:need|speed|seed|feed|bed|red|shed|based|related|called|named|so-called|united|"
                 r"limited|expected|alleged|supposed|used|fixed|detailed|advanced|armed|biased|unchanged|unexpected|unprecedented|"
                 r"undisclosed|unnamed|unidentified|unspecified|unresolved|undecided|unscheduled)\b)|['’]s\s+[a-z]+ed\b", re.I)


def tense_at(page: "Page", start: int, end: int, would: bool = False) -> int:
    """Future (+1), past (-1) or unknown (0) for the date at text[start:end]; ``would`` counts as
    future when asked (weekdays, which are near enough for it to say which)."""
    sentence_start, sentence_end = page.sentence_at(start)
    text = page.text
    clause_start, clause_end = sentence_start, sentence_end
    previous = sentence_start  # where the clause before the date's begins
    for boundary in _BOUNDARY.finditer(text, sentence_start, sentence_end):
        if boundary.end() <= start:
            previous, clause_start = (clause_start if boundary.start() > clause_start else previous), boundary.end()
        elif boundary.start() >= end:
            clause_end = boundary.start()
            break
    marked = _marked(text, (sentence_start, sentence_end), clause_start, start, end, would)
    if marked is not None:
        return marked
    if _past_relative(text, clause_start, start, end):
        return -1
    # "visits the site of Monday's attack": a weekday's event is no schedule's date, unless the
    # schedule's verb takes it ("play Sunday's game")
    possessive = text.startswith(("'s", "’s"), end)
    # "The Herons, who host the Comets on Sunday, lost": a plain schedule verb after "who" has a plural subject
    # as does one right after a comma that closes a clause on its subject ("The playoffs, which feature
    # eight teams, start on Saturday")
    subject = _plural_subject(text, sentence_start, clause_start, start)
    own = _nearest(subject + text[clause_start:start], text[end:clause_end], would,
                   schedule=not possessive or any(m.end() == len(text[clause_start:start].rstrip())
                                                  for m in SCHEDULED.finditer(text[clause_start:start].rstrip())))
    if own is not None:
        return own
    # (other dates of a list are no words of the clause: "play on Boxing Day, on 28 December and on New Year's Day")
    if not _OWN_WORDS.search(text[clause_start:start] + " " + text[end:clause_end]) or \
            re.fullmatch(r"\W*(?:in|on|by|since|until|from|during|at|early|late|mid)?\W*", text[clause_start:start], re.I):
        # a fronted "In January," borrows the clause after it: "In January, voters went to the polls";
        # one set off mid-sentence belongs to the verb before it first: "signed the papers, on Monday
        # morning, for what will be a two-year deal" is a past Monday
        if _UNTIL.search(text, max(sentence_start, clause_start - 7), clause_start) and _STATE.search(text, previous, clause_start) \
                and not _tense_of(text[previous:clause_start]):
            return 1  # "is out until November", "remains shut until Monday": a present state lasts to a date ahead
        if re.search(r"[a-z]", text[sentence_start:clause_start], re.I):
            # (the clause right before first: "was expected to end before Christmas, but the judge
            # sent the jurors home until Monday" is the past Monday)
            lead = _before_own(text, sentence_start, previous, clause_start, would) or \
                _tense_of(_REPORTING.sub(" ", text[previous:clause_start]), would) or \
                _tense_of(_REPORTING.sub(" ", text[sentence_start:clause_start]), would)
            if lead:
                return lead
        after = _nearest("", _REPORTING.sub(" ", text[clause_end:sentence_end]), would)
        if after:
            return after
    # The clause says nothing: the clause right before it may ("then travel to X on 22 August before
    # the break in early September"), else what leads up to it in the sentence ("The team, which won,
    # ..."); a reporting verb ("..., officials said") tells when it was said, not when it happens.
    return _before_own(text, sentence_start, previous, clause_start, would) or \
        _tense_of(_REPORTING.sub(" ", text[sentence_start:clause_start]), would)


_OWN_WORDS = re.compile(r"\b(?!(?:and|or|the)\b)[a-z]{3,}")


def _plural_subject(text: str, sentence_start: int, clause_start: int, upto: int) -> str:
    """ "The Herons, who host the Comets on Sunday, lost": a plain schedule verb after "who" has a plural
    subject, as does one right after a comma that closes a clause on its subject ("The playoffs, which
    feature eight teams, start on Saturday"; "Rovers, promoted in May, then travel to X on 22 August"), or
    a bracket ("The Lions (4-2) host Green Bay on Sunday")."""
    return "they" if re.search(r"\bwho\s*$", text[max(sentence_start, clause_start - 5):clause_start]) or (
        text[sentence_start:clause_start].rstrip().endswith((",", ")")) and re.match(rf"\s*(?:{_THEN})?(?:{_SCHEDULE_PLAIN})\b", text[clause_start:upto])) else ""


def _before_own(text: str, sentence_start: int, previous: int, clause_start: int, would: bool) -> int:
    """The tense of the clause right before a clause that says none, a schedule's included (0: none)."""
    if previous >= clause_start:
        return 0
    words = _plural_subject(text, sentence_start, previous, clause_start) + _REPORTING.sub(" ", text[previous:clause_start])
    return 1 if SCHEDULED.search(words) else _tense_of(words, would)


def tense_of_period(page: "Page", start: int, end: int) -> int:
    """A month's or a day's tense: "said the plant would close in March" may be a March either side
    of the saying, so "would" makes a past clause say neither (the nearest such month)."""
    tense = tense_at(page, start, end)
    if tense > 0 and _MEASURED.search(page.text, max(0, start - 30), start):
        return 0  # "data for October are due on Monday": a period measured, awaited once it has passed
    return 0 if tense < 0 and (tense_at(page, start, end, would=True) > 0 or in_force_from(page.text, start, end)
                               or starting_on(page.text, start)) else tense


_MEASURED = re.compile(r"\b(?:data|figures|statistics|numbers|readings?|results)\s+(?:for|on)\s+(?:the\s+)?$", re.I)


# A modal before a period in its sentence ("prices could fall in the second quarter") puts it either
# side of now (lower case only: May is a month).
_HEDGE = re.compile(r"\b(?:could|might|may|would)\b")


def hedged(page: "Page", start: int) -> bool:
    return bool(_HEDGE.search(page.text, max(page.sentence_at(start)[0], start - 80), start))


def _marked(text: str, sentence: tuple[int, int], clause_start: int, start: int, end: int, would: bool) -> int | None:
    """The tense fixed by the words right around the date, before any verb is weighed."""
    sentence_start, sentence_end = sentence
    if _SINCE.search(text, max(sentence_start, start - 16), start) or _AFTER_BEING.search(text, max(sentence_start, start - 60), start) or \
            _DONE_BEFORE.search(text, max(sentence_start, start - 40), start) or _DONE_AFTER.match(text, end) or \
            _undone_before(text, sentence_start, start):
        return -1
    if would and (_KEEP_UNTIL.search(text, max(sentence_start, start - 80), start) or
                  (text.endswith(("by ", "before ", "before the "), sentence_start, start) and ordered_ahead(text, sentence_start, start))
                  or _SET_ACT.search(text, max(sentence_start, start - 50), start)
                  or _EXTENDED.search(text, max(sentence_start, start - 70), start) or set_as_date(text, start, end)):
        return 1  # (a month's day: the nearest, see _day_tense; "voted last month to extend the curfew until March 1")
    if sought_ahead(text, sentence_start, start):
        return 1  # "a Democrat seeking a second term in November"
    if not text[sentence_start:sentence_end].rstrip().endswith((".", "!", "?", '"', "”")) and _HEADLINE_TO.match(text, sentence_start, start):
        return 1  # a headline's "Storm to hit coast on Saturday": what is to happen
    if text.startswith("Come ", max(sentence_start, start - 5)) and start - 5 >= sentence_start:
        return 1  # "Come January, the bill will land": the coming one
    if _LASTS_UNTIL.search(text, max(sentence_start, start - 40), start):
        return 1  # "opened on 5 July and runs until 20 October": a present state lasts to a date ahead
    if _IS_AT.match(text, end):
        return 1  # "Kick-off on Saturday is at 3pm": a time set for the day
    is_date = IS_DATE.search(text, max(clause_start, start - 24), start)
    # "the focus is on Monday's attack" is a topic, not a day set
    if (is_date and not (is_date.group().rstrip().endswith("on") and text.startswith(("'s", "’s"), end))) or \
            _SET_FOR.search(text, max(sentence_start, start - 50), start):
        return 1
    # "Starting Monday, buses will run", "no later than Friday": weekdays; a day of a month takes its
    # clause's tense ("The new fee, effective Jan. 1, applies" in February is this January's); a
    # decision told in the past sets what starts ahead ("declared three days of mourning starting Friday")
    if would and _LEADS_AHEAD.search(text, max(sentence_start, start - 24), start) and \
            not PAST.search(_DECIDED.sub(" ", _NOT_PAST.sub(" ", text[sentence_start:sentence_end]))):
        return 1
    return None


# "would not respond to the shelling on Tuesday that killed 12": a date after a noun, with a
# relative clause after it whose verb is past, dates that noun's event, which is past whatever the
# sentence's main verb. Only a relative whose own subject is the noun ("that killed", "which left"),
# never a content clause ("the announcement on Tuesday that it would cut jobs").
_DETERMINER = re.compile(r"\b(?:the|a|an|this|its|his|her|their)\s+")
_ON_BEFORE = re.compile(r"[a-z]{3,}\s+on\s+$")
# "which killed", "that he said killed", "which police say left": the relative's own verb
_RELATIVE_PAST = re.compile(r"\s*,?\s*(?:that|which|who)\s+(?:(?:he|she|they|it|police|officials|witnesses)\s+"
                            r"(?:said|say|says)\s+)?(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b")


def _past_relative(text: str, clause_start: int, start: int, end: int) -> bool:
    window = max(clause_start, start - 90)
    determiners = list(_DETERMINER.finditer(text, window, start))
    if not determiners or not _ON_BEFORE.search(text, window, start):
        return False
    phrase = _NOT_PAST.sub(" ", text[determiners[-1].start():start])  # "the reported shelling" is no verb
    if len(phrase.split()) > 10 or re.search(r"[,;:]", phrase) or \
            any(p.search(phrase) for p in (FUTURE, WOULD, PRESENT, SCHEDULED, _REPORTING, PAST)):
        return False
    relative = _RELATIVE_PAST.match(text, end)
    verb = relative["verb"].lower() if relative else ""
    # a lexical verb: "which was called by the mayor" may be a meeting still to come
    return bool(PAST.fullmatch(verb)) and not _NOT_PAST.fullmatch(verb) and verb not in ("was", "were", "had", "did")


# A past verb that looks ahead ("signalled a cut in June", "forecast growth in the fourth quarter",
# "promised a vote in March") tells when it was said, not which side of it the date lies: the nearest;
# so does a stretch before an event ("spent heavily in the run-up to Christmas").
_FORWARD_VERBS = (r"signall?ed|forecast|predicted|projected|planned|promised|pledged|vowed|warned|threatened|proposed|"
                  r"hinted|foresaw|anticipated")
_FORWARD_WORDS = _FORWARD_VERBS + r"|run-up|lead-up|build-up|countdown"
_FORWARD = re.compile(rf"\b(?:{_FORWARD_WORDS})\b", re.I)

# "the interim forecast in September", "the OBR's forecast in March": a forecast named, not made, on its date
_NOUN_FORECAST = (r"interim|latest|new|initial|official|revised|updated|previous|next|final|quarterly|annual|monthly|"
                  r"economic|weather|growth|budget|earnings|sales|profit|revenue|spring|autumn")
_FORWARD_DATED = re.compile(rf"\b(?:{_FORWARD_VERBS})\s+(?:(?:on|in|at|late|early)\s+)?$", re.I)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _as_present(match: re.Match[str]) -> str:
    return "is".ljust(len(match.group()))


_COORDINATED = re.compile(r"\s*,?\s*(?:and|but|or)\s")


# A function of its text and flags alone, and about 0.1 ms a call (five tense patterns, each over
# both sides, some twice): a clause told again word for word is weighed once.
@lru_cache(maxsize=1024)
def _nearest(before: str, after: str, would: bool, schedule: bool = True) -> int | None:
    """The tense of the marker nearest the date in its clause: in "a plan to allow drilling was
    sidelined on Feb. 10" it is "was sidelined", not "plan to"."""
    best: tuple[int, int, int] | None = None  # (distance, side: 0 before / 1 after, tense)
    if _COORDINATED.match(after) and (_tense_of(before, would) or PRESENT.search(before)):
        after = ""  # "were sent home on Friday and will resume today": the verb after "and" is another act's
    dated = _FORWARD_DATED.search(before)
    dated_verb = bool(dated)
    if dated and not re.search(rf"\b(?:will|to|would|shall|the|a|is|are|be|being)\s+$|\b(?:the|a|an|its|their)\s+(?:{_NOUN_FORECAST})\s+(?:[a-z-]+\s+)?$|['’]s\s+(?:[a-z-]+\s+)?$",
                               before[:dated.start()], re.I):
        best = (len(before) - dated.end(), 0, -1)  # "forecast on Jan. 5": the act, past ("forecast" has no -ed)
    for tense, pattern in ((1, FUTURE), (1, WOULD if would else None), (1, SCHEDULED if schedule else None), (-1, PAST), (0, PRESENT)):
        if pattern is None:
            continue
        cleaned_before = before if tense >= 0 else _NOT_PAST.sub(lambda m: " " * len(m.group()), before)
        cleaned_after = after if tense >= 0 else _NOT_PAST.sub(lambda m: " " * len(m.group()), after)
        # "signalled a cut in June": the signal is past, the cut either side of it; but "forecast on
        # Jan. 5 that ..." dates the forecast itself
        if tense == 0 and not dated_verb:
            cleaned_before, cleaned_after = _FORWARD.sub(_as_present, before), _FORWARD.sub(_as_present, after)
        elif tense < 0 and not dated_verb:
            cleaned_before, cleaned_after = _FORWARD.sub(_blank, cleaned_before), _FORWARD.sub(_blank, cleaned_after)
        if tense > 0:
            cleaned_after = _INTENT.sub(_blank, cleaned_after)
        # a tie goes to the marker before: "said on Monday it would" is the saying's Monday
        for match in pattern.finditer(cleaned_before):
            # a verb that takes the date through a preposition binds it first ("A state of emergency
            # declared on Sunday will remain in place" is the past Sunday)
            gap = before[match.end():]
            candidate = (0 if re.fullmatch(r"\s+(?:on|in|at)\s+", gap) or told_on(match.group(), gap) else len(gap), 0, tense)
            best = candidate if best is None or candidate[:2] < best[:2] else best
        match = pattern.search(cleaned_after)
        if match:
            candidate = (match.start(), 1, tense)
            best = candidate if best is None or candidate[:2] < best[:2] else best
    return best[2] if best else None  # 0: a present tense is nearest; None: no tense in the clause


def _tense_of(words: str, would: bool = False) -> int:
    if FUTURE.search(words) or (would and WOULD.search(words)):
        return 1
    if PAST.search(_NOT_PAST.sub(" ", words)):
        return -1
    return 0
