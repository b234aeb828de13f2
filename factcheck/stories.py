"""Which articles tell the same story: claims are compared only within a story.

A story is found from the names an article keeps using (people, places, organisations: the
capitalised words that do not merely open a sentence). Each article is a vector of its names,
weighted by how often it uses them and by how rare they are in the corpus (a name every article
uses tells nothing); articles are taken in a fixed order and each joins the story whose summed
vector (its centroid) it is most like, when close enough, else starts one. A centroid gathers the
names of every article so far, so a short brief that names two of them still finds its story,
where comparing with one leader article would split the coverage of one event into many. Stories
are looked up through the article's rarest names (bounded: linear in the corpus), and articles
published more than a month apart never share one, so a corpus of thousands of unrelated events
never lines up "at least 40 people" from one flood with "more than 60 people" from another.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping

from .models import Article

TERMS_PER_ARTICLE = 30
# How like a story's centroid an article must be (cosine of name vectors) to join it. Measured on
# real same-event news (bench/realnews.py, stories): 0.2 best balances joining the briefs of one
# event against keeping two events of one kind apart.
STORY_THRESHOLD = 0.2
# An article is compared with the stories found under this many of its rarest names, at most so
# many stories a name: the cost per article is bounded.
BLOCKING_NAMES = 8
STORIES_PER_NAME = 64
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
    dates = published or {}
    frequency = Counter(term for source in sources for term in terms[source])
    total = len(sources)
    vectors = {source: _vector(terms[source], frequency, total) for source in sources}
    stories: list[_Story] = []
    by_name: dict[str, list[int]] = defaultdict(list)
    story_of: dict[str, str] = {}
    for source in sources:
        vector = vectors[source]
        date = dates.get(source)
        # A name no other article uses finds nobody: look stories up by the rarest shared names.
        # (among names an earlier article used: a name only later articles share finds no story yet).
        rarest = sorted((term for term in vector if term in by_name), key=lambda term: (frequency[term], term))[:BLOCKING_NAMES]
        candidates = sorted({number for term in rarest for number in by_name.get(term, ())[:STORIES_PER_NAME]})
        best, best_score = None, 0.0
        for number in candidates:
            story = stories[number]
            if date is not None and any(abs((date - other).days) > STORY_DAYS for other in story.dates):
                continue
            score = story.similarity(vector)
            if score > best_score:
                best, best_score = number, score
        if best is None or best_score < STORY_THRESHOLD:
            best = len(stories)
            stories.append(_Story(source))
        story = stories[best]
        story.add(vector, date)
        for term in vector:
            if best not in by_name[term][-1:]:
                by_name[term].append(best)
        story_of[source] = story.first
    return story_of


def _vector(counts: Mapping[str, int], frequency: Counter[str], total: int) -> dict[str, float]:
    """Names weighted by use (dampened) and rarity in the corpus; a name only one article uses still
    counts for that article's own story."""
    return {term: (1.0 + math.log(count)) * math.log(1.0 + total / frequency[term])
            for term, count in counts.items() if count > 0}


class _Story:
    """A story being gathered: its first source, the sum of its articles' vectors, a few dates."""

    def __init__(self, first: str) -> None:
        self.first = first
        self.centroid: dict[str, float] = {}
        self.norm_squared = 0.0
        self.dates: list[dt.date] = []

    def similarity(self, vector: dict[str, float]) -> float:
        dot = sum(weight * self.centroid.get(term, 0.0) for term, weight in vector.items())
        norms = math.sqrt(sum(weight * weight for weight in vector.values()) * self.norm_squared)
        return dot / norms if norms else 0.0

    def add(self, vector: dict[str, float], date: dt.date | None) -> None:
        for term, weight in vector.items():
            before = self.centroid.get(term, 0.0)
            self.centroid[term] = before + weight
            self.norm_squared += (before + weight) ** 2 - before ** 2
        if date is not None and len(self.dates) < MAX_DATES:
            self.dates.append(date)


# The dates a story keeps to judge whether an article is of its time: its first dated articles.
MAX_DATES = 8
