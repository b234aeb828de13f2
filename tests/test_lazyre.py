"""The package's patterns compiled at first use (factcheck/lazyre.py) behave as compiled ones."""
from __future__ import annotations

import copy
import pickle
import re
import subprocess
import sys

import pytest

from factcheck import lazyre
from factcheck.lazyre import LazyPattern, compiled_when_used
from factcheck.report import html_report

TEXTS = ["", "See https://example.org and HTTP://x.y", "ſome Straße 12 Mai, 3 May 2024", "a\nb\nc"]
PATTERNS = [(r"\b(?P<day>\d{1,2}) (?P<month>May|Mai)\b", 0), (r"(?i)https?://\S+", 0), (r"^\w$", re.MULTILINE),
            (r"s", re.IGNORECASE), (r"(\d)(\d)?", 0)]


def test_importing_the_package_compiles_none_of_its_own_patterns():
    code = ("import sys, factcheck.cli; from factcheck.lazyre import LazyPattern; "
            "lazy = [v for name, m in list(sys.modules.items()) if name.startswith('factcheck') "
            "for v in vars(m).values() if type(v) is LazyPattern]; "
            "print(len(lazy), sum('_compiled' in v.__dict__ for v in lazy))")
    lazy, compiled = map(int, subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                             check=True).stdout.split())
    assert lazy > 200 and compiled == 0


def test_a_module_pattern_once_used_holds_the_compiled_methods():
    pattern = html_report.SAFE_URL
    assert type(pattern) is LazyPattern
    assert isinstance(pattern, re.Pattern)
    assert pattern.match("https://example.org") is not None
    compiled = pattern.compiled()
    assert type(compiled) is re.Pattern and compiled.pattern == pattern.pattern
    assert pattern.__dict__["search"] == compiled.search  # a call goes straight to re


def test_re_compile_is_re_own_outside_the_package_import():
    assert re.compile is lazyre._COMPILE
    assert type(re.compile("x")) is re.Pattern


@pytest.mark.parametrize("source, flags", PATTERNS)
def test_a_lazy_pattern_answers_as_the_compiled_one(source, flags):
    lazy, real = LazyPattern(source, flags), re.compile(source, flags)
    for text in TEXTS:
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
        assert lazy.findall(text) == real.findall(text)
        assert lazy.sub("#", text) == real.sub("#", text)
        assert lazy.split(text) == real.split(text)
        assert (lazy.search(text) or re.match("", "x")).span() == (real.search(text) or re.match("", "x")).span()
        assert re.findall(lazy, text) == real.findall(text)  # re's own functions take it as compiled
    assert (lazy.flags, lazy.groups, dict(lazy.groupindex)) == (real.flags, real.groups, dict(real.groupindex))
    assert re.compile(lazy) is lazy
    assert pickle.loads(pickle.dumps(LazyPattern(source, flags))) == real
    assert copy.deepcopy(lazy) is lazy and copy.copy(lazy) is lazy
    assert repr(lazy) == repr(real)


def test_only_the_package_s_own_modules_get_lazy_patterns():
    with compiled_when_used():
        made_here = re.compile("x")  # this test module is no factcheck module
        made_by_package = eval("re.compile('y')", {"re": re, "__name__": "factcheck.example"})
        with compiled_when_used():  # nested: still lazy inside, and the outer one restores re
            assert type(eval("re.compile('z')", {"re": re, "__name__": "factcheck.example"})) is LazyPattern
        assert re.compile is not lazyre._COMPILE
    assert type(made_here) is re.Pattern
    assert type(made_by_package) is LazyPattern
    assert re.compile is lazyre._COMPILE
