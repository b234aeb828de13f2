"""Verdicts between sources, as data: two short articles in, the verdict of the finding that holds
the named claims out (issue 13: a conflict is between two articles that contradict each other)."""
from __future__ import annotations

import pytest

from factcheck import Extraction, build_report, extract_article
from factcheck.chrono import median_date
from factcheck.compare.compare import order_findings
from factcheck.models import Article, PublicationDate, Report, Source
from factcheck.store.reviews import ReviewsFile
from factcheck.story_step import study_story

DATE = PublicationDate(year=2024, month=3, day=5, method="metadata")

# (title, article a, article b, the claim texts one finding must hold, the verdicts allowed;
#  None: no finding may hold a claim of each text across the two articles as a conflict)
CASES = [
    ("a toll told two ways is a conflict",
     "Twelve people were killed when the bus overturned near Varsk.",
     "Nineteen people were killed when the bus overturned near Varsk.",
     {"Twelve", "Nineteen"}, {"conflict"}),
    ("a player's statistic told two ways is a conflict, whatever the verb",
     "Richard Carter scored 14 points for the Bulldogs.",
     "Richard Carter had 12 points and four assists.",
     {"14", "12"}, {"conflict"}),
    ("a name after 'traded from' in a 'who' clause is not the subject of the main verb",
     "The Hawks won 101-99. Tom Smith, who was traded from Denver, scored 20 points.",
     "The Hawks won 101-99. Tom Smith scored 24 points.",
     {"20", "24"}, {"conflict"}),
    ("a team named after 'to' does not take the player's points",
     "The Hawks won 101-99. Tom Smith, who was traded to Denver, scored 20 points.",
     "The Hawks won 101-99. Denver scored 30 points in the first half.",
     {"20", "30"}, None),
    ("a place named after 'in' does not take the figure of the clause's own subject",
     "Rescuers in Varsk said 12 people died, and in Ardal officials counted 30 dead.",
     "Officials in Ardal said 30 people died.",
     {"12", "30"}, None),
    ("two players' statistics never meet",
     "Richard Carter scored 14 points for the Bulldogs.",
     "Seth VanDeest scored 12 points for the Bulldogs.",
     {"14", "12"}, None),
    ("two aspects every article states alike are no disagreement",
     "Six boats were spotted off the coast and four intercepted by the navy.",
     "Six boats were spotted off the coast and four intercepted by the navy, officials said.",
     {"Six", "four"}, None),
    ("a place's figure and the whole's are not set against each other",
     "Ten houses were damaged in Takengon, officials said.",
     "Around 40 houses were damaged by the quake, officials said.",
     {"Ten", "Around 40"}, None),
    ("figures far apart are two facts, not one told two ways",
     "At least 12 people were killed in the bombing on Thursday.",
     "Some 2 million people were killed in the civil wars.",
     {"At least 12", "Some 2 million"}, None),
    ("a bare noun with no event is too thin to conflict",
     "The town is home to 100,000 people.",
     "The quake killed 612 people.",
     {"100,000", "612"}, None),
    ("hedges that overlap agree or are compatible",
     "Nearly 300 companies exhibited at the fair.",
     "Around 300 companies exhibited at the fair.",
     {"Nearly 300", "Around 300"}, {"agree", "compatible"}),
    ("an organisation's figure and one told without a holder are one figure told two ways",
     "The agency received nearly 235,000 comments on the proposal, officials said.",
     "The Interior Department proposed the rules in May and since has received nearly 300,000 comments.",
     {"nearly 235,000", "nearly 300,000"}, {"conflict"}),
    ("a place's figure still stands apart from one told without a holder",
     "Ten houses were flattened in Takengon by the landslide.",
     "Officials said around 40 houses were flattened by the landslide.",
     {"Ten", "around 40"}, None),
    # Echoes (echo.py): the same sentence in two articles but for the figure states one fact.
    ("a thin figure echoed in the same sentence is a conflict",
     "Police said two children were among the dead, and the search went on through the night.",
     "Police said five children were among the dead, and the search went on through the night.",
     {"two", "five"}, {"conflict"}),
    ("an echo survives a changed attribution at the end",
     "Rescuers found 14 climbers stranded on the ridge above the camp, the park service said.",
     "Rescuers found 19 climbers stranded on the ridge above the camp, according to local media.",
     {"14", "19"}, {"conflict"}),
    ("an echoed percentage is a conflict",
     "The measure passed with 62 percent of the vote in the county, the clerk said.",
     "The measure passed with 48 percent of the vote in the county, the clerk said.",
     {"62 percent", "48 percent"}, {"conflict"}),
    ("an echo beside another figure of the sentence is still one fact",
     "The ferry carried 40 passengers and 40 cars when it left the port on the island.",
     "The ferry carried 40 passengers and 12 cars when it left the port on the island.",
     {"40", "12"}, {"conflict"}),
    ("two figures at different places of one sentence never echo",
     "Richard Carter scored 14 points and Seth VanDeest scored 13 for the Bulldogs.",
     "Richard Carter scored 14 points and Seth VanDeest scored 13 for the Bulldogs.",
     {"14", "13"}, None),
    ("a statistic's formula with other names around it is another player's",
     "Thomas has eight touchdowns on 498 rushing yards and 176 receiving yards this season.",
     "Bush has five touchdowns on 404 rushing yards and 258 receiving yards this season.",
     {"176", "258"}, None),
    ("two events in one sentence frame are two facts",
     "Twelve people were hospitalized after the ferry fire in Varsk, officials said.",
     "Nineteen people were treated after the ferry fire in Varsk, officials said.",
     {"Twelve", "Nineteen"}, None),
    ("a hedge that covers the other figure keeps an echo quiet",
     "Officials said about 30 houses were flattened in the village by the landslide.",
     "Officials said 28 houses were flattened in the village by the landslide.",
     {"about 30", "28"}, {"agree", "compatible"}),
    ("sentences that share only the words next to the figure do not echo",
     "Witnesses said three gunmen fled in a car toward the border before police arrived.",
     "The town council said five gunmen had threatened staff at the depot last spring.",
     {"three", "five"}, None),
    ("echoes of two figures in different currencies never meet",
     "The company said the repairs would cost $4 million over the next two years.",
     "The company said the repairs would cost £9 million over the next two years.",
     {"$4 million", "£9 million"}, None),
    # Anchored pairs (echo.py): sentences pinned to each other by a figure they share.
    ("a stat line pinned by a shared figure is one fact",
     "The veteran finished the year with 404 yards rushing on 106 carries.",
     "He finished with 404 yards and two touchdowns on 131 carries this season.",
     {"106", "131"}, {"conflict"}),
    ("a figure told on the other side of the shared one is another figure",
     "He also had 440 yards and four touchdowns receiving this season.",
     "He ran for 404 yards and two touchdowns while catching 52 passes for 440 yards and four scores.",
     {"four", "two"}, None),
    ("a small figure told in another order does not unpin a stat line a distinctive one pins",
     "The 23-year-old finished his third season with the franchise with 404 yards rushing on 106 carries, scoring two touchdowns.",
     "Reggie Bush finished his third season in New Orleans with just 404 yards and two touchdowns on 112 carries.",
     {"106", "112"}, {"conflict"}),
    ("a shared small figure alone pins nothing",
     "Two officers and three children were hurt when the roof fell in.",
     "Two firefighters were hurt and eight children were rescued from the school.",
     {"three", "eight"}, None),
    ("a person named in one article and a role in the other may be two people",
     "The officer fired 12 shots, investigators said.",
     "Investigators said the suspect, Mark Jones, fired three shots at officers.",
     {"12", "three"}, None),
    ("one of a group rescued is not the rescuer named elsewhere",
     "The teenager was among 40 people rescued from the roof.",
     "Mark Jones, a fisherman, rescued 12 people with his boat.",
     {"40", "12"}, None),
    ("a name's words written small elsewhere are not the name",
     "Gunman Adam Brown killed three people in the mall, police said.",
     "The two gunmen, in brown jackets, killed 12 people in the mall, police said.",
     {"three", "12"}, None),
    ("a part with words between its verb and 'among' is still a part",
     "Three students were also reported among those killed in the attack, police said.",
     "Nine students were killed in the attack, police said.",
     {"Three", "Nine"}, None),
    ("the dead and the injured among whom two parts are told are two facts",
     "Two children were among the dead in the attack on the market, police said.",
     "Five children were among the injured in the attack on the market, police said.",
     {"Two", "Five"}, None),
    ("a person's figure and one told of several people are two facts",
     "Gunman Adam Brown killed three people, police said.",
     "The two gunmen killed 12 people before they fled.",
     {"three", "12"}, None),
    ("an echo whose two sentences tell of other killers is no echo",
     "Gunman Adam Brown killed three people in the mall.",
     "The two gunmen killed 12 people in the mall, police said.",
     {"three", "12"}, None),
    ("a person's share and the whole told without a name are two facts",
     "Firefighter John Smith rescued three children from the burning building.",
     "Firefighters rescued 12 children from the burning building, officials said.",
     {"three", "12"}, None),
    ("a place that is the subject of its clause is a part of the whole",
     "Smith County had 40 homes destroyed by the tornado.",
     "The tornado destroyed 150 homes, officials said.",
     {"40", "150"}, None),
    ("a place named after 'near' is a part, however the rest of the sentence reads",
     "Two guards were hurt near Huntsville when the van overturned.",
     "Seven guards were hurt when the van overturned, officials said.",
     {"Two", "Seven"}, None),
    ("two stat lines pinned by shared figures are one player's, named or not",
     "Bush rushed for 404 yards and two touchdowns, caught 52 passes for 440 yards and four TDs this season.",
     "The back played in just 10 games, rushing for 404 yards and two touchdowns while catching 57 passes for 440 yards.",
     {"52", "57"}, {"conflict"}),
    ("two matching words beside a figure are no echo, however close the rest",
     "Two officers off duty were at the bar when the shooting started.",
     "Six officers were at the bar when the shooting started.",
     {"Two", "Six"}, None),
    ("a part told in the same words as the whole is no echo of it",
     "Three students were among those killed in the blast, police said.",
     "Nine students were killed in the blast, police said.",
     {"Three", "Nine"}, None),
    ("an increment is no echo of the running total",
     "Rescuers said five more bodies had been recovered so far from the rubble.",
     "Rescuers said 40 bodies had been recovered so far from the rubble.",
     {"five", "40"}, None),
    ("a season's figure is no game's when 'and' joins a second figure before the season",
     "Tom Brady has thrown 25 touchdowns and just four interceptions this season.",
     "Tom Brady threw three touchdowns on Sunday against the Jets.",
     {"25", "three"}, None),
    ("a stat line with no player named is no echo of another player's",
     "The rookie was the star of the day. He ran for 120 yards on a muddy field against the Bears.",
     "Jones ran for 85 yards on a muddy field against the Bears.",
     {"120", "85"}, None),
    ("a stat line echoed by a sentence that names more places is the same player's",
     "Peyton Manning threw for 364 yards and three touchdowns, and the visiting Colts secured the No. 5 seed with a 31-24 victory over the Jaguars.",
     "Peyton Manning threw for 346 yards and three touchdowns, helping the Colts secure the No. 5 seed with a 31-24 victory over the Jaguars in Jacksonville, Fla.",
     {"364", "346"}, {"conflict"}),
    ("an echo that says one more scope word of the figure ('this season') is still its echo",
     "Andre Miller is averaging 15.5 points per game this season, but Andre Iguodala is averaging just 14.9 points.",
     "Andre Miller is averaging 16.5 points per game, Andre Iguodala 14.9 points, a drop of five points per game.",
     {"15.5", "16.5"}, {"conflict"}),
    ("a span one article dates to the season and another leaves undated is one span",
     "Pierre Thomas missed nine games this season because of the ankle injury.",
     "Pierre Thomas was hurt in Week 3, then missed seven games before coming back.",
     {"nine", "seven"}, {"conflict"}),
    ("a season's span and a career's are two spans",
     "Pierre Thomas missed nine games this season because of the ankle injury.",
     "Pierre Thomas has missed 14 games in his career because of injuries.",
     {"nine", "14"}, None),
    ("two stat lines with other names are two players'",
     "Smith ran for 120 yards on 20 carries against the Bears.",
     "Jones ran for 85 yards on 20 carries against the Bears.",
     {"120", "85"}, None),
    ("a figure hedged as 'said to have been' rescued is the rescued, told two ways",
     "Nine climbers with the guide were said to have been rescued after a night on the ridge.",
     "Three climbers who were with the guide were rescued after a night on the ridge.",
     {"Nine", "Three"}, {"conflict"}),
    ("'said to have been' stranded is not rescued",
     "Nine climbers were said to have been stranded on the ridge, rescuers said.",
     "Three climbers were rescued from the ridge, rescuers said.",
     {"Nine", "Three"}, None),
    ("'believed to be' trapped is not killed",
     "Twelve people were believed to be trapped under the rubble of the hotel.",
     "Four people were killed under the rubble of the hotel.",
     {"Twelve", "Four"}, None),
    ("'in the game' is the whole game: no stretch of it",
     "The Colts won at home. Tom Smith threw for 413 yards in the game, a club record.",
     "The Colts won at home, and coach Kent said Tom Smith threw for 205 yards in the win.",
     {"413", "205"}, {"conflict"}),
    ("a stretch 'of the game' is still a stretch",
     "The Colts won at home. Coach Kent said Tom Smith had 17 points in the first eight minutes of the game.",
     "The Colts won at home. Tom Smith finished with 31 points and nine rebounds as the Colts pulled away.",
     {"17", "31"}, None),
    ("a stretch of 'the game's' quarter is still a stretch",
     "The Colts won at home. Coach Kent said Tom Smith scored 12 points during the game's first quarter.",
     "The Colts won at home. Tom Smith finished with 30 points and nine rebounds as the Colts pulled away.",
     {"12", "30"}, None),
    ("a stretch of 'the game's' final minutes is still a stretch",
     "The Colts won at home. Coach Kent said Tom Smith scored 12 points in the game's final minutes.",
     "The Colts won at home. Tom Smith finished with 30 points and nine rebounds as the Colts pulled away.",
     {"12", "30"}, None),
    ("'late in the game' is a stretch of it",
     "The Colts won at home. Coach Kent said Tom Smith scored eight points late in the game.",
     "The Colts won at home. Tom Smith finished with 30 points and nine rebounds as the Colts pulled away.",
     {"eight", "30"}, None),
    ("a stretch of a game never echoes the whole game's figure",
     "The Colts won at home. Tom Smith scored 12 points in the third game of the series, the coach said.",
     "The Colts won at home. Over the whole series, Tom Smith scored 30 points, the coach said.",
     {"12", "30"}, None),
    ("a quarter's figure never echoes the game's",
     "The Colts won at home. Tom Smith scored 12 points during the game's first quarter.",
     "The Colts won at home. Tom Smith scored 30 points in the win.",
     {"12", "30"}, None),
    ("one stretch of a game told two ways in the same words is a conflict",
     "Clark had 17 points in just over the first eight minutes of the game, and Louisville led.",
     "Clark had 21 points in just over the first eight minutes of the game, and Louisville led.",
     {"17", "21"}, {"conflict"}),
    ("a bracketed aside one rewrite adds (a time in another zone) does not hide an echo",
     "A strong earthquake struck Peru's Ancash region on Tuesday, killing at least one person and leaving 7 others missing.",
     "A magnitude-6.1 earthquake struck Peru's Ancash region on Tuesday at 07:37 a.m. UTC (3:37 a.m. EDT), "
     "killing at least one and leaving two others missing, the news agency reported.",
     {"7", "two"}, {"conflict"}),
    ("a place named in a bracketed aside still keeps a part apart from the whole",
     "The storm destroyed 40 homes in the county (most of them in Millbrook) on Sunday, officials said.",
     "The storm destroyed 12 homes in the county on Sunday, officials said.",
     {"40", "12"}, None),
    ("two asides naming two places keep two sentences apart",
     "Officials said 40 homes were destroyed in the county (in Millbrook) on Sunday by the storm.",
     "Officials said 12 homes were destroyed in the county (in Ashford) on Sunday by the storm.",
     {"40", "12"}, None),
    ("a statistic's whole ('28 of 41 passes') is the attempts, not what 'completed 28 passes' counts",
     "The Jaguars lost at home. David Garrard completed 28 passes for 329 yards and a touchdown.",
     "The Jaguars lost at home. David Garrard completed 28 of 41 passes for 329 yards and a touchdown.",
     {"28", "41"}, None),
    ("two wholes of one stat line told two ways are a conflict",
     "The Jaguars lost at home. David Garrard completed 28 of 41 passes for 329 yards and a touchdown.",
     "The Jaguars lost at home. David Garrard completed 28 of 44 passes for 329 yards and a touchdown.",
     {"41", "44"}, {"conflict"}),
    ("a 'who' clause's figure is told of the name before it",
     "Garrard threw an interception to defensive back Keiwan Ratliff, who returned the pick 73 yards for a touchdown.",
     "Indianapolis took its first lead when Keiwan Ratliff intercepted a pass and ran 35 yards for the touchdown.",
     {"73", "35"}, {"conflict"}),
    ("a 'who' clause after a name and an age is still that person's",
     "The suspect, Mark Jones, 34, who fired 12 shots, was arrested on Friday, police said.",
     "Police said Mark Jones fired three shots at officers.",
     {"12", "three"}, {"conflict"}),
    ("a 'who' clause of another person is that person's, not the named doer's",
     "Officer Tom Brown, who fired 12 shots, was placed on leave, police said.",
     "Police said Mark Jones fired three shots at officers.",
     {"12", "three"}, None),
    ("a 'who' clause of the other team is that team's",
     "The Bears beat the Lions, who gave up 35 points in the loss.",
     "The Bears scored 21 points in the win over the Lions.",
     {"35", "21"}, None),
    ("one of a group rescued, told in a 'who' clause, is not the rescuer's figure",
     "The victims included John Smith, who was one of 40 people rescued from the roof.",
     "Firefighter Mark Jones rescued 12 people from the roof, officials said.",
     {"40", "12"}, None),
    ("a 'who' clause after two names joined by 'and' is theirs, not the last one's",
     "The Bulldogs won again. Tom Smith and Will Jones, who combined for 40 points, led the way.",
     "The Bulldogs won again. Will Jones scored 25 points in the win.",
     {"40", "25"}, None),
    ("a 'who' clause after a list of names is theirs",
     "The Bulldogs won again. Forwards Tom Smith, Bill Lane and Will Jones, who had 40 points between them, led the way.",
     "The Bulldogs won again. Will Jones scored 25 points in the win.",
     {"40", "25"}, None),
    ("an epithet opening a sentence ('The undrafted rookie finished') tells of the one the sentence before named",
     "Chris Ivory made the most of his chances this year. The undrafted rookie finished with 716 yards rushing and five touchdowns.",
     "Chris Ivory ran for 900 yards, leading the team in rushing.",
     {"716", "900"}, {"conflict"}),
    ("an epithet with no verb after it ('The rookie receiver caught') is someone else",
     "Peyton Manning threw for 364 yards on Sunday. The rookie receiver caught 7 passes for 90 yards.",
     "Peyton Manning completed 29 passes for 364 yards on Sunday.",
     {"7", "29"}, None),
    ("an epithet after a sentence about a team is not the team's",
     "The Saints lost again on Sunday. The rookie ran for 80 yards in the loss.",
     "Saints running back Chris Ivory ran for 120 yards in the loss.",
     {"80", "120"}, None),
    ("points a player 'needed' are a mark to reach, not the points scored",
     "The Tar Heels won at home. Tyler Hansbrough needed nine points to pass Phil Ford for the record.",
     "The Tar Heels won at home. Tyler Hansbrough scored 20 points in the win.",
     {"nine", "20"}, None),
    ("stitches 'needed' are kept apart from stitches received",
     "The boy was taken to hospital, where he needed 12 stitches, police said.",
     "The boy received 20 stitches at the hospital, police said.",
     {"12", "20"}, None),
    ("the mark a player needed, told two ways, is a conflict",
     "The Tar Heels won at home. Tyler Hansbrough, who needed 21 points coming in, tied Ford early.",
     "The Tar Heels won at home. Tyler Hansbrough needed nine points to pass Phil Ford for the record.",
     {"21", "nine"}, {"conflict"}),
    ("a name after a comma in the sentence before is its own name, not one with the place before it",
     "The Chargers lost at home. A fourth-year pro out of Fresno State, Tom Smith enjoyed a breakout year. "
     "He set career highs of 59 receptions, 1,098 yards and seven touchdowns.",
     "The Chargers lost at home. Tom Smith, in his fourth season, caught a career-high 59 passes and led the team with 990 yards.",
     {"1,098", "990"}, {"conflict"}),
    ("an epithet after a sentence about a team with a long name is not the team's",
     "Running back Reggie Bush is done for the year. The New Orleans Saints placed him on injured reserve. "
     "The 23-year-old finished his third season with 404 yards rushing on 106 carries.",
     "The New Orleans Saints ran for 1,500 yards this season on 400 carries.",
     {"106", "400"}, None),
    ("a subject set off by an apposition in the sentence before is still the one 'He' tells of",
     "The Tar Heels won at home. Tyler Hansbrough, the reigning player of the year, broke the record. He finished with 20 points.",
     "The Tar Heels won at home. Tyler Hansbrough scored 25 points in the win.",
     {"20", "25"}, {"conflict"}),
    ("two stat lines pinned by a shared figure but told of two players are two players'",
     "The Chargers lost at home. Bill Jones enjoyed a breakout year. He set career highs of 59 receptions, 1,098 yards and seven touchdowns.",
     "The Chargers lost at home. Tom Smith, in his fourth season, caught a career-high 59 passes and led the team with 990 yards.",
     {"1,098", "990"}, None),
    ("what 'he' did is told of the one person the sentence names before him",
     "Police said they arrested the driver, Mark Lopez, after he had struck 3 other vehicles on the bridge.",
     "Police said Mark Lopez struck 7 other vehicles on the bridge.",
     {"3", "7"}, {"conflict"}),
    ("'he' after two named people is neither's for sure",
     "In the chase with Adam Brown and Mark Lopez on the bridge, he struck 3 other vehicles, police said.",
     "Police said Mark Lopez struck 7 other vehicles on the bridge.",
     {"3", "7"}, None),
    ("'he' after a name that a preposition makes an object is not that person",
     "A witness ran over to Mark Lopez after he struck 3 other vehicles, police said.",
     "Police said Mark Lopez struck 7 other vehicles on the bridge.",
     {"3", "7"}, None),
    ("'he' after a name joined by 'and' to another person is neither's for sure",
     "Police stopped Mark Lopez and his brother near the bridge late on Friday after he had struck 3 cars.",
     "Prosecutors told the court on Monday that Mark Lopez struck 7 cars during the chase.",
     {"3", "7"}, None),
    ("a percentage in number words and in digits is one figure",
     "The Bulldogs won again. Drake shot thirty-five percent overall and just 11-of-36 after intermission.",
     "The Bulldogs won again. Drake shot 35.0 percent overall and just 11-of-36 after intermission.",
     {"thirty-five percent", "35.0 percent"}, {"agree", "compatible"}),
    ("a range in number words is still a range",
     "Officials said turnout was forty to fifty percent in the city.",
     "Officials said turnout was 45 percent in the city.",
     {"forty to fifty percent", "45 percent"}, {"agree", "compatible"}),
]


def _report(first: str, second: str):
    # Both articles tell one story here: the check of stories is not what these cases are about.
    return _report_dated((first, DATE), (second, DATE))


def verdict_case(title: str, first: str, second: str, texts: set[str], review: str, fixed: bool = False):
    """A review's pair of articles as a test parameter: expected to fail (strict) until the rule it
    names is narrowed (``fixed``)."""
    marks = () if fixed else pytest.mark.xfail(strict=True, reason=f"{review}: a false conflict not yet narrowed")
    return pytest.param(first, second, texts, id=title, marks=marks)


def check_verdicts(report, texts: set[str], verdicts: set[str] | None, every: bool = False) -> None:
    """The findings holding every text of ``texts``: none a conflict when ``verdicts`` is None;
    else there is one, and its verdict (``every``: each one's) is among ``verdicts``."""
    holding = [f for f in report.findings if texts <= {c.text for c in f.claims}]
    if verdicts is None:
        assert all(f.verdict != "conflict" for f in holding), [f.explanation for f in holding]
        return
    assert holding, f"no finding holds {texts}: {[(f.verdict, [c.text for c in f.claims]) for f in report.findings]}"
    if every:
        assert {f.verdict for f in holding} <= verdicts, [(f.verdict, f.explanation) for f in holding]
    else:
        assert holding[0].verdict in verdicts, holding[0].explanation


@pytest.mark.parametrize("title, first, second, texts, verdicts", CASES, ids=[case[0] for case in CASES])
def test_verdict_between_sources(title, first, second, texts, verdicts):
    check_verdicts(_report(first, second), texts, verdicts)


def test_one_article_alone_is_never_a_conflict():
    report = _report("Twelve people were killed, and later officials said 19 people were killed.", "Nothing to see.")
    assert all(f.verdict != "conflict" for f in report.findings)


def test_a_relative_date_on_a_page_only_stamped_updated_is_never_a_conflict():
    from factcheck.load.corpus import parse_article

    stamped = parse_article("Climber dies on ridge\nLast updated 15:48 15/09/2013\nYesterday, a 36-year-old climber "
                            "died after falling from a ridge near the summit, police said.\n", "a", "a.txt", "a", [])
    dated = parse_article("---\npublished: 2013-09-16\n---\nA 36-year-old climber died on Friday after falling from a "
                          "ridge near the summit, police said.\n", "b", "b.txt", "b", [])
    assert stamped.source.published.method == "stamp"
    claims, terms = [], {}
    for article in (stamped, dated):
        found, _ = extract_article(article)
        claims += found
        terms[article.source.id] = {"story": 3}
    report = build_report(Extraction([stamped.source, dated.source], claims, [], [], terms))
    dates = [f for f in report.findings if f.kind == "date" and {c.text for c in f.claims} >= {"Yesterday", "Friday"}]
    assert all(f.verdict != "conflict" for f in report.findings), [f.explanation for f in report.findings]
    assert not dates or dates[0].verdict != "conflict"


def report_of_set(folder):
    """A folder of one event's articles (front matter and text, as a corpus holds them) checked as
    one story: the check of stories is not what the long same-event sets are about."""
    from factcheck.load.corpus import parse_article
    return _report_of([parse_article(path.read_text(encoding="utf-8"), path.stem, path.name, path.stem, [])
                       for path in sorted(folder.glob("*.txt"))])


def conflict_texts(report) -> list[set[str]]:
    """Each conflict of a report as the set of its claims' texts."""
    return [{claim.text for claim in finding.claims} for finding in report.findings if finding.verdict == "conflict"]


def set_params(names, left: dict[str, str]) -> list:
    """The names of a review's sets, those in ``left`` (name -> reason) as strict xfails."""
    return [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=left[name])) if name in left else name
            for name in names]


def pair_params(pairs: list[tuple], left: list[tuple] = ()) -> list:
    """Pairs (title, first, second, texts) as test parameters; ``left`` pairs carry a fifth item,
    the reason they are strict xfails."""
    return ([pytest.param(*pair[1:4], id=pair[0]) for pair in pairs]
            + [pytest.param(*pair[1:4], id=pair[0], marks=pytest.mark.xfail(strict=True, reason=pair[4])) for pair in left])


def check_set(folder, planted: set[str] | None) -> None:
    """A review's set of one event's articles: no conflict but the one holding its planted texts."""
    false = [texts for texts in conflict_texts(report_of_set(folder)) if not (planted and planted <= texts)]
    assert not false, false


def check_planted(folder, planted: set[str]) -> None:
    """A review's planted discrepancy is a conflict holding its texts."""
    found = conflict_texts(report_of_set(folder))
    assert any(planted <= texts for texts in found), found


def _report_dated(first: tuple[str, PublicationDate], second: tuple[str, PublicationDate]):
    return _report_of([Article(source=Source(id=name, path=f"{name}.txt", content_hash=name, published=date), text=text)
                       for name, (text, date) in (("a", first), ("b", second))])


def _report_of(articles: list[Article]):
    # The articles as one story (the check of stories is not what these cases are about), studied
    # as build_report studies a story, with each article's own story terms (who it is about).
    claims, terms = [], {}
    for article in articles:
        found, terms[article.source.id] = extract_article(article)
        claims += found
    story = min((article.source.id for article in articles), default="")
    sources = [article.source.model_copy(update={"story": story}) for article in articles]
    corpus_time = median_date([source.published.date for source in sources])
    findings = study_story(story, claims, sources, corpus_time, ReviewsFile(), None, (), terms)
    return Report(sources=sources, findings=order_findings(findings), problems=[])


GAME = ("Earl Clark finished with 22 points and nine rebounds for Louisville.",
        "Louisville's Earl Clark had 25 points in the victory.")
ECHO = ("Earl Clark finished with 22 points and nine rebounds for Louisville.",
        "Earl Clark finished with 25 points and nine rebounds for Louisville.")


@pytest.mark.parametrize("first_date, second_date, conflicts", [
    (DATE, DATE, True),  # one game, told two ways the same day
    (DATE, PublicationDate(year=2024, month=3, day=6, method="metadata"), True),  # a late game told the next day
    (DATE, PublicationDate(year=2024, month=3, day=12, method="metadata"), False),  # a week apart: another game
    (PublicationDate(), PublicationDate(), False),  # undated roundups: which game each tells is unknown
    (DATE, PublicationDate(), False),
], ids=["same day", "next day", "a week apart", "both undated", "one undated"])
def test_a_game_statistic_is_set_against_another_article_only_within_a_day(first_date, second_date, conflicts):
    report = _report_dated((GAME[0], first_date), (GAME[1], second_date))
    points = [f for f in report.findings if {"22", "25"} <= {c.text for c in f.claims}]
    if conflicts:
        assert points and points[0].verdict == "conflict", [(f.verdict, f.explanation) for f in report.findings]
    else:
        assert all(f.verdict != "conflict" for f in points), [f.explanation for f in points]


@pytest.mark.parametrize("second_date, conflicts", [
    (PublicationDate(), True),  # undated: the same words are the evidence of one statement
    (PublicationDate(year=2024, month=3, day=12, method="metadata"), False),  # a week apart: a formula, two games
], ids=["undated", "a week apart"])
def test_an_echoed_game_statistic_is_one_statement_unless_the_dates_say_two_games(second_date, conflicts):
    report = _report_dated((ECHO[0], DATE), (ECHO[1], second_date))
    points = [f for f in report.findings if {"22", "25"} <= {c.text for c in f.claims}]
    assert bool(points and points[0].verdict == "conflict") == conflicts, [(f.verdict, f.explanation) for f in report.findings]


SAME_GAME = ("Peyton Manning threw for 364 yards and three touchdowns. Garrard completed 28 passes for 329 yards. "
             "Ratliff returned an interception 35 yards for a touchdown.",
             "Peyton Manning passed for 364 yards and three touchdowns. David Garrard threw for 329 yards. "
             "On the next drive Keiwan Ratliff intercepted a pass and took it back 53 yards for a touchdown.")
OTHER_GAME = ("Peyton Manning threw for 364 yards and three touchdowns. Garrard completed 28 passes for 329 yards. "
              "Ratliff returned an interception 35 yards for a touchdown.",
              "Peyton Manning passed for 212 yards and one touchdown. David Garrard threw for 180 yards. "
              "On the next drive Keiwan Ratliff intercepted a pass and took it back 53 yards for a touchdown.")


@pytest.mark.parametrize("texts, conflicts", [
    (SAME_GAME, True),  # two players' lines told alike: one game, so the third line disagrees
    (OTHER_GAME, False),  # nothing else alike: which game each tells is unknown
], ids=["two statistics alike", "nothing alike"])
def test_undated_articles_that_give_two_statistics_alike_tell_one_game(texts, conflicts):
    report = _report_dated((texts[0], PublicationDate()), (texts[1], PublicationDate()))
    yards = [f for f in report.findings if {"35", "53"} <= {c.text for c in f.claims}]
    assert bool(yards and yards[0].verdict == "conflict") == conflicts, [(f.verdict, f.explanation, [c.text for c in f.claims]) for f in report.findings]


def test_a_thin_claim_read_first_does_not_keep_the_others_apart():
    # Article "a" tells the figure too thinly to say whose it is; "b" and "c" name the player and
    # disagree. "a" comes first in the corpus, and must not keep "b" out of "c"'s group.
    texts = {"a": "Garrard, who completed 28 passes for 329 yards, ran for two yards in the second quarter.",
             "b": "David Garrard threw for 661 yards and a touchdown, but gave up a costly interception.",
             "c": "Garrard threw for a career-high 329 yards, but late in the fourth quarter he made costly mistakes."}
    report = _report_many(texts)
    yards = [f for f in report.findings if {"661", "329"} <= {c.text for c in f.claims}]
    assert yards and yards[0].verdict == "conflict", [(f.verdict, [c.text for c in f.claims]) for f in report.findings]


def _report_many(texts: dict[str, str]):
    articles = [Article(source=Source(id=name, path=f"{name}.txt", content_hash=name, published=DATE), text=text)
                for name, text in texts.items()]
    claims, terms = [], {}
    for article in articles:
        found, _ = extract_article(article)
        claims += found
        terms[article.source.id] = {"story": 3}
    return build_report(Extraction([article.source for article in articles], claims, [], [], terms))


def test_a_figure_echoed_by_two_articles_hedging_differently_joins_them():
    # "230,000" and "about 230,000" are one figure: the echo of both in "a" is not a guess.
    history = "In 2004, a huge earthquake off Aceh triggered a tsunami that killed {} people across Asia."
    report = _report_many({"a": history.format("460,000"), "b": history.format("230,000"),
                           "c": history.format("about 230,000")})
    toll = [f for f in report.findings if {"460,000", "230,000"} <= {c.text for c in f.claims}]
    assert toll and toll[0].verdict == "conflict", [(f.verdict, [c.text for c in f.claims]) for f in report.findings]


def test_two_small_statistics_alike_do_not_make_one_game_of_two_undated_recaps():
    first = ("The Eagles won at home. Zach Ertz caught seven passes and LeSean McCoy ran for two touchdowns. "
             "Nick Foles threw for 270 yards.")
    second = ("It was a rout on the road. Zach Ertz had seven passes and LeSean McCoy scored two touchdowns. "
              "Foles finished 18 of 30 for 198 yards against a tired defense.")
    report = _report_dated((first, PublicationDate()), (second, PublicationDate()))
    yards = [f for f in report.findings if {"270", "198"} <= {c.text for c in f.claims}]
    assert all(f.verdict != "conflict" for f in yards), [f.explanation for f in yards]


def test_shots_a_team_fires_in_games_a_week_apart_are_two_games():
    report = _report_dated(("The Bruins fired 40 shots at Carey Price in the loss.", DATE),
                           ("The Bruins fired 28 shots at Carey Price in the win.",
                            PublicationDate(year=2024, month=3, day=12, method="metadata")))
    shots = [f for f in report.findings if {"40", "28"} <= {c.text for c in f.claims}]
    assert all(f.verdict != "conflict" for f in shots), [f.explanation for f in shots]
