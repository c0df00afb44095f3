"""Structure Access (docs: Table, Field, Table name, Field name, Get last table number, Get
last field number, GET FIELD PROPERTIES, Is table number valid, Is field number valid): the
structure of catalog.4DCatalog (runtime/db/structure.py); tables and fields given as
pointers (`->[T]`, `->[T]F`) or numbers."""
from __future__ import annotations

from ..errors import FourDError, ERR_TYPE_MISMATCH
from ..values import type_name
from ..db import classic
from ..db.database import current
from ..db.db_errors import db_error, ERR_NO_TABLE
from ._args import deref, put
from .registry import command


def _structure():
    return current().structure


def _table_number(v, cmd) -> int:
    return _table(v, cmd).number


def _table(v, cmd):
    v = classic.target_of(deref(v))
    if isinstance(v, (classic.TableRef, classic.FieldRef)):
        return v.table
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        t = _structure().by_number.get(int(v))
        if t is None:
            raise db_error(ERR_NO_TABLE, f"{cmd}: no table number {int(v)}")
        return t
    raise FourDError(ERR_TYPE_MISMATCH, f"{cmd}: a table pointer or number is expected, got "
                                        f"{type_name(v)}")


def _field(args, cmd):
    """(table, field) of `(fieldPtr)` or `(tableNum; fieldNum)`."""
    first = classic.target_of(deref(args[0])) if args else None
    if isinstance(first, classic.FieldRef):
        return first.table, first.field, args[1:]
    table = _table(first, cmd)
    n = deref(args[1]) if len(args) > 1 else None
    f = table.field_by_number(int(n)) if isinstance(n, (int, float)) else None
    if f is None:
        raise db_error(ERR_NO_TABLE, f"{cmd}: no field number {n} in [{table.name}]")
    return table, f, args[2:]


@command("Table", 252, fields=True)
def table(v=None):
    """Table(pointer) -> its table number; Table(number) -> a pointer to the table."""
    d = deref(v)
    if isinstance(d, (int, float)) and not isinstance(d, bool):
        return classic.pointer_to(classic.TableRef(_table(d, "Table")))
    return _table_number(d, "Table")


@command("Field", 253, fields=True)
def field(*args):
    """Field(fieldPointer) -> its number; Field(tableNum; fieldNum) -> a pointer to it."""
    if len(args) == 1:
        ref = classic.target_of(deref(args[0]))
        if not isinstance(ref, classic.FieldRef):
            raise FourDError(ERR_TYPE_MISMATCH, "Field: a field pointer is expected")
        return ref.field.number
    t, f, _rest = _field(args, "Field")
    return classic.pointer_to(classic.FieldRef(t, f))


@command("Table name", 256, fields=True)
def table_name(v=None):
    return _table(v, "Table name").name


@command("Field name", 257, fields=True)
def field_name(*args):
    return _field(args, "Field name")[1].name


@command("Get last table number", None)
def get_last_table_number():
    return max(_structure().by_number, default=0)


@command("Get last field number", 255, fields=True)
def get_last_field_number(v=None):
    return max((f.number for f in _table(v, "Get last field number").fields), default=0)


@command("Is table number valid", 999)
def is_table_number_valid(n=None):
    return isinstance(n, (int, float)) and int(n) in _structure().by_number


@command("Is field number valid", 1000)
def is_field_number_valid(tnum=None, fnum=None):
    t = _structure().by_number.get(int(tnum)) if isinstance(tnum, (int, float)) else None
    return t is not None and isinstance(fnum, (int, float)) and \
        t.field_by_number(int(fnum)) is not None


@command("GET FIELD PROPERTIES", 258, refs=(1, 2, 3, 4, 5, 6), procedure=True, fields=True)
def get_field_properties(*args):
    """(fieldPtr | tableNum; fieldNum; type {; length {; indexed {; unique {; invisible}}}})"""
    table_, f, outs = _field(args, "GET FIELD PROPERTIES")
    values = [f.type.field_type, f.length if f.type.name == "Alpha" else 0,
              f.indexed or f is table_.primary_key, f.unique or f is table_.primary_key,
              False]
    for ref, value in zip(outs, values):
        put(ref, value)
