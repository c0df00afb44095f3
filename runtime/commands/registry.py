"""The one table mapping 4D command names and token numbers to Python functions.

A command is a plain Python function registered with `@command("Name", number)`. It receives
evaluated 4D values, except the argument positions listed in `refs`, which receive a `Ref`
(a variable or property the command writes back, e.g. `TEXT TO BLOB(text; $blob)`).
Names resolve case-insensitively with runs of white space folded; token numbers resolve
even when the exported name is misspelled or old (language.md §1.5).

What the lowering needs to know about a command is said on its registration too, so a new
command is one function in one theme module: `arrays=True` (it receives array variables
themselves, not their selected element; implied for the catalogue's Arrays theme),
`declares_array=True` (its first argument, a local, becomes an array: ARRAY TEXT…),
`source_arg=i` (it receives the 4D text of argument i as `_source=`: ASSERT names the
failing expression), `guard=fn` (the call, arguments included, runs only when fn() is
true: a disabled ASSERT evaluates nothing), `fields=True` (it receives tables and fields
themselves, `[T]` and `[T]F` as references, and QUERY's criteria `[T]F = value`: the database
commands, runtime/db/classic.py).

Naming rule: a command function is named the snake_case of its 4D name (`function_name()`:
lower case, each run of characters other than letters and digits becomes one `_`, none at
either end: `JSON Stringify` -> `json_stringify`, `QUIT 4D` -> `quit_4d`, `_O_ARRAY STRING` ->
`o_array_string`), plus a trailing `_` when that name is a Python keyword or builtin or
already names something else at the top of its module (`abs_`, `int_`, `not_`,
`json_stringify_` beside the helper `json_stringify`). Exempt: a function registered under
several names, and functions made by a shared factory or table (headless_ui's lambdas).
tests/test_command_metadata.py checks it.
"""
from __future__ import annotations

import re

from ..calling import arg_range
from .. import catalog
from ..catalog import fold_name


class Command:
    """One registered command (a plain class: `dataclasses` costs milliseconds at start)."""
    __slots__ = ("name", "number", "fn", "refs", "procedure", "arrays", "declares_array",
                 "source_arg", "guard", "fields", "extra")

    def __init__(self, name: str, number: int | None, fn, refs: tuple = (),
                 procedure: bool = False, arrays: bool = False, declares_array: bool = False,
                 source_arg: int | None = None, guard=None, fields: bool = False):
        self.name = name
        self.number = number
        self.fn = fn
        self.refs = refs
        # a statement-like command whose Python result is ignored (returns undefined in 4D)
        self.procedure = procedure
        self.arrays = arrays                  # receives array variables themselves
        self.declares_array = declares_array  # its first argument becomes an array variable
        self.source_arg = source_arg    # receives the 4D text of this argument as `_source=`
        self.guard = guard              # runs (arguments included) only when guard() is true
        self.fields = fields            # receives table / field references and query criteria
        self.extra: dict = {}

    def __repr__(self):
        return f"Command({self.name!r}, {self.number!r}, {self.fn!r})"

    @property
    def takes_arrays(self) -> bool:
        """Array arguments are passed as arrays, not as their selected element."""
        if "takes_arrays" not in self.extra:
            info = catalog.command_by_name(self.name)
            self.extra["takes_arrays"] = self.arrays or self.declares_array or \
                (info is not None and info.theme == "Arrays")
        return self.extra["takes_arrays"]

    @property
    def arg_range(self) -> tuple[int, int | None]:
        """How many 4D parameters the function takes: (at least, at most; None: any number)."""
        if "arg_range" not in self.extra:
            self.extra["arg_range"] = arg_range(self.fn)
        return self.extra["arg_range"]


_by_name: dict[str, Command] = {}
_by_number: dict[int, Command] = {}


def command(name: str, number: int | None = None, *, refs=(), procedure=False, arrays=False,
            declares_array=False, source_arg=None, guard=None, fields=False):
    """Register `fn` as the 4D command `name` (token `number`); the keywords are described
    at the top of this module."""
    def register(fn):
        cmd = Command(name, number, fn, tuple(refs), procedure, arrays, declares_array,
                      source_arg, guard, fields)
        _by_name[fold_name(name)] = cmd
        if number is not None:
            _by_number[number] = cmd
        return fn
    return register


def function_name(name: str) -> str:
    """The Python name of the function implementing the 4D command `name` (naming rule
    above, before any trailing `_`)."""
    return re.sub(r"[^0-9A-Za-z]+", "_", name).strip("_").lower()


def alias(name: str, of: str):
    """Another name (old spelling, `_O_` prefix) for an implemented command."""
    _by_name[fold_name(name)] = _by_name[fold_name(of)]


def lookup(name: str, number: int | None = None) -> Command | None:
    """The implemented command for a name or token number, or None."""
    if number is not None:
        cmd = _by_number.get(number)
        if cmd is not None:
            return cmd
        if _load_lazy(_lazy_index().BY_NUMBER.get(number)):
            return _by_number[number]
    key = fold_name(name)
    cmd = _by_name.get(key)
    if cmd is None and _load_lazy(_lazy_index().BY_NAME.get(key)):
        cmd = _by_name.get(key)
    return cmd


def all_commands() -> dict[str, Command]:
    for module in LAZY_MODULES:
        _load_lazy(module)
    return dict(_by_name)


# ---------------------------------------------------------------- themes loaded on first use
# Decisions: no theme module is imported at start (start-up time: a run imports the themes
# of the commands its code names, a cached run binds them by name and token); the first
# lookup of one of their commands imports the module, found through
# runtime/lazy_index.py (generated by build_lazy_index(); tests/test_registry_index.py checks
# it is current). The built-in classes those modules bring (4D.File, 4D.TCPListener…) are in
# the same index for the class store.
LAZY_MODULES = ("text", "math", "datetime", "types_cmds", "output", "arrays_cmds",
                "objects_cmds", "json_cmds", "blob_cmds", "errors_cmds",
                "xml_dom", "resources", "environment", "project_cmds", "transactions",
                "orda_cmds", "documents", "headless_ui", "files_cmds", "system", "process_cmds",
                "records", "selections", "queries", "sets", "structure_access")
# modules defining built-in classes that are not imported at start
LAZY_CLASS_MODULES = ("fourd.runtime.classes.tcp", "fourd.runtime.classes.files",
                      "fourd.runtime.classes.filehandle", "fourd.runtime.classes.systemworker",
                      "fourd.runtime.classes.signal",
                      "fourd.runtime.db.orda", "fourd.runtime.db.entity",
                      "fourd.runtime.db.selection")


def _lazy_index():
    from .. import lazy_index
    return lazy_index


def _load_lazy(module: str | None) -> bool:
    if module is None:
        return False
    import importlib
    importlib.import_module(f"{__package__}.{module}")
    return True


def build_lazy_index() -> str:
    """The text of runtime/lazy_index.py: which lazy module registers each command name and
    token number, and which module defines each built-in class."""
    import importlib
    from ..builtin import BUILTIN_CLASSES
    for module in LAZY_MODULES:
        importlib.import_module(f"{__package__}.{module}")
    for module in LAZY_CLASS_MODULES:
        importlib.import_module(module)
    by_name, by_number = {}, {}
    for key, cmd in sorted(_by_name.items()):
        module = cmd.fn.__module__.rsplit(".", 1)[-1]
        if module in LAZY_MODULES:
            by_name[key] = module
            if cmd.number is not None and _by_number.get(cmd.number) is cmd:
                by_number[cmd.number] = module
    classes = {name: cls.__module__ for name, cls in BUILTIN_CLASSES.items()
               if cls.__module__ in LAZY_CLASS_MODULES}
    from ..classes.store import STORE_4D      # classes a module puts in the 4D store itself
    for name, ref in STORE_4D.extra.items():
        for module in LAZY_CLASS_MODULES:
            if any(v is ref for v in vars(importlib.import_module(module)).values()):
                classes[name] = module
    classes = dict(sorted(classes.items()))
    lines = ['"""Generated by fourd.runtime.commands.registry.build_lazy_index(): the commands of',
             'the theme modules loaded on first use (registry.LAZY_MODULES) and the modules of',
             'the built-in classes loaded on first use. Do not edit."""',
             "BY_NAME = {"]
    lines += [f"    {k!r}: {v!r}," for k, v in by_name.items()]
    lines += ["}", "BY_NUMBER = {"]
    lines += [f"    {k!r}: {v!r}," for k, v in sorted(by_number.items())]
    lines += ["}", "CLASSES = {"]
    lines += [f"    {k!r}: {v!r}," for k, v in classes.items()]
    lines += ["}", ""]
    return "\n".join(lines)
