"""Lower a lark tree of 4D code to a Python `ast` module (compiled once, then run).

The package is built like Hy's compiler: one builder per grammar construct, registered in a
table by the tree name it lowers, grouped by area:

    nodes.py        the trees the grammar builds, by name (the only place reading children)
    resolve.py      the resolve pass: parameters, result, declared types, before emission
    lowerer.py      the Lowerer: entry points, functions, dispatch, helpers builders share
    statements.py   assignments, declarations, control flow
    expressions.py  literals, variables, operators, member access, pointers
    calls.py        names, calls of commands/methods/member functions, intrinsics, Formula
    targets.py      places a value is stored into: assignments, by-reference args, pointers
    fields.py       tables and fields ([T]F): values, assignments, pointers, command arguments
    classes.py      class files (functions, constructor, computed properties: a ClassInfo)
    declared.py     declared types and static types of expressions
    positions.py    4D positions on generated statements; CompileError
    pyast.py        Python ast builders; the run-time helper names generated code calls

4D semantics live in small run-time helpers that generated code calls (names starting with
`__`, runtime/helpers.py BASE_GLOBALS); where declared types make it safe, plain Python
operations are emitted instead. Every statement carries its 4D line/column so a run-time
error points into the .4dm file.
"""
from . import statements, expressions, calls, fields  # noqa: F401  (their builders register)
from .builders import INTRINSICS, INTRINSIC_TOKENS
from .lowerer import Lowerer
from .positions import CompileError, fix_locations

__all__ = ["Lowerer", "CompileError", "fix_locations", "INTRINSICS", "INTRINSIC_TOKENS"]
