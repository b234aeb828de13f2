"""What every extractor shares: the article being read, its sentences, and claim construction."""
from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from typing import Any

from ..models import Article, PublicationDate
from ..text import sentence_spans


@dataclass
class Page:
    """An article prepared for extraction: its text, sentence spans and spans already claimed."""

    article: Article
    sentences: list[tuple[int, int]] = field(default_factory=list)
    taken: list[tuple[int, int]] = field(default_factory=list)
    day_ranges: list[Any] = field(default_factory=list)  # date matches spanning whole days, for durations
    dates: list[Any] = field(default_factory=list)  # date claims, for durations that run from a date

    def __post_init__(self) -> None:
        if not self.sentences:
            self.sentences = sentence_spans(self.article.text, self.article.body_start)
        self._sentence_starts = [start for start, _ in self.sentences]

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def published(self) -> PublicationDate:
        return self.article.source.published

    def sentence_at(self, position: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._sentence_starts, position) - 1
        return self.sentences[max(index, 0)]

    def is_free(self, start: int, end: int) -> bool:
        """False where a dateline or an earlier extractor's claim already covers the span."""
        spans = self.article.skip_spans + self.taken
        return not any(start < taken_end and taken_start < end for taken_start, taken_end in spans)

    def take(self, start: int, end: int) -> None:
        self.taken.append((start, end))


def claim_id(source: str, kind: str, sentence: str, offset_in_sentence: int, text: str) -> str:
    """Stable across runs and across edits elsewhere in the article: depends only on the sentence."""
    digest = hashlib.sha1(f"{source}|{kind}|{sentence}|{offset_in_sentence}|{text}".encode()).hexdigest()
    return f"{kind[0]}{digest[:11]}"


def claim_fields(page: Page, kind: str, start: int, end: int, subject: str) -> dict[str, Any]:
    """The fields every claim carries, with evidence cut from the page so offsets always hold."""
    sentence_start, sentence_end = page.sentence_at(start)
    sentence_end = max(sentence_end, end)
    sentence = page.text[sentence_start:sentence_end]
    text = page.text[start:end]
    source = page.article.source.id
    return {
        "id": claim_id(source, kind, sentence, start - sentence_start, text),
        "source": source, "text": text, "start": start, "end": end,
        "sentence": sentence, "subject": subject,
    }
