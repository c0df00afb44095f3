"""What a command's registration tells the lowering (runtime/commands/registry.py): a new
command is one function with its metadata, no second edit in the interpreter."""
import io
import contextlib

import pytest

import fourd.runtime.commands  # noqa: F401  (registers every theme)
from fourd.runtime.catalog import fold_name
from fourd.runtime.commands import registry
from fourd.interpreter.project import Project
from fourd.runtime.arrays import new_array, TEXT_ARRAY
from fourd.runtime.commands.registry import command, lookup
from fourd.runtime.values import NULL, Array4D

SEEN = []


@command("ZZ meta arrays", arrays=True)
def _takes_arrays(value):
    SEEN.append(type(value))


@command("ZZ meta plain")
def _takes_values(value):
    SEEN.append(type(value))


@command("ZZ meta declares", refs=(0,), procedure=True, declares_array=True)
def _declares(ref):
    arr = new_array(TEXT_ARRAY, 2)
    arr[1:] = ["a", "b"]
    arr.selected = 2
    ref.set(arr)


@command("ZZ meta source", source_arg=0)
def _source(value, *, _source=None):
    SEEN.append(_source)


_GUARD = {"on": False}


@command("ZZ meta guarded", guard=lambda: _GUARD["on"])
def _guarded(value):
    SEEN.append(value)


@pytest.fixture(autouse=True, scope="module")
def _unregister():
    """The test commands leave the registry afterwards (the command fuzz test lists it)."""
    yield
    for name in ("ZZ meta arrays", "ZZ meta plain", "ZZ meta declares", "ZZ meta source",
                 "ZZ meta guarded"):
        registry._by_name.pop(fold_name(name), None)


def run(tmp_path, code):
    path = tmp_path / "M.4dm"
    path.write_text(code, encoding="utf-8")
    project = Project({"M": str(path)})
    with contextlib.redirect_stdout(io.StringIO()) as out:
        project.method_table["m"](NULL)
    return out.getvalue()


def test_arrays_metadata_passes_the_array_itself(tmp_path):
    SEEN.clear()
    run(tmp_path, "ARRAY TEXT($a; 2)\n$a:=1\nZZ meta arrays($a)\nZZ meta plain($a)\n")
    assert SEEN == [Array4D, int]           # the array; its selected element
    assert lookup("ZZ meta arrays").takes_arrays
    assert lookup("SORT ARRAY").takes_arrays          # the catalogue's Arrays theme
    assert not lookup("ZZ meta plain").takes_arrays


def test_declares_array_makes_the_local_an_array(tmp_path):
    out = run(tmp_path, "ZZ meta declares($a)\nALERT(String($a)+\" \"+$a{$a})\n")
    assert out == "2 b\n"                   # $a alone: its selected element


def test_source_arg_and_guard(tmp_path):
    SEEN.clear()
    run(tmp_path, "ZZ meta source(1+2 = 3)\nZZ meta guarded(ZZ meta source(\"x\"))\n")
    assert SEEN == ["1+2 = 3"]              # the guard was off: its arguments not evaluated
    _GUARD["on"] = True
    try:
        run(tmp_path, "ZZ meta guarded(5)\n")
    finally:
        _GUARD["on"] = False
    assert SEEN[-1] == 5


# ---------------------------------------------------------------- naming rule
# Functions made by a shared factory or table, one per command: (module, function name).
NAMING_EXEMPT = {("headless_ui", "<lambda>"),   # commands without effect, answered by a table
                 ("headless_ui", "dialog"),     # dialogs, cancelled at once
                 ("headless_ui", "fail")}       # forms and windows: error "needs a display"


def test_command_functions_are_named_after_their_command():
    """Every registered command function is the snake_case of its 4D name, with a trailing
    `_` only where that name is taken (the rule at the top of runtime/commands/registry.py)."""
    import builtins
    import keyword
    import sys
    names = {}
    for cmd in registry.all_commands().values():
        if cmd.fn.__module__.startswith("fourd."):
            names.setdefault(cmd.fn, set()).add(cmd.name)
    for key, cmd in registry._by_name.items():   # aliases (old spellings) count too
        if cmd.fn in names:
            names[cmd.fn].add(key)
    wrong = []
    for fn, cmd_names in names.items():
        module = fn.__module__.rsplit(".", 1)[-1]
        if (module, fn.__name__) in NAMING_EXEMPT:
            continue
        wanted = {registry.function_name(n) for n in cmd_names}
        if fn.__name__ in wanted:
            continue
        base = fn.__name__[:-1]
        taken = keyword.iskeyword(base) or keyword.issoftkeyword(base) or \
            hasattr(builtins, base) or \
            getattr(sys.modules[fn.__module__], base, fn) is not fn
        if not (fn.__name__.endswith("_") and base in wanted and taken):
            wrong.append(f"{module}.{fn.__name__} ({sorted(cmd_names)[0]})")
    assert not wrong, wrong
