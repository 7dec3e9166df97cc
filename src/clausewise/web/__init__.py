"""The web application and JSON API: a thin shell over the library, compare, cites and
mandates functions. `create_app(library_path, token)` builds it; `clausewise serve` runs it."""

from .app import create_app

__all__ = ["create_app"]
