"""4D source positions on generated code: every statement keeps its 4D line and column, so a
run-time error names the .4dm line (errorstate reads them back from the traceback).

The parser does not propagate positions to trees (it would cost a third of the parse time):
a tree's position is that of its first token, found on demand.
"""
from __future__ import annotations

import ast

from lark import Tree, Token


class CompileError(Exception):
    """A construct the lowering refuses, at a 4D position."""

    def __init__(self, message, meta=None):
        super().__init__(message)
        self.message = message
        self.line = getattr(meta, "line", 0) if meta is not None else 0
        self.column = getattr(meta, "column", 0) if meta is not None else 0


class Pos:
    __slots__ = ("line", "column", "start_pos", "end_pos")

    def __init__(self, line, column, start_pos, end_pos):
        self.line, self.column, self.start_pos, self.end_pos = line, column, start_pos, end_pos


def edge_token(node, children_in_order):
    """The first (or last) token of a tree, going down one side."""
    for child in children_in_order(node.children):
        if isinstance(child, Token):
            return child
        if isinstance(child, Tree):
            tok = edge_token(child, children_in_order)
            if tok is not None:
                return tok
    return None


def meta(node):
    """Position of a tree (its first and last tokens), of a token, or None."""
    if isinstance(node, Token):
        return node
    if not isinstance(node, Tree):
        return None
    first = edge_token(node, iter)
    if first is None:
        return None
    return Pos(first.line, first.column, first.start_pos, edge_token(node, reversed).end_pos)


def source_text(source, node):
    """The 4D text of the call argument `node` (ASSERT messages, Formula.source): from its
    first token to the `;` or `)` ending the argument, since the trees drop punctuation and
    the last token is not the end of `String(1)`, `$c[1]` or `f()`."""
    m = meta(node)
    if m is None:
        return ""
    end = _argument_end(source, m.start_pos)
    return source[m.start_pos:max(end, m.end_pos)].rstrip()


_OPENERS, _CLOSERS = "([{", ")]}"


def _argument_end(source, i):
    """Where the argument starting at `i` ends: the first `;`, `)`, `]` or `}` outside
    brackets, texts and comments (or the end of the line)."""
    depth, n, last = 0, len(source), ""
    while i < n:
        c = source[i]
        if c == '"':                                # a text: up to its closing quote
            i += 1
            while i < n and source[i] != '"' and source[i] not in "\r\n":
                i += 2 if source[i] == "\\" else 1
        elif c in _OPENERS:
            depth += 1
        elif c in _CLOSERS or c == ";":
            if depth == 0:
                return i
            depth -= c != ";"
        elif c == "/" and source.startswith("/*", i):
            close = source.find("*/", i + 2)
            i = n if close < 0 else close + 1
        elif (c in "\r\n" and depth == 0 and last != "\\") or source.startswith("//", i):
            return i                                # (`\` continues the line)
        if c not in " \t":
            last = c
        i += 1
    return n


def at(pynode, node):
    """Give a generated statement the 4D position of `node` (where it starts)."""
    m = node if isinstance(node, Token) else edge_token(node, iter) \
        if isinstance(node, Tree) else None
    if m is not None:
        pynode.lineno = m.line
        pynode.col_offset = max(0, m.column - 1)
        pynode.end_lineno = m.line
        pynode.end_col_offset = max(0, m.column)
    return pynode


def statement_lines(statements, lines):
    """The lines given to statements (nested ones included): expressions get theirs from
    their statement later (fix_locations), so walking statements is enough."""
    for st in statements:
        line = getattr(st, "lineno", None)
        if line:
            lines.append(line)
        for field in ("body", "orelse", "finalbody", "handlers"):
            inner = getattr(st, field, None)
            if inner:
                statement_lines(inner, lines)
    return lines


def funcdef(ident, body, params=()):
    """`def ident(this, *args): body` — or `def ident(this, p1=..., …, *args)` with the
    parameters the function takes directly — spanning the lines of its statements."""
    args = ast.arguments(posonlyargs=[], args=[ast.arg(arg="this")] + [ast.arg(arg=p) for p in params],
                         vararg=ast.arg(arg="args"), kwonlyargs=[], kw_defaults=[], kwarg=None,
                         defaults=[ast.Constant(value=...) for _p in params])
    fn = ast.FunctionDef(name=ident, args=args, body=body, decorator_list=[], returns=None,
                         type_params=[])
    lines = statement_lines(body, [])
    fn.lineno = min(lines) if lines else 1
    fn.end_lineno = max(lines) if lines else 1
    fn.col_offset = fn.end_col_offset = 0
    return fn


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
