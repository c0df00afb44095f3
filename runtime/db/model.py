"""The ORDA view of the structure: one dataclass per table with a single-field primary key, its
attributes (storage, relatedEntity, relatedEntities, and the computed and alias attributes of
the project's `<Table>Entity` class), and the project's ORDA classes (`cs.<Table>`,
`cs.<Table>Entity`, `cs.<Table>Selection`, `cs.DataStore`).

Decisions:
* 4D pre-creates the ORDA classes of every data model object, empty, whether or not the project
  has a class file for them (docs ORDA/ordaClasses.md "Architecture", "Creating classes"): a
  project with a catalog has `cs.DataStore` (extends 4D.DataStoreImplementation) and, for each
  dataclass, `cs.<Table>` (4D.DataClass), `cs.<Table>Entity` (4D.Entity) and
  `cs.<Table>Selection` (4D.EntitySelection). A class file of that name replaces the empty
  class (the project's loader asks the files first); a table that is not a dataclass has none;
  a table's own name wins over a name made with a suffix (a table `AEntity` beside `A`).
"""
from __future__ import annotations

import functools
import importlib

from .. import host, lazy_index
from ..builtin import BUILTIN_CLASSES
from ..classes.store import ClassDef
from ..function import Function4D
from ..values import Obj
from .db_errors import db_error, ERR_ORDA_NEW
from .structure import Field, Relation, Table

ORDA_BASES = ("DataStoreImplementation", "DataClass", "Entity", "EntitySelection")
# the classes of a dataclass: name suffix -> the 4D class it extends
DATACLASS_CLASSES = (("", "DataClass"), ("Entity", "Entity"), ("Selection", "EntitySelection"))


def orda_base_class(name: str) -> ClassDef | None:
    """The class a project's ORDA class extends (`Class extends DataClass`…), or None."""
    for base in ORDA_BASES:
        if base.lower() == name.lower():
            cls = _BASES.get(base)
            if cls is None:
                cls = _BASES[base] = ClassDef(base)
                cls.orda_base = True
                cls.constructor = Function4D(_refuse_new, name=f"{base}.constructor")
            return cls
    return None


_BASES: dict[str, ClassDef] = {}


def _refuse_new(this, *args):
    """`cs.EmployeeEntity.new()` (docs: data model classes are not instantiated with new())."""
    raise db_error(ERR_ORDA_NEW, "A data model class cannot be instantiated with new(): its "
                                 "objects come from ds (ds.<DataClass>.new(), .get(), "
                                 ".query()…)")


def orda_class(name: str) -> type:
    """The Python class of `4D.<name>` (Entity, EntitySelection, DataClass).

    Decisions: the ORDA objects are defined above the model (entity.py, selection.py, orda.py)
    and make one another (an entity's relatedEntities is a selection, a selection's items are
    entities); a module that needs the class of a layer above it reaches it here, by its 4D
    name among the built-in classes (imported on first use through runtime/lazy_index.py,
    as the 4D class store does), never by importing it, so runtime/db has no import cycle."""
    cls = BUILTIN_CLASSES.get(name)
    if cls is None:             # its module is not imported yet: the lazy index names it
        importlib.import_module(lazy_index.CLASSES[name])
        cls = BUILTIN_CLASSES[name]
    return cls


class Attribute:
    __slots__ = ("name", "kind", "field", "relation", "related", "getter", "setter", "query_fn",
                 "orderby_fn", "path", "dataclass")

    def __init__(self, name, kind, dataclass, field=None, relation=None, related=None):
        self.name, self.kind, self.dataclass = name, kind, dataclass
        self.field: Field | None = field
        self.relation: Relation | None = relation
        self.related = related                  # DataClassModel of a relation attribute
        self.getter = self.setter = self.query_fn = self.orderby_fn = None
        self.path = None                        # alias target path

    def describe(self) -> Obj:
        """What `ds.Employee.name` shows (docs: DataClassAttribute)."""
        o = Obj()
        o["name"] = self.name
        o["kind"] = self.kind
        if self.kind == "storage":
            f = self.field
            o["fieldType"] = f.type.field_type
            o["type"] = f.type.orda_type
            o["fieldNumber"] = f.number
            o["indexed"] = f.indexed
            o["keywordIndexed"] = f.keyword_indexed
            o["autoFilled"] = f.autosequence or f.autogenerate
            o["mandatory"] = f.mandatory
            o["unique"] = f.unique or f is self.dataclass.table.primary_key
            o["exposed"] = f.exposed
            o["readOnly"] = False
        elif self.kind in ("relatedEntity", "relatedEntities"):
            many = self.kind == "relatedEntities"
            o["relatedDataClass"] = self.related.name
            o["fieldType"] = 42 if many else 38
            o["type"] = self.related.name + ("Selection" if many else "")
            o["inverseName"] = self.relation.name_n1 if many else self.relation.name_1n
            o["exposed"] = True
        elif self.kind == "calculated":
            o["type"] = "any"
            o["readOnly"] = self.setter is None
            o["exposed"] = True
        elif self.kind == "alias":
            return self._describe_alias()
        return o

    def _describe_alias(self) -> Obj:
        """An alias has the type of its target (docs ORDA/ordaClasses.md "Alias properties");
        over a scalar attribute of its own dataclass it has all the target's properties and no
        path; over a relation it has `path` and is read-only."""
        from .computed import target_attribute
        target, through_relation, to_many = target_attribute(self.dataclass, self.path)
        o = target.describe()
        if to_many and target.related is not None:      # entities reached through a 1->N
            o["type"] = target.related.name + "Selection"
            o["fieldType"] = 42
        o["name"] = self.name
        o["kind"] = "alias"
        if through_relation:
            for prop in ("fieldNumber", "indexed", "keywordIndexed", "autoFilled", "mandatory",
                         "unique", "relatedDataClass", "inverseName"):
                o.pop(prop, None)
            o["path"] = self.path
            o["readOnly"] = True
        o["exposed"] = True
        return o


# the value families whose values of one Python type are stored as they are (types.coerce)
_STORED_TYPE = {"text": str, "real": float, "int": int, "bool": bool}


class DataClassModel:
    def __init__(self, model, table: Table):
        self.model = model
        self.db = model.db
        self.table = table
        self.name = table.name
        self.attributes: dict[str, Attribute] = {}
        for f in table.fields:
            self.attributes[f.name] = Attribute(f.name, "storage", self, field=f)
        self._classes_done = False
        # what saving a new entity needs, worked out once (entity.py, rows.py)
        self.fk_names = {r.source.name for r in table.relations_n1.values()}
        self.auto_fields = [f for f in table.fields if f.autosequence or
                            f.autogenerate and f.kind in ("uuid", "text")]
        self.never_null_fields = [f for f in table.fields if f.never_null]
        self.checked_fields = [f for f in table.fields if f.never_null or f.mandatory]
        pk = table.primary_key
        self.pk_name = pk.name if pk is not None else None
        self.insert_plan = None
        self._object = None                     # the 4D.DataClass object (class_instance)
        self.query_plans: dict = {}       # compile.py: query text -> plain plan or None
        self.select_sql: dict = {}        # rows.select_ids: (condition, order) -> SELECT
        # name -> (kind, attribute, the Python type stored as it is): entity.py's fast write
        self.plain_storage: dict = {}

    @property
    def primary_key(self) -> Field:
        return self.table.primary_key

    def link_relations(self, targets: dict):
        """Relation attributes towards the models of `targets` (table name -> model)."""
        for name, rel in self.table.relations_n1.items():
            target = targets.get(rel.dest.table.name)
            if target is not None:
                self.attributes.setdefault(name, Attribute(name, "relatedEntity", self,
                                                           relation=rel, related=target))
        for name, rel in self.table.relations_1n.items():
            target = targets.get(rel.source.table.name)
            if target is not None:
                self.attributes.setdefault(name, Attribute(name, "relatedEntities", self,
                                                           relation=rel, related=target))

    # -- the project's ORDA classes ----------------------------------------------------
    def user_class(self, suffix: str):
        project = host.project()
        if project is None:
            return None
        cls = project.cs.get(self.name + suffix)
        base = dict(DATACLASS_CLASSES)[suffix]
        c = cls
        while c is not None:
            if c.name == base and getattr(c, "orda_base", False):
                return cls
            c = c.superclass
        return None

    @functools.cached_property         # read per entity: an attribute once known
    def entity_class(self):
        self._load_classes()
        return self._entity_class

    @functools.cached_property         # read per entity: an attribute once known
    def selection_class(self):
        self._load_classes()
        return self._selection_class

    @functools.cached_property         # read per entity: an attribute once known
    def dataclass_class(self):
        self._load_classes()
        return self._dataclass_class

    def _load_classes(self):
        if self._classes_done:
            return
        self._classes_done = True
        self._dataclass_class = self.user_class("")
        self._selection_class = self.user_class("Selection")
        self._entity_class = cls = self.user_class("Entity")
        if cls is not None:
            self._class_attributes(cls)
        # storage attributes that are not foreign keys: assigned without other bookkeeping
        self.plain_storage = {name: (a.field.kind, a, _STORED_TYPE.get(a.field.kind))
                              for name, a in self.attributes.items()
                              if a.kind == "storage" and name not in self.fk_names}

    def _class_attributes(self, cls):
        """Computed and alias attributes of the project's `<Table>Entity` class chain."""
        chain = []
        c = cls
        while c is not None and not getattr(c, "orda_base", False):
            chain.append(c)
            c = c.superclass
        for c in reversed(chain):         # subclasses override
            for name, fn in c.getters.items():
                self._computed(name).getter = fn
            for name, fn in c.setters.items():
                self._computed(name).setter = fn
            for name, fn in getattr(c, "query_functions", {}).items():
                self._computed(name).query_fn = fn
            for name, fn in getattr(c, "orderby_functions", {}).items():
                self._computed(name).orderby_fn = fn
            for name, path in getattr(c, "aliases", {}).items():
                a = Attribute(name, "alias", self)
                a.path = path
                self.attributes[name] = a

    def _computed(self, name) -> Attribute:
        a = self.attributes.get(name)
        if a is None or a.kind != "calculated":
            a = self.attributes[name] = Attribute(name, "calculated", self)
        return a

    def attribute(self, name: str) -> Attribute | None:
        if not self._classes_done:
            self._load_classes()
        return self.attributes.get(name)

    def all_attributes(self) -> dict:
        """Every attribute, the computed ones and aliases of the ORDA classes included (they
        are added on first use: iterating `attributes` itself could see it grow)."""
        if not self._classes_done:
            self._load_classes()
        return self.attributes

    def make_entity(self, rid, stamp, values, selection=None, position=-1):
        return orda_class("Entity")(self, rid, stamp, values, selection, position)

    def class_instance(self):
        """The 4D.DataClass object of this dataclass (`ds.Employee`; `This` inside the
        dataclass's functions): one per dataclass."""
        if self._object is None:
            self._object = orda_class("DataClass")(self)
        return self._object


class Model:
    """The dataclasses of `ds` (tables with a primary key: 4D's rule) and, for the classic
    language, a model of every table (`by_table`); relation attributes of a dataclass lead
    to dataclasses only, those of a table outside `ds` to any table."""

    def __init__(self, db):
        self.db = db
        self.dataclasses: dict[str, DataClassModel] = {}
        self.by_table: dict[str, DataClassModel] = {}
        self.by_number: dict[int, DataClassModel] = {}
        for t in db.structure.tables:
            dc = DataClassModel(self, t)
            self.by_table[t.name] = self.by_number[t.number] = dc
            if t.primary_key is not None:
                self.dataclasses[t.name] = dc
        for dc in self.by_table.values():
            dc.link_relations(self.dataclasses if dc.name in self.dataclasses else self.by_table)
        self.precreated_classes = self._precreated_classes()

    def _precreated_classes(self) -> dict[str, ClassDef]:
        """4D's empty ORDA classes by name (module docstring), made once with the model so
        that whatever asks (cs, OB Class, declarations) gets the same class objects."""
        if self.db.structure.path is None:
            return {}
        classes = {}
        for suffix, base in DATACLASS_CLASSES:
            for name in self.dataclasses:
                if name + suffix not in classes:
                    classes[name + suffix] = ClassDef(name + suffix, orda_base_class(base))
        classes.setdefault("DataStore", ClassDef("DataStore",
                                                 orda_base_class("DataStoreImplementation")))
        return classes
