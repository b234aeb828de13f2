"""The findings of the run state in report order, as each format's writer walks them (report_step.py)."""
from __future__ import annotations

import sqlite3


class ReportOrder:
    """The part of the run state (state.State) that gives a format's findings in report order."""

    connection: sqlite3.Connection
    # The findings in report order, read once a run for every format that has a fragment for each
    # of them; State sets it to None whenever findings change.
    _order: list[tuple[int, str]] | None = None

    def order(self, format_name: str) -> tuple[list[tuple[int, str]], dict[str, str]]:
        """(rank, finding) in report order (no fragment read) and, by finding, those not yet in the file.
        A format with a fragment for every finding has the findings' own order: four formats read
        20,000 rows each from their fragments, a tenth of a re-check's instructions."""
        fresh = dict(self.connection.execute("SELECT finding, text FROM fragments WHERE format = ? AND fresh",
                                             (format_name,)))
        if not self.connection.execute("SELECT (SELECT count(*) FROM fragments WHERE format = ?) = "
                                       "(SELECT count(*) FROM findings)", (format_name,)).fetchone()[0]:
            return self.connection.execute("SELECT rank, finding FROM fragments WHERE format = ? ORDER BY rank, "
                                           "kind, finding", (format_name,)).fetchall(), fresh
        if self._order is None:
            self._order = self.connection.execute("SELECT rank, id FROM findings ORDER BY rank, kind, id").fetchall()
        return self._order, fresh
