"""Class files (language.md §9): one Python function per 4D function, constructor and
computed property, one for the property defaults, and a ClassInfo telling the class store
(interpreter/project.py) which is which.
"""
from __future__ import annotations

import ast
import re

from lark import Tree

from ..classinfo import ClassInfo
from ..names import py_ident
from .declared import type_code, type_ref_text
from .nodes import FunctionDef, ConstructorDef, ExtendsDef, declaration
from .positions import CompileError, meta, at, funcdef
from .pyast import N, C, call
from .resolve import FunctionScope

_HEADERS = ("function_def", "constructor_def")


def class_module(lw, tree, class_name):
    """(module, ClassInfo) of a class file."""
    info = ClassInfo()
    property_decls = []
    groups = []      # (function header, [statements])
    for item in tree.children:
        if not isinstance(item, Tree):
            continue
        if item.data in _HEADERS:
            groups.append((item, []))
        elif item.data == "extends_def":
            info.extends = type_ref_text(ExtendsDef.of(item).type_ref)
        elif item.data == "property_decl" and not groups:
            property_decls.append(item)
        elif not groups:
            alias = _alias(lw, item)
            if alias is None:
                raise CompileError("a statement outside any Function in a class file", meta(item))
            info.aliases[alias[0]] = alias[1]
        else:
            groups[-1][1].append(item)
    defs = [_function(lw, info, class_name, header, stmts) for header, stmts in groups]
    defs.append(_property_defaults(lw, info, class_name, property_decls))
    return ast.Module(body=defs, type_ignores=[]), info


_ALIAS = re.compile(r"\s*(?:exposed\s+)?Alias\s+([A-Za-z_]\w*)\s+([A-Za-z_][\w.]*)\s*(?://.*)?$",
                    re.IGNORECASE)
# `Function get/set/query/orderBy attr`: what the kind word makes of the function
_ACCESSORS = ("get", "set", "query", "orderby")


def _alias(lw, item):
    """`{exposed} Alias name path` in an ORDA entity class -> (name, path), else None (the grammar
    reads the line as a name: its source text decides)."""
    m = meta(item)
    line = getattr(m, "line", None)
    if not line:
        return None
    lines = lw.source.splitlines()
    found = _ALIAS.match(lines[line - 1] if line <= len(lines) else "")
    return (found.group(1), found.group(2)) if found else None


def _modifiers(mods):
    return str(mods).lower().split() if mods is not None else []


def _function(lw, info, class_name, header, stmts):
    if header.data == "constructor_def":
        c = ConstructorDef.of(header)
        if c.mods is not None:
            words = _modifiers(c.mods)
            info.shared = "shared" in words
            info.singleton = "singleton" in words
        scope = FunctionScope("constructor", f"{class_name}.constructor")
        scope.derived_ctor = info.extends is not None
        info.constructor = ident = "F__constructor"
        return funcdef(ident, lw.function(scope, c.params, None, stmts), scope.direct_params)
    f = FunctionDef.of(header)
    if f.second_name is not None and str(f.name).lower() in _ACCESSORS:
        kind, fname = str(f.name).lower(), str(f.second_name)
    else:
        kind, fname = "function", str(f.name)
        if f.second_name is not None:
            raise CompileError(f"unexpected name '{f.second_name}' after Function {f.name}",
                               meta(header))
    scope = FunctionScope("function", f"{class_name}.{fname}")
    body = lw.function(scope, f.params, f.result, stmts)
    ident = py_ident(f"F_{kind}__", fname)
    accessors = {"get": info.getters, "set": info.setters, "query": info.queries,
                 "orderby": info.orderbys}
    if kind in accessors:
        accessors[kind][fname] = ident
    else:
        info.functions.append((fname, ident))
        if "shared" in _modifiers(f.mods):
            info.shared_functions.add(fname)
    return funcdef(ident, body, scope.direct_params)


def _property_defaults(lw, info, class_name, property_decls):
    """`F__properties(this)`: sets the properties declared with a value."""
    body = []
    lw.scope = FunctionScope("function", f"{class_name}.property")
    for p in property_decls:
        decl = declaration(p)
        tcode = type_code(decl.type_ref) if decl.type_ref is not None else None
        for n in decl.names:
            info.properties.append((str(n), tcode, decl.init is not None))
            if decl.init is not None:
                body.append(at(ast.Expr(call("__setprop", N("this"), C(str(n)),
                                             lw.expr(decl.init))), p))
    body.append(ast.Return(value=C(None)))
    # locals an initializer reads (`property a:=$t`, a formula capturing one) start empty
    return funcdef("F__properties", lw.locals_prologue() + lw.scope.hoisted + body)
