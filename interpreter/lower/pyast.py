"""Small builders of Python `ast` nodes, and the names generated code uses.

Every run-time helper the lowering emits is spelled here or as a literal `"__name"` in this
package, so tests/test_lower_helpers.py can check each one exists in the run-time globals
(runtime/helpers.py BASE_GLOBALS, plus the few a project adds).
"""
from __future__ import annotations

import ast

from fourd.runtime import values as V

# 4D operator -> run-time helper (language.md §4.3); the fast paths are plain Python operators
ARITH_HELPERS = {"+": "__add", "-": "__sub", "*": "__mul", "/": "__div", "\\": "__idiv",
                 "%": "__mod", "^": "__power", "^|": "__bxor", "<<": "__shl", ">>": "__shr",
                 "?+": "__bitset", "?-": "__bitclear", "??": "__bittest", "&": "__band",
                 "|": "__bor"}
CMP_HELPERS = {"=": "__eq", "#": "__ne", "<": "__lt", ">": "__gt", "<=": "__le", ">=": "__ge"}
BINOP_FAST = {"+": ast.Add, "-": ast.Sub, "*": ast.Mult}
CMP_FAST = {"<": ast.Lt, ">": ast.Gt, "<=": ast.LtE, ">=": ast.GtE, "=": ast.Eq, "#": ast.NotEq}

# names generated code binds itself (function locals, prefixes of generated locals), not
# run-time helpers
GENERATED_LOCALS = frozenset({
    "__n",        # Count parameters
    "__sup",      # Super() already called in a derived constructor
    "__e",        # the exception of an error hook or Catch
    "__pv",       # the process variables of the running process
    "__t",        # temporaries: __t1, __t2…
    "__set_",     # setters of locals reached by pointers and refs: __set_L_x
    "__u_",       # "declared, never assigned" flags: __u_L_o
    "__formula_", # formulas defined as functions: __formula_0
})
# names a project adds to the helpers (interpreter/project.py)
PROJECT_GLOBALS = frozenset({"__M", "__CS", "__4D", "__method_formula", "__CLASS"})

_LITERAL_DEFAULTS = (None, V.IS_VARIANT, V.IS_TEXT, V.IS_REAL, V.IS_LONGINT, V.IS_BOOLEAN)


def N(name):
    return ast.Name(id=name, ctx=ast.Load())


def S(name):
    return ast.Name(id=name, ctx=ast.Store())


def C(v):
    return ast.Constant(value=v)


def call(fn, *args):
    """`fn(*args)`; `fn` a name ("__getprop", "__IPV.get") or an expression."""
    if isinstance(fn, str):
        head, *rest = fn.split(".")
        f = N(head)
        for attr in rest:
            f = ast.Attribute(value=f, attr=attr, ctx=ast.Load())
    else:
        f = fn
    return ast.Call(func=f, args=list(args), keywords=[])


def assign(name, value):
    return ast.Assign(targets=[S(name)], value=value)


def tuple_of(elts):
    return ast.Tuple(elts=list(elts), ctx=ast.Load())


def not_(operand):
    return ast.UnaryOp(op=ast.Not(), operand=operand)


def noargs():
    return ast.arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[],
                         kwarg=None, defaults=[])


def thunk(body):
    """`lambda: body`."""
    return ast.Lambda(args=noargs(), body=body)


def let(name, value, body):
    """(lambda name: body)(value) — a local binding inside an expression."""
    args = ast.arguments(posonlyargs=[], args=[ast.arg(arg=name)], vararg=None, kwonlyargs=[],
                         kw_defaults=[], kwarg=None, defaults=[])
    return ast.Call(func=ast.Lambda(args=args, body=body), args=[value], keywords=[])


def default_value(tcode):
    """The empty value of a declared type: a constant where it is immutable."""
    if tcode in _LITERAL_DEFAULTS:
        return C(V.default_of_type(tcode))
    return call("__default", C(tcode))


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "N": "\n", "T": "\t", "R": "\r"}


def unescape(s: str) -> str:
    """The text of a 4D string literal's body (`\\n`, `\\t`, `\\r`, `\\\\`, `\\"`)."""
    if "\\" not in s:
        return s
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            nxt = s[i + 1]
            if nxt in _ESCAPES:
                out.append(_ESCAPES[nxt])
                i += 2
                continue
        out.append(c)
        i += 1
    return "".join(out)
