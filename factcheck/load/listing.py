"""Where a corpus's files are listed and read from: a local folder, or any fsspec URL.

One loader for both (corpus.load_corpus and the engine): a listing names the article files under the
corpus by the discovery rules of discover.py, and reads one file's bytes. A local folder is read
where the work is done (a worker process, a Dask worker); a URL is read in the process that lists it
(``reads_here``): a ``memory://`` store lives in that process only, and a store's credentials stay
there too. A local file's size, times and inode tell the run state whether it changed; a URL's
files have none that can be trusted, so they are read every run.
"""
from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import CorpusNotFound, EngineUnavailable
from ..models import Problem
from .discover import ArticleFile, article_files, describe_counts, describe_folder, file_problem, is_article_name


def is_url(location: str | Path) -> bool:
    return "://" in str(location)


def local_path(location: str | Path) -> str | Path:
    """A ``file://`` URL as the folder it names (read like any folder: its files' times are
    trusted); any other location as it is."""
    text = str(location)
    return text[len("file://"):] if text.startswith("file://") else location


@dataclass(frozen=True)
class Read:
    data: bytes  # at most the size limit and one byte more: the file may grow while it is read
    size: int  # the file's size
    stat: str  # file_stat's text, "" when the file has none to trust


def file_stat(path: Path | str, stat: os.stat_result | None = None) -> str | None:
    """What tells a file changed without reading it: size, modification and change times, inode.
    None when there is no file."""
    if stat is None:
        try:
            stat = os.stat(path)
        except OSError:
            return None
    return f"{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ctime_ns}:{stat.st_ino}"


def read_file(path: Path | str, max_bytes: int) -> Read:
    """A local file's bytes (never more than max_bytes + 1), size and stat; OSError when it cannot be read."""
    with open(path, "rb") as stream:
        data = stream.read(max_bytes + 1)
        stat = os.fstat(stream.fileno())
    return Read(data, stat.st_size, file_stat(path, stat) or "")


@dataclass(frozen=True)
class FolderListing:
    """The articles under a local folder."""

    root: Path
    follow_symlinks: bool = False
    reads_here = False  # read by whoever does the work: the folder is there too

    @property
    def name(self) -> str:
        return str(self.root.resolve())

    @property
    def where(self) -> Path:
        return self.root

    def files(self, problems: list[Problem]) -> list[ArticleFile]:
        return article_files(self.root, self.follow_symlinks, problems)

    def path_of(self, shown: str) -> str:
        return str(self.root / shown)

    def stat(self, path: Path | str) -> str | None:
        return file_stat(path)

    def read(self, path: Path | str, max_bytes: int) -> Read:
        return read_file(path, max_bytes)

    def describe(self) -> str:
        return describe_folder(self.root)


class UrlListing:
    """The articles under an fsspec URL (s3://, gs://, memory://...), by the same rules as a folder's."""

    reads_here = True  # read in the process that lists it (see the module's docstring)

    def __init__(self, location: str) -> None:
        try:
            import fsspec
        except ImportError as error:
            raise EngineUnavailable(engine="dask", detail=f"reading {location} needs fsspec: {error}") from error
        self.location = location
        self.filesystem: Any
        self.filesystem, self.root = fsspec.core.url_to_fs(location)
        if not self.filesystem.isdir(self.root):
            raise CorpusNotFound(path=location)

    @property
    def name(self) -> str:
        return self.location

    @property
    def where(self) -> str:
        return self.location

    def _names(self) -> list[tuple[str, str]]:
        """(path in the store, path under the corpus) of every file but hidden ones, sorted."""
        found = []
        for path in sorted(self.filesystem.find(self.root)):
            shown = str(PurePosixPath(path).relative_to(PurePosixPath(self.root)))
            if not any(part.startswith(".") for part in PurePosixPath(shown).parts):
                found.append((path, shown))
        return found

    def files(self, problems: list[Problem]) -> list[ArticleFile]:
        articles = []
        for path, shown in self._names():
            problem = file_problem(shown)
            if problem is not None:
                problems.append(problem)
            elif is_article_name(shown):
                articles.append(ArticleFile(str(Path(path)), shown))
        return sorted(articles, key=lambda found: found.shown)

    def path_of(self, shown: str) -> str:
        return str(PurePosixPath(self.root) / shown)

    def stat(self, path: Path | str) -> str | None:
        return None  # nothing to trust: read every run

    def read(self, path: Path | str, max_bytes: int) -> Read:
        with self.filesystem.open(str(path), "rb") as stream:
            data = stream.read(max_bytes + 1)
        return Read(data, self.filesystem.size(str(path)) if len(data) > max_bytes else len(data), "")

    def describe(self) -> str:
        return describe_counts(Counter(PurePosixPath(shown).suffix.lower() or "(no extension)"
                                       for _, shown in self._names()))


Listing = FolderListing | UrlListing


def listing_for(location: str | Path, follow_symlinks: bool = False) -> Listing:
    """The listing of a corpus: a local folder (a ``file://`` URL is one), or a URL read through fsspec.
    CorpusNotFound when there is no such folder."""
    location = local_path(location)
    if is_url(location):
        return UrlListing(str(location))
    root = Path(location)
    if not root.is_dir():
        raise CorpusNotFound(path=root)
    return FolderListing(root, follow_symlinks)
