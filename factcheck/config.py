"""The configuration file: ``factcheck.toml`` (or ``[tool.factcheck]`` in ``pyproject.toml``).

Found as ruff and Vale find theirs: in the working folder or the nearest folder above it that
has one (a ``pyproject.toml`` counts only when it has a ``[tool.factcheck]`` table). Its keys are
the long options of ``check`` (``corpus``, ``claims-dir``, ``fail-on``...) plus ``kinds``,
``exclude`` and ``synonyms``; a flag given on the command line wins over the file. The folder of
the file is the
*project root*: paths in the file are relative to it (not to where factcheck runs), the run state
lives in its cache folder, and the outputs the file names belong to the corpus it names.

An unknown key or a bad value stops the run (exit 2) with the file, the line and what is valid:
a typo in a file nobody reads twice must not quietly check something else.
"""
from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigInvalid
from .kinds import KINDS

CONFIG_FILE = "factcheck.toml"
PYPROJECT = "pyproject.toml"
FAIL_ON = ("unreviewed", "conflict", "unreviewed-only", "never")
COLORS = ("auto", "always", "never")


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("a non-empty string")
    return value


def _positive(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("a whole number of at least 1")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("true or false")
    return value


def _one_of(choices: tuple[str, ...]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in choices:
            raise ValueError("one of " + ", ".join(f'"{choice}"' for choice in choices))
        return value
    return check


def _list_of(choices: tuple[str, ...] | None) -> Callable[[Any], list[str]]:
    def check(value: Any) -> list[str]:
        wanted = ("a list of " + ", ".join(f'"{choice}"' for choice in choices)) if choices else "a list of strings"
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ValueError(wanted)
        if choices and any(item not in choices for item in value):
            raise ValueError(wanted)
        return value
    return check


def _synonym_sets(value: Any) -> list[list[str]]:
    """[["hospitalized", "treated"], ["arrested", "detained"]]: each set two or more words."""
    wanted = 'a list of lists of two or more words, e.g. [["injured", "wounded"], ["arrested", "detained"]]'
    if not isinstance(value, list) or not all(
            isinstance(words, list) and len(words) >= 2 and all(isinstance(word, str) and word.strip() for word in words)
            for words in value):
        raise ValueError(wanted)
    return [[word.strip() for word in words] for words in value]


def _formats() -> tuple[str, ...]:
    from .report.formats import FORMATS  # late: report imports much; the config is read before any of it
    return tuple(FORMATS)


# key -> (argparse dest, check of the value, is a path relative to the project root)
KEYS: dict[str, tuple[str, Callable[[Any], Any], bool]] = {
    "corpus": ("corpus", _text, True),
    "claims-dir": ("claims_dir", _text, True),
    "reports-dir": ("reports_dir", _text, True),
    "fail-on": ("fail_on", _one_of(FAIL_ON), False),
    "format": ("format", lambda value: _one_of(_formats())(value), False),
    "jobs": ("jobs", _positive, False),
    "max-bytes": ("max_bytes", _positive, False),
    "max-annotations": ("max_annotations", _positive, False),
    "quiet": ("quiet", _flag, False),
    "follow-symlinks": ("follow_symlinks", _flag, False),
    "color": ("color", _one_of(COLORS), False),
    "kinds": ("kinds", _list_of(KINDS), False),
    "exclude": ("exclude", _list_of(None), False),
    "synonyms": ("synonyms", _synonym_sets, False),
}


@dataclass
class Config:
    """What the file says, as argparse destinations; paths made relative to the working folder."""

    path: Path | None = None  # the file; None: there is none
    root: Path | None = None  # the folder that holds it: the project root
    values: dict[str, Any] = field(default_factory=dict)


def find_config(start: Path) -> Path | None:
    """The nearest factcheck.toml, or pyproject.toml with a [tool.factcheck] table, from start up."""
    for folder in (start, *start.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder / CONFIG_FILE
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and re.search(r"^\s*\[tool\.factcheck\]", _read(pyproject), re.M):
            return pyproject
    return None


def load_config(start: Path | None = None) -> Config:
    """The configuration that applies in start (default: the working folder); empty when none."""
    here = Path(start or Path.cwd()).resolve()
    path = find_config(here)
    if path is None:
        return Config()
    text = _read(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigInvalid(path=_shown(path), line=_line_of(str(error)), detail=f"not valid TOML ({error})",
                            fix="fix the syntax") from error
    if path.name == PYPROJECT:
        data = data.get("tool", {}).get("factcheck", {})
        if not isinstance(data, dict):
            raise ConfigInvalid(path=_shown(path), line=_key_line(text, "factcheck"),
                                detail="[tool.factcheck] must be a table", fix="write it as a [tool.factcheck] table")
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in KEYS:
            near = difflib.get_close_matches(key, KEYS, n=1)
            raise ConfigInvalid(path=_shown(path), line=_key_line(text, key), detail=f"unknown key '{key}'",
                                fix=(f"did you mean '{near[0]}'? " if near else "") + "valid keys: " + ", ".join(KEYS))
        dest, check, is_path = KEYS[key]
        try:
            value = check(value)
        except ValueError as wanted:
            raise ConfigInvalid(path=_shown(path), line=_key_line(text, key), detail=f"{key} = {value!r} is not valid",
                                fix=f"{key} takes {wanted}") from None
        values[dest] = _from_here(path.parent, value, here) if is_path else value
    # The project's outputs are the project root's claims/ and reports/, wherever its corpus is.
    for dest, name in (("claims_dir", "claims"), ("reports_dir", "reports")):
        values.setdefault(dest, _from_here(path.parent, name, here))
    return Config(path=path, root=path.parent, values=values)


def _from_here(root: Path, value: str, here: Path) -> str:
    """A path of the file (relative to its folder) as a path from the working folder."""
    target = (root / os.path.expanduser(value)).resolve()
    try:
        return os.path.relpath(target, here)
    except ValueError:  # another drive (Windows)
        return str(target)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigInvalid(path=_shown(path), line=1, detail=f"cannot be read ({error})",
                            fix="make it a readable UTF-8 file") from error


def _shown(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def _key_line(text: str, key: str) -> int:
    """The line a key is written on (as tomllib gives no positions); 1 when it cannot be told.
    In a pyproject.toml, looked for after [tool.factcheck] (other tools' tables have keys too)."""
    table = re.search(r"^\s*\[tool\.factcheck\]", text, re.M)
    pattern = re.compile(r"""^[ \t]*["']?%s["']?[ \t]*=""" % re.escape(key), re.M)
    found = pattern.search(text, table.end() if table else 0) or pattern.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else 1


def _line_of(message: str) -> int:
    found = re.search(r"at line (\d+)", message)
    return int(found.group(1)) if found else 1
