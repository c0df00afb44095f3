"""Which asyncio event loop a 4D process gets (one loop per process, tcp.md §1.3).

`FOURD_LOOP=asyncio` forces the stock loop; otherwise uvloop when it is importable.
(On the main thread uvloop re-creates its signal self-pipe at every `run_forever()`, ~25 µs,
and process 1 calls `run_forever()` once per batch of events; measured with
bench/loadgen.py it is still faster than the stock loop, at 1 and at 100 connections.)
"""
from __future__ import annotations

import asyncio
import os

try:  # optional dependency (pyproject extra "fast")
    import uvloop as _uvloop
except ImportError:  # pragma: no cover - depends on the machine
    _uvloop = None


def loop_kind() -> str:
    """`"uvloop"` or `"asyncio"`."""
    if _uvloop is None or os.environ.get("FOURD_LOOP", "").strip().lower() == "asyncio":
        return "asyncio"
    return "uvloop"


def new_event_loop() -> asyncio.AbstractEventLoop:
    if loop_kind() == "uvloop":
        return _uvloop.new_event_loop()
    return asyncio.new_event_loop()
