"""Member access on 4D objects: properties, class functions through the prototype chain."""
from __future__ import annotations

from .function import Function4D
from .values import Obj


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
    return None
