"""Write a synthetic news corpus: many events, several outlets per event, planted conflicts.

    python bench/generate.py OUT_DIR N [--seed S] [--one-story]

Writes N articles (3-8 KB each) as OUT_DIR/<event>-<article>.txt. Each event (a summit, disaster,
election, company results, sport final, court case, rocket launch or strike) is reported by 3-8
invented outlets; their articles agree on most facts in different words and, for about a third of
the facts, one outlet contradicts the others. Most articles carry front matter, the rest a
dateline. With --one-story all N articles report one event (the alignment scaling test).

The output depends only on N and the seed: event i is the same in every corpus of that seed, so a
corpus of 1,000 is the start of the corpus of 10,000 (bar the last event, cut to fit). Articles
are written as they are made; the corpus is never held in memory.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from events import MONTHS, RANGE_PATTERN, WHEN, Event, Fact, make_event, range_phrase, when_phrase
from vocabulary import Names, filler_paragraphs

FILLER_POOL_SIZE = 3000
ARTICLE_BYTES = (3000, 8000)  # the target length of an article is drawn from this range
FRONT_MATTER_SHARE = 0.75  # the other articles carry a dateline instead
PUBLISH_DELAYS = (0, 1, 1, 2, 3, 5)  # days from the event to an article about it
STORY_SPREAD_DAYS = 20  # one big story keeps being written about for weeks
MAX_DISSENT_PERIOD = 10  # in a big story, one article in ten contradicts a conflicted fact


@dataclass
class Pools:
    names: Names
    filler: list[str]


@dataclass
class Totals:
    articles: int = 0
    bytes: int = 0
    events: int = 0
    planted_conflicts: int = 0


def generate(out_dir: Path, count: int, seed: int = 1, one_story: bool = False) -> Totals:
    """Write count articles into out_dir (created; must hold no articles yet)."""
    pool_rng = random.Random(f"{seed}:pools")
    pools = Pools(Names(pool_rng), filler_paragraphs(pool_rng, FILLER_POOL_SIZE))
    out_dir.mkdir(parents=True, exist_ok=True)
    totals = Totals()
    event_index = 0
    while totals.articles < count:
        event = make_event(event_index, seed, pools.names)
        size = count if one_story else min(event.size, count - totals.articles)
        _write_event(out_dir, event, size, seed, pools, one_story, totals)
        event_index += 1
    return totals


def _write_event(out_dir: Path, event: Event, size: int, seed: int, pools: Pools, one_story: bool,
                 totals: Totals) -> None:
    rng = random.Random(f"{seed}:outlets:{event.index}")
    # Distinct outlets within an ordinary event; a big story has more articles than outlets.
    outlets = [rng.choice(pools.names.outlets) for _ in range(size)] if one_story else rng.sample(pools.names.outlets, size)
    period = min(size, MAX_DISSENT_PERIOD)
    width = 6 if one_story else 2
    for number in range(size):
        article_rng = random.Random(f"{seed}:article:{event.index}:{number}")
        text = render_article(event, number, period, outlets[number], article_rng, pools, one_story)
        data = text.encode("utf-8")
        with open(out_dir / f"{event.index:06d}-{number:0{width}d}.txt", "wb") as handle:
            handle.write(data)
        totals.articles += 1
        totals.bytes += len(data)
    totals.events += 1
    totals.planted_conflicts += sum(fact.conflicted for fact in event.facts)


def render_article(event: Event, number: int, period: int, outlet: str, rng: random.Random, pools: Pools,
                   one_story: bool) -> str:
    delay = rng.randint(0, STORY_SPREAD_DAYS) if one_story else rng.choice(PUBLISH_DELAYS)
    published = event.start + dt.timedelta(days=delay)
    facts = [fact for fact in event.facts if rng.random() < 0.8] or event.facts[:2]
    sentences = [_state(fact, number, period, event.start, published, rng) for fact in facts]
    header, lede_prefix = _opening(event, outlet, published, rng, pools)
    lede = lede_prefix + " ".join(sentences[:2])
    fact_paragraphs = _chunk(sentences[2:], rng)
    target = rng.randint(*ARTICLE_BYTES)
    size = len(header) + len(lede) + sum(len(p) for p in fact_paragraphs)
    blocks: list[str] = []
    while size < target:
        paragraph = pools.filler[rng.randrange(len(pools.filler))]
        paragraph = paragraph.replace("@PLACE@", event.place).replace("@ORG@", event.org)
        blocks.append(paragraph)
        size += len(paragraph) + 2
    # Claims are spread through the body, as in real copy, not bunched at the top.
    for paragraph in fact_paragraphs:
        blocks.insert(rng.randint(0, len(blocks)), paragraph)
    return header + "\n\n".join([lede, *blocks]) + "\n"


def _state(fact: Fact, number: int, period: int, start: dt.date, published: dt.date, rng: random.Random) -> str:
    """One sentence stating the fact; the fact's dissenting articles contradict it."""
    if fact.conflicted and number % period == fact.dissenter % period:
        sentence = rng.choice(fact.conflict)
    else:
        sentence = rng.choice(fact.agree)
    if WHEN in sentence:
        sentence = sentence.replace(WHEN, when_phrase(start, published, rng))
    if "@RANGE:" in sentence:
        sentence = RANGE_PATTERN.sub(lambda match: range_phrase(start, int(match.group(1)), published), sentence)
    return sentence


def _opening(event: Event, outlet: str, published: dt.date, rng: random.Random, pools: Pools) -> tuple[str, str]:
    """Front matter and headline, or a headline and a wire dateline leading into the first paragraph."""
    if rng.random() < FRONT_MATTER_SHARE:
        lines = ["---", f"outlet: {outlet}", f"published: {published.isoformat()}"]
        if rng.random() < 0.5:
            lines.append(f"title: {event.headline}")
        return "\n".join(lines) + "\n---\n" + event.headline + "\n\n", ""
    agency = rng.choice(pools.names.agencies)
    dateline = f"{event.place}, {MONTHS[published.month - 1]} {published.day}, {published.year} ({agency}) -- "
    return event.headline + "\n\n", dateline


def _chunk(sentences: list[str], rng: random.Random) -> list[str]:
    paragraphs = []
    while sentences:
        take = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[:take]))
        sentences = sentences[take:]
    return paragraphs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a synthetic news corpus for the factcheck benchmark.",
                                     epilog="example: python bench/generate.py /tmp/corpus-1000 1000 --seed 1")
    parser.add_argument("out_dir", type=Path, help="folder to write into (created; must hold no articles)")
    parser.add_argument("count", type=int, help="number of articles")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1); same seed, same corpus")
    parser.add_argument("--one-story", action="store_true", help="all articles report one event")
    arguments = parser.parse_args(argv)
    if arguments.count < 1:
        parser.error(f"N must be at least 1, not {arguments.count}")
    if arguments.out_dir.exists() and any(arguments.out_dir.glob("*.txt")):
        print(f"generate: {arguments.out_dir} already holds articles; remove it or choose another folder",
              file=sys.stderr)
        return 2
    started = time.perf_counter()
    totals = generate(arguments.out_dir, arguments.count, arguments.seed, arguments.one_story)
    print(f"generate: {totals.articles:,} articles about {totals.events:,} events ({totals.bytes / 1e6:.1f} MB, "
          f"{totals.planted_conflicts:,} planted conflicts) in {arguments.out_dir} "
          f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
