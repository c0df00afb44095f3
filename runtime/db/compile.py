"""Query trees (query.py) compiled to SQL with bound parameters: never a user's text inside the
SQL. Relation paths become `IN (SELECT …)` sub-queries run by the engine; Object attribute paths
use the engine's JSON functions; texts compare through their collation-key column.

`Compiler(model, args, settings).where(tree)` -> (sql, params) or raises a 4D error. Formula
conditions (eval(), Formula objects) cannot run in the engine: `has_formula()` tells the caller
to evaluate the tree per entity instead (selection.py).
"""
from __future__ import annotations

from ..errors import FourDError
from ..values import NULL, Coll, Obj, Date4D, Time4D, type_name
from ..function import Function4D
from ..ops import fold_text
from .types import text_key, text_key_source, date_text, uuid_text
from . import computed, query as Q
from .db_errors import db_error, unknown_attribute, ERR_QUERY_TYPE, ERR_QUERY_SYNTAX

_NO_SETTINGS = Obj()            # shared, never changed
_SQL_OP = {"=": "=", "===": "=", "#": "<>", "!==": "<>", "<": "<", ">": ">", "<=": "<=", ">=": ">="}


class Compiler:
    def __init__(self, dataclass, args=(), settings=None):
        self.dc = dataclass
        self.backend = dataclass.db.backend
        self.args = list(args)
        self.settings = settings if isinstance(settings, Obj) else _NO_SETTINGS
        self.params: dict = {}
        self.n_alias = 0
        self.plan = None            # the PlainPlan where_of() re-used, if it did

    # -- placeholders ------------------------------------------------------------------
    def _param_value(self, ph):
        if isinstance(ph, int):
            if ph < 1 or ph > len(self.args):
                raise db_error(ERR_QUERY_SYNTAX, f"Query: no value for placeholder :{ph}")
            return self.args[ph - 1]
        params = self.settings.get("parameters")
        value = None
        if isinstance(params, Obj):
            value = params
            for part in ph.split("."):
                value = value.get(part) if isinstance(value, Obj) else None
        if value is None:
            raise db_error(ERR_QUERY_SYNTAX, f"Query: no value for placeholder :{ph}")
        return value

    def resolve_path(self, path: Q.Path) -> Q.Path:
        if path.placeholder is None:
            return path
        ph = path.placeholder
        if isinstance(ph, int):
            value = self._param_value(ph)
        else:
            attrs = self.settings.get("attributes")
            value = attrs.get(ph) if isinstance(attrs, Obj) else None
        if isinstance(value, str):
            return Q.parse_path(value)
        if isinstance(value, Coll) and all(isinstance(p, str) for p in value):
            return Q.Path(list(value), [None] * len(value))
        raise db_error(ERR_QUERY_SYNTAX, f"Query: placeholder :{ph} is not an attribute path")

    def value_of(self, v: Q.Value):
        if v.kind == "param":
            return self._param_value(v.value)
        if v.kind == "null":
            return NULL
        if v.kind == "list":
            return Coll(v.value)
        return v.value

    # -- tree --------------------------------------------------------------------------
    def where_of(self, node, text: str) -> str:
        """`where(node)` of the query string `text`, through the dataclass's cache of plain
        queries: when every condition compares one stored scalar attribute with one value,
        the SQL is the same for all values that are not null and hold no `@`; only the
        parameters are worked out again (the ones where() would bind, in its order)."""
        plans = self.dc.query_plans
        plan = plans.get(text, _UNKNOWN)
        if plan is None:
            return self.where(node)
        if plan is not _UNKNOWN:
            params = self._plain_params(plan.leaves)
            if params is None:
                return self.where(node)
            self.params = params
            self.plan = plan
            return plan.sql
        leaves = _plain_leaves(self.dc, node, [])
        params = self._plain_params(leaves) if leaves is not None else None
        sql = self.where(node)
        if len(plans) >= _MAX_PLANS:
            plans.clear()
        if leaves is None:
            plans[text] = None
        elif params == self.params:          # else the values of this call made another SQL
            plans[text] = PlainPlan(sql, leaves)
        return sql

    def _plain_params(self, leaves) -> dict | None:
        """The parameters of a plain query's values, or None when a value is null, holds a
        wildcard or cannot be converted (where() then compiles or reports it)."""
        params = {}
        for i, (f, keyed, value) in enumerate(leaves):
            v = self.value_of(value)
            if v is NULL or v is None:
                return None
            try:
                v = self.convert(f, v)
            except FourDError:
                return None
            if keyed:
                v = text_key(v)
                if "@" in v:
                    return None
            else:
                v = self.backend.to_db(f, v)
            params[f"p{i}"] = v
        return params

    def where(self, node, alias="t0") -> str:
        if isinstance(node, Q.BoolOp):
            if node.op == "and":
                return "(" + " AND ".join(self._and_items(node.items, alias)) + ")"
            return "(" + " OR ".join(self.where(i, alias) for i in node.items) + ")"
        if isinstance(node, Q.Not):
            return f"(NOT COALESCE({self.where(node.item, alias)}, 0=1))"
        if isinstance(node, Q.Cmp):
            return self.condition(self.dc, alias, self.resolve_path(node.path), 0, node.op,
                                  self.value_of(node.value))
        raise db_error(ERR_QUERY_SYNTAX, "Query: a formula cannot be combined here")

    def _and_items(self, items, alias) -> list:
        """The SQL of AND-ed conditions; conditions on collection elements linked by the same
        letter (`hobbies[a].name = :1 and hobbies[a].level = :2`) must hold for one element:
        they share one EXISTS over that collection (docs "Linking collection attribute query
        arguments")."""
        out, groups = [], {}
        for item in items:
            link = self._linked(item)
            if link is None:
                out.append(self.where(item, alias))
                continue
            if link[0] not in groups:
                groups[link[0]] = []
                out.append(groups[link[0]])         # filled below, in its place
            groups[link[0]].append((item, link))
        return [self._linked_sql(alias, o) if isinstance(o, list) else o for o in out]

    def _linked(self, item):
        """(group key, field, path inside the field, its links, index of the linked
        collection) of a condition on a collection element linked by a letter, else None."""
        if not isinstance(item, Q.Cmp):
            return None
        path = self.resolve_path(item.path)
        attr = self.dc.attribute(path.parts[0]) if path.parts else None
        if attr is None or attr.kind != "storage" or attr.field.kind != "object":
            return None
        inner, links = path.parts[1:], (path.links + [None] * len(path.parts))[1:len(path.parts)]
        for j, link in enumerate(links):
            if link and not link.startswith("{"):
                return (link.lower(), attr.field.name, tuple(inner[:j + 1])), attr.field, \
                    inner, links, j
            if link is not None:
                return None
        return None

    def _linked_sql(self, alias, group) -> str:
        b = self.backend
        _item, (_key, f, inner, _links, j) = group[0]
        column = f"{alias}.{b.quote(f.column)}"
        source, elem = b.json_array(column, inner[:j + 1], self, self.new_alias())
        conds = [self.json_scalar(b.element_value(elem, inner_i[j_i + 1:], self), item.op,
                                  self.value_of(item.value))
                 for item, (_k, _f, inner_i, _l, j_i) in group]
        return f"EXISTS (SELECT 1 FROM {source} WHERE {' AND '.join(conds)})"

    def new_alias(self) -> str:
        self.n_alias += 1
        return f"t{self.n_alias}"

    def p(self, value) -> str:
        """A bound parameter (named, so that a fragment may appear twice in the SQL; the same
        query gets the same names, so the engine re-uses its prepared statement)."""
        name = f"p{len(self.params)}"
        self.params[name] = value
        return self.backend.named(name)

    def condition(self, dc, alias, path: Q.Path, i: int, op: str, value) -> str:
        q = self.backend.quote
        name = path.parts[i]
        attr = dc.attribute(name)
        if attr is None:
            raise unknown_attribute(name, dc.name)
        last = i == len(path.parts) - 1
        if attr.kind == "alias":
            sub = Q.parse_path(attr.path)
            new = Q.Path(sub.parts + path.parts[i + 1:], sub.links + path.links[i + 1:])
            return self.condition(dc, alias, new, 0, op, value)
        if attr.kind == "calculated":
            if not last:
                raise computed.Sequential(name)
            return self.computed_condition(dc, alias, attr, op, value)
        if attr.kind == "relatedEntity":
            rel = attr.relation
            target = attr.related
            if last:                      # employer = :1 (an entity, a key or null)
                fk = f"{alias}.{q(rel.source.column)}"
                if value is NULL or value is None:
                    return f"{fk} IS {'NOT ' if op in ('#', '!==') else ''}NULL"
                from .entity import Entity
                key = value.key if isinstance(value, Entity) else value
                return self.scalar(rel.source, fk, None, op, key)
            sub = self.new_alias()
            inner = self.condition(target, sub, path, i + 1, op, value)
            return (f"{alias}.{q(rel.source.column)} IN (SELECT {sub}.{q(rel.dest.column)} FROM "
                    f"{q(target.table.name)} {sub} WHERE {inner})")
        if attr.kind == "relatedEntities":
            rel = attr.relation
            target = attr.related
            if last:
                raise db_error(ERR_QUERY_TYPE, f"Query: {name} is a relation, compare one of "
                                               f"its attributes ({name}.attribute)")
            sub = self.new_alias()
            inner = self.condition(target, sub, path, i + 1, op, value)
            return (f"{alias}.{q(rel.dest.column)} IN (SELECT {sub}.{q(rel.source.column)} FROM "
                    f"{q(target.table.name)} {sub} WHERE {inner})")
        f = attr.field
        column = f"{alias}.{q(f.column)}"
        if f.kind == "object" and not last:
            return self.json_condition(column, path.parts[i + 1:], path.links[i + 1:], op, value)
        if not last:
            raise unknown_attribute(".".join(path.parts[:i + 2]), dc.name)
        key = f"{alias}.{q(f.key_column)}" if f.type.text_key else None
        return self.scalar(f, column, key, op, value)

    def computed_condition(self, dc, alias, attr, op, value) -> str:
        """A condition on a computed attribute through its query function (computed.py);
        raises computed.Sequential when it must be evaluated entity by entity."""
        text, args = computed.query_of(attr, op, value)
        sub = Compiler(dc, args)
        sub.params = self.params
        sub.n_alias = self.n_alias + 100
        tree = Q.parse_query(text)
        sql = sub.where(tree.where, alias) if tree.where is not None else "1=1"
        self.n_alias = sub.n_alias
        return sql

    # -- scalar comparisons ------------------------------------------------------------
    def convert(self, f, value):
        """A query value in the attribute's type (4D converts where it can: "v20" -> 20)."""
        kind = f.kind
        t = type(value)
        if t in _AS_IS.get(kind, ()):
            return value
        if kind in ("int", "real", "time"):
            if t is bool:
                return int(value)
            if t is str:
                from ..formatting import parse_num
                return parse_num(value)
        elif kind == "bool":
            if t is int or t is float:
                return value != 0
            if t is str and value.lower() in ("true", "false"):
                return value.lower() == "true"
        elif kind in ("text", "uuid"):
            if t is int or t is float:
                from ..values import num_text
                return num_text(value)
        elif kind == "date":
            if t is str:
                from ..formatting import parse_date
                return parse_date(value)
        raise db_error(ERR_QUERY_TYPE, f"Query: a {type_name(value)} cannot be compared with "
                                       f"{f.table.name}.{f.name} ({f.type.name})")

    def scalar(self, f, column, key, op, value) -> str:
        if value is NULL or value is None:
            if op in ("=", "==="):
                return f"{column} IS NULL"
            if op in ("#", "!=="):
                return f"{column} IS NOT NULL"
            raise db_error(ERR_QUERY_TYPE, "Query: null can only be compared with = or #")
        if op == "in":
            if not isinstance(value, Coll):
                value = Coll([value])
            parts = [self.scalar(f, column, key, "=", v) for v in value]
            return "(" + " OR ".join(parts) + ")" if parts else "(0=1)"
        if op == "%":
            if key is None:
                raise db_error(ERR_QUERY_TYPE, "Query: % (contains keyword) needs a text attribute")
            return self.backend.contains_word(key, text_key(self.convert(f, value)), self)
        value = self.convert(f, value)
        if key is not None:
            if f.kind == "uuid":
                try:
                    value = uuid_text(value) if value else value
                except ValueError:
                    return "(0=1)" if op in ("=", "===") else f"{column} IS NOT NULL"
            folded = text_key(value)
            if op in ("=", "#") and "@" in folded:
                cond = self.backend.like(key, self.p(self.backend.wildcard_pattern(folded)))
                return cond if op == "=" else f"({key} IS NOT NULL AND NOT {cond})"
            if op in ("<", ">", "<=", ">=") and folded.endswith("@") and "@" not in folded[:-1]:
                folded = folded[:-1]
            return f"{key} {_SQL_OP[op]} {self.p(folded)}"
        return f"{column} {_SQL_OP[op]} {self.p(self.backend.to_db(f, value))}"

    # -- Object attributes -------------------------------------------------------------
    def json_condition(self, column, parts, links, op, value) -> str:
        b = self.backend
        if any(link is not None for link in links):
            j = next(k for k, link in enumerate(links) if link is not None)
            source, elem = b.json_array(column, parts[:j + 1], self, self.new_alias())
            element = b.element_value(elem, parts[j + 1:], self)
            if op in ("#", "!==") and links[j] == "":      # all elements differ (docs)
                inner = self.json_scalar(element, "=" if op == "#" else "===", value)
                return f"NOT EXISTS (SELECT 1 FROM {source} WHERE {inner})"
            return f"EXISTS (SELECT 1 FROM {source} WHERE {self.json_scalar(element, op, value)})"
        return self.json_scalar(b.json_value(column, parts, self), op, value)

    def json_scalar(self, expr, op, value) -> str:
        b = self.backend
        if value is NULL or value is None:
            test = b.json_is_null(expr)
            return f"(NOT {test})" if op in ("#", "!==") else test
        if op == "in":
            items = value if isinstance(value, Coll) else [value]
            parts = [self.json_scalar(expr, "=", v) for v in items]
            return "(" + " OR ".join(parts) + ")" if parts else "(0=1)"
        t = type(value)
        if t is str:
            folded = text_key(value)
            key = b.fold_sql(b.json_as_text(expr))
            if op in ("=", "#") and "@" in folded:
                cond = b.like(key, self.p(b.wildcard_pattern(folded)))
            else:
                cond = f"{key} {_SQL_OP['=' if op in ('=', '#', '===', '!==') else op]} {self.p(folded)}"
            if op in ("#", "!=="):
                return f"({expr} IS NOT NULL AND NOT {cond})"
            return cond
        if t is bool:
            return f"{b.json_as_bool(expr)} {_SQL_OP.get(op, '=')} {self.p(value)}"
        if t is int or t is float or t is Time4D:
            return f"{b.json_as_number(expr)} {_SQL_OP.get(op, '=')} {self.p(float(value))}"
        if t is Date4D:
            return f"{b.json_as_text(expr)} {_SQL_OP.get(op, '=')} {self.p(date_text(value))}"
        raise db_error(ERR_QUERY_TYPE, f"Query: a {type_name(value)} cannot be compared with an "
                                       f"object property")

    # -- order by ----------------------------------------------------------------------
    def order_expr(self, dc, alias, path: Q.Path, i=0) -> str:
        q = self.backend.quote
        name = path.parts[i]
        attr = dc.attribute(name)
        if attr is None:
            raise unknown_attribute(name, dc.name)
        last = i == len(path.parts) - 1
        if attr.kind == "alias":
            sub = Q.parse_path(attr.path)
            return self.order_expr(dc, alias, Q.Path(sub.parts + path.parts[i + 1:],
                                                     sub.links + path.links[i + 1:]))
        if attr.kind == "relatedEntity" and not last:
            rel = attr.relation
            sub = self.new_alias()
            inner = self.order_expr(attr.related, sub, path, i + 1)
            return (f"(SELECT {inner} FROM {q(attr.related.table.name)} {sub} WHERE "
                    f"{sub}.{q(rel.dest.column)} = {alias}.{q(rel.source.column)})")
        if attr.kind != "storage":
            raise db_error(ERR_QUERY_TYPE, f"orderBy: cannot sort on {name} ({attr.kind})")
        f = attr.field
        if f.kind == "object" and not last:
            b = self.backend
            return b.json_order(b.json_value(f"{alias}.{q(f.column)}", path.parts[i + 1:], self))
        if not last:
            raise unknown_attribute(".".join(path.parts[:i + 2]), dc.name)
        return f"{alias}.{q(f.key_column if f.type.text_key else f.column)}"


_UNKNOWN = object()
_MAX_PLANS = 500            # query strings remembered per dataclass (texts built with values)
_NUMBERS = (int, float, Time4D)
# per field kind, the types of the query values that convert() passes on unchanged
_AS_IS = {"int": _NUMBERS, "real": _NUMBERS, "time": _NUMBERS, "bool": (bool,), "text": (str,),
          "uuid": (str,), "date": (Date4D,)}


class PlainPlan:
    """The condition of a plain query string (where_of): its SQL, the same for every value
    that is not null and holds no `@`; its leaves [(field, keyed, query value)], whose values
    are the parameters p0, p1…; `fast`: what selection.py keeps to run the whole query
    without the general path (None until built, False when it cannot)."""
    __slots__ = ("sql", "leaves", "fast")

    def __init__(self, sql, leaves):
        self.sql = sql
        self.leaves = leaves
        self.fast = None

    def bind_code(self, backend, params: dict):
        """(lines, values, names) of Python turning `args`, the arguments of
        `.query(text; args…)` (a tuple), into this condition's parameters: `values` are the
        expressions of p0, p1…; the lines `return None` when the general path must look at
        the arguments (another number of them, as with a settings object; a value of
        another type than the attribute's; a text holding `@`); `names`: what they use.
        None when a placeholder is named (its value comes from settings). `params`: those of
        a run of the plan (they hold the constants). Written out per plan, without a loop:
        selection.py's fast entry runs them once per query."""
        names = {"fold": fold_text}
        body, values, n_args = [], [], 0
        for i, (f, keyed, value) in enumerate(self.leaves):
            if value.kind == "const":
                names[f"c{i}"] = params[f"p{i}"]
                values.append(f"c{i}")
                continue
            if type(value.value) is not int:
                return None
            n_args = max(n_args, value.value)
            types = _AS_IS[f.kind]
            body.append(f"v{i} = args[{value.value - 1}]")
            if len(types) == 1:
                names[f"t{i}"] = types[0]
                body.append(f"if type(v{i}) is not t{i}:")
            else:
                names[f"t{i}"] = types
                body.append(f"if type(v{i}) not in t{i}:")
            body.append("    return None")
            convert = backend.converter(f)
            if keyed:
                body += [f"v{i} = {text_key_source(f'v{i}')}", f"if '@' in v{i}:",
                         "    return None"]
            elif convert is not None:
                names[f"k{i}"] = convert
                body.append(f"v{i} = k{i}(v{i})")
            values.append(f"v{i}")
        return [f"if len(args) != {n_args}:", "    return None"] + body, values, names


def _plain_leaves(dc, node, out):
    """[(field, keyed, query value)] of a tree of plain comparisons (where_of), else None."""
    if isinstance(node, Q.BoolOp):
        for item in node.items:
            if _plain_leaves(dc, item, out) is None:
                return None
        return out
    if isinstance(node, Q.Not):
        return _plain_leaves(dc, node.item, out)
    if not isinstance(node, Q.Cmp) or node.op not in _SQL_OP or node.path.placeholder is not None \
            or len(node.path.parts) != 1 or node.value.kind not in ("const", "param"):
        return None
    attr = dc.attribute(node.path.parts[0])
    if attr is None or attr.kind != "storage" or attr.field.kind in ("object", "uuid"):
        return None
    f = attr.field
    out.append((f, f.type.text_key, node.value))
    return out


def has_formula(node) -> bool:
    if isinstance(node, Q.Formula):
        return True
    if isinstance(node, Q.BoolOp):
        return any(has_formula(i) for i in node.items)
    if isinstance(node, Q.Not):
        return has_formula(node.item)
    return False


def formula_of(node: Q.Formula, compiler: Compiler, project_formula):
    """The 4D.Function of a formula condition."""
    if node.source is not None:
        return project_formula(node.source)
    value = compiler._param_value(node.placeholder)
    if not isinstance(value, Function4D):
        from .db_errors import ERR_FORMULA_EXPECTED
        raise db_error(ERR_FORMULA_EXPECTED, "Expecting a text or formula")
    return value
