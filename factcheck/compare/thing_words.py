"""How a thing's kind is told in other words: "sales of hardware" is "hardware sales"."""
from __future__ import annotations

import re

# A head noun, "of" and a short kind after it: "Sales of hardware", "Shares of Acme" (not "Shares of
# the company": a determiner makes the "of" phrase a whole of its own, read as no kind).
_OF_KIND = re.compile(r"(?P<head>[A-Za-z][\w'’-]*)\s+of\s+(?P<kind>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)")
_DETERMINERS = frozenset("the a an its their his her our all each those these this that some every".split())


def of_folded(thing: str | None) -> str | None:
    """"Sales of hardware" -> "hardware sales", "Shares of Acme" -> "Acme Shares": the kind told
    after the head, put before it as the other telling puts it ("Hardware sales", "Acme shares")."""
    match = _OF_KIND.fullmatch(thing.strip()) if thing else None
    if match is None or match["kind"].split()[0].lower() in _DETERMINERS:
        return thing
    return f"{match['kind']} {match['head']}"
