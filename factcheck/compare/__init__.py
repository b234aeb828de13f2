"""Compare: a verdict for each group of aligned claims, and the findings derived from them."""
