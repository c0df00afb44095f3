"""`ds` and the ORDA commands (docs: commands/ds.md, Create entity selection,
USE ENTITY SELECTION live in classic.py with the current selections)."""
from __future__ import annotations

from .registry import command


@command("ds", 1482)
def ds(local_id=None):
    return _datastore()


def _datastore():
    """runtime.db.orda.datastore(), imported on first use (not at start-up); the function
    then takes this one's place, so that `ds` costs one call."""
    global _datastore
    from ..db.orda import datastore
    _datastore = datastore
    return datastore()
