#!/usr/bin/env python3
"""Idle connections: `samples/echo_server.4dm` holding N open connections (default 10,000).

    python bench/idle_conns.py [--conns 10000]

Opens N connections to the server (127.0.0.1), waits until the server has accepted them all
and is idle, reads its resident memory (VmRSS of the fourd process), then sends one byte on
every connection and checks that every one is echoed ("all served"). Prints one JSON line:
{"conns": N, "rss_mb": …, "rss_before_mb": …, "served": …}. A measurement, never a test."""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import resource
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


async def open_all(port: int, n: int, batch: int = 200):
    conns = []
    for start in range(0, n, batch):
        opened = await asyncio.gather(*(asyncio.open_connection("127.0.0.1", port)
                                         for _ in range(min(batch, n - start))))
        conns.extend(opened)
    return conns


async def ping_all(conns, timeout=60.0):
    async def one(reader, writer):
        writer.write(b"x")
        await writer.drain()
        return await reader.readexactly(1) == b"x"
    results = await asyncio.wait_for(asyncio.gather(*(one(r, w) for r, w in conns),
                                                    return_exceptions=True), timeout)
    return sum(1 for r in results if r is True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--conns", type=int, default=10000)
    a = ap.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = min(hard, max(soft, a.conns * 2 + 100))
    resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
    env = dict(os.environ, FOURD_TCP_LISTEN_HOST="127.0.0.1")
    server = subprocess.Popen([sys.executable, "-m", "fourd", "run",
                               os.path.join(ROOT, "samples", "echo_server.4dm"), "0"],
                              stdout=subprocess.PIPE, text=True, env=env)
    try:
        port = int(re.search(r"port (\d+)", server.stdout.readline()).group(1))
        before = rss_mb(server.pid)
        loop = asyncio.new_event_loop()
        conns = loop.run_until_complete(open_all(port, a.conns))
        # idle: wait until the server's memory stops growing (every accept handled)
        last, stable = -1.0, 0
        deadline = time.monotonic() + 60
        while stable < 3 and time.monotonic() < deadline:
            time.sleep(0.5)
            now = rss_mb(server.pid)
            stable = stable + 1 if abs(now - last) < 0.05 else 0
            last = now
        idle = rss_mb(server.pid)
        served = loop.run_until_complete(ping_all(conns))
        for _r, w in conns:
            w.close()
        loop.close()
        print(json.dumps({"conns": a.conns, "rss_mb": round(idle, 1),
                          "rss_before_mb": round(before, 1), "served": served}))
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
