"""The HTML report: one self-contained, offline page an editor can filter, sort and read.

Every piece of article text (sentences, subjects, explanations, outlets, titles, ids, paths) goes
through ``html.escape``; nothing from the corpus reaches the page unescaped. The page's own style
and script are inline, and its Content-Security-Policy allows only those two, by hash: should an
escaping bug ever let markup through, the browser still runs no other script and fetches nothing.
The page carries no timestamp, so the same report gives the same bytes.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Iterable, Sequence
from string import Template

from .fragments import Context, Row, Tally, Write, render_report, sections
from .models import KINDS, VERDICTS, ClaimBase, Finding, Problem, Report, Source
from .reviews import review_label
from .safetext import printable

SECTION_TITLES = {"conflict": "Conflicts", "compatible": "Compatible", "agree": "Agreeing", "single": "Single source"}
SECTION_NOTES = {
    "conflict": "Sources disagree: check these before publishing.",
    "compatible": "Sources say it differently (precision, hedges) without contradicting each other.",
    "agree": "Sources say the same thing.",
    "single": "Only one source says it: nothing to compare against.",
}
# The findings tables' columns; a header button sorts its table by one of them.
COLUMNS = ("kind", "subject", "sources", "explanation and evidence", "review")
DATE_METHODS = {"metadata": "from the front matter", "dateline": "from the dateline", "inferred": "inferred",
                "unknown": "not found", "stamp": "from the page stamp", "address": "from the page's address"}
SAFE_URL = re.compile(r"^https?://", re.IGNORECASE)


def _esc(value: object) -> str:
    return html.escape("" if value is None else printable(str(value)), quote=True)


def render_html(report: Report) -> str:
    """The whole page; deterministic, offline, every piece of article text escaped."""
    return render_report(report, finding_fragment, write_html)


def write_html(write: Write, tally: Tally, rows: Iterable[Row], sources: Sequence[Source]) -> None:
    """The page, written piece by piece: the findings' rows are fragments (finding_fragment)."""
    head, tail = PAGE.substitute(
        csp=_content_security_policy(),
        style=STYLE,
        script=SCRIPT,
        headline=_esc(_headline(tally)),
        summary=_summary_table(tally),
        filters=_filters(tally, sources),
        sections=_SECTIONS_MARK,
        sources=_sources_table(sources),
        problems=_problems(tally.problems),
    ).split(_SECTIONS_MARK)
    write(head)
    counts = tally.by_verdict()
    for verdict, fragments in sections(rows):
        if verdict != VERDICTS[0]:
            write("\n")
        write(_section_head(verdict, counts[verdict]))
        empty = True
        for fragment in fragments:
            write(fragment)
            empty = False
        if empty:
            write(f'<tr class="empty"><td colspan="{len(COLUMNS)}">none</td></tr>\n')
        write("</tbody></table></section>")
    write(tail)


_SECTIONS_MARK = "\x00sections\x00"


def _content_security_policy() -> str:
    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"

    return (f"default-src 'none'; style-src {digest(STYLE)}; script-src {digest(SCRIPT)}; "
            "img-src 'none'; form-action 'none'; base-uri 'none'")


def _headline(tally: Tally) -> str:
    problems = f", {len(tally.problems)} problem(s) reading the corpus" if tally.problems else ""
    return (f"{tally.sources} sources, {tally.findings} findings, "
            f"{tally.unreviewed} unreviewed conflict(s){problems}")


def _summary_table(tally: Tally) -> str:
    """Counts per kind (rows) and verdict (columns), with totals."""
    counts = tally.counts
    head = "".join(f'<th scope="col" class="v-{v}">{v}</th>' for v in VERDICTS)
    rows = []
    for kind in KINDS:
        cells = "".join(_count_cell(counts[kind, v]) for v in VERDICTS)
        total = sum(counts[kind, v] for v in VERDICTS)
        rows.append(f'<tr><th scope="row">{kind}</th>{cells}{_count_cell(total)}</tr>')
    totals = "".join(_count_cell(sum(counts[k, v] for k in KINDS)) for v in VERDICTS)
    rows.append(f'<tr class="total"><th scope="row">all kinds</th>{totals}{_count_cell(tally.findings)}</tr>')
    return (f'<table class="summary" id="summary"><thead><tr><th scope="col">kind</th>{head}'
            f'<th scope="col">total</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _count_cell(count: int) -> str:
    return f'<td class="{"zero" if count == 0 else "count"}">{count}</td>'


def _filters(tally: Tally, sources: Sequence[Source]) -> str:
    """The filter form; hidden until the script runs, since without it the controls do nothing."""
    verdict_options = "".join(f'<option value="{v}">{SECTION_TITLES[v].lower()}</option>' for v in VERDICTS)
    kind_options = "".join(f'<option value="{k}">{k}</option>' for k in tally.kinds())
    source_options = "".join(f'<option value="{_esc(s.id)}">{_esc(s.id)} ({_esc(s.outlet or "unknown outlet")})</option>'
                             for s in sources)
    return ('<form id="filters" hidden><label>verdict <select name="verdict"><option value="">all</option>'
            f'{verdict_options}</select></label> <label>kind <select name="kind"><option value="">all</option>'
            f'{kind_options}</select></label> <label>source <select name="source"><option value="">all</option>'
            f'{source_options}</select></label> <output id="shown" aria-live="polite"></output></form>')


def _section_head(verdict: str, count: int) -> str:
    head = "".join(f'<th scope="col"><button type="button" data-column="{index}">{label}</button></th>'
                   for index, label in enumerate(COLUMNS))
    return (f'<section class="verdict v-{verdict}" id="{verdict}" data-verdict="{verdict}">'
            f'<h2>{SECTION_TITLES[verdict]} (<span class="shown">{count}</span>)</h2>'
            f'<p class="note">{SECTION_NOTES[verdict]}</p>'
            f'<table class="findings"><thead><tr>{head}</tr></thead><tbody>\n')


def finding_fragment(finding: Finding, context: Context) -> str:
    """The finding's row of its section's table (the page's script numbers rows for sorting)."""
    source_ids = sorted({claim.source for claim in finding.claims})
    review = _review_text(finding)
    evidence = "".join(_claim_evidence(claim, context) for claim in finding.claims)
    return (f'<tr class="finding" id="finding-{_esc(finding.id)}" data-verdict="{finding.verdict}" '
            f'data-kind="{finding.kind}" data-sources="{_esc(json.dumps(source_ids))}">'
            f'<td>{finding.kind}</td><td>{_esc(finding.subject)}</td>'
            f'<td>{"<br>".join(_esc(source_id) for source_id in source_ids)}</td>'
            f'<td data-sort="{_esc(finding.explanation)}"><details><summary>{_esc(finding.explanation)}</summary>'
            f'<div class="evidence">{evidence}{_review_block(finding, review)}</div></details></td>'
            f'<td class="review">{_esc(review)}</td></tr>\n')


def _review_text(finding: Finding) -> str:
    label = review_label(finding)
    if label:
        return label
    return "unreviewed" if finding.verdict == "conflict" else ""


def _review_block(finding: Finding, review: str) -> str:
    command = f'factcheck review {finding.id} --status confirmed --note "..."'
    return (f'<p class="review-status">Review: {_esc(review or "none")}. Finding <code>{_esc(finding.id)}</code>; '
            f'to record a review: <code>{_esc(command)}</code></p>')


def _claim_evidence(claim: ClaimBase, context: Context) -> str:
    """The quoted sentence with the claim marked, and where it comes from."""
    origin = " (added by an editor)" if claim.origin == "editor" else ""
    return (f'<figure class="claim"><blockquote>{highlight(claim.sentence, claim.text)}</blockquote>'
            f'<figcaption>{_source_caption(claim, context)}{origin}</figcaption></figure>')


def _source_caption(claim: ClaimBase, context: Context) -> str:
    where = f'<code>{_esc(claim.source)}</code>, characters {claim.start}-{claim.end}'
    source = context.sources.get(claim.source)
    if source is None:
        return f"{where} (source not in this report)"
    # The parts that depend on the source alone: made once per source, not once per claim.
    about, about_end = context.once("html-caption", source.id, lambda: _about_source(source))
    return f"{about}{where} of {about_end}"


def _about_source(source: Source) -> tuple[str, str]:
    title = f", &ldquo;{_esc(source.title)}&rdquo;" if source.title else ""
    return (f'<b>{_esc(source.outlet or "unknown outlet")}</b>{title}, {_publication(source)}; ',
            f"{_esc(source.path)}{_link(source.url)}")


def _publication(source: Source) -> str:
    """The publication date and how it was found, since relative dates were read against it."""
    published = source.published
    if published.method == "unknown":
        return "publication date unknown"
    evidence = f": {_esc(published.evidence)}" if published.evidence else ""
    return f"published {_esc(published.label())}, {DATE_METHODS[published.method]}{evidence}"


def _link(url: str | None) -> str:
    """A link only for http(s): a 'javascript:' URL from front matter must never become clickable."""
    if not url:
        return ""
    if SAFE_URL.match(url.strip()):
        return f'; <a href="{_esc(url.strip())}" rel="noopener noreferrer">{_esc(url)}</a>'
    return f"; {_esc(url)}"


def highlight(sentence: str, claim_text: str) -> str:
    """The sentence, escaped, with the claim in <mark>.

    >>> highlight('A <b> visit of 2 days, "2" in all', '2')
    'A &lt;b&gt; visit of <mark>2</mark> days, &quot;2&quot; in all'
    """
    position = _claim_position(sentence, claim_text)
    if position < 0:  # an editor's claim may quote text the sentence does not hold: show both
        return f"<mark>{_esc(claim_text)}</mark> &mdash; {_esc(sentence)}"
    end = position + len(claim_text)
    return f"{_esc(sentence[:position])}<mark>{_esc(claim_text)}</mark>{_esc(sentence[end:])}"


def _claim_position(sentence: str, claim_text: str) -> int:
    """Where the claim stands in its sentence: the first match that is a whole word, else the first."""
    if not claim_text:
        return -1
    first = start = sentence.find(claim_text)  # str.find: a regex per claim thrashed re's cache
    while start >= 0:
        end = start + len(claim_text)
        before = sentence[start - 1] if start else " "
        after = sentence[end] if end < len(sentence) else " "
        if not (before.isalnum() or after.isalnum()):
            return start
        start = sentence.find(claim_text, start + 1)
    return first


def _sources_table(sources: Sequence[Source]) -> str:
    rows = "".join(
        f'<tr><td><code>{_esc(s.id)}</code></td><td>{_esc(s.outlet or "unknown")}</td><td>{_esc(s.title or "")}</td>'
        f'<td>{_esc(s.published.label())}</td><td>{_esc(s.published.method)}</td>'
        f'<td>{_esc(s.published.evidence or "")}</td><td>{_esc(s.path)}{_link(s.url)}</td></tr>'
        for s in sources)
    return ('<table class="sources"><thead><tr><th>source</th><th>outlet</th><th>title</th><th>published</th>'
            f'<th>found by</th><th>read from</th><th>file</th></tr></thead><tbody>{rows}</tbody></table>')


def _problems(problems: list[Problem]) -> str:
    if not problems:
        return ""
    items = "".join(f"<li><code>{_esc(p.path)}</code>: {_esc(p.reason)}</li>" for p in problems)
    return f'<section id="problems"><h2>Problems ({len(problems)})</h2><ul>{items}</ul></section>'


STYLE = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5em 2em;color:#1d1d1f;background:#fff}
h1{margin:0 0 .2em}h2{margin:1.4em 0 .2em;font-size:1.2em}.note{margin:.1em 0 .5em;color:#555}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #d6d6d6;padding:4px 8px;vertical-align:top;text-align:left}
thead th{background:#f3f3f3}th button{all:unset;cursor:pointer;font-weight:bold}th button::after{content:" \\2195";color:#999}
th[aria-sort=ascending] button::after{content:" \\2191";color:#000}th[aria-sort=descending] button::after{content:" \\2193";color:#000}
table.summary{width:auto;margin:.6em 0}table.summary td{text-align:right;min-width:4.5em}
table.summary td,table.summary th{padding:2px 8px}td.zero{color:#bbb}
tr.total th,tr.total td{font-weight:bold;border-top:2px solid #999}
.v-conflict h2,th.v-conflict{color:#a40000}.v-compatible h2,th.v-compatible{color:#8a5a00}
.v-agree h2,th.v-agree{color:#1e6b1e}.v-single h2,th.v-single{color:#555}
section.v-conflict table.findings{border-left:4px solid #d33}section.v-compatible table.findings{border-left:4px solid #e0a800}
section.v-agree table.findings{border-left:4px solid #3a3}section.v-single table.findings{border-left:4px solid #aaa}
table.findings td:nth-child(1){width:6em}table.findings td:nth-child(2){width:16%}table.findings td:nth-child(3){width:12em;font-size:.9em}
table.findings td:nth-child(5){width:14%}td.review{color:#555}section.v-conflict td.review{color:#a40000}
summary{cursor:pointer}details[open] summary{font-weight:bold}
.evidence{margin:.4em 0 .2em}figure.claim{margin:.4em 0;padding:.3em .6em;background:#fafafa;border-left:3px solid #ccc}
blockquote{margin:0}figcaption{color:#555;font-size:.9em;margin-top:.2em}mark{background:#ffe066;padding:0 .1em}
.review-status{font-size:.9em;color:#333}code{font-size:.92em}
.overview{display:flex;flex-wrap:wrap;gap:0 2.5em;align-items:flex-start}.headline{font-size:1.1em;margin:.6em 0}
#filters{margin:.4em 0;padding:.5em .7em;background:#f3f3f3;border-radius:4px}#filters label{margin-right:1em}
#filters output{display:block;margin-top:.4em;color:#555}
[hidden]{display:none !important}
"""

SCRIPT = """
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.finding"));
  function visible(row) {
    var verdict = form.elements.verdict.value, kind = form.elements.kind.value, source = form.elements.source.value;
    return (!verdict || row.dataset.verdict === verdict) && (!kind || row.dataset.kind === kind) &&
      (!source || JSON.parse(row.dataset.sources).indexOf(source) >= 0);
  }
  function applyFilters() {
    var shown = 0, filtered = form.elements.verdict.value || form.elements.kind.value || form.elements.source.value;
    rows.forEach(function (row) { row.hidden = !visible(row); if (!row.hidden) { shown += 1; } });
    Array.prototype.forEach.call(document.querySelectorAll("section.verdict"), function (section) {
      var count = section.querySelectorAll("tr.finding:not([hidden])").length;
      section.querySelector(".shown").textContent = String(count);
      section.hidden = Boolean(filtered) && count === 0;
    });
    document.getElementById("shown").textContent = shown + " of " + rows.length + " findings shown";
  }
  function sortKey(row, column) {
    var cell = row.cells[column];
    return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
  }
  function sortTable(button) {
    var header = button.parentNode, table = header.closest("table"), body = table.tBodies[0];
    var column = Number(button.dataset.column);
    var direction = header.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    Array.prototype.forEach.call(table.querySelectorAll("th"), function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");
    var sorted = Array.prototype.slice.call(body.querySelectorAll("tr.finding")).sort(function (a, b) {
      var order = sortKey(a, column).localeCompare(sortKey(b, column), "en", {numeric: true});
      return order * direction || Number(a.dataset.order) - Number(b.dataset.order);
    });
    sorted.forEach(function (row) { body.appendChild(row); });
  }
  rows.forEach(function (row, index) { row.dataset.order = String(index); });
  form.hidden = false;
  form.addEventListener("change", applyFilters);
  Array.prototype.forEach.call(document.querySelectorAll("th button[data-column]"), function (button) {
    button.addEventListener("click", function () { sortTable(button); });
  });
  applyFilters();
}());
"""

PAGE = Template("""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="$csp">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>factcheck report</title>
<style>$style</style></head><body>
<h1>factcheck report</h1>
<div class="overview">$summary<div><p class="headline">$headline</p>$filters</div></div>
$sections
<section id="sources"><h2>Sources</h2>
$sources
</section>
$problems
<script>$script</script>
</body></html>
""")
