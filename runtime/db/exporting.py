"""Entities to and from plain objects: Entity.toObject() / .fromObject(),
EntitySelection.toCollection() / .extract(), DataClass.fromCollection() (docs' rules on
`__KEY`, `__STAMP`, `__NEW`, related entities as `{__KEY: …}`, filters with `relation.*`).
"""
from __future__ import annotations

from ..errors import FourDError, ERR_TYPE_MISMATCH
from ..values import NULL, Coll, Obj, type_name
from .db_errors import db_error, ERR_DUPLICATE_KEY
from .model import orda_class
from .rows import get_entity
from .types import coerce

DK_WITH_PRIMARY_KEY = 1
DK_WITH_STAMP = 2
CK_KEEP_NULL = 2


def _filters(filter_):
    """The filter argument as a list of paths, or None for "all"."""
    if filter_ is None or filter_ == "" or filter_ == "*":
        return None
    if isinstance(filter_, str):
        return [p.strip() for p in filter_.split(",") if p.strip()]
    if isinstance(filter_, Coll):
        return [p for p in filter_ if isinstance(p, str)]
    raise FourDError(ERR_TYPE_MISMATCH, f"toObject(): a filter (Text or Collection) is expected, "
                                        f"got {type_name(filter_)}")


def _stored(v):
    from ..objects import to_stored
    return NULL if v is None else to_stored(v)


def entity_to_object(entity, filter_=None, options=0) -> Obj:
    Entity = orda_class("Entity")
    dc = entity.dc
    out = Obj()
    if options & DK_WITH_PRIMARY_KEY:
        out["__KEY"] = _stored(entity.key)
    if options & DK_WITH_STAMP:
        out["__STAMP"] = float(entity.stamp)
    paths = _filters(filter_)
    if paths is None:
        for name, attr in dc.all_attributes().items():
            if attr.kind == "storage":
                out[name] = _stored(entity.read(name))
            elif attr.kind == "relatedEntity":
                related = entity.read(name)
                out[name] = _key_object(related) if isinstance(related, Entity) else NULL
        return out
    groups: dict[str, list] = {}
    for p in paths:
        head, _, rest = p.partition(".")
        groups.setdefault(head, [])
        if rest:
            groups[head].append(rest)
    for head, subs in groups.items():
        attr = dc.attribute(head)
        if attr is None:
            continue
        value = entity.read(head)
        kind = attr.kind
        if kind in ("alias", "calculated"):        # by what they give
            EntitySelection = orda_class("EntitySelection")
            kind = "relatedEntity" if isinstance(value, Entity) else \
                "relatedEntities" if isinstance(value, EntitySelection) else "storage"
        if kind == "relatedEntity":
            if not isinstance(value, Entity):
                out[head] = NULL
            elif not subs:
                out[head] = _key_object(value)
            else:
                out[head] = entity_to_object(value, None if "*" in subs else Coll(subs))
        elif kind == "relatedEntities":
            if subs:
                out[head] = Coll(entity_to_object(e, None if "*" in subs else Coll(subs))
                                 for e in value.foreach_4d())
        else:
            out[head] = _stored(value)
    return out


def _key_object(entity) -> Obj:
    o = Obj()
    o["__KEY"] = _stored(entity.key)
    return o


def fill_entity(entity, filler: Obj):
    """Entity.fromObject(): matching attributes, keys, related entities by key."""
    dc = entity.dc
    pk = dc.primary_key.name
    if "__KEY" in filler and filler.get(pk) is None and entity.is_new:
        _set(entity, pk, filler["__KEY"])
    for name, value in filler.items():
        attr = dc.attribute(name)
        if attr is None:
            continue
        if attr.kind == "storage":
            _set(entity, name, value)
        elif attr.kind == "relatedEntity":
            key = None
            if isinstance(value, Obj):
                key = value.get("__KEY", value.get(attr.related.primary_key.name))
            if isinstance(value, orda_class("Entity")):
                entity.write(name, value)
                continue
            if key is None:
                continue
            related = get_entity(attr.related, _key_value(attr.related, key))
            if related is not None:
                entity.write(name, related)


def _key_value(dc, key):
    pk = dc.primary_key
    if pk.kind in ("int",) and isinstance(key, str):
        try:
            return int(key)
        except ValueError:
            return key
    return key


def _set(entity, name, value):
    """Set a storage attribute, converting what 4D converts and leaving it untouched otherwise."""
    f = entity.dc.table.by_name[name]
    if isinstance(value, str) and f.kind == "date":
        from ..formatting import parse_date
        value = parse_date(value)
    elif isinstance(value, str) and f.kind in ("int", "real") and name == entity.dc.primary_key.name:
        value = _key_value(entity.dc, value)
    try:
        coerce(f.kind, value, name)
    except FourDError:
        return
    entity.write(name, value)


def from_collection(dc, objects, settings=None):
    """DataClass.fromCollection()."""
    Entity, EntitySelection = orda_class("Entity"), orda_class("EntitySelection")
    if not isinstance(objects, Coll):
        raise FourDError(ERR_TYPE_MISMATCH, "fromCollection(): a collection of objects is expected")
    ids = []
    pk = dc.primary_key.name
    for obj in objects:
        if not isinstance(obj, Obj):
            continue
        key = obj.get(pk)
        if key is None and obj.get("__NEW") is not True:
            key = obj.get("__KEY")
        entity = None
        if key is not None:
            entity = get_entity(dc, _key_value(dc, key))
        if entity is not None and obj.get("__NEW") is True:
            raise db_error(ERR_DUPLICATE_KEY, f"fromCollection(): the primary key {key} already "
                                              f"exists in {dc.name}")
        if entity is None:
            entity = Entity(dc)
        stamp = obj.get("__STAMP")
        if stamp is not None and not entity.is_new and int(stamp) != entity.stamp:
            raise db_error(ERR_DUPLICATE_KEY, f"Given stamp does not match current one for "
                                              f"record# {entity.rid - 1} of table {dc.name}")
        fill_entity(entity, obj)
        result = entity.save()
        if not result.get("success"):
            errors = result.get("errors")
            message = errors[0]["message"] if isinstance(errors, Coll) and errors else \
                result.get("statusText", "save failed")
            raise db_error(int(errors[0]["errCode"]) if isinstance(errors, Coll) and errors
                           else ERR_DUPLICATE_KEY, f"fromCollection(): {message}")
        ids.append(entity.rid)
    return EntitySelection(dc, ids, ordered=True, alterable=False)


def extract(selection, args):
    """EntitySelection.extract(path {; option}) / (path; target {; path; target…})."""
    args = list(args)
    if not args or not isinstance(args[0], str):
        raise FourDError(ERR_TYPE_MISMATCH, "extract(): an attribute path is expected")
    if len(args) == 1 or not isinstance(args[1], str):
        option = int(args[1]) if len(args) > 1 and isinstance(args[1], (int, float)) else 0
        path = args[0].split(".")
        if selection.dc.attribute(path[0]) is None:
            return Coll()
        out = Coll()
        for e in selection.foreach_4d():
            v = _path_value(e, path)
            if v is None or v is NULL:
                if option & CK_KEEP_NULL:
                    out.append(NULL)
                continue
            out.append(_stored(v))
        return out
    pairs = [(args[i], args[i + 1]) for i in range(0, len(args) - 1, 2)
             if isinstance(args[i], str) and isinstance(args[i + 1], str)]
    out = Coll()
    for e in selection.foreach_4d():
        o = Obj()
        for src, target in pairs:
            if selection.dc.attribute(src.split(".")[0]) is None:
                continue
            v = _path_value(e, src.split("."))
            o[target] = NULL if v is None else _stored(v)
        out.append(o)
    return out


def _path_value(entity, parts):
    from ..objects import getprop
    v = entity
    for p in parts:
        if v is None or v is NULL:
            return None
        v = getprop(v, p)
    return v
