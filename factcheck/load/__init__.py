"""Load: a corpus listed (a folder or an fsspec URL) and its files read as Articles with their publication dates."""
