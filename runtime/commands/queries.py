"""Queries, Relations and Table (docs: QUERY, QUERY SELECTION, ORDER BY, RELATE ONE, RELATE
MANY, DEFAULT TABLE, Current default table): runtime/db/classic.py compiles the criteria to
SQL as ORDA's queries."""
from __future__ import annotations

from ..db import classic
from .output import set_ok
from .registry import command


@command("QUERY", 277, procedure=True, fields=True)
def query(*args):
    """(…; {conjunction;} [T]F comparator value {; *}), `[T]F; comparator; value` too; the
    line without `*` runs the query (OK 1); without criteria, the query editor: OK 0."""
    table, rest = classic.split_table(args, "QUERY")
    set_ok(1 if classic.query(table, rest, within=False) or rest else 0)


@command("QUERY SELECTION", 341, procedure=True, fields=True)
def query_selection(*args):
    table, rest = classic.split_table(args, "QUERY SELECTION")
    set_ok(1 if classic.query(table, rest, within=True) or rest else 0)


@command("ORDER BY", 49, procedure=True, fields=True)
def order_by(*args):
    """(… {[T]F {; > or <} …}); the table may be left out when a field follows."""
    args = [classic.target_of(a) for a in args]
    if args and isinstance(args[0], classic.TableRef):
        table, rest = args[0].table, args[1:]
    else:
        table, rest = classic.table_of(args[0] if args else None, "ORDER BY"), args
    set_ok(1 if classic.order_by(table, rest) else 0)


@command("RELATE ONE", 42, procedure=True, fields=True)
def relate_one(ref=None):
    classic.relate_one(_relation_end(ref, "RELATE ONE"))


@command("RELATE MANY", 262, procedure=True, fields=True)
def relate_many(ref=None):
    classic.relate_many(_relation_end(ref, "RELATE MANY"))


def _relation_end(ref, what):
    """The `[T]F` or `[T]` argument of RELATE ONE / RELATE MANY (a table also by pointer)."""
    ref = classic.target_of(ref)
    if not isinstance(ref, (classic.TableRef, classic.FieldRef)):
        ref = classic.TableRef(classic.table_of(ref, what))
    return ref


@command("DEFAULT TABLE", 46, procedure=True, fields=True)
def default_table(table=None):
    classic.state().default = classic.table_of(table, "DEFAULT TABLE")


@command("Current default table", 363)
def current_default_table():
    from ..values import NULL
    table = classic.state().default
    return NULL if table is None else classic.pointer_to(classic.TableRef(table))
