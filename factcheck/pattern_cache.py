"""The package's compiled patterns kept between runs, in the cache folder beside the run state.

A re-check that extracts one edited article compiles over 200 of the package's patterns at their
first use (lazyre.py): about 0.1 s of CPU, a tenth of the re-check, nearly all of it re's parser
and compiler, which are Python. Compiling ends in one call of the C constructor ``_sre.compile``
with plain values (the pattern, its flags, the compiled code as a list of ints, its groups), which
marshal keeps. So the values re handed that call are kept in a file, and the next run hands them
to it directly: the same pattern object re would make, for a small fraction of the cost.

This leans on CPython's internals (``re._compiler`` calling ``_sre.compile``), hence the guards:
- only on CPython with ``re._compiler`` (3.11 on); anywhere else ``re.compile`` as always;
- a file per interpreter (its cache tag in the name, sys.version and ``_sre.MAGIC`` in its head)
  with a digest of its content: another build, or a damaged file, is not read;
- an entry is kept only once ``_sre.compile`` given the captured values made a pattern equal to
  re's own (``re.Pattern`` equality compares the flags, the pattern and the whole compiled code);
- whatever fails on the way (a value re no longer passes, a constructor that refuses it) falls back
  to re.compile, and the file is only a cache: deleting it costs the next run the 0.1 s.
"""
from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
import threading
from collections.abc import Callable
from typing import Any

from . import start_chars

try:
    import _sre
    from re import _compiler
except ImportError:  # another interpreter, or a Python without re._compiler: nothing is kept
    _sre = _compiler = None  # type: ignore[assignment]

_COMPILE = re.compile
_HEADER = f"factcheck patterns, start characters\0{sys.version}\0{getattr(_sre, 'MAGIC', '')}\0".encode()
# Entries a file holds at most: past it, only the patterns this run used are written (patterns of
# older releases of the package would otherwise pile up).
KEPT_AT_MOST = 4096
_WHERE: list[tuple[str, Callable[[str, bytes], None]]] = []  # the file, and how it is written whole
_KEPT: dict[tuple[Any, int], tuple] = {}  # (pattern, flags) -> _sre.compile's other arguments
_MADE: dict[tuple[Any, int], tuple] = {}  # those compiled in this process and not in the file yet
_USED: set[tuple[Any, int]] = set()
_ALL: list[bool] = [False]  # whether save_patterns compiles every pattern of the package first
_LOCK = threading.Lock()


def usable() -> bool:
    return _compiler is not None and sys.implementation.name == "cpython" and getattr(_compiler, "_sre", None) is _sre


def file_name() -> str:
    return f"patterns-{sys.implementation.cache_tag}.marshal"


def keep_patterns_in(folder: str | os.PathLike[str] | None, write: Callable[[str, bytes], None] | None = None) -> None:
    """Where compiled patterns are kept (None: nowhere) and how a file is written there whole
    (the store's atomic write); those kept there are read now."""
    _WHERE.clear()
    _KEPT.clear()
    _MADE.clear()
    _USED.clear()
    _ALL[0] = False
    if folder is None or write is None or not usable():
        return
    path = os.path.join(os.fspath(folder), file_name())
    _WHERE.append((path, write))
    _KEPT.update(_read(path))


def _read(path: str) -> dict:
    try:
        with open(path, "rb") as stream:
            data = stream.read()
    except OSError:
        return {}
    start = len(_HEADER) + 32
    if not data.startswith(_HEADER) or hashlib.sha256(data[start:]).digest() != data[len(_HEADER):start]:
        return {}
    try:
        table = marshal.loads(data[start:])
    except (ValueError, EOFError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def compiled(pattern: str | bytes, flags: Any = 0) -> re.Pattern:
    """re.compile(pattern, flags): from the kept values when there are, else compiled by re and
    its values kept for the next run."""
    if not _WHERE or not isinstance(flags, int) or flags & re.DEBUG:
        return start_chars.with_starts(_COMPILE(pattern, flags), None) if isinstance(flags, int) else _COMPILE(pattern, flags)
    key = (pattern, int(flags))
    _USED.add(key)
    values = _KEPT.get(key)
    if values is not None:
        try:
            return _sre.compile(pattern, *values)
        except Exception:  # noqa: BLE001 - a value this build refuses: re compiles it, as it would anyway
            del _KEPT[key]
    made, values = _captured(pattern, int(flags))
    if values is not None:
        _MADE[key] = values
    return made


class _Capture:
    """``_sre`` as re._compiler sees it while one pattern compiles: its own attributes, and a
    ``compile`` that records the values it is given."""

    def __init__(self) -> None:
        self.__dict__.update((name, value) for name, value in vars(_sre).items() if name != "compile")
        self.values: tuple | None = None

    def compile(self, *values: Any) -> Any:
        self.values = values
        return _sre.compile(*values)


def _captured(pattern: str | bytes, flags: int) -> tuple[re.Pattern, tuple | None]:
    """The pattern as re compiles it, and the values of its ``_sre.compile`` call (None when they
    cannot be kept: not what was expected, or not giving the same pattern back)."""
    capture = _Capture()
    with _LOCK:
        _compiler._sre = capture  # type: ignore[attr-defined]
        try:
            made = _compiler.compile(pattern, flags)
        finally:
            _compiler._sre = _sre  # type: ignore[attr-defined]
    found = capture.values
    if found is None or len(found) != 6 or found[0] != pattern:
        return made, None
    try:
        values = (int(found[1]), [int(code) for code in found[2]], int(found[3]), dict(found[4]), tuple(found[5]))
        marshal.dumps(values)
        again = _sre.compile(pattern, *values)
    except Exception:  # noqa: BLE001 - not plain values after all: nothing is kept
        return made, None
    same = (again == made and again.groups == made.groups and again.groupindex == made.groupindex
            and type(again) is type(made))
    if not same:
        return made, None
    hinted = start_chars.hinted_code(pattern, values[0], values[1]) if isinstance(pattern, str) else None
    if hinted is None:
        return made, values
    values = (values[0], hinted, *values[2:])  # its search skips to the characters a match starts with
    return _sre.compile(pattern, *values), values


def compile_all_at_save() -> None:
    """This run's articles are read in worker processes, which keep the patterns they compile to
    themselves: save_patterns compiles (and keeps) every pattern of the package not kept yet, so
    that the first re-check after a full check gains too (0.1 s once, in a run of seconds)."""
    _ALL[0] = True


def save_patterns() -> None:
    """Write the file again when this process compiled patterns it did not hold (the parent of a
    run, after its work: worker processes keep theirs to themselves)."""
    if _WHERE and _ALL[0]:
        _ALL[0] = False
        from .lazyre import package_patterns

        for pattern in package_patterns():
            key = (pattern.pattern, pattern._flags)
            if isinstance(key[1], int) and key not in _KEPT and key not in _MADE:
                compiled(*key)
    if not _WHERE or not _MADE:
        return
    from .errors import OutputNotWritable  # here: errors.py's patterns are lazy when the package imports it
    path, write = _WHERE[0]
    table = {**_KEPT, **_MADE}
    if len(table) > KEPT_AT_MOST:
        table = {key: values for key, values in table.items() if key in _USED}
    data = marshal.dumps(table)
    with contextlib.suppress(OutputNotWritable, OSError):  # only a cache: the next run compiles them again
        write(path, _HEADER + hashlib.sha256(data).digest() + data)
    _KEPT.update(_MADE)
    _MADE.clear()
