"""Shared objects and collections: `Use…End use` locking and shared groups (language.md §10)."""
from __future__ import annotations

import threading

from .errors import FourDError, ERR_SHARED
from .builtin import BuiltinObject
from .values import Obj, Coll

_local = threading.local()


class SharedGroup:
    """Objects locked together; `Use` on any member locks the whole group (re-entrant)."""
    __slots__ = ("lock",)

    def __init__(self):
        self.lock = threading.RLock()


def _group(v):
    if v.group is None:
        v.group = SharedGroup()
    return v.group


def _held():
    held = getattr(_local, "held", None)
    if held is None:
        held = _local.held = {}
    return held


def is_locked_by_current(v) -> bool:
    return _held().get(id(_group(v)), 0) > 0


class use:
    """Context manager for `Use(x) … End use`."""
    __slots__ = ("group",)

    def __init__(self, v):
        if isinstance(v, (Obj, Coll)) and v.shared:
            self.group = _group(v)
        elif getattr(v, "is_class_object", False):     # a class object is a shared object
            self.group = v.use_group()                 # (language.md §9): `Use(cs.Person)`
        else:
            raise FourDError(ERR_SHARED, "Use requires a shared object or shared collection")

    def __enter__(self):
        self.group.lock.acquire()
        held = _held()
        held[id(self.group)] = held.get(id(self.group), 0) + 1

    def __exit__(self, *exc):
        held = _held()
        held[id(self.group)] -= 1
        self.group.lock.release()
        return False


def make_shared(v, group=None):
    """Turn a fresh value into a shared one (New shared object(…) arguments, copy(ck shared))."""
    if isinstance(v, (Obj, Coll)):
        if v.shared:
            return v
        v.shared = True
        v.group = group or SharedGroup()
        items = v.items() if isinstance(v, Obj) else enumerate(v)
        for k, x in list(items):
            v[k] = make_shared(x, v.group)
    return v


def adopt(v, container):
    """A value put into a shared container: scalars as is, shared values join the container's
    group, non-shared objects/collections are an error (4D rule)."""
    if isinstance(v, BuiltinObject) and not getattr(v, "shared", False):
        # a TCPConnection or TCPEvent belongs to its process (tcp.md §2); a TCPListener is shared
        raise FourDError(ERR_SHARED, f"A {v.class_name} object cannot be put into a shared "
                                     "object or collection")
    if isinstance(v, (Obj, Coll)):
        if not v.shared:
            raise FourDError(ERR_SHARED, "Only shared objects or collections can be put into a "
                                         "shared object or collection")
        storage = getattr(container, "_is_storage", False)
        if not storage and v.group is not container.group:
            if v.group is not None and getattr(v.group, "joined", False):
                raise FourDError(ERR_SHARED, "A shared object can belong to only one shared group")
            v.group = container.group
    return v
