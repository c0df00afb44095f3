"""Process commands (language.md §10): workers, processes, Storage. (New shared object and
New shared collection live in objects_cmds.)"""
from __future__ import annotations

from .. import process as _process
from ..classes import tcp as _tcp  # noqa: F401  (registers 4D.TCPListener/TCPConnection/TCPEvent)
from ..classes import signal as _signal  # noqa: F401  (registers 4D.Signal)
from ..errors import FourDError, ERR_PARAM_COUNT, ERR_TYPE_MISMATCH
from ..function import Function4D
from ..values import NULL, Star, type_name
from ._args import deref, put
from .registry import command


def _number(value, what: str) -> int:
    t = type(value)
    if t is bool or not isinstance(value, (int, float)):
        raise FourDError(ERR_TYPE_MISMATCH, f"{what}: expected a Number, not {type_name(value)}")
    return int(value)


def _process_target(value, what: str):
    """A process name (Text) or number."""
    if isinstance(value, str):
        return value
    return _number(value, what)


@command("CALL WORKER", 1389, procedure=True)
def call_worker(process=None, formula=None, *params):
    if process is None or formula is None:
        raise FourDError(ERR_PARAM_COUNT, "CALL WORKER: expected (process; formula {; param…})")
    target = _process_target(process, "CALL WORKER")
    if not isinstance(formula, str) and not isinstance(formula, Function4D):
        raise FourDError(ERR_TYPE_MISMATCH, "CALL WORKER: the formula must be a Formula object "
                                            f"or a method name, not {type_name(formula)}")
    _process.call_worker(target, formula, params)


@command("KILL WORKER", 1390, procedure=True)
def kill_worker(process=None):
    _process.kill_worker(None if process is None else _process_target(process, "KILL WORKER"))


@command("New process", 317)
def new_process(method=None, stack=None, *rest):
    if method is None or stack is None:
        raise FourDError(ERR_PARAM_COUNT, "New process: expected (method; stack {; name "
                                          "{; param…}} {; *})")
    star = bool(rest) and isinstance(rest[-1], Star)
    if star:
        rest = rest[:-1]
    name = ""
    if rest:
        name = rest[0]
        if not isinstance(name, str):
            raise FourDError(ERR_TYPE_MISMATCH, "New process: the process name must be a Text")
        rest = rest[1:]
    _number(stack, "New process")
    return _process.new_process(method, stack, name, rest, star)


@command("Current process", 322)
def current_process():
    return _process.current_process().number


@command("Current process name", 1392)
def current_process_name():
    return _process.current_process().name


@command("DELAY PROCESS", 323, procedure=True)
def delay_process(process=None, duration=None):
    if process is None or duration is None:
        raise FourDError(ERR_PARAM_COUNT, "DELAY PROCESS: expected (process; duration)")
    t = type(duration)
    if t is bool or not isinstance(duration, (int, float)):
        raise FourDError(ERR_TYPE_MISMATCH, "DELAY PROCESS: the duration must be a Number")
    _process.delay_process(_number(process, "DELAY PROCESS"), float(duration))


@command("Process state", 330)
def process_state(process=None):
    if process is None:
        raise FourDError(ERR_PARAM_COUNT, "Process state: expected (process)")
    return _process.process_state(_number(process, "Process state"))


@command("Process info", 1843)
def process_info(process=None):
    if process is None:
        raise FourDError(ERR_PARAM_COUNT, "Process info: expected (process)")
    info = _process.process_info(_number(process, "Process info"))
    return NULL if info is None else info


@command("PROCESS PROPERTIES", 336, refs=(1, 2, 3, 4, 5, 6), procedure=True)
def process_properties(process=None, name=None, state=None, ticks=None, mode=None,
                       unique_id=None, origin=None):
    """Name, state, CPU time in ticks, mode (Boolean: visible; Integer: bit 0 visible, bit 1
    preemptive), unique ID, origin (process type); a process that does not run leaves the
    variables unchanged (4d/docs commands-legacy/process-properties.md)."""
    if process is None:
        raise FourDError(ERR_PARAM_COUNT, "PROCESS PROPERTIES: expected (process; name; state; time…)")
    info = _process.process_info(_number(process, "PROCESS PROPERTIES"))
    if info is None:
        return
    put(name, info["name"])
    put(state, info["state"])
    put(ticks, int(info["cpuTime"] * 60))
    if mode is not None:
        put(mode, info["visible"] if type(deref(mode)) is bool
            else int(info["visible"]) | int(info["preemptive"]) << 1)
    put(unique_id, info["ID"])
    put(origin, info["type"])


@command("Process activity", 1495)
def process_activity(*_ignored):
    """sessionID and options are ignored outside 4D Server (4d/docs process-activity.md)."""
    return _process.process_activity()


@command("Process number", 372)
def process_number(name=None, *rest):
    if not isinstance(name, str):
        raise FourDError(ERR_TYPE_MISMATCH, "Process number: the process name must be a Text")
    return _process.process_number(name)


@command("New signal", 1641)
def new_signal(description=""):
    """New signal {(description)} -> a 4D.Signal (runtime/classes/signal.py)."""
    from ..classes.signal import new_signal as make
    return make(description)


@command("Storage", 1525)
def storage():
    return _process.storage
