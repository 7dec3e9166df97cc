"""clausewise: read, compare and trace United Nations resolutions."""

from .compiled import guard

guard()  # before the parser's modules are imported: never a stale compiled build

from .errors import InputError  # noqa: E402
from .model import Document, Footnote, Paragraph  # noqa: E402
from .parse import parse_bytes, parse_file, parse_text  # noqa: E402

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
