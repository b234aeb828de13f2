"""Report files written again by copying the bytes of the findings that did not change.

A re-check after one edited article changes a handful of findings among tens of thousands, yet
each report file holds every finding's fragment: reading 140 MB of fragments back from the run
state and writing them out again was most of a re-check of 10,000 articles. A report written
through ``Splicer`` records where each finding's fragment lies in the file (its ``Layout``); the
next run, if the file is still the one written then (same device, inode, size and times), copies
the unchanged fragments' bytes from it, range by range, in the kernel where it can
(``os.copy_file_range``), and encodes only the new fragments. A file that changed, went or cannot
be read is simply written whole, as the first time: the bytes are the same either way.
"""
from __future__ import annotations

import json
import mmap
import os
from array import array
from dataclasses import dataclass
from typing import BinaryIO

# Text written between two copied fragments (JSON's ",\n    ") is joined into one copy when the
# file before holds the same bytes there; longer text is written, not compared.
_HELD_AT_MOST = 256


@dataclass(slots=True)
class Piece:
    """What a report writer passes to ``write`` for a fragment: a finding's text, or (text None)
    a run of fragments that were next to one another in the file before (indices start to stop of
    its ``Layout``, separators between them included), copied from there and never read here."""

    text: str | None
    finding: str = ""
    start: int = 0
    stop: int = 0

    def __bool__(self) -> bool:  # writers skip empty fragments; the run state keeps none
        return True


@dataclass
class Layout:
    """Where each finding's fragment lies in one report file, and how to tell it is that file."""

    signature: str  # file_signature() of the file as written
    findings: list[str]  # in the file's order
    offsets: array  # in bytes, of findings[i]
    sizes: array

    def dumps(self) -> tuple[str, str, bytes, bytes]:
        return (self.signature, json.dumps(self.findings, separators=(",", ":")), self.offsets.tobytes(),
                self.sizes.tobytes())

    @classmethod
    def loads(cls, signature: str, findings: str, offsets: bytes, sizes: bytes) -> "Layout | None":
        try:
            layout = cls(signature, _parsed(findings), array("q", offsets), array("q", sizes))
        except (ValueError, TypeError):
            return None  # only a cache: the file is written whole
        if not isinstance(layout.findings, list) or not len(layout.findings) == len(layout.offsets) == len(layout.sizes):
            return None
        return layout

    def index(self) -> dict[str, int]:
        """Finding -> its index in findings."""
        return {finding: index for index, finding in enumerate(self.findings)}


# The last list of findings parsed, by its text: the four formats with a fragment for every finding
# list the same findings in the same order, and share one list (read, never changed).
_LAST_PARSED: list = ["", []]


def _parsed(findings: str) -> list:
    if findings != _LAST_PARSED[0]:
        _LAST_PARSED[:] = [findings, json.loads(findings)]
    return _LAST_PARSED[1]


def file_signature(path: str) -> str | None:
    """The file's device, inode, size and change times; None when it is not there. An atomic
    write makes a new inode, and any write in place moves the status change time (which no one
    can set back, unlike the modification time), so a file changed since has another signature."""
    try:
        return _signature(os.stat(path))
    except OSError:
        return None


def _signature(stat: os.stat_result) -> str:
    return f"{stat.st_dev}:{stat.st_ino}:{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ctime_ns}"


def open_previous(path: str, layout: Layout | None) -> int | None:
    """A descriptor of the report file written before, when layout describes it; else None."""
    if layout is None or file_signature(path) != layout.signature:
        return None
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    if _signature(os.fstat(descriptor)) != layout.signature:
        os.close(descriptor)  # replaced between the two looks
        return None
    return descriptor


class Splicer:
    """``write`` for a report file opened in binary: text is encoded, a run of fragments is copied
    from the previous file (``before``: its layout; adjacent runs, and the same short text between
    them, in one copy), and the new file's layout is recorded (``findings``, ``offsets``, ``sizes``).

    ``unchanged_unwritten``: while every byte so far is the previous file's own, at the same
    place, nothing is written (then that whole stretch is copied at once); a file that ends the
    same as the previous one is never written at all, and ``unchanged`` says so: its writer keeps
    the previous file (after one edited article, three of the seven reports keep their bytes)."""

    def __init__(self, stream: BinaryIO, previous: int | None, before: Layout | None = None,
                 unchanged_unwritten: bool = False) -> None:
        self.stream = stream
        self.previous = previous
        self.before = before
        self.view = _view(previous)
        self.position = 0
        self.findings: list[str] = []
        self.offsets = array("q")
        self.sizes = array("q")
        self.pending: list[int] = []  # [offset, size] in the previous file of the range still to copy
        self.held = b""  # text written after the pending range, not yet written
        self.same = unchanged_unwritten and self.view is not None  # so far the previous file's bytes, unwritten
        self.unchanged = False

    def write(self, piece: str | Piece) -> None:
        if self.same and self._still_the_same(piece):
            return
        if piece.__class__ is not Piece:
            self._text(piece.encode("utf-8"))  # type: ignore[union-attr]
        elif piece.text is None:  # type: ignore[union-attr]
            self._copy_run(piece)  # type: ignore[arg-type]
        else:
            data = piece.text.encode("utf-8")  # type: ignore[union-attr]
            self.findings.append(piece.finding)  # type: ignore[union-attr]
            self.offsets.append(self.position)
            self.sizes.append(len(data))
            self._text(data)

    def _text(self, data: bytes) -> None:
        self.position += len(data)
        if self.pending and len(self.held) + len(data) <= _HELD_AT_MOST:
            self.held += data
            return
        self.flush_copy()
        self.stream.write(data)

    def _copy_run(self, piece: Piece) -> None:
        before = self.before
        offset = before.offsets[piece.start]  # type: ignore[union-attr]
        size = before.offsets[piece.stop - 1] + before.sizes[piece.stop - 1] - offset  # type: ignore[union-attr]
        shift = self.position - offset
        self.findings += before.findings[piece.start:piece.stop]  # type: ignore[union-attr]
        self.offsets.extend(map(shift.__add__, before.offsets[piece.start:piece.stop]))  # type: ignore[union-attr]
        self.sizes += before.sizes[piece.start:piece.stop]  # type: ignore[union-attr]
        self.position += size
        if self.pending:
            end = self.pending[0] + self.pending[1]
            if offset == end + len(self.held) and (
                    not self.held or (self.view is not None and self.view[end:offset] == self.held)):
                self.pending[1] += len(self.held) + size
                self.held = b""
                return
        self.flush_copy()
        self.pending = [offset, size]

    def _still_the_same(self, piece: str | Piece) -> bool:
        """Whether piece puts at this place the previous file's own bytes (then recorded, unwritten);
        when not, the stretch the same so far is to be copied, and writing goes on as ever."""
        view, start = self.view, self.position
        if piece.__class__ is not Piece or piece.text is not None:  # type: ignore[union-attr]
            data = (piece.text if piece.__class__ is Piece else piece).encode("utf-8")  # type: ignore[union-attr]
            if view[start:start + len(data)] == data:  # type: ignore[index]
                if piece.__class__ is Piece:
                    self.findings.append(piece.finding)  # type: ignore[union-attr]
                    self.offsets.append(start)
                    self.sizes.append(len(data))
                self.position += len(data)
                return True
        elif self.before.offsets[piece.start] == start:  # type: ignore[union-attr]
            self._copy_run(piece)  # type: ignore[arg-type]
            self.pending = []  # nothing to copy: the run stands at the same place, unwritten
            return True
        self.same = False
        self.pending = [0, start] if start else []
        return False

    def layout(self, signature: str) -> Layout:
        return Layout(signature, self.findings, self.offsets, self.sizes)

    def flush_copy(self) -> None:
        """Copy the pending range of the previous file to the end of this one, then the text held."""
        if self.pending:
            offset, size = self.pending
            self.pending = []
            self.stream.flush()
            _copy(self.previous, self.stream.fileno(), offset, size)  # type: ignore[arg-type]
        if self.held:
            self.stream.write(self.held)
            self.held = b""

    def close(self) -> None:
        if self.same:
            self.same = False
            if self.position == len(self.view):  # type: ignore[arg-type]
                self.unchanged = True
            elif self.position:
                self.pending = [0, self.position]
        if not self.unchanged:
            self.flush_copy()
        if self.view is not None:
            self.view.close()


def _view(descriptor: int | None) -> mmap.mmap | None:
    """The previous file mapped for reading (to compare the text between fragments); None when it
    cannot be (empty, or a file system without mappings): then only adjacent fragments join."""
    if descriptor is None:
        return None
    try:
        return mmap.mmap(descriptor, 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None


def _copy(source: int, target: int, offset: int, size: int) -> None:
    """size bytes of source from offset to the end of target: in the kernel where it can, else
    read and written."""
    try:
        while size:
            copied = os.copy_file_range(source, target, size, offset)
            if not copied:
                raise OSError("the previous report ended early")
            offset, size = offset + copied, size - copied
    except (OSError, AttributeError):  # a file system (or platform: Windows, macOS) without it
        os.lseek(source, offset, os.SEEK_SET)
        while size:
            data = os.read(source, min(size, 1 << 20))
            if not data:
                raise OSError("the previous report ended early") from None
            os.write(target, data)
            offset, size = offset + len(data), size - len(data)
