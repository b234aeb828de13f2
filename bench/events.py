"""Synthetic news events and the claim-bearing sentences articles about them are made of.

An event is a handful of facts (a date, a duration, counts, percentages, a document name). Each
fact holds sentences that state it consistently in different words ("nearly 300 delegates",
"around 300 delegates"; "up 12 per cent", "12%"; "a two-day summit", "from Monday to Tuesday")
and sentences that contradict it ("more than 400 delegates"; "from Monday to Wednesday"; "an
agreement on X" for the "Treaty on X"). The generator decides which articles contradict, so every
event plants agreements and, for some facts, conflicts across its outlets.
"""
from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass

from vocabulary import TOPIC_WORDS, Names

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve")
# Stands for the event's date in an agreeing sentence; the article fills it in, absolutely or
# relative to its own publication date ("on Tuesday"), since only the article knows that date.
WHEN = "@WHEN@"
# Stands for a date range of so many days from the event's start ("@RANGE:3@"), filled in the same
# way: weekday names only when the article is dated just after the range, as reporters write them.
RANGE = "@RANGE:{}@"
RANGE_PATTERN = re.compile(r"@RANGE:(\d+)@")


@dataclass
class Fact:
    agree: list[str]
    conflict: list[str]
    conflicted: bool = False  # whether some articles of the event contradict this fact
    dissenter: int = 0  # which article (modulo the event's dissent period) contradicts it


@dataclass
class Event:
    index: int
    kind: str
    place: str
    start: dt.date
    headline: str
    org: str
    facts: list[Fact]
    size: int  # how many articles (outlets) report it, unless the corpus is one big story


def word(number: int) -> str:
    return NUMBER_WORDS[number] if number < len(NUMBER_WORDS) else str(number)


def day_month_year(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def month_day_year(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def nice(number: float) -> int:
    """Round the way reporters do: 437 -> 440, 4,370 -> 4,400."""
    step = 10 ** max(1, len(str(int(number))) - 2)
    return max(step, int(round(number / step) * step))


def combine(templates: list[str], phrases: list[str]) -> list[str]:
    return [template.format(phrase) for template in templates for phrase in phrases]


def count_fact(templates: list[str], number: int, rng: random.Random) -> Fact:
    agree = [f"nearly {number:,}", f"around {number:,}", f"about {number:,}", f"some {number:,}", f"{number:,}"]
    # Hedges that cannot both be true: "more than 420" against "nearly 300".
    conflict = [f"more than {nice(number * rng.uniform(1.3, 1.6)):,}", f"fewer than {nice(number * rng.uniform(0.4, 0.7)):,}"]
    return Fact(combine(templates, agree), combine(templates, conflict))


def percent_fact(templates: list[str], percent: int, rng: random.Random, rise: bool = True) -> Fact:
    def phrases(value: int) -> list[str]:
        if rise:
            return [f"rose {value} per cent", f"was up {value}%", f"rose by {value}%", f"increased by {value} percent",
                    f"grew {value} per cent"]
        return [f"fell {value} per cent", f"was down {value}%", f"dropped by {value}%", f"declined by {value} percent"]
    other = percent + rng.choice((-1, 1)) * rng.randint(3, 9)
    return Fact(combine(templates, phrases(percent)), combine(templates, phrases(max(1, other))))


def date_fact(templates: list[str], day: dt.date, rng: random.Random) -> Fact:
    wrong = day + dt.timedelta(days=rng.choice((-1, 1, 2)))
    return Fact([t.format(WHEN) for t in templates],
                [t.format(f"on {form(wrong)}") for t in templates for form in (day_month_year, month_day_year)])


def share_fact(templates: list[str], percent: int, rng: random.Random) -> Fact:
    """A share, not a change: "52 per cent of the vote", "52%"."""
    agree = [f"{percent} per cent", f"{percent}%", f"{percent} percent", f"about {percent}%"]
    other = percent + rng.choice((-1, 1)) * rng.randint(4, 9)
    return Fact(combine(templates, agree), combine(templates, [f"{other} per cent", f"{other}%"]))


def year_fact(templates: list[str], year: int, rng: random.Random) -> Fact:
    return Fact(combine(templates, [str(year)]), combine(templates, [str(year + rng.choice((-3, -2, 2, 3)))]))


def month_fact(templates: list[str], day: dt.date, rng: random.Random) -> Fact:
    """A month some time before the event ("in March 2021"); the conflict names another month."""
    earlier = day - dt.timedelta(days=rng.randint(60, 900))
    other = earlier - dt.timedelta(days=rng.choice((-1, 1)) * rng.randint(45, 200))
    return Fact(combine(templates, [f"{MONTHS[earlier.month - 1]} {earlier.year}"]),
                combine(templates, [f"{MONTHS[other.month - 1]} {other.year}"]))


def name_fact(templates: list[str], doc_type: str, topic: str, other_type: str) -> Fact:
    """The same document, by its full name and in lower case; the conflict swaps its type."""
    agree = [f"the {doc_type} on {topic}", f"the {doc_type.lower()} on {topic.lower()}"]
    conflict = [f"an {other_type.lower()} on {topic.lower()}" if other_type[0] in "AEIOU" else
                f"a {other_type.lower()} on {topic.lower()}"]
    return Fact(combine(templates, agree), combine(templates, conflict))


def span_fact(noun: str, days: int, extra: list[str]) -> Fact:
    """A duration told as "a three-day X", "for three days" and "from Monday to Wednesday" (days
    inclusive); the conflict runs the range one day too long or calls it a day longer."""
    agree = [f"The {word(days)}-day {noun} drew attention far beyond the region.",
             f"The {noun} ran {RANGE.format(days)}.", *[s.format(word(days)) for s in extra]]
    conflict = [f"The {noun} ran {RANGE.format(days + 1)}.",
                f"The {word(days + 1)}-day {noun} drew attention far beyond the region."]
    return Fact(agree, conflict)


def when_phrase(day: dt.date, published: dt.date, rng: random.Random) -> str:
    """The event's date as an article published then would put it: now and then relative to its
    own date ("on Tuesday", "today"), otherwise in one of the two usual absolute forms."""
    delay = (published - day).days
    if rng.random() < 0.3 and 0 <= delay <= 6:
        return "today" if delay == 0 else f"on {WEEKDAYS[day.weekday()]}"
    return f"on {rng.choice((day_month_year, month_day_year))(day)}"


def range_phrase(start: dt.date, days: int, published: dt.date) -> str:
    """"from Monday to Wednesday" in an article dated within days of the range's end (so the
    weekdays point back to it), else "from 3 to 5 March 2025"."""
    end = start + dt.timedelta(days=days - 1)
    if days < 7 and 0 <= (published - end).days <= 5:
        return f"from {WEEKDAYS[start.weekday()]} to {WEEKDAYS[end.weekday()]}"
    if start.year != end.year:
        return f"from {day_month_year(start)} to {day_month_year(end)}"
    if start.month != end.month:
        return f"from {start.day} {MONTHS[start.month - 1]} to {day_month_year(end)}"
    return f"from {start.day} to {day_month_year(end)}"


def summit(rng: random.Random, names: Names, place: str, start: dt.date) -> tuple[str, str, list[Fact]]:
    bloc = (f"{rng.choice(('Northern', 'Coastal', 'Highland', 'Inland', 'Southern', 'Lake', 'Island'))} "
            f"{rng.choice(('States Forum', 'Partnership Council', 'Cooperation Council', 'Economic Community'))}")
    days, topic, country = rng.choice((2, 2, 3, 4)), rng.choice(TOPIC_WORDS), rng.choice(names.countries)
    facts = [
        date_fact([f"Leaders of the {bloc} opened their summit in {place} {{}}."], start, rng),
        span_fact("summit", days, [f"Heads of government met in {place} for {{}} days."]),
        count_fact(["{} delegates attended the summit, organisers said.",
                    "The summit brought together {} delegates from across the region."], nice(rng.randint(150, 900)), rng),
        count_fact([f"The {bloc} has {{}} member states."], rng.randint(6, 24), rng),
        percent_fact(["Trade between the member states {} last year, according to the secretariat."],
                     rng.randint(3, 30), rng),
        name_fact(["Leaders signed {} at the closing session.", "The summit ended with {}, signed by all members."],
                  "Treaty", topic, rng.choice(("Agreement", "Memorandum", "Declaration"))),
        month_fact([f"{country} took over the rotating chair of the {bloc} in {{}}."], start, rng),
        count_fact([f"The authorities in {place} deployed {{}} police officers around the venue."],
                   nice(rng.randint(500, 8000)), rng),
        year_fact([f"The {bloc} was founded in {{}}.", f"Since its founding in {{}}, the {bloc} has grown steadily."],
                  rng.randint(1955, 2012), rng),
    ]
    return f"{bloc} leaders gather in {place}", f"the {bloc}", facts


def disaster(rng: random.Random, names: Names, place: str, start: dt.date) -> tuple[str, str, list[Fact]]:
    hazard = rng.choice(("earthquake", "flood", "storm", "wildfire", "landslide"))
    facts = [
        date_fact([f"The {hazard} struck {place} {{}}, officials said."], start, rng),
        count_fact([f"{{}} people were killed in the {hazard}, the civil protection agency said.",
                    f"The {hazard} killed {{}} people across the province."], rng.randint(8, 400), rng),
        count_fact(["{} homes were destroyed or badly damaged.", "Rescuers counted {} homes destroyed."],
                   nice(rng.randint(200, 20000)), rng),
        span_fact("search operation", rng.randint(2, 5), ["Rescue teams searched the rubble for {} days."]),
        percent_fact(["Power supply to households {} by the end of the operation, the utility said."],
                     rng.randint(40, 95), rng),
        count_fact(["The government sent {} soldiers to help with the clean-up.",
                    f"{{}} troops were deployed to {place} to help with the clean-up."], nice(rng.randint(300, 6000)), rng),
        count_fact([f"At least {{}} people were injured in {place} and nearby villages.",
                    "Hospitals treated {} injured people."], rng.randint(30, 2000), rng),
        year_fact([f"It was the worst {hazard} to hit {place} since {{}}."], rng.randint(1900, 2010), rng),
    ]
    return f"Deadly {hazard} hits {place}", "the civil protection agency", facts


def election(rng: random.Random, names: Names, place: str, start: dt.date) -> tuple[str, str, list[Fact]]:
    party = f"{rng.choice(('Progress', 'Renewal', 'Unity', 'Liberty', 'Green', 'Citizens'))} Party"
    candidate, seats = names.person(rng), rng.choice((101, 120, 150, 200, 240))
    facts = [
        date_fact([f"Voters in {place} went to the polls {{}}."], start, rng),
        percent_fact(["Turnout {} compared with the previous vote, the electoral commission said."],
                     rng.randint(2, 15), rng, rise=rng.random() < 0.5),
        count_fact([f"The {party} won {{}} seats in the {seats}-seat assembly."], rng.randint(20, seats // 2 + 10), rng),
        count_fact(["Officials counted {} ballots by the end of election night."], nice(rng.randint(200_000, 4_000_000)), rng),
        span_fact("vote count", rng.randint(2, 4), ["Counting went on for {} days."]),
        name_fact([f"{candidate} promised to honour {{}} reached with the smaller parties."],
                  "Agreement", rng.choice(TOPIC_WORDS), "Memorandum"),
        share_fact([f"{candidate} won {{}} of the vote in the presidential race.",
                    f"{candidate} took {{}} of the ballots cast."], rng.randint(35, 65), rng),
        month_fact([f"The {party} was last in government in {{}}."], start, rng),
    ]
    return f"{party} claims victory in {place} vote", f"the {party}", facts


def company(rng: random.Random, names: Names, place: str, start: dt.date) -> tuple[str, str, list[Fact]]:
    founded = rng.randint(1950, 2010)
    firm = f"{rng.choice(names.surnames)} {rng.choice(('Industries', 'Holdings', 'Foods', 'Logistics', 'Energy', 'Motors'))}"
    facts = [
        percent_fact([f"{firm} said its revenue {{}} last year."], rng.randint(2, 40), rng),
        percent_fact([f"Net profit at {firm} {{}} last year, hurt by higher costs."], rng.randint(2, 25), rng, rise=False),
        count_fact([f"{firm} employs {{}} people, most of them in {place}.",
                    "The company has {} employees worldwide."], nice(rng.randint(800, 90_000)), rng),
        count_fact([f"{firm} plans to open {{}} new stores in the region."], rng.randint(5, 150), rng),
        Fact([f"{firm} was founded in {place} in {founded}.", f"Founded in {founded}, {firm} is a big employer in {place}."],
             [f"{firm} was founded in {place} in {founded + rng.choice((-3, -2, 2, 3))}."]),
        date_fact([f"{firm} published its annual results {{}}."], start, rng),
        name_fact([f"{firm} also signed {{}} with a rival supplier."], "Memorandum of Understanding",
                  rng.choice(TOPIC_WORDS), "Agreement"),
    ]
    return f"{firm} reports results", firm, facts


def sport(rng: random.Random, names: Names, place: str, start: dt.date) -> tuple[str, str, list[Fact]]:
    cup = f"{rng.choice(names.places)} {rng.choice(('Cup', 'Open', 'Championship', 'Trophy'))}"
    facts = [
        date_fact([f"The final of the {cup} was played in {place} {{}}."], start, rng),
        count_fact(["{} spectators watched the final.", "The stadium held {} spectators for the final."],
                   nice(rng.randint(8_000, 90_000)), rng),
        count_fact([f"{{}} teams took part in the {cup}."], rng.choice((8, 12, 16, 24, 32)), rng),
        span_fact("tournament", rng.randint(3, 5), ["The teams played for {} days."]),
        percent_fact(["Ticket sales {} on the previous edition, organisers said."], rng.randint(3, 30), rng),
        count_fact([f"{{}} goals were scored during the {cup}."], rng.randint(40, 160), rng),
        year_fact([f"The {cup} was first held in {{}}.", f"First staged in {{}}, the {cup} has outgrown its home ground."],
                  rng.randint(1920, 2005), rng),
        count_fact([f"Broadcasters said {{}} viewers watched the final in {place} and abroad."],
                   nice(rng.randint(200_000, 9_000_000)), rng),
    ]
    return f"{cup} final in {place}", f"the {cup} organisers", facts


def court(rng: random.Random, names: Names, place: str, start: dt.date) -> tuple[str, str, list[Fact]]:
    defendant, years, weeks = names.person(rng), rng.randint(3, 20), rng.randint(2, 9)
    facts = [
        date_fact([f"The court in {place} delivered its verdict {{}}."], start, rng),
        Fact([f"{defendant} was sentenced to {years} years in prison.", f"{defendant} received a {years}-year sentence."],
             [f"{defendant} was sentenced to {years + rng.randint(1, 4)} years in prison."]),
        Fact([f"The trial lasted {word(weeks)} weeks.", f"The {word(weeks)}-week trial was followed closely in {place}."],
             [f"The trial lasted {word(weeks + 2)} weeks."]),
        count_fact(["The jury heard evidence from {} witnesses.", "Prosecutors called {} witnesses."],
                   rng.randint(12, 90), rng),
        count_fact(["{} defendants stood trial alongside the former official."], rng.randint(2, 12), rng),
        month_fact([f"{defendant} was arrested in {{}} at a house outside {place}."], start, rng),
        count_fact(["Investigators examined {} bank transfers during the inquiry."], nice(rng.randint(300, 30000)), rng),
    ]
    return f"Verdict in {place} fraud trial", f"the court in {place}", facts


def launch(rng: random.Random, names: Names, place: str, start: dt.date) -> tuple[str, str, list[Fact]]:
    agency = f"{rng.choice(names.countries)} Space Agency"
    facts = [
        date_fact([f"The rocket lifted off from {place} {{}}."], start, rng),
        count_fact(["The rocket carried {} small satellites into orbit."], rng.randint(3, 60), rng),
        span_fact("test mission", rng.randint(2, 6), ["The crew will stay in orbit for {} days."]),
        percent_fact([f"The budget of the {agency} {{}} this year."], rng.randint(2, 25), rng),
        name_fact([f"The {agency} signed {{}} with its partners before the launch."], "Agreement",
                  rng.choice(TOPIC_WORDS), "Memorandum"),
        count_fact([f"{{}} engineers worked on the rocket at the {place} plant."], nice(rng.randint(200, 5000)), rng),
        year_fact([f"The {agency} was set up in {{}}."], rng.randint(1958, 2015), rng),
    ]
    return f"Rocket launch from {place}", f"the {agency}", facts


def strike(rng: random.Random, names: Names, place: str, start: dt.date) -> tuple[str, str, list[Fact]]:
    union = f"{rng.choice(('Transport', 'Teachers', 'Dockers', 'Nurses', 'Postal'))} Workers' Union"
    facts = [
        date_fact([f"The strike began in {place} {{}}."], start, rng),
        count_fact(["{} workers joined the walkout, the union said.", "The strike was joined by {} workers."],
                   nice(rng.randint(2_000, 120_000)), rng),
        span_fact("strike", rng.randint(2, 4), ["Workers stayed off the job for {} days."]),
        percent_fact(["Under the offer, wages {} over the life of the deal."], rng.randint(3, 12), rng),
        name_fact(["The union and employers signed {} to end the dispute."], "Framework Agreement",
                  rng.choice(TOPIC_WORDS), "Memorandum"),
        share_fact([f"{{}} of members of the {union} voted for the walkout."], rng.randint(55, 95), rng),
        count_fact([f"Operators cancelled {{}} trains and buses in and around {place}."], nice(rng.randint(300, 9000)), rng),
        month_fact(["Talks on a new contract broke down in {}."], start, rng),
    ]
    return f"Strike paralyses {place}", f"the {union}", facts


EVENT_KINDS = {"summit": summit, "disaster": disaster, "election": election, "company": company,
               "sport": sport, "court": court, "launch": launch, "strike": strike}
FIRST_DAY, LAST_DAY = dt.date(2018, 1, 1), dt.date(2025, 12, 31)


def make_event(index: int, seed: int, names: Names, conflict_rate: float = 0.35) -> Event:
    """Event number index of a corpus; its own random stream, so it is the same whatever N is."""
    rng = random.Random(f"{seed}:event:{index}")
    kind = rng.choice(sorted(EVENT_KINDS))
    place = rng.choice(names.places)
    start = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days))
    headline, org, facts = EVENT_KINDS[kind](rng, names, place, start)
    for fact in facts:
        fact.conflicted = bool(fact.conflict) and rng.random() < conflict_rate
        fact.dissenter = rng.randrange(10)
    return Event(index, kind, place, start, headline, org, facts, size=rng.randint(3, 8))
