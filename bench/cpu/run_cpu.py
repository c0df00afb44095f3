#!/usr/bin/env python3
"""CPU benchmarks: each 4D program in this folder against the equal CPython program of
../shared/bench/cpu (same machine, same run). Prints the 4D/CPython time ratio per program.

    python bench/cpu/run_cpu.py [--runs N]

Times are whole processes (start-up included) and the work alone (in-process, start-up
excluded, measured for the 4D side by running the compiled method in this process)."""
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PEERS = os.path.join(HERE, "..", "..", "..", "shared", "bench", "cpu")
PROGRAMS = ["fib", "loop_sum", "str_concat", "sort_list", "json_roundtrip", "dict_ops"]


def timed(cmd, runs):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def inprocess_4d(name, runs):
    import io
    import contextlib
    from fourd.interpreter.project import Project
    from fourd.runtime.values import NULL
    path = os.path.join(HERE, name + ".4dm")
    project = Project({name: path})
    fn = project.method_table[name]
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            fn(NULL)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def inprocess_py(name, runs):
    out = subprocess.run([sys.executable, os.path.join(PEERS, name + ".py"), "--time", str(runs)],
                         check=True, capture_output=True, text=True).stdout
    import json
    return json.loads(out)["median_ms"] / 1000.0


def main():
    runs = 3
    if "--runs" in sys.argv:
        runs = int(sys.argv[sys.argv.index("--runs") + 1])
    if not os.path.isdir(PEERS):
        sys.exit(f"peer programs not found in {PEERS}")
    print(f"{'program':16} {'4D ms':>9} {'py ms':>9} {'ratio':>7}   {'4D proc':>8} {'py proc':>8} {'ratio':>7}")
    for name in PROGRAMS:
        w4 = inprocess_4d(name, runs) * 1000
        wp = inprocess_py(name, runs) * 1000
        p4 = timed([sys.executable, "-m", "fourd", "run", os.path.join(HERE, name + ".4dm")], runs) * 1000
        pp = timed([sys.executable, os.path.join(PEERS, name + ".py")], runs) * 1000
        print(f"{name:16} {w4:9.1f} {wp:9.1f} {w4 / wp:6.1f}x   {p4:8.0f} {pp:8.0f} {p4 / pp:6.1f}x")


if __name__ == "__main__":
    main()
