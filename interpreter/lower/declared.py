"""Declared types (language.md §3) and what the lowering knows statically about an
expression's type: where both operands are known numbers or texts, plain Python operations
are emitted instead of run-time helpers.
"""
from __future__ import annotations

from lark import Token, Tree

from fourd.runtime import values as V
from ..names import split_token, fold, local_ident
from .nodes import Atom, BinOp, Call, is_tree

# declared type keywords -> type code (language.md §3)
TYPE_CODES = {
    "text": V.IS_TEXT, "string": V.IS_TEXT, "alpha": V.IS_TEXT, "integer": V.IS_LONGINT,
    "longint": V.IS_LONGINT, "real": V.IS_REAL, "number": V.IS_REAL, "boolean": V.IS_BOOLEAN,
    "date": V.IS_DATE, "time": V.IS_TIME, "object": V.IS_OBJECT, "collection": V.IS_COLLECTION,
    "blob": V.IS_BLOB, "pointer": V.IS_POINTER, "picture": V.IS_PICTURE, "variant": V.IS_VARIANT,
}
# legacy declaration commands (C_TEXT($t)) -> type code
LEGACY_DECL = {
    "c_text": V.IS_TEXT, "c_string": V.IS_TEXT, "c_alpha": V.IS_TEXT, "c_longint": V.IS_LONGINT,
    "c_integer": V.IS_LONGINT, "c_real": V.IS_REAL, "c_boolean": V.IS_BOOLEAN,
    "c_date": V.IS_DATE, "c_time": V.IS_TIME, "c_object": V.IS_OBJECT,
    "c_collection": V.IS_COLLECTION, "c_blob": V.IS_BLOB, "c_pointer": V.IS_POINTER,
    "c_picture": V.IS_PICTURE, "c_variant": V.IS_VARIANT, "c_graph": V.IS_LONGINT,
}
for _k in list(LEGACY_DECL):
    LEGACY_DECL["_o_" + _k] = LEGACY_DECL[_k]

# declared types whose never-assigned variables read as undefined through `.prop` (§4.7)
UNASSIGNED_TYPES = (V.IS_OBJECT, V.IS_COLLECTION)
# the argument type a declared parameter of this type is checked against on the fast path
PY_TYPE_OF = {V.IS_LONGINT: "int", V.IS_REAL: "float", V.IS_TEXT: "str", V.IS_BOOLEAN: "bool"}

# static types of expressions
INT, REAL, TEXT, BOOL = "int", "real", "text", "bool"
STATIC_OF_TYPE = {V.IS_LONGINT: INT, V.IS_REAL: REAL, V.IS_TEXT: TEXT, V.IS_BOOLEAN: BOOL}
_COMPARISONS = frozenset({"=", "#", "<", ">", "<=", ">="})
_FAST_ARITH = frozenset({"+", "-", "*"})


def type_code(tref):
    """The type code of a type_ref (`Text`, `cs.Person`: Object)."""
    parts = tref.children
    if len(parts) == 1:
        return TYPE_CODES.get(fold(split_token(str(parts[0]))[0]), V.IS_VARIANT)
    return V.IS_OBJECT     # 4D.Blob, cs.Foo: object-typed


def class_path(tref):
    """("cs", "Person") for `cs.Person`, ("4d", "Blob") for `4D.Blob`, else None."""
    parts = [split_token(str(t))[0] for t in tref.children]
    if len(parts) < 2:
        return None
    store = fold(parts[0])
    if store not in ("cs", "4d"):
        return None
    return (store, *parts[1:])


def type_ref_text(tref):
    return ".".join(split_token(str(t))[0] for t in tref.children)


def legacy_declaration(expr):
    """The type code of a legacy declaration call (`C_TEXT($a; $b)`), else None."""
    callee = Call.of(expr).callee if expr.data == "call" else expr
    if not is_tree(callee, "name"):
        return None
    return LEGACY_DECL.get(fold(split_token(str(Atom.of(callee).token))[0]))


# commands whose result always has one type, by folded name (a command name always reaches
# the command, never a project method: README "Decisions"), so that `"key"+String($i)` is a
# plain Python concatenation
COMMAND_RESULTS = {"string": TEXT, "substring": TEXT, "char": TEXT, "uppercase": TEXT,
                   "lowercase": TEXT, "replace string": TEXT, "delete string": TEXT,
                   "insert string": TEXT, "change string": TEXT, "trim": TEXT,
                   "length": INT, "position": INT, "character code": INT,
                   # always a Real (runtime/commands/math.py): `$x:=Mod($x*16807; m)` stores
                   # it without a conversion
                   "mod": REAL, "dec": REAL, "square root": REAL, "log": REAL, "exp": REAL,
                   "sin": REAL, "cos": REAL, "tan": REAL, "arctan": REAL}


def static_type(scope, node):
    """What the lowering knows statically about a 4D expression's type (or None)."""
    if isinstance(node, Token):
        return None
    d = node.data
    if d == "number":
        return REAL if any(c in str(Atom.of(node).token) for c in ".eE") else INT
    if d == "hexnumber":
        return INT
    if d == "string":
        return TEXT
    if d == "local":
        return STATIC_OF_TYPE.get(scope.declared.get(local_ident(str(Atom.of(node).token))))
    if d == "binop":
        b = BinOp.of(node)
        op = str(b.op)
        if op in _COMPARISONS:
            return BOOL
        ta, tb = static_type(scope, b.left), static_type(scope, b.right)
        if op in ("&", "|") and ta == BOOL and tb == BOOL:
            return BOOL
        if ta in (INT, REAL) and tb in (INT, REAL):
            if op in _FAST_ARITH:
                return INT if ta == tb == INT else REAL
            if op == "/":
                return REAL
            if op == "%" and ta == tb == INT:   # ops.mod of two Integers is an Integer
                return INT
        if op == "+" and ta == tb == TEXT:
            return TEXT
        return None
    if d == "name":
        n = fold(split_token(str(Atom.of(node).token))[0])
        if n in ("true", "false"):
            return BOOL
        if n == "count parameters":
            return INT
    if d == "call" and is_tree(Call.of(node).callee, "name"):
        result = COMMAND_RESULTS.get(fold(split_token(str(Atom.of(Call.of(node).callee).token))[0]))
        if result is not None:
            return result
    if d == "call" and scope.kind == "method":
        # a recursive call returns this method's declared result type
        callee = Call.of(node).callee
        if is_tree(callee, "name") and \
                fold(split_token(str(Atom.of(callee).token))[0]) == fold(scope.name):
            return STATIC_OF_TYPE.get(scope.result_type)
    return None


def inferred_type(scope, init):
    """The type `var $x:=init` gives $x (language.md §3: a number literal is Real)."""
    if isinstance(init, Tree):
        if init.data == "string":
            return V.IS_TEXT
        if init.data in ("number", "hexnumber"):
            return V.IS_REAL
        if init.data == "obj_lit":
            return V.IS_OBJECT
        if init.data == "coll_lit":
            return V.IS_COLLECTION
    return {TEXT: V.IS_TEXT, BOOL: V.IS_BOOLEAN}.get(static_type(scope, init))
