"""The one error type users see: a clear, one-line reason why an input cannot be read."""

from __future__ import annotations


class InputError(Exception):
    """An input that clausewise cannot read as a resolution. `str()` is the one-line reason."""

    def __init__(self, message: str, name: str | None = None):
        super().__init__(message)
        self.message = message
        self.name = name

    def __str__(self) -> str:
        return f"{self.name}: {self.message}" if self.name else self.message
