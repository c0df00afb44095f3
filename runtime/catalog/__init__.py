"""Command and constant tables of the 4D language.

Data files (beside this module, shipped as package data, loaded lazily once):

* ``commands.tsv``  -- ``name  number  theme  source``
* ``constants.tsv`` -- ``name  type  value  theme_token  token  source``

See README.md in this folder for where the data comes from.  Stdlib only; the package never
reads anything outside its own folder at run time.

Lookups by name are case-insensitive and ignore extra/odd whitespace (see :func:`fold_name`).
"""
from __future__ import annotations

import os
import sys
import threading
from collections import namedtuple

__all__ = [
    "CommandInfo", "ConstantInfo", "fold_name",
    "command_by_name", "command_by_number", "max_command_number", "constant_by_name",
    "constant_by_token",
    "all_command_names", "all_constant_names", "all_commands", "all_constants",
]

_HERE = os.path.dirname(os.path.abspath(__file__))

# Value: int | float | str | None.  collections.namedtuple rather than typing.NamedTuple:
# importing `typing` costs milliseconds at every start.

# name: original spelling; number: token number (``Name:C<number>``), None when unknown;
# theme: documentation theme ("" when unknown); source: docs | code | docs+corpus |
# code+corpus | corpus | corpus-alias
CommandInfo = namedtuple("CommandInfo", "name number theme source", defaults=("",))

# name: original spelling; type: Longint | Integer | Real | Text | "" (unknown); value:
# already converted (int / float / str), None when unknown; token: main token
# "K<theme>:<n>" ("" when unknown); source: where the value came from ("" when unknown);
# tokens: every token seen for this constant (main one first)
ConstantInfo = namedtuple("ConstantInfo", "name type value token source tokens",
                          defaults=("", ()))


def fold_name(name: str) -> str:
    """Lower-case, runs of whitespace -> one space, stripped."""
    return " ".join(name.lower().split())


# --------------------------------------------------------------------------------- loading
class _Tables:
    __slots__ = ("cmd_by_name", "cmd_by_number", "cmd_names", "commands",
                 "const_by_name", "const_by_token", "const_names", "constants")


_tables: _Tables | None = None
_lock = threading.Lock()

# priority of command rows when several share a folded name or a number (lower wins)
_CMD_PRIORITY = {"docs": 0, "docs+corpus": 0, "code": 1, "code+corpus": 1,
                 "corpus": 2, "corpus-alias": 3}


# 4D's platform names (d4:includeIf of its constant file)
_PLATFORM = {"win32": "win", "darwin": "mac"}.get(sys.platform, "linux")


def _rows(filename):
    with open(os.path.join(_HERE, filename), encoding="utf-8") as f:
        lines = f.read().split("\n")
    header = lines[0].split("\t")
    width = len(header)
    for line in lines[1:]:
        if not line:
            continue
        parts = line.split("\t")
        if len(parts) < width:
            parts += [""] * (width - len(parts))
        yield parts


def _convert(typ: str, raw: str) -> int | float | str | None:
    if raw == "" and typ != "Text":
        return None
    if typ in ("Longint", "Integer"):
        return int(raw)
    if typ == "Real":
        return float(raw)
    if typ == "Text":
        return raw
    return None


def _load() -> _Tables:
    t = _Tables()
    # ---- commands
    commands = []
    by_name: dict[str, tuple[int, CommandInfo]] = {}
    by_number: dict[int, tuple[int, CommandInfo]] = {}
    names = []
    seen_names = set()
    for name, number, theme, source in _rows("commands.tsv"):
        info = CommandInfo(name, int(number) if number else None, theme, source)
        commands.append(info)
        prio = _CMD_PRIORITY.get(source, 2)
        key = fold_name(name)
        old = by_name.get(key)
        if old is None or prio < old[0]:
            by_name[key] = (prio, info)
        if info.number is not None:
            old = by_number.get(info.number)
            if old is None or prio < old[0]:
                by_number[info.number] = (prio, info)
        if key not in seen_names:
            seen_names.add(key)
            names.append(name)
    t.commands = tuple(commands)
    t.cmd_by_name = {k: v[1] for k, v in by_name.items()}
    t.cmd_by_number = {k: v[1] for k, v in by_number.items()}
    t.cmd_names = tuple(names)
    # ---- constants
    constants = []
    c_by_name: dict[str, ConstantInfo] = {}
    c_by_token: dict[tuple[int, int], ConstantInfo] = {}
    c_names = []
    for name, typ, value, _theme, token, source in _rows("constants.tsv"):
        tokens = tuple(x for x in token.split(",") if x)
        info = ConstantInfo(name, typ, _convert(typ, value) if typ else None,
                            tokens[0] if tokens else "", source, tokens)
        constants.append(info)
        key = fold_name(name)
        if key not in c_by_name:
            c_by_name[key] = info
            c_names.append(name)
        for tok in tokens:
            th, _, n = tok[1:].partition(":")
            c_by_token.setdefault((int(th), int(n)), info)
    # platform-dependent values (`Folder separator`): the host's row
    for name, platform, typ, value, source in _rows("platform_constants.tsv"):
        key = fold_name(name)
        if platform == _PLATFORM and key in c_by_name:
            old = c_by_name[key]
            new = old._replace(type=typ, value=_convert(typ, value), source=source)
            c_by_name[key] = new
            for tok in old.tokens:
                th, _, n = tok[1:].partition(":")
                c_by_token[(int(th), int(n))] = new
            constants[constants.index(old)] = new
    t.constants = tuple(constants)
    t.const_by_name = c_by_name
    t.const_by_token = c_by_token
    t.const_names = tuple(c_names)
    return t


def _get() -> _Tables:
    global _tables
    tables = _tables
    if tables is None:
        with _lock:
            if _tables is None:
                _tables = _load()
            tables = _tables
    return tables


# --------------------------------------------------------------------------------- API
def command_by_name(name: str) -> CommandInfo | None:
    """Command whose name folds to ``fold_name(name)``; current commands win over old names
    seen only in exported code (e.g. ``Form event`` -> ``FORM Event`` C1606, while
    ``command_by_number(388)`` -> ``Form event code``)."""
    return _get().cmd_by_name.get(fold_name(name))


def max_command_number() -> int:
    """The highest command number the catalogue knows."""
    return max(_get().cmd_by_number)


def command_by_number(number: int) -> CommandInfo | None:
    """Command for a token number (``Name:C<number>``)."""
    try:
        return _get().cmd_by_number.get(int(number))
    except (TypeError, ValueError):
        return None


def constant_by_name(name: str) -> ConstantInfo | None:
    return _get().const_by_name.get(fold_name(name))


def constant_by_token(theme: int, n: int) -> ConstantInfo | None:
    """Constant for a token ``K<theme>:<n>`` (the numbers are positions, not values)."""
    try:
        return _get().const_by_token.get((int(theme), int(n)))
    except (TypeError, ValueError):
        return None


def all_command_names() -> tuple[str, ...]:
    """Original spellings of every command name (one per folded name, aliases included)."""
    return _get().cmd_names


def all_constant_names() -> tuple[str, ...]:
    """Original spellings of every constant name (one per folded name)."""
    return _get().const_names


def all_commands() -> tuple[CommandInfo, ...]:
    """Every row of commands.tsv (several rows may share a name or a number)."""
    return _get().commands


def all_constants() -> tuple[ConstantInfo, ...]:
    return _get().constants
