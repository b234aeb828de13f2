"""Corpus folder -> Articles: discovery, decoding, front matter, publication dates.

A file that cannot be read as an article becomes a Problem with its path and the reason; it never
stops the rest of the corpus from being checked.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import statistics
from pathlib import Path

from .dateline import find_datelines
from .errors import CorpusNotFound
from .models import Article, Problem, PublicationDate, Source

ARTICLE_SUFFIXES = (".txt", ".md")
FRONT_MATTER_KEYS = ("outlet", "published", "url", "title")
DEFAULT_MAX_BYTES = 5_000_000


def load_corpus(folder: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Article], list[Problem]]:
    """Read every article under folder (sorted by path), with its source record.

    Years missing from datelines are inferred once the whole corpus is read.
    """
    root = Path(folder)
    if not root.is_dir():
        raise CorpusNotFound(path=root)
    articles: list[Article] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for path in _article_paths(root):
        shown = path.relative_to(root).as_posix()
        source_id = path.stem
        if source_id in seen:
            problems.append(Problem(path=shown, code="duplicate-id", reason=(
                f"source id '{source_id}' is already used by {seen[source_id]}; rename one of the files")))
            continue
        article = read_article(path, shown, max_bytes, problems)
        if article is not None:
            seen[source_id] = shown
            articles.append(article)
    infer_missing_years(articles)
    return articles, problems


def _article_paths(root: Path) -> list[Path]:
    paths = []
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.suffix.lower() in ARTICLE_SUFFIXES and path.is_file():
            paths.append(path)
    return sorted(paths, key=lambda p: p.relative_to(root).as_posix())


def read_article(path: Path, shown: str, max_bytes: int, problems: list[Problem]) -> Article | None:
    size = path.stat().st_size
    if size > max_bytes:
        problems.append(Problem(path=shown, code="too-large", reason=(
            f"file is {size:,} bytes, over the limit of {max_bytes:,}; it was not read "
            "(raise the limit with --max-bytes if it really is one article)")))
        return None
    data = path.read_bytes()
    text, error = decode(data)
    if text is None:
        problems.append(Problem(path=shown, code="unreadable", reason=error))
        return None
    if not text.strip():
        problems.append(Problem(path=shown, code="empty", reason="file is empty or only white space; nothing to check"))
        return None
    return parse_article(text, path.stem, shown, hashlib.sha256(data).hexdigest(), problems)


def decode(data: bytes) -> tuple[str | None, str]:
    """Bytes -> text: UTF-8 (with or without BOM), UTF-16 with a BOM, else cp1252/latin-1.

    Offsets in claims are into this decoded text, so the BOM is not part of it.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ""
        except UnicodeDecodeError as error:
            return None, f"UTF-16 byte order mark but the text does not decode: {error.reason}"
    if b"\x00" in data[:8192]:
        return None, "looks binary (NUL bytes), not text; save the article as plain text"
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), ""
    except UnicodeDecodeError:
        return data.decode("latin-1"), ""


_FRONT_MATTER_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")


def parse_article(text: str, source_id: str, shown: str, content_hash: str, problems: list[Problem]) -> Article:
    metadata, body_start = read_front_matter(text, shown, problems)
    published = PublicationDate()
    if "published" in metadata:
        try:
            date = dt.date.fromisoformat(metadata["published"])
            published = PublicationDate(year=date.year, month=date.month, day=date.day, method="metadata",
                                        evidence=f"published: {metadata['published']}")
        except ValueError:
            problems.append(Problem(path=shown, code="frontmatter", reason=(
                f"published '{metadata['published']}' is not a real YYYY-MM-DD date; "
                "the dateline is used instead, if there is one")))
    datelines = find_datelines(text, body_start)
    outlet = metadata.get("outlet") or next((d.outlet for d in datelines if d.outlet), None)
    if published.method == "unknown" and datelines:
        dated = [d for d in datelines if d.year] or datelines
        first = dated[0]
        published = PublicationDate(year=first.year, month=first.month, day=first.day, method="dateline",
                                    evidence=first.text)
    source = Source(id=source_id, path=shown, outlet=outlet, title=metadata.get("title"),
                    url=metadata.get("url"), published=published, content_hash=content_hash)
    return Article(source=source, text=text, body_start=body_start,
                   skip_spans=[(d.start, d.end) for d in datelines])


def read_front_matter(text: str, shown: str, problems: list[Problem]) -> tuple[dict[str, str], int]:
    """A first line '---', then 'key: value' lines, then '---'. Returns (metadata, body start)."""
    first_line_end = text.find("\n")
    if text[:first_line_end if first_line_end >= 0 else len(text)].strip() != "---":
        return {}, 0
    metadata: dict[str, str] = {}
    position = first_line_end + 1
    while position < len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end].strip()
        if line == "---":
            return metadata, min(len(text), line_end + 1)
        match = _FRONT_MATTER_LINE.match(line)
        if match and match["key"].lower() in FRONT_MATTER_KEYS:
            metadata[match["key"].lower()] = match["value"].strip("'\"")
        elif match:
            problems.append(Problem(path=shown, code="frontmatter", reason=(
                f"unknown front-matter key '{match['key']}' ignored; known keys: {', '.join(FRONT_MATTER_KEYS)}")))
        elif line:
            break
        position = line_end + 1
    problems.append(Problem(path=shown, code="frontmatter", reason=(
        "front matter opened with '---' but never closed; the whole file is read as the article "
        "(add a closing '---' line)")))
    return {}, 0


def infer_missing_years(articles: list[Article]) -> None:
    """Give a year to datelines that have none: from the article itself, else from the corpus."""
    dated = [a.source.published.date for a in articles if a.source.published.date]
    for article in articles:
        published = article.source.published
        if published.year or not published.month or not published.day:
            continue
        year, evidence = _year_from_article(article, published.month)
        if year is None and dated:
            reference = sorted(dated)[len(dated) // 2]
            year = min(range(reference.year - 1, reference.year + 2), key=lambda y: abs(
                (_safe_date(y, published.month, published.day) - reference).days))
            evidence = f"year from the corpus's dated articles (median {reference.isoformat()})"
        if year is not None:
            article.source.published = published.model_copy(update={
                "year": year, "method": "inferred", "evidence": f"{published.evidence}; {evidence}"})


def _year_from_article(article: Article, month: int) -> tuple[int | None, str]:
    """A year written next to the dateline's month in the body ("April 22, 2025") is evidence."""
    from .chrono import MONTH_NAMES, month_number

    pattern = re.compile(rf"\b({MONTH_NAMES})(?: \d{{1,2}},?)? ((?:19|20)\d\d)\b")
    years = [int(m.group(2)) for m in pattern.finditer(article.text, article.body_start)
             if month_number(m.group(1)) == month]
    if years:
        year = statistics.mode(years)
        return year, f"year from '{year}' written with the same month in the article"
    return None, ""


def _safe_date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return dt.date(year, month, 28)
