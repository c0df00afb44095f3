"""4D.TCPConnection and 4D.TCPEvent driven from Python (tcp.md §1, §2, §4, §7)."""
from __future__ import annotations

import gc
import socket
import struct
import threading
import time

import pytest

from fourd.runtime.errors import ERR_PARAM_COUNT, ERR_TYPE_MISMATCH, FourDError
from tcp_helpers import (HOST, Blob4D, Collector, Coll, F, NULL, Obj, Recorder, TCPConnection,
                         recv_until_closed,
                         TCPEvent, data_of, echo_listener, free_port, process, pump)
from tcp_helpers import runtime  # noqa: F401  (fixture)

pytestmark = pytest.mark.usefixtures("runtime")


def _server_thread(handler):
    """A plain Python socket server on 127.0.0.1 running `handler(conn)` for one client."""
    srv = socket.socket()
    srv.bind((HOST, 0))
    srv.listen(8)
    result = {}

    def run():
        conn, _ = srv.accept()
        try:
            result["value"] = handler(conn)
        finally:
            conn.close()
            srv.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return srv.getsockname()[1], thread, result


# -- callback order ----------------------------------------------------------------------


@pytest.mark.timeout(10)
def test_callback_order_client_and_server():
    listener, rec = echo_listener()
    sent = {}

    def on_data(this, conn, event):
        sent["reply"] = data_of(event)
        conn.shutdown()

    client = TCPConnection.new_4d(HOST, listener.port, rec.options("client", onData=on_data))
    client.send(Blob4D(b"ping"))
    client.wait(5)
    pump(lambda: rec.count("server", "onTerminate") == 1)
    assert sent["reply"] == b"ping"
    assert rec.names("client") == ["onConnection", "onData", "onShutdown", "onTerminate"]
    assert rec.names("server") == ["onConnection", "onData", "onShutdown", "onTerminate"]
    assert rec.names("listener") == ["onConnection"]
    types = [(e[1], e[2]) for e in rec.log if e[0] == "client"]
    assert types == [("onConnection", "connection"), ("onData", "data"),
                     ("onShutdown", "close"), ("onTerminate", "terminate")]
    assert client.closed is True
    assert len(client.errors) == 0 and isinstance(client.errors, Coll)
    listener.terminate()
    pump(lambda: rec.count("listener", "onTerminate") == 1)
    assert rec.names("listener") == ["onConnection", "onTerminate"]


@pytest.mark.timeout(10)
def test_callbacks_run_on_owner_thread_only():
    listener, rec = echo_listener()
    collector = Collector(expected=3, recorder=rec)
    client = TCPConnection.new_4d(HOST, listener.port, collector.options)
    client.send(bytearray(b"abc"))
    client.wait(5)
    listener.terminate()
    pump(lambda: rec.count("listener", "onTerminate") == 1)
    assert rec.threads() == {threading.get_ident()}


@pytest.mark.timeout(10)
def test_this_is_the_options_object_and_class_functions_are_found():
    class FakeClass:                       # what runtime.objects.find_function walks
        def __init__(self, functions, superclass=None):
            self.functions, self.superclass = functions, superclass

    seen = []
    base = FakeClass({"onData": F(lambda this, conn, ev: (seen.append(this), conn.shutdown()))})
    handler = Obj()
    handler.cls = FakeClass({}, superclass=base)
    listener, rec = echo_listener()
    client = TCPConnection.new_4d(HOST, listener.port, handler)
    client.send(Blob4D(b"x"))
    client.wait(5)
    assert seen == [handler] and seen[0] is handler


@pytest.mark.timeout(10)
def test_callback_added_after_creation_is_honoured():
    listener, rec = echo_listener()
    options = Obj()
    client = TCPConnection.new_4d(HOST, listener.port, options)
    got = []
    options["onData"] = F(lambda this, conn, ev: (got.append(data_of(ev)), conn.shutdown()))
    client.send(Blob4D(b"late"))
    client.wait(5)
    assert got == [b"late"]


# -- properties --------------------------------------------------------------------------


@pytest.mark.timeout(10)
def test_properties_client_and_server_side():
    server_side = []
    listener, rec = echo_listener(onConnection=lambda this, conn, ev: server_side.append(conn))
    client = TCPConnection.new_4d(HOST, listener.port, Collector(expected=2).options)
    assert client.address == HOST and client.port == listener.port
    assert client.listener is NULL
    assert client.closed is False and client.noDelay is False
    assert list(TCPConnection.props_4d) == ["address", "port", "listener", "closed", "errors",
                                            "noDelay"]
    client.send(Blob4D(b"hi"))
    client.wait(5)
    (conn,) = server_side
    assert conn.listener is listener
    assert conn.address == HOST
    assert conn.port == client._transport.get_extra_info("sockname")[1]
    for name, attr in TCPConnection.props_4d.items():
        getattr(client, attr)


@pytest.mark.timeout(10)
def test_no_delay_option_sets_tcp_nodelay():
    listener, rec = echo_listener()
    results = {}

    def on_connection(this, conn, ev):
        sock = conn._transport.get_extra_info("socket")
        results[this["name"]] = (conn.noDelay,
                                 sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
        conn.shutdown()

    for name, flag in (("fast", True), ("nagle", False)):
        options = Recorder().options(name, onConnection=on_connection)
        options["name"] = name
        options["noDelay"] = flag
        TCPConnection.new_4d(HOST, listener.port, options).wait(5)
    assert results == {"fast": (True, True), "nagle": (False, False)}


# -- connect failures --------------------------------------------------------------------


@pytest.mark.timeout(10)
def test_refused_connect_gives_onError_then_onTerminate():
    rec = Recorder()
    client = TCPConnection.new_4d(HOST, free_port(), rec.options("client"))
    assert client.closed is False          # new() never reports network failures
    client.wait(5)
    assert rec.names("client") == ["onError", "onTerminate"]
    assert client.closed is True
    assert len(client.errors) == 1
    err = client.errors[0]
    assert set(err) == {"errCode", "message", "componentSignature"}
    assert isinstance(err["errCode"], float) and err["errCode"] != 0
    assert "refused" in err["message"].lower()
    assert len(err["componentSignature"]) == 4


@pytest.mark.timeout(10)
def test_connection_timeout_option():
    # a listener that never accepts, with its accept queue filled: SYNs go unanswered
    srv = socket.socket()
    srv.bind((HOST, 0))
    srv.listen(0)
    port = srv.getsockname()[1]
    fillers = []
    try:
        for _ in range(4):
            s = socket.socket()
            s.setblocking(False)
            s.connect_ex((HOST, port))
            fillers.append(s)
        time.sleep(0.05)
        rec = Recorder()
        options = rec.options("client")
        options["connectionTimeout"] = 0.3
        start = time.monotonic()
        client = TCPConnection.new_4d(HOST, port, options)
        client.wait(5)
        elapsed = time.monotonic() - start
        if rec.names("client") != ["onError", "onTerminate"]:
            pytest.skip("kernel accepted the connection despite the full backlog")
        assert elapsed < 2.5
        assert "timed out" in client.errors[0]["message"].lower()
    finally:
        for s in fillers:
            s.close()
        srv.close()


# -- send --------------------------------------------------------------------------------


@pytest.mark.timeout(10)
def test_send_before_connection_is_queued_and_scalar_blob_is_copied():
    listener, rec = echo_listener()
    collector = Collector(expected=6)
    client = TCPConnection.new_4d(HOST, listener.port, collector.options)
    blob = bytearray(b"abc")
    client.send(blob)
    blob[:] = b"zzz"                       # a scalar Blob is a value: later changes don't count
    client.send(Blob4D(b"def"))
    client.send(bytearray())               # empty: no-op
    client.wait(5)
    assert bytes(collector.buffer) == b"abcdef"


@pytest.mark.timeout(10)
@pytest.mark.parametrize("bad", ["text", 42, 1.5, True, Obj(), Coll(), None])
def test_send_wrong_type_is_a_4D_error(bad):
    listener, rec = echo_listener()
    client = TCPConnection.new_4d(HOST, listener.port, Obj())
    with pytest.raises(FourDError) as info:
        client.send(bad)
    assert info.value.code == ERR_TYPE_MISMATCH
    with pytest.raises(FourDError) as info:
        client.send()
    assert info.value.code == ERR_PARAM_COUNT
    client.shutdown()
    client.wait(5)


@pytest.mark.timeout(10)
def test_send_after_close_does_not_raise():
    rec = Recorder()
    client = TCPConnection.new_4d(HOST, free_port(), rec.options("client"))
    client.wait(5)
    client.send(Blob4D(b"late"))           # terminated: ignored, no exception
    assert len(client.errors) == 1
    listener, rec2 = echo_listener()
    client2 = TCPConnection.new_4d(HOST, listener.port, Collector(expected=1).options)
    client2.send(Blob4D(b"a"))
    client2.shutdown()
    client2.send(Blob4D(b"after shutdown"))    # write side closed: recorded, no exception
    assert len(client2.errors) == 1
    client2.wait(5)


@pytest.mark.timeout(10)
@pytest.mark.parametrize("args", [(), ("127.0.0.1",), (80, 80), ("127.0.0.1", "80"),
                                  ("127.0.0.1", 80, "options"), ("127.0.0.1", 80, Coll()),
                                  ("h", 1, Obj(), 4)])
def test_new_with_wrong_arguments_is_a_4D_error(args):
    with pytest.raises(FourDError) as info:
        TCPConnection.new_4d(*args)
    assert info.value.code in (ERR_TYPE_MISMATCH, ERR_PARAM_COUNT)
    assert not process.current_process().live


@pytest.mark.timeout(10)
def test_options_may_be_omitted_or_null():
    listener, rec = echo_listener()
    for extra in ((), (NULL,), (None,)):
        client = TCPConnection.new_4d(HOST, listener.port, *extra)
        client.send(Blob4D(b"x"))
        client.shutdown()
        client.wait(5)
        assert client.closed


# -- shutdown / half close / reset -------------------------------------------------------


@pytest.mark.timeout(10)
def test_half_close_peer_still_sends_after_shutdown():
    def handler(conn):
        request = recv_until_closed(conn)          # until our FIN
        conn.sendall(b"got:" + request)    # the read direction is still open
        return request

    port, thread, result = _server_thread(handler)
    rec = Recorder()
    collector = Collector(recorder=rec)
    client = TCPConnection.new_4d(HOST, port, collector.options)
    client.send(Blob4D(b"question"))
    client.shutdown()
    assert client.closed is True           # decision 3: at once
    client.shutdown()                      # idempotent
    client.wait(5)
    thread.join(5)
    assert result["value"] == b"question"
    assert bytes(collector.buffer) == b"got:question"
    assert rec.names("client")[0] == "onConnection"
    assert rec.names("client")[-2:] == ["onShutdown", "onTerminate"]
    assert rec.count("client", "onShutdown") == 1 and rec.count("client", "onError") == 0


@pytest.mark.timeout(10)
def test_peer_reset_gives_onError():
    def handler(conn):
        conn.recv(10)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        return True                        # close() now sends RST

    port, thread, result = _server_thread(handler)
    rec = Recorder()
    client = TCPConnection.new_4d(HOST, port, rec.options("client"))
    client.send(Blob4D(b"hello"))
    client.wait(5)
    assert rec.names("client") == ["onConnection", "onError", "onTerminate"]
    assert client.closed and len(client.errors) == 1
    assert "reset" in client.errors[0]["message"].lower()


# -- wait ----------------------------------------------------------------------------------


@pytest.mark.timeout(10)
def test_wait_with_timeout_returns_and_without_timeout_waits_for_onTerminate():
    listener, rec = echo_listener()
    client = TCPConnection.new_4d(HOST, listener.port, rec.options("client"))
    start = time.monotonic()
    client.wait(0.3)
    elapsed = time.monotonic() - start
    assert 0.25 <= elapsed < 2
    assert rec.names("client") == ["onConnection"] and not client.closed
    client.shutdown()
    client.wait(0)                          # decision 1: 0 = no timeout
    assert rec.names("client")[-1] == "onTerminate"
    client.wait()                           # already over: returns at once
    with pytest.raises(FourDError):
        client.wait("1")


@pytest.mark.timeout(10)
def test_wait_dispatches_other_objects_and_nests_inside_callbacks():
    listener, rec = echo_listener()
    inner_done = []

    def on_connection(this, conn, ev):
        # a nested wait() inside a callback: dispatches the whole process again
        other = TCPConnection.new_4d(HOST, listener.port, Collector(expected=2).options)
        other.send(Blob4D(b"in"))
        other.wait(5)
        inner_done.append(other.closed)
        conn.shutdown()

    client = TCPConnection.new_4d(HOST, listener.port, rec.options("outer",
                                                                   onConnection=on_connection))
    client.wait(5)
    assert inner_done == [True]
    assert rec.names("outer") == ["onConnection", "onShutdown", "onTerminate"]


@pytest.mark.timeout(10)
def test_shutdown_in_callback_ends_wait():
    listener, rec = echo_listener()
    client = TCPConnection.new_4d(HOST, listener.port, rec.options(
        "client", onData=lambda this, conn, ev: conn.shutdown()))
    client.send(Blob4D(b"x"))
    start = time.monotonic()
    client.wait()
    assert time.monotonic() - start < 2
    assert rec.names("client")[-1] == "onTerminate"


# -- lifetime ------------------------------------------------------------------------------


@pytest.mark.timeout(10)
def test_unreferenced_connection_keeps_running():
    listener, rec = echo_listener()
    collector = Collector(expected=4)
    TCPConnection.new_4d(HOST, listener.port, collector.options).send(Blob4D(b"ping"))
    gc.collect()
    assert pump(lambda: collector.recorder.count("client", "onTerminate") == 1)
    assert bytes(collector.buffer) == b"ping"


@pytest.mark.timeout(10)
def test_error_in_callback_does_not_stop_the_server(runtime):
    def boom(this, conn, ev):
        raise FourDError(-1, "callback failed")

    listener, rec = echo_listener(onConnection=boom)
    collectors = []
    for _ in range(3):
        c = Collector(expected=2)
        collectors.append(c)
        TCPConnection.new_4d(HOST, listener.port, c.options).send(Blob4D(b"ok"))
    assert pump(lambda: all(c.recorder.count("client", "onTerminate") for c in collectors))
    assert [bytes(c.buffer) for c in collectors] == [b"ok"] * 3
    assert len(runtime) == 3 and "onConnection" in runtime[0][1]


# -- volume --------------------------------------------------------------------------------


@pytest.mark.timeout(15)
def test_one_megabyte_arrives_byte_exact_in_several_onData():
    listener, rec = echo_listener()
    payload = bytes(range(256)) * 4096        # 1 MiB
    collector = Collector(expected=len(payload))
    client = TCPConnection.new_4d(HOST, listener.port, collector.options)
    client.send(Blob4D(payload))
    client.wait(10)
    assert bytes(collector.buffer) == payload
    assert collector.chunks > 1
    server_chunks = sum(1 for e in rec.log if e[0] == "server" and e[1] == "onData")
    assert server_chunks > 1


@pytest.mark.timeout(20)
def test_200_concurrent_clients_echoed_byte_exact():
    listener, rec = echo_listener()
    collectors = []
    for i in range(200):
        payload = (b"%03d:" % i) * (50 + i)
        c = Collector(expected=len(payload))
        c.payload = payload
        collectors.append(c)
        client = TCPConnection.new_4d(HOST, listener.port, c.options)
        client.send(Blob4D(payload))
    assert pump(lambda: all(c.recorder.count("client", "onTerminate") for c in collectors),
                timeout=15)
    assert all(bytes(c.buffer) == c.payload for c in collectors)
    assert rec.count("listener", "onConnection") == 200
    assert pump(lambda: rec.count("server", "onTerminate") == 200)


# -- interop with plain sockets -----------------------------------------------------------


@pytest.mark.timeout(10)
def test_plain_socket_clients_against_4D_echo_listener():
    listener, rec = echo_listener()
    port = listener.port
    results = {}

    def client_thread(i):
        payload = bytes((i * 7 + k) % 256 for k in range(10000 + i))
        with socket.create_connection((HOST, port)) as s:
            s.sendall(payload)
            s.shutdown(socket.SHUT_WR)
            results[i] = recv_until_closed(s) == payload

    threads = [threading.Thread(target=client_thread, args=(i,)) for i in range(20)]
    for t in threads:
        t.start()
    # keep dispatching: closing sockets (FIN after the echoed bytes) happens in the loop
    assert pump(lambda: len(results) == 20 and rec.count("server", "onTerminate") == 20,
                timeout=8)
    for t in threads:
        t.join(2)
    assert results == {i: True for i in range(20)}


@pytest.mark.timeout(10)
def test_4D_client_against_plain_socket_server():
    payload = bytes(range(256)) * 300

    def handler(conn):
        data = recv_until_closed(conn)
        conn.sendall(data[::-1])
        return data

    port, thread, result = _server_thread(handler)
    collector = Collector()
    client = TCPConnection.new_4d(HOST, port, collector.options)
    client.send(Blob4D(payload))
    client.shutdown()
    client.wait(5)
    thread.join(5)
    assert result["value"] == payload
    assert bytes(collector.buffer) == payload[::-1]


# -- TCPEvent ------------------------------------------------------------------------------


@pytest.mark.timeout(10)
def test_tcp_event_properties():
    events = []

    def keep(this, conn, ev):
        events.append(ev)
        if ev.type == "data":
            conn.shutdown()

    listener, rec = echo_listener()
    client = TCPConnection.new_4d(HOST, listener.port, Recorder().options(
        "client", onConnection=keep, onData=keep, onShutdown=keep, onTerminate=keep))
    client.send(Blob4D(b"data!"))
    client.wait(5)
    assert [e.type for e in events] == ["connection", "data", "close", "terminate"]
    data_event = events[1]
    assert isinstance(data_event.data, Blob4D) and data_event.data.data == b"data!"
    assert events[0].data.size == 0           # decision: empty blob on non-data events
    for e in events:
        assert (e.address, e.port) == (HOST, listener.port)
    assert TCPEvent.props_4d["ip"] == "address"
    assert set(TCPEvent.props_4d) == {"type", "data", "address", "port", "ip"}
    assert data_event.to_json_4d() == {"type": "data", "address": HOST, "port": listener.port}
    with pytest.raises(FourDError):
        TCPEvent.new_4d()


@pytest.mark.timeout(10)
def test_send_and_shutdown_from_another_process_run_in_the_owner():
    # "all functions … are thread-safe" (tcp.md §0): the owner's loop does the writing
    listener, rec = echo_listener()
    collector = Collector()
    client = TCPConnection.new_4d(HOST, listener.port, collector.options)
    done = threading.Event()

    def remote(this, conn):
        conn.send(Blob4D(b"from "))
        conn.send(bytearray(b"a worker"))
        conn.shutdown()
        done.set()

    process.call_worker("sender", F(remote), (client,))
    assert done.wait(5)
    client.wait(5)
    assert bytes(collector.buffer) == b"from a worker"
    assert collector.recorder.threads() == {threading.get_ident()}
