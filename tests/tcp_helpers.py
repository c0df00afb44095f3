"""Helpers for driving the runtime's processes and TCP classes from Python (no parser), and
`fourd run` servers in child processes (`Server`, `start_fourd`).

Options objects are `Obj`s whose callbacks are `Function4D`s wrapping Python functions
`fn(this, *args)`, exactly what the interpreter will build from 4D code. Every socket is on
127.0.0.1 (listeners too, through FOURD_TCP_LISTEN_HOST) with ephemeral ports.
"""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time

os.environ.setdefault("FOURD_TCP_LISTEN_HOST", "127.0.0.1")

import pytest  # noqa: E402

from fourd.runtime import process  # noqa: E402
from fourd.runtime.classes.tcp import TCPConnection, TCPEvent, TCPListener  # noqa: E402,F401
from fourd.runtime.function import Function4D  # noqa: E402
from fourd.runtime.values import Blob4D, Coll, NULL, Obj  # noqa: E402,F401

HOST = "127.0.0.1"
CONNECTION_CALLBACKS = ("onConnection", "onData", "onShutdown", "onError", "onTerminate")
LISTENER_CALLBACKS = ("onConnection", "onError", "onTerminate")


def F(fn, name=""):
    """A 4D.Function calling `fn(this, *args)`."""
    return Function4D(fn, name=name or getattr(fn, "__name__", "formula"))


@pytest.fixture
def runtime():
    """A clean runtime before and after the test (processes, workers, sockets)."""
    process.reset()
    errors = []
    process.set_callback_error_handler(lambda err, context: errors.append((err, context)))
    yield errors
    process.set_callback_error_handler(None)
    process.reset()


def pump(until=None, timeout=5.0, step=0.02):
    """Dispatch the current process's events until `until()` or `timeout` (→ until()).
    `until` is re-checked every `step` s too, since it may depend on other threads."""
    proc = process.current_process()
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or proc.dispatch(until=until, timeout=min(step, remaining), idle=True):
            break
    return until() if until is not None else True


class Recorder:
    """Builds options objects whose callbacks record (who, callback, event type, thread)
    and optionally run an action `action(this, target, event)` (its result is returned:
    listener onConnection)."""

    def __init__(self):
        self.log = []
        self.lock = threading.Lock()

    def options(self, who, callbacks=CONNECTION_CALLBACKS, **actions):
        opts = Obj()
        for name in callbacks:
            opts[name] = F(self._callback(who, name, actions.get(name)), name)
        return opts

    def _callback(self, who, name, action):
        def callback(this, target, event):
            with self.lock:
                self.log.append((who, name, event.type, threading.get_ident()))
            if action is not None:
                return action(this, target, event)
            return None
        return callback

    def names(self, who):
        return [entry[1] for entry in self.log if entry[0] == who]

    def threads(self):
        return {entry[3] for entry in self.log}

    def count(self, who, name):
        return sum(1 for entry in self.log if entry[0] == who and entry[1] == name)


def echo_listener(recorder=None, who="server", port=0, **conn_actions):
    """A TCPListener (owned by the current process) accepting everything with an options
    object that echoes each data chunk back."""
    recorder = recorder or Recorder()
    conn_actions.setdefault("onData", lambda this, conn, event: conn.send(event.data))
    conn_opts = recorder.options(who, **conn_actions)
    listener_opts = recorder.options("listener", LISTENER_CALLBACKS,
                                     onConnection=lambda this, lst, ev: conn_opts)
    return TCPListener.new_4d(port, listener_opts), recorder


def free_port():
    """A port nothing listens on (bound then released)."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def data_of(event):
    return event.data.data


class Collector:
    """Client options accumulating received bytes; ends when `expected` bytes arrived
    (then shutdown())."""

    def __init__(self, expected=None, recorder=None, who="client"):
        self.buffer = bytearray()
        self.chunks = 0
        self.expected = expected
        self.recorder = recorder or Recorder()
        self.options = self.recorder.options(who, onData=self._on_data)

    def _on_data(self, this, conn, event):
        self.buffer += data_of(event)
        self.chunks += 1
        if self.expected is not None and len(self.buffer) >= self.expected:
            conn.shutdown()


def wait_for(predicate, timeout=5.0, step=0.005):
    """Poll (without dispatching) until predicate() or timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()


def recv_until_closed(sock):
    """Every byte a plain socket receives until the peer closes."""
    data = bytearray()
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            return bytes(data)
        data += chunk


def recv_exactly(sock, size: int) -> bytes:
    """`size` bytes from a plain socket (the peer must not close before)."""
    data = bytearray()
    while len(data) < size:
        chunk = sock.recv(65536)
        assert chunk, "the peer closed the connection early"
        data += chunk
    return bytes(data)


# ---------------------------------------------------------------- `fourd run` children
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(ROOT, "samples")


def fourd_env(**extra):
    """The environment of a `fourd` child: listeners on 127.0.0.1, no debug output."""
    env = dict(os.environ, FOURD_TCP_LISTEN_HOST="127.0.0.1", **extra)
    env.pop("FOURD_DEBUG", None)
    return env


def start_fourd(*args, **popen) -> subprocess.Popen:
    """`python -m fourd ARGS…` in the repository, text pipes for stdout and stderr."""
    return subprocess.Popen([sys.executable, "-m", "fourd", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT, env=fourd_env(),
                            **popen)


class Server:
    """A sample server started with port 0; `.port` is read from its first line."""

    def __init__(self, sample, *run_args, preexec_fn=None):
        self.proc = start_fourd("run", os.path.join(SAMPLES, sample), *run_args, "0",
                                preexec_fn=preexec_fn)
        line = self.proc.stdout.readline()
        match = re.search(r"listening on port (\d+)", line)
        assert match, (line, self.proc.stderr.read() if self.proc.poll() is not None else "")
        self.port = int(match.group(1))

    def stop(self):
        self.proc.send_signal(signal.SIGINT)
        self.proc.wait(5)
        out, err = self.proc.stdout.read(), self.proc.stderr.read()
        self.proc.stdout.close()
        self.proc.stderr.close()
        return self.proc.returncode, out, err

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)
