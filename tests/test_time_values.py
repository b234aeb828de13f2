"""What dates and durations may contradict: vague references never, hedged lengths by what their
words allow (the case files check spans and values; these check what the comparer sees)."""
from __future__ import annotations

import datetime as dt

import pytest

from factcheck.align.align import values_overlap
from factcheck.extract import extract_claims, extract_time_expressions
from factcheck.models import Article, PublicationDate, Source


def _claims(text: str, kind: str, published: dt.date | None = dt.date(2020, 6, 10)):
    date = PublicationDate(year=published.year, month=published.month, day=published.day, method="metadata") \
        if published else PublicationDate()
    article = Article(source=Source(id="t", path="t.txt", published=date, content_hash="-"), text=text)
    return [claim for claim in extract_claims(article) if claim.kind == kind]


def test_a_vague_reference_is_no_claim_and_overlaps_any_date():
    article = Article(source=Source(id="t", path="t.txt", published=PublicationDate(), content_hash="-"),
                      text="The plant is now closed.")
    assert not [claim for claim in extract_claims(article) if claim.kind == "date"]
    now, = extract_time_expressions(article)
    year, = _claims("The plant closed in 1990.", "date")
    assert now.value.start is None and now.value.timex == "PRESENT_REF"
    assert values_overlap(now, year) and values_overlap(year, now)  # were it ever compared


@pytest.mark.parametrize("text", [
    "The Herons won two games last season.",          # a league's season: its calendar is the league's
    "In their Week 16 game the Herons lost.",          # a schedule's week
    "Tom Smith resigned a day after the vote.",        # counted from an event the text never dates
    "Protests went on for the sixth straight day.",    # a day's place in an event
])
def test_a_date_no_day_can_be_set_on_is_a_time_expression_not_a_claim(text):
    """It compares with nothing: as a claim it would only add a row an editor cannot use (and a
    TIMEX with no value, which a TimeML scorer counts as wrong)."""
    article = Article(source=Source(id="t", path="t.txt", content_hash="-",
                                    published=PublicationDate(year=2020, month=6, day=10, method="metadata")), text=text)
    assert not [claim for claim in extract_claims(article) if claim.kind == "date"]
    expression, = extract_time_expressions(article)
    assert expression.value.start is None


def test_a_date_counted_from_a_dated_event_stays_a_claim():
    after, year = _claims("The school reopened a year after the 2010 quake.", "date")
    assert (after.text, after.value.timex, year.text) == ("a year after", "2011", "2010")


def test_less_than_a_month_allows_three_weeks():
    hedged, = _claims("The deal was agreed in less than a month.", "duration")
    weeks, = _claims("The deal was agreed in three weeks.", "duration")
    assert hedged.value.min_days == 0 and values_overlap(hedged, weeks)


def test_more_than_a_week_allows_a_month_but_not_a_day():
    hedged, = _claims("The road has been blocked for more than a week.", "duration")
    month, = _claims("The road has been blocked for a month.", "duration")
    day, = _claims("The road has been blocked for one day.", "duration")
    assert values_overlap(hedged, month) and not values_overlap(hedged, day)


def test_an_exact_length_still_contradicts_another():
    two, = _claims("The strike lasted two weeks.", "duration")
    five, = _claims("The strike lasted five weeks.", "duration")
    assert not values_overlap(two, five)


def test_seconds_are_a_witness_guess():
    seconds, = _claims("The quake was felt for 15 seconds.", "duration")
    minute, = _claims("The quake shook houses for one minute.", "duration")
    assert values_overlap(seconds, minute)


def test_over_the_past_year_is_during_it_not_more_than_it():
    past, = _claims("Prices rose over the last year.", "duration")
    assert (past.value.min_days, past.value.max_days) == (365, 366)


def test_the_order_of_numeric_dates_is_read_once_a_page(monkeypatch):
    """Ten thousand ambiguous numeric dates once read the whole article each (quadratic work)."""
    from factcheck.extract import numeric_dates

    calls = []
    original = numeric_dates._read_numeric_habit
    monkeypatch.setattr(numeric_dates, "_read_numeric_habit", lambda page: calls.append(1) or original(page))
    assert not _claims("Filed 3/4/2012. " * 300, "date")  # ambiguous and no habit: no date, never a guess
    assert len(calls) == 1


def test_no_date_form_crashes_on_a_page_dated_at_the_calendars_ends():
    """"A year earlier", "last summer", "early next week" on a page dated in year 1 or 9999: no date
    before or after it exists, and the article is read all the same."""
    from pathlib import Path

    texts = [line[6:] for path in sorted((Path(__file__).parent / "cases").glob("dates*.cases"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("text: ")]
    for published in (dt.date(1, 1, 1), dt.date(9999, 12, 31)):
        date = PublicationDate(year=published.year, month=published.month, day=published.day, method="metadata")
        for text in texts:
            article = Article(source=Source(id="t", path="t.txt", published=date, content_hash="-"), text=text)
            extract_time_expressions(article)
