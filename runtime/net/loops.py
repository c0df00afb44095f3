"""Which asyncio event loop a 4D process gets (one loop per process, tcp.md §1.3).

uvloop when it is importable, else the stock loop; `FOURD_LOOP=asyncio` forces the stock
loop, `FOURD_LOOP=uvloop` forces uvloop (even where the workaround below is unavailable).

Main thread: uvloop creates and closes a signal self-pipe (a socketpair plus
`signal.set_wakeup_fd`) at *every* `run_forever()` it makes on the main thread, ~25 µs, and
process 1 calls `run_forever()` once per batch of events (runtime/process.py): that halves
round trips/s with few connections. uvloop decides which thread is "main" once, at its first
run, from `threading.main_thread().ident`; `_uvloop_main_thread_setup_off()` makes that first
run (a probe, at import) see another ident, so uvloop never sets up signals — a run then
costs ~2 µs. fourd does not need uvloop's signal handling: run_main() installs its own
handlers and wake-up fd. If the probe cannot be made (uvloop already ran, or threading has
changed), the main thread falls back to the stock loop.
"""
from __future__ import annotations

import asyncio
import os
import signal
import threading

try:  # optional dependency (pyproject extra "fast")
    import uvloop as _uvloop
except ImportError:  # pragma: no cover - depends on the machine
    _uvloop = None


def _uvloop_main_thread_setup_off() -> bool:
    """Run uvloop's first loop with `threading.main_thread().ident` pointing elsewhere; True
    when uvloop now treats no thread as the main one (checked, not assumed)."""
    if _uvloop is None or not hasattr(threading, "_main_thread"):
        return False

    class _ElsewhereThread:
        ident = 1           # no real thread has ident 1

    real = threading._main_thread
    probe = _uvloop.new_event_loop()
    try:
        threading._main_thread = _ElsewhereThread()
        try:
            probe.call_soon(probe.stop)
            probe.run_forever()
        finally:
            threading._main_thread = real

        async def _not_a_handler():  # pragma: no cover - never called
            pass
        try:    # uvloop checks "main thread" first: ValueError means the probe worked
            probe.add_signal_handler(signal.SIGUSR2, _not_a_handler)
        except ValueError:
            return True
        except TypeError:
            return False
        return False  # pragma: no cover
    except Exception:  # pragma: no cover - a uvloop/threading we do not know
        return False
    finally:
        probe.close()


_UVLOOP_MAIN_OK = _uvloop_main_thread_setup_off()


def loop_kind(main_thread: bool) -> str:
    """`"uvloop"` or `"asyncio"` for a loop that runs on the main thread or not."""
    wanted = os.environ.get("FOURD_LOOP", "").strip().lower()
    if _uvloop is None or wanted == "asyncio":
        return "asyncio"
    if wanted == "uvloop" or not main_thread or _UVLOOP_MAIN_OK:
        return "uvloop"
    return "asyncio"


def new_event_loop(main_thread: bool) -> asyncio.AbstractEventLoop:
    if loop_kind(main_thread) == "uvloop":
        return _uvloop.new_event_loop()
    return asyncio.new_event_loop()
