"""The Lowerer: one source unit (a method file, a class file, a formula text) to a Python
`ast` module. It resolves each function first (resolve.py), then emits it: statements and
expressions go to the builder registered for their tree (builders.py); the helpers every
builder shares (expressions, arguments, locals, conditions) are its methods.
"""
from __future__ import annotations

import ast

from lark import Tree, Token

from ..names import local_ident, EXACT_SUFFIX
from . import targets
from .builders import STATEMENTS, EXPRESSIONS
from .classes import class_module
from .expressions import binop
from .declared import static_type, PY_TYPE_OF, BOOL
from .nodes import Atom, ExprStmt, AssignTo
from .positions import CompileError, meta, at, funcdef, source_text
from .pyast import N, C, call, assign, default_value, tuple_of
from .resolve import FunctionScope, resolve_function

_TOO_DEEP = "this statement is nested too deeply to be compiled (split the expression)"
# compound statements are not wrapped in an error hook (their inner statements are): Python
# allows only 20 nested try/loop blocks
_UNWRAPPED = (ast.Return, ast.Break, ast.Continue, ast.Pass, ast.FunctionDef, ast.Nonlocal,
              ast.If, ast.While, ast.For, ast.With, ast.Try)
# call arguments that are markers, not values: QUERY(…; *), SORT ARRAY(…; >)
_MARKER_ARGS = {"star_arg": "__STAR", "gt_arg": "__ASC", "lt_arg": "__DESC"}
# QUERY's legacy arguments: a conjunction or comparator alone, a comparator and its value
_QUERY_ARGS = frozenset({"op_arg", "compare_arg"})


class Lowerer:
    """Lowers one source unit; `unit` resolves names (interpreter/project.py _UnitNames)."""

    def __init__(self, unit, source: str):
        self.unit = unit
        self.source = source
        self.scope: FunctionScope | None = None

    # ================================================================= entry points
    def method_module(self, tree, name: str, fn_ident: str, formula_result=False):
        scope = FunctionScope("method", name)
        body = self.function(scope, None, None, tree.children, formula_result=formula_result)
        fns = [funcdef(fn_ident, body, scope.direct_params)]
        if scope.exact_ok and not formula_result:
            fns.append(exact_funcdef(fn_ident + EXACT_SUFFIX, body, scope))
        return ast.Module(body=fns, type_ignores=[])

    def class_module(self, tree, class_name: str):
        """(module, ClassInfo): the class's functions and what the class store needs."""
        return class_module(self, tree, class_name)

    # ================================================================= functions
    def function(self, scope, params, result, statements, formula_result=False):
        """The body of one function: resolved, emitted, then its prologue (parameters,
        locals' initial values, setters) and its result."""
        outer = self.scope
        self.scope = scope
        try:
            resolve_function(scope, params, result, statements)
            body = self.block(statements, formula_result=formula_result)
            end = [] if body and isinstance(body[-1], ast.Return) else \
                [ast.Return(value=self.result_value())]
            stmts = self._prologue(body + end) + body + end
            for st in stmts:
                if not hasattr(st, "lineno"):
                    st.lineno, st.col_offset = 1, 0
            return stmts
        finally:
            self.scope = outer

    def _prologue(self, body):
        s = self.scope
        rest = self.locals_prologue()
        out = [assign("__sup", C(False))] if s.derived_ctor else []
        out += s.hoisted                    # formulas defined as functions (calls.py)
        reads = _reads_args(body + rest)
        if "args" not in reads:
            # the parameters are the Python function's own: `def f(this, L_a=..., …, *args)`,
            # `...` (never a 4D value) marking an absent one: a call costs a Python call
            s.direct_params = tuple(ident for ident, _t in s.params)
            s.exact_ok = True
            if "__n" in reads:       # Count parameters: the passed ones, then the extra ones
                count = call("len", N("args"))
                for i, ident in enumerate(s.direct_params):
                    passed = ast.Compare(left=N(ident), ops=[ast.IsNot()],
                                         comparators=[C(...)])
                    last = i == len(s.direct_params) - 1
                    count = ast.IfExp(test=passed, orelse=count, body=ast.BinOp(
                        left=call("len", N("args")), op=ast.Add(), right=C(i + 1))
                        if last else C(i + 1))
                s.count_stmt = assign("__n", count)
                out.append(s.count_stmt)
            for ident, tcode in s.params:
                given = ast.IfExp(test=ast.Compare(left=N(ident), ops=[ast.Is()],
                                                   comparators=[C(...)]),
                                  body=tuple_of([]), orelse=tuple_of([N(ident)]))
                value = call("__param", given, C(0), C(tcode), C(s.locals[ident]))
                pytype = PY_TYPE_OF.get(tcode)
                if pytype is not None:
                    value = ast.IfExp(test=ast.Compare(left=call("type", N(ident)), ops=[ast.Is()],
                                                       comparators=[N(pytype)]),
                                      body=N(ident), orelse=value)
                out.append(assign(ident, value))
            return out + rest
        out.insert(0, assign("__n", call("len", N("args"))))
        # named parameters, then legacy $1…$n for the others
        for i, (ident, tcode) in enumerate(s.params):
            slow = call("__param", N("args"), C(i), C(tcode), C(s.locals[ident]))
            pytype = PY_TYPE_OF.get(tcode)
            if pytype is not None:
                # fast path: the argument is already of the declared type
                arg = ast.Subscript(value=N("args"), slice=C(i), ctx=ast.Load())
                test = ast.BoolOp(op=ast.And(), values=[
                    ast.Compare(left=N("__n"), ops=[ast.Gt()], comparators=[C(i)]),
                    ast.Compare(left=call("type", arg), ops=[ast.Is()], comparators=[N(pytype)])])
                slow = ast.IfExp(test=test, body=ast.Subscript(value=N("args"), slice=C(i),
                                                               ctx=ast.Load()), orelse=slow)
            out.append(assign(ident, slow))
        return out + rest

    def locals_prologue(self):
        """Legacy $1…$n beyond the named parameters, locals' initial values, setters."""
        s = self.scope
        out = []
        named = {ident for ident, _ in s.params}
        for ident in sorted(s.locals):
            if ident in named:
                continue
            num = ident[2:]
            if num.isdigit() and num != "0":
                k = int(num) - 1
                if k < len(s.params):
                    value = N(s.params[k][0])    # $1 is the first named parameter (§7.2)
                else:   # legacy C_XXX($n): a wrong type gives the empty value (§7.1)
                    value = call("__param", N("args"), C(k), C(s.declared.get(ident)),
                                 C(s.locals[ident]), C(False))
                out.append(assign(ident, value))
            else:
                out.append(targets.store_local(self, ident, default_value(s.declared.get(ident)),
                                               declared=True))
        if s.uses_pv:
            out.append(assign("__pv", call("__PV")))
        for ident in sorted(s.setters):
            out.append(self.setter_def(ident))
        return out

    def setter_def(self, ident):
        """`def __set_L_x(v)`: how pointers and refs write the local."""
        flag = self.scope.unassigned.get(ident)
        body = [ast.Nonlocal(names=[ident] + ([flag] if flag else [])),
                targets.store_local(self, ident, targets.coerce(self, N("v"), ident))]
        args = ast.arguments(posonlyargs=[], args=[ast.arg(arg="v")], vararg=None, kwonlyargs=[],
                             kw_defaults=[], kwarg=None, defaults=[])
        return ast.FunctionDef(name="__set_" + ident, args=args, body=body, decorator_list=[],
                               returns=None, type_params=[])

    def result_value(self):
        """What the function returns when it ends or meets `return` alone."""
        s = self.scope
        if s.result_var:
            return N(s.result_var)
        if s.uses_dollar0:
            return N("L_0")
        if s.result_type is not None:
            # `Function f() : Boolean` ending without `return x`: the type's empty value
            return default_value(s.result_type)
        return C(None)

    # ================================================================= statements
    def block(self, statements, formula_result=False):
        out = []
        stmts = [st for st in statements if st is not None]
        for i, st in enumerate(stmts):
            if isinstance(st, Token) and st.type == "SQL_BLOCK" or \
                    isinstance(st, Tree) and st.data == "sql_stmt":
                out.append(self._wrap(ast.Expr(call("__not_supported", C("Begin SQL … End SQL"))),
                                      st))
                continue
            if not isinstance(st, Tree):
                continue
            if formula_result and i == len(stmts) - 1 and st.data == "expr_stmt":
                out.append(at(ast.Return(value=self.expr(ExprStmt.of(st).expr)), st))
                continue
            builder = STATEMENTS.get(st.data)
            if builder is None:
                raise CompileError(f"not allowed here: {st.data.replace('_', ' ')}", meta(st))
            try:
                res = builder(self, st)
            except RecursionError:        # thousands of operands in one chain (generated code)
                raise CompileError(_TOO_DEEP, meta(st)) from None
            if res is None:
                continue
            for node in (res if isinstance(res, list) else [res]):
                out.append(self._wrap(node, st))
        return out

    @staticmethod
    def _wrap(node, st):
        """Per-statement error hook: free in CPython 3.11 until an error happens; lets ON ERR
        CALL resume after the failing statement (language.md §11.2)."""
        at(node, st)
        if isinstance(node, _UNWRAPPED):
            return node
        handler = ast.ExceptHandler(type=N("Exception"), name="__e",
                                    body=[ast.Expr(call("__onerr", N("__e")))])
        t = ast.Try(body=[node], handlers=[handler], orelse=[], finalbody=[])
        if hasattr(node, "lineno"):
            t.lineno, t.col_offset = node.lineno, node.col_offset
            t.end_lineno, t.end_col_offset = node.end_lineno, node.end_col_offset
        return t

    def body_of(self, tree):
        if tree is None:
            return [ast.Pass()]
        return self.block(tree.children) or [ast.Pass()]

    def loop_body(self, tree):
        """A loop's body (`break`/`continue` inside it leave this loop)."""
        self.scope.loop_depth += 1
        try:
            return self.body_of(tree)
        finally:
            self.scope.loop_depth -= 1

    def tmp(self):
        """A fresh temporary variable of the function."""
        self.scope.tmp += 1
        return f"__t{self.scope.tmp}"

    # ================================================================= expressions
    def expr(self, node):
        if isinstance(node, Token):
            raise CompileError(f"unexpected {node}", node)
        builder = EXPRESSIONS.get(node.data)
        if builder is None:
            raise CompileError(f"unsupported expression: {node.data}", meta(node))
        return builder(self, node)

    def static_type(self, node):
        return static_type(self.scope, node)

    def condition(self, node):
        """A Boolean condition (If, While, Until): checked unless statically Boolean."""
        if self.static_type(node) == BOOL:
            return self.expr(node)
        return call("__cond", self.expr(node))

    def local(self, tok):
        """The Python name of a local (`$x` -> L_x), noted for the prologue."""
        s = str(tok)
        ident = local_ident(s)
        self.scope.locals.setdefault(ident, s)
        return ident

    def local_value(self, tok, want_array=False):
        """Reading a local: an array alone is its selected element (§4.7), unless
        `want_array`; `$1` in a formula is its first argument."""
        ident = self.local(tok)
        s = self.scope
        if ident in s.arrays and not want_array:
            return call("__array_selected", N(ident))
        if ident == "L_0":
            s.uses_dollar0 = True
        num = ident[2:]
        if s.kind == "formula" and num.isdigit() and num != "0":
            k = int(num) - 1          # args[k] if len(args) > k else undefined
            return ast.IfExp(test=ast.Compare(left=call("len", N("args")), ops=[ast.Gt()],
                                              comparators=[C(k)]),
                             body=ast.Subscript(value=N("args"), slice=C(k), ctx=ast.Load()),
                             orelse=C(None))
        return N(ident)

    def array_expr(self, node):
        """An expression where an array variable means the array itself."""
        if isinstance(node, Tree) and node.data == "local":
            return self.local_value(Atom.of(node).token, want_array=True)
        return self.arg(node)

    def arg(self, a):
        """A call argument: an expression, a marker (`*`, `>`, `<`) or an assignment."""
        if isinstance(a, Tree):
            marker = _MARKER_ARGS.get(a.data)
            if marker is not None:
                return N(marker)
            if a.data in _QUERY_ARGS:        # only the database commands read them
                return call("__database", C(f"query argument {self.source_of(a)}"))
            if a.data == "assign_arg":
                x = AssignTo.of(a)
                return targets.assign_value(self, x.target, self.expr(x.value))
            if a.data == "compound_arg":     # Formula($1.accumulator*=$1.value)
                x = AssignTo.of(a)
                combined = binop(str(x.op)[0], self.expr(x.target), self.expr(x.value),
                                 self.static_type(x.target), self.static_type(x.value))
                return targets.assign_value(self, x.target, combined)
        return self.expr(a)

    def plain_args(self, args):
        return [self.arg(a) for a in args]

    def source_of(self, node):
        return source_text(self.source, node)


def exact_funcdef(ident, body, scope):
    """The method's exact entry: `def ident(this, p1, …, pn)`, called when a call passes all
    n declared parameters and no more (project.py binds such calls to it): no `*args`, so
    CPython specialises the call, and Count parameters is n (bench/PROFILE.md, "Calls").
    The body's statements are shared with the general entry."""
    n = len(scope.direct_params)
    body = [ast.copy_location(assign("__n", C(n)), st) if st is scope.count_stmt else st
            for st in body]
    fn = funcdef(ident, body, scope.direct_params)
    fn.args.vararg = None
    fn.args.defaults = []
    return fn


def _reads_args(stmts) -> set:
    """Which of the function's `args` tuple (Copy parameters, ${i}, legacy $n: then the
    parameters come from `args`) and its count `__n` (Count parameters) generated statements
    read. Formulas inside (lambdas, defs) have their own `args`."""
    found = set()
    todo = list(stmts)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Name) and node.id in ("args", "__n"):
            found.add(node.id)
        elif not isinstance(node, (ast.Lambda, ast.FunctionDef)):
            todo.extend(ast.iter_child_nodes(node))
    return found
