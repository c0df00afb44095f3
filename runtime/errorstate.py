"""Per-process error handling state (Try, ON ERR CALL, Last errors) — language.md §11."""
from __future__ import annotations

import sys

from .errors import FourDError


def format_error(err: FourDError) -> str:
    """The block printed to stderr for an uncaught 4D error (language.md §15)."""
    lines = [f"Error {err.code}: {err.message}"]
    for method, path, line, col in (err.frames or [])[::-1][:1]:
        where = f"{path}:{line}" + (f":{col}" if col else "")
        lines.append(f"  in method {method} at {where}")
    if err.frames and len(err.frames) > 1:
        chain = " > ".join(f"{m}:{l}" for m, _p, l, _c in err.frames)
        lines.append(f"  call chain: {chain}")
    return "\n".join(lines)


def report_uncaught(err: BaseException, context: str = "") -> None:
    """Print an error nobody handled (a callback or worker message keeps the process alive)."""
    if isinstance(err, FourDError):
        text = format_error(err)
    else:
        text = f"Error: internal error: {type(err).__name__}: {err}"
    if context:
        text += f"\n  while running {context}"
    print(text, file=sys.stderr, flush=True)
