"""fourd as a Python library: `run_file`, `run_project`, `Interpreter` (README "Embedding").

Decisions:
* Values cross the boundary as copies, converted by `to_python` / `to_4d` (the one table of
  README "Embedding"): an Object becomes a plain dict, a Collection a list, recursively, so
  that Python code can compare, print and serialise them; a 4D Function becomes a Python
  callable and a Python callable becomes a 4D Function.
* One 4D application per Python process: interprocess variables, `Storage`, workers and the
  installed commands are shared; each `Interpreter` keeps its own project, process variables
  and local variables (its locals persist between `exec` calls, as in the REPL).
* An error nobody handled raises `FourDError` (code, message, frames: the 4D call chain); a
  syntax error is error -10701 located in the text. `QUIT 4D` raises `QuitRequest`.
* A Python exception in a command registered with `register_command` is a 4D error -10990
  naming the command (4D code can catch it), not a fourd bug.
"""
from __future__ import annotations

import ast
import datetime as _dt
import functools
import os

from fourd.runtime import diagnostics, host
from fourd.runtime.commands import registry
from fourd.runtime.errors import AbortExecution, FourDError
from fourd.runtime.function import Function4D
from fourd.runtime.values import (NULL, Obj, Coll, Date4D, Time4D, Blob4D, Array4D, Pointer,
                                  Picture4D)
from .names import local_ident
from .project import CompileFailure, Project, project_for_file, project_from_folder

__all__ = ["Interpreter", "run_file", "run_project", "to_python", "to_4d", "FourDError"]

_SESSION = "__session_locals"


# ---------------------------------------------------------------- values
def to_python(v, _memo=None):
    """A 4D value as a Python value (README "Embedding", first column to second)."""
    t = type(v)
    if v is None or v is NULL:
        return None
    if t in (str, int, float, bool):
        return v
    if isinstance(v, str):             # a command-line argument (CliArg)
        return str(v)
    if isinstance(v, Time4D):
        return _dt.timedelta(seconds=int(v))
    if isinstance(v, Date4D):
        return None if v.is_null() else v.to_date()
    if isinstance(v, (Obj, Coll, Array4D)):
        memo = {} if _memo is None else _memo
        if id(v) in memo:
            return memo[id(v)]
        if isinstance(v, Obj):
            out = memo[id(v)] = {}
            for k, x in v.items():
                out[k] = to_python(x, memo)
            return out
        out = memo[id(v)] = []
        out.extend(to_python(x, memo) for x in (v[1:] if isinstance(v, Array4D) else v))
        return out
    if isinstance(v, (bytes, bytearray)):
        return bytes(v)
    if isinstance(v, Blob4D):
        return v.data
    if isinstance(v, Function4D):
        return _PyFunction(v)
    return v                           # Pointer, Picture4D, class objects: as they are


def to_4d(v, _memo=None):
    """A Python value as a 4D value (README "Embedding", second column to first)."""
    t = type(v)
    if v is None:
        return NULL
    if t in (str, int, float, bool):
        return v
    if isinstance(v, bool):
        return bool(v)
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        return float(v)
    if isinstance(v, str):
        return str(v)
    if isinstance(v, _dt.datetime):
        return Date4D.from_date(v.date())
    if isinstance(v, _dt.date):
        return Date4D.from_date(v)
    if isinstance(v, _dt.timedelta):
        return Time4D(int(v.total_seconds()))
    if isinstance(v, _dt.time):
        return Time4D(v.hour * 3600 + v.minute * 60 + v.second)
    if isinstance(v, (Obj, Coll, Date4D, Blob4D, Pointer, Picture4D, Function4D)):
        return v                       # already a 4D value
    if isinstance(v, (dict, list, tuple)):
        memo = {} if _memo is None else _memo
        if id(v) in memo:
            return memo[id(v)]
        if isinstance(v, dict):
            out = memo[id(v)] = Obj()
            for k, x in v.items():
                out[str(k)] = to_4d(x, memo)
            return out
        out = memo[id(v)] = Coll()
        out.extend(to_4d(x, memo) for x in v)
        return out
    if isinstance(v, (bytes, bytearray, memoryview)):
        return bytearray(v)
    if isinstance(v, _PyFunction):
        return v.function
    if callable(v):
        return Function4D(_from_python_callable(v), name=getattr(v, "__name__", "python"))
    raise TypeError(f"no 4D value for a Python {type(v).__name__}")


class _PyFunction:
    """A 4D Function handed to Python: calling it runs the 4D code with converted values."""
    __slots__ = ("function",)

    def __init__(self, function: Function4D):
        self.function = function

    def __call__(self, *args):
        return to_python(self.function.fn(None, *[to_4d(a) for a in args]))

    def __repr__(self):
        return f"<4D function {self.function.name or self.function.source}>"


def _from_python_callable(fn):
    def call(this, *args):
        return to_4d(fn(*[to_python(a) for a in args]))
    return call


# ---------------------------------------------------------------- errors
def _located(e: BaseException) -> FourDError:
    """The 4D error for an exception escaping 4D code, with its 4D call chain."""
    err = diagnostics.as_fourd(e)
    if not err.frames:
        err.frames = diagnostics.frames_of(e.__traceback__)
    return err


def _syntax_error(e: CompileFailure) -> FourDError:
    err = FourDError(-10701, f"syntax error: {e.message}")
    err.frames = [("", e.path, e.line, e.column)]
    return err


# ---------------------------------------------------------------- whole runs
def run_file(path, *args):
    """Run a `.4dm` file as `fourd run FILE ARGS…` does, in this process; returns the
    method's result as a Python value. Raises FourDError if an error nobody handled
    stopped it."""
    project, stem = project_for_file(os.fspath(path))
    return _run_whole(project, stem, args)


def run_project(folder, method, *args):
    """Run `method` of the 4D project `folder` as `fourd run FOLDER --method METHOD` does."""
    return _run_whole(project_from_folder(os.fspath(folder)), method, args)


def _run_whole(project, method, args):
    from fourd.runtime import process
    host.install(project)
    fn = project.resolve_method(method)
    if fn is None:
        raise FourDError(-10742, f"Unknown method: {method}")
    outcome = {}

    def main():
        try:
            outcome["result"] = fn.fn(NULL, *[to_4d(a) for a in args])
        except AbortExecution:
            raise
        except Exception as e:
            outcome["error"] = _located(e)
    process.reset()
    if process.run_main(main) in (130, 143):
        raise KeyboardInterrupt
    if "error" in outcome:
        raise outcome["error"]
    return to_python(outcome.get("result"))


# ---------------------------------------------------------------- a session
class Interpreter:
    """A 4D session in this Python process: `exec` and `eval` run 4D code in the project's
    names (methods, classes, `cs`), local variables persist between calls.

    >>> import fourd
    >>> i = fourd.Interpreter()
    >>> i.exec('$greeting:="Hello"')
    >>> i.eval('$greeting+", "+$1+"!"', "Ada")
    'Hello, Ada!'
    """

    unit_name = "Interpreter"       # the method name errors show for code run by exec/eval

    def __init__(self, project=None):
        if project is None:
            self.project = Project()
        elif isinstance(project, Project):
            self.project = project
        else:
            self.project = project_from_folder(os.fspath(project))
        self.locals: dict[str, object] = {}       # python ident -> 4D value
        self.process_vars: dict = {}
        self._units = 0

    # -- running code
    def exec(self, text: str, *args, **variables):
        """Run 4D statements. `args` arrive as $1…$n, `variables` set locals first
        (`exec("$r:=$a*2", a=21)`). Returns the result: `return`/`$0`, else the value of
        the last line if it is an expression, else None."""
        for name, value in variables.items():
            self.locals[local_ident("$" + name.lstrip("$"))] = to_4d(value)
        fn = self._compile(text)
        return to_python(self._call(fn, [to_4d(a) for a in args]))

    def eval(self, text: str, *args, **variables):
        """The value of one 4D expression."""
        if len([ln for ln in text.splitlines() if ln.strip()]) != 1:
            raise ValueError("eval takes one expression (use exec for statements)")
        return self.exec(text, *args, **variables)

    def call(self, method: str, *args):
        """Call a project method with Python values; returns its result."""
        fn = self.project.resolve_method(method)
        if fn is None:
            raise FourDError(-10742, f"Unknown method: {method}")
        return to_python(self._call(fn.fn, [to_4d(a) for a in args]))

    def register_command(self, name: str, fn):
        """Make the Python callable `fn` a 4D command `name`: it receives Python values
        (converted as `to_python`) and its result goes back through `to_4d`."""
        register_command(name, fn)
        if " " in name.strip():     # the parser splits runs of words by the names it knows
            self.project._names.append(" ".join(name.split()))

    # -- variables
    def __getitem__(self, name: str):
        """`interp["$x"]` (or `interp["x"]`): a local variable's value."""
        try:
            return to_python(self.locals[local_ident("$" + name.lstrip("$"))])
        except KeyError:
            raise KeyError(name) from None

    def __setitem__(self, name: str, value):
        self.locals[local_ident("$" + name.lstrip("$"))] = to_4d(value)

    # -- internals
    def compile(self, text: str, path: str | None = None):
        """Compile 4D text in this session (CompileFailure on a syntax error); the returned
        function runs with `run(fn)`."""
        self._units += 1
        path = path or f"<fourd {self._units}>"
        fn = self.project.compile_text(text, self.unit_name, path, transform=_persist_locals)
        fn.__globals__[_SESSION] = self.locals
        return fn

    def _compile(self, text):
        try:
            return self.compile(text)
        except CompileFailure as e:
            raise _syntax_error(e) from None

    def run(self, fn, args=()):
        """Run a compiled text; returns its 4D result (errors raise FourDError)."""
        return self._call(fn, list(args))

    def _call(self, fn, args):
        from fourd.runtime import process
        host.install(self.project)
        proc = process.current_process()
        saved, proc.vars = proc.vars, self.process_vars
        try:
            return fn(NULL, *args)
        except AbortExecution:
            raise
        except Exception as e:
            raise _located(e) from None
        finally:
            proc.vars = saved


def register_command(name: str, fn):
    """Install the Python callable `fn` as the 4D command `name` (every project sees it)."""
    label = " ".join(name.split())

    @functools.wraps(fn)          # the signature gives the number of parameters (arg_range)
    def command_fn(*args):
        try:
            result = fn(*[to_python(a) for a in args])
        except FourDError:
            raise
        except Exception as e:
            raise FourDError(diagnostics.INTERNAL_CODE, f"{label}: {type(e).__name__}: {e}") from e
        return to_4d(result)
    registry.command(label)(command_fn)
    return fn


# ---------------------------------------------------------------- locals that persist
def _persist_locals(module: ast.Module) -> ast.Module:
    """Rewrite a compiled text so that its local variables start from, and are saved to, the
    session's table (`__session_locals` in the unit's globals).

    The generated function begins with a prologue binding every local (`L_x = default`,
    parameters from `args`); the values are loaded after it, and stored back whatever way
    the body ends."""
    fn = module.body[0]
    body = fn.body
    i = 0
    while i < len(body) and (isinstance(body[i], ast.Assign) or
                             isinstance(body[i], ast.FunctionDef) and body[i].name.startswith("__set_")):
        i += 1
    names = sorted({t.id for st in body[:i] if isinstance(st, ast.Assign) for t in st.targets
                    if isinstance(t, ast.Name) and t.id.startswith("L_") and not t.id[2:].isdigit()})
    if not names:
        return module
    table = ast.Name(id=_SESSION, ctx=ast.Load())
    load = [ast.If(test=ast.Compare(left=ast.Constant(n), ops=[ast.In()], comparators=[table]),
                   body=[ast.Assign(targets=[ast.Name(id=n, ctx=ast.Store())],
                                    value=ast.Subscript(value=table, slice=ast.Constant(n),
                                                        ctx=ast.Load()))],
                   orelse=[]) for n in names]
    store = [ast.Assign(targets=[ast.Subscript(value=table, slice=ast.Constant(n), ctx=ast.Store())],
                        value=ast.Name(id=n, ctx=ast.Load())) for n in names]
    guarded = ast.Try(body=body[i:] or [ast.Pass()], handlers=[], orelse=[], finalbody=store)
    fn.body = body[:i] + load + [guarded]
    return module
