"""`4D.EntitySelection` (docs API/EntitySelectionClass.md): an ordered list of references to
records of one dataclass (their `__id`s), with the functions that query, sort, combine and
compute on it in the engine.

Decisions:
* Entity selections are computed when created (the ids are fixed, as 4D's references are);
  entities are loaded lazily, a batch at a time, when read.
* A selection made by a query remembers the query: while no write happened to its table since,
  later queries, sorts and aggregates on it re-use that condition in the engine instead of
  sending the list of ids (a speed-up only; the result is the same).
* `ds.<DataClass>.query(text; values…)` of a plain query string (each condition compares a
  stored attribute with one value) that ran before takes a path written out for that text
  (_fast_entry): only the values are converted, the SELECT is kept. Any value it does not
  take as it is (null, `@`, another type, a settings object) goes the general way, the one
  place that converts values and reports errors.
* Shareable or alterable (docs "Shareable or alterable entity selections"): selections from
  `.all()`, `.query()` and relations are shareable; `.newSelection()`, `.copy()` and
  `Create entity selection` make alterable ones; other functions keep the nature of their
  source. `.add()` on a shareable selection is an error.
* Unordered selections (all(), query() without "order by", and/or/minus) list their entities by
  record number, so that results are the same on every run and backend.
"""
from __future__ import annotations

import itertools

from ..builtin import BuiltinObject, builtin_class
from ..errors import FourDError, ERR_TYPE_MISMATCH, ERR_INDEX_RANGE
from ..function import Function4D
from ..values import NULL, Coll, Obj, Date4D, Time4D, type_name
from ..objects import MEMBER_HOOKS, builtin_member, set_builtin_member, index_number
from . import rows
from . import computed, query as Q
from .backend import ID
from .compile import Compiler, has_formula, formula_of
from .entity import Entity
from .session import session
from .db_errors import (db_error, unknown_attribute, ERR_INCOMPATIBLE_DATACLASS, ERR_NOT_ALTERABLE,
                     ERR_FORMULA_NOT_ALLOWED, ERR_QUERY_TYPE, ERR_FORMULA_EXPECTED)

LOAD_BATCH = 1000
DK_DESCENDING = 1
DK_KEEP_ORDERED = 1
DK_STOP_ON_FIRST_ERROR = 8
CK_SHARED = 16
DK_DIACRITICAL = 8


@builtin_class("EntitySelection")
class EntitySelection(BuiltinObject):
    props_4d = {"length": "length", "queryPlan": "query_plan", "queryPath": "query_path"}
    methods_4d = {n: n for n in (
        "first", "last", "query", "orderBy", "orderByFormula", "toCollection", "extract",
        "distinct", "sum", "average", "min", "max", "count", "and", "or", "minus", "add",
        "slice", "drop", "contains", "copy", "isAlterable", "isOrdered", "getDataClass",
        "selected", "refresh", "getRemoteContextAttributes")}
    methods_4d.update({"and": "and_", "or": "or_"})
    query_plan = query_path = None      # set on the selections of queries that ask for them

    def __init__(self, dc, ids, ordered=False, alterable=False, source=None):
        self.dc = dc
        self.ids = ids
        self.ordered = ordered
        self.alterable = alterable
        self.source = source            # (where sql, params, version) that produced `ids`
        self._rows: dict = {}

    @classmethod
    def new_4d(cls, *args):
        raise FourDError(ERR_TYPE_MISMATCH, "4D.EntitySelection objects come from a dataclass: "
                                            "use ds.<DataClass>.newSelection()")

    def __repr__(self):
        return f"<4D.EntitySelection {self.dc.name} ({len(self.ids)})>"

    @property
    def length(self) -> int:
        return len(self.ids)

    def member_4d(self, name):
        """`sel.name` (objects.MEMBER_HOOKS): `.length` without further look-ups, else as for
        any built-in object."""
        if name == "length":
            return len(self.ids)
        return builtin_member(self, name)

    def to_json_4d(self):
        return {"length": len(self.ids)}

    # -- the condition that selects exactly these entities -----------------------------
    def restriction(self, compiler, alias="t0"):
        """SQL selecting these entities (among all rows), adding its parameters to compiler."""
        db = self.dc.db
        src = self.source
        if src is not None and src[2] == _version(self.dc, look=True):
            where, params, _v = src
            if not where:
                return "1=1"
            prefix = f"s{next(_sources)}_"    # its parameters, named apart from the query's
            compiler.params.update((prefix + name, value) for name, value in params.items())
            return db.backend.rename_params(where, prefix)
        b = db.backend
        return b.in_list(f"{alias}.{b.quote(ID)}", compiler.p(b.list_param(self.ids)))

    # -- entities ----------------------------------------------------------------------
    def _load(self, start: int):
        wanted = [i for i in self.ids[start:start + LOAD_BATCH] if i not in self._rows]
        if wanted:
            found = rows.load(self.dc, wanted)
            for rid in wanted:
                self._rows[rid] = found.get(rid)

    def entity_at(self, index: int):
        rid = self.ids[index]
        if rid not in self._rows:
            self._load(index)
        row = self._rows.get(rid)
        if row is None:
            return NULL                  # dropped since (docs: [index] gives Null)
        stamp, values = row
        return Entity(self.dc, rid, stamp, dict(values), self, index)

    def item_4d(self, k):
        i = index_number(k)
        if i < 0 or i >= len(self.ids):
            raise FourDError(ERR_INDEX_RANGE, f"Entity selection index {i} out of range "
                                              f"(length {len(self.ids)})")
        return self.entity_at(i)

    @staticmethod
    def related(dc, fk_field, key):
        """An entity's relatedEntities attribute (entity.py reaches it through the model)."""
        return related_selection(dc, fk_field, key)

    def foreach_4d(self, begin=None, end=None):
        n = len(self.ids)
        b = 0 if begin is None else int(begin)
        e = n if end is None else int(end)
        if b < 0:
            b = max(0, b + n)
        if e < 0:
            e += n
        e = min(e, n)
        return self._iterate(b, e)

    def _iterate(self, b, e):
        for i in range(b, e):
            entity = self.entity_at(i)
            if entity is not NULL:
                yield entity
            if (i + 1) % LOAD_BATCH == 0:
                self._rows.clear()     # keep memory flat on long loops

    def first(self):
        return self.entity_at(0) if self.ids else NULL

    def last(self):
        return self.entity_at(len(self.ids) - 1) if self.ids else NULL

    # -- member protocol: attribute projections and class functions --------------------
    def get_member_4d(self, name):
        attr = self.dc.attribute(name)
        if attr is not None:
            return self.project(name)
        cls = self.dc.selection_class
        return cls.find_function(name) if cls is not None else None

    def user_class_4d(self):
        return self.dc.selection_class

    def call_member_4d(self, name, args):
        cls = self.dc.selection_class
        fn = cls.find_function(name) if cls is not None else None
        if fn is None:
            return super().call_member_4d(name, args)
        return fn.fn(self, *args)

    def project(self, name):
        """`$sel.attribute`: values (storage) or a selection of related entities."""
        attr = self.dc.attribute(name)
        if attr.kind == "alias":               # the projection along its target path
            value = self
            for part in computed.expand_aliases(self.dc, Q.parse_path(attr.path)).parts:
                value = value.project(part) if isinstance(value, EntitySelection) else \
                    Coll(computed.path_values(e, [part]) for e in value)
            return value
        if attr.kind in ("relatedEntity", "relatedEntities"):
            rel = attr.relation            # N->1: our foreign key; 1->N: their foreign key
            mine, theirs = (rel.source, rel.dest) if attr.kind == "relatedEntity" else \
                (rel.dest, rel.source)
            c = Compiler(self.dc)
            q = self.dc.db.backend.quote
            inner = (f"SELECT t0.{q(mine.column)} FROM {q(self.dc.table.name)} t0 WHERE "
                     f"{self.restriction(c)}")
            return _select(attr.related, f"t9.{q(theirs.column)} IN ({inner})", c.params,
                           alias="t9")
        return Coll(v for v in (e.read(name) for e in self.foreach_4d())
                    if v is not None and v is not NULL or attr.kind == "storage")

    # -- queries -----------------------------------------------------------------------
    def query(self, what=None, *args):
        return run_query(self.dc, what, args, self)

    def orderBy(self, criteria=None):
        if isinstance(criteria, str):
            order = Q.parse_order(criteria)
        elif isinstance(criteria, Coll):
            order = []
            for item in criteria:
                if not isinstance(item, Obj) or not isinstance(item.get("propertyPath"), str):
                    raise FourDError(ERR_TYPE_MISMATCH, "orderBy(): each criterion is an object "
                                                        "with a propertyPath")
                order.append((Q.parse_path(item["propertyPath"]), bool(item.get("descending"))))
        else:
            raise FourDError(ERR_TYPE_MISMATCH, "orderBy(): a text or a collection is expected")
        return self.sorted(order)

    def sorted(self, order):
        order, sequential = expand_order(self.dc, order)
        if sequential:
            return self._sorted_in_memory(order)
        c = Compiler(self.dc)
        where = self.restriction(c)
        exprs = [_order_sql(c, path, desc) for path, desc in order]
        ids = rows.select_ids(self.dc, where, c.params, exprs)
        if len(ids) != len(self.ids):            # duplicates in an ordered selection
            ids = self._with_duplicates(ids)
        return EntitySelection(self.dc, ids, ordered=True, alterable=self.alterable)

    def _sorted_in_memory(self, order):
        from ..collections import sort_key as sort_key_4d
        pairs = []
        for i, e in enumerate(self.foreach_4d()):
            pairs.append((e, e.rid))
        for path, desc in reversed(order):
            pairs.sort(key=lambda p: sort_key_4d(_first(computed.path_values(p[0], path.parts))),
                       reverse=desc)
        return EntitySelection(self.dc, [rid for _e, rid in pairs], ordered=True,
                               alterable=self.alterable)

    def _with_duplicates(self, ordered_unique):
        counts = {}
        for rid in self.ids:
            counts[rid] = counts.get(rid, 0) + 1
        out = []
        for rid in ordered_unique:
            out.extend([rid] * counts.get(rid, 0))
        return out

    def orderByFormula(self, formula=None, order=0, settings=None):
        if isinstance(order, Obj):
            order, settings = 0, order
        fn = _formula(formula)
        args = (settings.get("args"),) if isinstance(settings, Obj) and "args" in settings else ()
        from ..collections import sort_key as sort_key_4d
        pairs = [(sort_key_4d(fn.fn(e, *args)), e.rid) for e in self.foreach_4d()]
        pairs.sort(key=lambda p: p[0], reverse=order == DK_DESCENDING)
        return EntitySelection(self.dc, [rid for _k, rid in pairs], ordered=True,
                               alterable=self.alterable)

    # -- aggregates --------------------------------------------------------------------
    def _column_for(self, path_text, what):
        """(the storage field, path) of an aggregate's attribute path; field None when the
        path (aliases expanded) reaches a computed attribute or crosses a relation: such
        values are computed entity by entity."""
        if not isinstance(path_text, str):
            raise FourDError(ERR_TYPE_MISMATCH, f"{what}(): an attribute path (Text) is expected")
        path = computed.expand_aliases(self.dc, Q.parse_path(path_text))
        current, attr = self.dc, None
        for i, name in enumerate(path.parts):
            attr = current.attribute(name) if current is not None else None
            if attr is None:
                if i == 0:
                    raise unknown_attribute(name, self.dc.name)
                break                       # a property inside an Object attribute
            if i == 0 and attr.kind == "storage":
                return attr.field, path
            current = attr.related
        if attr is not None and attr.kind in ("relatedEntity", "relatedEntities"):
            raise db_error(ERR_QUERY_TYPE, f"{what}(): {path_text} is a related attribute")
        return None, path

    def _aggregate(self, fn, path_text, what):
        f, path = self._column_for(path_text, what)
        if f is None or _has_duplicates(self):
            return self._aggregate_in_memory(fn, f, path)
        c = Compiler(self.dc)
        b = self.dc.db.backend
        q = b.quote
        if f.kind == "object" and len(path.parts) > 1:
            expr = b.json_as_number(b.json_value(f"t0.{q(f.column)}", path.parts[1:], c))
        elif len(path.parts) > 1:
            raise unknown_attribute(path_text, self.dc.name)
        elif f.kind in ("int", "real", "time", "bool") or fn in ("MIN", "MAX", "COUNT"):
            expr = f"t0.{q(f.column)}"
        else:
            raise db_error(ERR_QUERY_TYPE, f"{what}(): {path_text} is not a number")
        where = self.restriction(c)
        sql = f"SELECT {fn}({expr}) FROM {q(self.dc.table.name)} t0 WHERE {where}"
        return rows.scalar(sql, c.params), f, path

    def _aggregate_in_memory(self, fn, f, path):
        values = [v for e in self.foreach_4d() for v in computed.path_values(e, path.parts)
                  if v is not None and v is not NULL and not isinstance(v, (Obj, Coll))]
        if fn == "COUNT":
            return len(values), f, path
        if fn in ("SUM", "AVG"):
            values = [float(v) for v in values if type(v) in (int, float, Time4D)]
        if not values:
            return None, f, path
        if fn == "SUM":
            return sum(values), f, path
        if fn == "AVG":
            return sum(values) / len(values), f, path
        from ..collections import sort_key as sort_key_4d
        values.sort(key=sort_key_4d)
        return (values[0] if fn == "MIN" else values[-1]), f, path

    def sum(self, path=None):
        value, _f, _p = self._aggregate("SUM", path, "sum")
        return float(value or 0)

    def average(self, path=None):
        value, _f, _p = self._aggregate("AVG", path, "average")
        return None if value is None else float(value)

    def count(self, path=None):
        value, _f, _p = self._aggregate("COUNT", path, "count")
        return float(value or 0)

    def min(self, path=None):
        return self._extreme("MIN", path)

    def max(self, path=None):
        return self._extreme("MAX", path)

    def _extreme(self, fn, path_text):
        f, path = self._column_for(path_text, fn.lower())
        if f is None:
            value, _f, _p = self._aggregate_in_memory(fn, f, path)
            return value
        if f.type.text_key or f.kind in ("date", "object"):
            values = self._sorted_values(f, path, fn)
            return values
        value, f, path = self._aggregate(fn, path_text, fn.lower())
        if value is None:
            return None
        return self.dc.db.backend.from_db(f, value) if len(path.parts) == 1 else value

    def _sorted_values(self, f, path, fn):
        ordered = self.sorted([(path, fn == "MAX")])
        for e in ordered.foreach_4d():
            v = _first(computed.path_values(e, path.parts))
            if v is not None:
                return v
        return None

    def distinct(self, path_text=None, option=0):
        f, path = self._column_for(path_text, "distinct")
        from ..collections import sort_key as sort_key_4d
        seen = {}
        for e in self.foreach_4d():
            for x in computed.path_values(e, path.parts):
                if x is None or x is NULL or isinstance(x, (Obj, Coll)):
                    continue
                key = _distinct_key(x, option & DK_DIACRITICAL)
                seen.setdefault(key, x)
        return Coll(sorted(seen.values(), key=sort_key_4d))

    # -- combining ---------------------------------------------------------------------
    def _other(self, other, what):
        if isinstance(other, Entity):
            if other.dc is not self.dc:
                raise db_error(ERR_INCOMPATIBLE_DATACLASS, "The entity selection comes from an "
                                                           "incompatible dataclass")
            return [] if other.rid is None else [other.rid]
        if isinstance(other, EntitySelection):
            if other.dc is not self.dc:
                raise db_error(ERR_INCOMPATIBLE_DATACLASS, "The entity selection comes from an "
                                                           "incompatible dataclass")
            return other.ids
        if other is None or other is NULL:
            return None
        raise FourDError(ERR_TYPE_MISMATCH, f"{what}(): an entity or an entity selection is "
                                            f"expected, got {type_name(other)}")

    def and_(self, other=None):
        ids = self._other(other, "and")
        keep = set(ids or ())
        return self._derived(sorted({i for i in self.ids if i in keep}))

    def or_(self, other=None):
        ids = self._other(other, "or")
        if not ids:
            return self
        return self._derived(sorted(set(self.ids) | set(ids)))

    def minus(self, other=None):
        ids = self._other(other, "minus")
        if not ids:
            return self
        drop = set(ids)
        if self.ordered:
            return EntitySelection(self.dc, [i for i in self.ids if i not in drop], True,
                                   self.alterable)
        return self._derived(sorted({i for i in self.ids if i not in drop}))

    def _derived(self, ids):
        return EntitySelection(self.dc, ids, ordered=False, alterable=self.alterable)

    def add(self, entity=None):
        if not self.alterable:
            raise db_error(ERR_NOT_ALTERABLE, "This entity selection cannot be altered (it is "
                                              "shareable: .copy() gives an alterable one)")
        if entity is None or entity is NULL:
            return self
        if isinstance(entity, EntitySelection):
            ids = self._other(entity, "add")
            for rid in ids:
                self._add_id(rid)
            return self
        if not isinstance(entity, Entity) or entity.dc is not self.dc:
            raise db_error(ERR_INCOMPATIBLE_DATACLASS, "add(): the entity belongs to another "
                                                       "dataclass")
        if entity.rid is None:
            raise db_error(ERR_TYPE_MISMATCH, "add(): the entity has not been saved")
        self._add_id(entity.rid)
        return self

    def _add_id(self, rid):
        if self.ordered:
            self.ids.append(rid)
        elif rid not in self.ids:
            self.ids.append(rid)
            self.ids.sort()
        self.source = None

    def slice(self, start=0, end=None):
        n = len(self.ids)
        start = int(start or 0)
        end = n if end is None else int(end)
        if start < 0:
            start = max(0, start + n)
        if end < 0:
            end += n
        return EntitySelection(self.dc, self.ids[start:max(start, end)], self.ordered,
                               self.alterable)

    def contains(self, entity=None):
        if entity is None or entity is NULL:
            return False
        if not isinstance(entity, Entity) or entity.dc is not self.dc:
            raise db_error(ERR_INCOMPATIBLE_DATACLASS, "contains(): the entity belongs to another "
                                                       "dataclass")
        return entity.rid is not None and entity.rid in set(self.ids)

    def copy(self, option=0):
        return EntitySelection(self.dc, list(self.ids), self.ordered,
                               alterable=not option & CK_SHARED, source=self.source)

    def isAlterable(self):
        return self.alterable

    def isOrdered(self):
        return self.ordered

    def getDataClass(self):
        return self.dc.class_instance()

    def refresh(self):
        self._rows.clear()

    def getRemoteContextAttributes(self):
        return ""

    def selected(self, sub=None):
        ids = self._other(sub, "selected")
        wanted = set(ids or ())
        ranges = Coll()
        start = None
        for i, rid in enumerate(self.ids + [None]):
            if rid is not None and rid in wanted:
                if start is None:
                    start = i
            elif start is not None:
                r = Obj()
                r["start"] = float(start)
                r["end"] = float(i - 1)
                ranges.append(r)
                start = None
        o = Obj()
        o["ranges"] = ranges
        return o

    def drop(self, mode=0):
        failed = []
        for i in range(len(self.ids)):
            e = self.entity_at(i)
            if e is NULL:
                continue
            result = e.drop()
            if not result.get("success"):
                failed.append(e.rid)
                if mode & DK_STOP_ON_FIRST_ERROR:
                    break
        return EntitySelection(self.dc, failed, self.ordered, self.alterable)

    # -- export ------------------------------------------------------------------------
    def toCollection(self, filter_=None, options=0, begin=0, how_many=None):
        from .exporting import entity_to_object
        if isinstance(filter_, (int, float)) and not isinstance(filter_, bool):
            filter_, options, begin, how_many = None, filter_, options, begin if begin else None
        out = Coll()
        n = len(self.ids)
        begin = int(begin or 0)
        end = n if how_many is None else min(n, begin + int(how_many))
        for i in range(begin, end):
            e = self.entity_at(i)
            if e is not NULL:
                out.append(entity_to_object(e, filter_, int(options or 0)))
        return out

    def extract(self, *args):
        from .exporting import extract
        return extract(self, args)


def _has_duplicates(sel) -> bool:
    return sel.ordered and len(set(sel.ids)) != len(sel.ids)


def _version(dc, look=False):
    """The state of the data a remembered query condition is valid for, taken before the query
    runs: this run's writes and the epoch of other connections' commits (session.py; None
    where the engine has no count of them: the condition is then never re-used). Only a
    re-use looks at the engine (`look`): a query costs no extra statement, and a commit seen
    at any look invalidates the conditions remembered before it."""
    epoch = session().others_epoch(look)
    return None if epoch is None else (dc.db.writes, epoch)


_sources = itertools.count()


def _source(dc, where, params, version):
    """What a selection remembers of the query that made it (restriction() re-uses it)."""
    return None if version is None else (where, params, version)


def _distinct_key(x, diacritical):
    from ..ops import fold_text
    if isinstance(x, str):
        return ("s", x if diacritical else fold_text(x))
    if isinstance(x, bool):
        return ("b", x)
    if isinstance(x, (int, float, Time4D)):
        return ("n", float(x))
    if isinstance(x, Date4D):
        return ("d", x.key())
    return ("o", id(x))


def _first(values):
    """The first value that is not null (None when there is none)."""
    for v in values:
        if v is not None and v is not NULL:
            return v
    return None


def _order_sql(c: Compiler, path: Q.Path, desc: bool) -> str:
    expr = c.order_expr(c.dc, "t0", path)
    return f"{expr} {'DESC NULLS LAST' if desc else 'ASC NULLS FIRST'}"


def _formula(f) -> Function4D:
    if isinstance(f, Function4D):
        return f
    if isinstance(f, str):
        from .. import host
        return host.project().compile_formula(f)
    raise db_error(ERR_FORMULA_EXPECTED, "Expecting a text or formula")


def _select(dc, where, params, order=None, alias="t0", among=None):
    if alias != "t0":
        where = where.replace(f"{alias}.", "t0.")
    version = _version(dc) if among is None else None
    ids = rows.select_ids(dc, where, params, order, among)
    return EntitySelection(dc, ids, ordered=bool(order), alterable=False,
                           source=_source(dc, where, params, version))


def related_selection(dc, fk_field, key):
    """The entities of `dc` whose foreign key `fk_field` is `key` (a 1->N relation)."""
    if key is None:
        return EntitySelection(dc, [], alterable=False)
    c = Compiler(dc)
    b = dc.db.backend
    where = c.scalar(fk_field, f"t0.{b.quote(fk_field.column)}",
                     f"t0.{b.quote(fk_field.key_column)}" if fk_field.type.text_key else None,
                     "=", key)
    return _select(dc, where, c.params)


def all_of(dc):
    return _select(dc, "", {})


def run_query(dc, what, args, within: EntitySelection | None):
    """DataClass.query() / EntitySelection.query()."""
    args = list(args)
    settings = args.pop() if args and isinstance(args[-1], Obj) and not isinstance(what, Obj) \
        else None
    if isinstance(what, Function4D):            # .query(Formula(...) {; settings})
        settings = args[0] if args and isinstance(args[0], Obj) else settings
        tree = Q.Query(Q.Formula(placeholder=1), [])
        args = [what]
    elif isinstance(what, str):
        tree = Q.parse_query(what)
    else:
        raise db_error(ERR_FORMULA_EXPECTED, "Expecting a text or formula")
    if settings is not None and settings.get("allowFormulas") is False and \
            tree.where is not None and has_formula(tree.where):
        raise db_error(ERR_FORMULA_NOT_ALLOWED, "Formula not allowed in this member method")
    result = _execute(dc, tree, args, settings, within, what if isinstance(what, str) else None)
    if settings is not None:
        if settings.get("queryPlan"):
            result.query_plan = _plan(what)
        if settings.get("queryPath"):
            result.query_path = _plan(what)
    return result


def run_query_tree(dc, where, within: EntitySelection | None = None) -> EntitySelection:
    """A query already made of query.py's nodes (the classic QUERY's criteria)."""
    return _execute(dc, Q.Query(where, []), [], None, within)


def _execute(dc, tree, args, settings, within, text=None):
    compiler = Compiler(dc, args, settings)
    alterable = within.alterable if within is not None else False
    try:
        if tree.where is None:
            where = ""
        elif has_formula(tree.where):
            raise computed.Sequential("formula")
        elif text is not None:
            where = compiler.where_of(tree.where, text)
        else:
            where = compiler.where(tree.where)
    except computed.Sequential:                 # formulas or computed attributes: per entity
        base = within if within is not None else all_of(dc)
        ids = _evaluate(dc, tree.where, Compiler(dc, args, settings), base)
        result = EntitySelection(dc, ids, alterable=alterable)
        if tree.order:
            result = result.sorted(tree.order)
        return result
    if within is not None:
        restrict = within.restriction(compiler)
        where = f"({where}) AND ({restrict})" if where else restrict
    order, sequential = expand_order(dc, tree.order) if tree.order else ((), False)
    n_params = len(compiler.params)
    order_sql = [_order_sql(compiler, p, d) for p, d in order] if not sequential else None
    version = _version(dc)
    ids = rows.select_ids(dc, where, compiler.params, order_sql or None)
    result = EntitySelection(dc, ids, ordered=bool(tree.order), alterable=alterable,
                             source=_source(dc, where, compiler.params, version))
    if tree.order and sequential:
        result = result.sorted(order)
    elif compiler.plan is not None and compiler.plan.fast is None and within is None and \
            settings is None:           # a plain query string run again (not one-off texts)
        compiler.plan.fast = n_params == len(compiler.params) and \
            _fast_entry(dc, compiler.plan, compiler.params, where, order_sql or None) or False
    return result


def _fast_entry(dc, plan, params, where, order):
    """`fast(dc, args)`, or None when the plan has none (named placeholders):
    `DataClass.query(text; args…)` of a plain query string (compile.py PlainPlan) without
    the general path, written out once per query text. The SELECT is kept, only the
    parameters are worked out (bind_code); it gives None when the general path must run
    (another number of arguments or a settings object; a value that is null, holds `@` or
    has another type than the attribute: that path converts or reports it). Its selection
    remembers its condition as _execute's do (`_version` written out: the connection is
    open, so the session knows whether the engine counts other connections' commits)."""
    b = dc.db.backend
    code = plan.bind_code(b, params)
    if code is None:
        return None
    lines, values, names = code
    sql = rows.select_sql(dc, where, order)
    numbered = b.numbered(sql)
    names.update(session=session, ids_of=rows.ids_of, EntitySelection=EntitySelection,
                 sql=numbered or sql, where=where)
    lines += ["params = {" + ", ".join(f"'p{i}': {v}" for i, v in enumerate(values)) + "}",
              "s = session()", "conn = s._conn or s.conn",      # the property: on first use only
              "source = None if s.seen_version is None else "
              "(where, params, (dc.db.writes, s.epoch))",
              "ids = ids_of(conn, sql, " + ("(" + "".join(v + ", " for v in values) + ")"
                                            if numbered else "params") + ")",
              f"return EntitySelection(dc, ids, {bool(order)}, False, source)"]
    exec("def fast(dc, args):\n    " + "\n    ".join(lines), names)
    return names["fast"]


def expand_order(dc, order, _depth=0):
    """Sort criteria with alias paths expanded and computed attributes replaced by what their
    orderBy function gives; and whether some criterion must be sorted entity by entity."""
    out = []
    for path, desc in order:
        path = computed.expand_aliases(dc, path)
        attr = dc.attribute(path.parts[0]) if len(path.parts) == 1 else None
        if attr is not None and attr.kind == "calculated" and _depth < 8:
            criteria = computed.order_of(attr, desc)
            if criteria is not None:
                out.extend(expand_order(dc, criteria, _depth + 1)[0])
                continue
        out.append((path, desc))
    return out, any(computed.is_sequential(dc, p) for p, _d in out)


def _plan(what):
    o = Obj()
    o["description"] = what if isinstance(what, str) else "formula"
    return o


def _evaluate(dc, node, compiler, base: EntitySelection) -> list:
    """A query with formulas or sequential computed attributes: what the engine can run runs
    there, the rest entity by entity, combined here."""
    if isinstance(node, Q.BoolOp):
        parts = [set(_evaluate(dc, i, compiler, base)) for i in node.items]
        acc = parts[0]
        for p in parts[1:]:
            acc = acc & p if node.op == "and" else acc | p
        return sorted(acc)
    if isinstance(node, Q.Not):
        inner = set(_evaluate(dc, node.item, compiler, base))
        return [i for i in base.ids if i not in inner]
    if isinstance(node, Q.Formula):
        from .. import host
        fn = formula_of(node, compiler, host.project().compile_formula)
        fargs = ()
        if isinstance(compiler.settings.get("args"), Obj):
            fargs = (compiler.settings["args"],)
        return [e.rid for e in base.foreach_4d() if fn.fn(e, *fargs) is True]
    sub = Compiler(dc, compiler.args, compiler.settings)
    try:
        where = sub.where(node)
    except computed.Sequential:
        path = computed.expand_aliases(dc, compiler.resolve_path(node.path))
        value = compiler.value_of(node.value)
        return [e.rid for e in base.foreach_4d()
                if computed.matches(e, path.parts, node.op, value)]
    restrict = base.restriction(sub)
    return rows.select_ids(dc, f"({where}) AND ({restrict})", sub.params)


MEMBER_HOOKS[EntitySelection] = (EntitySelection.member_4d, set_builtin_member)
