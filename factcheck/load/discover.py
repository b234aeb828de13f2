"""Which files of a corpus folder are articles, and why the others that look like one are not read.

Articles are the ``.txt`` and ``.md`` files under the folder, at any depth. Hidden files and
folders (a leading dot: .git, editors' swap files, our own temporary files) are passed over
silently, and so is anything that is plainly not an article (reviews.json, .csv, images). Files a
person may expect to be checked become problems: documents in other formats, symbolic links not
followed, pipes and devices, names that cannot be shown.
"""
from __future__ import annotations

import fnmatch
import os
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..models import Problem
from ..safetext import has_unsafe

ARTICLE_SUFFIXES = (".txt", ".md")
# Formats articles are often saved in: worth a word that they were not read.
DOCUMENT_SUFFIXES = (".pdf", ".doc", ".docx", ".odt", ".rtf", ".htm", ".html", ".pages", ".epub")


@dataclass(frozen=True)
class ArticleFile:
    # Where to read it (through a symbolic link when links are followed), as str(Path) would
    # write it: a re-check lists every article, and a Path per file was a tenth of its time.
    location: str
    shown: str  # its path under the corpus folder, as reports show it

    @property
    def path(self) -> Path:
        return Path(self.location)

    @property
    def stem(self) -> str:
        """Path.stem, without making a Path."""
        name = os.path.basename(self.location)
        dot = name.rfind(".")
        return name[:dot] if 0 < dot < len(name) - 1 else name


def article_files(root: Path, follow_symlinks: bool, problems: list[Problem]) -> list[ArticleFile]:
    """Every article under root, sorted by shown path; problems get the files passed over."""
    walk = _Walk(root.resolve(), follow_symlinks, problems)
    walk.walk(root)
    return sorted(walk.found, key=lambda found: found.shown)


class _Walk:
    def __init__(self, real_root: Path, follow_symlinks: bool, problems: list[Problem]) -> None:
        self.real_root = real_root
        self.follow_symlinks = follow_symlinks
        self.problems = problems
        self.found: list[ArticleFile] = []
        self.seen_folders = {real_root}  # real paths: a link back up must not loop for ever
        self.seen_files: dict[str, str] = {}
        # Folders being read, innermost last: their entries, their shown prefix, and whether their
        # entries' paths are written as Path writes them (not for a folder named ".": "./a.txt").
        self.pending: list[tuple[Iterator[os.DirEntry[str]], str, bool]] = []

    def problem(self, shown: str, code: str, reason: str) -> None:
        self.problems.append(Problem(path=shown, code=code, reason=reason))

    def walk(self, root: Path) -> None:
        """Depth first, each folder's entries by name: a stack of folders being read, not
        recursion, so that folders nested 500 deep are read like any others."""
        self.folder(root, "")
        while self.pending:
            entries, prefix, as_path = self.pending[-1]
            entry = next(entries, None)
            if entry is None:
                self.pending.pop()
            elif not entry.name.startswith("."):
                self.entry(entry, prefix, as_path)

    def folder(self, folder: Path, prefix: str) -> None:
        """Read the folder's entries next (walk goes through them before the rest of its parent)."""
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as error:
            self.problem(prefix.rstrip("/") or ".", "unreadable",
                         f"folder cannot be listed ({error.strerror or error}); its articles were not checked")
            return
        self.pending.append((iter(entries), prefix, str(folder) != "."))

    def entry(self, entry: os.DirEntry[str], prefix: str, as_path: bool) -> None:
        shown = prefix + entry.name
        if not _showable(entry.name):
            self.problems.append(_bad_name(shown))
            return
        is_link = entry.is_symlink()
        if not is_link and _is_article(entry.name) and entry.is_file():  # nearly every entry: no Path made
            self.article(entry.path if as_path else str(Path(entry.path)), shown, True)
            return
        path = Path(entry.path)
        if is_link and not self.link(path, shown):
            return
        if entry.is_dir():
            real = path.resolve()
            if real in self.seen_folders:
                self.problem(shown, "symlink", f"symbolic link to folder {real}, which is already read; not read twice")
                return
            self.seen_folders.add(real)
            self.folder(path, shown + "/")
        elif is_article_name(entry.name):
            self.article(str(path), shown, entry.is_file())
        elif path.suffix.lower() in DOCUMENT_SUFFIXES:
            self.problems.append(_not_an_article(shown))

    def link(self, path: Path, shown: str) -> bool:
        """Whether to go on through a symbolic link; a problem says why not."""
        try:
            target = path.resolve()
        except (RuntimeError, OSError):  # a loop of links (Python 3.11 raises RuntimeError, later OSError)
            self.problem(shown, "symlink", "symbolic link that leads round in a loop of links; nothing to read: remove it")
            return False
        inside = target == self.real_root or self.real_root in target.parents
        where = "inside" if inside else "outside"
        if not target.exists():
            self.problem(shown, "symlink", f"broken symbolic link to {target}; nothing to read")
            return False
        if not (target.is_dir() or path.suffix.lower() in ARTICLE_SUFFIXES):
            return False  # a link to a file that is no article anyway: nothing to say
        if not self.follow_symlinks:
            self.problem(shown, "symlink", f"symbolic link to {target} ({where} the corpus folder) not followed; "
                         f"copy the file into the corpus, or run with --follow-symlinks to follow links")
            return False
        return True

    def article(self, path: str, shown: str, is_file: bool) -> None:
        if not is_file:
            self.problem(shown, "unreadable", "not a regular file (a pipe, socket or device); nothing was read")
            return
        # Without links followed, a file is reached by one path only: resolving each (a system
        # call per part of the path) was a third of a re-check's time.
        real = str(Path(path).resolve()) if self.follow_symlinks else path
        if real in self.seen_files:
            self.problem(shown, "duplicate-file", f"the same file as {self.seen_files[real]} (through a symbolic "
                         "link); read once")
            return
        self.seen_files[real] = shown
        self.found.append(ArticleFile(path, shown))


def is_article_name(name: str) -> bool:
    return Path(name).suffix.lower() in ARTICLE_SUFFIXES


def _is_article(name: str) -> bool:
    """is_article_name of a folder entry's name (no slash), without making a Path: Path.suffix's rule."""
    dot = name.rfind(".")
    return 0 < dot < len(name) - 1 and name[dot:].lower() in ARTICLE_SUFFIXES


def file_problem(shown: str) -> Problem | None:
    """The problem of a file listed by its path under the corpus (a store's listing: no links,
    pipes or devices there), when it is one a person may expect to be checked."""
    if not all(_showable(part) for part in shown.split("/")):
        return _bad_name(shown)
    if Path(shown).suffix.lower() in DOCUMENT_SUFFIXES:
        return _not_an_article(shown)
    return None


def _bad_name(shown: str) -> Problem:
    return Problem(path=ascii(shown)[1:-1], code="bad-name", reason=(
        "name has control characters, bidirectional overrides or bytes that are not text in this system's "
        "encoding; rename it to check it"))


def _not_an_article(shown: str) -> Problem:
    suffix = Path(shown).suffix.lower()
    return Problem(path=shown, code="not-an-article", reason=(
        f"{suffix} files are not read; factcheck reads plain text (.txt, .md): save the article as text to check it"))


def _showable(name: str) -> bool:
    """A name with control characters (which a terminal would run), bidirectional overrides (which
    make "txt.exe" read as "exe.txt") or bytes the file system's encoding cannot decode (surrogates,
    which UTF-8 cannot write) cannot go into a report as it is."""
    if name.isascii():  # ASCII's controls (Cc) are exactly what it cannot print, and take in all it has of UNSAFE
        return name.isprintable()
    return not any(unicodedata.category(character) in ("Cc", "Cs") for character in name) and not has_unsafe(name)


def is_excluded(shown: str, patterns: tuple[str, ...] | list[str]) -> bool:
    """Whether an article's path, or a folder on it, matches one of the globs (factcheck.toml's
    ``exclude``): ``drafts`` leaves out everything under drafts/, ``*.draft.md`` those files."""
    if not patterns:
        return False
    parts = shown.split("/")
    candidates = ["/".join(parts[:end]) for end in range(1, len(parts) + 1)] + [parts[-1]]
    return any(fnmatch.fnmatchcase(candidate, pattern.strip("/")) for pattern in patterns for candidate in candidates)


def describe_folder(root: Path, limit: int = 100_000) -> str:
    """What a folder without articles holds instead, by extension: '12 .pdf files, 1 other file, 0 .txt/.md'.
    Hidden files and folders are not counted (they are never read); at most ``limit`` files are looked at."""
    counts: Counter[str] = Counter()
    for folder, folders, files in os.walk(root):
        folders[:] = [name for name in folders if not name.startswith(".")]
        counts.update(Path(name).suffix.lower() or "(no extension)" for name in files if not name.startswith("."))
        if sum(counts.values()) >= limit:
            break
    return describe_counts(counts)


def describe_counts(counts: Counter[str]) -> str:
    """Files by extension, as describe_folder says them."""
    parts = [f"{count} {suffix} file{'s' if count != 1 else ''}" for suffix, count in
             sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:5]]
    rest = sum(counts.values()) - sum(count for _, count in sorted(counts.items(), key=lambda item: -item[1])[:5])
    if rest:
        parts.append(f"{rest} other file{'s' if rest != 1 else ''}")
    if not any(counts[suffix] for suffix in ARTICLE_SUFFIXES):
        parts.append("0 .txt/.md")
    return ", ".join(parts) if len(parts) > 1 else "no files at all (0 .txt/.md)"
