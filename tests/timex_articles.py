"""Date values on whole news articles of our own writing, scored as a TimeML evaluation scores them.

Each article in tests/data/dates_articles8/ is a `published:` line, a `kind:` line, a blank line and
the text, in which every date expression carries its gold TIMEX3 value: `{last week|2026-W47}`,
`{early 2022|2022|START}` (a part of the year: START, MID or END), `{the past month|P1M|IGNORE}` or
`{x|IGNORE}` (an expression whose value annotators disagree on: neither scored nor counted as
spurious). Everything not in braces is no date: a date found there is spurious.

Scoring (relaxed span overlap): a found date overlapping a gold one is right when its value is the
same calendar interval, or lies inside the gold interval when the gold marks a part ("early 2022");
precision = right / found dates with a value, recall = right / gold dates. Vague values
(PAST_REF, PRESENT_REF, FUTURE_REF) are left out on both sides. Run as a script to list every miss,
wrong value and spurious date:
    .venv/bin/python tests/timex_articles.py [--quiet]
"""
from __future__ import annotations

import argparse
import calendar
import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from factcheck.extract import extract_time_expressions
from factcheck.models import Article, PublicationDate, Source

DATA = Path(__file__).parent / "data" / "dates_articles8"
MARK = re.compile(r"\{([^{}|]+)\|([^{}|]+)(?:\|([A-Z]+))?\}")


@dataclass
class Gold:
    start: int
    end: int
    text: str
    value: str
    mod: str | None


@dataclass
class Scored:
    name: str
    right: int = 0
    found: int = 0
    gold: int = 0
    lines: list[str] = field(default_factory=list)


def read_article(path: Path) -> tuple[date, str, list[Gold]]:
    head, body = path.read_text(encoding="utf-8").split("\n\n", 1)
    published = date.fromisoformat(head.split("published:", 1)[1].split()[0])
    text, golds, at = [], [], 0
    for match in MARK.finditer(body):
        text.append(body[at:match.start()])
        start = sum(map(len, text))
        text.append(match.group(1))
        value, mod = match.group(2), match.group(3)
        if value == "IGNORE" or mod == "IGNORE":
            value, mod = "IGNORE", None
        golds.append(Gold(start, start + len(match.group(1)), match.group(1), value, mod))
        at = match.end()
    text.append(body[at:])
    return published, "".join(text), golds


def interval(value: str) -> tuple[date, date] | None:
    """The calendar days a TIMEX3 date value covers, or None for what has no fixed days."""
    value = value.split("T")[0]
    if "/" in value:
        first, last = (interval(part) for part in value.split("/", 1))
        return (first[0], last[1]) if first and last else None
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value):
        day = date(*map(int, m.groups()))
        return day, day
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        y, mo = map(int, m.groups())
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return (monday + timedelta(days=5), monday + timedelta(days=6)) if m.group(3) else (monday, monday + timedelta(days=6))
    if m := re.fullmatch(r"(\d{4})-Q(\d)", value):
        y, q = int(m.group(1)), int(m.group(2))
        return date(y, 3 * q - 2, 1), date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
    if m := re.fullmatch(r"(\d{4})-H(\d)", value):
        y, h = int(m.group(1)), int(m.group(2))
        return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        y = int(m.group(1))
        return {"SP": (date(y, 3, 1), date(y, 5, 31)), "SU": (date(y, 6, 1), date(y, 8, 31)),
                "FA": (date(y, 9, 1), date(y, 11, 30)), "WI": (date(y, 12, 1), date(y + 1, 2, 28))}[m.group(2)]
    if re.fullmatch(r"\d{4}", value):
        return date(int(value), 1, 1), date(int(value), 12, 31)
    if re.fullmatch(r"\d{3}", value):
        return date(int(value) * 10, 1, 1), date(int(value) * 10 + 9, 12, 31)
    if re.fullmatch(r"\d{2}", value):
        return date(int(value) * 100, 1, 1), date(int(value) * 100 + 99, 12, 31)
    return None


def right(gold: Gold, value: str) -> bool:
    if value == gold.value:
        return True
    ours, theirs = interval(value), interval(gold.value)
    if ours is None or theirs is None:
        return False
    if ours == theirs:
        return True
    return gold.mod is not None and theirs[0] <= ours[0] and ours[1] <= theirs[1]


def _vague(value: str) -> bool:
    return not value or value.endswith("_REF")


def score_article(path: Path, theirs: dict[str, list[tuple]] | None = None) -> Scored:
    """One article's score: ours, or another tool's (start, end, text, value) by article name."""
    published, text, golds = read_article(path)
    article = Article(source=Source(id=path.stem, path=path.name, content_hash="-", published=PublicationDate(
        year=published.year, month=published.month, day=published.day, method="metadata")), text=text)
    if theirs is None:
        found = [(c.start, c.end, c.text, getattr(c.value, "timex", None) or "") for c in extract_time_expressions(article)]
    else:
        found = theirs.get(path.stem, [])
    found = [f for f in found if not _vague(f[3])]
    result = Scored(path.stem)
    used: set[int] = set()
    for g in golds:
        over = [i for i, f in enumerate(found) if f[0] < g.end and g.start < f[1] and i not in used]
        if g.value == "IGNORE":
            used.update(over)
            continue
        result.gold += 1
        good = next((i for i in over if right(g, found[i][3])), None)
        if good is not None:
            used.add(good)
            result.right += 1
        elif over:
            used.add(over[0])
            result.found += 1
            result.lines.append(f"WRONG  {g.text!r}: got {found[over[0]][2]!r} {found[over[0]][3]}, "
                                f"want {g.value}{' ' + g.mod if g.mod else ''}")
        else:
            result.lines.append(f"MISS   {g.text!r} {g.value}{' ' + g.mod if g.mod else ''}")
    for i, f in enumerate(found):
        if i in used:
            continue
        result.found += 1
        lo = max(0, f[0] - 40)
        result.lines.append(f"SPURIOUS {f[2]!r} {f[3]}  ...{text[lo:f[1] + 30]!r}")
    result.found += result.right
    return result


def score_all(folder: Path = DATA, theirs: dict[str, list[tuple]] | None = None) -> tuple[float, float, float, list[Scored]]:
    results = [score_article(path, theirs) for path in sorted(folder.glob("*.txt"))]
    right_ = sum(r.right for r in results)
    p = right_ / max(sum(r.found for r in results), 1)
    r = right_ / max(sum(r.gold for r in results), 1)
    return p, r, 2 * p * r / max(p + r, 1e-9), results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="totals only")
    parser.add_argument("--heideltime", type=Path, help="score HeidelTime's tags instead (the heideltime.jsonl of "
                        "bench/heideltime_dev.py tag run over these articles' text and dates)")
    args = parser.parse_args()
    theirs = None
    if args.heideltime:
        theirs = {}
        for line in args.heideltime.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            theirs[row["key"]] = [(t["span"][0], t["span"][1], t["text"], t["value"]) for t in row["timexes"]
                                  if t["type"] in ("DATE", "TIME")]
    p, r, f1, results = score_all(theirs=theirs)
    for res in results:
        if not args.quiet:
            for line in res.lines:
                print(f"{res.name}: {line}")
    gold = sum(x.gold for x in results)
    print(f"{len(results)} articles, {gold} gold dates, {sum(x.found for x in results)} found, "
          f"{sum(x.right for x in results)} right: value P {p:.3f} R {r:.3f} F1 {f1:.3f}")


if __name__ == "__main__":
    main()
