"""Which articles tell the same story: claims are compared only within a story.

A story is found from the names an article keeps using (people, places, organisations: the
capitalised words that do not merely open a sentence). Each article is a vector of its names,
weighted by how often it uses them and, strongly, by how rare they are in the corpus (with its most
specific figures, which tie a brief to its event as names do: figure_terms): the names of
the kind of event (a union, a league, a ministry) are shared by two events of one kind, the names
of the place and the people mostly are not. A name only one
article uses ties it to nothing and is left out.

How alike two groups of articles are is their average link: the mean cosine over every pair of
articles, one from each, got without comparing any pair as the dot product of the groups' summed
unit vectors over the product of their sizes. Two passes, both bounded (linear in the corpus):
- articles, in a fixed order, each join the story they are most like when clearly alike
  (CORE_THRESHOLD), else start one; stories are looked up through the article's rarest names;
- stories met in the first pass then merge, the most alike pair first, while their average link is
  at least STORY_THRESHOLD: a short brief that shares a few names with each article of its event,
  met before the articles that tie it in, still ends in its story, and one average over all the
  pairs of two stories is harder to fool than the first article a brief happens to meet.
Articles published more than a month apart never share a story, so a corpus of thousands of
unrelated events never lines up "at least 40 people" from one flood with "more than 60 people" from
another. An article without a date cannot be checked that way: its likeness to a dated article
counts half (UNDATED_WEIGHT), so it joins a dated story on stronger names only.
"""
from __future__ import annotations

import datetime as dt
import heapq
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from ..models import Article, ClaimBase
from .keys import head_phrase
from .lead_terms import LEAD_FEW_SHARED, LEAD_FEW_TERMS, LEAD_MARK, lead_terms

TERMS_PER_ARTICLE = 30
# How alike (average link, the mean cosine of name vectors over pairs of articles) two stories must
# be to merge, and an article must be to join a story in the first pass. Measured on real same-event
# news (bench/realnews.py, stories): with these, F1 is above 0.9 with the articles' dates (0.91) and
# without any (0.92); a lower merge threshold (0.15) gains a little with dates and joins two events
# of one kind when no article is dated (0.88). The first pass matters less (0.2 to 0.5 alike).
STORY_THRESHOLD = 0.2
CORE_THRESHOLD = 0.3
# How much the likeness of a dated and an undated article counts: the date gate cannot vouch for it.
UNDATED_WEIGHT = 0.5
# Rarity counts squared: a shared rare name (the place, the people) must outweigh a few shared
# names of the kind of event.
IDF_POWER = 2
# Rarity is measured as if the corpus held at least this many articles: in a corpus of one event,
# the names every article uses are that event's, still rare names in the news, and must not count
# for less than a name two of its articles share (which would split the event into stories).
REFERENCE_ARTICLES = 300
# An article is compared with the stories found under this many of its rarest names, at most so
# many stories a name: the cost per article is bounded.
BLOCKING_NAMES = 8
STORIES_PER_NAME = 64
# Every article's vector also weighs this share of a name only two articles use on no term (_unit):
# an article that shares one weak term and tells little else is not wholly like the article it
# shares it with. Measured: dev stories precision 0.983 -> 0.987 at the same F1 (0.915), one mix
# fewer among the review sets read as one corpus; 0.5 costs dev recall (F1 0.897).
PRIOR_SHARE = 0.3
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
# A capital not after a letter, digit, apostrophe or hyphen. The look-behind comes after the capital
# (and spans it): re then looks for capitals alone, instead of trying the look-behind at every character.
# Letters beyond ASCII count ("Zürich", "Nazaré", "Ángel"): the capital class also holds Latin-1's and
# Latin Extended-A's capitals (the latter mixed with small letters: story_terms keeps only a capital).
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ž"
_CAPITALISED = re.compile(rf"[{_CAPITAL}](?<![\w'’-][{_CAPITAL}])[^\W\d_]*(?:[-’'][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s?$")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:\"“”]\s+|\n\s*)$")
_LONG_WORD = re.compile(r"\b[A-Za-z]{4,}")
# A line of at most so many characters whose longer words are capitalised this often is a headline
# in title case.
HEADLINE_CHARS = 200
TITLE_CASE_SHARE = 0.75


def story_terms(article: Article) -> dict[str, int]:
    """The names an article uses most, in lower case, with how often it uses each (at most
    TERMS_PER_ARTICLE). A capitalised word that opens a sentence or stands in a headline written in
    title case counts only when the article also capitalises it mid-sentence: then it is a name
    (a brief that opens every sentence with the company's name still names it), else it is the
    first word of a sentence or a headline's "Hire", "Head" and "Coach"."""
    text = article.text
    counts: dict[str, int] = {}
    unsure: dict[str, int] = {}
    skip = article.skip_spans
    body_start = article.body_start
    opening = _SENTENCE_OPENING.search
    line_end, headline = -1, False  # the end of the line of the last word, and whether it is a headline
    # Run once per capitalised word of every article: each test is
    # taken once, and the possessive pattern only where an apostrophe is.
    for match in _CAPITALISED.finditer(text, body_start):
        word = match.group()
        if len(word) < 3:
            continue
        if not word.isascii():
            if not word[0].isupper():
                continue
            word = _folded(word)
        word = word.lower()
        if word in COMMON_CAPITALISED:
            continue
        at = match.start()
        if skip and any(start <= at < end for start, end in skip):
            continue  # a dateline names the outlet, not the story
        if "'" in word or "’" in word:
            word = _POSSESSIVE.sub("", word)
        if at > line_end:
            line_end, headline = _line_of(text, at)
        tally = unsure if headline or opening(text, max(body_start, at - 3), at) else counts
        tally[word] = tally.get(word, 0) + 1
    for word, count in unsure.items():
        if word in counts:
            counts[word] += count
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return dict(ranked[:TERMS_PER_ARTICLE])


# The figures an article states tie it to its event as its names do: two articles that both give
# "4.4%", "1,104" and "$2.35 billion" report one event even when they share few names (a wire story
# and a local paper's brief). Only figures specific enough not to recur by chance count: at least
# two significant digits ("4.4%", "427", "718,000"), and for counts at least 100 ("12 people" and
# "300 companies" are said of many events alike); never a hedged one ("about 150", "more than 1,900"):
# an estimate names no event, and two outlets round it differently. A count's term carries what it
# counts: "187,000 jobs" added in one country ties nothing to "187,000 children" vaccinated in another.
FIGURES_PER_ARTICLE = 12
MIN_COUNT_FIGURE = 100
# Two outlets round one figure differently (58.2% and 58.3%, £44.2m and £44m), and an editor's
# discrepancy is a figure one article states otherwise: a figure's rounded kin term ties such articles,
# so a story never hangs on its figures agreeing to the last digit. It weighs half a figure: a rounded
# figure is less specific than the stated one.
ROUGHLY = "~"
ROUGH_WEIGHT = 0.5
LEAD_PLAIN = LEAD_MARK[len(ROUGHLY):]


def article_terms(article: Article, claims: Iterable[ClaimBase]) -> dict[str, int]:
    """What tells an article's story: its names and its specific figures (the ledger keeps them)."""
    terms = story_terms(article) | figure_terms(claims)
    if len(terms) < LEAD_FEW_TERMS:  # a brief that names little: its headline and lead tell its story
        terms = lead_terms(article) | terms
    return terms


def figure_terms(claims: Iterable[ClaimBase]) -> dict[str, int]:
    """An article's specific figures as terms ("%4.4", "#1104", "usd$2350000000"), with how often
    it states each (at most FIGURES_PER_ARTICLE)."""
    counts: Counter[tuple[str, str]] = Counter()
    for claim in claims:
        value = getattr(claim, "value", None)
        stated = getattr(value, "stated", None)
        if claim.kind not in ("count", "percent", "money") or stated is None or value.vague or value.rank or value.hedge:
            continue
        if not _specific(stated) or (claim.kind == "count" and stated < MIN_COUNT_FIGURE):
            continue
        unit = {"count": "#", "percent": "%"}.get(claim.kind) or f"{value.currency.lower()}$"
        # what it counts: 187,000 jobs added are no event's 187,000 children
        thing = f":{head_phrase(claim.frame.thing or '')[1]}" if claim.kind == "count" else ""
        rounded = f"{ROUGHLY}{unit}{_rounded(stated):g}{thing}" if _digits(stated) > 2 else ""
        counts[(f"{unit}{stated:g}{thing}", rounded)] += 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:FIGURES_PER_ARTICLE]
    return _with_kin(ranked)


def _with_kin(ranked: list[tuple[tuple[str, str], int]]) -> dict[str, int]:
    """Each figure's term and, for a figure of three digits or more, its rounded kin: the figure with
    one significant digit fewer ("~%58" for 58.2%, which meets 58.3% and 58%; "~gbp$4.4e+07" for
    £44.2m, which meets £44m), which counts for less (ROUGH_WEIGHT) than a figure itself."""
    terms: dict[str, int] = {}
    for kin, count in ranked:
        for term in filter(None, kin):
            terms[term] = terms.get(term, 0) + count
    return terms


def _specific(figure: float) -> bool:
    """At least two significant digits: 4.4, 26, 427, 718,000 (not 5, 20, 300, 2,000,000)."""
    return _digits(figure) >= 2


def _digits(figure: float) -> int:
    """How many significant digits a figure is stated with: 2 for 4.4 and 44 million, 3 for 718,000."""
    return len(f"{figure:.6g}".split("e")[0].replace(".", "").lstrip("0-").rstrip("0"))


def _rounded(figure: float) -> float:
    """The figure rounded by one significant digit, to no fewer than two: 58.2 -> 58, 1,283 -> 1,280."""
    return float(f"{figure:.{max(2, _digits(figure) - 1)}g}")


def _folded(word: str) -> str:
    """A word without its accents: one outlet writes "Nazaré", another "Nazare"."""
    return "".join(char for char in unicodedata.normalize("NFKD", word) if not unicodedata.combining(char))


def _line_of(text: str, position: int) -> tuple[int, bool]:
    """The end of the line at position, and whether the line is a headline in title case: short,
    and most of its longer words capitalised."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    words = _LONG_WORD.findall(text, start, end) if end - start <= HEADLINE_CHARS else []
    return end, len(words) >= 3 and sum(word[0].isupper() for word in words) >= TITLE_CASE_SHARE * len(words)


def assign_stories(terms: Mapping[str, Mapping[str, int]], published: Mapping[str, dt.date | None] | None = None) -> dict[str, str]:
    """Source id -> story id (the id of the story's first source, in source order)."""
    sources = sorted(terms)
    dates = published or {}
    frequency = Counter(term for source in sources for term in {_plain(term) for term in terms[source]})
    total = max(len(sources), REFERENCE_ARTICLES)
    prior = PRIOR_SHARE * math.log(1.0 + total / 2) ** IDF_POWER  # a share of a name two articles share
    stories: list[_Story] = []
    by_name: dict[str, list[int]] = defaultdict(list)
    story_at: list[int] = []  # each source's story, by its place in ``sources``
    neighbours: list[set[int]] = []  # stories an article of each story was alike enough to
    for place, source in enumerate(sources):
        vector = _unit(_vector(terms[source], frequency, total), prior)
        date = dates.get(source)
        # A name no other article uses finds nobody: look stories up by the rarest shared names
        # (among names an earlier article used: a name only later articles share finds no story yet).
        rarest = sorted((term for term in vector if term in by_name), key=lambda term: (frequency[term], term))[:BLOCKING_NAMES]
        candidates = sorted({number for term in rarest for number in by_name[term][:STORIES_PER_NAME]})
        scores = {number: stories[number].likeness(vector, date is not None) for number in candidates
                  if stories[number].of_its_time(date, date)}
        best = max(scores, key=lambda number: (scores[number], -number), default=None)
        if best is None or scores[best] < CORE_THRESHOLD:
            best = len(stories)
            stories.append(_Story(place))
            neighbours.append(set())
        stories[best].add(vector, date)
        # Only the stories this article is alike enough to may later merge with its own.
        neighbours[best].update(number for number, score in scores.items()
                                if score >= STORY_THRESHOLD and number != best)
        for term in vector:
            if best not in by_name[term][-1:]:
                by_name[term].append(best)
        story_at.append(best)
    merged = _merge(stories, neighbours)
    return {source: sources[stories[merged[number]].first] for source, number in zip(sources, story_at)}


def _merge(stories: list[_Story], neighbours: list[set[int]]) -> list[int]:
    """Join stories whose articles are, on average, alike enough (average link, best pair first):
    the coverage of one event that the first pass split, as articles came in an order that met a
    brief before the article that ties it to its story. Returns each story's surviving story."""
    into = list(range(len(stories)))

    def find(number: int) -> int:
        while into[number] != number:
            into[number] = into[into[number]]
            number = into[number]
        return number

    version = [0] * len(stories)
    heap = []
    pairs = sorted({(min(number, other), max(number, other))
                    for number, others in enumerate(neighbours) for other in others})
    for low, high in pairs:
        neighbours[low].add(high)
        neighbours[high].add(low)
        if stories[low].joins(stories[high]):
            heap.append((-stories[low].link(stories[high]), low, high, 0, 0))
    heapq.heapify(heap)
    while heap:
        _, a, b, version_a, version_b = heapq.heappop(heap)
        if into[a] != a or into[b] != b or version[a] != version_a or version[b] != version_b:
            continue
        if stories[b].first < stories[a].first:
            a, b = b, a
        stories[a].absorb(stories[b])
        into[b] = a
        version[a] += 1
        neighbours[a] = {find(n) for n in neighbours[a] | neighbours[b]} - {a}
        neighbours[b] = set()
        for other in sorted(neighbours[a]):
            if stories[a].joins(stories[other]):
                low, high = min(a, other), max(a, other)
                heapq.heappush(heap, (-stories[a].link(stories[other]), low, high, version[low], version[high]))
    return [find(number) for number in range(len(stories))]


def _vector(counts: Mapping[str, int], frequency: Counter[str], total: int) -> dict[str, float]:
    """Names weighted by use (dampened) and rarity in the corpus; a name no other article uses
    would only make the article less like every story. A rounded figure ("~%58") is the figure it
    rounds to ("%58", as another article may state it) at ROUGH_WEIGHT."""
    vector: dict[str, float] = {}
    for term, count in counts.items():
        plain = _plain(term)
        if count > 0 and frequency[plain] > 1:
            weight = (ROUGH_WEIGHT if plain != term else 1.0) * (1.0 + math.log(count))
            vector[plain] = max(vector.get(plain, 0.0), weight * math.log(1.0 + total / frequency[plain]) ** IDF_POWER)
    # A lead's words tell the story of an article that shares too few names and figures with others.
    if sum(not term.startswith(LEAD_PLAIN) for term in vector) >= LEAD_FEW_SHARED:
        vector = {term: weight for term, weight in vector.items() if not term.startswith(LEAD_PLAIN)}
    return vector


def _plain(term: str) -> str:
    return term[len(ROUGHLY):] if term.startswith(ROUGHLY) else term


def _unit(vector: dict[str, float], prior: float = 0.0) -> dict[str, float]:
    """The vector over its length, and a prior weight on no term: an article with a term or two
    is not wholly alike to another through one weak term (a rounded figure, a name of the kind
    of event), as if it also told something neither shares."""
    norm = math.sqrt(sum(weight * weight for weight in vector.values()) + prior * prior)
    return {term: weight / norm for term, weight in vector.items()} if norm else {}


def _dot(one: Mapping[str, float], other: Mapping[str, float]) -> float:
    if len(other) < len(one):
        one, other = other, one
    return sum(weight * other.get(term, 0.0) for term, weight in one.items())


class _Story:
    """A story being gathered: its first source (by place in source order), the sums of its dated
    and of its undated articles' unit vectors, and the span of its dates.

    The average likeness of two groups of articles (the mean cosine over every pair, one from each)
    is the dot product of their sums over the product of their sizes: no pair is ever compared."""

    def __init__(self, first: int) -> None:
        self.first = first
        self.dated: dict[str, float] = {}
        self.undated: dict[str, float] = {}
        self.size = 0
        self.earliest: dt.date | None = None
        self.latest: dt.date | None = None

    def of_its_time(self, earliest: dt.date | None, latest: dt.date | None) -> bool:
        """Whether dates from earliest to latest keep the story within STORY_DAYS."""
        if earliest is None or self.earliest is None:
            return True
        return (max(latest, self.latest) - min(earliest, self.earliest)).days <= STORY_DAYS

    def likeness(self, vector: dict[str, float], dated: bool) -> float:
        """The average cosine of an article with the story's articles."""
        same, other = (self.dated, self.undated) if dated else (self.undated, self.dated)
        return (_dot(vector, same) + UNDATED_WEIGHT * _dot(vector, other)) / self.size

    def link(self, other: _Story) -> float:
        """The average cosine of the articles of two stories, pair by pair."""
        alike = _dot(self.dated, other.dated) + _dot(self.undated, other.undated)
        unlike = _dot(self.dated, other.undated) + _dot(self.undated, other.dated)
        return (alike + UNDATED_WEIGHT * unlike) / (self.size * other.size)

    def joins(self, other: _Story) -> bool:
        return other.of_its_time(self.earliest, self.latest) and self.link(other) >= STORY_THRESHOLD

    def add(self, vector: dict[str, float], date: dt.date | None) -> None:
        _add_to(self.dated if date is not None else self.undated, vector)
        self.size += 1
        self._span(date, date)

    def absorb(self, other: _Story) -> None:
        _add_to(self.dated, other.dated)
        _add_to(self.undated, other.undated)
        self.size += other.size
        self.first = min(self.first, other.first)
        self._span(other.earliest, other.latest)

    def _span(self, earliest: dt.date | None, latest: dt.date | None) -> None:
        if earliest is not None and latest is not None:
            self.earliest = earliest if self.earliest is None else min(self.earliest, earliest)
            self.latest = latest if self.latest is None else max(self.latest, latest)


def _add_to(total: dict[str, float], vector: Mapping[str, float]) -> None:
    for term, weight in vector.items():
        total[term] = total.get(term, 0.0) + weight
