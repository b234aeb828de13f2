"""Every record the pipeline passes between its stages.

The JSON report and the claim ledgers are these models dumped with pydantic; their JSON Schema is
published from here (``factcheck schema``) and must stay backward compatible once released.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

Kind = Literal["date", "duration", "count", "percent", "money", "name"]  # one row each in kinds.py
Verdict = Literal["conflict", "compatible", "agree", "single"]
VERDICTS: tuple[str, ...] = ("conflict", "compatible", "agree", "single")
Granularity = Literal["day", "week", "month", "season", "quarter", "year", "decade", "century", "half"]


class Record(BaseModel):
    """Base of all records: unknown fields are errors, so a hand-edited typo is caught."""

    model_config = ConfigDict(extra="forbid")


class PublicationDate(Record):
    """When an article was published, as far as the article (or its corpus) tells.

    ``year`` may be unknown while month and day are known (a dateline such as "Quito, April 24").
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    method: Literal["metadata", "dateline", "inferred", "unknown", "address", "stamp"] = Field(
        "unknown", description="metadata (front matter), dateline, stamp (a page stamp such as 'Posted on May 2, "
        "2013'), address (the date in the page's url), inferred (a year-less dateline given a year), unknown")
    evidence: str | None = Field(None, description="the text the date was read from, or why a year was inferred")

    @property
    def date(self) -> dt.date | None:
        if self.year and self.month and self.day:
            try:
                return dt.date(self.year, self.month, self.day)
            except ValueError:  # a record made elsewhere (a hand-edited ledger) may name 29 Feb 2025
                return None
        return None

    def label(self) -> str:
        if self.date:
            return self.date.isoformat()
        if self.month and self.day:
            return f"--{self.month:02d}-{self.day:02d}"
        return "unknown"


class Source(Record):
    id: str
    path: str
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    published: PublicationDate = PublicationDate()
    content_hash: str = Field(description="sha256 of the file's bytes")
    story: str | None = Field(None, description="in reports: the id of the first source of the story this one belongs to")


class Problem(Record):
    path: str
    reason: str
    code: str = Field(description="a stable short code, e.g. 'unreadable', 'frontmatter'")


# --- claim values ---------------------------------------------------------------------------------

class DateValue(Record):
    """An interval with a granularity: never a made-up day or month.

    ``start``/``end`` are None when the date could not be placed in time (a relative date with no
    publication date, or a day and month with no year: then ``month``/``day`` keep what is known).
    """

    start: dt.date | None
    end: dt.date | None
    granularity: Granularity
    resolution: Literal["absolute", "relative", "year-inferred", "unresolved"] = "absolute"
    relative_to: dt.date | None = Field(None, description="the publication date a relative date was resolved against")
    month: int | None = None
    day: int | None = None
    note: str | None = Field(None, description="how a relative or partial date was read")
    timex: str | None = Field(None, description="the TIMEX3 value: 2013-06-05, 2013-06, 2012-Q3, 1998-W12, 199 "
                              "(a decade), 19 (a century), PAST_REF...; an ISO interval a/b for a span")
    mod: Literal["START", "MID", "END"] | None = Field(None, description="TIMEX3 mod: early (START), mid, late (END)")

    def interval(self) -> tuple[float, float] | None:
        """The days it covers, as ordinals; None when it is not placed in time."""
        return None if self.start is None or self.end is None else (self.start.toordinal(), self.end.toordinal())

    def inconsistency(self) -> tuple[str, str] | None:
        """(field, what is wrong) when the value contradicts itself (an editor's claim may), else None."""
        if (self.start is None) != (self.end is None):
            return "end" if self.end is None else "start", "a date needs both start and end, or neither"
        if self.start is not None and self.start > self.end:
            return "end", f"end {self.end} is before start {self.start}"
        if self.resolution == "relative" and self.relative_to is None:
            return "resolution", "a relative date needs relative_to: the date it was read against"
        return None


class DurationValue(Record):
    """A length of time in days, as a range (a "two-day" visit is 2..2; "three decades" is ~30 years)."""

    min_days: float
    max_days: float
    amount: float | None = None
    unit: Literal["day", "week", "month", "year", "decade", "century", "hour", "minute", "second", "night"] = "day"
    basis: Literal["stated", "range"] = "stated"
    range_start: dt.date | None = None
    range_end: dt.date | None = None
    anchor: Literal["after", "since", "past"] | None = Field(
        None, description="a duration that runs from another event: 'nine months after X', 'over the past N years'")
    anchor_text: str | None = Field(None, description="the event it runs from, as written ('after X')")
    anchor_claim: str | None = Field(None, description="id of the date claim it runs from, when the article gives one")

    def interval(self) -> tuple[float, float] | None:
        return self.min_days, self.max_days

    def inconsistency(self) -> tuple[str, str] | None:
        if self.min_days > self.max_days:
            return "max_days", f"max_days {self.max_days:g} is below min_days {self.min_days:g}"
        if self.basis == "range" and None in (self.amount, self.range_start, self.range_end):
            return "basis", "a range duration needs amount, range_start and range_end"
        if self.anchor is not None and self.amount is None:
            return "anchor", "a duration that runs from an event needs its amount"
        return None


class QuantityValue(Record):
    """A number shaped by its hedge into a range; None on a side means unbounded.

    ``vague`` keeps a quantity with no number ("numerous", "dozens of"); ``rank`` marks "top five".
    """

    stated: float | None = None
    low: float | None = None
    high: float | None = None
    hedge: str | None = None
    vague: str | None = None
    rank: bool = False

    def interval(self) -> tuple[float, float] | None:
        return (self.low if self.low is not None else 0.0, self.high if self.high is not None else float("inf"))

    def inconsistency(self) -> tuple[str, str] | None:
        if self.low is not None and self.high is not None and self.low > self.high:
            return "high", f"high {self.high:g} is below low {self.low:g}"
        return None


class MoneyValue(QuantityValue):
    """An amount of money: a range shaped by its hedge, in one currency (never compared across currencies)."""

    currency: str = Field(description="ISO 4217 code where the symbol or word tells it (USD, GBP, EUR...), else the symbol as written")


class PercentValue(QuantityValue):
    change: Literal["rise", "fall"] | None = None
    period: str | None = Field(None, description="the period the figure is about, e.g. '2024'")


class NameValue(Record):
    doc_type: str = Field(description="declaration, statement, agreement, memorandum, treaty, ...")
    topic: str = Field(description="what the document is about, normalised; '' when the text does not say")
    qualifiers: list[str] = Field(default_factory=list, description="joint, intergovernmental, ...")

    def interval(self) -> tuple[float, float] | None:
        return None  # a name is no number

    def inconsistency(self) -> tuple[str, str] | None:
        if not self.doc_type.strip():
            return "doc_type", "doc_type is empty: say what kind of document it is (declaration, statement...)"
        return None


# --- claims ---------------------------------------------------------------------------------------

class Frame(Record):
    """What a claim is about, read from its own sentence; claims line up only when frames agree."""

    event: str | None = Field(None, description="the event or measure the figure belongs to, as a lemma: die, injure, arrest, rise, turnout")
    holder: str | None = Field(None, description="the person, team, company or place named with the figure")
    thing: str | None = Field(None, description="the counted or measured thing, with its modifiers")
    scope: str | None = Field(None, description="which part of a total: total, so far, part, career, season, rate, average, more, remaining, period, limit, need (what was still needed: 'needed nine points'), whole (the M of a statistic's 'N of M': '24 of 37 passes'), play (one play's length: 'ran 40 yards for the touchdown'), base (the earlier figure a change is measured from: 'up from 58 percent'), forecast (what was predicted, sought or proposed: 'polls had predicted it would win 20 seats'), gap (the time since the last such event: 'the first visit in 12 years'), margin (a difference: '12 points clear'), annualised (a change at its yearly pace: 'at an annual rate of 2 percent') (joined by +); for a date, modifier when it only names something ('the 2009 season'), reported when it follows a report of another act ('announced he would leave in June': the report's date or the act's)")
    when: str | None = Field(None, description="the past time its own clause dates the figure to ('In 2004, a tsunami killed ...'), as start/end ISO dates")


class ClaimBase(Record):
    id: str = Field(description="stable id: source, kind and the claim's text and place in its sentence")
    source: str
    text: str
    start: int
    end: int
    line: int | None = Field(None, description="the line start is on, from 1 (lines end at newline characters); "
                             "an editor's claim may leave it out: it is filled in from the article")
    column: int | None = Field(None, description="where start is on its line, in characters from 1")
    sentence: str
    subject: str
    origin: Literal["machine", "editor"] = "machine"
    frame: Frame = Field(default_factory=Frame, description="what the claim is about: event, holder, thing, scope")


class DateClaim(ClaimBase):
    kind: Literal["date"] = "date"
    value: DateValue


class DurationClaim(ClaimBase):
    kind: Literal["duration"] = "duration"
    value: DurationValue


class CountClaim(ClaimBase):
    kind: Literal["count"] = "count"
    value: QuantityValue


class PercentClaim(ClaimBase):
    kind: Literal["percent"] = "percent"
    value: PercentValue


class MoneyClaim(ClaimBase):
    kind: Literal["money"] = "money"
    value: MoneyValue


class NameClaim(ClaimBase):
    kind: Literal["name"] = "name"
    value: NameValue


Claim = Annotated[
    Union[DateClaim, DurationClaim, CountClaim, PercentClaim, MoneyClaim, NameClaim], Field(discriminator="kind")
]


class Article(Record):
    """A loaded source: its record, its decoded text, and where the article body starts."""

    source: Source
    text: str
    body_start: int = 0
    skip_spans: list[tuple[int, int]] = Field(default_factory=list, description="dateline spans: not claims")
    date_readings: list[dt.date] = Field(default_factory=list, description=(
        "a page stamp's two readings (day or month first) when nothing in the article settles which"))


# --- findings and the report ----------------------------------------------------------------------

class Review(Record):
    status: Literal["confirmed", "dismissed", "explained"]
    note: str = ""
    fingerprint: str = Field("", description="the finding's claims when reviewed; a change makes it unreviewed")


class Finding(Record):
    id: str
    verdict: Verdict
    kind: Kind
    subject: str
    explanation: str
    claims: list[Claim]
    fingerprint: str = Field("", description="hash of the finding's claims and verdict")
    review: Review | None = None

    @property
    def reviewed(self) -> bool:
        return self.review is not None and self.review.fingerprint == self.fingerprint


class Report(Record):
    schema_version: str = SCHEMA_VERSION
    sources: list[Source]
    findings: list[Finding]
    problems: list[Problem] = Field(default_factory=list)

    def summary(self) -> dict[str, int]:
        counts = {verdict: 0 for verdict in VERDICTS}
        for finding in self.findings:
            counts[finding.verdict] += 1
        return counts


class Ledger(Record):
    """claims/<source-id>.json: what the machine extracted, kept apart from what editors changed."""

    schema_version: str = SCHEMA_VERSION
    extractor_version: str
    source: Source
    claims: list[Claim]
    terms: dict[str, int] = Field(default_factory=dict, description="the names the article uses most: finds its story")
    edits: "LedgerEdits" = Field(default_factory=lambda: LedgerEdits())


class LedgerEdits(Record):
    """Editors' corrections; the machine never writes here, and re-extraction keeps them."""

    rejected: list[str] = Field(default_factory=list, description="ids of claims that are wrong")
    subjects: dict[str, str] = Field(default_factory=dict, description="claim id -> corrected subject")
    added: list[Claim] = Field(default_factory=list, description="claims added by hand (origin: editor)")


Ledger.model_rebuild()
