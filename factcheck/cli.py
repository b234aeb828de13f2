"""Commands only: parse arguments, call the library, choose the exit code.

Exit codes: 0 clean, 1 conflicts found (as --fail-on says), 2 usage or input error.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .errors import FactcheckError
from .models import Report
from .pipeline import build_report, extract_corpus, write_reports
from .report import FORMATS, render

EXAMPLES = {
    "check": "example: factcheck check sources/ --format markdown > findings.md",
    "extract": "example: factcheck extract sources/ --claims-dir claims/",
    "schema": "example: factcheck schema > report.schema.json",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factcheck", description="Cross-source fact consistency checker for news corpora.")
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser("check", help="extract, compare and report", epilog=EXAMPLES["check"])
    check.add_argument("corpus", nargs="?", default="sources", type=Path, help="corpus folder (default: sources/)")
    check.add_argument("--format", choices=FORMATS, default="table", help="what goes to stdout (default: table)")
    check.add_argument("--reports-dir", type=Path, help="where reports go (default: reports/ beside the corpus)")
    check.add_argument("--claims-dir", type=Path, help="where ledgers go (default: claims/ beside the corpus)")
    check.add_argument("--fail-on", choices=("conflict", "never"), default="conflict",
                       help="exit 1 when there are conflicts (default), or never")
    check.add_argument("--max-bytes", type=int, default=5_000_000, help="skip (and report) larger files")

    extract = commands.add_parser("extract", help="write claim ledgers only", epilog=EXAMPLES["extract"])
    extract.add_argument("corpus", type=Path, help="corpus folder")
    extract.add_argument("--claims-dir", type=Path, help="where ledgers go (default: claims/ beside the corpus)")
    extract.add_argument("--max-bytes", type=int, default=5_000_000, help="skip (and report) larger files")

    commands.add_parser("schema", help="print the JSON Schema of the JSON report", epilog=EXAMPLES["schema"])
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        arguments = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        if arguments.command == "schema":
            print(json.dumps(Report.model_json_schema(), indent=2, sort_keys=True))
            return 0
        corpus = arguments.corpus
        claims_dir = arguments.claims_dir or corpus.resolve().parent / "claims"
        extraction = extract_corpus(corpus, claims_dir, arguments.max_bytes)
        for problem in extraction.problems:
            print(f"factcheck: {problem.path}: {problem.reason}", file=sys.stderr)
        if arguments.command == "extract":
            print(f"factcheck: {len(extraction.articles)} ledgers in {claims_dir} "
                  f"({len(extraction.extracted)} extracted afresh)", file=sys.stderr)
            return 0
        report = build_report(extraction)
        write_reports(report, arguments.reports_dir or corpus.resolve().parent / "reports")
        sys.stdout.write(render(report, arguments.format))
    except FactcheckError as error:
        print(f"factcheck: error: {error}", file=sys.stderr)
        return 2
    if arguments.fail_on == "conflict" and report.summary()["conflict"]:
        return 1
    return 0
