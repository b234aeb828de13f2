"""Whether the words before "of the"/"with the" name a person, whose the name after is ("Tom Smith
of the Comets scored 20": Smith's points, not the team's). Split from holders.py for its size."""
from __future__ import annotations

from .lemmas import is_known, lemmatize_proper


def of_a_person(tokens: list[str], preposition: int) -> bool:
    """Whether the words before "of the"/"with the" are a person the name after is whose: a name
    ("Tom Smith of the Comets") or a role set off after one ("Ford, an assistant coach with the
    Bobcats"); not a common noun ("Sales of the Comets Company", "In Tarnvik, shares of the ...")."""
    at = preposition - 1
    if at < 0:
        return True  # "For the Comets, ...": the name is the object of the opening phrase
    if tokens[at][:1].isupper():
        return at > 0 or not (is_known(tokens[0].lower()) and not lemmatize_proper(tokens[0].lower()))
    while at > 0 and tokens[at - 1] != ",":
        at -= 1
    return at > 1 and tokens[at].lower() in ("a", "an") and tokens[at - 2][:1].isupper()
