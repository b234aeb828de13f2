"""Compiled patterns kept between runs (factcheck/pattern_cache.py) are re's own patterns (with the characters a
match starts with as their search's filter: start_chars.py)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from re import _compiler

import pytest

from factcheck import pattern_cache
from factcheck.lazyre import LazyPattern
from factcheck.lead_letters import rewrite
from factcheck.start_chars import with_starts
from factcheck.store.atomic import write_bytes

TEXTS = ["", "See https://example.org and HTTP://x.y", "ſome Straße 12 Mai, 3 May 2024", "a\nb\nc", "İstanbul ǅ KELVIN"]
PATTERNS = [(r"\b(?P<day>\d{1,2}) (?P<month>May|Mai)\b", 0), (r"(?i)https?://\S+", 0), (r"^\w$", re.MULTILINE),
            (r"s|k|ǆ", re.IGNORECASE), (r"(\d)(\d)?(?=\s)", 0), (r" x # a comment\n y", re.VERBOSE | re.I),
            (r"[^\W\d_]+", re.ASCII)]

pytestmark = pytest.mark.skipif(not pattern_cache.usable(), reason="compiled patterns are kept on CPython only")


@pytest.fixture
def folder(tmp_path):
    pattern_cache.keep_patterns_in(tmp_path, write_bytes)
    yield tmp_path
    pattern_cache.keep_patterns_in(None)


def _refuse(*args, **kwargs):
    raise AssertionError("compiled by re, not read from the kept file")


def _same(kept: re.Pattern, real: re.Pattern) -> None:
    assert type(kept) is re.Pattern and kept == real  # equality compares the flags and the compiled code
    assert (kept.pattern, kept.flags, kept.groups, dict(kept.groupindex)) == (
        real.pattern, real.flags, real.groups, dict(real.groupindex))
    for text in TEXTS:
        assert [m.span() for m in kept.finditer(text)] == [m.span() for m in real.finditer(text)]
        assert [m.groupdict() for m in kept.finditer(text)] == [m.groupdict() for m in real.finditer(text)]
        assert kept.sub("#", text) == real.sub("#", text)


def test_patterns_kept_by_one_run_are_read_back_by_the_next_as_re_compiles_them(folder, monkeypatch):
    first = [pattern_cache.compiled(source, flags) for source, flags in PATTERNS]
    pattern_cache.save_patterns()
    assert (folder / pattern_cache.file_name()).exists()
    pattern_cache.keep_patterns_in(folder, write_bytes)  # the next run
    monkeypatch.setattr(_compiler, "compile", _refuse)
    again = [pattern_cache.compiled(source, flags) for source, flags in PATTERNS]
    monkeypatch.undo()
    for (source, flags), made, kept in zip(PATTERNS, first, again):
        real = with_starts(re.compile(source, flags), None)  # re's own, its search given its first characters
        _same(made, real)
        _same(kept, real)


def test_a_lazy_pattern_of_the_package_is_read_from_the_kept_file(folder, monkeypatch):
    pattern_cache.compiled(r"(?P<word>\w+)ly\b", 0)
    pattern_cache.save_patterns()
    pattern_cache.keep_patterns_in(folder, write_bytes)
    rewrite(r"\b(?:a|b)", 0)  # its own patterns in re's cache (which other tests' compiling may have emptied)
    monkeypatch.setattr(_compiler, "compile", _refuse)
    lazy = LazyPattern(r"(?P<word>\w+)ly\b", 0)
    assert lazy.findall("slowly and surely, not fly") == ["slow", "sure", "f"]


@pytest.mark.parametrize("damage", ["a byte", "cut short", "another interpreter", "not marshal"])
def test_a_damaged_or_foreign_file_is_passed_over_and_patterns_compile_as_always(folder, damage):
    for source, flags in PATTERNS:
        pattern_cache.compiled(source, flags)
    pattern_cache.save_patterns()
    path = folder / pattern_cache.file_name()
    data = bytearray(path.read_bytes())
    if damage == "a byte":
        data[-100] ^= 0x01  # an int of some pattern's code: the digest no longer holds
    elif damage == "cut short":
        del data[len(data) // 2:]
    elif damage == "another interpreter":
        data[:len(pattern_cache._HEADER)] = pattern_cache._HEADER.replace(b"factcheck patterns", b"factcheck pattern!")
    else:
        data[len(pattern_cache._HEADER) + 32:] = b"\xff" * 40
    path.write_bytes(bytes(data))
    pattern_cache.keep_patterns_in(folder, write_bytes)
    assert pattern_cache._KEPT == {}
    for source, flags in PATTERNS:
        _same(pattern_cache.compiled(source, flags), with_starts(re.compile(source, flags), None))


def test_without_a_folder_nothing_is_kept_and_re_compiles(tmp_path):
    pattern_cache.keep_patterns_in(None)
    made = pattern_cache.compiled(r"a(b)c", 0)
    pattern_cache.save_patterns()
    assert made == re.compile(r"a(b)c") and pattern_cache._MADE == {} and not list(tmp_path.iterdir())


_COUNTED_CHECK = """
import sys
from pathlib import Path
from factcheck import pattern_cache
from factcheck.engine import check_corpus
made = []
captured = pattern_cache._captured
pattern_cache._captured = lambda pattern, flags: (made.append(pattern), captured(pattern, flags))[1]
root = Path(sys.argv[1])
check_corpus(root / "news", root / sys.argv[2] / "claims", root / sys.argv[2] / "reports")
print(len(made))
"""


def _counted_check(root, name: str) -> int:
    # One hash seed for every run: a pattern made from a set's order (frame_other.py's) is then the same text.
    done = subprocess.run([sys.executable, "-c", _COUNTED_CHECK, str(root), name], capture_output=True, text=True,
                          env={**os.environ, "PYTHONHASHSEED": "0"})
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[-1])


def test_a_re_check_compiles_no_pattern_a_check_before_kept_and_writes_the_same_reports(tmp_path):
    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Officials said 40 people died in the floods on 3 May 2024.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("At least 45 people died in the floods, officials said on 3 May 2024.\n",
                                  encoding="utf-8")
    assert _counted_check(tmp_path, "kept") > 20  # compiled by re, and kept in .factcheck_cache
    assert (tmp_path / "kept" / ".factcheck_cache" / pattern_cache.file_name()).exists()
    before = (corpus / "a.txt").read_text(encoding="utf-8")
    with open(corpus / "a.txt", "a", encoding="utf-8") as stream:
        stream.write("Late on Friday a spokesperson said about 150 volunteers had helped.\n")
    assert _counted_check(tmp_path, "kept") < 40  # only those the new sentence needs
    (corpus / "a.txt").write_text(before, encoding="utf-8")  # the edit taken back: all its patterns are kept
    assert _counted_check(tmp_path, "kept") == 0
    _counted_check(tmp_path, "fresh")
    for report in (tmp_path / "fresh" / "reports").iterdir():
        assert (tmp_path / "kept" / "reports" / report.name).read_bytes() == report.read_bytes(), report.name


def test_after_a_run_whose_workers_compiled_every_pattern_of_the_package_is_kept(folder):
    from factcheck.lazyre import package_patterns

    pattern_cache.compile_all_at_save()
    pattern_cache.save_patterns()
    pattern_cache.keep_patterns_in(folder, write_bytes)
    wanted = {(p.pattern, int(p._flags)) for p in package_patterns()}
    assert len(wanted) > 200 and wanted <= set(pattern_cache._KEPT)
