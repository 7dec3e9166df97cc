"""clausewise: read, compare and trace United Nations resolutions."""

from .errors import InputError
from .model import Document, Footnote, Paragraph
from .parse import parse_bytes, parse_file, parse_text

__all__ = [
    "Document",
    "Footnote",
    "InputError",
    "Paragraph",
    "parse_bytes",
    "parse_file",
    "parse_text",
]
__version__ = "0.1.0"
