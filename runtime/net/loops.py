"""Which asyncio event loop a 4D process gets (one loop per process, tcp.md §1.3).

`FOURD_LOOP=asyncio` or `FOURD_LOOP=uvloop` forces one kind everywhere. By default (or
`FOURD_LOOP=auto`) worker threads get uvloop when it is importable, and the main thread
(process 1) keeps the stock loop: uvloop creates and closes its signal self-pipe at every
`run_forever()` made on the main thread (~25 µs, against ~3 µs for a whole stock-loop
run), and process 1 calls `run_forever()` once per batch of events (runtime/process.py).
Measured with bench/loadgen.py on the 64-byte echo sample, the stock loop on the main thread
doubles round trips/s at 1 and 10 connections and is on par at 100.
"""
from __future__ import annotations

import asyncio
import os

try:  # optional dependency (pyproject extra "fast")
    import uvloop as _uvloop
except ImportError:  # pragma: no cover - depends on the machine
    _uvloop = None


def loop_kind(main_thread: bool) -> str:
    """`"uvloop"` or `"asyncio"` for a loop that runs on the main thread or not."""
    wanted = os.environ.get("FOURD_LOOP", "").strip().lower()
    if _uvloop is None or wanted == "asyncio":
        return "asyncio"
    if wanted == "uvloop":
        return "uvloop"
    return "asyncio" if main_thread else "uvloop"


def new_event_loop(main_thread: bool) -> asyncio.AbstractEventLoop:
    if loop_kind(main_thread) == "uvloop":
        return _uvloop.new_event_loop()
    return asyncio.new_event_loop()
