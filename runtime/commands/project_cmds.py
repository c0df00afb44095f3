"""Commands that reach the running project (runtime.host): Formula from string, EXECUTE
METHOD, EXECUTE FORMULA, the Design Object Access commands (METHOD GET PATHS, METHOD GET
NAMES, METHOD GET CODE…), Call chain, Get pointer."""
from __future__ import annotations

from .. import host
from ..catalog import fold_name
from ..diagnostics import callers_of, merge_inner_frames
from ..errors import FourDError, ERR_UNKNOWN_METHOD, ERR_PARAM_COUNT
from ..values import NULL
from ..places import elem_pointer, pv_pointer
from ..process import interprocess_vars, process_vars
from ._args import deref, int_arg, num_arg, put, text_arg
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


# ---------------------------------------------------------------- Design Object Access
# METHOD GET PATHS / GET NAMES / GET CODE / Get attribute / GET ATTRIBUTES / GET FOLDERS /
# RESOLVE PATH / Get path (4d/docs commands-legacy/method-*.md). Decisions:
# * the paths are those 4D gives in project mode (host.method_sources()); table forms and
#   triggers are named after their table in catalog.4DCatalog;
# * a method's stamp is its file's modification time in seconds;
# * METHOD GET CODE returns the file's text with CR line ends, as 4D does; without
#   `Code with tokens` the tokens (`:C10`, `:K15:38`, `[Table:1]`) are removed, with it the text
#   keeps the tokens the file has (fourd adds none);
# * the attributes are the `//%attributes = {…}` header of the file, over 4D's defaults;
# * an unknown path is error -9801 "Object not found" and leaves the result empty.
ERR_OBJECT_NOT_FOUND = -9801
PATH_ALL_OBJECTS = -1
_DEFAULT_ATTRIBUTES = (("invisible", False), ("preemptive", "indifferent"),
                       ("publishedWeb", False), ("publishedSoap", False),
                       ("publishedWsdl", False), ("shared", False), ("publishedSql", False),
                       ("executedOnServer", False))
_ATTRIBUTE_KEYS = {1: "invisible", 2: "publishedWeb", 3: "publishedSoap", 4: "publishedWsdl",
                   5: "shared", 7: "publishedSql", 8: "executedOnServer"}


def _sources(kinds=PATH_ALL_OBJECTS):
    """[(kind, 4D path, file)] of the running project, of the kinds in the bit mask."""
    project = _project()
    if project is None:
        return []
    return [s for s in project.method_sources() if kinds == PATH_ALL_OBJECTS or s[0] & kinds]


def _source_file(path: str, what: str, project_methods_only=False) -> str:
    """The file of a method path (project method names match case-insensitively)."""
    key = fold_name(path)
    for kind, p, file in _sources(1 if project_methods_only else PATH_ALL_OBJECTS):
        if p == path or (kind == 1 and fold_name(p) == key):
            return file
    raise FourDError(ERR_OBJECT_NOT_FOUND, f"{what}: object not found: {path}")


def _read(file: str) -> str:
    with open(file, encoding="utf-8-sig", errors="replace", newline="") as f:
        return f.read()


def _folders():
    """The Explorer's folders (Project/Sources/folders.json), trash excluded."""
    import json
    import os
    project = _project()
    if project is None or not project.root:
        return {}
    for sources in (("Project", "Sources"), ("Sources",)):
        try:
            with open(os.path.join(project.root, *sources, "folders.json"), encoding="utf-8") as f:
                data = json.load(f)
            return {k: v for k, v in data.items() if k != "trash" and isinstance(v, dict)}
        except (OSError, ValueError):
            continue
    return {}


def _folder_paths(folder: str):
    """Method paths inside an Explorer folder and its sub-folders."""
    folders = _folders()
    wanted, todo, seen = set(), [folder], set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        entry = folders.get(name, {})
        wanted.update(entry.get("methods", []))
        wanted.update(f"[class]/{c}" for c in entry.get("classes", []))
        wanted.update(f"[projectForm]/{f}" for f in entry.get("forms", []))
        todo.extend(entry.get("groups", []))
    return wanted


def _matches(name: str, pattern) -> bool:
    from ..ops import text_eq
    return not pattern or text_eq(name, pattern)


def _text_array(ref, values, what):
    from .arrays_cmds import fill_array
    fill_array(ref, [str(v) for v in values], what)


@command("METHOD GET PATHS", 1163, refs=(1, 2, 3), arrays=True)
def method_get_paths(*args):
    """METHOD GET PATHS({folder;} type; arrPaths {; stamp}{; *})."""
    import os
    from ._args import split_star
    args, _star = split_star(args)
    folder = None
    if args and isinstance(deref(args[0]), str):
        folder = deref(args.pop(0))
    if len(args) < 2:
        raise FourDError(ERR_PARAM_COUNT, "METHOD GET PATHS: expected ({folder;} type; "
                                          "arrPaths {; stamp}{; *})")
    kinds = int_arg(deref(args[0]), "METHOD GET PATHS")
    stamp_ref = args[2] if len(args) > 2 else None
    since = None if stamp_ref is None else num_arg(deref(stamp_ref), "METHOD GET PATHS")
    found = _sources(kinds)
    if folder:
        inside = _folder_paths(folder)
        found = [s for s in found if s[1] in inside or
                 (s[0] in (4, 16) and "/".join(s[1].split("/")[:2]) in inside)]
    newest, paths = 0, []
    for _kind, path, file in found:
        try:
            stamp = int(os.path.getmtime(file))
        except OSError:
            stamp = 0
        newest = max(newest, stamp)
        if since is None or stamp >= since:
            paths.append(path)
    _text_array(args[1], sorted(paths, key=_path_order), "METHOD GET PATHS")
    if stamp_ref is not None:
        put(stamp_ref, float(newest))


def _path_order(path):
    return (path.startswith("["), fold_name(path))


@command("METHOD GET NAMES", 1166, refs=(0,), arrays=True)
def method_get_names(names=None, pattern=None, *_star):
    """METHOD GET NAMES(arrNames {; filter}{; *}): project method names (`@` wildcard)."""
    if names is None:
        raise FourDError(ERR_PARAM_COUNT, "METHOD GET NAMES: an array is expected")
    pattern = text_arg(pattern, "METHOD GET NAMES") if isinstance(pattern, str) else ""
    found = [p for kind, p, _f in _sources(1) if _matches(p, pattern)]
    _text_array(names, sorted(found, key=fold_name), "METHOD GET NAMES")


@command("METHOD GET FOLDERS", 1206, refs=(0,), arrays=True)
def method_get_folders(names=None, pattern=None, *_star):
    """METHOD GET FOLDERS(arrNames {; filter}{; *}): the Explorer's folder names."""
    if names is None:
        raise FourDError(ERR_PARAM_COUNT, "METHOD GET FOLDERS: an array is expected")
    pattern = text_arg(pattern, "METHOD GET FOLDERS") if isinstance(pattern, str) else ""
    _text_array(names, [f for f in _folders() if _matches(f, pattern)], "METHOD GET FOLDERS")


def strip_tokens(code: str) -> str:
    """4D code without its tokens (`String:C10(` -> `String(`, `[T:1]F:2` -> `[T]F`), string
    literals and comments left alone."""
    import re
    out, i, n = [], 0, len(code)
    token = re.compile(r":(?:C\d+|K\d+:\d+|P\d+:\d+|F\d+)|(?<=\w):\d+(?=\])|"
                       r"(?<=\])([^\s:;()\[\]]+(?: [^\s:;()\[\]]+)*):\d+")
    while i < n:
        c = code[i]
        if c == '"':
            j = i + 1
            while j < n and code[j] != '"' and code[j] not in "\r\n":
                j += 2 if code[j] == "\\" else 1
            out.append(code[i:j + 1])
            i = j + 1
        elif code.startswith("//", i):
            j = i
            while j < n and code[j] not in "\r\n":
                j += 1
            out.append(code[i:j])
            i = j
        elif code.startswith("/*", i):
            j = code.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(code[i:j])
            i = j
        else:
            j = i
            while j < n and code[j] != '"' and not code.startswith("//", j) \
                    and not code.startswith("/*", j):
                j += 1
            out.append(token.sub(lambda m: m.group(1) or "", code[i:j]))
            i = j
    return "".join(out)


def _method_code(path: str, tokens: bool) -> str:
    import re
    code = re.sub(r"\r\n|\n", "\r", _read(_source_file(path, "METHOD GET CODE")))
    return code if tokens else strip_tokens(code)


@command("METHOD GET CODE", 1190, refs=(1,), procedure=True, arrays=True)
def method_get_code(path=None, code=None, *rest):
    """METHOD GET CODE(path; code {; option}{; *}): one path into a Text, or an array of
    paths into a Text array."""
    from ._args import split_star
    from ..values import Array4D
    rest, _star = split_star(rest)
    tokens = bool(rest) and int_arg(deref(rest[0]), "METHOD GET CODE") == 1
    if path is None or code is None:
        raise FourDError(ERR_PARAM_COUNT, "METHOD GET CODE: expected (path; code {; option}{; *})")
    if isinstance(path, Array4D):
        _text_array(code, [_method_code(p, tokens) for p in path[1:]], "METHOD GET CODE")
        return
    put(code, "")
    put(code, _method_code(text_arg(path, "METHOD GET CODE"), tokens))


def _attributes(path: str):
    """A project method's attributes: 4D's defaults under the file's header."""
    import json
    import re
    from ..values import Obj
    text = _read(_source_file(path, "METHOD GET ATTRIBUTES", project_methods_only=True))
    attrs = Obj(_DEFAULT_ATTRIBUTES)
    m = re.match(r"\s*//\s*%attributes\s*=\s*(\{.*\})", text)
    if m:
        try:
            header = json.loads(m.group(1))
        except ValueError:
            header = {}
        from ..objects import to_stored
        for k, v in header.items() if isinstance(header, dict) else ():
            if k not in ("lang", "folder"):
                attrs[k] = to_stored(v) if not isinstance(v, (dict, list)) else _from_json(v)
    return attrs


def _from_json(v):
    from .json_cmds import json_parse_
    import json
    return json_parse_(json.dumps(v))


@command("METHOD Get attribute", 1169)
def method_get_attribute(path=None, kind=None, *_star):
    if path is None or kind is None:
        raise FourDError(ERR_PARAM_COUNT, "METHOD Get attribute: expected (path; type {; *})")
    key = _ATTRIBUTE_KEYS.get(int_arg(kind, "METHOD Get attribute"))
    if key is None:
        raise FourDError(ERR_PARAM_COUNT, f"METHOD Get attribute: unknown attribute type {kind}")
    return _attributes(text_arg(path, "METHOD Get attribute")).get(key) is True


@command("METHOD GET ATTRIBUTES", 1334, refs=(1,), procedure=True,
         arrays=True)
def method_get_attributes(path=None, attributes=None, *_star):
    """METHOD GET ATTRIBUTES(path; attributes {; *}), or arrays of both."""
    from ..values import Array4D
    from .arrays_cmds import fill_array
    if path is None or attributes is None:
        raise FourDError(ERR_PARAM_COUNT, "METHOD GET ATTRIBUTES: expected (path; attributes {; *})")
    if isinstance(path, Array4D):
        fill_array(attributes, [_attributes(p) for p in path[1:]], "METHOD GET ATTRIBUTES")
    else:
        put(attributes, _attributes(text_arg(path, "METHOD GET ATTRIBUTES")))


_PATH_PREFIXES = {"[databaseMethod]": 2, "[projectForm]": 4, "[trigger]": 8,
                  "[tableForm]": 16, "[class]": 32}


@command("METHOD RESOLVE PATH", 1165, refs=(1, 2, 3, 4), procedure=True)
def method_resolve_path(path=None, kind=None, table=None, name=None, object_name=None, *_star):
    """The parts of a method path; the method need not exist (docs). The table pointer points
    to the table of a trigger or table form path (an unknown table is an error, the only
    one), else it is Nil."""
    if path is None:
        raise FourDError(ERR_PARAM_COUNT, "METHOD RESOLVE PATH: expected (path; type; table; "
                                          "name; objectName {; *})")
    parts = text_arg(path, "METHOD RESOLVE PATH").split("/")
    k = _PATH_PREFIXES.get(parts[0], 1)
    if k == 1:
        parts = ["", "/".join(parts)]
    table_ptr = NULL
    if k in (8, 16):              # [trigger]/Table, [tableForm]/Table/Form/object
        parts = parts[1:]
        table_ptr = _table_pointer(parts[0] if parts else "")
    form_or_name = parts[1] if len(parts) > 1 else ""
    obj = "/".join(parts[2:]) if k in (4, 16) else ""
    put(kind, k)
    put(table, table_ptr)
    put(name, "" if k in (1, 8) else form_or_name)
    put(object_name, "" if obj == "{formMethod}" else obj)


def _table_pointer(table_name):
    """`->[Table]` of the table a trigger or table form path names."""
    from ..db import classic
    from ..db.database import current
    from ..db.db_errors import db_error, ERR_NO_TABLE
    t = current().structure.table(table_name)
    if t is None:
        raise db_error(ERR_NO_TABLE, f"METHOD RESOLVE PATH: no table named {table_name!r}")
    return classic.pointer_to(classic.TableRef(t))


@command("METHOD Get path", 1164)
def method_get_path(kind=None, *args):
    """METHOD Get path(type {; table}{; name {; objectName}}{; *}) -> the path."""
    from ._args import split_star
    args, _star = split_star(args)
    k = int_arg(kind, "METHOD Get path")
    names = [text_arg(a, "METHOD Get path") for a in args if isinstance(a, str)]
    if k == 1:
        return names[0] if names else ""
    prefix = {v: p for p, v in _PATH_PREFIXES.items()}.get(k)
    if prefix is None:
        raise FourDError(ERR_PARAM_COUNT, f"METHOD Get path: unknown path type {k}")
    return "/".join([prefix] + names)


@command("Current method path", 1201)
def current_method_path():
    """The path of the method running (its caller's frame)."""
    import sys
    frames = callers_of(sys._getframe(1))
    if not frames:
        return ""
    name, file = frames[-1][:2]
    if "." in name:
        return f"[class]/{name.split('.')[0]}"
    for _kind, path, source in _sources():
        if source == file:
            return path
    return name


@command("Call chain", 1662)
def call_chain():
    """Call chain: the 4D call stack, innermost first ({type; name; line; database}); the
    code of a Formula called from the method that made it is part of that method's frame."""
    import sys
    from ..values import Obj, Coll
    out = Coll()
    frames = merge_inner_frames(callers_of(sys._getframe(1)))
    for name, _file, line, _col in reversed(frames):
        kind = "formula" if name == "Formula" else ("classFunction" if "." in name else "projectMethod")
        out.append(Obj(type=kind, name=name, line=float(line), database="host"))
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
