"""4D arrays as values (language.md §3.2): their kinds, element defaults and conversions, and
element access `arr{i}` (element 0 at index 0). The array commands are in
runtime/commands/arrays_cmds.py."""
from __future__ import annotations

from . import objects
from .errors import FourDError, ERR_TYPE_MISMATCH, ERR_INDEX_RANGE
from .values import NULL, Date4D, Time4D, Blob4D, Pointer, Array4D, round_half_away, type_name

# array type constants (language.md §12.5)
REAL_ARRAY, INTEGER_ARRAY, LONGINT_ARRAY, DATE_ARRAY, TEXT_ARRAY = 14, 15, 16, 17, 18
PICTURE_ARRAY, POINTER_ARRAY, STRING_ARRAY, BOOLEAN_ARRAY = 19, 20, 21, 22
BLOB_ARRAY, TIME_ARRAY, OBJECT_ARRAY = 31, 32, 39

_DEFAULTS = {
    REAL_ARRAY: lambda: 0.0, INTEGER_ARRAY: lambda: 0, LONGINT_ARRAY: lambda: 0,
    DATE_ARRAY: Date4D, TEXT_ARRAY: lambda: "", STRING_ARRAY: lambda: "",
    PICTURE_ARRAY: lambda: NULL, POINTER_ARRAY: lambda: NULL, BOOLEAN_ARRAY: lambda: False,
    BLOB_ARRAY: bytearray, TIME_ARRAY: lambda: Time4D(0), OBJECT_ARRAY: lambda: NULL,
}

_KIND_NAMES = {
    REAL_ARRAY: "Real", INTEGER_ARRAY: "Integer", LONGINT_ARRAY: "Longint", DATE_ARRAY: "Date",
    TEXT_ARRAY: "Text", STRING_ARRAY: "String", PICTURE_ARRAY: "Picture",
    POINTER_ARRAY: "Pointer", BOOLEAN_ARRAY: "Boolean", BLOB_ARRAY: "Blob", TIME_ARRAY: "Time",
    OBJECT_ARRAY: "Object",
}


def element_default(kind):
    return _DEFAULTS.get(kind, lambda: None)()


def new_array(kind, size=0) -> Array4D:
    """A fresh 1-D array of `size` elements (plus element 0) with the type's empty value."""
    arr = Array4D(kind, element_default(kind), max(0, size))
    if kind == BLOB_ARRAY:
        for i in range(len(arr)):
            arr[i] = bytearray()
    return arr


def is_number(v):
    t = type(v)
    return t is int or t is float or t is Time4D


def _bad(kind, v):
    raise FourDError(ERR_TYPE_MISMATCH, f"Cannot put a {type_name(v)} into a "
                                        f"{_KIND_NAMES.get(kind, 'typed')} array")


def coerce_element(kind, v):
    """A value converted for an element of an array of `kind` (also for `arr{i}:=v`)."""
    if kind in (TEXT_ARRAY, STRING_ARRAY):
        if type(v) is str:
            return v
        return "" if v is None else _bad(kind, v)
    if kind in (LONGINT_ARRAY, INTEGER_ARRAY):
        if is_number(v):
            return round_half_away(v) if type(v) is float else int(v)
        return 0 if v is None else _bad(kind, v)
    if kind == REAL_ARRAY:
        if is_number(v):
            return float(v)
        return 0.0 if v is None else _bad(kind, v)
    if kind == BOOLEAN_ARRAY:
        if type(v) is bool:
            return v
        return False if v is None else _bad(kind, v)
    if kind == DATE_ARRAY:
        if type(v) is Date4D:
            return v
        return Date4D() if v is None or v is NULL else _bad(kind, v)
    if kind == TIME_ARRAY:
        if is_number(v):
            return Time4D(int(v))
        return Time4D(0) if v is None else _bad(kind, v)
    if kind == BLOB_ARRAY:
        if type(v) is bytearray:
            return bytearray(v)
        if type(v) is Blob4D:
            return bytearray(v.data)
        return bytearray() if v is None else _bad(kind, v)
    if kind == POINTER_ARRAY:
        if isinstance(v, Pointer) or v is NULL:
            return v
        return NULL if v is None else _bad(kind, v)
    if kind == OBJECT_ARRAY:
        if v is None:
            return NULL
        if type(v) in (str, bool, int, float, Time4D, Date4D) or type(v) is bytearray:
            return _bad(kind, v)
        return v
    return v


def infer_kind(values) -> int:
    """Array type for values coming from a collection (COLLECTION TO ARRAY, OB GET ARRAY)."""
    for v in values:
        t = type(v)
        if t is str:
            return TEXT_ARRAY
        if t is bool:
            return BOOLEAN_ARRAY
        if t is int or t is float:
            return REAL_ARRAY
        if t is Date4D:
            return DATE_ARRAY
        if t is Time4D:
            return TIME_ARRAY
        if t is Pointer:
            return POINTER_ARRAY
        if t is Blob4D or t is bytearray:
            return BLOB_ARRAY
        if v is not None and v is not NULL:
            return OBJECT_ARRAY
    return TEXT_ARRAY


def elem(a, i):
    if isinstance(a, Array4D):
        k = objects.index_number(i)
        if 0 <= k < len(a):
            return a[k]
        raise FourDError(ERR_INDEX_RANGE, f"Array index {k} out of range (size {len(a) - 1})")
    if type(a) is bytearray:
        k = objects.index_number(i)
        if 0 <= k < len(a):
            return a[k]
        raise FourDError(ERR_INDEX_RANGE, f"Blob index {k} out of range")
    if type(a) is Pointer:
        return elem(a.get(), i)
    if type(a) is Blob4D:
        return objects.getindex(a, i)
    raise FourDError(ERR_TYPE_MISMATCH, f"{{}} needs an array or a blob, got {type_name(a)}")


def setelem(a, i, v):
    if isinstance(a, Array4D):
        k = objects.index_number(i)
        if 0 <= k < len(a):
            a[k] = coerce_element(a.kind, v)
            return v
        raise FourDError(ERR_INDEX_RANGE, f"Array index {k} out of range (size {len(a) - 1})")
    if type(a) is bytearray:
        k = objects.index_number(i)
        if 0 <= k < len(a):
            a[k] = int(v) & 0xFF
            return v
        raise FourDError(ERR_INDEX_RANGE, f"Blob index {k} out of range")
    if type(a) is Pointer:
        return setelem(a.get(), i, v)
    raise FourDError(ERR_TYPE_MISMATCH, f"{{}} needs an array or a blob, got {type_name(a)}")
