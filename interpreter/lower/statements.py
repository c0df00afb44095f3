"""Statement builders: assignments, declarations, control flow (language.md §3, §5)."""
from __future__ import annotations

import ast

from lark import Token, Tree

from fourd.grammar.keywords import CLASS_ITEMS
from fourd.runtime import values as V
from ..names import split_token, fold, local_ident
from . import targets
from .builders import statement
from .declared import legacy_declaration, UNASSIGNED_TYPES
from .expressions import binop
from .nodes import (Atom, AssignTo, Unary, Call, ExprStmt, If, CaseBranch, While, Repeat, For,
                    Use, Try, Return, LoopCond, Member, Index, declaration, case_of, for_each,
                    items, is_tree)
from .positions import CompileError, meta, at
from .pyast import N, S, C, call, assign, not_, ARITH_HELPERS


# ---------------------------------------------------------------- expressions and assignments
@statement("expr_stmt")
def lower_expr_stmt(lw, st):
    e = ExprStmt.of(st).expr
    if isinstance(e, Tree) and e.data in ("call", "name"):
        tcode = legacy_declaration(e)
        if tcode is not None:            # C_TEXT($a; $b): declarations (resolve.py typed them)
            args = items(Call.of(e).arglist) if e.data == "call" else []
            return _legacy_declare(lw, tcode, args) or [ast.Pass()]
    return ast.Expr(lw.expr(e))


@statement("assign")
def lower_assign(lw, st):
    x = AssignTo.of(st)
    return targets.assign_to(lw, x.target, lw.expr(x.value), x.value)


@statement("compound_assign")
def lower_compound_assign(lw, st):
    target, op, value = AssignTo.of(st)
    op = str(op)[0]
    kind = getattr(target, "data", None)
    if kind == "local":
        combined = binop(op, lw.expr(target), lw.expr(value), lw.static_type(target),
                         lw.static_type(value))
        return targets.assign_to(lw, target, combined, value)
    if kind in ("member", "index"):
        # the object and the key are evaluated once (language.md §4.3)
        obj_tmp, key_tmp = lw.tmp(), lw.tmp()
        if kind == "member":
            m = Member.of(target)
            obj, key = lw.expr(m.obj), C(str(m.name))
            getter, setter = "__getprop", "__setprop"
        else:
            x = Index.of(target)
            obj, key = lw.expr(x.obj), lw.expr(x.key)
            getter, setter = "__getindex", "__setindex"
        return [assign(obj_tmp, obj), assign(key_tmp, key),
                ast.Expr(call(setter, N(obj_tmp), N(key_tmp),
                              call(ARITH_HELPERS[op], call(getter, N(obj_tmp), N(key_tmp)),
                                   lw.expr(value))))]
    current = lw.expr(target)
    return targets.assign_to(lw, target, call(ARITH_HELPERS[op], current, lw.expr(value)), value)


# ---------------------------------------------------------------- declarations (§3)
@statement("var_decl")
def lower_var_decl(lw, st):
    decl = declaration(st)
    s = lw.scope
    tcode = s.var_types.get(id(st))
    if decl.init is not None and len(decl.names) > 1:
        raise CompileError("var with an initial value declares one variable only", meta(st))
    out = []
    for n in decl.names:
        if isinstance(n, Tree):          # var ${2} : Text types parameters: nothing to run
            continue
        if n.type == "LOCAL":
            ident = lw.local(n)
            if s.is_param(ident):
                continue
            if decl.init is not None:
                # the declared type's coercion, then the class check
                value = targets.coerce(lw, lw.expr(decl.init), ident, by_class=False)
                out.append(targets.store_local(lw, ident, value))
                path = s.class_paths.get(ident)
                if path is not None:
                    out.append(ast.Expr(call("__check_class", N(ident),
                                             targets.class_path_value(path))))
            else:
                out.append(targets.store_local(lw, ident, call("__default", C(tcode)),
                                               declared=True))
        else:
            value = lw.expr(decl.init) if decl.init is not None else call("__default", C(tcode))
            out.append(ast.Expr(call("__declare_var", _var_store(lw, n), C(_var_key(n)), value,
                                     C(decl.init is not None),
                                     C(decl.init is None and tcode in UNASSIGNED_TYPES))))
    return out or [ast.Pass()]


def _var_store(lw, tok):
    """The variable store of a process (`name`) or interprocess (`<>name`) variable."""
    if tok.type == "IPVAR":
        return N("__IPV")
    lw.scope.uses_pv = True
    return N("__pv")


def _var_key(tok):
    s = str(tok)
    return fold(s[2:] if s.startswith("<>") else split_token(s)[0])


def _legacy_declare(lw, tcode, args):
    """C_TEXT($a; g; <>h): each variable gets its type's empty value."""
    out = []
    unassigned = C(tcode in UNASSIGNED_TYPES)
    for a in args:
        if not isinstance(a, Tree):
            continue
        if a.data == "local":
            ident = lw.local(Atom.of(a).token)
            if lw.scope.is_param(ident) or ident == lw.scope.result_var:
                continue      # parameters and the result keep their values
            out.append(targets.store_local(lw, ident, call("__default", C(tcode)), declared=True))
        elif a.data == "ipvar":
            out.append(ast.Expr(call("__declare_var", N("__IPV"),
                                     C(fold(str(Atom.of(a).token)[2:])),
                                     call("__default", C(tcode)), C(False), unassigned)))
        elif a.data == "name":
            name = split_token(str(Atom.of(a).token))[0]
            res = lw.unit.resolve_name(name, None)
            if res is not None and res[0] != "variable":
                continue      # C_TEXT(MethodName; $0) typing form
            lw.scope.uses_pv = True
            out.append(ast.Expr(call("__declare_var", N("__pv"), C(fold(name)),
                                     call("__default", C(tcode)), C(False), unassigned)))
    return out


@statement("declare")
def lower_declare(lw, st):
    return None      # the function's header: resolve.py read it


# ---------------------------------------------------------------- control flow (§5)
@statement("if_stmt")
def lower_if(lw, st):
    s = If.of(st)
    test, body = lw.condition(s.test), lw.body_of(s.body)
    orelse = lw.body_of(s.else_body) if s.else_keyword is not None else []
    return ast.If(test=test, body=body, orelse=orelse)


@statement("case_stmt")
def lower_case(lw, st):
    c = case_of(st)
    orelse = lw.body_of(c.else_body) if c.else_body is not None else []
    node = None
    for br in reversed(c.branches):
        b = CaseBranch.of(br)
        node = at(ast.If(test=lw.condition(b.test), body=lw.body_of(b.body), orelse=orelse), br)
        orelse = [node]
    if node is None:
        return ast.Pass() if not orelse else ast.If(test=C(True), body=orelse, orelse=[])
    return node


@statement("while_stmt")
def lower_while(lw, st):
    w = While.of(st)
    body = lw.loop_body(w.body)
    return ast.While(test=lw.condition(w.test), body=body, orelse=[])


@statement("repeat_stmt")
def lower_repeat(lw, st):
    r = Repeat.of(st)
    first = lw.tmp()
    body = lw.loop_body(r.body)
    until = lw.condition(r.test)
    loop = ast.While(test=ast.BoolOp(op=ast.Or(), values=[N(first), not_(until)]),
                     body=[assign(first, C(False))] + body, orelse=[])
    return [assign(first, C(True)), loop]


@statement("for_stmt")
def lower_for(lw, st):
    f = For.of(st)
    counter, step = f.counter, f.step
    end_tmp, step_tmp = lw.tmp(), lw.tmp()
    out = [assign(end_tmp, call("__num", lw.expr(f.end)))]
    out.append(assign(step_tmp, call("__for_step", lw.expr(step)) if step is not None else C(1)))
    out.append(targets.assign_to(lw, counter, call("__num", lw.expr(f.start)), f.start))
    body = lw.loop_body(f.body)
    int_step = _literal_int(step) if step is not None else 1
    if int_step and _range_loop_ok(lw, counter, f.body):
        return out + _range_loop(lw, counter, end_tmp, int_step, body)
    positive = step is None or (isinstance(step, Tree) and step.data in ("number", "hexnumber"))
    if positive:
        test = ast.Compare(left=lw.expr(counter), ops=[ast.LtE()], comparators=[N(end_tmp)])
    else:
        test = call("__for_test", lw.expr(counter), N(end_tmp), N(step_tmp))
    incr = targets.assign_to(lw, counter, ast.BinOp(left=lw.expr(counter), op=ast.Add(),
                                                    right=N(step_tmp)), counter)
    if _has_continue(f.body):
        first = lw.tmp()
        loop_body = [ast.If(test=N(first), body=[assign(first, C(False))], orelse=[incr]),
                     ast.If(test=not_(test), body=[ast.Break()], orelse=[])]
        out.append(assign(first, C(True)))
        out.append(ast.While(test=C(True), body=loop_body + body, orelse=[]))
    else:
        out.append(ast.While(test=test, body=body + [incr], orelse=[]))
    return out


def _range_loop(lw, counter, end_tmp, step, body):
    """`For` over a declared Integer counter the body never assigns: a Python `for` over
    range(); `else` leaves the counter one step past the end, as 4D does (§5)."""
    ident = local_ident(str(Atom.of(counter).token))
    start_tmp = lw.tmp()
    loop = ast.For(target=S(ident),
                   iter=call("range", N(start_tmp), call("__for_stop", N(end_tmp), C(step)),
                             C(step)),
                   body=body,
                   orelse=[assign(ident, call("__for_after", N(start_tmp), N(end_tmp), C(step)))])
    return [assign(start_tmp, N(ident)), loop]


def _literal_int(node):
    neg = False
    if is_tree(node, "neg"):
        neg, node = True, Unary.of(node).operand
    if is_tree(node, "number") and str(Atom.of(node).token).isdigit():
        v = int(str(Atom.of(node).token))
        return -v if neg else v
    return None


# statements and arguments that write their first (or second) child
_WRITERS = frozenset({"assign", "compound_assign", "assign_expr", "assign_arg", "compound_arg",
                      "make_pointer", "for_stmt", "foreach_stmt"})


def _range_loop_ok(lw, counter, body_tree):
    """The counter is a local declared Integer that nothing in the body can write."""
    if not is_tree(counter, "local"):
        return False
    ident = local_ident(str(Atom.of(counter).token))
    if lw.scope.declared.get(ident) != V.IS_LONGINT or ident in lw.scope.setters:
        return False
    if body_tree is None:
        return True

    def is_counter(node):
        return is_tree(node, "local") and local_ident(str(Atom.of(node).token)) == ident
    for sub in body_tree.iter_subtrees():
        kids = sub.children
        if sub.data in _WRITERS and any(is_counter(k) for k in kids[:2]):
            return False
        if sub.data == "var_decl" and any(isinstance(k, Token) and k.type == "LOCAL" and
                                           local_ident(str(k)) == ident for k in kids):
            return False
        if sub.data == "call":
            c = Call.of(sub)
            if is_tree(c.callee, "name") and c.arglist is not None:
                name, ttype, n1, n2 = split_token(str(Atom.of(c.callee).token))
                res = lw.unit.resolve_name(name, (ttype, n1, n2) if ttype else None)
                if res and res[0] == "method":
                    continue
                refs = res[1].refs if res and res[0] == "command" else ()
                if any(is_counter(a) for i, a in enumerate(c.arglist.children) if i in refs):
                    return False
    return True


def _has_continue(tree):
    return tree is not None and any(sub.data == "continue_stmt"
                                    for sub in tree.iter_subtrees_topdown())


@statement("foreach_stmt")
def lower_foreach(lw, st):
    f = for_each(st)
    it = lw.tmp()
    values = call("__foreach_items", lw.expr(f.collection),
                  lw.expr(f.begin) if f.begin is not None else C(None),
                  lw.expr(f.end) if f.end is not None else C(None))
    body = lw.loop_body(f.body)
    pre, post = [], []
    for cond in f.conditions:
        test = lw.condition(LoopCond.of(cond).test)
        if cond.data == "while_cond":
            pre.append(ast.If(test=not_(test), body=[ast.Break()], orelse=[]))
        else:
            post.append(ast.If(test=test, body=[ast.Break()], orelse=[]))
    assign_item = targets.assign_to(lw, f.item, N(it), None)
    return ast.For(target=S(it), iter=values, body=[assign_item] + pre + body + post, orelse=[])


@statement("use_stmt")
def lower_use(lw, st):
    u = Use.of(st)
    return ast.With(items=[ast.withitem(context_expr=call("__use", lw.expr(u.target)),
                                        optional_vars=None)],
                    body=lw.body_of(u.body))


@statement("try_stmt")
def lower_try(lw, st):
    t = Try.of(st)
    body = lw.body_of(t.body)
    catch_body = lw.body_of(t.catch_body) if t.catch_keyword is not None else [ast.Pass()]
    tok = lw.tmp()
    handler = ast.ExceptHandler(type=N("Exception"), name="__e",
                                body=[ast.Expr(call("__catch", N("__e"), N(tok)))] + catch_body)
    block = ast.Try(body=body, handlers=[handler], orelse=[],
                    finalbody=[ast.Expr(call("__try_exit", N(tok)))])
    return [assign(tok, call("__try_enter")), block]


@statement("return_stmt")
def lower_return(lw, st):
    value = Return.of(st).value
    s = lw.scope
    if value is None:
        return ast.Return(value=lw.result_value())
    v = lw.expr(value)
    if s.result_var:
        return [targets.store_local(lw, s.result_var, targets.coerce(lw, v, s.result_var, value)),
                ast.Return(value=N(s.result_var))]
    if s.result_type is not None:
        v = call("__coerce", v, C(s.result_type), C("result"))
    return ast.Return(value=v)


@statement("break_stmt")
def lower_break(lw, st):
    return ast.Break() if lw.scope.loop_depth else ast.Pass()


@statement("continue_stmt")
def lower_continue(lw, st):
    return ast.Continue() if lw.scope.loop_depth else ast.Pass()


# ---------------------------------------------------------------- class items outside a class
@statement(*CLASS_ITEMS)
def lower_class_item_outside_class(lw, st):
    raise CompileError(f"{CLASS_ITEMS[st.data].shown} is only allowed in a class file", meta(st))
