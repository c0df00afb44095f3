"""The classic language's database (docs: themes Records, Selection, Queries, Record Locking,
Sets, Named Selections, Relations, Structure Access): tables and fields as values (`[T]`,
`[T]F`), each process's current selection and current record per table, the criteria QUERY
collects, sets and named selections. The commands are in runtime/commands/records.py and its
siblings; the lowering gives them table and field references (interpreter/lower/fields.py).

Decisions:
* A process starts with an empty current selection and no current record for every table.
  A command that changes the current selection makes its first record the current record
  (loaded when first read); CREATE RECORD makes a new record current and leaves the selection
  alone; after SAVE RECORD the record stays current.
* A field of a table with no current record reads as its type's blank value; assigning it is
  error -10971. NULL reads as the blank value, as the classic language always does.
* Records are locked as 4D locks them: a table is read-write by default, and the current
  record, once loaded, is locked for the other processes (the same lock table as ORDA's
  `.lock()`, so the two kinds of lock see each other). A record another process holds is
  loaded read-only: `Locked` is True and SAVE RECORD / DELETE RECORD leave it alone.
  READ ONLY tables never lock. UNLOAD RECORD releases the lock and leaves the record current
  but not loaded (`Is record loaded` False, `Record number` known); reading one of its fields
  loads it again, as LOAD RECORD does, rather than giving a blank value.
* SAVE RECORD writes without comparing stamps (the lock protects the record); a duplicated
  key or a Null that a field rejects is the 4D error, raised.
* Queries compile to SQL as ORDA's do (compile.py): `QUERY([T]; [T]F = v; *)` lines are kept
  per table until the line without `*`, then combined from left to right (`&` AND, `|` OR,
  `#` EXCEPT; AND when there is no conjunction). A field of another table is reached through
  the relations (the shortest path of named relations, either direction).
* Sets are unordered sets of records of one table, named selections ordered lists with their
  current record; a name starting with `<>` is shared by all processes, others (`$` ones too:
  there is no client/server split) belong to the process.
* Sequence number counts per table, apart from the autoincrement fields' counters.
"""
from __future__ import annotations

import re

from ..errors import FourDError, ERR_TYPE_MISMATCH
from ..values import NULL, Pointer, SortOrder, Star, type_name
from . import query as Q, rows
from .database import current as current_database
from .db_errors import db_error, ERR_NO_RECORD, ERR_NO_TABLE
from .session import session
from .types import blank, coerce

CLASSIC_LOCK = "classic"           # the token of locks taken by the current record


# ------------------------------------------------------------------ table and field values
class TableRef:
    """`[Table]`: a table of the structure."""
    __slots__ = ("table",)

    def __init__(self, table):
        self.table = table

    def __eq__(self, other):
        return isinstance(other, TableRef) and other.table is self.table

    def __hash__(self):
        return hash(("table", self.table.number))

    def __repr__(self):
        return f"[{self.table.name}]"


class FieldRef:
    """`[Table]Field`: a field of a table."""
    __slots__ = ("table", "field")

    def __init__(self, table, field):
        self.table, self.field = table, field

    def __eq__(self, other):
        return isinstance(other, FieldRef) and other.field is self.field

    def __hash__(self):
        return hash(("field", self.table.number, self.field.number))

    def __repr__(self):
        return f"[{self.table.name}]{self.field.name}"


class Criterion:
    """One QUERY argument: `[T]F = value` (the field may come from a previous argument)."""
    __slots__ = ("field", "op", "value")

    def __init__(self, field, op, value):
        self.field, self.op, self.value = field, op, value


class QueryOp:
    """A QUERY argument that is an operator alone: a conjunction (`&`, `|`, `#`) or a
    comparator whose value comes next."""
    __slots__ = ("op",)

    def __init__(self, op):
        self.op = op


_TOKEN = re.compile(r"\[\s*([^\]:]*?)\s*(?::(\d+))?\](.*?)(?::(\d+))?$")


def resolve(token: str):
    """`[T]` / `[T]F` (`[T:1]F:2` in tokenized code) as a TableRef / FieldRef."""
    db = current_database()
    cache = db.__dict__.setdefault("classic_refs", {})
    found = cache.get(token)
    if found is None:
        found = cache[token] = _resolve(db.structure, token)
    return found


def _resolve(structure, token):
    m = _TOKEN.match(token)
    if m is None:
        raise db_error(ERR_NO_TABLE, f"{token}: not a table or field")
    tname, tnum, fname, fnum = m.group(1), m.group(2), m.group(3).strip(), m.group(4)
    table = structure.table(tname) if tname else None
    if table is None and tnum:
        table = structure.by_number.get(int(tnum))
    if table is None:
        raise db_error(ERR_NO_TABLE, f"Unknown table: [{tname}]")
    if not fname and not fnum:
        return TableRef(table)
    from ..catalog import fold_name
    field = table.by_folded.get(fold_name(fname)) if fname else None
    if field is None and fnum:
        field = table.field_by_number(int(fnum))
    if field is None:
        raise db_error(ERR_NO_TABLE, f"Unknown field: [{table.name}]{fname}")
    return FieldRef(table, field)


def pointer_to(ref) -> Pointer:
    """`->[T]` / `->[T]F`: a pointer whose target is the table itself / the current record's
    field."""
    if isinstance(ref, TableRef):
        return Pointer(lambda: ref, _table_target, ("table", ref.table.number), repr(ref))
    return Pointer(lambda: field_value(ref), lambda v: set_field(ref, v),
                   ("field", ref.table.number, ref.field.number), repr(ref))


def _table_target(_value):
    raise FourDError(ERR_TYPE_MISMATCH, "A table cannot be assigned")


def target_of(v):
    """A table or field argument: a reference itself, or a pointer to one (`$ptr->`)."""
    if isinstance(v, Pointer) and isinstance(v.key, tuple) and v.key[:1] in (("table",),
                                                                              ("field",)):
        return v.get() if v.key[0] == "table" else _field_of_pointer(v)
    return v


def _field_of_pointer(p):
    db = current_database()
    table = db.structure.by_number[p.key[1]]
    return FieldRef(table, table.field_by_number(p.key[2]))


# ------------------------------------------------------------------ per-process state
class Current:
    """One table's current selection and current record in one process."""
    __slots__ = ("ids", "ordered", "pos", "record", "read_only", "pending", "locked_by",
                 "unloaded")

    def __init__(self):
        self.ids: list = []
        self.ordered = False
        self.pos = -1              # index in ids of the current record, -1 before, len after
        self.record = None         # the loaded (or new) current record: an Entity
        self.read_only = False
        self.pending: list = []    # QUERY(…; *) arguments collected so far
        self.locked_by = None      # the process holding the current record, if not this one
        self.unloaded = False      # UNLOAD RECORD: current, not loaded, until read or loaded


class ClassicState:
    def __init__(self):
        self.tables: dict = {}     # table number -> Current
        self.default = None        # DEFAULT TABLE: a Table
        self.named: dict = {}      # process named selections: name -> (table, ids, ordered, pos)
        self.sets: dict = {}       # process sets: name -> (table, set of ids)


def state() -> ClassicState:
    s = session()
    if s.classic is None:
        s.classic = ClassicState()
    return s.classic


def model_of(table):
    return current_database().model.by_table[table.name]


def current(table) -> Current:
    tables = state().tables
    cur = tables.get(table.number)
    if cur is None:
        cur = tables[table.number] = Current()
    return cur


def table_of(arg, cmd: str):
    """The table a command works on: its table argument, else the default table."""
    arg = target_of(arg)
    if isinstance(arg, TableRef):
        return arg.table
    if isinstance(arg, FieldRef):
        return arg.table
    if arg is None:
        default = state().default
        if default is None:
            raise db_error(ERR_NO_TABLE, f"{cmd}: no table given and no default table")
        return default
    raise FourDError(ERR_TYPE_MISMATCH, f"{cmd}: a table is expected, got {type_name(arg)}")


def split_table(args, cmd: str):
    """(table, the other arguments) of a command whose table argument is optional."""
    args = [target_of(a) for a in args]
    if args and isinstance(args[0], TableRef):
        return args[0].table, args[1:]
    return table_of(None, cmd), args


# ------------------------------------------------------------------ current record
def _release(cur: Current, table):
    """The current record stops being current: its classic lock goes."""
    rec = cur.record
    if rec is not None and rec.rid is not None:
        locks = current_database().locks
        key = (rec.dc.name, rec.rid)
        owner = locks.get(key)
        if owner is not None and owner == (_me(), CLASSIC_LOCK):
            del locks[key]
    cur.record = None
    cur.locked_by = None
    cur.unloaded = False


def _me() -> int:
    from ..process import current_process
    return current_process().number


def select(table, ids: list, ordered=False):
    """A new current selection; its first record becomes the current record."""
    cur = current(table)
    _release(cur, table)
    cur.ids = ids
    cur.ordered = ordered
    cur.pos = 0 if ids else -1


def goto(table, pos: int):
    """Make the record at `pos` of the current selection current (or none, out of range)."""
    cur = current(table)
    _release(cur, table)
    cur.pos = max(-1, min(pos, len(cur.ids)))


def record(table, load=True):
    """The current record (an Entity), loaded on first use; None when there is none."""
    cur = current(table)
    if cur.record is not None or not load:
        return cur.record
    if not 0 <= cur.pos < len(cur.ids):
        return None
    rid = cur.ids[cur.pos]
    dc = model_of(table)
    loaded = rows.load(dc, [rid]).get(rid)
    if loaded is None:
        return None                              # dropped by another process meanwhile
    cur.record = dc.make_entity(rid, loaded[0], dict(loaded[1]))
    cur.unloaded = False
    if not cur.read_only:
        locks = current_database().locks
        key = (dc.name, rid)
        owner = locks.get(key)
        if owner is None:
            locks[key] = (_me(), CLASSIC_LOCK)
        elif owner[0] != _me():
            cur.locked_by = owner[0]
    return cur.record


def field_value(ref: FieldRef):
    rec = record(ref.table)
    f = ref.field
    if rec is None:
        return blank(f.kind)
    v = rec.values.get(f.name)
    return blank(f.kind) if v is None else v


def set_field(ref: FieldRef, value):
    rec = record(ref.table)
    if rec is None:
        raise db_error(ERR_NO_RECORD, f"[{ref.table.name}]{ref.field.name}: no current record")
    f = ref.field
    rec.values[f.name] = coerce(f.kind, _field_value_for(f, value), f"[{ref.table.name}]{f.name}")
    rec.touch(f.name)
    return value


def _field_value_for(f, value):
    """4D's assignment conversions into a field: numbers between number fields."""
    if f.kind == "int" and type(value) is float:
        return round(value) if value == value else 0
    return value


def create_record(table):
    cur = current(table)
    _release(cur, table)
    dc = model_of(table)
    e = dc.make_entity(None, 0, {})
    for f in dc.never_null_fields:
        e.values[f.name] = blank(f.kind)
    cur.record = e


def save_record(table):
    cur = current(table)
    rec = cur.record
    if rec is None or not rec.touched_names:
        return
    if cur.read_only and rec.rid is not None or cur.locked_by is not None:
        return                                    # loaded read-only: not saved (4D)
    status = rec.save(_stamped=False)
    if not status.get("success"):
        errors = status.get("errors")
        if errors:
            raise db_error(int(errors[0]["errCode"]), errors[0]["message"])
        raise db_error(ERR_NO_RECORD, f"SAVE RECORD([{table.name}]): "
                                      f"{status.get('statusText', 'not saved')}")
    if not cur.read_only:                        # a new record is now locked as current
        locks = current_database().locks
        locks.setdefault((rec.dc.name, rec.rid), (_me(), CLASSIC_LOCK))


def delete_record(table):
    cur = current(table)
    rec = record(table)
    if rec is None or rec.rid is None or cur.locked_by is not None or cur.read_only:
        return
    rows.delete(rec.dc, rec.rid)
    rid = rec.rid
    _release(cur, table)
    if rid in cur.ids:
        i = cur.ids.index(rid)
        cur.ids = cur.ids[:i] + cur.ids[i + 1:]
        if cur.pos >= i:
            cur.pos -= 1


def delete_selection(table):
    cur = current(table)
    dc = model_of(table)
    _release(cur, table)
    me, locks = _me(), current_database().locks
    kept = []
    for rid in cur.ids:
        owner = locks.get((dc.name, rid))
        if owner is not None and owner[0] != me or cur.read_only:
            kept.append(rid)                      # locked records stay (4D's LockedSet)
        else:
            rows.delete(dc, rid)
    cur.ids = kept
    cur.pos = 0 if kept else -1


def record_number(table) -> int:
    cur = current(table)
    if cur.unloaded:                   # known without loading it (UNLOAD RECORD)
        return cur.ids[cur.pos] - 1
    rec = record(table)
    if rec is None:
        return -1
    return -3 if rec.rid is None else rec.rid - 1


def all_ids(table) -> list:
    dc = model_of(table)
    return rows.select_ids(dc, None, {})


def read_only(table, flag: bool):
    cur = current(table)
    if cur.read_only != flag:
        _release(cur, table)
        cur.read_only = flag


# ------------------------------------------------------------------ queries
_COMPARATORS = {"=": "=", "==": "=", "#": "#", "!=": "#", "<": "<", ">": ">", "<=": "<=",
                ">=": ">=", "%": "%"}
_CONJUNCTIONS = {"&": "and", "|": "or", "#": "except"}


def query(table, args, within: bool):
    """QUERY / QUERY SELECTION: collect this line's criterion; run them all on the last."""
    cur = current(table)
    star = bool(args) and isinstance(args[-1], Star)
    if star:
        args = args[:-1]
    if args:
        cur.pending.append(_criterion(table, args))
    if star:
        return False
    lines, cur.pending = cur.pending, []
    if not lines:
        return False                              # the query editor: not headless
    tree = None
    for conj, crit in lines:
        cond = Q.Cmp(_path_to(table, crit.field), crit.op, Q.Value("const", crit.value))
        if tree is None:
            tree = cond
        elif conj == "or":
            tree = Q.BoolOp("or", [tree, cond])
        elif conj == "except":
            tree = Q.BoolOp("and", [tree, Q.Not(cond)])
        else:
            tree = Q.BoolOp("and", [tree, cond])
    dc = model_of(table)
    from .selection import EntitySelection, run_query_tree
    base = EntitySelection(dc, list(cur.ids)) if within else None
    result = run_query_tree(dc, tree, base)
    select(table, result.ids)
    return True


def _criterion(table, args):
    """(conjunction, Criterion) of one QUERY line's arguments (after the table)."""
    conj = "and"
    args = list(args)
    if args and isinstance(args[0], QueryOp) and args[0].op in _CONJUNCTIONS and \
            (len(args) > 1 and not isinstance(args[1], (QueryOp,))):
        conj = _CONJUNCTIONS[args.pop(0).op]
    elif args and isinstance(args[0], str) and args[0] in _CONJUNCTIONS and len(args) > 1:
        conj = _CONJUNCTIONS[args.pop(0)]
    if len(args) == 1 and isinstance(args[0], Criterion):
        return conj, args[0]
    # [T]F; comparator; value   (the comparator a marker or a text) / [T]F; >=value
    if args and isinstance(args[0], FieldRef):
        field = args[0]
        if len(args) == 2 and isinstance(args[1], Criterion) and args[1].field is None:
            return conj, Criterion(field, args[1].op, args[1].value)
        if len(args) == 3:
            op = args[1].op if isinstance(args[1], QueryOp) else args[1]
            if isinstance(op, str) and op.strip() in _COMPARATORS:
                return conj, Criterion(field, _COMPARATORS[op.strip()], args[2])
    raise db_error(ERR_TYPE_MISMATCH, f"QUERY([{table.name}]): invalid query argument")


def _path_to(table, ref: FieldRef) -> Q.Path:
    """The ORDA path from `table` to a field: its name, or relation names leading to it."""
    if ref.table is table:
        return Q.Path([ref.field.name], [None])
    names = _relation_path(table, ref.table)
    if names is None:
        raise db_error(ERR_NO_TABLE, f"[{ref.table.name}]{ref.field.name}: no relation leads "
                                     f"from [{table.name}] to this field")
    return Q.Path(names + [ref.field.name], [None] * (len(names) + 1))


def _relation_path(start, goal) -> list | None:
    """Relation names from table `start` to table `goal` (shortest, either direction)."""
    seen = {start.number}
    frontier = [(start, [])]
    while frontier:
        nxt = []
        for t, path in frontier:
            steps = [(name, r.dest.table) for name, r in t.relations_n1.items()] + \
                    [(name, r.source.table) for name, r in t.relations_1n.items()]
            for name, other in steps:
                if other.number in seen:
                    continue
                if other is goal:
                    return path + [name]
                seen.add(other.number)
                nxt.append((other, path + [name]))
        frontier = nxt
    return None


def order_by(table, args):
    """ORDER BY(…; [T]F {; > or <} …): sorted by the engine; Null values first."""
    order = []
    for a in args:
        if isinstance(a, SortOrder):
            if order:
                order[-1] = (order[-1][0], not a.ascending)
            continue
        a = target_of(a)
        if not isinstance(a, FieldRef):
            raise FourDError(ERR_TYPE_MISMATCH, f"ORDER BY: a field is expected, got "
                                                f"{type_name(a)}")
        order.append((_path_to(table, a), False))
    if not order:
        return False                              # the order editor: not headless
    cur = current(table)
    from .selection import EntitySelection
    ids = EntitySelection(model_of(table), list(cur.ids)).sorted(order).ids
    select(table, ids, ordered=True)
    return True


def selection_of(table):
    """The current selection as an EntitySelection (ordered when it was sorted)."""
    from .selection import EntitySelection
    cur = current(table)
    return EntitySelection(model_of(table), list(cur.ids), ordered=cur.ordered,
                           alterable=True)


def series(ref: FieldRef, fn: str):
    """Sum / Average / Min / Max of a field over its table's current selection (engine)."""
    sel = selection_of(ref.table)
    if not sel.ids:
        return 0.0
    if fn == "sum":
        return sel.sum(ref.field.name)
    if fn == "average":
        value = sel.average(ref.field.name)
    else:
        value = sel.min(ref.field.name) if fn == "min" else sel.max(ref.field.name)
    return 0.0 if value is None or value is NULL else value


def values_of(table, ref, ids: list) -> list:
    """A field's values (or record numbers for a table) for these records, in order."""
    if isinstance(ref, TableRef):
        return [rid - 1 for rid in ids]
    dc = model_of(table)
    if ref.table is table:
        loaded = rows.load(dc, ids)
        f = ref.field
        out = []
        for rid in ids:
            v = loaded[rid][1].get(f.name) if rid in loaded else None
            out.append(blank(f.kind) if v is None else v)
        return out
    path = _path_to(table, ref).parts
    from .computed import path_values
    sel = selection_of(table)
    sel.ids = ids
    out = []
    for e in sel.foreach_4d():
        vals = path_values(e, path)
        v = vals[0] if vals else None
        out.append(blank(ref.field.kind) if v is None or v is NULL else v)
    return out


# ------------------------------------------------------------------ relations
def relate_one(ref):
    """RELATE ONE([T]F or [T]): the one record(s) of the N->1 relation(s) become current."""
    table = ref.table
    rec = record(table)
    for rel in table.relations_n1.values():
        if isinstance(ref, FieldRef) and rel.source is not ref.field:
            continue
        one = rel.dest.table
        key = rec.values.get(rel.source.name) if rec is not None else None
        ids = [] if key is None else _ids_where(one, rel.dest, key)
        select(one, ids[:1])


def relate_many(ref):
    """RELATE MANY([One] or [One]key): the many records of the current one become the
    current selection of the many table(s)."""
    table = ref.table
    rec = record(table)
    for rel in table.relations_1n.values():
        if isinstance(ref, FieldRef) and rel.dest is not ref.field:
            continue
        many = rel.source.table
        key = rec.values.get(rel.dest.name) if rec is not None else None
        select(many, [] if key is None else _ids_where(many, rel.source, key))


def _ids_where(table, field, value) -> list:
    from .compile import Compiler
    dc = model_of(table)
    c = Compiler(dc)
    b = dc.db.backend
    where = c.scalar(field, f"t0.{b.quote(field.column)}",
                     f"t0.{b.quote(field.key_column)}" if field.type.text_key else None,
                     "=", value)
    return rows.select_ids(dc, where, c.params)


# ------------------------------------------------------------------ sets and named selections
def _store(name: str, process_store: dict, shared: str):
    if name.startswith("<>"):
        return current_database().__dict__.setdefault(shared, {}), name
    return process_store, name


def set_store(name: str):
    """(the dict holding the set `name`, its key): the process's, or every process's."""
    return _store(name, state().sets, "classic_sets")


def named_store(name: str):
    return _store(name, state().named, "classic_named")


def get_set(name: str, cmd: str):
    store, key = set_store(name)
    found = store.get(key)
    if found is None:
        raise db_error(ERR_NO_TABLE, f"{cmd}: the set \"{name}\" does not exist")
    return found
