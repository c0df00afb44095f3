"""The embedding API (interpreter/embed.py): fourd.run_file, run_project, Interpreter, value
conversions both ways, register_command; and the README's examples as doctests.

Embedding runs 4D code in the calling process: each test body runs in a forked child, so the
pytest process (which other tests fork from) never holds 4D state."""
import datetime
import functools
import os
import subprocess
import sys
import traceback

import pytest

from conftest import ROOT, run_fourd


def in_child(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kw):
        if not hasattr(os, "fork"):
            return fn(*args, **kw)
        r, w = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            report = b""
            try:
                fn(*args, **kw)
            except BaseException:
                report = traceback.format_exc().encode()
            with os.fdopen(w, "wb") as out:
                out.write(report)
            os._exit(0)
        os.close(w)
        with os.fdopen(r, "rb") as inp:
            report = inp.read()
        os.waitpid(pid, 0)
        if report:
            pytest.fail(report.decode(), pytrace=False)
    return wrapper


def test_import_fourd_is_cheap():
    code = "import sys, fourd; print(sorted(m for m in sys.modules if m.startswith('fourd')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert out.strip() == "['fourd']"


def test_readme_examples_run_as_doctests():
    p = subprocess.run([sys.executable, "-m", "doctest", "-v", "README.md"], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr
    assert " 0 failed" in p.stdout and "Embedding" in open(os.path.join(ROOT, "README.md")).read()


@in_child
def test_values_from_4d():
    import fourd
    i = fourd.Interpreter()
    assert i.eval('"a"+"b"') == "ab"
    assert i.eval("1.5*2") == 3.0 and type(i.eval("1.5*2")) is float
    assert i.eval("7\\2") == 3 and type(i.eval("7\\2")) is int
    assert i.eval("True") is True
    assert i.eval("!2024-02-29!") == datetime.date(2024, 2, 29)
    assert i.eval("!00-00-00!") is None
    assert i.eval("?01:02:03?") == datetime.timedelta(hours=1, minutes=2, seconds=3)
    assert i.eval("Null") is None
    assert i.eval("[1; \"x\"; {a: [Null]}]") == [1.0, "x", {"a": [None]}]
    blob = i.exec("var $b : Blob\nTEXT TO BLOB(\"hi\"; $b; UTF8 text without length)\nreturn $b")
    assert blob == b"hi"
    assert i.eval("4D.Blob.new()") == b""
    o = i.eval("$o")          # a never-assigned local: undefined
    assert o is None


@in_child
def test_values_into_4d():
    import fourd
    i = fourd.Interpreter()
    assert i.eval("Value type($1)", "x") == 2           # Is text
    assert i.eval("Value type($1)", 1.5) == 1           # Is real
    assert i.eval("$1+1", 41) == 42
    assert i.eval("Value type($1)", datetime.date(2020, 1, 2)) == 4    # Is date
    assert i.eval("String($1)", datetime.date(2020, 1, 2)) != ""
    assert i.eval("$1+60", datetime.timedelta(minutes=1)) == 120
    assert i.eval("Value type($1)", datetime.time(12, 0)) == 11        # Is time
    assert i.eval("$1.a.b[1]", {"a": {"b": [1, "two"]}}) == "two"
    assert i.eval("Value type($1)", None) == 255                       # Is null
    assert i.eval("BLOB size($1)", b"abc") == 3
    assert i.eval("$1.call(Null; 20)", lambda x: x + 1) == 21
    # cycles survive both ways
    d = {"name": "loop"}
    d["self"] = d
    back = i.eval("$1", d)
    assert back["self"] is back
    with pytest.raises(TypeError):
        i.eval("$1", object())


@in_child
def test_session_locals_errors_and_recovery():
    import fourd
    i = fourd.Interpreter()
    assert i.exec("var $n : Integer\n$n:=5") is None
    assert i.eval("$n") == 5
    assert i.exec("If ($n>1)\n$s:=\"big\"\nElse\n$s:=\"small\"\nEnd if\n$s") == "big"
    with pytest.raises(fourd.FourDError) as e:
        i.exec("$before:=1\n$x:=1/\"a\"")
    assert e.value.code == -10735 and e.value.frames[-1][2] == 2
    assert i["before"] == 1                    # the lines before the error kept their effect
    with pytest.raises(fourd.FourDError) as e:
        i.exec("If (True")
    assert e.value.code == -10701
    i["$w"] = [1, 2]
    assert i.eval("$w.length") == 2
    with pytest.raises(KeyError):
        i["nope"]
    with pytest.raises(ValueError):
        i.eval("$a:=1\n$b:=2")
    # the error handling of 4D applies inside
    assert i.exec('ON ERR CALL("")\nTry\nthrow(7; "x")\nCatch\n$c:=Last errors[0].errCode\nEnd try\n$c') == 7


@in_child
def test_register_command():
    import fourd
    i = fourd.Interpreter()
    seen = []
    i.register_command("py_add", lambda a, b=1: a + b)
    i.register_command("PY LOG", lambda *items: seen.append(items))
    assert i.eval("py_add(2; 3)") == 5.0
    assert i.eval("py_add(2)") == 3.0
    i.exec('PY LOG("a"; 1; [2])')
    assert seen == [("a", 1.0, [2.0])]
    with pytest.raises(fourd.FourDError) as e:
        i.eval("py_add(1; 2; 3)")
    assert e.value.code == -10721              # too many parameters: a 4D error
    i.register_command("py_fail", lambda: 1 / 0)
    with pytest.raises(fourd.FourDError) as e:
        i.eval("py_fail")
    assert "py_fail: ZeroDivisionError" in e.value.message
    assert i.exec('Try\npy_fail\nCatch\n$m:="caught"\nEnd try\n$m') == "caught"


@in_child
def test_run_file_and_project(tmp_path):
    import io
    import contextlib
    import fourd
    script = tmp_path / "calc.4dm"
    script.write_text('#DECLARE($a : Integer; $b : Integer) : Integer\nALERT("adding")\nreturn $a+$b\n')
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert fourd.run_file(script, 2, 3) == 5
    assert out.getvalue() == "adding\n"
    bad = tmp_path / "bad.4dm"
    bad.write_text('ASSERT(False; "no")\n')
    with pytest.raises(fourd.FourDError) as e:
        fourd.run_file(bad)
    assert e.value.code == -10518 and e.value.frames[-1][1] == str(bad)
    greeter = os.path.join(ROOT, "samples", "greeter")
    assert fourd.run_project(greeter, "Greet", "Ada") == "Hello, Ada!"
    with pytest.raises(fourd.FourDError):
        fourd.run_project(greeter, "NoSuchMethod")
    # a session in a project, two sessions keep their own locals and process variables
    a, b = fourd.Interpreter(greeter), fourd.Interpreter()
    a.exec('$x:=1\nvGlobal:="a"')
    b.exec('$x:=2\nvGlobal:="b"')
    assert (a.eval("$x"), a.eval("vGlobal"), b.eval("$x"), b.eval("vGlobal")) == (1, "a", 2, "b")
    assert a.call("Greet", "Bob") == "Hello, Bob!"


# the number of the first worker a run starts
FIRST_WORKER = """#DECLARE($mode : Text) : Integer
If ($mode="")
	CALL WORKER("w"; Current method name; "work")
	ALERT(String(Process number("w")))
	return Process number("w")
End if
"""


@in_child
def test_each_run_starts_from_a_clean_process_table(tmp_path):
    """Process numbers belong to a run, as in a new 4D application: an embedded host's second
    run_file numbers its first worker 2 again, and so does a `fourd run` forked from a process
    that has run 4D code (tests fork every run: the parent's processes are not the child's)."""
    import io
    import contextlib
    import fourd
    script = tmp_path / "first_worker.4dm"
    script.write_text(FIRST_WORKER)
    with contextlib.redirect_stdout(io.StringIO()):
        assert [fourd.run_file(script), fourd.run_file(script)] == [2, 2]
    assert run_fourd("run", str(script)) == (0, "2\n", "")
