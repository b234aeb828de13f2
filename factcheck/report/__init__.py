"""Report: the format table, the report base and one renderer a format; the HTML templates are package data."""
