"""How the runtime calls Python functions that implement 4D code: places passed by
reference (`Ref`) and parameter counts (a call with too few or too many parameters is a 4D
error, -10721)."""
from __future__ import annotations

from .errors import FourDError, ERR_PARAM_COUNT


class Ref:
    """A writable place passed to a command: `get()` reads it, `set(v)` writes it."""
    __slots__ = ("get", "set", "name")

    def __init__(self, get, set_, name=""):
        self.get, self.set, self.name = get, set_, name


class ValueRef(Ref):
    """A non-assignable argument in a by-reference position: writes are dropped."""

    def __init__(self, value):
        super().__init__(lambda: value, lambda v: None, "")


def arg_range(fn, skip: int = 0) -> tuple[int, int | None]:
    """(least, most) positional parameters of a Python function implementing 4D code, after
    the first `skip` ones (the collection of a member function); `_private` ones do not
    count; most is None for *args or a function without a signature."""
    import inspect          # here: not needed at start-up
    try:
        params = list(inspect.signature(fn).parameters.values())[skip:]
    except (TypeError, ValueError):
        return 0, None
    least, most = 0, 0
    for p in params:
        if p.kind is p.VAR_POSITIONAL:
            most = None
        elif p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and \
                not p.name.startswith("_"):
            if most is not None:
                most += 1
            if p.default is p.empty:
                least += 1
    return least, most


def parameter_count_error(label: str, least: int, most: int | None) -> Exception:
    """The 4D error for a call with too few or too many parameters."""
    expected = f"{least}" if least == most else f"at least {least}" if most is None \
        else f"{least} to {most}"
    return FourDError(ERR_PARAM_COUNT, f"{label}: wrong number of parameters ({expected} "
                                       "expected)")
