"""The run state: what the last check found, so the next one redoes only what changed.

One SQLite file per claims folder, in the project's cache folder ``.factcheck_cache/`` (at the
project root, or beside the claims folder), which carries its own ``.gitignore`` of ``*`` as
``.ruff_cache`` and ``.pytest_cache`` do: git never sees it, whatever the repository ignores. It
holds, per source, how its article and ledger files looked (size, times, inode) and what they
gave (the source record, its problems, story terms and its claims after editors' edits); per
story, a digest of what its findings were made from; and per finding, its place in the reports
and (a row per format) its fragment in every format. A re-check reads only the articles and ledgers whose files
changed, aligns only the stories whose members changed, renders only their findings, and streams
every report from here.

It is a cache and nothing but one: the ledgers and the corpus are the truth. A state written by
other code (any change to the package), for another corpus or with other options, or one that
does not open, is thrown away and made again; a run stopped half-way leaves the last whole state
(SQLite's journal), never half of one.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import OutputNotWritable
from .atomic import make_folder, write_text
from .lock import release as _release
from .lock import take_lock as _take_lock
from .report_order import ReportOrder

STATE_FILE = ".factcheck-state.sqlite"  # where the state was before the cache folder: removed when found
CACHE_DIR = ".factcheck_cache"
CACHE_GITIGNORE = "# Made by factcheck: this cache folder is never committed.\n*\n"
# A cache directory tag (https://bford.info/cachedir/): backup tools pass the folder over.
CACHE_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# A cache directory tag made by factcheck.\n"
LOCK_SUFFIX = ".lock"  # beside it: one run at a time
DAMAGED_SUFFIX = ".damaged"  # a damaged state, set aside
# How long to wait for another program reading the state file (a backup) before giving up.
BUSY_SECONDS = 30.0
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources (
    id TEXT PRIMARY KEY, shown TEXT NOT NULL, article_stat TEXT NOT NULL, ledger_stat TEXT,
    source TEXT, published TEXT, dated INTEGER NOT NULL DEFAULT 0, reference TEXT,
    problems TEXT NOT NULL, ledger_problems TEXT NOT NULL, terms TEXT NOT NULL, digest TEXT NOT NULL, story TEXT);
-- A source's claims (kilobytes each) apart from its row: inline, a source took a page of its own and
-- every run's read of the 10,000 rows walked 40 MB (70 -> 52 ms CPU).
CREATE TABLE source_claims (id TEXT PRIMARY KEY, claims TEXT NOT NULL);
CREATE TABLE stories (id TEXT PRIMARY KEY, digest TEXT NOT NULL, problems TEXT NOT NULL DEFAULT '[]');
CREATE TABLE findings (
    id TEXT PRIMARY KEY, story TEXT NOT NULL, rank INTEGER NOT NULL, kind TEXT NOT NULL, verdict TEXT NOT NULL,
    unreviewed INTEGER NOT NULL, review TEXT NOT NULL, subject TEXT NOT NULL, fingerprint TEXT NOT NULL);
CREATE INDEX findings_story ON findings (story);
-- Report order and the tally, read every run, from an index rather than a scan and a sort (~0.05 s).
CREATE INDEX findings_order ON findings (rank, kind, id);
CREATE INDEX findings_tally ON findings (kind, verdict, unreviewed);
-- Keyed by format in report order: writing a report walks its own format's key, not a look-up per
-- finding among every format's fragments (all seven reports of 20,000 findings: 0.75 -> 0.48 s
-- CPU). Not WITHOUT ROWID, which reads in 0.29 s but costs a full check's inserts 3.5 s, not 1.7.
CREATE TABLE fragments (format TEXT NOT NULL, rank INTEGER NOT NULL, kind TEXT NOT NULL, finding TEXT NOT NULL,
    verdict TEXT NOT NULL, text TEXT NOT NULL, fresh INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (format, rank, kind, finding));
CREATE INDEX fragments_finding ON fragments (finding);
-- Fresh: not yet in its report file. A layout: where each fragment lies in that file (store/splice.py).
CREATE INDEX fragments_fresh ON fragments (format) WHERE fresh;
CREATE TABLE layouts (format TEXT PRIMARY KEY, signature TEXT, findings TEXT, offsets BLOB, sizes BLOB);
-- Parts of reports made from the sources alone (fragments.Sources), for the sources of digest.
CREATE TABLE parts (name TEXT PRIMARY KEY, digest TEXT NOT NULL, text TEXT NOT NULL);
-- Answers of the lemmatiser, word by word (extract/lemmas.py), for the version in meta 'answers'.
CREATE TABLE answers (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
"""
# The columns of a finding's row before its fragments (FindingRow.fields).
FINDING_COLUMNS = 9
RANK = {"conflict": 0, "compatible": 1, "agree": 2, "single": 3}


def _code_version() -> str:
    """A digest of the whole package, its templates included: any change to the code that makes
    claims, findings or fragments makes a new state (no version number to forget to bump)."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha1()
    for path in sorted([*package.rglob("*.py"), *(package / "report" / "templates").glob("*")]):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes().replace(b"\r\n", b"\n"))
    return digest.hexdigest()[:16]


CODE_VERSION = _code_version()


def _is_busy(error: sqlite3.Error) -> bool:
    return getattr(error, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


@dataclass
class SourceRow:
    id: str
    shown: str
    article_stat: str
    ledger_stat: str | None
    source: str | None  # the Source record as JSON (without its story); None: the file gave no article
    published: str | None  # ISO date, when known
    dated: bool  # the date is stated (front matter or a dateline with its year): it counts for the corpus's median
    reference: str | None  # its year came from the corpus: the median date it was read against (ISO)
    problems: str  # JSON list of Problems met reading the article
    ledger_problems: str  # JSON list of Problems with its ledger
    terms: str  # JSON: story terms
    claims: str  # JSON list of claims after editors' edits
    digest: str  # of the source record and its claims: what its stories' findings depend on
    story: str | None = None


@dataclass
class FindingSummary:
    """What names a finding to an editor, and what a review of it records."""

    id: str
    verdict: str
    kind: str
    subject: str
    fingerprint: str


def state_file(claims_dir: Path, cache_dir: Path | None = None) -> Path:
    """The state of a claims folder: in cache_dir (default: the cache folder beside the claims
    folder), named after the claims folder's real path, so that two claims folders that share a
    project root never share a state."""
    folder = cache_dir if cache_dir is not None else claims_dir.parent / CACHE_DIR
    key = hashlib.sha1(str(claims_dir.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return folder / f"state-{key}.sqlite"


def make_cache_folder(folder: Path) -> None:
    """The cache folder, with its own .gitignore (and cache tag) so git and backups pass it over."""
    make_folder(folder)
    for name, text in ((".gitignore", CACHE_GITIGNORE), ("CACHEDIR.TAG", CACHE_TAG)):
        if not (folder / name).exists():
            try:
                write_text(folder / name, text)
            except OutputNotWritable:
                pass  # the state itself says why, if the folder cannot be written


def _remove_old_state(claims_dir: Path) -> None:
    """A state left in the claims folder by a factcheck before the cache folder: only a cache, and
    where git sees it (committed, it made every pre-commit run fail as 'modified by this hook')."""
    for suffix in ("", "-journal", LOCK_SUFFIX):
        try:
            os.unlink(claims_dir / f"{STATE_FILE}{suffix}")
        except OSError:
            pass


def is_damaged(error: sqlite3.Error) -> bool:
    """Whether SQLite found the file damaged (a page overwritten, not a database at all), as
    against busy, read-only or full: a damaged state is set aside and made again. Text that is not
    UTF-8 is damage too (every text the state holds was written from a str): a page overwritten
    where it keeps text reads as SQLite's own, and only the decoding finds it."""
    return (getattr(error, "sqlite_errorname", "").startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
            or str(error).startswith("Could not decode to UTF-8"))


class State(ReportOrder):
    """The state file of one claims folder, opened for one run.

    One run at a time uses it: a second check of the same claims folder waits for the first to end
    (a lock file beside it), then finds its state and redoes only what changed. ``notify`` is told,
    in a sentence, when a run waits or when a damaged state is set aside."""

    def __init__(self, claims_dir: Path, settings: dict[str, str], notify: Callable[[str], None] | None = None,
                 cache_dir: Path | None = None) -> None:
        self.path = state_file(claims_dir, cache_dir)
        self.settings = json.dumps({"code": CODE_VERSION, **settings}, sort_keys=True)
        self.notify = notify or (lambda message: None)
        make_cache_folder(self.path.parent)
        _remove_old_state(claims_dir)
        self.lock = _take_lock(Path(f"{self.path}{LOCK_SUFFIX}"), self.notify)
        try:
            self.connection = self._open()
        except BaseException:
            _release(self.lock)
            raise

    def set_aside(self, error: sqlite3.Error) -> None:
        """The state turned out damaged in the middle of a run: keep it for a look (renamed), and
        start again from an empty one."""
        self.connection.close()
        self._order = None
        self.connection = self._open(damaged=error)

    def _open(self, damaged: sqlite3.Error | None = None) -> sqlite3.Connection:
        if damaged is None:
            try:
                connection = self._connect()
                found = connection.execute("SELECT value FROM meta WHERE key = 'settings'").fetchone()
                if found and found[0] == self.settings:
                    return connection
                connection.close()
            except sqlite3.DatabaseError as error:
                if _is_busy(error):
                    raise OutputNotWritable(path=self.path, detail=(
                        f"the run state is in use by another program ({error}); let it finish")) from error
                if is_damaged(error):
                    damaged = error
                # else not a state file (empty, another schema): it is only a cache, so start again
        if damaged is not None:
            self._put_aside(damaged)
        try:
            for suffix in ("", "-journal"):
                if os.path.lexists(f"{self.path}{suffix}"):
                    os.unlink(f"{self.path}{suffix}")
            connection = self._connect()
            connection.executescript(_SCHEMA)
            connection.execute("INSERT INTO meta VALUES ('settings', ?)", (self.settings,))
            connection.commit()
        except (OSError, sqlite3.Error) as error:
            detail = getattr(error, "strerror", None) or str(error)
            raise OutputNotWritable(path=self.path, detail=f"the run state cannot be written: {detail}") from error
        return connection

    def _put_aside(self, error: sqlite3.Error) -> None:
        aside = Path(f"{self.path}{DAMAGED_SUFFIX}")
        try:
            os.replace(self.path, aside)
        except OSError:
            return  # then it is deleted below, like any state that cannot be used
        self.notify(f"the run state {self.path} was damaged ({error}); it was set aside as {aside.name} and "
                    "made again from the ledgers (nothing is lost; delete the old one when you like)")

    def _connect(self) -> sqlite3.Connection:
        # Another program reading it (a backup, a viewer) holds it for a moment: wait rather than fail.
        connection = sqlite3.connect(self.path, timeout=BUSY_SECONDS)
        # A cache: a power cut may cost it (it is rebuilt), never the ledgers or reports.
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA trusted_schema = OFF")
        return connection

    def meta(self, key: str) -> str | None:
        found = self.connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return found[0] if found else None

    def set_meta(self, key: str, value: str) -> None:
        self.connection.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def close(self) -> None:
        try:
            self.connection.commit()
        except sqlite3.Error:
            pass  # a cache: what could not be kept is redone by the next run (the run said why, if it failed)
        finally:
            self.connection.close()
            _release(self.lock)

    # --- sources ------------------------------------------------------------------------------

    def sources(self) -> dict[str, SourceRow]:
        rows = self.connection.execute(
            "SELECT id, shown, article_stat, ledger_stat, source, published, dated, reference, problems, "
            "ledger_problems, terms, '', digest, story FROM sources")
        return {row[0]: SourceRow(*row) for row in rows}

    def put_source(self, row: SourceRow) -> None:
        self.connection.execute(
            "INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (row.id, row.shown, row.article_stat, row.ledger_stat, row.source, row.published, row.dated,
             row.reference, row.problems, row.ledger_problems, row.terms, row.digest, row.story))
        self.connection.execute("INSERT OR REPLACE INTO source_claims VALUES (?, ?)", (row.id, row.claims))

    def drop_sources(self, ids: list[str]) -> None:
        for table in ("sources", "source_claims"):
            self.connection.executemany(f"DELETE FROM {table} WHERE id = ?", ((i,) for i in ids))

    def set_stories(self, story_of: dict[str, str]) -> None:
        self.connection.executemany("UPDATE sources SET story = ? WHERE id = ?",
                                    ((story, source) for source, story in story_of.items()))

    def claims_of(self, source_ids: list[str]) -> Iterator[tuple[str, str]]:
        for source_id in source_ids:
            found = self.connection.execute("SELECT claims FROM source_claims WHERE id = ?", (source_id,)).fetchone()
            yield source_id, found[0] if found else "[]"

    # --- stories and findings -----------------------------------------------------------------

    def story_digests(self) -> dict[str, str]:
        return dict(self.connection.execute("SELECT id, digest FROM stories"))

    def finding_reviews(self, reviewed: Iterable[str] = ()) -> dict[str, list[tuple[str, str]]]:
        """Story -> (finding id, the review its fragments were made with) of each of its findings made with
        a review or reviewed now (``reviewed``): any other was made without one and has none now."""
        stories: dict[str, list[tuple[str, str]]] = {}
        for story, finding_id, review in self.connection.execute(
                "SELECT story, id, review FROM findings WHERE review != '' OR id IN (SELECT value FROM json_each(?))",
                (json.dumps(list(reviewed)),)):
            stories.setdefault(story, []).append((finding_id, review))
        return stories

    def replace_story(self, story: str, digest: str, findings: list[tuple], problems: str = "[]") -> None:
        """A story's findings, each a row of FINDING_COLUMNS values and then its fragments as
        {format name: text}, in place of those it had. An empty fragment (a format that shows
        nothing of the finding: GitHub's and SARIF's of all but conflicts) is not kept: every
        writer writes nothing for one, and most findings have two, which every report would read."""
        self._drop_findings(story)
        # A finding another story held at the last run gives way: its article moved to this story, and
        # that story is done again later in this run or is gone (finding ids come from claims, one story's).
        ids = (json.dumps([finding[0] for finding in findings]),)
        self.connection.execute("DELETE FROM fragments WHERE finding IN (SELECT value FROM json_each(?))", ids)
        self.connection.execute("DELETE FROM findings WHERE id IN (SELECT value FROM json_each(?))", ids)
        self.connection.executemany(f"INSERT INTO findings VALUES ({', '.join('?' * FINDING_COLUMNS)})",
                                    (finding[:FINDING_COLUMNS] for finding in findings))
        self.connection.executemany("INSERT INTO fragments VALUES (?, ?, ?, ?, ?, ?, 1)",
                                    ((format_name, finding[2], finding[3], finding[0], finding[4], text)
                                     for finding in findings
                                     for format_name, text in finding[FINDING_COLUMNS].items() if text))
        self.connection.execute("INSERT OR REPLACE INTO stories VALUES (?, ?, ?)", (story, digest, problems))

    def _drop_findings(self, story: str) -> None:
        self._order = None
        self.connection.execute("DELETE FROM fragments WHERE finding IN (SELECT id FROM findings WHERE story = ?)",
                                (story,))
        self.connection.execute("DELETE FROM findings WHERE story = ?", (story,))

    def story_problems(self) -> Iterator[str]:
        """The problems (JSON lists) of stories a bug kept from being checked, in story order."""
        return (row[0] for row in self.connection.execute(
            "SELECT problems FROM stories WHERE problems != '[]' ORDER BY id"))

    def drop_stories(self, stories: list[str]) -> None:
        for story in stories:
            self._drop_findings(story)
            self.connection.execute("DELETE FROM stories WHERE id = ?", (story,))

    def tally_rows(self) -> Iterator[tuple[str, str, int, int]]:
        """(kind, verdict, findings, unreviewed conflicts)."""
        return self.connection.execute(
            "SELECT kind, verdict, count(*), sum(unreviewed) FROM findings GROUP BY kind, verdict")

    def answers(self, version: str) -> dict[str, str]:
        """The lemmatiser's answers earlier runs found, if they were the same lemmatiser's."""
        if self.meta("answers") != version:
            return {}
        return dict(self.connection.execute("SELECT key, value FROM answers"))

    def keep_answers(self, answers: dict[str, str], version: str) -> None:
        if not answers:
            return
        if self.meta("answers") != version:
            self.connection.execute("DELETE FROM answers")
            self.set_meta("answers", version)
        self.connection.executemany("INSERT OR IGNORE INTO answers VALUES (?, ?)", answers.items())

    def parts(self) -> dict[str, tuple[str, str]]:
        """Name -> (digest of the sources, text) of the parts of reports made from sources alone."""
        return {name: (digest, text) for name, digest, text in self.connection.execute("SELECT * FROM parts")}

    def keep_parts(self, parts: dict[str, tuple[str, str]]) -> None:
        self.connection.executemany("INSERT OR REPLACE INTO parts VALUES (?, ?, ?)",
                                    ((name, digest, text) for name, (digest, text) in parts.items()))

    def fragments(self, format_name: str) -> Iterator[tuple[str, str, str]]:
        """(verdict, finding, fragment) of every non-empty fragment, in report order (rank, kind, id)."""
        return self.connection.execute("SELECT verdict, finding, text FROM fragments WHERE format = ? "
                                       "ORDER BY rank, kind, finding", (format_name,))

    def layout(self, format_name: str) -> tuple[str, str, bytes, bytes] | None:
        return self.connection.execute("SELECT signature, findings, offsets, sizes FROM layouts WHERE format = ?",
                                       (format_name,)).fetchone()

    def keep_layout(self, format_name: str, layout: tuple[str, str, bytes, bytes] | None) -> None:
        """The layout of the format's file just written (None: none); every fragment is in it."""
        self.connection.execute("DELETE FROM layouts WHERE format = ?", (format_name,))
        self.connection.executemany("INSERT INTO layouts VALUES (?, ?, ?, ?, ?)", [(format_name, *layout)] if layout else [])
        self.connection.execute("UPDATE fragments SET fresh = 0 WHERE format = ? AND fresh", (format_name,))

    def finding(self, finding_id: str) -> FindingSummary | None:
        found = self.connection.execute("SELECT id, verdict, kind, subject, fingerprint FROM findings WHERE id = ?",
                                        (finding_id,)).fetchone()
        return FindingSummary(*found) if found else None

    def commit(self) -> None:
        self.connection.commit()
