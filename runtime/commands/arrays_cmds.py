"""Array commands (language.md §3.2): ARRAY TEXT…, Size of array, APPEND TO ARRAY, Find in
array, SORT ARRAY, COLLECTION TO ARRAY… Arrays are values.Array4D (element 0 at index 0).

`ARRAY xxx(var; size {; size2})` receives a Ref to the variable; the other commands get the
Array4D itself (or a Ref, which is dereferenced) and modify it in place.
"""
from __future__ import annotations

import math
from functools import cmp_to_key

from ..errors import FourDError, ERR_TYPE_MISMATCH, ERR_PARAM_COUNT
from ..objects import to_stored
from ..ops import eq, fold_text
from ..arrays import (REAL_ARRAY, INTEGER_ARRAY, LONGINT_ARRAY, DATE_ARRAY, TEXT_ARRAY,
                      PICTURE_ARRAY, POINTER_ARRAY, STRING_ARRAY, BOOLEAN_ARRAY, BLOB_ARRAY,
                      TIME_ARRAY, OBJECT_ARRAY, element_default, new_array, coerce_element,
                      infer_kind, is_number)
from ..values import NULL, Obj, Coll, Blob4D, Array4D, SortOrder, type_name
from ..calling import Ref
from .registry import command, alias, function_name
from ._args import deref, put, int_arg

def array_arg(v, cmd) -> Array4D:
    a = deref(v)
    if isinstance(a, Array4D):
        return a
    raise FourDError(ERR_TYPE_MISMATCH, f"{cmd}: an array is expected, got {type_name(a)}")


# ---------------------------------------------------------------- declarations
def _resize(arr: Array4D, size: int):
    n = len(arr) - 1
    if size < n:
        del arr[size + 1:]
    elif size > n:
        arr.extend(element_default(arr.kind) for _ in range(size - n))


def declare_array(kind, ref, size=0, size2=None):
    """`ARRAY xxx(var; size {; size2})`: creates the array, or resizes an existing array of
    the same type keeping its elements; with size2, a 2-D array (an array of arrays)."""
    n = max(0, int_arg(size, "ARRAY"))
    cur = deref(ref)
    if size2 is not None:
        m = max(0, int_arg(size2, "ARRAY"))
        is_2d = isinstance(cur, Array4D) and cur.kind == kind and len(cur) > 0 and \
            isinstance(cur[0], Array4D)
        if is_2d:
            old = len(cur) - 1
            if n < old:
                del cur[n + 1:]
            else:
                cur.extend(new_array(kind, m) for _ in range(n - old))
            for row in cur:
                _resize(row, m)
            put(ref, cur)
            return
        arr = Array4D(kind, None, 0)
        arr[0] = new_array(kind, m)
        arr.extend(new_array(kind, m) for _ in range(n))
        put(ref, arr)
        return
    if isinstance(cur, Array4D) and cur.kind == kind and not (len(cur) and
                                                              isinstance(cur[0], Array4D)):
        _resize(cur, n)
        if cur.selected > n:
            cur.selected = 0
        put(ref, cur)
        return
    put(ref, new_array(kind, n))


def _declarer(name, number, kind):
    @command(name, number, refs=(0,), procedure=True, declares_array=True)
    def declare(ref=None, size=0, size2=None, *_):
        declare_array(kind, ref, size, size2)
    declare.__name__ = declare.__qualname__ = function_name(name)
    return declare


array_text = _declarer("ARRAY TEXT", 222, TEXT_ARRAY)
array_longint = _declarer("ARRAY LONGINT", 221, LONGINT_ARRAY)
array_integer = _declarer("ARRAY INTEGER", 220, INTEGER_ARRAY)
array_real = _declarer("ARRAY REAL", 219, REAL_ARRAY)
array_boolean = _declarer("ARRAY BOOLEAN", 223, BOOLEAN_ARRAY)
array_date = _declarer("ARRAY DATE", 224, DATE_ARRAY)
array_time = _declarer("ARRAY TIME", 1223, TIME_ARRAY)
array_object = _declarer("ARRAY OBJECT", 1221, OBJECT_ARRAY)
array_blob = _declarer("ARRAY BLOB", 1222, BLOB_ARRAY)
array_pointer = _declarer("ARRAY POINTER", 280, POINTER_ARRAY)
array_picture = _declarer("ARRAY PICTURE", 279, PICTURE_ARRAY)


@command("_O_ARRAY STRING", 218, refs=(1,), procedure=True)
def o_array_string(_length=0, ref=None, size=0, size2=None, *_):
    """`ARRAY STRING(strLen; array; size {; size2})` (obsolete): a Text array."""
    declare_array(TEXT_ARRAY, ref, size, size2)


alias("ARRAY STRING", "_O_ARRAY STRING")


# ---------------------------------------------------------------- basic operations
@command("Size of array", 274)
def size_of_array(arr=None):
    return len(array_arg(arr, "Size of array")) - 1


@command("APPEND TO ARRAY", 911, refs=(0,), procedure=True)
def append_to_array(arr=None, value=None):
    is_ref = isinstance(arr, Ref)
    current = arr.get() if is_ref else arr
    if current is None and is_ref:
        # interpreted mode: appending to a variable that is not an array yet creates one
        # typed after the value (4D docs, APPEND TO ARRAY)
        current = new_array(infer_kind([value]), 0)
        arr.set(current)
    a = array_arg(current, "APPEND TO ARRAY")
    a.append(coerce_element(a.kind, value))


@command("INSERT IN ARRAY", 227, procedure=True)
def insert_in_array(arr=None, where=1, how_many=1):
    a = array_arg(arr, "INSERT IN ARRAY")
    w = int_arg(where, "INSERT IN ARRAY")
    k = int_arg(how_many, "INSERT IN ARRAY")
    if w < 1 or k <= 0:
        return
    w = min(w, len(a))
    a[w:w] = [element_default(a.kind) for _ in range(k)]


@command("DELETE FROM ARRAY", 228, procedure=True)
def delete_from_array(arr=None, where=1, how_many=1):
    a = array_arg(arr, "DELETE FROM ARRAY")
    w = int_arg(where, "DELETE FROM ARRAY")
    k = int_arg(how_many, "DELETE FROM ARRAY")
    if w < 1 or w >= len(a) or k <= 0:
        return
    del a[w:w + k]
    if a.selected >= len(a):
        a.selected = 0


def _matches(elem, value):
    try:
        return eq(elem, value)
    except FourDError:
        return False


@command("Find in array", 230)
def find_in_array(arr=None, value=None, start=1):
    """First element `=` value (text: `@` wildcard, insensitive), from `start`; -1 if none."""
    a = array_arg(arr, "Find in array")
    s = max(1, int_arg(start, "Find in array"))
    for i in range(s, len(a)):
        if _matches(a[i], value):
            return i
    return -1


@command("Count in array", 907)
def count_in_array(arr=None, value=None):
    a = array_arg(arr, "Count in array")
    return sum(1 for i in range(1, len(a)) if _matches(a[i], value))


def _elem_key(kind):
    if kind in (TEXT_ARRAY, STRING_ARRAY):
        return fold_text
    if kind in (REAL_ARRAY, LONGINT_ARRAY, INTEGER_ARRAY, TIME_ARRAY):
        return lambda v: -math.inf if v != v else float(v)
    if kind == BOOLEAN_ARRAY:
        return lambda v: 1 if v else 0
    if kind == DATE_ARRAY:
        return lambda v: v.key()
    return lambda v: 0


@command("Find in sorted array", 1333, refs=(3, 4))
def find_in_sorted_array(arr=None, value=None, order=None, pos_first=None, pos_last=None):
    a = array_arg(arr, "Find in sorted array")
    key = _elem_key(a.kind)
    hits = [i for i in range(1, len(a)) if _matches(a[i], value)]
    if hits:
        put(pos_first, hits[0])
        put(pos_last, hits[-1])
        return True
    desc = isinstance(order, SortOrder) and not order.ascending
    try:
        k = key(coerce_element(a.kind, value))
    except FourDError:
        k = None
    ins = len(a)
    if k is not None:
        for i in range(1, len(a)):
            ki = key(a[i])
            if (ki > k) if not desc else (ki < k):
                ins = i
                break
    put(pos_first, ins)
    put(pos_last, ins - 1)
    return False


def _apply_perm(arrays, perm):
    for a in arrays:
        a[1:] = [a[i] for i in perm]


@command("SORT ARRAY", 229, procedure=True)
def sort_array(*args):
    """`SORT ARRAY(array {; array2 …}{; > | <})`: sorts the first array, the others follow."""
    arrays = [deref(x) for x in args if isinstance(deref(x), Array4D)]
    orders = [x for x in args if isinstance(x, SortOrder)]
    if not arrays:
        raise FourDError(ERR_PARAM_COUNT, "SORT ARRAY: an array is expected")
    first = arrays[0]
    n = len(first) - 1
    for a in arrays[1:]:
        if len(a) - 1 != n:
            raise FourDError(ERR_TYPE_MISMATCH, "SORT ARRAY: the arrays must have the same size")
    desc = bool(orders) and not orders[-1].ascending
    key = _elem_key(first.kind)
    perm = sorted(range(1, n + 1), key=lambda i: key(first[i]), reverse=desc)
    _apply_perm(arrays, perm)


@command("MULTI SORT ARRAY", 718, procedure=True)
def multi_sort_array(*args):
    """`MULTI SORT ARRAY(array; > | < | 0 {; array2; order2 …})`: multi-level sort (0 or no
    order = synchronised only)."""
    levels = []
    arrays = []
    i = 0
    while i < len(args):
        a = deref(args[i])
        if not isinstance(a, Array4D):
            raise FourDError(ERR_TYPE_MISMATCH, "MULTI SORT ARRAY: an array is expected")
        arrays.append(a)
        order = args[i + 1] if i + 1 < len(args) else None
        if isinstance(order, SortOrder):
            levels.append((a, not order.ascending))
            i += 2
        elif order is not None and not isinstance(deref(order), Array4D):
            i += 2
        else:
            i += 1
    n = len(arrays[0]) - 1 if arrays else 0
    for a in arrays:
        if len(a) - 1 != n:
            raise FourDError(ERR_TYPE_MISMATCH, "MULTI SORT ARRAY: the arrays must have the "
                                                "same size")
    keys = [(a, _elem_key(a.kind), desc) for a, desc in levels]

    def cmp(i, j):
        for a, key, desc in keys:
            ki, kj = key(a[i]), key(a[j])
            r = (ki > kj) - (ki < kj)
            if r:
                return -r if desc else r
        return 0
    perm = sorted(range(1, n + 1), key=cmp_to_key(cmp))
    _apply_perm(arrays, perm)


@command("COPY ARRAY", 226, refs=(1,), procedure=True)
def copy_array(src=None, dst=None):
    put(dst, _copy_array(array_arg(src, "COPY ARRAY")))


def _copy_array(a):
    """A copy of an array; the rows of a 2D array are copied too."""
    out = Array4D(a.kind, a.default, 0)
    out[0] = coerce_element(a.kind, a[0]) if a.kind == BLOB_ARRAY else a[0]
    out.extend(_copy_array(x) if isinstance(x, Array4D) else bytearray(x) if type(x) is bytearray
               else x for x in a[1:])
    return out


# ---------------------------------------------------------------- collections ⇄ arrays
def _from_collection(kind, v):
    if v is NULL and kind not in (OBJECT_ARRAY, POINTER_ARRAY, PICTURE_ARRAY):
        v = None
    if type(v) is Blob4D and kind == BLOB_ARRAY:
        return bytearray(v.data)
    return coerce_element(kind, v)


def fill_array(ref, values, cmd):
    """Put `values` into the array variable behind `ref` (its type kept, else inferred)."""
    cur = deref(ref)
    if isinstance(cur, Array4D):
        items = [_from_collection(cur.kind, v) for v in values]
        del cur[1:]
        cur.extend(items)
        cur.selected = 0
        put(ref, cur)
        return cur
    kind = infer_kind(values)
    arr = new_array(kind, 0)
    arr.extend(_from_collection(kind, v) for v in values)
    put(ref, arr)
    return arr


@command("COLLECTION TO ARRAY", 1562, refs=(1, 3, 5, 7, 9, 11, 13, 15, 17, 19), procedure=True,
         arrays=True)
def collection_to_array(coll=None, *rest):
    """`(collection; array)` or `(collection; array1; prop1 {; array2; prop2 …})`."""
    if not isinstance(coll, Coll):
        raise FourDError(ERR_TYPE_MISMATCH, "COLLECTION TO ARRAY: a collection is expected")
    if len(rest) == 1:
        fill_array(rest[0], list(coll), "COLLECTION TO ARRAY")
        return
    for k in range(0, len(rest) - 1, 2):
        ref, prop = rest[k], deref(rest[k + 1])
        vals = [(e.get(prop) if isinstance(e, Obj) else None) for e in coll]
        fill_array(ref, vals, "COLLECTION TO ARRAY")


def _to_collection_value(v):
    return NULL if v is None else to_stored(v)


@command("ARRAY TO COLLECTION", 1563, refs=(0,), procedure=True, arrays=True)
def array_to_collection(coll_ref=None, *rest):
    """`(collection; array)` or `(collection; array1; prop1 {; array2; prop2 …})`: the
    collection is emptied and filled (created when the variable is null)."""
    coll = deref(coll_ref)
    if not isinstance(coll, Coll):
        coll = Coll()
    else:
        del coll[:]
    if len(rest) == 1:
        a = array_arg(rest[0], "ARRAY TO COLLECTION")
        coll.extend(_to_collection_value(v) for v in a[1:])
    else:
        pairs = [(array_arg(rest[k], "ARRAY TO COLLECTION"), deref(rest[k + 1]))
                 for k in range(0, len(rest) - 1, 2)]
        n = max((len(a) - 1 for a, _p in pairs), default=0)
        for i in range(1, n + 1):
            o = Obj()
            for a, prop in pairs:
                if i < len(a):
                    o[prop] = _to_collection_value(a[i])
            coll.append(o)
    put(coll_ref, coll)


# ---------------------------------------------------------------- series on arrays and fields
def _series(arg, cmd):
    a = deref(arg)
    if not isinstance(a, Array4D):
        raise FourDError(ERR_TYPE_MISMATCH, f"{cmd}: an array or a field is expected, got "
                                            f"{type_name(a)}")
    return [float(v) for v in a[1:] if is_number(v) and type(v) is not bool]


def _field_series(arg, fn):
    """Sum([T]F) & co.: over the field's table's current selection, in the engine (None when
    `arg` is not a field)."""
    from ..db import classic
    ref = classic.target_of(deref(arg))
    return classic.series(ref, fn) if isinstance(ref, classic.FieldRef) else None


@command("Sum", 1, arrays=True, fields=True)
def sum_(arr=None, *_):
    v = _field_series(arr, "sum")
    return math.fsum(_series(arr, "Sum")) if v is None else v


@command("Average", None, arrays=True, fields=True)
def average(arr=None, *_):
    v = _field_series(arr, "average")
    if v is not None:
        return v
    vals = _series(arr, "Average")
    return math.fsum(vals) / len(vals) if vals else 0.0


@command("Max", 3, arrays=True, fields=True)
def max_(arr=None, *_):
    v = _field_series(arr, "max")
    if v is not None:
        return v
    vals = _series(arr, "Max")
    return max(vals) if vals else 0.0


@command("Min", 4, arrays=True, fields=True)
def min_(arr=None, *_):
    v = _field_series(arr, "min")
    if v is not None:
        return v
    vals = _series(arr, "Min")
    return min(vals) if vals else 0.0
