"""`fourd run --processes N`: N OS processes sharing a listening port (SO_REUSEPORT).
127.0.0.1 only; the port is a free one chosen by the test (port 0 would differ per child)."""
from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time

import pytest

from tcp_helpers import ROOT, fourd_env, free_port, recv_until_closed, start_fourd

# every accepted connection gets this process's id, then is closed
SERVER = """#DECLARE($port : Integer)
var $options : Object
var $listener : 4D.TCPListener
var $answer : Blob
TEXT TO BLOB(Generate UUID+"\\n"; $answer; UTF8 text without length)
$options:=New object("answer"; $answer; \\
    "onConnection"; Formula($1.send(This.answer)); \\
    "onData"; Formula($1.shutdown()))
$listener:=4D.TCPListener.new($port; New object("onConnection"; Formula($options)))
ALERT("listening on port "+String($listener.port))
"""


def _ask(port, deadline):
    """The id of the process that answers one connection (None while none listens)."""
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
                line = b""
                while not line.endswith(b"\n"):
                    chunk = s.recv(100)
                    if not chunk:
                        break
                    line += chunk
                s.sendall(b"bye")
                recv_until_closed(s)
                return line.decode().strip()
        except (ConnectionRefusedError, ConnectionResetError):
            time.sleep(0.05)
    return None


@pytest.mark.skipif(not hasattr(socket, "SO_REUSEPORT"), reason="SO_REUSEPORT (Linux)")
@pytest.mark.timeout(60)
def test_two_processes_answer_on_one_port(tmp_path):
    script = tmp_path / "who.4dm"
    script.write_text(SERVER)
    port = free_port()
    proc = start_fourd("run", "--processes", "2", str(script), str(port))
    try:
        # both children print their line once listening
        lines = [proc.stdout.readline(), proc.stdout.readline()]
        assert all(f"listening on port {port}" in line for line in lines), lines
        deadline = time.monotonic() + 30
        ids = set()
        for _ in range(64):          # the kernel spreads connections by their address hash
            ids.add(_ask(port, deadline))
            if len(ids) == 2:
                break
        assert None not in ids
        assert len(ids) == 2, ids
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            code = proc.wait(15)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.stdout.close()
            err = proc.stderr.read()
            proc.stderr.close()
    assert code == 130, err
    assert "Traceback" not in err


def test_processes_needs_a_number():
    out = subprocess.run([sys.executable, "-m", "fourd", "run", "--processes", "x", "a.4dm"],
                         capture_output=True, text=True, cwd=ROOT, env=fourd_env(), timeout=30)
    assert out.returncode == 2
    assert "--processes: a number from 1 up, not 'x'" in out.stderr


def test_one_process_is_a_plain_run(tmp_path):
    script = tmp_path / "hello.4dm"
    script.write_text('ALERT("one")\n')
    out = subprocess.run([sys.executable, "-m", "fourd", "run", "--processes=1", str(script)],
                         capture_output=True, text=True, cwd=ROOT, env=fourd_env(), timeout=30)
    assert (out.returncode, out.stdout) == (0, "one\n"), out.stderr
