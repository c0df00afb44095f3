"""The TCP samples, run with `fourd run` (end-to-end: parser, interpreter, runtime).
Every socket is on 127.0.0.1; the servers pick a free port (argument 0) and print it."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import pytest

from tcp_helpers import ROOT, SAMPLES, Server, fourd_env, recv_until_closed


def _run(*args, timeout=15):
    proc = subprocess.run([sys.executable, "-m", "fourd", "run", *args], capture_output=True,
                          text=True, timeout=timeout, cwd=ROOT, env=fourd_env())
    return proc.returncode, proc.stdout, proc.stderr


def _read_lines(sock, count, timeout=5):
    sock.settimeout(timeout)
    data = b""
    while data.count(b"\n") < count:
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return data.decode().splitlines()


@pytest.mark.timeout(30)
def test_tcp_demo():
    code, out, err = _run(os.path.join(SAMPLES, "tcp_demo.4dm"))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "client: sent 2 lines",
        "client: connected",
        "client: received HELLO, SERVER",
        "client: received HOW ARE YOU?",
        "server: the client closed the connection",
        "client: connection closed",
        "server: stopped",
    ]


@pytest.mark.timeout(30)
def test_tcp_project():
    code, out, err = _run(os.path.join(SAMPLES, "tcp_project"))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "server: listening",
        "client: connected",
        "client: echo: hello",
        "client: echo: 4D",
        "client: echo: bye",
        "server: the client closed the connection",
        "client: connection closed",
        "server: stopped after 1 connection(s) and 3 line(s)",
    ]


@pytest.mark.timeout(30)
def test_echo_server_and_tcp_client():
    with Server("echo_server.4dm") as server:
        payload = bytes(range(256)) * 400
        with socket.create_connection(("127.0.0.1", server.port)) as s:
            s.sendall(payload)
            s.shutdown(socket.SHUT_WR)
            assert recv_until_closed(s) == payload
        code, out, err = _run(os.path.join(SAMPLES, "tcp_client.4dm"), "127.0.0.1",
                              str(server.port), "héllo wörld")
        assert (code, out, err) == (0, "héllo wörld\n", "")
        code, out, err = server.stop()
        assert code == 130 and "Traceback" not in err


@pytest.mark.timeout(30)
def test_tcp_client_refused():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, out, err = _run(os.path.join(SAMPLES, "tcp_client.4dm"), "127.0.0.1", str(port), "x")
    assert (code, out) == (1, "")                 # an error, not a success
    assert "Connection refused" in err and "Traceback" not in err


@pytest.mark.timeout(30)
@pytest.mark.parametrize("sample", ["echo_server.4dm", "chat_server.4dm", "http_hello.4dm"])
def test_server_sample_port_in_use(sample):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        code, out, err = _run(os.path.join(SAMPLES, sample), str(port))
    assert code == 1                                     # a failed bind is a failure
    assert "listening" not in out                        # and never claims to listen
    assert "Address already in use" in err and "Traceback" not in err


@pytest.mark.timeout(30)
def test_http_hello_keep_alive_pipelining_and_close():
    answer = (b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 13\r\n\r\n"
              b"Hello, World!")
    with Server("http_hello.4dm") as server:
        with socket.create_connection(("127.0.0.1", server.port)) as s:
            s.settimeout(5)
            for _ in range(3):                            # keep-alive: same connection
                s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                got = b""
                while len(got) < len(answer):
                    got += s.recv(4096)
                assert got == answer
            # two pipelined requests, the second one asking to close
            s.sendall(b"GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n"
                      b"CONNECTION: close\r\n\r\n")
            assert recv_until_closed(s) == answer * 2
        code, out, err = server.stop()
        assert code == 130


@pytest.mark.timeout(30)
def test_chat_server_broadcasts_lines():
    with Server("chat_server.4dm") as server:
        a = socket.create_connection(("127.0.0.1", server.port))
        assert _read_lines(a, 1) == ["welcome, guest1 (1 connected)"]
        b = socket.create_connection(("127.0.0.1", server.port))
        assert _read_lines(b, 1) == ["welcome, guest2 (2 connected)"]
        assert _read_lines(a, 1) == ["* guest2 joined"]
        a.sendall(b"hi the")
        time.sleep(0.05)
        a.sendall(b"re\r\n/nick alice\n")
        assert _read_lines(b, 2) == ["[guest1] hi there", "* guest1 is now alice"]
        b.sendall(b"/who\n")
        assert _read_lines(b, 1) == ["alice, guest2"]
        a.sendall(b"/quit\n")
        assert _read_lines(a, 1) == ["bye"]
        assert _read_lines(b, 1) == ["* alice left"]
        a.close()
        b.close()
        code, out, err = server.stop()
        assert code == 130 and "Traceback" not in err


@pytest.mark.timeout(30)
def test_listener_in_a_worker_found_with_process_activity():
    """tests/tcp_projects/worker_listener: the pattern of real projects (miyako/4d-tips-tcp) -
    a worker started through Process activity + CALL WORKER owns a class-based listener; a JSON
    header (scalar Blob returned as 4D.Blob) announces a payload gathered with COPY BLOB."""
    project = os.path.join(ROOT, "tests", "tcp_projects", "worker_listener")
    with Server(project, "--method", "main") as server:
        with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
            sock.sendall(b'{"size": 3000}')
            assert sock.recv(1000) == b'{"message":"send 3000","processes":2}'
            for i in range(3):
                sock.sendall(bytes([i]) * 1000)
                time.sleep(0.05)        # separate chunks: the header is read from the first
            assert sock.recv(1000) == b'{"message":"got 3000","complete":true}'
        rc, out, err = server.stop()
    assert rc == 130 and err == "", err
