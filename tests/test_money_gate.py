"""The money symbol anchor is searched only on pages that hold one of SYMBOL_LITERALS as written
(word_hits.holds_any): every match of the anchor holds one, so a page without any has no match to miss.
Codes are checked in their case from the lowered text's hits ("Europe" holds "eur", not "EUR"),
also where lowering changes the text's length ("İ")."""
from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.extract.base import Page
from factcheck.extract.money import SYMBOL_ANCHOR, SYMBOL_LITERALS
from factcheck.extract.word_hits import holds_any
from factcheck.models import Article, Source

PIECES = ["$", "£", "€", "¥", "₹", "Rs", "Rs.", "R", "s", "USD", "Usd", "usd", "EUR", "Europe", "CAD", "decade", "AUD",
          "fraud", "CHF", "JPY", "INR", "GBP", "CNY", " ", "5", "x", "İ", "\n", "(", "-"]


def _page(text: str) -> Page:
    return Page(Article(source=Source(id="s", path="s.txt", content_hash="-"), text=text))


@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
@example("Rs. 5")
@example("İ EUR")
@example("Europe fraud decade")
def test_a_page_with_a_match_holds_a_literal(text):
    page = _page(text)
    if SYMBOL_ANCHOR.search(page.text, page.article.body_start):
        assert holds_any(page, SYMBOL_LITERALS)


def test_each_literal_is_found_as_written_and_only_so():
    for literal in SYMBOL_LITERALS:
        assert holds_any(_page(f"It cost {literal} 5 then."), SYMBOL_LITERALS), literal
    assert not holds_any(_page("Europe's fraud over a decade: Usd, rs 5, cad."), SYMBOL_LITERALS)
    assert not holds_any(_page("İstanbul, euro zone"), SYMBOL_LITERALS)
