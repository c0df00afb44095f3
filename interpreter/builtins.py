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


@command("EXECUTE METHOD", 1007)
def execute_method(name, result=None, *params):
    fn = runtime_methods.resolve_method(name)
    if fn is None:
        raise FourDError(ERR_UNKNOWN_METHOD, f"Unknown method: {name}")
    return fn.fn(None, *params)
