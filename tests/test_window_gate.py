"""Frame rules' patterns tried only where a cheap test says they can match (extract/window_gate.py)
find what the pattern itself finds: a window that holds none of a pattern's words, or does not end
as each of its matches must, has no match to miss. Windows outside ASCII always run the pattern
(case-blind re reads "ſ" as an "s" and the Kelvin sign as a "k")."""
from __future__ import annotations

import importlib
import pkgutil

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import factcheck.extract
from factcheck.extract.window_gate import TailGated, WordGated, may_end_with


def _gates() -> list[tuple[str, TailGated | WordGated]]:
    found = []
    for module in pkgutil.iter_modules(factcheck.extract.__path__):
        loaded = importlib.import_module(f"factcheck.extract.{module.name}")
        found += [(f"{module.name}.{name}", value) for name, value in vars(loaded).items()
                  if isinstance(value, (TailGated, WordGated))]
    return sorted(found, key=lambda item: item[0])


GATES = _gates()
# A window each gate's pattern matches: the gate must let it through.
MATCHED = {
    "frame_other._OTHER_GATED": "Last year a similar attack killed ", "frame_scope._CAREER_OR_SEASON_GATED": "a career ",
    "frame_scope._MORE_AFTER_GATED": "people and more ", "frame_time._COUNTED_FROM": "two days after the ",
    "holders._POSSESSOR": "Jamaal Andrews' ", "openers._AMONG": "were among the ",
    "quantities._POPULATION_BEFORE": "the town of about ", "quantities._SHARE_BEFORE": "one in ",
    "quantities._SHARE_OF_BEFORE": "Half of the ", "quantities._STRETCH_BEFORE": "his first ",
    "quantities._STRETCH_WORD_BEFORE": "their remaining\n", "quantities._WITHIN_BEFORE": "pulled back to ",
    "tallies._ALLOWED_LOAD": "certified to carry up to ", "tallies._ENROLLED": "The trial enrolled more than ",
}
PIECES = sorted({word for _, gate in GATES for word in (gate.tails if isinstance(gate, TailGated) else gate.pattern.pattern.split("|"))
                 if len(word) < 12} | {"the", "of", "a", "Smith", "'s", "’s", "'", "two", "3", " ", "  ", "\n", ",", ".", "ſ", "\u212a", "İ",
                                        "trial", "study", "tested", "involved", "for", "carry", "town", "days", "after", "were",
                                        "among", "in", "one", "first", "within", "back to", "half", "career", "season", "more", "other", "than", "x"})
text = st.lists(st.sampled_from(PIECES), max_size=10).map(" ".join) | st.lists(st.sampled_from(PIECES), max_size=8).map("".join)


def test_every_gate_is_checked_on_a_window_its_pattern_matches():
    assert sorted(name for name, _ in GATES) == sorted(MATCHED)


@pytest.mark.parametrize("name,gate", GATES)
def test_a_matching_window_passes_the_gate(name, gate):
    window = f"xx {MATCHED[name]}"
    assert gate.pattern.search(window, 0, len(window)), name
    assert gate.search(window, 0, len(window)), name


@given(text)
@example("sa\u212a his FIRST ")
@example("The ſtudy of ")
@example("within\n")
def test_a_gate_finds_what_its_pattern_finds(window):
    for name, gate in GATES:
        found, gated = gate.pattern.search(window, 0, len(window)), gate.search(window, 0, len(window))
        assert (found and found.span()) == (gated and gated.span()), name
        if isinstance(gate, WordGated):
            found, gated = gate.pattern.match(window, 0, len(window)), gate.match(window, 0, len(window))
            assert (found and found.span()) == (gated and gated.span()), name


def test_a_window_that_cannot_end_so_is_not_searched():
    assert not may_end_with("killed nearly", ("nearly",), space=True)  # no white space after it
    assert not may_end_with("killed ", ("nearly",), space=True)
    assert may_end_with("killed NEARLY \t", ("nearly",), space=True)
    assert may_end_with("aged", ("aged",), space=False)
    assert may_end_with("ſome ", ("nearly",), space=True)  # not ASCII: no gate
