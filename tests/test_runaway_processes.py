"""Runs that never end: a worker or a classic process looping forever in 4D code
does not keep a run alive after QUIT 4D, SIGTERM or SIGINT; each is aborted at its next
Python instruction in 4D code (runtime/process.py, "aborting processes"). KILL WORKER lets the
current task go on, as the docs say. Every test has a time limit well above the few seconds a
run needs."""
from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time

import pytest

from tcp_helpers import ROOT, fourd_env, start_fourd

# `spin` loops forever in whatever process runs it; the file calls itself with a mode
SPIN = """#DECLARE($mode : Text)
var $i : Integer
Case of
	: ($mode="spin")
		While (True)
			$i:=$i+1
		End while
		ALERT("never")
	: ($mode="spin for")
		For ($i; 1; MAXLONG)
			Repeat
			Until (True)
		End for
		ALERT("never")
%s
End case
"""


def _script(tmp_path, body, name="runaway.4dm"):
    path = tmp_path / name
    path.write_text(SPIN % body, encoding="utf-8")
    return path


def _start(path, *args):
    return start_fourd("run", str(path), *args)


def _finish(proc, timeout=30):
    try:
        out, err = proc.communicate(timeout=timeout)
    finally:
        proc.kill()             # still running after the time limit: do not leave it behind
    assert "Traceback" not in err and "-10990" not in err, err
    return proc.returncode, out, err


@pytest.mark.timeout(60)
def test_quit_4d_ends_a_run_whose_worker_and_process_loop_forever(tmp_path):
    path = _script(tmp_path, """	: ($mode="")
		CALL WORKER("w"; Current method name; "spin")
		CALL WORKER("w2"; Current method name; "spin for")
		$p:=New process(Current method name; 0; "looping"; "spin")
		DELAY PROCESS(Current process; 20)
		ALERT("quitting")
		QUIT 4D
		ALERT("not after QUIT 4D")""")
    code, out, err = _finish(_start(path))
    assert (code, out) == (0, "quitting\n")


@pytest.mark.timeout(60)
def test_quit_4d_from_a_worker_aborts_a_main_process_looping_forever(tmp_path):
    path = _script(tmp_path, """	: ($mode="quit")
		DELAY PROCESS(Current process; 20)
		QUIT 4D
	: ($mode="")
		CALL WORKER("w"; Current method name; "quit")
		ALERT("looping")
		While (True)
		End while""")
    code, out, err = _finish(_start(path))
    assert (code, out) == (0, "looping\n")


@pytest.mark.timeout(60)
def test_kill_worker_lets_the_current_task_go_on_then_quit_4d_ends_it(tmp_path):
    """KILL WORKER: pending messages are dropped and the worker ends when its current task
    ends (docs), which a loop never does; QUIT 4D still ends the run."""
    path = _script(tmp_path, """	: ($mode="report")
		ALERT("pending message ran")
	: ($mode="")
		CALL WORKER("w"; Current method name; "spin")
		CALL WORKER("w"; Current method name; "report")
		DELAY PROCESS(Current process; 10)
		KILL WORKER("w")
		DELAY PROCESS(Current process; 20)
		ALERT("still executing: "+String(Process state(Process number("w"))=Executing))
		QUIT 4D""")
    code, out, err = _finish(_start(path))
    assert (code, out) == (0, "still executing: True\n")


@pytest.mark.timeout(60)
@pytest.mark.parametrize("signum, expected", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_ends_a_run_whose_processes_loop_forever(tmp_path, signum, expected):
    path = _script(tmp_path, """	: ($mode="")
		CALL WORKER("w"; Current method name; "spin")
		$p:=New process(Current method name; 0; "looping"; "spin")
		ALERT("started")
		runaway("spin")""")
    proc = _start(path)
    assert proc.stdout.readline() == "started\n"
    time.sleep(0.3)
    start = time.monotonic()
    proc.send_signal(signum)
    code, out, err = _finish(proc)
    assert (code, out, err) == (expected, "", "")
    assert time.monotonic() - start < 15      # SIGNAL_GRACE + the join, not forever


@pytest.mark.timeout(60)
def test_run_file_returns_with_no_thread_left_running(tmp_path):
    """Embedded, the aborted processes really stop: no worker thread stays behind spinning
    (a command-line run would exit anyway, abandoning them)."""
    import fourd
    path = _script(tmp_path, """	: ($mode="")
		CALL WORKER("w"; Current method name; "spin")
		$p:=New process(Current method name; 0; "looping"; "spin for")
		DELAY PROCESS(Current process; 10)
		QUIT 4D""")
    before = set(threading.enumerate())
    fourd.run_file(str(path))
    left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    deadline = time.monotonic() + 5
    while left and time.monotonic() < deadline:
        time.sleep(0.05)
        left = [t for t in left if t.is_alive()]
    assert left == []


# an embedding host: run 1 ends with QUIT 4D while a worker loops, run 2 must still run
HOST = """import sys
import fourd
quitting, second = sys.argv[1:]
for turn in range(4):
    fourd.run_file(quitting)
    print(fourd.run_file(second), flush=True)
"""


@pytest.mark.timeout(120)
def test_an_embedded_run_after_one_that_quit_with_a_looping_worker_ends(tmp_path):
    """run_file after a run whose worker was aborted (QUIT 4D) starts and ends normally; its
    own worker and loops are not aborted by what was left of the first run, and code traced
    for a deferred error runs (an asynchronous exception signalled and never taken made
    CPython spin there)."""
    quitting = _script(tmp_path, """	: ($mode="")
		CALL WORKER("w"; Current method name; "spin")
		$p:=New process(Current method name; 0; "looping"; "spin for")
		DELAY PROCESS(Current process; 5)
		QUIT 4D""")
    second = tmp_path / "second.4dm"
    second.write_text("""#DECLARE($mode : Text) : Integer
var $i : Integer
If ($mode="defer")
	throw({errCode: 43; message: "deferred"; deferred: True})
	return 0
End if
If ($mode="")
	Try(second("defer"))
	CALL WORKER("w"; Current method name; "count")
	For ($i; 1; 20000)
	End for
	While (Storage.counted=Null)
		DELAY PROCESS(Current process; 1)
	End while
	return Storage.counted
End if
For ($i; 1; 20000)
End for
Use (Storage)
	Storage.counted:=$i-1
End use
""", encoding="utf-8")
    host = tmp_path / "host.py"
    host.write_text(HOST, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(host), str(quitting), str(second)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=ROOT, env=fourd_env())
    code, out, err = _finish(proc, timeout=100)
    assert (code, out, err) == (0, "20000\n" * 4, "")
