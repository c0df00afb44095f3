#!/usr/bin/env python3
"""Every benchmark in one run (≤ 10 minutes): one table of ratios against the targets
(CPU_TARGETS and the rows below), written to bench/RESULTS.md (machine, date, Python, uvloop or not) and, when
matplotlib is installed (`pip install -e '.[bench]'`), a chart bench/results.png.

    python bench/run_all.py [--reps 5] [--quick] [--no-tcp]

Each ratio is measured side by side in one run: the 4D program against the same work in
CPython (in-process, alternating one repetition of each, so both see the same machine
load), `fourd run samples/hello.4dm` against `python -c pass`, fourd's TCP servers against
the node and uvloop peers of ../shared/bench. Reported: the median of the per-repetition
ratios and the best (min) one. The machine is shared: trust ratios, not milliseconds.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime
import io
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(ROOT, "..", "shared", "bench")
CPU = ["fib", "sort_list", "json_roundtrip", "dict_ops", "loop_sum", "str_concat"]
CPU_TITLES = {"fib": "fib(25), recursive, typed", "sort_list": "sort 200,000 numbers",
              "json_roundtrip": "JSON round trip, 10,000 entries",
              "dict_ops": "100,000 object inserts + lookups", "loop_sum": "typed loop sum",
              "str_concat": "text concatenation"}
CPU_TARGETS = {"fib": 2.0, "sort_list": 2.0, "json_roundtrip": 2.0, "dict_ops": 2.0,
               "loop_sum": 1.2, "str_concat": 1.2}


class Row:
    """One line of the table: `ratio` compared with `target`; `lower` = smaller is better."""

    def __init__(self, name, ratio, target, lower=True, best=None, detail=""):
        self.name, self.ratio, self.target, self.lower = name, ratio, target, lower
        self.best, self.detail = best, detail

    @property
    def met(self):
        if self.ratio is None:
            return None
        return self.ratio <= self.target if self.lower else self.ratio >= self.target


# ---------------------------------------------------------------- CPU
def _fourd_work(name):
    """A callable running the 4D program once in this process (compiled once)."""
    from fourd.interpreter.project import Project
    from fourd.runtime.values import NULL
    project = Project({name: os.path.join(HERE, "cpu", name + ".4dm")})
    fn = project.method_table[name]

    def run():
        with contextlib.redirect_stdout(io.StringIO()):
            t = time.perf_counter()
            fn(NULL)
            return time.perf_counter() - t
    return run


def _python_work(name):
    """A callable timing one in-process run of the CPython peer (its own process; start-up
    excluded by the peer's --time)."""
    script = os.path.join(SHARED, "cpu", name + ".py")

    def run():
        out = subprocess.run([sys.executable, script, "--time", "1"], check=True,
                             capture_output=True, text=True).stdout
        return json.loads(out)["median_ms"] / 1000.0
    return run


def cpu_rows(reps):
    rows = []
    for name in CPU:
        four, py = _fourd_work(name), _python_work(name)
        four()                                    # warm (first call compiles nothing more)
        ratios, t4s, tps = [], [], []
        for _ in range(reps):
            t4, tp = four(), py()
            t4s.append(t4)
            tps.append(tp)
            ratios.append(t4 / tp)
        rows.append(Row(CPU_TITLES[name], statistics.median(ratios), CPU_TARGETS[name],
                        best=min(ratios),
                        detail=f"4D {statistics.median(t4s) * 1000:.0f} ms, CPython "
                               f"{statistics.median(tps) * 1000:.0f} ms"))
        print(f"  {name:16} {rows[-1].ratio:5.2f}x (best {rows[-1].best:.2f}x)", flush=True)
    product = 1.0
    for r in rows:
        product *= r.ratio
    rows.append(Row("geometric mean of the six", product ** (1 / len(rows)), 1.5))
    return rows


# ---------------------------------------------------------------- start-up
def startup_row(reps):
    hello = [sys.executable, "-m", "fourd", "run", os.path.join(ROOT, "samples", "hello.4dm")]
    bare = [sys.executable, "-c", "pass"]

    def timed(cmd):
        """(wall seconds, CPU seconds of the child): on a shared machine the CPU time is the
        steadier of the two (waiting for a core is not counted)."""
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        wall = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # the warm-up run writes fourd's .pyc files (and its code cache), as an installed package
    # has them: with PYTHONDONTWRITEBYTECODE (set on some machines) and an editable install,
    # every run would compile fourd's modules from source (~100 ms)
    warm = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(hello, check=True, capture_output=True, env=warm)
    ratios, walls, tf, tb = [], [], [], []
    for _ in range(reps):
        (wa, ca), (wb, cb) = timed(hello), timed(bare)
        tf.append(ca)
        tb.append(cb)
        ratios.append(ca / cb)
        walls.append(wa / wb)
    row = Row("`fourd run samples/hello.4dm` / `python -c pass` (CPU time)",
              statistics.median(ratios), 2.0, best=min(ratios),
              detail=f"CPU {statistics.median(tf) * 1000:.0f} ms vs "
                     f"{statistics.median(tb) * 1000:.0f} ms; wall-clock ratio "
                     f"{statistics.median(walls):.2f}× (best {min(walls):.2f}×)")
    print(f"  start-up {row.ratio:.2f}x ({row.detail})", flush=True)
    return [row]


# ---------------------------------------------------------------- TCP
def _peers(scenario, fourd_peers, others, reps, duration):
    """round trips/s per peer (median over reps) from ../shared/bench/run_peers.py."""
    out = tempfile.mktemp(suffix=".json")
    cmd = [sys.executable, "run_peers.py", "--no-wrk", "--scenarios", scenario, "--reps",
           str(reps), "--duration", str(duration), "--json-out", out,
           "--peers", ",".join(list(fourd_peers) + others)]
    for name, (kind, command) in fourd_peers.items():
        cmd += ["--add-peer", f"{name}:{kind}:{command}"]
    subprocess.run(cmd, cwd=SHARED, check=False, capture_output=True, text=True)
    rps = {}
    try:
        with open(out) as f:
            data = json.load(f)
        os.unlink(out)
    except (OSError, ValueError):
        return rps
    for entry in data.get("results", []):
        for run in entry.get("runs", []):
            if run.get("rps") is not None and not run.get("errors"):
                rps.setdefault(entry.get("peer"), []).append(run["rps"])
    return {k: statistics.median(v) for k, v in rps.items()}


def tcp_rows(reps, duration):
    env_run = f"{sys.executable} -m fourd run"
    echo = os.path.join(ROOT, "samples", "echo_server.4dm")
    http = os.path.join(ROOT, "samples", "http_hello.4dm")
    rows = []
    r = _peers("e64_c100", {"fourd_echo": ("echo", f"{env_run} {echo} PORT"),
                            "fourd_echo_x2": ("echo", f"{env_run} --processes 2 {echo} PORT")},
               ["node_echo", "uvloop_echo"], reps, duration)
    mine = r.get("fourd_echo")
    detail = ", ".join(f"{k} {v / 1000:.1f}k" for k, v in sorted(r.items()))
    for peer, target, title in (("node_echo", 1.2, "64 B echo, 100 connections / node `net`"),
                                ("uvloop_echo", 1.0, "64 B echo, 100 connections / uvloop peer")):
        ratio = mine / r[peer] if mine and r.get(peer) else None
        rows.append(Row(title, ratio, target, lower=False, detail=detail))
    two = r.get("fourd_echo_x2")
    rows.append(Row("echo: `--processes 2` / 1 process (2 cores, load generator on one)",
                    two / mine if two and mine else None, 1.0, lower=False, detail=detail))
    r = _peers("http_c50", {"fourd_http": ("http", f"{env_run} {http} PORT")}, ["node_http"],
               reps, duration)
    mine = r.get("fourd_http")
    rows.append(Row("HTTP keep-alive hello, 50 connections / node raw-`net` HTTP",
                    mine / r["node_http"] if mine and r.get("node_http") else None, 1.0,
                    lower=False, detail=", ".join(f"{k} {v / 1000:.1f}k" for k, v in sorted(r.items()))))
    for row in rows:
        print(f"  {row.name}: {row.ratio if row.ratio is None else round(row.ratio, 2)}", flush=True)
    return rows


def idle_row(conns):
    out = subprocess.run([sys.executable, os.path.join(HERE, "idle_conns.py"), "--conns",
                          str(conns)], capture_output=True, text=True, timeout=240)
    try:
        data = json.loads(out.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return [Row(f"{conns:,} idle connections: RSS MB", None, 50.0, detail=out.stderr[-200:])]
    detail = f"{data['served']:,} of {conns:,} served; {data['rss_before_mb']} MB before connecting"
    print(f"  idle {data['rss_mb']} MB, {detail}", flush=True)
    ok = data["served"] == conns
    return [Row(f"{conns:,} idle connections: server RSS in MB (all served: {'yes' if ok else 'NO'})",
                data["rss_mb"], 50.0, detail=detail)]


# ---------------------------------------------------------------- report
def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    try:
        import uvloop
        loop = f"uvloop {uvloop.__version__}"
    except ImportError:
        loop = "no uvloop (stock asyncio loop)"
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip() \
        if _has("node") else "no node"
    return (f"{cpu}, {os.cpu_count()} cores, Linux {platform.release()}, Python "
            f"{platform.python_version()}, {loop}, Node {node}")


def _has(prog):
    return any(os.access(os.path.join(d, prog), os.X_OK) for d in os.environ["PATH"].split(":"))


def instruction_lines(names):
    """Markdown table of callgrind instruction ratios (bench/instructions.py)."""
    sys.path.insert(0, HERE)
    import instructions
    lines = ["", "Instructions of the work alone (`bench/instructions.py`, callgrind): unlike "
             "times, these do not move with the machine's load.", "",
             "| program | 4D | CPython | ratio |", "|---|---:|---:|---:|"]
    for name in names:
        four, py = instructions.instructions(name)
        if four and py:
            lines.append(f"| {CPU_TITLES[name]} | {four / 1e6:.0f} M | {py / 1e6:.0f} M | "
                         f"{four / py:.2f}× |")
            print(f"  instructions {name}: {four / py:.2f}x", flush=True)
    return lines


def write_results(rows, started, elapsed, args, extra_lines=()):
    lines = ["# Benchmark results (`python bench/run_all.py`)", "",
             f"Machine: {machine()}.", f"Date: {started:%Y-%m-%d %H:%M} UTC; the run took "
             f"{elapsed / 60:.1f} min (`{' '.join(sys.argv[1:]) or 'defaults'}`; {args.reps} "
             "repetitions). Ratios measured side by side in one run; median of the "
             "per-repetition ratios, best in brackets. The machine is shared with other work: "
             "differences under ~15 % are noise (single runs of the CPU programs varied by "
             "1.5× here); the steady signal is the instruction count of each program, "
             "`bench/instructions.py` (summary in `bench/PROFILE.md`, or `--instructions`)."
             + _load_text(args), "",
             "| work | ratio | target | met |", "|---|---:|---:|:---:|"]
    for r in rows:
        sign = "≤" if r.lower else "≥"
        ratio = "—" if r.ratio is None else (f"{r.ratio:.2f}" if "MB" in r.name else f"{r.ratio:.2f}×")
        if r.best is not None:
            ratio += f" ({r.best:.2f}×)"
        target = f"{sign} {r.target:g}" + ("" if "MB" in r.name else "×")
        met = "—" if r.met is None else ("yes" if r.met else "**no**")
        lines.append(f"| {r.name} | {ratio} | {target} | {met} |")
    lines += ["", "Details:", ""]
    lines += [f"* {r.name}: {r.detail}" for r in rows if r.detail]
    lines += list(extra_lines)
    path = os.path.join(HERE, "RESULTS.md")
    kept = _other_sections(path)
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n" + kept)


def _load_text(args):
    """The machine's load average (1 min) at the start and at the end of the run."""
    load = getattr(args, "load", None)
    if not load:
        return ""
    return (f" Load average (1 min, {os.cpu_count()} cores): {load[0][0]:.1f} at the start, "
            f"{load[1][0]:.1f} at the end.")


def _other_sections(path):
    """The `## ` sections of RESULTS.md written by other scripts (bench/db.py, …): kept."""
    try:
        with open(path) as f:
            text = f.read()
    except OSError:
        return ""
    i = text.find("\n## ")
    return text[i:] if i >= 0 else ""


def write_chart(rows):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib not installed (pip install -e '.[bench]'): no chart")
        return
    shown = [r for r in rows if r.ratio is not None]
    fig, ax = plt.subplots(figsize=(10, 0.5 * len(shown) + 1.5))
    for i, r in enumerate(shown):
        # as "times the target allows": below 1 is met for both directions
        score = r.ratio / r.target if r.lower else r.target / r.ratio
        ax.barh(i, score, color="tab:green" if r.met else "tab:red")
        ax.text(score, i, f"  {r.ratio:.2f}{'' if 'MB' in r.name else '×'} "
                          f"(target {'≤' if r.lower else '≥'} {r.target:g})", va="center",
                fontsize=8)
    ax.set_xscale("log")
    ax.axvline(1.0, color="black", linestyle="--", linewidth=1)
    ax.set_yticks(range(len(shown)), [r.name.replace("`", "") for r in shown], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("measured / target (≤ 1 meets the target; for ≥ targets: target / measured)")
    ax.set_title("fourd against its targets")
    fig.tight_layout()
    fig.savefig(os.path.join(HERE, "results.png"), dpi=100)
    plt.close(fig)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--duration", type=float, default=3.0, help="seconds per TCP measurement")
    ap.add_argument("--conns", type=int, default=10000, help="idle connections")
    ap.add_argument("--no-tcp", action="store_true", help="CPU and start-up only")
    ap.add_argument("--quick", action="store_true", help="2 repetitions, 2 s TCP runs")
    ap.add_argument("--instructions", action="store_true",
                    help="also count instructions with callgrind (~1 min per program, more "
                         "than the 10 minutes in all)")
    args = ap.parse_args()
    if args.quick:
        args.reps, args.duration = 2, 2.0
    if not os.path.isdir(SHARED):
        sys.exit(f"peer programs not found in {SHARED}")
    started, t0 = datetime.datetime.utcnow(), time.monotonic()
    load_before = os.getloadavg()
    print("CPU (4D / CPython):", flush=True)
    rows = cpu_rows(args.reps)
    print("start-up:", flush=True)
    rows += startup_row(max(args.reps * 2, 5))
    if not args.no_tcp:
        print("TCP:", flush=True)
        rows += tcp_rows(max(1, min(args.reps, 2)), args.duration)
        rows += idle_row(args.conns)
    extra = instruction_lines(CPU) if args.instructions else []
    args.load = (load_before, os.getloadavg())
    write_results(rows, started, time.monotonic() - t0, args, extra)
    write_chart(rows)
    print(open(os.path.join(HERE, "RESULTS.md")).read())


if __name__ == "__main__":
    main()
