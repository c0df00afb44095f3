"""4D.SystemWorker driven from Python (runtime/classes/systemworker.py), with real external
processes (/bin/cat, sh, printf, sleep). No assertion depends on timing: ordering checks only
compare what the documented sequence fixes (data before onResponse/onError before
onTerminate), and waits use generous limits."""
from __future__ import annotations

import errno
import os
import sys
import threading
import time

import pytest

from fourd.runtime import process
from fourd.runtime.classes.files import Folder
from fourd.runtime.classes.systemworker import SystemWorker
from fourd.runtime.errors import ERR_PARAM_COUNT, ERR_READONLY, ERR_TYPE_MISMATCH, FourDError
from fourd.runtime.objects import setprop
from tcp_helpers import F, Blob4D, Coll, NULL, Obj, pump
from tcp_helpers import runtime  # noqa: F401  (fixture)

pytestmark = [pytest.mark.usefixtures("runtime"),
              pytest.mark.skipif(sys.platform.startswith("win"), reason="POSIX commands")]

CALLBACKS = ("onData", "onDataError", "onError", "onResponse", "onTerminate")


class Log:
    """An options object whose callbacks record (callback, event type, data, This, thread)."""

    def __init__(self, **extra):
        self.entries = []
        self.options = Obj(extra)
        for name in CALLBACKS:
            self.options[name] = F(self._callback(name), name)
        self.actions = {}

    def _callback(self, name):
        def callback(this, worker, event):
            data = event.get("data")
            self.entries.append((name, event["type"], data, this, threading.get_ident()))
            action = self.actions.get(name)
            if action is not None:
                action(worker, event)
        return callback

    def names(self):
        return [e[0] for e in self.entries]

    def data(self, name):
        return [e[2] for e in self.entries if e[0] == name]

    def text(self, name):
        return "".join(self.data(name))

    def blob(self, name):
        return b"".join(d.data for d in self.data(name))


def new(line, options=None):
    args = (line,) if options is None else (line, options)
    return SystemWorker.new_4d(*args)


def assert_sequence(names, final):
    """onData/onDataError first, then `final` (e.g. ["onResponse", "onTerminate"])."""
    data = [n for n in names if n in ("onData", "onDataError")]
    assert names == data + final, names


# -- sequence, response, exit code --------------------------------------------------------


@pytest.mark.timeout(30)
def test_callback_sequence_response_and_exit_code():
    log = Log()
    worker = new("sh -c 'printf out1; printf err1 1>&2; exit 3'", log.options)
    assert worker.pid > 0 and worker.terminated is False
    assert worker.commandLine == "sh -c 'printf out1; printf err1 1>&2; exit 3'"
    assert worker.wait() is worker
    assert_sequence(log.names(), ["onResponse", "onTerminate"])
    assert log.text("onData") == "out1" and log.text("onDataError") == "err1"
    assert worker.response == "out1" and worker.responseError == "err1"
    assert worker.exitCode == 3 and worker.terminated is True
    assert worker.errors is None
    types = {e[0]: e[1] for e in log.entries}
    assert types == {"onData": "data", "onDataError": "error", "onResponse": "response",
                     "onTerminate": "termination"}
    # `This` is the options object, the callbacks run on the owner's thread
    assert all(e[3] is log.options for e in log.entries)
    assert {e[4] for e in log.entries} == {threading.get_ident()}


@pytest.mark.timeout(30)
def test_callbacks_get_the_worker_and_see_the_full_response_at_the_end():
    seen = {}
    options = Obj(onResponse=F(lambda this, w, e: seen.update(resp=w.response)),
                  onTerminate=F(lambda this, w, e: seen.update(term=(w.terminated, w.exitCode))))
    worker = new("printf 'line1\\nline2\\n'", options)
    worker.wait()
    assert seen == {"resp": "line1\nline2\n", "term": (True, 0)}


@pytest.mark.timeout(30)
def test_state_changes_only_with_the_final_sequence():
    states = []
    log = Log()
    log.actions["onData"] = lambda w, e: states.append((w.terminated, w.exitCode))
    worker = new("sh -c 'printf data; exit 5'", log.options)
    time.sleep(0.3)                 # the process usually exits before anything is dispatched
    worker.wait()
    assert states and set(states) == {(False, None)}
    assert (worker.terminated, worker.exitCode) == (True, 5)


@pytest.mark.timeout(30)
def test_many_chunks_keep_their_order():
    log = Log()
    worker = new("sh -c 'i=0; while [ $i -lt 200 ]; do echo line$i; i=$((i+1)); done'",
                 log.options)
    worker.wait()
    expected = "".join(f"line{i}\n" for i in range(200))
    assert worker.response == expected == log.text("onData")
    assert_sequence(log.names(), ["onResponse", "onTerminate"])


@pytest.mark.timeout(30)
def test_no_options_and_callbacks_after_the_script_like_dispatch():
    worker = new("printf hello")
    assert worker.response == ""             # nothing is read until events are dispatched
    assert pump(lambda: worker.terminated, timeout=20)
    assert worker.response == "hello" and worker.exitCode == 0
    assert worker not in process.current_process().live


@pytest.mark.timeout(30)
def test_text_split_between_reads_is_decoded_once():
    worker = new("sh -c \"printf '\\303'; sleep 0.1; printf '\\251t\\303\\251'\"")
    assert worker.wait().response == "été"


@pytest.mark.timeout(30)
def test_encoding_option():
    worker = new("printf '\\351t\\351'", Obj(encoding="ISO-8859-1"))
    assert worker.encoding == "ISO-8859-1"
    assert worker.wait().response == "été"


# -- stdin --------------------------------------------------------------------------------


@pytest.mark.timeout(30)
def test_post_message_and_close_input_with_cat():
    log = Log()
    worker = new("/bin/cat", log.options)
    worker.postMessage("Hello, ")
    worker.postMessage(Blob4D(b"World"))
    worker.postMessage(bytearray(b"!"))
    worker.closeInput()
    worker.wait()
    assert worker.response == "Hello, World!" == log.text("onData")
    assert worker.exitCode == 0
    assert_sequence(log.names(), ["onResponse", "onTerminate"])


@pytest.mark.timeout(30)
def test_large_message_does_not_block():
    payload = bytes(range(256)) * 8192            # 2 MB: more than any pipe buffer
    worker = new("/bin/cat", Obj(dataType="blob"))
    worker.postMessage(Blob4D(payload))
    worker.closeInput()
    assert worker.wait().response.data == payload
    assert worker.exitCode == 0


@pytest.mark.timeout(30)
def test_messages_after_close_input_are_dropped():
    worker = new("/bin/cat")
    worker.postMessage("kept")
    worker.closeInput()
    worker.postMessage("dropped")
    worker.closeInput()
    assert worker.wait().response == "kept"


@pytest.mark.timeout(30)
def test_post_message_to_a_process_that_ignores_stdin():
    worker = new("sh -c 'exec 0<&-; sleep 0.2; printf done'")
    worker.postMessage("x" * 1_000_000)           # EPIPE: dropped, no error
    assert worker.wait().response == "done"
    assert worker.errors is None and worker.exitCode == 0


@pytest.mark.timeout(30)
def test_post_message_type_and_count():
    worker = new("/bin/cat")
    with pytest.raises(FourDError) as e:
        worker.postMessage(12)
    assert e.value.code == ERR_TYPE_MISMATCH
    with pytest.raises(FourDError) as e:
        worker.postMessage()
    assert e.value.code == ERR_PARAM_COUNT
    worker.closeInput()
    worker.wait()


# -- wait, terminate, timeout ---------------------------------------------------------------


@pytest.mark.timeout(30)
def test_wait_with_timeout_does_not_kill_then_terminate():
    log = Log()
    worker = new("sleep 30", log.options)
    start = time.monotonic()
    assert worker.wait(0.2) is worker
    assert time.monotonic() - start < 10
    assert worker.terminated is False and log.names() == []
    worker.terminate()
    worker.wait()
    assert worker.terminated is True
    assert worker.exitCode is None               # killed: did not terminate normally
    assert worker.errors is None
    assert log.names() == ["onResponse", "onTerminate"]
    worker.terminate()                           # no-op once ended


@pytest.mark.timeout(30)
def test_terminate_from_a_callback_ends_the_wait():
    log = Log()
    log.actions["onData"] = lambda worker, event: worker.terminate()
    worker = new("sh -c 'echo first; exec sleep 30'", log.options)
    start = time.monotonic()
    worker.wait()
    assert time.monotonic() - start < 20
    assert worker.terminated and worker.exitCode is None
    assert log.text("onData") == "first\n"
    assert_sequence(log.names(), ["onResponse", "onTerminate"])


@pytest.mark.timeout(30)
def test_timeout_option_kills_and_reports_an_error():
    log = Log(timeout=0.2)
    worker = new("sleep 30", log.options)
    assert worker.timeout == 0.2
    worker.wait()
    assert worker.terminated and worker.exitCode is None
    assert isinstance(worker.errors, Coll) and len(worker.errors) == 1
    assert worker.errors[0]["errorCode"] == errno.ETIMEDOUT
    assert log.names() == ["onError", "onTerminate"]
    assert log.entries[0][1] == "error"


@pytest.mark.timeout(30)
def test_timeout_not_reached():
    worker = new("printf quick", Obj(timeout=20))
    assert worker.wait().response == "quick"
    assert worker.exitCode == 0 and worker.errors is None


@pytest.mark.timeout(30)
def test_wait_argument_errors():
    worker = new("printf x")
    with pytest.raises(FourDError) as e:
        worker.wait("soon")
    assert e.value.code == ERR_TYPE_MISMATCH
    with pytest.raises(FourDError) as e:
        worker.wait(1, 2)
    assert e.value.code == ERR_PARAM_COUNT
    assert worker.wait(0).terminated is True     # 0: no timeout


@pytest.mark.timeout(30)
def test_wait_dispatches_events_of_other_workers():
    log = Log()
    other = new("printf other", log.options)
    slow = new("sh -c 'sleep 0.3; printf slow'")
    slow.wait()
    pump(lambda: other.terminated, timeout=20)
    assert log.text("onData") == "other"
    assert slow.response == "slow"


# -- failures --------------------------------------------------------------------------------


@pytest.mark.timeout(30)
def test_command_not_found():
    log = Log()
    worker = new("/no/such/program --flag", log.options)
    assert isinstance(worker, SystemWorker)
    assert worker.terminated is True and worker.pid == 0 and worker.exitCode is None
    assert len(worker.errors) == 1
    err = worker.errors[0]
    assert err["errorCode"] == errno.ENOENT
    assert "/no/such/program" in err["message"]
    assert err["componentSignature"]
    assert worker.wait() is worker
    assert log.names() == ["onError", "onTerminate"]
    assert [e[1] for e in log.entries] == ["error", "termination"]
    assert worker.response == "" and worker.responseError == ""
    worker.postMessage("ignored")
    worker.closeInput()
    worker.terminate()


@pytest.mark.timeout(30)
@pytest.mark.parametrize("line", ["", "   ", "sh -c 'unbalanced"])
def test_unusable_command_line(line):
    log = Log()
    worker = new(line, log.options)
    assert worker.errors[0]["errorCode"] == errno.EINVAL
    worker.wait()
    assert log.names() == ["onError", "onTerminate"]


@pytest.mark.timeout(30)
def test_missing_current_directory(tmp_path):
    folder = Folder(None, tuple(p for p in str(tmp_path / "missing").split("/") if p))
    worker = new("pwd", Obj(currentDirectory=folder))
    worker.wait()
    assert worker.errors[0]["errorCode"] == errno.ENOENT


def test_parameter_errors():
    for args, code in [((), ERR_PARAM_COUNT), (("a", Obj(), 3), ERR_PARAM_COUNT),
                       ((12,), ERR_TYPE_MISMATCH), (("printf x", "opts"), ERR_TYPE_MISMATCH),
                       (("printf x", Obj(dataType="json")), ERR_TYPE_MISMATCH),
                       (("printf x", Obj(encoding="no-such-charset")), ERR_TYPE_MISMATCH),
                       (("printf x", Obj(currentDirectory="/tmp")), ERR_TYPE_MISMATCH)]:
        with pytest.raises(FourDError) as e:
            SystemWorker.new_4d(*args)
        assert e.value.code == code, args
    assert process.current_process().live == set()


@pytest.mark.timeout(30)
def test_error_in_callback_is_reported_and_the_worker_ends(runtime):  # noqa: F811
    def boom(this, worker, event):
        raise FourDError(-1, "boom")
    log = Log()
    log.options["onData"] = F(boom)
    worker = new("printf x", log.options)
    worker.wait()
    assert worker.terminated and log.names() == ["onResponse", "onTerminate"]
    assert [err.code for err, _ in runtime] == [-1]
    assert "onData" in runtime[0][1]


# -- options ---------------------------------------------------------------------------------


@pytest.mark.timeout(30)
def test_data_type_blob():
    log = Log(dataType="blob")
    worker = new("sh -c \"printf 'A\\000B'; printf 'E\\000' 1>&2\"", log.options)
    worker.wait()
    assert worker.dataType == "blob" and worker.encoding is None
    assert isinstance(worker.response, Blob4D) and worker.response.data == b"A\x00B"
    assert all(isinstance(d, Blob4D) for d in log.data("onData") + log.data("onDataError"))
    assert log.blob("onData") == b"A\x00B" and log.blob("onDataError") == b"E\x00"
    assert worker.responseError == "E\x00"       # Text, whatever the dataType


@pytest.mark.timeout(30)
def test_variables_are_added_to_the_environment():
    variables = Obj(FOURD_SW_TEXT="hello world", FOURD_SW_NUM=12, FOURD_SW_BOOL=True,
                    FOURD_SW_EQ="a=b", FOURD_SW_OBJ=Obj())
    worker = new("sh -c 'echo \"[$FOURD_SW_TEXT][$FOURD_SW_NUM][$FOURD_SW_BOOL]"
                 "[${FOURD_SW_EQ-unset}][${FOURD_SW_OBJ-unset}][${HOME:+home}]\"'",
                 Obj(variables=variables))
    assert worker.wait().response == "[hello world][12][True][unset][unset][home]\n"


@pytest.mark.timeout(30)
def test_current_directory(tmp_path):
    folder = Folder(None, tuple(p for p in str(tmp_path).split("/") if p))
    worker = new("pwd", Obj(currentDirectory=folder))
    assert worker.currentDirectory is folder
    assert os.path.realpath(worker.wait().response.strip()) == os.path.realpath(tmp_path)


def test_default_properties():
    worker = new("printf x")
    assert (worker.dataType, worker.encoding, worker.hideWindow, worker.timeout,
            worker.currentDirectory) == ("text", "UTF-8", True, None, None)
    worker.wait()
    hidden = new("printf x", Obj(hideWindow=False, timeout=NULL))
    assert hidden.hideWindow is False and hidden.timeout is None
    hidden.wait()


def test_hide_window_is_the_only_writable_property():
    worker = new("printf x")
    setprop(worker, "hideWindow", False)        # read-write (SystemWorkerClass.md)
    assert worker.hideWindow is False
    with pytest.raises(FourDError) as e:
        setprop(worker, "hideWindow", 1)
    assert e.value.code == ERR_TYPE_MISMATCH
    for name in ("exitCode", "response", "pid", "terminated", "commandLine"):
        with pytest.raises(FourDError) as e:
            setprop(worker, name, 1)
        assert e.value.code == ERR_READONLY
    worker.wait()


# -- processes -------------------------------------------------------------------------------


@pytest.mark.timeout(30)
def test_wait_from_another_thread_than_the_owner():
    worker = new("sh -c 'sleep 0.2; printf late'")
    result = {}

    def other():
        worker.wait(20)
        result["terminated"] = worker.terminated

    thread = threading.Thread(target=other)
    thread.start()
    # the owner dispatches (the other thread's wait only polls)
    assert pump(lambda: worker.terminated, timeout=20)
    thread.join(20)
    assert result == {"terminated": True} and worker.response == "late"


@pytest.mark.timeout(30)
def test_abandoned_worker_stops_reading_without_callbacks(tmp_path):
    log = Log()
    marker = tmp_path / "done"
    worker = new(f"sh -c 'sleep 0.3; touch {marker}'", log.options)
    process.reset()                      # the owner process ends: no callback, not killed
    assert log.names() == []
    deadline = time.monotonic() + 20
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert marker.exists()
    assert worker._child._readers == {} and worker._child._stdin is None
