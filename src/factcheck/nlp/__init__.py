"""The spaCy side of factcheck: loading the English pipeline and our components on it."""

from factcheck.nlp.model import load_model, model_label

__all__ = ["load_model", "model_label"]
