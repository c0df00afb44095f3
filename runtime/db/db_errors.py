"""The 4D errors of the database layer (README "Error codes"): 4D's numbers where the docs name
one, fourd's own (-10960…-10979) otherwise. No SQL or Python text reaches a user: engine failures
are turned into these here.
"""
from __future__ import annotations

from ..errors import FourDError, ERR_QUERY_SYNTAX  # noqa: F401 (re-exported)

ERR_DUPLICATE_KEY = -9998           # 4D engine: duplicated value in a unique index
ERR_FORMULA_NOT_ALLOWED = 1278      # docs: "Formula not allowed in this member method"
ERR_INCOMPATIBLE_DATACLASS = 1587   # docs: "The entity selection comes from an incompatible dataclass"
ERR_FORMULA_EXPECTED = 1626         # docs: "Expecting a text or formula"
ERR_UNKNOWN_ATTRIBUTE = -10961      # fourd: no such attribute in the dataclass
ERR_QUERY_TYPE = -10962             # fourd: a query value that cannot be compared with the attribute
ERR_NULL_REJECTED = -10963          # fourd: Null given to a field that rejects NULL input
ERR_NO_TABLE = -10964               # fourd: no such table / dataclass in the structure
ERR_DATALESS = -10965               # fourd: data access with --dataless
ERR_DATA_FILE = -10966              # fourd: the data file cannot be opened or created
ERR_NOT_ALTERABLE = 1637            # docs: "This entity selection cannot be altered"
ERR_ENTITY_STATE = -10968           # fourd: operation not allowed on this entity (new, dropped)
ERR_BUSY = -10969                   # fourd: another process holds the data file too long
ERR_STRUCTURE = -10970              # fourd: catalog.4DCatalog cannot be read
ERR_NO_RECORD = -10971              # fourd: no current record for a field access
ERR_DB_INTERNAL = -10972            # fourd: an unexpected engine failure
ERR_ORDA_NEW = -10973               # fourd: new() on a data model class (cs.EmployeeEntity.new())
SIGNATURE = "dbmg"                  # componentSignature of database errors (the docs' example)


def db_error(code: int, message: str) -> FourDError:
    return FourDError(code, message, SIGNATURE)


def query_error(message: str, query_text: str) -> FourDError:
    return db_error(ERR_QUERY_SYNTAX, f"Query syntax error: {message} in \"{query_text}\"")


def unknown_attribute(name: str, dataclass: str) -> FourDError:
    return db_error(ERR_UNKNOWN_ATTRIBUTE, f"Unknown attribute '{name}' in dataclass {dataclass}")
