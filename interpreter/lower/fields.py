"""Tables and fields (`[T]`, `[T]F`; docs: the classic database language): a field read is
the current record's value, an assignment writes it, `->[T]F` points at it; the commands
registered with `fields=True` (runtime/commands/registry.py) receive the tables and fields
themselves and QUERY's criteria `[T]F = value` (runtime/db/classic.py gives them meaning).
"""
from __future__ import annotations

from lark import Tree

from .builders import expression
from .nodes import Atom, BinOp, Deref
from .pyast import C, call

# QUERY's comparators, written as operators between a field and its value
_CRITERIA = {"=", "#", "<", ">", "<=", ">=", "%", "==", "!="}


def token_of(node) -> str:
    return str(Atom.of(node).token)


def table_token(node) -> str | None:
    """`[Table]` alone is a one-name collection literal to the grammar: its `[Table]` token
    where a table is expected (a database command's argument, `->[Table]`), else None."""
    if isinstance(node, Tree) and node.data == "coll_lit" and len(node.children) == 1:
        item = node.children[0]
        if isinstance(item, Tree) and item.data == "name":
            return f"[{Atom.of(item).token}]"
    return None


@expression("field")
def lower_field(lw, node):
    """`[T]F` read: the value of the field in the table's current record."""
    return call("__field_value", C(token_of(node)))


def field_set(value_node_token: str, value):
    """`[T]F := value`."""
    return call("__field_set", C(value_node_token), value)


def field_pointer(token: str):
    """`->[T]F`, `->[T]`."""
    return call("__field_pointer", C(token))


def field_place(node):
    """`[T]F` passed by reference: a Ref reading and writing the current record's field."""
    return call("__field_place", C(token_of(node)))


def field_arg(lw, a, takes_arrays=False):
    """An argument of a command registered with `fields=True`: tables and fields are passed
    as themselves, `[T]F = value` as a query criterion, a pointer dereference as what it
    points at (a field pointer stays a field), QUERY's lone operators as markers."""
    kind = getattr(a, "data", None)
    if kind == "field":
        return call("__field_ref", C(token_of(a)))
    table = table_token(a)
    if table is not None:
        return call("__field_ref", C(table))
    if kind == "binop":
        b = BinOp.of(a)
        if str(b.op) in _CRITERIA and getattr(b.left, "data", None) == "field":
            return call("__criterion", call("__field_ref", C(token_of(b.left))), C(str(b.op)),
                        lw.expr(b.right))
    if kind == "deref":
        return call("__field_target", lw.expr(Deref.of(a).pointer))
    if kind == "op_arg":                    # QUERY(…; & ;…), QUERY(…; [T]F; = ; value)
        return call("__query_op", C(str(a.children[0])))
    if kind == "compare_arg":               # QUERY(…; [T]F; >=value)
        op, value = a.children
        return call("__criterion", C(None), C(str(op)), lw.expr(value))
    if takes_arrays:
        return lw.array_expr(a)
    return lw.arg(a)


def is_field(node) -> bool:
    return isinstance(node, Tree) and node.data == "field"
