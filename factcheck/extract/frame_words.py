"""The vocabulary claim frames are read with, as data: plain English news words, nothing of any
particular story. frames.py reads a figure's clause with these tables."""
from __future__ import annotations

import re

from ..text import SMALL_NUMBER_WORDS

NUMBER_WORDS = frozenset(SMALL_NUMBER_WORDS) | {"dozen", "thousand", "million", "billion", "zero", "none"}
TOKEN = re.compile(r"[A-Za-z][\w'’-]*\w|[A-Za-z]|\d[\d,.]*")

# Canonical events: words (lemmas) that say the same happened. Anything else keeps its own lemma.
EVENT_SYNONYMS = {
    "die": "die", "dead": "die", "death": "die", "kill": "die", "fatality": "die", "perish": "die",
    "toll": "die", "killed": "die", "dies": "die", "died": "die", "deaths": "die", "body": "die", "bodies": "die",
    "injure": "injure", "wound": "injure", "hurt": "injure", "injury": "injure", "injured": "injure",
    "wounded": "injure", "casualty": "injure",
    "arrest": "arrest", "detain": "arrest", "detention": "arrest", "apprehend": "arrest", "arrested": "arrest",
    "evacuate": "evacuate", "evacuation": "evacuate", "evacuee": "evacuate",
    "rescue": "rescue", "save": "rescue",
    # A headline's "Police free 31 hostages" is the body's "were freed" or "released".
    "free": "free", "release": "free",
    "missing": "missing", "disappear": "missing",
    "hire": "hire", "employ": "hire", "recruit": "hire", "sack": "fire", "lay": "fire", "layoff": "fire",
    "slash": "cut", "eliminate": "cut", "shed": "cut", "cut": "cut", "shut": "close",
    "rise": "rise", "increase": "rise", "grow": "rise", "growth": "rise", "climb": "rise", "jump": "rise",
    "surge": "rise", "gain": "rise", "soar": "rise", "rose": "rise", "up": "rise",
    "fall": "fall", "decline": "fall", "decrease": "fall", "slide": "fall", "shrink": "fall",
    "plunge": "fall", "tumble": "fall", "slump": "fall",
    "vote": "vote", "ballot": "vote", "turnout": "turnout",
    "win": "win", "won": "win", "victory": "win", "beat": "win", "defeat": "win",
    "lose": "lose", "lost": "lose", "loss": "lose",
    "score": "score", "scored": "score",
    "sign": "sign", "signing": "sign", "ink": "sign",
    "buy": "buy", "acquire": "buy", "acquisition": "buy", "purchase": "buy", "bought": "buy",
    "sell": "sell", "sold": "sell", "sale": "sell",
    "charge": "charge", "indict": "charge", "accuse": "charge",
    "sentence": "sentence", "jail": "sentence", "imprison": "sentence",
    "shoot": "shoot", "shot": "shoot", "gunfire": "shoot",
    "seize": "seize", "confiscate": "seize", "recover": "seize",
    "destroy": "destroy", "damage": "damage", "burn": "destroy", "flatten": "destroy", "collapse": "destroy",
    "displace": "displace", "homeless": "displace",
    "affect": "affect", "strand": "strand",
    "begin": "establish", "began": "establish", "begun": "establish", "start": "establish", "establish": "establish",
    "founded": "establish",
    "talks": "meet", "talk": "meet", "meeting": "meet", "meet": "meet", "negotiation": "meet", "negotiations": "meet",
    "summit": "meet", "visit": "visit", "trip": "visit", "tour": "visit",
    "miss": "miss", "sideline": "miss",
    "spend": "spend", "pay": "pay", "repay": "repay", "cost": "cost", "raise": "raise", "invest": "invest",
    "earn": "earn", "revenue": "revenue", "revenues": "revenue", "sales": "revenue", "profit": "profit",
    "profits": "profit", "left": "leave",
    # A tally told as kept or as checked: "recorded 40 cases of measles" / "confirmed 12 cases"
    "confirm": "record",
}
# Irregular past forms the lemmatiser reads but the -ed test misses: "stole 300 cars", "dug out 7".
IRREGULAR_VERBS = frozenset(
    """stole stolen swept dug fled threw thrown flung hung sank sunk drove driven rode ridden stricken bit bitten
    blew blown tore torn froze frozen hid hidden wove woven forgave forgiven overran overrun overtook overtaken
    withdrew withdrawn undertook sought fought bought brought caught taught spent lent sent bent built dealt
    slew slain swam swum sprang sprung struck stuck stung hurt beat beaten shot""".split()
)
# Verbs that carry no event of their own: the figure's event is elsewhere (or nowhere).
LIGHT_VERBS = frozenset(
    """be is are was were been being am have has had having do does did get got gets make made makes
    take took give gave say said says tell told include including included includes show showed
    shows see saw seen come came go went put become became remain remained stand stood total
    totalled totaled number numbered reach reached involve involved contain contained hold held
    according compared estimated expected reported believed thought feared known set""".split()
)
# Adverbs and auxiliaries skipped between a figure's noun and its verb ("12 people were reportedly killed").
SKIPPABLE = frozenset(
    """were was have has had been are is be being reportedly also later all now so far both allegedly
    then still confirmed officially initially only just already apparently believed feared thought
    said known yet remain remains remained""".split()
)
# Words that open a new clause part: a verb after one of these is not the figure's own.
CLAUSE_OPENERS = frozenset("who which that when while after before because as if since where whose".split())

# Scope: words that say which part of a total a figure is, and the label each gives.
SCOPE_CUES = (
    (re.compile(r"\b(?:a total of|in all|in total|altogether|all told|overall|total|cumulative|combined)\b", re.I), "total"),
    (re.compile(r"\b(?:so far|to date|thus far|until now|as of)\b", re.I), "so far"),
    (re.compile(r"\b(?:of (?:which|whom|them|those|these)|among (?:them|those|whom)|including)\b[^,;]*$", re.I), "part"),
    # "a career-high 287 yards" is one game's figure, the best of a career, not the career's total.
    (re.compile(r"\bcareer\b(?![-\s](?:highs?|bests?|lows?|worsts?)\b)", re.I), "career"),
    (re.compile(r"\bseason\b(?![-\s](?:highs?|bests?|lows?|worsts?|openers?|finales?)\b)", re.I), "season"),
    (re.compile(r"\b(?:per|an?|each|every) (?:day|week|month|year|game|match|night|hour|capita|person|head)\b(?!\s+(?:earlier|ago|before|later|after|on))|"
                r"\bdaily\b|\bannual(?:ly)?\b|\bweekly\b|\bmonthly\b|\byearly\b|\bquarterly\b|\bnightly\b|\bhourly\b", re.I), "rate"),
    (re.compile(r"\b(?:on )?average\b|\baverag(?:ed|ing)\b|\bmedian\b", re.I), "average"),
    # One play's length ("ran 40 yards for the touchdown", "returned a kick 95 yards") is not a game's
    # total. Read around the figure itself ("\0" marks it): another figure of the clause is not a play's.
    (re.compile(r"\0\S+\s+(?:yards?|metres?|meters?)\s+for\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+)?(?:touchdown|score|TD|goal|try)\b|"
                r"\b(?:returned|ran back)\s+(?:a|an|the|his|her)\s+(?:\w+\s+)?(?:kick|kickoff|punt|fumble|interception|pick)\s+\0|"
                # A drive's length ("went 68 yards in 11 plays") is a stretch of plays, not the game's yards.
                r"\0\S+\s+(?:yards?|metres?|meters?)\s+(?:in|on)\s+\S+\s+plays\b", re.I), "play"),
    (re.compile(r"\b(?:more|another|additional|further|extra|other)\s*$|^\S+\s+(?:more|other|additional|further|extra)\b", re.I), "more"),
    # "with 10 games to go", "three laps still to run": what is left, not what was played.
    (re.compile(r"\b(?:remaining|left|still|remains?)\b|\b(?:games|matches|fixtures|races|rounds|holes|laps|stages|"
                r"minutes|seconds)\s+(?:still\s+)?to\s+(?:go|play|run)\b", re.I), "remaining"),
    (re.compile(r"\b(?:last|past|previous|first|final|next) (?:\w+ )?(?:games?|matches|days|weeks|months|years|seasons)\b|"
                # "8 points in the first 5 1/2 minutes": a stretch of a game, told by its clock
                r"\bin the (?:first|last|final|opening|closing)\s+(?:[\w½¼¾/.-]+\s+){0,2}(?:minutes|seconds)\b", re.I), "period"),
    # "in the game" alone is the whole game ("413 yards in the game"); "of the game", "the game's",
    # "late in the game", "at that point in the game" are a stretch's ("the first six minutes of
    # the game"), "in the third game" one of a series and "in that game" another than the story's.
    (re.compile(r"\b(?:during|in|of) (?:the|a|that|this) (?:\w+ )?(?:round|half|quarter|period|inning|set|run|stage)\b|"
                r"\b(?:during|in|of) (?:the|a|that|this) \w+ (?:game|match|bout|race)\b|\bof (?:the|a|that|this) (?:game|match|bout|race)\b|"
                r"\b(?:the|a|that|this) (?:game|match|bout|race)['’]s\b|"
                r"\b(?:late|early|later|earlier|midway|point|stage|time|moment)\s+(?:in|of|into)\s+(?:the|a|that|this)\s+(?:game|match|bout|race)\b|"
                r"\bin that (?:game|match|bout|race)\b|"
                # Another occasion than the story's: "in his previous start", "in an earlier study".
                r"\b(?:in|during|from|at|for)\s+(?:an?|the|his|her|their|its)\s+(?:earlier|previous|prior|separate)\s+\w+|"
                # "five points during a 15-2 run": a scoring run is a stretch of the game
                r"\b(?:during|in|on|of) (?:the|a|an|that|this) (?:\w+ )?\d+-\d+ (?:run|spurt|burst)\b|"
                r"\b(?:at|by) (?:the )?(?:half|halftime|half-time|interval|intermission|break)\b",
                re.I), "period"),
    # The new level told first, whatever the verb: "lifted its rate to 42.5 per cent from 37.5 per cent".
    (re.compile(r"\bto\s+[$€£]?\s?\d[\d.,]*\s*(?:%|per\s*cent|percent|percentage\s+points?|points?|[mb]n|million|billion)?"
                r"\s+from\s*$", re.I), "base"),
    (re.compile(r"\b(?:compared\s+(?:with|to)|(?:up|down|rising|falling|rose|fell|grew|increased|decreased|dropped|climbed|jumped|declined|slipped|rise|fall|grow|increase|drop|climb|risen|fallen|grown)\s+from|versus|vs\.?)\s*$|"
                r"\b(?:rose|fell|grew|increased|decreased|dropped|climbed|jumped|declined|slipped|eased|narrowed|widened|slowed|"
                r"edged|rebounded|accelerated)\b[^,;]{0,30}\bfrom\s*$|"
                # the earlier figure named first: "down from annual growth of 3.6 percent", "up from a low of 40,000"
                r"\b(?:up|down)\s+from\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){1,3}?(?:of|at)\s*$", re.I), "base"),
    # "a franchise-record 64 points" is the figure itself, the new record; "the record of 63" is the old one.
    (re.compile(r"\b(?:limit(?:s|ed)?|threshold|caps?|capped|target|goal|maximum|minimum)\b(?:\s+\w+){0,3}\s*$|"
                r"\brecord\b(?:\s+\w+){1,3}\s*$", re.I), "limit"),
    # "needed nine points to pass Ford": what was still to get, neither what was scored nor the
    # record it would pass ("broke the record with 30 points").
    (re.compile(r"\bneed(?:s|ed|ing)?\b(?:\s+\w+){0,3}\s*$", re.I), "need"),
    # What was predicted, sought or proposed is not what happened: "Polls had predicted the party
    # would win 20 seats" / "won 12 seats"; "Prosecutors asked for a sentence of 20 years" /
    # "was sentenced to 12 years"; what is expected or aimed at. Two forecasts still meet each other.
    (re.compile(r"\b(?:predict(?:s|ed|ing|ions?)?|forecasts?|forecasting|projected|projections?|"
                r"(?:ask|call)(?:s|ed|ing)? for|seek(?:s|ing)?|sought|demand(?:s|ed|ing)?|propos(?:es|ed|ing|als?)|"
                r"recommend(?:s|ed|ing)?|request(?:s|ed|ing)?|rumou?r(?:s|ed)?|unconfirmed reports?|"
                # what someone expects or aims at: "expects to sell 12 million phones", "Officials expect 40,000
                # arrivals", "Analysts had expected revenue of $14 billion"; not "as expected" or "than expected"
                r"expect(?:s|ing)?|(?<!as[\s-])(?<!than[\s-])expected|aim(?:s|ed|ing)? to|hop(?:e|es|ed|ing) to)\b(?:\s+[\w'’]+){0,6}\s*$",
                re.I), "forecast"),
    # A margin is a difference, not a total: "12 points clear at the top", "three points behind",
    # "beat Will Jones by 3,000 votes" (read around the figure itself, "\0" marks it).
    (re.compile(r"\0\S+\s+(?:[\w-]+\s+)?(?:clear|ahead|behind|adrift|short|shy)\b|"
                r"\b(?:beat|beats|beaten|defeated|won|wins|lost|loses|leads?|led|leading|trail(?:s|ed|ing)?|edged|edges)\b"
                r"[^,;\0]{0,40}\bby\s+(?:(?:just|only|nearly|almost|about|around|some|more than|over)\s+)?\0(?!\S+\s+(?:\w+\s+)?to\s+\w)|"
                # "the gap was 31 points", "a deficit of 12 points", "cut the lead to 12 points" (a noun's
                # lead: "could lead to 40 deaths" is no margin)
                r"(?:\b(?:gap|deficit|margin)|\b(?:the|their|his|her|its|our|a|an|\w+['’]s)\s+(?:[\w-]+\s+)?lead)\s+(?:(?:was|is|had been|has been|stood at|of|to|down to|up to|at)\s+)"
                r"(?:(?:just|only|nearly|almost|about|around|some|more than|over)\s+)?\0", re.I), "margin"),  # not a score: "by 3 goals to 1"
    # A quarter's growth told at its yearly pace: "grew at an annual rate of 2 percent" is not "grew 0.5 percent".
    (re.compile(r"\bannual(?:i[sz]ed)?(?:\s+(?:rate|pace)\s+of)?\s*$", re.I), "annualised"),
    # "the first visit by a president in 12 years", "the worst floods in 50 years": the time since
    # the last such event, not how long this one lasted ("a three-day visit").
    (re.compile(r"\b(?:first|last|only|record|most|least|highest|lowest|worst|best|biggest|largest|smallest|deadliest|"
                r"strongest|heaviest|hottest|coldest|wettest|driest|longest|shortest|fastest|slowest)\b[^,;.]{0,40}?"
                r"\bin(?:\s+(?:more than|over|nearly|almost|about|around|at least|roughly|some))?\s*$", re.I), "gap"),
)
# Nouns that count nothing in particular without an event: "12 people" says little, "12 people killed" a lot.
GENERIC_THINGS = frozenset(
    """people person persons men man women woman children child others times points games matches years days
    weeks months hours minutes members residents officials workers things cases units items ones amount
    touchdowns goals assists rebounds passes carries catches receptions drives possessions shots plays runs hits
    innings wins losses games seasons punches kos rounds laps saves tackles sacks yards""".split()
)
# Words that make a holder an organisation ("the Interior Department", "Acme Corp"), not a place:
# an organisation's figure and a figure told without a holder are one figure told two ways, where
# a place's may be a part of the whole ("10 houses in Tarnvik" of "40 houses").
ORGANISATION_WORDS = frozenset("""department ministry agency commission committee council service services police
    company corporation corp inc ltd plc group bank university college court board authority office
    administration government army navy forces party union association federation institute foundation
    hospital bureau agencies""".split())
# Time zones a page stamps its times with ("5:14 a.m. EDT"): capitals, but no one's name.
TIME_ZONES = frozenset("""GMT UTC BST IST CET CEST EET EEST WET WEST MSK EST EDT CST CDT MST MDT PST PDT AKST AKDT HST
    AST ADT NST NDT JST KST HKT SGT AEST AEDT ACST AWST NZST NZDT WIB WITA WIT PKT ICT PHT""".split())
# Common nouns news sets in capitals: "The IPO raised $2 billion" names no holder, as "The listing"
# would not.
COMMON_ACRONYMS = frozenset("""IPO IPOS GDP CEO CFO COO CTO CPI PPI AGM ETF VAT ATM GPS DNA ICU ER SUV SUVS TV AI EV EVS
    CCTV IVF MRI PM AM""".split())
# Words in capitals that are never a name: time zones and common nouns' initials.
INITIALS = TIME_ZONES | COMMON_ACRONYMS
COMMON_CAPITALISED = frozenset(
    """The A An In On At For But And Or Of To As By With From This That These Those It Its He She They We His
    Her Their Our After Before During When While Since Until If Although Though However Meanwhile Also Still
    Yet So Then There Here What Which Who How Why Mr Mrs Ms Dr Prof Sir President Prime Minister Police
    January February March April May June July August September October November December Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday According Some About Around Nearly Almost More Over Only Just
    Both All Each Every Another Other Most Many Several I You Officials Authorities Reports Report Last Next
    Earlier Later Today Yesterday Tomorrow Tonight Now Since Despite Among Under Following Read Photo Video Across
    Against Along Amid Behind Beyond Inside Outside Throughout Without Within Once Overall Instead Again Already
    Altogether Perhaps Indeed Even Ahead Together Then Thus""".split()
)

# Places a figure may be told of where no name says it: "two landed on the outskirts", "one on a market".
# A quarter of a country told in small letters: "north", "southern", "north-east", "northeastern".
COMPASS_QUARTER = r"(?:north|south|east|west)(?:ern)?(?:-?(?:east|west)(?:ern)?)?"
PLACE_NOUNS = frozenset("""camp market school airstrip airport airfield hospital outskirts village town city district
    province region area street road bridge building house church mosque temple station border coast river field
    square prison base port harbour harbor mall stadium hotel office embassy factory plant mine farm""".split())

# Words that make another place or body of a name: "Central Varsk" is not "Varsk".
DISTINCT_WORDS = frozenset("""north south east west northern southern eastern western central upper lower greater new
    old little great""".split())

STATISTICS = frozenset("""touchdowns goals assists rebounds boards passes carries catches receptions drives possessions shots
    plays runs hits innings wins losses punches kos knockouts laps saves tackles sacks yards points blocks steals
    turnovers interceptions completions attempts strikeouts homers fouls aces winners wickets birdies bogeys""".split())

# A party's or candidate's tally: whose it is says which figure it is ("the Liberals would have 92
# seats"), and winning it is told in many verbs ("won", "took", "received", "secured" 12,400 votes).
HELD_TALLIES = frozenset("seats votes".split())
TALLY_VERBS = frozenset("win receive take secure capture garner poll collect obtain vote".split())

# Buildings a disaster lost, buried or swept away are the ones it destroyed ("46 homes were lost",
# "the landslide buried 27 houses", "sweeping away 57 houses"): one fact, told in several verbs.
BUILDINGS = frozenset("homes houses buildings dwellings residences structures cabins".split())
BUILDINGS_GONE = frozenset("lose bury".split())
SWEPT_AWAY = re.compile(r"\b(?:swe(?:pt|ep|eps|eping)|wash(?:ed|es|ing)?)\s+away\s+(?:(?:about|some|nearly|almost|more than|over|at least)\s+)?$", re.I)
# A vessel's or a hall's allowed load, told by whoever allowed it: "certified for 150 passengers",
# "licensed to carry 303 passengers", "approved to hold 500 people" are one limit (not "certified 12 nurses").
ALLOWED_LOAD = re.compile(r"\b(?:certified|licensed|authori[sz]ed|approved|permitted|rated|cleared)\s+(?:for|to\s+(?:carry|hold|seat|take))\s+"
                          r"(?:(?:up\s+to|a\s+maximum\s+of|about|some|only|just)\s+)?$", re.I)
# The people a trial or study took in, whatever the verb ("The trial involved 14,200 patients", "was
# tested in 28,403 patients", "a study of 196 patients", "enrolled 812 patients"); not another trial's
# ("a separate study of 500 patients", "an earlier trial involved 600").
ENROLLED = re.compile(r"(?<!another )(?<!separate )(?<!earlier )(?<!previous )(?<!prior )(?<!older )(?<!second )(?<!different )"
                      r"\b(?:trial|study)\s+(?:\w+\s+){0,1}(?:involved|involving|enrolled|enrolling|included|including|recruited|of)\s+"
                      r"(?:(?:about|some|more\s+than|nearly|almost|over)\s+)?$|\btested\s+(?:on|in)\s+(?:(?:about|some|more\s+than|nearly|almost|over)\s+)?$", re.I)
# A verdict told as "found guilty" is a conviction ("found guilty of 23 counts" / "convicted on 49 counts"),
# also when a date comes between ("was found guilty on February 20 of 23 counts"); a plea is not.
FOUND_GUILTY = re.compile(r"\bfound\s+(?:(?:him|her|them)\s+)?guilty\b[^,;.]{0,40}$", re.I)

# Paying back what was taken is repaying it: the phrasal verb right before the figure.
PAID_BACK = re.compile(r"\b(?:pay|pays|paid|paying)\s+back\s+(?:(?:about|some|nearly|almost|more than|over)\s+)?$", re.I)

# Spans of a person's time ("spent 19 seasons", "served seven years") belong to someone, as statistics do.
PERSONAL_SPANS = frozenset("seasons years games matches times months weeks days hours minutes terms".split())

# A place's visitors, whatever the verb: "welcomed a record 9.2 million visitors" / "received 8.9 million
# people" / "drew 9 million tourists" / "9.2 million people visited" (the event `visit`). "people" only
# where the sentence or the one before speaks of visits or visitors ("the most visited museum").
VISITOR_VERBS = frozenset("welcome receive attract draw host greet visit".split())
VISITOR_THINGS = frozenset("visitors tourists guests people".split())
VISIT_TALK = re.compile(r"\b(?:visit(?:s|ed|ing|ors?)?|tourists?|attendance|footfall)\b", re.I)
# A price's new peak, whatever the verb: "rose to a record $2,789.92" / "touched a new high of $2,798.92" /
# "hit an all-time high of" (the event `peak`, the figure itself and not an old record it passed).
PEAK = re.compile(r"\b(?:rose|rising|rises|climbed|climbing|jumped|soared|surged|rallied|advanced|hit|hits|hitting|"
                  r"touched|touching|reached|reaching|struck|set|notched|scaled)\s+(?:to\s+)?(?:an?|its|their)\s+"
                  r"(?:(?:new|fresh)\s+)?(?:(?:record|all-time|lifetime)(?:\s+(?:high|peak))?|high|peak)(?:\s+of)?\s+"
                  r"(?:(?:about|nearly|almost|over|around|some)\s+)?$", re.I)
# The people an arrest took, whatever the noun: "arrested 12 people" / "Twenty-one suspects have been arrested".
ARREST_EVENTS = frozenset("arrest detain".split())
ARRESTED_PEOPLE = frozenset("people persons suspects individuals".split())
# A family left behind is the family that survives (an obituary's "She leaves three children, nine
# grandchildren" / "is survived by three children and seven grandchildren"): the sentence opens with
# a pronoun or a name, then "leaves" or "left behind" and only a list up to the figure, and a family
# noun ("The storm leaves 30 children without teachers" is no obituary).
FAMILY_NOUNS = frozenset("""children grandchildren great-grandchildren great-great-grandchildren sons daughters brothers
    sisters siblings stepchildren grandsons granddaughters""".split())
LEAVES_FAMILY = re.compile(r"\W*(?:She|He|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s+(?:leaves(?:\s+behind)?|left\s+behind)\s+"
                           r"(?:(?:[\w'’-]+\s+){0,4}?[\w'’-]+(?:,\s+(?:and\s+)?|\s+and\s+))*"
                           r"(?:(?:about|some|nearly|almost|more\s+than)\s+)?$")
# A state told after the family noun makes "leaves" a storm's or a cut's ("leaves 300 children without schools").
LEFT_IN_STATE = re.compile(r"[^.;:,]{0,40}?\b(?:without|homeless|dead|stranded|injured|hurt|orphaned|fatherless|motherless|"
                           r"hungry|unable|out\s+of|in\s+need)\b", re.I)
# Customers a business gained, whatever the verb: "added 19 million paid subscribers" / "signed up 16
# million new subscribers" / "picked up 2 million users" (the event `add`; "new" says nothing more).
SIGNED_UP = re.compile(r"\b(?:sign(?:s|ed|ing)?\s+up|pick(?:s|ed|ing)?\s+up|add(?:s|ed|ing)?|gain(?:s|ed|ing)?|"
                       r"(?:a|an)\s+(?:net\s+)?(?:addition|gain)\s+of)\s+(?:(?:about|some|nearly|almost|more\s+than|over|a\s+record|"
                       r"a\s+net|roughly|around)\s+)*$", re.I)
CUSTOMER_NOUNS = frozenset("subscribers customers members users subscriptions accounts".split())
# People a disruption reached, whatever the verb: "affecting 70,000 passengers" / "hitting 70,000
# passengers" / "disrupting 9,000 travellers" (the event `affect`). Only people: "hit 12 homes" may be
# damage, "hit 30 points" a score.
AFFECTED_PEOPLE = frozenset("passengers travellers travelers customers commuters holidaymakers households".split())
AFFECT_VERBS = frozenset("hit disrupt".split())
