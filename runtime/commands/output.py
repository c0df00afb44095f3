"""Output, debugging and misc commands (language.md §11.7, §12.7, §15): ALERT, LOG EVENT,
CONFIRM, Request, TRACE, BEEP, ASSERT, Asserted, Choose — and the `OK` variable hook."""
from __future__ import annotations

import sys
import threading

from ..errors import FourDError, ERR_ASSERT, ERR_TYPE_MISMATCH, ERR_PARAM_COUNT
from ..formatting import string_of
from ..process import process_vars
from ..text16 import well_formed
from ..values import value_type, default_of_type, type_name
from .registry import command
from ._args import int_arg, is_star, put

# ---------------------------------------------------------------- the OK system variable
def set_ok(value):
    """Set `OK` of the current process (a process variable, folded name "ok")."""
    process_vars()["ok"] = int(value)


def get_ok() -> int:
    return process_vars().get("ok", 1)


# ---------------------------------------------------------------- output
_out_lock = threading.Lock()


def write_line(text: str, stream=None):
    """One line on stdout (or `stream`), flushed (language.md §15)."""
    write_text(text + "\n", stream)


def write_text(text: str, stream=None):
    """`text` exactly as given on stdout (or `stream`), flushed."""
    stream = stream or sys.stdout
    with _out_lock:
        try:
            try:
                stream.write(text)
            except UnicodeEncodeError:     # a lone surrogate: half of 😀 (runtime/text16.py)
                stream.write(well_formed(text))
            stream.flush()
        except BrokenPipeError:
            # the reader went away (`fourd run x.4dm | head -1`): stop quietly, as a Unix
            # tool killed by SIGPIPE would, instead of reporting an error
            import os
            from ..process import quit_4d
            devnull = open(os.devnull, "w")
            os.dup2(devnull.fileno(), stream.fileno())
            quit_4d()


def _as_text(v):
    return v if type(v) is str else string_of(v)


@command("ALERT", 41, procedure=True)
def alert(message="", *_):
    write_line(_as_text(message))


INTO_WINDOWS_LOG_EVENTS, INTO_4D_DEBUG_MESSAGE, INTO_4D_REQUEST_LOG = 0, 1, 2
INTO_4D_COMMANDS_LOG, INTO_4D_DIAGNOSTIC_LOG, INTO_SYSTEM_STANDARD_OUTPUTS = 3, 5, 6
INFORMATION_MESSAGE, WARNING_MESSAGE, ERROR_MESSAGE = 0, 1, 2


@command("LOG EVENT", 667, procedure=True)
def log_event(*args):
    """`LOG EVENT({outputType;} message {; importance})`: type 6 → stdout (stderr for
    Error message), the message exactly as given, no newline added (language.md §15: real
    code ends its lines itself); the other outputs (4D logs, Windows events) are log
    entries, one line each on stderr."""
    if not args:
        raise FourDError(ERR_PARAM_COUNT, "LOG EVENT: a message is expected")
    if type(args[0]) is str:
        output, message, rest = INTO_WINDOWS_LOG_EVENTS, args[0], args[1:]
    else:
        if len(args) < 2:
            raise FourDError(ERR_PARAM_COUNT, "LOG EVENT: a message is expected")
        output, message, rest = int_arg(args[0], "LOG EVENT"), args[1], args[2:]
    importance = int_arg(rest[0], "LOG EVENT") if rest else INFORMATION_MESSAGE
    text = _as_text(message)
    if output == INTO_SYSTEM_STANDARD_OUTPUTS:
        write_text(text, sys.stderr if importance == ERROR_MESSAGE else sys.stdout)
    else:
        write_line(text, sys.stderr)


@command("TRACE", 157, procedure=True)
def trace(*_):
    """Opens the debugger in 4D: no-op here."""


@command("BEEP", 151, procedure=True)
def beep(*_):
    """No-op."""


def _read_answer(prompt: str):
    write_line(prompt)
    line = sys.stdin.readline()
    if line == "":
        return None
    return line.rstrip("\r\n")


@command("CONFIRM", 162, procedure=True)
def confirm(message="", *_):
    """Prompt on stdout, answer on stdin: OK=1 on a non-empty answer, else (or EOF) OK=0."""
    answer = _read_answer(_as_text(message))
    set_ok(1 if answer else 0)


@command("Request", 163)
def request(message="", default="", *_):
    answer = _read_answer(_as_text(message))
    if not answer:
        set_ok(0)
        return ""
    set_ok(1)
    return answer


# ---------------------------------------------------------------- assertions (§11.7)
_assert_enabled = True


@command("SET ASSERT ENABLED", 1131, procedure=True)
def set_assert_enabled(enabled=True, *_):
    global _assert_enabled
    _assert_enabled = bool(enabled)


@command("Get assert enabled", 1130)
def get_assert_enabled():
    return _assert_enabled


def _assert_message(message, source):
    if message is not None and message != "":
        return f"Assert failed: {_as_text(message)}"
    if source:
        return f"Assert failed: {source}"
    return "Assert failed"


def _check_bool(b, cmd):
    if b is None:
        return False
    if type(b) is not bool:
        raise FourDError(ERR_TYPE_MISMATCH, f"{cmd}: Boolean expected, got {type_name(b)}")
    return b


@command("ASSERT", 1129, procedure=True, source_arg=0, guard=get_assert_enabled)
def assert_(condition=None, message=None, *, _source=None):
    """False → error -10518 "Assert failed: <message or expression text>"; `_source` is the
    text of the condition. When asserts are disabled nothing is evaluated (the guard)."""
    if not _assert_enabled:
        return
    if not _check_bool(condition, "ASSERT"):
        raise FourDError(ERR_ASSERT, _assert_message(message, _source))


@command("Asserted", 1132, source_arg=0)
def asserted(condition=None, message=None, *, _source=None):
    ok = _check_bool(condition, "Asserted")
    if _assert_enabled and not ok:
        raise FourDError(ERR_ASSERT, _assert_message(message, _source))
    return ok


# ---------------------------------------------------------------- Choose (§12.7)
@command("Choose", 955)
def choose(criterion=None, *values):
    """Boolean criterion: True → value1, False → value2. Numeric: 0-based position; out of
    range → the empty value of the values' type."""
    if not values:
        raise FourDError(ERR_PARAM_COUNT, "Choose: at least one value is expected")
    if type(criterion) is bool:
        i = 0 if criterion else 1
    elif criterion is None:
        i = 1
    else:
        i = int_arg(criterion, "Choose")
    if 0 <= i < len(values):
        return values[i]
    return default_of_type(value_type(values[0]))


# ---------------------------------------------------------------- environment (§12.7)
@command("Is Windows", 1573)
def is_windows():
    return sys.platform.startswith("win")


@command("Is macOS", 1572)
def is_macos():
    return sys.platform == "darwin"


@command("Is compiled mode", 492)
def is_compiled_mode(*_):
    return False


# fourd runs the language of 4D 21 (final, no R release, no bug-fix number), in local mode
_VERSION = "2100"


@command("Application version", 493, refs=(0,))
def application_version(*args):
    """"2100"; with `*` the long form "F0002100" (4d/docs application-version.md); the build
    number parameter receives 0 (fourd has no 4D build)."""
    if args and not is_star(args[0]):
        put(args[0], 0)
    return "F000" + _VERSION if any(is_star(a) for a in args) else _VERSION


@command("Application type", 494)
def application_type():
    """6 (tool4d) when started with tool4d's command line, else 0 (4D Local mode)."""
    from ..launch import options
    return 6 if options().tool4d else 0


# GET SYSTEM FORMAT: the formats fourd uses everywhere (US conventions, "." decimal point)
_SYSTEM_FORMATS = {
    0: ".", 1: ",", 2: "$", 13: "/", 14: ":", 15: "2", 16: "1", 17: "3",
    6: "MM/dd/yyyy", 7: "MMM d, yyyy", 8: "EEEE, MMMM d, yyyy",
    3: "HH:mm", 4: "HH:mm:ss", 5: "HH:mm:ss", 18: "AM", 19: "PM",
}


@command("GET SYSTEM FORMAT", 994, refs=(1,), procedure=True)
def get_system_format(fmt=0, value_ref=None):
    put(value_ref, _SYSTEM_FORMATS.get(int_arg(fmt, "GET SYSTEM FORMAT"), ""))
