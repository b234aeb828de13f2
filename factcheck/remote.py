"""Corpora at any fsspec URL (s3://, gs://, memory://, file://...), read the way local ones are.

A local path goes to corpus.load_corpus unchanged; a URL is listed and read through fsspec, and
each file goes through the same decoding, front matter and dateline reading.
"""
from __future__ import annotations

from pathlib import Path, PurePosixPath

from .contain import NOT_CONTAINED, article_problem
from .corpus import article_from_bytes, infer_missing_years, load_corpus, too_large
from .discover import ARTICLE_SUFFIXES
from .errors import CorpusNotFound, EngineUnavailable
from .models import Article, Problem


def is_url(location: str | Path) -> bool:
    return "://" in str(location)


def load_any_corpus(location: str | Path, max_bytes: int, follow_symlinks: bool = False) -> tuple[list[Article], list[Problem]]:
    if not is_url(location):
        return load_corpus(location, max_bytes, follow_symlinks)
    try:
        import fsspec
    except ImportError as error:
        raise EngineUnavailable(engine="dask", detail=f"reading {location} needs fsspec: {error}") from error
    filesystem, root = fsspec.core.url_to_fs(str(location))
    if not filesystem.isdir(root):
        raise CorpusNotFound(path=location)
    articles: list[Article] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for path in sorted(filesystem.find(root)):
        shown = str(PurePosixPath(path).relative_to(PurePosixPath(root)))
        name = PurePosixPath(shown)
        if any(part.startswith(".") for part in name.parts) or name.suffix.lower() not in ARTICLE_SUFFIXES:
            continue
        try:
            article = _read(filesystem, path, shown, max_bytes, problems, seen)
        except NOT_CONTAINED:
            raise
        except OSError as error:  # the store did not answer: the file's problem, not a bug
            problems.append(Problem(path=shown, code="unreadable", reason=(
                f"cannot be read ({error.strerror or error}); check that it exists and you may read it")))
            continue
        except Exception as error:  # noqa: BLE001 - the article's boundary (contain.py)
            problems.append(article_problem(shown, "reading it", error))
            continue
        if article is not None:
            articles.append(article)
    infer_missing_years(articles)
    return articles, problems


def _read(filesystem, path: str, shown: str, max_bytes: int, problems: list[Problem], seen: dict[str, str]) -> Article | None:
    source_id = PurePosixPath(shown).stem
    if source_id in seen:
        problems.append(Problem(path=shown, code="duplicate-id", reason=(
            f"source id '{source_id}' is already used by {seen[source_id]}; rename one of the files")))
        return None
    size = filesystem.size(path)
    if size > max_bytes:
        problems.append(too_large(shown, size, max_bytes))
        return None
    article = article_from_bytes(filesystem.cat_file(path), source_id, shown, problems)
    if article is not None:
        seen[source_id] = shown
    return article
