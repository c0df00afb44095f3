"""Deferred inserts on SQLite (runtime/db/sqlite.py): rows sent many to a statement keep every
row and every value, whatever their number against ROWS_PER_INSERT and the parameter limit,
and a long transaction keeps at most MAX_PENDING rows waiting."""
import pytest

from fourd.runtime.db import sqlite


def _rows(n, width):
    return [tuple([i] + [f"v{i}.{c}" for c in range(1, width)]) for i in range(1, n + 1)]


@pytest.mark.parametrize("n", [1, 49, 50, 51, 1024, 1301])
@pytest.mark.parametrize("width", [3, 8, 40])
def test_deferred_rows_arrive_whole(tmp_path, n, width):
    conn = sqlite.SQLiteConnection(str(tmp_path / "data.sqlite"))
    columns = ["id"] + [f"c{i}" for i in range(1, width)]
    conn.execute(f"CREATE TABLE t ({', '.join(columns)})")
    sql = f"INSERT INTO t ({', '.join(columns)}) VALUES ({', '.join(['?'] * width)})"
    rows = _rows(n, width)
    conn.execute("BEGIN")
    for row in rows:
        conn.defer(sql, row)
    assert conn.execute("SELECT * FROM t ORDER BY id").fetchall() == rows
    conn.execute("COMMIT")


def test_a_long_transaction_keeps_few_rows_waiting(tmp_path):
    conn = sqlite.SQLiteConnection(str(tmp_path / "data.sqlite"))
    conn.execute("CREATE TABLE t (id, v)")
    sql = "INSERT INTO t (id, v) VALUES (?, ?)"
    conn.execute("BEGIN")
    most = 0
    for i in range(3 * sqlite.MAX_PENDING + 7):
        conn.defer(sql, (i, "x"))
        most = max(most, sum(len(r) for r in conn.pending.values()))
    assert most <= sqlite.MAX_PENDING
    assert conn.execute("SELECT COUNT(*), MAX(id) FROM t").fetchone() == (3 * sqlite.MAX_PENDING + 7,
                                                                        3 * sqlite.MAX_PENDING + 6)
