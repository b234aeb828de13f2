"""Dates of one event told by two outlets (review7): the dates6 grammar rules (intentions, dates
set for later, 'would') must not read one outlet's past day as a coming one.

Each case is two ordinary sentences with their publication dates (a Wednesday, 10 October 2012,
unless the case says otherwise). Every case names the same day in both outlets: none may be a
conflict. Cases marked 'fired on main' were false conflicts before this branch."""
from __future__ import annotations

import pytest

from factcheck.models import PublicationDate
from tests.test_verdicts import _report_dated, check_verdicts

WED = PublicationDate(year=2012, month=10, day=10, method="metadata")
NEXT_WED = PublicationDate(year=2012, month=10, day=17, method="metadata")

# (title, (article a, its date), (article b, its date), the claim texts a conflict would hold)
CASES = [
    ("fired on main: 'said on Monday it would' and 'said Monday it will' tell one Monday",
     ("Acme said on Monday it would close its Tarnvik plant, cutting 500 jobs.", WED),
     ("Acme said Monday it will close its Tarnvik plant, cutting 500 jobs.", WED), {"Monday"}),
    ("fired on main: 'remanded on Monday to appear' is the remand's Monday",
     ("Tom Smith was remanded in custody on Monday to appear at Tarnvik Crown Court on 29 October.", WED),
     ("Tom Smith was remanded in custody by Tarnvik magistrates on Monday.", WED), {"Monday"}),
    ("fired on main: a police appeal for witnesses to a stabbing on Saturday night is a past night",
     ("Police want to trace witnesses to the stabbing on Saturday night in Tarnvik, in which a man, 24, was hurt.", WED),
     ("A man, 24, was stabbed in Tarnvik on Saturday night, police said.", WED), {"Saturday night"}),
    ("fired on main: 'hope to build on their win on Sunday' is last Sunday's win",
     ("Tarnvik hope to build on their 2-1 win over Harbor City on Sunday.", WED),
     ("Tarnvik won 2-1 against Harbor City on Sunday.", WED), {"Sunday"}),
    ("fired on main: a trial set at a hearing on Friday: the hearing is past",
     ("Tom Smith's trial was set for Oct. 29 at a hearing on Friday.", WED),
     ("At a hearing on Friday, a judge set Tom Smith's trial for Oct. 29.", WED), {"Friday"}),
    ("fired on main: 'is set to be sentenced after being convicted on Monday' is the past conviction",
     ("Tom Smith is set to be sentenced after being convicted on Monday of fraud in Tarnvik.", WED),
     ("Tom Smith was convicted on Monday of fraud in Tarnvik.", WED), {"Monday"}),
    ("a trial that starts Monday, and the same trial that started Monday told a week later",
     ("The trial of Tom Smith starts Monday in Tarnvik.", WED),
     ("The trial of Tom Smith started Monday in Tarnvik.", NEXT_WED), {"Monday"}),
]


@pytest.mark.parametrize("title, first, second, texts", CASES, ids=[case[0] for case in CASES])
def test_one_day_told_two_ways_is_no_conflict(title, first, second, texts):
    check_verdicts(_report_dated(first, second), texts, None)


@pytest.mark.parametrize("title, first, second, texts", CASES[:6], ids=[case[0] for case in CASES[:6]])
def test_one_day_told_two_ways_is_found_together(title, first, second, texts):
    # the two claims are aligned (not two singles): the test above could otherwise pass vacuously
    report = _report_dated(first, second)
    assert any(texts <= {c.text for c in f.claims} and len(f.claims) == 2 and f.verdict == "agree"
               for f in report.findings), [(f.verdict, [c.text for c in f.claims]) for f in report.findings]
