"""The one table mapping 4D command names and token numbers to Python functions.

A command is a plain Python function registered with `@command("Name", number)`. It receives
evaluated 4D values, except the argument positions listed in `refs`, which receive a `Ref`
(a variable or property the command writes back, e.g. `TEXT TO BLOB(text; $blob)`).
Names resolve case-insensitively with runs of white space folded; token numbers resolve
even when the exported name is misspelled or old (language.md §1.5).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..calling import arg_range
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
