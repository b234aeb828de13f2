"""A re-check writes its reports by copying the unchanged findings' bytes from the files it wrote
before (store/splice.py), and only when those files are still the ones it wrote: whatever happened
to the reports folder between runs, the bytes are those of a run from scratch."""
from __future__ import annotations

import os
import shutil
from array import array

import pytest
from test_incremental import _append, from_scratch, reports, run, workspace  # noqa: F401  (a fixture)

from factcheck.models import VERDICTS
from factcheck.report.formats import FORMATS
from factcheck.report.fragments import Sources, _rehashed
from factcheck.report_step import _VERDICT_OF_RANK
from factcheck.store import splice
from factcheck.store.splice import Layout, Piece, Splicer
from factcheck.store.state import RANK, State


def _copied(monkeypatch) -> list[int]:
    """The sizes of the ranges copied from earlier reports, as they are copied."""
    sizes: list[int] = []
    flush = Splicer.flush_copy

    def counted(self):
        if self.pending:
            sizes.append(self.pending[1])
        flush(self)
    monkeypatch.setattr(Splicer, "flush_copy", counted)
    return sizes


def test_a_recheck_copies_the_unchanged_findings(workspace, monkeypatch):  # noqa: F811
    copied = _copied(monkeypatch)
    _append(workspace, "article-00007.txt", "Officials said 41 buses were bought.\n")
    run(workspace)
    assert reports(workspace) == from_scratch(workspace)
    total = sum(len(data) for name, data in reports(workspace).items() if name != "findings.txt")
    assert sum(copied) > total // 2  # most of every report's bytes came from the files before


def _rewrite(path):
    path.write_bytes(path.read_bytes().replace(b"conflict", b"CONFLICT"))


def _same_size_same_time(path):
    """Edited in place with its size and modification time put back: only its inode is the same."""
    stat = path.stat()
    data = path.read_bytes()
    path.write_bytes(data[:-2] + b"!\n")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def _replaced_by_an_older_copy(path):
    old = path.with_name("copy")
    shutil.copy2(path, old)
    os.replace(old, path)


# What happens to a report between two runs; the re-check must notice and write it whole.
TO_THE_REPORTS = {
    "deleted": lambda path: path.unlink(),
    "edited by hand": _rewrite,
    "emptied": lambda path: path.write_bytes(b""),
    "edited in place, its size and time put back": _same_size_same_time,
    "replaced by a copy": _replaced_by_an_older_copy,
}


@pytest.mark.parametrize("happened", TO_THE_REPORTS, ids=list(TO_THE_REPORTS))
def test_a_report_changed_between_runs_is_written_whole(workspace, monkeypatch, happened):  # noqa: F811
    for spec in FORMATS.values():
        TO_THE_REPORTS[happened](workspace / "reports" / spec.file_name)
    copied = _copied(monkeypatch)
    _append(workspace, "article-00007.txt", "Officials said 41 buses were bought.\n")
    run(workspace)
    assert reports(workspace) == from_scratch(workspace)
    assert not copied  # nothing was taken from a file the run did not write


@pytest.mark.parametrize("platform", ["a file system that refuses it", "a platform without it"])
def test_without_copy_file_range_the_bytes_are_read_and_written(workspace, monkeypatch, platform):  # noqa: F811
    def refuse(*args, **kwargs):
        raise OSError(38, "Function not implemented")
    if platform == "a platform without it":
        monkeypatch.delattr(os, "copy_file_range")
    else:
        monkeypatch.setattr(os, "copy_file_range", refuse)
    _append(workspace, "article-00007.txt", "Officials said 41 buses were bought.\n")
    run(workspace)
    assert reports(workspace) == from_scratch(workspace)


def test_a_report_whose_bytes_stay_is_not_written_again(workspace):  # noqa: F811
    """A re-check keeps a spliced report whose bytes would be the same (its inode stays: not even
    copied); one whose bytes change is written anew, atomically, as a run from scratch writes it."""
    def looks() -> dict[str, tuple[int, bytes]]:
        return {spec.file_name: ((workspace / "reports" / spec.file_name).stat().st_ino,
                                 (workspace / "reports" / spec.file_name).read_bytes())
                for spec in FORMATS.values() if spec.splices}
    before = looks()
    run(workspace)
    assert looks() == before
    _append(workspace, "article-00007.txt", "Officials said 41 buses were bought.\n")
    run(workspace)
    after = looks()
    assert reports(workspace) == from_scratch(workspace)
    assert all((after[name][0] == before[name][0]) == (after[name][1] == before[name][1]) for name in before)
    assert any(after[name][1] != before[name][1] for name in before)


def test_a_second_recheck_copies_from_the_spliced_files(workspace):  # noqa: F811
    for number in (41, 42, 43):
        _append(workspace, "article-00007.txt", f"Officials said {number} buses were bought.\n")
        run(workspace)
        assert reports(workspace) == from_scratch(workspace)


@pytest.mark.parametrize("findings, offsets, sizes", [
    ("", b"", b""), ("{not json", b"", b""), ('{"a": 1}', b"", b""),
    ('["a", "b"]', array("q", [0, 1]).tobytes(), array("q", [1]).tobytes()), ('["a"]', b"\x00" * 5, b"\x00" * 8)])
def test_a_layout_the_state_cannot_read_is_none(findings, offsets, sizes):
    assert Layout.loads("1:2:3:4:5", findings, offsets, sizes) is None


def test_a_layout_reads_back_what_it_wrote():
    layout = Layout("1:2:3:4:5", ["a", "b"], array("q", [3, 9]), array("q", [6, 2]))
    assert Layout.loads(*layout.dumps()) == layout


def test_rank_and_verdict_name_each_other():
    """The splicing writer reads a finding's verdict from its rank (the key of the fragments)."""
    assert sorted(_VERDICT_OF_RANK.values()) == sorted(VERDICTS) and all(
        RANK[verdict] == rank for rank, verdict in _VERDICT_OF_RANK.items())


def _splice(tmp_path, before: bytes, placed: list[tuple[str, int, int]], pieces: list
            ) -> tuple[bytes, Splicer, list[list[int]]]:
    """What a Splicer writes over the file ``before`` whose fragments lie as placed says."""
    (tmp_path / "before").write_bytes(before)
    layout = Layout("", [finding for finding, _, _ in placed], array("q", [offset for _, offset, _ in placed]),
                    array("q", [size for _, _, size in placed]))
    descriptor = os.open(tmp_path / "before", os.O_RDONLY)
    copies: list[list[int]] = []
    with open(tmp_path / "after", "wb") as stream:
        splicer = Splicer(stream, descriptor, layout)
        real = splicer.flush_copy
        splicer.flush_copy = lambda: (copies.append(list(splicer.pending)), real())[1]  # type: ignore[method-assign]
        for piece in pieces:
            splicer.write(piece)
        splicer.close()
    os.close(descriptor)
    return (tmp_path / "after").read_bytes(), splicer, [copy for copy in copies if copy]


def test_the_splicer_copies_runs_and_records_where_every_finding_went(tmp_path):
    after, splicer, copies = _splice(tmp_path, b"head|one|two|three|tail", [("a", 5, 4), ("b", 9, 4), ("c", 13, 6)], [
        "HEAD|", Piece(None, "", 0, 1), Piece(None, "", 1, 2), Piece("new|", "n"), Piece(None, "", 2, 3), "TAIL"])
    assert after == b"HEAD|one|two|new|three|TAIL"
    assert splicer.findings == ["a", "b", "n", "c"]
    assert list(splicer.offsets) == [5, 9, 13, 17] and list(splicer.sizes) == [4, 4, 4, 6]
    assert copies == [[5, 8], [13, 6]]  # a and b, adjacent there, in one copy


def test_the_same_text_between_two_copied_pieces_joins_them(tmp_path):
    """JSON's ",\n    " between findings: one copy for the run, not one per finding."""
    before = b'[\n    {"a"},\n    {"b"},\n    {"c"}\n]'
    after, splicer, copies = _splice(tmp_path, before, [("a", 6, 5), ("b", 17, 5), ("c", 28, 5)], [
        "[\n    ", Piece(None, "", 0, 1), ",\n    ", Piece(None, "", 1, 2), ",\n    ", Piece(None, "", 2, 3), "\n]"])
    assert after == before and copies == [[6, 27]]
    assert list(splicer.offsets) == [6, 17, 28]


def test_other_text_between_two_copied_pieces_is_written(tmp_path):
    placed = [("a", 0, 5), ("b", 5, 5)]
    after, splicer, copies = _splice(tmp_path, b"<one><two>", placed,
                                     [Piece(None, "", 0, 1), "<new>", Piece(None, "", 1, 2)])
    assert after == b"<one><new><two>" and copies == [[0, 5], [5, 5]] and list(splicer.offsets) == [0, 10]
    placed = [("a", 0, 5), ("b", 6, 5)]
    after, _, copies = _splice(tmp_path, b"<one>|<two>", placed, [Piece(None, "", 0, 1), "!", Piece(None, "", 1, 2)])
    assert after == b"<one>!<two>" and copies == [[0, 5], [6, 5]]  # the same length, other bytes


def test_a_file_signature_is_none_for_a_missing_file(tmp_path):
    assert splice.file_signature(str(tmp_path / "gone")) is None
    assert splice.open_previous(str(tmp_path / "gone"), Layout("1:2:3:4:5", [], array("q"), array("q"))) is None


def test_an_edit_mends_the_content_hash_in_the_kept_json_sources(workspace, monkeypatch):  # noqa: F811
    """An edited article changes only its content hash among the sources: the JSON report's
    sources array kept from the last run is mended, not made again from every source record."""
    def refuse(self):
        raise AssertionError("the sources were read")
    monkeypatch.setattr(Sources, "_sources", refuse)
    _append(workspace, "article-00007.txt", "Officials said 41 buses were bought.\n")
    _append(workspace, "article-00003.txt", "Officials said 12 buses were bought.\n")
    run(workspace)
    monkeypatch.undo()
    assert reports(workspace) == from_scratch(workspace)


@pytest.mark.parametrize("text, rehashed, expected", [
    ('[{"content_hash": "aa"}, {"content_hash": "bb"}]', {"aa": "cc"}, '[{"content_hash": "cc"}, {"content_hash": "bb"}]'),
    ('[{"content_hash": "aa"}, {"content_hash": "bb"}]', {"bb": "cc", "aa": "bb"},
     '[{"content_hash": "bb"}, {"content_hash": "cc"}]'),
    ('[{"content_hash": "aa"}, {"content_hash": "bb"}]', {"aa": "bb", "bb": "cc"}, None),  # order would matter
    ('[{"content_hash": "aa"}, {"content_hash": "aa"}]', {"aa": "cc"}, None),  # two articles, one text
    ('[{"content_hash": "aa"}]', {"dd": "cc"}, None),
])
def test_content_hashes_are_mended_only_where_each_stands_once(text, rehashed, expected):
    assert _rehashed(text, rehashed) == expected


def test_each_format_s_order_is_its_fragments_order_and_full_formats_share_one(workspace, monkeypatch):  # noqa: F811
    seen: list[tuple[bool, bool]] = []
    order = State.order

    def checked(self, format_name):
        found = order(self, format_name)
        own = self.connection.execute("SELECT rank, finding FROM fragments WHERE format = ? ORDER BY rank, kind, "
                                      "finding", (format_name,)).fetchall()
        seen.append((found[0] == own, found[0] is self._order))
        return found
    monkeypatch.setattr(State, "order", checked)
    _append(workspace, "article-00007.txt", "Officials said 41 buses were bought.\n")
    run(workspace)
    assert reports(workspace) == from_scratch(workspace)
    assert len(seen) >= 4 and all(same for same, _ in seen)
    assert sum(shared for _, shared in seen) >= 2  # read once, used by every format with a fragment per finding
