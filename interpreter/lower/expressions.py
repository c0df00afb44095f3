"""Expression builders: literals, variables, operators, member access, pointers, literals of
objects and collections (language.md §1.7, §4). Calls and names are in calls.py.
"""
from __future__ import annotations

import ast

from lark import Tree

from fourd.runtime import values as V
from ..names import fold, local_ident
from . import targets
from .builders import expression
from .calls import name_value
from .declared import INT, REAL, TEXT, BOOL
from .nodes import (Atom, BinOp, Ternary, Unary, MakePointer, Member, Index, Element, CharAt,
                    Deref, DerefMember, DerefIndex, AssignTo, ParamIndirect, Pair,
                    items, is_tree)
from .pyast import (N, C, call, thunk, tuple_of, unescape, ARITH_HELPERS, CMP_HELPERS,
                    BINOP_FAST, CMP_FAST)


# ---------------------------------------------------------------- literals
@expression("number")
def lower_number(lw, node):
    s = str(Atom.of(node).token)
    if any(c in s for c in ".eE"):
        return C(float(s))
    return C(int(s))


@expression("hexnumber")
def lower_hexnumber(lw, node):
    """A hexadecimal literal is a Long's 32 bits (dt_number.md's bitwise examples:
    `0x0000FFFF | 0xFF00FF00` = `0xFF00FFFF`): `0xFFFFFFFF` is -1, `0x80000000` is -2^31;
    digits beyond the 32 low bits are dropped."""
    n = int(str(Atom.of(node).token), 16) & 0xFFFFFFFF
    return C(n - (1 << 32) if n >> 31 else n)


@expression("string")
def lower_string(lw, node):
    return C(unescape(str(Atom.of(node).token)[1:-1]))


@expression("date")
def lower_date(lw, node):
    return call("__date_lit", C(str(Atom.of(node).token).strip("! \t")))


@expression("time")
def lower_time(lw, node):
    return call("__time_lit", C(str(Atom.of(node).token).strip("? \t")))


@expression("coll_lit")
def lower_collection(lw, node):
    return call("__Coll", ast.List(elts=[call("__stored", lw.expr(e)) for e in items(node)],
                                   ctx=ast.Load()))


@expression("obj_lit")
def lower_object(lw, node):
    keys, vals = [], []
    for p in items(node):
        k, v = Pair.of(p)
        keys.append(C(unescape(str(k)[1:-1]) if k.type == "STRING" else str(k)))
        vals.append(lw.expr(v))
    return call("__obj_lit", tuple_of(keys), tuple_of(vals))


# ---------------------------------------------------------------- variables
@expression("local")
def lower_local(lw, node):
    return lw.local_value(Atom.of(node).token)


@expression("ipvar")
def lower_ipvar(lw, node):
    return call("__IPV.get", C(fold(str(Atom.of(node).token)[2:])))


@expression("param_indirect")
def lower_param_indirect(lw, node):
    return call("__argn", N("args"), lw.expr(ParamIndirect.of(node).expr))


# ---------------------------------------------------------------- operators
@expression("binop")
def lower_binop(lw, node):
    b = BinOp.of(node)
    return binop(str(b.op), lw.expr(b.left), lw.expr(b.right), lw.static_type(b.left),
                 lw.static_type(b.right))


def binop(op, left, right, ta, tb):
    """`left op right`, given the operands' static types (language.md §4.3)."""
    if op in ("&&", "||"):
        return call("__and" if op == "&&" else "__or", left, thunk(right))
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
    if op in CMP_HELPERS:
        return call(CMP_HELPERS[op], left, right)
    return call(ARITH_HELPERS[op], left, right)


@expression("neg")
def lower_neg(lw, node):
    inner = Unary.of(node).operand
    if isinstance(inner, Tree) and inner.data in ("number", "hexnumber"):
        return C(-lw.expr(inner).value)
    if lw.static_type(inner) in (INT, REAL):
        return ast.UnaryOp(op=ast.USub(), operand=lw.expr(inner))
    return call("__neg", lw.expr(inner))


@expression("pos")
def lower_pos(lw, node):
    return call("__pos", lw.expr(Unary.of(node).operand))


@expression("ternary")
def lower_ternary(lw, node):
    t = Ternary.of(node)
    test = lw.expr(t.test) if lw.static_type(t.test) == BOOL else call("__truthy", lw.expr(t.test))
    return ast.IfExp(test=test, body=lw.expr(t.yes), orelse=lw.expr(t.no))


@expression("assign_expr")
def lower_assign_expr(lw, node):
    x = AssignTo.of(node)
    return targets.assign_value(lw, x.target, lw.expr(x.value))


# ---------------------------------------------------------------- member access (§4.7)
@expression("member")
def lower_member(lw, node):
    m = Member.of(node)
    return _read_of(lw, m.obj, call("__getprop", _base(lw, m.obj), C(str(m.name))), str(m.name))


@expression("index")
def lower_index(lw, node):
    x = Index.of(node)
    return _read_of(lw, x.obj, call("__getindex", _base(lw, x.obj), lw.expr(x.key)))


def _base(lw, obj):
    """The object whose property is read: a process variable declared Object/Collection
    and never assigned reads as undefined there (language.md §4.7)."""
    if isinstance(obj, Tree):
        if obj.data == "name":
            return name_value(lw, obj, as_base=True)
        if obj.data == "ipvar":
            return call("__var_base", N("__IPV"), C(fold(str(Atom.of(obj).token)[2:])))
    return lw.expr(obj)


def _read_of(lw, obj, read, name=None):
    """`read` (a property or index read of `obj`), undefined while `obj` is a local
    declared Object/Collection that was never assigned (language.md §4.7)."""
    unassigned = lw.scope.unassigned
    if not unassigned or not is_tree(obj, "local"):
        return read
    ident = local_ident(str(Atom.of(obj).token))
    flag = unassigned.get(ident)
    if flag is None:
        return read
    unset = C(0) if name == "length" and lw.scope.declared.get(ident) == V.IS_COLLECTION \
        else C(None)
    return ast.IfExp(test=N(flag), body=unset, orelse=read)


@expression("element")
def lower_element(lw, node):
    e = Element.of(node)
    return call("__elem", lw.array_expr(e.array), lw.expr(e.index))


@expression("char_at")
def lower_char_at(lw, node):
    c = CharAt.of(node)
    return call("__charat", lw.expr(c.text), lw.expr(c.index))


# ---------------------------------------------------------------- pointers
@expression("make_pointer")
def lower_make_pointer(lw, node):
    return targets.pointer_to(lw, MakePointer.of(node).target)


@expression("deref")
def lower_deref(lw, node):
    return call("__deref", lw.expr(Deref.of(node).pointer))


@expression("deref_member")
def lower_deref_member(lw, node):
    d = DerefMember.of(node)
    return call("__getprop", call("__deref", lw.expr(d.pointer)), C(str(d.name)))


@expression("deref_index")
def lower_deref_index(lw, node):
    d = DerefIndex.of(node)
    return call("__getindex", call("__deref", lw.expr(d.pointer)), lw.expr(d.key))
