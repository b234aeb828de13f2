"""Atomic file writes: a temporary file in the same folder, then a rename over the target.

A reader (or a run stopped half-way) only ever sees the old file or the new one, never a half.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import OutputNotWritable


def write_text(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise OutputNotWritable(path=path, detail=error.strerror or str(error)) from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException as error:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        if isinstance(error, OSError):
            raise OutputNotWritable(path=path, detail=error.strerror or str(error)) from error
        raise
