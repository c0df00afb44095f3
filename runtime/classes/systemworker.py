"""`4D.SystemWorker` (4d/docs API/SystemWorkerClass.md): an external process run
asynchronously, its output delivered to callbacks of the process that created it.

Same model as the TCP classes (runtime/classes/asynchronous.py): the child and its pipes are
runtime/net/pipes.py's ChildProcess, watched by the owner process's event loop; every chunk
of output becomes an event queued on the owner process, which runs the callbacks outside its
loop, with `This` = the options object, looked up by name at event time. The worker is
adopted by its process (internal reference) until onTerminate has run.

Decisions where the documentation is silent or contradicts itself (fourd's own):
* A command that cannot be launched (not found, not executable, bad currentDirectory,
  unbalanced quotes, empty command line) does not throw: `new()` returns the worker with
  `.terminated` True, `.pid` 0, `.exitCode` undefined and one element in `.errors`, then
  onError and onTerminate run (the "null if process not started" of the parameter table is
  not followed: `.errors` and onError would be unreachable). Wrong parameter types (a
  commandLine that is not Text, options that are not an Object, an unknown dataType or
  encoding, a currentDirectory that is not a 4D.Folder) throw an error.
* `.errors` is undefined until an error occurs (current docs), then a collection of
  {errorCode, message, componentSignature: "4DSW"}; errorCode is the system errno
  (ENOENT when the executable is not found, ETIMEDOUT for the timeout, EINVAL for an
  unusable command line).
* End of the external process: when it exits, what it wrote before exiting is read to the
  end, then the pipes are closed (output written later by its own children is not waited
  for). Sequence: onData/onDataError (in arrival order), then onError (an error was
  recorded) or onResponse (otherwise), then onTerminate; `.terminated`, `.exitCode` are set
  just before that final sequence. `.response`/`.responseError` grow as data is delivered.
* `timeout` option: the process is killed (SIGKILL) `timeout` seconds after its launch if it
  is still alive, whether or not the 4D process dispatches events (0 kills at once; a
  negative value or a non-number means no timeout); a process killed that way records an
  error (onError instead of onResponse). `.timeout` is the option's value (undefined when
  none).
* `terminate()` kills the process (SIGKILL) and returns at once; it is not an error: the
  final sequence is onResponse then onTerminate, `.exitCode` undefined (killed). A no-op
  once the process has ended.
* `wait({timeout})` returns the worker; a timeout <= 0 or omitted waits until onTerminate
  has run (as TCPConnection.wait, tcp.md decision 1).
* `postMessage()` encodes Text in the worker's encoding (UTF-8 for dataType "blob"); after
  `closeInput()`, once the process has ended or once it has closed its input, messages are
  dropped silently.
* dataType "blob": onData/onDataError receive 4D.Blob data, `.response` is a 4D.Blob and
  `.responseError` stays Text (UTF-8). dataType "text": text decoded with `encoding`
  (incrementally: a character split between two reads is not damaged).
* `variables` are added to the inherited environment (not a replacement: the executable is
  found through PATH); Text, numbers, booleans, dates and times are converted with
  String(); other values, and values containing "=" (documented as invalid), are skipped.
* `hideWindow` (Windows only, read-write) is kept and shown; it changes nothing here.
* When the owner process ends (classic process method returned, KILL WORKER, QUIT 4D) the
  worker is abandoned without callbacks: fourd stops reading its output and closes its
  input; the external process is not killed (its `timeout` still applies). On
  SIGINT/SIGTERM it is terminated with callbacks.
"""
from __future__ import annotations

import codecs
import errno
import os

from ..charsets import codec_for
from ..net.pipes import ChildProcess, split_command_line
from ..errors import FourDError, ERR_PARAM_COUNT, ERR_TYPE_MISMATCH
from ..formatting import string_of
from ..process import current_process
from ..values import NULL, Blob4D, Coll, Date4D, Obj, Time4D, type_name
from ..builtin import BuiltinObject, builtin_class
from .asynchronous import AsyncObject, is_number, options_argument, timeout_argument


ERROR_SIGNATURE = "4DSW"        # componentSignature of SystemWorker errors (decision)

RUNNING, ENDED, DEAD = range(3)


def _error_object(code: int, message: str) -> Obj:
    err = Obj()
    err["errorCode"] = code
    err["message"] = message
    err["componentSignature"] = ERROR_SIGNATURE
    return err


class _Event:
    """A queued delivery: `fn(worker, payload)` run by the owner process."""
    __slots__ = ("fn", "worker", "payload")

    def __init__(self, fn, worker, payload=None):
        self.fn, self.worker, self.payload = fn, worker, payload

    def __call__(self):
        self.fn(self.worker, self.payload)


# -- options ---------------------------------------------------------------------------


def _text_option(options, name, default, what):
    value = options.get(name) if options is not None else None
    if value is None or value is NULL:
        return default
    if type(value) is not str:
        raise FourDError(ERR_TYPE_MISMATCH, f"{what}: the {name} option must be a Text, "
                                            f"not {type_name(value)}")
    return value


def _data_type(options, what):
    value = _text_option(options, "dataType", "text", what)
    lowered = value.lower()
    if lowered not in ("text", "blob"):
        raise FourDError(ERR_TYPE_MISMATCH, f"{what}: dataType must be \"text\" or \"blob\", "
                                            f"not {value!r}")
    return lowered


def _codec(encoding, what):
    codec = codec_for(encoding)
    if codec is None:
        raise FourDError(ERR_TYPE_MISMATCH, f"{what}: the encoding is not supported "
                                            f"({encoding})")
    return codec


def _directory(options, what):
    value = options.get("currentDirectory") if options is not None else None
    if value is None or value is NULL:
        return None
    if not (isinstance(value, BuiltinObject) and value.class_name == "Folder"):
        raise FourDError(ERR_TYPE_MISMATCH, f"{what}: currentDirectory must be a 4D.Folder, "
                                            f"not {type_name(value)}")
    return value


def _environment(options):
    env = dict(os.environ)
    variables = options.get("variables") if options is not None else None
    if isinstance(variables, Obj):
        for name, value in variables.items():
            if type(value) in (str, int, float, bool, Date4D, Time4D):
                text = string_of(value)
                if "=" not in text and "=" not in name and "\0" not in text + name:
                    env[name] = text
    return env


def _timeout(options):
    value = options.get("timeout") if options is not None else None
    if is_number(value) and value >= 0:
        return value
    return None


# --------------------------------------------------------------------------------------


@builtin_class("SystemWorker")
class SystemWorker(AsyncObject):
    """An external process launched by `4D.SystemWorker.new()`."""
    props_4d = {"commandLine": "commandLine", "currentDirectory": "currentDirectory",
                "dataType": "dataType", "encoding": "encoding", "errors": "errors",
                "exitCode": "exitCode", "hideWindow": "hideWindow", "pid": "pid",
                "response": "response", "responseError": "responseError",
                "terminated": "terminated", "timeout": "timeout"}
    methods_4d = {"closeInput": "closeInput", "postMessage": "postMessage",
                  "terminate": "terminate", "wait": "wait"}
    writable_4d = frozenset({"hideWindow"})     # read-write (documented)
    callback_label = "SystemWorker"

    def __init__(self, proc, options, command_line):
        super().__init__(proc, options)
        self._state = RUNNING
        self.commandLine = command_line
        self.currentDirectory = None
        self.dataType = "text"
        self.encoding = "UTF-8"
        self._codec = "utf-8"
        self._hide_window = True
        self.timeout = None
        self.pid = 0
        self.exitCode = None
        self.terminated = False
        self.errors = None
        self.responseError = ""
        self._out = None            # str (text) or bytearray (blob)
        self._error_decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._child = None          # net.pipes.ChildProcess once launched
        self._decoders = {}         # text mode: is_stderr -> incremental decoder
        self._done = False          # onTerminate has run (or the worker was abandoned)

    def __repr__(self):
        return f"<4D.SystemWorker {self.commandLine!r} pid={self.pid} state={self._state}>"

    # -- 4D API -------------------------------------------------------------------------

    @classmethod
    def new_4d(cls, *args):
        """`4D.SystemWorker.new(commandLine {; options})`."""
        what = "4D.SystemWorker.new"
        if len(args) < 1 or len(args) > 2:
            raise FourDError(ERR_PARAM_COUNT, f"{what}: expected (commandLine {{; options}})")
        line = args[0]
        if type(line) is not str:
            raise FourDError(ERR_TYPE_MISMATCH, f"{what}: the command line must be a Text, "
                                                f"not {type_name(line)}")
        options = options_argument(args, 1, what)
        proc = current_process()
        worker = cls(proc, options, line)
        worker.dataType = _data_type(options, what)
        if worker.dataType == "text":
            worker.encoding = _text_option(options, "encoding", "UTF-8", what)
            worker._codec = _codec(worker.encoding, what)
            worker._out = ""
        else:
            worker.encoding = None
            worker._out = bytearray()
        worker.currentDirectory = _directory(options, what)
        if options is not None and isinstance(options.get("hideWindow"), bool):
            worker.hideWindow = options.get("hideWindow")
        worker.timeout = _timeout(options)
        env = _environment(options)
        worker._adopt()
        try:
            worker._launch(env)
        except BaseException:  # pragma: no cover - defensive: never leave it adopted
            worker._abandon()
            worker._release()
            raise
        return worker

    @property
    def hideWindow(self):
        return self._hide_window

    @hideWindow.setter
    def hideWindow(self, value):
        if type(value) is not bool:
            raise FourDError(ERR_TYPE_MISMATCH, "SystemWorker.hideWindow: a Boolean is "
                                                f"expected, not {type_name(value)}")
        self._hide_window = value

    @property
    def response(self):
        out = self._out
        return out if type(out) is str else Blob4D(out)

    def postMessage(self, *args):
        """`.postMessage(message : Text)` / `.postMessage(messageBLOB : Blob)`: write on the
        process's stdin."""
        if len(args) != 1:
            raise FourDError(ERR_PARAM_COUNT, "SystemWorker.postMessage: expected one Text or "
                                              "Blob parameter")
        message = args[0]
        t = type(message)
        if t is str:
            payload = message.encode(self._codec, errors="replace")
        elif t is bytearray or t is bytes:
            payload = bytes(message)    # the scalar blob may change after the call
        elif isinstance(message, Blob4D):
            payload = message.data
        else:
            raise FourDError(ERR_TYPE_MISMATCH, "SystemWorker.postMessage: the message must be a "
                                                f"Text or a Blob, not {type_name(message)}")
        if payload:
            self._in_owner(self._write, payload)
        return None

    def closeInput(self, *args):
        """`.closeInput()`: close the process's stdin (after what is still queued)."""
        self._in_owner(self._close_input)
        return None

    def terminate(self, *args):
        """`.terminate()`: kill the external process; returns at once (the end is delivered
        as usual: onResponse, onTerminate)."""
        if self._child is not None and self._state == RUNNING:
            self._child.kill()
        return None

    def wait(self, *args):
        """`.wait({timeout})` → this worker: dispatch the process's events until onTerminate
        has run or `timeout` seconds have passed (<= 0 or omitted: no timeout)."""
        self._wait_until_over(timeout_argument(args, "SystemWorker.wait"))
        return self

    def _is_over(self):
        return self._done

    # -- launching ----------------------------------------------------------------------

    def _launch(self, env):
        line = self.commandLine
        folder = self.currentDirectory
        cwd = folder.platformPath if folder is not None else None
        try:
            argv = split_command_line(line)
            if not argv or not argv[0]:
                raise ValueError("empty command line")
            self._child = ChildProcess(self, self._loop, argv, cwd, env, self.timeout)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            where = f" (in {cwd})" if cwd and exc.filename == cwd else ""
            self._fail(exc.errno or errno.EIO, f"cannot launch \"{line}\": {reason}{where}")
            return
        except ValueError as exc:   # unbalanced quotes, empty line, NUL character
            self._fail(errno.EINVAL, f"cannot launch \"{line}\": {exc}")
            return
        self.pid = self._child.pid
        if self.dataType == "text":
            self._decoders = {is_err: codecs.getincrementaldecoder(self._codec)(errors="replace")
                              for is_err in (False, True)}

    def _fail(self, code, message):
        """The process could not be launched: onError then onTerminate (queued)."""
        self.terminated = True
        self.errors = Coll([_error_object(code, message)])
        self._post(_Event(_deliver_end, self))

    # -- the child's activity (inside the owner's loop, from net.pipes.ChildProcess) -----

    def _on_output(self, is_err, data):
        """A chunk of stdout/stderr (b"": the pipe is closed)."""
        if self._state != RUNNING:
            return
        decoder = self._decoders.get(is_err)
        if decoder is not None:
            data = decoder.decode(data, not data)
        if data:
            self._post(_Event(_deliver_error_data if is_err else _deliver_data, self, data))

    def _on_exit(self, returncode, timed_out):
        if self._state == RUNNING:
            self._post(_Event(_deliver_end, self, (returncode, timed_out)))

    # -- stdin --------------------------------------------------------------------------

    def _write(self, payload):
        if self._child is not None and self._state == RUNNING:
            self._child.write(payload)

    def _close_input(self):
        if self._child is not None:
            self._child.close_input()

    # -- ending -------------------------------------------------------------------------

    def _fire_event(self, name, event_type, *data):
        """Call the `name` callback (if any) with (worker, {type {, data}})."""
        event = Obj(type=event_type)
        if data:
            event["data"] = data[0]
        self._fire(name, event)

    def _abandon(self):
        """The owner process ended: stop listening, no callbacks; the process runs on."""
        self._state = DEAD
        if self._child is not None:
            self._child.detach()
        self._done = True
        self._mark_over()

    def _force_terminate(self):
        """SIGINT/SIGTERM: kill the process; its end is delivered with callbacks."""
        self.terminate()


# event delivery (run by the owner process, outside its loop) ------------------------------


def _deliver_data(worker, data):
    if worker._state != RUNNING:
        return
    worker._out += data
    worker._fire_event("onData", "data", data if type(data) is str else Blob4D(data))


def _deliver_error_data(worker, data):
    if worker._state != RUNNING:
        return
    if type(data) is str:
        worker.responseError += data
    else:   # blob mode: `.responseError` is still Text
        worker.responseError += worker._error_decoder.decode(data)
        data = Blob4D(data)
    worker._fire_event("onDataError", "error", data)


def _deliver_end(worker, status):
    """The final sequence; `status`: (returncode, timed out), None if never launched."""
    if worker._state != RUNNING:
        return
    worker.terminated = True
    if status is not None:
        returncode, timed_out = status
        if returncode is not None and returncode >= 0:
            worker.exitCode = returncode        # else: killed, "did not terminate normally"
        elif timed_out:
            worker.errors = Coll([_error_object(
                errno.ETIMEDOUT, f"\"{worker.commandLine}\" killed after its timeout "
                                 f"({string_of(worker.timeout)} s)")])
    worker.responseError += worker._error_decoder.decode(b"", True)
    if worker.errors is not None:
        worker._fire_event("onError", "error")
    else:
        worker._fire_event("onResponse", "response")
    worker._state = ENDED
    worker._fire_event("onTerminate", "termination")
    worker._release()
    worker._done = True
    worker._mark_over()
