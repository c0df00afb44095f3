"""Servers that survive hostile clients: every fault below hits a real `fourd run`
server on 127.0.0.1, within a time limit, and a fresh client is served afterwards. Also the
memory ceiling (-108) and the file-descriptor limit (EMFILE through onError)."""
from __future__ import annotations

import os
import resource
import socket
import struct
import subprocess
import sys
import threading
import time

import pytest

from fourd.runtime.net import loops
from tcp_helpers import ROOT, Server, fourd_env, recv_exactly, recv_until_closed, start_fourd

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc")
HTTP_OK = b"HTTP/1.1 200 OK"


def peak_rss_mb(pid) -> float:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def fd_count(pid) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


def echo_ok(port, text=b"fresh client\n"):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(text)
        assert recv_exactly(s, len(text)) == text


def http_ok(port):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        assert s.recv(1000).startswith(HTTP_OK)


def chat_ok(port):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        assert s.recv(1000).startswith(b"welcome")


def stopped_cleanly(server):
    code, out, err = server.stop()
    assert code == 130 and "Traceback" not in err and "-10990" not in err, err[-2000:]
    return out, err


def script(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# ---------------------------------------------------------------- samples under attack
@pytest.mark.timeout(60)
def test_http_hello_unterminated_50mb_header_gets_431_and_others_are_served():
    with Server("http_hello.4dm") as server:
        hostile = socket.create_connection(("127.0.0.1", server.port), timeout=10)
        hostile.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
        pad = b"X-Pad: " + b"a" * 65000 + b"\r\n"
        sent = 0
        try:
            while sent < 50_000_000:
                hostile.sendall(pad)
                sent += len(pad)
        except OSError:
            pass                               # the server may close first: fine
        http_ok(server.port)
        answer = b""
        try:
            while b"\r\n\r\n" not in answer:
                chunk = hostile.recv(4096)
                if not chunk:
                    break
                answer += chunk
        except OSError:
            pass
        hostile.close()
        assert answer.startswith(b"HTTP/1.1 431 ")
        assert peak_rss_mb(server.proc.pid) < 100
        http_ok(server.port)
        stopped_cleanly(server)


@pytest.mark.timeout(60)
def test_chat_server_survives_garbage_and_an_endless_line():
    with Server("chat_server.4dm") as server:
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
            s.sendall(os.urandom(1_000_000))          # random bytes, lines by chance
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
            assert s.recv(1000).startswith(b"welcome")
            s.sendall(b"x" * 10_000)                   # no line break
            got = b""
            while b"bye" not in got:
                chunk = s.recv(1000)
                if not chunk:
                    break
                got += chunk
            assert b"line too long, bye" in got
        chat_ok(server.port)
        out, err = stopped_cleanly(server)
        assert "-10728" not in err                     # no index out of range on emoji


@pytest.mark.timeout(60)
def test_slowloris_clients_do_not_stall_the_server():
    with Server("http_hello.4dm") as server:
        slow = [socket.create_connection(("127.0.0.1", server.port), timeout=10)
                for _ in range(300)]
        for _ in range(3):                            # a few bytes now and then, never done
            for s in slow:
                s.sendall(b"X")
            http_ok(server.port)
            time.sleep(0.05)
        for s in slow:
            s.close()
        http_ok(server.port)
        stopped_cleanly(server)


# ---------------------------------------------------------------- TCP faults
@pytest.mark.timeout(60)
def test_reset_in_the_middle_of_a_message():
    with Server("echo_server.4dm") as server:
        for _ in range(20):
            s = socket.create_connection(("127.0.0.1", server.port), timeout=10)
            s.sendall(b"half a mess")
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            s.close()                                   # RST
        echo_ok(server.port)
        stopped_cleanly(server)


@pytest.mark.timeout(60)
def test_half_close_from_the_client_still_gets_the_answer():
    with Server("echo_server.4dm") as server:
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
            s.sendall(b"all I have to say")
            s.shutdown(socket.SHUT_WR)
            got = recv_until_closed(s)
            assert got == b"all I have to say"             # then the server closed
        echo_ok(server.port)
        stopped_cleanly(server)


@pytest.mark.timeout(60)
def test_half_close_from_the_server_after_connection_close():
    with Server("http_hello.4dm") as server:
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
            s.sendall(b"GET / HTTP/1.1\r\nConnection: close\r\n\r\n")
            got = recv_until_closed(s)                     # up to the server's FIN
            assert got.startswith(HTTP_OK)
            s.sendall(b"GET / HTTP/1.1\r\n\r\n")            # our side is still open
        http_ok(server.port)
        stopped_cleanly(server)


@pytest.mark.timeout(90)
def test_a_client_that_never_reads_neither_blocks_the_server_nor_grows_it():
    with Server("echo_server.4dm") as server:
        hostile = socket.create_connection(("127.0.0.1", server.port), timeout=10)
        hostile.settimeout(2)
        block = b"z" * 65536
        sent = 0

        def flood():
            nonlocal sent
            try:
                while sent < 200_000_000:
                    hostile.sendall(block)                # blocks once the server stops reading
                    sent += len(block)
            except OSError:
                pass
        t = threading.Thread(target=flood)
        t.start()
        t.join(10)
        echo_ok(server.port)                              # served while the flood is stuck
        assert sent < 200_000_000                         # the server stopped reading it
        assert peak_rss_mb(server.proc.pid) < 150
        hostile.close()
        t.join(10)
        echo_ok(server.port)
        stopped_cleanly(server)


@pytest.mark.timeout(120)
def test_connect_flood_leaves_no_descriptor_behind():
    with Server("echo_server.4dm") as server:
        pid = server.proc.pid
        echo_ok(server.port)
        before = fd_count(pid)
        for _ in range(10):
            burst = [socket.create_connection(("127.0.0.1", server.port), timeout=10)
                     for _ in range(200)]
            for s in burst:
                s.close()
        echo_ok(server.port)
        deadline = time.monotonic() + 10
        while fd_count(pid) > before and time.monotonic() < deadline:
            time.sleep(0.05)
        assert fd_count(pid) <= before
        stopped_cleanly(server)


ONCONNECTION_THROWS = """// an onConnection that throws refuses that client; the server goes on
var $l : 4D.TCPListener
vCount:=0
$l:=4D.TCPListener.new(0; New object("onConnection"; Formula(accept_or_throw)))
ALERT("listening on port "+String($l.port))
"""
ACCEPT_OR_THROW = """vCount:=vCount+1
If (vCount=1)
	throw(77; "first client refused")
End if
return New object("onData"; Formula($1.send($2.data)))
"""


@pytest.mark.timeout(60)
def test_an_onConnection_that_throws_refuses_one_client_only(tmp_path):
    project = tmp_path / "P" / "Project" / "Sources" / "Methods"
    project.mkdir(parents=True)
    (project / "main.4dm").write_text(ONCONNECTION_THROWS, encoding="utf-8")
    (project / "accept_or_throw.4dm").write_text(ACCEPT_OR_THROW, encoding="utf-8")
    with Server(str(tmp_path / "P"), "--method", "main") as server:
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
            assert s.recv(100) == b""                     # refused: closed at once
        echo_ok(server.port)
        out, err = stopped_cleanly(server)
        assert "Error 77: first client refused" in err


LONG_CALLBACK = """// a callback that runs long: the others wait, nothing is lost
var $l : 4D.TCPListener
$l:=4D.TCPListener.new(0; New object("onConnection"; Formula(New object("onData"; \\
	Formula(long_callback_data($1; $2))))))
ALERT("listening on port "+String($l.port))
"""


@pytest.mark.timeout(60)
def test_a_long_callback_makes_others_wait_and_loses_nothing(tmp_path):
    project = tmp_path / "P" / "Project" / "Sources" / "Methods"
    project.mkdir(parents=True)
    (project / "main.4dm").write_text(LONG_CALLBACK, encoding="utf-8")
    (project / "long_callback_data.4dm").write_text(
        "#DECLARE($c : 4D.TCPConnection; $e : 4D.TCPEvent)\n"
        "If (Convert to text($e.data; \"utf-8\")=\"slow@\")\n"
        "\tDELAY PROCESS(Current process; 60)  // one second, no event dispatched meanwhile\n"
        "End if\n$c.send($e.data)\n", encoding="utf-8")
    with Server(str(tmp_path / "P"), "--method", "main") as server:
        slow = socket.create_connection(("127.0.0.1", server.port), timeout=10)
        slow.sendall(b"slow")
        time.sleep(0.2)                                    # the callback is running
        others = [socket.create_connection(("127.0.0.1", server.port), timeout=10)
                  for _ in range(5)]
        for i, s in enumerate(others):
            for k in range(50):
                s.sendall(b"%d.%d;" % (i, k))
        for i, s in enumerate(others):
            want = b"".join(b"%d.%d;" % (i, k) for k in range(50))
            assert recv_exactly(s, len(want)) == want      # all of it, in order
            s.close()
        assert slow.recv(100) == b"slow"
        slow.close()
        stopped_cleanly(server)


# ---------------------------------------------------------------- file descriptors
EMFILE_SERVER = """// out of file descriptors: onError, and the server goes on
var $l : 4D.TCPListener
$l:=4D.TCPListener.new(0; New object("onConnection"; Formula(New object("onData"; \\
	Formula($1.send($2.data)))); "onError"; Formula(ALERT("onError: "+$1.errors[$1.errors.length-1].message))))
ALERT("listening on port "+String($l.port))
"""


def _few_descriptors():
    resource.setrlimit(resource.RLIMIT_NOFILE, (48, 48))


# The stock loop reports a failed accept() and fourd turns it into onError. libuv (uvloop, the
# `fast` extra) handles EMFILE itself: it accepts and closes the excess connections, silently.
# On both, the listener goes on.
@pytest.mark.timeout(60)
@pytest.mark.parametrize("loop", [
    "asyncio",
    pytest.param("uvloop", marks=pytest.mark.skipif(loops._uvloop is None, reason="no uvloop"))])
def test_emfile_reaches_onError_and_the_server_goes_on(tmp_path, monkeypatch, loop):
    monkeypatch.setenv("FOURD_LOOP", loop)
    path = script(tmp_path, "emfile_server.4dm", EMFILE_SERVER)
    with Server(path, preexec_fn=_few_descriptors) as server:
        crowd = []
        for _ in range(80):
            try:
                crowd.append(socket.create_connection(("127.0.0.1", server.port), timeout=10))
            except OSError:
                break                      # libuv closed some at once; the backlog is full
        if loop == "asyncio":
            line = server.proc.stdout.readline()
            assert line.startswith("onError: Too many open files")
        for s in crowd:
            s.close()
        deadline = time.monotonic() + 20
        while True:                        # accepting resumes (asyncio retries every second)
            try:
                echo_ok(server.port)
                break
            except (OSError, AssertionError):
                assert time.monotonic() < deadline
                time.sleep(0.2)
        stopped_cleanly(server)


def test_the_soft_descriptor_limit_is_raised_to_the_hard_one():
    code = ("import resource; from fourd.runtime import limits; limits.raise_file_limit(); "
            "print(*resource.getrlimit(resource.RLIMIT_NOFILE))")

    def low_soft():
        hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
        resource.setrlimit(resource.RLIMIT_NOFILE, (64, hard))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         preexec_fn=low_soft, timeout=30).stdout.split()
    assert out[0] == out[1] and int(out[0]) > 64


# ---------------------------------------------------------------- memory ceiling
TIMES_TEN = """// text built x10 per loop: the memory ceiling ends it with -108
var $t : Text
var $i : Integer
$t:="x"
For ($i; 1; 12)
	$t:=$t+$t+$t+$t+$t+$t+$t+$t+$t+$t
End for
ALERT("never")
"""


def _run(args, env_extra=None, timeout=120):
    env = fourd_env(**(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "fourd", *args], capture_output=True,
                          text=True, timeout=timeout, cwd=ROOT, env=env)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("how", ["env", "option"])
def test_memory_ceiling_ends_a_runaway_script_with_108(tmp_path, how):
    path = script(tmp_path, "times_ten.4dm", TIMES_TEN)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if how == "env":
        p = _run(["run", path], {"FOURD_MAX_MEMORY": "1024"})
    else:
        p = _run(["--max-memory", "1024", "run", path])
    assert p.returncode == 1 and p.stdout == ""
    assert "Error -108: Not enough memory" in p.stderr and "Traceback" not in p.stderr
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert peak < 1.5 * 1024 * 1024 or peak == before         # kB


def test_memory_ceiling_bad_value_is_a_usage_error(tmp_path):
    path = script(tmp_path, "ok.4dm", 'ALERT("ok")\n')
    p = _run(["run", path], {"FOURD_MAX_MEMORY": "lots"})
    assert p.returncode == 2 and "FOURD_MAX_MEMORY" in p.stderr
    p = _run(["run", path], {"FOURD_MAX_MEMORY": "0"})       # 0: no ceiling
    assert (p.returncode, p.stdout) == (0, "ok\n")


KILL_WORKERS = """// no worker (thread) left after KILL WORKER
#DECLARE($mode : Text)
var $i : Integer
If ($mode="idle")
Else
	For ($i; 1; 20)
		CALL WORKER("w"+String($i); "kill_workers"; "idle")
	End for
	DELAY PROCESS(Current process; 30)
	ALERT("before: "+String(Process activity(Processes only).processes.length))
	For ($i; 1; 20)
		KILL WORKER("w"+String($i))
	End for
	DELAY PROCESS(Current process; 30)
	ALERT("after: "+String(Process activity(Processes only).processes.length))
	var $l : 4D.TCPListener
	$l:=4D.TCPListener.new(0)
	ALERT("listening on port "+String($l.port))
End if
"""


@pytest.mark.timeout(60)
def test_kill_worker_leaves_no_process_and_no_thread(tmp_path):
    path = script(tmp_path, "kill_workers.4dm", KILL_WORKERS)
    proc = start_fourd("run", path)
    try:
        assert proc.stdout.readline() == "before: 21\n"
        assert proc.stdout.readline() == "after: 1\n"
        assert proc.stdout.readline().startswith("listening on port")
        assert len(os.listdir(f"/proc/{proc.pid}/task")) == 1      # the main thread only
    finally:
        proc.kill()
        proc.communicate(timeout=10)
