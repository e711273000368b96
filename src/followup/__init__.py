"""followup: interview notes in, a brief checked follow-up message out."""

__version__ = "0.1.0"
