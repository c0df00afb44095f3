"""Reading a .4dm file: the one decoder of 4D source text (UTF-8, with or without a BOM)."""
from __future__ import annotations


class SourceError(ValueError):
    """A .4dm file whose bytes are not 4D source text."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def read_4dm(path: str) -> str:
    """The text of a .4dm file; OSError when it cannot be read, SourceError when its bytes
    are not UTF-8."""
    with open(path, "rb") as f:
        data = f.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise SourceError(f"the file is not valid UTF-8 (byte offset {e.start})") from None
