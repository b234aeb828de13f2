"""Whose a figure is: the holder its clause names (a person, team, company or place), and how to
tell a place, an organisation or one person told by role from the rest."""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from ..text import STOP_WORDS
from .frame_words import (
    COMMON_CAPITALISED,
    DISTINCT_WORDS,
    INITIALS,
    LIGHT_VERBS,
    ORGANISATION_WORDS,
    PLACE_NOUNS,
    TOKEN,
)
from .lemmas import is_number_word, is_verbish, lemma
from .persons import of_a_person
from .subjects import IRREGULAR_PAST
from .window_gate import TailGated


# Two patterns made for each holder ("[\s"“‘'(]*Holder\b", "\bHolder\b") did this in plain string
# code: a pattern per holder filled re's cache, which then compiled its own patterns again (4% of
# extraction time). The answers are re's own: \s is str.isspace, \w is str.isalnum or "_".
def _opens_with(window: str, word: str) -> bool:
    r"""re.match(r"[\s\"“‘'(]*" + re.escape(word) + r"\b", window), without a pattern per word."""
    lead = 0
    while lead < len(window) and (window[lead].isspace() or window[lead] in "\"“‘'("):
        lead += 1
    return any(window.startswith(word, start) and _at_boundary(window, start + len(word)) for start in range(lead, -1, -1))


def shouted_common(text: str, holder: str) -> bool:
    """A holder in capitals ("EARTHQUAKE", "MORE RAMS OUT") with a word the text also writes in
    lower case: a common word set in a headline's capitals, not a name ("NATO" is never written "nato")."""
    return any(len(word) > 2 and word.isupper() and next(_whole_words(text, word.lower()), None) is not None
               and _in_capitals_run(text, word) for word in holder.split())


def _in_capitals_run(text: str, word: str) -> bool:
    """Whether a word in capitals stands beside another ("AN EARTHQUAKE"): a headline set in
    capitals, not an acronym ("WHO said", where "who" is also a word)."""
    return re.search(r"\b[A-Z]{2,}\s+" + re.escape(word) + r"\b|\b" + re.escape(word) + r"\s+[A-Z]{2,}\b", text) is not None


def _whole_words(text: str, word: str) -> Iterator[int]:
    """Where re.finditer(r"\b" + re.escape(word) + r"\b", text) matches, without a pattern per word."""
    position = text.find(word)
    while position >= 0:
        if _at_boundary(text, position) and _at_boundary(text, position + len(word)):
            yield position
            position = text.find(word, position + max(len(word), 1))
        else:
            position = text.find(word, position + 1)


def _at_boundary(text: str, position: int) -> bool:
    """re's \b: a word character on one side of the position only."""
    before = position > 0 and (text[position - 1].isalnum() or text[position - 1] == "_")
    after = position < len(text) and (text[position].isalnum() or text[position] == "_")
    return before != after


# "Halvorsen's", "Andrews'": a bare apostrophe makes a possessive only after an s (not "'Time' 100").
_POSSESSOR = TailGated(re.compile(r"((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)(?:'s|’s|(?<=s)'|(?<=s)’)\s*$"), ("s", "'", "’"), space=False)


def possessor(text: str, clause_start: int, position: int) -> str | None:
    """"Jamaal Andrews' 226 yards", "Halvorsen's 364 yards": the name whose figure it is, right before it."""
    found = _POSSESSOR.search(text, max(clause_start, position - 60), position)
    if not found:
        return None
    words = found.group(1).split()
    while words and not _is_name(words[0]):
        words = words[1:]  # "Despite Andrews'": the sentence's first word is no name
    return " ".join(words) if words and all(_is_name(word) for word in words) else None


# A name right before ", who" (", 49, who"): the one a relative clause tells of.
_ANTECEDENT = re.compile(r"((?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]*\.?)\s*,\s*(?:\d{1,3}\s*,\s*)?$")


# Verbs that report: a figure after one is what was said, not the speaker's own.
_SPEECH = frozenset("said says told tells estimated estimates reported reports added adds noted confirmed announced".split())
# Names joined before the antecedent: the "who" clause may tell of all of them.
_COORDINATED = re.compile(r"(?:\band|\bor|&|\bwith|\bplus)\s+(?:[A-Z][\w'’-]*\.?\s+){0,3}$|(?:\band|\bor|&|\bwith|\bplus)\s*$")


# Words that make a "who" clause the person's background, not the story's figure ("Mark Jones, who
# caught 12 touchdown passes last year").
_BACKGROUND = frozenset("ago last previous former earlier career before".split())
# A transaction or appointment before the name: the clause tells the person's past ("signed X, who").
_TRANSACTION = re.compile(r"\b(?:signed|acquired|traded|drafted|hired|replaced|bought|released|waived|appointed|named|"
                          r"run by)\b[^,;.]{0,40}$", re.I)
# A name after "of", "from", "at", "with" is not the one the clause tells of ("Will Jones of the Bulls, who").
_PREPOSED = re.compile(r"\b(?:of|from|at|with)\s+(?:the\s+)?$", re.I)


def relative_antecedent(text: str, sentence_start: int, clause_start: int, before: list[str],
                        after: Sequence[str] = (), position: int | None = None) -> str | None:
    """"defensive back Tom Brand, who returned the pick 73 yards", "Marlow, who played for the
    Comets for 11 seasons": the name a "who" clause tells its figure of, unless the clause has a
    subject of its own before the figure ("Smith, who Jones shot three times"). ``position``: the
    figure's start; a figure after the clause has closed ("Tom Smith, who was traded to Harbor
    City last month, scored 20 points") is the main verb's, whose subject is the name, whatever
    the clause says."""
    if before[:1] != ["who"]:
        return None
    closed = position is not None and _closed_relative(text, clause_start, position)
    if not closed:
        if any(verb for _name, verb in _names_of(before[1:])) or any(token.lower() in _SPEECH for token in before[1:3]):
            return None  # "Fire chief Tom Brown, who said 12 homes burned": what he said, not his figure
        if any(token.lower() in _BACKGROUND for token in before):
            return None
    if any(token.lower() in _BACKGROUND for token in after):
        return None
    found = _ANTECEDENT.search(text, max(sentence_start, clause_start - 80), clause_start)
    if not found or _COORDINATED.search(text, max(sentence_start, found.start() - 40), found.start()):
        return None  # "Tom Smith and Will Jones, who combined for 40 points": theirs, not Jones's alone
    if _PREPOSED.search(text, max(sentence_start, found.start() - 12), found.start()) \
            or _TRANSACTION.search(text, max(sentence_start, found.start() - 60), found.start()):
        return None
    words = [token for token in TOKEN.findall(found.group(1)) if token not in ("Jr", "Sr")]
    run: list[str] = []
    for token in reversed(words):
        if not _is_name(token) or re.search(r"['’]s$", token):
            break
        run.insert(0, token)
    return " ".join(run[-3:]) or None


# The comma that closes a "who" clause, then the main verb (at most one adverb before it): "Tom
# Smith, who was traded last month, scored 20 points", "..., then finished with 20".
_CLOSING_VERB = re.compile(r",\s*(?:[a-z]+ly\s+|then\s+|also\s+)?([a-z]+)\b[^,]*$")


def _closed_relative(text: str, clause_start: int, position: int) -> bool:
    """Whether a "who" clause has closed before the figure: its last comma is followed by a verb
    ("who was traded to Harbor City last month, scored 20"), not by a list's next item ("who played
    for Varsk, Ardal and the Comets for 14 seasons") or the clause's own words."""
    found = _CLOSING_VERB.search(text, clause_start, position)
    if not found:
        return False
    word = found.group(1)
    main = TOKEN.findall(text[found.start(1):position])
    # "Will Jones, who coached the Comets last year, said his team scored 20": what he said, not his.
    if len(main) > 4 or any(token.lower() in _SPEECH or token[0].isupper() for token in main) \
            or any(token.lower() in ("him", "her", "them", "his", "their", "its") for token in main[1:]):
        return False
    return word not in STOP_WORDS and (is_verbish(word) or word in LIGHT_VERBS or word in IRREGULAR_PAST)


# "after he had struck 7 other vehicles": the pronoun, its verb, at most two words, the figure.
_PRONOUN_VERB = re.compile(r"\b(?:he|she)\s+(?:(?:had|has|was|is|then|also|later)\s+)?([a-z]+)\s+(?:[a-z]+\s+){0,2}$")
# Between the name and "he": someone else he may be ("the rookie", "his backup", "found him").
_OTHER_ONE_BETWEEN = re.compile(r"\b(?:him|her|the|his|their)\b", re.I)
# A name right after one of these is an object or a place, never the subject of the verb after it.
_OBJECT_PREPOSITIONS = frozenset("to from in at for with by of against into onto over under near".split())
_PLACE_OR_OBJECT_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_OBJECT_PREPOSITIONS))})\s+(?:the\s+)?$", re.I)


def pronoun_subject(text: str, sentence_start: int, position: int) -> str | None:
    """"Police pulled over the driver, Dale Korvin, ... after he had struck 7 other vehicles":
    a figure that "he" or "she" did, in a sentence that names one person before the pronoun (a
    full name that no preposition puts in a place or an object, and no team's plural)."""
    head = text[sentence_start:position]
    found = _PRONOUN_VERB.search(head)
    if not found or not (is_verbish(found.group(1)) or found.group(1) in IRREGULAR_PAST):
        return None
    names = {name for name, _verb in _names_of(_TOKEN_OR_COMMA.findall(head[:found.start()]))}
    if len(names) != 1:
        return None
    name = next(iter(names))
    at = head.find(name.split()[0])
    if len(name.split()) < 2 or name.endswith("s") or at < 0 or _PLACE_OR_OBJECT_BEFORE.search(head, 0, at):
        return None
    end = head.find(name.split()[-1], at) + len(name.split()[-1])
    if _OTHER_ONE_BETWEEN.search(head, end, found.start()):
        return None  # "Tom Smith fed the rookie all night, and he finished with 30": the rookie's
    # "stopped Mark Lopez and his brother after she ...": one of two people, which one unknown.
    return None if re.match(r"\s*,?\s*(?:and|or|with|&)\b", head[end:]) else name


def read_holder(before: list[str], after: list[str]) -> str | None:
    """The name a figure belongs to: a name right after it with "from" or "by" ("14 points from
    Will Osterberg"), else the first name of its clause, the one it is told of ("Doug Feeney set
    the Fairview scoring record and had six rebounds"; "Riverton's Earl Whitcomb": the
    player, not the team), else a name after "in", "at" or "for" ("12 people were killed in Ardal")."""
    if len(after) > 1 and after[0].lower() in ("from", "by"):
        lower = next((index for index, token in enumerate(after[1:5], 1) if not token.islower()), None)
        if lower is not None and name_words(after[lower:]):  # "from backup center Will Osterberg"
            return " ".join(name_words(after[lower:]))
    subject = _subject_name(before)
    if subject:
        return subject
    for index, token in enumerate(after[:-1]):
        if token.lower() in ("in", "at", "for", "near") and name_words(after[index + 1:]):
            if "from" in after[:index] and "to" in after[index + 2:index + 8]:
                return None  # "moved from a depot in Tarnvik to one in Halden": an end of a route, no holder
            return " ".join(name_words(after[index + 1:]))
    return None




def place_after(after: list[str]) -> str | None:
    """The place noun after the figure's verb: "on the outskirts", "in the camp", "on a market"."""
    for index, token in enumerate(after[:8]):
        if token.lower() in ("on", "in", "at", "near", "inside", "outside") and index + 1 < len(after):
            rest = [word.lower() for word in after[index + 1:index + 4]]
            noun = next((word for word in rest if word not in ("the", "a", "an", "its", "their")), None)
            return noun if noun in PLACE_NOUNS else None
    return None


def _subject_name(before: list[str], told: bool = False) -> str | None:
    """The name a clause tells the figure of: the last name followed by a verb ("Will Osterberg scored
    14 points and Gregory Lamontagne had 11": Lamontagne's 11), else the first name of the clause,
    unless "he" or "she" comes after it ("After joining the Comets ..., he ran for 853 yards":
    his, not the team's). ``told``: the sentence's subject, for a "he" in the next one: the first
    name followed by its verb, and no other."""
    names = _names_of(before)
    with_verb = [name for name, verb in names if verb]
    if told:  # a name with its own verb ("Will Jones took over") before one read past an apposition
        direct = [name for name, verb in _names_of(before, appositions=False) if verb]
        with_verb = direct or with_verb
    if with_verb:  # a sentence before a "he" is told of its subject: the first such name
        return with_verb[0] if told else with_verb[-1]
    if told or not names or any(token.lower() in ("he", "she") for token in before[_last_name_end(before):]):
        return None
    return names[0][0]


# A modal after a name makes it the subject of what follows ("said Tom Smith could miss 3 games").
_MODALS = frozenset("will would could should may might can must shall".split())


def _names_of(before: list[str], appositions: bool = True) -> list[tuple[str, bool]]:
    """The names of a clause's words, each with whether a verb follows it ("Osterberg scored");
    ``appositions``: also the verb after one set off by commas ("Mark Jones, 34, fired")."""
    names: list[tuple[str, bool]] = []
    index = 0
    while index < len(before):
        if not _is_name(before[index]):
            index += 1
            continue
        end = index
        while end < len(before) and _is_name(before[end]):
            end += 1
        words = name_words(before[index:end])
        following = before[end].lower() if end < len(before) else ""
        if following == "," and appositions:  # "Mark Jones, 34, fired": the verb after an apposition set off by commas
            closing = next((at for at in range(end + 1, min(end + 10, len(before))) if before[at] == ","), None)
            following = before[closing + 1].lower() if closing is not None and closing + 1 < len(before) else ""
        # A modal tells of one name alone: "AMD and ATI could" is neither's own (names joined by "and")
        modal = following in _MODALS and not (index and before[index - 1].lower() in ("and", "or", "&"))
        verb = bool(following) and (is_verbish(following) or following in LIGHT_VERBS or modal
                                    or following.endswith("s") and lemma(following) != following and following not in STOP_WORDS)
        if index and (before[index - 1].lower() in _OBJECT_PREPOSITIONS
                      or index > 1 and before[index - 1].lower() == "the" and before[index - 2].lower() in _OBJECT_PREPOSITIONS
                      and of_a_person(before, index - 2, end)):
            verb = False  # "Smith, who was traded to Harbor City, scored 20": not the city's verb, nor "of the Comets"
        if words:
            names.append((" ".join(words[-3:]), verb))
        index = end
    return names


def _last_name_end(tokens: list[str]) -> int:
    return max((index + 1 for index, token in enumerate(tokens) if _is_name(token)), default=0)


_PRONOUN_OPENING = re.compile(r"\s*(?:[\"“]\s*)?(?:He|She)\b(?![-'’])")
# "The second-year guard averaged ...", "The veteran forward needed ...": an epithet that opens the
# sentence as its subject, its verb right after it, tells of the one the sentence before named, as
# "He" does ("The rookie receiver caught ..." is someone else: no verb follows the epithet).
_EPITHET_OPENING = re.compile(r"\s*The (?:[a-z0-9][\w-]*\s+){0,3}(?:rookie|senior|junior|sophomore|freshman|veteran|"
                              r"[\w-]+-year-old)\s+([a-z]+)\b")


_TOKEN_OR_COMMA = re.compile(r"\d(?:[\d,.]*\d)?|" + TOKEN.pattern + r"|,")  # "Bell, 27, was": the age, then its comma


def _opening(text: str, sentence_start: int, position: int) -> str | None:
    """"pronoun" for a sentence that opens with "He" or "She", "epithet" for one that opens with an
    epithet and its verb, else None."""
    if _PRONOUN_OPENING.match(text, sentence_start, position):
        return "pronoun"
    epithet = _EPITHET_OPENING.match(text, sentence_start, position)
    return "epithet" if epithet and (is_verbish(epithet.group(1)) or epithet.group(1) in LIGHT_VERBS) else None


def pronoun_holder(text: str, sentence: tuple[int, int], position: int, sentence_at) -> str | None:
    """"He had 23 points": whose statistic, when the sentence opens with "He" or "She" (or an
    epithet: "The second-year guard averaged") and the sentence before tells of one name (a full
    name, or one word that is no plural: a team is not taken for him; after an epithet, no name
    that ends as a team's plural at all: "The 23-year-old" is no "Harbor City Comets")."""
    opening = _opening(text, sentence[0], position)
    if opening is None:
        from .epithets import label_holder  # (it reads names as this module does)

        return label_holder(text, sentence[0], position)  # "Rovers: 61 points.": a line of figures under a name
    previous, tokens = _told_before(text, sentence, sentence_at)
    if previous is None:
        return None
    name = _subject_name(tokens, told=True)
    from .epithets import epithet_candidates  # (it reads names as this module does: imported when first asked)

    if not name or opening == "epithet" and (name.endswith("s") or epithet_candidates(tokens) != {name}):
        return None  # "threw a pass to Will Jones. The rookie caught": an epithet may be the other one
    # A full name, or a surname that does not read as a team's plural ("Dorsey", not "Comets").
    return name if len(name.split()) >= 2 or not name.endswith("s") else None


def _told_before(text: str, sentence: tuple[int, int], sentence_at) -> tuple[tuple[int, int] | None, list[str]]:
    """The sentence a "He" or an epithet opening ``sentence`` looks back to, and its words: the one
    right before, or past up to two more that open with "He" or "She" themselves and name no one
    ("Tom Lowe scored 64 points. He scored 24 in the third quarter. He had 18 rebounds": Lowe's)."""
    for _step in range(3):
        if sentence[0] == 0:
            return None, []
        previous = sentence_at(sentence[0] - 1)
        if previous == sentence or previous[1] > sentence[0]:
            return None, []
        # Commas kept as tokens: "out of Western Tarnvik, Brand enjoyed" names Brand, not one run.
        tokens = _TOKEN_OR_COMMA.findall(text[previous[0]:previous[1]])
        if not _PRONOUN_OPENING.match(text, previous[0], previous[1]) or any(_is_name(token) for token in tokens[1:]):
            return previous, tokens
        sentence = previous
    return None, []


@lru_cache(maxsize=65536)
def _is_name(token: str) -> bool:
    return (token[0].isupper() and token not in COMMON_CAPITALISED and len(token) > 1 and not is_number_word(token)
            and (token.isalpha() or bool(re.fullmatch(r"[A-Za-z]+['’]s", token))) and not _shouted_word(token))


def _shouted_word(token: str) -> bool:
    """A word in capitals that is no name: a time zone ("5:14 a.m. EDT"), a common noun's initials
    ("IPO", "GDP"), or a common word set in capitals ("AN", "THE"). (A dictionary look-up would also drop "RAMS" or "EAGLES": teams.)"""
    return token.isupper() and (token in INITIALS or token.capitalize() in COMMON_CAPITALISED)


_POSSESSIVE_ENDS = ("'s", "’s", "'s\n", "’s\n")  # ("$" matches before a final newline too)


def name_words(tokens: list[str]) -> list[str]:
    """The capitalised words a name runs over, from the first token on; "Riverton's Earl Whitcomb"
    is Earl Whitcomb (whose team comes before the possessive)."""
    words: list[str] = []
    for token in tokens[:4]:
        if not _is_name(token):
            break
        if token.endswith(_POSSESSIVE_ENDS):  # re.search(r"['’]s$", token), without re's cache look-up a token
            words = []  # the possessor is not the holder: what follows is
            continue
        words.append(token)
    return words


def same_holder(one: str, other: str) -> bool:
    """"Dorsey" and "Reggie Dorsey" are one holder; "Varsk" and "Central Varsk", "Dorsey" and "Mertz" are not."""
    first_words, second_words = one.lower().split(), other.lower().split()
    first, second = set(first_words), set(second_words)
    if (first ^ second) & DISTINCT_WORDS:
        return False
    # "Reggie Dorsey" and "Dorsey" are one; "Tomas Halvorsen" and "Tomas Brandt" two: a full name's
    # last word (the surname, the team's nickname) must match, a one-word name any word.
    if len(first_words) > 1 and len(second_words) > 1:
        return first_words[-1] == second_words[-1]
    return bool(first & second)


def holder_is_place(holder: str | None, sentence: str) -> bool:
    """Whether a holder is a place, a part of the story's whole: a place noun ("on the outskirts"),
    or a name after a word of place ("in Tarnvik", "near Millbrook"). "10 houses damaged in
    Tarnvik" may be part of "around 40 houses damaged by the quake"; a person's or a body's figure
    ("Pruitt struck two other vehicles") is the one the story tells without the name too."""
    if not holder or is_organisation(holder):
        return False
    if holder.islower():
        return True
    at = sentence.find(holder)
    return at >= 0 and _PLACE_BEFORE.search(sentence, 0, at) is not None


# A word of place right before a holder's name.
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|across|outside|inside|around|throughout|from|off)\s+(?:the\s+)?$", re.I)


def is_organisation(holder: str | None) -> bool:
    """"Interior Department", "Fulton County Police": a body, not a place or a person."""
    return bool(holder) and any(word.lower() in ORGANISATION_WORDS for word in holder.split())
