"""The tables of builders, one per grammar construct (in the manner of Hy's compiler).

A builder is a function `(lowerer, tree) -> Python ast`, registered for the tree names
(`data`) it lowers:

    @statement("while_stmt")
    def lower_while(lw, st): ...

Statement builders return a statement or a list of statements (None: nothing to run);
expression builders return an expression. Intrinsics are the names the lowering handles
itself (`This`, `Formula`, `Try`…): interpreter/project.py resolves them first. The Lowerer
dispatches on `tree.data`; a new construct is its grammar rule, its tree shape (nodes.py) and
one builder.
"""
from __future__ import annotations

STATEMENTS: dict = {}
EXPRESSIONS: dict = {}
# names the lowering handles itself (This, Formula, Try…): folded name -> builder
# `(lowerer, argument trees, node) -> expression`, and their command tokens -> folded name
INTRINSICS: dict = {}
INTRINSIC_TOKENS: dict = {}


def _registrar(table):
    def register(*rules):
        def add(fn):
            for rule in rules:
                if rule in table:
                    raise ValueError(f"two builders for {rule}")
                table[rule] = fn
            return fn
        return add
    return register


statement = _registrar(STATEMENTS)
expression = _registrar(EXPRESSIONS)


def intrinsic(name, *tokens):
    """Register the builder of the intrinsic `name` (folded), also reached as `:C<token>`."""
    def add(fn):
        _registrar(INTRINSICS)(name)(fn)
        for number in tokens:
            INTRINSIC_TOKENS[number] = name
        return fn
    return add
