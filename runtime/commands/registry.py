"""The one table mapping 4D command names and token numbers to Python functions.

A command is a plain Python function registered with `@command("Name", number)`. It receives
evaluated 4D values, except the argument positions listed in `refs`, which receive a `Ref`
(a variable or property the command writes back, e.g. `TEXT TO BLOB(text; $blob)`).
Names resolve case-insensitively with runs of white space folded; token numbers resolve
even when the exported name is misspelled or old (language.md §1.5).
"""
from __future__ import annotations

import inspect
from dataclasses import dataclass, field

from ..catalog import fold_name


@dataclass
class Command:
    name: str
    number: int | None
    fn: object
    refs: tuple = ()
    # a statement-like command whose Python result is ignored (returns undefined in 4D)
    procedure: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def arg_range(self) -> tuple[int, int | None]:
        """How many 4D parameters the function takes: (at least, at most; None: any number)."""
        if "arg_range" not in self.extra:
            self.extra["arg_range"] = arg_range(self.fn)
        return self.extra["arg_range"]


def arg_range(fn, skip: int = 0) -> tuple[int, int | None]:
    """(least, most) positional parameters of a Python function implementing 4D code, after
    the first `skip` ones (the collection of a member function); `_private` ones do not
    count; most is None for *args or a function without a signature."""
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
    from ..errors import FourDError, ERR_PARAM_COUNT
    expected = f"{least}" if least == most else f"at least {least}" if most is None \
        else f"{least} to {most}"
    return FourDError(ERR_PARAM_COUNT, f"{label}: wrong number of parameters ({expected} "
                                       "expected)")


_by_name: dict[str, Command] = {}
_by_number: dict[int, Command] = {}


def command(name: str, number: int | None = None, *, refs=(), procedure=False):
    """Register `fn` as the 4D command `name` (token `number`)."""
    def register(fn):
        cmd = Command(name, number, fn, tuple(refs), procedure)
        _by_name[fold_name(name)] = cmd
        if number is not None:
            _by_number[number] = cmd
        return fn
    return register


def alias(name: str, of: str):
    """Another name (old spelling, `_O_` prefix) for an implemented command."""
    _by_name[fold_name(name)] = _by_name[fold_name(of)]


def lookup(name: str, number: int | None = None) -> Command | None:
    """The implemented command for a name or token number, or None."""
    if number is not None:
        cmd = _by_number.get(number)
        if cmd is not None:
            return cmd
    return _by_name.get(fold_name(name))


def all_commands() -> dict[str, Command]:
    return dict(_by_name)


class Ref:
    """A writable place passed to a command: `get()` reads it, `set(v)` writes it."""
    __slots__ = ("get", "set", "name")

    def __init__(self, get, set_, name=""):
        self.get, self.set, self.name = get, set_, name


class ValueRef(Ref):
    """A non-assignable argument in a by-reference position: writes are dropped."""

    def __init__(self, value):
        super().__init__(lambda: value, lambda v: None, "")
