"""Row operations on one dataclass's table, through the current process's connection: the only
module that writes SQL for reading and writing records (queries come from compile.py).
"""
from __future__ import annotations

import functools
import operator

from ..errors import FourDError
from ..ops import fold_text
from ..values import NULL
from .backend import ID, STAMP, DuplicateKey
from .session import session, run
from .types import coerce, text_key, text_key_source

BATCH = 5000            # ids per statement when loading records


def _q(dc):
    return dc.db.backend.quote


def select_ids(dc, where: str | None, params: dict, order: list | None = None,
               among: list | None = None) -> list[int]:
    """`__id`s of the rows matching `where`, in `order` (SQL expressions with ASC/DESC), else
    by `__id`; restricted to `among` when given."""
    if among is None:
        sql = select_sql(dc, where, order)
    else:
        b = dc.db.backend
        params = dict(params)
        params["ids"] = b.list_param(among)
        among_sql = b.in_list(f"t0.{b.quote(ID)}", b.named("ids"))
        sql = _select(dc, [where, among_sql] if where else [among_sql], order)
    return ids_of(session().conn, sql, params)


def select_sql(dc, where: str | None, order: list | None = None) -> str:
    """The SELECT of select_ids (kept per dataclass: the same condition and order give the
    same text)."""
    key = (where, tuple(order) if order else None)
    sql = dc.select_sql.get(key)
    if sql is None:
        sql = _select(dc, [where] if where else [], order)
        if len(dc.select_sql) >= 500:       # conditions built with values: bounded
            dc.select_sql.clear()
        dc.select_sql[key] = sql
    return sql


def _select(dc, conds: list, order) -> str:
    select, by_id = _select_head(dc)
    sql = select
    if conds:
        sql += " WHERE " + " AND ".join(conds)
    return sql + (" ORDER BY " + ", ".join(order) + ", " + by_id if order else
                  " ORDER BY " + by_id)


def ids_of(conn, sql: str, params) -> list[int]:
    """The `__id`s a SELECT of select_sql() gives, on the connection `conn` (the session's)."""
    try:
        found = conn.fetch_all(sql, params)
    except Exception as e:          # run() reports it (no closure made per call)
        return run(_raise, e)
    return [found[0][0]] if len(found) == 1 else list(map(_first, found))   # one: 3x cheaper


def _raise(e):
    raise e


_first = operator.itemgetter(0)


@functools.lru_cache(maxsize=None)
def _select_head(dc):
    q = dc.db.backend.quote
    return f"SELECT t0.{q(ID)} FROM {q(dc.table.name)} t0", f"t0.{q(ID)}"


def columns_of(dc):
    return [f for f in dc.table.fields]


def load(dc, ids) -> dict:
    """id -> (stamp, {field name: 4D value or None}) for the rows that still exist."""
    b = dc.db.backend
    q = b.quote
    fields = columns_of(dc)
    cols = ", ".join([q(ID), q(STAMP)] + [q(f.column) for f in fields])
    conn = session().conn
    decode = _decoder(dc)
    out = {}
    ids = list(ids)
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        if len(chunk) == 1:
            sql = f"SELECT {cols} FROM {q(dc.table.name)} WHERE {q(ID)} = {b.named('id')}"
            params = {"id": chunk[0]}
        else:
            sql = f"SELECT {cols} FROM {q(dc.table.name)} WHERE {b.in_list(q(ID), b.named('ids'))}"
            params = {"ids": b.list_param(chunk)}
        for row in run(conn.fetch_all, sql, params):
            out[row[0]] = (row[1], decode(row))
    return out


@functools.lru_cache(maxsize=None)
def _decoder(dc):
    """`decode(row)`: {field name: 4D value or None} of a row read as (__id, __stamp,
    fields…) — backend.from_db of each field, written out for the table's fields, without a
    loop or a call per field: it runs once per loaded entity."""
    b = dc.db.backend
    env = {}
    cells = []
    for i, f in enumerate(columns_of(dc)):
        convert = b.FROM_DB.get(f.kind)
        if convert is None:
            cells.append(f"{f.name!r}: row[{i + 2}]")
        else:
            env[f"c{i}"] = convert
            cells.append(f"{f.name!r}: None if row[{i + 2}] is None else c{i}(row[{i + 2}])")
    exec(f"def decode(row):\n    return {{{', '.join(cells)}}}", env)
    return env["decode"]


def _cells(dc, values: dict):
    """Column names and engine values for {field name: value}; text fields add their key."""
    b = dc.db.backend
    cols, vals = [], []
    for name, value in values.items():
        f = dc.table.by_name[name]
        cols.append(f.column)
        vals.append(b.to_db(f, value))
        if f.type.text_key:
            cols.append(f.key_column)
            vals.append(text_key(value))
    return cols, vals


class _InsertPlan:
    """A new row of one table in one INSERT, built once: the fields, then the text fields'
    collation keys, then the stamp."""

    def __init__(self, dc):
        b = dc.db.backend
        fields = dc.table.fields
        keyed = [f for f in fields if f.type.text_key]
        columns = [f.column for f in fields] + [f.key_column for f in keyed] + [STAMP]
        self.sql = b.insert_sql(dc.table, columns)
        self.sql_with_id = b.insert_sql(dc.table, [ID] + columns)
        self.backend = b
        self.params = _params_function(b, fields, keyed)
        pk = dc.table.primary_key
        # deferred inserts (backend.py): the engine can, and no unique field but the key
        self.deferrable = b.defers_inserts and pk is not None and not any(
            f.unique and f is not pk for f in dc.table.fields)
        self.insert_new = _insert_new_function(dc, b, fields, keyed, self) \
            if self.deferrable else None


def _cell(b, f, i, env):
    """The expression of field `f`'s INSERT parameter, its 4D value being `v{i}`."""
    convert = b.converter(f)
    if convert is None:
        return f"v{i}"
    env[f"c{i}"] = convert
    return f"None if v{i} is None else c{i}(v{i})"


def _params_function(b, fields, keyed):
    """`params(values, rid=None)`: the INSERT parameters of a row ({field name: 4D value or
    None}), after `rid` when given, as a tuple (rows waiting in a deferred batch are then not
    tracked by Python's GC). Written out for the table's fields, without a loop: it runs once
    per saved entity."""
    env = {"fold": fold_text}
    lines = ["def params(values, rid=None):", "    get = values.get"]
    lines += [f"    v{i} = get({f.name!r})" for i, f in enumerate(fields)]
    row = _row(b, fields, keyed, env)
    lines.append(f"    if rid is None:\n        return ({row},)")
    lines.append(f"    return (rid, {row})")
    exec("\n".join(lines), env)
    return env["params"]


def _row(b, fields, keyed, env) -> str:
    """The INSERT parameters after `__id`, from the values `v0`, `v1`…: the fields, the text
    fields' keys, the stamp."""
    cells = [_cell(b, f, i, env) for i, f in enumerate(fields)]
    cells += [text_key_source(f"v{i}") for i, f in enumerate(fields) if f in keyed]
    return ", ".join(cells + ["1"])


def _insert_new_function(dc, b, fields, keyed, plan):
    """`insert_new(values, s)`: the usual save of a new entity in one call — inside a
    transaction, its primary key an empty autosequence (the only field fourd fills), no other
    field checked at save: the key taken from the process's block (session.next_number), the
    `__id` counted on (session.new_id), the row deferred (backend.py). Its `__id`; None when
    the case does not apply or the block, the id counter or the connection are not there
    yet: the caller then takes the general path (entity._insert), which sets them up. No
    function (None) for other tables."""
    pk = dc.table.primary_key
    if dc.auto_fields != [pk] or not pk.autosequence or \
            any(f is not pk for f in dc.checked_fields):
        return None                 # (the key itself is filled: never null, never missing)
    env = {"fold": fold_text, "db": dc.db, "TABLE": dc.table.name, "PK": pk.name,
           "SEQUENCE": (dc.table.name, pk.name), "SQL": plan.sql_with_id}
    lines = ["def insert_new(values, s):",
             "    conn = s._conn",
             "    if not s.levels or conn is None or values.get(PK) is not None:",
             "        return None",
             "    ids = s.next_ids",
             "    rid = ids.get(TABLE)",
             "    block = s.numbers.get(SEQUENCE)",
             "    if rid is None or block is None or block[0] > block[1]:",
             "        return None",
             "    key = block[0]",
             "    block[0] = key + 1",
             "    ids[TABLE] = rid + 1",
             "    values[PK] = key",
             "    get = values.get"]
    lines += [f"    v{i} = get({f.name!r})" for i, f in enumerate(fields)]
    lines += [f"    row = (rid, {_row(b, fields, keyed, env)})",
              "    pending = conn.pending.get(SQL)",
              "    if pending is None:",
              "        conn.pending[SQL] = [row]",
              "    else:",
              "        pending.append(row)",
              "    db.writes += 1             # database.wrote()",
              "    return rid"]
    exec("\n".join(lines), env)
    return env["insert_new"]


def insert_plan(dc) -> _InsertPlan:
    plan = dc.insert_plan
    if plan is None:
        plan = dc.insert_plan = _InsertPlan(dc)
    return plan


def insert(dc, values: dict, fresh_key: bool = False, s=None) -> int:
    """INSERT the row of a new entity ({field name: 4D value or None}); its `__id`.
    `fresh_key`: fourd has just assigned its primary key, so that the row may be deferred
    inside a transaction (backend.py, "Deferred inserts"); `s`: the process's session."""
    plan = dc.insert_plan or insert_plan(dc)
    if s is None:
        s = session()
    conn = s.conn
    name = dc.table.name
    if fresh_key and s.levels and plan.deferrable:
        rid = s.new_id(dc.table)
        conn.defer(plan.sql_with_id, plan.params(values, rid))
    else:
        params = plan.params(values)
        rid = run(lambda: plan.backend.inserted_id(conn.execute(plan.sql, params)))
        if s.next_ids:
            s.saw_id(name, rid)
    dc.db.wrote(name)
    return rid


def update(dc, rid: int, stamp: int | None, values: dict) -> int:
    """Write `values` if the row still has `stamp` (None: any); the number of rows written."""
    b = dc.db.backend
    q = b.quote
    cols, vals = _cells(dc, values)
    sets = [f"{q(c)} = {b.param}" for c in cols] + [f"{q(STAMP)} = {q(STAMP)} + 1"]
    return _write_row(dc, f"UPDATE {q(dc.table.name)} SET {', '.join(sets)}", vals, rid, stamp)


def delete(dc, rid: int, stamp: int | None = None) -> int:
    return _write_row(dc, f"DELETE FROM {dc.db.backend.quote(dc.table.name)}", [], rid, stamp)


def _write_row(dc, sql: str, vals: list, rid: int, stamp: int | None) -> int:
    """Run `sql` (an UPDATE or DELETE) on the row `rid` if it still has `stamp` (None: any);
    the number of rows written."""
    b = dc.db.backend
    q = b.quote
    sql += f" WHERE {q(ID)} = {b.param}"
    vals.append(rid)
    if stamp is not None:
        sql += f" AND {q(STAMP)} = {b.param}"
        vals.append(stamp)
    conn = session().conn
    n = run(lambda: conn.execute(sql, vals).rowcount)
    dc.db.wrote(dc.table.name)
    return n


def stamp_of(dc, rid: int):
    """The stored stamp of a row, or None when it no longer exists."""
    b = dc.db.backend
    q = b.quote
    conn = session().conn
    row = run(lambda: conn.execute(f"SELECT {q(STAMP)} FROM {q(dc.table.name)} WHERE {q(ID)} = "
                                   f"{b.param}", (rid,)).fetchone())
    return None if row is None else row[0]


def id_of_key(dc, key):
    """The `__id` of the row whose primary key is `key`, or None."""
    b = dc.db.backend
    q = b.quote
    pk = dc.primary_key
    if pk.type.text_key:
        col, value = pk.key_column, text_key(key)
    else:
        col, value = pk.column, b.to_db(pk, key)
    conn = session().conn
    row = run(lambda: conn.execute(f"SELECT {q(ID)} FROM {q(dc.table.name)} WHERE {q(col)} = "
                                   f"{b.param}", (value,)).fetchone())
    return None if row is None else row[0]


def count(dc) -> int:
    q = dc.db.backend.quote
    conn = session().conn
    return run(lambda: conn.execute(f"SELECT COUNT(*) FROM {q(dc.table.name)}").fetchone()[0])


def scalar(sql: str, params):
    conn = session().conn
    row = run(lambda: conn.execute(sql, params).fetchone())
    return None if row is None else row[0]


def all_rows(sql: str, params):
    conn = session().conn
    return run(lambda: conn.execute(sql, params).fetchall())


def bump_sequence(dc, f, value: int):
    s = session()
    conn = s.conn
    run(lambda: dc.db.backend.bump_sequence(conn, dc.table, f, value))
    s.skip_number(dc.table.name, f.name, value)


__all__ = ["DuplicateKey", "select_ids", "select_sql", "ids_of", "load", "insert", "update",
           "delete", "stamp_of", "id_of_key", "count", "scalar", "all_rows", "bump_sequence"]


def get_entity(dc, key):
    """The entity of `dc` whose primary key is `key`, or None."""
    if key is None or key is NULL:
        return None
    pk = dc.primary_key
    try:
        key = coerce(pk.kind, key, f"{dc.name}.get()")
    except FourDError:
        if pk.kind in ("int", "real") and isinstance(key, str):
            try:
                key = int(key)
            except ValueError:
                return None
        else:
            raise
    rid = id_of_key(dc, key)
    if rid is None:
        return None
    loaded = load(dc, [rid]).get(rid)
    if loaded is None:
        return None
    return dc.make_entity(rid, loaded[0], dict(loaded[1]))
