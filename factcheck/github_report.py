"""GitHub Actions annotations: one ``::error`` workflow command per claim of each unreviewed conflict.

``factcheck check sources --format github`` in a workflow step makes GitHub show every conflicting
claim on its line of its article, in the run and in a pull request's diff.

Paths. A source's ``path`` is relative to the corpus folder, and a renderer sees only the Report,
not where the corpus was; GitHub wants paths from the repository root. So a relative path is put
under ``CORPUS_DIR`` ("sources", the default corpus folder, where the bundled workflow keeps it)
and an absolute one is kept as it is. For a corpus elsewhere, call
``render_github(report, corpus_dir="news")`` from the library.

Lines. Claims carry character offsets into the decoded article, not line numbers, so the renderer
reads the article back (``corpus_dir/path``, from the working directory, which in a workflow is
the repository root) and counts line breaks before the claim. It does so only when the file's
sha256 still equals the source's ``content_hash``, so the offsets hold; otherwise the annotation
names the file without a line rather than a wrong one.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from .corpus import decode
from .fragments import Context, Row, Tally, Write
from .models import VERDICTS, ClaimBase, Finding, Report, Source
from .safetext import printable

CORPUS_DIR = "sources"
TITLE = "factcheck conflict"


def escape_data(text: str) -> str:
    """A command's message, escaped as GitHub's runner unescapes it.

    >>> escape_data("100% sure\\r\\nnext")
    '100%25 sure%0D%0Anext'
    """
    return printable(text, keep_carriage_return=True).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (file, title): also ':' and ',', which separate properties.

    >>> escape_property("a,b:c%")
    'a%2Cb%3Ac%25'
    """
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation_path(source: Source, corpus_dir: str = CORPUS_DIR) -> str:
    """The file as GitHub names it: from the repository root.

    >>> annotation_path(Source(id="a", path="wire/a.txt", content_hash=""))
    'sources/wire/a.txt'
    """
    if Path(source.path).is_absolute():
        return source.path
    return f"{corpus_dir.rstrip('/')}/{source.path}"


def render_github(report: Report, corpus_dir: str = CORPUS_DIR) -> str:
    """Workflow commands: errors for unreviewed conflicts, warnings for problems, one closing notice."""
    from .report import render

    return render(report, "github", Context({source.id: source for source in report.sources}, corpus_dir))


def finding_fragment(finding: Finding, context: Context) -> str:
    """An error per claim of an unreviewed conflict; nothing for any other finding."""
    if finding.verdict != "conflict" or finding.reviewed:
        return ""
    corpus_dir = context.corpus_dir or CORPUS_DIR
    lines = []
    for claim in finding.claims:
        source = context.sources.get(claim.source)
        # each article read once, however many claims it has
        text = context.once("text", source.id, lambda: _article_text(source, corpus_dir)) if source else None
        lines.append(_error(finding, claim, source, text, corpus_dir) + "\n")
    return "".join(lines)


def write_github(write: Write, tally: Tally, rows: Iterable[Row], sources: Sequence[Source]) -> None:
    for _, fragment in rows:
        write(fragment)
    for problem in tally.problems:
        write(f"::warning title=factcheck problem::{escape_data(f'{problem.path}: {problem.reason}')}\n")
    write(f"::notice title=factcheck::{escape_data(_summary(tally))}\n")


def _error(finding: Finding, claim: ClaimBase, source: Source | None, text: str | None, corpus_dir: str) -> str:
    properties = []
    if source is not None:
        properties.append(f"file={escape_property(annotation_path(source, corpus_dir))}")
    if text is not None:
        properties.append(f"line={text.count(chr(10), 0, claim.start) + 1}")
    properties.append(f"title={escape_property(TITLE)}")
    return f"::error {','.join(properties)}::{escape_data(_message(finding, claim))}"


def _message(finding: Finding, claim: ClaimBase) -> str:
    """The explanation first (what the editor acts on), then this claim and how to record a review."""
    return (f"{finding.explanation}\n{claim.source} says \"{claim.text}\" ({finding.kind}: {finding.subject}).\n"
            f"Once checked: factcheck review {finding.id} --status confirmed --note \"...\"")


def _article_text(source: Source, corpus_dir: str) -> str | None:
    """The article as the claims' offsets were taken from, or None if it is gone or changed."""
    path = Path(source.path) if Path(source.path).is_absolute() else Path(corpus_dir) / source.path
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != source.content_hash:
        return None
    return decode(data)[0]


def _summary(tally: Tally) -> str:
    counts = tally.by_verdict()
    return (f"{tally.sources} sources, {tally.findings} findings: "
            + ", ".join(f"{counts[verdict]} {verdict}" for verdict in VERDICTS)
            + f"; {tally.unreviewed} unreviewed conflict(s)")
