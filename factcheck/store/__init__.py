"""Store: what is kept between runs (ledgers, reviews, the run state) and how files are written."""
