"""Project methods by name, for code that names a method in a Text (`CALL WORKER(…; "m")`,
collection callbacks given as method names, EXECUTE METHOD, Formula from string)."""
from __future__ import annotations

from .errors import FourDError, ERR_UNKNOWN_METHOD
from .function import Function4D

_resolver = None


def set_method_resolver(fn):
    """Installed by the interpreter: `fn(name) -> Function4D | None`."""
    global _resolver
    _resolver = fn


def resolve_method(name: str):
    return _resolver(name) if _resolver is not None else None


def as_callable(f) -> Function4D:
    """A formula argument: a 4D.Function, or (legacy) a project method name."""
    if isinstance(f, Function4D):
        return f
    if isinstance(f, str):
        fn = resolve_method(f)
        if fn is not None:
            return fn
        raise FourDError(ERR_UNKNOWN_METHOD, f"Unknown method: {f}")
    raise FourDError(ERR_UNKNOWN_METHOD, "A formula or a method name is expected")
