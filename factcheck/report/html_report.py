"""The HTML report: one self-contained, offline page an editor can filter, sort and read.

The page is made by Jinja2 templates (package data in templates/: report.html, the macros of
parts.html, report.css and report.js). Their environment escapes every value it writes: the
environment's ``finalize`` runs each one through ``safetext.printable`` and ``html.escape``, so
nothing from the corpus (sentences, subjects, explanations, outlets, titles, ids, paths) reaches
the page unescaped unless a template says ``|safe``, which only the page's own text and the rows
made with the same escaping do (the findings' and sources' rows are made here, every value through
``_escape``, as a template step per row cost too much). The page's own style and script are inline, and its
Content-Security-Policy allows only those two, by hash: should an escaping bug ever let markup
through, the browser still runs no other script and fetches nothing. The page carries no
timestamp, so the same report gives the same bytes.
"""
from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import html
import json
import os
import re
from collections.abc import Iterable, Sequence
from importlib import resources

from jinja2 import BytecodeCache, Environment, PackageLoader, StrictUndefined, Template
from jinja2.bccache import Bucket
from markupsafe import Markup

from ..errors import OutputNotWritable
from ..kinds import KINDS
from ..models import VERDICTS, ClaimBase, Finding, Report, Source
from ..safetext import UNSAFE, printable
from ..store.atomic import write_bytes
from ..store.reviews import review_label
from .fragments import Context, Row, Tally, Write, render_report, sources_part

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


def _escape(value: object) -> Markup:
    """What the templates write for a value: markup made by a template as it is, anything else
    printable and HTML-escaped (quotes too: values stand in attributes). html.escape, not
    markupsafe's escape, which writes quotes as &#34; and &#39;: the page keeps its bytes."""
    if value.__class__ is str and _TO_ESCAPE.search(value) is None:  # most text: nothing to replace
        return str.__new__(Markup, value)  # type: ignore[return-value]
    if value.__class__ is Markup:
        return value  # type: ignore[return-value]
    if value is None:
        return _EMPTY
    if hasattr(value, "__html__"):
        return Markup(value)
    # str.__new__: Markup's own constructor checks its argument again; this runs for every value.
    return str.__new__(Markup, html.escape(printable(str(value)), True))  # type: ignore[return-value]


_EMPTY = Markup("")
# What html.escape (quotes too) and printable() would replace: a text holding none is written as it is.
_TO_ESCAPE = re.compile("[&<>\"'" + "".join(f"\\u{code:04x}" for code in sorted(UNSAFE | {0x0d})) + "]")


def _safe_url(url: str | None) -> bool:
    """Whether a source's url may be a link: http(s) only, never 'javascript:'."""
    return bool(url) and SAFE_URL.match(url.strip()) is not None  # type: ignore[union-attr]


def _template_text(name: str) -> str:
    # Universal newlines: a checkout with CRLF line ends gives the same page and the same hashes.
    return resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8")


# The style and script start on their own line inside <style> and <script>.
STYLE = "\n" + _template_text("report.css")
SCRIPT = "\n" + _template_text("report.js")



class _KeptTemplates(BytecodeCache):
    """The templates' compiled code, kept in the run state's cache folder (keep_templates_in) through
    jinja2's own bytecode cache: compiling the two templates took 25 ms of every run, reading them
    back 2. jinja2 checks what it reads (its release, Python's, the template's checksum) and
    compiles again whatever does not fit; a file that cannot be read is compiled again too."""

    folder: str | None = None

    def load_bytecode(self, bucket: Bucket) -> None:
        if self.folder is None:
            return
        try:
            with open(self._path(bucket), "rb") as stream:
                bucket.load_bytecode(stream)
        except Exception:  # noqa: BLE001 - missing or damaged: only a cache, compiled again
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        if self.folder is not None:
            with contextlib.suppress(OutputNotWritable, OSError):
                write_bytes(self._path(bucket), bucket.bytecode_to_string())

    def _path(self, bucket: Bucket) -> str:
        return os.path.join(self.folder or "", f"template-{bucket.key}.jinja")


_KEPT_TEMPLATES = _KeptTemplates()


def keep_templates_in(folder: str | os.PathLike[str] | None) -> None:
    """Where the templates' compiled code is kept (None: nowhere), for the templates not compiled yet."""
    _KEPT_TEMPLATES.folder = None if folder is None else os.fspath(folder)


ENVIRONMENT = Environment(loader=PackageLoader(__package__, "templates"), autoescape=True, finalize=_escape,
                          bytecode_cache=_KEPT_TEMPLATES, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
def source_rows(sources: Sequence[Source]) -> Markup:
    """The rows of the sources table, each "<tr><td><code>id</code></td><td>outlet</td><td>title</td>
    <td>published</td><td>found by</td><td>read from</td><td>file; link</td></tr>", every value escaped
    as the templates escape it (_escape), the link only for http(s) as parts.html's link macro."""
    def make() -> str:
        rows = []
        for source in sources:
            published = source.published
            rows.append(f"<tr><td><code>{_escape(source.id)}</code></td><td>{_escape(source.outlet or 'unknown')}</td>"
                        f"<td>{_escape(source.title or '')}</td><td>{_escape(published.label())}</td>"
                        f"<td>{_escape(published.method)}</td><td>{_escape(published.evidence or '')}</td>"
                        f"<td>{_escape(source.path)}{_link(source.url)}</td></tr>")
        return "".join(rows)
    return Markup(sources_part(sources, "html sources", make))


def source_options(sources: Sequence[Source]) -> Markup:
    """The source filter's options, each "<option value="id">id (outlet)</option>", escaped as the
    templates escape values: a template loop over 10,000 sources cost a quarter of a second a run."""
    return Markup(sources_part(sources, "html source options", lambda: "".join(
        f'<option value="{_escape(source.id)}">{_escape(source.id)} '
        f'({_escape(source.outlet or "unknown outlet")})</option>' for source in sources)))


def _link(url: str | None) -> str:
    if _safe_url(url):
        return f'; <a href="{_escape(url.strip())}" rel="noopener noreferrer">{_escape(url)}</a>'  # type: ignore[union-attr]
    return f"; {_escape(url)}" if url else ""


ENVIRONMENT.globals.update(safe_url=_safe_url, date_methods=DATE_METHODS, source_rows=source_rows,
                           source_options=source_options)


@functools.cache
def _templates() -> tuple[Template, object]:
    """The page's template and the macros of parts.html: compiled (or read back, _KeptTemplates) at
    first use, once the run has said where its cache folder is."""
    return ENVIRONMENT.get_template("report.html"), ENVIRONMENT.get_template("parts.html").module


def render_html(report: Report) -> str:
    """The whole page; deterministic, offline, every piece of article text escaped."""
    return render_report(report, finding_fragment, write_html)


def write_html(write: Write, tally: Tally, rows: Iterable[Row], sources: Sequence[Source]) -> None:
    """The page, written piece by piece: the template marks where a section's rows go
    (ROWS_MARK), and each finding's row (finding_fragment) is written there by itself, so that a
    re-check can copy the unchanged ones from the page written before."""
    counts = tally.by_verdict()
    page = _templates()[0].generate(
        csp=_content_security_policy(), style=STYLE, script=SCRIPT, headline=_headline(tally),
        summary=_summary(tally), verdict_options=[(v, SECTION_TITLES[v].lower()) for v in VERDICTS],
        kinds=tally.kinds(), sources=sources, sections=[(v, [ROWS_MARK] if counts[v] else []) for v in VERDICTS],
        counts=counts, titles=SECTION_TITLES, notes=SECTION_NOTES, columns=COLUMNS, tally=tally)
    marked = iter([v for v in VERDICTS if counts[v]])
    pending = iter(rows)
    row = next(pending, None)
    for piece in page:
        while ROWS_MARK in piece:
            before, _, piece = piece.partition(ROWS_MARK)
            write(before)
            verdict = next(marked)
            while row is not None and row[0] == verdict:
                write(row[1])
                row = next(pending, None)
        write(piece)


# Where a section's rows go in the page: a text no value can hold (printable() replaces NUL).
ROWS_MARK = "\x00rows\x00"


def _content_security_policy() -> str:
    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"

    return (f"default-src 'none'; style-src {digest(STYLE)}; script-src {digest(SCRIPT)}; "
            "img-src 'none'; form-action 'none'; base-uri 'none'")


def _headline(tally: Tally) -> str:
    problems = f", {len(tally.problems)} problem(s) reading the corpus" if tally.problems else ""
    return (f"{tally.sources} sources, {tally.findings} findings, "
            f"{tally.unreviewed} unreviewed conflict(s){problems}")


def _summary(tally: Tally) -> dict[str, object]:
    """Counts per kind (rows) and verdict (columns), with totals."""
    counts = tally.counts
    return {"verdicts": VERDICTS,
            "rows": [(kind, [counts[kind, v] for v in VERDICTS], sum(counts[kind, v] for v in VERDICTS))
                     for kind in KINDS],
            "totals": [sum(counts[k, v] for k in KINDS) for v in VERDICTS], "findings": tally.findings}


def finding_fragment(finding: Finding, context: Context) -> str:
    """The finding's row of its section's table (the page's script numbers rows for sorting), one
    line: "<tr class="finding" id data-verdict data-kind data-sources><td>kind</td><td>subject</td>
    <td>source ids, <br> between</td><td data-sort=explanation><details><summary>explanation</summary>
    <div class="evidence">, a <figure class="claim"> per claim (its sentence with the claim in
    <mark>, then a caption naming its source and offsets), the review status and command</div>
    </details></td><td class="review">review</td></tr>". Made here, every value escaped as the
    templates escape it (_escape): the macro it was cost a fifth of the fragments of every format."""
    source_ids = sorted({claim.source for claim in finding.claims})
    review = _review_text(finding)
    explanation = _escape(finding.explanation)
    parts = [f'<tr class="finding" id="finding-{_escape(finding.id)}" data-verdict="{_escape(finding.verdict)}" '
             f'data-kind="{_escape(finding.kind)}" data-sources="{_escape(json.dumps(source_ids))}">'
             f'<td>{_escape(finding.kind)}</td><td>{_escape(finding.subject)}</td>'
             f'<td>{"<br>".join(map(_escape, source_ids))}</td><td data-sort="{explanation}"><details>'
             f'<summary>{explanation}</summary><div class="evidence">']
    for claim in finding.claims:
        parts.append(f"<figure class=\"claim\"><blockquote>{_highlighted(claim)}</blockquote><figcaption>")
        about, file = _about(claim, context)
        # Offsets are ints (the model's): their digits need no escape, and _escape's way for a value
        # that is not text was a fifth of the row.
        where = f"<code>{_escape(claim.source)}</code>, characters {claim.start:d}-{claim.end:d}"
        parts.append(f"{where} (source not in this report)" if about is None else f"{about}{where} of {file}")
        parts.append(" (added by an editor)</figcaption></figure>" if claim.origin == "editor"
                     else "</figcaption></figure>")
    command = f'factcheck review {finding.id} --status confirmed --note "..."'
    parts.append(f'<p class="review-status">Review: {_escape(review or "none")}. Finding <code>{_escape(finding.id)}'
                 f'</code>; to record a review: <code>{_escape(command)}</code></p></div></details></td>'
                 f'<td class="review">{_escape(review)}</td></tr>\n')
    return "".join(parts)


def _highlighted(claim: ClaimBase) -> str:
    """The claim's sentence, escaped, with the claim in <mark> (parts.html's highlight macro)."""
    before, after = _highlight_parts(claim.sentence, claim.text)
    if before is None:
        return f"<mark>{_escape(claim.text)}</mark> &mdash; {_escape(claim.sentence)}"
    return f"{_escape(before)}<mark>{_escape(claim.text)}</mark>{_escape(after)}"


def _review_text(finding: Finding) -> str:
    label = review_label(finding)
    if label:
        return label
    return "unreviewed" if finding.verdict == "conflict" else ""


def _about(claim: ClaimBase, context: Context) -> tuple[Markup | None, Markup | None]:
    """What a claim's caption says of its source before and after the claim's place in it; None
    when the source is not in the report. Made once per source, not once per claim."""
    source = context.sources.get(claim.source)
    if source is None:
        return None, None
    return context.once("html-caption", source.id, lambda: caption(source))  # type: ignore[return-value]


def caption(source: Source) -> tuple[Markup, Markup]:
    """parts.html's about_source and source_file of a source, made here with every value escaped as
    the templates escape it (_escape): calling the two macros cost a tenth of a millisecond a source
    (tests/test_html_report.py holds the two to the same bytes)."""
    published = source.published
    if published.method == "unknown":
        publication = "publication date unknown"
    else:
        publication = f"published {_escape(published.label())}, {DATE_METHODS[published.method]}"
        if published.evidence:
            publication += f": {_escape(published.evidence)}"
    title = f", &ldquo;{_escape(source.title)}&rdquo;" if source.title else ""
    return (Markup(f"<b>{_escape(source.outlet or 'unknown outlet')}</b>{title}, {publication}; "),
            Markup(f"{_escape(source.path)}{_link(source.url)}"))


def highlight(sentence: str, claim_text: str) -> str:
    """The sentence, escaped, with the claim in <mark>.

    >>> highlight('A <b> visit of 2 days, "2" in all', '2')
    'A &lt;b&gt; visit of <mark>2</mark> days, &quot;2&quot; in all'
    """
    before, after = _highlight_parts(sentence, claim_text)
    return str(_templates()[1].highlight(before, claim_text, after, sentence))  # type: ignore[attr-defined]


def _highlight_parts(sentence: str, claim_text: str) -> tuple[str | None, str | None]:
    """The sentence before and after the claim; (None, None) when the sentence does not hold it
    (an editor's claim may quote text the sentence does not: the page shows both)."""
    position = _claim_position(sentence, claim_text)
    if position < 0:
        return None, None
    return sentence[:position], sentence[position + len(claim_text):]


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
