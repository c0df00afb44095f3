"""The runtime functions generated code calls (bound as `__name` in each unit's globals).

`BASE_GLOBALS` is the table the interpreter copies into the globals of every compiled unit.
"""
from __future__ import annotations

import functools
import math
import re

from . import ops, objects, errorstate, shared, text16
from .errors import (FourDError, ERR_TYPE_MISMATCH, ERR_INDEX_RANGE, ERR_NOT_SUPPORTED,
                     ERR_UNKNOWN_COMMAND, ERR_DATABASE, ERR_PARAM_COUNT)
from .function import Function4D
from .builtin import BuiltinObject
from .values import (declared_type, NULL, Obj, Coll, Date4D, Time4D, Blob4D, Array4D, Pointer, STAR, ASCENDING,
                     DESCENDING, default_of_type, value_type, type_name, round_half_away,
                     IS_TEXT, IS_REAL, IS_LONGINT, IS_INTEGER, IS_BOOLEAN, IS_DATE, IS_TIME,
                     IS_OBJECT, IS_COLLECTION, IS_BLOB, IS_POINTER, IS_VARIANT, IS_PICTURE)
from .arrays import elem, setelem
from .calling import Ref, ValueRef, parameter_count_error
from .places import (deref, deref_set, pv_pointer, elem_pointer, prop_pointer, index_pointer,
                     value_pointer, pv_ref, prop_ref, index_ref, elem_ref, deref_ref)
from .classes.store import check_class, class_value
from .collections import push_one

from .process import interprocess_vars as INTERPROCESS_VARS   # `<>name`: one table for all
from .process import process_vars


# ---------------------------------------------------------------- parameters and types
def param(args, i, tcode, name, strict=True):
    v = args[i] if i < len(args) else None
    if type(v) is not str and isinstance(v, str):
        v = _cli_arg(v, tcode)
    if tcode is None or tcode == IS_VARIANT:
        return v
    if v is None:
        return default_of_type(tcode)
    if not strict:
        try:
            return coerce(v, tcode, name)
        except FourDError:
            return default_of_type(tcode)
    return coerce(v, tcode, name)


def _cli_arg(v, tcode):
    """A command-line argument (a str subclass) for a declared parameter: Num() for numbers."""
    if tcode in (IS_LONGINT, IS_INTEGER, IS_REAL):
        m = re.match(r"\s*-?\d+(\.\d+)?(e[-+]?\d+)?", str(v), re.I)
        x = float(m.group()) if m else 0.0
        return int(x) if tcode != IS_REAL else x
    return str(v)


def _plain(v):
    return str(v) if type(v) is not str and isinstance(v, str) else v


def arg(args, i):
    return _plain(args[i]) if i < len(args) else None


def argn(args, n):
    i = int(n) - 1
    return _plain(args[i]) if 0 <= i < len(args) else None


def coerce(v, tcode, name=""):
    """A value assigned to a variable declared with a type (language.md §3.1 decision)."""
    t = type(v)
    if tcode == IS_LONGINT or tcode == IS_INTEGER:
        if t is int:
            return v
        if t is float:
            return round_half_away(v) if v == v else 0
        if t is Time4D:
            return int(v)
    elif tcode == IS_REAL:
        if t is float:
            return v
        if t is int or t is Time4D:
            return float(v)
    elif tcode == IS_TEXT:
        if t is str:
            return v
    elif tcode == IS_BOOLEAN:
        if t is bool:
            return v
    elif tcode == IS_OBJECT:
        if v is NULL or isinstance(v, (Obj, BuiltinObject)) or \
                (value_type(v) == IS_OBJECT and v is not None):
            return v
        if t is bytearray:          # a scalar Blob becomes a 4D.Blob (4d/docs dt_blob.md)
            return Blob4D(v)
    elif tcode == IS_COLLECTION:
        if isinstance(v, Coll) or v is NULL:
            return v
    elif tcode == IS_DATE:
        if t is Date4D:
            return v
    elif tcode == IS_TIME:
        if t is Time4D:
            return v
        if t is int or t is float:
            return Time4D(int(v))
    elif tcode == IS_BLOB:
        if t is bytearray:
            return bytearray(v)
        if t is Blob4D:
            return bytearray(v.data)
    elif tcode == IS_POINTER:
        if t is Pointer or v is NULL:
            return v
    else:
        return v
    if v is None:
        return default_of_type(tcode)
    raise FourDError(ERR_TYPE_MISMATCH, f"Type mismatch: cannot assign a {type_name(v)} to "
                                        f"{name or 'a variable'} declared as {_TYPE_WORDS.get(tcode, 'typed')}")


_TYPE_WORDS = {IS_TEXT: "Text", IS_REAL: "Real", IS_LONGINT: "Integer", IS_BOOLEAN: "Boolean",
               IS_DATE: "Date", IS_TIME: "Time", IS_OBJECT: "Object", IS_COLLECTION: "Collection",
               IS_BLOB: "Blob", IS_POINTER: "Pointer", IS_PICTURE: "Picture"}


def default(tcode):
    return default_of_type(tcode) if tcode is not None else None


def type_of_target(p):
    """`Type($p->)`: the declared type of the variable pointed to, when known."""
    return declared_type(deref(p), getattr(p, "declared", None))


def is_undefined(v):
    return v is None


def num(v):
    t = type(v)
    if t is int or t is float:
        return v
    if t is Time4D:
        return int(v)
    raise FourDError(ERR_TYPE_MISMATCH, f"For: a number is expected, got {type_name(v)}")


def for_step(v):
    v = num(v)
    if v == 0:
        raise FourDError(ERR_TYPE_MISMATCH, "For: the step cannot be 0")
    return v


def for_stop(end, step):
    """range() stop for `For` up to `end` (a number, maybe Real) with an integer step."""
    return math.floor(end) + 1 if step > 0 else math.ceil(end) - 1


def for_after(start, end, step):
    """The counter after a completed `For`: the first value past `end` (start if no pass)."""
    if step > 0:
        return start if start > end else start + ((math.floor(end) - start) // step + 1) * step
    return start if start < end else start - ((start - math.ceil(end)) // -step + 1) * -step


def for_test(i, end, step):
    return i <= end if step > 0 else i >= end


def and_(a, thunk):
    return thunk() if ops.truthy(a) else a


def or_(a, thunk):
    return a if ops.truthy(a) else thunk()


# ---------------------------------------------------------------- literals
def date_lit(text):
    m = re.match(r"^\s*(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})\s*$", text)
    if not m:
        return Date4D()
    a, b, c = (int(x) for x in m.groups())
    if a == b == c == 0:
        return Date4D()
    if len(m.group(1)) == 4 or a > 31:
        y, mo, d = a, b, c            # ISO !YYYY-MM-DD!
    else:
        mo, d, y = a, b, c            # legacy !MM/DD/YY!
        if len(m.group(3)) <= 2:
            y += 1900 if y >= 30 else 2000
    if y == 0 and mo == 0 and d == 0:
        return Date4D()
    return Date4D(y, mo, d)


def time_lit(text):
    neg = text.startswith("-")
    parts = [int(p) for p in text.lstrip("-").split(":")]
    while len(parts) < 3:
        parts.append(0)
    s = parts[0] * 3600 + parts[1] * 60 + parts[2]
    return Time4D(-s if neg else s)


def coll(items):
    return Coll(items)


def copy_parameters(args, start=1):
    """`Copy parameters({startFrom})` (C1790): a new collection of the parameters actually
    passed to the running method, function or formula, from `startFrom` (1-based) on."""
    first = max(int(num(start)), 1) - 1
    return Coll(NULL if v is None else objects.to_stored(v) for v in args[first:])


def obj_lit(keys, vals):
    o = Obj()
    for k, v in zip(keys, vals):
        if v is not None:
            o[k] = objects.to_stored(v)
    return o


def stored(v):
    return NULL if v is None else objects.to_stored(v)


# ---------------------------------------------------------------- arrays, text chars, pointers
def array_selected(v):
    """An array variable alone in an expression: the number of its selected element."""
    return v.selected if isinstance(v, Array4D) else v


def array_select(a, v):
    """`arr:=n` selects element n."""
    if isinstance(a, Array4D):
        a.selected = objects.index_number(v)
        return v
    raise FourDError(ERR_TYPE_MISMATCH, "an array was expected")


def charat(t, i):
    """`t[[i]]`: the i-th UTF-16 code unit (runtime/text16.py)."""
    if type(t) is not str:
        raise FourDError(ERR_TYPE_MISMATCH, f"[[ ]] needs a Text, got {type_name(t)}")
    k = objects.index_number(i)
    if t.isascii():
        if 1 <= k <= len(t):
            return t[k - 1]
        n = len(t)
    else:
        n = text16.length(t)
        if 1 <= k <= n:
            return text16.slice16(t, k - 1, k)
    raise FourDError(ERR_INDEX_RANGE, f"Character index {k} out of range (length {n})")


def setchar(t, i, c):
    if type(t) is not str or type(c) is not str:
        raise FourDError(ERR_TYPE_MISMATCH, "[[ ]] assignment needs Text")
    k = objects.index_number(i)
    n = text16.length(t)
    if 1 <= k <= n:
        return text16.join(text16.slice16(t, 0, k - 1), text16.slice16(c, 0, 1),
                           text16.slice16(t, k, n))
    raise FourDError(ERR_INDEX_RANGE, f"Character index {k} out of range (length {n})")


def pv_set(store, key, v):
    store[key] = v
    return v


# the key under which a variable store keeps the names of its Object/Collection variables
# declared (`C_OBJECT(g)`, `var g : Object`) and not assigned since: reading their properties
# gives undefined (language.md §4.7). Assignments do not clear the mark (they are plain
# dict stores): only a Null assigned later reads as undefined instead of failing.
_UNASSIGNED = ("declared, not assigned",)


def declare_var(store, key, value, has_init, unassigned=False):
    if has_init or key not in store:
        store[key] = value
        if unassigned:
            store.setdefault(_UNASSIGNED, set()).add(key)


def var_base(store, key):
    """A process or interprocess variable whose property is read (`g.x`, `<>g[1]`)."""
    v = store.get(key)
    if v is NULL and key in store.get(_UNASSIGNED, ()):
        return None
    return v


# ---------------------------------------------------------------- loops
def foreach_items(v, begin=None, end=None):
    """The values `For each` iterates, fixed at loop start (language.md §5)."""
    if isinstance(v, Coll):
        n = len(v)
        b = 0 if begin is None else int(begin)
        e = n if end is None else int(end)
        if b < 0:
            b = max(0, b + n)
        if e < 0:
            e = e + n
        e = min(e, n)
        return [NULL if x is None else x for x in v[b:e]]
    if isinstance(v, Obj) and type(v) is Obj:
        return list(v.keys())
    if v is None or v is NULL:
        return ()
    if isinstance(v, Array4D):
        return v[1:]
    if isinstance(v, BuiltinObject) and v.foreach_4d is not None:
        return v.foreach_4d(begin, end)     # entity selections
    names = getattr(v, "names_4d", None)       # class stores: `For each ($name; cs)`
    if names is not None:
        return names()
    raise FourDError(ERR_TYPE_MISMATCH, f"For each needs a collection or an object, got {type_name(v)}")


# ---------------------------------------------------------------- unsupported
def not_supported(name):
    raise FourDError(ERR_NOT_SUPPORTED, f"command not supported: {name}")


def wrong_parameter_count(name, least, most):
    """A command called with too few or too many parameters (4D's editor refuses it; here
    the line fails when it runs)."""
    raise parameter_count_error(name, least, most)


def unknown_command(name):
    raise FourDError(ERR_UNKNOWN_COMMAND, f"Unknown command or method: {name}")


def database(what):
    raise FourDError(ERR_DATABASE, f"database commands are not supported: {what}")


# ---------------------------------------------------------------- tables and fields
@functools.cache
def _classic():
    """runtime.db.classic, imported when the first field is used (not at start-up)."""
    from .db import classic
    return classic


def field_value(token):
    """`[T]F`: the field of the table's current record."""
    c = _classic()
    return c.field_value(c.resolve(token))


def field_set(token, value):
    c = _classic()
    return c.set_field(c.resolve(token), value)


def field_pointer(token):
    c = _classic()
    return c.pointer_to(c.resolve(token))


def field_place(token):
    """`[T]F` passed by reference."""
    c = _classic()
    ref = c.resolve(token)
    return Ref(lambda: c.field_value(ref), lambda v: c.set_field(ref, v), token)


def field_ref(token):
    """`[T]` / `[T]F` as an argument of a database command."""
    c = _classic()
    return c.resolve(token)


def field_target(pointer):
    """`$p->` as an argument of a database command: the table or field it points at, else
    the value."""
    c = _classic()
    target = c.target_of(pointer)
    return deref(pointer) if target is pointer else target


def criterion(field, op, value):
    return _classic().Criterion(field, op, value)


def query_op(op):
    return _classic().QueryOp(op)


# ---------------------------------------------------------------- functions and classes
def make_formula(fn, source):
    return Function4D(fn, source, "Formula")


def super_ctor(cls, this, args, already=False):
    if already:
        raise FourDError(-10746, "Super() cannot be called twice in a constructor")
    parent = getattr(cls, "superclass", None)
    if parent is not None:
        parent.construct(this, args)
    return None


def this_after_super(this, super_called):
    """In a derived class constructor, This is usable only after Super() (§9)."""
    if not super_called:
        raise FourDError(-10743, "Super() must be called before This is used in the constructor")
    return this


def super_call(cls, this, name, args):
    parent = getattr(cls, "superclass", None)
    fn = parent.find_function(name) if parent is not None else None
    if fn is None:
        raise FourDError(ERR_PARAM_COUNT, f"Super.{name}(): no such function in the parent class")
    return fn.fn(this, *args)


BASE_GLOBALS = {
    "__builtins__": __builtins__,
    "__param": param, "__arg": arg, "__argn": argn, "__coerce": coerce, "__default": default,
    "__type_of": declared_type, "__is_undefined": is_undefined, "__num": num, "__for_step": for_step,
    "__for_test": for_test, "__for_stop": for_stop, "__for_after": for_after, "__and": and_, "__or": or_, "__cond": ops.cond, "__truthy": ops.truthy,
    "__date_lit": date_lit, "__time_lit": time_lit, "__Coll": coll, "__obj_lit": obj_lit,
    "__copy_parameters": copy_parameters,
    "__stored": stored, "__elem": elem, "__setelem": setelem, "__charat": charat,
    "__setchar": setchar, "__deref": deref, "__deref_set": deref_set, "__Pointer": Pointer,
    "__pv_pointer": pv_pointer, "__elem_pointer": elem_pointer, "__prop_pointer": prop_pointer,
    "__index_pointer": index_pointer, "__value_pointer": value_pointer, "__Ref": Ref,
    "__ValueRef": ValueRef, "__pv_ref": pv_ref, "__prop_ref": prop_ref, "__index_ref": index_ref,
    "__elem_ref": elem_ref, "__deref_ref": deref_ref, "__pv_set": pv_set,
    "__declare_var": declare_var, "__foreach_items": foreach_items, "__use": shared.use,
    "__try_enter": errorstate.try_enter, "__catch": errorstate.catch,
    "__try_exit": errorstate.try_exit, "__try_expr": errorstate.try_expr,
    "__try_keep": errorstate.try_keep, "__try_result": errorstate.try_result,
    "__onerr": errorstate.on_statement_error, "__not_supported": not_supported,
    "__unknown_command": unknown_command, "__wrong_parameter_count": wrong_parameter_count,
    "__database": database, "__Formula": make_formula, "__partial": functools.partial,
    "__field_value": field_value, "__field_set": field_set, "__field_pointer": field_pointer,
    "__field_place": field_place, "__field_ref": field_ref, "__field_target": field_target,
    "__criterion": criterion, "__query_op": query_op,
    "__super_ctor": super_ctor, "__super_call": super_call, "__callv": objects.call_value,
    "__callm": objects.call_method, "__push": push_one, "__getprop": objects.getprop, "__setprop": objects.setprop,
    "__getindex": objects.getindex, "__setindex": objects.setindex, "__PV": process_vars,
    "__IPV": INTERPROCESS_VARS, "__NULL": NULL, "__STAR": STAR, "__ASC": ASCENDING,
    "__DESC": DESCENDING, "__neg": ops.neg, "__pos": ops.pos,
    "__check_class": check_class, "__class_value": class_value,
    "__this_after_super": this_after_super, "__type_of_target": type_of_target, "__array_selected": array_selected,
    "__array_select": array_select, "__var_base": var_base,
}
for _name in ("add", "sub", "mul", "div", "idiv", "mod", "power", "bxor", "shl", "shr", "bitset",
              "bitclear", "bittest", "band", "bor", "eq", "ne", "lt", "gt", "le", "ge"):
    BASE_GLOBALS["__" + _name] = getattr(ops, _name)
