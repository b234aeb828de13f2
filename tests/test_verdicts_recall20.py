"""A holder named on one side only (issue 13, recall20): "Acme raises $1.4 billion" / "The company
raised $1.2 billion" were kept apart, as a place's part is kept from the whole ("12 died in Tarnvik" /
"40 died"). They meet when both articles are about the holder (its name is what each uses most) and
the unnamed figure's sentence or clause tells of it with "it", "he", "the company", "the airline"
(align/actors.py). Invented pairs; the near pairs keep a place's part, a player's figure against
the team's, a brand against its parent, a company named in passing, a whole and an article about
another company apart."""
from __future__ import annotations

import json

import pytest

from factcheck import check_corpus
from factcheck.align.actors import main_actors
from tests.test_verdicts import _report, check_verdicts

CASES = [
    ("the carmaker said: the company's fires",
     "Carmaker Velto recalls SUVs over wiring fault. Velto said it was aware of 23 fires linked to the fault. Owners of Velto cars should park outside, Velto said.",
     "Velto recall widens. Dealers will replace the wiring for free. The carmaker said in a filing with regulators on Monday that 49 fires had been linked to the defect, and Velto told owners to park outside.",
     {"23", "49"}),
    ("he was convicted: the person's counts",
     "Former mayor Tom Reyes was convicted on Tuesday on 23 counts of fraud. Prosecutors said Reyes took bribes for a decade, and Reyes will be sentenced in May.",
     "Ex-mayor guilty. A jury found Tom Reyes guilty on Tuesday. After two days of deliberation he was convicted on 31 counts. Reyes will be sentenced in May.",
     {"23", "31"}),
    ("it will cut: the company's jobs",
     "Software maker Quillon to cut jobs. Quillon said on Monday it would cut 1,800 jobs, about 8% of staff. Quillon shares rose.",
     "Quillon layoffs. It will cut 3,600 jobs by March, the company told staff, as Quillon shifts to AI.",
     {"1,800", "3,600"}),
    ("the company said it had raised: the company's money",
     "Acme raises new funding. Acme raised $1.4 billion from investors, Acme said on Tuesday.",
     "Acme funding round. In a statement, the company said it had raised $1.2 billion, with a pension fund leading the round, Acme said.",
     {"$1.4 billion", "$1.2 billion"}),
    ("the club paid: the club's fee",
     "Rovers sign striker. Rovers paid 40 million euros for the Brazilian striker, Rovers said on Friday.",
     "Rovers seal deal. The club, which finished third last season, paid 45 million euros and a bonus, Rovers confirmed.",
     {"40 million euros", "45 million euros"}),
    ("as the airline cancelled: the airline's flights",
     "Northjet cancels flights. Northjet cancelled 400 flights on Thursday as controllers walked out, Northjet said.",
     "Northjet strike. Passengers were stranded as the airline cancelled 803 flights, and Northjet said more would follow.",
     {"400", "803"}),
    ("she won: the athlete's medals",
     "Lenz wins again. Maria Lenz won three gold medals at the championships on Sunday, and Lenz will defend her titles next year.",
     "Lenz triumphs in Oslo. She won five gold medals over the week, Lenz told reporters after the final.",
     {"three", "five"}),
    ("the retailer will close: the retailer's stores",
     "Bramley to close stores. Bramley will close 45 stores this year, Bramley said on Monday.",
     "Bramley closures. Staff were told on Monday that the retailer will close 93 stores, and Bramley will cut rents.",
     {"45", "93"}),
    ("the carmaker delivered: the company's cars",
     "Velto deliveries jump. Velto delivered 310,000 cars in the quarter, Velto said on Tuesday.",
     "Velto beats forecasts. The carmaker delivered 290,000 cars in the quarter, beating forecasts, and Velto kept its outlook.",
     {"310,000", "290,000"}),
    ("the council will close: the council's libraries",
     "Harlow to close libraries. Harlow said it will close 12 libraries next year, and Harlow residents are angry.",
     "Harlow library cuts. The council will close 19 libraries to save money, Harlow officials said.",
     {"12", "19"}),
    ("a thin figure told with 'it' in an article about the company is the company's (align/lend.py)",
     "Velto recalls SUVs over wiring fault. Velto said it was aware of 23 fires and four minor injuries that may be "
     "related to the problem. Owners of Velto cars should park outside, and the fix is free, Velto said.",
     "Velto recall. The carmaker said in a filing with safety regulators that it knows of 49 fires and four injuries "
     "that could be linked to the defect, and Velto told owners to park outside.",
     {"23", "49"}),
    ("it will hire: the company's engineers",
     "Quillon to hire engineers. Quillon will hire 500 engineers this year, Quillon said on Monday.",
     "Quillon expands. It will hire 900 engineers over two years, and Quillon will open a new office.",
     {"500", "900"}),
]

NEAR = [
    ("a place's part: jobs in one town against the company's",
     "Velto to cut jobs in Tarnvik. Velto will cut 1,200 jobs in Tarnvik, Velto said on Monday.",
     "Velto job cuts. The carmaker will cut 3,000 jobs, and Velto will close two plants.",
     {"1,200", "3,000"}),
    ("a place's part: engineers hired in one city",
     "Quillon to hire engineers. Quillon will hire 500 engineers in Dublin, Quillon said on Monday.",
     "Quillon expands. It will hire 900 engineers over two years, and Quillon will open a new office.",
     {"500", "900"}),
    ("two places: a part against another part",
     "Velto to cut jobs. Velto will cut 1,200 jobs in Tarnvik, Velto said on Monday.",
     "Velto job cuts. The carmaker will cut 900 jobs in Varsk, and Velto will close two plants.",
     {"1,200", "900"}),
    ("a player's goals are not the club's",
     "Cole fires Rovers to title. Rovers striker Dan Cole scored 30 goals this season, and Cole was named player of the year.",
     "Rovers crowned champions. The club scored 84 goals this season, Rovers said, and Rovers lost only twice.",
     {"30", "84"}),
    ("a brand's sales are not its parent's",
     "Gucci sales slump. Gucci's sales fell 9 percent in the quarter, as Gucci struggled in China.",
     "Kering revenue falls. Its sales fell 3 percent in the quarter, Kering said, and Kering cut its outlook.",
     {"9 percent", "3 percent"}),
    ("another company named in passing",
     "Northjet cancels flights. Rival Skyway cancelled 400 flights on Thursday, while Northjet kept flying and Northjet added staff.",
     "Northjet strike. Passengers were stranded as the airline cancelled 803 flights, and Northjet said more would follow.",
     {"400", "803"}),
    ("the industry's recalls are not the company's",
     "Velto recalls cars. Velto recalled 410,000 cars over brake faults, Velto said.",
     "Velto recall. The carmaker said the industry recalled 3.5 million cars, and Velto expects more.",
     {"410,000", "3.5 million"}),
    ("councils nationwide are not the council",
     "Harlow to close libraries. Harlow said it will close 12 libraries next year, and Harlow residents are angry.",
     "Harlow library cuts. Councils will close 19 libraries nationwide, Harlow officials said, and Harlow is among them.",
     {"12", "19"}),
    ("the company said its suppliers cut: another subject",
     "Velto cuts jobs. Velto will cut 1,800 jobs this year, Velto said.",
     "Velto warns. Under the plan announced at its annual meeting, its suppliers will cut 3,600 jobs by 2028, and Velto will help them.",
     {"1,800", "3,600"}),
    ("an article about another company",
     "Velto cuts jobs. Velto will cut 1,800 jobs this year, Velto said.",
     "Brenner cuts jobs. Under a plan announced at its annual meeting, the carmaker will cut 3,600 jobs by 2028, as Brenner follows Velto and Brenner shrinks.",
     {"1,800", "3,600"}),
    ("two companies lead an article alike: no one main actor",
     "Acme and Beta merge. Acme will cut 1,800 jobs after the deal, Acme said.",
     "Acme and Beta merge. The company will cut 3,600 jobs, Acme and Beta said, and Beta and Acme will share a board.",
     {"1,800", "3,600"}),
    ("the company's sentence may tell another clause's figure",
     "Velto cuts jobs. Velto will cut 1,800 jobs this year, Velto said.",
     "Velto warns. The carmaker said demand had fallen and suppliers will cut 3,600 jobs, and Velto will help them.",
     {"1,800", "3,600"}),
    ("a player's statistic told with 'he' is no other player's, nor of the same game",
     "Bush stars again. Reggie Bush rushed for 404 yards and two touchdowns this season, and Bush caught 52 passes.",
     "Saints beat Falcons. He had 793 yards and six touchdowns on 147 carries, Bush said, and Bush thanked his line.",
     {"404", "793"}),
    ("a person's figure against the team's, told with he",
     "Akers leads Rovers. Tom Akers scored 22 points, and Akers had nine rebounds.",
     "Rovers win. The team scored 88 points, and Akers said he was happy with Akers' form.",
     {"22", "88"}),
]


@pytest.mark.parametrize("title, first, second, texts", CASES, ids=[case[0] for case in CASES])
def test_a_figure_told_of_the_main_actor_on_one_side_only_conflicts(title, first, second, texts):
    check_verdicts(_report(first, second), texts, {"conflict"})


@pytest.mark.parametrize("title, first, second, texts", NEAR, ids=[case[0] for case in NEAR])
def test_near_pairs_stay_quiet(title, first, second, texts):
    check_verdicts(_report(first, second), texts, None)


@pytest.mark.parametrize("terms, actor", [
    ({"velto": 4, "brenner": 1, "#310000:cars": 5}, {"velto"}),  # figures are no names
    ({"lantern": 4, "keeper": 4, "oscar": 3}, {"lantern", "keeper"}),  # a name of two words shares the lead
    ({"velto": 1}, None),  # named once: no main actor
    ({}, None),
], ids=["the name used most", "two words of one name", "named once", "no names"])
def test_main_actor_is_the_name_an_article_uses_most(terms, actor):
    assert main_actors({"a": terms}).get("a") == (frozenset(actor) if actor else None)


def test_a_figure_read_as_the_main_actor_s_is_reported_as_extracted():
    """lend.py reads the thin figure as Velto's to line it up; the report keeps the claim as told."""
    title, first, second, texts = next(case for case in CASES if "lend.py" in case[0])
    report = _report(first, second)
    holding = [f for f in report.findings if texts <= {claim.text for claim in f.claims}]
    assert holding and holding[0].verdict == "conflict"
    assert [claim.frame.holder for claim in holding[0].claims if claim.source == "b"] == [None]


def test_the_engine_gives_the_story_its_articles_terms(tmp_path):
    """`factcheck check` studies stories from the run state: the terms must reach them there too."""
    title, first, second, texts = CASES[0]
    sources = tmp_path / "sources"
    sources.mkdir()
    for name, text in (("a", first), ("b", second)):
        (sources / f"{name}.txt").write_text(f"---\npublished: 2024-03-05\n---\n{text}\n", encoding="utf-8")
    check_corpus(sources, tmp_path / "claims", tmp_path / "reports")
    findings = json.loads((tmp_path / "reports" / "findings.json").read_text(encoding="utf-8"))["findings"]
    holding = [f for f in findings if texts <= {claim["text"] for claim in f["claims"]}]
    assert holding and holding[0]["verdict"] == "conflict", holding
