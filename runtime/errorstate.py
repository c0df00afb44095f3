"""Per-process error handling (language.md §11): Try, Try/Catch, throw, ON ERR CALL, Last errors.

Generated code wraps each statement in `try/except` calling `on_statement_error`; that is
free in CPython 3.11 until an error happens, and it lets an ON ERR CALL handler resume
execution after the failing statement, as 4D does.
"""
from __future__ import annotations

import sys
import threading

from .errors import FourDError, AbortExecution, QuitRequest

_local = threading.local()
_global_handler: list = [""]          # ON ERR CALL(…; ek global)
# filename of generated code -> function(co_name) -> 4D method name shown in errors
CODE_FILES: dict[str, object] = {}
INTERNAL_CODE = -10990                 # fourd: a Python exception inside the runtime (a bug)
STACK_OVERFLOW = -10520                # too many nested calls (Python's RecursionError)
STACK_HEADROOM = 50                    # 4D calls unwound before ON ERR CALL sees an overflow


class ErrorState:
    __slots__ = ("try_depth", "handler", "last_errors", "in_handler", "try_handlers")

    def __init__(self):
        self.try_depth = 0
        self.try_handlers = []      # ON ERR CALL handler when each open Try began
        self.handler = ""
        self.last_errors = None
        self.in_handler = False


def state() -> ErrorState:
    st = getattr(_local, "st", None)
    if st is None:
        st = _local.st = ErrorState()
    return st


def _process_vars():
    from .helpers import process_vars     # late: helpers imports this module
    return process_vars()


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


def frames_of(tb):
    """4D frames (method, file, line, col) of a traceback, outermost first."""
    frames = []
    last_frame = None
    while tb is not None:
        code = tb.tb_frame.f_code
        namer = CODE_FILES.get(code.co_filename)
        if namer is not None:
            entry = (namer(code.co_name), code.co_filename, tb.tb_lineno,
                     _column(code, tb.tb_lasti))
            if tb.tb_frame is last_frame:
                frames[-1] = entry          # a re-raise in the same call: keep the innermost
            else:
                frames.append(entry)
            last_frame = tb.tb_frame
        tb = tb.tb_next
    return frames


def _callers_of(frame):
    """4D frames of the calls still running above `frame` (the stack), outermost first."""
    frames = []
    while frame is not None:
        code = frame.f_code
        namer = CODE_FILES.get(code.co_filename)
        if namer is not None:
            frames.append((namer(code.co_name), code.co_filename, frame.f_lineno,
                           _column(code, frame.f_lasti)))
        frame = frame.f_back
    frames.reverse()
    return frames


def _locate(err: FourDError, tb):
    """The 4D call chain of an error, found once where it is first caught: the callers still
    on the stack, then the traceback's frames. Later re-raises in outer methods keep it: the
    chain is already whole, and walking it again at every level of an unwinding recursion
    10,000 calls deep would be quadratic (issue 15)."""
    if err.frames is not None:
        return
    if tb is None:
        err.frames = []
        return
    err.frames = _callers_of(tb.tb_frame.f_back) + frames_of(tb)


def on_statement_error(e: BaseException):
    """Called by generated code when a statement fails. Returns to resume with the next
    statement (an ON ERR CALL handler ran), or raises."""
    if isinstance(e, (AbortExecution, QuitRequest)):
        raise e
    err = as_fourd(e)
    tb = e.__traceback__
    _locate(err, tb)
    st = state()
    # a handler installed inside the innermost Try block is called instead of Catch (§11.4)
    inner_handler = st.try_depth > 0 and st.try_handlers and st.handler \
        and st.handler != st.try_handlers[-1]
    if (st.try_depth > 0 and not inner_handler) or st.in_handler:
        if err is e:
            raise
        raise err.with_traceback(tb)
    handler = st.handler or _global_handler[0]
    if handler and err.code == STACK_OVERFLOW and getattr(err, "unwound", 0) < STACK_HEADROOM:
        # at the overflow the stack has no room left for the handler: unwind some calls
        # first (it is the same call at every level of a runaway recursion)
        err.unwound = getattr(err, "unwound", 0) + 1
        handler = ""
    if handler:
        _call_handler(st, handler, err)
        return
    if err is e:
        raise
    raise err.with_traceback(tb)


def handle_in_callback(e: BaseException) -> bool:
    """An error that escaped a callback's own statements (e.g. raised in a Formula
    expression): run the process's ON ERR CALL method if there is one."""
    st = state()
    handler = st.handler or _global_handler[0]
    if not handler or st.in_handler:
        return False
    err = as_fourd(e)
    _locate(err, e.__traceback__)
    _call_handler(st, handler, err)
    return True


def _remember(st, err):
    """`Last errors` after a handled error. The errors keep their 4D frames (err.frames), not
    the Python tracebacks: those would keep the failed calls' local variables alive, e.g. a
    4D.FileHandle whose file must close when its method ends."""
    errs = err.group or [err]
    for x in errs:
        x.__traceback__ = x.__context__ = x.__cause__ = None
    st.last_errors = errs


def _call_handler(st, handler, err):
    from .host import resolve_method
    _remember(st, err)
    pv = _process_vars()
    frame = err.frames[-1] if err.frames else ("", "", 0, 0)
    pv["error"] = err.code
    pv["error method"] = frame[0]
    pv["error line"] = frame[2]
    pv["error formula"] = ""
    fn = resolve_method(handler)
    if fn is None:
        print(f"Error: ON ERR CALL method not found: {handler}", file=sys.stderr)
        return
    st.in_handler = True
    try:
        fn.fn(None)
    except AbortExecution:
        raise
    except FourDError as inner:
        report_uncaught(inner, f"ON ERR CALL method {handler}")
    finally:
        st.in_handler = False


# ---------------------------------------------------------------- Try
def try_enter():
    st = state()
    st.try_depth += 1
    st.try_handlers.append(st.handler)
    st.last_errors = None
    return [True]          # token: still counted in try_depth


def catch(e, token):
    if isinstance(e, (AbortExecution, QuitRequest)):
        raise e
    err = as_fourd(e)
    _locate(err, e.__traceback__)
    st = state()
    if token[0]:
        st.try_depth -= 1
        st.try_handlers.pop()
        token[0] = False
    _remember(st, err)


def try_exit(token):
    if token[0]:
        st = state()
        st.try_depth -= 1
        st.try_handlers.pop()
        token[0] = False


def try_expr(thunk):
    """`Try(expression)`: the value, or undefined if an error occurred (§11.3)."""
    st = state()
    st.try_depth += 1
    st.try_handlers.append(st.handler)
    st.last_errors = None
    try:
        return thunk()
    except (AbortExecution, QuitRequest):
        raise
    except Exception as e:
        err = as_fourd(e)
        _locate(err, e.__traceback__)
        _remember(st, err)
        return None
    finally:
        st.try_depth -= 1
        st.try_handlers.pop()


def try_keep(thunk, old):
    """`Try($x:=expr)`: the value stored into $x: the new one, or its old one when expr fails."""
    result = try_expr(thunk)
    return old if state().last_errors else result


def try_result(value):
    """What `Try($x:=expr)` itself returns: the value, undefined after an error."""
    return None if state().last_errors else value


# ---------------------------------------------------------------- commands of §11
def set_handler(method: str, scope: int = 0):
    if scope == 1:
        _global_handler[0] = method
    else:
        state().handler = method


def get_handler(scope: int = 0) -> str:
    return _global_handler[0] if scope == 1 else state().handler


def last_errors():
    from .values import Obj, Coll, NULL
    errs = state().last_errors
    if not errs:
        return NULL
    out = Coll()
    for err in errs:
        out.append(Obj(err.as_record()))
    return out


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
    import os
    e4 = as_fourd(err)
    _locate(e4, err.__traceback__)
    text = format_error(e4)
    if context:
        text += f"\n  while running {context}"
    print(text, file=sys.stderr, flush=True)
    if os.environ.get("FOURD_DEBUG"):
        import traceback
        traceback.print_exception(err.extra.get("python", err) if isinstance(err, FourDError) else err)


# ---------------------------------------------------------------- deferred errors (§11.5)
_pending: dict = {}        # frame -> [FourDError] (per thread: frames belong to one thread)


def defer(err: FourDError):
    """`throw({…; deferred: True})`: raise `err` when the current 4D method returns.

    The method's frame gets a trace function whose 'return' event raises the error in its
    place; a global no-op trace function is active only while such errors are pending."""
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename not in CODE_FILES:
        frame = frame.f_back
    if frame is None:
        raise err
    pending = _pending.setdefault(frame, [])
    pending.append(err)
    if len(pending) == 1:
        frame.f_trace_lines = False
        frame.f_trace = _on_frame_event
        if sys.gettrace() is None:
            sys.settrace(_no_trace)


def _no_trace(frame, event, arg):
    return None


def _on_frame_event(frame, event, arg):
    if event == "return":
        errors = _pending.pop(frame, None)
        if not _pending:
            sys.settrace(None)
        if errors:
            first = errors[0]
            first.group = list(errors)
            first.deferred = False
            raise first
    return _on_frame_event
