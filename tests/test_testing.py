"""4D tests run by `fourd test` and by the pytest plugin (interpreter/testing.py,
fourd/pytest_plugin.py): collection, outcomes, reports, xfail, -k, -x, --junitxml, xdist."""
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from conftest import ROOT, run_fourd

PASSING = """// a passing test
var $r : Integer
$r:=3+4*5
ASSERT($r=35; "3+4*5 gave "+String($r))
ALERT("fine")
"""
FAILING = """var $r : Integer
$r:=3+4*5
ALERT("computing")
ASSERT($r=23; "3+4*5 gave "+String($r))
"""


def write(folder, name, text):
    path = os.path.join(folder, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


@pytest.fixture
def suite(tmp_path):
    """One passing and one failing test (4D computes left to right: 3+4*5 is 35), plus .4dm files that are not tests."""
    d = str(tmp_path)
    write(d, "test_pass.4dm", PASSING)
    write(d, "test_fail.4dm", FAILING)
    write(d, "helper.4dm", 'ASSERT(False; "not a test")\n')
    write(d, "cases/test_output.4dm", 'ALERT("x")\n')       # an expected-output case
    write(d, "cases/test_output.out", "x\n")
    return d


def pytest_run(folder, *args):
    env = dict(os.environ)
    env.pop("PYTEST_ADDOPTS", None)
    env.pop("PYTEST_XDIST_WORKER", None)
    p = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider",
                        "-p", "no:hypothesispytest", *args],
                       cwd=folder, capture_output=True, text=True, timeout=240, env=env)
    return p.returncode, p.stdout + p.stderr


def test_fourd_test_reports_pass_and_failure(suite):
    junit = os.path.join(suite, "out", "junit.xml")
    rc, out, err = run_fourd("test", suite, "--junitxml", junit)
    assert rc == 1, out + err
    assert out.rstrip().splitlines()[-1] == "1 passed, 1 failed"
    assert "test_fail.4dm:4: Error -10518: Assert failed: 3+4*5 gave 35" in out
    assert "computing" in out                 # the failing test's output is shown
    cases = ET.parse(junit).getroot().iter("testcase")
    by_name = {c.get("name"): c for c in cases}
    assert set(by_name) == {"test_pass", "test_fail"}
    assert by_name["test_fail"].find("failure").get("message").endswith("3+4*5 gave 35")
    assert by_name["test_pass"].find("failure") is None


def test_pytest_plugin_reports_pass_and_failure(suite):
    rc, out = pytest_run(suite, "--junitxml", "junit.xml")
    assert rc == 1, out
    assert "1 failed, 1 passed" in out
    assert "test_fail.4dm:4: Error -10518: Assert failed: 3+4*5 gave 35" in out
    assert "computing" in out
    root = ET.parse(os.path.join(suite, "junit.xml")).getroot()
    names = {c.get("name"): c for c in root.iter("testcase")}
    assert set(names) == {"test_pass", "test_fail"}
    assert "3+4*5 gave 35" in names["test_fail"].find("failure").get("message")


def test_pytest_plugin_k_x_and_xdist(suite):
    write(suite, "test_other.4dm", 'ASSERT(False; "other")\n')
    rc, out = pytest_run(suite, "-x", "-k", "fail or other")
    assert rc == 1 and "1 failed, 1 deselected" in out, out
    pytest.importorskip("xdist")
    rc, out = pytest_run(suite, "-n", "2")
    assert rc == 1 and "2 failed, 1 passed" in out, out


def test_xfail_is_strict(tmp_path):
    d = str(tmp_path)
    write(d, "test_known.4dm", "// Doc: https://developer.4d.com/docs/x\n"
                               "// xfail: fourd gets this wrong\nASSERT(1=2; \"bug\")\n")
    write(d, "test_fixed.4dm", "// xfail: was a bug\nASSERT(1=1)\n")
    rc, out, err = run_fourd("test", d)
    assert rc == 1, out + err
    assert "XFAIL" in out and "fourd gets this wrong" in out
    assert "XPASS(strict): was a bug" in out
    assert out.rstrip().splitlines()[-1] == "0 passed, 1 failed, 1 xfailed"


def test_keyword_expression_and_exitfirst(suite):
    rc, out, err = run_fourd("test", "-k", "pass and not fail", suite)
    assert rc == 0 and out.rstrip().endswith("1 passed, 0 failed"), out + err
    rc, out, err = run_fourd("test", "-k", "nothing_matches", suite)
    assert rc == 5 and "no tests found" in out
    rc, out, err = run_fourd("test", "-k", "(pass", suite)
    assert rc == 2 and "missing ')'" in err
    write(suite, "test_zzz.4dm", 'ASSERT(False; "second failure")\n')
    rc, out, err = run_fourd("test", "-x", suite)
    assert rc == 1 and "second failure" not in out


def test_uncaught_error_syntax_error_and_timeout(tmp_path):
    d = str(tmp_path)
    write(d, "test_error.4dm", 'var $n : Integer\n$x:=$n/"a"\n')
    write(d, "test_syntax.4dm", "If (True\n")
    write(d, "test_loop.4dm", "While (True)\nEnd while\n")
    write(d, "test_handled.4dm", 'ON ERR CALL("")\nTry\nthrow(5; "caught")\nCatch\nEnd try\n')
    rc, out, err = run_fourd("test", "--timeout", "2", d)
    assert rc == 1
    assert "test_error.4dm:2: Error -10735" in out
    assert "test_syntax.4dm:1: syntax error" in out
    assert "timed out after 2 s" in out
    assert out.rstrip().endswith("1 passed, 3 failed")


def test_a_test_runs_in_a_fresh_process(tmp_path):
    """Interprocess variables and Storage set by one test are not seen by the next."""
    d = str(tmp_path)
    write(d, "test_a.4dm", '<>shared:="a"\nUse (Storage)\nStorage.v:=1\nEnd use\n')
    write(d, "test_b.4dm", 'C_TEXT(<>shared)\nASSERT(<>shared=""; "leaked: "+<>shared)\n'
                          'ASSERT(Storage.v=Null; "Storage leaked")\n')
    rc, out, err = run_fourd("test", d)
    assert rc == 0, out + err


PROJECT_CLASS = """Class constructor()
\tThis.log:=[]

Function setup()
\tThis.ready:=True

Function test_adds($t : Object)
\tASSERT(This.ready; "setup ran")
\tASSERT(1+1=2)

// #tags: unit, no-linux
Function test_elsewhere($t : Object)
\tASSERT(False; "never run on Linux")

Function test_breaks($t : Object)
\tvar $n : Integer
\t$n:=1
\tASSERT($n=2; "n is "+String($n))

Function helper()
"""


def test_project_methods_and_test_classes(tmp_path):
    root = str(tmp_path / "proj")
    src = os.path.join(root, "Project", "Sources")
    write(src, "Methods/test_method.4dm", "ASSERT(Util(2)=4)\n")
    write(src, "Methods/Util.4dm", "#DECLARE($n : Integer) : Integer\nreturn $n*2\n")
    write(src, "Methods/test_broken.4dm", 'ASSERT(Util(2)=5; "Util(2) is "+String(Util(2)))\n')
    write(src, "Classes/MathTest.4dm", PROJECT_CLASS)
    write(src, "Classes/Math.4dm", "Function test_not_a_test_class()\n")
    write(root, "Project/proj.4DProject", "{}")
    rc, out, err = run_fourd("test", "-v", root)
    lines = out.splitlines()
    assert any(ln.startswith("PASSED") and ln.endswith("MathTest.4dm::test_adds") for ln in lines), out
    assert any(ln.startswith("PASSED") and "test_method.4dm" in ln for ln in lines), out
    assert "MathTest.4dm:18: Error -10518: Assert failed: n is 1" in out
    assert "test_broken.4dm:1: Error -10518: Assert failed: Util(2) is 4" in out
    if sys.platform.startswith("linux"):
        assert "SKIPPED" in out and "no-linux" in out
    assert "test_not_a_test_class" not in out
    assert out.rstrip().endswith("2 passed, 2 failed, 1 skipped")
    # pytest: the same items, named by file and function
    rc, out = pytest_run(str(tmp_path), "-v", "-rs")
    assert "Classes/MathTest.4dm::test_adds PASSED" in out, out
    assert "Methods/test_method.4dm::test_method PASSED" in out
    assert "2 failed, 2 passed, 1 skipped" in out
    assert "no-linux" in out


def test_subprocess_runner(suite):
    """Where fork is missing (FOURD_TEST_SUBPROCESS=1 forces it), tests run through
    `python -m fourd.interpreter.testing`."""
    env = dict(os.environ, FOURD_TEST_SUBPROCESS="1")
    p = subprocess.run([sys.executable, "-m", "fourd", "test", suite], capture_output=True,
                       text=True, timeout=120, env=env, cwd=ROOT)
    assert p.returncode == 1, p.stdout + p.stderr
    assert p.stdout.rstrip().endswith("1 passed, 1 failed")
    assert "Assert failed: 3+4*5 gave 35" in p.stdout


def test_usage_errors(tmp_path):
    rc, out, err = run_fourd("test", "--jobs", "zero", str(tmp_path))
    assert rc == 2 and "--jobs" in err
    rc, out, err = run_fourd("test", str(tmp_path / "missing"))
    assert rc == 2 and "no such file or folder" in err
    rc, out, err = run_fourd("test", "--help")
    assert rc == 0 and "usage: fourd test" in out


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_progress_bar_on_a_terminal_only(suite):
    import select
    import time
    master, slave = os.openpty()
    p = subprocess.Popen([sys.executable, "-m", "fourd", "test", suite], stdin=slave,
                         stdout=slave, stderr=slave, env=dict(os.environ, TERM="xterm"),
                         close_fds=True, cwd=ROOT)
    os.close(slave)
    out = b""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:     # the child closed the terminal
                break
            if not data:
                break
            out += data
        elif p.poll() is not None:
            break
    p.wait(timeout=30)
    os.close(master)
    text = out.decode("utf-8", "replace")
    assert "testing" in text and "\u2501" in text        # rich's bar
    assert "1 passed, 1 failed" in text
    rc, plain, err = run_fourd("test", suite)
    assert "\x1b[" not in plain and "FAILED" in plain and "PASSED" in plain


KYLEKINCER = os.path.join(ROOT, "..", "shared", "projects", "KyleKincer__testing", "testing")

DEMO_TEST = """// #tags: unit
Function test_passes($t : cs.Testing)
\t$t.assert.areEqual($t; 4; 2+2; "sums")

Function test_assertion_fails($t : cs.Testing)
\tvar $got : Integer
\t$got:=2*3
\t$t.assert.areEqual($t; 5; $got; "2*3 should be 5")

Function test_error_fails($t : cs.Testing)
\tvar $x : Real
\t$x:=1/"a"

// #tags: slow, no-linux
Function test_not_on_linux($t : cs.Testing)
\t$t.assert.isTrue($t; False; "never on Linux")
"""


@pytest.mark.skipif(not os.path.isdir(KYLEKINCER), reason="../shared/projects not present")
def test_kylekincer_framework(tmp_path):
    """A project holding the KyleKincer/testing framework: its *Test classes' functions run
    through the framework; a failed assertion or a runtime error it records fails the item."""
    import shutil
    root = str(tmp_path / "testing")
    shutil.copytree(KYLEKINCER, root)
    write(root, "Project/Sources/Classes/DemoTest.4dm", DEMO_TEST)
    rc, out, err = run_fourd("test", "-k", "DemoTest", root, timeout=300)
    assert rc == 1, out + err
    assert "DemoTest.4dm:8: 2*3 should be 5: expected 5, got 6" in out
    assert "DemoTest.4dm:12: Error -10735 in DemoTest.test_error_fails, line 12" in out
    assert "FAILED" in out and "test_error_fails - Error -10735" in out
    if sys.platform.startswith("linux"):
        assert out.rstrip().endswith("1 passed, 2 failed, 1 skipped")
    # the framework's own suite, through the pytest plugin: a few of its classes
    rc, out = pytest_run(KYLEKINCER, "-rs", "-k", "_TaggingExampleTest or _SkipTaggedTest")
    assert rc == 0, out
    assert "passed" in out and "failed" not in out
    if sys.platform.startswith("linux"):
        assert "_TaggingExampleTest.4dm:" in out and "tagged no-linux" in out
