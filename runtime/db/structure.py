"""The database structure of a project, read from `Project/Sources/catalog.4DCatalog`.

Decisions:
* Only the parts that change how data behaves are read: tables (name, number), fields (name,
  number, type, unique, autosequence, autogenerate UUID, `not_null` = reject NULL input,
  `never_null` = map NULL to blank, `hide_in_REST`), primary keys, indexes (regular and keyword)
  and relations (`name_Nto1` / `name_1toN`). Forms, colours and the like are ignored.
* Tables marked `trashed` in `table_extra` are left out. A table without a single-field primary
  key exists for the classic language but not in `ds` (4D's rule).
* A project without a catalog has no tables. A catalog that is not valid XML is a clear error.
* Names keep their catalog spelling; lookups are exact for ORDA (case-sensitive, like 4D) and
  case-insensitive for the classic language (`by_folded`).
"""
from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field as dc_field

from ..catalog import fold_name
from .types import FieldType, field_type


@dataclass
class Field:
    name: str
    number: int
    type: FieldType
    unique: bool = False
    autosequence: bool = False
    autogenerate: bool = False
    mandatory: bool = False          # reject NULL value input
    never_null: bool = False         # map NULL values to blank values
    exposed: bool = True
    indexed: bool = False
    keyword_indexed: bool = False
    length: int = 0                  # Alpha limiting length
    table: "Table" = None

    @property
    def kind(self) -> str:
        return self.type.kind

    @property
    def column(self) -> str:
        return self.name

    @property
    def key_column(self) -> str:
        return "__k_" + self.name


@dataclass
class Relation:
    """A many-to-one link: `source` (foreign key, many side) -> `dest` (primary key side)."""
    name_n1: str
    name_1n: str
    source: Field
    dest: Field


@dataclass
class Table:
    name: str
    number: int
    fields: list = dc_field(default_factory=list)
    primary_key: Field | None = None
    exposed: bool = True
    by_name: dict = dc_field(default_factory=dict)      # exact name -> Field
    by_folded: dict = dc_field(default_factory=dict)    # folded name -> Field
    relations_n1: dict = dc_field(default_factory=dict)  # name -> Relation (this is the many side)
    relations_1n: dict = dc_field(default_factory=dict)  # name -> Relation (this is the one side)

    def add(self, f: Field):
        f.table = self
        self.fields.append(f)
        self.by_name[f.name] = f
        self.by_folded[fold_name(f.name)] = f

    def field_by_number(self, n: int) -> Field | None:
        for f in self.fields:
            if f.number == n:
                return f
        return None


@dataclass
class Structure:
    tables: list = dc_field(default_factory=list)
    relations: list = dc_field(default_factory=list)
    by_name: dict = dc_field(default_factory=dict)
    by_folded: dict = dc_field(default_factory=dict)
    by_number: dict = dc_field(default_factory=dict)
    path: str | None = None         # the catalog file read (None: the project has none)

    def add(self, t: Table):
        self.tables.append(t)
        self.by_name[t.name] = t
        self.by_folded[fold_name(t.name)] = t
        self.by_number[t.number] = t

    def table(self, name: str) -> Table | None:
        """A table by its classic-language name (any case)."""
        return self.by_folded.get(fold_name(name))


class StructureError(Exception):
    """The catalog cannot be read (reported as a 4D error by the caller)."""


def catalog_path(project_root: str | None) -> str | None:
    """Where a project's catalog lives (the project folder, or its Project folder)."""
    if not project_root:
        return None
    for cand in (os.path.join(project_root, "Project", "Sources", "catalog.4DCatalog"),
                 os.path.join(project_root, "Sources", "catalog.4DCatalog")):
        if os.path.isfile(cand):
            return cand
    return None


def _flag(el, name: str) -> bool:
    return (el.get(name) or "").lower() == "true"


def read_structure(path: str | None) -> Structure:
    """The structure of a catalog file (an empty structure for None)."""
    structure = Structure(path=path)
    if path is None:
        return structure
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as e:
        raise StructureError(f"{path}: cannot read the structure: {e}") from None
    fields_by_uuid: dict[str, Field] = {}
    for tel in root.findall("table"):
        extra = tel.find("table_extra")
        if extra is not None and _flag(extra, "trashed"):
            continue
        table = Table(tel.get("name", ""), int(tel.get("id", "0") or 0),
                      exposed=not _flag(tel, "hide_in_REST"))
        for fel in tel.findall("field"):
            ft = field_type(int(fel.get("type", "0") or 0), _flag(fel, "store_as_UUID"))
            if ft is None:
                continue          # subtables and other types the language cannot reach
            f = Field(fel.get("name", ""), int(fel.get("id", "0") or 0), ft,
                      unique=_flag(fel, "unique"), autosequence=_flag(fel, "autosequence"),
                      autogenerate=_flag(fel, "autogenerate"), mandatory=_flag(fel, "not_null"),
                      never_null=_flag(fel, "never_null"), exposed=not _flag(fel, "hide_in_REST"),
                      length=int(fel.get("limiting_length", "0") or 0))
            table.add(f)
            if fel.get("uuid"):
                fields_by_uuid[fel.get("uuid").upper()] = f
        pk = tel.find("primary_key")
        if pk is not None:
            f = fields_by_uuid.get((pk.get("field_uuid") or "").upper()) or \
                table.by_name.get(pk.get("field_name") or "")
            table.primary_key = f
        structure.add(table)

    def field_ref(el):
        ref = el.find("field_ref")
        if ref is None:
            return None
        f = fields_by_uuid.get((ref.get("uuid") or "").upper())
        if f is None:
            tref = ref.find("table_ref")
            t = structure.by_name.get(tref.get("name")) if tref is not None else None
            f = t.by_name.get(ref.get("name")) if t is not None else None
        return f

    for rel in root.findall("relation"):
        src = dst = None
        for rf in rel.findall("related_field"):
            if rf.get("kind") == "source":
                src = field_ref(rf)
            elif rf.get("kind") == "destination":
                dst = field_ref(rf)
        if src is None or dst is None:
            continue
        r = Relation(rel.get("name_Nto1") or "", rel.get("name_1toN") or "", src, dst)
        structure.relations.append(r)
        if r.name_n1:
            src.table.relations_n1[r.name_n1] = r
        if r.name_1n:
            dst.table.relations_1n[r.name_1n] = r
    for idx in root.findall("index"):
        refs = idx.findall("field_ref")
        if len(refs) != 1:
            continue                 # composite indexes: created, but no field is "indexed"
        f = fields_by_uuid.get((refs[0].get("uuid") or "").upper())
        if f is None:
            continue
        if idx.get("kind") == "keywords":
            f.keyword_indexed = True
        else:
            f.indexed = True
            if _flag(idx, "unique_keys"):
                f.unique = True
    for t in structure.tables:
        if t.primary_key is not None:
            t.primary_key.indexed = True
    return structure
