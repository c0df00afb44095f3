"""Where a 4D error happened and how it is shown: the one place that maps generated code to
4D methods (file, line, column), finds an error's 4D call chain, and prints diagnostics —
uncaught 4D errors (language.md §15) and syntax errors alike."""
from __future__ import annotations

import os
import sys

from .errors import FourDError

# filename of generated code -> function(co_name) -> 4D method name shown in errors
CODE_FILES: dict[str, object] = {}
INTERNAL_CODE = -10990                 # fourd: a Python exception inside the runtime (a bug)
STACK_OVERFLOW = -10520                # too many nested calls (Python's RecursionError)


def as_fourd(e: BaseException) -> FourDError:
    """Any exception reaching 4D code as a 4D error (a Python one is an internal error)."""
    if isinstance(e, FourDError):
        return e
    if isinstance(e, RecursionError):
        err = FourDError(STACK_OVERFLOW, "Stack overflow (too many nested calls)")
    elif isinstance(e, MemoryError):
        err = FourDError(-108, "Not enough memory")
    else:
        err = FourDError(INTERNAL_CODE, f"internal error: {type(e).__name__}: {e}")
        err.extra["python"] = e
    err.__traceback__ = e.__traceback__
    return err


_positions: dict = {}     # code object -> its instructions' positions (listed once)


def _column(code, lasti):
    """1-based column of the instruction at `lasti` (0 when unknown). The positions of a
    code object are listed once: a method of thousands of lines has a long table. (No
    Python call in here: this runs at the recursion limit when the stack overflows.)"""
    try:
        table = _positions.get(code)
        if table is None:
            if len(_positions) > 256:
                _positions.clear()
            table = _positions[code] = list(code.co_positions())
        pos = table[lasti // 2]
        return pos[2] + 1 if pos[2] is not None else 0
    except Exception:
        return 0


class _InnerFrame(tuple):
    """A frame entry of generated code nested in a method's function (a Formula's lambda, a
    thunk): it belongs to the 4D frame around it and is merged into it when adjacent."""
    __slots__ = ()


def _entry(code, line, lasti, namer):
    """(method, file, line, col) of a frame of generated code. A nested function is named
    after the method's function it sits in (co_qualname): `Kettle.doBoom`, not the class."""
    entry = (namer(code.co_qualname.split(".", 1)[0]), code.co_filename, line,
             _column(code, lasti))
    return _InnerFrame(entry) if code.co_name == "<lambda>" else entry


def frames_of(tb):
    """4D frames (method, file, line, col) of a traceback, outermost first."""
    frames = []
    last_frame = None
    while tb is not None:
        code = tb.tb_frame.f_code
        namer = CODE_FILES.get(code.co_filename)
        if namer is not None:
            entry = _entry(code, tb.tb_lineno, tb.tb_lasti, namer)
            if tb.tb_frame is last_frame:
                frames[-1] = entry          # a re-raise in the same call: keep the innermost
            else:
                frames.append(entry)
            last_frame = tb.tb_frame
        tb = tb.tb_next
    return frames


def callers_of(frame):
    """4D frames of the calls still running above `frame` (the stack), outermost first."""
    frames = []
    while frame is not None:
        code = frame.f_code
        namer = CODE_FILES.get(code.co_filename)
        if namer is not None:
            frames.append(_entry(code, frame.f_lineno, frame.f_lasti, namer))
        frame = frame.f_back
    frames.reverse()
    return frames


def merge_inner_frames(frames):
    """One 4D frame for a method and the nested code it runs (a Formula it created, called
    from it): the nested entry, the innermost position, replaces its caller's — no repeated
    frame in error reports and Call chain."""
    out = []
    for entry in frames:
        if type(entry) is _InnerFrame and out and out[-1][:2] == entry[:2]:
            out[-1] = tuple(entry)
        else:
            out.append(tuple(entry))
    return out


def locate(err: FourDError, tb):
    """The 4D call chain of an error, found once where it is first caught: the callers still
    on the stack, then the traceback's frames. Later re-raises in outer methods keep it: the
    chain is already whole, and walking it again at every level of an unwinding recursion
    10,000 calls deep would be quadratic."""
    if err.frames is not None:
        return
    if tb is None:
        err.frames = []
        return
    if err.code != STACK_OVERFLOW:
        err.frames = merge_inner_frames(callers_of(tb.tb_frame.f_back) + frames_of(tb))
        return
    # caught where the stack overflowed: the few calls left before the limit are not
    # enough to list the positions (each C call counts too), so lend some while locating
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(limit + 200)
    try:
        err.frames = merge_inner_frames(callers_of(tb.tb_frame.f_back) + frames_of(tb))
    finally:
        sys.setrecursionlimit(limit)


def format_error(err: FourDError) -> str:
    """The block printed to stderr for an uncaught 4D error (language.md §15)."""
    lines = [f"Error {err.code}: {err.message}"]
    frames = err.frames or []
    if frames:
        method, path, line, col = frames[-1]
        where = f"{path}:{line}" + (f":{col}" if col else "")
        lines.append(f"  in method {method}, line {line} ({where})")
        src = _source_line(path, line)
        if src is not None:
            lines.append("    " + src.strip())
    if len(frames) > 1:
        lines.append("  call chain: " + _chain_text(frames))
    py = err.extra.get("python")
    if py is not None:
        lines.append("  (this is a fourd bug; run with FOURD_DEBUG=1 for the Python traceback)")
    return "\n".join(lines)


def _chain_text(frames, keep=10):
    """`a:3 > b:7 > …`: a run of 4 or more of the same call is written once with its count
    (`rec:2 ×9999`); a chain still longer than 2×keep shows its ends around the number left
    out."""
    items = []
    for m, _p, ln, _c in frames:
        text = f"{m}:{ln}"
        if items and items[-1][0] == text:
            items[-1][1] += 1
        else:
            items.append([text, 1])
    parts = []
    for t, n in items:
        parts += [t] * n if n <= 3 else [f"{t} ×{n}"]
    if len(parts) > 2 * keep:
        parts = parts[:keep] + [f"… {len(parts) - 2 * keep} more …"] + parts[-keep:]
    return " > ".join(parts)


def _source_line(path, line):
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as f:
            for i, text in enumerate(f, 1):
                if i == line:
                    return text.rstrip("\r\n")
    except OSError:
        return None
    return None


def report_uncaught(err: BaseException, context: str = "") -> None:
    """Print an error nobody handled (a callback or worker message keeps the process alive)."""
    e4 = as_fourd(err)
    locate(e4, err.__traceback__)
    text = format_error(e4)
    if context:
        text += f"\n  while running {context}"
    print(text, file=sys.stderr, flush=True)
    if os.environ.get("FOURD_DEBUG"):
        import traceback
        traceback.print_exception(err.extra.get("python", err) if isinstance(err, FourDError) else err)


def syntax_error_lines(header: str, source_line: str, column: int) -> list[str]:
    """A diagnostic at a position: its header, then the source line and a caret under the
    column (tabs shown as four spaces)."""
    lines = [header]
    if source_line:
        prefix = source_line[:max(0, column - 1)].replace("\t", "    ")
        lines.append("    " + source_line.replace("\t", "    "))
        lines.append("    " + " " * len(prefix) + "^")
    return lines


def report_syntax_error(path, line, column, message, source_line="", stream=None) -> None:
    """Print a syntax error of a .4dm file (`fourd run`; `fourd check` lists them)."""
    text = "\n".join(syntax_error_lines(f"{path}:{line}:{column}: syntax error: {message}",
                                         source_line, column))
    print(text, file=stream or sys.stderr, flush=True)
