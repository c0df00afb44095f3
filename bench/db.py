#!/usr/bin/env python3
"""Database benchmark: fourd's ORDA on its SQLite store against the same work in
plain `sqlite3` from Python, in one run, one process; prints the ratios.

    python bench/db.py [--count N] [--queries Q] [--repeats R] [--runs K]

Work (each side the same, on a fresh data file, WAL, synchronous=NORMAL):
  create  N entities in one transaction: fourd runs `ds.Person.new()`, three attributes,
          `.save()` per entity in 4D code; sqlite3 one INSERT per row from a Python loop
  query   Q queries of the indexed attribute `name` (one entity each)
  orderBy all N entities (`ds.Person.all()`, made before) by `salary`, R times (sqlite3:
          SELECT id … ORDER BY salary, the ids fetched)
  sum     `.sum("salary")` over that selection, 10 R times (sqlite3: SELECT SUM(salary))
Times are CPU seconds of this process (time.process_time: steady on a shared machine) and
wall seconds; the ratio is the median over the K runs of each run's fourd / sqlite3 (the two
sides of a run are measured seconds apart, so that slow drifts of this shared machine's speed
cancel out), next to the median times. 10,000 queries by default: 1,000 took ~7 ms, too
short to time on a shared machine. The 4D methods are in
bench/db_project; start-up (parsing, compiling) is not timed.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.join(HERE, "db_project")
CITIES = ["Paris", "Lyon", "Nice", "Lille", "Brest"]
PHASES = ["create", "query", "orderBy", "sum"]
TARGETS = {"create": 4.0, "query": 2.0, "orderBy": 2.0, "sum": 2.0}


def timed(fn):
    c, w = time.process_time(), time.perf_counter()
    result = fn()
    return time.process_time() - c, time.perf_counter() - w, result


def run_fourd(folder, n, q, r):
    from fourd.interpreter.project import project_from_folder
    from fourd.runtime.values import NULL
    project = project_from_folder(folder)
    m = project.method_table
    fns = {name: m[name.lower()] for name in ("bench_create", "bench_query", "bench_all",
                                              "bench_order", "bench_sum")}
    out = {}
    out["create"] = timed(lambda: fns["bench_create"](NULL, n))
    out["query"] = timed(lambda: fns["bench_query"](NULL, n, q))
    fns["bench_all"](NULL)
    out["orderBy"] = timed(lambda: fns["bench_order"](NULL, r))
    out["sum"] = timed(lambda: fns["bench_sum"](NULL, r * 10))
    return out


def run_sqlite(path, n, q, r):
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT, city TEXT, salary REAL)")
    conn.execute("CREATE INDEX person_name ON person (name)")

    def create():
        conn.execute("BEGIN")
        for i in range(1, n + 1):
            conn.execute("INSERT INTO person (name, city, salary) VALUES (?, ?, ?)",
                         ("name " + str(i), CITIES[i % 5], float((i * 7919) % 100000)))
        conn.execute("COMMIT")

    def query():
        found = 0
        for i in range(1, q + 1):
            found += len(conn.execute("SELECT id FROM person WHERE name = ?",
                                      ("name " + str((i * 37) % n + 1),)).fetchall())
        return found

    def order():
        for _ in range(r):
            ids = [row[0] for row in conn.execute("SELECT id FROM person ORDER BY salary, id")]
        return len(ids)

    def total():
        for _ in range(r * 10):
            s = conn.execute("SELECT SUM(salary) FROM person").fetchone()[0]
        return s

    out = {"create": timed(create), "query": timed(query), "orderBy": timed(order),
           "sum": timed(total)}
    conn.close()
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=10_000)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args(argv)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    results = {"fourd": [], "sqlite3": []}
    for _ in range(a.runs):
        with tempfile.TemporaryDirectory(prefix="fourd-bench-db-") as tmp:
            folder = os.path.join(tmp, "db_project")
            shutil.copytree(PROJECT, folder, ignore=shutil.ignore_patterns("Data"))
            results["sqlite3"].append(run_sqlite(os.path.join(tmp, "plain.sqlite"), a.count,
                                                 a.queries, a.repeats))
            results["fourd"].append(run_fourd(folder, a.count, a.queries, a.repeats))
    print(f"{a.count} entities, {a.queries} queries, orderBy x{a.repeats}, sum x{a.repeats * 10}, "
          f"median of {a.runs} run(s)")
    print(f"{'phase':8} {'fourd cpu s':>11} {'sqlite3 cpu s':>13} {'ratio':>6} {'target':>7}"
          f" {'fourd wall s':>12} {'sqlite3 wall s':>14} {'ratio':>6}")
    for phase in PHASES:
        pairs = list(zip(results["fourd"], results["sqlite3"]))
        fc = statistics.median(f[phase][0] for f, _s in pairs)
        sc = statistics.median(s[phase][0] for _f, s in pairs)
        fw = statistics.median(f[phase][1] for f, _s in pairs)
        sw = statistics.median(s[phase][1] for _f, s in pairs)
        cpu_ratio = statistics.median(f[phase][0] / s[phase][0] for f, s in pairs)
        wall_ratio = statistics.median(f[phase][1] / s[phase][1] for f, s in pairs)
        print(f"{phase:8} {fc:11.3f} {sc:13.3f} {cpu_ratio:5.2f}x {TARGETS[phase]:6.1f}x"
              f" {fw:12.3f} {sw:14.3f} {wall_ratio:5.2f}x")
    checks = {run["query"][2] for run in results["fourd"] + results["sqlite3"]} | \
        {run["orderBy"][2] for run in results["fourd"] + results["sqlite3"]}
    if checks != {a.queries, a.count}:
        print(f"warning: the two sides found different results: {sorted(checks)}")


if __name__ == "__main__":
    main()
