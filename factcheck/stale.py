"""Which stories a run aligns and compares again (engine.py's ``_restudy``): those whose articles or
reviews changed since the run that made their findings."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter

from .store.reviews import ReviewsFile
from .store.state import SourceRow, State


def stale_stories(state: State, rows: dict[str, SourceRow], cached: dict[str, SourceRow], members: dict[str, list[str]],
                  corpus_time: dt.date | None, reviews: ReviewsFile) -> list[tuple[str, str]]:
    """(story, digest) of the stories whose articles or reviews changed; the findings of stories
    that are gone dropped. A story's digest is of its articles' rows and the corpus's median date;
    a story whose articles are all rows of the last run (``cached``), each in it then, and which had
    no other, under the same median date, has the digest it had: it is not hashed again (1,700
    stories of the 10,000 bench corpus were ~20 ms of every re-check)."""
    digests = state.story_digests()
    current_review = {finding_id: review.model_dump_json() for finding_id, review in reviews.reviews.items()}
    reviewed_with = state.finding_reviews(current_review)
    state.drop_stories([story for story in digests if story not in members])
    same_time = state.meta("corpus_time") == str(corpus_time)
    before = Counter(row.story for row in cached.values()) if same_time else Counter()
    stale = []
    for story in sorted(members):
        ids = members[story]
        if (story in digests and before[story] == len(ids)
                and all(rows[s] is cached.get(s) and rows[s].story == story for s in ids)):
            digest = digests[story]  # the same articles as then, none of them changed
        else:
            digest = hashlib.sha1(json.dumps([story, str(corpus_time), [(s, rows[s].digest) for s in ids]]
                                             ).encode()).hexdigest()
        if digests.get(story) != digest or any(current_review.get(finding_id, "") != review
                                               for finding_id, review in reviewed_with.get(story, [])):
            stale.append((story, digest))
    if not same_time:  # what every story's digest now holds (a run with nothing to do writes nothing)
        state.set_meta("corpus_time", str(corpus_time))
    return stale
