"""Built-in 4D commands, one module per theme. Importing this package registers them all in
runtime.commands.registry (the process/TCP theme is optional while it is being written)."""
from __future__ import annotations

from . import registry                      # noqa: F401
from .. import collections                  # noqa: F401  (fills objects.COLLECTION_METHODS)
from . import text, math, datetime, types_cmds, output, arrays, objects_cmds, json_cmds, \
    blob  # noqa: F401

try:
    from . import process                   # noqa: F401
except ImportError:                         # pragma: no cover - module not written yet
    process = None
