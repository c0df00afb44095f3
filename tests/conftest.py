import os
import subprocess
import sys
import tempfile
import time

from hypothesis import settings

# no hypothesis deadline: tests never assert timings, and a loaded machine made one flaky
settings.register_profile("fourd", deadline=None)
settings.load_profile("fourd")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join(ROOT, "tests")
_FORK = hasattr(os, "fork") and os.environ.get("FOURD_TEST_SUBPROCESS") != "1"


def read_known_failures(path):
    """`ID reason` lines (tests expected to fail until a feature lands) -> {ID: reason}."""
    out = {}
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#"):
                key, _, why = line.partition(" ")
                out[key] = why.strip() or "known failure"
    return out


def read_text(path, default=None):
    """The text of a file (newlines as written), or `default` when it does not exist."""
    if not os.path.exists(path):
        return default
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def check_case_result(base, rc, out, err):
    """A `.4dm` case's run against its expectations: BASE.out (exact stdout), BASE.exit (the
    exit code, 0 when absent), BASE.stderr (lines that must appear); never a traceback."""
    expected_out = read_text(base + ".out", "")
    assert out.replace("\r\n", "\n") == expected_out.replace("\r\n", "\n"), \
        f"stdout differs\nstderr:\n{err}"
    expected_exit = int((read_text(base + ".exit", "0") or "0").strip() or 0)
    assert rc == expected_exit, f"exit code {rc}, expected {expected_exit}\nstderr:\n{err}"
    for line in (read_text(base + ".stderr") or "").splitlines():
        if line.strip():
            assert line.strip() in err, f"stderr lacks {line.strip()!r}\nstderr:\n{err}"
    assert "Traceback (most recent call last)" not in err


def run_fourd(*args, stdin=None, timeout=60, cwd=None):
    """Run `fourd ARGS…` and return (returncode, stdout, stderr).

    Forks this (pre-loaded) process for speed: each run is still a separate process with its
    own state, as `python -m fourd` would be; FOURD_TEST_SUBPROCESS=1 uses real subprocesses."""
    if _FORK and stdin is None and cwd is None:
        return _run_forked(list(args), timeout)
    env = dict(os.environ)
    env.pop("FOURD_DEBUG", None)
    p = subprocess.run([sys.executable, "-m", "fourd", *args], input=stdin, capture_output=True,
                       text=True, timeout=timeout, cwd=cwd or ROOT, env=env)
    return p.returncode, p.stdout, p.stderr


_preloaded = []


def _preload():
    """Import everything and warm lark's lazily built lexers once, before forking."""
    if _preloaded:
        return
    _preloaded.append(True)
    import glob
    from fourd.interpreter import cli, runner  # noqa: F401
    import fourd.runtime.commands  # noqa: F401
    from fourd.runtime import catalog
    from fourd.grammar.parser import parse, SyntaxError4D
    catalog.command_by_name("ALERT")
    for path in glob.glob(os.path.join(TESTS, "**", "*.4dm"), recursive=True):
        try:
            with open(path, encoding="utf-8-sig") as f:
                parse(f.read())
        except (SyntaxError4D, UnicodeDecodeError, OSError):
            pass


def _run_forked(args, timeout):
    _preload()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:       # child: become `fourd ARGS…`
            from fourd.interpreter.cli import main
            from fourd.interpreter.testing import child_exit
            child_exit(lambda: main(args), out.fileno(), err.fileno())
        deadline = time.monotonic() + timeout
        status = None
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if time.monotonic() > deadline:
                os.kill(pid, 9)
                os.waitpid(pid, 0)
                raise subprocess.TimeoutExpired(["fourd", *args], timeout)
            time.sleep(0.002)
        rc = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return rc, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
