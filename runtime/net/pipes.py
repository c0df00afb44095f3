"""External processes' mechanics (LAUNCH EXTERNAL PROCESS, 4D.SystemWorker): command lines."""
from __future__ import annotations

import shlex
import sys


def split_command_line(line: str) -> list[str]:
    """The argv of a command line as 4D takes it (a shell's quoting rules on POSIX)."""
    if sys.platform.startswith("win"):
        return [line]                  # Windows parses its own command lines
    return shlex.split(line)
