"""Whether the words before "of the"/"from the" name a person, whose the name after is ("Tom Smith
of the Comets scored 20": Smith's points, not the team's). Split from holders.py for its size."""
from __future__ import annotations

from .lemmas import is_known, is_verbish, lemmatize_proper


def of_a_person(tokens: list[str], preposition: int, end: int) -> bool:
    """Whether the name after "<preposition> the", ending before ``end``, is an object, not the
    subject of the verb after it: after a name ("Tom Smith of the Comets scored"), a verb
    ("recovered from the Comets'"), any preposition but "of"/"from" ("placed on reserve by the
    Herons, meaning"), or a role set off after a name ("Will Jones, pastor of the Harbor City
    Church, estimates"); not after a common noun ("In Tarnvik, shares of the Comets Company fell":
    its shares), nor after a common word opening the sentence ("Damage to the Harbor City Church was")."""
    at = preposition - 1
    if at < 0:
        return True  # "For the Comets, ...": the object of the opening phrase
    word = tokens[at]
    if at == 0 and is_known(word.lower()) and not lemmatize_proper(word.lower()):
        return False
    if tokens[preposition].lower() not in ("of", "from") or word[:1].isupper() or is_verbish(word):
        return True
    while at > 0 and tokens[at - 1] != "," and not tokens[at - 1][:1].isupper():
        at -= 1  # back to the start of the common words: "an assistant coach"
    name = at - 2 if at > 1 and tokens[at - 1] == "," else at - 1  # (commas are not always kept)
    return name >= 0 and tokens[name][:1].isupper() and (tokens[at].lower() in ("a", "an") or end < len(tokens) and tokens[end] == ",")
