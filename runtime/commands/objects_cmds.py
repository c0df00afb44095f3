"""Object and collection commands (language.md §12.1, §12.2, §9): New object, OB Get, OB SET,
OB Keys, OB Copy, New collection, OB Instance of…"""
from __future__ import annotations

import math

from ..collections import copy_value, make_shared_copy, CK_RESOLVE_POINTERS, CK_SHARED
from ..errors import FourDError, ERR_TYPE_MISMATCH, ERR_PARAM_COUNT, ERR_NULL_MEMBER
from ..formatting import string_of, parse_date, parse_time
from ..objects import getprop, setprop, to_stored
from ..shared import use, adopt, SharedGroup
from ..values import (NULL, Obj, Coll, Date4D, Time4D, Blob4D, Pointer, Array4D, value_type,
                      is_object, round_half_away, type_name,
                      IS_REAL, IS_TEXT, IS_PICTURE, IS_DATE, IS_UNDEFINED, IS_BOOLEAN,
                      IS_INTEGER, IS_LONGINT, IS_TIME, IS_VARIANT, IS_POINTER, IS_BLOB,
                      IS_OBJECT, IS_COLLECTION, IS_NULL)
from ..builtin import BuiltinObject
from .registry import command
from .text import parse_num
from ..arrays import new_array, TEXT_ARRAY, LONGINT_ARRAY
from .arrays_cmds import fill_array
from ._args import deref, put, text_arg, int_arg

IS_INTEGER_64 = 25


# ---------------------------------------------------------------- conversions
def convert_value(v, type_code: int):
    """A value converted to a 4D type constant (`OB Get(o; p; Is longint)`, `JSON Parse(t; …)`)."""
    t = type(v)
    if type_code in (IS_VARIANT, IS_PICTURE):
        return v
    if type_code == IS_TEXT:
        if t is str:
            return v
        if v is None or v is NULL:
            return ""
        return string_of(v)
    if type_code in (IS_REAL, IS_LONGINT, IS_INTEGER, IS_INTEGER_64):
        if t is bool:
            x = 1.0 if v else 0.0
        elif t is int or t is float or t is Time4D:
            x = float(v)
        elif t is str:
            x = parse_num(v)
        else:
            x = 0.0
        if type_code == IS_REAL:
            return x
        if x != x or x in (math.inf, -math.inf):
            return 0
        return round_half_away(x)
    if type_code == IS_BOOLEAN:
        if t is bool:
            return v
        if t is int or t is float or t is Time4D:
            return v != 0
        if t is str:
            return v.strip().lower() == "true"
        return False
    if type_code == IS_DATE:
        if t is Date4D:
            return v
        if t is str:
            return parse_date(v)
        return Date4D()
    if type_code == IS_TIME:
        if t is Time4D:
            return v
        if t is int or t is float:
            return Time4D(int(v)) if v == v and abs(v) != math.inf else Time4D(0)
        if t is str:
            return parse_time(v)
        return Time4D(0)
    if type_code == IS_OBJECT:
        return v if is_object(v) else NULL
    if type_code == IS_COLLECTION:
        return v if isinstance(v, Coll) else NULL
    if type_code == IS_POINTER:
        return v if isinstance(v, Pointer) else NULL
    if type_code == IS_BLOB:
        if t is Blob4D:
            return bytearray(v.data)
        if t is bytearray:
            return bytearray(v)
        return bytearray()
    if type_code == IS_NULL:
        return NULL
    raise FourDError(ERR_TYPE_MISMATCH, f"Unsupported type constant {type_code}")


def _object_arg(o, cmd, allow_null=True):
    if o is None or o is NULL:
        if allow_null:
            return None
        raise FourDError(ERR_NULL_MEMBER, f"{cmd}: the object is null")
    if isinstance(o, Obj):
        return o
    if is_object(o):
        return o
    raise FourDError(ERR_TYPE_MISMATCH, f"{cmd}: an object is expected, got {type_name(o)}")


def _own_items(o):
    """First-level properties of an object (built-in objects: their 4D properties)."""
    if isinstance(o, Obj):
        return list(o.items())
    if isinstance(o, BuiltinObject):
        return list(o.to_json_4d().items())
    items = getattr(o, "items_4d", None)      # class stores (`OB Keys(4D)`, `OB Keys(cs)`)
    return list(items()) if items is not None else []


# ---------------------------------------------------------------- creation
def _pairs(args, cmd):
    if len(args) % 2:
        raise FourDError(ERR_PARAM_COUNT, f"{cmd}: property names and values go in pairs")
    for i in range(0, len(args), 2):
        name = args[i]
        if type(name) is not str:
            raise FourDError(ERR_TYPE_MISMATCH, f"{cmd}: a property name (Text) is expected, "
                                                f"got {type_name(name)}")
        yield name, args[i + 1]


@command("New object", 1471)
def new_object(*args):
    """Prefilled object; numbers stored as Real, times as seconds; undefined values skipped."""
    o = Obj()
    if len(args) % 2 == 0:        # the common case without a generator: values stored as given
        for i in range(0, len(args), 2):
            name, v = args[i], args[i + 1]
            t = type(v)
            if type(name) is not str:
                break
            if t is float or t is str or t is bool or t is Obj or t is Coll:
                o[name] = v
            elif v is not None:
                o[name] = to_stored(v)
        else:
            return o
    for name, v in _pairs(args, "New object"):      # the error
        if v is not None:
            o[name] = to_stored(v)
    return o


@command("New shared object", 1526)
def new_shared_object(*args):
    o = Obj()
    o.shared = True
    o.group = SharedGroup()
    for name, v in _pairs(args, "New shared object"):
        if v is not None:
            o[name] = adopt(to_stored(v), o)
    return o


@command("New collection", 1472)
def new_collection(*args):
    return Coll([v if (t := type(v)) is str or t is float or t is bool
                 else NULL if v is None else to_stored(v) for v in args])


@command("New shared collection", 1527)
def new_shared_collection(*args):
    c = Coll()
    c.shared = True
    c.group = SharedGroup()
    for v in args:
        c.append(NULL if v is None else adopt(to_stored(v), c))
    return c


# ---------------------------------------------------------------- OB commands
@command("OB Get", 1224)
def ob_get(obj=None, prop=None, type_code=None):
    o = _object_arg(obj, "OB Get")
    name = text_arg(prop, "OB Get")
    v = None if o is None else getprop(o, name)
    if type_code is None:
        return v
    return convert_value(v, int_arg(type_code, "OB Get"))


@command("OB SET", 1220, refs=(0,), procedure=True)
def ob_set(obj_ref=None, *args):
    """Create/modify properties; creates the object when the variable is null."""
    o = deref(obj_ref)
    if o is None or o is NULL:
        o = Obj()
        put(obj_ref, o)
    elif not is_object(o):
        raise FourDError(ERR_TYPE_MISMATCH, f"OB SET: an object is expected, got {type_name(o)}")
    for name, v in _pairs(args, "OB SET"):
        if isinstance(v, Array4D):
            v = Coll(NULL if x is None else to_stored(x) for x in v[1:])
        setprop(o, name, v)


@command("OB SET NULL", None, refs=(0,), procedure=True)
def ob_set_null(obj_ref=None, prop=None):
    o = deref(obj_ref)
    if o is None or o is NULL:
        o = Obj()
        put(obj_ref, o)
    setprop(o, text_arg(prop, "OB SET NULL"), NULL)


@command("OB SET ARRAY", 1227, refs=(0,), procedure=True, arrays=True)
def ob_set_array(obj_ref=None, prop=None, array=None):
    o = deref(obj_ref)
    if o is None or o is NULL:
        o = Obj()
        put(obj_ref, o)
    a = deref(array)
    if isinstance(a, Array4D):
        value = Coll(NULL if x is None else to_stored(x) for x in a[1:])
    else:
        value = a
    setprop(o, text_arg(prop, "OB SET ARRAY"), value)


@command("OB GET ARRAY", 1229, refs=(2,), procedure=True, arrays=True)
def ob_get_array(obj=None, prop=None, array_ref=None):
    o = _object_arg(obj, "OB GET ARRAY")
    v = None if o is None else getprop(o, text_arg(prop, "OB GET ARRAY"))
    fill_array(array_ref, list(v) if isinstance(v, Coll) else [], "OB GET ARRAY")


@command("OB REMOVE", 1226, procedure=True)
def ob_remove(obj=None, prop=None):
    o = _object_arg(obj, "OB REMOVE")
    name = text_arg(prop, "OB REMOVE")
    if not isinstance(o, Obj):
        return
    if o.shared:
        with use(o):
            o.pop(name, None)
    else:
        o.pop(name, None)


@command("OB Is defined", 1231)
def ob_is_defined(obj=None, prop=None):
    if obj is None or obj is NULL:
        return False
    if prop is None:
        return True
    name = text_arg(prop, "OB Is defined")
    if isinstance(obj, Obj):
        return name in obj
    return any(k == name for k, _v in _own_items(obj))


@command("OB Is empty", 1297)
def ob_is_empty(obj=None):
    if obj is None or obj is NULL:
        return True
    return len(_own_items(obj)) == 0


@command("OB Keys", 1719)
def ob_keys(obj=None):
    return Coll(k for k, _v in _own_items(_object_arg(obj, "OB Keys")))


@command("OB Values", 1718)
def ob_values(obj=None):
    return Coll(v for _k, v in _own_items(_object_arg(obj, "OB Values")))


@command("OB Entries", 1720)
def ob_entries(obj=None):
    return Coll(Obj(key=k, value=v) for k, v in _own_items(_object_arg(obj, "OB Entries")))


@command("OB Get type", 1230)
def ob_get_type(obj=None, prop=None):
    o = _object_arg(obj, "OB Get type")
    if o is None:
        return IS_UNDEFINED
    name = text_arg(prop, "OB Get type")
    if isinstance(o, Obj) and name not in o and o.cls is None:
        return IS_UNDEFINED
    return value_type(getprop(o, name))


@command("OB GET PROPERTY NAMES", 1232, refs=(1, 2), procedure=True)
def ob_get_property_names(obj=None, names_ref=None, types_ref=None):
    o = _object_arg(obj, "OB GET PROPERTY NAMES")
    items = _own_items(o) if o is not None else []
    names = deref(names_ref)
    if not isinstance(names, Array4D):
        names = new_array(TEXT_ARRAY)
    del names[1:]
    names.extend(k for k, _v in items)
    put(names_ref, names)
    if types_ref is not None:
        types = deref(types_ref)
        if not isinstance(types, Array4D):
            types = new_array(LONGINT_ARRAY)
        del types[1:]
        types.extend(value_type(v) for _k, v in items)
        put(types_ref, types)


@command("OB Copy", 1225)
def ob_copy(obj=None, option=None, group_with=None):
    """Deep copy; `True` or `ck resolve pointers` resolve pointers; `ck shared` returns a
    shared copy (grouped with `groupWith`)."""
    if obj is None or obj is NULL:
        return NULL if obj is NULL else None
    if not is_object(obj) and not isinstance(obj, Coll):
        raise FourDError(ERR_TYPE_MISMATCH, f"OB Copy: an object is expected, got {type_name(obj)}")
    if type(option) is bool:
        return copy_value(obj, option)
    opt = 0 if option is None else int_arg(option, "OB Copy")
    out = copy_value(obj, bool(opt & CK_RESOLVE_POINTERS))
    if opt & CK_SHARED:
        make_shared_copy(out, group_with)
    return out


# ---------------------------------------------------------------- classes (§9)
# The class store (runtime.classes.store) owns what "class of" and "instance of" mean.
@command("OB Instance of", 1731)
def ob_instance_of(obj=None, cls=None):
    """True if obj's class is `cls` or a subclass of it (every object is a 4D.Object);
    error -10745 when `cls` is not a class."""
    from ..classes.store import instance_of
    return instance_of(obj, cls)


@command("OB Is shared", 1759)
def ob_is_shared(obj=None):
    """True for a shared object or collection; class objects are shared objects (Classes
    page), a TCPListener too (tcp.md §3)."""
    from ..classes.store import ClassDef, BuiltinClassRef
    if isinstance(obj, (ClassDef, BuiltinClassRef)):
        return True
    return bool(getattr(obj, "shared", False)) and isinstance(obj, (Obj, Coll, BuiltinObject))


@command("OB Class", 1730)
def ob_class(obj=None):
    """The class object of obj (`4D.Object` for plain objects), Null for non-objects."""
    from ..classes.store import class_of
    return class_of(obj)
