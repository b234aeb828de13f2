"""The HTML report in a real browser: Debian's chromium, driven by Playwright.

Never `playwright install` (it downloads a browser build of its own); the tests launch
/usr/bin/chromium and skip, saying so, where it is not installed.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck import check_report
from factcheck.report.formats import render

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ROOT = Path(__file__).resolve().parent.parent

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium); the browser tests need it",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install -e '.[test]'")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _html_report(corpus: Path, out: Path) -> Path:
    report = check_report(corpus, out / "claims")
    page = out / "findings.html"
    page.write_text(render(report, "html"), encoding="utf-8")
    return page


def _open(browser, path: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri())
    page.errors = errors  # the page's own script must run without error
    return page


@pytest.fixture(scope="module")
def bundled_page(browser, tmp_path_factory):
    work = tmp_path_factory.mktemp("html")
    shutil.copytree(ROOT / "sources", work / "sources")
    page = _open(browser, _html_report(work / "sources", work))
    yield page
    page.close()


@pytest.fixture
def page(bundled_page):
    """The bundled report, with filters back to 'all' and every finding closed."""
    bundled_page.reload()
    assert bundled_page.locator("#filters").is_visible(), "the page's script did not run"
    return bundled_page


def _conflict_row(page, text: str):
    return page.locator("#conflict tr.finding", has_text=text)


def test_visit_length_conflict_is_in_the_discrepancy_table(page):
    row = _conflict_row(page, "2 days vs 3 calendar days")
    assert row.count() == 1 and row.is_visible()
    assert row.locator("td").nth(0).inner_text() == "duration"
    assert row.locator("td.review").inner_text() == "unreviewed"
    first_section = page.locator("section.verdict").first
    assert first_section.get_attribute("id") == "conflict"


def test_opening_a_finding_shows_the_marked_evidence(page):
    row = _conflict_row(page, "2 days vs 3 calendar days")
    marks = row.locator("mark")
    assert not marks.first.is_visible()  # closed until an editor opens it
    row.locator("summary").click()
    assert [marks.nth(i).inner_text() for i in range(marks.count())] == ["two-day", "from Tuesday to Thursday"]
    assert all(marks.nth(i).is_visible() for i in range(marks.count()))
    evidence = row.locator(".evidence").inner_text()
    assert "paying a state visit to China from Tuesday to Thursday" in evidence
    assert "published 2025-04-25, from the dateline" in evidence  # outlet's date and how it was found
    assert "Review: unreviewed" in evidence
    assert page.errors == []


def test_filter_to_conflicts_only(page):
    page.select_option("#filters select[name=verdict]", "conflict")
    rows = page.locator("tr.finding")
    visible = [rows.nth(i).get_attribute("data-verdict") for i in range(rows.count()) if rows.nth(i).is_visible()]
    assert visible == ["conflict"] * 3
    for verdict in ("compatible", "agree", "single"):
        assert not page.locator(f"section#{verdict}").is_visible()
        assert not page.locator(f"tr.finding[data-verdict={verdict}]").first.is_visible()
    assert page.locator("#shown").inner_text() == f"3 of {rows.count()} findings shown"


def test_filter_by_kind_and_source(page):
    source = "000_d71a774a495d6369"
    page.select_option("#filters select[name=kind]", "name")
    page.select_option("#filters select[name=source]", source)
    rows = page.locator("tr.finding")
    shown = [rows.nth(i) for i in range(rows.count()) if rows.nth(i).is_visible()]
    assert shown, "some name finding cites the first source"
    for row in shown:
        assert row.get_attribute("data-kind") == "name" and source in row.get_attribute("data-sources")
    page.select_option("#filters select[name=kind]", "")
    page.select_option("#filters select[name=source]", "")
    assert all(rows.nth(i).is_visible() for i in range(rows.count()))


def test_clicking_a_header_sorts_its_table(page):
    table = page.locator("section#agree table")
    subjects = table.locator("tr.finding td:nth-child(2)")
    table.locator("th button", has_text="subject").click()
    ascending = subjects.all_inner_texts()
    assert ascending == sorted(ascending, key=str.lower) and len(ascending) > 2
    assert table.locator("th[aria-sort=ascending]").count() == 1
    table.locator("th button", has_text="subject").click()
    assert subjects.all_inner_texts() == ascending[::-1]


HOSTILE_ARTICLE = """---
outlet: <img src=x onerror="window.pwned=1">
title: <script>window.pwned=1</script>
published: 2025-04-25
---
The <script>window.pwned=1</script> delegation signed 20 documents during a two-day state visit to Velmora.

Officials said <img src=x onerror="window.pwned=1"> that bilateral trade rose by 20% in 2024.
"""
PLAIN_ARTICLE = """---
outlet: Plain Wire
published: 2025-04-25
---
The delegation signed 25 documents during a three-day state visit to Velmora.
"""


def test_markup_in_articles_changes_nothing(browser, tmp_path):
    corpus = tmp_path / "sources"
    corpus.mkdir()
    (corpus / 'evil<img src=x onerror="window.pwned=1">.txt').write_text(HOSTILE_ARTICLE, encoding="utf-8")
    (corpus / "plain.txt").write_text(PLAIN_ARTICLE, encoding="utf-8")
    page = _open(browser, _html_report(corpus, tmp_path))
    try:
        page.evaluate("document.querySelectorAll('details').forEach(function (d) { d.open = true; })")
        page.select_option("#filters select[name=source]", index=1)  # the hostile source id as a value
        page.select_option("#filters select[name=source]", "")
        assert page.evaluate("typeof window.pwned") == "undefined"
        assert page.locator("img, svg, iframe").count() == 0 and page.locator("script").count() == 1
        text = page.locator("body").inner_text()
        assert "The <script>window.pwned=1</script> delegation signed 20 documents" in text
        assert 'Officials said <img src=x onerror="window.pwned=1"> that bilateral trade' in text
        assert page.locator("section#conflict tr.finding").count() == 2  # the page still works
        assert page.errors == []
    finally:
        page.close()
