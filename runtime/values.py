"""4D values (language.md §2) as Python objects.

Mapping (one place; everything else relies on it):
  Text -> str          Real -> float        Integer/Longint -> int     Boolean -> bool
  Date -> Date4D       Time -> Time4D(int)  Object -> Obj(dict)        Collection -> Coll(list)
  Blob -> bytearray    4D.Blob -> Blob4D    Pointer -> Pointer         undefined -> None
  Null -> NULL         arrays -> Array4D(list, element 0 at index 0)
"""
from __future__ import annotations

import datetime as _dt



class _NullType:
    """4D `Null`: a value of its own (Value type = Is null); falsy."""
    __slots__ = ()
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self):
        return False

    def __repr__(self):
        return "Null"

    def __reduce__(self):
        return (_NullType, ())


NULL = _NullType()
UNDEFINED = None


class _ByReference:
    """4D `=` on objects and collections compares references; Python hashing follows."""
    __slots__ = ()
    __hash__ = object.__hash__

    def __eq__(self, other):
        return self is other

    def __ne__(self, other):
        return self is not other


_dict_init, _list_init = dict.__init__, list.__init__


class Obj(_ByReference, dict):
    """A 4D object. Property order = creation order (dict). `cls` is the 4D class of an
    instance (None for plain objects); `shared` marks New shared object / shared classes."""
    __slots__ = ("cls", "shared", "group", "__weakref__")

    def __init__(self, *a, **k):
        if a or k:              # dict.__init__ directly, and only with items: half the cost
            _dict_init(self, *a, **k)
        self.cls = None
        self.shared = False
        self.group = None


class Coll(_ByReference, list):
    """A 4D collection (0-based, reference semantics)."""
    __slots__ = ("shared", "group", "__weakref__")

    def __init__(self, *a):
        if a:                   # list.__init__ directly, and only with items
            _list_init(self, *a)
        self.shared = False
        self.group = None


class Date4D:
    """A 4D date; `!00-00-00!` (0, 0, 0) is the null date."""
    __slots__ = ("y", "m", "d")

    def __init__(self, y=0, m=0, d=0):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_date(cls, d: _dt.date):
        return cls(d.year, d.month, d.day)

    def is_null(self):
        return self.y == 0 and self.m == 0 and self.d == 0

    def to_date(self):
        return _dt.date(self.y, self.m, self.d)

    def ordinal(self):
        if self.is_null():
            return 0
        return self.to_date().toordinal()

    @classmethod
    def from_ordinal(cls, n):
        if n <= 0:
            return cls()
        try:
            return cls.from_date(_dt.date.fromordinal(n))
        except (ValueError, OverflowError):
            return cls()

    def key(self):
        return (self.y, self.m, self.d)

    def __eq__(self, other):
        return isinstance(other, Date4D) and self.key() == other.key()

    def __hash__(self):
        return hash(self.key())

    def __lt__(self, other):
        return self.key() < other.key()

    def iso(self):
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"

    def __repr__(self):
        return f"!{self.iso()}!"


class Time4D(int):
    """A 4D time: a number of seconds. Arithmetic with numbers yields numbers (int ops)."""
    __slots__ = ()

    def __repr__(self):
        return "?" + time_text(self) + "?"


def time_text(seconds) -> str:
    s = int(seconds)
    sign = "-" if s < 0 else ""
    s = abs(s)
    return f"{sign}{s // 3600:02d}:{(s // 60) % 60:02d}:{s % 60:02d}"


class Blob4D:
    """`4D.Blob`: an immutable blob object (tcp.md §4.2, language.md §12.6)."""
    __slots__ = ("data", "__weakref__")

    def __init__(self, data=b""):
        self.data = bytes(data)

    @property
    def size(self):
        return len(self.data)

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return f"4D.Blob({len(self.data)} bytes)"


class Array4D(list):
    """A 4D array: 1-based with an element 0 (index 0 of the list). `kind` is the array type
    constant (e.g. 18 Text array); `selected` is what the bare array name evaluates to."""
    __slots__ = ("kind", "default", "selected")

    def __init__(self, kind, default, size=0):
        super().__init__([default] * (size + 1))
        self.kind = kind
        self.default = default
        self.selected = 0

    __hash__ = object.__hash__

    def __eq__(self, other):
        return self is other


class Pointer:
    """`->target`: reads/writes through two closures; `key` identifies the target so that
    two pointers to the same variable compare equal."""
    __slots__ = ("get", "set", "key", "name", "declared")

    def __init__(self, get, set_, key, name="", declared=None):
        self.get, self.set, self.key, self.name = get, set_, key, name
        self.declared = declared        # declared type of the variable pointed to, if known

    def __eq__(self, other):
        return isinstance(other, Pointer) and self.key == other.key

    def __hash__(self):
        return hash(self.key)

    def __repr__(self):
        return f"->{self.name}"


class Picture4D:
    """An (empty) picture: pictures are out of scope, but variables of that type exist."""
    __slots__ = ("data",)

    def __init__(self, data=b""):
        self.data = bytes(data)

    def __repr__(self):
        return "[object Picture]"


class Star:
    """The `*` operator argument of commands (`JSON Stringify($o; *)`)."""
    __slots__ = ()

    def __repr__(self):
        return "*"


class SortOrder:
    """The `>` / `<` arguments of SORT ARRAY and friends."""
    __slots__ = ("ascending",)

    def __init__(self, ascending):
        self.ascending = ascending

    def __repr__(self):
        return ">" if self.ascending else "<"


STAR = Star()
ASCENDING = SortOrder(True)
DESCENDING = SortOrder(False)


# Value type constants (language.md §12.5)
IS_REAL, IS_TEXT, IS_PICTURE, IS_DATE, IS_UNDEFINED, IS_BOOLEAN = 1, 2, 3, 4, 5, 6
IS_INTEGER, IS_LONGINT, IS_TIME, IS_VARIANT, IS_POINTER, IS_BLOB = 8, 9, 11, 12, 23, 30
IS_OBJECT, IS_COLLECTION, IS_NULL = 38, 42, 255


def value_type(v) -> int:
    """`Value type`: numbers all report Is real (interpreted 4D, language.md §2)."""
    t = type(v)
    if t is str:
        return IS_TEXT
    if t is float or t is int:
        return IS_REAL
    if t is bool:
        return IS_BOOLEAN
    if v is None:
        return IS_UNDEFINED
    if v is NULL:
        return IS_NULL
    if t is Time4D:
        return IS_TIME
    if t is Date4D:
        return IS_DATE
    if isinstance(v, Coll):
        return IS_COLLECTION
    if isinstance(v, (bytearray,)):
        return IS_BLOB
    if isinstance(v, Pointer):
        return IS_POINTER
    if isinstance(v, Array4D):
        return IS_REAL          # an array alone evaluates to its selected index (§4.7)
    if t is Picture4D:
        return IS_PICTURE
    return IS_OBJECT


def declared_type(v, tcode=None) -> int:
    """`Type(variable)`: the variable's declared type when known, else from its value."""
    if isinstance(v, Array4D):
        return v.kind
    if tcode is not None and tcode != IS_VARIANT:
        return tcode
    if v is None:
        return IS_VARIANT if tcode == IS_VARIANT else IS_UNDEFINED
    return value_type(v)


def type_name(v) -> str:
    return {IS_TEXT: "Text", IS_REAL: "Number", IS_BOOLEAN: "Boolean", IS_UNDEFINED: "Undefined",
            IS_NULL: "Null", IS_TIME: "Time", IS_DATE: "Date", IS_COLLECTION: "Collection",
            IS_BLOB: "Blob", IS_POINTER: "Pointer", IS_OBJECT: "Object",
            IS_PICTURE: "Picture"}.get(value_type(v), "Array")


def is_object(v) -> bool:
    """A 4D Object value (plain object, class instance, 4D.Blob, built-in class instance)."""
    return v is not None and v is not NULL and value_type(v) == IS_OBJECT


def round_half_away(x: float) -> int:
    """4D conversions round half away from zero (language.md §2 decision)."""
    if x >= 0:
        return int(x + 0.5)
    return -int(-x + 0.5)


def num_text(x) -> str:
    """Default number format of String(): up to 13 significant digits, '.' separator."""
    if type(x) is int or type(x) is Time4D:
        x = int(x)
        if -1e15 < x < 1e15:
            return str(x)
        x = float(x)     # as big as a Real's digits go: shown as the Real (typed = untyped)
    if x != x:
        return ""
    if x == float("inf"):
        return "INF"
    if x == float("-inf"):
        return "-INF"
    if x == int(x) and abs(x) < 1e15:
        return str(int(x))
    s = "%.13g" % x
    if "e" in s:
        mant, exp = s.split("e")
        sign = exp[0]
        exp = exp[1:].lstrip("0") or "0"
        s = f"{mant}e{sign}{exp}"
    return s


def default_of_type(type_code: int):
    """The empty value of a declared type (var, missing parameters, `Undefined` assignment)."""
    return _DEFAULTS.get(type_code, lambda: None)()


_DEFAULTS = {
    IS_TEXT: lambda: "", IS_REAL: lambda: 0.0, IS_LONGINT: lambda: 0, IS_INTEGER: lambda: 0,
    IS_BOOLEAN: lambda: False, IS_DATE: lambda: Date4D(), IS_TIME: lambda: Time4D(0),
    IS_OBJECT: lambda: NULL, IS_COLLECTION: lambda: NULL, IS_BLOB: bytearray,
    IS_POINTER: lambda: NULL, IS_VARIANT: lambda: None, IS_PICTURE: Picture4D,
}
