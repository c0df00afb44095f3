"""Faults with real processes: a fourd process killed with SIGKILL in the middle of a
transaction keeps every validated transaction and nothing of the open one (both backends)."""
import os
import signal
import subprocess
import sys
import time

from conftest import ROOT, TESTS
from db_helpers import copy_project, backend, pg_server  # noqa: F401 (fixtures)

CRASH = """\
var $e : Object
START TRANSACTION
$e:=ds.Company.new()
$e.name:="validated"
$e.save()
VALIDATE TRANSACTION
START TRANSACTION
$e:=ds.Company.new()
$e.name:="open"
$e.save()
File("/PACKAGE/ready.txt").setText("ready")
While (True)
	DELAY PROCESS(Current process; 30)
End while
"""

LIST = """\
ALERT(JSON Stringify(ds.Company.all().name))
"""


def _env(data_url):
    env = dict(os.environ)
    env.pop("FOURD_DEBUG", None)
    if data_url:
        env["FOURD_DATA"] = data_url
    else:
        env.pop("FOURD_DATA", None)
    return env


def test_kill_9_in_transaction(tmp_path, backend):  # noqa: F811
    project = copy_project(os.path.join(TESTS, "db", "project"), str(tmp_path / "p"))
    methods = os.path.join(project, "Project", "Sources", "Methods")
    with open(os.path.join(methods, "Crash.4dm"), "w") as f:
        f.write(CRASH)
    with open(os.path.join(methods, "List.4dm"), "w") as f:
        f.write(LIST)
    child = subprocess.Popen([sys.executable, "-m", "fourd", "run", project, "--method", "Crash"],
                             cwd=ROOT, env=_env(backend), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        ready = os.path.join(project, "ready.txt")
        while not os.path.exists(ready):
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline, "the child never reached its open transaction"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    p = subprocess.run([sys.executable, "-m", "fourd", "run", project, "--method", "List"],
                       cwd=ROOT, env=_env(backend), capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    assert p.stdout == '["validated"]\n'
