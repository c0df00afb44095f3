"""The embedded store: one SQLite file (Python's sqlite3).

Decisions:
* WAL journal, `synchronous=NORMAL`: a validated transaction survives the process being killed
  (only a power cut may lose the last ones); readers never block the writer.
* One connection per 4D process, in autocommit mode; fourd issues BEGIN/COMMIT itself (4D
  transactions use `BEGIN IMMEDIATE`, nested levels are savepoints). Writers from several
  processes take turns: a writer waits up to `BUSY_TIMEOUT` seconds for another process's open
  transaction, then the save fails with a 4D error.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3

from .backend import Backend, Busy, Connection, DuplicateKey
from .db_errors import db_error, ERR_DUPLICATE_KEY
from .structure import Field
from .types import date_text, object_json, text_key
from ..ops import contains_word

BUSY_TIMEOUT = 60.0
ROWS_PER_INSERT = 50        # deferred rows sent by one INSERT (_insert_rows)
MAX_PARAMETERS = 999        # bound parameters of one statement (SQLite's lowest limit)
MAX_PENDING = 5000          # deferred rows of one INSERT kept at most (rows.insert_new's
                            # tables send theirs at each block of keys, every 1,024 or less)


class SQLiteConnection(Connection):
    BEGIN = "BEGIN IMMEDIATE"        # takes the write lock at once: writers wait in turn

    def __init__(self, path: str):
        self.raw = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None,
                                   check_same_thread=False)
        self.raw.execute("PRAGMA journal_mode=WAL")
        self.raw.execute("PRAGMA synchronous=NORMAL")
        self.raw.execute("PRAGMA foreign_keys=OFF")
        self.pending: dict = {}       # INSERT statement -> rows of parameters not sent yet
        self._multi_row: dict = {}    # (INSERT statement, rows) -> one INSERT of that many rows
        self.reader = self.raw.cursor()     # fetch_all's: no cursor made per read

    def defer(self, sql: str, params):
        """An INSERT sent later, with the next statement of this connection (backend.py:
        deferred inserts)."""
        rows = self.pending.get(sql)
        if rows is None:
            self.pending[sql] = [params]
        else:
            rows.append(params)
            if len(rows) >= MAX_PENDING:     # memory stays bounded in a long transaction
                self.flush()

    def flush(self):
        pending, self.pending = self.pending, {}
        for sql, rows in pending.items():
            try:
                self._insert_rows(sql, rows)
            except DuplicateKey:
                # only rows whose keys fourd assigned are deferred: another process gave one
                # of those keys explicitly meanwhile (backend.py)
                raise db_error(ERR_DUPLICATE_KEY, "Duplicated key: an entity saved earlier in "
                                                  "this transaction has the key of another "
                                                  "one") from None

    def _insert_rows(self, sql: str, rows: list):
        """`sql`, an INSERT of one row, for each of `rows`: ROWS_PER_INSERT rows to a
        statement (SQLite's work per row is a fifth less than with a statement per row)."""
        per = max(1, min(ROWS_PER_INSERT, MAX_PARAMETERS // len(rows[0])))
        whole = len(rows) - len(rows) % per
        if whole:
            many = self._multi_row.get((sql, per))
            if many is None:
                head, _, values = sql.rpartition(" VALUES ")
                many = self._multi_row[(sql, per)] = f"{head} VALUES {', '.join([values] * per)}"
            self.executemany(many, [[v for row in rows[i:i + per] for v in row]
                                    for i in range(0, whole, per)])
        if whole < len(rows):
            self.executemany(sql, rows[whole:])

    def execute(self, sql: str, params=()):
        if self.pending:
            self.flush()
        try:
            return self.raw.execute(sql, params)
        except sqlite3.Error as e:
            raise _failure(e) from None

    def fetch_all(self, sql: str, params=()) -> list:
        if self.pending:
            self.flush()
        try:
            return self.reader.execute(sql, params).fetchall()
        except sqlite3.Error as e:
            raise _failure(e) from None

    def executemany(self, sql: str, rows):
        try:
            return self.raw.executemany(sql, rows)
        except sqlite3.Error as e:
            raise _failure(e) from None

    def rollback(self):
        self.pending.clear()
        super().rollback()

    @property
    def in_transaction(self) -> bool:
        return self.raw.in_transaction

    def close(self):
        self.pending.clear()          # an open transaction is cancelled
        try:
            self.raw.close()
        except sqlite3.Error:
            pass


def _failure(e: sqlite3.Error) -> Exception:
    """What an engine error is for fourd: a duplicate key, a lock not obtained in time, or
    itself."""
    if isinstance(e, sqlite3.IntegrityError) and "UNIQUE" in str(e):
        return DuplicateKey(str(e))
    if isinstance(e, sqlite3.OperationalError) and ("locked" in str(e) or "busy" in str(e)):
        return Busy(str(e))
    return e


def _fold(text):
    return None if text is None else text_key(str(text))


class SQLiteBackend(Backend):
    name = "sqlite"
    param = "?"
    TO_DB = {"bool": lambda v: 1 if v else 0, "date": date_text, "time": int,
             "object": object_json, "blob": lambda v: bytes(v.data),
             "picture": lambda v: bytes(v.data)}
    defers_inserts = True

    def __init__(self, path: str):
        super().__init__(path)
        folder = os.path.dirname(os.path.abspath(path))
        os.makedirs(folder, exist_ok=True)

    def connect(self):
        conn = SQLiteConnection(self.location)
        conn.raw.create_function("fourd_fold", 1, _fold, deterministic=True)
        conn.raw.create_function("fourd_contains", 2, _contains, deterministic=True)
        return conn

    def column_type(self, f: Field) -> str:
        return f.type.sqlite

    def id_column(self) -> str:
        return "INTEGER PRIMARY KEY"

    def in_list(self, expr: str, param: str) -> str:
        return f"{expr} IN (SELECT value FROM json_each({param}))"

    def list_param(self, ids):
        return json.dumps(list(ids))

    def named(self, name: str) -> str:
        return ":" + name

    def rename_params(self, sql: str, prefix: str) -> str:
        return _PARAM.sub(lambda m: ":" + prefix + m.group(1), sql)

    def numbered(self, sql: str) -> str | None:
        return _PARAM.sub(lambda m: f"?{int(m.group(1)[1:]) + 1}", sql) \
            if all(name[0] == "p" and name[1:].isdigit() for name in _PARAM.findall(sql)) \
            else None

    def json_value(self, column_sql: str, path: list[str], c) -> str:
        return f"json_extract({column_sql}, {c.p(_json_path(path))})"

    def json_array(self, column_sql: str, path: list[str], c, alias: str):
        """(FROM source listing an array's elements, SQL of one element)."""
        return f"json_each({column_sql}, {c.p(_json_path(path))}) {alias}", f"{alias}.value"

    def element_value(self, elem_sql: str, path: list[str], c) -> str:
        if not path:
            return elem_sql
        return f"json_extract({elem_sql}, {c.p(_json_path(path))})"

    def json_as_text(self, expr: str) -> str:
        return f"(CASE WHEN typeof({expr}) = 'text' THEN {expr} END)"

    def json_as_number(self, expr: str) -> str:
        return f"(CASE WHEN typeof({expr}) IN ('integer', 'real') THEN {expr} END)"

    def json_as_bool(self, expr: str) -> str:
        return expr

    def fold_sql(self, expr: str) -> str:
        return f"fourd_fold({expr})"

    def contains_word(self, key_sql: str, word: str, c) -> str:
        return f"fourd_contains({key_sql}, {c.p(word)})"

    def json_is_null(self, expr: str) -> str:
        return f"{expr} IS NULL"

    def json_order(self, expr: str) -> str:
        return expr

    def like(self, key_sql: str, pattern_param: str) -> str:
        return f"{key_sql} GLOB {pattern_param}"

    def wildcard_pattern(self, folded: str) -> str:
        out = []
        for c in folded:
            if c == "@":
                out.append("*")
            elif c in "*?[":
                out.append(f"[{c}]")
            else:
                out.append(c)
        return "".join(out)

    def data_version(self, conn):
        """Changes when another connection commits (PRAGMA data_version)."""
        return conn.execute("PRAGMA data_version").fetchone()[0]

    def existing_columns(self, conn, table: str):
        rows = conn.execute(f"PRAGMA table_info({self.quote(table)})").fetchall()
        if not rows:
            return None
        return {r[1] for r in rows}

    def inserted_id(self, cursor) -> int:
        return cursor.lastrowid


_PARAM = re.compile(r":(\w+)")


def _json_path(path: list[str]) -> str:
    """A JSON path for json_extract (a bound parameter, never part of the SQL text)."""
    return "$" + "".join('."' + p.replace('\\', '\\\\').replace('"', '\\"') + '"' for p in path)


def _contains(key, word):
    return key is not None and word is not None and contains_word(key, word)
