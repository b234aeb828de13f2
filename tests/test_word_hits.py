"""A word's sentences read from the automaton's hits are those a str.find loop over the page gives.

Page._find_word found each anchor word with str.find, going on after each hit from the end of its
sentence (or from the next character, for a hit inside a word when only word starts count). The
automaton reports every hit, overlapping ones too, so hit_sentences must skip the ones str.find
would not have reached; words that overlap themselves ("ana", "aa") and hits between sentences
are where the two could part."""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.extract.base import Page
from factcheck.models import Article, Source

WORDS = ("aa", "--", "ana", "banana", "now", " now", "-day", "day", "one", "ten", "often", "per cent", "mar", "march")
PIECES = [*WORDS, "a", "n", "b", "A", "Now", "x", "_", "9", ". ", "! ", "\n", " ", "  ", ", ", "-", "İ", "é", "Mr. ",
          "City, May 2, 2025 (AP) -- "]
body_text = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _page(body: str) -> Page:
    return Page(Article(source=Source(id="s", path="s.txt", content_hash="-"), text=body))


def _by_find(page: Page, word: str, at_word_start: bool) -> list[int]:
    """Page._find_word as it was: str.find over the lowered text."""
    found, lowered, sentences = [], page._lower, page.sentences
    position = lowered.find(word, page.article.body_start)
    while position >= 0:
        if at_word_start and position and (lowered[position - 1].isalnum() or lowered[position - 1] == "_"):
            position = lowered.find(word, position + 1)
            continue
        index = max(max(i for i, (start, _) in enumerate(sentences) if start <= position) if sentences[0][0] <= position else 0, 0)
        sentence_start, sentence_end = sentences[index]
        if sentence_start <= position < sentence_end:
            found.append(index)
        position = lowered.find(word, max(position + len(word), sentence_end))
    return found


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=body_text)
@example(body="banana. aaa aa\nana bananas. Ten often now. -day - day")
@example(body="aaaa. aaaaa x--- x--")
def test_sentences_from_the_hits_are_those_str_find_gives(body):
    page = _page(body)
    if not page.sentences:
        return
    page._looked_up(WORDS)  # the one pass over the page
    for word in WORDS:
        if word not in page._present:
            assert page._lower.find(word, page.article.body_start) < 0
            continue
        for at_word_start in (False, True):
            assert page._find_word(word, at_word_start) == _by_find(page, word, at_word_start), (word, at_word_start)


def test_a_word_that_overlaps_itself_is_found_once_a_sentence():
    page = _page("aaaa aa. Then aaa.")
    page._looked_up(("aa",))
    assert page._hits["aa"] == [0, 1, 2, 5, 14, 15]  # every hit, overlapping ones too
    assert page._find_word("aa") == [0, 1]
