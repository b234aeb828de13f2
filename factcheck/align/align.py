"""Which claims speak of the same thing: groups within one kind, by subject.

Claims are clustered within their story (articles about one event, see stories.py) and kind,
leader-first in a fixed order (source id, then position), through blocking keys (cluster.py):
never every claim against every other. Cluster ids hang on the leader's source and subject, so they stay the same across
runs and when an unrelated article is added.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from ..extract.family import parents_apart
from ..extract.frame_words import LIGHT_VERBS
from ..extract.frames import is_life_fact, is_personal, is_stat, is_thin
from ..extract.holders import same_holder
from ..extract.lemmas import canonical_event, is_verbish
from ..extract.measure_phrase import sectors_apart
from ..extract.subjects import EVENT_NOUNS
from ..kinds import FIGURES, SPEC
from ..models import ClaimBase
from .cluster import MEMBERS_CHECKED, leader_clusters
from .echo import anchored_pairs, echo_pairs, history_pairs, may_stand_with
from .keys import head_phrase, stem, subject_keys
from .memo import stat_or_personal
from .stretches import measured_stretch
from .values import overlapping_when, thin_may_join, values_overlap


@dataclass
class Group:
    id: str
    kind: str
    leader: ClaimBase
    keys: dict[str, float]
    claims: list[ClaimBase] = field(default_factory=list)
    # Pairs of claims from two sources that echo each other (echo.py): one fact, whatever the frames.
    echoes: list[tuple[ClaimBase, ClaimBase]] = field(default_factory=list)


def align(claims: list[ClaimBase], story_of: Mapping[str, str] | None = None,
          run: Callable[[list[list[ClaimBase]]], list[list[Group]]] | None = None) -> list[Group]:
    """Group claims of one kind and one story that are about the same subject; every claim lands
    in one group. ``story_of`` maps a source id to its story (see stories.py); without it the whole
    corpus is one story. Buckets (one story, one kind) are independent: ``run`` may align them
    elsewhere (a Dask cluster), in order; by default they are aligned here."""
    buckets = bucket_claims(claims, story_of)
    aligned = run(buckets) if run is not None else [align_bucket(bucket) for bucket in buckets]
    return [group for groups in aligned for group in groups]


def with_synonyms(claims: list[ClaimBase], synonyms: Sequence[Sequence[str]]) -> list[ClaimBase]:
    """Claims as an editor's synonyms (factcheck.toml's ``synonyms``: words declared equal, such as
    ["hospitalized", "treated"]) make them: each word of a set, as written or as its event lemma,
    becomes the set's first in the frame's event and thing and in the subject, so the claims line
    up (and may conflict) as if every article had used one word. The ledgers keep what was written."""
    if not synonyms:
        return claims
    table: dict[str, str] = {}
    for words in synonyms:
        canonical = canonical_event(words[0])
        for word in words:
            table[word.lower()] = canonical
            table[canonical_event(word)] = canonical
    changed = []
    for claim in claims:
        frame = claim.frame
        update = {"event": table.get(frame.event, frame.event) if frame.event else None,
                  "thing": _replaced(frame.thing, table)}
        subject = _replaced(claim.subject, table)
        if update["event"] != frame.event or update["thing"] != frame.thing or subject != claim.subject:
            claim = claim.model_copy(update={"frame": frame.model_copy(update=update), "subject": subject})
        changed.append(claim)
    return changed


def _replaced(text: str | None, table: dict[str, str]) -> str | None:
    if not text:
        return text
    return re.sub(r"[A-Za-z][\w'’-]*", lambda word: table.get(word.group().lower(), word.group()), text)


def bucket_claims(claims: list[ClaimBase], story_of: Mapping[str, str] | None) -> list[list[ClaimBase]]:
    """Claims by (story, kind), in a fixed order of buckets and of claims within each."""
    buckets: dict[tuple[str, str], list[ClaimBase]] = defaultdict(list)
    for claim in claims:
        story = story_of.get(claim.source, claim.source) if story_of is not None else ""
        buckets[(story, claim.kind)].append(claim)
    return [sorted(buckets[key], key=lambda c: (c.source, c.start, c.end, c.id)) for key in sorted(buckets)]


def align_bucket(claims: list[ClaimBase]) -> list[Group]:
    """The groups of one story's claims of one kind. Ids only collide within a bucket (they hang
    on the leader's source and keys), so buckets aligned apart give the same ids as together."""
    kind = claims[0].kind
    clustered = _cluster(kind, claims, _Ids())
    if kind in FIGURES:
        return _join_echoes(clustered, claims)
    return _attach_untitled_documents(clustered) if kind == "name" else clustered


def _join_echoes(groups: list[Group], order: list[ClaimBase]) -> list[Group]:
    """A claim that echoes claims of another source (echo.py) stands with them: echoing pairs within
    a group are noted on it; a claim outside its partners' groups moves to the fullest of them (its
    own group keeps its id, or is dropped when it empties) if it stood with no other source's claim
    or nothing in the frames of that group's first members tells it apart. A claim whose partners
    give different figures stays where it is: which fact it states would be a guess."""
    claims = [claim for group in groups for claim in group.claims]
    group_of = [number for number, group in enumerate(groups) for _ in group.claims]
    # Every claim looks for echoes (a quote told with another figure may sit in a group whose
    # hedged figures allow both); echo.py bounds the candidates and partners per claim.
    wanted = set(range(len(claims)))
    partners: dict[int, list[int]] = defaultdict(list)
    for one, other in echo_pairs(claims, wanted) + anchored_pairs(claims, wanted) + history_pairs(claims, wanted):
        partners[one].append(other)
    noted: set[tuple[int, int]] = set()
    for one in sorted(partners):
        targets = {group_of[other] for other in partners[one]}
        if group_of[one] not in targets:
            found = [claims[other] for other in partners[one]]
            if not all(values_overlap(a, b) for index, a in enumerate(found) for b in found[index + 1:]):
                continue  # partners that disagree among themselves ("230,000" and "about 230,000" agree): which fact it states would be a guess
            target = min(targets, key=lambda number: (-len(groups[number].claims), number))  # the fullest
            lonely = all(claim.source == claims[one].source for claim in groups[group_of[one]].claims)
            if not lonely and not all(may_stand_with(claims[one], member)
                                      for member in groups[target].claims[:MEMBERS_CHECKED]):
                continue
            groups[group_of[one]].claims.remove(claims[one])
            groups[target].claims.append(claims[one])
            group_of[one] = target
        for other in partners[one]:
            pair = (min(one, other), max(one, other))
            if group_of[other] == group_of[one] and pair not in noted:
                noted.add(pair)
                groups[group_of[one]].echoes.append((claims[pair[0]], claims[pair[1]]))
    position = {id(claim): index for index, claim in enumerate(order)}
    kept = [group for group in groups if group.claims]
    for group in kept:
        group.claims.sort(key=lambda claim: position[id(claim)])
        if all(claim is not group.leader for claim in group.claims):
            group.leader = group.claims[0]
    return kept


def _attach_untitled_documents(groups: list[Group]) -> list[Group]:
    """"The Joint Statement" names no topic: it is taken to be the document other claims name with
    a topic and the same type and qualifiers, when exactly one group has such a document."""
    kept: list[Group] = []
    untitled: list[Group] = []
    for group in groups:
        (untitled if not name_core(group.leader) else kept).append(group)
    for group in untitled:
        signature = _document_signature(group.leader)
        matches = [other for other in kept if any(_document_signature(c) == signature for c in other.claims)]
        if len(matches) == 1:
            matches[0].claims.extend(group.claims)
        else:
            kept.append(group)
    order = {id(group): index for index, group in enumerate(groups)}
    return sorted(kept, key=lambda group: order[id(group)])


def _document_signature(claim: ClaimBase) -> tuple[str, tuple[str, ...]]:
    return claim.value.doc_type, tuple(sorted(claim.value.qualifiers))


def _cluster(kind: str, claims: list[ClaimBase], used_ids: _Ids) -> list[Group]:
    # Claims whose frames say which fact they state lead: a thin claim that went first would keep
    # every claim that gives the fact another figure out of its group (it may only agree).
    order = sorted(range(len(claims)), key=lambda number: not can_disagree(claims[number]))
    ordered = [claims[number] for number in order]
    all_keys = [alignment_keys(claim) for claim in ordered]
    groups = []
    for members in leader_clusters(ordered, all_keys, SPEC[kind].threshold, _may_join):
        leader = ordered[members[0]]
        groups.append(Group(id=_group_id(kind, leader, all_keys[members[0]], used_ids), kind=kind, leader=leader,
                            keys=all_keys[members[0]], claims=[claims[number] for number in sorted(order[m] for m in members)]))
    return groups


def alignment_keys(claim: ClaimBase) -> dict[str, float]:
    if claim.kind == "name":
        return {key: 1.0 for key in name_core(claim)} or {f"{claim.value.doc_type}": 1.0}
    frame = claim.frame
    if claim.kind == "date" and is_life_fact(frame):
        return subject_keys(f"{frame.holder} {frame.event}")  # whose birth or death, however the clause runs
    if claim.kind in FIGURES and frame.thing is not None:  # (an editor's subject clears the frame)
        # A figure lines up by what it is (event, thing, scope); whose it is is a gate of its own
        # (frames_compatible): a holder's words in the keys would split one fact by how fully each
        # article names the holder, and let the nearest-named group win.
        return subject_keys(" ".join(part for part in (frame.event, frame.thing, frame.scope) if part))
    return subject_keys(claim.subject)


def _may_join(claim: ClaimBase, leader: ClaimBase) -> bool:
    """Kind-specific gates on top of subject similarity, and the frames' own."""
    if not frames_compatible(claim, leader):
        return False
    if None not in (stretches := (measured_stretch(claim), measured_stretch(leader))) and stretches[0] != stretches[1]:
        return False  # "the first two games" and "the final three games" are two stretches
    if claim.kind in ("count", "money"):
        if claim.kind == "money" and claim.value.currency != leader.value.currency:
            return False  # amounts in different currencies are never compared
        if claim.value.rank != leader.value.rank:
            return False
        modifiers, head = head_phrase(_thing(claim))
        leader_modifiers, leader_head = head_phrase(_thing(leader))
        # "Dutch companies" and "Dutch high-tech firms" count different sets of things.
        return head == leader_head and (modifiers == leader_modifiers or not modifiers or not leader_modifiers)
    if claim.kind == "percent":  # (and not "public-sector pay" / "private-sector pay")
        return _main_period(claim.value.period) == _main_period(leader.value.period) \
            and not sectors_apart(claim.frame.thing, leader.frame.thing)
    if claim.kind == "name":
        return name_core(claim) == name_core(leader)
    if claim.kind == "date":
        if is_life_fact(claim.frame) and is_life_fact(leader.frame) and not _same_person(claim.frame.holder, leader.frame.holder):
            return False  # "Tom Smith" and "Will Smith" share a surname, not a birthday
        return _one_event(_event_modifiers(claim.subject), _event_modifiers(leader.subject))
    return True


# Modifiers that make an event noun another of its kind: "a second debate" is not "the debate".
_ANOTHER = frozenset(stem(w) for w in "second third fourth fifth next another new runoff final last previous".split())


def _one_event(one: tuple[frozenset[str], str] | None, other: tuple[frozenset[str], str] | None) -> bool:
    """Whether two event-noun subjects may name one event: not "the presidential election" and
    "the parliamentary elections" (two votes on two dates), nor "the debate" and "a second debate"."""
    if one is None or other is None or one[1] != other[1] or one[0] == other[0]:
        return True
    if one[0] and other[0]:
        return False
    return not (one[0] | other[0]) & _ANOTHER


def _same_person(one: str, other: str) -> bool:
    """Two full names of one person: the same first and last word ("Tom Smith", "Tom A. Smith")."""
    first, second = one.lower().split(), other.lower().split()
    return first[0] == second[0] and first[-1] == second[-1]


def _event_modifiers(subject: str) -> tuple[frozenset[str], str] | None:
    """The words that say which event a short event-noun subject names ("presidential election" ->
    {presidential}, election), without verbs before it ("hold elections"); None for other subjects."""
    words = re.findall(r"[A-Za-z][\w'’-]*", subject)
    if not words or len(words) > 4 or words[-1].lower() not in EVENT_NOUNS:
        return None
    modifiers = frozenset(stem(word) for word in words[:-1]
                          if word.lower() not in LIGHT_VERBS and not is_verbish(word) and word.lower() not in ("the", "a", "an"))
    return modifiers, stem(words[-1])


def _thing(claim: ClaimBase) -> str:
    return claim.frame.thing or claim.subject


def frames_compatible(claim: ClaimBase, other: ClaimBase) -> bool:
    """Whether two claims' frames may speak of one fact: the same event and scope, the same holder
    where both name one; a frame too thin to tell joins no other source's claim. A claim without
    a frame (an editor gave it a subject) lines up by its subject alone."""
    one, two = claim.frame, other.frame
    if not _has_frame(claim) or not _has_frame(other):
        return True
    if parents_apart(claim, other):
        return False  # "a mother of two died" / "a mother of three was injured": two parents
    if is_thin(one, claim.kind) or is_thin(two, other.kind):
        return thin_may_join(claim, other)
    if one.event != two.event or one.scope != two.scope and not _season_told_or_not(claim, other) and not _total_told_or_not(claim, other) \
            and not _season_stretch_told_or_not(claim, other):
        return False
    if (one.when is None) != (two.when is None) or one.when and "/" in one.when and not overlapping_when(one.when, two.when):
        return False  # history ("in 2004 a tsunami killed ...") lines up only with the same history
    if one.holder and two.holder and not same_holder(one.holder, two.holder):
        return False
    if stat_or_personal(one.thing, one.event) and (not one.holder or not two.holder):
        return False  # whose statistic it is must be named on both sides
    return True


# Words of another stretch than the season an average may be of: "in the playoffs", "over his last five games".
_OTHER_STRETCH = re.compile(r"\b(?:playoffs?|postseason|series|tournament|finals?|championship|cup|road|home|since|over|during|"
                            r"through|last|previous|past|career(?![-‐ ](?:high|low|best|worst))|month|week|stretch)\b", re.I)


def _average_labels(scope: str | None) -> set[str]:
    """An average's scope without the words every average may or may not add ("a game", "this season")."""
    return set(scope.split("+")) - {"rate", "season"} if scope else set()


def _season_told_or_not(claim: ClaimBase, other: ClaimBase) -> bool:
    one, two = claim.frame, other.frame
    """"missed six games this season" and "missed six games": a span of someone's time that one
    article dates to the season and the other leaves undated is one span; so is a player's average
    ("averaging 22.4 points this season" / "22.4 points a game")."""
    if _average_labels(one.scope) == _average_labels(two.scope) == {"average"}:  # a player's average is the season's unless told otherwise
        return is_stat(one.thing) and is_stat(two.thing) and not any(map(_OTHER_STRETCH.search, (claim.sentence, other.sentence)))
    return {one.scope, two.scope} == {None, "season"} and is_personal(one.thing) and is_personal(two.thing)


# A season other than the one the news is about: "the last three games of last season".
_OTHER_SEASON = re.compile(r"\b(?:last|previous|past|prior|next|that|\d{4}(?:[-–]\d{2,4})?)\s+(?:regular\s+)?season\b", re.I)


def _season_stretch_told_or_not(one: ClaimBase, two: ClaimBase) -> bool:
    """"will sit out the remaining five games of the season" / "could miss the last three games": a stretch
    a figure measures (stretches.py), of this season or undated, is one; not "of last season"."""
    return ({one.frame.scope, two.frame.scope} == {"period", "period+season"}
            and measured_stretch(one) is not None and measured_stretch(two) is not None
            and not any(_OTHER_SEASON.search(claim.sentence) for claim in (one, two)))


def _total_told_or_not(one: ClaimBase, two: ClaimBase) -> bool:
    """"the Comets piled up a total of 412 yards" and "the Comets gained 412 yards": a holder's
    statistic told with "a total of" or without it is one figure (a game's, when the articles tell
    one game: compare.py still keeps the bare one to articles of the same game). The words "a total
    of" only: "gave up 412 total yards" may be what the other side gained."""
    return ({one.frame.scope, two.frame.scope} == {None, "total"} and bool(one.frame.holder and two.frame.holder)
            and is_stat(one.frame.thing, one.frame.event) and is_stat(two.frame.thing, two.frame.event)
            and all(claim.frame.scope is None or _one_total(claim) for claim in (one, two)))


# "a total of 412 yards" told in the past of one act, not a running total ("has run for a total of").
_RUNNING_TOTAL = re.compile(r"\b(?:has|have|had|is|are)\b(?:\s+\w+){0,3}\s+a\s+total\s+of\s+$", re.I)

_SPREAD = re.compile(r"\b(?:over|across|during|through)\b|\bin\s+(?:the|their|his|her|its)\s+(?:\w+\s+){0,2}(?:series|games|meetings|playoffs|tournament|weekend|season)\b", re.I)
_SPREAD_BEFORE = re.compile(r"\b(?:in|over|across)\s+(?:the|their|his|her|its)\s+(?:\w+\s+){0,2}(?:games|meetings|series|playoffs|weekend)\b", re.I)


def _one_total(claim: ClaimBase) -> bool:
    at = claim.sentence.lower().find(f"a total of {claim.text.lower()}")
    return at >= 0 and not _RUNNING_TOTAL.search(claim.sentence, 0, at + len("a total of ")) \
        and not _SPREAD.search(claim.sentence, at) and not _SPREAD_BEFORE.search(claim.sentence, 0, at)


def _has_frame(claim: ClaimBase) -> bool:
    return claim.frame.thing is not None or claim.frame.event is not None


def can_disagree(claim: ClaimBase) -> bool:
    """Whether a claim's frame says which fact it states (or an editor gave it a subject, which
    lines it up as they say): a thin frame may agree with others, never disagree."""
    return not _has_frame(claim) or not is_thin(claim.frame, claim.kind)


def _main_period(period: str | None) -> str | None:
    return period.split(" vs ")[0] if period else None


_CORE_PREFIX = re.compile(r"^(?:(?:the|a|an|on|of)\s+)*(?:establish(?:ment|ing)?|creat(?:ion|ing)|formation|forming)(?:\s+(?:of|on))?\s+", re.I)
_CORE_CUT = re.compile(r"\s+(?:for|in|between|with|among|by|at)\s+.*$", re.I)


def name_core(claim: ClaimBase) -> frozenset[str]:
    """What a document is about, without "establishment of" and trailing detail: "comprehensive
    trade partnership" and "trade partnership" stay apart; "mutual recognition of driving
    licences held abroad" meets "reciprocal licence recognition"."""
    topic = claim.subject if claim.subject != claim.text else claim.value.topic
    topic = _CORE_CUT.sub("", _CORE_PREFIX.sub("", topic.strip()))
    return frozenset(stem(word) for word in re.findall(r"[A-Za-z][A-Za-z'’-]*", topic)
                     if word.lower() not in ("the", "a", "an", "of", "on", "and", "to") and stem(word) != "reciprocal")


@dataclass
class _Ids:
    """The finding ids given in one bucket, and for each basis the next attempt to try: a thousand
    leaders with one basis (claims with no subject) cost a thousand digests, not half a million,
    there is no cap, and the first leaders keep the ids they always had."""

    given: set[str] = field(default_factory=set)
    next_attempt: dict[str, int] = field(default_factory=dict)


def _group_id(kind: str, leader: ClaimBase, keys: dict[str, float], ids: _Ids) -> str:
    # Not the claim's text or value: a finding keeps its id (and its review) when a figure changes.
    basis = f"{kind}|{leader.source}|{' '.join(sorted(keys))}"
    attempt = ids.next_attempt.get(basis, 0)
    while True:  # attempts below next_attempt are all given already: ids only ever get taken
        group_id = f"{kind}-{hashlib.sha1(f'{basis}|{attempt}'.encode()).hexdigest()[:10]}"
        attempt += 1
        if group_id not in ids.given:
            ids.given.add(group_id)
            ids.next_attempt[basis] = attempt
            return group_id
