"""asyncio side of the TCP classes: sockets and protocols (tcp.md §2, §3).

A protocol only forwards transport activity to its TCPConnection (runtime/classes/tcp.py),
which turns it into 4D events queued on the owner process; 4D code never runs here.
"""
from __future__ import annotations

import asyncio
import errno
import os
import socket

# Where listeners bind. tcp.md §3.1 decision: all interfaces; FOURD_TCP_LISTEN_HOST
# narrows it (the test suite binds 127.0.0.1 only).
LISTEN_HOST_ENV = "FOURD_TCP_LISTEN_HOST"
LISTEN_BACKLOG = 1024
# set by `fourd run --processes N` in each child (interpreter/processes.py): the N processes
# share every listening port, the kernel spreading the connections
REUSEPORT_ENV = "FOURD_REUSEPORT"


def listen_host() -> str:
    return os.environ.get(LISTEN_HOST_ENV, "") or "0.0.0.0"


def open_listening_socket(port: int) -> socket.socket:
    """A non-blocking listening socket on `port` (0 = ephemeral), SO_REUSEADDR set
    (tcp.md §3.1 decision). Raises OSError/OverflowError (port in use, bad port)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if os.environ.get(REUSEPORT_ENV) == "1":      # fourd run --processes N
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((listen_host(), port))
        sock.listen(LISTEN_BACKLOG)
        sock.setblocking(False)
    except BaseException:
        sock.close()
        raise
    return sock


def serve_now(loop, protocol_factory, sock):
    """`loop.create_server(sock=sock)`, run to completion at once, outside the loop: with a
    ready listening socket neither uvloop nor the stock loop waits for I/O there (the stock
    loop only yields once with `sleep(0)`). So a listener accepts as soon as new() returns,
    and everything it allocates exists by then. Raises OSError like create_server()."""
    coro = loop.create_server(protocol_factory, sock=sock, backlog=LISTEN_BACKLOG)
    try:
        while True:
            if coro.send(None) is not None:     # waiting on a real future: unexpected
                coro.close()
                raise RuntimeError("create_server() waited for I/O")
    except StopIteration as done:
        return done.value


def set_no_delay(transport, enabled: bool) -> None:
    """TCP_NODELAY on (Nagle off) or off (Nagle on, the 4D default `noDelay:False`)."""
    sock = transport.get_extra_info("socket")
    if sock is not None:
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1 if enabled else 0)
        except OSError:
            pass


def error_info(exc: BaseException | None, where: str = "") -> tuple[int, str]:
    """(errCode, message) for a network failure: errno-derived codes (tcp.md §1.5)."""
    if exc is None:
        return errno.ECONNABORTED, _with_where("Connection aborted", where)
    if isinstance(exc, asyncio.TimeoutError) or isinstance(exc, TimeoutError) and not exc.errno:
        return errno.ETIMEDOUT, _with_where("Connection timed out", where)
    if isinstance(exc, socket.gaierror):
        return exc.errno or -1, _with_where(f"Cannot resolve host name ({exc.strerror})", where)
    if isinstance(exc, OverflowError):
        return errno.EINVAL, _with_where("Invalid port number", where)
    code = getattr(exc, "errno", None)
    if code:
        return code, _with_where(os.strerror(code), where)
    return -1, _with_where(str(exc) or type(exc).__name__, where)


def _with_where(message: str, where: str) -> str:
    return f"{message} ({where})" if where else message


class ConnectionProtocol(asyncio.Protocol):
    """Forwards one transport's activity to its TCPConnection. `data_received` is the
    connection's own `_on_data` (an instance slot, so the loop calls it directly: one
    Python call less per received chunk)."""
    __slots__ = ("conn", "data_received")

    def __init__(self, conn):
        self.conn = conn
        self.data_received = conn._on_data

    def connection_made(self, transport):
        self.conn._on_made(transport)

    def eof_received(self):
        self.conn._on_eof()
        return True     # keep our write side open until onShutdown has run (half-close)

    def connection_lost(self, exc):
        self.conn._on_lost(exc)

    def pause_writing(self):        # more than the transport's high-water mark is unsent
        self.conn._on_write_blocked(True)

    def resume_writing(self):
        self.conn._on_write_blocked(False)
