"""Compare two versions of a resolution: paragraph alignment, word-level redline, outputs."""

from .core import compare
from .model import Change, Comparison, FootnoteChange, HeaderChange, Side

__all__ = ["Change", "Comparison", "FootnoteChange", "HeaderChange", "Side", "compare"]
