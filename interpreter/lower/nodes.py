"""The trees grammar/fourd.lark builds (both parsers build the same), by name.

`Shape.of(tree)` names the children of a tree of fixed shape (`If.of(st).test`); the
functions below read the shapes whose length varies (`var`, `property`, `Case of`,
`For each`). Optional parts (`[...]` in the grammar) are None when absent. The lowering
reads trees only through these names.
"""
from __future__ import annotations

from collections import namedtuple

from lark import Token, Tree


def _shape(rule, fields):
    cls = namedtuple(rule, fields)
    new = tuple.__new__

    def of(tree):
        """The children of `tree`, named (not checked: the grammar fixes their number)."""
        return new(cls, tree.children)
    cls.of = staticmethod(of)
    return cls


# ------------------------------------------------------------------------ atoms (one token)
# number hexnumber string date time name local ipvar field sql_stmt, and the call arguments
# that are a marker alone: star_arg (`*`), gt_arg (`>`), lt_arg (`<`), op_arg (QUERY's `&`,
# `|`, `=`, `#`, `<=`…)
Atom = _shape("Atom", "token")
# compare_arg: (comparator token, value), QUERY's `;>=value` argument

# ------------------------------------------------------------------------ expressions
BinOp = _shape("BinOp", "left op right")                 # binop: both tiers, `op` a token
Ternary = _shape("Ternary", "test yes no")
Unary = _shape("Unary", "operand")                       # neg, pos
MakePointer = _shape("MakePointer", "arrow target")      # ->$x
Member = _shape("Member", "obj name")                    # obj.name (name: NAME or LOCAL token)
Index = _shape("Index", "obj key")                       # obj[key]
Element = _shape("Element", "array index")               # arr{i}
CharAt = _shape("CharAt", "text ldbl index")             # $t[[i]]
Call = _shape("Call", "callee arglist")                  # arglist: Tree("arglist") or None
Deref = _shape("Deref", "pointer arrow")                 # $p->
DerefMember = _shape("DerefMember", "pointer arrow name")    # $p->name
DerefIndex = _shape("DerefIndex", "pointer arrow key")   # $p->[key]
AssignTo = _shape("AssignTo", "target op value")         # assign, compound_assign, assign_arg,
#                                                           compound_arg, assign_expr
ParamIndirect = _shape("ParamIndirect", "open expr")     # ${expr}
TryExpr = _shape("TryExpr", "keyword arg")               # Try(expr)
Pair = _shape("Pair", "key value")                       # obj_lit's key: value
# coll_lit / obj_lit / arglist / body / type_ref / params: their children are the items
# (an empty literal holds one None)

# ------------------------------------------------------------------------ statements
ExprStmt = _shape("ExprStmt", "expr")
Declare = _shape("Declare", "keyword params result")     # #DECLARE
If = _shape("If", "keyword test body else_keyword else_body end")
CaseBranch = _shape("CaseBranch", "test body")
While = _shape("While", "keyword test body end")
Repeat = _shape("Repeat", "keyword body until test")
For = _shape("For", "keyword counter start end step body end_keyword")
Use = _shape("Use", "keyword target body end")
Try = _shape("Try", "keyword body catch_keyword catch_body end")
Return = _shape("Return", "keyword value")
LoopCond = _shape("LoopCond", "keyword test")            # while_cond, until_cond
Param = _shape("Param", "name type_ref")                 # name: LOCAL or ELLIPSIS token

# ------------------------------------------------------------------------ class files
FunctionDef = _shape("FunctionDef", "mods keyword name second_name params result")
ConstructorDef = _shape("ConstructorDef", "mods keyword params")
ExtendsDef = _shape("ExtendsDef", "keyword type_ref")
# result: `-> $r : Type` is (ARROW, LOCAL, type_ref or None); `: Type` is (type_ref,)
NamedResult = _shape("NamedResult", "arrow name type_ref")

VarDecl = namedtuple("VarDecl", "keyword names type_ref init")   # var, property
Case = namedtuple("Case", "keyword branches else_body end")
ForEach = namedtuple("ForEach", "keyword item collection begin end conditions body")

_DECL_NAMES = frozenset({"LOCAL", "NAME", "IPVAR", "KW_WHILE", "KW_UNTIL", "KW_TRY",
                         "KW_RETURN"})


def declaration(tree) -> VarDecl:
    """var_decl `var $a; $b : Type := init`, property_decl `property a; b : Type := init`;
    names are tokens, or `${n}` trees (param_indirect) in a legacy `var ${2} : Text`."""
    kids = tree.children
    names, type_ref, init = [], None, None
    for i, k in enumerate(kids[1:], 1):
        if isinstance(k, Token):
            if k.type == "ASSIGN":
                init = kids[i + 1]
                break
            if k.type in _DECL_NAMES:
                names.append(k)
        elif k.data == "type_ref":
            type_ref = k
        elif k.data == "param_indirect":
            names.append(k)
    return VarDecl(kids[0], names, type_ref, init)


def case_of(tree) -> Case:
    """case_stmt: `Case of`, branches, an optional Else body, `End case`."""
    kids = tree.children
    branches, else_body = [], None
    for i, k in enumerate(kids):
        if isinstance(k, Tree) and k.data == "case_branch":
            branches.append(k)
        elif isinstance(k, Token) and k.type == "KW_ELSE":
            else_body = kids[i + 1]
    return Case(kids[0], branches, else_body, kids[-1])


def for_each(tree) -> ForEach:
    """foreach_stmt: `For each (item; collection {; begin {; end}})`, While/Until
    conditions (before the body, after End for each, or both), the body."""
    kids = tree.children
    conditions = [k for k in kids if isinstance(k, Tree) and k.data in ("while_cond", "until_cond")]
    body = next(k for k in kids if isinstance(k, Tree) and k.data == "body")
    return ForEach(kids[0], kids[1], kids[2], kids[3], kids[4], conditions, body)


def result_parts(tree):
    """(name token or None, type_ref or None) of a function's or #DECLARE's result."""
    kids = tree.children
    if isinstance(kids[0], Token) and kids[0].type == "ARROW":
        r = NamedResult._make(kids)
        return r.name, r.type_ref
    return None, kids[0]


def items(tree):
    """The items of a list-like tree (arglist, coll_lit, obj_lit, params, body), or of None:
    none. An empty literal or parameter list holds one placeholder None."""
    if tree is None:
        return ()
    children = tree.children
    return () if children and children[0] is None else children


def is_tree(node, data):
    return isinstance(node, Tree) and node.data == data
