"""External processes (theme Tools): SET ENVIRONMENT VARIABLE (C812), LAUNCH EXTERNAL PROCESS
(C811), after 4d/docs commands-legacy/launch-external-process.md.

The variables set with SET ENVIRONMENT VARIABLE apply to the next LAUNCH EXTERNAL PROCESS of
the same 4D process, then are forgotten; the `_4D_OPTION_…` ones are options, not variables:
CURRENT_DIRECTORY (working folder), BLOCKING_EXTERNAL_PROCESS ("false": do not wait, no
streams back), HIDE_CONSOLE (Windows only: nothing to do here).
"""
from __future__ import annotations

import os
import subprocess

from .. import process as _process
from ..classes import systemworker as _systemworker  # noqa: F401  (registers 4D.SystemWorker)
from ..errors import FourDError, ERR_PARAM_COUNT
from ..net.pipes import split_command_line
from ..values import Blob4D
from ._args import deref, put, text_arg
from .blob_cmds import blob_bytes
from .output import set_ok
from .registry import command

_pending_env: dict[int, dict[str, str]] = {}     # 4D process number -> variables for next launch


@command("SET ENVIRONMENT VARIABLE", 812, procedure=True)
def set_environment_variable(name=None, value=None):
    if name is None or value is None:
        raise FourDError(ERR_PARAM_COUNT, "SET ENVIRONMENT VARIABLE: expected (name; value)")
    variables = _pending_env.setdefault(_process.current_process().number, {})
    variables[text_arg(name, "SET ENVIRONMENT VARIABLE")] = \
        text_arg(value, "SET ENVIRONMENT VARIABLE")


def _stream_value(target, data: bytes):
    """What an output stream variable receives: a Blob variable gets the bytes, anything
    else the text (UTF-8)."""
    current = deref(target)
    if type(current) is bytearray or type(current) is Blob4D:
        return bytearray(data)
    return data.decode("utf-8", errors="replace")


@command("LAUNCH EXTERNAL PROCESS", 811, refs=(1, 2, 3, 4), procedure=True)
def launch_external_process(file_name=None, *streams):
    if file_name is None:
        raise FourDError(ERR_PARAM_COUNT, "LAUNCH EXTERNAL PROCESS: expected (fileName …)")
    line = text_arg(file_name, "LAUNCH EXTERNAL PROCESS")
    streams = list(streams)
    pid_ref = None
    # the pid comes last and is a number: `LAUNCH EXTERNAL PROCESS("tasklist"; $pid)`
    if streams and isinstance(deref(streams[-1]), (int, float)) and \
            not isinstance(deref(streams[-1]), bool):
        pid_ref = streams.pop()
    stdin_value = deref(streams[0]) if streams else None
    variables = _pending_env.pop(_process.current_process().number, {})
    options = {k: variables.pop(k) for k in list(variables) if k.startswith("_4D_OPTION_")}
    blocking = options.get("_4D_OPTION_BLOCKING_EXTERNAL_PROCESS", "").lower() != "false"
    cwd = options.get("_4D_OPTION_CURRENT_DIRECTORY") or None
    if isinstance(stdin_value, str):
        stdin_data = stdin_value.encode("utf-8")
    elif stdin_value is None:
        stdin_data = b""
    else:
        stdin_data = bytes(blob_bytes(stdin_value, "LAUNCH EXTERNAL PROCESS"))
    argv = split_command_line(line)
    if not argv or not argv[0]:
        set_ok(0)
        return
    try:
        child = subprocess.Popen(argv, cwd=cwd, env={**os.environ, **variables},
                                 stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE if blocking else subprocess.DEVNULL,
                                 stderr=subprocess.PIPE if blocking else subprocess.DEVNULL)
    except (OSError, ValueError):        # not found, not executable, unbalanced quotes
        set_ok(0)
        return
    if pid_ref is not None:
        put(pid_ref, child.pid)
    if blocking:
        out, err = child.communicate(stdin_data)
        for target, data in zip(streams[1:3], (out, err)):
            put(target, _stream_value(target, data))
    else:
        try:
            child.stdin.write(stdin_data)
            child.stdin.close()
        except OSError:
            pass
    set_ok(1)
