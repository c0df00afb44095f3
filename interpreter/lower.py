"""Lower a lark tree of 4D code to a Python `ast` module (compiled once, then run).

One method per grammar rule (`x_<rule>` for expressions, `s_<rule>` for statements). 4D
semantics live in small runtime helpers that the generated code calls (names starting with
`__` in the unit's globals, see interpreter/unit.py); where declared types make it safe,
plain Python operations are emitted instead. Every statement carries its 4D line/column so a
runtime error points into the .4dm file.
"""
from __future__ import annotations

import ast
import re

from lark import Tree, Token

from fourd.runtime import values as V
from .names import split_token, fold, local_ident, py_ident

# declared type keywords -> type code (language.md §3)
TYPE_CODES = {
    "text": V.IS_TEXT, "string": V.IS_TEXT, "alpha": V.IS_TEXT, "integer": V.IS_LONGINT,
    "longint": V.IS_LONGINT, "real": V.IS_REAL, "number": V.IS_REAL, "boolean": V.IS_BOOLEAN,
    "date": V.IS_DATE, "time": V.IS_TIME, "object": V.IS_OBJECT, "collection": V.IS_COLLECTION,
    "blob": V.IS_BLOB, "pointer": V.IS_POINTER, "picture": V.IS_PICTURE, "variant": V.IS_VARIANT,
}
LEGACY_DECL = {
    "c_text": V.IS_TEXT, "c_string": V.IS_TEXT, "c_alpha": V.IS_TEXT, "c_longint": V.IS_LONGINT,
    "c_integer": V.IS_LONGINT, "c_real": V.IS_REAL, "c_boolean": V.IS_BOOLEAN,
    "c_date": V.IS_DATE, "c_time": V.IS_TIME, "c_object": V.IS_OBJECT,
    "c_collection": V.IS_COLLECTION, "c_blob": V.IS_BLOB, "c_pointer": V.IS_POINTER,
    "c_picture": V.IS_PICTURE, "c_variant": V.IS_VARIANT, "c_graph": V.IS_LONGINT,
}
for _k in list(LEGACY_DECL):
    LEGACY_DECL["_o_" + _k] = LEGACY_DECL[_k]

BINOP_FAST = {"+": ast.Add, "-": ast.Sub, "*": ast.Mult}
CMP_FAST = {"<": ast.Lt, ">": ast.Gt, "<=": ast.LtE, ">=": ast.GtE, "=": ast.Eq, "#": ast.NotEq}
CMP_NAMES = {"=": "eq", "#": "ne", "<": "lt", ">": "gt", "<=": "le", ">=": "ge"}
ARITH_NAMES = {"+": "add", "-": "sub", "*": "mul", "/": "div", "\\": "idiv", "%": "mod",
               "^": "power", "^|": "bxor", "<<": "shl", ">>": "shr", "?+": "bitset",
               "?-": "bitclear", "??": "bittest", "&": "band", "|": "bor"}

INT, REAL, TEXT, BOOL = "int", "real", "text", "bool"
_PY_TYPE_OF = {V.IS_LONGINT: "int", V.IS_REAL: "float", V.IS_TEXT: "str", V.IS_BOOLEAN: "bool"}
_LITERAL_DEFAULTS = (None, V.IS_VARIANT, V.IS_TEXT, V.IS_REAL, V.IS_LONGINT, V.IS_BOOLEAN)
# declared types whose never-assigned variables read as undefined through `.prop` (§4.7)
_UNASSIGNED_TYPES = (V.IS_OBJECT, V.IS_COLLECTION)
# the parts of a compound statement that hold statements
_BLOCK_PARTS = frozenset({"body", "case_branch"})
_STATIC_OF_TYPE = {V.IS_LONGINT: INT, V.IS_REAL: REAL, V.IS_TEXT: TEXT, V.IS_BOOLEAN: BOOL}


class CompileError(Exception):
    def __init__(self, message, meta=None):
        super().__init__(message)
        self.message = message
        self.line = getattr(meta, "line", 0) if meta is not None else 0
        self.column = getattr(meta, "column", 0) if meta is not None else 0


def N(name):
    return ast.Name(id=name, ctx=ast.Load())


def S(name):
    return ast.Name(id=name, ctx=ast.Store())


def C(v):
    return ast.Constant(value=v)


def call(fn, *args):
    if isinstance(fn, str):
        head, *rest = fn.split(".")
        f = N(head)
        for attr in rest:
            f = ast.Attribute(value=f, attr=attr, ctx=ast.Load())
    else:
        f = fn
    return ast.Call(func=f, args=list(args), keywords=[])


class _Pos:
    __slots__ = ("line", "column", "start_pos", "end_pos")

    def __init__(self, line, column, start_pos, end_pos):
        self.line, self.column, self.start_pos, self.end_pos = line, column, start_pos, end_pos


def _edge_token(node, children_in_order):
    """The first (or last) token of a tree, going down one side: a tree's positions are
    those of its tokens."""
    for child in children_in_order(node.children):
        if isinstance(child, Token):
            return child
        if isinstance(child, Tree):
            tok = _edge_token(child, children_in_order)
            if tok is not None:
                return tok
    return None


def _meta(node):
    """Position of a tree (its first and last tokens): the parser does not propagate
    positions, which would cost a third of the parse time."""
    if isinstance(node, Token):
        return node
    if not isinstance(node, Tree):
        return None
    first = _edge_token(node, iter)
    if first is None:
        return None
    return _Pos(first.line, first.column, first.start_pos, _edge_token(node, reversed).end_pos)


def at(pynode, node):
    """Give a generated statement the 4D position of `node` (where it starts)."""
    m = node if isinstance(node, Token) else _edge_token(node, iter) \
        if isinstance(node, Tree) else None
    if m is not None:
        pynode.lineno = m.line
        pynode.col_offset = max(0, m.column - 1)
        pynode.end_lineno = m.line
        pynode.end_col_offset = max(0, m.column)
    return pynode


_TOO_DEEP = "this statement is nested too deeply to be compiled (split the expression)"
_UNWRAPPED = (ast.Return, ast.Break, ast.Continue, ast.Pass, ast.FunctionDef, ast.Nonlocal,
              ast.If, ast.While, ast.For, ast.With, ast.Try)


def _statement_lines(statements, lines):
    """The lines given to statements (nested ones included): expressions get theirs from
    their statement later (fix_locations), so walking statements is enough."""
    for st in statements:
        line = getattr(st, "lineno", None)
        if line:
            lines.append(line)
        for field in ("body", "orelse", "finalbody", "handlers"):
            inner = getattr(st, field, None)
            if inner:
                _statement_lines(inner, lines)
    return lines


def fix_locations(root):
    """ast.fix_missing_locations, without its generator per node: every node without a
    position takes its parent's (a third of the lowering time went there)."""
    stack = [(root, 1, 0, 1, 0)]
    pop, push = stack.pop, stack.append
    AST = ast.AST
    while stack:
        node, line, col, end_line, end_col = pop()
        if node._attributes:
            d = node.__dict__
            if "lineno" in d:
                line = d["lineno"]
            else:
                node.lineno = line
            if d.get("end_lineno") is None:
                node.end_lineno = end_line
            else:
                end_line = d["end_lineno"]
            if "col_offset" in d:
                col = d["col_offset"]
            else:
                node.col_offset = col
            if d.get("end_col_offset") is None:
                node.end_col_offset = end_col
            else:
                end_col = d["end_col_offset"]
        # children pushed last to first: visited in ast's order, which decides the position
        # of a node object used at two places
        for name in reversed(node._fields):
            value = getattr(node, name, None)
            if isinstance(value, AST):
                push((value, line, col, end_line, end_col))
            elif isinstance(value, list):
                for item in reversed(value):
                    if isinstance(item, AST):
                        push((item, line, col, end_line, end_col))
    return root


class FunctionScope:
    """What the lowering knows about one 4D method/function/formula while lowering it."""

    def __init__(self, kind, name):
        self.kind = kind                    # "method" | "function" | "constructor" | "formula"
        self.name = name                    # Current method name
        self.locals: dict[str, str] = {}    # python ident -> 4D spelling
        self.declared: dict[str, int] = {}  # python ident -> type code
        self.params: list[tuple[str, int | None]] = []   # named parameters (ident, type)
        self.variadic_type = None
        self.result_var: str | None = None
        self.result_type: int | None = None
        self.uses_dollar0 = False
        self.setters: set[str] = set()
        self.uses_pv = False
        self.loop_depth = 0
        self.tmp = 0
        self.class_ident: str | None = None
        self.class_types: dict[str, ast.expr] = {}   # local -> ("cs", "Person") of `var $p : cs.Person`
        self.derived_ctor = False                   # constructor of a class that extends another
        self.arrays: set[str] = set()               # locals declared by ARRAY … in this method
        # locals declared Object/Collection without a value whose properties are read:
        # ident -> the flag saying "never assigned yet" (their properties read as undefined)
        self.unassigned: dict[str, str] = {}


class Lowerer:
    """Lowers one source unit (a method file, a class file or a formula text)."""

    def __init__(self, unit, source: str):
        self.unit = unit              # interpreter.unit.Unit: name resolution and globals
        self.source = source
        self.scope: FunctionScope | None = None

    # ================================================================= entry points
    def method_module(self, tree, name: str, fn_ident: str, formula_result=False):
        items = tree.children
        scope = FunctionScope("method", name)
        body = self._function(scope, None, None, items, formula_result=formula_result)
        fn = self._funcdef(fn_ident, body)
        return ast.Module(body=[fn], type_ignores=[])

    def class_module(self, tree, class_name: str):
        """Returns (module, info) where info lists the functions/properties defined."""
        info = {"extends": None, "properties": [], "functions": [], "constructor": None,
                "getters": {}, "setters": {}, "shared": False, "singleton": False,
                "shared_functions": set(), "queries": {}, "orderbys": {}, "aliases": {}}
        groups = []      # (header node or None, [statements])
        current = None
        for item in tree.children:
            if isinstance(item, Tree) and item.data in ("function_def", "constructor_def"):
                current = (item, [])
                groups.append(current)
            elif isinstance(item, Tree) and item.data == "extends_def":
                info["extends"] = self._type_ref_text(item.children[1])
            elif isinstance(item, Tree) and item.data == "property_decl" and current is None:
                info["properties"].append(item)
            elif current is None:
                if isinstance(item, Tree) and item.data == "property_decl":
                    info["properties"].append(item)
                    continue
                alias = self._alias_decl(item)
                if alias is not None:            # ORDA `Alias name path` (entity classes)
                    info["aliases"][alias[0]] = alias[1]
                    continue
                raise CompileError("a statement outside any Function in a class file", _meta(item))
            else:
                current[1].append(item)
        defs = []
        for header, stmts in groups:
            if header.data == "constructor_def":
                mods = header.children[0]
                if mods is not None:
                    words = str(mods).lower().split()
                    info["shared"] = "shared" in words
                    info["singleton"] = "singleton" in words
                params = header.children[2]
                scope = FunctionScope("constructor", f"{class_name}.constructor")
                scope.derived_ctor = info["extends"] is not None
                body = self._function(scope, params, None, stmts)
                ident = "F__constructor"
                info["constructor"] = ident
            else:
                mods, _kw, n1, n2, params, result = header.children
                if n2 is not None and str(n1).lower() in ("get", "set", "query", "orderby"):
                    kind, fname = str(n1).lower(), str(n2)
                else:
                    kind, fname = "function", str(n1)
                    if n2 is not None:
                        raise CompileError(f"unexpected name '{n2}' after Function {n1}", _meta(header))
                scope = FunctionScope("function", f"{class_name}.{fname}")
                body = self._function(scope, params, result, stmts)
                ident = py_ident(f"F_{kind}__", fname)
                if kind == "get":
                    info["getters"][fname] = ident
                elif kind == "set":
                    info["setters"][fname] = ident
                elif kind == "query":
                    info["queries"][fname] = ident
                elif kind == "orderby":
                    info["orderbys"][fname] = ident
                else:
                    info["functions"].append((fname, ident))
                    if mods is not None and "shared" in str(mods).lower().split():
                        info["shared_functions"].add(fname)
            defs.append(self._funcdef(ident, body))
        # property defaults: a function returning a list of (name, value)
        prop_body = []
        prop_items = []
        scope = FunctionScope("function", f"{class_name}.property")
        self.scope = scope
        for p in info["properties"]:
            names, type_code, init = self._property_parts(p)
            for n in names:
                prop_items.append((n, type_code, init is not None))
                if init is not None:
                    prop_body.append(ast.Expr(call("__setprop", N("this"), C(n), self.expr(init))))
                    at(prop_body[-1], p)
        prop_body.append(ast.Return(value=C(None)))
        defs.append(self._funcdef("F__properties", prop_body))
        info["property_types"] = prop_items
        return ast.Module(body=defs, type_ignores=[]), info

    def _alias_decl(self, item):
        """`{exposed} Alias name path` in an ORDA class -> (name, path), else None."""
        meta = _meta(item)
        line = getattr(meta, "line", None)
        if not line:
            return None
        lines = self.source.splitlines()
        m = re.match(r"\s*(?:exposed\s+)?Alias\s+([A-Za-z_]\w*)\s+([A-Za-z_][\w.]*)\s*(?://.*)?$",
                     lines[line - 1] if line <= len(lines) else "", re.IGNORECASE)
        return (m.group(1), m.group(2)) if m else None

    def _property_parts(self, p):
        kids = [k for k in p.children[1:]]
        names, type_code, init = [], None, None
        i = 0
        while i < len(kids):
            k = kids[i]
            if isinstance(k, Token) and k.type in ("NAME", "KW_WHILE", "KW_UNTIL", "KW_TRY"):
                names.append(str(k))
            elif isinstance(k, Tree) and k.data == "type_ref":
                type_code = self._type_code(k)
            elif isinstance(k, Token) and k.type == "ASSIGN":
                init = kids[i + 1]
                break
            i += 1
        return names, type_code, init

    # ================================================================= functions
    def _funcdef(self, ident, body):
        args = ast.arguments(posonlyargs=[], args=[ast.arg(arg="this")], vararg=ast.arg(arg="args"),
                             kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[])
        fn = ast.FunctionDef(name=ident, args=args, body=body, decorator_list=[], returns=None,
                             type_params=[])
        lines = _statement_lines(body, [])
        fn.lineno = min(lines) if lines else 1
        fn.end_lineno = max(lines) if lines else 1
        fn.col_offset = fn.end_col_offset = 0
        return fn

    def _function(self, scope, params, result, statements, formula_result=False):
        outer = self.scope
        self.scope = scope
        try:
            # #DECLARE inside a method: its first statement
            if scope.kind == "method":
                for st in statements:
                    if isinstance(st, Tree) and st.data == "declare":
                        params, result = st.children[1], st.children[2]
                        break
            self._declare_params(params, result)
            self._track_unassigned(statements)
            body = self.block(statements, top=True, formula_result=formula_result)
            prologue = self._prologue()
            end = [ast.Return(value=self._result_value())]
            if body and isinstance(body[-1], ast.Return):
                end = []
            stmts = prologue + body + end
            for st in stmts:
                if not hasattr(st, "lineno"):
                    st.lineno, st.col_offset = 1, 0
            return stmts
        finally:
            self.scope = outer

    def _declare_params(self, params, result):
        s = self.scope
        if params is not None:
            for p in params.children:
                if p is None:
                    continue
                tok, tref = p.children
                tcode = self._type_code(tref) if tref is not None else None
                if tok.type == "ELLIPSIS":
                    s.variadic_type = tcode
                    continue
                ident = local_ident(str(tok))
                s.params.append((ident, tcode))
                s.locals[ident] = str(tok)
                if tcode is not None:
                    s.declared[ident] = tcode
        if result is not None:
            kids = result.children
            if isinstance(kids[0], Token) and kids[0].type == "ARROW":
                ident = local_ident(str(kids[1]))
                if any(ident == p for p, _ in s.params):
                    raise CompileError(f"{kids[1]} cannot be both a parameter and the result", _meta(result))
                s.result_var = ident
                s.locals[ident] = str(kids[1])
                tref = kids[2]
                if tref is not None:
                    s.result_type = self._type_code(tref)
                    s.declared[ident] = s.result_type
            else:
                s.result_type = self._type_code(kids[0])

    def _prologue(self):
        s = self.scope
        out = [ast.Assign(targets=[S("__n")], value=call("len", N("args")))]
        if s.derived_ctor:
            out.append(ast.Assign(targets=[S("__sup")], value=C(False)))
        # named parameters, then legacy $1…$n for the others
        for i, (ident, tcode) in enumerate(s.params):
            slow = call("__param", N("args"), C(i), C(tcode), C(s.locals[ident]))
            pytype = _PY_TYPE_OF.get(tcode)
            if pytype is not None:
                # fast path: the argument is already of the declared type
                arg = ast.Subscript(value=N("args"), slice=C(i), ctx=ast.Load())
                test = ast.BoolOp(op=ast.And(), values=[
                    ast.Compare(left=N("__n"), ops=[ast.Gt()], comparators=[C(i)]),
                    ast.Compare(left=call("type", arg), ops=[ast.Is()], comparators=[N(pytype)])])
                slow = ast.IfExp(test=test, body=ast.Subscript(value=N("args"), slice=C(i), ctx=ast.Load()),
                                 orelse=slow)
            out.append(ast.Assign(targets=[S(ident)], value=slow))
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
                    value = call("__param", N("args"), C(k), C(s.declared.get(ident)), C(s.locals[ident]),
                                 C(False))
                out.append(ast.Assign(targets=[S(ident)], value=value))
            else:
                tcode = s.declared.get(ident)
                out.append(self._store_local(ident, _default_value(tcode), declared=True))
        if s.uses_pv:
            out.append(ast.Assign(targets=[S("__pv")], value=call("__PV")))
        for ident in sorted(s.setters):
            out.append(self._setter_def(ident))
        return out

    def _setter_def(self, ident):
        flag = self.scope.unassigned.get(ident)
        body = [ast.Nonlocal(names=[ident] + ([flag] if flag else [])),
                self._store_local(ident, self._coerce(N("v"), ident))]
        args = ast.arguments(posonlyargs=[], args=[ast.arg(arg="v")], vararg=None, kwonlyargs=[],
                             kw_defaults=[], kwarg=None, defaults=[])
        fn = ast.FunctionDef(name="__set_" + ident, args=args, body=body, decorator_list=[],
                             returns=None, type_params=[])
        return fn

    def _result_value(self):
        s = self.scope
        if s.result_var:
            return N(s.result_var)
        if s.uses_dollar0:
            return N("L_0")
        if s.result_type is not None:
            # `Function f() : Boolean` ending without `return x`: the type's empty value
            return _default_value(s.result_type)
        return C(None)

    # ================================================================= statements
    def block(self, statements, top=False, formula_result=False):
        out = []
        stmts = [st for st in statements if st is not None]
        for i, st in enumerate(stmts):
            if isinstance(st, Token) and st.type == "SQL_BLOCK" or \
                    isinstance(st, Tree) and st.data == "sql_stmt":
                out.append(self._wrap(ast.Expr(call("__not_supported", C("Begin SQL … End SQL"))), st))
                continue
            if not isinstance(st, Tree):
                continue
            if formula_result and i == len(stmts) - 1 and st.data == "expr_stmt":
                out.append(at(ast.Return(value=self.expr(st.children[0])), st))
                continue
            handler = getattr(self, "s_" + st.data, None)
            if handler is None:
                raise CompileError(f"not allowed here: {st.data.replace('_', ' ')}", _meta(st))
            try:
                res = handler(st)
            except RecursionError:        # thousands of operands in one chain (generated code)
                raise CompileError(_TOO_DEEP, _meta(st)) from None
            if res is None:
                continue
            for node in (res if isinstance(res, list) else [res]):
                out.append(self._wrap(node, st))
        return out

    def _wrap(self, node, st):
        """Per-statement error hook: free in CPython 3.11 until an error happens; lets ON ERR
        CALL resume after the failing statement (language.md §11.2)."""
        at(node, st)
        # compound statements are not wrapped (their inner statements are): Python allows only
        # 20 nested try/loop blocks
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
        stmts = self.block(tree.children)
        return stmts or [ast.Pass()]

    def s_expr_stmt(self, st):
        e = st.children[0]
        if isinstance(e, Tree) and e.data in ("call", "name"):
            special = self._statement_call(e)
            if special is not None:
                return special
        return ast.Expr(self.expr(e))

    def s_assign(self, st):
        target, _op, value = st.children
        return self.assign_to(target, self.expr(value), value)

    def s_compound_assign(self, st):
        target, op, value = st.children
        opname = ARITH_NAMES[str(op)[0]]
        if isinstance(target, Token) and target.type == "LOCAL" or \
                isinstance(target, Tree) and target.data == "local":
            cur = self.expr(target)
            return self.assign_to(target, self._binop(str(op)[0], cur, self.expr(value),
                                                      self.static_type(target), self.static_type(value)),
                                  value)
        if isinstance(target, Tree) and target.data in ("member", "index"):
            obj_tmp = self._tmp()
            key_tmp = self._tmp()
            obj = self.expr(target.children[0])
            key = C(str(target.children[1])) if target.data == "member" else self.expr(target.children[1])
            getter = "__getprop" if target.data == "member" else "__getindex"
            setter = "__setprop" if target.data == "member" else "__setindex"
            return [ast.Assign(targets=[S(obj_tmp)], value=obj),
                    ast.Assign(targets=[S(key_tmp)], value=key),
                    ast.Expr(call(setter, N(obj_tmp), N(key_tmp),
                                  call("__" + opname, call(getter, N(obj_tmp), N(key_tmp)),
                                       self.expr(value))))]
        cur = self.expr(target)
        return self.assign_to(target, call("__" + opname, cur, self.expr(value)), value)

    def _tmp(self):
        self.scope.tmp += 1
        return f"__t{self.scope.tmp}"

    def s_var_decl(self, st):
        kids = st.children[1:]
        names, tref, init = [], None, None
        i = 0
        while i < len(kids):
            k = kids[i]
            if isinstance(k, Token) and k.type in ("LOCAL", "NAME", "IPVAR"):
                names.append(k)
            elif isinstance(k, Tree) and k.data == "type_ref":
                tref = k
            elif isinstance(k, Token) and k.type == "ASSIGN":
                init = kids[i + 1]
                break
            i += 1
        tcode = self._type_code(tref) if tref is not None else None
        class_check = self._class_type(tref) if tref is not None else None
        if init is not None and len(names) > 1:
            raise CompileError("var with an initial value declares one variable only", _meta(st))
        out = []
        for n in names:
            if n.type == "LOCAL":
                ident = local_ident(str(n))
                self.scope.locals.setdefault(ident, str(n))
                num = ident[2:]
                is_param = num.isdigit() or any(ident == p for p, _ in self.scope.params)
                if tcode is None and init is not None:
                    tcode = self._infer_type(init)
                if tcode is not None:
                    self.scope.declared[ident] = tcode
                if is_param:
                    continue
                if init is not None:
                    out.append(self._store_local(ident, self._coerce(self.expr(init), ident)))
                else:
                    out.append(self._store_local(ident, call("__default", C(tcode)), declared=True))
                if class_check is not None:
                    self.scope.class_types[ident] = class_check
                    if init is not None:
                        out.append(ast.Expr(call("__check_class", N(ident), class_check)))
            else:
                value = self.expr(init) if init is not None else call("__default", C(tcode))
                out.append(ast.Expr(call("__declare_var", self._var_store(n), C(self._var_key(n)),
                                         value, C(init is not None),
                                         C(init is None and tcode in _UNASSIGNED_TYPES))))
        return out or [ast.Pass()]

    def _var_store(self, tok):
        if tok.type == "IPVAR":
            return N("__IPV")
        self.scope.uses_pv = True
        return N("__pv")

    @staticmethod
    def _var_key(tok):
        s = str(tok)
        return fold(s[2:] if s.startswith("<>") else split_token(s)[0])

    def _infer_type(self, init):
        t = self.static_type(init)
        if isinstance(init, Tree):
            if init.data == "string":
                return V.IS_TEXT
            if init.data in ("number", "hexnumber"):
                return V.IS_REAL
            if init.data == "obj_lit":
                return V.IS_OBJECT
            if init.data == "coll_lit":
                return V.IS_COLLECTION
        return {TEXT: V.IS_TEXT, BOOL: V.IS_BOOLEAN}.get(t)

    def s_declare(self, st):
        return None      # handled by _function

    def s_if_stmt(self, st):
        kids = st.children
        test = self.condition(kids[1])
        body = self.body_of(kids[2])
        orelse = self.body_of(kids[4]) if kids[3] is not None else []
        return ast.If(test=test, body=body, orelse=orelse)

    def s_case_stmt(self, st):
        branches = [k for k in st.children if isinstance(k, Tree) and k.data == "case_branch"]
        else_body = None
        kids = st.children
        for i, k in enumerate(kids):
            if isinstance(k, Token) and k.type == "KW_ELSE":
                else_body = kids[i + 1]
        orelse = self.body_of(else_body) if else_body is not None else []
        node = None
        for br in reversed(branches):
            test = self.condition(br.children[0])
            body = self.body_of(br.children[1])
            node = ast.If(test=test, body=body, orelse=orelse)
            at(node, br)
            orelse = [node]
        if node is None:
            return ast.Pass() if not orelse else ast.If(test=C(True), body=orelse, orelse=[])
        return node

    def s_while_stmt(self, st):
        self.scope.loop_depth += 1
        body = self.body_of(st.children[2])
        self.scope.loop_depth -= 1
        return ast.While(test=self.condition(st.children[1]), body=body, orelse=[])

    def s_repeat_stmt(self, st):
        first = self._tmp()
        self.scope.loop_depth += 1
        body = self.body_of(st.children[1])
        self.scope.loop_depth -= 1
        until = self.condition(st.children[3])
        loop = ast.While(test=ast.BoolOp(op=ast.Or(), values=[N(first), ast.UnaryOp(op=ast.Not(), operand=until)]),
                         body=[ast.Assign(targets=[S(first)], value=C(False))] + body, orelse=[])
        return [ast.Assign(targets=[S(first)], value=C(True)), loop]

    def s_for_stmt(self, st):
        kids = st.children
        counter, start, end, step, body_tree = kids[1], kids[2], kids[3], kids[4], kids[5]
        end_tmp, step_tmp = self._tmp(), self._tmp()
        out = [ast.Assign(targets=[S(end_tmp)], value=call("__num", self.expr(end)))]
        if step is not None:
            out.append(ast.Assign(targets=[S(step_tmp)], value=call("__for_step", self.expr(step))))
        else:
            out.append(ast.Assign(targets=[S(step_tmp)], value=C(1)))
        out.append(self.assign_to(counter, call("__num", self.expr(start)), start))
        self.scope.loop_depth += 1
        body = self.body_of(body_tree)
        self.scope.loop_depth -= 1
        int_step = self._literal_int(step) if step is not None else 1
        if int_step and self._range_loop_ok(counter, body_tree):
            return out + self._range_loop(counter, end_tmp, int_step, body)
        cur = self.expr(counter)
        positive = step is None or (isinstance(step, Tree) and step.data in ("number", "hexnumber"))
        if positive:
            test = ast.Compare(left=cur, ops=[ast.LtE()], comparators=[N(end_tmp)])
        else:
            test = call("__for_test", self.expr(counter), N(end_tmp), N(step_tmp))
        incr = self.assign_to(counter, ast.BinOp(left=self.expr(counter), op=ast.Add(), right=N(step_tmp)),
                              counter)
        if self._has_continue(body_tree):
            first = self._tmp()
            loop_body = [ast.If(test=N(first), body=[ast.Assign(targets=[S(first)], value=C(False))],
                                orelse=[incr]),
                         ast.If(test=ast.UnaryOp(op=ast.Not(), operand=test), body=[ast.Break()], orelse=[])]
            out.append(ast.Assign(targets=[S(first)], value=C(True)))
            out.append(ast.While(test=C(True), body=loop_body + body, orelse=[]))
        else:
            out.append(ast.While(test=test, body=body + [incr], orelse=[]))
        return out

    def _range_loop(self, counter, end_tmp, step, body):
        """`For` over a declared Integer counter the body never assigns: a Python `for` over
        range(); `else` leaves the counter one step past the end, as 4D does (§5)."""
        ident = local_ident(str(counter.children[0]))
        start_tmp = self._tmp()
        loop = ast.For(target=S(ident),
                       iter=call("range", N(start_tmp), call("__for_stop", N(end_tmp), C(step)), C(step)),
                       body=body,
                       orelse=[ast.Assign(targets=[S(ident)],
                                          value=call("__for_after", N(start_tmp), N(end_tmp), C(step)))])
        return [ast.Assign(targets=[S(start_tmp)], value=N(ident)), loop]

    @staticmethod
    def _literal_int(node):
        neg = False
        if isinstance(node, Tree) and node.data == "neg":
            neg, node = True, node.children[0]
        if isinstance(node, Tree) and node.data == "number" and str(node.children[0]).isdigit():
            v = int(str(node.children[0]))
            return -v if neg else v
        return None

    def _range_loop_ok(self, counter, body_tree):
        """The counter is a local declared Integer that nothing in the body can write."""
        if not (isinstance(counter, Tree) and counter.data == "local"):
            return False
        ident = local_ident(str(counter.children[0]))
        if self.scope.declared.get(ident) != V.IS_LONGINT or ident in self.scope.setters:
            return False
        if body_tree is None:
            return True

        def is_counter(node):
            return isinstance(node, Tree) and node.data == "local" and \
                local_ident(str(node.children[0])) == ident
        for sub in body_tree.iter_subtrees():
            kids = sub.children
            if sub.data in ("assign", "compound_assign", "assign_expr", "assign_arg", "compound_arg",
                            "make_pointer", "for_stmt", "foreach_stmt") and \
                    any(is_counter(k) for k in kids[:2]):
                return False
            if sub.data == "var_decl" and any(isinstance(k, Token) and k.type == "LOCAL" and
                                               local_ident(str(k)) == ident for k in kids):
                return False
            if sub.data == "call" and isinstance(kids[0], Tree) and kids[0].data == "name" \
                    and kids[1] is not None:
                name, ttype, n1, n2 = split_token(str(kids[0].children[0]))
                res = self.unit.resolve_name(name, (ttype, n1, n2) if ttype else None)
                refs = res[1].refs if res and res[0] == "command" else ()
                if res and res[0] in ("method",):
                    continue
                if any(is_counter(a) for i, a in enumerate(kids[1].children) if i in refs):
                    return False
        return True

    def _has_continue(self, tree):
        if tree is None:
            return False
        for sub in tree.iter_subtrees_topdown():
            if sub.data == "continue_stmt":
                return True
        return False

    def s_foreach_stmt(self, st):
        kids = st.children
        item, coll = kids[1], kids[2]
        begin, end = kids[3], kids[4]
        conds = [k for k in kids if isinstance(k, Tree) and k.data in ("while_cond", "until_cond")]
        body_tree = next(k for k in kids if isinstance(k, Tree) and k.data == "body")
        it = self._tmp()
        items = call("__foreach_items", self.expr(coll),
                     self.expr(begin) if begin is not None else C(None),
                     self.expr(end) if end is not None else C(None))
        self.scope.loop_depth += 1
        body = self.body_of(body_tree)
        self.scope.loop_depth -= 1
        pre, post = [], []
        for c in conds:
            test = self.condition(c.children[1])
            if c.data == "while_cond":
                pre.append(ast.If(test=ast.UnaryOp(op=ast.Not(), operand=test), body=[ast.Break()], orelse=[]))
            else:
                post.append(ast.If(test=test, body=[ast.Break()], orelse=[]))
        assign_item = self.assign_to(item, N(it), None)
        loop = ast.For(target=S(it), iter=items, body=[assign_item] + pre + body + post, orelse=[])
        return loop

    def s_use_stmt(self, st):
        with_node = ast.With(items=[ast.withitem(context_expr=call("__use", self.expr(st.children[1])),
                                                 optional_vars=None)],
                             body=self.body_of(st.children[2]))
        return with_node

    def s_try_stmt(self, st):
        kids = st.children
        body = self.body_of(kids[1])
        catch_body = self.body_of(kids[3]) if kids[2] is not None else [ast.Pass()]
        tok = self._tmp()
        handler = ast.ExceptHandler(type=N("Exception"), name="__e",
                                    body=[ast.Expr(call("__catch", N("__e"), N(tok)))] + catch_body)
        t = ast.Try(body=body, handlers=[handler], orelse=[],
                    finalbody=[ast.Expr(call("__try_exit", N(tok)))])
        return [ast.Assign(targets=[S(tok)], value=call("__try_enter")), t]

    def s_return_stmt(self, st):
        value = st.children[1]
        s = self.scope
        if value is None:
            return ast.Return(value=self._result_value())
        v = self.expr(value)
        if s.result_var:
            return [self._store_local(s.result_var, self._coerce(v, s.result_var, value)),
                    ast.Return(value=N(s.result_var))]
        if s.result_type is not None:
            v = call("__coerce", v, C(s.result_type), C("result"))
        return ast.Return(value=v)

    def s_break_stmt(self, st):
        return ast.Break() if self.scope.loop_depth else ast.Pass()

    def s_continue_stmt(self, st):
        return ast.Continue() if self.scope.loop_depth else ast.Pass()

    def s_function_def(self, st):
        raise CompileError("Function is only allowed in a class file", _meta(st))

    s_constructor_def = s_function_def

    def s_extends_def(self, st):
        raise CompileError("Class extends is only allowed in a class file", _meta(st))

    def s_property_decl(self, st):
        raise CompileError("property is only allowed in a class file", _meta(st))

    # ================================================================= assignment
    def assign_to(self, target, value, value_node=None):
        """A statement storing `value` (a Python expression) into a 4D assignable target."""
        if isinstance(target, Tree):
            kind = target.data
            kids = target.children
        else:
            kind, kids = None, []
        if kind == "local":
            ident = self._local(kids[0])
            if ident == "L_0":
                self.scope.uses_dollar0 = True
            if ident in self.scope.arrays:
                return ast.Expr(call("__array_select", N(ident), value))
            return self._store_local(ident, self._coerce(value, ident, value_node))
        if kind == "name":
            name, ttype, *_ = split_token(str(kids[0]))
            res = self.unit.resolve_name(name, None)
            if res is not None and res[0] in ("command", "constant", "method", "intrinsic"):
                raise CompileError(f"cannot assign to {name}", _meta(target))
            self.scope.uses_pv = True
            return ast.Assign(targets=[ast.Subscript(value=N("__pv"), slice=C(fold(name)), ctx=ast.Store())],
                              value=value)
        if kind == "ipvar":
            return ast.Assign(targets=[ast.Subscript(value=N("__IPV"), slice=C(fold(str(kids[0])[2:])),
                                                     ctx=ast.Store())], value=value)
        if kind == "member":
            return ast.Expr(call("__setprop", self.expr(kids[0]), C(str(kids[1])), value))
        if kind == "index":
            return ast.Expr(call("__setindex", self.expr(kids[0]), self.expr(kids[1]), value))
        if kind == "element":
            return ast.Expr(call("__setelem", self.array_expr(kids[0]), self.expr(kids[1]), value))
        if kind == "char_at":
            base = kids[0]
            return self.assign_to(base, call("__setchar", self.expr(base), self.expr(kids[2]), value))
        if kind == "deref":
            return ast.Expr(call("__deref_set", self.expr(kids[0]), value))
        if kind == "deref_member":
            return ast.Expr(call("__setprop", call("__deref", self.expr(kids[0])), C(str(kids[2])), value))
        if kind == "deref_index":
            return ast.Expr(call("__setindex", call("__deref", self.expr(kids[0])), self.expr(kids[2]), value))
        if kind == "param_indirect":
            return ast.Expr(call("__not_supported", C("assignment to ${n}")))
        if kind == "field":
            return ast.Expr(call("__database", C(str(kids[0]))))
        raise CompileError("this expression cannot be assigned to", _meta(target))

    def _coerce(self, value, ident, value_node=None):
        if ident in self.scope.class_types:
            return call("__class_value", value, self.scope.class_types[ident])
        tcode = self.scope.declared.get(ident)
        if tcode is None or tcode == V.IS_VARIANT:
            return value
        st = _STATIC_OF_TYPE.get(tcode)
        if st is not None and value_node is not None:
            vt = self.static_type(value_node)
            if vt == st:
                return value
            if st == REAL and vt == INT:
                return call("float", value)
        return call("__coerce", value, C(tcode), C(self.scope.locals.get(ident, ident)))

    def _local(self, tok):
        s = str(tok)
        ident = local_ident(s)
        self.scope.locals.setdefault(ident, s)
        return ident

    # ================================================================= expressions
    def condition(self, node):
        if self.static_type(node) == BOOL:
            return self.expr(node)
        return call("__cond", self.expr(node))

    def static_type(self, node):
        """What the lowering knows statically about a 4D expression's type (or None)."""
        if isinstance(node, Token):
            return None
        d = node.data
        if d == "number":
            return REAL if any(c in str(node.children[0]) for c in ".eE") else INT
        if d == "hexnumber":
            return INT
        if d == "string":
            return TEXT
        if d == "local":
            ident = local_ident(str(node.children[0]))
            return _STATIC_OF_TYPE.get(self.scope.declared.get(ident))
        if d == "binop":
            op = str(node.children[1])
            if op in CMP_NAMES:
                return BOOL
            a, b = self.static_type(node.children[0]), self.static_type(node.children[2])
            if op in ("&", "|") and a == BOOL and b == BOOL:
                return BOOL
            if a in (INT, REAL) and b in (INT, REAL):
                if op in BINOP_FAST:
                    return INT if a == b == INT else REAL
                if op == "/":
                    return REAL
            if op == "+" and a == b == TEXT:
                return TEXT
            return None
        if d == "name":
            n = fold(split_token(str(node.children[0]))[0])
            if n in ("true", "false"):
                return BOOL
            if n == "count parameters":
                return INT
        if d == "call" and self.scope.kind == "method":
            # a recursive call returns this method's declared result type
            callee = node.children[0]
            if isinstance(callee, Tree) and callee.data == "name" and \
                    fold(split_token(str(callee.children[0]))[0]) == fold(self.scope.name):
                return _STATIC_OF_TYPE.get(self.scope.result_type)
        return None

    def expr(self, node):
        if isinstance(node, Token):
            raise CompileError(f"unexpected {node}", node)
        fn = getattr(self, "x_" + node.data, None)
        if fn is None:
            raise CompileError(f"unsupported expression: {node.data}", _meta(node))
        return fn(node)

    def x_number(self, node):
        s = str(node.children[0])
        if any(c in s for c in ".eE"):
            return C(float(s))
        return C(int(s))

    def x_hexnumber(self, node):
        return C(int(str(node.children[0]), 16))

    def x_string(self, node):
        return C(unescape(str(node.children[0])[1:-1]))

    def x_date(self, node):
        return call("__date_lit", C(str(node.children[0]).strip("! \t")))

    def x_time(self, node):
        return call("__time_lit", C(str(node.children[0]).strip("? \t")))

    def x_local(self, node, want_array=False):
        ident = self._local(node.children[0])
        if ident in self.scope.arrays and not want_array:
            return call("__array_selected", N(ident))   # an array alone: its selected element (§4.7)
        if ident == "L_0":
            self.scope.uses_dollar0 = True
        num = ident[2:]
        if self.scope.kind == "formula" and num.isdigit() and num != "0":
            k = int(num) - 1          # args[k] if len(args) > k else undefined
            return ast.IfExp(test=ast.Compare(left=call("len", N("args")), ops=[ast.Gt()], comparators=[C(k)]),
                             body=ast.Subscript(value=N("args"), slice=C(k), ctx=ast.Load()), orelse=C(None))
        return N(ident)

    def x_ipvar(self, node):
        return call("__IPV.get", C(fold(str(node.children[0])[2:])))

    def x_param_indirect(self, node):
        return call("__argn", N("args"), self.expr(node.children[1]))

    def x_field(self, node):
        return call("__database", C(str(node.children[0])))

    def x_binop(self, node):
        a, op, b = node.children
        return self._binop(str(op), self.expr(a), self.expr(b), self.static_type(a), self.static_type(b))

    def _binop(self, op, left, right, ta, tb):
        if op in ("&&", "||"):
            return call("__and" if op == "&&" else "__or", left,
                        ast.Lambda(args=_noargs(), body=right))
        if ta in (INT, REAL) and tb in (INT, REAL):
            # declared numbers: plain Python arithmetic (reals compare with 4D's epsilon)
            if op in BINOP_FAST:
                return ast.BinOp(left=left, op=BINOP_FAST[op](), right=right)
            if op in CMP_FAST and (ta == tb == INT or op not in ("=", "#", "<", ">")):
                return ast.Compare(left=left, ops=[CMP_FAST[op]()], comparators=[right])
        if ta == tb == TEXT and op == "+":
            return ast.BinOp(left=left, op=ast.Add(), right=right)
        if ta == tb == BOOL and op in ("&", "|"):
            return call("__band" if op == "&" else "__bor", left, right)
        if op in CMP_NAMES:
            return call("__" + CMP_NAMES[op], left, right)
        return call("__" + ARITH_NAMES[op], left, right)

    def x_neg(self, node):
        inner = node.children[0]
        if isinstance(inner, Tree) and inner.data in ("number", "hexnumber"):
            v = self.expr(inner)
            return C(-v.value)
        if self.static_type(inner) in (INT, REAL):
            return ast.UnaryOp(op=ast.USub(), operand=self.expr(inner))
        return call("__neg", self.expr(inner))

    def x_pos(self, node):
        return call("__pos", self.expr(node.children[0]))

    def x_ternary(self, node):
        c, a, b = node.children
        test = self.expr(c) if self.static_type(c) == BOOL else call("__truthy", self.expr(c))
        return ast.IfExp(test=test, body=self.expr(a), orelse=self.expr(b))

    def x_member(self, node):
        obj, name = node.children
        return self._read_of(obj, call("__getprop", self._base(obj), C(str(name))), str(name))

    def x_index(self, node):
        obj = node.children[0]
        return self._read_of(obj, call("__getindex", self._base(obj), self.expr(node.children[1])))

    def _base(self, obj):
        """The object whose property is read: a process variable declared Object/Collection
        and never assigned reads as undefined there (language.md §4.7)."""
        if isinstance(obj, Tree):
            if obj.data == "name":
                return self._name_value(str(obj.children[0]), obj, as_base=True)
            if obj.data == "ipvar":
                return call("__var_base", N("__IPV"), C(fold(str(obj.children[0])[2:])))
        return self.expr(obj)

    def _read_of(self, obj, read, name=None):
        """`read` (a property or index read of `obj`), undefined while `obj` is a local
        declared Object/Collection that was never assigned (language.md §4.7)."""
        if not (isinstance(obj, Tree) and obj.data == "local"):
            return read
        ident = local_ident(str(obj.children[0]))
        flag = self.scope.unassigned.get(ident)
        if flag is None:
            return read
        unset = C(0) if name == "length" and self.scope.declared.get(ident) == V.IS_COLLECTION \
            else C(None)
        return ast.IfExp(test=N(flag), body=unset, orelse=read)

    # ---------------------------------------------------------------- never-assigned objects
    def _track_unassigned(self, statements):
        """Find the locals declared Object/Collection without a value (`var $o : Object`,
        `C_OBJECT($o)`) whose properties the method reads: each gets a flag, set by the
        declaration and cleared by any assignment, so that `$o.a` is undefined until then."""
        s = self.scope
        declared = set()
        stack = [st for st in statements if isinstance(st, Tree)]
        while stack:                       # statements only: declarations are statements
            st = stack.pop()
            d = st.data
            if d == "var_decl":
                kids = st.children
                tref = next((k for k in kids if isinstance(k, Tree) and k.data == "type_ref"), None)
                if tref is not None and self._type_code(tref) in _UNASSIGNED_TYPES and \
                        not any(isinstance(k, Token) and k.type == "ASSIGN" for k in kids):
                    declared.update(local_ident(str(k)) for k in kids
                                    if isinstance(k, Token) and k.type == "LOCAL")
            elif d == "expr_stmt":
                e = st.children[0]
                if isinstance(e, Tree) and e.data == "call" and e.children[1] is not None and \
                        isinstance(e.children[0], Tree) and e.children[0].data == "name" and \
                        LEGACY_DECL.get(fold(split_token(str(e.children[0].children[0]))[0])) \
                        in _UNASSIGNED_TYPES:
                    declared.update(local_ident(str(a.children[0])) for a in e.children[1].children
                                    if isinstance(a, Tree) and a.data == "local")
            elif d in _BLOCK_PARTS:
                stack.extend(k for k in st.children if isinstance(k, Tree))
            else:                          # a compound statement: its bodies
                stack.extend(k for k in st.children if isinstance(k, Tree) and
                             k.data in _BLOCK_PARTS)
        declared -= {p for p, _t in s.params}
        declared = {d for d in declared if not d[2:].isdigit() and d != s.result_var}
        if not declared:
            return
        for st in statements:
            if not isinstance(st, Tree):
                continue
            for sub in st.iter_subtrees():
                if sub.data in ("member", "index"):
                    base = sub.children[0]
                    if isinstance(base, Tree) and base.data == "local":
                        ident = local_ident(str(base.children[0]))
                        if ident in declared:
                            s.unassigned[ident] = "__u_" + ident

    def _store_local(self, ident, value, declared=False):
        """`ident = value` (a declaration when `declared`: its value is then unassigned)."""
        flag = self.scope.unassigned.get(ident)
        if flag is None:
            return ast.Assign(targets=[S(ident)], value=value)
        return ast.Assign(targets=[ast.Tuple(elts=[S(ident), S(flag)], ctx=ast.Store())],
                          value=ast.Tuple(elts=[value, C(declared)], ctx=ast.Load()))

    def _store_local_expr(self, ident, value):
        """`(ident := value)` as an expression."""
        stored = ast.NamedExpr(target=S(ident), value=value)
        flag = self.scope.unassigned.get(ident)
        if flag is None:
            return stored
        both = ast.Tuple(elts=[stored, ast.NamedExpr(target=S(flag), value=C(False))], ctx=ast.Load())
        return ast.Subscript(value=both, slice=C(0), ctx=ast.Load())

    def x_element(self, node):
        return call("__elem", self.array_expr(node.children[0]), self.expr(node.children[1]))

    def array_expr(self, node):
        """An expression where an array variable means the array itself."""
        if isinstance(node, Tree) and node.data == "local":
            return self.x_local(node, want_array=True)
        return self._arg(node)

    def x_char_at(self, node):
        return call("__charat", self.expr(node.children[0]), self.expr(node.children[2]))

    def x_deref(self, node):
        return call("__deref", self.expr(node.children[0]))

    def x_deref_member(self, node):
        return call("__getprop", call("__deref", self.expr(node.children[0])), C(str(node.children[2])))

    def x_deref_index(self, node):
        return call("__getindex", call("__deref", self.expr(node.children[0])), self.expr(node.children[2]))

    def x_make_pointer(self, node):
        target = node.children[1]
        return self.pointer_to(target)

    def pointer_to(self, target):
        kind = target.data if isinstance(target, Tree) else None
        if kind == "local":
            ident = self._local(target.children[0])
            self.scope.setters.add(ident)
            self.scope.arrays.discard(ident)       # through a pointer the array is itself
            return call("__Pointer", ast.Lambda(args=_noargs(), body=N(ident)), N("__set_" + ident),
                        ast.Tuple(elts=[C("L"), call("id", N("__set_" + ident))], ctx=ast.Load()),
                        C(str(target.children[0])), C(self.scope.declared.get(ident)))
        if kind == "name":
            name = split_token(str(target.children[0]))[0]
            self.scope.uses_pv = True
            return call("__pv_pointer", N("__pv"), C(fold(name)), C(name))
        if kind == "ipvar":
            return call("__pv_pointer", N("__IPV"), C(fold(str(target.children[0])[2:])),
                        C(str(target.children[0])))
        if kind == "element":
            return call("__elem_pointer", self.array_expr(target.children[0]), self.expr(target.children[1]))
        if kind == "member":
            return call("__prop_pointer", self.expr(target.children[0]), C(str(target.children[1])))
        if kind == "index":
            return call("__index_pointer", self.expr(target.children[0]), self.expr(target.children[1]))
        if kind == "field":
            return call("__database", C(str(target.children[0])))
        return call("__value_pointer", self.expr(target))

    def x_coll_lit(self, node):
        elts = [call("__stored", self.expr(e)) for e in node.children if e is not None]
        return call("__Coll", ast.List(elts=elts, ctx=ast.Load()))

    def x_obj_lit(self, node):
        keys, vals = [], []
        for p in node.children:
            if p is None:
                continue
            k, v = p.children
            key = unescape(str(k)[1:-1]) if k.type == "STRING" else str(k)
            keys.append(C(key))
            vals.append(self.expr(v))
        return call("__obj_lit", ast.Tuple(elts=keys, ctx=ast.Load()), ast.Tuple(elts=vals, ctx=ast.Load()))

    def x_assign_expr(self, node):
        target, _op, value = node.children
        return self._assign_value(target, self.expr(value))

    def _assign_value(self, target, value):
        """`target := value` used as an expression (Formula(This.x:=1), If (($i:=…)>0))."""
        kind = target.data if isinstance(target, Tree) else None
        if kind == "local":
            ident = self._local(target.children[0])
            return self._store_local_expr(ident, self._coerce(value, ident))
        if kind == "member":
            return call("__setprop", self.expr(target.children[0]), C(str(target.children[1])), value)
        if kind == "index":
            return call("__setindex", self.expr(target.children[0]), self.expr(target.children[1]), value)
        if kind == "name":
            self.scope.uses_pv = True
            return call("__pv_set", N("__pv"), C(fold(split_token(str(target.children[0]))[0])), value)
        if kind == "deref":
            return call("__deref_set", self.expr(target.children[0]), value)
        raise CompileError("this expression cannot be assigned to", _meta(target))

    def x_try_expr(self, node):
        return self._try(node.children[1])

    def _try(self, arg):
        """`Try(expr)`; `Try($x:=expr)` keeps $x unchanged when expr fails."""
        if isinstance(arg, Tree) and arg.data == "assign_arg" and isinstance(arg.children[0], Tree) \
                and arg.children[0].data == "local":
            ident = self._local(arg.children[0].children[0])
            value = self._coerce(self.expr(arg.children[2]), ident)
            kept = self._store_local_expr(ident, call(
                "__try_keep", ast.Lambda(args=_noargs(), body=value), N(ident)))
            return call("__try_result", kept)
        return call("__try_expr", ast.Lambda(args=_noargs(), body=self._arg(arg)))

    # ---------------------------------------------------------------- names
    def x_name(self, node):
        raw = str(node.children[0])
        return self._name_value(raw, node)

    def _name_value(self, raw, node, as_base=False):
        name, ttype, n1, n2 = split_token(raw)
        res = self.unit.resolve_name(name, (ttype, n1, n2) if ttype else None)
        kind = res[0] if res else None
        if kind == "intrinsic":
            return self._intrinsic(res[1], [], node)
        if kind == "constant":
            return C(res[1])
        if kind == "command":
            return self._command_call(res[1], [], node)
        if kind == "unsupported":
            return call("__not_supported", C(res[1]))
        if kind == "method":
            return self._method_call(res[1], [], node)
        self.scope.uses_pv = True
        if as_base:
            return call("__var_base", N("__pv"), C(fold(name)))
        return call("__pv.get", C(fold(name)))

    def x_call(self, node):
        callee, arglist = node.children
        args = arglist.children if arglist is not None else []
        if isinstance(callee, Tree) and callee.data == "name":
            raw = str(callee.children[0])
            name, ttype, n1, n2 = split_token(raw)
            res = self.unit.resolve_name(name, (ttype, n1, n2) if ttype else None)
            kind = res[0] if res else None
            if kind == "intrinsic":
                return self._intrinsic(res[1], args, node)
            if kind == "command":
                return self._command_call(res[1], args, node)
            if kind == "method":
                return self._method_call(res[1], args, node)
            if kind == "unsupported":
                return call("__not_supported", C(res[1]))
            if kind == "constant":
                raise CompileError(f"{name} is a constant, not a command", _meta(node))
            return call("__unknown_command", C(name))
        if isinstance(callee, Tree) and callee.data == "member":
            obj, mname = callee.children
            if isinstance(obj, Tree) and obj.data == "name" and fold(split_token(str(obj.children[0]))[0]) == "super":
                return call("__super_call", N("__CLASS"), N("this"), C(str(mname)),
                            ast.Tuple(elts=self._plain_args(args), ctx=ast.Load()))
            return call("__callm", self.expr(obj), C(str(mname)),
                        ast.Tuple(elts=self._plain_args(args), ctx=ast.Load()))
        if isinstance(callee, Tree) and callee.data == "index":
            # $o["fn"](…): a call through the object, so This is $o
            return call("__callm", self.expr(callee.children[0]), self.expr(callee.children[1]),
                        ast.Tuple(elts=self._plain_args(args), ctx=ast.Load()))
        return call("__callv", self.expr(callee), ast.Tuple(elts=self._plain_args(args), ctx=ast.Load()))

    def _plain_args(self, args):
        out = []
        for a in args:
            out.append(self._arg(a))
        return out

    def _arg(self, a):
        if isinstance(a, Tree):
            if a.data == "star_arg":
                return N("__STAR")
            if a.data == "gt_arg":
                return N("__ASC")
            if a.data == "lt_arg":
                return N("__DESC")
            if a.data == "assign_arg":
                return self._assign_value(a.children[0], self.expr(a.children[2]))
            if a.data == "compound_arg":     # Formula($1.accumulator*=$1.value)
                target, op, value = a.children
                combined = self._binop(str(op)[0], self.expr(target), self.expr(value),
                                       self.static_type(target), self.static_type(value))
                return self._assign_value(target, combined)
        return self.expr(a)

    def _command_call(self, cmd, args, node):
        least, most = cmd.arg_range
        if len(args) < least or most is not None and len(args) > most:
            # 4D's editor rejects it; here it is a 4D error when the line runs
            return call("__wrong_parameter_count", C(cmd.name), C(least), C(most))
        ident = self.unit.command_ident(cmd)
        takes_arrays = self.unit.takes_arrays(cmd)
        if cmd.name.upper().startswith("ARRAY ") and args and isinstance(args[0], Tree) \
                and args[0].data == "local":
            self.scope.arrays.add(self._local(args[0].children[0]))
        pyargs = []
        for i, a in enumerate(args):
            if i in cmd.refs:
                pyargs.append(self.ref_to(a))
            elif takes_arrays:
                pyargs.append(self.array_expr(a))
            else:
                pyargs.append(self._arg(a))
        result = call(ident, *pyargs)
        if cmd.name in ("ASSERT", "Asserted") and args:
            # the message names the failing expression; a disabled ASSERT evaluates nothing
            result.keywords.append(ast.keyword(arg="_source", value=C(self._source(args[0]))))
            if cmd.name == "ASSERT":
                result = ast.IfExp(test=call("__assert_on"), body=result, orelse=C(None))
        return result

    def ref_to(self, a):
        kind = a.data if isinstance(a, Tree) else None
        if kind == "local":
            ident = self._local(a.children[0])
            self.scope.setters.add(ident)
            return call("__Ref", ast.Lambda(args=_noargs(), body=N(ident)), N("__set_" + ident),
                        C(str(a.children[0])))
        if kind == "name":
            name = split_token(str(a.children[0]))[0]
            res = self.unit.resolve_name(name, None)
            if res is None or res[0] == "variable":
                self.scope.uses_pv = True
                return call("__pv_ref", N("__pv"), C(fold(name)), C(name))
        if kind == "ipvar":
            return call("__pv_ref", N("__IPV"), C(fold(str(a.children[0])[2:])), C(str(a.children[0])))
        if kind == "member":
            return call("__prop_ref", self.expr(a.children[0]), C(str(a.children[1])))
        if kind == "index":
            return call("__index_ref", self.expr(a.children[0]), self.expr(a.children[1]))
        if kind == "element":
            return call("__elem_ref", self.array_expr(a.children[0]), self.expr(a.children[1]))
        if kind == "deref":
            return call("__deref_ref", self.expr(a.children[0]))
        return call("__ValueRef", self._arg(a))

    def _method_call(self, method_name, args, node):
        return call(ast.Subscript(value=N("__M"), slice=C(fold(method_name)), ctx=ast.Load()),
                    N("__NULL"), *self._plain_args(args))

    def _statement_call(self, e):
        """Statement-only forms: C_TEXT(...) declarations, ARRAY declarations."""
        callee = e.children[0] if e.data == "call" else e
        if not (isinstance(callee, Tree) and callee.data == "name") and e.data == "call":
            return None
        raw = str(callee.children[0] if e.data == "call" else e.children[0])
        name = split_token(raw)[0]
        key = fold(name)
        if key in LEGACY_DECL:
            args = e.children[1].children if e.data == "call" and e.children[1] is not None else []
            return self._legacy_declare(LEGACY_DECL[key], args) or [ast.Pass()]
        return None

    def _legacy_declare(self, tcode, args):
        out = []
        for a in args:
            if not isinstance(a, Tree):
                continue
            if a.data == "local":
                ident = self._local(a.children[0])
                num = ident[2:]
                self.scope.declared[ident] = tcode
                if num.isdigit() or any(ident == p for p, _ in self.scope.params):
                    continue      # parameters keep their values
                if ident == self.scope.result_var:
                    continue
                out.append(self._store_local(ident, call("__default", C(tcode)), declared=True))
            elif a.data == "ipvar":
                out.append(ast.Expr(call("__declare_var", N("__IPV"), C(fold(str(a.children[0])[2:])),
                                         call("__default", C(tcode)), C(False),
                                         C(tcode in _UNASSIGNED_TYPES))))
            elif a.data == "name":
                name = split_token(str(a.children[0]))[0]
                res = self.unit.resolve_name(name, None)
                if res is not None and res[0] != "variable":
                    continue      # C_TEXT(MethodName; $0) typing form
                self.scope.uses_pv = True
                out.append(ast.Expr(call("__declare_var", N("__pv"), C(fold(name)),
                                         call("__default", C(tcode)), C(False),
                                         C(tcode in _UNASSIGNED_TYPES))))
        return out

    def _intrinsic(self, what, args, node):
        s = self.scope
        if what == "this":
            if s.derived_ctor:
                return call("__this_after_super", N("this"), N("__sup"))
            return N("this")
        if what == "true":
            return C(True)
        if what == "false":
            return C(False)
        if what == "null":
            return N("__NULL")
        if what == "cs":
            return N("__CS")
        if what == "4d":
            return N("__4D")
        if what == "count parameters":
            return N("__n") if s.kind != "formula" else call("len", N("args"))
        if what == "copy parameters":
            return call("__copy_parameters", N("args"), *[self._arg(a) for a in args[:1]])
        if what == "current method name":
            return C(s.name)
        if what == "super":
            if s.derived_ctor:
                # (__super_ctor(…, __sup), __sup := True)[0]
                return ast.Subscript(value=ast.Tuple(elts=[
                    call("__super_ctor", N("__CLASS"), N("this"),
                         ast.Tuple(elts=self._plain_args(args), ctx=ast.Load()), N("__sup")),
                    ast.NamedExpr(target=S("__sup"), value=C(True))], ctx=ast.Load()),
                    slice=C(0), ctx=ast.Load())
            return call("__super_ctor", N("__CLASS"), N("this"),
                        ast.Tuple(elts=self._plain_args(args), ctx=ast.Load()))
        if what == "formula":
            if len(args) != 1:
                raise CompileError("Formula takes one expression", _meta(node))
            return self.formula(args[0])
        if what == "try":
            return self._try(args[0])
        if what == "type":
            if not args or len(args) > 1:
                return call("__wrong_parameter_count", C("Type"), C(1), C(1))
            return self._type_of(args[0])
        if what == "undefined":
            return call("__is_undefined", self._arg(args[0])) if args else C(True)
        raise CompileError(f"unknown intrinsic {what}", _meta(node))

    def _type_of(self, arg):
        if isinstance(arg, Tree) and arg.data == "deref":
            return call("__type_of_target", self.expr(arg.children[0]))
        if isinstance(arg, Tree) and arg.data == "local":
            ident = self._local(arg.children[0])
            tcode = self.scope.declared.get(ident)
            return call("__type_of", N(ident), C(tcode))
        return call("__type_of", self._arg(arg), C(None))

    def formula(self, expr_node):
        """`Formula(expr)`: a lambda; locals are captured by value at creation (§8.1)."""
        # Formula(methodName) forwards the call arguments to the method
        if isinstance(expr_node, Tree) and expr_node.data == "name":
            name = split_token(str(expr_node.children[0]))[0]
            res = self.unit.resolve_name(name, None)
            if res is not None and res[0] == "method":
                return call("__method_formula", C(res[1]), C(self._source(expr_node)))
        outer = self.scope
        inner = FunctionScope("formula", "Formula")
        inner.class_ident = outer.class_ident
        self.scope = inner
        try:
            body = self._arg(expr_node)
        finally:
            self.scope = outer
        captured = sorted(k for k in inner.locals if not k[2:].isdigit())
        for k in captured:
            outer.locals.setdefault(k, inner.locals[k])
        if inner.uses_pv:
            body = _let("__pv", call("__PV"), body)
        kwonly = [ast.arg(arg=k) for k in captured]
        args = ast.arguments(posonlyargs=[], args=[ast.arg(arg="this")], vararg=ast.arg(arg="args"),
                             kwonlyargs=kwonly, kw_defaults=[N(k) for k in captured], kwarg=None,
                             defaults=[])
        lam = ast.Lambda(args=args, body=body)
        return call("__Formula", lam, C(self._source(expr_node)))

    def _source(self, node):
        m = _meta(node)
        if m is None:
            return ""
        try:
            return self.source[m.start_pos:m.end_pos]
        except Exception:
            return ""

    # ---------------------------------------------------------------- types
    def _type_code(self, tref):
        parts = [str(t) for t in tref.children]
        if len(parts) == 1:
            return TYPE_CODES.get(fold(split_token(parts[0])[0]), V.IS_VARIANT)
        return V.IS_OBJECT     # 4D.Blob, cs.Foo: object-typed

    def _class_type(self, tref):
        parts = [split_token(str(t))[0] for t in tref.children]
        if len(parts) < 2:
            return None
        store = fold(parts[0])
        if store not in ("cs", "4d"):
            return None
        return ast.Tuple(elts=[C(store)] + [C(p) for p in parts[1:]], ctx=ast.Load())

    def _type_ref_text(self, tref):
        return ".".join(split_token(str(t))[0] for t in tref.children)


def _default_value(tcode):
    """The empty value of a declared type: a constant where it is immutable."""
    if tcode in _LITERAL_DEFAULTS:
        return C(V.default_of_type(tcode))
    return call("__default", C(tcode))


def _noargs():
    return ast.arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[],
                         kwarg=None, defaults=[])


def _let(name, value, body):
    """(lambda name: body)(value) — a local binding inside an expression."""
    args = ast.arguments(posonlyargs=[], args=[ast.arg(arg=name)], vararg=None, kwonlyargs=[],
                         kw_defaults=[], kwarg=None, defaults=[])
    return ast.Call(func=ast.Lambda(args=args, body=body), args=[value], keywords=[])


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "N": "\n", "T": "\t", "R": "\r"}


def unescape(s: str) -> str:
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
