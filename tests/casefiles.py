"""Reader of the extraction case files (format: tests/cases/README.md)."""
from __future__ import annotations

import datetime as dt
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Expected:
    kind: str
    text: str
    fields: list[str]
    subject_words: list[str] = field(default_factory=list)
    line: int = 0
    frame: list[str] = field(default_factory=list)  # event=, holder~, holder=-, scope=, thing~, when=


@dataclass
class Case:
    path: Path
    line: int
    title: str
    kinds: tuple[str, ...]
    text: str = ""
    published: dt.date | None = None
    expected: list[Expected] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.path.name}:{self.line}"


def read_cases(path: Path) -> list[Case]:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = re.match(r"#\s*kinds:\s*(.+)", lines[0]) if lines else None
    if not header:
        raise ValueError(f"{path}:1: the first line must be '# kinds: ...'")
    kinds = tuple(header.group(1).split())
    cases: list[Case] = []
    in_expect = False
    for number, line in enumerate(lines[1:], start=2):
        if line.startswith("=== "):
            cases.append(Case(path, number, line[4:].strip(), kinds))
            in_expect = False
        elif not cases or not line.strip() or line.startswith("#"):
            continue
        elif line.startswith("text: "):
            cases[-1].text = line[len("text: "):]
        elif line.startswith("published: "):
            cases[-1].published = dt.date.fromisoformat(line.split(": ", 1)[1].strip())
        elif line.strip() == "expect:":
            in_expect = True
        elif in_expect and line.strip() == "none":
            continue
        elif in_expect:
            cases[-1].expected.append(_expected(line, number, path))
        else:
            raise ValueError(f"{path}:{number}: cannot read {line!r}")
    return cases


def _expected(line: str, number: int, path: Path) -> Expected:
    parts = shlex.split(line)
    if len(parts) < 2:
        raise ValueError(f"{path}:{number}: an expect line is KIND \"TEXT\" FIELDS...")
    subject_words = [p.split("~", 1)[1] for p in parts[2:] if p.startswith("subject~")]
    frame = [p for p in parts[2:] if p.startswith(FRAME_TOKENS)]
    fields = [p for p in parts[2:] if not p.startswith("subject~") and p not in frame]
    return Expected(parts[0], parts[1], fields, subject_words, number, frame)


FRAME_TOKENS = ("event=", "holder~", "holder=", "scope=", "thing~", "when=")
