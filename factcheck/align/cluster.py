"""Leader clustering with blocking: the one grouping mechanism, for claims and for stories.

Items are taken in a fixed order; each joins the most similar existing cluster (compared with the
cluster's first item, its leader) when the similarity reaches the threshold, else starts its own.
An item is compared only with clusters found under its rarest few keys that other items share
(the blocking keys), at most so many under each key: the cost per item is bounded, so the whole
grows linearly with the number of items, never pairwise.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import TypeVar

from .keys import similarity

Item = TypeVar("Item")
BLOCKING_KEYS = 4
CANDIDATES_PER_KEY = 64
# How many of a cluster's first members a new item must be able to join (bounded: linear cost).
MEMBERS_CHECKED = 8


def leader_clusters(items: Sequence[Item], keys: Sequence[dict[str, float]], threshold: float,
                    may_join: Callable[[Item, Item], bool] | None = None, members_compared: int = 1) -> list[list[int]]:
    """Indices of items, cluster by cluster; each cluster's first index is its leader.

    An item is compared with the first ``members_compared`` members of a candidate cluster (its
    leader alone by default) and scores the best of them."""
    clusters: list[list[int]] = []
    index: dict[str, list[int]] = defaultdict(list)
    frequency = Counter(key for item_keys in keys for key in item_keys)
    for position, item_keys in enumerate(keys):
        # A key no other item has finds nobody: block on the rarest keys that are shared.
        shared = [key for key in item_keys if frequency[key] > 1]
        blocking = sorted(shared, key=lambda key: (frequency[key], key))[:BLOCKING_KEYS]
        candidates = sorted({number for key in blocking for number in index.get(key, ())[:CANDIDATES_PER_KEY]})
        best, best_score = None, 0.0
        for number in candidates:
            # Every one of the first members must accept the item, not the leader alone: a claim
            # that names no holder must not bring two holders' figures into one group.
            if may_join is not None and not all(may_join(items[position], items[member])
                                                for member in clusters[number][:MEMBERS_CHECKED]):
                continue
            score = max(similarity(item_keys, keys[member]) for member in clusters[number][:members_compared])
            if score > best_score:
                best, best_score = number, score
        if best is not None and best_score >= threshold:
            clusters[best].append(position)
            continue
        for key in item_keys:
            index[key].append(len(clusters))
        clusters.append([position])
    return clusters
