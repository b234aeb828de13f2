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

from .atomic import write_text
from .errors import OutputsOfAnotherCorpus

OWNER_FILE = ".factcheck-corpus"


def claim_outputs(corpus: Path | str, folders: list[Path]) -> None:
    """Mark each folder as the given corpus's, unless another corpus (one that still exists) has it."""
    for folder in dict.fromkeys(Path(folder) for folder in folders):
        recorded = _recorded(folder / OWNER_FILE)
        owner = _owner(folder, recorded) if recorded is not None else None
        if owner is not None and owner == _identity(corpus):
            continue
        if owner is not None and (_is_url(owner) or Path(owner).is_dir()):
            raise OutputsOfAnotherCorpus(folder=folder, owner=owner, corpus=corpus)
        write_text(folder / OWNER_FILE, _reference(corpus, folder) + "\n")


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
