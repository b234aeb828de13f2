"""Properties over generated input: no text crashes extraction, no set of claims crashes
comparison, and every report renders into a file its own format can read back.

Claims are generated with any values their records accept, as an editor may write them by hand in
a ledger's ``added`` block; texts mix article-like phrases with markup, separators and formula
openers, so escaping is tried as often as extraction.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.align.align import align
from factcheck.compare.compare import compare, order_findings
from factcheck.compare.derive import derived_findings
from factcheck.extract import extract_claims
from factcheck.load.corpus import parse_article
from factcheck.models import (
    Article,
    CountClaim,
    DateClaim,
    DateValue,
    DurationClaim,
    DurationValue,
    Finding,
    Ledger,
    NameClaim,
    NameValue,
    PercentClaim,
    PercentValue,
    Problem,
    PublicationDate,
    QuantityValue,
    Report,
    Review,
    Source,
)
from factcheck.report.formats import FORMATS, render
from factcheck.report.fragments import Context, Tally
from factcheck.store.ledger import claim_inconsistency

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PHRASES = [
    "Nearly 300 companies", "around 300 firms", "more than 20", "top five", "dozens of", "numerous",
    "on April 22, 2025", "in July 2024", "the 1990s", "in 1993", "today", "on Wednesday", "last year",
    "a two-day visit", "from Tuesday to Thursday", "for three decades", "nine months after the talks",
    "20 per cent", "rose by 20%", "fell 3.5 percent", "Joint Declaration on Strategic Partnership",
    "a memorandum of understanding", "the Joint Statement", "signed an agreement on trade", "Mr. Smith",
    "Lima, Peru, April 25, 2025 (AGENCY) --", "Quito, April 24, AZ NEWS", "date 2025-04-25", "---",
    "published: 2025-13-45", "outlet: X", "1,000,000", "0.5", "-3", "31 February", "9999", "twenty-three",
]
HOSTILE = ["<x-evil>", "</td></tr><x-evil>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
           "|", "\\", "\\|", "`", "**", "[a](javascript:x)", "&amp;", "-->", "=cmd|' /C calc'!A0", "+1", "-1",
           "@SUM(A1)", "\t", '"', "'", "\u202e", "\ufffd", "é", "中文", "\U0001f600"]
SEPARATORS = [" ", " ", " ", ". ", ", ", "\n", "\r\n", "\n\n", "; ", ": ", " - ", "(", ")", '"']

# Text an article can hold once decoded: no surrogates, and control codes only where the decoder
# keeps them (tab and line breaks).
plain_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\r\t"), max_size=40)
article_text = st.lists(st.sampled_from(PHRASES) | st.sampled_from(SEPARATORS) | st.sampled_from(HOSTILE) | plain_text,
                        max_size=60).map("".join)
published_dates = st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@SETTINGS
@given(text=article_text, published=published_dates)
def test_any_text_extracts_with_offsets_that_hold(text, published):
    problems: list[Problem] = []
    article = parse_article(text, "source", "source.txt", "-", problems)
    if published is not None:
        article.source.published = PublicationDate(year=published.year, month=published.month, day=published.day,
                                                   method="metadata")
    claims = extract_claims(article)
    for claim in claims:
        assert text[claim.start:claim.end] == claim.text
        assert claim.text in claim.sentence
        assert claim_inconsistency(claim) is None, claim  # what a ledger accepts from an editor, too
    ledger = Ledger(extractor_version="-", source=article.source, claims=claims)
    assert Ledger.model_validate_json(ledger.model_dump_json()) == ledger  # every claim fits in a ledger


@SETTINGS
@given(text=st.text(max_size=200))
def test_any_unicode_text_extracts(text):
    text = re.sub(r"[\ud800-\udfff]", "", text)
    for claim in extract_claims(Article(source=Source(id="s", path="s.txt", content_hash="-"), text=text)):
        assert text[claim.start:claim.end] == claim.text


# --- claims as an editor may write them ------------------------------------------------------------
# Any values their records accept, within what a ledger accepts from an editor (ledger.py's
# claim_inconsistency: a date's start before its end, and the like).

sources = st.sampled_from(["a", "b", "c", "d"])
subjects = st.sampled_from(["companies", "trade", "state visit", "joint statement on partnership", "", "visit",
                            "the talks", "Chinese companies operating in the country"]) | plain_text
small_floats = st.none() | st.floats(min_value=-1e12, max_value=1e12, allow_nan=False)
days = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
dates = st.none() | st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
text = st.sampled_from(PHRASES + HOSTILE) | plain_text


def _common(kind: str):
    return st.fixed_dictionaries({
        "id": st.text("0123456789abcdef", min_size=4, max_size=12).map(lambda digits: kind[0] + digits),
        "source": sources, "text": text, "start": st.integers(-5, 5000), "end": st.integers(-5, 5000),
        "sentence": text, "subject": subjects, "origin": st.sampled_from(["machine", "editor"]),
    })


def _ordered(pair):
    return tuple(sorted(pair)) if None not in pair else (None, None)


@st.composite
def date_values(draw):
    start, end = _ordered((draw(dates), draw(dates)))
    resolution = draw(st.sampled_from(["absolute", "relative", "year-inferred", "unresolved"]))
    relative_to = draw(st.dates() if resolution == "relative" else dates)
    return DateValue(start=start, end=end, resolution=resolution, relative_to=relative_to,
                     granularity=draw(st.sampled_from(["day", "week", "month", "season", "quarter", "year", "decade",
                                                       "century"])),
                     month=draw(st.none() | st.integers(-1, 14)), day=draw(st.none() | st.integers(-1, 40)),
                     note=draw(st.none() | text))


@st.composite
def duration_values(draw):
    low, high = sorted((draw(days), draw(days)))
    basis = draw(st.sampled_from(["stated", "range"]))
    anchor = draw(st.none() | st.sampled_from(["after", "since", "past"]))
    needs_amount = basis == "range" or anchor is not None
    range_start, range_end = (draw(st.dates()), draw(st.dates())) if basis == "range" else (draw(dates), draw(dates))
    return DurationValue(
        min_days=low, max_days=high, amount=draw(days if needs_amount else small_floats),
        unit=draw(st.sampled_from(["day", "week", "month", "year", "decade", "century"])), basis=basis,
        range_start=range_start, range_end=range_end, anchor=anchor, anchor_text=draw(st.none() | text),
        anchor_claim=draw(st.none() | st.text("d0123456789abcdef", max_size=12)))


@st.composite
def quantity_fields(draw):
    low, high = draw(small_floats), draw(small_floats)
    low, high = (min(low, high), max(low, high)) if None not in (low, high) else (low, high)
    return {"stated": draw(small_floats), "low": low, "high": high, "hedge": draw(st.none() | text),
            "vague": draw(st.none() | text), "rank": draw(st.booleans())}


quantity_values = quantity_fields().map(lambda fields: QuantityValue(**fields))
percent_values = st.builds(lambda fields, change, period: PercentValue(**fields, change=change, period=period),
                           quantity_fields(), st.none() | st.sampled_from(["rise", "fall"]),
                           st.none() | st.sampled_from(["2024", "2024 Q1", "", "first half"]) | text)
name_values = st.builds(NameValue, doc_type=st.sampled_from(["declaration", "statement", "agreement", "memorandum"])
                        | text.filter(str.strip), topic=subjects,
                        qualifiers=st.lists(st.sampled_from(["joint", "intergovernmental"]) | text, max_size=3))

KINDS = {"date": (DateClaim, date_values()), "duration": (DurationClaim, duration_values()),
         "count": (CountClaim, quantity_values), "percent": (PercentClaim, percent_values),
         "name": (NameClaim, name_values)}
any_claim = st.one_of(*(st.builds(lambda common, value, model=model: model(value=value, **common), _common(kind), values)
                        for kind, (model, values) in KINDS.items()))


def _unique(claims):
    return list({claim.id: claim for claim in claims}.values())


claim_sets = st.lists(any_claim, max_size=25).map(_unique)
source_records = st.builds(
    lambda source_id, outlet, published: Source(
        id=source_id, path=f"{source_id}.txt", outlet=outlet, content_hash="-",
        published=PublicationDate(year=published.year, month=published.month, day=published.day, method="metadata")
        if published else PublicationDate()),
    sources, st.none() | text, published_dates)


def _findings(claims, sources_):
    sources_ = list({source.id: source for source in sources_}.values())
    return order_findings(compare(align(claims)) + derived_findings(claims, sources_))


@SETTINGS
@given(claims=claim_sets, sources_=st.lists(source_records, max_size=4))
def test_any_claims_compare_without_crashing(claims, sources_):
    findings = _findings(claims, sources_)
    grouped = [claim.id for finding in findings if not finding.id.startswith("derived-") for claim in finding.claims]
    assert sorted(grouped) == sorted(claim.id for claim in claims)  # every claim lands in one finding
    for finding in findings:
        assert finding.explanation and finding.verdict in ("conflict", "compatible", "agree", "single")


# --- every finding renders in every format --------------------------------------------------------
# Any text at all, lone carriage returns and "1,000"-like cells included (both once broke a format).
cell_text = report_text = text

def _as_reported(claim):
    return claim.model_copy(update={name: re.sub("\r(?!\n)", "\n", getattr(claim, name))
                                    for name in ("text", "sentence", "subject")})


reviews = st.none() | st.builds(Review, status=st.sampled_from(["confirmed", "dismissed", "explained"]), note=report_text,
                                fingerprint=st.sampled_from(["", "x"]))
findings = st.builds(
    Finding, id=st.from_regex(r"(derived-|date-|count-)[0-9a-f]{10}", fullmatch=True),  # ids are the machine's
    verdict=st.sampled_from(["conflict", "compatible", "agree", "single"]),
    kind=st.sampled_from(list(KINDS)), subject=cell_text, explanation=cell_text,
    claims=st.lists(any_claim.map(_as_reported), min_size=1, max_size=4), fingerprint=st.sampled_from(["", "x"]), review=reviews)
reports = st.builds(
    lambda sources_, findings_, problems: Report(
        sources=list({source.id: source for source in sources_}.values()), findings=findings_, problems=problems),
    st.lists(source_records, max_size=4), st.lists(findings, max_size=6),
    st.lists(st.builds(Problem, path=report_text, reason=report_text, code=st.sampled_from(["unreadable", "frontmatter"])), max_size=3))
FORMULA = ("=", "+", "-", "@")


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))


def _markdown_tables_are_whole(markdown: str) -> None:
    """Every row of a table has the header's number of cells: article text split no cell."""
    columns = None
    for line in markdown.split("\n"):
        if not line.startswith("|"):
            columns = None
            continue
        cells = len(re.split(r"(?<!\\)\|", line)) - 2
        columns = cells if columns is None else columns
        assert cells == columns, line


@SETTINGS
@given(report=reports)
def test_any_report_renders_in_every_format(report):
    for format_name, spec in FORMATS.items():
        whole = render(report, format_name)
        # The run state keeps each finding's fragment, made with its own story's sources, and writes
        # them later: a fragment made alone must give the bytes of the report rendered whole.
        sources = {source.id: source for source in report.sources}
        alone = [(finding.verdict, spec.fragment(finding, Context(sources))) for finding in report.findings]
        streamed = io.StringIO()
        spec.write(streamed.write, Tally.of(report), alone, report.sources)
        assert streamed.getvalue() == whole, format_name
        assert whole.endswith("\n") and whole.encode("utf-8"), format_name  # a whole last line, writable as UTF-8

    markdown = render(report, "markdown")
    _markdown_tables_are_whole(markdown)
    assert "<x-evil" not in markdown and "<script" not in markdown and "<img" not in markdown

    rows = list(csv.reader(io.StringIO(render(report, "csv"), newline="")))
    assert len(rows) == 1 + sum(len(finding.claims) for finding in report.findings)
    assert all(len(row) == len(rows[0]) for row in rows)
    assert not [cell for row in rows[1:] for cell in row if cell[:1] in FORMULA and not _number(cell)]

    assert Report.model_validate_json(render(report, "json")) == report

    parser = _Tags()
    parser.feed(render(report, "html"))
    parser.close()
    assert not [tag for tag, _ in parser.tags if tag in ("x-evil", "img")]
    assert not [name for _, attributes in parser.tags for name, _ in attributes if name == "onerror"]


def _number(cell: str) -> bool:
    """Offsets are numbers, and a negative one (an editor's) is no formula."""
    return re.fullmatch(r"-?\d+", cell) is not None


def _one_finding_report(**changes) -> Report:
    claim = CountClaim(id="c1", source="a", text="300", start=0, end=3, sentence="300 came.", subject="people",
                       value=QuantityValue(stated=300, low=300, high=300))
    finding = Finding(id="count-0123456789", verdict="conflict", kind="count", subject="people",
                      explanation="300 vs 400", claims=[claim])
    return Report(sources=[], findings=[finding.model_copy(update=changes)])


@pytest.mark.parametrize("subject", ["1,000", "\n"])
def test_table_renders_a_subject_tabulate_takes_for_a_number(subject):
    table = render(_one_finding_report(subject=subject), "table")
    assert "count-0123456789" in table and "300 vs 400" in table
    assert subject.strip() in table  # "1,000" stays text: not parsed into 1000


def test_csv_keeps_a_lone_carriage_return_in_its_cell():
    rows = list(csv.reader(io.StringIO(render(_one_finding_report(explanation="a\rb"), "csv"), newline="")))
    assert len(rows) == 2
