"""Built-in 4D commands, one module per theme. Importing this package registers them all in
runtime.commands.registry. Theme modules written by others (errors, process/TCP) are imported
when present, so this package works while they are being written."""
from __future__ import annotations

import importlib

from . import registry                      # noqa: F401
from .. import collections                  # noqa: F401  (fills objects.COLLECTION_METHODS)
from . import text, math, datetime, types_cmds, output, arrays, objects_cmds, json_cmds, \
    blob  # noqa: F401

_OPTIONAL = ("errors_cmds", "process", "tcp")


def _import_optional(name):
    try:
        return importlib.import_module(f"{__name__}.{name}")
    except ModuleNotFoundError as e:        # only "this module does not exist yet"
        if e.name != f"{__name__}.{name}":
            raise
        return None


for _name in _OPTIONAL:
    globals()[_name] = _import_optional(_name)
