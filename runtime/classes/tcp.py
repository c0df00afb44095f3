"""`4D.TCPListener`, `4D.TCPConnection`, `4D.TCPEvent` (tcp.md).

Socket activity arrives from runtime/net/sockets.py inside the owner process's event loop and
is turned into TCPEvent objects queued on that process (runtime/process.py). A TCPEvent
is also the queue entry itself: calling it delivers it (`_fn(_target, event)`), so one
received chunk costs one event object (plus its 4D.Blob) and no other allocation.

Callbacks are looked up by name on the options object at delivery time and called with
`This` = the options object (tcp.md §1.1), always through `process.run_callback`.
"""
from __future__ import annotations

import asyncio
import errno

from ..errors import FourDError, ERR_PARAM_COUNT, ERR_TYPE_MISMATCH
from ..net.sockets import (ConnectionProtocol, error_info, open_listening_socket, serve_now,
                       set_no_delay)
from ..objects import find_function
from ..process import current_process, report_unhandled
from ..values import Blob4D, Coll, NULL, Obj, type_name
from ..builtin import BuiltinObject, builtin_class
from .asynchronous import (AsyncObject, is_number, option_bool, option_seconds,
                           options_argument, timeout_argument)

ERROR_SIGNATURE = "TCP "        # componentSignature of TCP errors (tcp.md §1.5 decision)
FLUSH_TIMEOUT = 10.0            # s a closed connection may take to flush unsent bytes
# Flow control: a connection stops reading from its socket while more than
# READ_HIGH received bytes wait for onData (a slow callback) or more than WRITE_HIGH bytes
# wait to be sent (a peer that does not read what it is answered): its peer then waits, and
# the process's memory stays bounded. Sending beyond SEND_LIMIT unsent bytes ends the
# connection with an error (a peer that reads nothing of a stream it is sent).
READ_HIGH, READ_LOW = 1 << 20, 1 << 18
WRITE_HIGH = 1 << 20
SEND_LIMIT = 256 << 20
_EMPTY_BLOB = Blob4D()          # `.data` of non-data events (tcp.md §4.2 decision)

# connection / listener states
CONNECTING, ACCEPTING, OPEN, CLOSING, TERMINATED, DEAD = range(6)



def _error_object(code: int, message: str) -> Obj:
    """An element of `.errors` (tcp.md §1.5)."""
    err = Obj()
    err["errCode"] = float(code)
    err["message"] = message
    err["componentSignature"] = ERROR_SIGNATURE
    return err


def _port_argument(value, what: str) -> int:
    if not is_number(value):
        raise FourDError(ERR_TYPE_MISMATCH, f"{what}: the port must be a Number, "
                                            f"not {type_name(value)}")
    if value != value or value in (float("inf"), float("-inf")):
        raise FourDError(ERR_TYPE_MISMATCH, f"{what}: invalid port number")
    return int(value)


# --------------------------------------------------------------------------------------


@builtin_class("TCPEvent")
class TCPEvent(BuiltinObject):
    """Immutable event passed to callbacks (tcp.md §4); also the queued event itself."""
    __slots__ = ("type", "data", "address", "port", "_target", "_fn")
    props_4d = {"type": "type", "data": "data", "address": "address", "port": "port",
                "ip": "address"}    # `ip`: older name of `address` (tcp.md §4.3)

    def __init__(self, type_, address, port, target=None, fn=None, data=_EMPTY_BLOB):
        self.type = type_
        self.data = data
        self.address = address
        self.port = port
        self._target = target
        self._fn = fn

    def __call__(self):
        self._fn(self._target, self)

    @classmethod
    def new_4d(cls, *args):
        raise FourDError(ERR_TYPE_MISMATCH, "4D.TCPEvent objects are created by 4D; "
                                            "4D.TCPEvent.new() is not available")

    def to_json_4d(self):
        # tcp.md §4 decision: JSON Stringify shows type, address, port (not data)
        return {"type": self.type, "address": self.address, "port": self.port}

    def __repr__(self):
        return f"<4D.TCPEvent {self.type} {self.address}:{self.port}>"


_new_event = TCPEvent.__new__
_new_blob = Blob4D.__new__


# --------------------------------------------------------------------------------------


@builtin_class("TCPConnection")
class TCPConnection(AsyncObject):
    """A client connection (`4D.TCPConnection.new`) or one accepted by a TCPListener."""
    props_4d = {"address": "address", "port": "port", "listener": "listener",
                "closed": "closed", "errors": "errors", "noDelay": "noDelay"}
    methods_4d = {"send": "send", "shutdown": "shutdown", "wait": "wait"}
    callback_label = "TCPConnection"

    def __init__(self, proc, options, address, port, listener, state):
        super().__init__(proc, options)
        self._state = state
        self.address = address
        self.port = port
        self.listener = listener
        self.closed = False
        self.errors = Coll()
        self.noDelay = False
        self._transport = None
        self._writable = False      # connected, write side open, transport alive
        self._lost = False          # transport gone (connection_lost seen)
        self._final = False         # onShutdown/onError event already queued
        self._shut = False          # shutdown() called
        self._pending = []          # bytes sent before the connection is established
        self._queued = 0            # bytes received, not yet delivered to onData
        self._write_blocked = False # more than WRITE_HIGH bytes wait to be sent
        self._reading = True        # reading from the socket (not paused)
        self._error = None          # the error object of the queued onError event
        self._task = None           # client connect task

    def __repr__(self):
        return f"<4D.TCPConnection {self.address}:{self.port} state={self._state}>"

    # -- 4D API -------------------------------------------------------------------------

    @classmethod
    def new_4d(cls, *args):
        """`4D.TCPConnection.new(serverAddress; serverPort {; options})` (tcp.md §2.1)."""
        what = "4D.TCPConnection.new"
        if len(args) < 2 or len(args) > 3:
            raise FourDError(ERR_PARAM_COUNT,
                             f"{what}: expected (serverAddress; serverPort {{; options}})")
        address = args[0]
        if not isinstance(address, str):
            raise FourDError(ERR_TYPE_MISMATCH, f"{what}: the server address must be a Text, "
                                                f"not {type_name(address)}")
        port = _port_argument(args[1], what)
        options = options_argument(args, 2, what)
        proc = current_process()
        conn = cls(proc, options, address, port, NULL, CONNECTING)
        conn.noDelay = option_bool(options, "noDelay")
        conn._adopt()
        conn._task = proc.event_loop().create_task(
            conn._connect(address, port, option_seconds(options, "connectionTimeout")))
        return conn

    def send(self, *args):
        """`.send(data : Blob)` (tcp.md §2.5)."""
        if len(args) != 1:
            raise FourDError(ERR_PARAM_COUNT, "TCPConnection.send: expected one Blob parameter")
        data = args[0]
        t = type(data)
        if t is Blob4D:
            payload = data.data
        elif t is bytearray:
            payload = bytes(data)   # the scalar blob may change after send() returns
        elif t is bytes:
            payload = data
        elif isinstance(data, Blob4D):
            payload = data.data
        else:
            raise FourDError(ERR_TYPE_MISMATCH, "TCPConnection.send: the parameter must be a "
                                                f"Blob, not {type_name(data)}")
        if not payload:
            return None
        self._in_owner(self._write, payload, self._shut)    # thread-safe (tcp.md §0)
        return None

    def _write(self, payload, shut):
        """Send, or queue while connecting; `shut`: shutdown() had been called by then."""
        if self._writable:
            transport = self._transport
            if transport.get_write_buffer_size() > SEND_LIMIT:
                self._writable = False
                self._post_error(OSError(errno.ENOBUFS, "the peer does not read"))
                transport.abort()
                return
            try:
                transport.write(payload)
            except (RuntimeError, OSError) as exc:
                self._writable = False
                self.errors.append(_error_object(*error_info(exc, self._where())))
            return
        if self._state == CONNECTING and not shut:
            self._pending.append(payload)
        elif self._state < TERMINATED:
            # decision 11: no exception; the error is recorded
            self.errors.append(_error_object(
                errno.EPIPE, f"TCPConnection.send: the connection is closed for sending "
                             f"({self._where()})"))

    def shutdown(self, *args):
        """`.shutdown()`: half-close (FIN); idempotent; `.closed` is True at once."""
        if self._shut:
            return None
        self._shut = True
        self.closed = True
        self._in_owner(self._write_eof)
        return None

    def _write_eof(self):
        if self._writable:
            self._writable = False
            try:
                self._transport.write_eof()     # after the bytes already queued
            except (RuntimeError, OSError):
                pass
        # still connecting: _on_made() sends the queued bytes, then the FIN

    def wait(self, *args):
        """`.wait({timeout})`: dispatch the process's events until onTerminate has run or
        `timeout` seconds have passed; timeout <= 0 or omitted = no timeout (decision 1)."""
        self._wait_until_over(timeout_argument(args, "TCPConnection.wait"))
        return None

    def _is_over(self):
        return self._state >= TERMINATED

    def _where(self):
        return f"{self.address}:{self.port}"

    # -- connecting (client) ------------------------------------------------------------

    async def _connect(self, host, port, timeout):
        try:
            connect = self._loop.create_connection(self._make_protocol, host, port)
            if timeout is None:
                await connect
            else:
                await asyncio.wait_for(connect, timeout)
        except asyncio.CancelledError:
            return
        except (OSError, asyncio.TimeoutError, OverflowError, ValueError, UnicodeError) as exc:
            if self._state == CONNECTING:
                self._post_error(exc)

    def _make_protocol(self):
        return ConnectionProtocol(self)

    # -- transport activity (called inside the loop by ConnectionProtocol) --------------

    def _on_made(self, transport):
        self._transport = transport
        transport.set_write_buffer_limits(high=WRITE_HIGH)
        if self._state >= TERMINATED:       # abandoned, or ended while connecting
            self._lost = True
            transport.abort()
            return
        if self.listener is NULL:                      # client: connected
            set_no_delay(transport, self.noDelay)
            if self._pending:
                transport.writelines(self._pending)
            self._pending = None
            if self._shut:
                transport.write_eof()
            else:
                self._writable = True
            self._state = OPEN
            self._post(TCPEvent("connection", self.address, self.port, self, _deliver_connection))
        else:                                          # accepted: the listener decides
            peer = transport.get_extra_info("peername") or ("", 0)
            self.address, self.port = peer[0], peer[1]
            self._adopt()
            self._post(TCPEvent("connection", self.address, self.port, self, _deliver_accept))

    def _on_data(self, data):
        # the hot path (one call per received chunk): objects built without their __init__
        # (`data` is already bytes)
        blob = _new_blob(Blob4D)
        blob.data = data
        event = _new_event(TCPEvent)
        event.type = "data"
        event.data = blob
        event.address = self.address
        event.port = self.port
        event._target = self
        event._fn = _deliver_data
        self._proc.post(event)
        self._queued += len(data)
        if self._queued > READ_HIGH and self._reading:
            self._set_reading()

    def _on_write_blocked(self, blocked):
        self._write_blocked = blocked
        self._set_reading()

    def _set_reading(self):
        """Read from the socket unless received bytes pile up or sent ones do not leave."""
        want = not self._write_blocked and self._queued <= READ_LOW
        if want != self._reading and not self._lost and self._transport is not None:
            self._reading = want
            try:
                if want:
                    self._transport.resume_reading()
                else:
                    self._transport.pause_reading()
            except (RuntimeError, OSError):     # closing meanwhile
                pass

    def _on_eof(self):
        self._post_close()

    def _on_lost(self, exc):
        self._lost = True
        self._writable = False
        if exc is None:
            self._post_close()
        else:
            self._post_error(exc)
        if self._state >= TERMINATED:
            self._release()

    def _post_close(self):
        if self._final or self._state >= TERMINATED:
            return
        self._final = True
        self._post(TCPEvent("close", self.address, self.port, self, _deliver_close))

    def _post_error(self, exc):
        if self._final or self._state >= TERMINATED:
            return
        self._final = True
        self._error = _error_object(*error_info(exc, self._where()))
        self._post(TCPEvent("error", self.address, self.port, self, _deliver_error))

    # -- ending -------------------------------------------------------------------------

    def _terminate(self):
        """Close, call onTerminate (always last), drop the internal reference."""
        self._state = TERMINATED
        self.closed = True
        self._writable = False
        transport = self._transport
        if transport is not None:
            if not self._lost:
                transport.close()       # flushes what is still queued, then closes
                if transport.get_write_buffer_size():
                    self._loop.call_later(FLUSH_TIMEOUT, transport.abort)
        elif self._task is not None and not self._task.done():
            self._task.cancel()
        self._fire("onTerminate", TCPEvent("terminate", self.address, self.port))
        self._mark_over()
        if transport is None or self._lost:
            self._release()

    def _refuse(self):
        """The listener's onConnection did not return an object (tcp.md §3.3)."""
        self._state = DEAD
        self._writable = False
        self.closed = True
        self._mark_over()
        if self._lost:
            self._release()
        else:
            self._transport.close()

    def _abandon(self):
        """The owner process ended: close without callbacks (tcp.md §1.4)."""
        self._state = DEAD
        self._writable = False
        self.closed = True
        self._mark_over()
        if self._task is not None and not self._task.done():
            self._task.cancel()
        transport = self._transport
        if transport is not None and not self._lost:
            if transport.get_write_buffer_size():
                transport.abort()
            else:
                transport.close()

    def _force_terminate(self):
        """SIGINT/SIGTERM: end with callbacks (onError if still connecting, else
        onShutdown), then onTerminate."""
        if self._state == CONNECTING:
            if self._task is not None and not self._task.done():
                self._task.cancel()
            self._post_error(ConnectionAbortedError(errno.ECONNABORTED, "Connection aborted"))
        elif self._state in (OPEN, ACCEPTING):
            self._post_close()


# event delivery (run by the owner process, outside its loop) ------------------------------


def _deliver_connection(conn, event):
    if conn._state == OPEN:
        conn._fire("onConnection", event)


def _deliver_data(conn, event):
    conn._queued -= len(event.data.data)
    if not conn._reading and conn._queued <= READ_LOW:
        conn._set_reading()
    if conn._state == OPEN:
        conn._fire("onData", event)


def _deliver_close(conn, event):
    if conn._state < TERMINATED:
        conn.closed = True
        if conn._state == OPEN:
            conn._fire("onShutdown", event)
        conn._terminate()


def _deliver_error(conn, event):
    if conn._state < TERMINATED:
        conn.closed = True
        conn.errors.append(conn._error)
        _fire_error(conn, event)
        conn._terminate()


def _fire_error(obj, event):
    """onError, or, when there is none, the error goes to stderr and makes the run's exit
    code 1 (an error nobody handled); the process goes on either way."""
    options = obj._options
    if options is not None and find_function(options, "onError") is not None:
        obj._fire("onError", event)
        return
    error = obj._error
    report_unhandled(FourDError(int(error["errCode"]), error["message"], ERROR_SIGNATURE),
                     f"{obj.callback_label} with no onError callback")


def _deliver_accept(conn, event):
    """Listener onConnection: its result accepts (an object = the connection's options)
    or refuses (anything else) the connection (tcp.md §3.3)."""
    if conn._state != ACCEPTING:
        return
    listener = conn.listener
    result = listener._fire("onConnection", event) if listener._state == OPEN else None
    if not isinstance(result, Obj):
        conn._refuse()
        return
    conn._options = result
    conn.noDelay = option_bool(result, "noDelay")
    conn._state = OPEN
    if not conn._lost:
        conn._writable = True
        set_no_delay(conn._transport, conn.noDelay)
    conn._fire("onConnection", TCPEvent("connection", conn.address, conn.port))


# --------------------------------------------------------------------------------------


@builtin_class("TCPListener")
class TCPListener(AsyncObject):
    """A TCP server socket (tcp.md §3). A shared object: any process may hold it and call
    terminate(); callbacks run in the process that created it."""
    props_4d = {"port": "port", "errors": "errors"}
    methods_4d = {"terminate": "terminate"}
    shared = True
    terminate_order = 0
    callback_label = "TCPListener"

    def __init__(self, proc, options, port):
        super().__init__(proc, options)
        self._state = OPEN
        self.port = port
        self.errors = Coll()
        self._server = None
        self._error = None
        self._accept_error_quiet = 0.0  # no accept error reported before (loop time)

    def __repr__(self):
        return f"<4D.TCPListener port={self.port} state={self._state}>"

    @classmethod
    def new_4d(cls, *args):
        """`4D.TCPListener.new(port {; options})` (tcp.md §3.1)."""
        what = "4D.TCPListener.new"
        if len(args) < 1 or len(args) > 2:
            raise FourDError(ERR_PARAM_COUNT, f"{what}: expected (port {{; options}})")
        port = _port_argument(args[0], what)
        options = options_argument(args, 1, what)
        proc = current_process()
        listener = cls(proc, options, port)
        listener._adopt()
        try:
            sock = open_listening_socket(port)
            listener.port = sock.getsockname()[1]   # decision 13: the real port for 0
            try:
                listener._server = serve_now(proc.event_loop(), listener._make_protocol, sock)
                _watch_accept_errors(listener, sock.fileno())
            except BaseException:
                sock.close()
                raise
        except (OSError, OverflowError, ValueError, RuntimeError) as exc:
            # decision 5: no exception; onError then onTerminate
            listener._state = CLOSING
            listener._error = _error_object(*error_info(exc, f"port {port}"))
            listener.errors.append(listener._error)     # at once: the script may check it
            listener._post(TCPEvent("error", "", 0, listener, _deliver_listener_error))
        return listener

    def terminate(self, *args):
        """`.terminate()`: close the listening socket at once (connections already accepted
        stay open), then onTerminate; idempotent. From another process, the request is
        marshalled to the owner."""
        self._in_owner(self._terminate_in_owner)
        return None

    # -- internals ----------------------------------------------------------------------

    def _make_protocol(self):
        return ConnectionProtocol(TCPConnection(self._proc, None, "", 0, self, ACCEPTING))

    def _close_socket(self):
        if self._server is not None:
            for sock in self._server.sockets:
                _accepting.pop(sock.fileno(), None)
            self._server.close()    # closes the listening socket now: the port is free
            self._server = None

    def _terminate_in_owner(self):
        if self._state != OPEN:
            return
        self._state = CLOSING
        self._close_socket()
        self._post(TCPEvent("terminate", "", 0, self, _deliver_listener_terminate))

    def _is_over(self):
        return self._state >= TERMINATED

    def _finish(self, event=None):
        self._state = TERMINATED
        self._fire("onTerminate", event or TCPEvent("terminate", "", 0))
        self._mark_over()
        self._release()

    def _abandon(self):
        self._state = DEAD
        self._mark_over()
        self._close_socket()

    def _force_terminate(self):
        self._terminate_in_owner()


def _deliver_listener_error(listener, event):
    if listener._state < TERMINATED:
        _fire_error(listener, event)
        listener._finish()


# -- accept errors: out of file descriptors (EMFILE) and the like --------------------------
# The event loop reports a failed accept() to its exception handler only (then it retries a
# second later): fourd's handler turns it into the listener's onError, at most once a
# second, and the listener goes on accepting.
_accepting: dict = {}           # listening socket fd -> its TCPListener


def _watch_accept_errors(listener, fd):
    _accepting[fd] = listener
    loop = listener._loop
    if loop.get_exception_handler() is not _on_loop_exception:
        loop.set_exception_handler(_on_loop_exception)


def _on_loop_exception(loop, context):
    handle = context.get("handle")
    if getattr(getattr(handle, "_callback", None), "__name__", "") == "_start_serving":
        return      # asyncio retrying accept() for a listener terminated since: nothing to do
    sock, exc = context.get("socket"), context.get("exception")
    listener = _accepting.get(sock.fileno()) if sock is not None else None
    if listener is None or not isinstance(exc, OSError):
        loop.default_exception_handler(context)
        return
    now = loop.time()
    if now < listener._accept_error_quiet:
        return          # asyncio reports the same failure once per waiting client: one is enough
    listener._accept_error_quiet = now + 1.0
    error = _error_object(*error_info(exc, f"accepting on port {listener.port}"))
    listener._post(TCPEvent("error", "", 0, (listener, error), _deliver_accept_error))


def _deliver_accept_error(target, event):
    listener, error = target
    if listener._state == OPEN:
        listener.errors.append(error)
        listener._error = error
        _fire_error(listener, event)


def _deliver_listener_terminate(listener, event):
    if listener._state < TERMINATED:
        listener._finish(event)
