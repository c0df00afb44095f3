"""`ds` and the ORDA commands (docs: commands/ds.md, Create entity selection,
USE ENTITY SELECTION live in classic.py with the current selections)."""
from __future__ import annotations

from .registry import command


@command("ds", 1482)
def ds(local_id=None):
    from ..db.orda import datastore
    return datastore()
