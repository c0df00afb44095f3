"""4D.TCPListener driven from Python (tcp.md §3, §7)."""
from __future__ import annotations

import socket
import threading

import pytest

from fourd.runtime.errors import ERR_PARAM_COUNT, ERR_TYPE_MISMATCH, FourDError
from tcp_helpers import (HOST, LISTENER_CALLBACKS, Blob4D, Collector, Coll, NULL, Obj,
                         Recorder, TCPConnection, TCPListener, echo_listener, process, pump,
                         wait_for)
from tcp_helpers import runtime  # noqa: F401  (fixture)

pytestmark = pytest.mark.usefixtures("runtime")


def _can_bind(port):
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((HOST, port))
            s.listen(1)
            return True
        except OSError:
            return False


@pytest.mark.timeout(10)
def test_port_zero_reports_the_real_port_and_errors_start_empty():
    listener, rec = echo_listener()
    assert listener.port > 0
    assert isinstance(listener.errors, Coll) and len(listener.errors) == 0
    assert set(TCPListener.props_4d) == {"port", "errors"}
    assert TCPListener.shared is True
    assert not _can_bind(listener.port)            # really listening
    with socket.create_connection((HOST, listener.port)) as s:
        s.sendall(b"x")
        pump(lambda: rec.count("server", "onData") == 1)
        assert s.recv(10) == b"x"


@pytest.mark.timeout(10)
def test_listener_onConnection_event_describes_the_client():
    events = []
    conn_opts = Recorder().options("server")
    opts = Recorder().options("listener", LISTENER_CALLBACKS,
                              onConnection=lambda this, lst, ev: (events.append((this, lst, ev)),
                                                                  conn_opts)[1])
    listener = TCPListener.new_4d(0, opts)
    client = TCPConnection.new_4d(HOST, listener.port, Obj())
    pump(lambda: events)
    this, lst, ev = events[0]
    assert this is opts and lst is listener
    assert ev.type == "connection" and ev.address == HOST
    assert ev.port != listener.port and ev.port > 0
    client.shutdown()
    client.wait(5)


@pytest.mark.timeout(10)
@pytest.mark.parametrize("answer", [None, NULL, "yes", 1.0, True, Coll()])
def test_onConnection_not_returning_an_object_refuses(answer):
    rec = Recorder()
    server_opts = rec.options("server")
    listener_opts = rec.options("listener", LISTENER_CALLBACKS,
                                onConnection=lambda this, lst, ev: answer)
    listener = TCPListener.new_4d(0, listener_opts)
    client = TCPConnection.new_4d(HOST, listener.port, rec.options("client"))
    client.send(Blob4D(b"hello"))
    client.wait(5)
    assert rec.names("listener") == ["onConnection"]
    assert rec.names("server") == []                # no TCPConnection for it
    assert rec.names("client")[0] == "onConnection"
    assert rec.names("client")[-1] == "onTerminate"
    assert server_opts is not None


@pytest.mark.timeout(10)
def test_listener_without_onConnection_refuses():
    listener = TCPListener.new_4d(0, Obj())
    rec = Recorder()
    client = TCPConnection.new_4d(HOST, listener.port, rec.options("client"))
    client.wait(5)
    assert rec.names("client") == ["onConnection", "onShutdown", "onTerminate"]
    listener2 = TCPListener.new_4d(0)               # options omitted: same
    client2 = TCPConnection.new_4d(HOST, listener2.port, rec.options("client2"))
    client2.wait(5)
    assert rec.names("client2")[-1] == "onTerminate"


@pytest.mark.timeout(10)
def test_port_in_use_gives_onError_then_onTerminate_without_exception():
    first, _ = echo_listener()
    rec = Recorder()
    second = TCPListener.new_4d(first.port, rec.options("listener", LISTENER_CALLBACKS))
    assert second.port == first.port
    assert len(second.errors) == 1     # known at once (a script checks it before it
                                       # claims to listen); the callbacks come later
    assert pump(lambda: rec.count("listener", "onTerminate") == 1)
    assert rec.names("listener") == ["onError", "onTerminate"]
    assert [e[2] for e in rec.log] == ["error", "terminate"]
    assert len(second.errors) == 1
    err = second.errors[0]
    assert set(err) == {"errCode", "message", "componentSignature"}
    assert "in use" in err["message"]
    second.terminate()                              # harmless after the end
    pump(timeout=0.05)
    assert rec.count("listener", "onTerminate") == 1


@pytest.mark.timeout(10)
def test_terminate_releases_port_at_once_and_keeps_accepted_connections():
    listener, rec = echo_listener()
    port = listener.port
    collector = Collector()
    client = TCPConnection.new_4d(HOST, port, collector.options)
    client.send(Blob4D(b"one"))
    assert pump(lambda: bytes(collector.buffer) == b"one")
    listener.terminate()
    listener.terminate()                            # idempotent
    again, rec2 = echo_listener(port=port)          # same port, right away
    assert again.port == port
    pump(timeout=0.05)
    assert len(again.errors) == 0 and rec2.names("listener") == []
    client.send(Blob4D(b"two"))                     # the accepted connection still works
    assert pump(lambda: bytes(collector.buffer) == b"onetwo")
    assert rec.count("listener", "onTerminate") == 1
    assert rec.names("listener") == ["onConnection", "onTerminate"]
    client.shutdown()
    client.wait(5)
    again.terminate()
    assert pump(lambda: rec2.count("listener", "onTerminate") == 1)


@pytest.mark.timeout(10)
def test_terminate_right_after_new_releases_port():
    rec = Recorder()
    listener = TCPListener.new_4d(0, rec.options("listener", LISTENER_CALLBACKS))
    port = listener.port
    listener.terminate()                            # before the process dispatched anything
    assert _can_bind(port)
    pump(lambda: rec.count("listener", "onTerminate") == 1)
    assert rec.names("listener") == ["onTerminate"]


@pytest.mark.timeout(10)
@pytest.mark.parametrize("args", [(), ("80",), (80.0, "options"), (80, Obj(), 3), (None,)])
def test_new_with_wrong_arguments_is_a_4D_error(args):
    with pytest.raises(FourDError) as info:
        TCPListener.new_4d(*args)
    assert info.value.code in (ERR_TYPE_MISMATCH, ERR_PARAM_COUNT)


@pytest.mark.timeout(10)
def test_shared_options_object_across_connections():
    # miyako-style: the same handler object for every client; state keyed per connection
    seen = {}
    handler = Recorder().options("server", onData=lambda this, conn, ev: (
        seen.setdefault(id(conn), []).append(this), conn.send(ev.data)))
    opts = Recorder().options("listener", LISTENER_CALLBACKS,
                              onConnection=lambda this, lst, ev: handler)
    listener = TCPListener.new_4d(0, opts)
    collectors = [Collector(expected=1) for _ in range(3)]
    for c in collectors:
        TCPConnection.new_4d(HOST, listener.port, c.options).send(Blob4D(b"!"))
    assert pump(lambda: all(c.recorder.count("client", "onTerminate") for c in collectors))
    assert len(seen) == 3 and all(v[0] is handler for v in seen.values())


@pytest.mark.timeout(10)
def test_listener_in_a_worker_stopped_from_another_process():
    rec = Recorder()
    made = threading.Event()
    holder = {}

    def start(this):
        listener, _ = echo_listener(rec)
        holder["listener"] = listener
        holder["worker"] = threading.get_ident()
        process.storage["server"] = listener        # shared object: any process may hold it
        made.set()

    from tcp_helpers import F
    process.call_worker("tcp server", F(start), ())
    assert made.wait(5)
    listener = process.storage["server"]
    with socket.create_connection((HOST, listener.port)) as s:
        s.sendall(b"abc")
        assert s.recv(10) == b"abc"
        listener.terminate()                        # from process 1 → marshalled to the worker
        assert wait_for(lambda: rec.count("listener", "onTerminate") == 1)
        assert wait_for(lambda: _can_bind(listener.port))
        s.sendall(b"def")                           # accepted connection survives
        assert s.recv(10) == b"def"
    assert wait_for(lambda: rec.count("server", "onTerminate") == 1)
    assert rec.threads() == {holder["worker"]}      # every callback ran in the worker
    assert holder["worker"] != threading.get_ident()
