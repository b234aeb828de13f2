"""Every case of tests/cases/*.cases is its own pytest case: text in, claims out."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from casefiles import Case, Expected, read_cases

from factcheck.align.keys import stem
from factcheck.extract import extract_claims, extract_time_expressions
from factcheck.models import Article, PublicationDate, Source

CASE_DIR = Path(__file__).parent / "cases"
CASES = [case for path in sorted(CASE_DIR.glob("*.cases")) for case in read_cases(path)]


def _article(case: Case) -> Article:
    published = PublicationDate()
    if case.published:
        published = PublicationDate(year=case.published.year, month=case.published.month,
                                    day=case.published.day, method="metadata")
    return Article(source=Source(id="case", path="case.txt", published=published, content_hash="-"), text=case.text)


def test_there_are_enough_cases():
    assert len(CASES) >= 250


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_case(case: Case):
    if "timex" in case.kinds:  # date claims and the vague expressions that are none ("now"): what TimeML reads
        claims = extract_time_expressions(_article(case))
    else:
        claims = [claim for claim in extract_claims(_article(case)) if claim.kind in case.kinds]
    for claim in claims:
        assert case.text[claim.start:claim.end] == claim.text, "offsets must hold"
    unmatched = list(claims)
    problems = []
    for expected in case.expected:
        match = next((claim for claim in unmatched if _same_text(expected, claim)), None)
        if match is None:
            problems.append(f"line {expected.line}: missing {expected.kind} {expected.text!r}")
            continue
        unmatched.remove(match)
        problems += [f"line {expected.line}: {expected.text!r}: {problem}" for problem in _value_problems(expected, match)]
    problems += [f"unexpected {claim.kind} {claim.text!r} ({claim.value.model_dump(exclude_none=True)})" for claim in unmatched]
    assert not problems, f"{case.title}\n  " + "\n  ".join(problems)


def _same_text(expected: Expected, claim) -> bool:
    if claim.kind != expected.kind:
        return False
    if expected.kind == "name":
        return expected.text.lower() in claim.text.lower() and len(claim.text) <= 2 * len(expected.text)
    return claim.text == expected.text


def _value_problems(expected: Expected, claim) -> list[str]:
    problems = [f"subject {claim.subject!r} lacks {word!r}" for word in expected.subject_words
                if stem(word) not in {stem(w) for w in re.findall(r"[\w'’]+", claim.subject)}]
    check = CHECKS[expected.kind]
    return problems + _frame_problems(expected.frame, claim.frame) + check(expected.fields, claim.value)


def _frame_problems(tokens: list[str], frame) -> list[str]:
    """event=kill (a lemma, or - for none), scope=part (labels joined by +, or -), holder~Bush (a word of
    the holder) or holder=- (none), thing~houses (a word of the counted thing), when=- (no past time)."""
    problems = []
    for token in tokens:
        if "~" in token:
            name, word = token.split("~", 1)
            found = getattr(frame, name) or ""
            if stem(word) not in {stem(w) for w in re.findall(r"[\w'’-]+", found)}:
                problems.append(f"frame {name} {found!r} lacks {word!r}")
        else:
            name, want = token.split("=", 1)
            found = getattr(frame, name)
            if (found or "-") != want and not (name == "when" and want == "+" and found):
                problems.append(f"frame {name} is {found!r}, want {want!r}")
    return problems


def _date(fields: list[str], value) -> list[str]:
    interval, granularity = fields[0], fields[1]
    start, end = interval.split("..")
    got = f"{value.start or '?'}..{value.end or '?'} {value.granularity}"
    want = f"{start}..{end} {granularity}"
    problems = [] if got == want else [f"got {got}, want {want}"]
    options = dict(field.split("=", 1) for field in fields[2:] if "=" in field)
    for name in ("timex", "mod"):  # optional: timex=2012-Q3, mod=START
        if name in options and str(getattr(value, name)) != options[name]:
            problems.append(f"got {name} {getattr(value, name)}, want {options[name]}")
    return problems


def _duration(fields: list[str], value) -> list[str]:
    amount, unit = None if fields[0] == "-" else float(fields[0]), fields[1]  # "-": told without a figure ("a few weeks")
    basis = "range" if "range" in fields[2:] else "stated"
    got = (value.amount, value.unit, value.basis)
    return [] if got == (amount, unit, basis) else [f"got {got}, want {(amount, unit, basis)}"]


def _quantity(fields: list[str], value) -> list[str]:
    options = dict(field.split("=", 1) for field in fields if "=" in field)
    flags = {field for field in fields if "=" not in field}
    want: dict[str, object] = {"vague": options.get("vague"), "hedge": options.get("hedge", "").replace("-", " ") or None,
                               "rank": "rank" in flags}
    for bound in ("low", "high"):  # a range or an alternative: "12-15", "two or three"
        if bound in options:
            want[bound] = float(options[bound])
    if "currency" in options:
        want["currency"] = options["currency"]
    numbers = [field for field in flags if field.replace(".", "", 1).isdigit()]
    want["stated"] = float(numbers[0]) if numbers else None
    if hasattr(value, "change"):
        want["change"] = "rise" if "rise" in flags else "fall" if "fall" in flags else None
    got = {key: getattr(value, key) for key in want}
    return [] if got == want else [f"got {got}, want {want}"]


def _name(fields: list[str], value) -> list[str]:
    return [] if value.doc_type == fields[0] else [f"got {value.doc_type}, want {fields[0]}"]


CHECKS = {"date": _date, "duration": _duration, "count": _quantity, "percent": _quantity, "money": _quantity,
          "name": _name}
