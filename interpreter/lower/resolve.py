"""The resolve pass: what a 4D method or function declares, decided before any code is
emitted (in the manner of jlox's resolver: one walk over the function, results kept beside
the tree for the emitting pass).

It fills a FunctionScope with the parameters and result (`#DECLARE`, `Function f(…) : T`),
the declared type of every local (`var`, `C_TEXT(…)`, inferred from `var $x:=value`), the
class of locals declared `cs.X`/`4D.X`, and the locals declared Object/Collection without a
value whose properties are read (they read as undefined until assigned, language.md §4.7).

Decisions: a local has one declared type in a method, wherever its declaration stands (as
4D's compiler types it); a `var` with a value and no type takes the type of the value as
known at that point of the method.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from lark import Token, Tree

from ..names import local_ident
from .declared import (type_code, class_path, inferred_type, legacy_declaration,
                       UNASSIGNED_TYPES)
from .nodes import (Atom, AssignTo, Param, ExprStmt, Call, Declare, declaration, items,
                    result_parts, is_tree)
from .positions import CompileError, meta

# the parts of a compound statement that hold statements
_BLOCK_PARTS = frozenset({"body", "case_branch"})


@dataclass
class FunctionScope:
    """What the lowering knows about one 4D method/function/formula while lowering it."""
    kind: str                   # "method" | "function" | "constructor" | "formula"
    name: str                   # Current method name
    locals: dict = field(default_factory=dict)       # python ident -> 4D spelling
    declared: dict = field(default_factory=dict)     # python ident -> type code
    params: list = field(default_factory=list)       # named parameters [(ident, type code)]
    variadic_type: int | None = None                 # `...` parameters' type
    result_var: str | None = None                    # `-> $r`
    result_type: int | None = None                   # `: Type` / `-> $r : Type`
    class_paths: dict = field(default_factory=dict)  # local -> ("cs", "Person") (cs.Person)
    var_types: dict = field(default_factory=dict)    # id(var_decl tree) -> its type code
    # locals declared Object/Collection without a value whose properties are read:
    # ident -> the flag saying "never assigned yet"
    unassigned: dict = field(default_factory=dict)
    derived_ctor: bool = False                       # constructor of a class that extends another
    direct_params: tuple = ()                        # parameters taken by the Python def itself
    # the body does not read `args`: an exact entry (all declared parameters, no more) can
    # be generated (lowerer.exact_funcdef); `count_stmt` is its `__n = …` statement, if any
    exact_ok: bool = False
    count_stmt: object = None
    # found while emitting
    uses_dollar0: bool = False
    uses_pv: bool = False                            # reads the process variables
    setters: set = field(default_factory=set)        # locals reached by pointers or refs
    hoisted: list = field(default_factory=list)      # formulas as defs (calls._formula_def)
    arrays: set = field(default_factory=set)         # locals declared by ARRAY … here
    loop_depth: int = 0
    tmp: int = 0

    def is_param(self, ident):
        return ident[2:].isdigit() or any(ident == p for p, _t in self.params)


def resolve_function(scope, params, result, statements):
    """Fill `scope` from the function's header (`params`, `result`) and body."""
    if scope.kind == "method":
        for st in statements:                      # #DECLARE: the method's header
            if is_tree(st, "declare"):
                header = Declare.of(st)
                params, result = header.params, header.result
                break
    _declare_params(scope, params, result)
    declared_objects = set()
    _resolve_statements(scope, statements, declared_objects)
    _track_unassigned(scope, statements, declared_objects)


def _declare_params(s, params, result):
    for p in items(params):
        tok, tref = Param.of(p)
        tcode = type_code(tref) if tref is not None else None
        if tok.type == "ELLIPSIS":
            s.variadic_type = tcode
            continue
        ident = local_ident(str(tok))
        s.params.append((ident, tcode))
        s.locals[ident] = str(tok)
        if tcode is not None:
            s.declared[ident] = tcode
    if result is None:
        return
    name, tref = result_parts(result)
    if name is None:
        s.result_type = type_code(tref)
        return
    ident = local_ident(str(name))
    if any(ident == p for p, _ in s.params):
        raise CompileError(f"{name} cannot be both a parameter and the result", meta(result))
    s.result_var = ident
    s.locals[ident] = str(name)
    if tref is not None:
        s.result_type = type_code(tref)
        s.declared[ident] = s.result_type


def _resolve_statements(s, statements, declared_objects):
    """Declarations in source order (a `var` value's type may depend on earlier ones)."""
    for st in statements:
        if not isinstance(st, Tree):
            continue
        d = st.data
        if d == "var_decl":
            _var_decl(s, st, declared_objects)
        elif d == "expr_stmt":
            e = ExprStmt.of(st).expr
            if isinstance(e, Tree) and e.data in ("call", "name"):
                tcode = legacy_declaration(e)
                if tcode is not None and e.data == "call":
                    _legacy_declaration(s, tcode, items(Call.of(e).arglist), declared_objects)
        elif d in _BLOCK_PARTS:
            _resolve_statements(s, st.children, declared_objects)
        else:                                      # a compound statement: its bodies
            _resolve_statements(s, [k for k in st.children if isinstance(k, Tree) and
                                    k.data in _BLOCK_PARTS], declared_objects)


def _var_decl(s, st, declared_objects):
    decl = declaration(st)
    tcode = type_code(decl.type_ref) if decl.type_ref is not None else None
    path = class_path(decl.type_ref) if decl.type_ref is not None else None
    for n in decl.names:
        if getattr(n, "type", None) != "LOCAL":     # a token, or ${n} (legacy)
            continue
        ident = local_ident(str(n))
        s.locals.setdefault(ident, str(n))
        if tcode is None and decl.init is not None:
            tcode = inferred_type(s, decl.init)
        if tcode is not None:
            s.declared[ident] = tcode
        if path is not None and not s.is_param(ident):
            s.class_paths[ident] = path
        if decl.init is None and tcode in UNASSIGNED_TYPES:
            declared_objects.add(ident)
    s.var_types[id(st)] = tcode


def _legacy_declaration(s, tcode, args, declared_objects):
    for a in args:
        if is_tree(a, "local"):
            ident = local_ident(str(Atom.of(a).token))
            s.declared[ident] = tcode
            if tcode in UNASSIGNED_TYPES:
                declared_objects.add(ident)


def _may_declare(call_tree):
    """A call whose callee may be a legacy declaration (C_OBJECT, _O_C_TEXT…): cheap test."""
    callee = call_tree.children[0]
    return is_tree(callee, "name") and str(callee.children[0])[:1] in "cC_"


def _track_unassigned(s, statements, declared_objects):
    """The declared objects whose properties the method reads get a flag, set by the
    declaration and cleared by any assignment, so that `$o.a` is undefined until then;
    none when the function body assigns the variable (`$o:=…`, at its top level) after its
    declarations and before any property read (the usual `var $o : Object` / `$o:={}`)."""
    candidates = {d for d in declared_objects if not s.is_param(d) and d != s.result_var}
    if not candidates:
        return
    first_read, last_declaration, first_assignment = {}, {}, {}
    idents = {}                                  # spelling -> python ident, computed once

    def ident_of(tok):
        text = str(tok)
        found = idents.get(text)
        if found is None:
            found = idents[text] = local_ident(text)
        return found
    for i, st in enumerate(statements):
        if not isinstance(st, Tree):
            continue
        if st.data == "assign":
            target = AssignTo.of(st).target
            if is_tree(target, "local"):
                first_assignment.setdefault(ident_of(Atom.of(target).token), i)
        stack = [st]
        while stack:                             # every tree of the statement
            sub = stack.pop()
            d = sub.data
            if d == "member" or d == "index":
                base = sub.children[0]          # Member.obj / Index.obj
                if is_tree(base, "local"):
                    first_read.setdefault(ident_of(Atom.of(base).token), i)
            elif d == "var_decl":
                for n in declaration(sub).names:
                    if isinstance(n, Token):
                        last_declaration[ident_of(n)] = i
            elif d == "call" and _may_declare(sub) and legacy_declaration(sub) is not None:
                for a in items(Call.of(sub).arglist):
                    if is_tree(a, "local"):
                        last_declaration[ident_of(Atom.of(a).token)] = i
            stack.extend(k for k in sub.children if type(k) is Tree)
    for ident in candidates:
        read = first_read.get(ident)
        if read is None:
            continue
        assigned = first_assignment.get(ident)
        if assigned is not None and last_declaration.get(ident, -1) < assigned < read:
            continue
        s.unassigned[ident] = "__u_" + ident
