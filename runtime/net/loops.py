"""Which asyncio event loop a 4D process gets (one loop per process, tcp.md §1.3).

`FOURD_LOOP` selects it: `uvloop` (default when importable), `asyncio` (stock loop). uvloop
sets up and tears down its signal self-pipe on *every* `run_forever()` made on the main
thread (about 25 µs here, against 3 µs for the stock loop); process 1 runs `run_forever()`
once per batch of events (runtime/process.py), so by default the main thread keeps the
stock loop and worker threads get uvloop. `FOURD_LOOP=uvloop` forces uvloop everywhere.
"""
from __future__ import annotations

import asyncio
import os

try:  # optional dependency (pyproject extra "fast")
    import uvloop as _uvloop
except ImportError:  # pragma: no cover - depends on the machine
    _uvloop = None


def loop_kind(main_thread: bool) -> str:
    """`"uvloop"` or `"asyncio"` for a process running on the main thread or not."""
    wanted = os.environ.get("FOURD_LOOP", "").strip().lower()
    if wanted == "asyncio" or _uvloop is None:
        return "asyncio"
    if wanted == "uvloop":
        return "uvloop"
    return "asyncio" if main_thread else "uvloop"


def new_event_loop(main_thread: bool) -> asyncio.AbstractEventLoop:
    if loop_kind(main_thread) == "uvloop":
        return _uvloop.new_event_loop()
    return asyncio.new_event_loop()
