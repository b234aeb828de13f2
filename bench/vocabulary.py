"""Invented names and claim-free filler paragraphs for the synthetic corpora.

Everything here is made up from syllables and word pools, so the benchmark never ships real news
text. Filler deliberately holds no numbers, number words, vague quantities ("several", "dozens")
or time words ("year", "week", weekday names): the claims of a synthetic article are exactly the
ones the event templates plant, so the corpus has a known, controlled claim density.
"""
from __future__ import annotations

import random

# Words the synthetic corpora must never contain (the project's bundled corpus is about them, and
# the benchmark must not borrow from it).
FORBIDDEN = ("azerbaijan", "china", "baku", "beijing", "belt and road")

ONSETS = ("b", "br", "c", "d", "dr", "f", "g", "gr", "h", "k", "kr", "l", "m", "n", "p", "pr",
          "r", "s", "st", "t", "tr", "v", "z", "th", "sh", "w", "qu", "gl")
VOWELS = ("a", "e", "i", "o", "u", "ai", "ea", "ou", "ie", "y")
CODAS = ("", "", "n", "r", "l", "s", "th", "m", "nd", "rk", "st", "v", "x")
PLACE_ENDINGS = ("", "ia", "or", "en", "ford", "mouth", "vale", "holm", "burg", "wick", "ton", "ara",
                 "ost", "ine", "gate")
GIVEN_NAMES = ("Ana", "Tomas", "Irena", "Kofi", "Lena", "Marek", "Sofia", "Ravi", "Elin", "Dario",
               "Nadia", "Oskar", "Priya", "Hugo", "Mira", "Jonas", "Amara", "Felix", "Yara", "Luca",
               "Ines", "Samir", "Greta", "Ola", "Victor", "Hana", "Emil", "Zora", "Paulo", "Vera")
PAPER_WORDS = ("Courier", "Herald", "Ledger", "Gazette", "Observer", "Chronicle", "Post", "Tribune",
               "Dispatch", "Sentinel", "Mirror", "Standard", "Record", "Times", "Examiner", "Journal")
TOPIC_WORDS = ("Water Security", "Coastal Fisheries", "Digital Trade", "Rail Connectivity",
               "Energy Transition", "Wildfire Response", "Cross-Border Health", "Grain Storage",
               "Border Crossings", "Seabed Mining", "Clean Shipping", "River Basin Management",
               "Research Cooperation", "Air Quality", "Mountain Tourism", "Data Protection",
               "Customs Modernisation", "Flood Defence", "Migrant Labour", "Cultural Heritage")

ACTORS = ("Officials", "Analysts", "Local residents", "Opposition figures", "Business leaders",
          "Diplomats", "Economists", "Community organisers", "Regional observers", "Senior advisers",
          "Commentators", "Union representatives", "Aid workers", "Legal scholars", "Party strategists",
          "Shopkeepers in @PLACE@", "Teachers in @PLACE@", "Veteran reporters", "Civil servants",
          "Independent monitors", "Church leaders", "Student activists", "Farmers near @PLACE@")
VERBS_SAY = ("said", "argued", "noted", "cautioned", "insisted", "suggested", "acknowledged",
             "warned", "conceded", "stressed", "observed", "pointed out", "maintained", "complained")
TOPICS = ("the outcome", "the decision", "the response", "the plan", "the announcement",
          "the arrangement", "the proposal", "the settlement", "the new framework", "the compromise",
          "the reform package", "the strategy", "the handling of the crisis", "the negotiations",
          "the official account", "the preliminary findings", "the schedule", "the investment drive")
OUTCOMES = ("would test the patience of ordinary families", "could reshape the balance of power in @PLACE@",
            "left important questions unanswered", "was broadly welcomed by neighbouring governments",
            "had been shaped by intense lobbying behind closed doors", "might not survive a change of government",
            "reflected a cautious mood among investors", "owed much to quiet diplomacy",
            "was unlikely to settle the underlying dispute", "marked a shift in tone from @ORG@",
            "would need careful monitoring by independent bodies", "exposed deep divisions inside @ORG@",
            "could be undone by a single court ruling", "was more ambitious than many had expected",
            "depended heavily on the goodwill of regional partners", "had been rushed through without consultation",
            "offered a rare moment of consensus", "put fresh pressure on local budgets")
QUALITIES = ("detail", "ambition", "clarity", "credibility", "funding", "public support", "urgency",
             "transparency", "a clear timetable", "enforcement powers", "political backing")
CONCERNS = ("rising living costs", "crumbling infrastructure", "fragile public finances",
            "long queues at public offices", "shortages of skilled workers", "the state of rural roads",
            "unequal access to health care", "the cost of borrowing", "pressure on housing",
            "the pace of digital change", "coastal erosion", "slow court procedures", "patchy internet access")
PLACES_INSIDE = ("the old market hall", "the riverside promenade", "the main square", "a crowded café",
                 "the central station", "a harbour-front bar", "a community centre", "the university campus",
                 "the town hall foyer", "a packed press room", "the cathedral quarter", "a roadside canteen")
MOODS = ("quiet optimism", "weary scepticism", "open frustration", "cautious relief", "guarded hope",
         "deep unease", "unexpected enthusiasm", "polite indifference", "lingering anger")

SENTENCE_TEMPLATES = (
    "{actor} {say} that {topic} {outcome}.",
    "{actor} {say} that {topic} lacked {quality}, pointing to {concern}.",
    "In {inside}, the mood was one of {mood} as people discussed {topic}.",
    "Speaking in {inside}, a spokesperson for @ORG@ {say} that {topic} {outcome}.",
    "Not everyone was convinced: {actor_lower} {say} that {topic} {outcome}.",
    "The debate over {topic} has been overshadowed by {concern}.",
    "Critics of @ORG@ {say} that {concern} deserved more attention than {topic}.",
    "Supporters {say} that {topic} {outcome}, while sceptics {say2} that it lacked {quality}.",
    "For residents of @PLACE@, {concern} remains the more pressing issue.",
    "{actor} in {inside} described a mood of {mood}.",
    "Much will depend on whether @ORG@ can show {quality} in the coming period.",
    "Observers expect {topic} to come under scrutiny once attention turns to {concern}.",
)


def invent_word(rng: random.Random, syllables: int) -> str:
    word = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables))
    return word.capitalize()


def is_clean(text: str) -> bool:
    lowered = text.lower()
    return not any(word in lowered for word in FORBIDDEN)


def invent_names(rng: random.Random, count: int, make) -> list[str]:
    """count distinct invented names; any that happens to spell a forbidden word is skipped."""
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < count:
        name = make(rng)
        if name not in seen and is_clean(name):
            seen.add(name)
            names.append(name)
    return names


def place_name(rng: random.Random) -> str:
    return invent_word(rng, rng.choice((1, 2, 2))) + rng.choice(PLACE_ENDINGS)


def surname(rng: random.Random) -> str:
    return invent_word(rng, 2) + rng.choice(("", "", "ic", "son", "er", "i", "ova"))


class Names:
    """Pools of invented places, people and outlets, built once per seed."""

    def __init__(self, rng: random.Random) -> None:
        self.places = invent_names(rng, 600, place_name)
        self.countries = [p + "ia" if not p.endswith("ia") else p for p in invent_names(rng, 120, place_name)]
        self.surnames = invent_names(rng, 800, surname)
        self.outlets = invent_names(rng, 240, self._outlet)
        self.agencies = invent_names(rng, 24, lambda r: invent_word(r, 2).upper() + r.choice((" NEWS", " WIRE", "PRESS")))

    def person(self, rng: random.Random) -> str:
        return f"{rng.choice(GIVEN_NAMES)} {rng.choice(self.surnames)}"

    def _outlet(self, rng: random.Random) -> str:
        place = place_name(rng)
        return rng.choice((f"The {place} {rng.choice(PAPER_WORDS)}", f"{place} Daily", f"{place} Online",
                           f"The {rng.choice(PAPER_WORDS)} of {place}", f"{place} Public Radio"))


def filler_paragraphs(rng: random.Random, count: int) -> list[str]:
    """count paragraphs of three to six sentences; @PLACE@ and @ORG@ are filled per article."""
    return [" ".join(_filler_sentence(rng) for _ in range(rng.randint(3, 6))) for _ in range(count)]


def _filler_sentence(rng: random.Random) -> str:
    actor = rng.choice(ACTORS)
    return rng.choice(SENTENCE_TEMPLATES).format(
        actor=actor, actor_lower=actor[0].lower() + actor[1:], say=rng.choice(VERBS_SAY),
        say2=rng.choice(VERBS_SAY), topic=rng.choice(TOPICS), outcome=rng.choice(OUTCOMES),
        quality=rng.choice(QUALITIES), concern=rng.choice(CONCERNS), inside=rng.choice(PLACES_INSIDE),
        mood=rng.choice(MOODS))
