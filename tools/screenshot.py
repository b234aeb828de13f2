"""Re-make reports/screenshot.png: the HTML report of the bundled corpus, as headless Chromium shows it.

    .venv/bin/python tools/screenshot.py [--out reports/screenshot.png] [--open KIND]

Uses Debian's chromium (/usr/bin/chromium, `apt-get install chromium`) through Playwright for
Python; never `playwright install`, which downloads a browser build of its own. The report is
made in a scratch folder, so the repository's claims/ and reports/ are left as they are.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
# Flags that keep a headless Chromium quiet and offline: no sandbox (root in containers), no GPU,
# no first-run, update, sync or background traffic.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1400, "height": 1000}


def bundled_report_html(work: Path) -> Path:
    """The bundled corpus's HTML report, written under work/ (reviews included, as the CLI does)."""
    sys.path.insert(0, str(ROOT))
    from factcheck import check_report
    from factcheck.report.formats import render
    from factcheck.store.reviews import read_reviews, reviews_path

    shutil.copytree(ROOT / "sources", work / "sources")
    report = check_report(work / "sources", work / "claims", reviews=read_reviews(reviews_path(work / "sources")))
    page = work / "findings.html"
    page.write_text(render(report, "html"), encoding="utf-8")
    return page


def take_screenshot(page_path: Path, out: Path, open_kind: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport=VIEWPORT)
            page.goto(page_path.as_uri())
            if open_kind:  # show what an editor sees on opening a conflict: the quoted, marked evidence
                page.locator(f'#conflict tr.finding[data-kind="{open_kind}"] summary').first.click()
            page.screenshot(path=str(out))
        finally:
            browser.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshot the HTML report of the bundled corpus.")
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "screenshot.png")
    parser.add_argument("--open", dest="open_kind", default="duration", metavar="KIND",
                        help="open the evidence of the first conflict of this kind (default: duration; '' for none)")
    arguments = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"tools/screenshot.py: {CHROMIUM} not found; install it with: apt-get install chromium", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        take_screenshot(bundled_report_html(Path(scratch)), arguments.out, arguments.open_kind)
    print(f"tools/screenshot.py: wrote {arguments.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
