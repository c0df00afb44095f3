"""`ds`, `4D.DataStoreImplementation` and `4D.DataClass` (docs API/DataStoreClass.md,
API/DataClassClass.md), and the base classes the project's ORDA classes extend.

Decisions:
* `ds` lists the dataclasses of the tables that have a single-field primary key (4D's rule);
  `ds.<name>` is case-sensitive, like 4D.
* The project's `cs.DataStore`, `cs.<Table>`, `cs.<Table>Entity` and `cs.<Table>Selection`
  classes give their functions (and computed/alias attributes) to `ds`, dataclasses, entities
  and entity selections; `This` is the ORDA object.
* `exposed` / `local` keywords are accepted and change nothing (fourd has no REST server and no
  client/server split).
"""
from __future__ import annotations

from .. import host
from ..builtin import BuiltinObject, builtin_class
from ..classes.store import ClassDef, STORE_4D
from ..errors import FourDError, ERR_TYPE_MISMATCH
from ..objects import MEMBER_HOOKS, builtin_member, set_builtin_member
from ..values import NULL, Coll, Obj, type_name
from . import rows
from .database import current as current_database
from .entity import Entity
from .db_errors import db_error, ERR_NO_TABLE
from .model import ORDA_BASES, DataClassModel
from .rows import get_entity
from .selection import EntitySelection, all_of, run_query
from .session import session
from .types import blank

DK_KEEP_ORDERED = 1


def precreated_class(name: str) -> ClassDef | None:
    """`cs.<name>` of a project without a class file of that name: 4D's empty ORDA class
    (model.py), or None. The names of 4D's own classes (`Class extends Entity`) are never
    one, and do not read the catalog."""
    if name in ORDA_BASES:
        return None
    return _precreated().get(name)


def precreated_names() -> list[str]:
    """The names of 4D's empty ORDA classes (`For each ($name; cs)`, `OB Keys(cs)`: docs
    ORDA/ordaClasses.md, "All ORDA data model classes are exposed as properties of cs")."""
    return list(_precreated())


def _precreated() -> dict:
    try:
        return current_database().model.precreated_classes
    except FourDError:      # a catalog that cannot be read has no classes (ds says why)
        return {}


@builtin_class("DataClass")
class DataClass(BuiltinObject):
    methods_4d = {n: n for n in (
        "all", "get", "query", "new", "newSelection", "fromCollection", "getInfo", "getCount",
        "getDataStore", "clearRemoteCache", "getRemoteCache", "setRemoteCacheSettings")}

    def __init__(self, dc: DataClassModel):
        self.dc = dc

    @classmethod
    def new_4d(cls, *args):
        raise FourDError(ERR_TYPE_MISMATCH, "4D.DataClass objects come from ds (ds.<DataClass>)")

    def __repr__(self):
        return f"<4D.DataClass {self.dc.name}>"

    def to_json_4d(self):
        return {name: a.describe() for name, a in self.dc.all_attributes().items()}

    def user_class_4d(self):
        return self.dc.dataclass_class

    def get_member_4d(self, name):
        attr = self.dc.attribute(name)
        if attr is not None:
            return attr.describe()
        cls = self.dc.dataclass_class
        return cls.find_function(name) if cls is not None else None

    def call_member_4d(self, name, args):
        cls = self.dc.dataclass_class
        fn = cls.find_function(name) if cls is not None else None
        if fn is None:
            return super().call_member_4d(name, args)
        return fn.fn(self, *args)

    def all(self, settings=None):
        return all_of(self.dc)

    def get(self, key=None, settings=None):
        e = get_entity(self.dc, key)
        return NULL if e is None else e

    def query(self, what=None, *args):
        if type(what) is str:                   # a plain query string run before
            plan = self.dc.query_plans.get(what)
            if plan and plan.fast:
                result = plan.fast(self.dc, args)
                if result is not None:
                    return result
        return run_query(self.dc, what, args, None)

    def new(self):
        dc = self.dc
        e = Entity(dc)
        if dc.never_null_fields:
            values = e.values
            for f in dc.never_null_fields:
                values[f.name] = blank(f.kind)
        return e

    def newSelection(self, keep_ordered=0):
        return EntitySelection(self.dc, [], ordered=keep_ordered == DK_KEEP_ORDERED,
                               alterable=True)

    def fromCollection(self, objects=None, settings=None):
        from .exporting import from_collection
        return from_collection(self.dc, objects, settings)

    def getInfo(self):
        o = Obj()
        o["exposed"] = self.dc.table.exposed
        o["name"] = self.dc.name
        o["primaryKey"] = self.dc.primary_key.name
        o["tableNumber"] = float(self.dc.table.number)
        return o

    def getCount(self):
        return rows.count(self.dc)

    def getDataStore(self):
        return datastore()

    def clearRemoteCache(self):
        return None

    def getRemoteCache(self):
        return NULL

    def setRemoteCacheSettings(self, settings=None):
        return None


@builtin_class("DataStoreImplementation")
class DataStore(BuiltinObject):
    methods_4d = {n: n for n in (
        "startTransaction", "cancelTransaction", "validateTransaction", "getInfo",
        "isAdminProtected", "flushAndLock", "unlock", "locked", "getRequestLog",
        "getGlobalStamp", "setGlobalStamp", "makeSelectionsAlterable", "encryptionStatus",
        "setAdminProtection", "clearAllRemoteContexts", "getAllRemoteContexts",
        "getRemoteContextInfo", "startRequestLog", "stopRequestLog", "provideDataKey")}

    def __init__(self, db):
        self.db = db
        self._dataclasses: dict = {}     # name -> its 4D.DataClass object, once asked for

    @classmethod
    def new_4d(cls, *args):
        raise FourDError(ERR_TYPE_MISMATCH, "the datastore is `ds`")

    def __repr__(self):
        return "<ds>"

    def names(self):
        return list(self.db.model.dataclasses)

    def to_json_4d(self):
        return {name: dc.class_instance() for name, dc in self.db.model.dataclasses.items()}

    def foreach_4d(self, begin=None, end=None):
        return self.names()

    def user_class_4d(self):
        return _user_datastore_class()

    def member_4d(self, name):
        """`ds.name` (objects.MEMBER_HOOKS): a dataclass already asked for, without further
        look-ups, else as for any built-in object."""
        found = self._dataclasses.get(name)
        if found is not None and name not in self.methods_4d:
            return found
        return builtin_member(self, name)

    def get_member_4d(self, name):
        dc = self.db.model.dataclasses.get(name)
        if dc is not None:
            found = self._dataclasses[name] = dc.class_instance()
            return found
        cls = _user_datastore_class()
        return cls.find_function(name) if cls is not None else None

    def call_member_4d(self, name, args):
        cls = _user_datastore_class()
        fn = cls.find_function(name) if cls is not None else None
        if fn is None:
            return super().call_member_4d(name, args)
        return fn.fn(self, *args)

    def item_4d(self, k):
        if isinstance(k, str):
            return self.get_member_4d(k)
        return super().item_4d(k)

    # transactions (the same levels as START/VALIDATE/CANCEL TRANSACTION)
    def startTransaction(self):
        session().start()

    def cancelTransaction(self):
        session().cancel()

    def validateTransaction(self):
        session().validate()

    def getInfo(self):
        o = Obj()
        o["type"] = "4D"
        o["networked"] = False
        o["localID"] = ""
        b = self.db
        o["name"] = "ds"
        o["dataFile"] = b.data_location or ""
        return o

    def isAdminProtected(self):
        return False

    def flushAndLock(self):
        return None

    def unlock(self):
        return None

    def locked(self):
        return False

    def getRequestLog(self):
        return Coll()

    def getGlobalStamp(self):
        return 0

    def setGlobalStamp(self, _stamp=None):
        return None

    def makeSelectionsAlterable(self):
        return None

    def encryptionStatus(self):
        o = Obj()
        o["isEncrypted"] = False
        o["keyProvided"] = False
        o["tables"] = Obj()
        return o

    def setAdminProtection(self, _status=None):
        return None

    def clearAllRemoteContexts(self):
        return None

    def getAllRemoteContexts(self):
        return Coll()

    def getRemoteContextInfo(self, _name=None):
        return NULL

    def startRequestLog(self, *_args):
        return None

    def stopRequestLog(self):
        return None

    def provideDataKey(self, *_args):
        return False


def _user_datastore_class():
    project = host.project()
    cls = project.cs.get("DataStore") if project is not None else None
    c = cls
    while c is not None:
        if getattr(c, "orda_base", False):
            return cls
        c = c.superclass
    return None


_datastores: dict = {}
# (project, its `ds`): the usual answer without a look-up (a project keeps its database)
_last_datastore: tuple = (None, None)


def datastore() -> DataStore:
    global _last_datastore
    last = _last_datastore
    if last[0] is host.running and last[0] is not None:
        return last[1]
    db = current_database()
    ds = _datastores.get(id(db))
    if ds is None or ds.db is not db:
        ds = _datastores[id(db)] = DataStore(db)
    _last_datastore = (host.running, ds)
    return ds


def dataclass_by_name(name) -> DataClassModel:
    if not isinstance(name, str):
        raise FourDError(ERR_TYPE_MISMATCH, f"a dataclass name is expected, got {type_name(name)}")
    dc = current_database().model.dataclasses.get(name)
    if dc is None:
        raise db_error(ERR_NO_TABLE, f"Unknown dataclass: {name}")
    return dc


# `4D.DataClass` & co. are classes (OB Instance of works), created only by ds
for _name, _cls in (("DataStoreImplementation", DataStore), ("DataClass", DataClass),
                    ("Entity", Entity), ("EntitySelection", EntitySelection)):
    STORE_4D.register(_name, _cls.new_4d, _cls)
STORE_4D.register("DataStore", DataStore.new_4d, DataStore)


MEMBER_HOOKS[DataStore] = (DataStore.member_4d, set_builtin_member)
