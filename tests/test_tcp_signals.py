"""SIGINT/SIGTERM while run_main() dispatches: every listener and connection of every
process ends with its callbacks in its owner process, exit 130/143 within 2 s
(language.md §15)."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time

import pytest

SCRIPT = textwrap.dedent(r"""
    import os, sys, threading
    os.environ["FOURD_TCP_LISTEN_HOST"] = "127.0.0.1"
    from fourd.runtime import process
    from fourd.runtime.classes.tcp import TCPConnection, TCPListener
    from fourd.runtime.function import Function4D
    from fourd.runtime.values import Blob4D, Obj

    _say_lock = threading.Lock()

    def say(*words):
        with _say_lock:
            sys.stdout.write(" ".join(map(str, words)) + "\n")
            sys.stdout.flush()

    def options(who, **extra):
        opts = Obj()
        for name in ("onConnection", "onError", "onShutdown", "onTerminate"):
            def cb(this, target, event, name=name):
                say("CB", who, name, threading.current_thread().name)
            opts[name] = Function4D(cb)
        opts.update(extra)
        return opts

    def echo(this, conn, event):
        conn.send(event.data)

    def listener(who):
        conn_opts = options(who + "-conn", onData=Function4D(echo))
        opts = options(who, onConnection=Function4D(lambda this, l, e: conn_opts))
        return TCPListener.new_4d(0, opts)

    def in_worker(this):
        process.storage["worker_port"] = float(listener("worker").port)

    def main():
        process.call_worker("srv", Function4D(in_worker), ())
        main_listener = listener("main")
        client = TCPConnection.new_4d("127.0.0.1", main_listener.port, options("client"))
        client.send(Blob4D(b"x"))
        def ready():
            while "worker_port" not in process.storage:
                pass
            say("READY", int(process.storage["worker_port"]))
        process.call_worker(1, Function4D(lambda this: ready()), ())
        if len(sys.argv) > 1 and sys.argv[1] == "busy":
            process.call_worker(1, Function4D(lambda this: [None for _ in iter(int, 1)]), ())

    sys.exit(process.run_main(main))
""")


def _finish(proc, timeout=5):
    """Wait for the end; read stdout through the same buffered reader as _start() (a
    communicate() would miss what that reader has already buffered)."""
    proc.wait(timeout)
    return proc.stdout.read(), proc.stderr.read()


def _start(*args):
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert line.startswith("READY"), (line, proc.stderr.read() if proc.poll() is not None else "")
    return proc, int(line.split()[1])


@pytest.mark.timeout(20)
@pytest.mark.parametrize("signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_signal_terminates_everything_with_callbacks(signum, code):
    proc, worker_port = _start()
    with socket.create_connection(("127.0.0.1", worker_port)) as outside:
        outside.sendall(b"ping")
        assert outside.recv(10) == b"ping"
        time.sleep(0.1)
        start = time.monotonic()
        proc.send_signal(signum)
        out, err = _finish(proc)
        elapsed = time.monotonic() - start
        assert outside.recv(10) == b""              # the worker's connection was closed
    assert proc.returncode == code, err
    assert elapsed < 2.0
    callbacks = [line.split(maxsplit=3)[1:] for line in out.splitlines() if line.startswith("CB ")]
    ended = {(who, thread) for who, name, thread in callbacks if name == "onTerminate"}
    main_thread = "MainThread"
    worker_thread = "4D worker srv"
    assert ("main", main_thread) in ended
    assert ("client", main_thread) in ended
    assert ("main-conn", main_thread) in ended
    assert ("worker", worker_thread) in ended
    assert ("worker-conn", worker_thread) in ended
    for who in ("client", "main-conn", "worker-conn"):
        names = [name for w, name, _ in callbacks if w == who]
        assert names[0] == "onConnection" and names[-2:] == ["onShutdown", "onTerminate"], (who, out)
    assert "Traceback" not in err


@pytest.mark.timeout(20)
def test_signal_interrupts_a_busy_main_process():
    proc, _ = _start("busy")
    time.sleep(0.2)                                  # main is now looping in 4D code
    start = time.monotonic()
    proc.send_signal(signal.SIGINT)
    out, err = _finish(proc)
    assert proc.returncode == 130, err
    assert time.monotonic() - start < 2.0
    assert "CB worker onTerminate" in out


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
@pytest.mark.timeout(20)
def test_signal_with_stock_asyncio_loop(monkeypatch):
    monkeypatch.setenv("FOURD_LOOP", "asyncio")
    proc, _ = _start()
    proc.send_signal(signal.SIGTERM)
    out, err = _finish(proc)
    assert proc.returncode == 143, err
    assert "CB main onTerminate MainThread" in out
