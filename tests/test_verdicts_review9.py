"""Precision review 9 (issue 13): false conflicts on kinds of news earlier reviews did not cover.

Each pair is two outlets' ordinary sentences about one event (both dated 5 March 2024), written
the way wire copy and local papers write them: aviation and rail, wildfires, crime statistics,
migration, schools, energy, farming and food prices, housing, technology, film, the military,
strikes, sport contracts, obituaries and space. A careful editor would call none of them a
conflict; each was one when the review was made. The first block is the false conflicts earlier
reviews left (review6's xfails, review8's "left" list). ``CONTROLS`` are real disagreements of the
same kinds that must stay conflicts."""
from __future__ import annotations

import pytest

from tests.test_verdicts import _report, check_verdicts, verdict_case


def _case(title, first, second, texts, fixed=False):
    return verdict_case(title, first, second, texts, "review9", fixed)


# Left by review6 and review8: another aspect of the thing, in words the frame does not keep
# (compare/aspects.py), or an opening phrase cut from the figure's clause at its comma.
LEFT = [
    _case("business: the jobs cut in one town are a part of the jobs cut",
          "Harbor Foods will cut 1,200 jobs in Tarnvik.",
          "Harbor Foods will cut 3,000 jobs.",
          {"1,200", "3,000"}, fixed=True),
    _case("business: 'cutting 300 jobs in Tarnvik' is a part of the company's cut",
          "Acme is cutting 300 jobs in Tarnvik.",
          "Acme will cut 1,200 jobs.",
          {"300", "1,200"}, fixed=True),
    _case("weather: what a storm costs insurers is not what it costs the city",
          "The storm that hit Tarnvik could cost insurers $300 million.",
          "The storm that hit Tarnvik could cost the city $120 million.",
          {"$300 million", "$120 million"}, fixed=True),
    _case("politics: the money for roads is not the money for schools",
          "Officials said Harbor City will spend $300 million on roads.",
          "Officials said Harbor City will spend $120 million on schools.",
          {"$300 million", "$120 million"}, fixed=True),
    _case("business: what a man could earn is not what the company could",
          "Acme said Tom Smith could earn $3 million.",
          "Acme said it could earn $12 million.",
          {"$3 million", "$12 million"}, fixed=True),
    _case("business: a price including debt is not the price excluding it",
          "The deal values Harbor Foods at $4 billion, including debt.",
          "The deal values Harbor Foods at $3.1 billion, excluding debt.",
          {"$4 billion", "$3.1 billion"}, fixed=True),
    _case("health: efficacy in the whole trial is not efficacy in a subgroup",
          "The vaccine was 95 percent effective in the trial of 40,000 people.",
          "The vaccine was 70 percent effective against severe disease in people over 65.",
          {"95 percent", "70 percent"}, fixed=True),
    _case("science: an earlier study's result, told in an opening phrase, is not this study's",
          "The study of 12,000 adults found the drug cut the risk by 20 percent.",
          "In an earlier study of 3,000 adults, the drug cut the risk by 12 percent.",
          {"20 percent", "12 percent"}, fixed=True),
]

# New kinds of news.
CASES = [
    # crime statistics: two crimes, one percentage each (different heads: no rule tells a kind of
    # crime from a synonym of it, "unemployment" / "the jobless rate").
    _case("crime: murders are not all violent crime",
          "Murders fell 12 percent last year, police said.",
          "Violent crime fell 4 percent last year, police said.",
          {"12 percent", "4 percent"}),
    # education: a kind of the counted thing; one subject's rate.
    _case("education: elementary schools closing are a part of the schools closing",
          "The district will close 12 schools.",
          "The district will close 5 elementary schools.",
          {"12", "5"}, fixed=True),
    _case("education: the pass rate in maths is not the pass rate",
          "The pass rate rose to 82 percent.",
          "The pass rate in maths rose to 74 percent.",
          {"82 percent", "74 percent"}, fixed=True),
    # energy: two benchmarks; a running rise against a week's dates.
    _case("energy: Brent's rise is not US crude's",
          "Brent crude rose 3 percent to $85 a barrel.",
          "US crude rose 2 percent to $81 a barrel.",
          {"3 percent", "2 percent"}, fixed=True),
    # Left: the price's benchmark is the opening words of its sentence, and a money figure's
    # frame has no thing to tell "Brent crude" from "US crude".
    _case("energy: Brent's price is not US crude's",
          "Brent crude rose 3 percent to $85 a barrel.",
          "US crude rose 2 percent to $81 a barrel.",
          {"$85", "$81"}),
    _case("energy: 'since January' starts the rise; 'last week' is another rise's time",
          "Gas prices have risen 40 percent since January.",
          "Gas prices rose 3 percent last week.",
          {"January", "last week"}, fixed=True),
    # agriculture and food: two crops, two kinds of prices, one region's farmers.
    _case("agriculture: the corn harvest's fall is not the wheat harvest's",
          "The drought cut the corn harvest by 12 percent.",
          "The drought cut the wheat harvest by 20 percent.",
          {"12 percent", "20 percent"}, fixed=True),
    _case("food: egg prices are not food prices",
          "Egg prices rose 60 percent in the year to December.",
          "Food prices rose 12 percent in the year to December.",
          {"60 percent", "12 percent"}, fixed=True),
    _case("agriculture: one region's farmers are not all farmers",
          "Farmers lost 40 percent of their crop.",
          "Farmers in Tarnvik lost 60 percent of their crop.",
          {"40 percent", "60 percent"}, fixed=True),
    # housing: the median is not the average; affordable homes are a part of the homes.
    _case("housing: the median price is not the average price",
          "The median home price rose to $420,000.",
          "The average home price rose to $510,000.",
          {"$420,000", "$510,000"}, fixed=True),
    _case("housing: affordable homes are a part of the homes built",
          "The city will build 3,000 homes.",
          "The city will build 1,200 affordable homes.",
          {"3,000", "1,200"}, fixed=True),
    # technology: what an update reaches is not the app's users; a forecast is not the sales.
    _case("tech: the users an update reaches are not all the app's users",
          "The update will reach 300 million users.",
          "The app has 1.2 billion users.",
          {"300 million", "1.2 billion"}, fixed=True),
    _case("tech: the phones sold in the first weekend are not the quarter's forecast",
          "The company sold 3 million phones in the first weekend.",
          "The company expects to sell 12 million phones this quarter.",
          {"3 million", "12 million"}, fixed=True),
    # film: the home market against the world.
    _case("entertainment: the domestic box office is not the global one",
          "The film took $120 million at the domestic box office in its opening weekend.",
          "The film took $300 million globally in its opening weekend.",
          {"$120 million", "$300 million"}, fixed=True),
    # strikes: what the union wants is not what the company offers.
    _case("strike: the union's demand is not the company's offer",
          "The union wants a 12 percent pay rise.",
          "The company has offered a 4 percent pay rise.",
          {"12 percent", "4 percent"}, fixed=True),
]


@pytest.mark.parametrize("first, second, texts", LEFT + CASES)
def test_no_false_conflict(first, second, texts):
    check_verdicts(_report(first, second), texts, None)


# Pairs of the new kinds that were quiet when the review was made: kept as guards.
QUIET = [
    ("aviation: passengers are not everyone on board",
     "The plane was carrying 150 passengers and six crew members.", "All 156 people on board were killed.", {"150", "156"}),
    ("rail: the seriously injured are a part of the injured",
     "About 40 people were injured when the train derailed.", "The derailment seriously injured 12 people.", {"About 40", "12"}),
    ("aviation: a delay is not a flight's time",
     "The flight took off 45 minutes late.", "The plane crashed 20 minutes after take-off.", {"45 minutes", "20 minutes"}),
    ("aviation: the pilot's hours and his hours on the type",
     "The pilot had 12,000 hours of flying experience.", "The pilot had logged 3,000 hours on the aircraft type.",
     {"12,000 hours", "3,000 hours"}),
    ("wildfire: the acres burned are not the night's growth",
     "The fire has burned 12,000 acres.", "The fire grew by 3,000 acres overnight.", {"12,000", "3,000"}),
    ("wildfire: firefighters from other states are a part of those at the fire",
     "More than 1,000 firefighters are battling the blaze.",
     "About 300 firefighters from neighbouring states have joined the fight.", {"More than 1,000", "About 300"}),
    ("wildfire: residents under orders are not those who left",
     "Evacuation orders cover 12,000 residents.", "About 3,000 residents have left their homes.", {"12,000", "About 3,000"}),
    ("crime: burglaries in half a year are not the year's",
     "Burglaries rose 8 percent in the first half of the year.", "Burglaries rose 3 percent last year.",
     {"8 percent", "3 percent"}),
    ("migration: a month's crossings are not the year's",
     "More than 3,000 migrants crossed the Channel in small boats last month.",
     "Some 12,000 migrants have crossed the Channel in small boats so far this year.", {"More than 3,000", "Some 12,000"}),
    ("migration: a day's record is not the daily average",
     "Border agents detained 2,000 migrants on Tuesday.", "Border agents detain an average of 1,500 migrants a day.",
     {"2,000", "1,500"}),
    ("energy: a group's cut is not one member's further cut",
     "The group will cut output by 2 million barrels a day.", "Saudi Arabia will cut a further 1 million barrels a day.",
     {"2 million", "1 million"}),
    ("tech: the base model's price is not the Pro's",
     "The phone starts at $799.", "The Pro model costs $999.", {"$799", "$999"}),
    ("entertainment: nominations are not wins",
     "The film earned 12 nominations.", "The film won 5 awards.", {"12", "5"}),
    ("entertainment: the budget is not the gross",
     "The film cost $200 million to make.", "The film has grossed $120 million.", {"$200 million", "$120 million"}),
    ("military: the army's count and the rebels' are two sides'",
     "The army said it killed 40 militants.", "Rebels said 12 of their fighters were killed.", {"40", "12"}),
    ("military: more troops are not the total there",
     "The country will send 3,000 more troops.", "The deployment brings the number of troops in the country to 4,200.",
     {"3,000", "4,200"}),
    ("strike: those who walked out are not all the union's members",
     "About 3,000 workers walked out on Monday.", "The union represents 12,000 workers.", {"About 3,000", "12,000"}),
    ("sports: a contract's value is not a year's pay",
     "Tom Smith signed a five-year contract worth $120 million.", "Tom Smith will earn $24 million a year.",
     {"$120 million", "$24 million"}),
    ("obituary: years married are not years at the company",
     "Tom Smith was married for 60 years.", "Tom Smith worked at the company for 40 years.", {"60 years", "40 years"}),
    ("space: the mission's length is not the days at the station",
     "The mission will last 12 days.", "The astronauts will spend 8 days aboard the station.", {"12 days", "8 days"}),
    ("space: the distance travelled is not the distance from Earth",
     "The probe has travelled 500 million kilometres.", "The probe is now 120 million kilometres from Earth.",
     {"500 million", "120 million"}),
    ("aviation: a day's cancellations are a part of those since Friday",
     "The airline cancelled 1,200 flights on Monday.", "The airline has cancelled 3,000 flights since Friday.",
     {"1,200", "3,000"}),
    ("wildfire: homes destroyed in one town are a part of the homes destroyed",
     "The fire destroyed 40 homes in Tarnvik.", "The fire destroyed 120 homes.", {"40", "120"}),
    ("crime: one night's arrests are a part of those since the riots began",
     "Police made 12 arrests on Saturday night.", "Police have made 40 arrests since the riots began.", {"12", "40"}),
    ("entertainment: the opening is not the worldwide total",
     "The film opened with $120 million.", "The film has earned $300 million worldwide.", {"$120 million", "$300 million"}),
    ("labour: the nurses who walked out, told both ways",
     "The union represents 12,000 nurses, 3,000 of whom walked out on Monday.", "About 3,000 nurses walked out on Monday.",
     {"12,000", "About 3,000"}),
    ("military: the killed and the wounded in the same words",
     "The attack killed 12 soldiers, the army said.", "The attack wounded 40 soldiers, the army said.", {"12", "40"}),
    ("crime: this year's homicides beside 2022's, told both ways",
     "There were 312 homicides in the city last year, up from 290 in 2022.", "The city recorded 290 homicides in 2022.",
     {"312", "290"}),
]


@pytest.mark.parametrize("title, first, second, texts", QUIET, ids=[case[0] for case in QUIET])
def test_quiet_pairs_stay_quiet(title, first, second, texts):
    check_verdicts(_report(first, second), texts, None)


CONTROLS = [
    ("business: one town's jobs cut told two ways",
     "Harbor Foods will cut 1,200 jobs in Tarnvik.",
     "Harbor Foods will cut 3,000 jobs in Tarnvik.",
     {"1,200", "3,000"}),
    ("business: the whole company's cut told two ways",
     "Harbor Foods will cut 1,200 jobs.",
     "Harbor Foods will cut 3,000 jobs.",
     {"1,200", "3,000"}),
    ("weather: what the storm costs insurers told two ways",
     "The storm that hit Tarnvik could cost insurers $300 million.",
     "The storm that hit Tarnvik could cost insurers $120 million.",
     {"$300 million", "$120 million"}),
    ("politics: the money for roads told two ways",
     "Officials said Harbor City will spend $300 million on roads.",
     "Officials said Harbor City will spend $120 million on roads.",
     {"$300 million", "$120 million"}),
    ("business: what a man could earn told two ways",
     "Acme said Tom Smith could earn $3 million.",
     "Acme said Tom Smith could earn $12 million.",
     {"$3 million", "$12 million"}),
    ("business: a price including debt told two ways",
     "The deal values Harbor Foods at $4 billion, including debt.",
     "The deal values Harbor Foods at $3.1 billion, including debt.",
     {"$4 billion", "$3.1 billion"}),
    ("health: efficacy in a subgroup told two ways",
     "The vaccine was 95 percent effective in people over 65.",
     "The vaccine was 70 percent effective in people over 65.",
     {"95 percent", "70 percent"}),
    ("science: this study's result told two ways",
     "The study of 12,000 adults found the drug cut the risk by 20 percent.",
     "The study found the drug cut the risk by 12 percent.",
     {"20 percent", "12 percent"}),
    ("education: the elementary schools closing told two ways",
     "The district will close 12 elementary schools.",
     "The district will close 5 elementary schools.",
     {"12", "5"}),
    ("education: the pass rate in maths told two ways",
     "The pass rate in maths rose to 82 percent.",
     "The pass rate in maths rose to 74 percent.",
     {"82 percent", "74 percent"}),
    ("energy: Brent's rise told two ways",
     "Brent crude rose 3 percent to $85 a barrel.",
     "Brent crude rose 2 percent on Tuesday.",
     {"3 percent", "2 percent"}),
    ("energy: the start of a rise told two ways",
     "Gas prices have risen 40 percent since January.",
     "Gas prices have risen 40 percent since March.",
     {"January", "March"}),
    ("agriculture: the corn harvest's fall told two ways",
     "The drought cut the corn harvest by 12 percent.",
     "The drought cut the corn harvest by 20 percent.",
     {"12 percent", "20 percent"}),
    ("food: egg prices told two ways",
     "Egg prices rose 60 percent in the year to December.",
     "Egg prices rose 12 percent in the year to December.",
     {"60 percent", "12 percent"}),
    ("housing: the median price told two ways",
     "The median home price rose to $420,000.",
     "The median home price rose to $510,000.",
     {"$420,000", "$510,000"}),
    ("housing: the affordable homes told two ways",
     "The city will build 3,000 affordable homes.",
     "The city will build 1,200 affordable homes.",
     {"3,000", "1,200"}),
    ("tech: the app's users told two ways",
     "The app has 300 million users.",
     "The app has 1.2 billion users.",
     {"300 million", "1.2 billion"}),
    ("tech: the quarter's forecast told two ways",
     "The company expects to sell 3 million phones this quarter.",
     "The company expects to sell 12 million phones this quarter.",
     {"3 million", "12 million"}),
    ("entertainment: the global box office told two ways",
     "The film took $120 million globally in its opening weekend.",
     "The film took $300 million globally in its opening weekend.",
     {"$120 million", "$300 million"}),
    ("strike: the union's demand told two ways",
     "The union wants a 12 percent pay rise.",
     "The union wants a 4 percent pay rise.",
     {"12 percent", "4 percent"}),
    ("strike: the company's offer told two ways",
     "The company has offered a 12 percent pay rise.",
     "The company has offered a 4 percent pay rise.",
     {"12 percent", "4 percent"}),
]


@pytest.mark.parametrize("title, first, second, texts", CONTROLS, ids=[case[0] for case in CONTROLS])
def test_a_real_disagreement_stays_a_conflict(title, first, second, texts):
    check_verdicts(_report(first, second), texts, {"conflict"})
