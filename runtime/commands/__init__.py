"""Built-in 4D commands, one module per theme, registered in runtime.commands.registry when
first named: every theme is in registry.LAZY_MODULES (the index runtime/lazy_index.py says
which module registers each name and token), so importing this package imports none of them
(start-up time). The collection functions are not commands: runtime/collections.py fills
objects.COLLECTION_METHODS when imported, here.

Themes: text, math, datetime, types_cmds (Language), output (ALERT, LOG EVENT…),
arrays_cmds, objects_cmds, json_cmds, blob_cmds, errors_cmds; xml_dom (XML DOM), resources,
environment (database parameters, Application/System info), project_cmds (commands reaching
the running project), transactions and orda_cmds (the database), records, selections,
queries, sets and structure_access (the classic database commands), documents (System
Documents), headless_ui (UI commands without a screen), files_cmds (File, Folder), system
(LAUNCH EXTERNAL PROCESS, 4D.SystemWorker), process_cmds (processes, workers;
4D.TCPListener/TCPConnection)."""
from __future__ import annotations

from . import registry                      # noqa: F401
from .. import collections                  # noqa: F401  (fills objects.COLLECTION_METHODS)
