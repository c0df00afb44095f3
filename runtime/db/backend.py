"""What the database layer asks of a SQL engine: one `Backend` per data file (SQLite) or server
(PostgreSQL), one `Connection` per 4D process. The two engines differ only in the small
methods below; the schema, the SQL the queries compile to and the values are the same.

Decisions:
* Each table gets two hidden columns: `__id` (an integer key assigned by the engine; the record
  number is `__id - 1`, so the first record is number 0 as in 4D) and `__stamp` (ORDA's
  optimistic-lock stamp: 1 after the first save, +1 per save). Entity selections are lists of
  `__id`s. Autosequence values come from the table `__fourd_seq`, one row per field.
* Schema evolution is additive: missing tables, columns (with their collation-key column) and
  indexes are created when the data file is opened; nothing is ever dropped or renamed, so a
  field removed from the catalog keeps its data in the file.
* An autosequence field given a value explicitly moves its counter past that value (as
  SQLite and MySQL do), so that numbers given later never collide with it.
* A process takes autosequence numbers from blocks it reserves (1, then 2, 4… up to 1024
  numbers at a time: one UPDATE per block, not per entity; session.py). Numbers are unique
  across processes and servers; a process that ends, or cancels a transaction, leaves the
  rest of its block unused (a gap), and entities created by several processes at once do not
  get their numbers in creation order.
* Deferred inserts (engines with `defers_inserts`: SQLite): inside a transaction, a new entity
  whose keys fourd assigns itself (autosequence / auto-UUID primary key, no other unique
  field) is not sent at once: its row waits and goes with the next statement of the process's
  connection (a read, another write, the end of the transaction; at the latest when 5,000
  wait), 50 rows to an INSERT statement. Its `__id` is assigned by fourd (the table's largest
  + 1, counted on while the transaction holds SQLite's write lock), so the entity knows its
  record number at save. Every check 4D reports at save (mandatory, never null, a duplicate of
  a key given explicitly) still happens at save; only a key that another process gave
  explicitly meanwhile to a number of this process's reserved block would be reported later,
  by the statement that sends the row.
"""
from __future__ import annotations

from ..values import Blob4D, Picture4D, Time4D
from .structure import Structure, Table, Field
from .types import date_from_text, object_from_json

STAMP = "__stamp"
ID = "__id"


class DuplicateKey(Exception):
    """A unique index refused a value."""


class Busy(Exception):
    """The engine could not get a lock in time."""


class Connection:
    """One engine connection (of one 4D process); the engine's module gives `execute`."""
    BEGIN = "BEGIN"

    def execute(self, sql: str, params=()):
        raise NotImplementedError

    def fetch_all(self, sql: str, params=()) -> list:
        """The rows of a read, all fetched at once."""
        return self.execute(sql, params).fetchall()

    def begin(self):
        self.execute(self.BEGIN)

    def commit(self):
        self.execute("COMMIT")

    def rollback(self):
        self.execute("ROLLBACK")

    def savepoint(self, name: str):
        self.execute(f"SAVEPOINT {name}")

    def release(self, name: str):
        self.execute(f"RELEASE SAVEPOINT {name}")

    def rollback_to(self, name: str):
        self.execute(f"ROLLBACK TO SAVEPOINT {name}")
        self.execute(f"RELEASE SAVEPOINT {name}")


class Backend:
    name = "?"
    param = "?"                    # placeholder of bound parameters
    # field kind -> the function turning a 4D value (not None) into what the engine stores;
    # a kind not listed is stored as it is
    TO_DB: dict = {}
    # field kind -> the function turning what the engine gives back (not None) into the 4D
    # value; a kind not listed is given as it is
    FROM_DB = {"bool": bool, "int": int, "real": float, "date": date_from_text,
               "time": lambda raw: Time4D(int(raw)), "object": object_from_json,
               "blob": lambda raw: Blob4D(bytes(raw)),
               "picture": lambda raw: Picture4D(bytes(raw))}
    defers_inserts = False         # connections have defer() (see Decisions)

    def __init__(self, location: str):
        self.location = location

    # -- SQL spelling ------------------------------------------------------------------
    def quote(self, name: str) -> str:
        return '"' + name.replace('"', '""') + '"'

    def column_type(self, f: Field) -> str:
        raise NotImplementedError

    def id_column(self) -> str:
        raise NotImplementedError

    def named(self, name: str) -> str:
        """The placeholder of the named parameter `name`."""
        raise NotImplementedError

    def rename_params(self, sql: str, prefix: str) -> str:
        """`sql` with every parameter name given `prefix` (named parameters are the only
        `:name` / `%(name)s` in generated SQL: 4D names have no ':' or '%')."""
        raise NotImplementedError

    def numbered(self, sql: str) -> str | None:
        """`sql`, whose parameters are named p0, p1…, with numbered placeholders instead, so
        that a tuple binds them (cheaper than names); None where the engine has no numbered
        placeholders (they stay named)."""
        return None

    def in_list(self, expr: str, param: str) -> str:
        """`expr IN <the list held by one bound parameter>` (see list_param)."""
        raise NotImplementedError

    def list_param(self, ids):
        raise NotImplementedError

    # Object attributes: `c` is the query compiler, whose p(value) binds a parameter
    def json_value(self, column_sql: str, path: list[str], c) -> str:
        """The JSON value at `path` inside an Object column (SQL NULL when missing)."""
        raise NotImplementedError

    def json_array(self, column_sql: str, path: list[str], c, alias: str):
        """(FROM source listing the elements of the array at `path`, SQL of one element)."""
        raise NotImplementedError

    def element_value(self, elem_sql: str, path: list[str], c) -> str:
        raise NotImplementedError

    def json_as_text(self, expr: str) -> str:
        """A JSON value as text when it is a string, else NULL (also json_as_number/_bool)."""
        raise NotImplementedError

    def json_as_number(self, expr: str) -> str:
        raise NotImplementedError

    def json_as_bool(self, expr: str) -> str:
        raise NotImplementedError

    def json_is_null(self, expr: str) -> str:
        raise NotImplementedError

    def json_order(self, expr: str) -> str:
        """A JSON value as an ORDER BY key."""
        raise NotImplementedError

    def fold_sql(self, expr: str) -> str:
        """The collation key of a text computed by the engine (texts inside objects)."""
        raise NotImplementedError

    def contains_word(self, key_sql: str, word: str, c) -> str:
        """`%` (contains keyword) on a collation key."""
        raise NotImplementedError

    def like(self, key_sql: str, pattern_param: str) -> str:
        raise NotImplementedError

    def wildcard_pattern(self, folded: str) -> str:
        """A folded 4D `@` pattern as the engine's LIKE/GLOB pattern."""
        raise NotImplementedError

    # -- connections -------------------------------------------------------------------
    def connect(self):
        raise NotImplementedError

    def data_version(self, conn):
        """A number that changes when another connection writes, or None when unknown."""
        return None

    # -- values ------------------------------------------------------------------------
    def to_db(self, f: Field, value):
        """A 4D value (not None) as the engine stores it in the field's column."""
        convert = self.converter(f)
        return value if value is None or convert is None else convert(value)

    def converter(self, f: Field):
        """The function turning a 4D value (not None) of the field into what the engine
        stores, or None when it is stored as it is (one per field, so hot paths keep it)."""
        return self.TO_DB.get(f.kind)

    def from_db(self, f: Field, raw):
        """The 4D value of what the engine gives back for the field."""
        if raw is None:
            return None
        convert = self.FROM_DB.get(f.kind)
        return raw if convert is None else convert(raw)

    # -- schema ------------------------------------------------------------------------
    def existing_columns(self, conn, table: str) -> set[str] | None:
        """Column names of a table, or None when it does not exist."""
        raise NotImplementedError

    def ensure_schema(self, conn, structure: Structure) -> None:
        q = self.quote
        conn.execute("CREATE TABLE IF NOT EXISTS __fourd_seq (tbl TEXT NOT NULL, fld TEXT NOT NULL, "
                     "last BIGINT NOT NULL, PRIMARY KEY (tbl, fld))")
        for t in structure.tables:
            cols = self.existing_columns(conn, t.name)
            if cols is None:
                defs = [f"{q(ID)} {self.id_column()}", f"{q(STAMP)} BIGINT NOT NULL DEFAULT 0"]
                for f in t.fields:
                    defs.extend(self._column_defs(f))
                conn.execute(f"CREATE TABLE {q(t.name)} ({', '.join(defs)})")
            else:
                for f in t.fields:
                    if f.column not in cols:
                        for d in self._column_defs(f):
                            conn.execute(f"ALTER TABLE {q(t.name)} ADD COLUMN {d}")
                    elif f.type.text_key and f.key_column not in cols:
                        conn.execute(f"ALTER TABLE {q(t.name)} ADD COLUMN {self._key_def(f)}")
                        self._fill_keys(conn, t, f)
            for f in t.fields:
                self._ensure_index(conn, t, f)
                if f.autosequence:
                    self._ensure_sequence(conn, t, f)

    def _column_defs(self, f: Field) -> list[str]:
        out = [f"{self.quote(f.column)} {self.column_type(f)}"]
        if f.type.text_key:
            out.append(self._key_def(f))
        return out

    def _key_def(self, f: Field) -> str:
        return f"{self.quote(f.key_column)} TEXT"

    def _fill_keys(self, conn, t: Table, f: Field):
        q = self.quote
        from .types import text_key
        rows = conn.execute(f"SELECT {q(ID)}, {q(f.column)} FROM {q(t.name)}").fetchall()
        p = self.param
        for rid, value in rows:
            conn.execute(f"UPDATE {q(t.name)} SET {q(f.key_column)}={p} WHERE {q(ID)}={p}",
                         (text_key(self._text_of(f, value)), rid))

    def _text_of(self, f, raw):
        return self.from_db(f, raw) if raw is not None else None

    def _ensure_index(self, conn, t: Table, f: Field):
        if not (f.indexed or f.unique or f is t.primary_key):
            return
        column = f.key_column if f.type.text_key else f.column
        unique = f.unique or f is t.primary_key
        name = f"__fourd_{'u' if unique else 'i'}_{t.number}_{f.number}"
        try:
            conn.execute(f"CREATE {'UNIQUE ' if unique else ''}INDEX IF NOT EXISTS {self.quote(name)} "
                         f"ON {self.quote(t.name)} ({self.quote(column)})")
        except DuplicateKey:
            # existing data already breaks the rule: keep a plain index, 4D would refuse too
            conn.execute(f"CREATE INDEX IF NOT EXISTS {self.quote(name + '_d')} "
                         f"ON {self.quote(t.name)} ({self.quote(column)})")

    def _ensure_sequence(self, conn, t: Table, f: Field):
        p, q = self.param, self.quote
        row = conn.execute(f"SELECT last FROM __fourd_seq WHERE tbl={p} AND fld={p}",
                           (t.name, f.name)).fetchone()
        if row is None:
            top = conn.execute(f"SELECT MAX({q(f.column)}) FROM {q(t.name)}").fetchone()[0]
            conn.execute(f"INSERT INTO __fourd_seq (tbl, fld, last) VALUES ({p}, {p}, {p})",
                         (t.name, f.name, int(top or 0)))

    def reserve_sequence(self, conn, table: str, counter: str, count: int) -> int:
        """Reserve the next `count` numbers of a counter (an autosequence field's, or a
        table's own: counter ""); the last of them."""
        p = self.param
        row = conn.execute(f"UPDATE __fourd_seq SET last=last+{p} WHERE tbl={p} AND fld={p} "
                           f"RETURNING last", (count, table, counter)).fetchone()
        if row is not None:
            return row[0]
        conn.execute(f"INSERT INTO __fourd_seq (tbl, fld, last) VALUES ({p}, {p}, {p})",
                     (table, counter, count))
        return count

    def bump_sequence(self, conn, t: Table, f: Field, value: int) -> None:
        """An autosequence field was given `value` explicitly: later numbers come after it."""
        p = self.param
        conn.execute(f"UPDATE __fourd_seq SET last={p} WHERE tbl={p} AND fld={p} AND last<{p}",
                     (value, t.name, f.name, value))

    def peek_sequence(self, conn, t: Table, f: Field) -> int:
        p = self.param
        row = conn.execute(f"SELECT last FROM __fourd_seq WHERE tbl={p} AND fld={p}",
                           (t.name, f.name)).fetchone()
        return int(row[0]) + 1 if row else 1

    def max_id(self, conn, t: Table) -> int:
        row = conn.execute(f"SELECT MAX({self.quote(ID)}) FROM {self.quote(t.name)}").fetchone()
        return int(row[0] or 0)

    def insert_sql(self, table: Table, columns: list[str]) -> str:
        """The INSERT of one row into `columns` (bound parameters); see inserted_id."""
        q = self.quote
        return (f"INSERT INTO {q(table.name)} ({', '.join(q(c) for c in columns)}) "
                f"VALUES ({', '.join([self.param] * len(columns))})")

    def inserted_id(self, cursor) -> int:
        """The `__id` of the row insert_sql's statement added."""
        raise NotImplementedError
