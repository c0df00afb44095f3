#!/usr/bin/env python3
"""TCP benchmark: samples/echo_server.4dm (fourd) against the peer servers of ../shared/bench
(node, asyncio, uvloop), measured in one run with ../shared/bench/loadgen.py.

    python bench/tcp_echo.py [--scenarios e64_c100,e64_c1,e64k_c10] [--reps 1] [--duration 5]

Prints the peers' table (run_peers.py) and the round trips/s ratio of fourd to node and to
asyncio for each scenario. Never fails on a slow result: it is a measurement, not a test."""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PEERS_DIR = os.path.join(ROOT, "..", "shared", "bench")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scenarios", default="e64_c100")
    ap.add_argument("--reps", default="1")
    ap.add_argument("--duration", default="5")
    ap.add_argument("--peers", default="node_echo,asyncio_echo,uvloop_echo")
    a = ap.parse_args()
    if not os.path.isdir(PEERS_DIR):
        sys.exit(f"peer servers not found in {PEERS_DIR}")
    server = os.path.join(ROOT, "samples", "echo_server.4dm")
    out = tempfile.mktemp(suffix=".json")
    cmd = [sys.executable, "run_peers.py", "--add-peer",
           f"fourd_echo:echo:{sys.executable} -m fourd run {server} PORT",
           "--peers", "fourd_echo," + a.peers, "--scenarios", a.scenarios, "--reps", a.reps,
           "--duration", a.duration, "--json-out", out]
    subprocess.run(cmd, cwd=PEERS_DIR, check=False)
    try:
        with open(out) as f:
            data = json.load(f)
    except (OSError, ValueError):
        sys.exit("no results")
    rps = {}
    for entry in data.get("results", []):
        key = (entry.get("peer"), entry.get("scenario"))
        for run in entry.get("runs", []):
            if run.get("rps") is not None and not run.get("errors"):
                rps.setdefault(key, []).append(run["rps"])
    print("\n# fourd / peer ratios (round trips/s, median of reps)")
    for scen in a.scenarios.split(","):
        mine = _median(rps.get(("fourd_echo", scen)))
        for peer in a.peers.split(","):
            theirs = _median(rps.get((peer, scen)))
            if mine and theirs:
                print(f"{scen:10} fourd {mine:9.0f} rt/s   {peer:13} {theirs:9.0f} rt/s   ratio {mine / theirs:5.2f}x")


def _median(xs):
    if not xs:
        return None
    xs = sorted(xs)
    return xs[len(xs) // 2]


if __name__ == "__main__":
    main()
