"""Transactions (theme Transactions) without a database: START / VALIDATE / CANCEL
TRANSACTION, In transaction, Transaction level, SUSPEND / RESUME TRANSACTION, Active
transaction.

Decisions:
* Each 4D process has its own transaction stack (docs: "the current process"); nesting is
  counted. With no data file (`--dataless`, a lone script) there is nothing to commit or roll
  back, so the commands only keep the count, which is what test frameworks that wrap each test
  in a transaction observe.
* VALIDATE TRANSACTION sets OK to 1 when it closes a level, 0 when there is no transaction
  (nothing was validated); CANCEL TRANSACTION outside a transaction does nothing. Neither
  raises an error.
* A suspended transaction still counts in `In transaction` and `Transaction level`;
  `Active transaction` is False while the innermost level is suspended; a transaction started
  while another is suspended is active (docs: "Suspending transactions").

The whole per-process state lives in `TransactionState` and `state()` below, and nowhere
else: the database layer (runtime/db/) takes it over by keeping its connection's savepoints
on the same object (or by replacing `state()`).
"""
from __future__ import annotations

import weakref

from .. import process as _process
from .output import set_ok
from .registry import command


class TransactionState:
    """One process's transactions, outermost first: True where that level is suspended."""
    __slots__ = ("levels", "__weakref__")

    def __init__(self):
        self.levels: list[bool] = []

    @property
    def level(self) -> int:
        return len(self.levels)


_states: "weakref.WeakKeyDictionary[object, TransactionState]" = weakref.WeakKeyDictionary()


def state() -> TransactionState:
    """The current process's transaction state (created on first use, gone with the process)."""
    proc = _process.current_process()
    st = _states.get(proc)
    if st is None or proc.ended:
        st = _states[proc] = TransactionState()
    return st


@command("START TRANSACTION", 239, procedure=True)
def start_transaction():
    state().levels.append(False)


@command("VALIDATE TRANSACTION", 240, procedure=True)
def validate_transaction():
    levels = state().levels
    if not levels:
        set_ok(0)
        return
    levels.pop()
    set_ok(1)


@command("CANCEL TRANSACTION", 241, procedure=True)
def cancel_transaction():
    levels = state().levels
    if levels:
        levels.pop()


@command("In transaction", 397)
def in_transaction():
    return bool(state().levels)


@command("Transaction level", 961)
def transaction_level():
    return state().level


@command("SUSPEND TRANSACTION", 1385, procedure=True)
def suspend_transaction():
    levels = state().levels
    if levels:
        levels[-1] = True


@command("RESUME TRANSACTION", 1386, procedure=True)
def resume_transaction():
    levels = state().levels
    if levels:
        levels[-1] = False


@command("Active transaction", 1387)
def active_transaction():
    levels = state().levels
    return bool(levels) and not levels[-1]
