"""factcheck: compare the numeric claims of a draft with the articles it relies on."""

__version__ = "0.1.0"
