"""Align: which articles tell one story, and which of their claims speak of the same thing."""
