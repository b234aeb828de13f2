"""The decoded copy of simplemma's English dictionary kept in the run state's folder (lemmas.py):
the same answers as simplemma's own loading, read back instead of decoded, made again when damaged."""
from __future__ import annotations

import os

import pytest
import simplemma
from simplemma.strategies.dictionaries import dictionary_factory

from factcheck import engine
from factcheck.extract import lemmas
from factcheck.store.atomic import write_bytes


@pytest.fixture
def kept(tmp_path):
    lemmas._simplemma.cache_clear()
    lemmas.keep_dictionary_in(tmp_path, write_bytes)
    yield tmp_path
    lemmas.keep_dictionary_in(None)
    lemmas._simplemma.cache_clear()


def _words() -> list[str]:
    keys = [key.decode() for key in dictionary_factory._load_dictionary_from_disk("en")]
    sample = keys[::97]
    return (sample + [word.upper() for word in sample[::5]] + [word + ending for word in sample[::3]
                                                               for ending in ("s", "ed", "ing", "'s", "’s")]
            + ["", "killed", "cancelled", "travelling", "re-elected", "co-operate", "Williams", "5", "ünïcödé"])


def _answers(lemmatize, known, words: list[str]) -> list[tuple[str, str]]:
    def ask(function, word):
        try:
            return repr(function(word))
        except Exception as error:  # noqa: BLE001 - simplemma's errors (an empty word) must be the same too
            return repr(error)
    return [(ask(lemmatize, word), ask(known, word)) for word in words]


def test_the_kept_copy_answers_as_simplemma_does_and_is_read_back(kept, monkeypatch):
    words = _words()
    own = _answers(lambda w: simplemma.lemmatize(w, lang="en"), lambda w: simplemma.is_known(w, lang="en"), words)
    lemmatize, known = lemmas._simplemma()
    assert _answers(lemmatize, known, words) == own
    copies = list(kept.glob("simplemma-en-*.marshal"))
    assert len(copies) == 1
    # The next process reads the copy: simplemma's own decoding is never asked.
    lemmas._simplemma.cache_clear()
    monkeypatch.setattr(dictionary_factory, "_load_dictionary_from_disk", lambda lang: pytest.fail("decoded again"))
    lemmatize, known = lemmas._simplemma()
    assert _answers(lemmatize, known, words) == own


def test_a_damaged_copy_is_decoded_again_and_rewritten(kept):
    lemmas._simplemma()
    copy = next(kept.glob("simplemma-en-*.marshal"))
    data = bytearray(copy.read_bytes())
    data[len(data) // 2] ^= 0xFF
    copy.write_bytes(bytes(data))
    lemmas._simplemma.cache_clear()
    lemmatize, known = lemmas._simplemma()
    assert lemmatize("injuries") == simplemma.lemmatize("injuries", lang="en") and known("killed")
    assert copy.read_bytes() != bytes(data)


def test_without_a_folder_simplemma_loads_its_own(kept, monkeypatch):
    lemmas.keep_dictionary_in(None)
    lemmas._simplemma.cache_clear()
    lemmatize, _ = lemmas._simplemma()
    assert lemmatize("killed") == "kill"
    assert not list(kept.iterdir())


def test_a_copy_a_killed_run_was_writing_goes_and_one_being_written_stays(tmp_path):
    name = lemmas.dictionary_file()
    dead = tmp_path / f".{name}.999999999-0123abcd.tmp"  # no process has that id
    alive = tmp_path / f".{name}.{os.getpid()}-0123abcd.tmp"
    for path in (dead, alive):
        path.write_bytes(b"half a copy")
    engine._keep_dictionary(tmp_path)
    lemmas.keep_dictionary_in(None)
    assert not dead.exists() and alive.exists()


def test_a_folder_that_cannot_be_written_costs_only_time(tmp_path):
    folder = tmp_path / "a file, not a folder"
    folder.write_text("")
    table = lemmas._kept_dictionary(str(folder / "copy.marshal"), write_bytes, lambda: {"killed": "kill"})
    assert table == {"killed": "kill"}
