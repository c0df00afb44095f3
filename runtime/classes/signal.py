"""`4D.Signal` (4d/docs API/SignalClass.md, commands/new-signal.md): a shared object that
processes wait for (`.wait({timeout})`) until another one calls `.trigger()`.

A signal is a shared object like any other (its properties are written inside `Use`, it goes
to other processes by reference through CALL WORKER and New process, `OB Copy(…; ck shared;
$signal)` joins its group), so it is a plain shared `Obj` whose class is `4D.Signal`; its
state is a `threading.Event` kept beside it (`_events`, weakly keyed by the object).

Decisions:
* Waiting blocks the calling thread: a process waiting for a signal runs none of its events
  (no callback, no worker message) until the signal is triggered or the timeout ends, as the
  docs describe ("suspends its execution"). It wakes up when its process is killed (KILL
  WORKER, end of the run) and then returns False. A timeout <= 0 does not wait.
* `.signaled` is read-only (error -10730 on assignment inside `Use`); `.description` is an ordinary
  property of the shared object (written inside `Use`). `4D.Signal.new({description})` works
  like `New signal`.
"""
from __future__ import annotations

import threading
import weakref

from .. import process as _process
from ..errors import FourDError, ERR_TYPE_MISMATCH
from ..function import Function4D
from ..values import Obj, type_name
from .store import ClassDef, STORE_4D

_POLL = 0.25      # seconds between checks that the waiting process is still alive


_events: "weakref.WeakKeyDictionary[Obj, threading.Event]" = weakref.WeakKeyDictionary()
_events_lock = threading.Lock()


def _event(this, what) -> threading.Event:
    if not isinstance(this, Obj) or this.cls is not SIGNAL_CLASS:
        raise FourDError(ERR_TYPE_MISMATCH, f"4D.Signal.{what}(): not a signal "
                                            f"({type_name(this)})")
    with _events_lock:              # a copy of a signal (OB Copy) starts untriggered
        event = _events.get(this)
        if event is None:
            event = _events[this] = threading.Event()
    return event


def _wait(this, timeout=None, *_):
    """`.wait({timeout})` -> .signaled."""
    event = _event(this, "wait")
    if event.is_set():
        return True
    if timeout is not None:
        if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
            raise FourDError(ERR_TYPE_MISMATCH, "4D.Signal.wait(): the timeout must be a number "
                                                "of seconds")
        if timeout <= 0:
            return False
    proc = _process.current_process()
    deadline = None if timeout is None else _process._monotonic() + float(timeout)
    while not proc.killed:
        remaining = _POLL if deadline is None else min(_POLL, deadline - _process._monotonic())
        if remaining <= 0:
            break
        if event.wait(remaining):
            return True
    return event.is_set()


def _trigger(this, *_):
    _event(this, "trigger").set()


def _signaled(this):
    return _event(this, "signaled").is_set()


def _construct(this, description="", *_):
    if description is None:
        description = ""
    if not isinstance(description, str):
        raise FourDError(ERR_TYPE_MISMATCH, f"New signal: the description must be a Text, not "
                                            f"{type_name(description)}")
    this["description"] = str(description)
    _events[this] = threading.Event()


SIGNAL_CLASS = ClassDef("Signal")
SIGNAL_CLASS.constructor = Function4D(_construct, name="Signal.constructor")
SIGNAL_CLASS.functions["wait"] = Function4D(_wait, name="Signal.wait")
SIGNAL_CLASS.functions["trigger"] = Function4D(_trigger, name="Signal.trigger")
SIGNAL_CLASS.getters["signaled"] = Function4D(_signaled, name="Signal.signaled")
SIGNAL_CLASS.shared = True
SIGNAL_CLASS.finish()
STORE_4D.extra["Signal"] = SIGNAL_CLASS


def new_signal(description="") -> Obj:
    """`New signal({description})` = `4D.Signal.new({description})`: a shared object."""
    return SIGNAL_CLASS.new(description)
