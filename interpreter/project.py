"""A 4D project as fourd runs it: methods and classes found on disk, compiled lazily once.

`Project` owns name resolution (what a 4D name means: command, constant, method, variable),
the compiled units' globals, the `cs` class store, and the method table `__M` that generated
code calls project methods through.
"""
from __future__ import annotations

import os

from fourd.runtime import catalog, helpers, host
from fourd.runtime.diagnostics import CODE_FILES
from fourd.runtime.commands import registry
from fourd.runtime.function import Function4D
from fourd.runtime.classes.store import ClassDef, ClassStore, STORE_4D
from fourd.runtime.errors import FourDError, ERR_UNKNOWN_METHOD
from . import codecache
from .classinfo import ClassInfo
from .names import fold, py_ident, EXACT_SUFFIX
from .source import read_4dm, SourceError

# catalogue themes of commands that work on the 4D database (a clear message when no data)
DATABASE_THEMES = {"Selection", "Queries", "Records", "Sets", "Relations", "Transactions",
                   "Record Locking", "Named Selections", "Table", "Triggers", "Subrecords",
                   "Structure Access", "On a Series", "Import and Export", "Quick Report",
                   "Cache Management", "Backup", "SQL"}


def _unsupported_text(info, name, number):
    """What `command not supported: …` names (database commands say so)."""
    shown = info.name if info is not None else name
    text = f"{shown} (C{number})" if number and shown else shown or f"C{number}"
    if info is not None and info.theme in DATABASE_THEMES:
        return f"{text}: database commands are not supported"
    return text


class CompileFailure(Exception):
    """A syntax/compile error in a 4D source file."""

    def __init__(self, path, line, column, message, source_line=""):
        super().__init__(message)
        self.path, self.line, self.column = path, line, column
        self.message, self.source_line = message, source_line


def read_source(path: str) -> str:
    try:
        return read_4dm(path)
    except SourceError as e:
        raise CompileFailure(path, 0, 0, e.message) from None


class MethodTable(dict):
    """`__M`: folded method name -> compiled Python function, compiled on first call."""

    def __init__(self, project):
        super().__init__()
        self.project = project

    def __missing__(self, key):
        fn = self.project.compile_method(key)
        self[key] = fn
        return fn


class Project:
    def __init__(self, methods: dict[str, str] | None = None, classes: dict[str, str] | None = None,
                 root: str | None = None, database_methods: dict[str, str] | None = None,
                 main_file: str | None = None):
        self.root = root
        self.main_file = main_file
        self.data_options = data_options()     # --data / --dataless… (runtime/db)
        self.methods = {fold(n): (n, p) for n, p in (methods or {}).items()}
        self.classes = dict(classes or {})
        self.database_methods = {fold(n): (n, p) for n, p in (database_methods or {}).items()}
        self.method_table = MethodTable(self)
        self.exact_entries: dict = {}     # folded name -> the method's exact entry, if any
        self.cs = ClassStore(self._load_class, self.classes, self._precreated_names)
        self.base_globals = dict(helpers.BASE_GLOBALS)
        self.base_globals.update({"__M": self.method_table, "__CS": self.cs, "__4D": STORE_4D,
                                  "__method_formula": self.method_formula})
        self._names = [n for n, _p in self.methods.values()]
        self._formula_units = 0
        self._classes_loading: list[str] = []     # `Class extends` chain being loaded
        host.install(self)

    # ------------------------------------------------------------ name resolution
    def resolve_name(self, name: str, token):
        """What a 4D name means, for the lowering (which is loaded when it asks)."""
        from .lower import INTRINSICS, INTRINSIC_TOKENS
        key = fold(name)
        if token is not None:
            ttype, n1, n2 = token
            if ttype == "C":
                intr = INTRINSIC_TOKENS.get(n1)
                if intr is not None:
                    return ("intrinsic", intr)
                cmd = registry.lookup(name, n1)
                if cmd is not None:
                    return ("command", cmd)
                if key in self.methods:
                    return ("method", self.methods[key][0])
                info = catalog.command_by_number(n1)
                return ("unsupported", _unsupported_text(info, name, n1))
            if ttype == "K":
                info = catalog.constant_by_token(n1, n2) if n2 is not None else None
                if info is None or info.value is None:
                    info = catalog.constant_by_name(name)
                if info is not None and info.value is not None:
                    return ("constant", info.value)
        if key in INTRINSICS:
            return ("intrinsic", key)
        # a command name always reaches the command: 4D refuses a method named like a command,
        # so a file `alert.4dm` calling ALERT calls the command, not itself
        cmd = registry.lookup(name)
        if cmd is not None:
            return ("command", cmd)
        info = catalog.command_by_name(name)
        if info is not None:
            return ("unsupported", _unsupported_text(info, name, info.number))
        if key in self.methods:
            return ("method", self.methods[key][0])
        info = catalog.constant_by_name(name)
        if info is not None and info.value is not None:
            return ("constant", info.value)
        return None

    # ------------------------------------------------------------ compiling
    def parse_file(self, path):
        text = read_source(path)
        return text, self._parse(path, text)

    def _parse(self, path, text):
        from fourd.grammar.parser import parse, SyntaxError4D   # not needed on a cache hit
        try:
            return parse(text, self._names)
        except SyntaxError4D as e:
            raise CompileFailure(path, e.line, e.column, e.message, e.source_line)

    def _cached_unit(self, kind, name, path, lower):
        """(code, command globals, extra) of a method or class: from the code cache
        (interpreter/codecache.py), else read, parsed, lowered by `lower(unit, text, tree)`
        -> (module, extra), compiled and stored."""
        text = read_source(path)
        key = codecache.key(kind, name, path, text, self._names + sorted(self.classes))
        hit = codecache.load(key)
        if hit is not None:
            code, commands, extra = hit
            bound = {}
            for ident, cmd_name, number, part in commands:
                if part == "method":
                    bound[ident] = _MethodRef(cmd_name, number)
                    continue
                cmd = registry.lookup(cmd_name, number)
                if cmd is None:
                    break
                bound[ident] = getattr(cmd, part)
            else:
                return code, bound, extra
        tree = self._parse(path, text)
        unit = _UnitNames(self)
        module, extra = lower(unit, text, tree)
        code = self._compile_code(module, path)
        codecache.store(key, code, [(i, *named) for i, named in unit.command_names.items()],
                        extra)
        return code, unit.commands, extra

    def _compile_code(self, module_ast, path):
        from .lower import fix_locations
        fix_locations(module_ast)
        try:
            code = compile(module_ast, path, "exec")
        except (SyntaxError, ValueError, TypeError) as e:
            raise CompileFailure(path, getattr(e, "lineno", 0) or 0, 0, f"cannot compile: {e}")
        except (RecursionError, MemoryError):
            raise CompileFailure(path, 0, 0, "cannot compile: a statement is nested too deeply "
                                             "(split the expression)") from None
        return code

    def _compile_unit(self, module_ast, path, namer, extra_globals=None):
        return self._run_unit(self._compile_code(module_ast, path), path, namer, extra_globals)

    def _run_unit(self, code, path, namer, extra_globals=None):
        g = dict(self.base_globals)
        if extra_globals:
            g.update(extra_globals)
            for ident, value in extra_globals.items():
                if type(value) is _MethodRef:
                    g[ident] = self._bound_on_first_call(g, ident, value.key, value.arity)
        CODE_FILES[path] = namer
        exec(code, g)
        return g

    def _bound_on_first_call(self, g, ident, key, arity):
        """What a unit's global `ident` (a project method it calls with `arity` arguments)
        holds until the first call: that call compiles the method if needed and puts the
        method's function itself in the global — its exact entry when `arity` is its number
        of declared parameters — so that later calls are plain Python calls of a global
        function (bench/PROFILE.md, "Calls")."""
        table, exact = self.method_table, self.exact_entries

        def first_call(*args):
            fn = table[key]
            fx = exact.get(key)
            if fx is not None and fx.__code__.co_argcount == arity + 1:
                fn = fx
            g[ident] = fn
            return fn(*args)
        return first_call

    def compile_method(self, key: str):
        entry = self.methods.get(key) or self.database_methods.get(key)
        if entry is None:
            raise FourDError(ERR_UNKNOWN_METHOD, f"Unknown method: {key}")
        name, path = entry

        def lower(unit, text, tree):
            from .lower import Lowerer, CompileError
            try:
                return Lowerer(unit, text).method_module(tree, name, "M__method"), None
            except CompileError as e:
                raise CompileFailure(path, e.line, e.column, e.message)
        code, commands, _ = self._cached_unit("method", name, path, lower)
        g = self._run_unit(code, path, lambda _co, n=name: n, commands)
        fx = g.get("M__method" + EXACT_SUFFIX)
        if fx is not None:
            self.exact_entries[key] = fx
        return g["M__method"]

    def method_function(self, name: str) -> Function4D | None:
        key = fold(name)
        if key not in self.methods and key not in self.database_methods:
            return None
        entry = self.methods.get(key) or self.database_methods.get(key)
        fn = self.method_table[key]
        return Function4D(fn, source=entry[0], name=entry[0])

    def resolve_method(self, name: str):
        try:
            return self.method_function(name)
        except CompileFailure as e:
            raise FourDError(-10701, f"{e.path}:{e.line}:{e.column}: syntax error: {e.message}")

    def method_names(self) -> list[str]:
        return list(self._names)

    def method_sources(self) -> list[tuple[int, str, str]]:
        out = [(1, name, path) for name, path in self.methods.values()]
        out += [(2, f"[databaseMethod]/{name}", path)
                for name, path in self.database_methods.values()]
        if self.root:
            out += _form_and_trigger_sources(self.root)
        out += [(32, f"[class]/{name}", path) for name, path in self.classes.items()]
        return out

    def method_formula(self, name, source):
        fn = self.method_table[fold(name)]
        return Function4D(fn, source, name)

    def _precreated_names(self) -> list[str]:
        """The names of 4D's empty ORDA classes (runtime/db/model.py): a project's only."""
        if self.root is None:
            return []
        from fourd.runtime.db.orda import precreated_names
        return precreated_names()

    def _load_class(self, name):
        path = self.classes.get(name)
        if path is None:        # no file: 4D's empty ORDA class of that name, if any
            if self.root is None:
                return None
            from fourd.runtime.db.orda import precreated_class
            return precreated_class(name)

        def lower(unit, text, tree):
            from .lower import Lowerer, CompileError
            try:
                module, info = Lowerer(unit, text).class_module(tree, name)
            except CompileError as e:
                raise FourDError(-10701, f"{path}:{e.line}:{e.column}: {e.message}")
            return module, info.as_dict()
        try:
            code, commands, info = self._cached_unit("class", name, path, lower)
            info = ClassInfo.from_dict(info)
        except CompileFailure as e:
            kind = "" if e.message.startswith("cannot compile") else "syntax error in "
            raise FourDError(-10701, f"{e.path}:{e.line}:{e.column}: {kind}class {name}: {e.message}")
        parent = None
        if info.extends:
            ext = info.extends
            parent_name = ext.split(".")[-1]
            if parent_name in self._classes_loading or parent_name == name:
                chain = self._classes_loading[self._classes_loading.index(parent_name):] \
                    if parent_name in self._classes_loading else []
                chain = " extends ".join(chain + [name, parent_name])
                raise FourDError(-10701, f"{path}: class {name}: circular inheritance ({chain})")
            self._classes_loading.append(name)
            try:
                parent = self.cs.get(parent_name)
            finally:
                self._classes_loading.pop()
            if parent is None:
                from fourd.runtime.db.model import orda_base_class
                parent = orda_base_class(parent_name)
            if parent is None:
                raise FourDError(-10745, f"Class {name} extends an unknown class: {ext}")
        cls = ClassDef(name, parent)
        self.cs._classes[name] = cls       # visible while compiling (self references)

        # the 4D names of the unit's functions as written (`K.doBoom`), for errors and Call chain
        shown = {ident: f"{name}.{fname}" for fname, ident in info.functions}
        shown.update((ident, f"{name}.{p}") for p, ident in info.getters.items())
        shown.update((ident, f"{name}.{p}") for p, ident in info.setters.items())

        def namer(co_name, cls_name=name):
            if co_name == "F__constructor":
                return f"{cls_name}.constructor"
            if co_name in shown:
                return shown[co_name]
            if co_name.startswith("F_") and "__" in co_name:
                return f"{cls_name}.{co_name.split('__', 1)[1]}"
            return cls_name
        g = self._run_unit(code, path, namer, dict(commands, __CLASS=cls))
        for fname, ident in info.functions:
            cls.functions[fname] = Function4D(g[ident], name=f"{name}.{fname}")
        for pname, ident in info.getters.items():
            cls.getters[pname] = Function4D(g[ident], name=f"{name}.{pname}")
        for pname, ident in info.setters.items():
            cls.setters[pname] = Function4D(g[ident], name=f"{name}.{pname}")
        # ORDA computed attributes' query/orderBy functions and Alias attributes
        cls.query_functions = {p: Function4D(g[i], name=f"{name}.query {p}")
                               for p, i in info.queries.items()}
        cls.orderby_functions = {p: Function4D(g[i], name=f"{name}.orderBy {p}")
                                 for p, i in info.orderbys.items()}
        cls.aliases = dict(info.aliases)
        if info.constructor:
            cls.constructor = Function4D(g[info.constructor], name=f"{name}.constructor")
        props = g.get("F__properties")
        if any(has_init for _n, _t, has_init in info.properties):
            cls.prop_init = lambda this, f=props: f(this)
        cls.shared = info.shared
        cls.singleton = info.singleton
        cls.shared_functions = info.shared_functions
        for fname in cls.shared_functions:      # `shared Function`: Use(This) around the body
            cls.functions[fname] = _with_use(cls.functions[fname])
        cls.finish()
        return cls

    def compile_formula(self, text: str) -> Function4D:
        """`Formula from string(text)`."""
        from fourd.grammar.parser import parse, SyntaxError4D
        try:
            tree = parse(text, self._names)
        except SyntaxError4D as e:
            raise FourDError(-10701, f"Formula from string: syntax error: {e.message}")
        for tok in tree.scan_values(lambda t: getattr(t, "type", None) == "LOCAL"):
            if not str(tok)[1:].isdigit():      # only $1…$n: locals cannot be captured (§8.2)
                raise FourDError(-10737, f"Formula from string: local variables cannot be used ({tok})")
        self._formula_units += 1
        try:
            fn = self.compile_text(text, "Formula", f"<formula {self._formula_units}>", tree=tree)
        except CompileFailure as e:
            raise FourDError(-10701, f"Formula from string: {e.message}")
        return Function4D(fn, source=text, name="Formula")

    def compile_text(self, text: str, name: str, path: str, tree=None, transform=None):
        """4D statements given as text (a formula, a REPL line, embedding) as a Python function
        `(this, *args)` whose result is the last expression statement's value; `path` names
        the unit in error reports, `transform` may rewrite the module's Python ast.
        Raises CompileFailure."""
        from fourd.grammar.parser import parse, SyntaxError4D
        from .lower import Lowerer, CompileError
        if tree is None:
            try:
                tree = parse(text, self._names)
            except SyntaxError4D as e:
                raise CompileFailure(path, e.line, e.column, e.message, e.source_line)
        unit = _UnitNames(self)
        try:
            module = Lowerer(unit, text).method_module(tree, name, "M__method", formula_result=True)
        except CompileError as e:
            raise CompileFailure(path, e.line, e.column, e.message)
        if transform is not None:
            module = transform(module)
        g = self._compile_unit(module, path, lambda _co: name, unit.commands)
        return g["M__method"]


def data_options(opts=None) -> dict:
    """The data file options for runtime/db, read here only (README "Database"): the command
    line's `--data PATH`, `--create-data`, `--dataless` (runtime.launch.LaunchOptions: tool4d's
    form and `fourd run`), else the environment's FOURD_DATA (a SQLite file or a
    postgresql:// URL) and FOURD_DATALESS=1, which reach runs whose command line a CI job or a
    test harness does not write (FOURD_DATA's file is created when missing)."""
    options = {}
    if opts is not None and opts.data:
        options["data"] = opts.data
        options["create"] = bool(opts.create_data)
    elif os.environ.get("FOURD_DATA"):
        options["data"] = os.environ["FOURD_DATA"]
        options["create"] = True
    if opts is not None and opts.dataless or os.environ.get("FOURD_DATALESS") == "1":
        options["dataless"] = True
    return options


def _with_use(fn: Function4D) -> Function4D:
    from fourd.runtime.shared import use
    inner = fn.fn

    def shared_call(this, *args):
        if getattr(this, "shared", False):
            with use(this):
                return inner(this, *args)
        return inner(this, *args)
    return Function4D(shared_call, fn.source, fn.name)


class _MethodRef:
    """In a unit's extra globals: the project method (folded name) a global stands for, and
    the number of arguments its calls pass."""
    __slots__ = ("key", "arity")

    def __init__(self, key, arity):
        self.key, self.arity = key, arity


class _UnitNames:
    """Name resolution for one unit, collecting the command functions it references."""

    def __init__(self, project: Project):
        self.project = project
        self.commands: dict[str, object] = {}
        self.command_names: dict[str, tuple] = {}     # ident -> (name, token, part): code cache

    def resolve_name(self, name, token):
        return self.project.resolve_name(name, token)

    def method_ident(self, name, arity):
        """The global through which generated code calls the project method `name` with
        `arity` arguments (bound to the method's function on the first call:
        Project._bound_on_first_call)."""
        key = fold(name)
        ident = py_ident(f"P{arity}_", name)
        self.commands[ident] = _MethodRef(key, arity)
        self.command_names[ident] = (key, arity, "method")
        return ident

    def global_ident(self, prefix, cmd, part="fn"):
        """The name under which generated code reaches the command's function (or its
        guard: `part`); the code cache binds it again by name and token."""
        ident = py_ident(prefix, cmd.name)
        self.commands[ident] = getattr(cmd, part)
        self.command_names[ident] = (cmd.name, cmd.number, part)
        return ident


# ---------------------------------------------------------------- loading from disk
def project_from_folder(folder: str) -> Project:
    """A project folder (with Project/Sources), the Project folder itself, or a .4DProject file."""
    folder = os.path.abspath(folder)
    if os.path.isfile(folder) and folder.lower().endswith(".4dproject"):
        folder = os.path.dirname(folder)
    sources = None
    for cand in (os.path.join(folder, "Project", "Sources"), os.path.join(folder, "Sources")):
        if os.path.isdir(cand):
            sources = cand
            break
    if sources is None:
        raise FileNotFoundError(f"{folder}: not a 4D project folder (no Project/Sources)")
    methods = _scan(os.path.join(sources, "Methods"))
    classes = _scan(os.path.join(sources, "Classes"))
    dbm = _scan(os.path.join(sources, "DatabaseMethods"))
    project = Project(methods, classes, root=folder, database_methods=dbm)
    project.cs.component_namespaces = _component_namespaces(folder, sources)
    return project


def _component_namespaces(folder, sources):
    """Names under which the project's components would appear (`cs.<namespace>.X`): fourd
    does not load components, but says so clearly when code reaches for one."""
    import json
    names = set()
    comps = os.path.join(folder, "Components")
    if os.path.isdir(comps):
        for entry in os.listdir(comps):
            names.add(os.path.splitext(entry)[0])
    try:
        with open(os.path.join(sources, "dependencies.json"), encoding="utf-8") as f:
            names.update((json.load(f).get("dependencies") or {}).keys())
    except (OSError, ValueError, AttributeError):
        pass
    return names


def _form_and_trigger_sources(root):
    """Form, object and trigger methods on disk (Sources/Forms, TableForms, Triggers)."""
    import re
    sources = os.path.join(root, "Project", "Sources")
    if not os.path.isdir(sources):
        sources = os.path.join(root, "Sources")
    try:
        with open(os.path.join(sources, "catalog.4DCatalog"), encoding="utf-8") as f:
            tables = {m.group(2): m.group(1) for m in
                      re.finditer(r'<table\s+name="([^"]*)"[^>]*?\sid="(\d+)"', f.read())}
    except OSError:
        tables = {}

    def form_methods(kind, prefix, form_dir):
        found = []
        if os.path.isfile(os.path.join(form_dir, "method.4dm")):
            found.append((kind, f"{prefix}/{{formMethod}}", os.path.join(form_dir, "method.4dm")))
        for obj, path in _scan(os.path.join(form_dir, "ObjectMethods")).items():
            found.append((kind, f"{prefix}/{obj}", path))
        return found

    out = []
    forms = os.path.join(sources, "Forms")
    for form in sorted(os.listdir(forms)) if os.path.isdir(forms) else ():
        out += form_methods(4, f"[projectForm]/{form}", os.path.join(forms, form))
    for trigger, path in _scan(os.path.join(sources, "Triggers")).items():
        number = trigger.rsplit("_", 1)[-1]
        out.append((8, f"[trigger]/{tables.get(number, trigger)}", path))
    table_forms = os.path.join(sources, "TableForms")
    for number in sorted(os.listdir(table_forms)) if os.path.isdir(table_forms) else ():
        table = tables.get(number, f"Table_{number}")
        for form in sorted(os.listdir(os.path.join(table_forms, number))):
            out += form_methods(16, f"[tableForm]/{table}/{form}",
                                os.path.join(table_forms, number, form))
    return out


def _scan(d):
    out = {}
    if os.path.isdir(d):
        for fn in sorted(os.listdir(d)):
            if fn.endswith(".4dm"):
                out[fn[:-4]] = os.path.join(d, fn)
    return out


def project_for_file(path: str) -> tuple[Project, str]:
    """The project a single .4dm file runs in: its enclosing project when it lies in
    Project/Sources/Methods, else a project of that one method (language.md §15)."""
    path = os.path.abspath(path)
    parent = os.path.dirname(path)
    if os.path.basename(parent) == "Methods" and os.path.basename(os.path.dirname(parent)) == "Sources":
        proj = project_from_folder(os.path.dirname(os.path.dirname(os.path.dirname(parent))))
        return proj, os.path.basename(path)[:-4]
    stem = os.path.splitext(os.path.basename(path))[0]
    return Project({stem: path}, main_file=path), stem
