"""Fuzzing kept in the suite: news-like text, and real articles damaged by rule, through extraction
and through the whole check.

The texts are built from the tokens news is made of (years, months, weekdays, hedges, "per cent",
comparisons, ranges) mixed with what breaks parsers (Unicode marks, emoji, control characters,
runs of stops), so that the crashes issue 12 found by hand (a year compared with itself, 29
February, dates off the calendar, "top 0") are the kind of thing tried on every run. Example counts
are modest: the suite stays fast, and hypothesis's database keeps failures to replay.
"""
from __future__ import annotations

import json
import random
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import text as text_module
from factcheck.cli import main
from factcheck.extract import extract_claims
from factcheck.load.corpus import decode, parse_article
from factcheck.models import Problem
from factcheck.store.ledger import claim_inconsistency

YEARS = [str(year) for year in (1, 999, 1066, 1899, 1990, 1993, 2000, 2019, 2023, 2024, 2025, 2026, 2099, 9999)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December", "Feb.", "Sept", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBERS = ["0", "1", "5", "12", "20", "29", "31", "300", "1,000", "1.5", "0.5", "2.5 million", "twenty-three",
           "a dozen", "99999999999999999999", "-3", "10.5"]
HEDGES = ["nearly", "about", "around", "more than", "fewer than", "at least", "up to", "some", "roughly",
          "an estimated", "just over", "almost"]
WORDS = ["per cent", "percent", "%", "compared to", "compared with", "from", "than in", "in", "on", "since", "ago",
         "years ago", "days", "weeks", "months", "decades", "-day", "rose", "fell", "by", "top", "the top",
         "third-largest", "between", "and", "to", "12-15", "between 40 and 50", "from Tuesday to Thursday",
         "yesterday", "today", "tomorrow", "last week", "next week", "last year", "earlier this month",
         "Joint Declaration on", "a memorandum of understanding", "agreement on trade", "companies", "people",
         "visitors", "Sales", "Turnout", "The", "Officials said", "QUITO,", "(AP) --", "Mr.", "U.S.", "No."]
ODD = ["\u0301", "\u00a0", "\u2014", "\u2013", "\u201c", "\u201d", "\u2019", "\U0001f600", "\U0001f1fa\U0001f1f8",
       "\u200f", "\u202e", "\ufeff", "\ufffd", "\x00", "\x07", "\x1b[31m", "\x9b", "\t", "\r", "\r\n", "\n", "...",
       "!!!", "?!", ". . .", "\u2026", "|", "*", "_", "[x](y)", "<b>", "=1+1", "\u4e2d\u6587", "\u0634\u0631\u0642"]
SEPARATORS = [" ", " ", " ", " ", ", ", ". ", "\n", ": ", "-", ""]

token = st.sampled_from(YEARS + MONTHS + WEEKDAYS + NUMBERS + HEDGES + WORDS) | st.sampled_from(ODD)
news_text = st.lists(st.tuples(token, st.sampled_from(SEPARATORS)).map("".join), max_size=50).map("".join)
published = st.sampled_from([None, "0001-01-01", "0001-01-07", "9999-12-31", "9999-12-25", "2024-02-29",
                             "2025-04-25", "1900-03-01", "not a date"])

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _with_front_matter(body: str, date: str | None, outlet: str = "Example Times") -> str:
    return body if date is None else f"---\noutlet: {outlet}\npublished: {date}\n---\n{body}"


@FUZZ
@given(body=news_text, date=published)
def test_news_like_text_extracts_with_offsets_that_hold(body, date):
    text = decode(_with_front_matter(body, date).encode("utf-8", "surrogatepass"))[0]
    if text is None:  # a NUL: the file is refused as binary, which the corpus tests below see
        return
    problems: list[Problem] = []
    article = parse_article(text, "fuzz", "fuzz.txt", "-", problems)
    for claim in extract_claims(article):
        assert text[claim.start:claim.end] == claim.text
        assert 0 <= claim.start < claim.end <= len(text)
        assert claim_inconsistency(claim) is None, claim


# The pattern sentence_spans used before runs of stops were made linear: the split must not change.
_OLD_SENTENCE_END = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")


@FUZZ
@given(text=st.text(st.sampled_from(".!?\"')] \nAaZz0Mr"), max_size=80) | news_text)
def test_linear_sentence_splitting_splits_as_before(text):
    new = text_module.sentence_spans(text)
    saved = text_module._SENTENCE_END
    text_module._SENTENCE_END = _OLD_SENTENCE_END
    try:
        old = text_module.sentence_spans(text)
    finally:
        text_module._SENTENCE_END = saved
    assert new == old


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bodies=st.lists(st.tuples(news_text, published), min_size=1, max_size=4))
def test_small_news_like_corpora_check_whole(bodies):
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "sources"
        corpus.mkdir()
        files = {}
        for number, (body, date) in enumerate(bodies):
            files[f"a{number}.txt"] = data = _with_front_matter(body, date).encode("utf-8", "surrogatepass")
            (corpus / f"a{number}.txt").write_bytes(data)
        (corpus / "steady.txt").write_text("Nearly 300 companies took part in the two-day fair on May 2, 2025.\n")
        report = _check(corpus)
        _assert_checked_or_named(report, files, corpus)


def _check(corpus: Path) -> dict:
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["check", str(corpus), "--format", "json", "--quiet", "--jobs", "1"])
    assert code in (0, 1), err.getvalue()
    assert "Traceback" not in err.getvalue()
    return json.loads(out.getvalue())


def _assert_checked_or_named(report: dict, files: dict[str, bytes], corpus: Path) -> None:
    """Every file is a source or a problem, and every claim's offsets hold in its file's text."""
    sources = {source["path"]: source["id"] for source in report["sources"]}
    named = {problem["path"] for problem in report["problems"]}
    assert all(path in sources or path in named for path in files), (set(files) - set(sources) - named)
    texts = {source_id: decode((corpus / path).read_bytes())[0] for path, source_id in sources.items()}
    for finding in report["findings"]:
        for claim in finding["claims"]:
            assert texts[claim["source"]][claim["start"]:claim["end"]] == claim["text"]


# --- real articles, damaged by rule -----------------------------------------------------------------

ECB = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus-dev"


def _truncate_mid_word(data: bytes, chance: random.Random) -> bytes:
    spaces = [index for index, byte in enumerate(data) if byte == 0x20]
    return data[:spaces[len(spaces) // 2] + 3] if len(spaces) > 2 else data[: len(data) // 2]


def _double_lines(data: bytes, chance: random.Random) -> bytes:
    return b"".join(line + line for line in data.splitlines(keepends=True))


def _control_characters(data: bytes, chance: random.Random) -> bytes:
    pieces = bytearray(data)
    for _ in range(6):
        pieces.insert(chance.randrange(len(pieces) + 1), chance.choice(b"\x01\x07\x08\x0b\x0c\x1b\x7f"))
    return bytes(pieces)


def _nul(data: bytes, chance: random.Random) -> bytes:
    middle = len(data) // 2
    return data[:middle] + b"\x00" + data[middle:]


def _bom_in_the_middle(data: bytes, chance: random.Random) -> bytes:
    middle = data.find(b"\n", len(data) // 2) + 1
    return data[:middle] + b"\xef\xbb\xbf" + data[middle:]


def _huge_line(data: bytes, chance: random.Random) -> bytes:
    return data.replace(b"\n", b" ") * max(1, 200_000 // max(1, len(data)))


def _crlf_and_cp1252(data: bytes, chance: random.Random) -> bytes:
    return data.decode("utf-8", "replace").encode("cp1252", "replace").replace(b"\n", b"\r\n")


DAMAGE = [None, _truncate_mid_word, _double_lines, _control_characters, _nul, _bom_in_the_middle, _crlf_and_cp1252]


@pytest.mark.skipif(not ECB.is_dir(), reason=f"{ECB} is not here (the shared data folder of the project)")
def test_real_articles_damaged_by_rule_are_checked_or_named():
    """Every other real article (half keeps the suite fast), each with one kind of damage (the same
    every run), two made into one huge line: no crash, every article checked or named as a
    problem, every offset holds."""
    paths = sorted(ECB.rglob("*.txt"))[::2]
    assert paths
    chance = random.Random(12)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "sources"
        files = {}
        for number, path in enumerate(paths):
            damage = _huge_line if number in (7, 150) else DAMAGE[number % len(DAMAGE)]
            data = path.read_bytes()
            shown = str(path.relative_to(ECB))
            files[shown] = damage(data, chance) if damage else data
            (corpus / shown).parent.mkdir(parents=True, exist_ok=True)
            (corpus / shown).write_bytes(files[shown])
        report = _check(corpus)
        _assert_checked_or_named(report, files, corpus)
        assert len(report["sources"]) > len(paths) * 0.8  # damage leaves most articles readable
        # Binary (a NUL), or front matter some of these articles open with ("---" and no key lines).
        assert {problem["code"] for problem in report["problems"]} <= {"unreadable", "frontmatter"}
