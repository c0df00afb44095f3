"""Sets (docs: CREATE SET, CREATE EMPTY SET, ADD TO SET, REMOVE FROM SET, USE SET, CLEAR SET,
UNION, INTERSECTION, DIFFERENCE, Records in set, Is in set, COPY SET): unordered sets of records
of one table; `<>name` sets are shared by all processes (runtime/db/classic.py)."""
from __future__ import annotations

from ..errors import FourDError, ERR_TYPE_MISMATCH
from ..db import classic
from ._args import deref, text_arg
from .registry import command


def _name(v, cmd):
    return text_arg(deref(v), cmd)


@command("CREATE SET", 116, procedure=True, fields=True)
def create_set(*args):
    table, rest = classic.split_table(args, "CREATE SET")
    store, key = classic.set_store(_name(rest[0] if rest else None, "CREATE SET"))
    store[key] = (table, set(classic.current(table).ids))


@command("CREATE EMPTY SET", 140, procedure=True, fields=True)
def create_empty_set(*args):
    table, rest = classic.split_table(args, "CREATE EMPTY SET")
    store, key = classic.set_store(_name(rest[0] if rest else None, "CREATE EMPTY SET"))
    store[key] = (table, set())


def _current_rid(table):
    rec = classic.record(table)
    return None if rec is None else rec.rid


@command("ADD TO SET", 119, procedure=True, fields=True)
def add_to_set(*args):
    table, rest = classic.split_table(args, "ADD TO SET")
    name = _name(rest[0] if rest else None, "ADD TO SET")
    store, key = classic.set_store(name)
    found = store.get(key)
    if found is None:
        found = store[key] = (table, set())
    rid = _current_rid(table)
    if rid is not None:
        found[1].add(rid)


@command("REMOVE FROM SET", 561, procedure=True, fields=True)
def remove_from_set(*args):
    table, rest = classic.split_table(args, "REMOVE FROM SET")
    _table, ids = classic.get_set(_name(rest[0] if rest else None, "REMOVE FROM SET"),
                                  "REMOVE FROM SET")
    ids.discard(_current_rid(table))


@command("USE SET", 118, procedure=True)
def use_set(name=None):
    table, ids = classic.get_set(_name(name, "USE SET"), "USE SET")
    classic.select(table, sorted(ids))


@command("CLEAR SET", 117, procedure=True)
def clear_set(name=None):
    store, key = classic.set_store(_name(name, "CLEAR SET"))
    store.pop(key, None)


def _combine(a, b, result, cmd, op):
    ta, sa = classic.get_set(_name(a, cmd), cmd)
    tb, sb = classic.get_set(_name(b, cmd), cmd)
    if ta is not tb:
        raise FourDError(ERR_TYPE_MISMATCH, f"{cmd}: the sets belong to different tables")
    store, key = classic.set_store(_name(result, cmd))
    store[key] = (ta, op(sa, sb))


@command("UNION", 120, procedure=True)
def union(set1=None, set2=None, result=None):
    _combine(set1, set2, result, "UNION", lambda a, b: a | b)


@command("INTERSECTION", 121, procedure=True)
def intersection(set1=None, set2=None, result=None):
    _combine(set1, set2, result, "INTERSECTION", lambda a, b: a & b)


@command("DIFFERENCE", 122, procedure=True)
def difference(set1=None, set2=None, result=None):
    _combine(set1, set2, result, "DIFFERENCE", lambda a, b: a - b)


@command("COPY SET", None, procedure=True)
def copy_set(source=None, target=None):
    table, ids = classic.get_set(_name(source, "COPY SET"), "COPY SET")
    store, key = classic.set_store(_name(target, "COPY SET"))
    store[key] = (table, set(ids))


@command("Records in set", 195)
def records_in_set(name=None):
    return len(classic.get_set(_name(name, "Records in set"), "Records in set")[1])


@command("Is in set", None)
def is_in_set(name=None):
    table, ids = classic.get_set(_name(name, "Is in set"), "Is in set")
    return _current_rid(table) in ids
