"""The package's own regular expressions compiled when first used, not when their module is imported.

Rule modules compile their patterns at module level (over 400 of them). Compiling them all was
about 45% of the instructions of importing factcheck, and a re-check that extracts one edited
article uses a fifth of them: the rest are for dates, figures and frames the article does not hold
(each pattern runs only where its anchor word is). So while the package imports its modules
(``compiled_when_used``, in factcheck/__init__.py), ``re.compile`` called from a factcheck module
gives a ``LazyPattern``: the same pattern, compiled by ``re`` at its first use. After that its
methods are the compiled pattern's own bound methods, kept on the object, so a call costs what it
cost before. Other packages imported meanwhile get ``re.compile`` itself.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from . import pattern_cache
from .lead_letters import rewrite

_COMPILE = re.compile
# What a caller may ask of a pattern, kept on the LazyPattern once compiled (all but ``pattern``,
# which it has from the start).
_KEPT = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "flags",
         "groups", "groupindex")


class LazyPattern:
    """re.compile(pattern, flags), compiled by re at its first use. ``isinstance(p, re.Pattern)``
    holds, as do re's module functions (``re.search(p, text)``) and ``re.compile(p)``, which return
    or use it as they would a compiled pattern."""

    def __init__(self, pattern: Any, flags: Any) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Only asked for what the object does not hold yet: the first use compiles.
        if name.startswith("__") or name == "_compiled":
            raise AttributeError(name)
        text = rewrite(self.pattern, self._flags) if isinstance(self.pattern, str) and isinstance(self._flags, int) else self.pattern
        compiled = self._compiled = pattern_cache.compiled(text, self._flags)
        for kept in _KEPT:
            setattr(self, kept, getattr(compiled, kept))
        return getattr(compiled, name)

    @property  # type: ignore[misc]
    def __class__(self) -> type:  # isinstance(p, re.Pattern), as the extractors' anchors ask
        return re.Pattern

    def compiled(self) -> re.Pattern:
        """The compiled pattern itself."""
        if "_compiled" not in self.__dict__:
            self.__getattr__("search")
        return self._compiled

    def __repr__(self) -> str:
        return repr(self.compiled())

    def __reduce__(self) -> tuple:
        return _COMPILE, (self.pattern, self._flags)

    def __copy__(self) -> LazyPattern:
        return self  # as re.Pattern: one pattern is never copied

    def __deepcopy__(self, memo: dict) -> LazyPattern:
        return self


MADE: list[LazyPattern] = []  # every lazy pattern made, module-level or not (tests/test_lead_letters.py)


def _lazy_compile(pattern: Any, flags: Any = 0) -> Any:
    if not isinstance(pattern, (str, bytes)) or not sys._getframe(1).f_globals.get("__name__", "").startswith(
            "factcheck."):
        return _COMPILE(pattern, flags)
    made = LazyPattern(pattern, flags)
    MADE.append(made)
    return made


@contextmanager
def compiled_when_used() -> Iterator[None]:
    """While the package imports its modules: their patterns are compiled at first use. Imports
    run before any worker process or thread starts, so no other code sees ``re.compile`` changed."""
    if re.compile is not _COMPILE:  # already inside (an import within an import)
        yield
        return
    re.compile = _lazy_compile  # type: ignore[assignment]
    try:
        yield
    finally:
        re.compile = _COMPILE


def package_patterns() -> list[LazyPattern]:
    """The lazy patterns of the package's modules imported so far."""
    return [value for name, module in list(sys.modules.items()) if name.startswith("factcheck")
            for value in list(vars(module).values()) if type(value) is LazyPattern]
