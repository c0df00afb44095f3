"""Transactions (theme Transactions): START / VALIDATE / CANCEL TRANSACTION, In transaction,
Transaction level, SUSPEND / RESUME TRANSACTION, Active transaction — the same levels as
`ds.startTransaction()` & co., kept per process by runtime/db/session.py.

Decisions:
* VALIDATE TRANSACTION sets OK to 1 when it closes a level, 0 when there is no transaction;
  CANCEL TRANSACTION outside a transaction does nothing. Neither raises an error.
* With no data (no table in the structure, `--dataless`, a lone script) the levels are only
  counted, which is what test frameworks wrapping each test in a transaction observe.
* A suspended transaction still counts in `In transaction` and `Transaction level`;
  `Active transaction` is False while the innermost level is suspended; a transaction started
  while another is suspended is active (docs: "Suspending transactions").
"""
from __future__ import annotations

from .output import set_ok
from .registry import command


def _session():
    from ..db.session import session
    return session()


@command("START TRANSACTION", 239, procedure=True)
def start_transaction():
    _session().start()


@command("VALIDATE TRANSACTION", 240, procedure=True)
def validate_transaction():
    set_ok(1 if _session().validate() else 0)


@command("CANCEL TRANSACTION", 241, procedure=True)
def cancel_transaction():
    _session().cancel()


@command("In transaction", 397)
def in_transaction():
    return bool(_session().levels)


@command("Transaction level", 961)
def transaction_level():
    return _session().level


@command("SUSPEND TRANSACTION", 1385, procedure=True)
def suspend_transaction():
    levels = _session().levels
    if levels:
        levels[-1] = True


@command("RESUME TRANSACTION", 1386, procedure=True)
def resume_transaction():
    levels = _session().levels
    if levels:
        levels[-1] = False


@command("Active transaction", 1387)
def active_transaction():
    levels = _session().levels
    return bool(levels) and not levels[-1]
