"""One exception tree; each error's message says what was wrong and how to fix it."""
from __future__ import annotations

from .safetext import printable


class FactcheckError(Exception):
    """Base of every error factcheck raises on purpose; the CLI turns these into exit code 2."""

    template = "{detail}"

    def __init__(self, **fields: object) -> None:
        self.fields = fields
        # Fields may quote a file an editor wrote (a key, a path): no control character gets through.
        super().__init__(printable(self.template.format(**fields)))

    def __reduce__(self):
        # Raised in a worker process (or on a Dask worker), it is pickled to reach the run: rebuilt
        # from its fields, not from its message (the default), or the pool breaks instead.
        return _rebuild, (type(self), self.fields)


def _rebuild(kind: type[FactcheckError], fields: dict[str, object]) -> FactcheckError:
    return kind(**fields)


class CorpusNotFound(FactcheckError):
    template = "corpus folder {path} does not exist or is not a folder; pass the folder that holds the articles"


class LedgerInvalid(FactcheckError):
    template = ("{path}:{line}:{column}: {detail}; fix the file by hand (or delete it to re-extract) - "
                "factcheck will not overwrite it while it is invalid")


class ReviewsInvalid(LedgerInvalid):
    template = ("{path}:{line}:{column}: {detail}; fix the file by hand - factcheck will not overwrite it while "
                "it is invalid (deleting it forgets every review)")


class OutputNotWritable(FactcheckError):
    template = "cannot write {path}: {detail}; choose another folder with --reports-dir/--claims-dir or fix its permissions"


class OutputsOfAnotherCorpus(FactcheckError):
    template = ("{folder} holds the outputs of another corpus ({owner}), not of {corpus}: checking {corpus} there "
                "would mix the two corpora's ledgers and overwrite the other's reports; give it folders of its "
                "own with --claims-dir and --reports-dir")


class ReportsInCorpus(FactcheckError):
    template = ("reports folder {folder} is inside the corpus folder {corpus}: the next check would read its "
                "findings.txt and findings.md as articles; choose a folder outside it with --reports-dir")


class CorpusHoldsCurrentFolder(FactcheckError):
    template = ("{corpus} is the current folder or holds it, so claims/ and reports/ would go beside it, into "
                "{beside}, outside where you are; run from the folder that holds the corpus (cd {beside} && "
                "factcheck {command} {name}), or say where they go with {options}")


class UnknownFinding(FactcheckError):
    template = ("no finding '{finding}' in the report of {corpus}{suggestion} (copy the id from the table or the "
                "report's id column, or see factcheck list; ids change only when a finding's leading claim does)")


class EngineUnavailable(FactcheckError):
    template = "the {engine} engine is not installed ({detail}); install it with: pip install 'factcheck[{engine}]'"


class ConfigInvalid(FactcheckError):
    template = "{path}:{line}: {detail}; {fix}"


class NoArticles(FactcheckError):
    template = ("no article in {path}: factcheck reads .txt and .md files, and found {found}; pass the folder "
                "that holds the articles (or set corpus in factcheck.toml)")


class UsageError(FactcheckError):
    template = "{detail}"
