"""Words as frames read them: lemmas, canonical events, verb forms, number words, head nouns."""
from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import marshal
import os
import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import OutputNotWritable
from ..text import STOP_WORDS
from .frame_words import EVENT_SYNONYMS, IRREGULAR_VERBS, LIGHT_VERBS, NUMBER_WORDS
from .subjects import IRREGULAR_PAST

if TYPE_CHECKING:
    pass

# simplemma's answers, word by word: "l" + word -> lemmatize(word), "k" + word -> "1" if is_known(word)
# else "". Loading its dictionary (and importing it) costs ~0.35 s, most of a re-check that
# extracts one article; the run state keeps the answers earlier runs found (remember_answers), so
# such a re-check asks simplemma only about words no article of the corpus had. An answer is
# simplemma's own for the word, so lemmas are the same whichever way they come.
_ANSWERS: dict[str, str] = {}
_FRESH: dict[str, str] = {}  # known here and not (yet) where remember_answers said: fresh_answers hands them back
_REMEMBERED: list[tuple[int, Callable[[], Mapping[str, str]]]] = []  # (the process, where answers are kept)


def remember_answers(load: Callable[[], Mapping[str, str]]) -> None:
    """Where to find the answers of earlier runs: load() is called at the first word not known
    yet, in this process only (a worker forked from it finds its own). Until then, whatever this
    process knew already is fresh to it (a long-lived process checks one corpus after another)."""
    _REMEMBERED[:] = [(os.getpid(), load)]
    _FRESH.update(_ANSWERS)


def forget_answers() -> None:
    """No longer ask where remember_answers said (it is closed)."""
    _REMEMBERED.clear()


def fresh_answers() -> dict[str, str]:
    """The answers found since the last call, to keep for the next run (and forgotten here as fresh)."""
    found = dict(_FRESH)
    _FRESH.clear()
    return found


def answers_version() -> str:
    """What kept answers hold for: simplemma's release, from its metadata file (read, not
    imported: importing simplemma is what the answers save)."""
    spec = importlib.util.find_spec("simplemma")
    try:
        with open(os.path.join(os.path.dirname(spec.origin or ""), "__metadata__.py"), "rb") as stream:
            return hashlib.sha1(stream.read()).hexdigest()[:16]
    except (OSError, AttributeError):  # another layout: ask its installed metadata (slower)
        from importlib.metadata import version

        return version("simplemma")


def _answer(key: str, ask: Callable[[], str]) -> str:
    found = _ANSWERS.get(key)
    if found is None and _REMEMBERED and _REMEMBERED[0][0] == os.getpid():
        load = _REMEMBERED.pop()[1]
        for known, answer in load().items():
            _ANSWERS.setdefault(known, answer)
            _FRESH.pop(known, None)
        found = _ANSWERS.get(key)
    if found is None:
        found = _ANSWERS[key] = _FRESH[key] = ask()
    return found


def lemmatized(lowered: str) -> str:
    """simplemma's lemma of a word, as it writes it."""
    def ask() -> str:
        return _simplemma()[0](lowered)
    return _answer("l" + lowered, ask)


def is_known(word: str) -> bool:
    """Whether simplemma's dictionary has the word."""
    def ask() -> str:
        return "1" if _simplemma()[1](word) else ""
    return _answer("k" + word, ask) == "1"


# simplemma decodes its packed English dictionary in Python, ~0.3 s a process: in each worker of a
# check, and in a re-check that meets a word no run asked about. A copy of the decoded dictionary
# kept in the run state's folder (keep_dictionary_in) is read back by marshal in a quarter of that.
# The copy is simplemma's own dictionary and simplemma's own code looks words up in it: the same
# lemmas. Kept with a digest of itself and named by simplemma's release (answers_version).
_KEPT_IN: list[tuple[str, Callable[[str, bytes], None]]] = []  # the folder, and how a file is written there whole
_DICTIONARY_FILE = "simplemma-en-{version}.marshal"


def keep_dictionary_in(folder: str | os.PathLike[str] | None, write: Callable[[str, bytes], None] | None = None) -> None:
    """Where the decoded copy of simplemma's English dictionary is kept (None: nowhere), and how a
    file is written there whole (the store's atomic write: extraction writes no file of its own)."""
    _KEPT_IN[:] = [] if folder is None or write is None else [(os.fspath(folder), write)]


def dictionary_file() -> str:
    """The name of the decoded copy: simplemma's release is in it."""
    return _DICTIONARY_FILE.format(version=answers_version())


@lru_cache(maxsize=1)
def _simplemma() -> tuple[Callable[[str], str], Callable[[str], bool]]:
    """simplemma's lemmatize and is_known for English: over the kept copy of its dictionary where
    keep_dictionary_in said and this release of simplemma allows it, else simplemma's own
    (imported on first use: a re-check that asks nothing new never pays for it)."""
    import simplemma

    def own_lemma(word: str) -> str:
        return simplemma.lemmatize(word, lang="en")

    def own_known(word: str) -> bool:
        return simplemma.is_known(word, lang="en")
    if not _KEPT_IN:
        return own_lemma, own_known
    try:
        from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
        from simplemma.strategies.dictionaries.dictionary_factory import _load_dictionary_from_disk
        from simplemma.utils import normalize_token
    except ImportError:  # another release's layout: its own loading
        return own_lemma, own_known
    folder, write = _KEPT_IN[0]
    table = _kept_dictionary(os.path.join(folder, dictionary_file()), write,
                             lambda: {key.decode(): value.decode() for key, value in _load_dictionary_from_disk("en").items()})

    class Kept:  # simplemma's DictionaryFactory protocol, over the copy
        def get_dictionary(self, lang: str) -> Mapping[str, str]:
            return table

    lemmatizer = simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=Kept()))
    lookup = DictionaryLookupStrategy(Kept())

    def kept_known(word: str) -> bool:  # simplemma.is_known's steps
        return own_known(word) if not word else lookup.get_lemma(normalize_token(word), "en") is not None
    return (lambda word: lemmatizer.lemmatize(word, "en")), kept_known


def _kept_dictionary(path: str, write: Callable[[str, bytes], None], decode: Callable[[], dict[str, str]]) -> dict[str, str]:
    """The decoded dictionary from its copy at path; decoded afresh (and the copy written) when the
    copy is missing or damaged. A copy that cannot be written costs only time."""
    try:
        with open(path, "rb") as stream:
            data = stream.read()
        if hashlib.sha256(data[32:]).digest() == data[:32]:
            table = marshal.loads(data[32:])
            if isinstance(table, dict):
                return table
    except (OSError, ValueError, EOFError, TypeError):
        pass
    table = decode()
    data = marshal.dumps(table)
    with contextlib.suppress(OutputNotWritable, OSError):
        write(path, hashlib.sha256(data).digest() + data)
    return table


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of a word ("killed" -> "kill", "injuries" -> "injury"), lower case.

    simplemma ships its dictionaries: nothing is downloaded, and a look-up is a dict access."""
    lowered = word.lower().replace("’", "'")
    found = lemmatized(lowered).lower()
    if lowered.endswith(("lled", "lling")) and found.endswith("ll") and found != lowered:
        if len(re.findall(r"[aeiou]+", found[:-2])) >= 2 and is_known(found[:-1]):
            return found[:-1]  # British "cancelled", "travelling": the dictionary has "cancel", "travel"
    return found


def verb_lemma(word: str) -> str:
    """The verb an -ing form is of when it takes an object ("missing 11 games", "serving three
    terms", "playing 11 seasons"): the dictionary reads some as nouns or adjectives ("missing",
    "serving") or strips them wrongly ("playing" -> "playe"), but reads their -ed form right
    ("missed" -> "miss"); else a doubled consonant goes ("sitting" -> "sit"). Any other word, or
    an -ing form the dictionary reduced its own way ("dying" -> "die"), comes back as it is."""
    lowered = word.lower()
    stem = lowered[:-3]
    if not lowered.endswith("ing") or len(stem) < 3:
        return word
    found = lemma(lowered)
    if found == stem:
        return found  # "missing" -> "miss" (canonical_event would keep "missing", the adjective)
    if found not in (lowered, stem + "e") or found == stem + "e" and stem[-1] not in "aeiouyw":
        return word  # "dying" -> "die", "making" -> "make": as the dictionary has it
    past = lemma(stem + "ed")  # "serving", or a stripped "playing" -> "playe"
    if past != stem + "ed":
        return past
    if found == lowered and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        return stem[:-1]
    return word


def canonical_event(word: str) -> str:
    lowered = word.lower()
    if lowered in EVENT_SYNONYMS:
        return EVENT_SYNONYMS[lowered]
    base = lemma(lowered)
    return EVENT_SYNONYMS.get(base, base)


@lru_cache(maxsize=65536)  # asked of every word near every figure; the same few hundred words
def is_verbish(word: str) -> bool:
    """A word that reads as a verb form of an event: -ed/-ing forms and known event words."""
    lowered = word.lower()
    if lowered in STOP_WORDS or lowered in LIGHT_VERBS or not lowered.isalpha() or word[0].isupper() and word != word.upper():
        return False  # "Reading", "Sterling": a capital makes a name, not a verb
    if lowered in EVENT_SYNONYMS or lemma(lowered) in EVENT_SYNONYMS or lowered in IRREGULAR_PAST or lowered in IRREGULAR_VERBS:
        return True
    return lowered.endswith(("ed", "ing")) and len(lowered) > 4


@lru_cache(maxsize=4096)
def lemmatize_proper(lowered: str) -> bool:
    """Whether the dictionary's own form of a word is capitalised ("williams" -> "Williams")."""
    return lemmatized(lowered)[:1].isupper()


# head_words's patterns, compiled once (a re.{search,match} of a pattern string pays re's cache look-up at each call).
_HEAD_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def head_words(thing: str) -> list[str]:
    """The counted noun and its modifiers, up to a preposition: "people in Varsk" -> [people]."""
    return list(_head_words(thing))  # a copy: the caller's own list


@lru_cache(maxsize=4096)  # asked of one figure's thing by several rules
def _head_words(thing: str) -> tuple[str, ...]:
    words = []
    for word in _HEAD_WORD.findall(thing.lower()):
        if word in STOP_WORDS:
            break
        words.append(word)
    return tuple(words)


def is_number_word(word: str) -> bool:
    return word.lower() in NUMBER_WORDS
