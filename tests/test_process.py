"""Processes, workers, shared objects and their commands (language.md §10, tcp.md §1.3-1.4)."""
from __future__ import annotations

import socket
import threading
import time

import pytest

from fourd.runtime.commands import process_cmds as process_commands
from fourd.runtime.commands.registry import lookup
from fourd.runtime.errors import FourDError, QuitRequest
from fourd.runtime.values import STAR
from tcp_helpers import (HOST, LISTENER_CALLBACKS, Blob4D, Coll, Collector, F, Obj, Recorder,
                         TCPConnection, TCPListener, echo_listener, process, wait_for)
from tcp_helpers import runtime  # noqa: F401  (fixture)

pytestmark = pytest.mark.usefixtures("runtime")


def _worker_recorder():
    log = []
    lock = threading.Lock()

    def record(this, *args):
        with lock:
            log.append((threading.get_ident(), process.current_process().name) + args)
    return log, F(record)


def test_main_process():
    proc = process.current_process()
    assert proc.number == 1 and proc.name == "Main"
    assert proc.thread_id == threading.get_ident()
    assert process_commands.current_process() == 1
    assert process_commands.current_process_name() == "Main"
    assert process_commands.process_number("Main") == 1
    assert process_commands.process_state(1) == process.EXECUTING
    assert process_commands.process_state(9999) == process.DOES_NOT_EXIST


def test_commands_are_registered_with_their_catalogue_numbers():
    expected = {"CALL WORKER": 1389, "KILL WORKER": 1390, "New process": 317,
                "Current process": 322, "Current process name": 1392, "DELAY PROCESS": 323,
                "Process state": 330, "Process number": 372, "Storage": 1525,
                "New shared object": 1526, "New shared collection": 1527}
    for name, number in expected.items():
        by_name, by_number = lookup(name), lookup("", number)
        assert by_name is not None and by_name is by_number and by_name.number == number
    assert lookup("call   worker") is lookup("CALL WORKER")


@pytest.mark.timeout(10)
def test_call_worker_runs_messages_in_order_on_one_thread_keeping_process_vars():
    log, record = _worker_recorder()

    def count(this, i):
        proc = process.current_process()
        proc.vars["counter"] = proc.vars.get("counter", 0) + 1
        record.call(None, i, proc.vars["counter"])

    counter = F(count)
    for i in range(50):
        process_commands.call_worker("w1", counter, i)
    assert wait_for(lambda: len(log) == 50)
    assert [entry[2] for entry in log] == list(range(50))
    assert [entry[3] for entry in log] == list(range(1, 51))   # process vars kept
    assert len({entry[0] for entry in log}) == 1
    assert log[0][0] != threading.get_ident() and log[0][1] == "w1"
    number = process_commands.process_number("w1")
    assert number > 1
    process_commands.call_worker(number, record, "by number")
    assert wait_for(lambda: len(log) == 51)
    process_commands.call_worker(9999, record, "nobody")       # unknown number: nothing
    time.sleep(0.05)
    assert len(log) == 51


@pytest.mark.timeout(10)
def test_messages_and_network_events_interleave_in_arrival_order():
    events = []
    made = threading.Event()

    def start(this):
        rec = Recorder()
        conn_opts = rec.options("server", onData=lambda this, conn, ev: events.append(
            ("data", ev.data.data)))
        listener = TCPListener.new_4d(0, rec.options(
            "listener", LISTENER_CALLBACKS, onConnection=lambda this, lst, ev: conn_opts))
        process.storage["port"] = float(listener.port)
        made.set()

    process.call_worker("mixer", F(start), ())
    assert made.wait(5)
    note = F(lambda this, text: events.append(("msg", text)))
    with socket.create_connection((HOST, int(process.storage["port"]))) as s:
        s.sendall(b"first")
        assert wait_for(lambda: ("data", b"first") in events)
        process.call_worker("mixer", note, ("second",))
        assert wait_for(lambda: ("msg", "second") in events)
        s.sendall(b"third")
        assert wait_for(lambda: ("data", b"third") in events)
    assert events == [("data", b"first"), ("msg", "second"), ("data", b"third")]


@pytest.mark.timeout(10)
def test_method_names_resolve_through_the_resolver(runtime):
    from fourd.runtime import host
    log, record = _worker_recorder()
    previous = host.project()

    class Methods:                  # a HostProject knowing one method
        resolve_method = staticmethod({"logIt": record}.get)
    host.install(Methods())
    try:
        process.call_worker("named", "logIt", ("a",))
        process.call_worker("named", "", ("b",))             # "" = the starting method
        process.call_worker("named", "noSuchMethod", ("c",))
        assert wait_for(lambda: len(log) == 2 and len(runtime) == 1)
        assert [entry[2] for entry in log] == ["a", "b"]
        assert "noSuchMethod" in str(runtime[0][0])
        process.call_worker(1, "", ())                       # does nothing (docs)
        assert not process.current_process().events
    finally:
        host.install(previous)


@pytest.mark.timeout(10)
def test_object_parameters_are_copied_unless_shared():
    received = []
    done = threading.Event()

    def take(this, plain, shared, blob):
        plain["changed"] = True
        received.extend([plain, shared, blob])
        done.set()

    plain = Obj(a=1.0)
    plain["inner"] = Coll([Obj(b=2.0)])
    shared = lookup("New shared object").fn("k", 1)
    blob = bytearray(b"xy")
    process.call_worker("copier", F(take), (plain, shared, blob))
    assert done.wait(5)
    copy, same, blob_copy = received
    assert copy is not plain and "changed" not in plain
    assert copy["inner"] is not plain["inner"] and copy["inner"][0]["b"] == 2.0
    assert same is shared
    assert blob_copy == blob and blob_copy is not blob


@pytest.mark.timeout(10)
def test_kill_worker_drops_pending_messages_and_closes_sockets_without_callbacks():
    log, record = _worker_recorder()
    rec = Recorder()
    gate = threading.Event()
    holder = {}

    def start(this):
        listener = TCPListener.new_4d(0, rec.options("listener", LISTENER_CALLBACKS))
        holder["port"] = listener.port
        gate.wait(5)                       # keep the worker busy while messages pile up

    process.call_worker("victim", F(start), ())
    assert wait_for(lambda: "port" in holder)
    for i in range(5):
        process.call_worker("victim", record, (i,))
    process_commands.kill_worker("victim")
    gate.set()
    assert wait_for(lambda: process_commands.process_number("victim") == 0)
    assert log == []                                      # pending messages dropped
    assert rec.log == []                                  # no onTerminate (tcp.md §1.4)
    with socket.socket() as s:                            # port released
        s.bind((HOST, holder["port"]))
    # a new CALL WORKER with the same name starts a new worker
    process.call_worker("victim", record, ("again",))
    assert wait_for(lambda: len(log) == 1 and log[0][2] == "again")
    assert process.process_state(process.process_number("victim")) in (
        process.EXECUTING, process.WAITING_FOR_INTERNAL_FLAG)


@pytest.mark.timeout(10)
def test_kill_worker_from_inside_the_worker():
    log, record = _worker_recorder()

    queued = threading.Event()

    def stop(this):
        queued.wait(5)              # the second message is queued before the worker kills itself
        process_commands.kill_worker()
        record.call(None, "after kill, same message")

    process.call_worker("selfkill", F(stop), ())
    process.call_worker("selfkill", record, ("dropped",))
    queued.set()
    assert wait_for(lambda: process_commands.process_number("selfkill") == 0)
    assert [entry[2] for entry in log] == ["after kill, same message"]


@pytest.mark.timeout(10)
def test_new_process_ends_with_its_method_and_closes_its_sockets():
    rec = Recorder()
    info = {}

    def method(this, text, options):
        info["args"] = (text, options)
        info["name"] = process.current_process().name
        listener = TCPListener.new_4d(0, rec.options("listener", LISTENER_CALLBACKS))
        info["port"] = listener.port

    options = Obj(x=1.0)
    number = process_commands.new_process(F(method), 0, "classic", "hello", options)
    assert number > 1
    assert wait_for(lambda: process.process_state(number) == process.ABORTED)
    assert info["name"] == "classic" and info["args"][0] == "hello"
    assert info["args"][1] is not options                 # copied
    assert rec.log == []                                  # no callbacks after the end
    with socket.socket() as s:
        s.bind((HOST, info["port"]))


@pytest.mark.timeout(10)
def test_new_process_star_returns_the_existing_process():
    gate = threading.Event()
    number = process_commands.new_process(F(lambda this: gate.wait(5)), 0, "unique")
    again = process_commands.new_process(F(lambda this: None), 0, "unique", STAR)
    assert again == number
    gate.set()
    with pytest.raises(FourDError):
        process_commands.new_process("noSuchMethod", 0)


@pytest.mark.timeout(10)
def test_delay_process_sleeps_without_dispatching():
    listener, rec = echo_listener()
    collector = Collector(expected=2)
    client = TCPConnection.new_4d(HOST, listener.port, collector.options)
    client.send(Blob4D(b"hi"))
    start = time.monotonic()
    process_commands.delay_process(process_commands.current_process(), 12)   # 0.2 s
    assert 0.18 <= time.monotonic() - start < 1
    assert collector.recorder.log == [] and rec.log == []   # decision 10: no callbacks
    client.wait(5)
    assert bytes(collector.buffer) == b"hi"
    process_commands.delay_process(9999, 60)                # unknown process: nothing


@pytest.mark.timeout(10)
def test_delay_process_of_a_worker_and_process_state():
    log, record = _worker_recorder()
    process.call_worker("sleepy", record, ("first",))
    assert wait_for(lambda: len(log) == 1)
    number = process_commands.process_number("sleepy")
    assert wait_for(lambda: process.process_state(number) == process.WAITING_FOR_INTERNAL_FLAG)
    process_commands.delay_process(number, 30)              # 0.5 s
    assert process.process_state(number) == process.DELAYED
    start = time.monotonic()
    process.call_worker("sleepy", record, ("second",))
    assert wait_for(lambda: len(log) == 2)
    assert time.monotonic() - start >= 0.4


def test_storage_is_a_shared_object_outside_groups():
    assert process_commands.storage() is process.storage
    assert process.storage.shared and process.storage._is_storage
    assert isinstance(process.storage, Obj)


# -- run_main ------------------------------------------------------------------------------


@pytest.mark.timeout(10)
def test_run_main_dispatches_until_nothing_is_alive():
    rec = Recorder()
    order = []

    def main():
        listener, _ = echo_listener(rec)

        def on_data(this, conn, ev):
            order.append(ev.data.data)
            conn.shutdown()

        def on_terminate(this, conn, ev):
            order.append("client done")
            listener.terminate()

        client = TCPConnection.new_4d(HOST, listener.port, rec.options(
            "client", onData=on_data, onTerminate=on_terminate))
        client.send(Blob4D(b"hi"))
        order.append("main done")           # callbacks only after the script's last line

    assert process.run_main(main) == 0
    assert order == ["main done", b"hi", "client done"]
    assert rec.names("listener")[-1] == "onTerminate"
    assert process.current_process().live == set()


@pytest.mark.timeout(10)
def test_run_main_waits_for_worker_messages_and_worker_objects():
    log, record = _worker_recorder()
    rec = Recorder()

    def serve(this):
        listener, _ = echo_listener(rec)
        process.storage["listener"] = listener

    def client_job(this):
        listener = process.storage["listener"]
        collector = Collector(expected=3)
        conn = TCPConnection.new_4d(HOST, listener.port, collector.options)
        conn.send(Blob4D(b"abc"))
        conn.wait(5)
        record.call(None, bytes(collector.buffer))
        listener.terminate()                # from another worker → marshalled

    def main():
        process.call_worker("server", F(serve), ())
        process.call_worker("server", F(lambda this: process.call_worker("client", F(client_job),
                                                                         ())), ())

    start = time.monotonic()
    assert process.run_main(main) == 0
    assert time.monotonic() - start < 5
    assert [entry[2] for entry in log] == [b"abc"]
    assert rec.names("listener") == ["onConnection", "onTerminate"]
    assert process.all_processes() == [process.current_process()]   # workers ended


@pytest.mark.timeout(10)
def test_run_main_quit_and_propagated_errors():
    def quitting():
        process.call_worker("q", F(lambda this: (_ for _ in ()).throw(QuitRequest())), ())
        echo_listener()                     # would keep run_main alive forever otherwise

    assert process.run_main(quitting) == 0
    assert process.all_processes() == [process.current_process()]

    def failing():
        echo_listener()
        raise FourDError(-1, "script error")

    with pytest.raises(FourDError):
        process.run_main(failing)
    assert process.current_process().live == set()


@pytest.mark.timeout(10)
def test_messages_to_the_main_process_run_in_run_main():
    log, record = _worker_recorder()

    def main():
        process.call_worker("helper", F(lambda this: process.call_worker(1, record, ("to main",))),
                            ())

    assert process.run_main(main) == 0
    assert [(entry[0], entry[2]) for entry in log] == [(threading.get_ident(), "to main")]


# -- event loops ---------------------------------------------------------------------------


def test_loop_choice(monkeypatch):
    from fourd.runtime.net import loops
    monkeypatch.setenv("FOURD_LOOP", "asyncio")
    assert loops.loop_kind(True) == loops.loop_kind(False) == "asyncio"
    monkeypatch.setenv("FOURD_LOOP", "")
    if loops._uvloop is None:
        assert loops.loop_kind(False) == "asyncio"
        return
    assert loops.loop_kind(False) == "uvloop"
    assert loops.loop_kind(True) == ("uvloop" if loops._UVLOOP_MAIN_OK else "asyncio")


def test_uvloop_does_not_set_up_signals_on_the_main_thread():
    # runtime/net/loops.py: uvloop must not rebuild its signal self-pipe at every run on the
    # main thread (process 1 runs its loop once per batch of events); run_main() handles
    # signals itself. uvloop checks "main thread" first in add_signal_handler: ValueError.
    from fourd.runtime.net import loops
    import signal as _signal
    if not loops._UVLOOP_MAIN_OK:
        pytest.skip("uvloop not installed or the workaround is unavailable")
    loop = loops._uvloop.new_event_loop()

    async def not_a_handler():
        pass
    try:
        with pytest.raises(ValueError):
            loop.add_signal_handler(_signal.SIGUSR2, not_a_handler)
        loop.call_soon(loop.stop)
        loop.run_forever()
    finally:
        loop.close()



@pytest.mark.timeout(60)
def test_a_forked_child_leaves_the_parents_processes_alone():
    """A forked child starts with no process (runtime/process.py, _after_fork_in_child) and
    leaves its parent's as they are, even once it has collected them: process 1's loop, whose
    epoll the child shares, still wakes when another thread posts to it after the fork."""
    import gc
    import os
    main = process.current_process()
    main.event_loop()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            inherited = main
            main = None              # the child holds no reference of its own to it
            code = 0 if process.current_process() is not inherited else 2
            del inherited
            gc.collect()
        finally:
            os._exit(code)
    assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0
    woke = []

    def post_once_main_waits():
        while not main.in_loop:
            time.sleep(0.01)
        main.post_threadsafe(lambda: woke.append(True))
    threading.Thread(target=post_once_main_waits, daemon=True).start()
    assert main.dispatch(until=lambda: woke == [True], idle=True)
