"""Built-in classes of the `4D` class store (`4D.TCPListener`, `4D.Blob`, ...).

A built-in instance is a Python object deriving from BuiltinObject. The interpreter reads
`obj.prop` through `props_4d` (4D name -> Python attribute; read-only: assigning is a 4D
error, tcp.md §7 decision 14, except the names in `writable_4d`, whose attribute is then set,
e.g. FileHandle.offset) and calls `obj.fn(...)` through `methods_4d`
(4D name -> Python method name taking the 4D arguments).

Objects whose members are not fixed (ORDA entities: one property per attribute of their
dataclass) also answer the names not in those tables through `get_member_4d`,
`set_member_4d` and `call_member_4d`; `item_4d` gives `obj[number]` and `foreach_4d` what
`For each` walks.
"""
from __future__ import annotations

BUILTIN_CLASSES: dict[str, type] = {}


class BuiltinObject:
    class_name = "Object"
    props_4d: dict[str, str] = {}
    methods_4d: dict[str, str] = {}
    writable_4d: frozenset = frozenset()    # 4D names of props_4d that `obj.prop:=v` sets

    @classmethod
    def new_4d(cls, *args):
        """`4D.<Class>.new(args…)`."""
        raise NotImplementedError

    def get_member_4d(self, name: str):
        """`obj.name` for a name outside props_4d/methods_4d (default: undefined)."""
        return None

    def set_member_4d(self, name: str, value):
        from .errors import FourDError, ERR_READONLY
        raise FourDError(ERR_READONLY, f"The property '{name}' of {self.class_name} is read-only")

    def call_member_4d(self, name: str, args):
        from .errors import FourDError, ERR_UNKNOWN_METHOD
        raise FourDError(ERR_UNKNOWN_METHOD, f"{self.class_name} has no function .{name}()")

    def item_4d(self, index):
        from .errors import FourDError, ERR_TYPE_MISMATCH
        raise FourDError(ERR_TYPE_MISMATCH, f"A {self.class_name} cannot be indexed")

    foreach_4d = None   # a method (begin, end) -> list of values, for objects `For each` walks

    def user_class_4d(self):
        """The project class (`cs.X`) this object is an instance of, or None (ORDA objects
        are instances of `cs.EmployeeEntity` & co. when the project defines them)."""
        return None

    def to_json_4d(self):
        """What JSON Stringify shows: a dict of 4D values (default: the readable props)."""
        return {name: getattr(self, attr) for name, attr in self.props_4d.items()}


def builtin_class(name: str):
    """Register a BuiltinObject subclass as `4D.<name>`."""
    def register(cls):
        cls.class_name = name
        BUILTIN_CLASSES[name] = cls
        return cls
    return register
