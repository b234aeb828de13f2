"""Whether the words before "of the"/"from the" name a person, whose the name after is ("Tom Smith
of the Comets scored 20": Smith's points, not the team's). Split from holders.py for its size."""
from __future__ import annotations

from .lemmas import is_known, lemmatize_proper


def of_a_person(tokens: list[str], preposition: int) -> bool:
    """Whether the name after "of the"/"from the" is whose the words before are, not the subject of
    the verb after it (any other preposition: an object, always): the words before are a name
    ("Tom Smith of the Comets") or a role set off after one ("Ford, an assistant coach of the
    Bobcats"); not a common noun ("Sales of the Comets Company", "In Tarnvik, shares of the ...")."""
    if tokens[preposition].lower() not in ("of", "from"):
        return True  # "placed on reserve by the Saints, meaning": an object, whatever comes before
    at = preposition - 1
    if at < 0:
        return True  # "For the Comets, ...": the name is the object of the opening phrase
    if tokens[at][:1].isupper():
        return at > 0 or not (is_known(tokens[0].lower()) and not lemmatize_proper(tokens[0].lower()))
    while at > 0 and tokens[at - 1] != ",":
        at -= 1
    return at > 1 and tokens[at].lower() in ("a", "an") and tokens[at - 2][:1].isupper()
