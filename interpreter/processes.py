"""`fourd run --processes N …` (and `fourd --project P --processes N`): N OS processes running
the same 4D code, sharing their listening ports (README, "Deployment").

Decisions:
- Each child is a plain `fourd` command (the same arguments without `--processes`) with
  FOURD_REUSEPORT=1, which makes every 4D.TCPListener set SO_REUSEPORT: the kernel spreads
  incoming connections over the processes listening on the port (Linux; elsewhere
  `--processes` above 1 is refused). Use a fixed port: port 0 gives each child its own.
- FOURD_PROCESS_INDEX (1…N) and FOURD_PROCESS_COUNT tell a child which one it is.
- Nothing else is shared: Storage, process and interprocess variables live in each child;
  a shared database goes through PostgreSQL.
- The parent forwards SIGINT/SIGTERM to the children, waits for all of them, and exits with
  the highest exit code (130 when interrupted).
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys

from fourd.runtime.errors import ExitCode
from fourd.runtime.net.sockets import REUSEPORT_ENV

INDEX_ENV = "FOURD_PROCESS_INDEX"
COUNT_ENV = "FOURD_PROCESS_COUNT"


def take_processes_option(argv: list[str]) -> tuple[int, list[str]]:
    """(N, argv without `--processes N` / `--processes=N`); N is 1 when absent. ValueError
    with the message for a bad value."""
    value, out = take_option(argv, "--processes")
    if value is None:
        return 1, out
    if not value.isdigit() or int(value) < 1:
        raise ValueError(f"--processes: a number from 1 up, not '{value}'")
    return int(value), out


def take_option(argv: list[str], name: str) -> tuple[str | None, list[str]]:
    """(value, argv without `NAME VALUE` / `NAME=VALUE`): an option of fourd itself, given
    before the script's own arguments. ValueError when the value is missing."""
    out, found, i = [], None, 0
    while i < len(argv):
        arg = argv[i]
        if arg == name or arg.startswith(name + "="):
            if "=" in arg:
                found = arg.split("=", 1)[1]
            elif i + 1 < len(argv):
                i += 1
                found = argv[i]
            else:
                raise ValueError(f"{name} needs a value")
        elif arg == "--" or (out[:1] == ["run"] and len(out) >= 2 and not arg.startswith("--")):
            out.extend(argv[i:])       # the script's own arguments are left alone
            break
        else:
            out.append(arg)
        i += 1
    return found, out


def run_processes(count: int, argv: list[str]) -> int:
    """Start `count` children running `fourd ARGV`; wait for them all."""
    if not hasattr(socket, "SO_REUSEPORT"):
        print("fourd: --processes above 1 needs SO_REUSEPORT (Linux)", file=sys.stderr)
        return ExitCode.USAGE
    children = []
    for index in range(1, count + 1):
        env = dict(os.environ, **{REUSEPORT_ENV: "1", INDEX_ENV: str(index),
                                  COUNT_ENV: str(count)})
        # own process group: a Ctrl-C in the terminal reaches the parent only, which forwards it once
        children.append(subprocess.Popen([sys.executable, "-m", "fourd", *argv], env=env,
                                         process_group=0))

    def forward(signum, _frame):
        for child in children:
            if child.poll() is None:
                child.send_signal(signum)
    previous = {s: signal.signal(s, forward) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        codes = [child.wait() for child in children]
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    codes = [ExitCode.of_signal(-c) if c < 0 else c for c in codes]
    return max(codes)
