"""Renderers: one per format, all over the same Report, chosen from one table.

Every renderer is deterministic (no timestamps, stable order) and escapes article text for its
format: HTML-escaped in HTML, pipes escaped in Markdown, formula-leading cells neutralised in CSV.
"""
from __future__ import annotations

import csv
import html
import io
from collections.abc import Callable

from tabulate import tabulate

from .models import VERDICTS, Finding, Report

MARKS = {"conflict": "CONFLICT", "compatible": "compatible", "agree": "agree", "single": "single"}


def _claims_line(finding: Finding, separator: str = "; ") -> str:
    return separator.join(f'{claim.source}: "{claim.text}"' for claim in finding.claims)


def review_label(finding: Finding) -> str:
    """What editors said of a finding: 'confirmed: note', 'changed since review', or ''."""
    if finding.review is None:
        return ""
    if not finding.reviewed:
        return f"changed since it was {finding.review.status}"
    return f"{finding.review.status}: {finding.review.note}" if finding.review.note else finding.review.status


def _summary_line(report: Report) -> str:
    counts = report.summary()
    parts = [f"{counts[verdict]} {verdict}" for verdict in VERDICTS]
    return (f"{len(report.sources)} sources, {len(report.findings)} findings: " + ", ".join(parts)
            + (f"; {len(report.problems)} problem(s)" if report.problems else ""))


def render_table(report: Report) -> str:
    """The terminal table: discrepancies first, single-source findings left to the other formats."""
    rows = [[MARKS[f.verdict], f.kind, f.subject, _claims_line(f, "\n"), f.explanation, review_label(f)]
            for f in report.findings if f.verdict != "single"]
    table = tabulate(rows, headers=["verdict", "kind", "subject", "claims", "explanation", "review"],
                     tablefmt="simple_grid", maxcolwidths=[None, None, 24, 40, 48, 20]) if rows else "no claims found in two or more sources"
    problems = "".join(f"\nproblem: {p.path}: {p.reason}" for p in report.problems)
    return f"{table}\n{_summary_line(report)}{problems}\n"


def _md(text: str) -> str:
    return html.escape(text, quote=False).replace("|", "\\|").replace("\n", " ")


def render_markdown(report: Report) -> str:
    lines = ["# factcheck report", "", _summary_line(report), ""]
    for verdict in VERDICTS:
        findings = [f for f in report.findings if f.verdict == verdict]
        if not findings:
            continue
        rows = [[f"`{f.id}`", f.kind, _md(f.subject), _md(_claims_line(f)), _md(f.explanation), _md(review_label(f))]
                for f in findings]
        table = tabulate(rows, headers=["id", "kind", "subject", "claims", "explanation", "review"], tablefmt="github")
        title = f"{verdict.capitalize()} ({len(findings)})"
        if verdict == "single":
            lines += [f"<details><summary>{title}</summary>", "", table, "", "</details>", ""]
        else:
            lines += [f"## {title}", "", table, ""]
    lines += ["## Sources", ""]
    source_rows = [[_md(s.id), _md(s.outlet or "unknown"), s.published.label(), s.published.method] for s in report.sources]
    lines += [tabulate(source_rows, headers=["source", "outlet", "published", "found by"], tablefmt="github"), ""]
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
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["finding", "verdict", "kind", "subject", "explanation", "review", "source", "text", "start",
                     "end", "sentence"])
    for finding in report.findings:
        for claim in finding.claims:
            writer.writerow([_cell(v) for v in (finding.id, finding.verdict, finding.kind, finding.subject,
                                               finding.explanation, review_label(finding), claim.source, claim.text,
                                               claim.start, claim.end, claim.sentence)])
    return buffer.getvalue()


def _highlight(sentence: str, claim_text: str) -> str:
    position = sentence.find(claim_text)
    if position < 0:
        return html.escape(sentence)
    return (html.escape(sentence[:position]) + "<mark>" + html.escape(claim_text) + "</mark>"
            + html.escape(sentence[position + len(claim_text):]))


def render_html(report: Report) -> str:
    """One self-contained page; every piece of article text is escaped."""
    sources = {source.id: source for source in report.sources}
    rows = []
    for finding in report.findings:
        evidence = "".join(
            f"<li><b>{html.escape(c.source)}</b> ({html.escape(sources[c.source].outlet or 'unknown outlet') if c.source in sources else ''}, "
            f"{html.escape(sources[c.source].published.label()) if c.source in sources else ''}): {_highlight(c.sentence, c.text)}</li>"
            for c in finding.claims)
        rows.append(
            f'<tr class="{finding.verdict}" data-kind="{finding.kind}"><td>{finding.verdict}</td><td>{finding.kind}</td>'
            f"<td>{html.escape(finding.subject)}</td><td>{html.escape(finding.explanation)}"
            f"<details><summary>{len(finding.claims)} claim(s)</summary><ul>{evidence}</ul></details></td></tr>")
    return HTML_PAGE.format(summary=html.escape(_summary_line(report)), rows="\n".join(rows))


HTML_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>factcheck report</title>
<style>
body{{font:14px/1.4 system-ui,sans-serif;margin:2em}} table{{border-collapse:collapse;width:100%}}
td,th{{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}}
tr.conflict td:first-child{{background:#fdd;font-weight:bold}} tr.compatible td:first-child{{background:#ffd}}
tr.agree td:first-child{{background:#dfd}} mark{{background:#fe6}}
</style></head><body>
<h1>factcheck report</h1><p>{summary}</p>
<table><thead><tr><th>verdict</th><th>kind</th><th>subject</th><th>explanation and evidence</th></tr></thead>
<tbody>
{rows}
</tbody></table></body></html>
"""

RENDERERS: dict[str, tuple[str, Callable[[Report], str]]] = {
    "table": ("findings.txt", render_table),
    "markdown": ("findings.md", render_markdown),
    "json": ("findings.json", render_json),
    "csv": ("findings.csv", render_csv),
    "html": ("findings.html", render_html),
}
FORMATS = tuple(RENDERERS)


def render(report: Report, format_name: str) -> str:
    return RENDERERS[format_name][1](report)
