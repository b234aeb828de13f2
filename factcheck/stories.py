"""Which articles tell the same story: claims are compared only within a story.

A story is found from the names an article keeps using (people, places, organisations: the
capitalised words that do not merely open a sentence). Articles are clustered on those names with
the same bounded leader clustering as claims, so a corpus of thousands of unrelated events never
lines up "at least 40 people" from one flood with "more than 60 people" from another.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping

from .cluster import leader_clusters
from .models import Article

TERMS_PER_ARTICLE = 12
# How much of two articles' names must be shared for them to tell one story.
STORY_THRESHOLD = 0.4
# Articles about one event appear within weeks of each other; the same place months apart is news
# of something else.
STORY_DAYS = 31
# Capitalised words that are not names of anything in particular.
COMMON_CAPITALISED = frozenset(
    """the a an in on at for but and or of to as by with from this that these those it its he she they we
    his her their our after before during when while since until if although though however meanwhile
    also still yet so then there here what which who how why mr mrs ms dr prof sir president prime
    minister premier chairman chairwoman chair secretary general ministry government council committee
    department agency office parliament assembly court university institute centre center national
    international global foreign state states republic north south east west northern southern eastern
    western central new old first second third january february march april may june july august
    september october november december monday tuesday wednesday thursday friday saturday sunday
    according said says spokesperson spokesman spokeswoman official officials""".split()
)
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][A-Za-z]*(?:[-’'][A-Za-z]+)*")
_POSSESSIVE = re.compile(r"['’]s?$")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:\"“”]\s+|\n\s*)$")


def story_terms(article: Article) -> dict[str, int]:
    """The names an article uses most, in lower case, with how often it uses each (at most 12)."""
    text = article.text
    counts: Counter[str] = Counter()
    skip = article.skip_spans
    for match in _CAPITALISED.finditer(text, article.body_start):
        word = match.group()
        if len(word) < 3 or word.lower() in COMMON_CAPITALISED:
            continue
        if any(start <= match.start() < end for start, end in skip):
            continue  # a dateline names the outlet, not the story
        if _SENTENCE_OPENING.search(text, max(article.body_start, match.start() - 3), match.start()):
            continue
        counts[_POSSESSIVE.sub("", word.lower())] += 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return dict(ranked[:TERMS_PER_ARTICLE])


def assign_stories(terms: Mapping[str, Mapping[str, int]], published: Mapping[str, dt.date | None] | None = None) -> dict[str, str]:
    """Source id -> story id (the id of the story's first source, in source order)."""
    sources = sorted(terms)
    # A name used ten times weighs more than one used once, up to a cap so one name cannot decide.
    keys = [{term: float(min(count, 5)) for term, count in terms[source].items()} for source in sources]
    dates = published or {}

    def close_in_time(source: str, leader: str) -> bool:
        one, other = dates.get(source), dates.get(leader)
        return one is None or other is None or abs((one - other).days) <= STORY_DAYS

    story_of: dict[str, str] = {}
    # An article joins a story when it reads like any of the story's first few articles: coverage
    # of one event drifts from piece to piece, and one leader alone would split it.
    for members in leader_clusters(sources, keys, STORY_THRESHOLD, close_in_time, members_compared=8):
        for number in members:
            story_of[sources[number]] = sources[members[0]]
    return story_of
