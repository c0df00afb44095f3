"""How each 4D field type is stored: the one mapping table (README "Database: type mapping").

Decisions:
* Every value survives a round trip: Date as ISO text (SQLite) / DATE (PostgreSQL) with the empty
  date `!00-00-00!` as "0000-00-00" / -infinity (it sorts before every date, as in 4D); Time as
  whole seconds; Object as its JSON text (property order kept: PostgreSQL `json`, not `jsonb`);
  Blob and Picture as bytes; UUID as 32 upper-case hex digits (PostgreSQL `uuid`).
* Text-like fields (Alpha, Text, UUID) get a second, hidden column holding their collation key
  (`runtime.ops.fold_text`: case-, accent-insensitive): comparisons, `@` wildcards, ordering and
  indexes use the key, so the engine compares texts as 4D does, on both backends.
* NULL is stored as NULL; reading NULL gives Null to ORDA, or the type's blank value when the
  field maps NULL to blank ("never null") and always in the classic language.
"""
from __future__ import annotations

import json
import uuid as _uuid
from dataclasses import dataclass

from ..errors import FourDError, ERR_TYPE_MISMATCH
from ..values import NULL, Blob4D, Date4D, Picture4D, Time4D, Obj, Coll, type_name
from ..ops import fold_text


@dataclass(frozen=True)
class FieldType:
    code: int               # type attribute of <field> in catalog.4DCatalog
    name: str               # 4D name
    orda_type: str          # DataClassAttribute.type
    field_type: int         # 4D field type constant (Type, GET FIELD PROPERTIES, .fieldType)
    sqlite: str             # SQLite column type
    postgres: str           # PostgreSQL column type
    kind: str               # value family: bool, int, real, date, time, text, uuid, blob, picture, object
    text_key: bool = False  # has a collation-key column


# code, 4D name, ORDA type, field type, SQLite, PostgreSQL, family
TYPES = {t.code: t for t in (
    FieldType(1, "Boolean", "bool", 6, "INTEGER", "BOOLEAN", "bool"),
    FieldType(3, "Integer", "number", 8, "INTEGER", "INTEGER", "int"),
    FieldType(4, "Longint", "number", 9, "INTEGER", "INTEGER", "int"),
    FieldType(5, "Integer 64 bits", "number", 25, "INTEGER", "BIGINT", "int"),
    FieldType(6, "Real", "number", 1, "REAL", "DOUBLE PRECISION", "real"),
    FieldType(7, "Float", "number", 35, "REAL", "DOUBLE PRECISION", "real"),
    FieldType(8, "Date", "date", 4, "TEXT", "DATE", "date"),
    FieldType(9, "Time", "number", 11, "INTEGER", "BIGINT", "time"),
    FieldType(10, "Alpha", "string", 0, "TEXT", "TEXT", "text", True),
    FieldType(14, "Text", "string", 2, "TEXT", "TEXT", "text", True),
    FieldType(12, "Picture", "image", 3, "BLOB", "BYTEA", "picture"),
    FieldType(18, "BLOB", "blob", 30, "BLOB", "BYTEA", "blob"),
    FieldType(21, "Object", "object", 38, "TEXT", "JSON", "object"),
)}
UUID_TYPE = FieldType(10, "UUID", "string", 0, "TEXT", "UUID", "uuid", True)
# 4D numbers the text type 2 in old catalogs, and some exports use 11 for Time
TYPES.setdefault(2, TYPES[14])
TYPES.setdefault(11, TYPES[9])


def field_type(code: int, store_as_uuid: bool = False) -> FieldType | None:
    if code == 10 and store_as_uuid:
        return UUID_TYPE
    return TYPES.get(code)


# ------------------------------------------------------------------ values in and out
def blank(kind: str):
    """The blank value of a family (what NULL reads as where NULL maps to blank)."""
    if kind == "bool":
        return False
    if kind == "int":
        return 0
    if kind == "real":
        return 0.0
    if kind == "date":
        return Date4D()
    if kind == "time":
        return Time4D(0)
    if kind in ("text", "uuid"):
        return ""
    if kind == "blob":
        return Blob4D(b"")
    if kind == "picture":
        return Picture4D()
    return NULL


def text_key(value) -> str | None:
    """The collation-key column's value."""
    return None if value is None else fold_text(value)


def text_key_source(var: str) -> str:
    """Python source of `text_key(var)`, for the functions rows.py and compile.py write out
    per table or per query (with `fold` = ops.fold_text in their names): an ASCII printable
    text is only lowered, without a call."""
    return (f"None if {var} is None else {var}.lower() if {var}.isascii() and "
            f"{var}.isprintable() else fold({var})")


def object_json(value) -> str:
    from ..formatting import json_stringify
    return json_stringify(value)


def object_from_json(text):
    from ..formatting import json_parse
    return json_parse(text)


def uuid_text(value) -> str:
    """A UUID as 4D shows it (32 upper-case hex digits); ValueError when it is not one."""
    return _uuid.UUID(str(value)).hex.upper()


def date_text(d: Date4D) -> str:
    return "0000-00-00" if d.is_null() else d.iso()


def date_from_text(text: str) -> Date4D:
    if text.startswith("0000") or text.startswith("-"):
        return Date4D()
    return Date4D(int(text[:4]), int(text[5:7]), int(text[8:10]))


def json_dumps_list(values) -> str:
    """A list of keys as one bound parameter (SQLite json_each)."""
    return json.dumps(values)


def is_object_value(v) -> bool:
    return isinstance(v, (Obj, Coll))


def coerce(kind: str, value, what):
    """A 4D value assigned to a field of family `kind`: the stored form, or a type-mismatch
    error (-10735) naming `what` (a text, or the ORDA attribute). Null/undefined stay NULL
    (None)."""
    t = type(value)
    if t is str and kind == "text":             # the usual cases first
        return value
    if kind == "real" and (t is float or t is int):
        return float(value)
    if kind == "int" and t is int:
        return value
    if value is None or value is NULL:
        return None
    num = t is int or t is float or t is Time4D
    if kind == "int":
        if num:
            return int(value) if t is not float or value == value else 0
    elif kind == "real":
        if num:
            return float(value)
    elif kind == "bool":
        if t is bool:
            return value
    elif kind in ("text", "uuid"):
        if isinstance(value, str):
            if kind == "uuid" and value:
                try:
                    return uuid_text(value)
                except ValueError:
                    raise FourDError(ERR_TYPE_MISMATCH, f"{_named(what)}: '{value}' is not a "
                                                        f"UUID") from None
            return str(value)
    elif kind == "date":
        if t is Date4D:
            return value
    elif kind == "time":
        if num:
            return Time4D(int(value))
    elif kind == "object":
        if isinstance(value, (Obj, Coll)):
            return value
    elif kind == "blob":
        if t is Blob4D:
            return value
        if t is bytearray or t is bytes:
            return Blob4D(value)
    elif kind == "picture":
        if t is Picture4D:
            return value
    raise FourDError(ERR_TYPE_MISMATCH, f"{_named(what)}: a {type_name(value)} cannot be stored "
                                        f"in a {kind} field")


def _named(what) -> str:
    return what if isinstance(what, str) else f"{what.dataclass.name}.{what.name}"
