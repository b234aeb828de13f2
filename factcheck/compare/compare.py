"""One verdict rule per claim kind, by interval logic, with an explanation an editor can act on.

equal -> agree; one inside the other, or overlapping hedged ranges -> compatible; disjoint ->
conflict; a group with claims from one source only -> single. Rules look at the group's extreme
values, so a group of thousands of claims costs linear time, never pairwise.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Mapping

from ..align.actors import actor_holders, one_actor
from ..align.align import Group, can_disagree
from ..align.rounding import rounded_amount, rounded_change, rounded_level
from ..align.stretches import measured_stretch
from ..align.values import DOCUMENT_FAMILIES, claim_interval, values_overlap
from ..chrono import describe_interval
from ..extract.compound_lengths import is_compound, rounded_interval
from ..extract.frames import is_stat
from ..extract.holders import is_organisation
from ..kinds import SPEC
from ..models import ClaimBase, Finding
from ..text import format_number
from .apart import told_apart
from .last_month import months_apart, relative_apart
from .seasons import loose_interval, only_at_an_edge
from .told import told_by
from .updates import updated


def compare(groups: list[Group], published: Mapping[str, dt.date | None] | None = None,
            actors: Mapping[str, frozenset[str]] | None = None) -> list[Finding]:
    """The verdict of each group. ``published`` maps a source to its publication date (None: not
    known): a statistic of one game is set against another article's only when both are dated
    within a day of each other (a player's games go on; an undated roundup may tell another game).
    ``actors`` maps a source to its main actor (align/actors.py), which an unnamed figure may be told of."""
    published = published or {}
    same_game = _same_games(groups)
    findings = []
    for group in groups:
        verdict, explanation = RULES[SPEC[group.kind].rule](group.claims)
        if len({claim.source for claim in group.claims}) < 2:
            # One article that gives two figures for one frame is no disagreement between sources.
            verdict, explanation = "single", f"only {group.claims[0].source} says this ({explanation})"
        elif verdict == "conflict":
            verdict, explanation = _across_sources(group.kind, group.claims, explanation, group.echoes, published, same_game,
                                                   actors)
        findings.append(Finding(
            id=group.id, verdict=verdict, kind=group.kind, subject=group.leader.subject,
            explanation=explanation, claims=group.claims, fingerprint=fingerprint(group.claims, verdict)))
    return order_findings(findings)


# Sources compared pairwise for a conflict: beyond this many, the first ones (a group this large
# is rare, and the cost must stay bounded).
MAX_SOURCES_COMPARED = 64


def _across_sources(kind: str, claims: list[ClaimBase], explanation: str,
                    echoes: list[tuple[ClaimBase, ClaimBase]] = (),
                    published: Mapping[str, dt.date | None] | None = None,
                    same_game: frozenset[tuple[str, str]] = frozenset(),
                    actors: Mapping[str, frozenset[str]] | None = None) -> tuple[str, str]:
    """A conflict is between two sources: one gives a value the other contradicts and does not
    give itself. Two values that every article of the group states alike ("six spotted, four
    intercepted" in each) are two facts both tell, not a disagreement. Two figures at the same place
    in nearly the same sentence (``echoes``) state one fact, however thin their frames."""
    published = published or {}
    by_source: dict[str, list[ClaimBase]] = {}
    for claim in claims:
        by_source.setdefault(claim.source, []).append(claim)
    sources = sorted(by_source)[:MAX_SOURCES_COMPARED]

    def apart(a: ClaimBase, b: ClaimBase) -> bool:
        # Two facts, or a later edition's running count: the frame path and the echo path alike.
        return told_apart(a, b) or updated(a, b, published) or months_apart(a, b, published) or relative_apart(a, b, published)

    for index, one in enumerate(sources):
        for other in sources[index + 1:]:
            first, second = _strong(by_source[one]), _strong(by_source[other])
            if not _one_game(_days_apart(published, one, other), (one, other) in same_game):
                first, second = [c for c in first if not _game_statistic(c)], [c for c in second if not _game_statistic(c)]
            if not _consistent(first, second, by_source[one], by_source[other], apart, actors or {}):
                pair = by_source[one] + by_source[other]
                return "conflict", RULES[SPEC[kind].rule](pair)[1] if len(sources) > 2 else explanation
    for one, other in echoes:
        days = _days_apart(published, one.source, other.source)
        if _game_statistic(one) and days is not None and days > GAME_DAYS:
            continue  # a formula sentence of two games a week apart: the same words, not the same game
        if _echo_disagrees(one, other, by_source, apart):
            return "conflict", RULES[SPEC[kind].rule]([one, other])[1] + " (told in the same words, or beside the same figures, in both)"
    same = all(_values(by_source[source]) == _values(by_source[sources[0]]) for source in sources)
    return ("agree" if same else "compatible"), (
        f"{explanation.split(':')[0]}: no two sources contradict each other (what one gives, the other gives or "
        "allows too, or the figures are told of different holders or lie more than ten times apart): different "
        "facts of one kind, not a disagreement")


def _echo_disagrees(one: ClaimBase, other: ClaimBase, by_source: dict[str, list[ClaimBase]],
                    apart: Callable[[ClaimBase, ClaimBase], bool]) -> bool:
    """An echoed figure disagrees when neither source gives the other's very figure elsewhere in the
    group with a frame that says which fact it is (a thin claim there only agreed its way in)."""
    if _meet(one, other) or not _comparable(one, other) or apart(one, other):
        return False
    if told_by(one, by_source[other.source]) or told_by(other, by_source[one.source]):
        return False  # the other article states this very figure too, as another fact (told.py)
    # "Gives" is the very figure: a hedge that merely allows it ("at least 24" beside a quoted "51")
    # does not make the quote's 51 and the other's 24 one statement.
    return not (any(claim.value == one.value for claim in _strong(by_source[other.source]) if claim is not other)
                or any(claim.value == other.value for claim in _strong(by_source[one.source]) if claim is not one))


# Scopes that make a statistic more than one game's: a season's, a career's, a running total.
_BEYOND_ONE_GAME = frozenset({"season", "career", "total", "so far", "average", "rate"})
# How far apart two articles' dates may be and still report one game (a late game is told the next day).
GAME_DAYS = 1


def _game_statistic(claim: ClaimBase) -> bool:
    """"Earl Whitcomb finished with 22 points": one game's figure, which another game may differ from."""
    scope = set(claim.frame.scope.split("+")) if claim.frame.scope else set()
    # The thing alone, not the verb: "the Bruins fired 40 shots" is one game's, like "scored 3 goals".
    return claim.kind == "count" and is_stat(claim.frame.thing) and not scope & _BEYOND_ONE_GAME and claim.frame.when is None


# Game statistics two undated articles must both give alike (one player's 364 yards, another's 29
# of 34) before their other statistics are taken to be of the same game.
SAME_GAME_STATISTICS = 2


def _same_games(groups: list[Group]) -> frozenset[tuple[str, str]]:
    """Pairs of sources (in sorted order) that give alike at least SAME_GAME_STATISTICS statistics
    of one game, each named for its player and distinctive (10 or more, or with a fraction: "two
    touchdowns" or "seven catches" recur from game to game): without dates, the best sign that two
    articles tell the same game rather than two games of one season."""
    shared: dict[tuple[str, str], int] = {}
    for group in groups:
        values: dict[str, set[float]] = {}
        for claim in group.claims:
            if not _game_statistic(claim) or not can_disagree(claim):
                continue
            stated = claim.value.stated
            if stated is not None and (stated >= 10 or stated != int(stated)):
                values.setdefault(claim.source, set()).add(stated)
        sources = sorted(values)[:MAX_SOURCES_COMPARED]
        for index, one in enumerate(sources):
            for other in sources[index + 1:]:
                alike = len(values[one] & values[other])
                if alike:
                    shared[one, other] = shared.get((one, other), 0) + alike
    return frozenset(pair for pair, count in shared.items() if count >= SAME_GAME_STATISTICS)


def _one_game(days: int | None, same_game: bool) -> bool:
    """Whether two articles may tell the same game: dated within GAME_DAYS of each other, or
    undated and giving two statistics of it alike."""
    return days <= GAME_DAYS if days is not None else same_game


def _days_apart(published: Mapping[str, dt.date | None], one: str, other: str) -> int | None:
    """How many days apart two sources were published; None when either date is unknown."""
    first, second = published.get(one), published.get(other)
    return None if first is None or second is None else abs((first - second).days)


# How far apart two figures may be and still be one fact told two ways.
COMPARABLE_FACTOR = 10.0


def _comparable(one: ClaimBase, other: ClaimBase) -> bool:
    if one.kind not in ("count", "money") or values_overlap(one, other):
        return True
    first, second = claim_interval(one), claim_interval(other)
    if first is None or second is None:
        return True
    low, high = (first, second) if first[1] < second[0] else (second, first)
    return high[0] <= max(low[1], 1.0) * COMPARABLE_FACTOR


def _strong(claims: list[ClaimBase]) -> list[ClaimBase]:
    """The claims whose frames say which fact they state: only these can disagree. A figure of a
    stretch of time ("14 points in the third quarter", "six in the first 2½ minutes of the fourth
    quarter") says which stretch only in words the frame does not keep: it disagrees only as an echo;
    nor do figures that "respectively" hands out to a list of holders. A figure that measures its
    stretch ("will sit out the final four games") says which: it disagrees like any other."""
    return [claim for claim in claims if can_disagree(claim)
            and ("period" not in (claim.frame.scope or "").split("+") or measured_stretch(claim))
            and not _RESPECTIVELY.search(claim.sentence)]


# "Tom Smith and Will Jones were jailed for 12 and 8 years respectively": whose each figure is, the
# frame cannot tell (it reads the clause, not the order of a list).
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def _consistent(one: list[ClaimBase], other: list[ClaimBase], one_all: list[ClaimBase] = (),
                other_all: list[ClaimBase] = (), apart: Callable[[ClaimBase, ClaimBase], bool] = told_apart,
                actors: Mapping[str, frozenset[str]] | None = None) -> bool:
    """Whether every value of one source meets a value of the other, either way round; a value the
    other source states too in its sentence (``one_all``, ``other_all``: each source's claims of the
    group) is met (told.py: "police put the number at 12,000" beside the organisers' 50,000). Figures
    that name the place or person they are of and figures that do not are never set against each
    other: "10 houses damaged in Tarnvik" may be part of "around 40 houses damaged by the quake",
    "Firefighter John Smith rescued three children" part of "firefighters rescued 12 children".
    (An echo, the same figure in nearly the same sentence, may still pair them: echo.py; and a figure
    told of no one is the holder's when both articles are about the holder: align/actors.py.)"""
    holders = {claim.frame.holder for claim in one + other if _named(claim)}
    actors = actors or {}
    one_actors, other_actors = (actor_holders([c for c in side if _named(c)], actors) if actors else {} for side in (one, other))
    for named in (True, False):
        first = [claim for claim in one if _named(claim, holders, other_actors, actors) == named]
        second = [claim for claim in other if _named(claim, holders, one_actors, actors) == named]
        # Figures far apart ("12 killed" in one bombing, "some 2 million dead" in the civil war) are
        # not one fact told two ways: only figures within a factor of ten of each other can disagree.
        # Nor figures told of two places or as two sides' estimates (apart.py), nor a toll and its update (updates.py).
        first, second = ([a for a in first if any(_comparable(a, b) and not apart(a, b) for b in second)],
                         [b for b in second if any(_comparable(b, a) and not apart(b, a) for a in first)])
        if first and second and not (all(any(_meet(a, b) for b in second) or told_by(a, other_all) for a in first)
                                     or all(any(_meet(b, a) for a in first) or told_by(b, one_all) for b in second)):
            return False
    return True


def _meet(one: ClaimBase, other: ClaimBase) -> bool:
    """Whether two values can both be true of one thing, a change or a sum told rounded included (rounding.py)."""
    return (values_overlap(one, other) or rounded_change(one, other) or rounded_change(other, one)
            or rounded_amount(one, other) or rounded_amount(other, one) or rounded_level(one, other) or rounded_level(other, one))


def _named(claim: ClaimBase, holders: set[str] = frozenset(), others: Mapping[str, frozenset[str]] | None = None,
           actors: Mapping[str, frozenset[str]] | None = None) -> bool:
    """Whether a figure names the place or person it is of: an organisation's figure ("the Interior
    Department received 300,000 comments") is the story's own, like a figure with no holder. A
    share or sum whose own thing names one of ``holders`` (the other figures' holders) is told of it
    too: "Payments firm Arkwell jumped 30%" is Arkwell's, as "Shares of Arkwell jumped 45%" is; so is a
    figure told of no one that ``others`` (the other source's) tells of the holder both articles are
    about (align/actors.py: "The company raised $1.2 billion" / "Acme raised $1.4 billion")."""
    if claim.frame.holder:
        return not is_organisation(claim.frame.holder)
    return (claim.kind in _THING_NAMES and any(_names(claim.frame.thing, holder) for holder in holders)
            or bool(others) and one_actor(claim, others, actors or {}) is not None)


# Kinds whose thing is a phrase that may name its holder ("Payments firm Arkwell", "Tarn Motors shares").
_THING_NAMES = frozenset({"percent", "money"})


def _names(thing: str | None, holder: str) -> bool:
    return bool(thing) and re.search(rf"(?<![\w'’-]){re.escape(holder)}(?![\w'’-])", thing) is not None


def _values(claims: list[ClaimBase]) -> set[str]:
    return {claim.value.model_dump_json() for claim in claims}


def order_findings(findings: list[Finding]) -> list[Finding]:
    """Conflicts first, then compatible, agreeing and single findings; stable within each."""
    order = {"conflict": 0, "compatible": 1, "agree": 2, "single": 3}
    return sorted(findings, key=lambda f: (order[f.verdict], f.kind, f.id))


def fingerprint(claims: list[ClaimBase], verdict: str) -> str:
    """Changes when any claim of a finding changes (a reviewed finding then needs review again)."""
    material = "|".join(sorted(f"{c.id}:{c.text}:{c.value.model_dump_json()}" for c in claims)) + verdict
    return hashlib.sha1(material.encode()).hexdigest()[:16]


# An explanation names at most this many distinct values; a group of thousands says how many more.
MAX_LISTED = 6


def listed(values: list[str], joiner: str) -> str:
    """Distinct values joined, the first MAX_LISTED of them and a count of the rest."""
    if len(values) <= MAX_LISTED:
        return joiner.join(values)
    return joiner.join(values[:MAX_LISTED]) + f" and {len(values) - MAX_LISTED} more"


def _quote(claim: ClaimBase) -> str:
    return f'"{claim.text}" ({claim.source})'


def _interval_verdict(intervals: list[tuple[float, float]]) -> str:
    latest_start = max(start for start, _ in intervals)
    earliest_end = min(end for _, end in intervals)
    if latest_start > earliest_end:
        return "conflict"
    if all(interval == intervals[0] for interval in intervals):
        return "agree"
    return "compatible"


def compare_dates(claims: list[ClaimBase]) -> tuple[str, str]:
    placed = [c for c in claims if c.value.start is not None]
    if not placed:
        return "single", f"{_quote(claims[0])} cannot be placed in time: {claims[0].value.note}"
    verdict = _interval_verdict([loose_interval(c) for c in placed])
    first = placed[0]
    words = lambda c: describe_interval(c.value.start, c.value.end, c.value.granularity)  # noqa: E731
    if verdict != "conflict" and only_at_an_edge(placed):
        return "compatible", f"{listed(list(dict.fromkeys(words(c) for c in placed)), ' and ')} meet at a season's loose edge: no disagreement"
    if verdict == "conflict":
        earliest = min(placed, key=lambda c: c.value.end)
        latest = max(placed, key=lambda c: c.value.start)
        return verdict, f"{words(earliest)} ({_how(earliest)}) vs {words(latest)} ({_how(latest)}): the dates do not overlap"
    if verdict == "agree":
        return verdict, f"all say {words(first)}"
    narrowest = min(placed, key=lambda c: c.value.end.toordinal() - c.value.start.toordinal())
    widest = max(placed, key=lambda c: c.value.end.toordinal() - c.value.start.toordinal())
    return verdict, f"{words(narrowest)} lies within {words(widest)}: same time, different precision"


def _how(claim: ClaimBase) -> str:
    if claim.value.resolution == "relative":
        return f'"{claim.text}" in {claim.source}, published {claim.value.relative_to.isoformat()}'
    return f'"{claim.text}" in {claim.source}'


def compare_durations(claims: list[ClaimBase]) -> tuple[str, str]:
    compound = [c.value.basis == "stated" and c.value.amount is not None and is_compound(c.text) for c in claims]
    # "10 hours and 30 minutes" against "10 hours": the same length, cut to whole hours
    loose = not all(compound)
    verdict = _interval_verdict([rounded_interval(c.value) if told_in_two and loose else (c.value.min_days, c.value.max_days)
                                 for c, told_in_two in zip(claims, compound, strict=True)])
    described = sorted({_describe_duration(c) for c in claims})
    if verdict == "agree":
        return verdict, f"all say {described[0]}"
    joiner = " vs " if verdict == "conflict" else " and "
    suffix = "" if verdict == "conflict" else ": the ranges overlap"
    return verdict, listed(described, joiner) + suffix


def _describe_duration(claim: ClaimBase) -> str:
    value = claim.value
    if value.basis == "range":
        days = int(value.amount)
        span = describe_interval(value.range_start, value.range_end, "day")
        return f"{days} calendar day{'s' * (days != 1)} ({span})"
    if value.amount is None or is_compound(claim.text):  # "a few weeks", "two years and three months": as written
        return claim.text
    amount = format_number(value.amount)
    return f"{amount} {value.unit}{'s' * (value.amount != 1)}"


def compare_quantities(claims: list[ClaimBase]) -> tuple[str, str]:
    changes = {c.value.change for c in claims if c.value.__dict__.get("change")}
    if len(changes) > 1:
        return "conflict", listed(sorted({_describe_quantity(c) for c in claims}), " vs ") + ": one says it rose, another that it fell"
    intervals = [(c.value.low if c.value.low is not None else 0.0,
                  c.value.high if c.value.high is not None else float("inf")) for c in claims]
    verdict = _interval_verdict(intervals)
    stated = {c.value.stated for c in claims}
    if verdict != "conflict" and (len(stated) > 1 or any(c.value.vague for c in claims)):
        verdict = "compatible"
    elif verdict == "compatible" and len(stated) == 1:
        verdict = "agree"  # "nearly 300" and "around 300": the same figure, hedged differently
    described = listed(sorted({_describe_quantity(c) for c in claims}), " vs ")
    reason = {"conflict": "the ranges do not overlap", "compatible": "the ranges overlap",
              "agree": "the same figure"}[verdict]
    return verdict, f"{described}: {reason}"


def _describe_quantity(claim: ClaimBase) -> str:
    value = claim.value
    unit = SPEC[claim.kind].unit
    if claim.kind == "money":
        return f"{value.hedge + ' ' if value.hedge else ''}{value.currency} {format_number(value.stated)}"
    if value.vague:
        return f"{value.vague} ({format_number(value.low)}+)" if value.high is None else f"{value.vague} ({format_number(value.low)}-{format_number(value.high)})"
    text = f"{value.hedge + ' ' if value.hedge else ''}{format_number(value.stated)}{unit}"
    if value.rank:
        text = f"top {format_number(value.stated)}"
    change = value.__dict__.get("change")  # a field of percentages alone: no getattr miss
    return f"{text} {change}" if change else text


def compare_names(claims: list[ClaimBase]) -> tuple[str, str]:
    types = sorted({c.value.doc_type for c in claims})
    if len({DOCUMENT_FAMILIES.get(doc_type, doc_type) for doc_type in types}) > 1:
        quoted = listed(sorted({f'{c.value.doc_type}: "{c.text}" ({c.source})' for c in claims}), "; ")
        return "conflict", f"{' vs '.join(types)} - the same document is named as different kinds of document ({quoted})"
    article = "an" if types[0][0] in "aeiou" else "a"
    return "agree", f"all name {article} {types[0]}"


# The verdict rule of each family; kinds.py says which family each kind's groups go to.
RULES: dict[str, Callable[[list[ClaimBase]], tuple[str, str]]] = {
    "date": compare_dates,
    "duration": compare_durations,
    "quantity": compare_quantities,
    "name": compare_names,
}
