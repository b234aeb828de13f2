"""A figure told of a holder in one article and of no one in another may still be the holder's: "Acme
raises $1.4 billion" / "The company raised $1.2 billion", when each article is about Acme.

compare.py keeps a named figure from an unnamed one (a place's part is no whole: "12 died in Tarnvik"
/ "40 died"; a player's points are not the team's). Here they meet only when everything the articles
say makes the holder one:
- the holder is each article's main actor: the name it uses most (its story terms, stories.py), or
  the words of the holder's name, when they share the lead;
- the named figure's holder is the subject of its own sentence, and is not told as a place;
- the unnamed figure's sentence opens with that holder, or its sentence or the figure's own clause
  with a word that stands for the article's main actor ("it", "he", "the company", "its shares"),
  naming no one else before the figure; and it tells no whole ("nationwide", "the industry", "in
  all") the holder's figure could be a part of.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from ..extract.frame_words import COMMON_CAPITALISED
from ..extract.holders import holder_is_place, same_holder
from ..extract.lemmas import is_known
from ..models import ClaimBase

# "TOKYO, Sept 15 (Meridian) - ": a dateline names where the story was filed, not who it is about.
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+(?:,[^-–—:]{0,40}?)?\s*(?:\([^)]{1,40}\)\s*)?[-–—:]\s+")
# How often an article must name its main actor.
MIN_ACTOR_MENTIONS = 2
_QUOTES = "\"'“”‘’ "
# A subject told through its shares: "Shares of Orvane rose 5%" is Orvane's news.
_SHARES_OF = re.compile(r"^(?:the\s+)?(?:shares|stock)\s+(?:of|in)\s+", re.I)
_WORD = re.compile(r"[A-Za-z][\w'’&.-]*|\d[\d,.]*|[,;:()–—]")
# Words that end the subject's zone: a clause or phrase begins (the name after them is no subject).
_ZONE_END = frozenset("""of in at on for from by with to against after before behind than as over under into
    without near across while when who which that said says say told tells and or but""".split())
_ZONE_WORDS = 6
_THE = re.compile(r"^(?:the|a|an)\s+", re.I)

# Words an article uses for its main actor once it has named it.
_PRONOUNS = frozenset({"it", "he", "she"})
_POSSESSIVES = frozenset({"its", "his", "her"})
# Bodies only: "the striker" in an article about a club may be any of its players ("he" and "she"
# stand for a person named as the main actor).
_ACTOR_NOUNS = frozenset("""company firm group carmaker automaker airline carrier club council bank lender retailer
    chain brewer maker manufacturer insurer miner producer studio network startup giant operator utility
    conglomerate supermarket grocer broadcaster publisher developer builder film movie""".split())
_OWN_NOUNS = frozenset("shares stock profit profits revenue revenues sales".split())
_CLAUSE_ACTOR = re.compile(r"\b(?:it|he|she|the\s+(?:[a-z-]+\s+)?(?:%s))\s" % "|".join(sorted(_ACTOR_NOUNS)), re.I)
# Words that open another noun phrase or clause between a clause's actor and its figure.
_NOT_VERB = frozenset("""the a an its their his her our some many other rival rivals said says told say according
    that which who and or but while as of""".split())
_VERB_WORDS = 4
# Words that join another clause, with a subject of its own, before the figure.
_JOINED = re.compile(r"\b(?:and|but|while|whereas|as|rivals?|others?)\b|;", re.I)
# A whole a holder's figure may be part of: the holder's figure is not the industry's or the nation's.
_WHOLE = re.compile(r"\b(?:nationwide|nationally|worldwide|globally|industry|sector|market|across|in all|altogether|"
                    r"overall|combined|a total of|in total|together|country|countries|region|all)\b", re.I)


def main_actors(terms: Mapping[str, Mapping[str, int]]) -> dict[str, frozenset[str]]:
    """Each source's main actor: the names its story terms (stories.py: the names an article uses
    most) hold most often, at least MIN_ACTOR_MENTIONS times. Two names that share the lead are one
    actor only when one holder's name holds both ("Copper" and "Finch"): one_actor checks."""
    actors = {}
    for source, counts in terms.items():
        top = max((count for term, count in counts.items() if term[:1].isalpha()), default=0)
        if top >= MIN_ACTOR_MENTIONS:
            actors[source] = frozenset(term for term, count in counts.items() if count == top and term[:1].isalpha())
    return actors


def _zone(sentence: str) -> list[str]:
    """The words a sentence opens with, up to where a phrase or clause begins: where its subject is."""
    text = _SHARES_OF.sub("", _DATELINE.sub("", sentence.strip(_QUOTES)).lstrip(_QUOTES))
    words = []
    for word in _WORD.findall(text)[:_ZONE_WORDS]:
        if word.lower() in _ZONE_END or not word[0].isalpha():
            break
        words.append(word)
    return words


def _names(words: list[str]) -> list[str]:
    """The runs of capitalised words among ``words`` (a sentence's first word may be a common noun
    capitalised: "Software maker Pellam" names Pellam)."""
    runs, run = [], []
    for place, word in enumerate(words + [""]):
        if word[:1].isupper() and not (word in COMMON_CAPITALISED and not run):
            run.append(re.sub(r"['’]s$", "", word))
            continue
        if run:
            runs.append((place - len(run), " ".join(run)))
        run = []
    if len(runs) > 1 and runs[0][0] == 0:
        runs = runs[1:]
    return [name for _place, name in runs]


def leads_with(sentence: str, holder: str) -> bool:
    """Whether a sentence's subject is the holder: "Honda recalls ...", "TOKYO (Wire) - Honda Motor is
    recalling ...", "French luxury group Kering said ...", "Spotify's shares gained ..."."""
    names = _names(_zone(sentence))
    return bool(names) and same_holder(_THE.sub("", names[0]), holder)


def _stands_for_actor(sentence: str, figure_at: int, holder: str) -> bool:
    """"It raised ...", "The company said ...", "Its shares rose ...": the sentence opens with a word
    for the main actor and names no one before the figure; or the figure's own clause does ("the
    carmaker says it raised $1.2 billion", "as the airline cancelled 803 flights")."""
    words = _zone(sentence)
    before = sentence[:figure_at]
    if words and _actor_words(words[:4]):
        if _JOINED.search(before):
            return False  # "The company said demand fell and rivals cut 3,000 jobs": another clause's figure
        lead = _DATELINE.sub("", sentence.strip(_QUOTES))
        return not [word for word in re.findall(r"\b[A-Z][\w'’-]*", before)
                    if word not in COMMON_CAPITALISED and not lead.startswith(word)]
    last = None
    for last in _CLAUSE_ACTOR.finditer(before):
        pass
    if last is None or _names_another(before[:last.start()], holder):
        return False  # "Rival Skyway struggled; the carrier cancelled 650 flights": the carrier is Skyway
    between = before[last.end():].split()
    # Only the verb between the actor and the figure: "it had raised", "he was convicted on"; not
    # "the company said its suppliers cut" (another subject) nor "it said Beta cut" (another name).
    return len(between) <= _VERB_WORDS and not any(word[:1].isupper() or word.lower() in _NOT_VERB for word in between)


def _actor_words(words: list[str]) -> bool:
    first = words[0].lower()
    if first in _PRONOUNS:
        return True
    if first in _POSSESSIVES:
        return len(words) > 1 and words[1].lower() in _OWN_NOUNS
    return first == "the" and any(word.lower() in _ACTOR_NOUNS for word in words[1:4])


def actor_words(holder: str) -> frozenset[str]:
    """A holder's words as story terms hold them: "Brannock Motors" -> {brannock, motors}."""
    return frozenset(re.sub(r"['’]s$", "", word.lower()) for word in holder.split())


def told_of_actor(unnamed: ClaimBase, holder: str) -> bool:
    """Whether a figure's sentence tells it of the holder, or with a word for the main actor, and
    tells no whole the holder's figure could be a part of."""
    at = unnamed.sentence.find(unnamed.text)
    if at < 0 or _WHOLE.search(unnamed.sentence) or _WHOLE.search(unnamed.frame.thing or ""):
        return False
    if _names_another(unnamed.frame.thing or "", holder, first=False):
        return False  # "The firm owns 5 million shares of Kell": Kell's shares, not the holder's
    return leads_with(unnamed.sentence, holder) or _stands_for_actor(unnamed.sentence, at, holder)


def _names_another(text: str, holder: str, first: bool = True) -> bool:
    """Whether ``text`` names someone other than the holder: a capitalised word (not a common one
    such as "The" or "Meanwhile", nor a dateline's) that is no word of the holder's name. A text's
    first word counts only when ``first`` and it is no dictionary word (a sentence's opening word is
    capitalised whatever it is: "Passengers were stranded as ..."; "Skyway cut ..." names Skyway)."""
    own = actor_words(holder)
    words = re.findall(r"(?<![\w'’])[A-Za-z][\w'’-]*", _DATELINE.sub("", text.strip(_QUOTES)))
    if words and (not first or is_known(words[0].lower())):
        words = words[1:]
    return any(word[:1].isupper() and word not in COMMON_CAPITALISED and re.sub(r"['’]s$", "", word.lower()) not in own
               for word in words)


def actor_holders(named: list[ClaimBase], actors: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """The holders of ``named`` (one source's figures) that an unnamed figure may be told of, each with
    its words: the source's main actor, the subject of its figure's sentence, no place. Distinct
    holders, however many figures: a group of thousands costs linear time."""
    holders: dict[str, frozenset[str]] = {}
    for claim in named:
        holder = claim.frame.holder
        if not holder or holder in holders or not actors.get(claim.source):
            continue
        words = actor_words(holder)
        if (actors[claim.source] <= words and not holder_is_place(holder, claim.sentence)
                and (leads_with(claim.sentence, holder) or _zone(claim.sentence)[:1] in (["He"], ["She"], ["It"]))):
            holders[holder] = words
    return holders


def one_actor(unnamed: ClaimBase, holders: Mapping[str, frozenset[str]], actors: Mapping[str, frozenset[str]]) -> str | None:
    """The one of another source's ``holders`` (actor_holders) an unnamed figure is told of, the main
    actor of its own article too (see the module's docstring); None when there is none."""
    actor = actors.get(unnamed.source)
    if unnamed.frame.holder or not actor:
        return None
    return next((holder for holder, words in sorted(holders.items())
                 if actor <= words and told_of_actor(unnamed, holder)), None)
