"""Places 4D code reads and writes through: pointers (`->x`, `x->`) and the by-reference
arguments of commands (`Ref`), for process variables, array elements, properties and
indexes."""
from __future__ import annotations

from . import objects
from .arrays import elem, setelem
from .calling import Ref
from .errors import FourDError, ERR_NULL_MEMBER, ERR_TYPE_MISMATCH
from .values import NULL, Pointer, type_name


def deref(p):
    if type(p) is Pointer:
        return p.get()
    raise FourDError(ERR_NULL_MEMBER if p in (None, NULL) else ERR_TYPE_MISMATCH,
                     "Dereferencing a nil pointer" if p in (None, NULL) else
                     f"-> needs a Pointer, got {type_name(p)}")


def deref_set(p, v):
    if type(p) is Pointer:
        p.set(v)
        return v
    deref(p)


def pv_pointer(store, key, name):
    return Pointer(lambda: store.get(key), lambda v: store.__setitem__(key, v), (id(store), key), name)


def elem_pointer(a, i):
    return Pointer(lambda: elem(a, i), lambda v: setelem(a, i, v), (id(a), "{}", i), "element")


def prop_pointer(o, name):
    return Pointer(lambda: objects.getprop(o, name), lambda v: objects.setprop(o, name, v),
                   (id(o), ".", name), name)


def index_pointer(o, k):
    return Pointer(lambda: objects.getindex(o, k), lambda v: objects.setindex(o, k, v),
                   (id(o), "[]", k), "element")


def value_pointer(v):
    raise FourDError(ERR_TYPE_MISMATCH, "-> needs a variable, an array element or a property")


def pv_ref(store, key, name):
    return Ref(lambda: store.get(key), lambda v: store.__setitem__(key, v), name)


def prop_ref(o, name):
    return Ref(lambda: objects.getprop(o, name), lambda v: objects.setprop(o, name, v), name)


def index_ref(o, k):
    return Ref(lambda: objects.getindex(o, k), lambda v: objects.setindex(o, k, v), "element")


def elem_ref(a, i):
    return Ref(lambda: elem(a, i), lambda v: setelem(a, i, v), "element")


def deref_ref(p):
    if type(p) is not Pointer:
        deref(p)
    return Ref(p.get, p.set, p.name)
