"""Places a value can be stored into: assignment targets (`$x:=`, `o.p:=`, `arr{i}:=`, `->`),
the by-reference arguments of commands (Ref), and pointers (`->$x`).
"""
from __future__ import annotations

import ast

from fourd.runtime import values as V
from ..names import split_token, fold
from . import fields
from .declared import STATIC_OF_TYPE, PY_TYPE_OF, INT, REAL, static_type
from .nodes import Atom, Member, Index, Element, CharAt, Deref, DerefMember, DerefIndex
from .positions import CompileError, meta
from .pyast import N, S, C, call, thunk, tuple_of

# names that are not variables: assigning to them is a compile error
_NOT_VARIABLES = frozenset({"command", "constant", "method", "intrinsic"})


def class_path_value(path):
    return tuple_of(C(p) for p in path)


def coerce(lw, value, ident, value_node=None, by_class=True):
    """`value` as stored into the local `ident` (its declared type, or its class)."""
    s = lw.scope
    path = s.class_paths.get(ident) if by_class else None
    if path is not None:
        return call("__class_value", value, class_path_value(path))
    tcode = s.declared.get(ident)
    if tcode is None or tcode == V.IS_VARIANT:
        return value
    st = STATIC_OF_TYPE.get(tcode)
    if st is not None and value_node is not None:
        vt = static_type(s, value_node)
        if vt == st:
            return value
        if st == REAL and vt == INT:
            return call("float", value)
    label = C(s.locals.get(ident, ident))
    pytype = PY_TYPE_OF.get(tcode)
    if pytype is None:
        return call("__coerce", value, C(tcode), label)
    # a value already of the declared type is stored as it is, without a call (__coerce
    # returns it unchanged): `t if type(t := value) is float else __coerce(t, …)`
    tmp = lw.tmp()
    test = ast.Compare(left=call("type", ast.NamedExpr(target=S(tmp), value=value)),
                       ops=[ast.Is()], comparators=[N(pytype)])
    return ast.IfExp(test=test, body=N(tmp), orelse=call("__coerce", N(tmp), C(tcode), label))


def store_local(lw, ident, value, declared=False):
    """`ident = value` (a declaration when `declared`: a tracked Object is then unassigned)."""
    flag = lw.scope.unassigned.get(ident)
    if flag is None:
        return ast.Assign(targets=[S(ident)], value=value)
    return ast.Assign(targets=[ast.Tuple(elts=[S(ident), S(flag)], ctx=ast.Store())],
                      value=tuple_of([value, C(declared)]))


def store_local_expr(lw, ident, value):
    """`(ident := value)` as an expression."""
    stored = ast.NamedExpr(target=S(ident), value=value)
    flag = lw.scope.unassigned.get(ident)
    if flag is None:
        return stored
    both = tuple_of([stored, ast.NamedExpr(target=S(flag), value=C(False))])
    return ast.Subscript(value=both, slice=C(0), ctx=ast.Load())


def _pv_key(node):
    """The folded name of a process variable (a `name` tree)."""
    return fold(split_token(str(Atom.of(node).token))[0])


def _ipv_key(node):
    """The folded name of an interprocess variable (`<>name`)."""
    return fold(str(Atom.of(node).token)[2:])


def assign_to(lw, target, value, value_node=None):
    """A statement storing `value` (a Python expression) into a 4D assignable target."""
    kind = getattr(target, "data", None)
    if kind == "local":
        ident = lw.local(Atom.of(target).token)
        if ident == "L_0":
            lw.scope.uses_dollar0 = True
        if ident in lw.scope.arrays:
            return ast.Expr(call("__array_select", N(ident), value))
        return store_local(lw, ident, coerce(lw, value, ident, value_node))
    if kind == "name":
        name = split_token(str(Atom.of(target).token))[0]
        res = lw.unit.resolve_name(name, None)
        if res is not None and res[0] in _NOT_VARIABLES:
            raise CompileError(f"cannot assign to {name}", meta(target))
        lw.scope.uses_pv = True
        return ast.Assign(targets=[ast.Subscript(value=N("__pv"), slice=C(fold(name)),
                                                 ctx=ast.Store())], value=value)
    if kind == "ipvar":
        return ast.Assign(targets=[ast.Subscript(value=N("__IPV"), slice=C(_ipv_key(target)),
                                                 ctx=ast.Store())], value=value)
    if kind == "member":
        m = Member.of(target)
        return ast.Expr(call("__setprop", lw.expr(m.obj), C(str(m.name)), value))
    if kind == "index":
        x = Index.of(target)
        return ast.Expr(call("__setindex", lw.expr(x.obj), lw.expr(x.key), value))
    if kind == "element":
        e = Element.of(target)
        return ast.Expr(call("__setelem", lw.array_expr(e.array), lw.expr(e.index), value))
    if kind == "char_at":
        c = CharAt.of(target)
        return assign_to(lw, c.text, call("__setchar", lw.expr(c.text), lw.expr(c.index), value))
    if kind == "deref":
        return ast.Expr(call("__deref_set", lw.expr(Deref.of(target).pointer), value))
    if kind == "deref_member":
        d = DerefMember.of(target)
        return ast.Expr(call("__setprop", call("__deref", lw.expr(d.pointer)), C(str(d.name)),
                             value))
    if kind == "deref_index":
        d = DerefIndex.of(target)
        return ast.Expr(call("__setindex", call("__deref", lw.expr(d.pointer)), lw.expr(d.key),
                             value))
    if kind == "param_indirect":
        return ast.Expr(call("__not_supported", C("assignment to ${n}")))
    if kind == "field":
        return ast.Expr(fields.field_set(fields.token_of(target), value))
    raise CompileError("this expression cannot be assigned to", meta(target))


def assign_value(lw, target, value):
    """`target := value` used as an expression (Formula(This.x:=1), If (($i:=…)>0))."""
    kind = getattr(target, "data", None)
    if kind == "local":
        ident = lw.local(Atom.of(target).token)
        return store_local_expr(lw, ident, coerce(lw, value, ident))
    if kind == "member":
        m = Member.of(target)
        return call("__setprop", lw.expr(m.obj), C(str(m.name)), value)
    if kind == "index":
        x = Index.of(target)
        return call("__setindex", lw.expr(x.obj), lw.expr(x.key), value)
    if kind == "name":
        lw.scope.uses_pv = True
        return call("__pv_set", N("__pv"), C(_pv_key(target)), value)
    if kind == "deref":
        return call("__deref_set", lw.expr(Deref.of(target).pointer), value)
    if kind == "field":
        return fields.field_set(fields.token_of(target), value)
    raise CompileError("this expression cannot be assigned to", meta(target))


# places inside a value: their (Ref, Pointer) helpers, given (container, key)
_PLACES = {"member": ("__prop_ref", "__prop_pointer"), "index": ("__index_ref", "__index_pointer"),
           "element": ("__elem_ref", "__elem_pointer")}


def _place(lw, kind, node):
    """(container, key) of a property, index or array element place."""
    if kind == "member":
        m = Member.of(node)
        return lw.expr(m.obj), C(str(m.name))
    if kind == "index":
        x = Index.of(node)
        return lw.expr(x.obj), lw.expr(x.key)
    e = Element.of(node)
    return lw.array_expr(e.array), lw.expr(e.index)


def ref_to(lw, a):
    """A by-reference command argument: a Ref the command reads and writes."""
    kind = getattr(a, "data", None)
    if kind == "local":
        tok = Atom.of(a).token
        ident = lw.local(tok)
        lw.scope.setters.add(ident)
        return call("__Ref", thunk(N(ident)), N("__set_" + ident), C(str(tok)))
    if kind == "name":
        name = split_token(str(Atom.of(a).token))[0]
        res = lw.unit.resolve_name(name, None)
        if res is None or res[0] == "variable":
            lw.scope.uses_pv = True
            return call("__pv_ref", N("__pv"), C(fold(name)), C(name))
    if kind == "ipvar":
        return call("__pv_ref", N("__IPV"), C(_ipv_key(a)), C(str(Atom.of(a).token)))
    if kind in _PLACES:
        return call(_PLACES[kind][0], *_place(lw, kind, a))
    if kind == "deref":
        return call("__deref_ref", lw.expr(Deref.of(a).pointer))
    if kind == "field":
        return fields.field_place(a)
    return call("__ValueRef", lw.arg(a))


def pointer_to(lw, target):
    """`->target`."""
    kind = getattr(target, "data", None)
    if kind == "local":
        tok = Atom.of(target).token
        ident = lw.local(tok)
        lw.scope.setters.add(ident)
        lw.scope.arrays.discard(ident)       # through a pointer the array is itself
        return call("__Pointer", thunk(N(ident)), N("__set_" + ident),
                    tuple_of([C("L"), call("id", N("__set_" + ident))]),
                    C(str(tok)), C(lw.scope.declared.get(ident)))
    if kind == "name":
        name = split_token(str(Atom.of(target).token))[0]
        lw.scope.uses_pv = True
        return call("__pv_pointer", N("__pv"), C(fold(name)), C(name))
    if kind == "ipvar":
        return call("__pv_pointer", N("__IPV"), C(_ipv_key(target)), C(str(Atom.of(target).token)))
    if kind in _PLACES:
        return call(_PLACES[kind][1], *_place(lw, kind, target))
    if kind == "field":
        return fields.field_pointer(fields.token_of(target))
    table = fields.table_token(target)
    if table is not None:
        return fields.field_pointer(table)
    return call("__value_pointer", lw.expr(target))
