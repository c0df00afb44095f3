"""Per-process database state, kept in one place: the process's connection, its transaction
levels, and the classic language's current selections, records, named selections and sets.

Decisions:
* One connection per 4D process, opened on first data access, closed with the process (a
  transaction left open by an ending process is cancelled, as in 4D).
* Transactions nest: level 1 is BEGIN IMMEDIATE, deeper levels are savepoints. Cancelling a
  level undoes only that level; validating an inner level keeps its work until the outer one
  ends (4D's nested transactions). With no data (no table, `--dataless`) the levels are only
  counted.
* SUSPEND TRANSACTION keeps the level counted and lets the process write outside it only in the
  sense 4D documents for local data; fourd writes through the same connection (a documented
  simplification: suspended work is part of the transaction).
"""
from __future__ import annotations

import weakref

from .. import host, process as _process
from ..process import thread_process
from .backend import Busy, DuplicateKey
from .database import current as current_database
from .db_errors import db_error, ERR_BUSY, ERR_DB_INTERNAL


SEQUENCE_BLOCK = 1024          # most autosequence numbers reserved at once (backend.py)


class Session:
    def __init__(self, proc):
        self.process_number = proc.number
        self.project = host.project()       # one database per project (database.current())
        self.db = current_database()
        self._conn = None
        self.levels: list[bool] = []      # one per open transaction: True while suspended
        self.classic = None               # runtime.db.classic.ClassicState, on first use
        # (rows.insert_new, the usual save of a new entity, takes from these two directly)
        self.numbers: dict = {}           # (table, field) -> [next, last, size] reserved
        self.next_ids: dict = {}          # table -> next __id of a deferred insert (backend.py)
        self.epoch = 0                    # +1 each time other connections are seen to commit
        self.seen_version = None          # the engine's data version when last looked at

    @property
    def conn(self):
        if self._conn is None:
            self._conn = self.db.backend.connect()
            self.seen_version = self.db.backend.data_version(self._conn)
        return self._conn

    def others_epoch(self, look: bool = False) -> int | None:
        """The epoch of what other connections committed: +1 when a look (`look`) finds that
        the engine's data version moved since the last one (selection.py re-uses a remembered
        condition only while it has not changed); None where the engine does not tell."""
        conn = self.conn
        if look and self.seen_version is not None:
            dv = run(lambda: self.db.backend.data_version(conn))
            if dv != self.seen_version:
                self.seen_version = dv
                self.epoch += 1
        return None if self.seen_version is None else self.epoch

    @property
    def has_data(self) -> bool:
        return bool(self.db.structure.tables) and not self.db.dataless

    # -- transactions ------------------------------------------------------------------
    @property
    def level(self) -> int:
        return len(self.levels)

    def start(self):
        if self.has_data:
            run(lambda: self.conn.begin() if not self.levels
                else self.conn.savepoint(f"fourd_{len(self.levels)}"))
        self.levels.append(False)

    def validate(self) -> bool:
        if not self.levels:
            return False
        self.levels.pop()
        if not self.levels:
            self.next_ids.clear()       # other connections may write again
        if self.has_data and self._conn is not None:
            conn = self._conn
            if self.levels:
                run(lambda: conn.release(f"fourd_{len(self.levels)}"))
                return True
            try:
                run(conn.commit)
            except Exception:
                # what cannot be committed is cancelled (the transaction does not stay open)
                if conn.in_transaction:
                    run(conn.rollback)
                raise
        return True

    def cancel(self) -> bool:
        if not self.levels:
            return False
        self.levels.pop()
        self.numbers.clear()        # a block reserved inside the cancelled work is undone
        self.db.wrote()             # what the cancelled work changed comes back
        if not self.levels:
            self.next_ids.clear()
        if self.has_data and self._conn is not None:
            run(lambda: self._conn.rollback() if not self.levels
                else self._conn.rollback_to(f"fourd_{len(self.levels)}"))
        return True

    # -- autosequence numbers (backend.py: blocks per process) --------------------------
    def next_number(self, table: str, counter: str) -> int:
        """The next number of a counter (backend.reserve_sequence), from this process's
        block."""
        key = (table, counter)
        block = self.numbers.get(key)
        if block is None or block[0] > block[1]:
            size = 1 if block is None else min(block[2] * 2, SEQUENCE_BLOCK)
            conn = self.conn
            last = run(lambda: self.db.backend.reserve_sequence(conn, table, counter, size))
            block = self.numbers[key] = [last - size + 1, last, size]
        number = block[0]
        block[0] += 1
        return number

    # -- record ids of deferred inserts (backend.py) ----------------------------------
    def new_id(self, table) -> int:
        """The `__id` of a new row of `table` (a Table) inserted later in this process's
        transaction, which holds the engine's write lock: no other connection adds rows."""
        n = self.next_ids.get(table.name)
        if n is None:
            conn = self.conn
            n = run(lambda: self.db.backend.max_id(conn, table)) + 1
        self.next_ids[table.name] = n + 1
        return n

    def saw_id(self, table_name: str, rid: int):
        """A row inserted at once got `rid` from the engine: deferred ones come after it."""
        n = self.next_ids.get(table_name)
        if n is not None and rid >= n:
            self.next_ids[table_name] = rid + 1

    def skip_number(self, table: str, counter: str, value: int):
        """A number given explicitly is never handed out by this process's block."""
        block = self.numbers.get((table, counter))
        if block is not None and block[0] <= value <= block[1]:
            block[0] = value + 1

    def close(self):
        """The process ended: its connection closes (an open transaction is cancelled) and
        its record locks go."""
        self.next_ids.clear()
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        locks = self.db.locks
        for key, owner in list(locks.items()):
            if owner[0] == self.process_number:
                locks.pop(key, None)


def run(action, *args):
    """Run an engine action (`action(*args)`), turning engine failures into 4D errors."""
    try:
        return action(*args)
    except Busy:
        raise db_error(ERR_BUSY, "The data file is busy: another process keeps a transaction "
                                 "open") from None
    except DuplicateKey:
        raise
    except Exception as e:
        from ..errors import FourDError
        if isinstance(e, FourDError):
            raise
        from .database import _engine_message
        raise db_error(ERR_DB_INTERNAL, f"Database engine error: {_engine_message(e)}") from None


def session() -> Session:
    """The current process's session (created on first use, closed with the process). The
    process object carries it (attribute `db_session`): found without a look-up on each
    data access."""
    try:
        proc = thread_process.process       # process.current_process(), without the call
    except AttributeError:
        proc = _process.current_process()
    s = proc.db_session
    if s is None or proc.ended or s.project is not host.running:
        if s is not None:
            s.close()
        s = proc.db_session = Session(proc)
        weakref.finalize(proc, s.close)
    return s
