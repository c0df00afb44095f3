"""User classes (`cs`), the `4D` built-in class store, and class objects (language.md §9)."""
from __future__ import annotations

import importlib

from .. import host
from ..errors import FourDError, ERR_UNKNOWN_CLASS, ERR_READONLY, ERR_UNKNOWN_METHOD, ERR_TYPE_MISMATCH
from ..function import Function4D
from ..values import Obj, NULL
from .. import objects as O
from ..builtin import BUILTIN_CLASSES, BuiltinObject
from .. import lazy_index


class ClassDef:
    """A class object: `cs.Person`, with functions shared through the prototype chain."""
    is_class_object = True          # a shared object: `Use(cs.Person)` locks it

    def __init__(self, name, superclass=None):
        self.name = name
        self.superclass = superclass
        self.functions: dict[str, Function4D] = {}
        self.getters: dict[str, Function4D] = {}
        self.setters: dict[str, Function4D] = {}
        self.constructor: Function4D | None = None
        self.prop_init = None                  # fn(this) creating `property x := value`s
        self.shared = False
        self.singleton = False
        self.shared_functions: set[str] = set()
        self.has_accessors = False
        self._me: dict = {}            # singleton instances: one per process, or one (key None) if shared
        self._group = None             # the lock of `Use(cs.Person)`

    def use_group(self):
        """The lock `Use(cs.Person)` takes (one per class object, made on first use)."""
        if self._group is None:
            from ..shared import SharedGroup
            self._group = SharedGroup()
        return self._group

    def finish(self):
        c = self
        while c is not None:
            if c.getters or c.setters:
                self.has_accessors = True
            c = c.superclass

    # ------------------------------------------------------------ prototype chain
    def find_function(self, name):
        c = self
        while c is not None:
            fn = c.functions.get(name)
            if fn is not None:
                return fn
            c = c.superclass
        return None

    def _find(self, table, name):
        c = self
        while c is not None:
            fn = getattr(c, table).get(name)
            if fn is not None:
                return fn
            c = c.superclass
        return None

    def instance_member(self, obj, name):
        """A name not stored on the instance: computed property or function."""
        if self.has_accessors:
            getter = self._find("getters", name)
            if getter is not None:
                return getter.fn(obj)
        return self.find_function(name)

    def set_computed(self, obj, name, value):
        setter = self._find("setters", name)
        if setter is not None:
            setter.fn(obj, value)
            return True
        if self._find("getters", name) is not None:
            raise FourDError(ERR_READONLY, f"The computed property '{name}' of {self.name} is read-only")
        return False

    def is_subclass_of(self, other):
        c = self
        while c is not None:
            if c is other:
                return True
            c = c.superclass
        return False

    # ------------------------------------------------------------ instances
    def new(self, *args):
        if self.singleton:              # a singleton class: new() returns the existing instance
            key = self._singleton_key()
            if key in self._me:
                return self._me[key]
        obj = Obj()
        obj.cls = self
        chain = []
        c = self
        while c is not None:
            chain.append(c)
            c = c.superclass
        for c in reversed(chain):
            if c.prop_init is not None:
                c.prop_init(obj)
        self.construct(obj, args)
        if self.shared:
            from ..shared import make_shared
            make_shared(obj)
        if self.singleton:
            self._me[key] = obj
        return obj

    def construct(self, obj, args):
        c = self
        while c is not None:
            if c.constructor is not None:
                c.constructor.fn(obj, *args)
                return
            c = c.superclass

    def _singleton_key(self):
        """A shared singleton has one instance in the application, a process singleton one
        per process (Classes page, singleton types)."""
        if self.shared:
            return None
        from ..process import current_process
        return current_process().number

    @property
    def me(self):
        inst = self._me.get(self._singleton_key())
        return inst if inst is not None else self.new()

    def __repr__(self):
        return f"[class {self.name}]"


OBJECT_CLASS = ClassDef("Object")


def _class_getprop(cls: ClassDef, name):
    if name == "name":
        return cls.name
    if name == "superclass":
        if cls is OBJECT_CLASS:
            return NULL
        sup = cls.superclass
        if sup is not None and getattr(sup, "orda_base", False):
            return STORE_4D.get(sup.name)    # ORDA classes extend 4D.Entity & co. (db/model.py)
        return sup or OBJECT_CLASS
    if name == "new":
        return Function4D(lambda _this, *a: cls.new(*a), name=f"{cls.name}.new")
    if name == "isShared":
        return cls.shared
    if name == "isSingleton":
        return cls.singleton
    if name == "isSessionSingleton":
        return False
    if name == "me":
        return cls.me if cls.singleton else None
    return None


def _class_call(cls: ClassDef, name, args):
    if name == "new":
        return cls.new(*args)
    raise FourDError(ERR_UNKNOWN_METHOD, f"Class {cls.name} has no function .{name}()")


class ClassStore:
    """`cs`: classes of the project, loaded lazily by name (case-sensitive)."""

    def __init__(self, loader, class_names=(), more_names=None):
        self._loader = loader          # name -> ClassDef | None
        self._classes: dict[str, ClassDef] = {}
        self.class_names = sorted(class_names)   # the project's class files
        self._more_names = more_names  # () -> names the loader knows without a file (ORDA)
        self.component_namespaces: set[str] = set()   # `cs.<component>` (not loaded)

    def names_4d(self):
        """The class names (`For each ($name; cs)`), without loading the classes."""
        names = self.class_names or sorted(self._classes)
        more = self._more_names() if self._more_names is not None else ()
        return sorted(set(names).union(more)) if more else list(names)

    def items_4d(self):
        return [(n, self.get(n)) for n in self.names_4d()]

    def get(self, name):
        cls = self._classes.get(name)
        if cls is None:
            cls = self._loader(name)
            if cls is not None:
                self._classes[name] = cls
        return cls


def _store_getprop(store: ClassStore, name):
    cls = store.get(name)
    if cls is None:
        if name in store.component_namespaces:
            raise FourDError(ERR_UNKNOWN_CLASS, f"cs.{name}: components are not supported by fourd "
                                                f"(classes of the component '{name}')")
        raise FourDError(ERR_UNKNOWN_CLASS, f"Unknown class: cs.{name}")
    return cls


def _store_call(store, name, args):
    raise FourDError(ERR_UNKNOWN_METHOD, f"cs.{name}() is not a function")


class BuiltinClassRef:
    """`4D.TCPListener` etc.: a class object for a built-in class."""

    def __init__(self, name, new_fn, pycls=None):
        self.name = name
        self.new_fn = new_fn
        self.pycls = pycls


def _builtin_getprop(ref: BuiltinClassRef, name):
    if name == "name":
        return ref.name
    if name == "new":
        return Function4D(lambda _this, *a: ref.new_fn(*a), name=f"4D.{ref.name}.new")
    if name == "superclass":
        return OBJECT_CLASS
    return None


def _builtin_call(ref: BuiltinClassRef, name, args):
    if name == "new":
        return ref.new_fn(*args)
    raise FourDError(ERR_UNKNOWN_METHOD, f"4D.{ref.name} has no function .{name}()")


class Store4D:
    """The `4D` class store."""

    def __init__(self):
        self.extra: dict[str, BuiltinClassRef] = {}

    def get(self, name):
        ref = self.extra.get(name)
        if ref is not None:
            return ref
        cls = BUILTIN_CLASSES.get(name)
        if cls is None and name in lazy_index.CLASSES:      # a class loaded on first use
            importlib.import_module(lazy_index.CLASSES[name])
            ref = self.extra.get(name)
            if ref is not None:
                return ref
            cls = BUILTIN_CLASSES.get(name)
        if cls is not None:
            ref = BuiltinClassRef(name, cls.new_4d, cls)
            self.extra[name] = ref
            return ref
        if name == "Object":
            return OBJECT_CLASS
        return None

    def names_4d(self):
        return sorted(set(self.extra) | set(BUILTIN_CLASSES) | set(lazy_index.CLASSES) | {"Object"})

    def items_4d(self):
        return [(n, self.get(n)) for n in self.names_4d()]

    def register(self, name, new_fn, pycls=None):
        self.extra[name] = BuiltinClassRef(name, new_fn, pycls)


def _store4d_getprop(store: Store4D, name):
    ref = store.get(name)
    if ref is None:
        raise FourDError(ERR_UNKNOWN_CLASS, f"Unknown class: 4D.{name}")
    return ref


STORE_4D = Store4D()

O.SPECIAL_MEMBERS[ClassDef] = (_class_getprop, _class_call)
O.SPECIAL_MEMBERS[ClassStore] = (_store_getprop, _store_call)
O.SPECIAL_MEMBERS[BuiltinClassRef] = (_builtin_getprop, _builtin_call)
O.SPECIAL_MEMBERS[Store4D] = (_store4d_getprop, _store_call)


def class_of(v):
    """`OB Class(obj)`."""
    if isinstance(v, Obj) and type(v) is Obj:
        return v.cls or OBJECT_CLASS
    if isinstance(v, (ClassDef, BuiltinClassRef)):
        return STORE_4D.get("Class")
    if isinstance(v, Function4D):
        return STORE_4D.get("Function")
    from ..values import Blob4D
    if isinstance(v, Blob4D):
        return STORE_4D.get("Blob")
    if isinstance(v, BuiltinObject):
        return v.user_class_4d() or STORE_4D.get(v.class_name)
    return NULL


def instance_of(v, cls) -> bool:
    """`OB Instance of(obj; class)`."""
    if isinstance(cls, ClassDef):
        if cls is OBJECT_CLASS:
            from ..values import is_object
            return is_object(v)
        own = v.cls if isinstance(v, Obj) else \
            v.user_class_4d() if isinstance(v, BuiltinObject) else None
        return own is not None and own.is_subclass_of(cls)
    if isinstance(cls, BuiltinClassRef):
        if cls.pycls:
            return isinstance(v, cls.pycls)
        return False
    raise FourDError(ERR_UNKNOWN_CLASS, "OB Instance of: the second parameter is not a class")


def check_class(value, path):
    """`var $x : cs.Foo := …`: the value must be an instance of that class (20 R10)."""
    class_value(value, path)


def class_value(value, path):
    """A value stored into a variable declared `cs.X`/`4D.X`: the value, which must be an
    instance of that class (a scalar Blob stored into a 4D.Blob becomes one, 4d/docs
    dt_blob.md)."""
    if value is None or value is NULL:
        return value
    if type(value) is bytearray and len(path) == 2 and path[0] == "4d" and \
            path[1].lower() == "blob":
        from ..values import Blob4D
        return Blob4D(value)
    known = _declared            # declared_class(path), without the call once known
    cls = known[1].get(path, _declared) if known[0] is host.running else _declared
    if cls is _declared:
        cls = declared_class(path)
    if cls is None:
        return value
    # the usual case first: the value's own class is the declared one
    own = value.cls if type(value) is Obj else \
        value.user_class_4d() if isinstance(value, BuiltinObject) else None
    if own is not cls and not instance_of(value, cls):
        raise FourDError(ERR_TYPE_MISMATCH, f"Type mismatch: an instance of {cls.name} is expected")
    return value


# the running project, and the class of each declaration path it used (None: no check)
_declared: list = [None, {}]


def declared_class(path):
    """The project class (`cs`, path ("cs", name)) or 4D class (("4d", name)) a declaration
    names, which values stored into the variable must be instances of; None when there is
    nothing to check (an unknown class, a built-in class of plain values, a longer path).
    Found once per path and project: it is asked at each assignment."""
    project = host.project()
    known = _declared
    if known[0] is not project:
        known[:] = [project, {}]
    classes = known[1]
    cls = classes.get(path, _declared)
    if cls is not _declared:
        return cls
    cls = None
    if len(path) == 2 and path[0] == "cs" and project is not None:
        cls = project.cs.get(path[1])
    elif len(path) == 2 and path[0] == "4d":
        cls = STORE_4D.get(path[1])
    if type(cls) is not ClassDef:
        cls = None
    classes[path] = cls
    return cls


def _register_builtin_values():
    """Built-in classes whose instances are plain runtime values (4D.Blob, 4D.Function, 4D.Class)."""
    from .blob import new_blob
    from ..values import Blob4D
    STORE_4D.register("Blob", new_blob, Blob4D)
    STORE_4D.register("Function", _no_new("Function"), Function4D)
    STORE_4D.register("Class", _no_new("Class"), (ClassDef, BuiltinClassRef))


    for name in _KNOWN_UNSUPPORTED:
        STORE_4D.register(name, _not_supported_new(name), ())


# built-in classes of 4D that fourd knows by name but does not implement: `4D.ZipFile` is a class
# (OB Instance of works and gives False), `4D.ZipFile.new()` is a clear "not supported" error
_KNOWN_UNSUPPORTED = (
    "ZipArchive", "ZipFile", "ZipFolder", "HTTPRequest", "HTTPAgent",
    "WebSocket", "WebSocketServer", "WebSocketConnection", "WebServer",
    "Session", "CryptoKey", "DataStore", "DataClass", "Entity", "EntitySelection",
    "IMAPTransporter", "POP3Transporter", "SMTPTransporter", "MailAttachment", "OutgoingMessage",
    "IncomingMessage", "UDPSocket", "UDPEvent", "Vector", "Document", "WebForm",
    "WebFormItem", "OpenAI")


def _not_supported_new(name):
    def new(*_args):
        from ..errors import ERR_NOT_SUPPORTED
        raise FourDError(ERR_NOT_SUPPORTED, f"command not supported: 4D.{name}.new()")
    return new


def _no_new(name):
    def new(*_args):
        raise FourDError(ERR_UNKNOWN_METHOD, f"4D.{name}.new() is not available")
    return new


_register_builtin_values()
