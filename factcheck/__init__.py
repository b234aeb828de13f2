"""factcheck: cross-source fact consistency checking for news corpora.

The library API is the engine the command runs::

    report = check_report("sources")   # what `factcheck check sources` computes: stories, findings
                                       # (derived ones too), reviews, problems; ledgers and reports written
    print(render(report, "markdown"))

and its stages, for articles a caller makes or edits itself (nothing written)::

    articles, problems = load_corpus("sources")          # a folder, or an fsspec URL
    extracted = [extract_article(article) for article in articles]   # claims and story terms
    report = build_report(Extraction([a.source for a in articles], [c for claims, _ in extracted for c in claims],
                                     problems, terms={a.source.id: t for a, (_, t) in zip(articles, extracted)}))

``check_corpus`` and ``extract_corpus`` are the engine's own entry points (the tally, the files written).
"""
from __future__ import annotations

__version__ = "0.1.0"

import gc  # noqa: E402

from .lazyre import compiled_when_used  # noqa: E402

# No garbage is collected while the package imports: what it makes (modules, classes, functions,
# pydantic's validators) lives as long as the process, and the ~1,000 collections of young objects
# that found nothing to free were 3% of the import's instructions, paid by every re-check.
_COLLECTING = gc.isenabled()
gc.disable()
# The modules' own patterns are compiled at first use (lazyre.py): a re-check of one article uses few.
try:
    with compiled_when_used():
        from .engine import (  # noqa: E402
            CheckResult,
            Extraction,
            build_report,
            check_corpus,
            check_report,
            extract_article,
            extract_corpus,
        )
        from .extract import extract_claims  # noqa: E402
        from .load.corpus import load_corpus  # noqa: E402
        from .models import Report  # noqa: E402
        from .report.formats import render  # noqa: E402
finally:
    if _COLLECTING:
        gc.enable()

__all__ = ["CheckResult", "Extraction", "Report", "build_report", "check_corpus", "check_report", "extract_article",
           "extract_claims", "extract_corpus", "load_corpus", "render", "__version__"]
