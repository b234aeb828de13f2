"""Precision review 13 (issue 13): long same-event articles of business, sport, awards, medicine,
diplomacy, polls, aid and courts.

Each folder of tests/review13/ is one invented event told by two or three outlets (wire copy,
national and local papers, radio and television briefs) at 93-739 words an article (median 352):
earnings and mergers, market days, product launches and recalls, games with streaks and season
figures, awards, medical studies and approvals, treaties, polls and surveys, refugee and aid
operations, sentencing hearings, crashes with the history of earlier ones. Background paragraphs, quotes, forecasts,
last year's figures and other companies' or players' figures sit beside the event's own. The folder
is checked as a corpus of one story. Nothing in a set is a real discrepancy except the planted ones
(``PLANTED``), which should be conflicts. The pairs below are sentences cut from the sets, one per
rule, and real disagreements of the same shapes that must stay conflicts."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_verdicts import _report as report_pair
from tests.test_verdicts import check_planted, check_set, check_verdicts, pair_params, set_params

SETS = Path(__file__).parent / "review13"


def _sets() -> list[str]:
    return sorted(path.name for path in SETS.iterdir() if path.is_dir())


# The one real discrepancy planted in a set: the texts of its two claims.
PLANTED = {
    "tennis": {"24", "29"},  # the champion's aces
    "bankmerger": {"about 3,000", "about 2,000"},  # the merger's job cuts
    "earnings": {"$5.4 billion", "$5.2 billion"},  # the quarter's revenue (a radio brief's)
    "poll": {"31 percent", "29 percent"},  # the prime minister's approval (a radio brief's)
    "buscrash": {"At least 32", "At least 23"},  # the toll the same day (a radio brief's)
    "sentencing": {"15 years", "12 years"},  # the sentence (a court brief's)
    "cricket": {"178", "187"},  # the opener's score (a radio bulletin's)
    "ipo": {"about $2.4 billion", "about $1.9 billion"},  # what the listing raised (a radio brief's)
}
# Planted discrepancies the check does not find yet (recall, not precision: left as xfail).
MISSED = {
    "tennis": "'served 24 aces' has no event and 'fired 29 aces' names Varga: named and unnamed are never set against each other",
    "bankmerger": "'would lead to about 3,000 job cuts' and 'cost about 2,000 jobs' count other things (job cuts / jobs)",
    "earnings": "'revenue rose 18 percent to $5.4 billion' names Norvane Systems as its holder, the others name none",
    "poll": "the approval's frames are clauses with the figure cut out ('Norwegians approve of the'), never grouped",
    "buscrash": "'near Chalhuanca' is read as the toll's holder, so the brief's 32 is never set against the unnamed 23",
    "sentencing": "the sentences' frames are whole clauses ('Gregory Vance, the founder of ... was sentenced on Thursday "
                  "prison for'), never grouped",
    "cricket": "'scored 178, the highest score of his test career' has no counted noun: no claim",
}
# False conflicts the review found in the sets, each fixed by a rule (kept here so they stay quiet).
FIXED = {
    "earnings": "'Last year revenue rose 4 percent' / 'a 24 percent gain in the Nasdaq' (aspects.measures_apart)",
    "markets": "shares, gold and an index rising against revenue and profit rising (aspects.measures_apart)",
    "merger": "'Profit dropped 11 percent in 2024' / 'revenue fell 2 percent in 2024' (measures_apart); a headline's "
              "'$14 billion deal' / '$14.2 billion' (rounding.rounded_amount)",
    "striker": "'with 10 games to go' / '64 points from 28 games' (frame_words: remaining)",
    "summit": "'a smaller deal' / 'This smaller treaty' named as two documents (names.DESCRIBING)",
    "sentencing": "two victims' losses, 'Paul Morin, 67, who lost about $250,000' / 'Carol Weiss told the judge she had "
                  "lost $410,000' (estimates._two_people)",
    "f1": "'the gap was 31 points' (a margin) / 'Kovac now has 286 points' (frame_words: margin)",
    "layoffs": "'Subscription revenue, which makes up 92 percent of the total, grew 13 percent' / 'Quillon shares rose "
               "4.2 percent' (measures: the subject before a relative clause)",
    "currency": "'Bank shares fell 9.4 percent' / 'Akdeniz Bank lost 9.9 percent' (measures: a sector against one "
                "named company)",
    "retail": "'Comparable sales, which strip out the effect of store openings and closures, rose 3.1 percent' / 'The "
              "stock jumped nearly 7%' (measures: the subject before a relative clause)",
    "boxoffice": "the first film's $1.1 billion in 2019 / the second's $1.3 billion in 2022, paired as an echo "
                 "(apart._two_pasts)",
}
# False conflicts left (strict xfail, with the reason).
LEFT = {
    "markets": "'The bank's profit rose 18 percent ..., and revenue climbed 9 percent' (the bank is named in the sentence "
               "before) / 'Union Harbor Bank rose 1.1 percent after its revenue rose 6 percent': the unnamed revenue "
               "is set against every bank's",
    "launch": "'That phone cost $599' (the first model, dated in the sentence before) / 'A larger Orbit 9 Max ... will "
              "cost $1,199': the subjects differ only through 'That', which refers back",
    "nato": "'Spain, which spent about 1.3 per cent of GDP last year' / 'It spent 2.1 percent last year' (Germany, named "
            "in the sentence before): the 'which' clause gives Spain no holder, and 'it' is as often the story's own",
}


@pytest.mark.parametrize("name", set_params(_sets(), LEFT))
def test_no_false_conflict_in_a_set(name):
    check_set(SETS / name, PLANTED.get(name))


@pytest.mark.parametrize("name", set_params(sorted(PLANTED), MISSED))
def test_a_planted_discrepancy_is_a_conflict(name):
    check_planted(SETS / name, PLANTED[name])


# Pairs cut from the sets: each was a false conflict on the code before its rule.
PAIRS = [
    ("shares against revenue", "Acme shares jumped 9 percent after the results.",
     "Acme's revenue rose 18 percent to $5.2 billion.", {"9 percent", "18 percent"}),
    ("profit against revenue", "Acme's profit fell 11 percent last year.", "Acme's revenue fell 2 percent last year.",
     {"11 percent", "2 percent"}),
    ("two indexes", "The Dow fell 1.4 percent on Tuesday.", "The S&P 500 fell 1.7 percent on Tuesday.",
     {"1.4 percent", "1.7 percent"}),
    ("a company's shares against gold", "Eastgate Financial climbed 2.6 percent on Tuesday.",
     "Gold rose 0.9 percent to $2,683 an ounce on Tuesday.", {"2.6 percent", "0.9 percent"}),
    ("a bank's shares against another's revenue", "Eastgate Financial gained 2.6 percent after reporting an 18 percent "
     "jump in third-quarter profit.", "Union Harbor Bank rose 1.1 percent after its revenue rose 6 percent.",
     {"2.6 percent", "6 percent"}),
    ("a headline's round sum", "Pellino Foods agreed to be sold in a $14 billion deal.",
     "Pellino Foods agreed to be sold in a deal worth $14.2 billion.", {"$14 billion", "$14.2 billion"}),
    ("a smaller deal", "A group of countries led by Portugal decided to pursue a smaller deal.",
     "This smaller treaty was pushed by Portugal, Norway and Kenya.", {"smaller deal", "smaller treaty"}),
    ("two victims' losses", "\"I worked 38 years,\" said retired teacher Paul Morin, 67, of Stamford, who lost about "
     "$250,000.", "One of them, retired nurse Carol Weiss, 71, told the judge she had lost $410,000, nearly all of her "
     "savings.", {"about $250,000", "$410,000"}),
    ("a gap in the standings", "Seven days ago, after Kovac won in the Netherlands, the gap was 31 points and the title "
     "looked settled.", "Kovac now has 286 points to Rossi's 274, with Porter third on 231.", {"31", "286"}),
    ("two banks' profits", "Kestrel's net profit rose 14 percent to 712 million euros.",
     "Norbank's net profit climbed 9 percent to 5.1 billion Swedish crowns.", {"14 percent", "9 percent"}),
    ("all donors against one", "Donors pledged $6.3 billion, short of the $9.5 billion sought.",
     "The EU pledged $2.8 billion, the largest share.", {"$6.3 billion", "$2.8 billion"}),
    ("last year's cuts after a share between commas", "Quillon will cut about 1,800 jobs, or roughly 8 percent of its "
     "workforce.", "Quillon cut 1,000 jobs, or about 5 percent of its staff, in January 2024.", {"about 1,800", "1,000"}),
    ("a first season against this one", "Okonjo scored nine league goals in his first season.",
     "Okonjo has 27 league goals this season.", {"nine", "27"}),
    ("one unit's revenue", "Revenue grew 18 percent to $5.2 billion.",
     "Revenue from the cloud unit climbed 42 percent to $1.9 billion.", {"18 percent", "42 percent"}),
    ("one unit's sum", "Revenue grew 18 percent to $5.2 billion.",
     "Revenue from the cloud unit climbed 42 percent to $1.9 billion.", {"$5.2 billion", "$1.9 billion"}),
    ("two crudes", "Brent crude settled down $1.74, or 2.3 percent, at $74.10 a barrel.",
     "U.S. crude fell $1.68, or 2.4 percent, to $70.35.", {"2.3 percent", "2.4 percent"}),
    ("an index against bank shares", "The BIST 100 index fell 6.1 percent.", "Bank shares fell 9.4 percent.",
     {"6.1 percent", "9.4 percent"}),
    ("two cryptocurrencies", "Bitcoin rose 4.6 percent on the day.", "Ether rose 7.2 percent to $5,140.",
     {"4.6 percent", "7.2 percent"}),
    ("comparable sales against the stock", "Comparable sales, which strip out the effect of store openings and closures, "
     "rose 3.1 percent in the three months ended Feb. 1, ahead of the 2.2 percent analysts had expected.",
     "The stock jumped nearly 7% on the news, its best day in more than a year.", {"3.1 percent", "nearly 7%"}),
    ("a sector's shares against one bank's", "Bank shares fell 9.4 percent.",
     "Akdeniz Bank lost 9.9 percent, the maximum daily decline allowed.", {"9.4 percent", "9.9 percent"}),
    ("two films' takings in two years", "The first film opened to $94 million in 2019 and went on to gross $1.1 billion "
     "worldwide.", "The second film opened at $131 million in 2022 and finished with $1.3 billion worldwide.",
     {"$1.1 billion", "$1.3 billion"}),
]


# Pairs left loud (strict xfail, with the reason).
LEFT_PAIRS = [
    ("the first model's price in an echo", "The Orbit 9 costs $899.", "The first Orbit in 2013 cost $599.", {"$899", "$599"},
     "an echo of one dated and one undated figure stays one fact: the rule that parted them lost a dev plant ('in 2008 "
     "with 59 catches' told in a 2008 article)"),
]


@pytest.mark.parametrize("first, second, texts", pair_params(PAIRS, LEFT_PAIRS))
def test_no_false_conflict_in_a_pair(first, second, texts):
    check_verdicts(report_pair(first, second), texts, None)


# Real disagreements of the same shapes: they must stay conflicts.
CONTROLS = [
    ("one company's shares told two ways", "Eastgate Financial rose 2.6 percent on Tuesday.",
     "Eastgate shares rose 4 percent on Tuesday.", {"2.6 percent", "4 percent"}),
    ("sales and revenue are one measure", "Acme said sales rose 18 percent in the quarter.",
     "Acme said revenue rose 12 percent in the quarter.", {"18 percent", "12 percent"}),
    ("profit and earnings are one measure", "Acme's profit rose 18 percent in the quarter.",
     "Acme's earnings rose 12 percent in the quarter.", {"18 percent", "12 percent"}),
    ("one commodity told two ways", "Gold rose 0.9 percent to $2,683 an ounce.",
     "Gold climbed 1.5 percent to $2,683 an ounce.", {"0.9 percent", "1.5 percent"}),
    ("one company's shares", "Acme shares jumped 9 percent after the results.",
     "Acme shares rose 6 percent after the results.", {"9 percent", "6 percent"}),
    ("a round sum that does not round so", "Pellino Foods agreed to be sold in a $14 billion deal.",
     "Pellino Foods agreed to be sold in a deal worth $14.8 billion.", {"$14 billion", "$14.8 billion"}),
    ("two sums told to a decimal", "Revenue rose to $5.2 billion in the quarter.",
     "Revenue rose to $5.4 billion in the quarter.", {"$5.2 billion", "$5.4 billion"}),
    ("two round sums", "Pellino Foods agreed to be sold in a $14 billion deal.",
     "Pellino Foods agreed to be sold in a deal worth $15 billion.", {"$14 billion", "$15 billion"}),
    ("games to go told two ways", "Rovers went top with 10 games to go.", "Rovers went top with eight games still to play.",
     {"10", "eight"}),
    ("one victim's loss told two ways", "Retired nurse Carol Weiss, 71, told the judge she had lost $410,000.",
     "Carol Weiss, a retired nurse, said she lost about $250,000.", {"$410,000", "about $250,000"}),
    ("a lead told two ways", "Kovac had a lead of 31 points after the Dutch race.",
     "Kovac had a lead of 25 points after the Dutch race.", {"31", "25"}),
    ("one bank's profit told two ways", "Kestrel's net profit rose 14 percent to 712 million euros.",
     "Kestrel's net profit rose 12 percent to 700 million euros.", {"14 percent", "12 percent"}),
    ("all donors told two ways", "Donors pledged $6.3 billion at the conference.",
     "Donors pledged $6.8 billion at the conference.", {"$6.3 billion", "$6.8 billion"}),
    ("one donor told two ways", "The EU pledged $2.8 billion, the largest share.",
     "The EU pledged $3.1 billion, the largest share.", {"$2.8 billion", "$3.1 billion"}),
    ("one unit's revenue told two ways", "Revenue from the cloud unit climbed 42 percent to $1.9 billion.",
     "Revenue from the cloud unit rose 38 percent to $1.9 billion.", {"42 percent", "38 percent"}),
    ("one first season told two ways", "Okonjo scored nine league goals in his first season.",
     "Okonjo scored 11 league goals in his first season.", {"nine", "11"}),
    ("last year's cuts told two ways", "Quillon cut 1,000 jobs, or about 5 percent of its staff, in January 2024.",
     "Quillon cut 1,200 jobs, or about 5 percent of its staff, in January 2024.", {"1,000", "1,200"}),
    ("one measure told two ways after a relative clause", "Comparable sales, which strip out the effect of store "
     "openings and closures, rose 3.1 percent in the quarter.", "Comparable sales, which leave out new stores, rose 4.5 "
     "percent in the quarter.", {"3.1 percent", "4.5 percent"}),
    ("a sector's shares told two ways", "Bank shares fell 9.4 percent.", "The banking index sank 9.9 percent.",
     {"9.4 percent", "9.9 percent"}),
    ("one crude told two ways", "Brent crude fell 2.3 percent to $74.10 a barrel.",
     "Brent crude fell 2.8 percent to $74.10 a barrel.", {"2.3 percent", "2.8 percent"}),
    ("this season's average beside last season's", "Ward is averaging 23.8 points this season, up from 17.2 last season.",
     "Ward is averaging 25.1 points this season.", {"23.8", "25.1"}),
    ("one film's takings told two ways", "The first film opened to $94 million in 2019 and went on to gross $1.1 "
     "billion worldwide.", "The first film opened to $94 million in 2019 and went on to gross $1.3 billion worldwide.",
     {"$1.1 billion", "$1.3 billion"}),
]


@pytest.mark.parametrize("first, second, texts", pair_params(CONTROLS))
def test_a_real_disagreement_stays_a_conflict(first, second, texts):
    check_verdicts(report_pair(first, second), texts, {"conflict"})


def test_the_sets_and_lists_agree():
    assert set(PLANTED) | set(FIXED) | set(LEFT) <= set(_sets()) and set(MISSED) <= set(PLANTED) and len(_sets()) >= 20
