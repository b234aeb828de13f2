"""A run: the corpus listed and its articles found, its outputs claimed, the options it was given,
and how it works over the run state (engine.py runs its stages)."""
from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import pattern_cache
from .errors import NoArticles, OutputNotWritable
from .load.corpus import corpus_listing
from .load.discover import ArticleFile, is_excluded
from .load.listing import FolderListing, Listing
from .models import Problem, Source
from .report.fragments import Sources, Tally
from .report.github_report import repository_path
from .report.html_report import keep_templates_in
from .store.atomic import remove_stale_temporaries, write_bytes
from .store.owner import claim_outputs, reports_outside
from .store.state import FindingSummary, State, is_damaged

if TYPE_CHECKING:  # imported by workers.py when a pool starts
    from concurrent.futures import Executor

Stage = Callable[[str, int, str], None]
# A source record's content hash (Source.model_dump_json: compact, and a hex digest never holds a quote).
_CONTENT_HASH = re.compile(r'"content_hash":"([^"]*)"')  # a stage starts: its name, how many items, what they are


@dataclass
class CheckResult:
    tally: Tally
    extracted: int  # articles whose claims were extracted afresh
    read: int  # articles read (changed since the last run, or new)
    restudied: int  # stories aligned and compared afresh
    reports: dict[str, Path] = field(default_factory=dict)  # format -> the file written
    found: dict[str, FindingSummary] = field(default_factory=dict)  # the findings asked for (look_up)

    @property
    def problems(self) -> list[Problem]:
        return self.tally.problems


@dataclass(frozen=True)
class Run:
    """What one run works with: the corpus (its listing and the articles found in it), where
    ledgers go, and the options factcheck.toml and the command line gave."""

    listing: Listing
    claims_dir: Path
    max_bytes: int
    jobs: int  # worker processes, or batches in flight on ``executor``
    github_dir: str  # the corpus folder as the repository names it ("": a corpus at a URL)
    kinds: tuple[str, ...] | None
    exclude: tuple[str, ...]
    found: list[ArticleFile]
    found_problems: list[Problem]
    stage: Stage | None = None
    synonyms: tuple[tuple[str, ...], ...] = ()  # words an editor declared equal (factcheck.toml)
    executor: Executor | None = None  # where articles and stories are worked on (a Dask client's); None: here or a pool
    progress: Callable[[int], None] | None = None

    def start(self, name: str, total: int, unit: str) -> None:
        if self.stage is not None:
            self.stage(name, total, unit)

    @property
    def folder(self) -> Path | None:
        """The corpus folder; None for a corpus at a URL."""
        return self.listing.root if isinstance(self.listing, FolderListing) else None

    def meta(self, max_bytes: int, follow_symlinks: bool) -> dict[str, str]:
        """What the run state was made with: another corpus or other options make a new one."""
        return {"corpus": self.listing.name, "max_bytes": str(max_bytes), "follow_symlinks": str(follow_symlinks),
                "github_dir": self.github_dir, "kinds": str(self.kinds), "exclude": str(self.exclude),
                "synonyms": json.dumps([list(words) for words in self.synonyms])}


def discover(listing: Listing, exclude: tuple[str, ...]) -> tuple[list[ArticleFile], list[Problem]]:
    """The articles to check; NoArticles (exit 2, saying what there is instead) when there is none to
    read, so that a CI job over the wrong folder never goes green with nothing checked."""
    problems: list[Problem] = []
    every_file = listing.files(problems)
    found = [article for article in every_file if not is_excluded(article.shown, exclude)]
    # Files that are articles but were passed over (unreadable, links not followed) are problems
    # of their own, with their own exit code; a .pdf beside nothing is no article at all.
    if not found and all(problem.code == "not-an-article" for problem in problems):
        why = [f"{len(every_file)} left out by exclude"] if every_file else []
        raise NoArticles(path=listing.where, found="; ".join([listing.describe(), *why]))
    return found, problems


def prepare(corpus_dir: Path | str, claims_dir: Path, reports_dir: Path | None, jobs: int, max_bytes: int,
             follow_symlinks: bool, github_dir: str | None, kinds: Iterable[str] | None, exclude: Sequence[str],
             synonyms: Sequence[Sequence[str]], stage: Stage | None, executor: Executor | None,
             progress: Callable[[int], None] | None) -> Run:
    """The run, once the corpus is known to be one, its outputs are outside it and its own, and its
    articles are found."""
    listing = corpus_listing(corpus_dir, max_bytes, follow_symlinks)
    if executor is not None:  # a worker's working folder is not ours: it is given absolute paths
        claims_dir = Path(os.path.abspath(claims_dir))
        if isinstance(listing, FolderListing):
            listing = FolderListing(Path(os.path.abspath(listing.root)), follow_symlinks)
    folder = listing.root if isinstance(listing, FolderListing) else None
    if folder is not None and reports_dir is not None:
        reports_outside(folder, reports_dir)
    # Annotations and SARIF name articles from the repository root, whatever the folder is called.
    if github_dir is None:
        github_dir = repository_path(folder) if folder is not None else ""
    found, problems = discover(listing, tuple(exclude))
    claim_outputs(listing.where, [claims_dir] + ([reports_dir] if reports_dir is not None else []))
    return Run(listing, claims_dir, max_bytes, jobs, github_dir, tuple(kinds) if kinds else None, tuple(exclude),
               found, problems, stage, tuple(tuple(words) for words in synonyms), executor, progress)


def on_state(state: State, work: Callable[[], CheckResult]) -> CheckResult:
    """work() over the run state: made again once when it proves damaged; OutputNotWritable when it
    cannot be used at all. The patterns and templates the package compiled are kept beside it
    (pattern_cache.py, html_report.py); what a killed run was writing there goes."""
    remove_stale_temporaries(state.path.parent)
    pattern_cache.keep_patterns_in(state.path.parent, write_bytes)
    keep_templates_in(state.path.parent)
    try:
        try:
            return work()
        except sqlite3.DatabaseError as error:
            if not is_damaged(error):
                raise
            state.set_aside(error)  # damaged past its first page: found only now; it is a cache
            return work()
    except sqlite3.Error as error:  # read-only, full, or damaged again: the claims folder's fault, not ours
        raise OutputNotWritable(path=state.path, detail=f"the run state cannot be used: {error}") from error
    finally:
        state.close()
        pattern_cache.save_patterns()  # those this run compiled, for the next


def report_sources(state: State, records: list[str], stories: list[str], earlier: list[str | None] | None = None
                   ) -> Sources:
    """The report's sources (their records as JSON, and their stories), read only if a part of a
    report made from them is not kept from a run with the same sources: the digests, with and
    without their content hashes, tell. ``earlier``: each source's record in the last run (None:
    it had none), so that a part that differs from the kept one only in the content hashes of the
    articles edited since is mended, not made again from every source."""
    digest, shown = hashlib.sha1(), hashlib.sha1()
    rehashed: dict[str, str] = {}
    for record, story, before in zip(records, stories, earlier or [None] * len(records)):
        text = f"{record}\0{story}\0"
        digest.update(text.encode())
        shown.update(_CONTENT_HASH.sub("", text).encode())
        if before is not None and before != record and (old := _CONTENT_HASH.search(before)):
            rehashed[old.group(1)] = _CONTENT_HASH.search(record).group(1)  # type: ignore[union-attr]

    def load() -> list[Source]:
        sources = []
        for record, story in zip(records, stories):
            source = Source.model_validate_json(record)
            source.story = story
            sources.append(source)
        return sources
    return Sources(len(records), load, {True: digest.hexdigest(), False: shown.hexdigest()}, state.parts(), rehashed)
