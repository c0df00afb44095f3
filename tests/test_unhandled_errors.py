"""Exit codes of errors nobody handled: a TCP error with no onError
callback (a listener that cannot bind, a client refused) is printed on stderr and makes the
run's exit code 1, while the process goes on; with an onError callback the script has
handled it. 127.0.0.1 only, time limits on every test."""
from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_script(tmp_path, name, source, *args, timeout=20):
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    env = dict(os.environ, FOURD_TCP_LISTEN_HOST="127.0.0.1")
    env.pop("FOURD_DEBUG", None)
    p = subprocess.run([sys.executable, "-m", "fourd", "run", str(path), *map(str, args)],
                       capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env)
    return p.returncode, p.stdout, p.stderr


@pytest.fixture
def busy_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        yield s.getsockname()[1]


@pytest.fixture
def closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.timeout(30)
def test_listener_without_onError_that_cannot_bind_exits_1(tmp_path, busy_port):
    code, out, err = run_script(tmp_path, "bind.4dm", """#DECLARE($port : Integer)
var $l : 4D.TCPListener
$l:=4D.TCPListener.new($port; New object("onTerminate"; Formula(ALERT("terminated"))))
ALERT("errors: "+String($l.errors.length))
""", busy_port)
    assert (code, out) == (1, "errors: 1\nterminated\n")
    assert "Address already in use" in err and "no onError callback" in err
    assert "Traceback" not in err


@pytest.mark.timeout(30)
def test_listener_without_options_that_cannot_bind_exits_1(tmp_path, busy_port):
    code, out, err = run_script(tmp_path, "bind2.4dm", """#DECLARE($port : Integer)
var $l : 4D.TCPListener
$l:=4D.TCPListener.new($port)
""", busy_port)
    assert code == 1 and "Address already in use" in err


@pytest.mark.timeout(30)
def test_client_without_onError_refused_exits_1(tmp_path, closed_port):
    code, out, err = run_script(tmp_path, "client.4dm", """#DECLARE($port : Integer)
var $c : 4D.TCPConnection
$c:=4D.TCPConnection.new("127.0.0.1"; $port; New object)
$c.wait(5)
ALERT("after wait: "+String($c.errors.length))
""", closed_port)
    assert (code, out) == (1, "after wait: 1\n")
    assert "Connection refused" in err and "TCPConnection with no onError callback" in err


@pytest.mark.timeout(30)
def test_client_with_onError_has_handled_it(tmp_path, closed_port):
    code, out, err = run_script(tmp_path, "handled.4dm", """#DECLARE($port : Integer)
var $c : 4D.TCPConnection
$c:=4D.TCPConnection.new("127.0.0.1"; $port; New object("onError"; Formula(ALERT("onError"))))
""", closed_port)
    assert (code, out, err) == (0, "onError\n", "")


@pytest.mark.timeout(30)
def test_error_thrown_in_onError_exits_1(tmp_path, closed_port):
    code, out, err = run_script(tmp_path, "thrown.4dm", """#DECLARE($port : Integer)
var $c : 4D.TCPConnection
$c:=4D.TCPConnection.new("127.0.0.1"; $port; New object("onError"; Formula(throw($1.errors[0]))))
""", closed_port)
    assert code == 1 and "Connection refused" in err and "onError callback" in err


@pytest.mark.timeout(30)
def test_tcp_errors_do_not_reach_on_err_call(tmp_path, closed_port):
    # tcp.md §1.5: predictable errors, only seen through onError and .errors
    code, out, err = run_script(tmp_path, "onerr.4dm", """#DECLARE($port : Text)
If (Count parameters=0)
	ALERT("handler called")
Else
	ON ERR CALL("onerr")
	var $c : 4D.TCPConnection
	$c:=4D.TCPConnection.new("127.0.0.1"; Num($port); New object)
End if
""", closed_port)
    assert (code, out) == (1, "") and "Connection refused" in err


@pytest.mark.timeout(30)
def test_error_in_a_callback_keeps_the_server_going_and_exits_1(tmp_path):
    code, out, err = run_script(tmp_path, "cb.4dm", """var $l : 4D.TCPListener
var $c : 4D.TCPConnection
$l:=4D.TCPListener.new(0; New object("onConnection"; Formula(throw(7; "refused here"))))
$c:=4D.TCPConnection.new("127.0.0.1"; $l.port; New object("onShutdown"; Formula(ALERT("client closed"))))
$c.wait(5)
$l.terminate()
ALERT("still running")
""")
    assert (code, out) == (1, "client closed\nstill running\n")
    assert "Error 7: refused here" in err
