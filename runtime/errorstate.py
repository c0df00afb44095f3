"""Per-process error handling (language.md §11): Try, Try/Catch, throw, ON ERR CALL, Last errors.

Generated code wraps each statement in `try/except` calling `on_statement_error`; that is
free in CPython 3.11 until an error happens, and it lets an ON ERR CALL handler resume
execution after the failing statement, as 4D does.
"""
from __future__ import annotations

import sys
import threading

from . import process
from .diagnostics import CODE_FILES, STACK_OVERFLOW, as_fourd, locate, report_uncaught
from .errors import FourDError, AbortExecution, QuitRequest
from .host import resolve_method
from .process import process_vars
from .values import Obj, Coll, NULL

_local = threading.local()
_global_handler: list = [""]          # ON ERR CALL(…; ek global)
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


def on_statement_error(e: BaseException):
    """Called by generated code when a statement fails. Returns to resume with the next
    statement (an ON ERR CALL handler ran), or raises."""
    if isinstance(e, (AbortExecution, QuitRequest)):
        raise e
    err = as_fourd(e)
    tb = e.__traceback__
    locate(err, tb)
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
    locate(err, e.__traceback__)
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
    _remember(st, err)
    pv = process_vars()
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
    locate(err, e.__traceback__)
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
        locate(err, e.__traceback__)
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
EK_LOCAL, EK_GLOBAL, EK_COMPONENTS = 0, 1, 2
# ON ERR CALL(…; ek errors from components): the handler for errors raised in components.
# fourd runs no component, so it is kept (Method called on error reads it back) and never
# called; each scope is separate: clearing it leaves the local and global handlers.
_components_handler: list = [""]


def set_handler(method: str, scope: int = EK_LOCAL):
    if scope == EK_GLOBAL:
        _global_handler[0] = method
    elif scope == EK_COMPONENTS:
        _components_handler[0] = method
    else:
        state().handler = method


def get_handler(scope: int = EK_LOCAL) -> str:
    if scope == EK_GLOBAL:
        return _global_handler[0]
    if scope == EK_COMPONENTS:
        return _components_handler[0]
    return state().handler


def last_errors():
    errs = state().last_errors
    if not errs:
        return NULL
    out = Coll()
    for err in errs:
        out.append(Obj(err.as_record()))
    return out


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


def _callback_error(err: BaseException, context: str) -> bool:
    """An error escaping a callback or worker message: the process's ON ERR CALL method when
    one is installed (then it counts as handled), else printed to stderr."""
    if handle_in_callback(err):
        return True
    report_uncaught(err, context)
    return False


process.set_default_callback_error_handler(_callback_error)
