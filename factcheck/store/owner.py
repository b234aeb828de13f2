"""Which corpus an output folder (claims/, reports/) belongs to, so two corpora never share one.

Two corpora side by side (``x/a``, ``x/b``) both put their outputs in ``x/claims`` and
``x/reports`` by default. Sharing them would mix the corpora: a ledger of ``a`` read for an
article of ``b`` with the same id (its hand-added claims, with offsets into text ``b`` does not
have, in ``b``'s report), ``a``'s reports overwritten. So the first run writes a hidden marker,
``.factcheck-corpus``, into each output folder: the corpus folder's path from there (relative, so
a repository can move). A run for another corpus stops (OutputsOfAnotherCorpus, exit 2) and says
how to give it folders of its own. A marker whose corpus no longer exists (the folder was renamed
or removed) is taken over; a folder without one (made before markers) is taken as it is.
"""
from __future__ import annotations

import os
from pathlib import Path

from ..errors import OutputNotWritable, OutputsOfAnotherCorpus, ReportsInCorpus
from .atomic import make_folder, write_text

OWNER_FILE = ".factcheck-corpus"


def claim_outputs(corpus: Path | str, folders: list[Path]) -> None:
    """Mark each folder as the given corpus's, unless another corpus (one that still exists) has it."""
    for folder in dict.fromkeys(Path(folder) for folder in folders):
        marker = folder / OWNER_FILE
        recorded = _recorded(marker)
        if recorded is None and _create(marker, _reference(corpus, folder) + "\n"):
            continue
        recorded = recorded or _recorded(marker)  # two runs at once: the one that made it first has it
        owner = _owner(folder, recorded) if recorded is not None else None
        if owner is not None and owner == _identity(corpus):
            continue
        if owner is not None and (_is_url(owner) or Path(owner).is_dir()):
            raise OutputsOfAnotherCorpus(folder=folder, owner=owner, corpus=corpus)
        write_text(marker, _reference(corpus, folder) + "\n")  # its corpus is gone: take it over


def reports_outside(corpus: Path, reports_dir: Path) -> None:
    """Reports inside the corpus folder would be read back as articles (findings.txt, findings.md)
    by the next check: ReportsInCorpus (exit 2) unless a hidden folder keeps them out of sight."""
    root, folder = corpus.resolve(), reports_dir.resolve()
    if folder == root or root in folder.parents:
        inside = folder.relative_to(root).parts
        if not any(part.startswith(".") for part in inside):
            raise ReportsInCorpus(folder=reports_dir, corpus=corpus)


def _create(marker: Path, text: str) -> bool:
    """Write a new marker; False when one is there already (another run made it just now)."""
    make_folder(marker.parent)
    try:
        descriptor = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        return False
    except OSError as error:
        raise OutputNotWritable(path=marker.parent, detail=error.strerror or str(error)) from error
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        stream.write(text)
    return True


def _is_url(location: str | Path) -> bool:
    return "://" in str(location)


def _identity(corpus: Path | str) -> str:
    return str(corpus) if _is_url(corpus) else str(Path(corpus).resolve())


def _reference(corpus: Path | str, folder: Path) -> str:
    """How the marker names the corpus: a URL as it is, a folder by its path from the marker's folder."""
    if _is_url(corpus):
        return str(corpus)
    try:
        return Path(os.path.relpath(Path(corpus).resolve(), folder.resolve())).as_posix()
    except ValueError:  # another drive (Windows): no relative path
        return str(Path(corpus).resolve())


def _owner(folder: Path, recorded: str) -> str:
    return recorded if _is_url(recorded) else str((folder.resolve() / recorded).resolve())


def _recorded(marker: Path) -> str | None:
    try:
        text = marker.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None  # none (or unreadable: rewritten below, or the write says why it cannot be)
    return text or None
