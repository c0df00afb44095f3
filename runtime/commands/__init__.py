"""Built-in 4D commands, one module per theme. Importing this package registers them in
runtime.commands.registry (process_cmds.py also registers the TCP classes); the themes of
registry.LAZY_MODULES register on first use."""
from __future__ import annotations

from . import registry                      # noqa: F401
from .. import collections                  # noqa: F401  (fills objects.COLLECTION_METHODS)
from . import text, math, datetime, types_cmds, output, arrays_cmds, objects_cmds, json_cmds, \
    blob_cmds, errors_cmds  # noqa: F401
# loaded on first use of one of their commands (registry.LAZY_MODULES): xml_dom (XML DOM),
# resources, environment (database parameters, Application/System info), project_cmds
# (commands reaching the running project), transactions and orda_cmds (the database),
# records, selections, queries, sets and structure_access (the classic database commands),
# documents (System Documents), headless_ui (UI commands without a screen),
# files_cmds (File, Folder), system (LAUNCH EXTERNAL PROCESS, 4D.SystemWorker), process_cmds
# (processes, workers; 4D.TCPListener/TCPConnection)
