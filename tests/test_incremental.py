"""A re-check over the run state gives the bytes a run from scratch gives, and reads only what changed.

Each case starts from a checked corpus (bundled articles, synthetic ones, an article in a sub-folder
and one whose dateline has no year), makes one change, checks again, and compares every report with
those rendered whole (render) from the report of a check from scratch (a run state of its own) over
the same ledgers.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
import simplemma
from synthetic import write_corpus

from factcheck import engine as incremental
from factcheck.engine import check_corpus, check_report, extract_corpus
from factcheck.extract import base, lemmas, word_hits
from factcheck.models import Review
from factcheck.report.formats import FORMATS, render
from factcheck.report.fragments import Context, Sources, Tally
from factcheck.store.owner import OWNER_FILE
from factcheck.store.reviews import ReviewsFile, read_reviews, reviews_path
from factcheck.store.state import state_file

ROOT = Path(__file__).resolve().parent.parent
# Its year is the corpus's: the dateline has none and the body gives none for April.
YEARLESS = ("CUENCA, April 14 (Andes Wire) - The regional council approved 35 new bus routes on Monday, "
            "two weeks after nearly 400 residents signed a petition.\n")
SUBFOLDER = ("---\noutlet: Valley Post\npublished: 2025-04-20\n---\nThe council's plan adds 35 bus routes, "
             "officials said on Friday. Around 400 residents had signed the petition.\n")


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    # Files here are written moments before they are checked; trust their times all the same.
    monkeypatch.setattr(incremental, "RACY_NS", 0)
    corpus = tmp_path / "sources"
    shutil.copytree(ROOT / "sources", corpus)
    write_corpus(corpus, 24)
    (corpus / "yearless.txt").write_text(YEARLESS, encoding="utf-8")
    (corpus / "wire").mkdir()
    (corpus / "wire" / "0-valley.txt").write_text(SUBFOLDER, encoding="utf-8")
    run(tmp_path)
    return tmp_path


def run(workspace: Path):
    return check_corpus(workspace / "sources", workspace / "claims", workspace / "reports",
                        read_reviews(reviews_path(workspace / "sources")), github_dir=str(workspace / "sources"))


def from_scratch(workspace: Path) -> dict[str, bytes]:
    """Every report rendered whole from a check from scratch (a run state of its own), over the same ledgers."""
    report = check_report(workspace / "sources", workspace / "claims", workspace / "scratch",
                          read_reviews(reviews_path(workspace / "sources")), github_dir=str(workspace / "sources"),
                          cache_dir=workspace / "scratch-cache")
    shutil.rmtree(workspace / "scratch-cache")
    context = Context({source.id: source for source in report.sources}, str(workspace / "sources"))
    return {spec.file_name: render(report, name, context).encode() for name, spec in FORMATS.items()}


def reports(workspace: Path) -> dict[str, bytes]:
    return {spec.file_name: (workspace / "reports" / spec.file_name).read_bytes() for spec in FORMATS.values()}


def _append(workspace: Path, name: str, text: str) -> None:
    path = workspace / "sources" / name
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _edit_ledger(workspace: Path, source_id: str, change) -> None:
    path = workspace / "claims" / f"{source_id}.json"
    ledger = json.loads(path.read_text(encoding="utf-8"))
    change(ledger)
    path.write_text(json.dumps(ledger, indent=2), encoding="utf-8")


def _reject_first_claim(ledger: dict) -> None:
    ledger["edits"]["rejected"].append(ledger["claims"][0]["id"])


def _review_first_conflict(workspace: Path) -> None:
    findings = json.loads((workspace / "reports" / "findings.json").read_text(encoding="utf-8"))["findings"]
    conflict = next(f for f in findings if f["verdict"] == "conflict")
    reviews = ReviewsFile(reviews={conflict["id"]: Review(status="confirmed", note="checked",
                                                          fingerprint=conflict["fingerprint"])})
    reviews_path(workspace / "sources").write_text(reviews.model_dump_json(indent=2), encoding="utf-8")


def _move_the_corpus_in_time(workspace: Path) -> None:
    """Every synthetic article a year later: the median moves, and with it the year-less dateline."""
    for path in (workspace / "sources").glob("article-*.txt"):
        path.write_text(path.read_text(encoding="utf-8").replace("published: 2025-", "published: 2026-"),
                        encoding="utf-8")


def _touch(workspace: Path) -> None:
    path = workspace / "sources" / "article-00003.txt"
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))


# (what changes, the change, articles read again, claims extracted again). Two articles take
# their year from the corpus's median date (yearless.txt and a bundled one): a change that moves
# the median reads them again, and extracts them again since their date's evidence names it.
CHANGES = {
    "nothing": (lambda w: None, 0, 0),
    "one article edited": (lambda w: _append(w, "article-00007.txt", "Officials said 41 buses were bought.\n"), 1, 1),
    "an article added": (lambda w: (w / "sources" / "new.txt").write_text(SUBFOLDER.replace("35", "36"),
                                                                         encoding="utf-8"), 3, 3),
    "an article removed": (lambda w: (w / "sources" / "article-00011.txt").unlink(), 0, 0),
    "an article in a sub-folder edited": (lambda w: _append(w, "wire/0-valley.txt", "It cost 12 million.\n"), 1, 1),
    "an article emptied": (lambda w: (w / "sources" / "article-00005.txt").write_text("", encoding="utf-8"), 3, 2),
    "a file touched, not changed": (_touch, 1, 0),
    "a claim rejected in a ledger": (lambda w: _edit_ledger(w, "article-00002", _reject_first_claim), 1, 0),
    "a ledger broken by hand": (lambda w: (w / "claims" / "article-00004.json").write_text("{", encoding="utf-8"), 1, 1),
    "a ledger deleted": (lambda w: (w / "claims" / "article-00006.json").unlink(), 1, 1),
    "a review recorded": (_review_first_conflict, 0, 0),
    "the corpus's median date moved": (_move_the_corpus_in_time, 26, 26),
}


@pytest.mark.parametrize("change", CHANGES, ids=list(CHANGES))
def test_a_recheck_gives_the_bytes_of_a_run_from_scratch(workspace, change):
    make, read, extracted = CHANGES[change]
    make(workspace)
    result = run(workspace)
    assert reports(workspace) == from_scratch(workspace)
    assert (result.read, result.extracted) == (read, extracted)


def test_only_the_changed_story_is_aligned_again(workspace):
    _append(workspace, "article-00007.txt", "Officials said 41 buses were bought.\n")
    assert run(workspace).restudied == 1
    assert run(workspace).restudied == 0


def _as_a_new_process(monkeypatch) -> None:
    """Nothing lemmatised yet in this process (lemmas.py's caches empty)."""
    for cached in (lemmas.lemma, lemmas.is_verbish, lemmas.lemmatize_proper):
        cached.cache_clear()
    monkeypatch.setattr(lemmas, "_ANSWERS", {})


def test_a_recheck_lemmatises_from_the_answers_the_state_keeps(workspace, monkeypatch):
    """An edited article whose words the corpus had before is extracted without asking simplemma
    (loading its dictionary was most of such a re-check): the run state keeps its answers, and
    they give the bytes simplemma's own give."""
    with monkeypatch.context() as refusing:
        _as_a_new_process(refusing)

        def refuse(*args, **kwargs):
            raise AssertionError(f"simplemma was asked about {args}")
        refusing.setattr(simplemma, "lemmatize", refuse)
        refusing.setattr(simplemma, "is_known", refuse)
        _append(workspace, "article-00007.txt", "Officials said 41 buses were bought.\n")
        assert run(workspace).extracted == 1
    _as_a_new_process(monkeypatch)
    assert reports(workspace) == from_scratch(workspace)


def test_a_recheck_knows_the_anchor_words_earlier_runs_met(workspace, monkeypatch):
    """A re-check in a new process that extracts one article builds its word automaton once
    (extract/word_hits.py), from the anchor words the run state keeps, not again at each anchor
    word the process had not met (dozens of times); the claims, and so every report, are the same."""
    builds = []
    make = word_hits.ahocorasick_rs.AhoCorasick
    monkeypatch.setattr(word_hits.ahocorasick_rs, "AhoCorasick", lambda *args, **kwargs: builds.append(1) or make(*args, **kwargs))
    known = set(word_hits.KNOWN_WORDS)
    try:
        for fresh in (False, True):  # a new process: no word known, no automaton
            word_hits.KNOWN_WORDS.clear()
            monkeypatch.setattr(word_hits, "_AUTOMATON", [])
            monkeypatch.setattr(base, "_WORD_SETS", {})
            if fresh:
                builds.clear()
            _append(workspace, "article-00007.txt", f"Officials said {41 + fresh} buses were bought.\n")
            assert run(workspace).extracted == 1
        assert len(builds) == 1
    finally:
        word_hits.KNOWN_WORDS.update(known)
    assert reports(workspace) == from_scratch(workspace)


def test_the_sources_parts_of_reports_are_kept_while_the_sources_stay(workspace, monkeypatch):
    """A re-check whose sources did not change writes their tables (Markdown, HTML) and JSON array
    from the run state, without reading one source record; once one changes, they are made again."""
    before = reports(workspace)

    def refuse(self):
        raise AssertionError("the sources were read")
    with monkeypatch.context() as refusing:
        refusing.setattr(Sources, "_sources", refuse)
        _edit_ledger(workspace, "article-00002", _reject_first_claim)  # findings change, sources do not
        run(workspace)
    assert reports(workspace) == from_scratch(workspace) != before
    _append(workspace, "article-00007.txt", "Officials said 41 buses were bought.\n")  # its content hash changes
    run(workspace)
    assert reports(workspace) == from_scratch(workspace)
    (workspace / "sources" / "new.txt").write_text(SUBFOLDER.replace("35", "36"), encoding="utf-8")
    run(workspace)
    assert reports(workspace) == from_scratch(workspace)


def test_parts_said_not_to_show_content_hashes_do_not(workspace):
    """A part of a report made from sources that says it does not show their content hashes is
    kept when only an article's text changed: it must be the same whatever the hashes are."""
    sources = check_report(workspace / "sources", workspace / "claims", workspace / "reports").sources
    made = []
    for hashes in ("0", "f"):
        parts = Sources(len(sources), lambda: [source.model_copy(update={"content_hash": hashes * 64})
                                               for source in sources], {True: "with", False: "without"}, {})
        for spec in FORMATS.values():
            spec.write(lambda text: None, Tally(sources=len(sources)), iter(()), parts)
        made.append(parts.made)
    assert made[0].keys() == made[1].keys() and len(made[0]) >= 4
    for name, (declared, text) in made[0].items():
        if declared == "without":
            assert text == made[1][name][1], name
    assert made[0]["json sources"][1] != made[1]["json sources"][1]  # a part that shows them differs


def test_a_review_changes_the_reports_without_reading_an_article(workspace):
    before = run(workspace).tally.unreviewed
    _review_first_conflict(workspace)
    result = run(workspace)
    assert (result.read, result.restudied, result.tally.unreviewed) == (0, 1, before - 1)


@pytest.mark.parametrize("content", [b"", b"not a database at all", b"SQLite format 3\x00" + b"\xff" * 200])
def test_a_broken_state_is_made_again(workspace, content):
    expected = reports(workspace)
    (state_file(workspace / "claims")).write_bytes(content)
    result = run(workspace)
    assert result.read == 31 and result.extracted == 0  # every article read again, no claim extracted again
    assert reports(workspace) == expected


def test_the_state_of_another_corpus_is_not_used(workspace, tmp_path):
    other = tmp_path / "other"
    shutil.copytree(workspace / "sources", other)
    (other / "article-00001.txt").write_text(SUBFOLDER.replace("35", "99"), encoding="utf-8")
    # The same claims folder for a second corpus (refused while it names its corpus, see
    # test_outputs_owner.py; here it was made before markers): nothing of the first one's state may leak in.
    (workspace / "claims" / OWNER_FILE).unlink()
    result = check_corpus(other, workspace / "claims", tmp_path / "other-reports")
    assert result.read == 31
    assert b"99 bus routes" in (tmp_path / "other-reports" / "findings.json").read_bytes()


def test_files_changed_just_before_the_last_run_ended_are_read_again(workspace, monkeypatch):
    """A file's times tick coarsely: one written in the same tick as the run read it may have
    changed again unseen. Within RACY_NS of the end of the last run, times are not trusted."""
    monkeypatch.setattr(incremental, "RACY_NS", 10 ** 18)
    assert run(workspace).read == 31


def test_stories_studied_in_worker_processes_give_the_same_bytes(tmp_path, monkeypatch):
    monkeypatch.setattr(incremental, "STORIES_PER_TASK", 2)  # several batches from a small corpus
    corpus = tmp_path / "sources"
    write_corpus(corpus, 120)
    outputs = []
    for jobs in (1, 2):
        result = check_corpus(corpus, tmp_path / f"claims-{jobs}", tmp_path / f"reports-{jobs}", jobs=jobs)
        assert result.restudied > 2 * incremental.STORIES_PER_TASK  # batches in flight at once: the pool is used
        outputs.append({spec.file_name: (tmp_path / f"reports-{jobs}" / spec.file_name).read_bytes()
                        for spec in FORMATS.values()})
    assert outputs[0] == outputs[1]


def test_extract_leaves_a_state_the_next_check_starts_from(tmp_path, monkeypatch):
    """`factcheck extract` is the engine's first stage: a check after it reads no article again."""
    monkeypatch.setattr(incremental, "RACY_NS", 0)
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    extracted = extract_corpus(tmp_path / "sources", tmp_path / "claims")
    checked = check_corpus(tmp_path / "sources", tmp_path / "claims", tmp_path / "reports")
    assert extracted.read == extracted.extracted == 5 and (checked.read, checked.extracted) == (0, 0)
    assert checked.tally.sources == extracted.tally.sources == 5 and checked.restudied >= 1
