"""Names and calls (language.md §6–§8): what a name means (command, constant, project method,
variable, or a name the lowering handles itself: This, Formula, Try…), calls of commands,
methods and member functions, and Formula.
"""
from __future__ import annotations

import ast

from ..names import split_token, fold
from . import fields, targets
from .builders import expression, intrinsic, INTRINSICS
from .nodes import Atom, Call, Member, Index, Deref, TryExpr, AssignTo, items, is_tree
from .positions import CompileError, meta, at
from .pyast import N, S, C, call, thunk, tuple_of, let
from .resolve import FunctionScope


def _resolve(lw, node):
    """(4D name, resolution) of a `name` tree: resolution is (kind, what) or None (a
    variable)."""
    name, ttype, n1, n2 = split_token(str(Atom.of(node).token))
    return name, lw.unit.resolve_name(name, (ttype, n1, n2) if ttype else None)


@expression("name")
def lower_name(lw, node):
    return name_value(lw, node)


def name_value(lw, node, as_base=False):
    """A name alone: a command or method called without arguments, a constant, an
    intrinsic, else a process variable (`as_base`: whose property is read)."""
    name, res = _resolve(lw, node)
    kind = res[0] if res else None
    if kind == "intrinsic":
        return intrinsic_value(lw, res[1], [], node)
    if kind == "constant":
        return C(res[1])
    if kind == "command":
        return command_call(lw, res[1], [], node)
    if kind == "unsupported":
        return call("__not_supported", C(res[1]))
    if kind == "method":
        return method_call(lw, res[1], [])
    lw.scope.uses_pv = True
    if as_base:
        return call("__var_base", N("__pv"), C(fold(name)))
    return call("__pv.get", C(fold(name)))


@expression("call")
def lower_call(lw, node):
    c = Call.of(node)
    args = items(c.arglist)
    callee = c.callee
    if is_tree(callee, "name"):
        name, res = _resolve(lw, callee)
        kind = res[0] if res else None
        if kind == "intrinsic":
            return intrinsic_value(lw, res[1], args, node)
        if kind == "command":
            return command_call(lw, res[1], args, node)
        if kind == "method":
            return method_call(lw, res[1], args)
        if kind == "unsupported":
            return call("__not_supported", C(res[1]))
        if kind == "constant":
            raise CompileError(f"{name} is a constant, not a command", meta(node))
        return call("__unknown_command", C(name))
    if is_tree(callee, "member"):
        m = Member.of(callee)
        if is_tree(m.obj, "name") and fold(split_token(str(Atom.of(m.obj).token))[0]) == "super":
            return call("__super_call", N("__CLASS"), N("this"), C(str(m.name)),
                        tuple_of(lw.plain_args(args)))
        if str(m.name) == "push" and len(args) == 1:   # `$c.push(v)`: one call (push_one)
            return call("__push", lw.expr(m.obj), lw.arg(args[0]))
        return call("__callm", lw.expr(m.obj), C(str(m.name)), tuple_of(lw.plain_args(args)))
    if is_tree(callee, "index"):
        # $o["fn"](…): a call through the object, so This is $o
        x = Index.of(callee)
        return call("__callm", lw.expr(x.obj), lw.expr(x.key), tuple_of(lw.plain_args(args)))
    return call("__callv", lw.expr(callee), tuple_of(lw.plain_args(args)))


def command_call(lw, cmd, args, node):
    least, most = cmd.arg_range
    if len(args) < least or most is not None and len(args) > most:
        # 4D's editor rejects it; here it is a 4D error when the line runs
        return call("__wrong_parameter_count", C(cmd.name), C(least), C(most))
    # what the command's registration says (runtime/commands/registry.py)
    if cmd.declares_array and args and is_tree(args[0], "local"):
        lw.scope.arrays.add(lw.local(Atom.of(args[0]).token))
    takes_arrays = cmd.takes_arrays
    pyargs = []
    for i, a in enumerate(args):
        if cmd.fields and (i not in cmd.refs or fields.is_field(a)):
            pyargs.append(fields.field_arg(lw, a, takes_arrays))
        elif i in cmd.refs:
            pyargs.append(targets.ref_to(lw, a))
        elif takes_arrays:
            pyargs.append(lw.array_expr(a))
        else:
            pyargs.append(lw.arg(a))
    result = call(lw.unit.global_ident("C_", cmd), *pyargs)
    if cmd.source_arg is not None and len(args) > cmd.source_arg:
        result.keywords.append(ast.keyword(arg="_source",
                                           value=C(lw.source_of(args[cmd.source_arg]))))
    if cmd.guard is not None and args:
        result = ast.IfExp(test=call(lw.unit.global_ident("G_", cmd, "guard")),
                           body=result, orelse=C(None))
    return result


def method_call(lw, method_name, args):
    # a global of the unit per method and number of arguments, bound on the first call to
    # the method's function (its exact entry when the call passes all its declared
    # parameters): later calls are plain calls of a global function (no lookup)
    return call(lw.unit.method_ident(method_name, len(args)), N("__NULL"),
                *lw.plain_args(args))


# ---------------------------------------------------------------- intrinsics
# names the lowering handles itself, by folded name and command token (builders.py)
@intrinsic("this", 1470)
def lower_this(lw, args, node):
    if lw.scope.derived_ctor:
        return call("__this_after_super", N("this"), N("__sup"))
    return N("this")


@intrinsic("true", 214)
def lower_true(lw, args, node):
    return C(True)


@intrinsic("false", 215)
def lower_false(lw, args, node):
    return C(False)


@intrinsic("null", 1517)
def lower_null(lw, args, node):
    return N("__NULL")


@intrinsic("cs", 1710)
def lower_cs(lw, args, node):
    return N("__CS")


@intrinsic("4d", 1709)
def lower_4d(lw, args, node):
    return N("__4D")


@intrinsic("count parameters", 259)
def lower_count_parameters(lw, args, node):
    return N("__n") if lw.scope.kind != "formula" else call("len", N("args"))


@intrinsic("copy parameters", 1790)
def lower_copy_parameters(lw, args, node):
    return call("__copy_parameters", N("args"), *[lw.arg(a) for a in args[:1]])


@intrinsic("current method name", 684)
def lower_current_method_name(lw, args, node):
    return C(lw.scope.name)


@intrinsic("super", 1705, 1706)
def lower_super(lw, args, node):
    passed = tuple_of(lw.plain_args(args))
    if lw.scope.derived_ctor:
        # (__super_ctor(…, __sup), __sup := True)[0]
        return ast.Subscript(value=tuple_of([
            call("__super_ctor", N("__CLASS"), N("this"), passed, N("__sup")),
            ast.NamedExpr(target=S("__sup"), value=C(True))]), slice=C(0), ctx=ast.Load())
    return call("__super_ctor", N("__CLASS"), N("this"), passed)


@intrinsic("formula", 1597)
def lower_formula(lw, args, node):
    if len(args) != 1:
        raise CompileError("Formula takes one expression", meta(node))
    return formula(lw, args[0])


@intrinsic("try")
def lower_try_call(lw, args, node):
    if len(args) != 1:
        raise CompileError("Try takes one expression", meta(node))
    return try_value(lw, args[0])


@intrinsic("type", 295)
def lower_type(lw, args, node):
    if not args or len(args) > 1:
        return call("__wrong_parameter_count", C("Type"), C(1), C(1))
    arg = args[0]
    if is_tree(arg, "deref"):
        return call("__type_of_target", lw.expr(Deref.of(arg).pointer))
    if is_tree(arg, "local"):
        ident = lw.local(Atom.of(arg).token)
        return call("__type_of", N(ident), C(lw.scope.declared.get(ident)))
    return call("__type_of", lw.arg(arg), C(None))


@intrinsic("undefined", 82)
def lower_undefined(lw, args, node):
    return call("__is_undefined", lw.arg(args[0])) if args else C(True)


def intrinsic_value(lw, what, args, node):
    build = INTRINSICS.get(what)
    if build is None:
        raise CompileError(f"unknown intrinsic {what}", meta(node))
    return build(lw, args, node)


@expression("try_expr")
def lower_try_expr(lw, node):
    return try_value(lw, TryExpr.of(node).arg)


def try_value(lw, arg):
    """`Try(expr)`; `Try($x:=expr)` keeps $x unchanged when expr fails."""
    if is_tree(arg, "assign_arg") and is_tree(AssignTo.of(arg).target, "local"):
        x = AssignTo.of(arg)
        ident = lw.local(Atom.of(x.target).token)
        value = targets.coerce(lw, lw.expr(x.value), ident)
        kept = targets.store_local_expr(lw, ident, call("__try_keep", thunk(value), N(ident)))
        return call("__try_result", kept)
    return call("__try_expr", thunk(lw.arg(arg)))


@expression("return_arg")
def lower_return_arg(lw, node):
    raise CompileError("return inside parentheses is only allowed in Formula(return expr)",
                       meta(node))


def formula(lw, expr_node):
    """`Formula(expr)`: a lambda; locals are captured by value at creation (§8.1).
    `Formula(return expr)` is `Formula(expr)` (the docs' object-literal example)."""
    source = lw.source_of(expr_node)
    if is_tree(expr_node, "return_arg"):
        expr_node = expr_node.children[1]
    # Formula(methodName) forwards the call arguments to the method
    if is_tree(expr_node, "name"):
        res = lw.unit.resolve_name(split_token(str(Atom.of(expr_node).token))[0], None)
        if res is not None and res[0] == "method":
            return call("__method_formula", C(res[1]), C(source))
    outer = lw.scope
    inner = FunctionScope("formula", "Formula")
    lw.scope = inner
    try:
        body = lw.arg(expr_node)
    finally:
        lw.scope = outer
    captured = sorted(k for k in inner.locals if not k[2:].isdigit())
    for k in captured:
        outer.locals.setdefault(k, inner.locals[k])
    if inner.uses_pv:
        body = let("__pv", call("__PV"), body)
    # `$0` inside a formula is its own local, undefined at first
    own = [ast.arg(arg="L_0")] if "L_0" in inner.locals else []
    if inner.setters or inner.hoisted:
        return _formula_def(lw, inner, captured, own, body, source, expr_node)
    args = ast.arguments(posonlyargs=[], args=[ast.arg(arg="this")], vararg=ast.arg(arg="args"),
                         kwonlyargs=[ast.arg(arg=k) for k in captured] + own,
                         kw_defaults=[N(k) for k in captured] + [C(None)] * len(own),
                         kwarg=None, defaults=[])
    return call("__Formula", ast.Lambda(args=args, body=body), C(source))


def _formula_def(lw, inner, captured, own, body, source, node):
    """A formula writing a local through a pointer or a by-reference command argument
    (`Formula(OB SET($o; "n"; 1))`) needs the local's setter, a `def` with `nonlocal`: the
    formula is then a function defined at the start of the enclosing one, its captured
    locals bound at creation (`__partial`), each call starting from the captured values."""
    outer = lw.scope
    lw.scope = inner
    try:
        stmts = list(inner.hoisted)
        for ident in sorted(inner.setters):
            if ident[2:].isdigit() and ident != "L_0":   # `$1` written by reference
                stmts.append(ast.Assign(targets=[S(ident)],
                                        value=lw.local_value("$" + ident[2:])))
        stmts += [lw.setter_def(ident) for ident in sorted(inner.setters)]
    finally:
        lw.scope = outer
    name = f"__formula_{len(outer.hoisted)}"
    args = ast.arguments(posonlyargs=[], args=[ast.arg(arg="this")], vararg=ast.arg(arg="args"),
                         kwonlyargs=[ast.arg(arg=k) for k in captured] + own,
                         kw_defaults=[None] * len(captured) + [C(None)] * len(own), kwarg=None,
                         defaults=[])
    fn = ast.FunctionDef(name=name, args=args, body=stmts + [ast.Return(value=body)],
                         decorator_list=[], returns=None, type_params=[])
    for st in ast.walk(fn):
        if isinstance(st, ast.stmt):
            at(st, node)
    outer.hoisted.append(fn)
    bound = call("__partial", N(name))
    bound.keywords = [ast.keyword(arg=k, value=N(k)) for k in captured]
    return call("__Formula", bound, C(source))
