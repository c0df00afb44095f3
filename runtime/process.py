"""4D processes and workers, one asyncio event loop each (language.md §10, tcp.md §1.3).

Dispatch model. Socket code (asyncio protocols, running *inside* a process's loop) never
calls 4D code: it appends an event (a zero-argument callable) to the owner process's
`events` deque and stops the loop. The process runs its events *outside* the loop, in
`Process.dispatch()`, so 4D code never runs while the loop is running: a nested `.wait()`
inside a callback simply dispatches again, and every event of one loop iteration is run
in one batch.

Processes:
* process 1 ("Main") runs on the main thread (signals); `run_main()` runs the script there,
  then keeps dispatching like a worker until nothing is left to wait for (tcp.md §1.3);
* a worker (`CALL WORKER`) runs on its own thread, handling messages and network events in
  arrival order until `KILL WORKER` or the end of `run_main()`;
* a classic process (`New process`) runs its method on its own thread and ends when the
  method returns; its sockets are then closed without callbacks (tcp.md §1.4).

Async objects (TCPListener, TCPConnection) register with `Process.adopt()` while they are
alive (the internal reference of tcp.md §1.4) and `Process.release()` at the end; they
implement `_abandon()` (close without callbacks) and `_force_terminate()` (end with
callbacks, used on SIGINT/SIGTERM).

What the interpreter uses: `run_main(main_fn) -> exit code`, `current_process()` (`.vars`,
`.number`, `.name`), `interprocess_vars`, `storage`, `run_callback()` (every
4D function the runtime calls goes through it) and `set_callback_error_handler()` (where its
errors go), and the commands
of runtime/commands/process_cmds.py.
"""
from __future__ import annotations

import collections
import os
import select
import signal
import sys
import threading
import time

from .host import as_callable
from .errors import AbortExecution, ExitCode, FourDError, ProcessAborted, QuitRequest
from .diagnostics import CODE_FILES, report_uncaught
from .function import Function4D
from .objects import deep_copy
from .values import Coll, Obj

_monotonic = time.monotonic
_get_ident = threading.get_ident

# Process state constants (Process state command)
DOES_NOT_EXIST, ABORTED, EXECUTING, DELAYED = -100, -1, 0, 1
WAITING_FOR_INPUT_OUTPUT, WAITING_FOR_INTERNAL_FLAG = 3, 4

MAIN_PROCESS_NAME = "Main"


# --------------------------------------------------------------------------------------
# callbacks: the one place where 4D code called by the runtime is run


def _print_callback_error(err: BaseException, context: str) -> bool:
    report_uncaught(err, context)
    return False


# `handler(err, context) -> handled`: where an error escaping a callback or worker message
# goes. runtime/errorstate.py (a layer above) installs the ON ERR CALL-aware default.
_default_callback_error = _print_callback_error
_callback_error_handler = None          # an override (tests)
callback_error_count = 0    # errors reported from callbacks/messages (for an exit status)


def set_default_callback_error_handler(handler) -> None:
    global _default_callback_error
    _default_callback_error = handler


def set_callback_error_handler(handler) -> None:
    """Route errors raised by callbacks and worker messages to `handler(err, context)`
    (None: back to the default)."""
    global _callback_error_handler
    _callback_error_handler = handler


def run_callback(fn: Function4D, this, args: tuple, context: str = ""):
    """Run a 4D function on behalf of the runtime (TCP callback, worker message, process
    method). An error never propagates: it is reported and undefined is returned."""
    try:
        return fn.fn(this, *args)       # = fn.call(this, *args), one frame less
    except AbortExecution:
        return None
    except Exception as err:  # FourDError, or an interpreter bug: the server keeps going
        _report(err, context)
        return None


def report_unhandled(err: FourDError, context: str) -> None:
    """An error no callback receives (a TCP error with no onError): printed to stderr and
    counted for the exit code. ON ERR CALL is not called: such errors never reach it
    (tcp.md §1.5)."""
    global callback_error_count
    report_uncaught(err, context)
    callback_error_count += 1


def _report(err: Exception, context: str) -> None:
    global callback_error_count
    try:
        handled = (_callback_error_handler or _default_callback_error)(err, context)
    except Exception:  # the handler itself failed: fall back to stderr
        handled = False
        report_uncaught(err, context)
    if not handled:
        callback_error_count += 1


# --------------------------------------------------------------------------------------
# aborting processes whose code never ends (QUIT 4D, SIGINT/SIGTERM, the end of the run)
#
# Decision: Python threads cannot be killed, so an aborted process is stopped as interpreted
# 4D stops one between two lines: `_abort` marks it aborted, ends its waits (DELAY PROCESS,
# .wait(), worker dispatch raise ProcessAborted in an aborted process) and, while it runs
# 4D code, raises ProcessAborted in its thread at its next Python instruction
# (PyThreadState_SetAsyncExc): a 4D loop that never ends stops there, and 4D code pays
# nothing for it on the normal path. It is sent only while the thread's innermost frame is a
# 4D method's (else retried until it is, `_interrupt_soon`), so that it never arrives inside
# fourd's own bookkeeping (locks, loops, process tables). ProcessAborted is a SystemExit, so
# asyncio re-raises it from a callback and a thread it ends prints nothing. Each process gets
# at most one, never once its _end has begun, and takes it in _end if it has not arrived
# (_take_pending_abort): one sent and never taken, or cancelled, leaves CPython checking for
# it at every instruction for good (an embedded host's next run then spun in traced code).
# Code stuck in one long Python or C call is not interrupted: the run ends without waiting
# for it. KILL WORKER aborts nothing: the docs let the current task end (a looping one
# never does).


def _abort(proc: "Process") -> None:
    with _lock:
        first = not proc.aborted
        proc.aborted = True
    proc.killed = True
    proc._delay_changed.set()
    proc.wake_threadsafe()
    if first and proc.thread_id and proc.thread_id != _get_ident() and not _interrupt(proc):
        threading.Thread(target=_interrupt_soon, args=(proc,), name="4D abort",
                         daemon=True).start()


INTERRUPT_PATIENCE = 10.0       # seconds an aborted process may stay out of 4D code


def _interrupt(proc: "Process") -> bool:
    """Raise ProcessAborted in the process's thread if it runs 4D code now (its innermost
    frame is a 4D method's: the exception then arrives there, or at the entry of what that
    code calls, never inside fourd's own bookkeeping); True once done or no longer needed.
    One per process, never once its _end has begun."""
    with _lock:
        if proc.interrupted or proc.ending or proc.in_loop:
            return proc.interrupted or proc.ending
        frame = sys._current_frames().get(proc.thread_id)
        if frame is None or frame.f_code.co_filename not in CODE_FILES:
            return frame is None
        _set_async_exc(proc.thread_id, ProcessAborted)
        proc.interrupted = True
        return True


def _interrupt_soon(proc: "Process") -> None:
    """An aborted process outside 4D code (in a command, a callback's wait…): interrupt it
    when it is back in 4D code, if it does not end first."""
    deadline = _monotonic() + INTERRUPT_PATIENCE
    while not _interrupt(proc) and _monotonic() < deadline:
        time.sleep(0.001)


def _set_async_exc(tid: int, exc) -> None:
    """Raise `exc` in thread `tid` at its next Python instruction. Never to cancel one (NULL):
    CPython then still signals an asynchronous exception that no thread will take, and every
    thread checks for it at every instruction from then on, for good (3.11 spins forever in
    traced code: an embedded host's next run with a deferred error never ended)."""
    import ctypes
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(exc))


def _take_pending_abort() -> None:
    """In an aborted process's own thread, ending: the ProcessAborted sent to it, if it has
    not arrived yet, arrives here (at the call below) instead of somewhere later, and the
    interpreter's signal for it is cleared (a thread ending with one pending leaves it set)."""
    try:
        _no_op()
    except ProcessAborted:
        pass


def _no_op() -> None:
    pass


# --------------------------------------------------------------------------------------
# global bookkeeping

_lock = threading.RLock()
_processes: dict[int, "Process"] = {}         # alive processes by number
_workers: dict[str, "Process"] = {}           # alive workers by name
_last_number = 0
_ended_numbers: set[int] = set()
_tls = threading.local()
# `thread_process.process`: the calling thread's 4D process once it runs one (AttributeError
# before: current_process() adopts the thread) — for hot paths that cannot afford the call
thread_process = _tls

interprocess_vars: dict = {}                  # `<>name` variables


class _Storage(Obj):
    """`Storage`: the application-wide shared object, exempt from shared groups
    (runtime.shared.adopt checks `_is_storage`)."""
    __slots__ = ()
    _is_storage = True


storage = _Storage()
storage.shared = True

# Activity decides when run_main() may end: async objects alive in any process, worker
# messages posted but not finished, classic processes still running.
_activity = 0
_live_objects = 0
_main: "Process | None" = None
_main_running = False          # run_main() in progress
_quit_requested = False        # QUIT 4D from any process
_signal_received = 0           # SIGINT/SIGTERM number not yet acted upon (run_main)


def _count(activity: int, live: int = 0) -> None:
    global _activity, _live_objects
    with _lock:
        _activity += activity
        _live_objects += live
        idle = _activity == 0 or _live_objects == 0
    if idle and _main_running:
        main = _main
        if main is not None:
            main.wake_threadsafe()


def _is_idle() -> bool:
    return _activity == 0 or _quit_requested


class _Interrupted(KeyboardInterrupt):
    """SIGINT/SIGTERM received by run_main(). A KeyboardInterrupt so that event loops let it
    through their callbacks; never caught by run_callback (it catches Exception)."""

    def __init__(self, signum):
        super().__init__(signum)
        self.signum = signum


# --------------------------------------------------------------------------------------


class _Message:
    """A CALL WORKER message: an event of the worker's queue. Counted as activity from
    posting until it has run or has been discarded (exactly once)."""
    __slots__ = ("proc", "formula", "args", "done")

    def __init__(self, proc, formula, args):
        self.proc, self.formula, self.args = proc, formula, args
        self.done = False

    def discard(self):
        with _lock:
            if self.done:
                return
            self.done = True
            self.proc.pending_messages -= 1
        _count(-1)

    def __call__(self):
        if self.done:
            return
        proc = self.proc
        context = f"CALL WORKER message for \"{proc.name}\""
        try:
            formula = self.formula
            if isinstance(formula, str) and formula == "":
                formula = proc.start_method     # "" = the method that started the worker
            try:
                fn = as_callable(formula)
            except FourDError as err:
                _report(err, context)
                return
            run_callback(fn, None, self.args, context)
        finally:
            self.discard()


class Process:
    """One 4D process: its variables, error state, event queue and event loop."""
    db_session = None       # its database session (runtime/db/session.py), once it has one

    def __init__(self, number: int, name: str, kind: str):
        self.number = number
        self.name = name
        self.kind = kind                      # "main", "worker" or "process"
        self.is_worker = kind != "process"    # accepts CALL WORKER messages
        # process variables; the system variables with a documented default (Variables page)
        self.vars: dict = {"flddelimit": 9, "recdelimit": 13}
        self.events = collections.deque()     # zero-argument callables, in arrival order
        self.loop = None
        self._on_new_loop = None              # run_main()'s signal wake-up, for a later loop
        self.thread = None
        self.thread_id = 0
        self.live: set = set()                # async objects alive (internal reference)
        self.wake_pending = False             # loop.stop() already requested this run
        self.killed = False
        self.aborted = False                  # QUIT 4D / signal / end of run: stop now
        self.ending = False                   # _end() has begun: no ProcessAborted any more
        self.interrupted = False              # ProcessAborted sent to its thread (_interrupt)
        self.foreign = False                  # a thread fourd did not start (embedding)
        self.ended = False
        self.start_method = None              # what CALL WORKER(name; "") runs
        self.pending_messages = 0
        self.delay_until = 0.0
        self._delay_changed = threading.Event()
        self.in_loop = False                  # blocked waiting for events
        self.created = time.time()            # Process info: creationDateTime, cpuUsage

    def __repr__(self):
        return f"<4D process {self.number} {self.name!r} ({self.kind})>"

    # -- thread binding -----------------------------------------------------------------

    def _bind_thread(self):
        """Make the calling thread this process's thread, with a fresh event loop (process 1:
        on first need, see event_loop())."""
        self.thread = threading.current_thread()
        self.thread_id = _get_ident()
        if self.loop is not None and self.loop.is_closed():
            self.loop = None
        if self.kind != "main":
            self.event_loop()
        _tls.process = self

    def event_loop(self):
        """This process's event loop, created on first need. Decision: process 1 creates
        its loop only when something needs one (a socket, a timer, a wait with events), so a
        script that does none of that never imports asyncio (start-up time). Other
        threads reach process 1 through wake_threadsafe(): while it has no loop it is not
        blocked in one, and dispatch() checks again once the loop exists."""
        loop = self.loop
        if loop is None:
            from .net.loops import new_event_loop
            loop = self.loop = new_event_loop(self.thread is threading.main_thread())
            attach = self._on_new_loop
            if attach is not None:
                attach(loop)
        return loop

    # -- events -------------------------------------------------------------------------

    def post(self, event) -> None:
        """Queue an event from this process's own thread (inside or outside its loop)."""
        self.events.append(event)
        if not self.wake_pending:
            self.wake_pending = True
            loop = self.loop
            if loop is not None:
                loop.stop()

    def post_threadsafe(self, event) -> None:
        """Queue an event from any thread."""
        self.events.append(event)
        self.wake_threadsafe()

    def wake_threadsafe(self) -> None:
        """Make dispatch() look at the deque / its `until` condition again, from any thread."""
        loop = self.loop
        if loop is None:
            return
        if self.thread_id == _get_ident():
            # own thread: outside the loop, dispatch() checks before blocking; inside a loop
            # callback, stop after this iteration
            if self.in_loop and not self.wake_pending:
                self.wake_pending = True
                loop.stop()
            return
        try:
            loop.call_soon_threadsafe(loop.stop)
        except RuntimeError:    # loop closed: the process is gone
            pass

    def dispatch(self, until=None, timeout=None, idle: bool = False) -> bool:
        """Run this process's events until `until()` is true (→ True), the timeout elapses,
        the process is killed, or (unless `idle`) nothing alive can post events any more
        (→ False). Must be called on the process's own thread, outside its loop."""
        events = self.events
        loop = self.loop
        deadline = None if timeout is None else _monotonic() + timeout
        while True:
            if self.delay_until:
                self._sleep_delay()
            while events:
                try:
                    events.popleft()()
                except Exception as err:  # defensive: 4D code runs inside run_callback
                    report_uncaught(err, "event")
                if until is not None and until():
                    return True
                if self.killed:
                    return self._stopped()
            if until is not None and until():
                return True
            if self.killed or (not idle and not self.live):
                return self._stopped()
            if loop is None:     # about to block: make the loop, then look again (event_loop)
                loop = self.event_loop()
                continue
            timer = None
            if deadline is not None:
                remaining = deadline - _monotonic()
                if remaining <= 0:
                    return False
                timer = loop.call_later(remaining, loop.stop)
            self.wake_pending = False
            self.in_loop = True
            try:
                loop.run_forever()
            finally:
                self.in_loop = False
            if timer is not None:
                timer.cancel()
            if _signal_received and self is _main:
                raise _Interrupted(_signal_received)

    def _stopped(self) -> bool:
        """dispatch() ends: False, or ProcessAborted when the process is aborted."""
        if self.aborted:
            raise ProcessAborted()
        return False

    # -- async objects ------------------------------------------------------------------

    def adopt(self, obj) -> None:
        """`obj` (listener/connection) is alive: keep it referenced (tcp.md §1.4)."""
        self.live.add(obj)
        _count(1, 1)

    def release(self, obj) -> None:
        if obj in self.live:
            self.live.discard(obj)
            _count(-1, -1)

    def _terminate_all(self) -> None:
        """End every async object of this process with its callbacks (SIGINT/SIGTERM)."""
        self._drop_messages()
        # listeners first, so that connections they have not delivered yet are refused
        for obj in sorted(self.live, key=lambda o: o.terminate_order):
            obj._force_terminate()

    def _drop_messages(self) -> None:
        for event in list(self.events):
            if type(event) is _Message:
                event.discard()

    def _end(self) -> None:
        """The process is over: close its sockets without callbacks, drop its queue."""
        with _lock:     # call_worker() posts under the lock and checks `killed`
            self.ending = True
            if self.interrupted and self.thread_id == _get_ident():
                _take_pending_abort()
            self.killed = True
            self._drop_messages()
            self.events.clear()
        for obj in list(self.live):
            try:
                obj._abandon()
            except Exception as err:  # pragma: no cover - defensive
                report_uncaught(err, "closing sockets")
        loop = self.loop
        if loop is not None and not loop.is_closed():
            # let transports run their close callbacks so that file descriptors are freed
            for _ in range(3):
                loop.call_soon(loop.stop)
                try:
                    loop.run_forever()
                except Exception:  # pragma: no cover
                    break
        for obj in list(self.live):
            self.release(obj)
        self.events.clear()
        with _lock:
            if _processes.get(self.number) is self:
                del _processes[self.number]
                _ended_numbers.add(self.number)
            if self.kind == "worker" and _workers.get(self.name) is self:
                del _workers[self.name]
        self.ended = True
        self.aborted = False
        if loop is not None and self.kind != "main":
            try:
                loop.close()
            except Exception:  # pragma: no cover
                pass

    # -- DELAY PROCESS ------------------------------------------------------------------

    def _sleep_delay(self) -> None:
        while True:
            remaining = self.delay_until - _monotonic()
            if remaining <= 0 or self.killed:
                break
            self._delay_changed.wait(remaining)
            self._delay_changed.clear()
        self.delay_until = 0.0
        if self.aborted:
            raise ProcessAborted()

    def state(self) -> int:
        if self.ended:
            return ABORTED
        if self.delay_until and self.delay_until > _monotonic():
            return DELAYED
        if self.in_loop:
            return WAITING_FOR_INTERNAL_FLAG
        return EXECUTING


# --------------------------------------------------------------------------------------
# process lookup


def current_process() -> Process:
    """The 4D process of the calling thread (process 1 on the main thread)."""
    try:
        return _tls.process
    except AttributeError:
        return _adopt_thread()


def process_vars() -> dict:
    """The process variables of the running 4D process (folded names)."""
    return current_process().vars


def _adopt_thread() -> Process:
    if threading.current_thread() is threading.main_thread():
        proc = main_process()
    else:   # a thread fourd did not start (embedding, tests): give it a classic process
        proc = _new_process_record("process", f"Thread {threading.current_thread().name}")
        proc.foreign = True
    proc._bind_thread()
    return proc


def main_process() -> Process:
    """Process 1, created on first use."""
    global _main
    with _lock:
        if _main is None or _main.ended:
            _main = Process(1, MAIN_PROCESS_NAME, "main")
            _processes[1] = _main
            _ended_numbers.discard(1)
        return _main


def _new_process_record(kind: str, name: str) -> Process:
    global _last_number
    with _lock:
        main_process()
        _last_number = max(_last_number, 1) + 1
        proc = Process(_last_number, name, kind)
        _processes[proc.number] = proc
        if kind == "worker":
            _workers[name] = proc
        return proc


def process_by_number(number) -> Process | None:
    return _processes.get(int(number))


def all_processes() -> list[Process]:
    with _lock:
        return list(_processes.values())


# --------------------------------------------------------------------------------------
# parameters passed to another process: copies unless shared (language.md §10, §14.18)


def copy_param(value):
    """A parameter sent to another process: non-shared objects/collections (and scalar blobs)
    are copied, shared ones passed by reference (language.md §10)."""
    return deep_copy(value, keep_shared=True)


# --------------------------------------------------------------------------------------
# workers


def call_worker(target, formula, args=()) -> None:
    """CALL WORKER(target; formula {; args…}): post a message, creating a worker for an
    unknown name. A number that is not an alive worker → nothing."""
    caller = current_process()
    if isinstance(formula, str) and formula == "" and target == 1:
        return                          # CALL WORKER(1; "") does nothing (docs)
    params = tuple(copy_param(a) for a in args)
    with _lock:
        if isinstance(target, str):
            proc = _workers.get(target)
            if proc is None and target == MAIN_PROCESS_NAME and _main is not None:
                proc = _main
            if proc is not None and proc.killed:
                if proc is caller:
                    return              # a killed worker calling itself: nothing
                proc = _start_worker(target, formula, previous=proc)
            elif proc is None:
                if any(p.name == target and not p.ended for p in _processes.values()):
                    return              # a classic process has that name: not a worker
                proc = _start_worker(target, formula, previous=None)
        else:
            proc = _processes.get(int(target))
            if proc is None or not proc.is_worker or proc.killed or proc.ended:
                return
            if proc.kind == "main" and isinstance(formula, str) and formula == "":
                return
        msg = _Message(proc, formula, params)
        proc.pending_messages += 1
        _count(1)
        proc.post_threadsafe(msg)


def _start_worker(name: str, formula, previous: Process | None) -> Process:
    proc = _new_process_record("worker", name)
    proc.start_method = formula if not (isinstance(formula, str) and formula == "") else None
    thread = threading.Thread(target=_worker_main, args=(proc, previous),
                              name=f"4D worker {name}", daemon=True)
    proc.thread = thread
    thread.start()
    return proc


def _worker_main(proc: Process, previous: Process | None) -> None:
    if previous is not None and previous.thread is not None:
        previous.thread.join()          # one process per worker name at a time (docs)
    proc._bind_thread()
    try:
        proc.dispatch(idle=True)
    except ProcessAborted:
        pass
    except QuitRequest:
        request_quit()
    except BaseException as err:  # pragma: no cover - interpreter bug
        report_uncaught(err, f"worker \"{proc.name}\"")
    finally:
        _end_own(proc)


def kill_worker(target=None) -> None:
    """KILL WORKER {(target)}: drop pending messages, stop after the current one; the
    worker's sockets are closed without callbacks (tcp.md §1.4). On the main process it
    only empties the message box."""
    if target is None:
        proc = current_process()
    elif isinstance(target, str):
        proc = _workers.get(target)
        if proc is None and target == MAIN_PROCESS_NAME:
            proc = _main
    else:
        proc = _processes.get(int(target))
    if proc is None or not proc.is_worker or proc.ended:
        return
    if proc.kind == "main":
        if proc.thread_id == _get_ident():
            proc._drop_messages()
        else:
            proc.post_threadsafe(proc._drop_messages)
        return
    proc.killed = True
    proc._delay_changed.set()
    proc.wake_threadsafe()


# --------------------------------------------------------------------------------------
# classic processes


def new_process(method, stack=0, name: str = "", args=(), star: bool = False) -> int:
    """New process(method; stack {; name {; args…}} {; *}) → process number."""
    if star and name:
        with _lock:
            for proc in _processes.values():
                if proc.name == name and not proc.ended:
                    return proc.number
    fn = as_callable(method)
    proc_name = name or (method if isinstance(method, str) else fn.name)
    params = tuple(copy_param(a) for a in args)
    proc = _new_process_record("process", proc_name)
    _count(1)
    thread = threading.Thread(target=_process_main, args=(proc, fn, params),
                              name=f"4D process {proc_name}", daemon=True)
    proc.thread = thread
    thread.start()
    return proc.number


def _process_main(proc: Process, fn: Function4D, params: tuple) -> None:
    proc._bind_thread()
    try:
        run_callback(fn, None, params, f"process \"{proc.name}\"")
    except ProcessAborted:
        pass
    except QuitRequest:
        request_quit()
    finally:
        _end_own(proc)
        _count(-1)


def _end_own(proc: Process) -> None:
    """A process's thread ends it. A ProcessAborted sent while its 4D code was returning may
    arrive at the call, before _end has begun; _end then runs again (nothing of it ran)."""
    try:
        proc._end()
    except ProcessAborted:
        proc._end()


# --------------------------------------------------------------------------------------
# DELAY PROCESS, Process state, names


def delay_process(number, ticks) -> None:
    """DELAY PROCESS: sleep `ticks`/60 s; events are not dispatched (tcp.md §1.3)."""
    proc = _processes.get(int(number))
    if proc is None:
        return
    proc.delay_until = _monotonic() + max(0.0, float(ticks)) / 60.0
    if proc.thread_id == _get_ident():
        proc._sleep_delay()
    else:
        proc._delay_changed.set()


# `type` of Process info / Process activity (4d/docs process-info.md)
# Main Process, Worker process, Other User Process
_PROCESS_TYPES = {"main": -1, "worker": 5, "process": 4}
_session_id = []                # one session: this fourd run (uuid imported on first use)


def session_id() -> str:
    if not _session_id:
        import uuid
        _session_id.append(uuid.uuid4().hex.upper())
    return _session_id[0]


def _cpu_seconds(proc: Process) -> float:
    """CPU time of the process's thread (Linux/macOS; 0 where the system cannot tell)."""
    try:
        clock = time.pthread_getcpuclockid(proc.thread_id)
        return time.clock_gettime(clock)
    except (AttributeError, OSError, OverflowError):
        return 0.0


def process_info(number) -> Obj | None:
    """`Process info(number)` (20 R7): None for a process that does not run."""
    proc = _processes.get(int(number))
    return None if proc is None or proc.ended else _info(proc)


def _info(proc: Process) -> Obj:
    cpu = _cpu_seconds(proc)
    elapsed = max(time.time() - proc.created, 1e-9)
    created = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(proc.created))
    return Obj(cpuTime=cpu, cpuUsage=min(cpu / elapsed, 1.0),
               creationDateTime=f"{created}.{int(proc.created % 1 * 1000):03d}Z",
               ID=proc.number, name=proc.name, number=proc.number,
               preemptive=proc.kind != "main", sessionID=session_id(), state=proc.state(),
               systemID=str(proc.thread_id), type=_PROCESS_TYPES[proc.kind], visible=True)


def process_activity() -> Obj:
    """`Process activity` as 4D in local mode answers it: {processes} (no sessions; the
    sessionID and options parameters are ignored, 4d/docs process-activity.md)."""
    running = sorted((p for p in all_processes() if not p.ended), key=lambda p: p.number)
    return Obj(processes=Coll(_info(p) for p in running))


def process_state(number) -> int:
    number = int(number)
    proc = _processes.get(number)
    if proc is None:
        return ABORTED if number in _ended_numbers else DOES_NOT_EXIST
    return proc.state()


def process_number(name: str) -> int:
    with _lock:
        for proc in _processes.values():
            if proc.name == name and not proc.ended:
                return proc.number
    return 0


def quit_4d():
    """QUIT 4D (also stdout closed by its reader): the calling process unwinds, the run ends
    with exit code 0."""
    request_quit()
    raise QuitRequest()


def request_quit() -> None:
    """QUIT 4D from any process: run_main() ends (exit 0), then aborts every other process.
    The calling process unwinds by itself (QuitRequest); the main one, if it runs code,
    is aborted now (docs: the current process stops, then 4D aborts each process)."""
    global _quit_requested
    _quit_requested = True
    main = _main
    if main is None:
        return
    if main.thread_id != _get_ident() and _main_running:
        _abort(main)
    main.wake_threadsafe()


# --------------------------------------------------------------------------------------
# the main script


SIGNAL_GRACE = 1.5     # seconds given to onTerminate callbacks after SIGINT/SIGTERM


def run_main(main_fn) -> int:
    """Run `main_fn()` as process 1, then dispatch events (the main script is worker-like,
    tcp.md §1.3) until no async object is alive in any process, no worker message is
    pending and no classic process runs; then end the workers. Returns the exit code:
    0, or 130/143 after SIGINT/SIGTERM. Exceptions of `main_fn` propagate (after clean-up);
    QUIT 4D (`QuitRequest`) in any process ends with 0."""
    global _main_running, _quit_requested, _signal_received
    main = current_process()
    if main.kind != "main":       # run from a non-main thread (embedding): act as main
        main.kind = "main"
        main.is_worker = True
    _quit_requested = False
    _main_running = True
    restore = _install_signal_handlers(main)
    code = 0
    try:
        try:
            main_fn()
            if not _quit_requested:
                main.dispatch(until=_is_idle, idle=True)
        except _Interrupted as sig:
            code = ExitCode.of_signal(sig.signum)
            _signal_received = 0
            _graceful_terminate(main)
        except QuitRequest:
            pass
    finally:
        _main_running = False
        restore()
        _end_all()
    return code


def _graceful_terminate(main: Process) -> None:
    deadline = _monotonic() + SIGNAL_GRACE
    for proc in all_processes():
        if proc is main:
            continue
        proc.events.appendleft(proc._terminate_all)
        proc.wake_threadsafe()
    try:
        main._terminate_all()
        remaining = deadline - _monotonic()
        if remaining > 0:
            main.dispatch(until=lambda: _live_objects == 0, timeout=remaining, idle=True)
    except _Interrupted:      # a second signal: stop waiting
        pass
    finally:
        global _signal_received
        _signal_received = 0


def _install_signal_handlers(main: Process):
    """SIGINT/SIGTERM raise _Interrupted in the main thread, even while it waits in its
    loop (a wake-up fd makes the loop return so that the Python handler runs)."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def handler(signum, frame):
        global _signal_received
        _signal_received = signum
        if main.in_loop:        # waiting for events: end the loop, dispatch() raises cleanly
            main.loop.stop()
        else:                   # running code (a script, a callback, a delay): interrupt it
            raise _Interrupted(signum)

    old = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        old[sig] = signal.signal(sig, handler)
    wakeup = []              # (rsock, wsock, old wake-up fd, loop) once process 1 has a loop

    def attach(loop):
        import socket as _socket
        rsock, wsock = _socket.socketpair()
        rsock.setblocking(False)
        wsock.setblocking(False)
        old_fd = signal.set_wakeup_fd(wsock.fileno(), warn_on_full_buffer=False)

        def drain():
            try:
                while rsock.recv(512):
                    pass
            except OSError:
                pass

        loop.add_reader(rsock.fileno(), drain)
        wakeup.append((rsock, wsock, old_fd, loop))

    if main.loop is not None:
        attach(main.loop)
    else:
        main._on_new_loop = attach

    def restore():
        main._on_new_loop = None
        for rsock, wsock, old_fd, loop in wakeup:
            try:
                loop.remove_reader(rsock.fileno())
            except Exception:  # pragma: no cover
                pass
            signal.set_wakeup_fd(old_fd)
            rsock.close()
            wsock.close()
        for sig, h in old.items():
            signal.signal(sig, h)

    return restore


def _end_all(join_timeout: float = 1.0) -> None:
    """End every process except the main one, then reset the main process."""
    me = current_process()
    others = [p for p in all_processes() if p is not me]
    for proc in others:
        if proc.foreign:            # not fourd's code to stop: its waits end, nothing more
            proc.killed = True
            proc._delay_changed.set()
            proc.wake_threadsafe()
        else:
            _abort(proc)
    deadline = _monotonic() + join_timeout
    for proc in others:
        thread = proc.thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(max(0.0, deadline - _monotonic()))
        if thread is not None and not thread.is_alive() and _processes.get(proc.number) is proc:
            proc._end()     # a thread that finished without its own _end (embedding, aborted)
    me._end()
    me.ended = False        # process 1 stays usable (tests, embedding)
    me.killed = False
    me.ending = False
    me.interrupted = False
    with _lock:
        _processes[me.number] = me
        _ended_numbers.discard(me.number)


def reset() -> None:
    """Forget every process, worker and async object: a new run starts here (embedding, tests)
    as in a new fourd: its first new process is number 2 again."""
    _end_all()
    _start_afresh()


def _start_afresh() -> None:
    global _quit_requested, _activity, _live_objects, callback_error_count, _last_number
    with _lock:
        _quit_requested = False
        _activity = 0
        _live_objects = 0
        _last_number = max(_processes, default=0)    # one still listed keeps its number
        _ended_numbers.clear()
    callback_error_count = 0
    interprocess_vars.clear()
    storage.clear()


_inherited: list = []           # a forked child: its parent's processes, never collected


def _after_fork_in_child() -> None:
    """A forked child has only the thread that forked: the parent's processes (their threads,
    loops and sockets) are not its own, so it starts with none, as a new Python process does
    (tests fork `fourd run`; a host may fork too). Theirs are left as they are, except that
    each loop's epoll descriptor is given a private epoll: the parent's is shared with the
    child, and a loop closed here (collected) would unregister the parent's descriptors."""
    global _lock, _tls, _main, _main_running, _signal_received
    inherited = set(_processes.values())
    inherited.update(p for p in (_main, getattr(_tls, "process", None)) if p is not None)
    for proc in inherited:
        _detach_epoll(proc.loop)
    _inherited.extend(inherited)
    _lock = threading.RLock()        # a parent thread may have held it at the fork
    _tls = threading.local()
    _main = None
    _main_running = False
    _signal_received = 0
    _processes.clear()
    _workers.clear()
    _start_afresh()


def _detach_epoll(loop) -> None:
    if loop is None or loop.is_closed() or not hasattr(select, "epoll"):
        return
    fileno = getattr(getattr(loop, "_selector", None), "fileno", None)  # the stock loop's
    fd = fileno() if fileno is not None else -1
    if fd >= 0:
        private = select.epoll()
        os.dup2(private.fileno(), fd)
        private.close()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
