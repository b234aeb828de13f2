"""Renderers: one per format, all over the same Report, chosen from one table.

Every renderer is deterministic (no timestamps, stable order) and escapes article text for its
format: HTML-escaped in HTML, pipes escaped in Markdown, formula-leading cells neutralised in CSV,
GitHub's own escapes in workflow commands. The HTML page and the GitHub annotations have modules
of their own (html_report.py, github_report.py).
"""
from __future__ import annotations

import csv
import html
import io
import textwrap
from collections.abc import Callable

from tabulate import tabulate

from .github_report import render_github
from .html_report import render_html
from .models import VERDICTS, Finding, Report
from .reviews import review_label

MARKS = {"conflict": "CONFLICT", "compatible": "compatible", "agree": "agree", "single": "single"}


def _claims_line(finding: Finding, separator: str = "; ") -> str:
    return separator.join(f'{claim.source}: "{claim.text}"' for claim in finding.claims)


def _summary_line(report: Report) -> str:
    counts = report.summary()
    parts = [f"{counts[verdict]} {verdict}" for verdict in VERDICTS]
    return (f"{len(report.sources)} sources, {len(report.findings)} findings: " + ", ".join(parts)
            + (f"; {len(report.problems)} problem(s)" if report.problems else ""))


# A terminal shows the first this many findings (conflicts first); the files hold them all.
TERMINAL_ROWS = 200


def render_table(report: Report) -> str:
    """The terminal table: discrepancies first, single-source findings left to the other formats."""
    shown = [f for f in report.findings if f.verdict != "single"]
    rows = [[MARKS[f.verdict], f.kind, _wrap(f.subject, 24), _wrap(_claims_line(f, "\n"), 40),
             _wrap(f.explanation, 48), _wrap(review_label(f), 20)] for f in shown[:TERMINAL_ROWS]]
    table = tabulate(rows, headers=["verdict", "kind", "subject", "claims", "explanation", "review"],
                     tablefmt="simple_grid", disable_numparse=True) if rows else "no claims found in two or more sources"
    more = (f"\n... and {len(shown) - TERMINAL_ROWS} more findings in two or more sources: see "
            "reports/findings.md or findings.html" if len(shown) > TERMINAL_ROWS else "")
    problems = "".join(f"\nproblem: {p.path}: {p.reason}" for p in report.problems)
    return f"{table}{more}\n{_summary_line(report)}{problems}\n"


def _wrap(text: str, width: int) -> str:
    """Cell text wrapped to a width, each line of it on its own. Wrapped here, not by tabulate's
    maxcolwidths, which casts a cell like "1,000" to a number and fails on it."""
    return "\n".join(textwrap.fill(line, width, break_long_words=True, break_on_hyphens=False) or ""
                     for line in text.split("\n"))


def _md(text: str) -> str:
    return html.escape(text, quote=False).replace("|", "\\|").replace("\n", " ")


def _markdown_table(headers: list[str], rows: list[list[str]]) -> str:
    """A GitHub-flavoured table without alignment padding: padding every row to the widest cell
    made a 10,000-article report several times larger (and a pull request comment has a limit)."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def render_markdown(report: Report) -> str:
    lines = ["# factcheck report", "", _summary_line(report), ""]
    for verdict in VERDICTS:
        findings = [f for f in report.findings if f.verdict == verdict]
        if not findings:
            continue
        rows = [[f"`{f.id}`", f.kind, _md(f.subject), _md(_claims_line(f)), _md(f.explanation), _md(review_label(f))]
                for f in findings]
        table = _markdown_table(["id", "kind", "subject", "claims", "explanation", "review"], rows)
        title = f"{verdict.capitalize()} ({len(findings)})"
        if verdict == "single":
            lines += [f"<details><summary>{title}</summary>", "", table, "", "</details>", ""]
        else:
            lines += [f"## {title}", "", table, ""]
    lines += ["## Sources", ""]
    source_rows = [[_md(s.id), _md(s.outlet or "unknown"), s.published.label(), s.published.method] for s in report.sources]
    lines += [_markdown_table(["source", "outlet", "published", "found by"], source_rows), ""]
    if report.problems:
        lines += ["## Problems", ""] + [f"- `{_md(p.path)}`: {_md(p.reason)}" for p in report.problems] + [""]
    return "\n".join(lines)


def render_json(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"


def _cell(value: object) -> str:
    """A spreadsheet runs a cell that starts with = + - or @ as a formula: quote it."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def render_csv(report: Report) -> str:
    """One row per claim of a finding, for spreadsheets."""
    buffer = io.StringIO()
    # RFC 4180 line ends: with "\r\n" as the terminator, csv quotes any cell holding either
    # character, so a lone carriage return in an editor's text cannot split a row.
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["finding", "verdict", "kind", "subject", "explanation", "review", "source", "text", "start",
                     "end", "sentence"])
    for finding in report.findings:
        for claim in finding.claims:
            writer.writerow([_cell(v) for v in (finding.id, finding.verdict, finding.kind, finding.subject,
                                               finding.explanation, review_label(finding), claim.source, claim.text,
                                               claim.start, claim.end, claim.sentence)])
    return buffer.getvalue()


RENDERERS: dict[str, tuple[str, Callable[[Report], str]]] = {
    "table": ("findings.txt", render_table),
    "markdown": ("findings.md", render_markdown),
    "json": ("findings.json", render_json),
    "csv": ("findings.csv", render_csv),
    "html": ("findings.html", render_html),
    # Workflow commands for GitHub Actions; written too, so a CI artifact holds the annotations.
    "github": ("findings.github.txt", render_github),
}
FORMATS = tuple(RENDERERS)


def render(report: Report, format_name: str) -> str:
    return RENDERERS[format_name][1](report)
