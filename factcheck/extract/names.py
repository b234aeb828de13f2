"""Names of agreements, treaties and signed documents, with the document type kept apart from
what the document is about: "Joint Declaration on Setting Up a Fisheries Council"
is a declaration (qualifier: joint) about "setting up a fisheries council"."""
from __future__ import annotations

import re

from ..models import NameClaim, NameValue
from ..text import STOP_WORDS
from .base import AtWordStart, Page, claim_fields

DOC_TYPES = {
    "declaration": "declaration", "declarations": "declaration", "statement": "statement", "statements": "statement",
    "agreement": "agreement", "agreements": "agreement", "memorandum": "memorandum", "memoranda": "memorandum",
    "memorandums": "memorandum", "mou": "memorandum", "mous": "memorandum", "treaty": "treaty", "treaties": "treaty",
    "protocol": "protocol", "protocols": "protocol", "accord": "accord", "accords": "accord",
    "convention": "convention", "charter": "charter", "communique": "communique", "communiqué": "communique",
    "pact": "pact", "contract": "contract", "contracts": "contract", "roadmap": "roadmap",
    "action plan": "plan", "deal": "deal", "deals": "deal",
}
# Document words that need a modifier or a topic to name a document ("a free trade deal", not "a deal").
NEEDS_TOPIC = frozenset({"deal"})
DETERMINERS = frozenset("a an the this that these those its their his her our your two three four several numerous".split())
# Words before a document type that say how it was made, not what it is about.
QUALIFIERS = frozenset(
    """joint bilateral trilateral multilateral intergovernmental interim final preliminary formal historic
    landmark new reciprocal mutual signed framework binding legally""".split()
)
# Words before a document type that compare or describe it, naming neither its topic nor how it was
# made: "a smaller deal", "this broader treaty", "a separate agreement" refer to a document, not name it.
DESCRIBING = frozenset(
    """smaller larger bigger broader wider narrower weaker stronger tougher looser better worse cheaper simpler shorter
    longer similar different separate possible potential such same other whole entire""".split()
) | frozenset(  # which of a thing's versions it is: "their present deal" / "their present contract" is one
    # document told by two words, named by neither (a player's contract, a union's pay deal)
    """current existing present previous former old original latest earlier last next upcoming""".split()
)
# A topic ends at punctuation or at one of these words.
_TOPIC_STOP = frozenset(
    """during signed that which who was were is are has have had will would could should may might can
    at by after before between with amid while when where since as according reached agreed concluded
    adopted announced approved ratified initialled initialed brokered struck unveiled published released
    expected aimed designed intended due set""".split()
) | frozenset(DOC_TYPES)
# Words that may stay lower case inside a title-case name ("Treaty on the Non-Proliferation of ...").
_TITLE_FUNCTION_WORDS = frozenset("of on the and for in to a an between with among by at".split())
_DOC = re.compile(r"\b(?P<doc>" + "|".join(sorted(DOC_TYPES, key=lambda word: (-len(word), word))) + r")\b(?P<of_understanding> of understanding)?", re.I)
_WORD = re.compile(r"[\w’'-]+")
_DOC_ANCHOR = ("declaration", "statement", "agreement", "memorand", "mou", "treat", "protocol", "accord",
               "convention", "charter", "communiqu", "pact", "contract", "roadmap", "action plan", "deal")
# A document word starts a word in every match (the pattern's \b): not "amount", "impact" or "ideal".
_DOC_STARTS = AtWordStart(_DOC_ANCHOR, _DOC_ANCHOR)
MAX_TOPIC_WORDS = 10


def extract(page: Page) -> list[NameClaim]:
    claims = []
    for match in page.finditer(_DOC, _DOC_STARTS):
        doc_word = match["doc"]
        if doc_word.lower() in ("mou", "mous") and doc_word.lower() == doc_word:
            continue  # "mou" in lower case is no abbreviation
        found = _read_name(page, match)
        if found is None:
            continue
        start, end, value = found
        if not page.is_free(start, end):
            continue
        page.take(start, end)
        subject = value.topic or page.text[start:end]
        claims.append(NameClaim(value=value, **claim_fields(page, "name", start, end, subject)))
    return claims


def _read_name(page: Page, match: re.Match[str]) -> tuple[int, int, NameValue] | None:
    text = page.text
    sentence_start, sentence_end = page.sentence_at(match.start())
    doc_type = DOC_TYPES[match["doc"].lower()]
    before_words = list(_WORD.finditer(text, max(sentence_start, match.start() - 60), match.start()))
    modifiers: list[re.Match[str]] = []
    for word in reversed(before_words[-4:]):
        lowered = word.group().lower()
        gap = text[word.end():(modifiers[0].start() if modifiers else match.start())]
        if gap.strip() or lowered in STOP_WORDS or lowered.endswith(("’s", "'s")) or lowered.endswith("ed") and lowered not in QUALIFIERS:
            break
        if lowered.isdigit():
            break
        modifiers.insert(0, word)
    qualifiers = [m.group().lower() for m in modifiers if m.group().lower() in QUALIFIERS]
    topic_words = [m.group() for m in modifiers if m.group().lower() not in QUALIFIERS and m.group().lower() not in DESCRIBING]
    start = modifiers[0].start() if modifiers else match.start()
    end = match.end()
    after = re.match(r"\s+(?:on|of|for|concerning|regarding|to|in the (?:field|area|sphere)s? of)\s+", text[end:sentence_end], re.I)
    if after and topic_words and not re.match(r"on|in the", after.group().strip(), re.I):
        after = None  # "an investment protection treaty for the first time": the topic came first
    if after:
        topic_end = _topic_end(text, end + after.end(), sentence_end)
        if topic_end > end + after.end():
            topic_words += [w.group() for w in _WORD.finditer(text, end + after.end(), topic_end)]
            end = topic_end
    is_titled = match["doc"][0].isupper() and (not modifiers or modifiers[0].group()[0].isupper())
    if doc_type in NEEDS_TOPIC and not topic_words:
        return None
    determiner = re.search(r"([\w’']+)\s*$", text[max(sentence_start, start - 30):start])
    if (not is_titled and match["doc"].lower() == doc_type and not (determiner and (
            determiner.group(1).lower() in DETERMINERS or determiner.group(1).lower().endswith(("’s", "'s"))))):
        return None  # "broad agreement on the need for reform": agreement as a state of mind
    if not topic_words and not qualifiers and not is_titled:
        return None  # "the agreement": a reference back to a document named elsewhere
    if not topic_words and not qualifiers and is_titled and _sentence_initial_only(text, start, sentence_start):
        return None
    if not topic_words and not is_titled and determiner and determiner.group(1).lower() in ("the", "this", "that", "its"):
        return None  # "the joint communique that followed": a reference back, not a new name
    topic = " ".join(w.lower() for w in topic_words)
    return start, end, NameValue(doc_type=doc_type, topic=topic, qualifiers=qualifiers)


def _topic_end(text: str, start: int, limit: int) -> int:
    end = start
    count = 0
    title_case = text[start:start + 1].isupper()
    for word in _WORD.finditer(text, start, limit):
        if title_case and word.group()[0].islower() and word.group().lower() not in _TITLE_FUNCTION_WORDS:
            break  # "Agreement on Cultural Heritage reached ...": a title-case name ends where its case does
        if text[end:word.start()].strip() and end > start:
            break  # punctuation between words closes the topic
        if word.group().lower() in ("a", "an", "the") and text[max(start, end - 4):end].strip().lower() == "and":
            end = start + text[start:end].rstrip().rfind(" ") if " " in text[start:end].strip() else end
            break  # "... on air services and a memorandum on ...": a second document begins
        if word.group().lower() in _TOPIC_STOP or count >= MAX_TOPIC_WORDS:
            break
        end = word.end()
        count += 1
    while True:  # a topic does not end on "the", "and" or "of"
        trailing = re.search(r"\s+([\w’'-]+)$", text[start:end])
        if trailing and trailing.group(1).lower() in STOP_WORDS:
            end = start + trailing.start()
        else:
            return end


def _sentence_initial_only(text: str, start: int, sentence_start: int) -> bool:
    """"The Agreement" at the start of a sentence is capitalised by position, not by name."""
    return not text[sentence_start:start].strip(" \"“‘'(") or text[sentence_start:start].strip() in ("The", "the")
