"""GitHub Actions annotations: one ``::error`` workflow command per unreviewed conflict.

``factcheck check --format github`` in a workflow step makes GitHub show each conflict on its
line of one of its articles, naming the other sources, in the run and in a pull request's diff.

Paths. A source's ``path`` is relative to the corpus folder; GitHub wants paths from the
repository root. ``check`` gives the corpus folder's path from there (repository_path: the nearest
folder above holding ``.git``, else the working folder), whatever the folder is called; a library
caller of ``render_github`` gives ``corpus_dir`` ("sources" by default). An absolute path is kept.

Lines and columns. Each claim carries the line and column of its start, taken from the text it was
read from (the extractor's; an editor's added claim gets them from the article when it is checked),
so the renderer never reads an article back: an annotation is right even when the file has changed
since, or is at a URL.

GitHub shows 10 error annotations a step: the CLI prints at most ``--max-annotations`` of them and
says how many it left out (cap_annotations); the report file holds them all.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from ..models import VERDICTS, ClaimBase, Finding, Report, Source
from ..safetext import printable
from .fragments import Context, Row, Tally, Write, render_report

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
    >>> annotation_path(Source(id="a", path="a.txt", content_hash=""), ".")
    'a.txt'
    """
    if Path(source.path).is_absolute():
        return source.path
    corpus_dir = corpus_dir.replace("\\", "/").rstrip("/")
    return source.path if corpus_dir in ("", ".") else f"{corpus_dir}/{source.path}"


def repository_path(corpus: Path | str) -> str:
    """The corpus folder as a repository names it: its path from the nearest folder above it that
    holds ``.git`` (a folder, or a file in a worktree), else from the working folder, else absolute."""
    folder = Path(corpus).resolve()
    for root in (folder, *folder.parents):
        if (root / ".git").exists():
            return folder.relative_to(root).as_posix() or "."
    try:
        return folder.relative_to(Path.cwd().resolve()).as_posix() or "."
    except ValueError:
        return folder.as_posix()


def render_github(report: Report, corpus_dir: str = CORPUS_DIR) -> str:
    """Workflow commands: errors for unreviewed conflicts, warnings for problems, one closing notice."""
    return render_report(report, finding_fragment, write_github,
                         Context({source.id: source for source in report.sources}, corpus_dir))


def finding_fragment(finding: Finding, context: Context) -> str:
    """An error for an unreviewed conflict, on its first claim's line; nothing for any other finding."""
    if finding.verdict != "conflict" or finding.reviewed or not finding.claims:
        return ""
    claim = finding.claims[0]
    return _error(finding, claim, context.sources.get(claim.source), context.corpus_dir or CORPUS_DIR) + "\n"


def write_github(write: Write, tally: Tally, rows: Iterable[Row], sources: Sequence[Source]) -> None:
    for _, fragment in rows:
        write(fragment)
    for problem in tally.problems:
        write(f"::warning title=factcheck problem::{escape_data(f'{problem.path}: {problem.reason}')}\n")
    write(f"::notice title=factcheck::{escape_data(_summary(tally))}\n")


def cap_annotations(lines: Iterable[str], cap: int, report: str) -> Iterator[str]:
    """The report's lines with at most ``cap`` errors and ``cap`` warnings (GitHub shows 10 of each
    a step), then a notice of how many were left out and where they all are."""
    shown = {"::error": 0, "::warning": 0}
    left_out = {"::error": 0, "::warning": 0}
    for line in lines:
        command = line.split(" ", 1)[0]
        if command in shown:
            if shown[command] >= cap:
                left_out[command] += 1
                continue
            shown[command] += 1
        yield line
    if any(left_out.values()):
        parts = [f"{left_out['::error']} more unreviewed conflict(s)"] if left_out["::error"] else []
        parts += [f"{left_out['::warning']} more problem(s)"] if left_out["::warning"] else []
        yield (f"::notice title=factcheck::{escape_data(' and '.join(parts))} not annotated (at most {cap} of each; "
               f"--max-annotations): every one is in {escape_data(report)} and the reports artifact\n")


def _error(finding: Finding, claim: ClaimBase, source: Source | None, corpus_dir: str) -> str:
    properties = []
    if source is not None:
        properties.append(f"file={escape_property(annotation_path(source, corpus_dir))}")
    if claim.line is not None and claim.column is not None:
        properties.append(f"line={claim.line},col={claim.column}")
    properties.append(f"title={escape_property(f'{TITLE}: {finding.kind}')}")
    return f"::error {','.join(properties)}::{escape_data(_message(finding, claim))}"


def _message(finding: Finding, claim: ClaimBase) -> str:
    """The explanation first (what the editor acts on), then what each source says and how to
    record a review."""
    says = [f'{claim.source} says "{claim.text}" ({finding.kind}: {finding.subject})']
    says += [f'{other.source} says "{other.text}"' for other in finding.claims if other is not claim]
    return (f"{finding.explanation}\n{'; '.join(says)}.\n"
            f"Once checked: factcheck review {finding.id} --status confirmed --note \"...\"")


def _summary(tally: Tally) -> str:
    counts = tally.by_verdict()
    return (f"{tally.sources} sources, {tally.findings} findings: "
            + ", ".join(f"{counts[verdict]} {verdict}" for verdict in VERDICTS)
            + f"; {tally.unreviewed} unreviewed conflict(s)")
