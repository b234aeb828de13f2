"""Dates of one event across sources (issues 13 and 14): a scheduled event's date, whatever verb
sets it; the act a date belongs to when another act follows it ("was hired on ... and posted");
a person's birth or death, named in full, which is one fact however long ago.

Each case is two outlets' ordinary sentences, both published 5 March 2024. A case that fires holds
two full dates of one event that differ; the adversarial ones are ordinary pairs of two events (two
elections, two hirings, a hiring and a record) that must stay quiet however alike their words."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts

# (title, article a, article b, the claim texts a conflict would hold, whether it must be a conflict)
CASES = [
    ("a scheduled election: 'which is scheduled for' vs 'planned for' date one vote",
     "Officials met on Monday to draw up the districts for the election of a new council in Tarnvik, "
     "which is scheduled for 15 December 2024, the commission said.",
     "Council elections in Tarnvik which are planned for November 3, 2024, will be held on a two-party basis, "
     "the commission said.",
     {"15 December 2024", "November 3, 2024"}, True),
    ("adversarial: a vote originally scheduled for one day and rescheduled for another stays quiet",
     "The council vote in Tarnvik, originally scheduled for 5 May 2024, will now take place later, the mayor said.",
     "The council vote in Tarnvik is scheduled for May 19, 2024, after a two-week delay, the mayor said.",
     {"5 May 2024", "May 19, 2024"}, False),
    ("adversarial: two elections of different offices planned for two dates stay apart",
     "The presidential election is scheduled for 15 December 2024, the commission said.",
     "The parliamentary elections are planned for November 3, 2024, the commission said.",
     {"15 December 2024", "November 3, 2024"}, False),
    ("adversarial: a trial and a hearing set for two dates stay apart",
     "Tom Smith's trial, which is scheduled for 15 December 2024, will be held in Harbor City.",
     "A hearing in the case is scheduled for November 3, 2024, his lawyer said.",
     {"15 December 2024", "November 3, 2024"}, False),
    ("adversarial: a hiring date and the record posted after it are not one act",
     "Tom Smith was hired as coach of the Herons on June 2, 2023 and posted a 43-39 record.",
     "The Herons posted a 43-39 record on April 9, 2024, their best since 1999.",
     {"June 2, 2023", "April 9, 2024"}, False),
    ("a birth date of one person named in full: history, and still one fact",
     "Tom Smith was born on 3 May 1950 in Harbor City and moved to Tarnvik as a boy.",
     "Tom Smith, who was born on May 5, 1951, in Harbor City, died on Sunday, his family said.",
     {"3 May 1950", "May 5, 1951"}, True),
    ("a death date of one person: 'was killed on' and 'was shot dead on'",
     "Tom Smith, 34, was killed on Oct. 21, 2011 while walking near an intersection in Harbor City.",
     "Tom Smith was shot dead on November 30, 2011, as he walked home, police said.",
     {"Oct. 21, 2011", "November 30, 2011"}, True),
    ("adversarial: a father's and a son's births, two full names with one surname, stay apart",
     "Tom Smith was born on 3 May 1950 in Harbor City, the club said.",
     "Will Smith was born on May 5, 1981, in Harbor City, the club said.",
     {"3 May 1950", "May 5, 1981"}, False),
    ("adversarial: a birth named by surname alone says not whose it is",
     "Tom Smith was born on 3 May 1950 in Harbor City, the club said.",
     "Smith was born on May 5, 1951, in Harbor City, the club said.",
     {"3 May 1950", "May 5, 1951"}, False),
    ("adversarial: the day a body was found is not the day of the death",
     "Tom Smith died on 3 May 2001 at his home in Harbor City, the coroner said.",
     "Tom Smith was found dead on 6 May 2001 at his home in Harbor City, the coroner said.",
     {"3 May 2001", "6 May 2001"}, False),
    ("adversarial: a birth and a death of one person are two events",
     "Tom Smith was born on 3 May 1950 in Harbor City.",
     "Tom Smith died on May 5, 2001, in Harbor City.",
     {"3 May 1950", "May 5, 2001"}, False),
    ("adversarial: a victim's death and the day she was last seen are two acts",
     "Tom Smith, 34, was killed on Oct. 21, 2011 while walking near an intersection in Harbor City.",
     "The footage shows Tom Smith picking up his daughter from school on October 20, 2011, in Harbor City.",
     {"Oct. 21, 2011", "October 20, 2011"}, False),
    ("adversarial: two treaties signed in one story: history with no person stays thin",
     "The treaty was signed on 3 May 1950 in Tarnvik.",
     "The treaty was signed on 5 June 1962 in Tarnvik.",
     {"3 May 1950", "5 June 1962"}, False),
    ("adversarial: a signing date and a game date of one player are two events",
     "The Herons signed Tom Smith to a two-year contract on February 27, 2024, the club said.",
     "Tom Smith scored 20 points in the Herons' win over the Falcons on March 1, 2024.",
     {"February 27, 2024", "March 1, 2024"}, False),
    ("adversarial: a bridge's opening long ago and its closing now are two events",
     "The Tarnvik bridge, which opened on 3 May 1950, was closed to traffic on 4 March 2024.",
     "The Tarnvik bridge was closed to traffic on March 1, 2024, after inspectors found cracks.",
     {"3 May 1950", "March 1, 2024"}, False),
    ("a bridge closed on two different days, told by two outlets, is one fact that conflicts",
     "The Tarnvik bridge, which opened on 3 May 1950, was closed to traffic on 4 March 2024.",
     "The Tarnvik bridge was closed to traffic on March 1, 2024, after inspectors found cracks.",
     {"4 March 2024", "March 1, 2024"}, True),
    ("adversarial: two coaches hired on two dates, one named and one 'he', stay apart",
     "Tom Smith was hired as the 20th coach of the Herons on June 2, 2023 and posted a 43-39 record.",
     "Will Jones signed a contract when he was hired by the Falcons on April 9, 2021.",
     {"June 2, 2023", "April 9, 2021"}, False),
]


@pytest.mark.parametrize("title, first, second, texts, fires", CASES, ids=[case[0] for case in CASES])
def test_dates_of_one_event(title, first, second, texts, fires):
    check_verdicts(_report(first, second), texts, {"conflict"} if fires else None)
