"""factcheck on real same-event news: conflicts, judged precision, planted recall and stories, in one command.

    .venv/bin/python bench/realnews.py [--data ../shared/data/ecbplus-dev] [--markdown] [--totals] [--verbose]
                                       [--folders 1_ecb,3_ecbplus] [--jobs N] [--unjudged-out FILE]

Each folder of the data is one real event reported by several outlets, checked as a corpus of its
own, in this process through the library (no subprocess per run). Per folder and in total it prints:
- findings per verdict, conflicts per 100 articles, conflicts across sources (claims from two or more
  articles) and conflicts whose claims all come from one article (which should be none);
- precision on the judged sample `bench/realnews/judged.jsonl` (one line per judged conflict: its
  claims by source and offsets, label real|false, cause, note). A conflict takes the judgement with
  exactly its claims, or else (looser, counted apart) the largest one whose claims are all in it.
  Conflicts with no judgement are listed so a person can judge them; `--unjudged-out FILE` writes
  them as JSONL lines with an empty label, ready to be filled in and appended to the sample;
- planted recall (see realnews_facts.py): a fact two articles both state is changed in one of them;
  a hit is a conflict holding the changed claim (its span covers the new figure) and the claim of
  another article that states the fact ("new only": which the unchanged claim was not already in
  conflict with, as happens when a false alarm already holds both). Harmless rewrites of the fact
  must bring the rewritten claim into no conflict with a claim it was not already in conflict with;
- known discrepancies (`bench/realnews/known.jsonl`, found by reading): how many a conflict reports;
- times (`DATA-times.jsonl`, the annotators' time expressions): how many a date or duration claim
  covers, and conflicts that oppose two mentions the annotators linked as one time;
- stories: all folders as one corpus (copied into a temporary folder); B-cubed precision, recall and
  F1 of the stories against the folders, and the conflicts whose claims come from different folders.
Extraction is cached by (source id, text, publication date), so a plant re-extracts one article.
Nothing is written outside the temporary folder, except with --unjudged-out. Output is
deterministic (the time taken goes to stderr).
"""
from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))  # the realnews_* modules sit beside this file

from tabulate import tabulate  # noqa: E402

from factcheck import Extraction, build_report, extract_article  # noqa: E402
from factcheck.load.corpus import load_corpus, parse_article  # noqa: E402
from factcheck.models import Article, Problem, Report  # noqa: E402
from realnews_facts import Edit, Plant, apply, plan_plants  # noqa: E402
from realnews_score import (  # noqa: E402
    Conflict,
    JudgedIndex,
    Known,
    Precision,
    bcubed,
    conflict_of,
    covers,
    load_judged,
    load_known,
    reported,
    score_precision,
    skeleton,
)
from realnews_times import TimeClaims, TimeScores, load_times, score_times, time_claims  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "ecbplus-dev"
DEFAULT_JUDGED = BENCH / "realnews" / "judged.jsonl"
DEFAULT_KNOWN = BENCH / "realnews" / "known.jsonl"
PLANTS_PER_FOLDER = 12
VERDICT_ORDER = ("conflict", "compatible", "agree", "single")


class Extractor:
    """extract_article with a cache: an article is extracted again only when its text or its
    publication date (which relative dates are read against) changed."""

    def __init__(self) -> None:
        self.cache: dict[tuple[str, str, str], tuple[list, dict]] = {}

    def __call__(self, article: Article) -> tuple[list, dict]:
        key = (article.source.id, hashlib.sha1(article.text.encode()).hexdigest(),
               article.source.published.model_dump_json())
        if key not in self.cache:
            self.cache[key] = extract_article(article)
        return self.cache[key]


def report_of(articles: list[Article], problems: list[Problem], extractor: Extractor) -> Report:
    extracted = [extractor(article) for article in articles]
    claims = [claim for article_claims, _terms in extracted for claim in article_claims]
    terms = {article.source.id: found_terms for article, (_claims, found_terms) in zip(articles, extracted)}
    return build_report(Extraction([a.source for a in articles], claims, problems, terms=terms))


def with_edit(articles: list[Article], source_id: str, edit: Edit) -> list[Article]:
    """The corpus with one article's text edited; its publication date stays the one load_corpus
    gave it (with a year inferred across the corpus), since the edit never touches a dateline."""
    edited = []
    for article in articles:
        if article.source.id == source_id:
            text = apply(article.text, edit)
            new = parse_article(text, source_id, article.source.path, hashlib.sha256(text.encode()).hexdigest(), [])
            new.source.published = article.source.published
            article = new
        edited.append(article)
    return edited


@dataclass
class PlantResult:
    folder: str
    kind: str
    fact: str
    source: str
    hit: bool  # a conflict holds the changed claim and a partner's claim
    new_hit: bool  # ... and the unchanged claim was not in conflict with that partner claim already
    apart: bool  # with the plant, the changed article is in another story than every partner: no conflict is possible
    harmless: list[tuple[str, bool, bool]]  # (rewrite, quiet, the rewritten figure is still a claim)


@dataclass
class FolderResult:
    folder: str
    articles: int
    verdicts: Counter
    conflicts: list[Conflict]
    times: TimeClaims
    plants: list[PlantResult] = field(default_factory=list)


def conflict_partners(report: Report, source: str, start: int, end: int) -> set[tuple[str, int, int]]:
    """Every claim that shares a conflict with the claim covering [start, end) of source."""
    partners = set()
    for finding in report.findings:
        if finding.verdict == "conflict" and any(covers((c.source, c.start, c.end), source, start, end)
                                                 for c in finding.claims):
            partners |= {(c.source, c.start, c.end) for c in finding.claims
                         if not covers((c.source, c.start, c.end), source, start, end)}
    return partners


def _unshift(keys: set[tuple[str, int, int]], source: str, edit: Edit) -> set[tuple[str, int, int]]:
    """Claim keys of an edited corpus in the offsets of the original text (the edited article only)."""
    delta = len(edit.text) - (edit.end - edit.start)
    return {(s, a - delta, b - delta) if s == source and a >= edit.start + len(edit.text) else (s, a, b)
            for s, a, b in keys}


def run_plant(folder: str, plant: Plant, articles: list[Article], problems: list[Problem], extractor: Extractor,
              base: Report) -> PlantResult:
    source = plant.changed.source
    planted = report_of(with_edit(articles, source, plant.plant), problems, extractor)
    new_end = plant.plant.start + len(plant.plant.text)
    before = conflict_partners(base, source, plant.changed.start, plant.changed.end)
    partners = _unshift(conflict_partners(planted, source, plant.plant.start, new_end), source, plant.plant)
    hit = any(covers(key, m.source, m.start, m.end) for key in partners for m in plant.partners)
    # The mention may already have been in a (false) conflict with the partner: then the plant's
    # conflict is no news, and the strict measure does not count it.
    new_hit = any(covers(key, m.source, m.start, m.end) for key in partners - before for m in plant.partners)
    harmless = []
    for edit in plant.harmless:
        rewritten = report_of(with_edit(articles, source, edit), problems, extractor)
        end = edit.start + len(edit.text)
        after = _unshift(conflict_partners(rewritten, source, edit.start, end), source, edit)
        still = any(covers((c.source, c.start, c.end), source, edit.start, end)
                    for f in rewritten.findings for c in f.claims)
        harmless.append((edit.what, after <= before, still))
    # In the planted corpus: a changed figure that was one of few shared terms may itself move its
    # article out of the story (the base corpus's stories would not show it).
    story = {s.id: s.story for s in planted.sources}
    apart = all(story[m.source] != story[source] for m in plant.partners)
    return PlantResult(folder, plant.fact.kind, plant.fact.label, source, hit, new_hit, apart, harmless)


def evaluate_folder(path: Path, cap: int = PLANTS_PER_FOLDER) -> FolderResult:
    articles, problems = load_corpus(path)
    extractor = Extractor()
    base = report_of(articles, problems, extractor)
    verdicts = Counter(finding.verdict for finding in base.findings)
    conflicts = [conflict_of(path.name, f) for f in base.findings if f.verdict == "conflict"]
    result = FolderResult(path.name, len(articles), verdicts, conflicts, time_claims(base))
    for plant in plan_plants(path.name, articles, cap):
        result.plants.append(run_plant(path.name, plant, articles, problems, extractor, base))
    return result


@dataclass
class StoriesResult:
    articles: int
    stories: int
    folders: int
    bcubed: tuple[float, float, float]
    cross_folder: list[Conflict]


def evaluate_stories(folders: list[Path]) -> StoriesResult:
    """All folders as one corpus: the stories against the folders, and conflicts across folders."""
    folder_of: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="factcheck-realnews-") as temp:
        corpus = Path(temp) / "corpus"
        corpus.mkdir()
        for folder in folders:
            for path in sorted(p for p in folder.iterdir() if p.is_file()):
                if path.stem in folder_of:
                    raise SystemExit(f"{path}: source id {path.stem!r} is also in {folder_of[path.stem]}; "
                                     "the stories measure needs file names unique across folders")
                folder_of[path.stem] = folder.name
                shutil.copyfile(path, corpus / path.name)
        articles, problems = load_corpus(corpus)
        report = report_of(articles, problems, Extractor())
    story_of = {source.id: source.story or source.id for source in report.sources}
    gold = {source_id: folder_of[source_id] for source_id in story_of}
    cross = [conflict_of("*", f) for f in report.findings
             if f.verdict == "conflict" and len({folder_of[c.source] for c in f.claims}) > 1]
    return StoriesResult(len(articles), len(set(story_of.values())), len(set(gold.values())),
                         bcubed(story_of, gold), cross)


# --- rendering ------------------------------------------------------------------------------------

def _ratio(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.2f} ({numerator}/{denominator})" if denominator else "-"


def _row(name: str, results: list[FolderResult], index: JudgedIndex) -> list:
    articles = sum(r.articles for r in results)
    verdicts = sum((r.verdicts for r in results), Counter())
    conflicts = [c for r in results for c in r.conflicts]
    precision, _unjudged = score_precision(conflicts, index)
    plants = [p for r in results for p in r.plants]
    harmless = [quiet for p in plants for _what, quiet, _still in p.harmless]
    return [name, articles, *(verdicts[v] for v in VERDICT_ORDER),
            f"{100 * len(conflicts) / articles:.1f}" if articles else "-",
            sum(len(c.sources) > 1 for c in conflicts), sum(len(c.sources) == 1 for c in conflicts),
            _ratio(precision.real, precision.matched), _ratio(sum(p.hit for p in plants), len(plants)),
            _ratio(sum(harmless), len(harmless))]


HEADERS = ["folder", "articles", *VERDICT_ORDER, "conflicts/100 articles", "across sources", "one article",
           "precision (real/judged)", "planted recall", "harmless quiet"]


def render(results: list[FolderResult], stories: StoriesResult | None, index: JudgedIndex, markdown: bool,
           verbose: bool, totals_only: bool = False, times: TimeScores | None = None,
           known: list[Known] = ()) -> tuple[str, list[Conflict]]:
    """The report, and the conflicts that have no judgement yet."""
    table_format = "github" if markdown else "simple"
    rows = [] if totals_only else [_row(r.folder, [r], index) for r in results]
    rows.append(_row("total", results, index))
    out = [tabulate(rows, HEADERS, tablefmt=table_format, disable_numparse=True), ""]
    conflicts = [c for r in results for c in r.conflicts]
    precision, unjudged = score_precision(conflicts, index)
    across, _ = score_precision([c for c in conflicts if len(c.sources) > 1], index)
    found = [item for item in known if reported(item, conflicts)]
    out += _summary(results, stories, precision, across, len(unjudged), index, table_format, times)
    out += ["", tabulate([["known real discrepancies reported as a conflict", _ratio(len(found), len(known))]],
                         ["measure", "value"], tablefmt=table_format, disable_numparse=True)] if known else []
    if verbose:
        out += ["", "Missed plants (folder, changed article, fact; '(old)': only a conflict that was there before; "
                    "'(other story)': with the plant, the article is in another story than every article that states the fact):"]
        out += [f"  {p.folder}  {p.source}  {p.kind}: {p.fact}{' (old)' if p.hit else ''}{' (other story)' if p.apart else ''}"
                for r in results for p in r.plants if not p.new_hit]
        out += ["", "Harmless rewrites that were not quiet:"]
        out += [f"  {p.folder}  {p.source}  {p.kind}: {p.fact} ({what})"
                for r in results for p in r.plants for what, quiet, _still in p.harmless if not quiet]
    if verbose and known:
        out += ["", "Known real discrepancies not reported (folder: what):"]
        out += [f"  {item.folder}: {item.note}" for item in known if item not in found]
    if stories and verbose:
        out += ["", "Conflicts across folders (all folders as one corpus):"]
        out += [_describe(c) for c in stories.cross_folder]
    return "\n".join(out) + "\n", unjudged


def _summary(results: list[FolderResult], stories: StoriesResult | None, precision: Precision, across: Precision,
             unjudged: int, index: JudgedIndex, table_format: str, times: TimeScores | None = None) -> list[str]:
    plants = [p for r in results for p in r.plants]
    kinds = sorted({p.kind for p in plants})
    rows = [[f"planted recall: {kind}", _ratio(sum(p.hit for p in plants if p.kind == kind),
                                               sum(p.kind == kind for p in plants))] for kind in kinds]
    rows.append(["planted recall, new conflicts only", _ratio(sum(p.new_hit for p in plants), len(plants))])
    missed = [p for p in plants if not p.hit]
    rows.append(["missed plants in another story than every partner", _ratio(sum(p.apart for p in missed), len(missed))])
    rewrites = sorted({what for p in plants for what, _quiet, _still in p.harmless})
    rows += [[f"harmless quiet: {what}", _ratio(sum(q for p in plants for w, q, _s in p.harmless if w == what),
                                                sum(w == what for p in plants for w, _q, _s in p.harmless))]
             for what in rewrites]
    rows.append(["precision of conflicts across sources", _ratio(across.real, across.matched)])
    rows.append(["judged conflicts still reported (loose matches)", f"{precision.matched} ({precision.loose})"])
    rows.append(["judged lines in the sample", str(len(index.judged))])
    rows.append(["conflicts not judged yet", str(unjudged)])
    rows += [[f"false alarms still reported: {cause or '(no cause)'}", str(n)]
             for cause, n in sorted(precision.causes.items(), key=lambda item: (-item[1], item[0]))]
    if stories:
        p, r, f1 = stories.bcubed
        rows += [["stories: articles / stories / folders", f"{stories.articles} / {stories.stories} / {stories.folders}"],
                 ["stories: B-cubed precision / recall / F1", f"{p:.3f} / {r:.3f} / {f1:.3f}"],
                 ["stories: conflicts across folders", str(len(stories.cross_folder))]]
    if times:
        rows += [[f"annotated {kind}s covered by a {kind} claim", _ratio(*times.covered[kind])] for kind in sorted(times.covered)]
        rows.append(["date conflicts opposing two mentions of one annotated time", str(times.linked_opposed)])
    return [tabulate(rows, ["measure", "value"], tablefmt=table_format, disable_numparse=True)]


def _describe(conflict: Conflict) -> str:
    lines = [f"  {conflict.folder}  {conflict.id}"]
    for source, start, end, text, sentence in conflict.claims:
        lines.append(f"    {source} {start}-{end} {text!r}: {_around(sentence, text)}")
    return "\n".join(lines)


def _around(sentence: str, text: str, width: int = 60) -> str:
    """A few words of the sentence around the claim's text."""
    at = max(0, sentence.find(text))
    snippet = sentence[max(0, at - width):at + len(text) + width].replace("\n", " ")
    return ("..." if at > width else "") + snippet + ("..." if at + len(text) + width < len(sentence) else "")


# --- the command ----------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of event folders (default: %(default)s)")
    parser.add_argument("--judged", type=Path, default=DEFAULT_JUDGED, help="the judged sample (JSONL)")
    parser.add_argument("--known", type=Path, default=DEFAULT_KNOWN, help="real discrepancies found by reading (JSONL)")
    parser.add_argument("--times", type=Path, help="annotated time expressions (default: DATA-times.jsonl beside DATA)")
    parser.add_argument("--folders", help="comma-separated folder names to run (default: all)")
    parser.add_argument("--plants", type=int, default=PLANTS_PER_FOLDER, help="plants per folder at most")
    parser.add_argument("--jobs", type=int, default=1, help="folders evaluated in N worker processes")
    parser.add_argument("--no-stories", action="store_true", help="skip the all-folders stories run")
    parser.add_argument("--markdown", action="store_true", help="Markdown tables (for the README)")
    parser.add_argument("--totals", action="store_true", help="only the total row, not one per folder")
    parser.add_argument("--verbose", action="store_true", help="also list missed plants and loud rewrites")
    parser.add_argument("--unjudged-out", type=Path, help="write the unjudged conflicts to FILE as JSONL skeletons")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        parser.error(f"--data {args.data} is not a folder; give the folder that holds the event folders")
    folders = sorted(p for p in args.data.iterdir() if p.is_dir())
    if args.folders:
        wanted = set(args.folders.split(","))
        missing = wanted - {p.name for p in folders}
        if missing:
            parser.error(f"--folders: no folder {', '.join(sorted(missing))} in {args.data}")
        folders = [p for p in folders if p.name in wanted]
    started = time.perf_counter()
    index = JudgedIndex(load_judged(args.judged))
    results = _evaluate_all(folders, args.plants, args.jobs)
    stories = None if args.no_stories else evaluate_stories(folders)
    times_file = args.times or args.data.with_name(args.data.name + "-times.jsonl")
    sources = {path.stem for folder in folders for path in folder.iterdir() if path.is_file()}
    times = score_times(load_times(times_file), [r.times for r in results], sources) if times_file.exists() else None
    wanted = {folder.name for folder in folders}
    known = [item for item in load_known(args.known) if item.folder in wanted]
    text, unjudged = render(results, stories, index, args.markdown, args.verbose, args.totals, times, known)
    sys.stdout.write(text)
    if not args.markdown and unjudged:
        sys.stdout.write(f"\nConflicts not judged yet ({len(unjudged)}):\n")
        sys.stdout.write("\n".join(_describe(c) for c in unjudged) + "\n")
    if args.unjudged_out:
        args.unjudged_out.write_text("".join(skeleton(c) + "\n" for c in unjudged), encoding="utf-8")
    print(f"realnews: {len(folders)} folders in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


def _evaluate_all(folders: list[Path], cap: int, jobs: int) -> list[FolderResult]:
    if jobs <= 1:
        return [evaluate_folder(folder, cap) for folder in folders]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(evaluate_folder, folders, [cap] * len(folders)))


if __name__ == "__main__":
    sys.exit(main())
