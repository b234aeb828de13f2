"""Corpus folder -> Articles: discovery, decoding, front matter, publication dates.

A file that cannot be read as an article becomes a Problem with its path and the reason; it never
stops the rest of the corpus from being checked. Which files are articles is discover.py's part.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import statistics
import sys
from pathlib import Path

from ..chrono import median_date
from ..contain import NOT_CONTAINED, article_problem
from ..errors import FactcheckError
from ..models import Article, Problem, PublicationDate, Source
from .dateline import find_datelines
from .listing import Listing, listing_for
from .stamps import ambiguous_readings, find_stamps, page_publication, settle_by_corpus

FRONT_MATTER_KEYS = ("outlet", "published", "url", "title")
# The names static-site tools and feeds give the same keys (Jekyll, Hugo, Eleventy, RSS, schema.org);
# compared in lower case. A key's own name wins over an alias when a file has both.
FRONT_MATTER_ALIASES = {
    **dict.fromkeys(("date", "published_at", "pubdate", "pub_date", "publish_date", "publishdate", "published_date",
                     "date_published", "datepublished", "publication_date"), "published"),
    **dict.fromkeys(("link", "permalink", "canonical", "canonical_url", "canonicalurl", "source_url"), "url"),
    **dict.fromkeys(("publisher", "source", "site", "site_name", "publication"), "outlet"),
    "headline": "title",
}
DEFAULT_MAX_BYTES = 5_000_000
MAX_PROBLEMS_PER_FILE = 20
# The most one read can ask the operating system for (a larger limit overflows the read).
MAX_BYTES_CEILING = sys.maxsize - 1


def load_corpus(location: str | Path, max_bytes: int = DEFAULT_MAX_BYTES,
                follow_symlinks: bool = False) -> tuple[list[Article], list[Problem]]:
    """Read every article under a folder or fsspec URL (sorted by path), with its source record.

    Symbolic links are not followed unless ``follow_symlinks``: a link can lead out of the corpus
    folder (to any file the user can read) or back into it (the same article twice). Years
    missing from datelines are inferred once the whole corpus is read.
    """
    listing = corpus_listing(location, max_bytes, follow_symlinks)
    articles: list[Article] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for found in listing.files(problems):
        source_id = found.path.stem
        if claim_source_id(source_id, found.shown, seen, problems):
            continue
        try:
            article = read_article(listing, found.path, found.shown, max_bytes, problems)
        except NOT_CONTAINED:
            raise
        except Exception as error:  # noqa: BLE001 - the article's boundary (contain.py)
            problems.append(article_problem(found.shown, "reading it", error))
            continue
        if article is not None:
            articles.append(article)
    infer_missing_years(articles)
    problems.sort(key=lambda problem: problem.path)  # stable: one file's problems stay in order
    return articles, problems


def corpus_listing(location: str | Path, max_bytes: int, follow_symlinks: bool = False) -> Listing:
    """The corpus's listing, once it is known to be one and the size limit makes sense."""
    listing = listing_for(location, follow_symlinks)
    if not 1 <= max_bytes <= MAX_BYTES_CEILING:
        raise FactcheckError(detail=f"the size limit must be a positive number of bytes, not {max_bytes} "
                                    f"(at most {MAX_BYTES_CEILING:,}); the default is --max-bytes {DEFAULT_MAX_BYTES}")
    return listing


def claim_source_id(source_id: str, shown: str, seen: dict[str, str], problems: list[Problem]) -> bool:
    """Take source_id for the file shown, or say (a problem) that an earlier file has it: True then.
    Ledgers are named by source id, and some file systems do not tell X.json from x.json."""
    if source_id.casefold() in seen:
        problems.append(Problem(path=shown, code="duplicate-id", reason=(
            f"source id '{source_id}' (the file name without extension) is already used by "
            f"{seen[source_id.casefold()]}; rename one of the files")))
        return True
    seen[source_id.casefold()] = shown
    return False


def read_article(listing: Listing, path: Path | str, shown: str, max_bytes: int,
                 problems: list[Problem]) -> Article | None:
    try:
        read = listing.read(path, max_bytes)
    except OSError as error:
        problems.append(unreadable(shown, error))
        return None
    if len(read.data) > max_bytes:
        problems.append(too_large(shown, read.size, max_bytes))
        return None
    return article_from_bytes(read.data, Path(path).stem, shown, problems)


def unreadable(shown: str, error: OSError) -> Problem:
    return Problem(path=shown, code="unreadable", reason=(
        f"cannot be read ({error.strerror or error}); check that it exists and you may read it"))


def too_large(shown: str, size: int, max_bytes: int) -> Problem:
    return Problem(path=shown, code="too-large", reason=(
        f"file is {size:,} bytes, over the limit of {max_bytes:,}; it was not read "
        "(raise the limit with --max-bytes if it really is one article)"))


def article_from_bytes(data: bytes, source_id: str, shown: str, problems: list[Problem]) -> Article | None:
    """A file's bytes -> its article, or a problem when they are no readable article."""
    text, error = decode(data)
    if text is None:
        problems.append(Problem(path=shown, code="unreadable", reason=error))
        return None
    if not text.strip():
        problems.append(Problem(path=shown, code="empty", reason="file is empty or only white space; nothing to check"))
        return None
    found: list[Problem] = []
    article = parse_article(text, source_id, shown, hashlib.sha256(data).hexdigest(), found)
    problems.extend(cap_problems(found, shown))
    return article


def cap_problems(found: list[Problem], shown: str) -> list[Problem]:
    """At most MAX_PROBLEMS_PER_FILE of one file's problems, and one that says how many more there
    were: 4.9 MB of unknown front-matter keys made 980,000 problems and 911 MB of reports."""
    if len(found) <= MAX_PROBLEMS_PER_FILE:
        return found
    more = len(found) - MAX_PROBLEMS_PER_FILE
    return found[:MAX_PROBLEMS_PER_FILE] + [Problem(path=shown, code="capped", reason=(
        f"{more:,} more problems of this file are not listed (at most {MAX_PROBLEMS_PER_FILE} are); "
        "fix the ones above and check again"))]


_BOMS = ((b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\xff\xfe", "utf-16"),
         (b"\xfe\xff", "utf-16"))
# Control characters other than tab and line breaks: a terminal would run ESC sequences that an
# article carried, so each becomes U+FFFD, and a lone CR (old Mac line ends, which datelines and
# CSV readers take differently) becomes LF: one character for one, so offsets stay the same.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]|\r(?!\n)")
# Whether a text holds any character _CONTROLS may match (every CR): a character class, which re
# searches several times as fast as the alternation. Most articles hold none, and are kept as they are.
_ANY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f]")


def _neutralise(text: str) -> str:
    if _ANY_CONTROL.search(text) is None:
        return text
    return _CONTROLS.sub(lambda match: "\n" if match.group() == "\r" else "\ufffd", text)
BINARY_SAMPLE = 8192


def decode(data: bytes) -> tuple[str | None, str]:
    r"""Bytes -> (text, "") or (None, why not): UTF-8 (with or without BOM), UTF-16 or UTF-32 with
    a BOM, else cp1252 (latin-1 where cp1252 leaves a byte undefined).

    Offsets in claims are into this decoded text, so the BOM is not part of it; control codes become
    U+FFFD and a lone CR becomes LF, one character for one, so offsets are those of the raw decoding.

    >>> decode("caf\u00e9".encode("cp1252")), decode(b"\xef\xbb\xbfHi\x1b[2J")[0] == "Hi\ufffd[2J"
    (('café', ''), True)
    """
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding:
        try:
            return _neutralise(data.decode(encoding)), ""
        except UnicodeDecodeError as error:
            return None, (f"starts with a {encoding.upper()} byte order mark but byte {error.start} does not decode "
                          f"({error.reason}); save the article again as UTF-8")
    if b"\x00" in data[:BINARY_SAMPLE]:
        return None, ("looks binary (NUL bytes), or is UTF-16 without a byte order mark; "
                      "save the article as plain UTF-8 text")
    text = _decode_8bit(data)
    if _ANY_CONTROL.search(text) is None:
        return text, ""
    sample = text[:BINARY_SAMPLE]
    controls = len(_CONTROLS.findall(sample)) - sample.count("\r") + sample.count("\r\n")
    if controls >= 8 and controls * 10 > len(sample):  # a stray ESC or form feed is no reason
        return None, "looks binary (more than 1 in 10 characters are control codes); save the article as plain text"
    return _neutralise(text), ""


def _decode_8bit(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


_FRONT_MATTER_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
# "2025-04-25", and the date of "2025-04-25T10:00:00+02:00" or "2025-04-25 10:00" as blogs write it
_PUBLISHED = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d)(?:[T ]\d\d:\d\d.*)?$")


def parse_article(text: str, source_id: str, shown: str, content_hash: str, problems: list[Problem]) -> Article:
    metadata, body_start = read_front_matter(text, shown, problems)
    published = _published(metadata, shown, problems)
    datelines = find_datelines(text, body_start)
    outlet = metadata.get("outlet") or next((d.outlet for d in datelines if d.outlet), None)
    # Page stamps are never claims, whatever gave the date: their spans are skipped like datelines.
    shown_date, stamps = page_publication(text, body_start, metadata.get("url"))
    if published.method == "unknown" and datelines:
        dated = [d for d in datelines if d.year] or datelines
        first = dated[0]
        published = PublicationDate(year=first.year, month=first.month, day=first.day, method="dateline",
                                    evidence=first.text)
    if shown_date is not None and (published.method == "unknown" or not published.year):
        published = shown_date if shown_date.date or published.method == "unknown" else published
    skip = sorted({(d.start, d.end) for d in datelines} | {(s.start, s.end) for s in stamps})
    source = Source(id=source_id, path=shown, outlet=outlet, title=metadata.get("title"),
                    url=metadata.get("url"), published=published, content_hash=content_hash)
    readings = ambiguous_readings(stamps) if published.method == "unknown" else []
    return Article(source=source, text=text, body_start=body_start, skip_spans=skip, date_readings=readings)


def _published(metadata: dict[str, str], shown: str, problems: list[Problem]) -> PublicationDate:
    written = metadata.get("published")
    if written is None:
        return PublicationDate()
    match = _PUBLISHED.match(written)
    stamp = None if match else next((s for s in find_stamps(written) if len(s.readings) == 1), None)
    try:
        date = stamp.readings[0] if stamp else dt.date.fromisoformat(match["date"] if match else written)
    except ValueError as error:
        problems.append(Problem(path=shown, code="frontmatter", reason=(
            f"front matter 'published: {written}' is not a real date ({error}); write it as YYYY-MM-DD, "
            "e.g. 2025-04-25; the dateline is used instead, if there is one")))
        return PublicationDate()
    return PublicationDate(year=date.year, month=date.month, day=date.day, method="metadata",
                           evidence=f"published: {written}")


def read_front_matter(text: str, shown: str, problems: list[Problem]) -> tuple[dict[str, str], int]:
    """A first line '---', then 'key: value' lines, then '---'. Returns (metadata, body start).

    Only a block that closes is front matter: a Markdown article may well open with a '---' rule.
    """
    first_line_end = text.find("\n")
    if text[:first_line_end if first_line_end >= 0 else len(text)].strip() != "---":
        return {}, 0
    metadata: dict[str, str] = {}
    aliased: dict[str, str] = {}
    unknown: list[str] = []  # told once per file, and only if the block closes: else it was no front matter
    position, line_number = first_line_end + 1, 2
    while position < len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        raw = text[position:line_end]
        line = raw.strip()
        match = _FRONT_MATTER_LINE.match(line)
        if line == "---":
            if unknown:
                problems.append(Problem(path=shown, code="frontmatter", reason=(
                    f"unknown front-matter key{'s' if len(unknown) > 1 else ''} {', '.join(unknown)} ignored; "
                    f"known keys: {', '.join(FRONT_MATTER_KEYS)} (and their usual aliases: date, pubDate, link...)")))
            return {**aliased, **metadata}, min(len(text), line_end + 1)
        key = match["key"].lower() if match else ""
        if match and key in FRONT_MATTER_KEYS:
            metadata[key] = match["value"].strip("'\"")
        elif match and key in FRONT_MATTER_ALIASES:
            aliased.setdefault(FRONT_MATTER_ALIASES[key], match["value"].strip("'\""))
        elif match:
            unknown.append(f"'{match['key']}' on line {line_number}")
        elif line.startswith("- ") or raw[:1] in (" ", "\t"):
            pass  # a YAML list item or a continued value, of a key we do not read
        elif line and not line.startswith("#"):
            problems.append(Problem(path=shown, code="frontmatter", reason=(
                f"front matter opened with '---' on line 1 is not closed before line {line_number}, which is "
                "not 'key: value'; the whole file is read as the article (add a closing '---' line)")))
            return {}, 0
        position, line_number = line_end + 1, line_number + 1
    problems.append(Problem(path=shown, code="frontmatter", reason=(
        "front matter opened with '---' on line 1 but never closed; the whole file is read as the article "
        "(add a closing '---' line)")))
    return {}, 0


def infer_missing_years(articles: list[Article], dated: list[dt.date] | None = None) -> None:
    """Give a year to datelines that have none: from the article itself, else from the corpus
    (``dated``: the publication dates the corpus states; by default those of ``articles``)."""
    if dated is None:
        dated = [a.source.published.date for a in articles if a.source.published.date]
    reference = median_date(dated)  # the date a year-less dateline is read against
    for article in articles:
        if year_wanted(article):
            infer_year(article, reference)


def year_wanted(article: Article) -> bool:
    """Whether the article's date needs the corpus: a dateline with no year, or a page stamp that
    reads as two dates (05/03/2013)."""
    published = article.source.published
    return (not published.year and bool(published.month) and bool(published.day)) or bool(article.date_readings)


def infer_year(article: Article, reference: dt.date | None) -> bool:
    """The year of a year-less dateline, from the article, else from ``reference``; whether the
    corpus (reference) was needed."""
    published = article.source.published
    if article.date_readings:
        return _settle_order(article, reference)
    year, evidence = _year_from_article(article, published.month)
    from_corpus = year is None
    if from_corpus and reference is not None:
        # Four years either side: 29 February needs a leap year, and one is always that near.
        dates = [date for y in range(reference.year - 4, reference.year + 5)
                 if (date := _real_date(y, published.month, published.day)) is not None]
        year = min(dates, key=lambda date: (abs((date - reference).days), date)).year if dates else None
        evidence = f"year from the corpus's dated articles (median {reference.isoformat()})"
    if year is not None:
        article.source.published = published.model_copy(update={
            "year": year, "method": "inferred", "evidence": f"{published.evidence}; {evidence}"})
    return from_corpus


def _settle_order(article: Article, reference: dt.date | None) -> bool:
    """Day or month first, for a stamp the article left open: the reading near the corpus's dated
    articles, when one clearly is (marked inferred); else the date stays unknown. Always needs the
    corpus."""
    date = settle_by_corpus(article.date_readings, reference) if reference is not None else None
    if date is not None:
        published = article.source.published
        article.source.published = PublicationDate(
            year=date.year, month=date.month, day=date.day, method="inferred",
            evidence=f"{published.evidence}; day/month order from the corpus's dated articles (median "
                     f"{reference.isoformat()})")  # type: ignore[union-attr]
    return True


def _year_from_article(article: Article, month: int) -> tuple[int | None, str]:
    """A year written next to the dateline's month in the body ("April 22, 2025") is evidence."""
    from ..chrono import MONTH_NAMES, month_number

    pattern = re.compile(rf"\b({MONTH_NAMES})(?: \d{{1,2}},?)? ((?:19|20)\d\d)\b")
    day = article.source.published.day or 1
    years = [int(m.group(2)) for m in pattern.finditer(article.text, article.body_start)
             if month_number(m.group(1)) == month and _real_date(int(m.group(2)), month, day)]
    if years:
        year = statistics.mode(years)
        return year, f"year from '{year}' written with the same month in the article"
    return None, ""


def _real_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None where the calendar has no such day (29 February of 2025)."""
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None
