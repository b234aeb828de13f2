"""Scope cues gated by their words in one pass give the labels every cue's pattern gives.

The gate (extract/cue_gate.py) tries a cue's pattern only where its piece holds one of the cue's
words; the plain form below tries every pattern on its piece. Pieces join cue words across their
seams ("play" and "average" join the words before and around a figure), hold letters that
case-blind re reads beyond ASCII ("ſ" is an "s", "K" a "k"), and "more" after a figure counts
whatever the "more" cue reads."""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.extract import frame_scope
from factcheck.extract.cue_gate import CueGate
from factcheck.extract.frame_words import SCOPE_CUES

WORDS = sorted({word for _, _, words, _ in frame_scope._cues() for word in words or ()})
PIECES = [*WORDS, "in all", "so far", "of which", "career", "season", "per day", "a game", "more", "two more",
          "other", "compared with", "rose", "from", "the", "a", "last", "game", "games", "yards", "for a",
          "ſo far", "to\u212aal", "İ", "é", "\0", " ", "  ", ",", ".", "-", "3", "12", "x", "In All", "SO FAR", "Per Day", "Career"]
piece = st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join) | st.lists(st.sampled_from(PIECES), max_size=8).map("".join)


def _plain(before: str, around: str, clause: str, own: str | None = None, upto: str | None = None) -> str | None:
    labels = []
    career = own if own is not None and frame_scope._CAREER_OR_SEASON.search(own) else upto if upto is not None else clause
    pieces = {"before": before, "around": around, "clause": clause, "career": career,
              "play": f"{before}\0{around}", "average": before + " " + around}
    for pattern, label, _, where in frame_scope._cues():
        if label == "more" and frame_scope._MORE_AFTER.match(around):
            labels.append(label)
        elif pattern.search(pieces[where]):
            labels.append(label)
    return "+".join(sorted(set(labels))) or None


def test_every_cue_is_read():
    assert len(frame_scope._cue_gate().cues) == len(SCOPE_CUES) >= 15


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=piece, around=piece, clause=piece, own=st.none() | piece, upto=st.none() | piece)
@example(before="in", around="all 40 so", clause="far", own=None, upto=None)
@example(before="a total of", around="12 more", clause="x", own="career", upto=None)
@example(before="ſo far", around="x", clause="ſo far in al\u212a", own=None, upto="season")
@example(before="A Total Of", around="12 MORE", clause="In All This Season", own="CAREER", upto=None)
def test_gated_cues_give_the_labels_of_every_pattern(before, around, clause, own, upto):
    assert frame_scope._scope(before, around, clause, own, upto) == _plain(before, around, clause, own, upto)


def test_a_piece_with_none_of_a_cue_s_words_skips_it_and_one_outside_ascii_does_not():
    import re

    gate = CueGate([(re.compile("total", re.I), "total", ("total",), 0), (re.compile("x"), "x", None, 1)], 2)
    assert gate.candidates(("nothing", "y")) == {1}
    assert gate.candidates(("the TOTAL", "y")) == {0, 1}
    assert gate.candidates(("no\u212a", "y")) == {0, 1}  # not ASCII: no gate
    assert gate.candidates(("y", "total")) == {1}  # the word in another piece than the cue reads
