"""Derived checks: a duration that runs from another event is checked against that event's date.

"eight months after signing a fisheries pact" in a piece about a visit is checked against the
date other claims give the signing; "over the past two decades" after "talks began in 2003"
against the years from 2003 to the article's time. An article with no publication
date takes the corpus's time: the median publication date of its dated articles.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping

from ..align.keys import subject_keys
from ..chrono import UNIT_DAYS_MEAN, describe_interval, median_date
from ..extract.frame_time import anchor_event
from ..extract.subjects import clause_bounds
from ..models import ClaimBase, Finding, Source
from ..text import format_number
from .compare import fingerprint

# How much of the sentence around a dated claim must echo "after X" for it to be X's date.
ANCHOR_MATCH = 0.5


def derived_findings(claims: list[ClaimBase], sources: list[Source],
                     story_of: Mapping[str, str] | None = None, corpus_time: dt.date | None | str = "sources") -> list[Finding]:
    """Findings of durations that run from a dated event. ``corpus_time`` is the date undated
    articles are taken to speak at; by default the median publication date of ``sources``
    (a caller checking one story at a time passes the whole corpus's)."""
    dates = [claim for claim in claims if claim.kind == "date" and claim.value.start is not None]
    by_id = {claim.id: claim for claim in dates}
    dates_by_story: dict[str, list[ClaimBase]] = {}
    for date in dates:
        dates_by_story.setdefault(_story(date.source, story_of), []).append(date)
    published = {source.id: source.published.date for source in sources}
    if corpus_time == "sources":
        corpus_time = median_date(list(published.values()))
    findings = []
    for claim in claims:
        if claim.kind != "duration" or not claim.value.anchor:
            continue
        in_story = dates_by_story.get(_story(claim.source, story_of), [])
        start = by_id.get(claim.value.anchor_claim or "") or _event_date(claim, in_story)
        now = published.get(claim.source) or corpus_time
        if start is None or now is None or start.value.start > now:
            continue
        finding = _judge(claim, start, now, published.get(claim.source) is not None)
        if finding.verdict == "conflict" and not _speaks_of_now(claim, published.get(claim.source), start):
            continue  # "one day after X, the team signed Y": Y's day, not the article's, so nothing to check
        findings.append(finding)
    return findings


# Present-tense framing says the duration runs to the article's own time ("comes nine months after").
_NOW_WORDS = re.compile(r"\b(?:comes?|is|are|has|have|marks?|now|today|currently|this week)\b", re.I)


def _speaks_of_now(claim: ClaimBase, own_date: dt.date | None, start: ClaimBase) -> bool:
    """Whether a conflict between a duration and the time it runs to can be called: the article has
    its own date, the duration and its anchor are not one article's own wording, and the sentence
    says the span runs to now."""
    if own_date is None or start.source == claim.source:
        return False
    outside = claim.sentence.replace(claim.value.anchor_text or "", " ")
    outside = re.split(r",\s+(?:who|which|whose|where|when)\b", outside)[0]  # "..., who still has": not the main verb
    return bool(_NOW_WORDS.search(outside))


def _story(source: str, story_of: Mapping[str, str] | None) -> str:
    return story_of.get(source, source) if story_of is not None else ""


def _event_date(claim: ClaimBase, dates: list[ClaimBase]) -> ClaimBase | None:
    """The dated claim whose sentence best echoes the event a duration runs from ("after X")."""
    if not claim.value.anchor_text:
        return None
    wanted = subject_keys(claim.value.anchor_text)
    total = sum(wanted.values())
    event = anchor_event(claim.value.anchor_text)
    best, best_score = None, 0.0
    for date in dates:
        if date.source == claim.source and date.start > claim.start:
            continue
        if event and date.frame.event != event:
            continue  # "after putting X on reserve" is not dated by "picked up Y on Monday"
        found = subject_keys(_clause_of(date))
        score = sum(weight for key, weight in wanted.items() if key in found) / total if total else 0.0
        if score > best_score or (score == best_score and best is not None and (date.source, date.start) < (best.source, best.start)):
            best, best_score = date, score
    return best if best_score >= ANCHOR_MATCH else None


def _clause_of(claim: ClaimBase) -> str:
    """The clause of its sentence a date stands in: what happened then, without its neighbours."""
    position = claim.sentence.find(claim.text)
    if position < 0:
        return claim.sentence
    start, end = clause_bounds(claim.sentence, 0, len(claim.sentence), position, position + len(claim.text))
    return claim.sentence[start:end]


def _judge(claim: ClaimBase, start: ClaimBase, now: dt.date, own_date: bool) -> Finding:
    value = claim.value
    unit_days = UNIT_DAYS_MEAN[value.unit]
    # A stated "nine months" is a round figure: anything that rounds to it agrees.
    stated_low, stated_high = (value.amount - 0.5) * unit_days, (value.amount + 0.5) * unit_days
    elapsed_low = (now - start.value.end).days
    elapsed_high = (now - start.value.start).days
    if elapsed_low > stated_high or elapsed_high < stated_low:
        verdict = "conflict"
    elif stated_low <= elapsed_low and elapsed_high <= stated_high:
        verdict = "agree"
    else:
        verdict = "compatible"
    since = describe_interval(start.value.start, start.value.end, start.value.granularity)
    until = f"{now.day} {now:%b %Y}" + ("" if own_date else " (the corpus's time: this article has no date)")
    elapsed = f"{format_number(round(elapsed_low / unit_days, 1))}-{format_number(round(elapsed_high / unit_days, 1))} {value.unit}s"
    judgement = {"conflict": "does not fit", "agree": "fits", "compatible": "roughly fits"}[verdict]
    explanation = (f'"{claim.text}" from {since} ("{start.text}" in {start.source}) to {until} is {elapsed}: '
                   f"the stated {format_number(value.amount)} {value.unit}{'s' * (value.amount != 1)} {judgement}")
    group = [claim, start]
    finding_id = "derived-" + hashlib.sha1(f"{claim.source}|{claim.id}".encode()).hexdigest()[:10]
    return Finding(id=finding_id, verdict=verdict, kind="duration", subject=f"{claim.subject} (derived)",
                   explanation=explanation, claims=group, fingerprint=fingerprint(group, verdict))
