"""The per-story step, defined once: a story's claims aligned, compared and derived into findings,
with editors' reviews attached (``study_story``).

The engine runs it over stories whose articles changed and renders each finding's fragments for
the run state (``StoryWork``, sent to worker processes or a Dask cluster as text); ``build_report``
runs it over articles already in memory, for callers that make or edit articles themselves.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .align.actors import main_actors
from .align.align import align_bucket, bucket_claims, with_synonyms
from .align.lend import lend_holders
from .align.stories import assign_stories
from .article_step import CLAIMS, PROBLEMS
from .chrono import median_date
from .compare.compare import compare, order_findings
from .compare.derive import derived_findings
from .contain import NOT_CONTAINED, story_problem
from .models import ClaimBase, Finding, Problem, Report, Source
from .report.formats import FORMATS
from .report.fragments import Context
from .store.reviews import ReviewsFile, attach_reviews
from .store.state import RANK


def study_story(story: str, claims: list[ClaimBase], sources: list[Source], corpus_time: dt.date | None,
                reviews: ReviewsFile, kinds: tuple[str, ...] | None = None,
                synonyms: Sequence[Sequence[str]] = (), terms: Mapping[str, Mapping[str, int]] | None = None) -> list[Finding]:
    """One story's findings: its claims (of ``kinds``, default all) aligned, compared and derived,
    with the reviews of them attached. ``sources`` are the story's articles, their story set;
    ``terms`` their story terms (who each article is about: align/actors.py)."""
    claims = [claim for claim in claims if kinds is None or claim.kind in kinds]
    story_of = {source.id: story for source in sources}
    actors = main_actors(terms or {})
    said = with_synonyms(claims, synonyms)
    lent = lend_holders(said, actors)  # read as the main actor's where the articles say so (lend.py)
    groups = [group for bucket in bucket_claims(lent, story_of) for group in align_bucket(bucket)]
    published = {source.id: source.published.date for source in sources}
    findings = compare(groups, published, actors)
    if lent is not said:  # the report keeps each claim as its article (and the editor's synonyms) told it
        extracted = {id(copy): claim for copy, claim in zip(lent, said)}
        for finding in findings:
            finding.claims = [extracted.get(id(claim), claim) for claim in finding.claims]
    return attach_reviews(findings + derived_findings(claims, sources, story_of, corpus_time), reviews)


@dataclass(frozen=True)
class StoryTask:
    """One story to align, compare and render: all a worker needs, as text."""

    story: str
    digest: str
    sources: list[str]  # its articles' Source records, as JSON
    claims: list[str]  # their claims after edits, as JSON lists
    terms: list[str] = field(default_factory=list)  # their story terms, as JSON objects (in the order of sources)


@dataclass(frozen=True)
class StoryWork:
    """What every story of a run shares: the corpus's time (for undated articles), the reviews and
    the corpus folder as the repository names it (GitHub's and SARIF's paths)."""

    corpus_time: dt.date | None
    reviews: ReviewsFile
    github_dir: str
    kinds: tuple[str, ...] | None = None  # compare only these (factcheck.toml's kinds); None: all
    synonyms: tuple[tuple[str, ...], ...] = ()  # words an editor declared equal (factcheck.toml)

    def __call__(self, batch: list[StoryTask]) -> list[tuple[str, str, list[tuple], str]]:
        """(story, digest, its findings' rows, its problems as JSON) of each story."""
        return [self.contained(task) for task in batch]

    def contained(self, task: StoryTask) -> tuple[str, str, list[tuple], str]:
        """The story's findings; none, and an ``internal-error`` problem, when a bug stops them
        (with no digest then: the next run tries again)."""
        try:
            return task.story, task.digest, self.findings(task), "[]"
        except NOT_CONTAINED:
            raise
        except Exception as error:  # noqa: BLE001 - the story's boundary (contain.py)
            paths = [Source.model_validate_json(text).path for text in task.sources]
            return task.story, "", [], PROBLEMS.dump_json([story_problem(task.story, paths, error)]).decode()

    def findings(self, task: StoryTask) -> list[tuple]:
        """The rows of the findings table for one story: its findings and their fragments."""
        claims = [claim for text in task.claims for claim in CLAIMS.validate_json(text)]
        sources = [Source.model_validate_json(text) for text in task.sources]
        for source in sources:
            source.story = task.story
        terms = {source.id: json.loads(text) for source, text in zip(sources, task.terms)}
        findings = study_story(task.story, claims, sources, self.corpus_time, self.reviews, self.kinds, self.synonyms, terms)
        context = Context({source.id: source for source in sources}, self.github_dir or None)
        return [(finding.id, task.story, RANK[finding.verdict], finding.kind, finding.verdict,
                 finding.verdict == "conflict" and not finding.reviewed,
                 finding.review.model_dump_json() if finding.review else "", finding.subject, finding.fingerprint,
                 {name: spec.fragment(finding, context) for name, spec in FORMATS.items()})
                for finding in findings]


@dataclass
class Extraction:
    """Articles already extracted, in memory: their sources, every claim and each source's story terms."""

    sources: list[Source]
    claims: list[ClaimBase]
    problems: list[Problem]
    extracted: list[str] = field(default_factory=list)  # ids of sources extracted afresh
    terms: dict[str, dict[str, int]] = field(default_factory=dict)  # source id -> its story terms


def build_report(extraction: Extraction, reviews: ReviewsFile | None = None, kinds: Sequence[str] | None = None,
                 synonyms: Sequence[Sequence[str]] = ()) -> Report:
    """The report of articles in memory: stories, then each story studied on its own (study_story,
    as the engine does): a bug one story runs into costs its findings (an ``internal-error``
    problem names it), never the report."""
    published = {source.id: source.published.date for source in extraction.sources}
    story_of = assign_stories({source.id: extraction.terms.get(source.id, {}) for source in extraction.sources},
                              published)
    sources = [source.model_copy(update={"story": story_of[source.id]}) for source in extraction.sources]
    corpus_time = median_date(published.values())
    members: dict[str, list[Source]] = defaultdict(list)
    for source in sources:
        members[source.story].append(source)
    claims_of: dict[str, list[ClaimBase]] = defaultdict(list)
    for claim in extraction.claims:
        claims_of[story_of.get(claim.source, claim.source)].append(claim)
    findings: list[Finding] = []
    problems: list[Problem] = []
    for story in sorted(members):
        try:
            findings += study_story(story, claims_of[story], members[story], corpus_time, reviews or ReviewsFile(),
                                    tuple(kinds) if kinds else None, synonyms, extraction.terms)
        except NOT_CONTAINED:
            raise
        except Exception as error:  # noqa: BLE001 - the story's boundary (contain.py)
            problems.append(story_problem(story, [source.path for source in members[story]], error))
    return Report(sources=sources, findings=order_findings(findings), problems=extraction.problems + problems)
