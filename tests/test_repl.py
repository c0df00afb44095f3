"""`fourd repl` (interpreter/repl.py), through a stdin script and through a pseudo-terminal:
a definition, a multi-line If block, recovery after an error, a project method call."""
import os
import select
import subprocess
import sys
import time

import pytest

from conftest import ROOT, run_fourd

GREETER = os.path.join(ROOT, "samples", "greeter")

SCRIPT = """\
$n:=20
$n+1
If ($n>10)
  $size:="big"

Else
  $size:="small"
End if
$size
$bad:=1/"a"
$n*2
Greet("Ada")
cs.Greeter.new("Alan").greeting()
{a: 1; b: [1; "x"; Null]; d: !2024-01-05!; t: ?01:02:03?}
Current date=Current date
$x:=(1+

.vars
QUIT 4D
$never:=1
"""


def test_repl_script_on_stdin():
    rc, out, err = run_fourd("repl", GREETER, stdin=SCRIPT)
    assert out.splitlines() == [
        "21",
        '"big"',
        "40",
        '"Hello, Ada!"',
        '"Hello, Alan!"',
        '{"a":1,"b":[1,"x",null],"d":"2024-01-05","t":3723}',
        "true",
        "$bad = undefined",
        "$n = 20",
        '$size = "big"',
    ], out + err
    assert "Error -10735: Incompatible types" in err
    assert "syntax error" in err
    assert rc == 1                # a line failed (scripts are checked like programs)
    assert "Traceback" not in err


def test_repl_values_and_commands():
    rc, out, err = run_fourd("repl", stdin='"a"\n?00:01:00?\n!00-00-00!\nNull\n.methods\n'
                                           '.nope\nFormula(1)\n[1;2;3].map(Formula($1.value*2))\n')
    assert out.splitlines() == ['"a"', "?00:01:00?", "!00-00-00!", "null", "(no methods)",
                                "[object Formula]", "[2,4,6]"], out + err
    assert "unknown command .nope" in err
    assert rc == 0
    rc, out, err = run_fourd("repl", "/no/such/project")
    assert rc == 2 and "fourd repl:" in err
    rc, out, err = run_fourd("repl", stdin="If (True)\n$x:=1\n")    # block never closed
    assert rc == 1 and "not closed" in err


def test_repl_lists_class_files_and_precreated_orda_classes():
    rc, out, err = run_fourd("repl", os.path.join(ROOT, "samples", "orda_project"),
                             stdin=".classes\n")
    names = out.splitlines()
    # class files (Employee.4dm…) and the classes 4D pre-creates for every dataclass
    assert {"DataStore", "Company", "CompanyEntity", "CompanySelection", "EmployeeEntity"} <= \
        set(names), out + err
    rc, out, err = run_fourd("repl", stdin=".classes\n")
    assert out.splitlines() == ["(no classes)"], out + err


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_repl_in_a_terminal(tmp_path):
    master, slave = os.openpty()
    env = dict(os.environ, TERM="dumb", FOURD_HISTORY=str(tmp_path / "history"))
    p = subprocess.Popen([sys.executable, "-m", "fourd", "repl", GREETER], stdin=slave,
                         stdout=slave, stderr=slave, env=env, close_fds=True, cwd=ROOT)
    os.close(slave)
    seen = []

    def read_until(text, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in "".join(seen):
                return "".join(seen)
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    seen.append(os.read(master, 4096).decode("utf-8", "replace"))
                except OSError:
                    break
        raise AssertionError(f"{text!r} not seen in {''.join(seen)!r}")

    def send(line):
        os.write(master, (line + "\n").encode())

    try:
        read_until("4D> ")
        send("$greeting:=Greet(\"Ada\")")
        send("If (Length($greeting)>5)")
        read_until("... ")
        send("  $greeting:=$greeting+\" Welcome.\"")
        send("End if")
        send("$greeting")
        read_until('"Hello, Ada! Welcome."')
        send("$oops:=1/\"a\"")
        read_until("Error ")
        send("1+1")
        read_until("\r\n2\r\n4D> ")
        os.write(master, b"\x04")          # Ctrl-D
        assert p.wait(timeout=30) == 0
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
        os.close(master)
    assert (tmp_path / "history").read_text().count("Greet") == 1
