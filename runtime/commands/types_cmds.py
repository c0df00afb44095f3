"""Type commands (language.md §12.5, §4.8): Value type, Type, Undefined, Null, Bool, Not…"""
from __future__ import annotations

from ..errors import FourDError, ERR_TYPE_MISMATCH
from ..values import (NULL, Coll, Date4D, Time4D, Pointer, Array4D, value_type,
                      type_name, IS_TEXT, IS_REAL, IS_LONGINT, IS_BOOLEAN, IS_DATE, IS_TIME,
                      IS_OBJECT, IS_COLLECTION, IS_BLOB, IS_POINTER, IS_UNDEFINED)
from .registry import command
from ._args import deref


@command("Value type", 1509)
def Value_type(expr=None):
    return value_type(expr)


@command("Type", 295, refs=(0,))
def Type(var=None):
    """Declared type of a variable. Without declaration information (the interpreter may
    answer itself for declared variables) the type is derived from the current value:
    integers are `Is longint`, a null object variable `Is object`."""
    v = deref(var)
    t = type(v)
    if t is bool:
        return IS_BOOLEAN
    if t is int:
        return IS_LONGINT
    if t is float:
        return IS_REAL
    if t is str:
        return IS_TEXT
    if t is Time4D:
        return IS_TIME
    if t is Date4D:
        return IS_DATE
    if isinstance(v, Array4D):
        return v.kind
    if isinstance(v, Coll):
        return IS_COLLECTION
    if t is bytearray:
        return IS_BLOB
    if t is Pointer:
        return IS_POINTER
    if v is None:
        return IS_UNDEFINED
    if v is NULL:
        return IS_OBJECT
    return IS_OBJECT


@command("Undefined", 82)
def Undefined(expr=None):
    return expr is None


@command("Null", 1517)
def Null():
    return NULL


@command("Is nil pointer", 315)
def Is_nil_pointer(p=None):
    return not isinstance(p, Pointer)


@command("Bool", 1537)
def Bool(expr=None):
    """Undefined/Null → False; Boolean → itself; Number → ≠0; any other type → False."""
    t = type(expr)
    if t is bool:
        return expr
    if t is int or t is float or t is Time4D:
        return expr != 0
    return False


@command("Not", 34)
def Not(b=None):
    if b is None:
        return True
    if type(b) is not bool:
        raise FourDError(ERR_TYPE_MISMATCH, f"Not: Boolean expected, got {type_name(b)}")
    return not b


@command("True", 214)
def True_():
    return True


@command("False", 215)
def False_():
    return False
