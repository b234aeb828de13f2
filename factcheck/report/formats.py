"""Renderers: one per format, chosen from one table, each written as fragments.

A format is a fragment per finding (which depends on that finding and its sources alone) and a
writer that puts the fragments, in report order, between a head and a tail made from the tally
(counts by kind and verdict) and the sources. So a report can be streamed to its file without
holding it in memory, and a re-check reuses the fragments of findings that did not change
(state.py) while giving the same bytes as rendering the whole Report here.

Every renderer is deterministic (no timestamps, stable order) and escapes article text for its
format: HTML-escaped in HTML, pipes escaped in Markdown, formula-leading cells neutralised in CSV,
GitHub's own escapes in workflow commands. The HTML page and the GitHub annotations have modules
of their own (html_report.py, github_report.py).
"""
from __future__ import annotations

import csv
import html
import io
import itertools
import json
import re
import textwrap
from collections.abc import Iterable, Sequence
from pathlib import Path

from pydantic import TypeAdapter

from ..models import VERDICTS, Finding, Problem, Report, Source
from ..safetext import json_safe, printable
from ..store.reviews import review_label
from . import github_report, html_report, sarif_report
from .fragments import Context, Format, Row, Tally, Write, kept_part, sections, sources_part

MARKS = {"conflict": "CONFLICT", "compatible": "compatible", "agree": "agree", "single": "single"}


def _claims_line(finding: Finding, separator: str = "; ") -> str:
    return separator.join(f'{claim.source}: "{claim.text}"' for claim in finding.claims)


def summary_line(tally: Tally) -> str:
    counts = tally.by_verdict()
    parts = [f"{counts[verdict]} {verdict}" for verdict in VERDICTS]
    return (f"{tally.sources} sources, {tally.findings} findings: " + ", ".join(parts)
            + (f"; {len(tally.problems)} problem(s)" if tally.problems else ""))


# --- the terminal table ---------------------------------------------------------------------------

# A terminal shows the first this many findings (conflicts first); the files hold them all.
TERMINAL_ROWS = 200
# findings.txt is laid out this wide; a terminal gets its own width (COLUMNS, else 100 when stdout
# is not a terminal). Below NARROW columns a grid would squeeze each cell to a few letters: each
# finding is then a block of lines instead.
TABLE_WIDTH = 100
NARROW = 90
TABLE_HEADERS = ["finding", "subject", "claims", "explanation", "review"]
# ANSI colours for the verdict on a terminal (never in the file).
VERDICT_COLOURS = {"conflict": "\x1b[1;31m", "compatible": "\x1b[33m", "agree": "\x1b[32m"}
RESET = "\x1b[0m"


def table_fragment(finding: Finding, context: Context) -> str:
    """The row's cells as JSON, unwrapped (the writer wraps them to the width it is given);
    single-source findings are left to the other formats."""
    if finding.verdict == "single":
        return ""
    return json.dumps([finding.verdict, finding.id, printable(finding.subject),
                       printable(_claims_by_outlet(finding, context)), printable(finding.explanation),
                       printable(review_label(finding))])


def _claims_by_outlet(finding: Finding, context: Context) -> str:
    """One claim a line, named by its outlet where the source has one and no other source of the
    finding shares it (then by its source id)."""
    outlets = {claim.source: (context.sources[claim.source].outlet if claim.source in context.sources else None)
               for claim in finding.claims}
    shared = {outlet for outlet in outlets.values() if list(outlets.values()).count(outlet) > 1}
    return "\n".join(f'{outlets[claim.source] if outlets[claim.source] and outlets[claim.source] not in shared else claim.source}'
                     f': "{claim.text}"' for claim in finding.claims)


def write_table(write: Write, tally: Tally, rows: Iterable[Row], sources: Sequence[Source],
                width: int = TABLE_WIDTH, color: bool = False) -> None:
    shown = tally.findings - tally.by_verdict()["single"]
    cells = [json.loads(fragment) for _, fragment in itertools.islice(
        (row for row in rows if row[1]), TERMINAL_ROWS)]
    # Laying out the table (textwrap over every cell) cost a re-check ~0.1 s: kept while its rows stay.
    table = kept_part(sources, "terminal table", json.dumps([width, color, cells]),
                      lambda: table_text(cells, width, color)) if cells else "no claims found in two or more sources"
    more = (f"\n... and {shown - TERMINAL_ROWS} more findings in two or more sources: see "
            "reports/findings.md or findings.html" if shown > TERMINAL_ROWS else "")
    tail = [summary_line(tally)] + [f"problem: {printable(p.path)}: {printable(p.reason)}" for p in tally.problems]
    if width != TABLE_WIDTH:  # a terminal's own width: every line fits it (the file keeps one line each)
        tail = [_wrap(line, max(20, width - 4)).replace("\n", "\n    ") if len(line) > width else line for line in tail]
    write(f"{table}{more}\n" + "\n".join(tail) + "\n")


def table_from_json(json_report: Path, width: int, color: bool) -> str:
    """The table laid out for a terminal (its width, colours), from a JSON report a check wrote."""
    report = Report.model_validate_json(json_report.read_bytes())
    buffer = io.StringIO()
    context = Context({source.id: source for source in report.sources})
    rows = ((finding.verdict, table_fragment(finding, context)) for finding in report.findings)
    write_table(buffer.write, Tally.of(report), rows, report.sources, width=width, color=color)
    return buffer.getvalue()


def table_text(cells: list[list[str]], width: int, color: bool = False) -> str:
    """Findings' cells laid out in at most ``width`` columns: a grid, or blocks when narrow."""
    with_review = any(row[5] for row in cells)
    id_width = max(len(row[1]) for row in cells)
    columns = 4 + with_review
    free = width - (3 * columns + 1) - id_width  # simple_grid: "│ " before each cell, " │" after the last
    review_width = min(max(len(row[5]) for row in cells), max(12, free // 6)) if with_review else 0
    free -= review_width
    subject_width, claims_width = max(8, free * 22 // 100), max(12, free * 42 // 100)
    explanation_width = free - subject_width - claims_width
    if width < NARROW or explanation_width < 16:
        return "\n\n".join(_block(row, width, color) for row in cells)
    grid = [[_verdict(row[0], color) + "\n" + row[1], _wrap(row[2], subject_width), _wrap(row[3], claims_width),
             _wrap(row[4], explanation_width)] + ([_wrap(row[5], review_width)] if with_review else [])
            for row in cells]
    from tabulate import tabulate  # here: a re-check whose first rows did not change keeps the table (kept_part)

    return tabulate(grid, headers=TABLE_HEADERS[:columns], tablefmt="simple_grid", disable_numparse=True)


def _verdict(verdict: str, color: bool) -> str:
    mark = MARKS[verdict]
    return f"{VERDICT_COLOURS[verdict]}{mark}{RESET}" if color and verdict in VERDICT_COLOURS else mark


def _block(row: list[str], width: int, color: bool) -> str:
    """A finding as lines: verdict, id and subject, then its explanation, claims and review, indented."""
    inner = max(20, width - 4)
    lines = [_wrap(f"{row[1]}  {row[2]}", max(20, width - len(MARKS[row[0]]) - 1)).replace("\n", "\n    ")]
    lines[0] = f"{_verdict(row[0], color)} {lines[0]}"
    for text in (row[4], row[3], f"review: {row[5]}" if row[5] else ""):
        if text:
            lines.append("    " + _wrap(text, inner).replace("\n", "\n    "))
    return "\n".join(lines)


def _wrap(text: str, width: int) -> str:
    """Cell text wrapped to a width, each line of it on its own. Wrapped here, not by tabulate's
    maxcolwidths, which casts a cell like "1,000" to a number and fails on it."""
    return "\n".join(line if len(line) <= width else textwrap.fill(line, width, break_long_words=True,
                                                                    break_on_hyphens=False)
                     for line in text.split("\n"))


# --- Markdown -------------------------------------------------------------------------------------

MARKDOWN_HEADERS = ["id", "kind", "subject", "claims", "explanation", "review"]


# Markdown's own marks, backslash-escaped in text from input: "![x](https://...)" in an outlet
# must show as text, not load an image in findings.md or a CI job summary. (< > & are escaped as
# HTML, | so it cannot split a table cell.)
# An underscore inside a word ("002_f112") never starts emphasis in GitHub's Markdown: left as it is.
_MARKDOWN_MARKS = str.maketrans({mark: "\\" + mark for mark in "\\`*[]~$|"})
_EDGE_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")  # not between two letters or digits
# Whether a text holds any of those marks: str.translate looks every character up in a dict, and
# most cells hold none.
_ANY_MARKDOWN_MARK = re.compile(r"[\\`*\[\]~$|]")


def _md(text: str) -> str:
    escaped = html.escape(printable(text), quote=False)
    if _ANY_MARKDOWN_MARK.search(escaped):
        escaped = escaped.translate(_MARKDOWN_MARKS)
    if "_" in escaped:
        escaped = _EDGE_UNDERSCORE.sub(r"\\_", escaped)
    return escaped.replace("\n", " ")


def _markdown_row(cells: Iterable[str]) -> str:
    """A GitHub-flavoured table row without alignment padding: padding every row to the widest
    cell made a 10,000-article report several times larger (and a pull request comment has a limit)."""
    return "| " + " | ".join(cells) + " |\n"


def _markdown_head(headers: list[str]) -> str:
    return _markdown_row(headers) + "|" + "|".join("---" for _ in headers) + "|\n"


def markdown_fragment(finding: Finding, context: Context) -> str:
    return _markdown_row([f"`{finding.id}`", finding.kind, _md(finding.subject), _md(_claims_line(finding)),
                          _md(finding.explanation), _md(review_label(finding))])


def write_markdown(write: Write, tally: Tally, rows: Iterable[Row], sources: Sequence[Source]) -> None:
    write(f"# factcheck report\n\n{summary_line(tally)}\n\n")
    counts = tally.by_verdict()
    for verdict, fragments in sections(rows):
        if not counts[verdict]:
            continue
        title = f"{verdict.capitalize()} ({counts[verdict]})"
        write(f"<details><summary>{title}</summary>\n\n" if verdict == "single" else f"## {title}\n\n")
        write(_markdown_head(MARKDOWN_HEADERS))
        for fragment in fragments:
            write(fragment)
        write("\n</details>\n\n" if verdict == "single" else "\n")
    write("## Sources\n\n" + _markdown_head(["source", "outlet", "published", "found by"]))
    write(sources_part(sources, "markdown sources", lambda: "".join(
        _markdown_row([_md(s.id), _md(s.outlet or "unknown"), s.published.label(), s.published.method])
        for s in sources)))
    if tally.problems:
        write("\n## Problems\n\n" + "".join(f"- {_md(p.path)}: {_md(p.reason)}\n" for p in tally.problems))


# --- JSON -----------------------------------------------------------------------------------------

_SOURCES = TypeAdapter(list[Source])
_PROBLEMS = TypeAdapter(list[Problem])


def json_fragment(finding: Finding, context: Context) -> str:
    """The finding as pydantic dumps it inside the report: indented as an item of "findings"."""
    return json_safe(finding.model_dump_json(indent=2)).replace("\n", "\n    ")


def write_json(write: Write, tally: Tally, rows: Iterable[Row], sources: Sequence[Source]) -> None:
    """The same bytes as ``Report.model_dump_json(indent=2)``, written piece by piece."""
    write('{\n  "schema_version": "%s",\n  "sources": ' % Report.model_fields["schema_version"].default)
    write(sources_part(sources, "json sources",
                       lambda: _nested(json_safe(_SOURCES.dump_json(list(sources), indent=2).decode())), True))
    write(',\n  "findings": ')
    first = True
    for _, fragment in rows:
        write("[\n    " if first else ",\n    ")
        write(fragment)
        first = False
    write("[]" if first else "\n  ]")
    write(',\n  "problems": ' + _nested(json_safe(_PROBLEMS.dump_json(tally.problems, indent=2).decode())) + "\n}\n")


def _nested(dumped: str) -> str:
    return dumped.replace("\n", "\n  ")


# --- CSV ------------------------------------------------------------------------------------------

CSV_HEADERS = ["finding", "verdict", "kind", "subject", "explanation", "review", "source", "text", "start", "end",
               "sentence"]


def _cell(value: object) -> str:
    """A spreadsheet runs a cell that starts with = + - or @ as a formula: quote it."""
    text = "" if value is None else printable(str(value), keep_carriage_return=True)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _csv_rows(rows: Iterable[list[object]]) -> str:
    buffer = io.StringIO()
    # RFC 4180 line ends: with "\r\n" as the terminator, csv quotes any cell holding either
    # character, so a lone carriage return in an editor's text cannot split a row.
    csv.writer(buffer, lineterminator="\r\n").writerows([_cell(value) for value in row] for row in rows)
    return buffer.getvalue()


def csv_fragment(finding: Finding, context: Context) -> str:
    """One row per claim of the finding, for spreadsheets."""
    # The finding's own cells, the same on each of its rows, made safe once.
    cells = [_cell(value) for value in (finding.id, finding.verdict, finding.kind, finding.subject,
                                        finding.explanation, review_label(finding))]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(
        [*cells, *map(_cell, (claim.source, claim.text, claim.start, claim.end, claim.sentence))]
        for claim in finding.claims)
    return buffer.getvalue()


def write_csv(write: Write, tally: Tally, rows: Iterable[Row], sources: Sequence[Source]) -> None:
    write(_csv_rows([CSV_HEADERS]))
    for _, fragment in rows:
        write(fragment)


# --- the table of formats -------------------------------------------------------------------------

# One row per format, in the order reports are written: the CLI's --format choices, the files of
# the reports folder, and the fragments the run state keeps (by format name) all come from here.
FORMATS: dict[str, Format] = {row.name: row for row in (
    Format("table", "findings.txt", "text/plain", table_fragment, write_table, splices=False),
    Format("markdown", "findings.md", "text/markdown", markdown_fragment, write_markdown),
    Format("json", "findings.json", "application/json", json_fragment, write_json),
    Format("csv", "findings.csv", "text/csv", csv_fragment, write_csv),
    Format("html", "findings.html", "text/html", html_report.finding_fragment, html_report.write_html),
    # Workflow commands for GitHub Actions; written too, so a CI artifact holds the annotations.
    Format("github", "findings.github.txt", "text/plain", github_report.finding_fragment, github_report.write_github),
    # SARIF 2.1.0 for code scanning: one result per conflict.
    Format("sarif", "findings.sarif", "application/sarif+json", sarif_report.finding_fragment,
           sarif_report.write_sarif),
)}


def render(report: Report, format_name: str, context: Context | None = None) -> str:
    """One format of the whole report, as a string."""
    return FORMATS[format_name].render(report, context)
