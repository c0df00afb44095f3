"""Built-in 4D commands, one module per theme. Importing this package registers them all in
runtime.commands.registry (process_cmds.py also registers the TCP classes)."""
from __future__ import annotations

from . import registry                      # noqa: F401
from .. import collections                  # noqa: F401  (fills objects.COLLECTION_METHODS)
from . import text, math, datetime, types_cmds, output, arrays_cmds, objects_cmds, json_cmds, \
    blob_cmds, errors_cmds, process_cmds, resources, system  # noqa: F401
from . import files_cmds  # noqa: F401  (File, Folder; registers 4D.File/4D.Folder)
from . import xml_dom  # noqa: F401  (XML DOM commands, XML SET/GET OPTIONS)
from . import project_cmds  # noqa: F401  (commands reaching the running project)
from . import transactions, orda_cmds  # noqa: F401  (the database: runtime/db)
from . import environment  # noqa: F401  (database parameters, Application/System info)
