"""Date extraction on real news: span recall and precision against the ECB+ time annotation.

    .venv/bin/python bench/dates_dev.py [--data /work/shared/data] [--misses N] [--extras N] [--duration-misses N]

Recall: the share of annotated TIME_DATE spans that one of our date claims overlaps (relaxed
overlap). Precision: the share of our date claims that overlap an annotated TIME_DATE or
TIME_OF_THE_DAY span. The annotation is partial (annotators marked the times of the events they
linked, not every date), so precision is a floor; the counts are printed beside it. Values: the
annotation gives none, but it links mentions of one time across articles (`same_time_as`); two
linked mentions we place on disjoint dates are a wrong value on one side at least (a false
conflict in waiting). Also: how many articles got a publication date.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from factcheck.extract import extract_claims, extract_time_expressions  # noqa: E402
from factcheck.load.corpus import load_corpus  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="/work/shared/data")
    parser.add_argument("--misses", type=int, default=0, help="print this many missed TIME_DATE spans")
    parser.add_argument("--extras", type=int, default=0, help="print this many claims outside every span")
    parser.add_argument("--clashes", type=int, default=0, help="print this many linked mentions placed apart")
    parser.add_argument("--duration-misses", type=int, default=0, help="print this many missed TIME_DURATION spans")
    options = parser.parse_args(argv)
    data = Path(options.data)
    spans: dict[str, list[dict]] = defaultdict(list)
    for line in (data / "ecbplus-dev-times.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        spans[row["file"]].append(row)
    counts, misses, extras, methods, duration_misses = Counter(), [], [], Counter(), []
    same_time: dict[str, list[tuple[str, object]]] = defaultdict(list)  # annotators' id -> (mention, our value)
    for folder in sorted(p for p in (data / "ecbplus-dev").iterdir() if p.is_dir()):
        articles, _ = load_corpus(folder)
        for article in articles:
            key = f"{folder.name}/{Path(article.source.path).name}"
            methods[article.source.published.method] += 1
            every = extract_claims(article)
            claims = [c for c in every if c.kind == "date"]
            expressions = extract_time_expressions(article)  # the claims and the vague ones ("now")
            counts["vague"] += len(expressions) - len(claims)
            gold = spans.get(key, [])
            dates = [g for g in gold if g["tag"] == "TIME_DATE"]
            times = [g for g in gold if g["tag"] in ("TIME_DATE", "TIME_OF_THE_DAY")]
            counts["gold"] += len(dates)
            for g in dates:
                overlapping = [c for c in claims if c.start < g["end"] and g["start"] < c.end]
                if g.get("same_time_as") and len(overlapping) == 1 and overlapping[0].value.start is not None:
                    same_time[g["same_time_as"]].append((f"{key}: {g['text']!r}", overlapping[0].value))
                if overlapping or any(c.start < g["end"] and g["start"] < c.end for c in expressions):
                    counts["found_timex"] += 1
                if overlapping:
                    counts["found"] += 1
                elif any(start < g["end"] and g["start"] < end for start, end in article.skip_spans):
                    counts["stamp"] += 1  # a dateline or page stamp: read as the publication date, no claim
                else:
                    misses.append(f"{key}: {g['text']!r}")
            durations = _duration_misses(key, gold, [c for c in every if c.kind == "duration"])
            counts["durations"] += sum(g["tag"] == "TIME_DURATION" for g in gold)
            duration_misses += durations
            counts["claims"] += len(claims)
            for c in claims:
                if any(c.start < g["end"] and g["start"] < c.end for g in times):
                    counts["inside"] += 1
                else:
                    extras.append(f"{key}: {c.text!r} = {getattr(c.value, 'timex', None)}")
            counts["resolved"] += sum(c.value.start is not None for c in claims)
    print(f"TIME_DATE spans: {counts['gold']}; overlapped by a date claim: {counts['found']} "
          f"(recall {counts['found'] / max(counts['gold'], 1):.3f}); read as a publication date (dateline or stamp): "
          f"{counts['stamp']} (recall counting those {(counts['found'] + counts['stamp']) / max(counts['gold'], 1):.3f})")
    print(f"date claims: {counts['claims']}; inside an annotated TIME_DATE/TIME_OF_THE_DAY span: {counts['inside']} "
          f"(precision floor {counts['inside'] / max(counts['claims'], 1):.3f}; the annotation is partial)")
    print(f"vague time expressions kept apart from the claims (now, recently...): {counts['vague']}; TIME_DATE spans "
          f"overlapped by a claim or one of them: {counts['found_timex']} ({counts['found_timex'] / max(counts['gold'], 1):.3f})")
    print(f"date claims placed in time: {counts['resolved']} of {counts['claims']}")
    pairs = disjoint = 0
    clashes = []
    for mentions in same_time.values():
        for i, (first, a) in enumerate(mentions):
            for second, b in mentions[i + 1:]:
                pairs += 1
                if a.end < b.start or b.end < a.start:
                    disjoint += 1
                    clashes.append(f"{first} {a.timex} vs {second} {b.timex}")
    print(f"pairs of mentions the annotators linked as one time, both placed by us: {pairs}; "
          f"placed on disjoint dates (would be false conflicts): {disjoint}")
    for line in clashes[:options.clashes]:
        print("  clash", line)
    print(f"TIME_DURATION spans: {counts['durations']}; overlapped by a duration claim: "
          f"{counts['durations'] - len(duration_misses)} (extraction alone; bench/realnews.py counts the report's claims)")
    print("publication dates: " + ", ".join(f"{m} {n}" for m, n in sorted(methods.items())))
    for line in misses[:options.misses]:
        print("  missed", line)
    for line in extras[:options.extras]:
        print("  extra", line)
    for line in duration_misses[:options.duration_misses]:
        print("  missed duration", line)
    return 0


def _duration_misses(key: str, gold: list[dict], durations: list) -> list[str]:
    """The annotated TIME_DURATION spans of one article that no duration claim overlaps."""
    missed = []
    for g in gold:
        if g["tag"] == "TIME_DURATION" and not any(c.start < g["end"] and g["start"] < c.end for c in durations):
            missed.append(f"{key}: {g['text']!r}")
    return missed


if __name__ == "__main__":
    raise SystemExit(main())
