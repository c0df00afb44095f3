"""Records and Record Locking (docs: CREATE RECORD, SAVE RECORD, DELETE RECORD, Records in
table, Record number, GOTO RECORD, Sequence number, Is new record, Modified record, Is record
loaded, LOAD RECORD, UNLOAD RECORD, READ ONLY, READ WRITE, Read only state, Locked): the
current record of each table in the process, kept by runtime/db/classic.py."""
from __future__ import annotations

from ..db import classic
from ..db.db_errors import db_error, ERR_NO_RECORD
from ._args import int_arg, is_star
from .registry import command


@command("CREATE RECORD", 68, procedure=True, fields=True)
def create_record(table=None):
    classic.create_record(classic.table_of(table, "CREATE RECORD"))


@command("SAVE RECORD", 53, procedure=True, fields=True)
def save_record(table=None):
    classic.save_record(classic.table_of(table, "SAVE RECORD"))


@command("DELETE RECORD", 58, procedure=True, fields=True)
def delete_record(table=None):
    classic.delete_record(classic.table_of(table, "DELETE RECORD"))


@command("Records in table", 83, fields=True)
def records_in_table(table=None):
    from ..db import rows
    return rows.count(classic.model_of(classic.table_of(table, "Records in table")))


@command("Record number", 243, fields=True)
def record_number(table=None):
    return classic.record_number(classic.table_of(table, "Record number"))


@command("GOTO RECORD", 242, procedure=True, fields=True)
def goto_record(*args):
    """The record with this record number becomes the only record of the current selection
    and the current record (docs: an error when it does not exist)."""
    table, rest = classic.split_table(args, "GOTO RECORD")
    number = int_arg(rest[0] if rest else None, "GOTO RECORD")
    from ..db import rows
    dc = classic.model_of(table)
    if rows.stamp_of(dc, number + 1) is None:
        raise db_error(ERR_NO_RECORD, f"GOTO RECORD([{table.name}]; {number}): no such record")
    classic.select(table, [number + 1])


@command("Sequence number", None, fields=True)
def sequence_number(table=None):
    table = classic.table_of(table, "Sequence number")
    from ..db.session import session
    return session().next_number(table.name, "")


@command("Is new record", 668, fields=True)
def is_new_record(table=None):
    rec = classic.record(classic.table_of(table, "Is new record"))
    return rec is not None and rec.rid is None


@command("Modified record", None, fields=True)
def modified_record(table=None):
    rec = classic.record(classic.table_of(table, "Modified record"), load=False)
    return rec is not None and bool(rec.touched_names)


@command("Is record loaded", None, fields=True)
def is_record_loaded(table=None):
    table = classic.table_of(table, "Is record loaded")
    return not classic.current(table).unloaded and classic.record(table) is not None


# ---------------------------------------------------------------- Record Locking
@command("LOAD RECORD", 52, procedure=True, fields=True)
def load_record(table=None):
    table = classic.table_of(table, "LOAD RECORD")
    cur = classic.current(table)
    if cur.record is not None and cur.record.rid is not None:
        classic.goto(table, cur.pos)         # loaded again: the lock is tried again
    classic.record(table)


@command("UNLOAD RECORD", 212, procedure=True, fields=True)
def unload_record(table=None):
    table = classic.table_of(table, "UNLOAD RECORD")
    cur = classic.current(table)
    classic.goto(table, cur.pos)           # its lock goes; it stays the current record
    cur.unloaded = 0 <= cur.pos < len(cur.ids)


def _tables(args, cmd):
    """The tables READ ONLY / READ WRITE act on: one, the default one, or `*` for all."""
    if args and is_star(args[0]):
        from ..db.database import current
        return list(current().structure.tables)
    return [classic.table_of(args[0] if args else None, cmd)]


@command("READ ONLY", 145, procedure=True, fields=True)
def read_only(*args):
    for t in _tables(args, "READ ONLY"):
        classic.read_only(t, True)


@command("READ WRITE", 146, procedure=True, fields=True)
def read_write(*args):
    for t in _tables(args, "READ WRITE"):
        classic.read_only(t, False)


@command("Read only state", 362, fields=True)
def read_only_state(table=None):
    return classic.current(classic.table_of(table, "Read only state")).read_only


@command("Locked", 147, fields=True)
def locked(table=None):
    table = classic.table_of(table, "Locked")
    classic.record(table)
    return classic.current(table).locked_by is not None
