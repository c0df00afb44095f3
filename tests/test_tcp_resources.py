"""After 5,000 connect/send/close cycles against samples/echo_server.4dm, the server's
open file descriptors and threads are back to their starting count (Linux /proc)."""
import os
import socket
import time

import pytest

from tcp_helpers import Server, recv_exactly


def _counts(pid):
    return len(os.listdir(f"/proc/{pid}/fd")), len(os.listdir(f"/proc/{pid}/task"))


@pytest.mark.timeout(120)
@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs Linux /proc")
def test_echo_server_releases_sockets_after_5000_cycles():
    with Server("echo_server.4dm") as server:
        pid = server.proc.pid
        before = _counts(pid)
        for i in range(5000):
            with socket.create_connection(("127.0.0.1", server.port), timeout=5) as s:
                msg = b"ping %d\n" % i
                s.sendall(msg)
                assert recv_exactly(s, len(msg)) == msg
        deadline = time.monotonic() + 5
        while _counts(pid) != before and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _counts(pid) == before
        rc, _out, err = server.stop()
        assert rc == 130, err
