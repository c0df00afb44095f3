"""External processes' mechanics (LAUNCH EXTERNAL PROCESS, 4D.SystemWorker): command lines,
and a child process whose pipes are watched by an event loop.

`ChildProcess` is to pipes what an asyncio transport is to a socket: it owns the child and
its three pipes and reports to its owner object, inside the loop, through
`owner._on_output(is_stderr, data)` (b"" once a pipe is closed) and
`owner._on_exit(returncode, timed_out)`. The owner never touches a file descriptor.

* stdout/stderr are non-blocking pipes watched with `add_reader`; stdin is written without
  blocking (`add_writer` for what does not fit in the pipe);
* a helper thread per child waits for its exit (no asyncio child watcher: it works the same
  on the stock loop and uvloop, on any thread) and hands the exit status to the loop; what
  the child wrote before exiting is read to the end first (output written later by its own
  children is not waited for);
* `timeout` kills the child (SIGKILL) that many seconds after the launch.
"""
from __future__ import annotations

import os
import shlex
import subprocess
import sys
import threading

READ_SIZE = 65536
_DRAIN_LIMIT = 1024             # reads at exit at most (a grandchild may keep writing)


def split_command_line(line: str) -> list[str]:
    """The argv of a command line as 4D takes it (a shell's quoting rules on POSIX)."""
    if sys.platform.startswith("win"):
        return [line]                  # Windows parses its own command lines
    return shlex.split(line)


class ChildProcess:
    def __init__(self, owner, loop, argv, cwd, env, timeout=None):
        """Launch `argv` (OSError/ValueError when it cannot be)."""
        self._owner = owner
        self._loop = loop
        self._popen = popen = subprocess.Popen(
            argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            bufsize=0, cwd=cwd, env=env)
        self.pid = popen.pid
        self._readers = {}              # fd -> (pipe, is_stderr)
        self._stdin = popen.stdin       # our end of the child's stdin, None = closed
        self._pending = bytearray()     # stdin bytes waiting for the pipe
        self._close_after_flush = False
        self.exited = False
        self._timed_out = False
        self._detached = False
        os.set_blocking(popen.stdin.fileno(), False)
        for stream, is_err in ((popen.stdout, False), (popen.stderr, True)):
            fd = stream.fileno()
            os.set_blocking(fd, False)
            self._readers[fd] = (stream, is_err)
            loop.add_reader(fd, self._on_readable, fd)
        self._timer = None
        if timeout is not None:
            self._timer = threading.Timer(float(timeout), self._on_timeout)
            self._timer.daemon = True
            self._timer.start()
        threading.Thread(target=self._reap, name=f"4D child {popen.pid}", daemon=True).start()

    # -- what the owner asks (on the loop's thread) -------------------------------------

    def kill(self) -> None:
        if not self.exited:
            _kill(self._popen)

    def write(self, payload: bytes) -> None:
        if self._stdin is None or self._close_after_flush:
            return
        had_pending = bool(self._pending)
        self._pending += payload
        if had_pending:
            return
        self._flush()
        if self._pending and self._stdin is not None:
            self._loop.add_writer(self._stdin.fileno(), self._flush)

    def close_input(self) -> None:
        """Close the child's stdin after what is still queued."""
        if self._stdin is None:
            return
        if self._pending:
            self._close_after_flush = True
        else:
            self._close_stdin()

    def detach(self) -> None:
        """Stop reading and close stdin; the child runs on (its timeout still applies)."""
        self._detached = True
        for fd in list(self._readers):
            self._close_reader(fd)
        self._close_stdin()

    # -- the child's activity -----------------------------------------------------------

    def _on_timeout(self):  # timer thread
        if self._popen.returncode is None:
            self._timed_out = True
            _kill(self._popen)

    def _reap(self):    # helper thread: wait for the exit, hand it to the loop
        try:
            returncode = self._popen.wait()
        except Exception:  # pragma: no cover - defensive
            returncode = None
        if self._timer is not None:
            self._timer.cancel()
        try:
            self._loop.call_soon_threadsafe(self._on_exit, returncode)
        except RuntimeError:    # the loop is closed: the owner process is gone
            pass

    def _on_readable(self, fd):
        try:
            data = os.read(fd, READ_SIZE)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if data:
            self._owner._on_output(self._readers[fd][1], data)
        else:
            self._close_reader(fd)

    def _close_reader(self, fd):
        entry = self._readers.pop(fd, None)
        if entry is None:
            return
        try:
            self._loop.remove_reader(fd)
        except Exception:  # pragma: no cover - loop already closed
            pass
        if not self._detached:
            self._owner._on_output(entry[1], b"")
        entry[0].close()

    def _on_exit(self, returncode):
        """The child has ended: read what it wrote before, then tell the owner."""
        if self.exited or self._detached:
            return
        self.exited = True
        for fd in list(self._readers):
            for _ in range(_DRAIN_LIMIT):
                try:
                    data = os.read(fd, READ_SIZE)
                except BlockingIOError:
                    break
                except OSError:
                    data = b""
                if not data:
                    break
                self._owner._on_output(self._readers[fd][1], data)
            self._close_reader(fd)
        self._close_stdin()
        self._owner._on_exit(returncode, self._timed_out)

    # -- stdin --------------------------------------------------------------------------

    def _flush(self):
        stdin = self._stdin
        if stdin is None:
            return
        pending = self._pending
        try:
            while pending:
                written = os.write(stdin.fileno(), pending)
                del pending[:written]
        except BlockingIOError:
            return
        except OSError:     # the child closed its input or has ended: drop the rest
            pending.clear()
            self._close_stdin()
            return
        self._loop.remove_writer(stdin.fileno())
        if self._close_after_flush:
            self._close_stdin()

    def _close_stdin(self):
        stdin = self._stdin
        if stdin is None:
            return
        self._stdin = None
        self._pending.clear()
        try:
            self._loop.remove_writer(stdin.fileno())
        except Exception:  # pragma: no cover - loop already closed
            pass
        try:
            stdin.close()
        except OSError:
            pass


def _kill(popen):
    try:
        popen.kill()
    except OSError:     # already reaped
        pass
