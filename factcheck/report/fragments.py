"""The report base: what every report format is made of, and how one is rendered.

A format (``Format``, one row of the table in report.py) is a fragment per finding and a writer
that assembles the fragments, in report order, between a head and a tail made from the tally.
The renderers (report.py, html_report.py, github_report.py, sarif_report.py) import this module
and never one another's table, so there is no import cycle; the run state stores fragments by
format name and needs none of it.
"""
from __future__ import annotations

import hashlib
import io
import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..kinds import KINDS
from ..models import VERDICTS, Finding, Problem, Report, Source

Write = Callable[[str], object]
Row = tuple[str, str]  # (the finding's verdict, its fragment), in report order


@dataclass
class Tally:
    """What a report's head and tail say: how many sources and findings of each kind and verdict,
    how many conflicts nobody reviewed, and the problems met reading the corpus."""

    sources: int
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)  # (kind, verdict) -> findings
    unreviewed: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def findings(self) -> int:
        return sum(self.counts.values())

    def by_verdict(self) -> dict[str, int]:
        return {verdict: sum(self.counts[kind, verdict] for kind in KINDS) for verdict in VERDICTS}

    def kinds(self) -> list[str]:
        return [kind for kind in KINDS if any(self.counts[kind, verdict] for verdict in VERDICTS)]

    def add(self, kind: str, verdict: str, unreviewed: bool) -> None:
        self.counts[kind, verdict] += 1
        self.unreviewed += unreviewed

    @classmethod
    def of(cls, report: Report) -> "Tally":
        tally = cls(sources=len(report.sources), problems=list(report.problems))
        for finding in report.findings:
            tally.add(finding.kind, finding.verdict, finding.verdict == "conflict" and not finding.reviewed)
        return tally


def sections(rows: Iterable[Row]) -> Iterable[tuple[str, Iterable[str]]]:
    """(verdict, its fragments) for every verdict, in report order, empty ones included."""
    groups = itertools.groupby(rows, key=lambda row: row[0])
    pending = next(groups, None)
    for verdict in VERDICTS:
        if pending is not None and pending[0] == verdict:
            yield verdict, (fragment for _, fragment in pending[1])
            pending = next(groups, None)
        else:
            yield verdict, iter(())


class Context:
    """What a finding's fragments need besides the finding: its sources (HTML captions name the
    outlet and date) and, for GitHub's and SARIF's paths, the corpus folder as the repository names it.
    Parts that depend on a source alone are made once per source and kept here."""

    def __init__(self, sources: Mapping[str, Source], corpus_dir: str | None = None) -> None:
        self.sources = sources
        self.corpus_dir = corpus_dir  # as paths in GitHub annotations and SARIF name it (from the repository root)
        self.memo: dict[tuple[str, str], object] = {}

    def once(self, what: str, source_id: str, make: Callable[[], object]) -> object:
        key = (what, source_id)
        if key not in self.memo:
            self.memo[key] = make()
        return self.memo[key]


class Sources(Sequence[Source]):
    """A report's sources, read only when a part of a report made from them alone (the sources
    tables, the JSON array) is not kept already. ``digests``: of the sources, by whether their
    content hashes count (a part that does not show them stays when an article's text changes);
    ``kept`` (from the run state): name -> (digest, text) of the parts an earlier run made;
    ``made`` gets those this run makes. Rendering 10,000 sources' rows in three formats was a
    third of a re-check's report writing."""

    def __init__(self, count: int, load: Callable[[], list[Source]], digests: Mapping[bool, str],
                 kept: Mapping[str, tuple[str, str]], rehashed: Mapping[str, str] | None = None) -> None:
        self.count = count
        self.load = load
        self.loaded: list[Source] | None = None
        self.digests = digests
        self.kept = kept
        self.rehashed = rehashed or {}  # content hash in the last run -> now, of the articles edited since
        self.made: dict[str, tuple[str, str]] = {}

    def _sources(self) -> list[Source]:
        if self.loaded is None:
            self.loaded = self.load()
        return self.loaded

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, index):  # type: ignore[override]
        return self._sources()[index]

    def __iter__(self):
        return iter(self._sources())

    def part(self, name: str, make: Callable[[], str], content_hash: bool, inputs: str | None = None) -> str:
        """The part called name: kept if made before from the same sources, or from the same
        ``inputs`` when it is made from those (a text holding all it depends on) and not the sources."""
        if inputs is not None:
            digest = hashlib.sha1(inputs.encode()).hexdigest()
        else:  # a part that shows the hashes is kept with both digests, to be mended when only they changed
            digest = f"{self.digests[True]}:{self.digests[False]}" if content_hash else self.digests[False]
        kept = self.kept.get(name)
        if kept is not None and kept[0] == digest:
            return kept[1]
        text = None
        if kept is not None and content_hash and inputs is None and kept[0].endswith(f":{self.digests[False]}"):
            text = _rehashed(kept[1], self.rehashed)
        if text is None:
            text = make()
        self.made[name] = (digest, text)
        return text


def _rehashed(text: str, rehashed: Mapping[str, str]) -> str | None:
    """text (JSON of sources, kept from the last run) with each content hash of rehashed in place
    of the one it had, when each old one stands in it once, as a key's value; else None."""
    for old, new in rehashed.items():
        shown = f'"content_hash": "{old}"'
        if text.count(shown) != 1:
            return None
        text = text.replace(shown, f'"content_hash": "{new}"')
    return text


def sources_part(sources: Sequence[Source], name: str, make: Callable[[], str], content_hash: bool = False) -> str:
    """The part of a report made from its sources alone (make()), kept from an earlier run when
    the sources are a run's Sources and the same as then. ``content_hash``: whether the part shows
    the sources' content hashes (tests/test_incremental.py checks those that say not)."""
    return sources.part(name, make, content_hash) if isinstance(sources, Sources) else make()


def kept_part(sources: Sequence[Source], name: str, inputs: str, make: Callable[[], str]) -> str:
    """A part of a report made from ``inputs`` alone (make()), kept from an earlier run with the
    same inputs when the sources are a run's Sources (which carry what the run state keeps)."""
    return sources.part(name, make, False, inputs) if isinstance(sources, Sources) else make()


Fragment = Callable[[Finding, Context], str]
Writer = Callable[[Write, Tally, Iterable[Row], Sequence[Source]], None]


@dataclass(frozen=True)
class Format:
    """One report format: its name (``--format``), the file it is written to in the reports
    folder, its media type, the fragment of one finding and the writer that assembles them."""

    name: str
    file_name: str
    media_type: str
    fragment: Fragment
    write: Writer
    # Whether the writer hands each fragment to write() alone, untouched, so that a re-check may
    # copy an unchanged one's bytes from the file written before (store/splice.py).
    splices: bool = True

    def write_report(self, write: Write, report: Report, context: Context | None = None) -> None:
        write_report(write, report, self.fragment, self.write, context)

    def render(self, report: Report, context: Context | None = None) -> str:
        """The whole report in this format, as a string."""
        return render_report(report, self.fragment, self.write, context)


def write_report(write: Write, report: Report, fragment: Fragment, writer: Writer,
                 context: Context | None = None) -> None:
    """A whole report, fragment by fragment, as the run state's reports are written."""
    context = context or Context({source.id: source for source in report.sources})
    rows = ((finding.verdict, fragment(finding, context)) for finding in report.findings)
    writer(write, Tally.of(report), rows, report.sources)


def render_report(report: Report, fragment: Fragment, writer: Writer, context: Context | None = None) -> str:
    buffer = io.StringIO()
    write_report(buffer.write, report, fragment, writer, context)
    return buffer.getvalue()
