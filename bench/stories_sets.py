"""Stories across several sets of event folders read as one corpus: do articles of one event land in
one story, and do two events of one kind (two market days, two weeks of one outbreak) stay apart?

    python bench/stories_sets.py tests/review12 tests/review13 tests/review15 tests/review17 tests/review18

Each set's folders are events written by a different review, in many kinds of news, so the union is
a corpus of hundreds of events the story rules were not written on (the dev articles' own stories
measure is `bench/realnews.py`). File names repeat across folders ("wire.txt"), so each article is
copied as SET_FOLDER_NAME. Prints B-cubed precision / recall / F1 of stories against folders and
every conflict whose claims come from two folders.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from realnews import evaluate_stories  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=Path, help="folders of event folders")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="factcheck-stories-") as temp:
        folders = []
        for data in args.sets:
            for event in sorted(p for p in data.iterdir() if p.is_dir()):
                folder = Path(temp) / f"{data.name}_{event.name}"
                folder.mkdir()
                for path in sorted(p for p in event.iterdir() if p.is_file() and p.suffix in (".txt", ".md", ".html")):
                    shutil.copyfile(path, folder / f"{folder.name}_{path.name}")
                folders.append(folder)
        result = evaluate_stories(folders)
    precision, recall, f1 = result.bcubed
    print(f"articles / stories / events: {result.articles} / {result.stories} / {result.folders}")
    print(f"stories B-cubed precision / recall / F1: {precision:.3f} / {recall:.3f} / {f1:.3f}")
    print(f"conflicts across events: {len(result.cross_folder)}")
    for conflict in result.cross_folder:
        print(f"  {conflict.id}: " + "; ".join(f"{source} {text!r}" for source, _start, _end, text, _s in conflict.claims))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
