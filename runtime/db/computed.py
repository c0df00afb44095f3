"""Computed and alias attributes (docs ORDA/ordaClasses.md "Computed attributes", "Alias
attributes"): calling the `Function get/set/query/orderBy` of an entity class with their
`$event` objects, resolving alias paths, and comparing computed values entity by entity.

Decisions:
* A getter's `$event.result`, when the getter sets it, is the value (Null included); else its
  function result. The same priority for the query and orderBy functions (docs).
* A query function that gives no query (Null, undefined, empty text), like a computed attribute
  without one, makes the condition sequential: the getter runs for each entity examined and
  its value is compared as `collection.query()` compares (docs: "the search is always
  sequential"). The same for sorts without an orderBy function.
* The query function receives `operator` in the docs' spelling: `==` for `=`, `!=` for `#`,
  `IN` for `in`, the others as written.
* An alias path is expanded where it is used (queries, sorts, aggregates, projections); an
  alias over a scalar attribute of its own dataclass can be assigned, any other is read-only.
"""
from __future__ import annotations

from ..errors import FourDError, ERR_READONLY
from ..values import NULL, Coll, Obj
from . import query as Q
from .db_errors import db_error, unknown_attribute, ERR_QUERY_TYPE

_EVENT_OPERATORS = {"=": "==", "#": "!=", "in": "IN"}


class Sequential(Exception):
    """A condition on a computed attribute that the engine cannot run (evaluated per entity)."""


def _event(attr, kind: str, **extra) -> Obj:
    event = Obj()
    event["attributeName"] = attr.name
    event["dataClassName"] = attr.dataclass.name
    event["kind"] = kind
    for k, v in extra.items():
        event[k] = v
    return event


def _answer(event: Obj, returned):
    """$event.result when the function set it, else what it returned."""
    return event["result"] if "result" in event else returned


# -- get / set -------------------------------------------------------------------------
def get_value(entity, attr):
    if attr.getter is None:
        return NULL
    event = _event(attr, "get")
    value = _answer(event, attr.getter.fn(entity, event))
    return NULL if value is None else value


def set_value(entity, attr, value):
    if attr.setter is None:
        raise FourDError(ERR_READONLY, f"The computed attribute '{attr.name}' is read-only")
    attr.setter.fn(entity, value, _event(attr, "set", value=value))


# -- query / orderBy -------------------------------------------------------------------
def query_of(attr, op: str, value):
    """(query string, placeholder values) from the attribute's query function; Sequential
    when there is none or it gives none."""
    if attr.query_fn is None:
        raise Sequential(attr.name)
    event = _event(attr, "query", operator=_EVENT_OPERATORS.get(op, op), value=value)
    result = _answer(event, attr.query_fn.fn(attr.dataclass.class_instance(), event))
    if isinstance(result, Obj):
        text, params = result.get("query"), result.get("parameters")
        args = list(params) if isinstance(params, Coll) else []
    else:
        text, args = result, []
    if text is None or text is NULL or text == "":
        raise Sequential(attr.name)
    if not isinstance(text, str):
        raise db_error(ERR_QUERY_TYPE, f"Query: the query function of {attr.name} gave no "
                                       f"query string")
    return text, args


def order_of(attr, descending: bool):
    """The sort criteria the attribute's orderBy function gives, or None (sort sequentially)."""
    if attr.orderby_fn is None:
        return None
    event = _event(attr, "orderBy", operator="desc" if descending else "asc",
                   descending=descending)
    result = _answer(event, attr.orderby_fn.fn(attr.dataclass.class_instance(), event))
    if not isinstance(result, str) or not result.strip():
        return None
    return Q.parse_order(result)


# -- alias paths -----------------------------------------------------------------------
def expand_aliases(dc, path: Q.Path) -> Q.Path:
    """`path` with every alias attribute replaced by its target path (aliases may use
    aliases, through relations)."""
    parts, links = [], []
    current = dc
    for i, name in enumerate(path.parts):
        attr = current.attribute(name) if current is not None else None
        if attr is not None and attr.kind == "alias":
            target = expand_aliases(current, Q.parse_path(attr.path))
            parts.extend(target.parts)
            links.extend(target.links)
            current = _dataclass_at(current, target.parts)
        else:
            parts.append(name)
            links.append(path.links[i] if i < len(path.links) else None)
            current = attr.related if attr is not None and attr.related is not None else None
    return Q.Path(parts, links, path.placeholder)


def _dataclass_at(dc, parts):
    for name in parts:
        attr = dc.attribute(name) if dc is not None else None
        dc = attr.related if attr is not None else None
    return dc


def target_attribute(dc, path_text: str):
    """(the attribute an alias path ends on, whether the path crosses a relation, whether it
    crosses a 1->N relation)."""
    path = expand_aliases(dc, Q.parse_path(path_text))
    current, attr, to_many = dc, None, False
    for i, name in enumerate(path.parts):
        attr = current.attribute(name) if current is not None else None
        if attr is None:
            raise unknown_attribute(name, current.name if current is not None else dc.name)
        if i < len(path.parts) - 1:
            to_many = to_many or attr.kind == "relatedEntities"
            current = attr.related
    return attr, len(path.parts) > 1, to_many


def is_sequential(dc, path: Q.Path) -> bool:
    """Whether a path (aliases expanded) reaches a computed attribute."""
    current = dc
    for name in path.parts:
        attr = current.attribute(name) if current is not None else None
        if attr is None:
            return False
        if attr.kind == "calculated":
            return True
        current = attr.related
    return False


# -- entity by entity ------------------------------------------------------------------
def path_values(entity, parts) -> list:
    """The values a path reaches from an entity (several through 1->N relations)."""
    from ..objects import getprop
    values = [entity]
    for p in parts:
        nxt = []
        for v in values:
            if v is None or v is NULL:
                continue
            got = getprop(v, p)
            if isinstance(got, Coll):
                nxt.extend(got)
            else:
                nxt.append(got)
        values = nxt
    return values


def matches(entity, parts, op: str, value) -> bool:
    from ..collections import values_match
    vals = path_values(entity, parts)
    if isinstance(value, Coll) and op == "in":
        value = list(value)
    return values_match(vals, op, value)
