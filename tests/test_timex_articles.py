"""Date values on 24 news articles of our own writing (tests/data/dates_articles8/), scored as a
TimeML evaluation scores them (tests/timex_articles.py): the value F1 must not drop below its floor.
List what is missed, wrong or spurious with `.venv/bin/python tests/timex_articles.py`."""
from __future__ import annotations

from timex_articles import DATA, Gold, read_article, right, score_all

FLOOR = 0.955  # 0.873 with the code before that pass (on this gold), 0.961 after its fixes


def _keeps_its_floor(folder, articles: int, gold: int, floor: float) -> None:
    """A set's articles are all read with at least ``gold`` gold values, and its value F1 keeps ``floor``
    (every miss listed when it does not)."""
    precision, recall, f1, results = score_all(folder) if folder is not None else score_all()
    assert len(results) == articles and sum(r.gold for r in results) >= gold
    misses = "\n".join(f"{r.name}: {line}" for r in results for line in r.lines)
    assert f1 >= floor, f"value F1 {f1:.3f} (P {precision:.3f} R {recall:.3f}) fell below {floor}:\n{misses}"


def test_the_articles_are_read_with_their_gold():
    published, text, golds = read_article(DATA / "01-business-results.txt")
    assert published.isoformat() == "2026-10-29"
    assert "{" not in text and len(golds) > 20
    assert all(text[g.start:g.end] == g.text for g in golds)


def test_a_value_is_right_when_it_is_the_same_interval_or_inside_a_marked_part():
    assert right(Gold(0, 1, "x", "2026-W47", None), "2026-11-16/2026-11-22")
    assert right(Gold(0, 1, "x", "2022", "START"), "2022-02")
    assert not right(Gold(0, 1, "x", "2022", None), "2022-02")
    assert not right(Gold(0, 1, "x", "2026-Q3", None), "2025-Q3")


def test_value_f1_on_our_articles_keeps_its_floor():
    _keeps_its_floor(None, articles=24, gold=550, floor=FLOOR)


UNSEEN = DATA.parent / "dates_articles26"
UNSEEN_FLOOR = 0.95  # 0.933 before any rule looked at them; 0.971 with "could" read as ahead


def test_value_f1_on_four_later_articles_keeps_its_floor():
    """Four articles (tests/data/dates_articles26/) written and given gold values after the rounds
    above, scored once before any change: a check of the rules on text they were not written on."""
    _keeps_its_floor(UNSEEN, articles=4, gold=50, floor=UNSEEN_FLOOR)


UNSEEN27 = DATA.parent / "dates_articles27"
UNSEEN27_FLOOR = 0.99  # 0.884 as first scored, before any change (0.892 with two gold slips marked IGNORE); 1.000 after (one error allowed)


def test_value_f1_on_six_later_articles_keeps_its_floor():
    """Six more articles (tests/data/dates_articles27/: fiscal results, a six-year court case, a season's
    fixtures, a week-long storm, a budget timetable, an obituary; US and UK styles) written after every
    rule above and scored once before any change; the rules they then taught are dates_unseen27.cases."""
    _keeps_its_floor(UNSEEN27, articles=6, gold=110, floor=UNSEEN27_FLOOR)


UNSEEN28 = DATA.parent / "dates_articles28"
UNSEEN28_FLOOR = 0.98  # 0.940 as first scored, before any change (P 0.958 R 0.924, code = main 3fbbf40); 0.991 after


def test_value_f1_on_eight_later_articles_keeps_its_floor():
    """Eight more articles (tests/data/dates_articles28/: a trial calendar, a rail timetable over Christmas,
    exam results and the school year, a tax-deadline column, Ramadan and Lent, a season opener, a heat
    record's anniversary, results with a fiscal year ending in June) written after every rule above and
    scored once before any change; the rules they then taught are dates_unseen28.cases."""
    _keeps_its_floor(UNSEEN28, articles=8, gold=160, floor=UNSEEN28_FLOOR)


UNSEEN29 = DATA.parent / "dates_articles29"
UNSEEN29_FLOOR = 0.96  # 0.909 as first scored, before any change (P 0.933 R 0.885, code = main 226b45f); 0.977 after


def test_value_f1_on_nine_later_articles_keeps_its_floor():
    """Nine more articles (tests/data/dates_articles29/: quarterly results, a jobs report, a state budget, a
    care-home fraud, a weekend shooting, a pier's centenary, Christmas trading, university admissions, a grid
    deadline; US and UK newswire styles) written after every rule above and scored once before any change;
    the rules they then taught are dates_unseen29.cases."""
    _keeps_its_floor(UNSEEN29, articles=9, gold=170, floor=UNSEEN29_FLOOR)


UNSEEN30 = DATA.parent / "dates_articles30"
UNSEEN30_FLOOR = 0.98  # 0.907 as first scored, before any change (P 0.907 R 0.907, code = main 42a18b0; 0.926 with nine unmarked dates of the gold mended); 0.995 after


def test_value_f1_on_eleven_later_articles_keeps_its_floor():
    """Eleven more articles (tests/data/dates_articles30/: an Australian sentencing, fixtures and results, an obituary,
    a month's weather review, an Indian AGM notice, school term dates, a rail strike timetable, a bill's stages, a product
    launch, a vaccine trial, a flood's fiftieth anniversary; US, UK, Australian and Indian styles) written after every
    rule above and scored once before any change; the rules they then taught are dates_unseen30.cases."""
    _keeps_its_floor(UNSEEN30, articles=11, gold=210, floor=UNSEEN30_FLOOR)


UNSEEN31 = DATA.parent / "dates_articles31"
UNSEEN31_FLOOR = 0.94  # 0.895 as first scored, before any change (P 0.895 R 0.895, code = main fe7eb77; 0.901 with three gold marks mended); 0.953 after


def test_value_f1_on_eleven_articles_of_six_countries_keeps_its_floor():
    """Eleven more articles (tests/data/dates_articles31/: an election night, an appeal court's calendar, a festival
    programme, a voyage log, a tax year guide, a medical leave, a year's anniversaries, Irish school admissions, an
    earnings calendar, weather warnings, an Easter bus strike; US, UK, Canadian, South African, Irish and New Zealand
    styles) written after every rule above and scored once before any change; the rules they then taught are
    dates_unseen31.cases."""
    _keeps_its_floor(UNSEEN31, articles=11, gold=170, floor=UNSEEN31_FLOOR)
