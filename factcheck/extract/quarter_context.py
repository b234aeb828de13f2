"""Whether "the fourth quarter" of an article is a calendar quarter: it is spoken of with money,
output or the economy, and sport has quarters too (news_dates.py, seasons.py)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..chrono import FULL_MONTH_NAMES

if TYPE_CHECKING:
    from .base import Page

_BUSINESS = re.compile(
    r"\b(?:profits?|revenues?|sales|earnings|income|net loss|operating loss|results|growth|GDP|economy|economic|fiscal|"
    r"financial|shares?|dividends?|margins?|shipments|output|production|deliveries|orders|exports|imports|"
    r"inflation|unemployment|quarterly|per cent|percent|%|\$|€|£|billion|million|year-on-year|forecasts?|"
    r"analysts?|investors?|customers|subscribers|spending|deal|merger|acquisition|takeover|figures|statistics)\b|[$€£%]", re.I)
_GAME = re.compile(r"\b(?:touchdowns?|goals?|scored|scoring|games?|matches|match|points|innings?|halftime|"
                   r"quarterback|playoffs?|rebounds|field goal|penalty|minutes? left|lead)\b", re.I)
_ECONOMY = re.compile(_BUSINESS.pattern + r"|\b(?:hiring|jobs?|employ\w*|layoffs|payrolls|prices|firms|"
                      r"compan(?:y|ies)|markets?|wages)\b", re.I)
_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
# A month right before "27-28" makes it a range of days, not a score.
_MONTH_BEFORE = re.compile(rf"(?:{FULL_MONTH_NAMES}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.) $")


def calendar_quarter(page: Page, position: int) -> bool:
    """The quarter at position is a calendar one: no game in its sentence, and money or output in
    it, or an article on the economy ("Hiring picked up") with no game and no score anywhere (not
    "the Comets pulled away in the fourth quarter")."""
    start, end = page.sentence_at(position)
    if _GAME.search(page.text, start, end):
        return False
    if _BUSINESS.search(page.text, start, end):
        return True
    return _on_the_economy(page.text)


@lru_cache(maxsize=16)
def _on_the_economy(text: str) -> bool:
    """Whether the whole article speaks of the economy and of no game or score: one answer a page,
    kept for its other quarters (each search reads the whole text, case-blind)."""
    return bool(_ECONOMY.search(text)) and not _GAME.search(text) and not _has_score(text)


def _has_score(text: str) -> bool:
    return any(not _MONTH_BEFORE.search(text[max(0, found.start() - 10):found.start()]) for found in _SCORE.finditer(text))
