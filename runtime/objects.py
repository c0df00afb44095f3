"""Member access on 4D values: `o.prop`, `o[key]`, `col[i]`, `o.fn(…)` (language.md §4.7, §9).

One place decides what a property read/write/call means for every kind of value: plain
objects, class instances (functions and computed properties through the class chain),
collections (member functions), built-in class instances (4D.TCPConnection …), 4D.Blob,
4D.Function, class objects and class stores.
"""
from __future__ import annotations

from .errors import FourDError, ERR_NULL_MEMBER, ERR_INDEX_RANGE, ERR_TYPE_MISMATCH, \
    ERR_READONLY, ERR_SHARED, ERR_UNKNOWN_METHOD
from .function import Function4D
from .values import (NULL, Obj, Coll, Blob4D, Date4D, Time4D, Array4D, type_name,
                     default_of_type, value_type, IS_OBJECT, Pointer)
from .builtin import BuiltinObject
from .calling import arg_range, parameter_count_error
from .shared import adopt, is_locked_by_current

_MISSING = object()

# filled by runtime.collections (member functions of collections) and runtime.classes.store
COLLECTION_METHODS: dict = {}
SPECIAL_MEMBERS: dict = {}   # python type -> (getprop(obj, name), call(obj, name, args))
# built-in classes whose instances answer `o.name` / `o.name:=v` themselves, asked before
# any other look-up (ORDA entities: an attribute per name): python type -> (get, set)
MEMBER_HOOKS: dict = {}


# SET DATABASE PARAMETER(Dates inside objects / Times inside objects), set by
# commands/environment.py: None keeps dates as dates; times count seconds unless milliseconds
date_in_objects = None           # fn(Date4D) -> the value stored (the current process's mode)
times_in_milliseconds = False


def to_stored(v):
    """A value as kept inside an object/collection: numbers are Real, times are seconds,
    scalar blobs become 4D.Blob (language.md §2, §12.6)."""
    t = type(v)
    if t is int:
        return float(v)
    if t is Time4D:
        return float(int(v) * 1000 if times_in_milliseconds else int(v))
    if t is bytearray:
        return Blob4D(v)
    if t is Array4D:
        raise FourDError(ERR_TYPE_MISMATCH, "An array cannot be stored in an object or collection")
    if t is Date4D and date_in_objects is not None:
        return date_in_objects(v)
    return v


def find_function(obj, name: str):
    """The 4D.Function that `obj.name(...)` would call (own property first, then the class
    chain), or None. Used for TCP callbacks (tcp.md §1.1: lookup by name at event time)."""
    if isinstance(obj, Obj):
        v = obj.get(name)
        if isinstance(v, Function4D):
            return v
        cls = obj.cls
        while cls is not None:
            fn = cls.functions.get(name)
            if fn is not None:
                return fn
            cls = cls.superclass
    elif isinstance(obj, BuiltinObject):
        meth = obj.methods_4d.get(name)
        if meth is not None:
            bound = getattr(obj, meth)
            return Function4D(lambda _this, *a: bound(*a), name=f"{obj.class_name}.{name}")
    return None


def _null_read(name):
    raise FourDError(ERR_NULL_MEMBER, f"Trying to read property '{name}' of a null value")


def getprop(o, name):
    """`o.name`."""
    if type(o) is Obj:
        v = o.get(name, _MISSING)
        if v is not _MISSING:
            return v
        cls = o.cls
        if cls is None:
            return None
        return cls.instance_member(o, name)
    hook = MEMBER_HOOKS.get(type(o))
    if hook is not None:
        return hook[0](o, name)
    if o is None:
        return None
    if o is NULL:
        return _null_read(name)
    if isinstance(o, Coll):
        if name == "length":
            return len(o)
        return None
    if isinstance(o, BuiltinObject):
        return builtin_member(o, name)
    if isinstance(o, Obj):            # subclasses (class objects, stores) handled by type hooks
        hook = SPECIAL_MEMBERS.get(type(o))
        if hook is not None:
            return hook[0](o, name)
        return o.get(name)
    if type(o) is Blob4D:
        return len(o.data) if name == "size" else None
    if type(o) is Function4D:
        return _function_member(o, name)
    hook = SPECIAL_MEMBERS.get(type(o))
    if hook is not None:
        return hook[0](o, name)
    return None


def builtin_member(o: BuiltinObject, name):
    """`o.name` of a built-in class instance: a property, a member function, else what the
    object itself answers."""
    attr = o.props_4d.get(name)
    if attr is not None:
        return getattr(o, attr)
    if name in o.methods_4d:
        return find_function(o, name)
    return o.get_member_4d(name)


def set_builtin_member(o: BuiltinObject, name, v):
    """`o.name:=v` of a built-in class instance."""
    prop = o.props_4d.get(name)
    if prop is None:                # the object's own members (ORDA attributes…)
        o.set_member_4d(name, v)
    elif name in o.writable_4d:
        setattr(o, prop, v)
    else:
        raise FourDError(ERR_READONLY, f"The property '{name}' of {o.class_name} is read-only")


def check_writable(o):
    if o.shared and not is_locked_by_current(o):
        raise FourDError(ERR_SHARED, "A shared object or collection can only be modified "
                                     "inside a Use…End use structure")



def setprop(o, name, v):
    """`o.name:=v` (returns v so it can be used inside Formula expressions)."""
    if type(o) is Obj or (isinstance(o, Obj) and type(o) not in SPECIAL_MEMBERS):
        if o.shared:
            check_writable(o)
            v = adopt(v, o)
        cls = o.cls
        if cls is not None and cls.has_accessors and cls.set_computed(o, name, v):
            return v
        if v is None:
            # undefined resets an existing property to its type's empty value (§4.7)
            if name in o:
                old = o[name]
                o[name] = to_stored(default_of_type(value_type(old))) if value_type(old) != IS_OBJECT \
                    else NULL
            return v
        o[name] = to_stored(v)
        return v
    hook = MEMBER_HOOKS.get(type(o))
    if hook is not None:
        hook[1](o, name, v)
        return v
    if isinstance(o, BuiltinObject):
        set_builtin_member(o, name, v)
        return v
    if o is None or o is NULL:
        raise FourDError(ERR_NULL_MEMBER, f"Trying to set property '{name}' of a null value")
    hook = SPECIAL_MEMBERS.get(type(o))
    if hook is not None and len(hook) > 2:
        return hook[2](o, name, v)
    raise FourDError(ERR_TYPE_MISMATCH, f"Cannot set property '{name}' on a {type_name(o)}")



def getindex(o, k):
    """`o[k]`: collection element (0-based) or object property by text key."""
    if type(o) is Obj and type(k) is str:       # the common case, a plain object's property
        v = o.get(k, _MISSING)
        if v is not _MISSING:
            return v
        return getprop(o, k)
    if isinstance(o, Coll):
        if type(k) is str:
            return getprop(o, k)
        i = index_number(k)
        if 0 <= i < len(o):
            return o[i]
        raise FourDError(ERR_INDEX_RANGE, f"Collection index {i} out of range (length {len(o)})")
    if type(k) is str:
        return getprop(o, k)
    if type(o) is Blob4D:
        i = index_number(k)
        if 0 <= i < len(o.data):
            return o.data[i]
        raise FourDError(ERR_INDEX_RANGE, f"Blob index {i} out of range")
    if o is None:
        return None
    if o is NULL:
        return _null_read(str(k))
    if isinstance(o, BuiltinObject):
        return o.item_4d(k)
    raise FourDError(ERR_TYPE_MISMATCH, f"Cannot index a {type_name(o)} with a {type_name(k)}")


def index_number(k):
    """A number used as an index (collection, array, blob, text character): truncated."""
    t = type(k)
    if t is int:
        return k
    if t is float or t is Time4D:
        return int(k)
    raise FourDError(ERR_TYPE_MISMATCH, f"A number is expected as index, got {type_name(k)}")


def setindex(o, k, v):
    if type(o) is Obj and type(k) is str and o.cls is None and not o.shared:
        t = type(v)         # the common case: a plain object, a value stored as it is
        if t is float or t is str or t is bool or t is Obj or t is Coll:
            o[k] = v
            return v
        if t is int:
            o[k] = float(v)
            return v
        return setprop(o, k, v)
    if isinstance(o, Coll):
        if type(k) is str:
            return setprop(o, k, v)
        if o.shared:
            check_writable(o)
            v = adopt(v, o)
        i = index_number(k)
        if i < 0:
            raise FourDError(ERR_INDEX_RANGE, f"Collection index {i} out of range")
        n = len(o)
        if i >= n:
            o.extend([NULL] * (i - n + 1))
        o[i] = NULL if v is None else to_stored(v)
        return v
    if type(k) is str:
        return setprop(o, k, v)
    if o is None or o is NULL:
        raise FourDError(ERR_NULL_MEMBER, "Trying to set an element of a null value")
    raise FourDError(ERR_TYPE_MISMATCH, f"Cannot index a {type_name(o)} with a {type_name(k)}")


def call_method(o, name, args):
    """`o.name(args…)` (also `o[name](args…)`)."""
    if type(name) is not str:
        return call_value(getindex(o, name), args, o)
    if type(o) is Obj:
        v = o.get(name, _MISSING)
        if v is _MISSING and o.cls is not None:
            fn = o.cls.find_function(name)
            if fn is not None:
                return fn.fn(o, *args)
            v = o.cls.instance_member(o, name)
        if isinstance(v, Function4D):
            return v.fn(o, *args)
        return _not_a_function(o, name, v)
    fn = _MEMBER_FUNCTIONS.get((type(o), name))
    if fn is None:
        fn = _member_function(o, name)
    if fn is not None:
        try:
            return fn(o, *args)
        except TypeError as e:
            _check_arity(e, f"{'collection' if isinstance(o, Coll) else o.class_name}.{name}()",
                         fn, 1)
            raise
    if isinstance(o, BuiltinObject):
        return o.call_member_4d(name, args)
    if type(o) is Function4D:
        if name == "call":
            return o.fn(args[0] if args else None, *args[1:])
        if name == "apply":
            params = args[1] if len(args) > 1 and isinstance(args[1], Coll) else ()
            return o.fn(args[0] if args else None, *params)
        raise FourDError(ERR_UNKNOWN_METHOD, f"4D.Function has no function .{name}()")
    if type(o) is Blob4D and name == "slice":
        try:
            return blob_slice(o, *args)
        except TypeError as e:
            _check_arity(e, "4D.Blob.slice()", blob_slice, 1)
            raise
    hook = SPECIAL_MEMBERS.get(type(o))
    if hook is not None:
        return hook[1](o, name, args)
    if isinstance(o, Obj):
        v = o.get(name)
        if isinstance(v, Function4D):
            return v.fn(o, *args)
        return _not_a_function(o, name, v)
    if o is None or o is NULL:
        raise FourDError(ERR_NULL_MEMBER, f"Trying to call .{name}() on a null value")
    raise FourDError(ERR_UNKNOWN_METHOD, f"A {type_name(o)} has no function .{name}()")


def _function_member(f: Function4D, name: str):
    """Reading `f.name` without calling it: `.source` and `.name` are Text; `.call` and
    `.apply` are 4D.Function objects themselves (4D: native functions are 4D.Function objects),
    bound to `f`: `$m:=$f.call` then `$m($this; …)` is `$f.call($this; …)`; else undefined."""
    if name == "source":
        return f.source
    if name == "name":
        return f.name
    if name == "call" or name == "apply":
        return Function4D(lambda _this, *args: call_method(f, name, args), name=name)
    return None


# (python type, name) -> the function `fn(o, *args)` that `o.name(args…)` runs, for
# collections and built-in class instances (their member functions are their class's): found
# once, then one look-up per call
_MEMBER_FUNCTIONS: dict = {}


def _member_function(o, name):
    """The function a collection's or a built-in object's member call `o.name(…)` runs
    (remembered in _MEMBER_FUNCTIONS); None for other values and for the members a built-in
    object answers itself (call_member_4d: ORDA class functions)."""
    if isinstance(o, Coll):
        fn = COLLECTION_METHODS.get(name)
        if fn is None:
            raise FourDError(ERR_UNKNOWN_METHOD, f"Unknown member function of a collection: .{name}()")
    elif isinstance(o, BuiltinObject):
        meth = o.methods_4d.get(name)
        if meth is None:
            return None
        fn = getattr(type(o), meth)
    else:
        return None
    _MEMBER_FUNCTIONS[(type(o), name)] = fn
    return fn


def _check_arity(exc: TypeError, label: str, fn, skip: int):
    """A TypeError raised by the call itself (no deeper frame): the arguments did not fit the
    Python function, i.e. the 4D code passed too few or too many parameters."""
    if exc.__traceback__ is not None and exc.__traceback__.tb_next is None:
        raise parameter_count_error(label, *arg_range(fn, skip)) from None


def _not_a_function(o, name, v):
    if v is None:
        raise FourDError(ERR_UNKNOWN_METHOD, f"Unknown member function .{name}()")
    raise FourDError(ERR_UNKNOWN_METHOD, f"The property '{name}' is not a function")


def blob_slice(b: Blob4D, start=0, end=None):
    """`.slice({start {; end}})`: end excluded, negative values count from the end."""
    n = len(b.data)
    start = _slice_index(start or 0)
    end = n if end is None else _slice_index(end)
    if start < 0:
        start = max(0, start + n)
    if end < 0:
        end = max(0, end + n)
    return Blob4D(b.data[start:end])


def _slice_index(v) -> int:
    if type(v) is bool or not isinstance(v, (int, float)):
        raise FourDError(ERR_TYPE_MISMATCH, f"4D.Blob.slice(): a Number is expected, not "
                                            f"{type_name(v)}")
    return int(v) if v == v and abs(v) != float("inf") else 0


def call_value(f, args, this=None):
    """`$f(args…)`: call a 4D.Function held in a variable."""
    if type(f) is Function4D:
        return f.fn(this, *args)
    if f is None or f is NULL:
        raise FourDError(ERR_NULL_MEMBER, "Trying to call a null value as a function")
    raise FourDError(ERR_TYPE_MISMATCH, f"A {type_name(f)} is not a function")


def deep_copy(v, resolve_pointers=False, keep_shared=False, _memo=None):
    """The one deep copy of 4D values: OB Copy / collection.copy() (shared values become
    normal ones; `resolve_pointers` replaces pointers by their values) and parameters sent to
    another process (`keep_shared`: shared values are passed by reference, blobs copied)."""
    t = type(v)
    if isinstance(v, (Obj, Coll)):
        if keep_shared and v.shared:
            return v
        if type(v) is not Obj and not isinstance(v, Coll) and type(v) in SPECIAL_MEMBERS:
            return v                      # class objects and stores are not copied
        if _memo is None:
            _memo = {}
        done = _memo.get(id(v))
        if done is not None:
            return done
        if isinstance(v, Coll):
            out = Coll()
            _memo[id(v)] = out
            out.extend(deep_copy(x, resolve_pointers, keep_shared, _memo) for x in v)
            return out
        out = Obj()
        out.cls = v.cls
        _memo[id(v)] = out
        for k, x in v.items():
            out[k] = deep_copy(x, resolve_pointers, keep_shared, _memo)
        return out
    if resolve_pointers and t is Pointer:
        return deep_copy(to_stored(v.get()), True, keep_shared, _memo)
    if keep_shared and t is bytearray:
        return bytearray(v)
    return v
