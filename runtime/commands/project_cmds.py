"""Commands that reach the running project (runtime.host): Formula from string, EXECUTE
METHOD, EXECUTE FORMULA, METHOD GET PATHS, Call chain, Get pointer."""
from __future__ import annotations

from .. import host
from ..catalog import fold_name
from ..errors import FourDError, ERR_UNKNOWN_METHOD
from ..places import elem_pointer, pv_pointer
from ..process import interprocess_vars, process_vars
from ._args import text_arg
from .registry import command


def _project():
    return host.project()


@command("Formula from string", 1601)
def formula_from_string(text, context=None):
    return _project().compile_formula(text_arg(text, "Formula from string"))


@command("EXECUTE FORMULA", 63)
def execute_formula(text):
    _project().compile_formula(text_arg(text, "EXECUTE FORMULA")).fn(None)


@command("EXECUTE METHOD", 1007, refs=(1,))
def execute_method(name, result=None, *params):
    """EXECUTE METHOD(name {; result | *} {; params…}): the result goes into `result`."""
    from .output import set_ok
    from ..values import STAR
    fn = host.resolve_method(name)
    if fn is None:
        set_ok(0)
        raise FourDError(ERR_UNKNOWN_METHOD, f"Unknown method: {name}")
    value = fn.fn(None, *params)
    if result is not None and result.get() is not STAR:
        result.set(value)
    set_ok(1)


@command("METHOD GET PATHS", 1163, refs=(2,))
def method_get_paths(folder, kind=None, paths=None, *_options):
    """METHOD GET PATHS(folder; type; arrPaths): project method names, filtered by the
    Explorer folder when Project/Sources/folders.json describes it."""
    import json
    import os
    from ..arrays import new_array, TEXT_ARRAY
    project = _project()
    names = sorted(project.method_names())
    if folder and project.root:
        try:
            with open(os.path.join(project.root, "Project", "Sources", "folders.json"), encoding="utf-8") as f:
                folders = json.load(f)
        except (OSError, ValueError):
            folders = None
        if folders and folder in folders:
            wanted, todo = set(), [folder]
            while todo:
                entry = folders.get(todo.pop(), {})
                wanted.update(entry.get("methods", []))
                todo.extend(entry.get("groups", []))
            names = [n for n in names if n in wanted]
    arr = new_array(TEXT_ARRAY, len(names))
    for i, n in enumerate(names, 1):
        arr[i] = n
    if paths is not None:
        paths.set(arr)


@command("Call chain", 1662)
def call_chain():
    """Call chain: the 4D call stack, innermost first ({type; name; line; database})."""
    import sys
    from .. import errorstate
    from ..values import Obj, Coll
    out = Coll()
    frame = sys._getframe(1)
    while frame is not None:
        code = frame.f_code
        namer = errorstate.CODE_FILES.get(code.co_filename)
        if namer is not None:
            name = namer(code.co_name)
            kind = "formula" if name == "Formula" else ("classFunction" if "." in name else "projectMethod")
            out.append(Obj(type=kind, name=name, line=float(frame.f_lineno), database="host"))
        frame = frame.f_back
    return out


@command("Get pointer", 304)
def get_pointer(var_name):
    """Get pointer(name): a pointer to a process or interprocess variable, or to an element
    `name{i}` of an array variable."""
    import re
    m = re.match(r"^\s*(<>)?([^{}]+?)\s*(?:\{\s*(\d+)\s*\})?\s*$",
                 text_arg(var_name, "Get pointer"))
    if not m:
        raise FourDError(-10725, f"Get pointer: not a variable name: {var_name}")
    store = interprocess_vars if m.group(1) else process_vars()
    key = fold_name(m.group(2))
    if m.group(3) is not None:
        return elem_pointer(store.get(key), int(m.group(3)))
    return pv_pointer(store, key, (m.group(1) or "") + m.group(2))
