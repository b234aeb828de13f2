"""The claim kinds: one row per kind, read by every stage that treats kinds apart.

A row names the kind's record (``models.py``), the function that finds it in a page (run in
``extract_rank`` order: a span an earlier kind took is not read again, so a year is a date and
"20 per cent" a percentage, never counts), how alike two claims' subjects must be to line up, the
verdict rule that compares a group, and the case file that pins its extraction. The value records
own what is kind-specific about a value: its interval (``interval()``) and the invariants an
editor's claim must keep (``inconsistency()``).

This module imports only the records, so every stage may read it; the stages resolve the names it
gives (an extractor's module, a rule's family) in their own tables. Adding a kind: its value and
claim records in ``models.py`` (and the ``Kind`` literal), a row here, its extractor module, a case
file; ``tests/test_kinds.py`` checks that each row's pieces exist.
"""
from __future__ import annotations

from dataclasses import dataclass

from .models import ClaimBase, CountClaim, DateClaim, DurationClaim, Kind, MoneyClaim, NameClaim, PercentClaim


@dataclass(frozen=True)
class KindSpec:
    name: str
    claim: type[ClaimBase]
    extractor: str  # "module:function" in factcheck.extract: function(page) -> claims
    extract_rank: int  # extractors run in this order (lowest first); see the module's docstring
    threshold: float  # align: the share of blocking keys two claims' subjects must share
    rule: str  # compare: the verdict rule family (compare.RULES): date, duration, quantity, name
    figure: bool  # a figure of something: its frame names a thing, and other tellings may echo it
    unit: str  # what follows a value in explanations ("12%")
    cases: str  # its case file in tests/cases/


REGISTRY: tuple[KindSpec, ...] = (  # in report order
    KindSpec("date", DateClaim, "dates:extract", 0, 0.5, "date", False, "", "dates.cases"),
    KindSpec("duration", DurationClaim, "durations:extract", 1, 0.5, "duration", False, "", "durations.cases"),
    KindSpec("count", CountClaim, "quantities:extract_counts", 4, 0.5, "quantity", True, "", "counts.cases"),
    KindSpec("percent", PercentClaim, "percents:extract_percents", 3, 0.5, "quantity", True, "%", "percents.cases"),
    KindSpec("money", MoneyClaim, "money:extract", 2, 0.5, "quantity", True, "", "money.cases"),
    KindSpec("name", NameClaim, "names:extract", 5, 1.0, "name", False, "", "names.cases"),
)

KINDS: tuple[Kind, ...] = tuple(spec.name for spec in REGISTRY)  # type: ignore[assignment]
SPEC: dict[str, KindSpec] = {spec.name: spec for spec in REGISTRY}
FIGURES: frozenset[str] = frozenset(spec.name for spec in REGISTRY if spec.figure)
