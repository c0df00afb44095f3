"""Soak, outside the test run: 100,000 connect/send/close cycles against
samples/echo_server.4dm on 127.0.0.1; the server's file descriptors, threads and RSS are
read from /proc after a warm-up and at the end (Linux).

    python bench/soak.py [CYCLES]         (default 100,000)

Prints a summary line for bench/RESULTS.md; exits 1 when fds or threads did not come back
to the warm-up count or RSS moved by more than 10 %.
"""
from __future__ import annotations

import os
import pathlib
import re
import signal
import socket
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def counts(pid):
    with open(f"/proc/{pid}/status") as f:
        rss = next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
    return (len(os.listdir(f"/proc/{pid}/fd")), len(os.listdir(f"/proc/{pid}/task")),
            rss / 1024)


def cycle(port, i):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        msg = b"soak %d\n" % i
        s.sendall(msg)
        got = b""
        while len(got) < len(msg):
            chunk = s.recv(64)
            if not chunk:
                raise RuntimeError("closed early")
            got += chunk


def settle(pid, target_fds, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and counts(pid)[0] > target_fds:
        time.sleep(0.05)
    return counts(pid)


def main(argv):
    cycles = int(argv[1]) if len(argv) > 1 else 100_000
    env = dict(os.environ, FOURD_TCP_LISTEN_HOST="127.0.0.1")
    proc = subprocess.Popen([sys.executable, "-m", "fourd", "run",
                             str(ROOT / "samples" / "echo_server.4dm"), "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    port = int(re.search(r"port (\d+)", proc.stdout.readline()).group(1))
    try:
        for i in range(2000):
            cycle(port, i)
        base = settle(proc.pid, 0, 1)
        start = time.monotonic()
        for i in range(cycles):
            cycle(port, i)
        took = time.monotonic() - start
        end = settle(proc.pid, base[0])
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)
    rss_change = (end[2] - base[2]) / base[2] * 100
    print(f"soak: {cycles} connect/send/close cycles in {took:.0f} s ({cycles / took:.0f}/s); "
          f"fds {base[0]} -> {end[0]}, threads {base[1]} -> {end[1]}, RSS {base[2]:.1f} -> "
          f"{end[2]:.1f} MB ({rss_change:+.1f} %); exit {proc.returncode}"
          + (f"; stderr: {err[-300:]}" if err else ""))
    good = end[0] <= base[0] and end[1] <= base[1] and abs(rss_change) <= 10
    return 0 if good and proc.returncode == 130 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
