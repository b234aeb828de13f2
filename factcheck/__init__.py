"""factcheck: cross-source fact consistency checking for news corpora.

The library API is four plain functions, one per pipeline stage::

    articles, problems = load_corpus("sources")
    claims = [claim for article in articles for claim in extract(article)]
    findings = compare(align(claims))
    print(render(Report(sources=[a.source for a in articles], findings=findings, problems=problems), "markdown"))
"""
from __future__ import annotations

__version__ = "0.1.0"

from .align import align  # noqa: E402
from .compare import compare  # noqa: E402
from .corpus import load_corpus  # noqa: E402
from .extractors import extract_claims as extract  # noqa: E402
from .models import Report  # noqa: E402
from .report import render  # noqa: E402

__all__ = ["Report", "align", "compare", "extract", "load_corpus", "render", "__version__"]
