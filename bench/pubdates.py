"""How well publication dates are found on real news pages.

    .venv/bin/python bench/pubdates.py [/work/shared/data/ecbplus-dev] [--list]

For every article: the date factcheck gives and how it was found (metadata, dateline, stamp,
address, inferred, unknown). The date an article shows is known two ways, never from the code
being measured: from the day in its `url:` address where there is one (read here by a regex of
this script's own), else from bench/pubdates_expected.tsv, written by reading each article's
opening lines by hand (`none` where they show no date). "Right" is within a day.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from factcheck.load.corpus import load_corpus  # noqa: E402

EXPECTED = Path(__file__).with_name("pubdates_expected.tsv")
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_URL_DAY = [
    re.compile(r"/((?:19|20)\d\d)/(\d{1,2}|[a-z]{3})[a-z]*/(\d{1,2})(?=[/_.-]|$)", re.I),
    re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.](\d\d)[-_.](\d\d)(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)"),
]


def url_day(url: str) -> dt.date | None:
    path = re.sub(r"^[a-z]+://[^/]*", "", url).split("?")[0]
    if re.search(r"[_-]archive\b", path):  # an archive page's address dates the period it lists, not the post
        return None
    for pattern in _URL_DAY:
        for match in pattern.finditer(path):
            year, month, day = match.groups()
            month_number = int(month) if month.isdigit() else _MONTHS.get(month.lower()[:3])
            try:
                return dt.date(int(year), month_number or 0, int(day))
            except ValueError:
                continue
    return None


def expectations() -> dict[str, dt.date | None]:
    with EXPECTED.open(encoding="utf-8") as stream:
        rows = [row for row in csv.reader(stream, delimiter="\t") if row and not row[0].startswith("#")]
    return {path: None if value == "none" else dt.date.fromisoformat(value) for path, value in rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default="/work/shared/data/ecbplus-dev")
    parser.add_argument("--list", action="store_true", help="print every article's date and how it was found")
    options = parser.parse_args(argv)
    root = Path(options.corpus)
    expected = expectations()
    found, shown, right, wrong_rows, by_method = Counter(), 0, 0, [], Counter()
    right_by_method, shows_none_but_dated = Counter(), 0
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        articles, _ = load_corpus(folder)
        for article in articles:
            key = f"{folder.name}/{Path(article.source.path).name}"
            published = article.source.published
            by_method[published.method] += 1
            found["with a date"] += published.date is not None
            truth = url_day(article.source.url) if article.source.url else None
            truth = truth or expected.get(key)
            if options.list:
                print(f"{key}\t{published.method}\t{published.label()}\t{truth or '-'}\t{published.evidence or ''}")
            if truth is None:
                shows_none_but_dated += key in expected and published.date is not None
                continue
            shown += 1
            if published.date is not None and abs((published.date - truth).days) <= 1:
                right += 1
                right_by_method[published.method] += 1
            else:
                wrong_rows.append((key, published.method, published.label(), truth, published.evidence))
    total = sum(by_method.values())
    print(f"articles: {total}; with a publication date: {found['with a date']}")
    print("by method: " + ", ".join(f"{m} {n}" for m, n in sorted(by_method.items())))
    print(f"articles whose address or opening lines show a date: {shown}")
    print(f"  right within a day: {right} ({right / max(shown, 1):.1%}); "
          + ", ".join(f"{m} {n}" for m, n in sorted(right_by_method.items())))
    print(f"  judged to show no date yet given one: {shows_none_but_dated}")
    for key, method, label, truth, evidence in wrong_rows:
        print(f"  missed or wrong: {key}: {method} {label}, shows {truth} ({evidence or ''})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
