"""`ds` and the ORDA commands (docs: commands/ds.md, Create entity selection,
USE ENTITY SELECTION live in classic.py with the current selections)."""
from __future__ import annotations

import functools

from .registry import command


@command("ds", 1482)
def ds(local_id=None):
    return _orda().datastore()


@functools.cache
def _orda():
    """runtime.db.orda, imported on first use: not at start-up, not at each call."""
    from ..db import orda
    return orda
