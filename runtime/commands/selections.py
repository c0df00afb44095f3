"""Selection and Named Selections (docs: ALL RECORDS, Records in selection, FIRST / NEXT /
PREVIOUS / LAST RECORD, GOTO SELECTED RECORD, Selected record number, End selection, Before
selection, DELETE SELECTION, REDUCE SELECTION, ONE RECORD SELECT, Create entity selection, USE
ENTITY SELECTION, COPY / CUT / USE / CLEAR NAMED SELECTION), and the database part of the
Arrays theme (SELECTION TO ARRAY, ARRAY TO SELECTION, DISTINCT VALUES): each process's
current selections, kept by runtime/db/classic.py."""
from __future__ import annotations

from ..errors import FourDError, ERR_TYPE_MISMATCH
from ..values import Array4D, Star, type_name
from ..db import classic
from ..db.db_errors import db_error, ERR_NO_TABLE
from ._args import deref, int_arg, text_arg
from .arrays_cmds import fill_array
from .registry import command


def _table(table, cmd):
    return classic.table_of(table, cmd)


@command("ALL RECORDS", 47, procedure=True, fields=True)
def all_records(table=None):
    table = _table(table, "ALL RECORDS")
    classic.select(table, classic.all_ids(table))


@command("Records in selection", 76, fields=True)
def records_in_selection(table=None):
    return len(classic.current(_table(table, "Records in selection")).ids)


@command("FIRST RECORD", 50, procedure=True, fields=True)
def first_record(table=None):
    classic.goto(_table(table, "FIRST RECORD"), 0)


@command("NEXT RECORD", 51, procedure=True, fields=True)
def next_record(table=None):
    table = _table(table, "NEXT RECORD")
    classic.goto(table, classic.current(table).pos + 1)


@command("PREVIOUS RECORD", 110, procedure=True, fields=True)
def previous_record(table=None):
    table = _table(table, "PREVIOUS RECORD")
    classic.goto(table, classic.current(table).pos - 1)


@command("LAST RECORD", None, procedure=True, fields=True)
def last_record(table=None):
    table = _table(table, "LAST RECORD")
    classic.goto(table, len(classic.current(table).ids) - 1)


@command("GOTO SELECTED RECORD", 245, procedure=True, fields=True)
def goto_selected_record(*args):
    table, rest = classic.split_table(args, "GOTO SELECTED RECORD")
    n = int_arg(rest[0] if rest else None, "GOTO SELECTED RECORD")
    cur = classic.current(table)
    if 1 <= n <= len(cur.ids):
        classic.goto(table, n - 1)
    else:                                    # out of range: no current record (docs)
        classic.goto(table, -1 if n < 1 else len(cur.ids))


@command("Selected record number", 246, fields=True)
def selected_record_number(table=None):
    cur = classic.current(_table(table, "Selected record number"))
    return cur.pos + 1 if 0 <= cur.pos < len(cur.ids) else 0


@command("End selection", 36, fields=True)
def end_selection(table=None):
    cur = classic.current(_table(table, "End selection"))
    return not cur.ids or cur.pos >= len(cur.ids)


@command("Before selection", None, fields=True)
def before_selection(table=None):
    cur = classic.current(_table(table, "Before selection"))
    return not cur.ids or cur.pos < 0


@command("DELETE SELECTION", 66, procedure=True, fields=True)
def delete_selection(table=None):
    classic.delete_selection(_table(table, "DELETE SELECTION"))


@command("REDUCE SELECTION", 351, procedure=True, fields=True)
def reduce_selection(*args):
    table, rest = classic.split_table(args, "REDUCE SELECTION")
    n = max(0, int_arg(rest[0] if rest else None, "REDUCE SELECTION"))
    cur = classic.current(table)
    classic.select(table, cur.ids[:n], cur.ordered)


@command("ONE RECORD SELECT", 189, procedure=True, fields=True)
def one_record_select(table=None):
    table = _table(table, "ONE RECORD SELECT")
    rec = classic.record(table)
    classic.select(table, [] if rec is None or rec.rid is None else [rec.rid])


@command("Create entity selection", 1512, fields=True)
def create_entity_selection(table=None, settings=None):
    table = _table(table, "Create entity selection")
    from ..db.database import current
    if table.name not in current().model.dataclasses:
        raise db_error(ERR_NO_TABLE, f"Create entity selection: [{table.name}] is not "
                                     f"exposed in ds (no primary key)")
    return classic.selection_of(table)


@command("USE ENTITY SELECTION", 1513, procedure=True)
def use_entity_selection(selection=None):
    from ..db.selection import EntitySelection
    if not isinstance(selection, EntitySelection):
        raise FourDError(ERR_TYPE_MISMATCH, f"USE ENTITY SELECTION: an entity selection is "
                                            f"expected, got {type_name(selection)}")
    classic.select(selection.dc.table, list(selection.ids), selection.ordered)


# ---------------------------------------------------------------- Named Selections
def _name(v, cmd):
    return text_arg(deref(v), cmd)


@command("COPY NAMED SELECTION", 331, procedure=True, fields=True)
def copy_named_selection(*args):
    table, rest = classic.split_table(args, "COPY NAMED SELECTION")
    store, key = classic.named_store(_name(rest[0] if rest else None, "COPY NAMED SELECTION"))
    cur = classic.current(table)
    store[key] = (table, list(cur.ids), cur.ordered, cur.pos)


@command("CUT NAMED SELECTION", 334, procedure=True, fields=True)
def cut_named_selection(*args):
    table, rest = classic.split_table(args, "CUT NAMED SELECTION")
    store, key = classic.named_store(_name(rest[0] if rest else None, "CUT NAMED SELECTION"))
    cur = classic.current(table)
    store[key] = (table, cur.ids, cur.ordered, cur.pos)
    classic.select(table, [])


@command("USE NAMED SELECTION", 332, procedure=True)
def use_named_selection(name=None):
    name = _name(name, "USE NAMED SELECTION")
    store, key = classic.named_store(name)
    found = store.get(key)
    if found is None:
        raise db_error(ERR_NO_TABLE, f"USE NAMED SELECTION: \"{name}\" does not exist")
    table, ids, ordered, pos = found
    classic.select(table, list(ids), ordered)
    classic.goto(table, pos)


@command("CLEAR NAMED SELECTION", 333, procedure=True)
def clear_named_selection(name=None):
    store, key = classic.named_store(_name(name, "CLEAR NAMED SELECTION"))
    store.pop(key, None)


# ---------------------------------------------------------------- Arrays (of a selection)
def _pairs(args, cmd, field_first):
    """SELECTION TO ARRAY's (field; array) pairs or ARRAY TO SELECTION's (array; field)."""
    args = list(args)
    if args and isinstance(deref(args[-1]), Star):
        args = args[:-1]                      # `*`: fourd runs the command at once
    if len(args) < 2 or len(args) % 2:
        raise FourDError(ERR_TYPE_MISMATCH, f"{cmd}: fields and arrays go in pairs")
    pairs = []
    for k in range(0, len(args), 2):
        ref, arr = (args[k], args[k + 1]) if field_first else (args[k + 1], args[k])
        ref = classic.target_of(ref)
        if not isinstance(ref, (classic.FieldRef, classic.TableRef)):
            raise FourDError(ERR_TYPE_MISMATCH, f"{cmd}: a field is expected, got "
                                                f"{type_name(ref)}")
        pairs.append((ref, arr))
    return pairs


@command("SELECTION TO ARRAY", 260, refs=tuple(range(1, 64, 2)), procedure=True, arrays=True,
         fields=True)
def selection_to_array(*args):
    """(field or table; array {; …}): values (record numbers for a table) of the current
    selection of the first field's table; fields of related one tables follow the
    relations."""
    pairs = _pairs(args, "SELECTION TO ARRAY", True)
    table = pairs[0][0].table
    ids = list(classic.current(table).ids)
    for ref, arr in pairs:
        fill_array(arr, classic.values_of(table, ref, ids), "SELECTION TO ARRAY")


@command("ARRAY TO SELECTION", 261, procedure=True, arrays=True, fields=True)
def array_to_selection(*args):
    """(array; field {; …}): element i into record i of the current selection; new records
    for the elements beyond it (docs)."""
    pairs = _pairs(args, "ARRAY TO SELECTION", False)
    table = pairs[0][0].table
    arrays = []
    for ref, arr in pairs:
        a = deref(arr)
        if not isinstance(a, Array4D):
            raise FourDError(ERR_TYPE_MISMATCH, "ARRAY TO SELECTION: an array is expected")
        arrays.append((ref, a))
    n = max(len(a) - 1 for _r, a in arrays)
    cur = classic.current(table)
    saved = []
    for i in range(n):
        if i < len(cur.ids):
            classic.goto(table, i)
        else:
            classic.create_record(table)
        for ref, a in arrays:
            if i + 1 < len(a):
                classic.set_field(ref, a[i + 1])
        classic.save_record(table)
        saved.append(classic.record(table).rid)
    classic.select(table, saved)


@command("DISTINCT VALUES", 339, refs=(1, 2), procedure=True, arrays=True, fields=True)
def distinct_values(field=None, array=None, counts=None):
    """The different values of a field in its table's current selection, sorted."""
    ref = classic.target_of(field)
    if not isinstance(ref, classic.FieldRef):
        raise FourDError(ERR_TYPE_MISMATCH, "DISTINCT VALUES: a field is expected")
    values = classic.values_of(ref.table, ref, list(classic.current(ref.table).ids))
    from ..collections import sort_key
    from ..db.selection import _distinct_key
    groups: dict = {}
    for v in values:
        k = _distinct_key(v, False)
        if k in groups:
            groups[k][1] += 1
        else:
            groups[k] = [v, 1]
    ordered = sorted(groups.values(), key=lambda g: sort_key(g[0]))
    fill_array(array, [g[0] for g in ordered], "DISTINCT VALUES")
    if counts is not None:
        fill_array(counts, [g[1] for g in ordered], "DISTINCT VALUES")
