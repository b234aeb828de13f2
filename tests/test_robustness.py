"""Bad input never crashes a run: each kind of bad file is made here and checked through the CLI.

A file that cannot be read is a problem in the report (path, code, reason) and on stderr; the rest
of the corpus is still checked. Input the run must not guess about (an unwritable output folder, a
broken reviews file) stops it with exit code 2 and a message that names the file.
"""
from __future__ import annotations

import csv
import json
import os
import time
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.load.corpus import load_corpus

ARTICLE = """---
outlet: Example Times
published: 2025-04-25
---
Nearly 300 companies took part in the two-day Lima Trade Fair, which opened on April 22, 2025.
Trade between Peru and Chile rose by 20 per cent in 2024, officials in Lima said.
"""
BODY = ARTICLE.split("---\n", 2)[2]
OTHER = ("Around 300 companies attended the Lima Trade Fair, which lasted three days.\n"
         "Trade between Peru and Chile rose by 20% in 2024.\n")


def check(corpus: Path, capsys, *extra: str) -> tuple[int, dict, str]:
    """Run `factcheck check CORPUS --format json`: (exit code, the JSON report or {}, stderr)."""
    code = main(["check", str(corpus), "--format", "json", "--quiet", *extra])
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if captured.out else {}, captured.err


def problems(report: dict) -> dict[str, tuple[str, str]]:
    return {problem["path"]: (problem["code"], problem["reason"]) for problem in report["problems"]}


def source_ids(report: dict) -> list[str]:
    return [source["id"] for source in report["sources"]]


def claims_of(report: dict, source_id: str) -> list[dict]:
    claims = [claim for finding in report["findings"] for claim in finding["claims"] if claim["source"] == source_id]
    return sorted({claim["id"]: claim for claim in claims}.values(), key=lambda claim: claim["start"])


@pytest.fixture
def good(corpus):
    """A corpus with two readable articles, so every test also shows the rest is still checked."""
    (corpus / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "other.txt").write_text(OTHER, encoding="utf-8")
    return corpus


def assert_rest_checked(report: dict) -> None:
    assert {"good", "other"} <= set(source_ids(report))
    assert any(len({c["source"] for c in f["claims"]}) > 1 for f in report["findings"]), "no cross-source finding"


# --- files that cannot be read ---------------------------------------------------------------------

@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  \n"], ids=["empty", "whitespace"])
def test_empty_file_is_a_problem(good, capsys, content):
    (good / "blank.txt").write_bytes(content)
    code, report, err = check(good, capsys)
    assert problems(report)["blank.txt"][0] == "empty"
    assert "blank.txt: file is empty or only white space" in err
    assert code in (0, 1) and "blank" not in source_ids(report)
    assert_rest_checked(report)


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 4
NOISE = bytes((i * 37 + 11) % 32 for i in range(4096)).replace(b"\x00", b"\x01")  # control codes, no NUL


@pytest.mark.parametrize("content", [PNG, NOISE], ids=["nul-bytes", "control-codes"])
def test_binary_file_with_a_text_extension_is_a_problem(good, capsys, content):
    (good / "photo.txt").write_bytes(content)
    code, report, err = check(good, capsys)
    code_, reason = problems(report)["photo.txt"]
    assert code_ == "unreadable" and "looks binary" in reason and "plain" in reason
    assert "photo.txt: looks binary" in err
    assert_rest_checked(report)


@pytest.mark.parametrize("encoding,data", [
    ("cp1252", ARTICLE.replace("officials", "“officials” café").encode("cp1252")),
    ("latin-1", ARTICLE.replace("companies", "companies café ñ").encode("latin-1")),
    ("utf-8-bom", ARTICLE.replace("companies", "companies café").encode("utf-8-sig")),
    ("utf-16-bom", ARTICLE.replace("companies", "companies café").encode("utf-16")),
    ("utf-16-be-bom", b"\xfe\xff" + ARTICLE.replace("companies", "companies café").encode("utf-16-be")),
    ("utf-32-bom", ARTICLE.replace("companies", "companies café").encode("utf-32")),
])
def test_encodings_are_decoded_and_offsets_hold(corpus, capsys, encoding, data):
    (corpus / "coded.txt").write_bytes(data)
    (corpus / "other.txt").write_text(OTHER, encoding="utf-8")
    code, report, _ = check(corpus, capsys)
    assert report["problems"] == []
    text = data.decode({"utf-8-bom": "utf-8-sig", "utf-16-be-bom": "utf-16", "utf-32-bom": "utf-32",
                        "utf-16-bom": "utf-16"}.get(encoding, encoding))
    assert "café" in text
    claims = claims_of(report, "coded")
    assert {claim["text"] for claim in claims} >= {"Nearly 300", "April 22, 2025", "20 per cent"}
    for claim in claims:
        assert text[claim["start"]:claim["end"]] == claim["text"]
    published = next(s for s in report["sources"] if s["id"] == "coded")["published"]
    assert (published["year"], published["method"]) == (2025, "metadata")


def test_crlf_line_endings_keep_offsets(corpus, capsys):
    crlf = ARTICLE.replace("\n", "\r\n")
    (corpus / "windows.txt").write_bytes(crlf.encode("utf-8"))
    (corpus / "unix.txt").write_bytes(ARTICLE.encode("utf-8"))
    code, report, _ = check(corpus, capsys, "--fail-on", "never")
    assert code == 0 and report["problems"] == []
    windows, unix = claims_of(report, "windows"), claims_of(report, "unix")
    assert [c["text"] for c in windows] == [c["text"] for c in unix] and windows
    for claim in windows:
        assert crlf[claim["start"]:claim["end"]] == claim["text"]
        assert "\r" not in claim["sentence"]
    published = {s["id"]: s["published"]["method"] for s in report["sources"]}
    assert published == {"unix": "metadata", "windows": "metadata"}


def test_control_characters_are_neutralised_and_offsets_hold(corpus, capsys):
    text = ARTICLE.replace("Nearly", "\x1b[2J\x1b]0;owned\x07Nearly")
    (corpus / "escapes.txt").write_text(text, encoding="utf-8")
    check(corpus, capsys)
    table = (corpus.parent / "reports" / "findings.txt").read_text(encoding="utf-8")
    assert "\x1b" not in table and "\x07" not in table
    articles, _ = load_corpus(corpus)
    assert len(articles[0].text) == len(text)  # one character for one: offsets are those of the file
    assert "\ufffd[2J" in articles[0].text


def test_file_over_the_size_limit_is_refused(good, capsys):
    (good / "huge.txt").write_text(BODY * 40, encoding="utf-8")
    code, report, err = check(good, capsys, "--max-bytes", "2000")
    code_, reason = problems(report)["huge.txt"]
    assert code_ == "too-large" and "over the limit of 2,000" in reason and "--max-bytes" in reason
    assert "huge" not in source_ids(report)
    assert_rest_checked(report)


def test_a_size_limit_below_one_byte_is_a_usage_error(good, capsys):
    code, _, err = check(good, capsys, "--max-bytes", "0")
    assert code == 2 and "positive number of bytes, not 0" in err


def test_megabytes_on_one_line_are_checked_quickly(corpus, capsys):
    """3 MB with no line break and no sentence end, a claim now and then: sentences are capped, so
    evidence stays short and the time grows with the text, not its square."""
    filler = "and the delegates went on talking about the weather and the roads and the food "
    chunks = (filler * 12 + f"while nearly {number} companies took part in the two-day fair " for number in range(10**6))
    line = "".join(next(chunks) for _ in range(3_000_000 // len(filler * 13) + 1))[:3_000_000]
    (corpus / "line.txt").write_text(line, encoding="ascii")
    started = time.perf_counter()
    code, report, _ = check(corpus, capsys, "--fail-on", "never")
    elapsed = time.perf_counter() - started
    assert code == 0 and report["problems"] == []
    claims = [claim for finding in report["findings"] for claim in finding["claims"]]
    assert len(claims) > 3000
    assert all(line[c["start"]:c["end"]] == c["text"] and len(c["sentence"]) <= 2000 for c in claims)
    assert elapsed < 120, f"3 MB on one line took {elapsed:.0f} s"  # minutes would mean a quadratic step


# --- front matter --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,words", [
    ("---\noutlet: Example Times\npublished: 2025-04-25\n" + BODY, ["not closed before line 4, which is not 'key"]),
    ("---\noutlet: Example Times\nsummary: Nearly 300 companies took part in the fair.\n", ["never closed"]),
    ("---\npublished: 2025-13-45\n---\n" + BODY, ["'published: 2025-13-45' is not a real date", "YYYY-MM-DD"]),
    ("---\nauthor: Jane Doe\noutlet: Example Times\n---\n" + BODY, ["unknown front-matter key 'author' on line 2",
                                                                  "known keys: outlet, published, url, title"]),
], ids=["unclosed-at-text", "unclosed-at-end", "impossible-date", "unknown-key"])
def test_bad_front_matter_is_reported_and_the_article_still_checked(good, capsys, text, words):
    (good / "front.md").write_text(text, encoding="utf-8")
    code, report, err = check(good, capsys)
    code_, reason = problems(report)["front.md"]
    assert code_ == "frontmatter" and all(word in reason for word in words), reason
    assert "front" in source_ids(report) and claims_of(report, "front")
    assert_rest_checked(report)


def test_unknown_key_keeps_the_known_ones(corpus):
    (corpus / "a.md").write_text("---\ntags: [a, b]\noutlet: Example Times\npublished: 2025-04-25\n---\n" + BODY)
    articles, found = load_corpus(corpus)
    assert articles[0].source.outlet == "Example Times" and articles[0].source.published.method == "metadata"
    assert [p.code for p in found] == ["frontmatter"]


def test_markdown_rule_on_the_first_line_is_not_taken_for_front_matter(corpus):
    (corpus / "a.md").write_text("---\n" + BODY)
    articles, found = load_corpus(corpus)
    assert articles[0].body_start == 0 and "not closed" in found[0].reason


# --- which files are articles ------------------------------------------------------------------

@pytest.mark.parametrize("first,second", [("a/x.txt", "b/x.txt"), ("x.md", "x.txt"), ("X.txt", "x.md")],
                         ids=["two-folders", "two-extensions", "case"])
def test_two_files_with_one_source_id(good, capsys, first, second):
    for name in (first, second):
        (good / name).parent.mkdir(exist_ok=True)
        (good / name).write_text(OTHER.replace("Around", "About"), encoding="utf-8")
    code, report, err = check(good, capsys)
    code_, reason = problems(report)[second]
    assert code_ == "duplicate-id" and f"already used by {first}" in reason and "rename" in reason
    assert [s["path"] for s in report["sources"] if s["id"].lower() == "x"] == [first]
    assert_rest_checked(report)


def test_nested_folders_are_read_and_hidden_ones_are_not(good, capsys):
    (good / "2025" / "april").mkdir(parents=True)
    (good / "2025" / "april" / "deep.txt").write_text(OTHER, encoding="utf-8")
    for hidden in (".draft.txt", ".git/HEAD.txt", ".trash/old.md", "2025/.swap.md"):
        (good / hidden).parent.mkdir(parents=True, exist_ok=True)
        (good / hidden).write_text(OTHER, encoding="utf-8")
    code, report, _ = check(good, capsys)
    assert {s["id"]: s["path"] for s in report["sources"]}["deep"] == "2025/april/deep.txt"
    assert sorted(source_ids(report)) == ["deep", "good", "other"] and report["problems"] == []


def test_documents_in_other_formats_are_reported_and_data_files_ignored(good, capsys):
    (good / "interview.pdf").write_bytes(b"%PDF-1.7\n\x00\x01")
    (good / "memo.DOCX").write_bytes(b"PK\x03\x04")
    for ignored in ("data.json", "photo.png", "table.csv", "README"):
        (good / ignored).write_bytes(b"{}")
    (good / "reviews.json").write_text('{"reviews": {}}', encoding="utf-8")
    code, report, _ = check(good, capsys)
    found = problems(report)
    assert found["interview.pdf"][0] == "not-an-article" and "save the article as text" in found["interview.pdf"][1]
    assert found["memo.DOCX"][0] == "not-an-article"
    assert set(found) == {"interview.pdf", "memo.DOCX"}
    assert sorted(source_ids(report)) == ["good", "other"]


def test_symbolic_links_out_of_the_corpus_are_not_followed(good, capsys, tmp_path):
    outside = tmp_path / "elsewhere"
    (outside / "folder").mkdir(parents=True)
    (outside / "secret.txt").write_text(OTHER.replace("Around", "About"), encoding="utf-8")
    (outside / "folder" / "more.txt").write_text(OTHER, encoding="utf-8")
    (good / "linked.txt").symlink_to(outside / "secret.txt")
    (good / "linked-folder").symlink_to(outside / "folder", target_is_directory=True)
    (good / "broken.txt").symlink_to(outside / "gone.txt")
    code, report, err = check(good, capsys)
    found = problems(report)
    assert found["linked.txt"][0] == "symlink" and "outside the corpus folder" in found["linked.txt"][1]
    assert found["linked-folder"][0] == "symlink" and "not followed" in found["linked-folder"][1]
    assert found["broken.txt"][0] == "symlink" and "broken" in found["broken.txt"][1]
    assert sorted(source_ids(report)) == ["good", "other"]
    assert "linked.txt: symbolic link" in err

    articles, followed = load_corpus(good, follow_symlinks=True)
    assert sorted(a.source.path for a in articles) == ["good.txt", "linked-folder/more.txt", "linked.txt", "other.txt"]
    assert [p.path for p in followed] == ["broken.txt"]


def test_following_links_never_loops_or_reads_a_file_twice(good):
    (good / "again").symlink_to(good, target_is_directory=True)
    (good / "same.txt").symlink_to(good / "good.txt")
    articles, found = load_corpus(good, follow_symlinks=True)
    assert sorted(a.source.id for a in articles) == ["good", "other"]
    assert {p.path: p.code for p in found} == {"again": "symlink", "same.txt": "duplicate-file"}


def test_pipe_with_an_article_name_is_not_read(good, capsys):
    os.mkfifo(good / "pipe.txt")  # reading it would wait for ever
    code, report, _ = check(good, capsys)
    assert problems(report)["pipe.txt"][0] == "unreadable"
    assert_rest_checked(report)


@pytest.mark.parametrize("name", [b"bell\x07.txt", b"caf\xe9.txt"], ids=["control-character", "not-utf8"])
def test_file_names_that_cannot_be_shown(good, capsys, name):
    with open(os.path.join(os.fsencode(good), name), "w", encoding="utf-8") as stream:
        stream.write(OTHER)
    code, report, err = check(good, capsys)
    [(path, (code_, reason))] = problems(report).items()
    assert code_ == "bad-name" and "rename" in reason and path.isprintable()
    assert_rest_checked(report)


# --- hand-edited ledgers and reviews ---------------------------------------------------------------

def _break(path: Path, old: str, new: str) -> bytes:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path.read_bytes()


def _line_and_column(text: str, needle: str) -> tuple[int, int]:
    position = text.index(needle)
    return text.count("\n", 0, position) + 1, position - (text.rfind("\n", 0, position) + 1) + 1


@pytest.mark.parametrize("old,new,expected,at", [
    ('"edits": {', '"edits": {,', "not valid JSON", "{,"),
    ('"subject": ', '"subjekt": "typo", "subject": ', "unknown field 'subjekt' in claims[0]", '"subjekt"'),
    ('"rejected": []', '"rejected": [], "note": "checked"', "unknown field 'note' in edits", '"note": "checked"'),
], ids=["invalid-json", "unknown-claim-field", "unknown-edits-field"])
def test_hand_broken_ledger_is_reported_and_never_overwritten(good, capsys, old, new, expected, at):
    check(good, capsys)
    ledger = good.parent / "claims" / "good.json"
    broken = _break(ledger, old, new)
    before = ledger.stat().st_mtime_ns
    (good / "good.txt").write_text(ARTICLE.replace("Nearly 300", "More than 400"), encoding="utf-8")
    code, report, err = check(good, capsys)
    assert ledger.read_bytes() == broken and ledger.stat().st_mtime_ns == before
    [(path, (code_, reason))] = problems(report).items()
    assert code_ == "ledger-invalid" and path.endswith("good.json") and expected in reason
    assert "will not overwrite it" in reason and "More than 400" in {c["text"] for c in claims_of(report, "good")}
    line, column = _line_and_column(broken.decode(), at)
    column += at == "{,"  # JSON's error is at the comma
    assert f"good.json:{line}:{column}:" in reason
    assert_rest_checked(report)


ADDED = ('{"id": "d-editor", "source": "good", "text": "22 April", "start": 0, "end": 8, "sentence": "x", '
         '"subject": "fair", "kind": "%s", "value": %s}')


@pytest.mark.parametrize("added,expected", [
    (ADDED % ("date", '{"start": "2025-04-22", "end": null, "granularity": "day"}'),
     "edits.added[0].value.end: a date needs both start and end"),
    (ADDED % ("duration", '{"min_days": NaN, "max_days": 2}'), "edits.added[0].value.min_days: NaN is not a number"),
    (ADDED % ("count", '{"stated": 5, "low": 9, "high": 1}'), "edits.added[0].value.high: high 1 is below low 9"),
    # money is a quantity too: its record keeps the same invariant (it was left unchecked before the kind registry)
    (ADDED % ("money", '{"stated": 5, "low": 9, "high": 1, "currency": "USD"}'),
     "edits.added[0].value.high: high 1 is below low 9"),
    (ADDED % ("name", '{"doc_type": " ", "topic": ""}'), "edits.added[0].value.doc_type: doc_type is empty"),
], ids=["date-without-end", "not-a-number", "range-upside-down", "money-upside-down", "name-without-type"])
def test_added_claim_that_cannot_be_compared_is_reported(good, capsys, added, expected):
    check(good, capsys)
    ledger = good.parent / "claims" / "good.json"
    broken = _break(ledger, '"added": []', f'"added": [{added}]')
    code, report, _ = check(good, capsys)
    [(code_, reason)] = problems(report).values()
    assert code_ == "ledger-invalid" and expected in reason and ledger.read_bytes() == broken
    line, _ = _line_and_column(broken.decode(), '"added": [')  # the added claim is all on that line
    assert f"good.json:{line}:" in reason


def test_ledger_saved_in_another_encoding_is_reported(good, capsys):
    check(good, capsys)
    ledger = good.parent / "claims" / "good.json"
    ledger.write_bytes(ledger.read_bytes().replace(b'"rejected": []', b'"rejected": ["caf\xe9"]'))
    code, report, _ = check(good, capsys)
    [(code_, reason)] = problems(report).values()
    assert "is not UTF-8" in reason and b"caf\xe9" in ledger.read_bytes()


def test_ledger_with_a_byte_order_mark_is_read(good, capsys):
    check(good, capsys)
    ledger = good.parent / "claims" / "good.json"
    ledger.write_bytes(b"\xef\xbb\xbf" + ledger.read_bytes())
    code, report, _ = check(good, capsys)
    assert report["problems"] == []


def test_valid_hand_edit_keeps_its_layout(good, capsys):
    """An editor's reformatted (but equal) ledger is not rewritten into the machine's layout."""
    check(good, capsys)
    ledger = good.parent / "claims" / "good.json"
    compact = json.dumps(json.loads(ledger.read_text(encoding="utf-8")))
    ledger.write_text(compact, encoding="utf-8")
    check(good, capsys)
    assert ledger.read_text(encoding="utf-8") == compact


@pytest.mark.parametrize("content,expected,place", [
    ('{"reviews": {\n  "date-1": {"status": "confirmed",}\n}}', "not valid JSON", (2, 36)),
    ('{"reviews": {\n  "date-1": {"status": "confirmed", "nots": "x"}\n}}', "unknown field 'nots'", (2, 37)),
    ('{"reviews": {\n  "date-1": {"status": "approved"}\n}}', "reviews.date-1.status", (2, 14)),
], ids=["invalid-json", "unknown-field", "bad-value"])
def test_hand_broken_reviews_file_stops_the_run_and_is_never_overwritten(good, capsys, content, expected, place):
    reviews = good / "reviews.json"
    reviews.write_text(content, encoding="utf-8")
    code, report, err = check(good, capsys)
    assert code == 2 and expected in err and f"reviews.json:{place[0]}:{place[1]}:" in err
    assert "deleting it forgets every review" in err
    assert main(["review", "date-1", "--status", "confirmed", "--corpus", str(good), "--quiet"]) == 2
    assert reviews.read_text(encoding="utf-8") == content


# --- what article text may carry into the reports ----------------------------------------------------

HOSTILE = """---
outlet: <img src=x onerror=alert(1)> | Times
published: 2025-04-25
---
<script>alert("x")</script> Nearly 300 companies | took part in the <b>two-day</b> fair on April 22, 2025.
=HYPERLINK("http://evil.example","more") 20 per cent of the firms came back in 2024.
+cmd|' /C calc'!A0 opened with 40 stands.
-2+3 more than 50 buyers arrived.
@SUM(1+1) gave 12 awards.
"""


def test_markup_and_formulas_in_articles_are_escaped_in_every_report(good, capsys):
    (good / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    code, report, _ = check(good, capsys)
    reports = good.parent / "reports"
    hostile = claims_of(report, "hostile")
    assert any("<script>" in c["sentence"] for c in hostile)  # the JSON keeps the text as it is
    assert any(s["outlet"].startswith("<img") for s in report["sources"])

    markdown = (reports / "findings.md").read_text(encoding="utf-8")
    assert "<script" not in markdown and "<img" not in markdown and "<b>" not in markdown
    assert "&lt;img src=x onerror=alert(1)&gt; \\| Times" in markdown

    rows = list(csv.reader((reports / "findings.csv").open(encoding="utf-8", newline="")))
    assert len(rows) == 1 + sum(len(f["claims"]) for f in report["findings"])
    cells = [cell for row in rows[1:] for cell in row]
    assert any(cell.startswith("'=HYPERLINK") for cell in cells)
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@")]

    table = (reports / "findings.txt").read_text(encoding="utf-8")
    assert "\x1b" not in table


# --- output that cannot be written -----------------------------------------------------------------
# Tests run as root, whom permissions do not stop: a path through a regular file stops everyone.

@pytest.mark.parametrize("option,under", [("--reports-dir", "a-file/out"), ("--claims-dir", "a-file/out"),
                                          ("--reports-dir", "a-file")], ids=["reports-under-a-file",
                                                                             "claims-under-a-file", "reports-is-a-file"])
def test_output_folder_that_cannot_be_made_is_an_input_error(good, capsys, tmp_path, option, under):
    blocker = tmp_path / "a-file"
    blocker.write_text("keep me", encoding="utf-8")
    code, _, err = check(good, capsys, option, str(tmp_path / under))
    assert code == 2 and "Traceback" not in err
    assert f"cannot write {tmp_path / under}: {blocker} is a file, not a folder" in err
    assert blocker.read_text(encoding="utf-8") == "keep me"


def test_follow_symlinks_flag_reads_a_linked_article(tmp_path, capsys):
    """The CLI flag: a link outside the corpus is reported by default and read with the flag."""
    from factcheck.cli import main

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "linked.txt").write_text("Floods hit Karvona on 3 March 2021. Some 1,200 homes were damaged.\n",
                                        encoding="utf-8")
    corpus = tmp_path / "sources"
    corpus.mkdir()
    (corpus / "linked.txt").symlink_to(outside / "linked.txt")
    out = ["--claims-dir", str(tmp_path / "claims"), "--reports-dir", str(tmp_path / "reports"), "--format", "json"]
    assert main(["check", str(corpus), *out]) == 0
    captured = capsys.readouterr()
    assert "--follow-symlinks" in captured.err and '"sources": []' in captured.out
    assert main(["check", str(corpus), "--follow-symlinks", *out]) == 0
    assert '"id": "linked"' in capsys.readouterr().out
