"""The base of every asynchronous 4D object (4D.TCPListener, 4D.TCPConnection,
4D.SystemWorker, 4D.Signal): activity arrives from the owner process's event loop (sockets
and pipes: runtime/net/) or from another thread, and 4D code runs only on the owner process.

One model for all of them (tcp.md §1):
* the object belongs to the process that created it (`_proc`); while alive it is adopted by
  that process (the internal reference of tcp.md §1.4) and released at its end;
* activity becomes events queued with `_post` (own thread) or `_post_threadsafe` (any
  thread), always through `Process.post`: the owner runs them outside its loop;
* callbacks are looked up by name on the options object when they fire and run with
  `This` = the options object, through `process.run_callback` (an error in one is reported,
  the server goes on);
* `wait({timeout})` dispatches the caller's events until the object is over; a process that
  is not the owner sleeps until the owner marks the end (`_mark_over`), which wakes it.

A subclass implements `_is_over()`, `_abandon()` (owner ended: close without callbacks) and
`_force_terminate()` (SIGINT/SIGTERM: end with callbacks), and names its callbacks' error
context with `callback_label`.
"""
from __future__ import annotations

import threading

from ..builtin import BuiltinObject
from ..errors import FourDError, ERR_PARAM_COUNT, ERR_TYPE_MISMATCH
from ..objects import find_function
from ..process import current_process, run_callback
from ..values import NULL, Obj, Time4D, type_name

_get_ident = threading.get_ident


def is_number(value) -> bool:
    t = type(value)
    return t is int or t is float or t is Time4D


def options_argument(args, index: int, what: str):
    """The options object at `args[index]`, or None when omitted / Null / undefined."""
    if len(args) <= index:
        return None
    options = args[index]
    if options is None or options is NULL:
        return None
    if not isinstance(options, Obj):
        raise FourDError(ERR_TYPE_MISMATCH, f"{what}: the options parameter must be an "
                                            f"Object, not {type_name(options)}")
    return options


def option_bool(options, name: str) -> bool:
    if options is None:
        return False
    value = options.get(name)
    return bool(value) if isinstance(value, (bool, int, float)) else False


def option_seconds(options, name: str):
    """A positive number of seconds, else None (no limit)."""
    if options is None:
        return None
    value = options.get(name)
    if is_number(value) and value > 0:
        return float(value)
    return None


def timeout_argument(args, what: str):
    """`({timeout})` of wait(): seconds, or None (omitted, <= 0: no timeout, tcp.md decision 1)."""
    if len(args) > 1:
        raise FourDError(ERR_PARAM_COUNT, f"{what}: expected ({{timeout}})")
    if not args or args[0] is None:
        return None
    value = args[0]
    if not is_number(value):
        raise FourDError(ERR_TYPE_MISMATCH, f"{what}: the timeout must be a Number, "
                                            f"not {type_name(value)}")
    return float(value) if value > 0 else None


class AsyncObject(BuiltinObject):
    terminate_order = 1             # SIGINT/SIGTERM order (listeners go first: 0)
    callback_label = "object"       # "TCPConnection": error context "TCPConnection onData callback"

    def __init__(self, proc, options):
        self._proc = proc
        self._loop = proc.event_loop()
        self._options = options
        self._waiters = []          # other processes inside our wait() (a list: 160 bytes less
                                    # than a set for each of 10,000 idle connections)

    # -- events -------------------------------------------------------------------------

    def _post(self, event) -> None:
        """Queue `event` (a zero-argument callable) on the owner, from its own thread."""
        self._proc.post(event)

    def _in_owner(self, fn, *args) -> None:
        """Run `fn(*args)` on the owner process's thread: now if we are on it, else queued."""
        proc = self._proc
        if proc.thread_id == _get_ident():
            fn(*args)
        else:
            proc.post_threadsafe(lambda: fn(*args))

    def _fire(self, name: str, event):
        """Call the `name` callback of the options object, if any, with (this object,
        event); its result (undefined when there is none)."""
        options = self._options
        if options is None:
            return None
        fn = find_function(options, name)
        if fn is None:
            return None
        return run_callback(fn, options, (self, event), f"{self.callback_label} {name} callback")

    # -- lifetime -----------------------------------------------------------------------

    def _adopt(self) -> None:
        self._proc.adopt(self)

    def _release(self) -> None:
        self._proc.release(self)

    def _is_over(self) -> bool:
        raise NotImplementedError

    def _mark_over(self) -> None:
        """The object has reached its end: wake processes waiting on it from elsewhere."""
        for proc in list(self._waiters):
            proc.wake_threadsafe()

    def _wait_until_over(self, timeout) -> None:
        """`.wait()`: dispatch the caller's events until the object is over or `timeout`
        seconds have passed."""
        if self._is_over():
            return
        proc = current_process()
        if proc is self._proc:
            proc.dispatch(until=self._is_over, timeout=timeout)
            return
        # not the owner (the object was passed along): dispatch our own events until the
        # owner marks the end, which wakes us up
        self._waiters.append(proc)
        try:
            proc.dispatch(until=self._is_over, timeout=timeout, idle=True)
        finally:
            self._waiters.remove(proc)

    def _abandon(self) -> None:
        raise NotImplementedError

    def _force_terminate(self) -> None:
        raise NotImplementedError
