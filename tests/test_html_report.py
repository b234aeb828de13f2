"""The HTML report as text: escaping, order, counts, determinism, offline. The browser tests drive it."""
from __future__ import annotations

import base64
import hashlib
import html
import re

import pytest

from factcheck.models import (
    CountClaim,
    DurationClaim,
    DurationValue,
    Finding,
    Problem,
    PublicationDate,
    QuantityValue,
    Report,
    Review,
    Source,
)
from factcheck.report.formats import FORMATS, render
from factcheck.report.html_report import SCRIPT, STYLE, render_html

# Article text that would run, load or break the page if it reached it unescaped.
HOSTILE = [
    "<script>window.pwned=1</script>",
    '<img src=x onerror="window.pwned=1">',
    '"><svg onload=window.pwned=1>',
    "</td></tr></table><b>broken</b>",
    "' onmouseover='window.pwned=1",
]


def _hostile_report(payload: str) -> Report:
    """Every text field of a report carries the payload."""
    source = Source(id=f"a{payload}", path=f"a{payload}.txt", outlet=payload, title=payload,
                    url=f"javascript:alert(1)//{payload}", content_hash="0" * 64,
                    published=PublicationDate(year=2025, month=4, day=24, method="dateline", evidence=payload))
    sentence = f"They signed 20 documents {payload} in Baku."
    claim = CountClaim(id=f"c{payload}", source=source.id, text="20", start=12, end=14, sentence=sentence,
                       subject=payload, value=QuantityValue(stated=20, low=20, high=20))
    other = claim.model_copy(update={"id": "c2", "text": payload, "sentence": payload})
    finding = Finding(id=f"count-{payload}", verdict="conflict", kind="count", subject=payload,
                      explanation=payload, claims=[claim, other], fingerprint="f",
                      review=Review(status="explained", note=payload, fingerprint="f"))
    return Report(sources=[source], findings=[finding],
                  problems=[Problem(path=payload, reason=payload, code="unreadable")])


@pytest.mark.parametrize("payload", HOSTILE)
def test_every_piece_of_article_text_is_escaped(payload):
    page = render_html(_hostile_report(payload))
    assert payload not in page
    assert page.count("<script") == 1 and page.count("</script>") == 1  # the page's own, and no other
    assert "<img" not in page and "<svg" not in page and "<b>broken" not in page
    assert html.escape(payload) in page  # shown, as text


def test_only_http_links_are_clickable():
    page = render_html(_hostile_report("x"))
    assert 'href="javascript' not in page and "javascript:alert(1)//x" in page
    source = Source(id="s", path="s.txt", url="https://example.org/a?b=1&c=2", content_hash="0" * 64)
    linked = render_html(Report(sources=[source], findings=[]))
    assert '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">' in linked


def test_claim_is_marked_in_its_sentence_as_a_whole_word():
    page = render_html(_hostile_report("x"))
    assert "They signed <mark>20</mark> documents x in Baku." in page


def test_page_is_offline_and_its_policy_allows_only_its_own_style_and_script(bundled_report):
    page = render_html(bundled_report)
    assert not re.search(r"""\b(src|href)=["']?(https?:)?//""", page), "the page must load nothing from outside"
    assert "<link" not in page and "@import" not in page

    def digest(text: str) -> str:
        return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in policy
    assert f"script-src 'sha256-{digest(SCRIPT)}'" in policy and f"style-src 'sha256-{digest(STYLE)}'" in policy
    assert f"<script>{SCRIPT}</script>" in page and f"<style>{STYLE}</style>" in page


def test_sections_run_from_conflicts_to_single_findings(bundled_report):
    page = render_html(bundled_report)
    positions = [page.index(f'<section class="verdict v-{verdict}"') for verdict in
                 ("conflict", "compatible", "agree", "single")]
    assert positions == sorted(positions)
    assert page.index('id="summary"') < positions[0]


def test_summary_counts_per_kind_and_verdict(bundled_report):
    page = render_html(bundled_report)
    summary = page[page.index('id="summary"'):page.index("</table>", page.index('id="summary"'))]
    total_row = re.search(r'<tr class="total">(.*?)</tr>', summary).group(1)
    counts = bundled_report.summary()
    cells = [int(n) for n in re.findall(r"<td[^>]*>(\d+)</td>", total_row)]
    assert cells == [counts["conflict"], counts["compatible"], counts["agree"], counts["single"],
                     len(bundled_report.findings)]
    duration_row = re.search(r'<th scope="row">duration</th>(.*?)</tr>', summary).group(1)
    durations = [f for f in bundled_report.findings if f.kind == "duration"]
    assert int(re.findall(r">(\d+)</td>", duration_row)[-1]) == len(durations)


def test_every_finding_has_a_row_with_its_review_status(bundled_report):
    page = render_html(bundled_report)
    assert page.count('<tr class="finding"') == len(bundled_report.findings)
    conflicts = [f for f in bundled_report.findings if f.verdict == "conflict"]
    for finding in conflicts:
        row = re.search(rf'<tr class="finding" id="finding-{finding.id}".*?</tr>', page, re.S).group(0)
        assert '<td class="review">unreviewed</td>' in row
        assert f"factcheck review {finding.id}" in row


def test_same_report_same_bytes(bundled_report):
    assert render_html(bundled_report) == render_html(bundled_report.model_copy(deep=True))
    # the page the check writes (the format table's row) is the page of the library's render_html
    assert render(bundled_report, "html") == render_html(bundled_report)
    assert FORMATS["html"].render(bundled_report).startswith("<!doctype html>")


def test_an_editors_claim_whose_text_is_not_in_the_sentence_is_still_shown():
    claim = DurationClaim(id="d", source="s", text="four days", start=0, end=9, sentence="A <long> visit.",
                          subject="visit", origin="editor", value=DurationValue(min_days=4, max_days=4))
    finding = Finding(id="duration-1", verdict="single", kind="duration", subject="visit", explanation="one source",
                      claims=[claim])
    page = render_html(Report(sources=[], findings=[finding]))
    assert "<mark>four days</mark> &mdash; A &lt;long&gt; visit." in page
    assert "(added by an editor)" in page and "(source not in this report)" in page


def test_each_findings_row_reaches_the_page_alone_in_its_section():
    """write_html hands each finding's row to write() by itself (a re-check copies unchanged ones
    from the page before), in its own section; an empty section shows its "none" row."""
    from collections import Counter

    from factcheck.report.fragments import Tally
    from factcheck.report.html_report import ROWS_MARK, write_html

    rows = [("conflict", "<tr>c1</tr>"), ("conflict", "<tr>c2</tr>"), ("single", "<tr>s1</tr>")]
    tally = Tally(sources=0, counts=Counter({("count", "conflict"): 2, ("count", "single"): 1}))
    written: list[str] = []
    write_html(written.append, tally, iter(rows), [])
    page = "".join(written)
    assert [piece for piece in written if piece.startswith("<tr>")] == [row for _, row in rows]
    assert ROWS_MARK not in page
    conflicts, single = page.index('id="conflict"'), page.index('id="single"')
    assert conflicts < page.index("<tr>c1</tr>") < page.index("<tr>c2</tr>") < page.index('id="compatible"')
    assert single < page.index("<tr>s1</tr>")
    assert page.count('<tr class="empty">') == 2  # compatible and agree have no rows


def test_the_sources_table_escapes_and_links_as_the_template_did():
    from factcheck.models import PublicationDate, Source
    from factcheck.report.html_report import source_rows

    rows = str(source_rows([Source(id="a<1", path="a.txt", content_hash="x", outlet="O&B", title='T "q"',
                                   published=PublicationDate(year=2024, month=3, day=5, method="metadata"),
                                   url="https://x.org/a?b=1&c=2"),
                            Source(id="b", path="b.txt", content_hash="y", url="javascript:alert(1)")]))
    assert rows == ('<tr><td><code>a&lt;1</code></td><td>O&amp;B</td><td>T &quot;q&quot;</td><td>2024-03-05</td>'
                    '<td>metadata</td><td></td><td>a.txt; <a href="https://x.org/a?b=1&amp;c=2" rel="noopener noreferrer">'
                    'https://x.org/a?b=1&amp;c=2</a></td></tr><tr><td><code>b</code></td><td>unknown</td><td></td>'
                    '<td>unknown</td><td>unknown</td><td></td><td>b.txt; javascript:alert(1)</td></tr>')


@pytest.mark.parametrize("method", ["metadata", "dateline", "inferred", "unknown", "address", "stamp"])
@pytest.mark.parametrize("payload", [None, "", "Plain Outlet", *HOSTILE, "red\x1b[31m\u202e", " https://x.org/a?b=1&c=2 "])
def test_a_claims_caption_is_the_templates_about_source_and_source_file(method, payload):
    """The caption of a claim's source (html_report.caption, made in Python) holds the bytes of
    parts.html's macros about_source and source_file for every shape of source."""
    from factcheck.report.html_report import _templates, caption

    url = payload if payload is None or payload.strip().startswith("https") else f"https://x.org/{payload}"
    for source in (Source(id="a", path=f"a{payload or ''}.txt", content_hash="0", outlet=payload, title=payload,
                          url=url, published=PublicationDate(year=2025, month=4, day=24, method=method, evidence=payload)),
                   Source(id="b", path="b.txt", content_hash="0", url=payload,
                          published=PublicationDate(month=4, day=24, method=method)),
                   Source(id="c", path="c.txt", content_hash="0", published=PublicationDate(method=method))):
        macros = _templates()[1]
        assert caption(source) == (macros.about_source(source), macros.source_file(source))
