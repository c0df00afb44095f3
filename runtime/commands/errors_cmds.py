"""Error handling commands (language.md §11): throw, ON ERR CALL, Last errors, ABORT, QUIT 4D."""
from __future__ import annotations

import re

from .registry import command
from .. import errorstate, process
from ..errors import FourDError, AbortExecution, ERR_THROW_DEFAULT
from ..values import Obj
from ._args import int_arg


@command("throw", 1805)
def throw(*args):
    """throw(code {; message}) / throw(errorObject) / throw (re-throw, in a handler)."""
    if not args:        # in an ON ERR CALL method: re-throw the current errors, deferred
        for err in errorstate.state().last_errors or []:
            errorstate.defer(FourDError(err.code, err.message, err.signature, dict(err.extra)))
        return None
    first = args[0]
    if isinstance(first, Obj):
        code = int_arg(first.get("errCode", ERR_THROW_DEFAULT), "throw")
        sig = first.get("componentSignature") or "host"
        msg = first.get("message") or ""
        if not msg:         # the project's XLIFF: resname ERR_<componentSignature>_<errCode>
            from .resources import xliff_text
            msg = xliff_text(f"ERR_{sig}_{code}") or ""
        msg = re.sub(r"\{(\w+)\}", lambda m: _text(first.get(m.group(1), m.group(0))), msg)
        if not msg:
            msg = f"Error code: {code} ({sig})"
        extra = {k: v for k, v in first.items() if k not in ("errCode", "message", "componentSignature")}
        err = FourDError(code, msg, sig, extra, bool(first.get("deferred", False)))
        if err.deferred:
            errorstate.defer(err)
            return None
        raise err
    code = int_arg(first, "throw")
    msg = args[1] if len(args) > 1 and isinstance(args[1], str) else f"Error code: {code} (host)"
    raise FourDError(code, msg, "host")


def _text(v):
    from ..values import num_text
    if isinstance(v, str):
        return v
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return num_text(v)
    return str(v)


@command("ON ERR CALL", 155)
def on_err_call(method="", scope=0):
    errorstate.set_handler(method or "", int(scope or 0))


@command("Method called on error", 704)
def method_called_on_error(scope=0):
    return errorstate.get_handler(int_arg(scope or 0, "Method called on error"))


@command("Last errors", 1799)
def last_errors():
    return errorstate.last_errors()


@command("ABORT", 156)
def abort():
    raise AbortExecution()


@command("QUIT 4D", 291)
def quit_4d(*_):
    process.quit_4d()


@command("GET LAST ERROR STACK", 1015, refs=(0, 1, 2), procedure=True)
def get_last_error_stack(codes=None, components=None, texts=None):
    """GET LAST ERROR STACK(codes; components; texts): the errors `Last errors` shows (empty
    when the last statement raised none), in three synchronized arrays."""
    from .arrays_cmds import fill_array
    errors = errorstate.state().last_errors or []
    fill_array(codes, [int(e.code) for e in errors], "GET LAST ERROR STACK")
    fill_array(components, [e.signature for e in errors], "GET LAST ERROR STACK")
    fill_array(texts, [e.message for e in errors], "GET LAST ERROR STACK")
