"""Reviewing from the terminal: ``factcheck review``, ``show`` and ``list``.

They take the corpus as ``check`` does (the argument, else ``corpus`` in factcheck.toml, else
sources/) and work on the outputs the last check of that corpus wrote: the folders given as flags,
else factcheck.toml's, else those the last check recorded (``last-check.json`` in the cache folder,
so a check run with ``--reports-dir out`` is followed by a review that updates out/), else the
defaults beside the corpus. ``show`` and ``list`` read the JSON report the last check wrote;
``review`` checks again (over the run state: it costs what changed) before and after.
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from pathlib import Path

from .errors import FactcheckError, UnknownFinding
from .load.listing import is_url
from .models import VERDICTS, Finding, Report
from .safetext import printable
from .store.atomic import write_text
from .store.reviews import review_label
from .store.state import CACHE_DIR, make_cache_folder

LAST_CHECK = "last-check.json"
EXAMPLES = {
    "show": "example: factcheck show duration-7f3f7fd2d0",
    "list": "example: factcheck list --unreviewed",
}


def add_commands(commands: argparse._SubParsersAction) -> list[argparse.ArgumentParser]:
    show = commands.add_parser("show", help="one finding in full: its claims, where they are, its review",
                               epilog=EXAMPLES["show"])
    show.add_argument("finding", help="the finding id, as the reports and the table show it")
    show.add_argument("corpus", nargs="?", default="sources", help="corpus folder (default: as check takes it)")
    listing = commands.add_parser("list", help="the findings of the last check, one a line", epilog=EXAMPLES["list"])
    listing.add_argument("corpus", nargs="?", default="sources", help="corpus folder (default: as check takes it)")
    listing.add_argument("--unreviewed", action="store_true", help="only conflicts nobody has reviewed")
    listing.add_argument("--verdict", choices=VERDICTS, help="only findings of this verdict")
    for command in (show, listing):
        command.add_argument("--claims-dir", type=Path, help="where ledgers are (default: as the last check had them)")
        command.add_argument("--reports-dir", type=Path, help="where reports are (default: as the last check wrote them)")
    return [show, listing]


# --- where the last check wrote -------------------------------------------------------------------

def pointer_folder(corpus: str | Path, project_root: Path | None) -> Path:
    """Where the last check of a corpus is recorded: the project root's cache folder, else the one
    beside the corpus (where its outputs go by default)."""
    if project_root is not None:
        return project_root / CACHE_DIR
    return (Path.cwd() if is_url(corpus) else Path(corpus).resolve().parent) / CACHE_DIR


def record_last_check(corpus: str | Path, project_root: Path | None, claims_dir: Path, reports_dir: Path) -> None:
    """Remember where a check of corpus wrote, for review, show and list."""
    if is_url(corpus):
        return
    folder = pointer_folder(corpus, project_root)
    try:
        make_cache_folder(folder)
        recorded = _read_pointer(folder)
        recorded[str(Path(corpus).resolve())] = {"claims": str(claims_dir.resolve()), "reports": str(reports_dir.resolve())}
        write_text(folder / LAST_CHECK, json.dumps(recorded, indent=2, sort_keys=True) + "\n")
    except (OSError, FactcheckError):
        pass  # a convenience: without it, review looks beside the corpus


def last_outputs(corpus: str | Path, project_root: Path | None) -> tuple[Path, Path] | None:
    """(claims, reports) the last check of corpus wrote, if recorded and still there."""
    if is_url(corpus):
        return None
    found = _read_pointer(pointer_folder(corpus, project_root)).get(str(Path(corpus).resolve()))
    if not isinstance(found, dict) or not Path(str(found.get("reports"))).is_dir():
        return None
    return Path(found["claims"]), Path(found["reports"])


def _read_pointer(folder: Path) -> dict:
    try:
        found = json.loads((folder / LAST_CHECK).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def fill_outputs(arguments: argparse.Namespace, corpus: str | Path) -> None:
    """--claims-dir and --reports-dir, when neither flags nor factcheck.toml gave them, as the last
    check of the corpus wrote them."""
    if arguments.claims_dir is None and getattr(arguments, "reports_dir", None) is None:
        found = last_outputs(corpus, getattr(arguments, "config", None) and arguments.config.root)
        if found is not None:
            arguments.claims_dir, arguments.reports_dir = found


# --- the report the last check wrote --------------------------------------------------------------

def read_report(reports_dir: Path, corpus: str | Path) -> Report:
    path = reports_dir / "findings.json"
    try:
        return Report.model_validate_json(path.read_bytes())
    except OSError as error:
        raise FactcheckError(detail=f"no report in {reports_dir} ({error.strerror}); run factcheck check {corpus} "
                                    "first (or give --reports-dir where it wrote)") from error
    except ValueError as error:
        raise FactcheckError(detail=f"{path} is not a factcheck JSON report; run factcheck check {corpus} again "
                                    "to write it") from error


def unknown(finding_id: str, corpus: str | Path, ids: list[str]) -> UnknownFinding:
    """The error for a mistyped id, with the nearest ids there are."""
    near = difflib.get_close_matches(finding_id, ids, n=2, cutoff=0.8)
    hint = f"; did you mean {' or '.join(near)}?" if near else ""
    return UnknownFinding(finding=finding_id, corpus=corpus, suggestion=hint)


def report_ids(reports_dir: Path) -> list[str]:
    try:
        return [finding["id"] for finding in json.loads((reports_dir / "findings.json").read_bytes())["findings"]]
    except (OSError, ValueError, KeyError, TypeError):
        return []


# --- show and list --------------------------------------------------------------------------------

def run_show(arguments: argparse.Namespace, reports_dir: Path) -> int:
    report = read_report(reports_dir, arguments.corpus)
    finding = next((f for f in report.findings if f.id == arguments.finding), None)
    if finding is None:
        raise unknown(arguments.finding, arguments.corpus, [f.id for f in report.findings])
    sys.stdout.write(printable(describe(finding, report, arguments.corpus), keep_carriage_return=False) + "\n")
    return 0


def describe(finding: Finding, report: Report, corpus: str | Path) -> str:
    """A finding as an editor reads it: what, why, its review, each claim with where it is."""
    sources = {source.id: source for source in report.sources}
    review = review_label(finding) or ("not reviewed" if finding.verdict == "conflict" else "")
    lines = [f"{finding.id}  {finding.verdict.upper() if finding.verdict == 'conflict' else finding.verdict}  "
             f"{finding.kind}: {finding.subject}", f"  {finding.explanation}"]
    if review:
        lines.append(f"  review: {review}")
    for claim in finding.claims:
        source = sources.get(claim.source)
        where = claim.source
        if source is not None:
            where = os.path.join(str(corpus), source.path) if not is_url(corpus) else source.path
            if claim.line is not None:
                where += f":{claim.line}:{claim.column}"
            outlet = ", ".join(part for part in (source.outlet, source.published.label()) if part and part != "unknown")
            where += f" ({outlet})" if outlet else ""
        lines += [f'  - "{claim.text}"  {where}', f"      {' '.join(claim.sentence.split())}"]
    if finding.verdict == "conflict" and not finding.reviewed:
        lines.append(f'  once checked: factcheck review {finding.id} --status confirmed|dismissed|explained --note "..."')
    return "\n".join(lines)


def run_list(arguments: argparse.Namespace, reports_dir: Path) -> int:
    report = read_report(reports_dir, arguments.corpus)
    findings = [f for f in report.findings
                if (arguments.verdict is None or f.verdict == arguments.verdict)
                and (not arguments.unreviewed or (f.verdict == "conflict" and not f.reviewed))]
    rows = [[f.id, f.verdict, f.kind, _short(printable(f.subject), 40), _short(printable(review_label(f)), 30)]
            for f in findings]
    if rows:
        from tabulate import tabulate  # only `factcheck list` lays out a table: `check` need not import it

        sys.stdout.write(tabulate(rows, headers=["id", "verdict", "kind", "subject", "review"], tablefmt="plain",
                                  disable_numparse=True) + "\n")
    print(f"factcheck: {len(rows)} of {len(report.findings)} findings", file=sys.stderr)
    return 0


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"
