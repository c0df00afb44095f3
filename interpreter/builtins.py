"""Commands that need the compiler: Formula from string, EXECUTE METHOD, EXECUTE FORMULA."""
from __future__ import annotations

from fourd.runtime.commands.registry import command
from fourd.runtime.errors import FourDError, ERR_UNKNOWN_METHOD
from fourd.runtime import methods as runtime_methods
import fourd.runtime.commands.errors_cmds  # noqa: F401
try:
    import fourd.runtime.commands  # noqa: F401  (theme modules register themselves)
except ImportError:
    pass


def _project():
    from fourd.runtime.classes.store import _CURRENT_CS
    return _CURRENT_CS.project


@command("Formula from string", 1601)
def formula_from_string(text, context=None):
    return _project().compile_formula(text)


@command("EXECUTE FORMULA", 63)
def execute_formula(text):
    _project().compile_formula(text).fn(None)


@command("EXECUTE METHOD", 1007, refs=(1,))
def execute_method(name, result=None, *params):
    """EXECUTE METHOD(name {; result | *} {; params…}): the result goes into `result`."""
    from fourd.runtime.commands.output import set_ok
    from fourd.runtime.values import STAR
    fn = runtime_methods.resolve_method(name)
    if fn is None:
        set_ok(0)
        raise FourDError(ERR_UNKNOWN_METHOD, f"Unknown method: {name}")
    value = fn.fn(None, *params)
    if result is not None and result.get() is not STAR:
        result.set(value)
    set_ok(1)
