"""Synthetic corpora for tests that need many articles: dated, with counts, durations and dates."""
from __future__ import annotations

import random
from pathlib import Path

PLACES = ["Lima", "Quito", "Bogota", "Santiago", "Caracas", "Asuncion", "Montevideo", "La Paz"]
EVENTS = ["trade fair", "summit", "film festival", "energy forum", "book fair", "water conference"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
FILLER = ("Organisers said the programme had been planned for months and that the venue was ready. "
          "Local officials thanked the volunteers, and several speakers praised the open discussions. ")


def article(number: int, edition: int = 0) -> str:
    """A few KB of news about one of a few dozen events; ``edition`` changes the figures."""
    rng = random.Random(number * 7919 + edition)
    place, event = PLACES[number % len(PLACES)], EVENTS[number % len(EVENTS)]
    month, day = MONTHS[number % len(MONTHS)], 1 + number % 27
    visitors = 100 * (1 + number % 40) + 50 * edition
    lines = [
        "---", f"outlet: Outlet {number % 17}", f"published: 2025-{1 + number % 10:02d}-{min(day + 3, 28):02d}", "---",
        f"{place}, {month} {day + 3}, 2025 (AGENCY) -- Nearly {visitors} companies took part in the "
        f"{rng.choice(['two', 'three', 'four'])}-day {place} {event}, which opened on {month} {day}, 2025.",
        f"Attendance rose by {rng.randint(5, 40)} per cent compared with 2024, the organisers said.",
    ]
    lines += [FILLER * 2 + f"More than {rng.randint(10, 90)} delegations came from abroad." for _ in range(6)]
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, count: int, edition: int = 0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"article-{number:05d}.txt").write_text(article(number, edition), encoding="utf-8")
