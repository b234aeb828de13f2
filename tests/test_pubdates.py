"""Publication dates from page stamps, datelines, addresses and static-site front matter.

Each row: the opening of an article (front matter and lines as real pages print them, written
here) and the date and method factcheck must give; None where it must give no date.
"""
from __future__ import annotations

import pytest

from factcheck.load.corpus import parse_article
from factcheck.load.stamps import address_date

CASES = [
    ("Headline\n21 July 2013 Last updated at 11:11 GMT\nText.", "2013-07-21", "stamp"),
    ("Headline\nLast Updated: Monday, 28 November 2005, 02:24 GMT\nText.", "2005-11-28", "stamp"),
    ("Headline\nPosted on January 5, 2011\nText.", "2011-01-05", "dateline"),
    ("Headline\nPublished 13/03/2025\nText.", "2025-03-13", "stamp"),
    ("Headline\n11/30/09 05:40 PM ET\nText.", "2009-11-30", "stamp"),
    ("Headline\nMay 03, 2013\nText.", "2013-05-03", "dateline"),
    ("Headline\nPUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM\nUPDATED: FRIDAY, MAY 3, 2013, 9:56 AM\nText.", "2013-05-02", "stamp"),
    ("Headline\n7:15 a.m. Dec. 7, 2009\nText.", "2009-12-07", "stamp"),
    ("Headline\n12 January 2010 @ 09:29 pm\nText.", "2010-01-12", "stamp"),
    ("LONDON, 13 March 2025 (Reuters) - Shares fell on Thursday.", "2025-03-13", "dateline"),
    ("Headline\nPORTLAND, Ore. —2/28/2014\nThe company said today it would merge.", "2014-02-28", "dateline"),
    ("Headline\nPORTLAND, Ore. —3/4/2014\nThe company said today it would merge.", None, "unknown"),
    ("Headline\nSun, 15 Sep 2013\nText.", "2013-09-15", "stamp"),
    ("Headline\nLast updated 13:26 14/09/2013\nText.", "2013-09-14", "stamp"),
    ("Headline\nPublished: 2012.08.08 09:01 AM\nText.", "2012-08-08", "stamp"),
    ("Headline\nStory Created: Aug 7, 2012 at 9:56 AM AKDT\nText.", "2012-08-07", "stamp"),
    ("Headline\n8: 44AM BST 16 Sep 2013\nText.", "2013-09-16", "stamp"),
    ("Headline\nPosted by A. Writer in Local News on Friday, September 20, 2013.\nText.", "2013-09-20", "stamp"),
    # ambiguous numeric stamps: settled by the address, else no date at all
    ("---\nurl: https://example.com/2011/01/story.html\n---\nHeadline\nPosted at 3:21 PM ET, 01/5/2011\nText.",
     "2011-01-05", "stamp"),
    ("Headline\nRelease: 03/08/2013\nThe team won on Friday.", None, "unknown"),
    ("Headline\nRelease: 03/08/2013\nIt rained on 2 March and 4 March, and again on 6 March and 7 March.", "2013-08-03", "stamp"),
    # the address
    ("---\nurl: https://example.com/2013/may/03/local/story\n---\nText.", "2013-05-03", "address"),
    ("---\nurl: https://example.com/news/20130503-story.html\n---\nText.", "2013-05-03", "address"),
    ("---\nurl: https://example.com/2009-02-03-late-night-vote/\n---\nText.", "2009-02-03", "address"),
    ("---\nurl: https://example.blogspot.com/2005_05_01_archive.html\n---\nText.", None, "unknown"),
    # front matter of static-site tools
    ("---\ndate: 2024-02-10T09:00:00+01:00\ntags:\n  - floods\n---\nText.", "2024-02-10", "metadata"),
    ("---\npubDate: Fri, 03 May 2013 10:00:00 +0000\n---\nText.", "2013-05-03", "metadata"),
    ("---\npublished_at: 2020-06-01\n---\nText.", "2020-06-01", "metadata"),
    ("---\npublished: 2020-06-01\ndate: 2020-06-09\n---\nText.", "2020-06-01", "metadata"),
    ("---\nlink: https://example.com/2013/05/03/story\n---\nText.", "2013-05-03", "address"),
    ("---\ndate: 03/05/2013\n---\nText.", None, "unknown"),
    # sentences that hold a date are not stamps
    ("Headline\nFresh riots were reported on Saturday December 13 2008 in the capital.\nText.", None, "unknown"),
    ("Headline\nThe report was published on May 3, 2013.\nText.", None, "unknown"),
]


@pytest.mark.parametrize("text,date,method", CASES, ids=[str(i) for i in range(len(CASES))])
def test_publication_date(text, date, method):
    problems = []
    article = parse_article(text, "a", "a.txt", "0", problems)
    published = article.source.published
    assert (published.date.isoformat() if published.date else None, published.method) == (date, method), published


def test_a_stamp_is_skipped_as_a_claim_and_an_unknown_key_is_told_once():
    problems = []
    text = "---\nauthor: A\ncategories: x\nurl: https://example.com/a\n---\nHeadline\nMay 03, 2013\nText."
    article = parse_article(text, "a", "a.txt", "0", problems)
    assert any(text[start:end] == "May 03, 2013" for start, end in article.skip_spans)
    assert len(problems) == 1 and "'author' on line 2" in problems[0].reason and "'categories'" in problems[0].reason


def test_address_without_a_day_gives_none():
    assert address_date("https://example.com/news/2013/03/story") is None
    assert address_date("https://example.com/2012/7/7/3143743/fight") is not None


def test_a_stamp_that_reads_both_ways_is_settled_by_the_corpus_or_left_unknown(tmp_path):
    from factcheck.load.corpus import load_corpus

    for index, day in enumerate(("2013-05-02", "2013-05-03", "2013-05-03")):
        (tmp_path / f"dated{index}.txt").write_text(f"---\npublished: {day}\n---\nText.\n", encoding="utf-8")
    (tmp_path / "open.txt").write_text("Headline\nUPDATED 05/03/2013 at 11:00 AM EDT\nText.\n", encoding="utf-8")
    (tmp_path / "far.txt").write_text("Headline\nPosted 09/10/2011\nText.\n", encoding="utf-8")
    articles, _ = load_corpus(tmp_path)
    published = {a.source.id: a.source.published for a in articles}
    assert (published["open"].date.isoformat(), published["open"].method) == ("2013-05-03", "inferred")
    assert "corpus" in published["open"].evidence
    assert published["far"].date is None and published["far"].method == "unknown"  # both readings far off
